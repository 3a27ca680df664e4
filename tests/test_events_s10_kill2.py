"""Police killings told without a killing verb (issue 5, IndiaPoliceEvents KILL): a custodial death
"reported from" a police station (the station is where, not whom); the police's targets dying a few
sentences on, named by a plain plural the people words lack ("two weavers died"); "tribals",
"adivasis" and "dalits" as people who die. Not judicial custody, accidents, animals, mob killings or
the deaths of others than the targets. Passages are our own, written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import police_kills

# (earlier sentences of an article, the sentence judged)
KILLS = [
    ("", "A custodial death was reported from the Kotwali police station late on Saturday."),
    (
        "Police fired at weavers who had blocked the canal road near Sironj on Friday. Officials said "
        "the weavers had ignored three warnings.",
        "Two weavers died in hospital on Sunday.",
    ),
    (
        "Police lathi-charged adivasis at a sit-in outside the collectorate in Rayagada.",
        "Two adivasis died of head injuries on Monday.",
    ),
    (
        "Policemen opened fire on dalits who were marching to the tehsil office at Hosur.",
        "Three dalits were killed on the spot.",
    ),
]

NOT_KILLS = [
    ("", "A theft was reported from the Kotwali police station late on Saturday."),
    ("", "An undertrial died of a kidney ailment in the civil hospital while in judicial custody."),
    (
        "Police fired at weavers who had blocked the canal road near Sironj on Friday. Officials said "
        "the weavers had ignored three warnings.",
        "Two buffaloes died in the village on Sunday.",
    ),
    (
        "Police fired at weavers who had blocked the canal road near Sironj on Friday. Officials said "
        "the weavers had ignored three warnings.",
        "Two weavers died in a bus accident on Sunday.",
    ),
    (
        "Police fired at weavers near Sironj on Friday. A mob later set fire to a bus depot.",
        "Two weavers died in hospital on Sunday.",
    ),
    (
        "Constables fired at stray bulls that had gored two pilgrims near the ghat at Sonpur on Monday.",
        "Two bulls died on Tuesday.",
    ),
    ("", "Three tribals died after eating wild berries in a forest hamlet near Rayagada."),
    (
        "A mob attacked a dalit hamlet near Hosur. Police fired in the air.",
        "Two dalits were lynched by the mob.",
    ),
]


@pytest.mark.parametrize(("before", "sentence"), KILLS)
def test_police_killing_found(before: str, sentence: str) -> None:
    assert police_kills(f"{before} {sentence}".strip(), sentence), sentence


@pytest.mark.parametrize(("before", "sentence"), NOT_KILLS)
def test_no_police_killing(before: str, sentence: str) -> None:
    assert not police_kills(f"{before} {sentence}".strip(), sentence), sentence
