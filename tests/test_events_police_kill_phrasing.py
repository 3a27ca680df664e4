"""Police killings in the phrasings of Indian crime and riot reports (issue 5, IndiaPoliceEvents KILL): a
death told in a lower-case sentence at a locality the tagger does not know ("died in saraspur"), the
deaths attributed to police firing by a count ("two of the deaths"), a lathi-charge "by the police", "fell
dead", a custody death "in the lock-up", a relative clause on the firing's last noun, "their men" of
police who speak, "among the dead" after a police shooting, a sentence the parser left without a main
verb; and the near misses that must stay without a police killing (a riot, a mob or a falling wall the
stated cause, a death before the police act, warning shots "in the air", "killed no one"). Sentences are
our own, written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import police_kills

# (text, the sentence that reports the killing or None for the whole text)
POLICE_KILLS = [
    # lower-cased localities are no stated cause of the death
    ("the police opened fire on the crowd, and a labourer died in khokhra.", None),
    ("police fired at the rioters near the bridge; a student was killed in sarkhej.", None),
    ("a rickshaw driver died in isanpur after the police fired at a stone-throwing crowd.", None),
    ("in the police firing, four men died in danilimda.", None),
    (
        "the police lobbed teargas and then opened fire. one youth died in behrampura.",
        "one youth died in behrampura.",
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
]


@pytest.mark.parametrize("text", NOT_POLICE_KILLS)
def test_not_police_killing(text: str):
    assert not police_kills(text), text
