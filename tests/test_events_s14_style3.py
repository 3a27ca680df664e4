"""Session 14 (style-3 misses), on invented sentences: military moves short of force are MOBILIZE
("moved two brigades to the border", "dispatched a carrier", "thousands of troops massed", "tanks
positioned", "reinforcements were sent by the army", "the mobilisation of troops"), not a firm moving
its division or protesters massing; a declared, not yet implemented easing of restrictions or troop
withdrawal is CONCEDE ("said it would lift the curfew", "would withdraw two divisions"), an offer on a
condition stays AGREE; apologies and expressed regret or remorse are CONCEDE; "ready to block the
highway" is a threat, "ready to resume talks" an agreement; a party's warning of what will or could be
done to the recipient unless it complies is a threat, an economist's conditional forecast is not."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

from newsgraph.model import Event

SENTENCES = {
    # MOBILIZE
    "moved_brigades": "Armenia moved two brigades to its border with Azerbaijan on Thursday, officials said.",
    "dispatched_carrier": "The Indian navy dispatched an aircraft carrier to the Arabian Sea.",
    "troops_massed": "Thousands of Sudanese troops massed near the border town on Monday.",
    "positioned_tanks": "The Syrian army positioned tanks around the northern city on Friday.",
    "reinforcements_sent": "Reinforcements were sent to the eastern province by the Congolese army.",
    "mobilisation_of_troops": (
        "The mobilisation of 10,000 Kenyan troops was confirmed by the defence ministry."
    ),
    "firm_moved_division": "The company moved its consumer electronics division to Singapore.",
    "protesters_massed": "Thousands of protesters massed outside the parliament building.",
    "positioned_itself": "The government positioned itself as a champion of reform.",
    # CONCEDE
    "would_lift_curfew": "The Bolivian government announced that it would lift the curfew in La Paz.",
    "would_ease_restrictions": "Zambia's government said it would ease restrictions on opposition rallies.",
    "would_withdraw_divisions": (
        "The Kremlin announced that it would withdraw two army divisions from Dagestan."
    ),
    "lift_curfew_if": "The government said it would lift the curfew if the protesters went home.",
    "will_release": "Israel will release 100 Palestinian prisoners next week, a spokesman said.",
    "apologised": "The Norwegian government apologised to fishermen for the spill off the coast.",
    "expressed_regret": "The Thai army chief expressed regret over the deaths of two Cambodian soldiers.",
    "expressed_remorse": "The German chancellor expressed deep remorse for the crimes of the Nazi era.",
    # THREATEN
    "ready_to_block": (
        "Opposition parties said they were ready to block the main highway if the vote was delayed."
    ),
    "prepared_to_attack": "The army said it was prepared to attack the rebel bases.",
    "ready_to_resume_talks": "Iran said it was ready to resume talks with the European Union.",
    "ready_to_strike_deal": "Both sides said they were ready to strike a deal before the deadline.",
    "assessed_prepared": "The smugglers are prepared to use armed guards on the mountain routes.",
    "willing_consider": "The union said it was willing to consider postponing its march if the company paid.",
    "warned_unless_frozen": (
        "The European Union warned Belgrade that membership talks could be frozen"
        " unless it arrested the general."
    ),
    "warned_face_sanctions": (
        "Washington warned Damascus that it would face sanctions if it did not close the border."
    ),
    "warned_prices_rise": (
        "The central bank governor warned that prices could rise further unless wages were restrained."
    ),
    "warned_economy_shrink": (
        "The IMF warned that Argentina's economy could shrink unless the government cut spending."
    ),
    "raised_threat_strike": (
        "Nurses' unions in Chile have raised the threat of an indefinite strike over pay."
    ),
    "raised_threat_flooding": "The report raised the threat of flooding in coastal towns.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


@pytest.mark.parametrize(
    ("key", "source"),
    [
        ("moved_brigades", "Armenia"),
        ("dispatched_carrier", "Indian navy"),
        ("troops_massed", "Sudanese troops"),
        ("positioned_tanks", "Syrian army"),
        ("reinforcements_sent", "Congolese army"),
        ("mobilisation_of_troops", "Kenyan troops"),
    ],
)
def test_military_moves_short_of_force_are_mobilize(events, key, source):
    move = one(events, SENTENCES, key, "MOBILIZE")
    assert move.actor1 is not None and source in move.actor1.text


@pytest.mark.parametrize("key", ["firm_moved_division", "protesters_massed", "positioned_itself"])
def test_moves_of_firms_crowds_and_reputations_are_no_mobilisation(events, key):
    assert "MOBILIZE" not in types(events, key), SENTENCES[key]


@pytest.mark.parametrize(
    ("key", "source"),
    [
        ("would_lift_curfew", "Bolivian government"),
        ("would_ease_restrictions", "government"),
        ("would_withdraw_divisions", "Kremlin"),
    ],
)
def test_a_declared_easing_or_withdrawal_is_a_concession(events, key, source):
    concede = one(events, SENTENCES, key, "CONCEDE")
    assert concede.actor1 is not None and source in concede.actor1.text
    assert "AGREE" not in types(events, key)


def test_an_easing_offered_on_a_condition_and_a_promised_release_stay_agree(events):
    assert one(events, SENTENCES, "lift_curfew_if", "AGREE").cameo == "0351"
    assert "CONCEDE" not in types(events, "lift_curfew_if")
    assert one(events, SENTENCES, "will_release", "AGREE").actor1.text == "Israel"


@pytest.mark.parametrize(
    ("key", "source"),
    [
        ("apologised", "Norwegian government"),
        ("expressed_regret", "army chief"),
        ("expressed_remorse", "chancellor"),
    ],
)
def test_apologies_and_regret_are_concessions(events, key, source):
    concede = one(events, SENTENCES, key, "CONCEDE")
    assert concede.mode is None and source in concede.actor1.text
    assert "SUPPORT" not in types(events, key)


@pytest.mark.parametrize(
    ("key", "source"), [("ready_to_block", "Opposition parties"), ("prepared_to_attack", "army")]
)
def test_readiness_for_a_conflict_act_is_a_threat(events, key, source):
    threat = one(events, SENTENCES, key, "THREATEN")
    assert source in threat.actor1.text
    assert "AGREE" not in types(events, key)


def test_readiness_for_talks_or_a_deal_or_told_by_the_reporter_is_no_threat(events):
    assert "AGREE" in types(events, "ready_to_resume_talks")
    for key in ("ready_to_resume_talks", "ready_to_strike_deal", "assessed_prepared", "willing_consider"):
        assert not types(events, key) & {"THREATEN", "ASSAULT"}, SENTENCES[key]


@pytest.mark.parametrize(
    ("key", "source", "target"),
    [
        ("warned_unless_frozen", "European Union", "Belgrade"),
        ("warned_face_sanctions", "Washington", "Damascus"),
    ],
)
def test_a_partys_conditional_warning_is_a_threat(events, key, source, target):
    threat = one(events, SENTENCES, key, "THREATEN")
    assert source in threat.actor1.text and threat.actor2 is not None and target in threat.actor2.text


@pytest.mark.parametrize("key", ["warned_prices_rise", "warned_economy_shrink"])
def test_a_conditional_economic_forecast_is_no_threat(events, key):
    assert "THREATEN" not in types(events, key), SENTENCES[key]


def test_raising_the_threat_of_a_strike_threatens_raising_that_of_floods_does_not(events):
    threat = one(events, SENTENCES, "raised_threat_strike", "THREATEN")
    assert "unions" in threat.actor1.text
    assert "THREATEN" not in types(events, "raised_threat_flooding")
