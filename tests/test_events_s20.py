"""Session 20, on invented sentences: a passive's "by" agent (or whose order it was) is the doer a
subject requirement asks for, an owned statement passed on in the passive and criticism that "came
from" someone are told events, the kind a name is given tells the sense ("the weekly Al-Nour"),
quantities ("the bulk of") pass on what is acted on, heavy arms pulled back are a withdrawal, and a
state suspended from a body is sanctioned. Near misses sit beside the cases they guard."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "handed_back_by": "The seized trawler was handed back to Spain by Morocco on Monday.",
    "handed_back_insurer": "The trawler was handed back to its owners by the insurer.",
    "by_order_of": "The weekly Al-Nour was shut down by order of the interior ministry.",
    "factory_by_order": "The factory was shut down by order of the owners.",
    "bulk_of_debt": "Paris wrote off the bulk of Niger's debt on Monday.",
    "refusal_restated": "Hanoi's refusal to free the pastor was restated on Friday by a spokesman.",
    "refusal_background": "Hanoi's refusal to free the pastor has long been criticised.",
    "criticism_came": "Fierce criticism of the decree came on Monday from the opposition Liberal Party.",
    "idea_came": "The idea came from the Liberal Party.",
    "heaped_praise": "The president heaped praise on the mediators.",
    "ambush_carried_out": "The ambush was carried out by rebels near Gulu on Friday.",
    "attack_blamed": "The attack that killed five soldiers was blamed on the rebels.",
    "suspended_from_body": "The African Union suspended Togo from its councils.",
    "suspended_player": "The club suspended the striker from two matches.",
    "admitted_monitors": "Khartoum admitted 40 African Union monitors into Darfur.",
    "pulled_tanks_back": "Syrian troops pulled their tanks back from the border.",
    "pulled_boy_out": "Rescuers pulled the boy out of the river.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


def test_a_passive_by_agent_is_the_doer(events):
    assert one(events, SENTENCES, "handed_back_by", "RETREAT").actor1.country == "MAR"
    assert "RETREAT" not in types(events, "handed_back_insurer")


def test_whose_order_it_was_is_the_doer(events):
    closure = one(events, SENTENCES, "by_order_of", "COERCE")
    assert closure.actor1.text == "interior ministry"
    assert "Al-Nour" in closure.actor2.text
    assert "COERCE" not in types(events, "factory_by_order")


def test_a_quantity_passes_on_what_is_acted_on(events):
    assert one(events, SENTENCES, "bulk_of_debt", "AID").actor1.country == "FRA"


def test_an_owned_refusal_passed_on_is_told(events):
    assert one(events, SENTENCES, "refusal_restated", "REJECT").actor1.country == "VNM"
    assert "REJECT" not in types(events, "refusal_background")


def test_criticism_came_from_its_author(events):
    assert "Liberal Party" in one(events, SENTENCES, "criticism_came", "ACCUSE").actor1.text
    assert not events["idea_came"]


def test_heaped_praise_is_support(events):
    assert one(events, SENTENCES, "heaped_praise", "SUPPORT").actor2.text == "mediators"


def test_an_ambush_as_a_noun(events):
    assert one(events, SENTENCES, "ambush_carried_out", "ASSAULT").actor1.text == "rebels"


def test_an_attack_blamed_on_a_group_is_its_act(events):
    attack = one(events, SENTENCES, "attack_blamed", "ASSAULT")
    assert attack.actor1.text == "rebels"
    assert attack.actor2 is None or attack.actor2.text != "rebels"


def test_a_state_suspended_from_a_body_is_sanctioned(events):
    assert one(events, SENTENCES, "suspended_from_body", "SANCTION").actor2.country == "TGO"
    assert "SANCTION" not in types(events, "suspended_player")


def test_monitors_admitted_are_access(events):
    assert one(events, SENTENCES, "admitted_monitors", "RETREAT").actor1.country == "SDN"


def test_heavy_arms_pulled_back_are_a_withdrawal(events):
    assert one(events, SENTENCES, "pulled_tanks_back", "RETREAT").actor1.country == "SYR"
    assert "RETREAT" not in types(events, "pulled_boy_out")
