"""Source actors (PLOVER "actor") of general constructions (issue 5): the owner of a noun event
aimed at a target, the subject of the verb a noun event requires, the state that holds or expels
people in a passive, the state named by a demonym before a misparsed gerund, the owner of lifted
sanctions, "it" in what an actor says, and the giver of what is received."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

SENTENCES = {
    "their_attacks": "Government troops continued their shelling of the rebel-held city of Marib.",
    "his_arrest": "His arrest in Lahore angered the party.",
    "arrested_in_state": "The opposition leader was arrested in Egypt for collaborating with a banned group.",
    "arrested_in_town": "Two men were arrested in Cairo on Monday.",
    "demonym_shelling": "Three villagers were killed in Turkish artillery shelling near the border.",
    "lifted_sanctions": "EU sanctions against Belarus were lifted on Monday.",
    "declared_siege": "Ecuadorian authorities have declared a state of siege across the province of "
    "Esmeraldas.",
    "opened_inquiry": "The Serious Fraud Office has opened inquiries into three insurers.",
    "joined_mission": "Dozens of Fijian troops have arrived in Cyprus to join the UN peacekeeping mission "
    "on the island.",
    "said_it_hit": "The Defence Ministry said it struck three depots used by the insurgents.",
    "received_from": "Egypt received military aid from the United States.",
    "received": "Egypt received military aid.",
    "expelled_from_capital": "Two British diplomats were expelled from Tehran on Monday.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list]:
    return analyse(SENTENCES)


def source(events: dict[str, list], key: str, plover: str):
    return one(events, SENTENCES, key, plover).actor1


def test_the_owner_of_an_attack_on_a_target_does_it(events):
    actor = source(events, "their_attacks", "ASSAULT")
    assert actor is not None and actor.text == "Government troops"
    arrest = one(events, SENTENCES, "his_arrest", "COERCE")
    assert arrest.actor1 is None  # "his arrest": he suffers it


def test_the_state_that_holds_people_arrested_there(events):
    actor = source(events, "arrested_in_state", "COERCE")
    assert actor is not None and actor.country == "EGY" and actor.text == "Egypt"
    assert source(events, "arrested_in_town", "COERCE") is None  # a town arrests no one
    actor = source(events, "expelled_from_capital", "SANCTION")
    assert actor is not None and actor.country == "IRN"  # a capital expels for its government


def test_a_demonym_before_the_shelling_names_the_state_that_fired(events):
    actor = source(events, "demonym_shelling", "ASSAULT")
    assert actor is not None and actor.country == "TUR"


def test_lifted_sanctions_are_lifted_by_their_owner(events):
    event = one(events, SENTENCES, "lifted_sanctions", "RETREAT")
    assert event.actor1 is not None and event.actor1.text == "EU"
    assert event.actor2 is not None and event.actor2.text == "Belarus"


def test_the_subject_of_the_verb_a_noun_event_needs_does_it(events):
    assert source(events, "declared_siege", "COERCE").text == "Ecuadorian authorities"
    assert source(events, "opened_inquiry", "ACCUSE").text == "Serious Fraud Office"
    troops = source(events, "joined_mission", "AID")
    assert troops is not None and troops.country == "FJI"  # not the UN that runs the mission


def test_it_in_what_an_actor_says_is_that_actor(events):
    actor = source(events, "said_it_hit", "ASSAULT")
    assert actor is not None and actor.text == "Defence Ministry"


def test_what_is_received_is_given_by_its_from_actor_to_the_receiver(events):
    event = one(events, SENTENCES, "received_from", "AID")
    assert (event.actor1.text, event.actor2.text) == ("United States", "Egypt")
    event = one(events, SENTENCES, "received", "AID")
    assert event.actor1 is None and event.actor2 is not None and event.actor2.text == "Egypt"
