"""Police killings told in further ways (issue 5, IndiaPoliceEvents KILL): a death stated to follow a police
act, deaths in custody, the verbs and nouns that name police or troops as the killers without naming them
("neutralised", "an encounter killing", "a custodial death"), victims named by a pronoun or counted in a
list after a police shooting (their near misses, no police killings, are in test_events_kill.py's table).
Sentences are our own, written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import police_kills

from newsgraph.pipeline import analyze_text

# (text, the sentence that reports the killing or None for the whole text)
POLICE_KILLS = [
    # the police act is the stated cause of the death
    ("A man succumbed to injuries after a police lathi-charge on Friday.", None),
    ("An elderly man died after the police lathi-charge on the protesters.", None),
    ("He died in a police beating at the market.", None),
    ("A trader died of police bullet injuries in the old city.", None),
    ("Police action claimed 30 lives in the first three days.", None),
    ("Police action left three persons dead in the town.", None),
    ("A rioter was killed when the police returned fire.", None),
    ("A teenager was killed in security forces' firing near the market.", None),
    # other words for a killing
    ("A youth was fatally injured in police firing on Friday.", None),
    ("Police firing proved fatal for a 19-year-old student.", None),
    ("Two protesters were slain by troops in the capital.", None),
    # counts and headlines
    ("The toll in police firing has gone up to 40, officials said.", None),
    ("One more dies in police firing as violence spreads", None),
    ("Of the 40 dead, 15 were victims of police firing.", None),
    # deaths in custody: the custody stands for the police who held the victim
    ("A youth died in custody in Thane on Sunday.", None),
    ("The custodial death of a Dalit youth sparked protests in the town.", None),
    ("He was beaten to death in the lock-up.", None),
    (
        "The police arrested a vendor on Monday. He died in custody on Wednesday.",
        "He died in custody on Wednesday.",
    ),
    # verbs said only of forces killing militants
    ("Two terrorists were neutralised in an operation in Shopian.", None),
    ("Two militants were eliminated in Kupwara on Sunday.", None),
    ("Three Maoists were eliminated by security forces in Dantewada.", None),
    # police held to account for a killing did it
    ("Three constables were arrested for beating an undertrial to death.", None),
    ("The court convicted five policemen of killing a youth in a fake encounter.", None),
    # militants killed with no killer named and no other cause stated
    ("Two terrorists were shot dead in Kupwara on Sunday.", None),
    ("Farooq, one of the three terrorists shot dead on Sunday, spoke to a magistrate before he died.", None),
    ("The death of a man in police custody sparked protests in the town.", None),
    ("Police bullets claimed 40 lives in the city.", None),
    ("A boy was killed when a teargas shell fired by the police hit him.", None),
    (
        "The police fired at the fleeing gangsters near the bridge. One gangster died on the spot.",
        "One gangster died on the spot.",
    ),
    # police units named by their own names
    ("The crime branch has shot dead 20 gangsters this year.", None),
    ("A suspected gangster was shot dead in an encounter with the crime branch in Andheri.", None),
    ("The Special Operations Group shot dead a suspected militant near the highway.", None),
    # a firefight or retaliatory fire told by the police themselves
    ("Two rioters were killed in retaliatory fire, the police said.", None),
    ("Police said the criminal opened fire and was killed in retaliatory firing.", None),
    ("The police claimed that the gangster was killed in an exchange of fire.", None),
    # the act told as the setting of the deaths
    ("The encounter in which the gangster was killed took place near the station.", None),
    ("The police resorted to firing in which one person died.", None),
    ("He died of police bullet wounds on Sunday.", None),
    # a past killing named under a future main clause
    ("The police will probe the killing of two persons in police firing.", None),
    # police accused of a killing: the accusers' claim
    ("Residents accused the police of killing a boy who was standing on his terrace.", None),
    ("The police are accused of killing two youths in a fake encounter.", None),
    ("The family blamed the police for killing their son.", None),
    # the victims after a police shooting: a pronoun, a count, "the dead"
    (
        "Police opened fire on the protesters. Three of them were killed.",
        "Three of them were killed.",
    ),
    (
        "Police opened fire to disperse the crowd. A 14-year-old boy was among those killed.",
        "A 14-year-old boy was among those killed.",
    ),
    (
        "The police fired on the mob near the bridge. The dead have been identified as two labourers.",
        "The dead have been identified as two labourers.",
    ),
]


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
@pytest.mark.parametrize(("text", "sentence"), POLICE_KILLS)
def test_police_killing_phrasings(text: str, sentence: str | None, lower: bool):
    if lower:
        text, sentence = text.lower(), sentence.lower() if sentence else None
    assert police_kills(text, sentence), sentence or text


def test_encounter_killing_names_the_police_as_killers():
    kills = police_kills("The encounter killing of a youth from the village is under investigation.")
    assert kills and kills[0].actor1.sector == "COP"


def test_militants_killed_by_unnamed_forces():
    """The forces that kill militants are troops unless the encounter or custody says police."""
    shot = police_kills("Two terrorists were shot dead in Kupwara on Sunday.")
    assert shot and shot[0].actor1.sector == "MIL"
    encounter = police_kills("A senior militant was killed in an encounter on the outskirts of Sopore.")
    assert encounter and encounter[0].actor1.text == "encounter"


def test_alleged_killing_is_the_accusers_claim():
    text = "Amnesty International accused the police of killing two youths in Srinagar."
    analysis = analyze_text(text)
    kills = police_kills(text)
    assert kills and kills[0].actor1.text == "police"
    assert analysis.entity(kills[0].claimed_by).name == "Amnesty International"
