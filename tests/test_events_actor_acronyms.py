"""Actor coding of ambiguous acronyms, charities, owners of firms and parenthetical claimants
(invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.events.roles import _sector_of_words
from newsgraph.model import Analysis, Event
from newsgraph.pipeline import analyze_text


def _analysis(text: str) -> Analysis:
    return analyze_text(text, published="2005-03-02")


def _event(analysis: Analysis, trigger: str) -> Event:
    return next(e for e in analysis.events if e.trigger.text == trigger)


def _codes(event: Event) -> list[str | None]:
    return [a.code for a in (event.actor1, event.actor2) if a is not None]


def test_an_acronym_spelled_out_as_another_body_is_not_the_listed_group():
    text = (
        "LONDON - Britain's markets watchdog, the Financial Standards Agency (FSA), is looking at bank fees. "
        "The FSA has urged banks to repay savers."
    )
    urged = _event(_analysis(text), "urged")
    assert urged.actor1 is not None and urged.actor1.text == "FSA"
    assert not any(code and "REB" in code for code in _codes(urged))


def test_an_acronym_of_a_foreign_group_needs_a_fitting_setting():
    urged = _event(_analysis("The FSA in London has urged banks in Manchester to repay savers."), "urged")
    assert urged.actor1 is not None and urged.actor1.code != "SYRREB"


def test_an_acronym_in_its_own_setting_is_the_group():
    attack = _event(
        _analysis("The FSA attacked government troops near Aleppo in Syria on Monday."), "attacked"
    )
    assert attack.actor1 is not None and attack.actor1.code == "SYRREB"


def test_a_charity_named_in_apposition_is_an_ngo():
    text = (
        "Brightpath, the children's hospice charity, has urged the government to fund more night nurses. "
        "Brightpath said families were struggling."
    )
    urged = _event(_analysis(text), "urged")
    assert urged.actor1 is not None and urged.actor1.sector == "NGO"


def test_a_society_for_people_serves_them_it_is_no_civilian_group():
    text = (
        "The National Society for Older People (NSOP) is urging the regulator, Ofgem, to cap energy bills in "
        "Britain."
    )
    urging = _event(_analysis(text), "urging")
    assert urging.actor1 is not None and urging.actor1.sector == "NGO"


def test_the_owner_of_a_firm_acts_not_the_firm():
    text = "The majority owner of Brightway Airlines has sued the Spanish government for $2bn."
    sued = _event(_analysis(text), "sued")
    assert sued.actor1 is None or "Brightway" not in sued.actor1.text


def test_the_title_of_a_body_named_by_its_is_no_government_office():
    text = (
        "The National Canal Protection Committee has claimed that its president Gopal Rao was detained "
        "by the police before its sit-in."
    )
    detained = _event(_analysis(text), "detained")
    assert detained.actor2 is None or detained.actor2.sector != "GOV"


def test_a_parenthetical_speaker_claims_what_a_party_maintained():
    text = (
        "vijayawada: chief minister suresh naidu addressed party workers on monday. the tdp, he said, has "
        "long argued that the canal dispute should be left to the tribunal."
    )
    analysis = _analysis(text)
    [request] = [e for e in analysis.events if e.trigger.text == "should be left"]
    claimant = analysis.entity(request.claimed_by) if request.claimed_by else None
    assert claimant is not None and claimant.name.lower() == "suresh naidu"


def test_a_police_station_attacked_is_no_attacker():
    text = "Police post stormed in Nellore. A crowd ransacked the police station on Saturday."
    analysis = _analysis(text)
    for e in analysis.events:
        assert e.actor1 is None or "station" not in e.actor1.text


def test_a_body_ordering_an_enquiry_states_its_own_act_it_claims_nothing():
    text = (
        "The Northland Rowing Federation has ordered an enquiry after a coach's video alleging bullying was "
        "widely shared."
    )
    enquiry = _event(_analysis(text), "enquiry")
    assert enquiry.claimed_by is None


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        (("northland", "rugby", "football", "union"), "-"),  # a sports body, no trade union
        (("teacher", "union"), "LAB"),
    ],
)
def test_sports_unions_are_no_labour(words: tuple[str, ...], sector: str):
    assert _sector_of_words(words) == sector
