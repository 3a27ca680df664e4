"""Event precision (issue 5, session 4): assurances, concessions, signed deals, things and media as
recipients, other word senses and unattributed quotes, on small made-up sentences modelled on the
error classes of the hand-judged samples (benchmarks/event_precision_*.jsonl)."""

from __future__ import annotations

import pytest
from event_sentences import analyse, types

from newsgraph.model import Event

SENTENCES = {
    "assured": "The defence minister assured the House that no ordnance factory would be closed down.",
    "assured_act": "The minister assured the farmers that the government would release the funds.",
    "changes": "MPs passed the bill after the home secretary agreed to key changes.",
    "deal": "The party signed a two-year deal with the city council on Monday.",
    "opposed": "The archbishop criticised the law and is opposed to any arbitrary detention.",
    "treaty": "The United States refused to sign the Kyoto treaty.",
    "seized": "Police arrested a woman and recovered 14 pistols with 14 magazines from her house.",
    "pledged": "The Tory leader pledged cleaner hospitals and better school discipline.",
    "demonstration": "Scientists modified embryos in a landmark demonstration of the procedure.",
    "ruling": "The Lords ruled that detaining terror suspects indefinitely is unlawful.",
    "habitual": "Shia Muslims, who participate in processions, mourn the death of Imam Hussain.",
    "album": "The band rose to fame after releasing its debut album in 2000.",
    "held": "She missed the national championships held at Guntur in July.",
    "sitting": "The state assembly had met briefly on February 28 to pay condolences.",
    "television": "The prime minister made an appeal on national television asking people to keep the peace.",
    "charged": "She will appear in court over a terror offence for which she had been charged.",
    "arrested_charged": "Police arrested and charged two men in Leeds on Monday.",
    "court_charged": "The former minister was charged with fraud by the court on Monday.",
    "unattributed": '"We appeal to the health board to allow patients to choose their hospital."',
    "referring": "He spoke at length, referring to the recent carnage at Godhra.",
    "stationed": "A spokesman for the corps, which is deployed in Vadodara, said a column was sent.",
    "lent": "The Left parties lent support to the Congress-led coalition government in Maharashtra.",
    "concurred": "State secretary of the CPI(M) Prabhakar Sanzgiri agreed.",
    "agreed_to": "The government agreed to release the prisoners.",
    "time_limit": "The government set a deadline of six months to complete the probe.",
    "ultimatum": "They had given a deadline of 2 pm to the police to fetch the boy.",
    "shot_back": "Asked about the alliance, Kanshi Ram shot back saying fresh elections were an option.",
    "ngo": "A local non-government organisation called on police to uphold freedom of assembly.",
    "tuc": "The Trades Union Congress welcomed the increase in the minimum wage.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


def test_assurance_of_a_state_of_affairs_is_no_agreement(events):
    assert "AGREE" not in types(events, "assured")


def test_agreeing_to_changes_is_a_concession(events):
    assert "AGREE" not in types(events, "changes")
    assert "CONCEDE" in types(events, "changes")


def test_a_signed_deal_is_the_signing_not_a_promise(events):
    assert "AGREE" not in types(events, "deal")
    assert any(e.cameo == "057" for e in events["deal"]), events["deal"]


def test_being_opposed_to_a_practice_is_criticism_not_rejection(events):
    assert "REJECT" not in types(events, "opposed")


def test_a_treaty_named_after_a_place_is_no_recipient(events):
    refusals = [e for e in events["treaty"] if e.plover == "REJECT"]
    assert refusals and refusals[0].actor1 is not None and refusals[0].actor1.country == "USA"
    assert all(e.actor2 is None or e.actor2.country != "JPN" for e in events["treaty"])


def test_what_is_seized_is_no_recipient(events):
    seizures = [e for e in events["seized"] if e.plover == "COERCE"]
    assert seizures
    assert all(e.actor2 is None or "magazine" not in e.actor2.text for e in seizures)


def test_what_is_pledged_is_no_recipient(events):
    pledges = [e for e in events["pledged"] if e.plover == "AGREE"]
    assert pledges and all(e.actor2 is None for e in pledges)


@pytest.mark.parametrize(
    ("key", "plover"),
    [
        ("demonstration", "PROTEST"),  # a display of a procedure
        ("ruling", "COERCE"),  # detention in general, as the subject of a ruling
        ("habitual", "PROTEST"),  # what a community habitually does
        ("album", "RETREAT"),  # releasing a record
        ("held", "COERCE"),  # championships held somewhere
        ("sitting", "CONSULT"),  # a body sitting on its own
        ("charged", "COERCE"),  # a judicial charge, not an arrest
        ("unattributed", "REQUEST"),  # a quote nobody is said to have spoken
        ("referring", "ASSAULT"),  # an event only talked about
        ("stationed", "MOBILIZE"),  # where a unit is stationed: a state
        ("concurred", "AGREE"),  # concurring in a view, nothing agreed to
        ("time_limit", "THREATEN"),  # a time limit for a task, given to no one
        ("shot_back", "ASSAULT"),  # retorted
    ],
)
def test_no_event_of_that_type(events, key: str, plover: str):
    assert plover not in types(events, key), events[key]


def test_an_assured_act_is_still_coded(events):
    assert events["assured_act"], "an assurance that names an act of the assurer is a promise"


def test_an_arrest_with_a_charge_stays_an_arrest(events):
    arrests = [e for e in events["arrested_charged"] if e.plover == "COERCE" and e.mode == "arrest"]
    assert arrests and arrests[0].actor1 is not None and arrests[0].actor1.sector == "COP"


def test_a_charge_without_an_arrest_is_an_accusation(events):
    assert types(events, "court_charged") == {"ACCUSE"}


def test_the_medium_of_an_appeal_is_no_recipient(events):
    appeals = [e for e in events["television"] if e.plover == "REQUEST"]
    assert appeals and all(e.actor2 is None or "television" not in e.actor2.text for e in appeals)


def test_lending_political_support_is_support_not_aid(events):
    assert "AID" not in types(events, "lent")
    assert "SUPPORT" in types(events, "lent")


def test_agreeing_to_an_act_and_an_ultimatum_are_still_coded(events):
    assert "AGREE" in types(events, "agreed_to")
    assert "THREATEN" in types(events, "ultimatum")


def test_non_government_bodies_and_union_federations_are_no_government_or_party(events):
    request = next(e for e in events["ngo"] if e.plover == "REQUEST")
    assert request.actor1 is not None and request.actor1.sector == "NGO"
    welcome = next(e for e in events["tuc"] if e.plover == "SUPPORT")
    assert welcome.actor1 is not None and welcome.actor1.sector == "LAB"
