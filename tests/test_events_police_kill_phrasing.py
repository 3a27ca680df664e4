"""Police killings in the phrasings of Indian crime and riot reports (issue 5, IndiaPoliceEvents KILL): a
death told in a lower-case sentence at a locality the tagger does not know ("died in saraspur"), the
deaths attributed to police firing by a count ("two of the deaths"), a lathi-charge "by the police", "fell
dead", a custody death "in the lock-up", a relative clause on the firing's last noun, "their men" of
police who speak, "among the dead" after a police shooting, a sentence the parser left without a main
verb, a gerund subject told by its toll ("firing by the SRP claimed two lives"), a bare death in the
sentence after police firing, police booked or named in a case for a killing, subjects the parser took
for modifiers ("A sub-inspector shot dead ..."), ", killing" after a relative clause that tells the
police fired back; arrests of people told only by a count ("rounded up 15 others"); and the near misses
that must stay without a police killing or arrest (a riot, a mob or a falling wall the stated cause, a
death before the police act, warning shots "in the air", "killed no one"). Sentences are our own,
written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import SECURITY, police_kills

from newsgraph.pipeline import analyze_text

# (text, the sentence that reports the killing or None for the whole text)
POLICE_KILLS = [
    # lower-cased localities are no stated cause of the death
    ("the police opened fire on the crowd, and a labourer died in khokhra.", None),
    ("police fired at the rioters near the bridge; a student was killed in sarkhej.", None),
    ("a rickshaw driver died in isanpur after the police fired at a stone-throwing crowd.", None),
    ("in the police firing, four men died in danilimda.", None),
    (
        "the police used teargas first and then opened fire. one youth died in gomtipur.",
        "one youth died in gomtipur.",
    ),
    # deaths counted as the firing's
    ("The inquiry found that three of the deaths were caused by police firing.", None),
    # the police named in a "by" phrase after the act
    ("An old woman died in the lathi-charge by the police at the market.", None),
    # "fell dead"
    ("The constables fired at the arsonists, and one of them fell dead near the shop.", None),
    # a custody death told with "the lock-up"
    ("A suspect in a theft case died in the lock-up of the Maninagar police station.", None),
    # the deaths' relative clause hung on the last noun of the firing's phrase
    ("The police resorted to firing at two spots in the town in which three persons were killed.", None),
    # the police unit named by its compound
    ("The SRP jawans fired, leaving a rioter dead.", None),
    # "encounter specialist"
    ("An encounter specialist shot dead a wanted extortionist in Thane on Monday.", None),
    # "their men", "his team" of police who speak
    ("The police said their men fired back, killing one of the dacoits.", None),
    ("The SP said his team had opened fire at the gang, killing its leader.", None),
    # the dead counted after a police shooting
    (
        "the police fired at the mob near the temple. among the dead was a schoolteacher.",
        "among the dead was a schoolteacher.",
    ),
    # a sentence the parser leaves without a main verb
    ("A police constable stationed at the gate fired at the arsonists, killing a youth.", None),
    # a gerund subject told by the deaths it caused
    ("Firing by the SRP claimed two lives near the old bridge on Thursday.", None),
    ("Lathi-charging by the police claimed the life of a vegetable seller.", None),
    ("Firing by the police left three rioters dead in Kalupur.", None),
    # a bare death right after police firing, across a paragraph break too
    (
        "The police opened fire on the arsonists near the mill.\n\nA labourer died on the spot.",
        "A labourer died on the spot.",
    ),
    ("The police resorted to firing to scatter the mob in Raikhad. Two youths died.", "Two youths died."),
    # police booked, or a case registered against them, for a killing
    ("A head constable of the Shahibaug police was booked for beating an undertrial to death.", None),
    ("A case of custodial death has been filed against an inspector of the Odhav police.", None),
    ("The CID registered a case of murder against three policemen.", None),
    # the subject the parser took for a modifier
    ("A sub-inspector shot dead a bootlegger who attacked him with a knife.", None),
    ("A constable shot at and killed a robber who was fleeing with the cash.", None),
    # ", killing" after a relative clause that tells the police fired back
    ("The robbers fired at the police team, which returned fire, killing one of the robbers.", None),
]


@pytest.mark.parametrize(("text", "sentence"), POLICE_KILLS)
def test_police_killing_phrasing(text: str, sentence: str | None):
    assert police_kills(text, sentence), sentence or text


NOT_POLICE_KILLS = [
    # a riot or a stabbing is the stated cause, whatever the police did in the sentence
    "police fired teargas at the mob in khokhra, while a man was killed in rioting in isanpur.",
    "the police fired teargas while a vendor died in stabbing in danilimda.",
    # the death came first
    "The police opened fire on the crowd after a shopkeeper died in the stone-pelting.",
    "The police fired at the mob after a rioter fell dead in the lane.",
    # the killers were others
    "The police had fired in the air before the rioters stormed the house, killing four.",
    # a denial
    "The commissioner said his men had killed nobody in the firing at the market.",
    # warning shots; a death with another stated cause
    "the police fired in the air at the crossing; two persons died in the crush that followed.",
    "police fired in the air to scare the mob away; a girl died in amraiwadi when a wall fell on her.",
    # a constable killed, told in a headline without a main verb
    "Police constable killed in mob attack near the railway crossing",
    # others' act told by its toll; a police victim
    "Firing by the dacoits claimed two lives in the village.",
    "Stabbing by the rioters claimed the life of a head constable.",
    # the death after police firing has its own agent or cause, or came first
    "The police fired at the crowd near the temple. A shopkeeper was killed by the arsonists.",
    "The police fired at the crowd near the temple. A shopkeeper was burnt to death in the arson.",
    "A shopkeeper was killed. The police then fired at the mob.",
    # a case against others; police booking others
    "A case of murder was registered against the rioters who killed the shopkeeper.",
    "The police booked two traders for beating a porter to death.",
    # a policeman's private crime is no police action
    "The constable was booked for killing his wife in a domestic dispute.",
    # the attackers killed a policeman; a policeman the victim
    "The dacoits fired at the CRPF party, killing two of the jawans.",
    "A sub-inspector was shot dead by the dacoits near the check post.",
    # an act in general
    "Firing on unarmed crowds kills innocents, the activist said.",
]


@pytest.mark.parametrize("text", NOT_POLICE_KILLS)
def test_not_police_killing(text: str):
    assert not police_kills(text), text


def test_shooters_who_were_shot_back_killed_no_one():
    """ "The robbers fired at the policemen, who fired back, killing one": the robbers' firing is not
    fatal."""
    events = analyze_text(
        "The robbers fired at the policemen, who fired back, killing one of the robbers."
    ).events
    fatal = {e.actor1.sector for e in events if e.plover == "ASSAULT" and e.fatal and e.actor1 is not None}
    assert fatal == {"COP"}, events


def police_arrests(text: str) -> list:
    return [
        e
        for e in analyze_text(text).events
        if e.plover == "COERCE" and e.cameo == "173" and (e.actor1 is None or e.actor1.sector in SECURITY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the police rounded up some more from the slum during the night.",
        "Police rounded up several others after the clash.",
        "Three were held and 20 others were detained in Vatva.",
    ],
)
def test_more_people_arrested(text: str):
    assert police_arrests(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The rioters rounded up 15 others and locked them in a shed.",
        "The police questioned the shopkeeper and some others who saw the fire.",
        "The police released more funds for relief camps.",
    ],
)
def test_no_more_people_arrested(text: str):
    assert not police_arrests(text), text
