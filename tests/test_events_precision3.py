"""Event precision (issue 5, session 4, third pass): plans, past records, readiness for a legal
fight, advice to the public, internal consultations and "booked" cases, on small made-up sentences
modelled on the error classes of the hand-judged tuning samples (benchmarks/event_precision_tune_*)."""

from __future__ import annotations

import pytest
from event_sentences import analyse, types

from newsgraph.model import Event

SENTENCES = {
    "plan": "The senator was among those worried about plans, backed by Britain, to lift the arms embargo.",
    "record": "Police said Ram Singh has been arrested several times in the past for rioting.",
    "arrest": "Police arrested Ram Singh in Jaipur on Monday for rioting.",
    "court": "The campaign group say they are prepared to take their case to the European Court.",
    "ready": "Hamas said it was prepared to negotiate with Israel.",
    "internal": "The state Congress committee would consult the central party leadership on the issue.",
    "talks": "The Congress committee would consult the Samajwadi Party on the issue.",
    "advice": '"People should also take a step," said the film actor Akshay Kumar.',
    "demand": "The minister said the union should call off the strike.",
    "booked": "The two men have been booked under relevant sections of the Indian Penal Code for burglary.",
    "booked_arrested": "Police arrested two men and booked them under the Indian Penal Code.",
    "hoping": "The EU presidency is hoping to strike a deal with Turkey at a June summit.",
    "jails": "In Telangana and Andhra Pradesh jails, the average daily expenditure on a prisoner is Rs 120.",
    "always": "The West Bengal government has always been prompt in deploying police and rapid action force.",
    "deployed": "The West Bengal government deployed police in Kolkata on Monday.",
    "always_said": "He has always said that police arrested Ram Singh in Jaipur.",
    "nabbed": "A police team nabbed the accused from Kandivali on Thursday after a tip-off.",
    "seized": "Police seized weapons from Maoists in Dantewada.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


@pytest.mark.parametrize(
    ("key", "plover"),
    [
        ("plan", "RETREAT"),  # a plan, not the easing itself
        ("record", "COERCE"),  # someone's record of arrests
        ("court", "AGREE"),  # readiness for a legal fight is no intent to cooperate
        ("internal", "CONSULT"),  # a party unit consulting its own leadership
        ("internal", "AGREE"),
        ("advice", "REQUEST"),  # general advice to the public
        ("booked", "COERCE"),  # a case registered, no arrest
        ("hoping", "SUPPORT"),  # a deal hoped for, not struck
        ("jails", "COERCE"),  # prisons as institutions
        ("always", "MOBILIZE"),  # a record of what a government does
    ],
)
def test_no_event_of_that_type(events, key: str, plover: str):
    assert plover not in types(events, key), events[key]


def test_a_new_arrest_is_still_coded(events):
    assert "COERCE" in types(events, "arrest")


def test_readiness_to_talk_is_still_intent_to_cooperate(events):
    assert "AGREE" in types(events, "ready")


def test_consulting_another_party_is_still_coded(events):
    assert types(events, "talks") & {"CONSULT", "AGREE"}


def test_a_demand_on_a_party_is_still_a_request(events):
    assert "REQUEST" in types(events, "demand")


def test_booking_with_an_arrest_keeps_the_arrest(events):
    assert "COERCE" in types(events, "booked_arrested")


def test_a_deployment_on_a_day_is_still_coded(events):
    assert "MOBILIZE" in types(events, "deployed")


def test_a_habit_of_the_speaker_does_not_hide_the_reported_event(events):
    assert "COERCE" in types(events, "always_said")


def test_the_place_people_are_taken_from_is_no_recipient(events):
    arrests = [e for e in events["nabbed"] if e.plover == "COERCE"]
    assert arrests and all(e.actor2 is None or "Kandivali" not in e.actor2.text for e in arrests)


def test_whom_things_are_seized_from_stays_the_recipient(events):
    seizures = [e for e in events["seized"] if e.plover == "COERCE"]
    assert seizures and seizures[0].actor2 is not None and "Maoists" in seizures[0].actor2.text
