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
    "told_must": "The IMF warned Ghana it must cut its budget deficit before new loans are approved.",
    "told_they_must": "The president told the rebels they must lay down their arms by Friday.",
    "told_mistake": "The coach told reporters it must be a mistake.",
    "letter_asked": "A letter from the Arab League asked member states to recall their envoys from Tehran.",
    "half_debt": "Tokyo has written off half of the debt owed to it by Zambia.",
    "shelling_unacceptable": "Berlin said the shelling of the city by the militia was unacceptable.",
    "terms_of_offer": "Rebel leaders refused to accept the terms of Kabul's peace plan.",
    "vigil_closure": "Parents held a vigil against the closure of the village school.",
}

# The reviewer's near misses: none of these is the event the rules above look for.
NEAR_MISSES = {
    "firm_control": "The software giant transferred control of its cloud unit to a rival.",
    "club_consortium": "The tycoon transferred control of the football club to a Gulf consortium.",
    "match_official": "The umpire handed over control of the game to the reserve official.",
    "airport_firm": "The province handed over the airport to Delta Holdings.",
    "port_company": "The government transferred control of the harbour to a Turkish company.",
    "bank_regulator": "The central bank transferred control of the lender to the deposit insurer.",
    "team_slammed": "The Hornets slammed into the final with a win over the Bulls.",
    "firm_crashed": "Vale crashed into the red after a weak quarter.",
    "launch_sea": "The prototype rocket slammed into the ocean during the flight test.",
    "missile_sea": "A Pakistani missile crashed into the sea off Karachi.",
    "test_desert": "The test missile crashed into the desert minutes after launch.",
    "projectile_car": "A projectile thrown by supporters slammed into the coach's bus.",
    "shells_field": "Shells slammed into an empty field outside the town.",
    "told_outlet": "The automaker told Reuters it must double output to meet orders.",
    "told_broadcaster": "The ministry told the BBC it must first study the findings.",
    "evidence_inadmissible": "The magistrate said the recordings were inadmissible.",
    "shelling_of_civilians": "The ministry said the shelling of civilians was unacceptable.",
    "delays": "The governor said the delays were unacceptable.",
    "violence_deplorable": "The mayor said the rioting was deplorable.",
    "vigil_racism": "Pupils held a vigil against racism.",
    "vigil_ill": "Neighbours held a candlelight vigil against knife crime after the stabbing.",
    "vigil_victims": "The parish held a vigil for the victims of the flood.",
    "contract_terms": "The midfielder refused to accept the terms of the new contract.",
    "pay_terms": "The nurses refused to accept the terms of the pay offer.",
    "club_released": "The club released its reserve squad.",
    "airline_returned": "The airline returned the jets to lessors.",
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


def test_warned_it_must_is_demand(events):
    e = one(events, SENTENCES, "told_must", "REQUEST")
    assert "IMF" in _source(e)
    assert e.actor2 is not None and e.actor2.text == "Ghana"


def test_told_they_must_is_demand(events):
    e = one(events, SENTENCES, "told_they_must", "REQUEST")
    assert "president" in _source(e)
    assert e.actor2 is not None and "rebels" in e.actor2.text


def test_told_reporters_it_must_be_is_no_demand(events):
    assert "REQUEST" not in types(events, "told_mistake")


def test_letter_from_body_asks(events):
    e = one(events, SENTENCES, "letter_asked", "REQUEST")
    assert "Arab League" in _source(e)


def test_half_of_debt_written_off_is_aid(events):
    e = one(events, SENTENCES, "half_debt", "AID")
    assert "Tokyo" in _source(e)


def test_shelling_by_party_is_disapproval_of_it(events):
    e = one(events, SENTENCES, "shelling_unacceptable", "ACCUSE")
    assert "Berlin" in _source(e)
    assert e.actor2 is not None and "militia" in e.actor2.text


def test_refused_terms_of_plan_names_proposer(events):
    e = one(events, SENTENCES, "terms_of_offer", "REJECT")
    assert "leaders" in _source(e)
    assert e.actor2 is not None and "Kabul" in e.actor2.text


def test_vigil_against_closure_is_protest(events):
    one(events, SENTENCES, "vigil_closure", "PROTEST")


@pytest.fixture(scope="module")
def near_misses() -> dict[str, list[Event]]:
    return analyse(NEAR_MISSES)


# The type each near miss must not get.
MISSED_TYPES = {
    "firm_control": "RETREAT",
    "club_consortium": "RETREAT",
    "match_official": "RETREAT",
    "airport_firm": "RETREAT",
    "port_company": "RETREAT",
    "bank_regulator": "RETREAT",
    "team_slammed": "ASSAULT",
    "firm_crashed": "ASSAULT",
    "launch_sea": "ASSAULT",
    "missile_sea": "ASSAULT",
    "test_desert": "ASSAULT",
    "projectile_car": "ASSAULT",
    "shells_field": "ACCUSE",
    "told_outlet": "REQUEST",
    "told_broadcaster": "REQUEST",
    "evidence_inadmissible": "ACCUSE",
    "shelling_of_civilians": "ACCUSE",
    "delays": "ACCUSE",
    "violence_deplorable": "ACCUSE",
    "vigil_racism": "PROTEST",
    "vigil_ill": "PROTEST",
    "vigil_victims": "PROTEST",
    "contract_terms": "REJECT",
    "pay_terms": "REJECT",
    "club_released": "RETREAT",
    "airline_returned": "RETREAT",
}


@pytest.mark.parametrize("key", sorted(NEAR_MISSES))
def test_near_miss_has_no_event(near_misses, key):
    assert MISSED_TYPES[key] not in types(near_misses, key)
