"""Police killings taken for granted inside hedged or questioned clauses (a definite act told with a
relative clause of deaths: "the police firing, in which three died, was unprovoked, villagers
alleged"), a bullet "fired from a police rifle", "struck by a police bullet", "hit by policemen's
lathis" (the weapons' owners struck); and near misses (deaths denied, inquiries with no death, police
killed by others). Sentences are our own, written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import events_of, police_kills

KILLS = [
    "The police firing at Bavla, in which two men died, was unprovoked, the residents alleged.",
    "the board will examine whether the police firing that killed six persons was justified.",
    "the mla asked whether the lathi-charge by the police, in which a porter died, was necessary.",
    "The opposition sought a report on the police firing at Mehsana in which one person died.",
    "a cobbler was killed by a bullet fired from a police rifle outside the mosque.",
    "Struck by a police bullet, a shopkeeper died before he reached the hospital.",
    "a porter died after he was hit by policemen's lathis during the lathi-charge near the depot.",
    "Villagers claimed the police firing in which two died was unprovoked.",
    "A bullet fired from a policeman's rifle killed a boy.",
]

NOT_KILLS = [
    "the police denied that anyone was killed in the firing at the mill.",
    "The panel will examine whether the police firing at the depot, in which no one died, was needed.",
    "The government will order an inquiry into the police firing at the market, where four were injured.",
    "a constable was killed by a bullet fired from a rioter's gun.",
    "two persons were killed in the rioting before the police opened fire to disperse the mob.",
    "the firing by the militants, in which two policemen died, lasted an hour.",
    "The police firing in which nobody was hurt lasted ten minutes.",
    "hit by a bullet fired from a rioter's gun, a constable died.",
]


@pytest.mark.parametrize("text", KILLS)
def test_police_killings(text: str):
    assert police_kills(text), text


@pytest.mark.parametrize("text", NOT_KILLS)
def test_not_police_killings(text: str):
    assert not police_kills(text), text


def test_lathi_owners_are_the_attackers():
    """ "hit by policemen's lathis": the police struck; they are not the recipients."""
    events = events_of("a hawker died after he was hit by policemen's lathis during the lathi-charge.")
    assaults = [e for e in events if e.plover == "ASSAULT"]
    assert assaults and any(e.actor1 is not None and e.actor1.sector == "COP" for e in assaults)
    assert all(e.actor2 is None or e.actor2.sector != "COP" for e in assaults)


@pytest.mark.parametrize(
    "text",
    [
        "The lathi-charge by the police, in which a student died, was condemned by the traders.",
        "the court will decide whether the police firing that left two dead was justified.",
    ],
)
def test_judges_and_conjunctions_are_no_victims(text: str):
    """Who condemned the firing, or a "whether" the parser took for an object, is not whom it hit."""
    (kill,) = police_kills(text)
    assert kill.actor2 is None


def test_lost_lives_victims_are_the_people():
    """ "lost their lives in police retaliation": the people who lost them are the victims."""
    (kill,) = police_kills("three persons lost their lives in police retaliation at the station.")
    assert kill.actor2 is not None and "persons" in kill.actor2.text
