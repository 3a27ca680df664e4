"""Session 19, on invented sentences: seats of government named for their state ("Bonn", "Rangoon"),
bare crowd counts as protesters ("Thousands marched"), the doer of a protest or show of force a
verb's clause names as its means, the patient of a custody it was placed under, diplomatic
recognition (no figure of speech), frozen aid, a protest held at a seat of the state, and a past
form of another verb spelt like a trigger ("wound up a visit"). Near misses sit beside the cases
they guard."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "bonn_recognised": "Bonn recognised the independence of Estonia on Tuesday.",
    "rangoon_expelled": "Rangoon expelled two Thai diplomats on Friday.",
    "flew_to_bonn": "The Estonian premier flew to Bonn on Tuesday.",
    "thousands_marched": "Thousands marched through Minsk on Sunday against the rigged vote.",
    "tens_protested": "Tens of thousands protested in Tbilisi on Monday.",
    "thousands_of_farmers": "Thousands of farmers protested in Lyon on Monday.",
    "hundreds_arrested": "Hundreds were arrested in Lagos after the riots.",
    "show_of_force": "Russia sailed six warships past Gotland on Monday in a show of force.",
    "strike_means": "The dockers' union shut the port of Antwerp with a two-day strike on Monday.",
    "hit_with_strike": "The capital was hit with a general strike on Monday.",
    "house_arrest": "The opposition leader was placed under house arrest by the army on Friday.",
    "security_services": "The security services detained three reporters in Minsk.",
    "granted_recognition": "Norway granted diplomatic recognition to the new state on Monday.",
    "diplomatic_offensive": "Delhi launched a diplomatic offensive against Islamabad.",
    "froze_aid": "Sweden has frozen development aid to Zambia.",
    "froze_pay": "The company froze pay for its staff.",
    "vigil_ministry": "Mothers of the missing held a silent vigil outside the Interior Ministry on Sunday.",
    "vigil_church": "Friends of the family held a silent vigil at the church on Sunday.",
    "council_relaxed": "The ruling council relaxed press censorship on Monday.",
    "wound_up_visit": "The Ghanaian president wound up a four-day visit to Accra's northern neighbour.",
    "wounded_soldiers": "Militants wounded three soldiers in an ambush near Kandahar.",
    "wound_up_tour": "The Malian premier wound up a two-day trip to Dakar on Sunday.",
    "wound_up_strike": "The miners' union wound up its strike on Sunday.",
    "family_trip": "The family wound up a trip to the seaside on Sunday.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


def test_a_seat_of_government_acts_for_its_state(events):
    assert one(events, SENTENCES, "bonn_recognised", "SUPPORT").actor1.country == "DEU"
    assert events["rangoon_expelled"][0].actor1.country == "MMR"


def test_a_seat_of_government_as_a_destination_is_no_actor(events):
    for event in events["flew_to_bonn"]:
        assert event.actor1 is None or event.actor1.text != "Bonn"


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("thousands_marched", "Thousands"),
        ("tens_protested", "Tens of thousands"),
        ("thousands_of_farmers", "farmers"),
    ],
)
def test_a_crowd_count_protests(events, key, words):
    assert one(events, SENTENCES, key, "PROTEST").actor1.text == words


def test_a_counted_crowd_can_be_the_target(events):
    assert one(events, SENTENCES, "hundreds_arrested", "COERCE").actor2.text == "Hundreds"


def test_the_doer_of_a_means_or_show_is_the_subject_of_its_clause(events):
    assert one(events, SENTENCES, "show_of_force", "MOBILIZE").actor1.text == "Russia"
    assert "union" in one(events, SENTENCES, "strike_means", "PROTEST").actor1.text
    hit = [e for e in events["hit_with_strike"] if e.plover == "PROTEST"]
    assert all(e.actor1 is None or e.actor1.text != "capital" for e in hit)


def test_who_is_placed_under_house_arrest_is_its_target(events):
    arrest = one(events, SENTENCES, "house_arrest", "COERCE")
    assert arrest.actor1.text == "army"
    assert arrest.actor2.text.endswith("opposition leader")


def test_security_services_are_an_actor(events):
    assert one(events, SENTENCES, "security_services", "COERCE").actor1.sector == "SPY"


def test_diplomatic_recognition_is_literal_and_a_diplomatic_offensive_figurative(events):
    assert one(events, SENTENCES, "granted_recognition", "SUPPORT").cameo == "054"
    assert not types(events, "diplomatic_offensive")


def test_frozen_aid_is_a_sanction_and_frozen_pay_is_not(events):
    assert one(events, SENTENCES, "froze_aid", "SANCTION").cameo == "162"
    assert not types(events, "froze_pay")


def test_a_vigil_at_a_seat_of_the_state_is_a_protest(events):
    assert one(events, SENTENCES, "vigil_ministry", "PROTEST").actor1.text.startswith("Mothers")
    assert not types(events, "vigil_church")


def test_a_past_form_read_as_its_object_adjective_after_a_modifier_noun(events):
    relaxed = one(events, SENTENCES, "council_relaxed", "CONCEDE")
    assert relaxed.actor1.text == "ruling council"


def test_wound_up_is_no_wounding(events):
    assert "ASSAULT" not in types(events, "wound_up_visit")
    assert one(events, SENTENCES, "wounded_soldiers", "ASSAULT").actor1.text == "Militants"


def test_winding_up_a_visit_is_a_visit_and_winding_up_a_strike_ends_it(events):
    visit = one(events, SENTENCES, "wound_up_tour", "CONSULT")
    assert (visit.cameo, visit.actor2.text) == ("042", "Dakar")
    assert one(events, SENTENCES, "wound_up_strike", "CONCEDE").cameo == "082"
    assert not types(events, "family_trip")
