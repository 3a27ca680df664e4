"""Who is who in police killings (issue 5, IndiaPoliceEvents KILL): the police or troops as the killers
when an encounter, a custody word, a unit's "by" phrase or the weapon's owner names them, the people
as the victims (not a police station, a judge, a "whether" or the police themselves), an alleged
killing as the accusers' claim, the trigger of a custodial death at a named station, and shooters who
were shot back killing no one. The table of police killings and near misses is in
test_events_police_kills.py. Sentences are our own, written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import event_on, events_of, police_kills

from newsgraph.pipeline import analyze_text


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


def test_shooters_who_were_shot_back_killed_no_one():
    """ "The robbers fired at the policemen, who fired back, killing one": the robbers' firing is not
    fatal."""
    events = analyze_text(
        "The robbers fired at the policemen, who fired back, killing one of the robbers."
    ).events
    fatal = {e.actor1.sector for e in events if e.plover == "ASSAULT" and e.fatal and e.actor1 is not None}
    assert fatal == {"COP"}, events


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


def test_a_station_name_of_two_words_is_the_whole_trigger() -> None:
    kills = police_kills("An undertrial died at the Civil Lines police station on Sunday.")
    assert [e.trigger.text for e in kills] == ["Civil Lines police station"]


def test_a_police_team_beating_has_the_police_as_agent() -> None:
    kills = police_kills("A man died after being beaten by a police team.")
    assert kills and kills[0].actor1.text == "police team" and kills[0].actor1.sector == "COP"


def test_the_srp_is_the_shooter_not_the_protesters() -> None:
    kills = police_kills(
        "Two of the protesters hit in the firing by the SRP at Kalol died in hospital on Friday."
    )
    assert kills and kills[0].actor1.text == "SRP"


def test_the_by_agent_of_an_attack_the_struck_were_hit_in_is_its_doer() -> None:
    event = event_on("Two of the people hit in the attack by the militants died.", "attack")
    assert event.actor1 is not None and event.actor1.text == "militants"
