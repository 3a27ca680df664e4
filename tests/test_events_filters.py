"""Event filters that must not drop real events: a deadline set for a party to act is a threat (a bare
time limit is not); a date of another clause does not make the reported act a plan; a warning by an
organisation ("it will retaliate") is its threat; strikers refusing to end a strike reject, and a strike
called off is a concession even with no agent named; money or
humanitarian "support" is aid, while backing lent to a party stays political support."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "deadline": "The president set a two-week deadline for the rebels to disarm or face military action.",
    "time_limit": "The tribunal fixed a deadline of three weeks to finish the audit.",
    "other_clause_date": "The government is pressuring the doctors to call off a strike set for next Monday.",
    "own_date": "The government is holding a meeting with the unions on Friday.",
    "warned": "The army said it had pulled back its troops but warned it would retaliate against any attack.",
    "strike": "The doctors said that they would not end the strike until overtime was paid.",
    "called_off": "The two-day strike by bus drivers was called off on Monday after talks with the minister.",
    "match_off": "The match was called off because of rain.",
    "money_support": "The EU provided €45m support to refugees in Turkey.",
    "humanitarian_support": "Japan provided humanitarian support to the flood victims in Pakistan.",
    "backing": "The party lent its support to the coalition.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


def test_deadline_for_a_party_is_a_threat_a_time_limit_is_not(events):
    threat = one(events, SENTENCES, "deadline", "THREATEN")
    assert threat.actor1 is not None and threat.actor1.text.endswith("president")
    assert "THREATEN" not in types(events, "time_limit")


def test_date_of_another_clause_does_not_make_a_plan(events):
    demand = one(events, SENTENCES, "other_clause_date", "REQUEST")
    assert demand.cameo.startswith("10")  # a demand made now, not an intention (03x)
    assert demand.actor2 is not None and demand.actor2.text == "doctors"
    meeting = events["own_date"][0]
    assert meeting.cameo == "036"  # "is holding a meeting on Friday": still announced, not held


def test_organisation_warning_what_it_will_do_is_a_threat(events):
    threat = one(events, SENTENCES, "warned", "THREATEN")
    assert threat.actor1 is not None and threat.actor1.text == "army"


def test_refusing_to_end_a_strike_is_a_rejection(events):
    reject = one(events, SENTENCES, "strike", "REJECT")
    assert reject.actor1 is not None and reject.actor1.text == "doctors"


def test_a_strike_called_off_is_a_concession_a_match_is_not(events):
    one(events, SENTENCES, "called_off", "CONCEDE")
    assert events["match_off"] == []


@pytest.mark.parametrize("key", ["money_support", "humanitarian_support"])
def test_material_support_is_aid(events, key):
    aid = one(events, SENTENCES, key, "AID")
    assert aid.actor1 is not None and aid.actor1.text in ("EU", "Japan")
    assert "SUPPORT" not in types(events, key)


def test_support_lent_to_a_party_stays_political_support(events):
    assert one(events, SENTENCES, "backing", "SUPPORT").actor2.text == "coalition"
