"""Session 14 (PLOVER wire-style leftovers), on invented sentences: a state or the World Bank halting or
suspending loans to a party stops aid (CAMEO 162); tightening sanctions or an embargo on a state
imposes them (163); cutting off gas or supplies to a state reduces aid (162); a state's side calling off
talks halts negotiations (164), a visit reduces relations (160); allowing "a team of UN monitors" in
admits observers (086); a state handing back a seized ship returns property (0842).
Near misses that must not change: banks, firms, clubs, bands, sports federations, utilities, museums,
landlords and courts in ordinary business, sport, culture and domestic news."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

SENTENCES = {
    "halt_loans": "Japan halted yen loans to Ghana after the coup, the foreign ministry said.",
    "suspend_lending": "The World Bank suspended lending to Myanmar after the army seized power.",
    "tighten_sanctions": "Washington tightened its economic sanctions on Cuba on Tuesday.",
    "tighten_embargo": "The European Union tightened its arms embargo on Sudan.",
    "cut_off_gas": "Moscow cut off gas supplies to Ukraine early on Monday.",
    "call_off_talks": "The Iranian delegation called off talks with Britain after the raid.",
    "negotiating_team": "The Syrian negotiating team called off talks with the rebels on Friday.",
    "call_off_visit": "Pakistan called off a planned visit to New Delhi by its foreign minister.",
    "team_of_monitors": "The Sudanese government allowed a team of UN monitors into Darfur on Monday.",
    "handed_back_ship": "Moscow handed back a seized Japanese fishing trawler to Tokyo on Tuesday.",
}

# Invented near misses from business, sport, courts, culture and domestic news: none is a political
# SANCTION or RETREAT.
NEAR_MISSES = {
    "bank_loans": "The bank halted loans to small firms.",
    "lender_loans": "The lender suspended loans to property developers.",
    "club_match": "The club called off the match because of snow.",
    "band_tour": "The band called off its tour.",
    "couple_wedding": "The couple called off their wedding.",
    "gas_tenant": "The gas company cut off supplies to a tenant who did not pay.",
    "utility_homes": "The utility cut off electricity to thousands of homes.",
    "team_lead": "The team surrendered a two-goal lead.",
    "museum_painting": "The museum handed back the painting to the family.",
    "court_damages": "The court awarded damages to the actor.",
    "jury_damages": "The jury ordered the newspaper to pay damages to the singer.",
    "league_rules": "The league tightened its rules on foreign players.",
    "school_security": "The school tightened security after the break-in.",
    "landlord_tenants": "The landlord allowed the tenants into the flat.",
    "referee_goal": "The referee allowed the goal.",
    "bank_writeoff": "The bank wrote off bad loans worth $2 billion.",
    "firm_keys": "The firm handed over the keys to the new owners.",
    "supplier_deliveries": "The supplier halted deliveries to the retailer.",
    "airline_flights": "The airline halted flights to Dubai because of the storm.",
    "company_dividend": "The company suspended its dividend.",
    "festival_concert": "The festival organisers called off the concert.",
    "supermarket_policy": "The supermarket tightened its return policy.",
    "supplier_china": "The supplier cut off deliveries to China after the contract expired.",
    "airline_planes": "The airline handed back three planes to the leasing company.",
    "lessor_aircraft": "The leasing firm handed back the aircraft to Ireland's Avolon.",
    "charity_funding": "The charity halted funding to the local hospital.",
    "university_funding": "The university suspended funding for the research project.",
    "council_loans": "The city council halted loans to small businesses.",
    "federation_sanctions": "The federation tightened sanctions on clubs that fail to pay players.",
    "fa_sanctions": "The FA tightened its sanctions on racist fans.",
    "referee_game": "The referee called off the game after the floodlights failed.",
    "english_team_talks": "The English team called off talks with the coach.",
    "club_talks": "The club called off talks with the striker's agent.",
    "coach_journalists": "The coach allowed a team of journalists into the training session.",
    "owner_fans": "The owner allowed a delegation of fans into the boardroom.",
    "bank_credit": "The bank cut off credit to the struggling retailer.",
    "telecom_lending": "The telecom company suspended lending to its customers.",
    "club_trophy": "The club handed back the trophy to the league.",
    "fishermen_boat": "The fishermen handed back the boat to its owner.",
    "arts_funding": "The government suspended funding for the arts festival.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES | NEAR_MISSES)


@pytest.mark.parametrize(
    ("key", "cameo", "source", "target"),
    [
        ("halt_loans", "162", "Japan", "Ghana"),
        ("suspend_lending", "162", "World Bank", "Myanmar"),
        ("tighten_sanctions", "163", "Washington", "Cuba"),
        ("tighten_embargo", "163", "European Union", "Sudan"),
        ("cut_off_gas", "162", "Moscow", "Ukraine"),
        ("call_off_talks", "164", "Iranian delegation", "Britain"),
        ("negotiating_team", "164", "Syrian negotiating team", None),
        ("call_off_visit", "160", "Pakistan", None),
    ],
)
def test_sanctions(events, key, cameo, source, target):
    event = one(events, SENTENCES, key, "SANCTION")
    assert event.cameo == cameo
    assert event.actor1 is not None and source in event.actor1.text
    if target is not None:
        assert event.actor2 is not None and target in event.actor2.text


def test_monitors_let_in(events):
    event = one(events, SENTENCES, "team_of_monitors", "RETREAT")
    assert event.cameo.startswith("086")
    assert event.actor1 is not None and "government" in event.actor1.text


def test_seized_ship_handed_back(events):
    event = one(events, SENTENCES, "handed_back_ship", "RETREAT")
    assert event.cameo == "0842"
    assert event.actor1 is not None and event.actor1.text == "Moscow"
    assert event.actor2 is not None and event.actor2.text == "Tokyo"


@pytest.mark.parametrize("key", sorted(NEAR_MISSES))
def test_near_misses(events, key):
    wrong = [e for e in events[key] if e.plover in ("SANCTION", "RETREAT")]
    assert not wrong, f"{NEAR_MISSES[key]!r}: {wrong}"
