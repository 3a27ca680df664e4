"""Event classes found missing on sentence-level gold sets (PETR-2 GSR tuning review): single
sentences with a placeholder publication date, stated aims ("wants to"), control infinitives
("is scheduled to attend"), requests of a named person, aid by "help", state violence as CAMEO 19.
Our own invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import analyze_text

PLACEHOLDER = "2000-01-01"  # sentence-level gold sets date every sentence 2000-01-01


def events(text: str) -> list:
    return analyze_text(text, published=PLACEHOLDER).events


def test_past_passive_with_month_day_survives_placeholder_date():
    # "March 3" resolves after a Jan 1 publication date; the clause is past, so the arrest happened
    evs = events("Five protesters were arrested by police in Paris on March 3.")
    assert any(e.plover == "COERCE" and e.cameo_root == "17" for e in evs)


def test_future_arrest_stays_unreported():
    evs = events("Police will arrest the protesters in Paris on March 3.")
    assert not any(e.plover == "COERCE" for e in evs)


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("Norway wants to bomb the depot.", "13", "Norway"),  # a stated aim to use force: a threat
        ("The Finnish minister wants to help Estonia.", "03", "minister"),  # aim to aid: intent
    ],
)
def test_stated_aim_is_an_expressed_intent(text, root, source):
    evs = events(text)
    assert any(e.cameo_root == root and e.actor1 and source in e.actor1.text for e in evs), evs


def test_negated_aim_is_no_event():
    assert not events("The farmers do not want to protest.")


def test_wanting_a_named_person_to_act_is_a_request_not_a_threat():
    evs = events("The Dutch premier wants Putin to withdraw the troops.")
    assert any(e.plover == "REQUEST" for e in evs)
    assert not any(e.plover == "THREATEN" for e in evs)


def test_control_infinitive_takes_the_subject_of_its_governor():
    evs = events("The Indian premier is scheduled to attend a conference in Oslo.")
    assert any(e.actor1 and "premier" in e.actor1.text for e in evs), evs


def test_help_a_party_is_aid():
    evs = events("Poland helped the refugees from Belarus.")
    assert any(e.plover == "AID" and e.actor1 and e.actor1.text == "Poland" for e in evs)


def test_help_without_a_party_is_no_aid():
    assert not any(e.plover == "AID" for e in events("The rain helped the harvest in the valley."))


def test_government_fire_is_conventional_military_force():
    evs = events("The Peruvian government fired anti-aircraft batteries at Chile this week.")
    assert any(e.plover == "ASSAULT" and e.cameo_root == "19" for e in evs)


def test_officials_violence_stays_unconventional():
    evs = [
        e
        for e in events("Government officials attacked journalists outside the court.")
        if e.plover == "ASSAULT"
    ]
    assert evs and all(e.cameo_root == "18" for e in evs)


@pytest.mark.parametrize(
    ("text", "root", "giver", "receiver"),
    [
        ("Kurdish fighters received weapons from the French government.", "07", "French", "Kurdish"),
        ("Chile received assurances from Peru on the border.", "03", "Peru", "Chile"),
    ],
)
def test_received_from_is_given_by_the_from_party(text, root, giver, receiver):
    evs = [e for e in events(text) if e.cameo_root == root]
    assert evs and giver in evs[0].actor1.text and receiver in evs[0].actor2.text


def test_letter_received_is_no_event():
    assert not events("The town received a letter from the mayor.")
