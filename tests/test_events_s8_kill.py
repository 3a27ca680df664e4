"""Police killings told in ways the earlier police-kill tests lack (IndiaPoliceEvents KILL): a
"lock-up death" noun, a shootout "with" a police unit hung on the killing verb, a killing the
reporter hedges ("allegedly") but lays on police, "victims of police bullets", "among the two who
died", "those killed" and "killed in the incident" after police firing, "died of head injuries"
after a lathi-charge, "one of the injured in the police firing succumbed", "one was killed in
private firing and another in police firing"; and near misses (warning shots, the same wounds after
shooting, hedged killings by others). Sentences are our own, written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import events_of, police_kills

KILLS = [
    ("a lock-up death at the kotwali police station has triggered a bandh in the town.", None),
    ("A lockup death in the district has led to the suspension of two constables.", None),
    ("a wanted robber was killed in a shootout with the stf near the canal.", None),
    ("A vendor was allegedly beaten to death by two constables inside the Rampur police station.", None),
    ("two youths were allegedly shot dead by the police in a fake encounter.", None),
    ("of the fourteen people killed in the riots, five were victims of police bullets.", None),
    ("The police fired at the crowd; a schoolboy was among the three who died.", None),
    (
        "The police opened fire when the mob turned violent. Those killed were identified as two brothers.",
        "Those killed were identified as two brothers.",
    ),
    (
        "Police fired at a stone-pelting mob in Raipur. One person was killed in the incident.",
        "One person was killed in the incident.",
    ),
    (
        "the police lathi-charged the protesters at the bus stand. an old man died of head injuries.",
        "an old man died of head injuries.",
    ),
    ("One of the injured in the police firing at the mill died in hospital on Monday.", None),
    ("one villager was killed in private firing and another in police firing.", None),
]

NOT_KILLS = [
    ("two cousins allegedly beat a farmer to death over a land dispute.", None),
    ("A man was allegedly stabbed to death by his neighbours.", None),
    (
        "Police fired into the air to scatter the protesters. Three people were killed.",
        "Three people were killed.",
    ),
    (
        "the police opened fire on the mob. an old man died of head injuries.",
        "an old man died of head injuries.",
    ),
    (
        "The police lathi-charged the crowd. Two persons died of burn injuries.",
        "Two persons died of burn injuries.",
    ),
    (
        "A mob attacked a bus in the old city. Two persons were killed in the incident.",
        "Two persons were killed in the incident.",
    ),
    ("the man was killed in a shootout with a rival gang.", None),
    ("he was a victim of a stray bullet fired by the rioters.", None),
    (
        "the police fired shots into the air to break up the crowd. an elderly man died.",
        "an elderly man died.",
    ),
]


@pytest.mark.parametrize(("text", "sentence"), KILLS)
def test_police_killings(text: str, sentence: str | None):
    assert police_kills(text, sentence), sentence or text


@pytest.mark.parametrize(("text", "sentence"), NOT_KILLS)
def test_not_police_killings(text: str, sentence: str | None):
    assert not police_kills(text, sentence), sentence or text


def test_custodial_death_at_station_is_no_police_victim():
    """The police station a custodial death happened at is where, not whom: the police killed."""
    (kill,) = police_kills("A custodial death at the Sadar police station has sparked protests.")
    assert kill.actor2 is None or "station" not in kill.actor2.text


def test_custody_setting_is_no_second_attack_on_police():
    """ "tortured by the police in custody": the custody word is the same act's setting, not an
    attack on the police told by the verb's "by" phrase."""
    events = events_of("the youth was tortured by the police in custody.")
    assert events and all(e.actor2 is None or e.actor2.sector != "COP" for e in events)
    assert any(e.actor1 is not None and e.actor1.sector == "COP" for e in events)
