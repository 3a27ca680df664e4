"""Session 14 (PLOVER wire-style recall), on invented sentences: a promised handover of control or a
promise to let inspectors back is AGREE (future cooperation); a commitment to a summit agrees; a
parliamentary commission or a prosecutor general's office is a political actor when it investigates
or charges; "refused to accept the terms" rejects them; a plan "is unacceptable, X said" is X's
rejection and an act called unacceptable X's disapproval; rockets that "slammed into" a place are an
attack by whoever fired them; a vigil against a war is a protest; "told Ghana it must" demands of
Ghana; a letter from a body asks what the body asks; writing off half of a debt is aid.
Near misses that must not change: "refused to accept responsibility", "slammed the opposition", a
vigil for victims, "told reporters it must be a mistake", "it is unacceptable" in the writer's voice,
a company transferring control of a unit."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

from newsgraph.model import Event

SENTENCES = {
    "will_transfer": "Under the new accord, Britain will transfer control of the islands to Spain by May.",
    "handed_over": "The army handed over control of the town to the rebels.",
    "company_transfer": "The company transferred control of its shipping unit to a fund.",
    "would_allow": "Syria said on Monday it would allow U.N. monitors back into the border zone.",
    "committed_summit": "Armenia and Azerbaijan committed themselves to a summit in Prague.",
    "commission_probe": "A parliamentary commission opened an investigation into the sale of jets to Peru.",
    "prosecutor_charged": "The prosecutor general's office charged three former governors with fraud.",
    "refused_terms": "Rebel commanders refused to accept the terms of the ceasefire deal.",
    "refused_responsibility": "The coach refused to accept responsibility for the defeat.",
    "plan_unacceptable": "The peace plan is unacceptable, Georgia's foreign ministry said on Monday.",
    "act_unacceptable": "Seoul said the missile launch by Pyongyang was unacceptable.",
    "writer_unacceptable": "The delays at the border are unacceptable.",
    "pronoun_unacceptable": "The minister said it was unacceptable.",
    "rockets_slammed": "Rockets fired by Taliban fighters slammed into the governor's compound in Ghazni.",
    "slammed_critic": "The senator slammed the opposition over the budget.",
    "vigil_against": "Hundreds of students held a candlelight vigil in Minsk against the war.",
    "vigil_for": "Hundreds of students held a candlelight vigil for the victims of the bus crash.",
    "told_must": "The IMF told Ghana it must cut its budget deficit before new loans are approved.",
    "told_mistake": "The coach told reporters it must be a mistake.",
    "letter_asked": "A letter from the Arab League asked member states to recall their envoys from Tehran.",
    "half_debt": "Tokyo has written off half of the debt owed to it by Zambia.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


def _source(e: Event) -> str:
    return e.actor1.text if e.actor1 is not None else ""


def test_future_handover_is_agree(events):
    e = one(events, SENTENCES, "will_transfer", "AGREE")
    assert "Britain" in _source(e)


def test_handover_done_is_retreat(events):
    e = one(events, SENTENCES, "handed_over", "RETREAT")
    assert "army" in _source(e)
    assert e.actor2 is not None and "rebels" in e.actor2.text


def test_company_transfer_is_no_event(events):
    assert not events["company_transfer"]


def test_would_allow_monitors_back_is_agree(events):
    e = one(events, SENTENCES, "would_allow", "AGREE")
    assert "Syria" in _source(e)


def test_committed_to_summit_is_agree(events):
    e = one(events, SENTENCES, "committed_summit", "AGREE")
    assert "Armenia" in _source(e)


def test_commission_investigation_accuses(events):
    e = one(events, SENTENCES, "commission_probe", "ACCUSE")
    assert e.mode == "investigate" and "commission" in _source(e)


def test_prosecutor_charge_accuses(events):
    e = one(events, SENTENCES, "prosecutor_charged", "ACCUSE")
    assert "office" in _source(e)


def test_refused_to_accept_terms_rejects(events):
    e = one(events, SENTENCES, "refused_terms", "REJECT")
    assert "commanders" in _source(e)


def test_refused_responsibility_is_no_event(events):
    assert "REJECT" not in types(events, "refused_responsibility")


def test_unacceptable_plan_is_rejected_by_speaker(events):
    e = one(events, SENTENCES, "plan_unacceptable", "REJECT")
    assert "ministry" in _source(e)


def test_unacceptable_act_is_disapproval(events):
    e = one(events, SENTENCES, "act_unacceptable", "ACCUSE")
    assert e.mode == "disapprove" and "Seoul" in _source(e)


def test_unacceptable_without_speaker_or_thing_is_no_event(events):
    assert not events["writer_unacceptable"]
    assert "ACCUSE" not in types(events, "pronoun_unacceptable")


def test_rockets_slammed_into_is_assault(events):
    e = one(events, SENTENCES, "rockets_slammed", "ASSAULT")
    assert "Taliban" in _source(e)
    assert "ACCUSE" not in types(events, "rockets_slammed")


def test_slammed_critic_stays_accuse(events):
    assert types(events, "slammed_critic") == {"ACCUSE"}


def test_vigil_against_war_is_protest(events):
    one(events, SENTENCES, "vigil_against", "PROTEST")


def test_vigil_for_victims_is_no_protest(events):
    assert "PROTEST" not in types(events, "vigil_for")


def test_told_it_must_is_demand(events):
    e = one(events, SENTENCES, "told_must", "REQUEST")
    assert "IMF" in _source(e)
    assert e.actor2 is not None and e.actor2.text == "Ghana"


def test_told_reporters_it_must_be_is_no_demand(events):
    assert "REQUEST" not in types(events, "told_mistake")


def test_letter_from_body_asks(events):
    e = one(events, SENTENCES, "letter_asked", "REQUEST")
    assert "Arab League" in _source(e)


def test_half_of_debt_written_off_is_aid(events):
    e = one(events, SENTENCES, "half_debt", "AID")
    assert "Tokyo" in _source(e)
