"""Session 14 (style-3 misses), on invented sentences: military moves short of force are MOBILIZE
("moved two brigades to the border", "dispatched a carrier", "thousands of troops massed", "tanks
positioned", "reinforcements were sent by the army", "the mobilisation of troops"), not a firm moving
its division or protesters massing, nor civil units, a game or relief work; a declared easing of
restrictions or troop withdrawal is AGREE by its CAMEO intent code (035x, as cameo_codes.tsv maps it),
and apologies and expressed regret or remorse are SUPPORT (055); "ready to block the highway" is a
party's threat, "ready to resume talks" an agreement and a sportsman's readiness no threat; a party's
warning of what will or could be done to the recipient unless it complies is a threat, an economist's
conditional forecast or a weather condition is not."""

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
    # AGREE and SUPPORT by the CAMEO table
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
    # near misses of the military-move, readiness and warning rules (session 14 review)
    "firm_security_division": (
        "Microsoft sent its security division to help the hospital recover from the hack."
    ),
    "utility_reinforcements": "The utility dispatched reinforcements to restore power after the storm.",
    "emergency_reinforcements": "Emergency services sent reinforcements to the scene of the crash.",
    "hospital_reinforcements": "The hospital sent reinforcements to the emergency ward.",
    "fire_service_reinforcements": (
        "The fire service sent reinforcements to the blaze in the industrial park."
    ),
    "fire_brigade_sent": "The fire brigade was sent to the burning warehouse.",
    "football_reinforcements": "Jordan sent reinforcements into the box in the final minutes.",
    "national_carrier": "The government dispatched the national carrier to fly stranded tourists home.",
    "tanks_of_water": "The ministry positioned tanks of drinking water in the drought-hit villages.",
    "tax_division": "The government moved the tax division to Leeds.",
    "frozen_food_division": "Nestle withdrew its frozen-food division from Russia.",
    "division_first_place": "Norway moved the division into first place after beating Sweden.",
    "artillery_museum": "The ministry moved its artillery museum to a new site.",
    "market_forces_massed": "Market forces massed against the currency.",
    "opposition_forces_rally": "Opposition forces massed in the capital for a rally.",
    "soldiers_at_funeral": "Thousands of soldiers massed at the funeral of the general.",
    "troops_for_parade": "Thousands of troops massed outside the stadium for the parade.",
    "mobilisation_workforce": "The mobilisation of the workforce for the harvest began in June.",
    "mobilisation_police": "The mobilisation of police forces ahead of the final was criticised.",
    "mobilisation_wildfires": "The mobilisation of troops to fight the wildfires was praised.",
    "roads_closed_if_snowed": "The government warned that roads would be closed if it snowed.",
    "event_cancelled_if_rained": "The government warned that the event would be cancelled if it rained.",
    "striker_ready_to_attack": "The striker said he was ready to attack the defence.",
    # the shared subject check still reads the subject itself, not what a quantity counts
    "supporters_stormed_pitch": "Hundreds of supporters stormed the pitch after the final whistle.",
    "students_occupied_library": "Thousands of students occupied the new library on its opening day.",
    "cars_exploded": "Dozens of cars exploded in the fire at the scrapyard.",
    "troops_left_for_parade": "Thousands of troops left the base for the parade in the capital.",
    # the narrowed rules still fire on military moves
    "three_divisions": "Russia moved three divisions to the Ukrainian border.",
    "frigates_destroyer": "The navy sent two frigates and a destroyer to the strait.",
    "division_of_troops": "Georgia moved a division of troops to the border.",
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
def test_a_declared_easing_or_withdrawal_is_an_intent_to_deescalate(events, key, source):
    agree = one(events, SENTENCES, key, "AGREE")
    assert agree.cameo.startswith("035") and agree.actor1 is not None and source in agree.actor1.text
    assert "CONCEDE" not in types(events, key)


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
def test_apologies_and_regret_are_support_by_the_cameo_table(events, key, source):
    apology = one(events, SENTENCES, key, "SUPPORT")
    assert apology.cameo == "055" and source in apology.actor1.text
    assert "CONCEDE" not in types(events, key)


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


@pytest.mark.parametrize(
    "key",
    [
        "firm_security_division",
        "utility_reinforcements",
        "emergency_reinforcements",
        "hospital_reinforcements",
        "fire_service_reinforcements",
        "fire_brigade_sent",
        "football_reinforcements",
        "national_carrier",
        "tanks_of_water",
        "tax_division",
        "division_first_place",
        "artillery_museum",
        "market_forces_massed",
        "opposition_forces_rally",
        "soldiers_at_funeral",
        "troops_for_parade",
        "mobilisation_workforce",
        "mobilisation_police",
        "mobilisation_wildfires",
    ],
)
def test_civil_units_games_relief_and_gatherings_are_no_mobilisation(events, key):
    assert "MOBILIZE" not in types(events, key), SENTENCES[key]


def test_a_firm_withdrawing_its_division_is_no_retreat(events):
    assert "RETREAT" not in types(events, "frozen_food_division")


@pytest.mark.parametrize(
    ("key", "source"),
    [("three_divisions", "Russia"), ("frigates_destroyer", "navy"), ("division_of_troops", "Georgia")],
)
def test_counted_or_military_formations_moved_by_a_state_are_mobilize(events, key, source):
    assert source in one(events, SENTENCES, key, "MOBILIZE").actor1.text


@pytest.mark.parametrize("key", ["roads_closed_if_snowed", "event_cancelled_if_rained"])
def test_a_warning_on_the_weather_is_no_threat(events, key):
    assert "THREATEN" not in types(events, key), SENTENCES[key]


def test_a_sportsmans_readiness_to_attack_is_no_threat(events):
    assert "THREATEN" not in types(events, "striker_ready_to_attack")


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("supporters_stormed_pitch", "PROTEST"),
        ("students_occupied_library", "PROTEST"),
        ("cars_exploded", "ASSAULT"),
        ("troops_left_for_parade", "RETREAT"),
    ],
)
def test_a_counted_subject_does_not_meet_other_rows_subject_checks(events, key, kind):
    assert kind not in types(events, key), SENTENCES[key]
