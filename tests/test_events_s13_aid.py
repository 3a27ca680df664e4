"""Session 13 (AID recall), on invented sentences: a headline verb the tagger read as a noun ("Spain
and UNICEF hand over ambulances"), an aid package announced, aid shipped, a public lender approving
"$X in grants", a named aid charity delivering food, a state forgiving a debt and training another
state's forces are aid. Counter-examples: a package only debated, goods shipped under contract, a
commercial bank's loans to firms, forgiving a person, training one's own recruits or a team, a hearing
aid and an aide are none; a promise of aid stays AGREE (PLOVER codes future aid as AGREE)."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

from newsgraph.model import Event

SENTENCES = {
    "hand_over_headline": "Spain and UNICEF hand over 20 ambulances to the health ministry of Chad.",
    "aid_package": "Washington announced a $300 million military aid package for Ukraine.",
    "assistance_package": "Tokyo unveiled a new assistance package for the flood victims in Pakistan.",
    "shipped_aid": "Turkey shipped humanitarian aid to Syria on Sunday.",
    "grants_approved": "The World Bank approved $150 million in grants to Yemen.",
    "debt_forgiven": "France forgave $500 million of Mali's debt.",
    "trains_pilots": "The US military is training Iraqi pilots to fly jets.",
    "pledged_aid": "Japan pledged $500 million in aid to Ukraine.",
    "aid_charity": "World Vision delivered food aid to 5,000 families in Chad.",
    # counter-examples
    "hand_over_petition": "Residents hand over petition to mayor.",
    "debated_package": "Lawmakers debated the aid package for hours.",
    "shipped_wheat": "The firm shipped 2,000 tonnes of wheat to Egypt under a contract.",
    "shipped_supplies": "The company shipped supplies to its stores.",
    "bank_loans": "Citibank approved $20 million in loans to small businesses.",
    "forgave_brother": "She forgave her brother for the insult.",
    "bank_forgave": "The bank forgave the company's debt.",
    "trained_recruits": "The army trained 500 new recruits.",
    "trained_players": "The coach trained the players hard.",
    "hearing_aid": "The new hearing aid helps him hear.",
    "aide": "The minister's aide resigned.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


@pytest.mark.parametrize(
    ("key", "trigger", "source", "target"),
    [
        ("hand_over_headline", "hand over", "Spain", "health ministry"),
        ("aid_package", "aid package", "Washington", "Ukraine"),
        ("assistance_package", "assistance package", "Tokyo", "flood victims"),
        ("shipped_aid", "shipped", "Turkey", "Syria"),
        ("grants_approved", "approved", "World Bank", "Yemen"),
        ("debt_forgiven", "forgave", "France", "Mali"),
        ("trains_pilots", "training", "US military", "Iraqi pilots"),
        ("aid_charity", "delivered", "World Vision", "families"),
    ],
)
def test_material_aid_is_aid_from_giver_to_recipient(events, key, trigger, source, target):
    event = one(events, SENTENCES, key, "AID")
    assert event.trigger.text == trigger
    assert event.actor1 is not None and source in event.actor1.text
    assert event.actor2 is not None and target in event.actor2.text


def test_a_promise_of_aid_is_agreement_not_aid(events):
    assert types(events, "pledged_aid") == {"AGREE"}


@pytest.mark.parametrize(
    "key",
    [
        "hand_over_petition",
        "debated_package",
        "shipped_wheat",
        "shipped_supplies",
        "forgave_brother",
        "bank_forgave",
        "trained_recruits",
        "trained_players",
        "hearing_aid",
        "aide",
    ],
)
def test_trade_other_senses_and_own_ranks_are_no_aid(events, key):
    assert "AID" not in types(events, key), SENTENCES[key]


def test_a_commercial_bank_approving_loans_is_no_aid_by_approval(events):
    assert not [e for e in events["bank_loans"] if e.plover == "AID" and e.trigger.text == "approved"]
