"""Session 28, on invented sentences: criticism told as fire, drills and exercises, ultimatums, the
end of sanctions and bans, attempted killings, requests in the passive, threats told in the future
and long organisation names. Near misses sit beside the cases they guard."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "fire_from_critics": "The interior minister came under fire from opposition parties over the arrests.",
    "fire_from_gunmen": "A police convoy came under fire from Maoist rebels in Dantewada district.",
    "fire_drill": "The embassy held a fire drill on Monday.",
    "live_fire_drills": "Iranian troops held live-fire drills near the border with Iraq.",
    "joint_exercises": "The Indian navy will hold search-and-rescue exercises with the Sri Lankan navy.",
    "ultimatum": "The junta gave foreign journalists until Sunday to leave the country or face arrest.",
    "ended_embargo": "Brussels ended its arms embargo against Libya on Monday.",
    "relaxed_sanctions": "Washington relaxed its economic sanctions against Belgrade.",
    "ended_ban": "Ankara ended its ban on opposition rallies in the south-east.",
    "tried_to_assassinate": "Gunmen tried to kill the Afghan vice-president in a rocket attack in Kabul.",
    "asked_by": (
        "Sudan's military rulers were asked by African leaders to free jailed opposition leader "
        "Sadiq al-Mahdi."
    ),
    "asked_about": "The minister was asked by reporters about the merger.",
    "agents_picked_up": "FSB agents picked up a human rights activist outside her Moscow flat.",
    "bear_consequences": "Moscow said Kiev would bear the consequences if it joined the alliance.",
    "branded_crime": "Baghdad branded the bombing of the shelter in Amiriya a war crime.",
    "poison_gas": "Government forces used poison gas against rebel villages in the north.",
    "news_blackout": "The Kenyan government imposed a news blackout on the fighting in the north.",
    "campaign_against": (
        "Opposition parties in Zambia launched a campaign against President Chiluba over the third-term plan."
    ),
    "shrugged_off_offer": "The rebels shrugged off a ceasefire offer made by the government.",
    "blocked_reappointment": "Moscow blocked the reappointment of the OSCE mission chief.",
    "slapped_restrictions": "Malaysia slapped restrictions on the sale of the Asian Wall Street Journal.",
    "expropriated_by": "Farms were expropriated from white owners by the Zimbabwean authorities.",
    "threw_out_agencies": "The Sudanese government threw out a dozen aid organisations from Darfur.",
    "allowed_papers": "The Moroccan government allowed two banned newspapers to resume publication.",
    "restored_licences": "The Kenyan government restored the licences of three radio stations.",
    "vigil_to_condemn": "Thousands of people held a vigil in Dhaka to condemn the killing of the editor.",
    "vigil_to_mourn": "Hundreds of people held a vigil to mourn the victims of the crash.",
    "escorted_convoys": "French troops escorted aid convoys to the besieged town of Gorazde.",
    "could_re_enter": (
        "The Turkish premier cautioned that the army could re-enter northern Iraq if Kurdish rebels "
        "resumed their raids."
    ),
    "villagers_roadblocks": "Angry villagers set up roadblocks on the highway to Cochabamba.",
    "police_roadblocks": "Police set up roadblocks around the capital.",
    "prospect_if": "Ankara raised the prospect of an embargo if Nicosia pressed ahead with the drilling.",
    "prospect_figurative": "The row raised the prospect of a civil war inside the ruling party.",
    "capital_as_noun": "Tunis recalled its ambassador from Tripoli on Monday.",
    "long_org_name": (
        "The Movement for the Liberation of the Central African Republic said it had seized the town."
    ),
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


def test_fire_from_a_party_is_criticism_from_armed_men_shooting(events):
    criticism = one(events, SENTENCES, "fire_from_critics", "ACCUSE")
    assert (criticism.cameo, criticism.actor2.sector) == ("111", "GOV")
    assert one(events, SENTENCES, "fire_from_gunmen", "ASSAULT").actor1.sector == "REB"


def test_a_fire_drill_is_no_ceasefire_and_drills_by_troops_are_a_show_of_force(events):
    assert not types(events, "fire_drill")
    assert one(events, SENTENCES, "live_fire_drills", "MOBILIZE").actor1.code == "IRNMIL"
    assert "MOBILIZE" not in types(events, "joint_exercises")


def test_a_deadline_with_a_price_is_an_ultimatum(events):
    assert one(events, SENTENCES, "ultimatum", "THREATEN").actor2.sector == "MED"


def test_ending_or_relaxing_sanctions_and_bans(events):
    assert one(events, SENTENCES, "ended_embargo", "RETREAT").cameo == "085"
    assert one(events, SENTENCES, "relaxed_sanctions", "RETREAT").actor2.code == "SRB"
    assert one(events, SENTENCES, "ended_ban", "CONCEDE").actor1.code == "TUR"


def test_an_attempted_killing_is_an_assault_on_its_target(events):
    attempt = one(events, SENTENCES, "tried_to_assassinate", "ASSAULT")
    assert (attempt.cameo, attempt.actor2.code) == ("185", "AFGGOV")


def test_a_passive_request_has_its_by_agent_as_source(events):
    request = one(events, SENTENCES, "asked_by", "REQUEST")
    assert (request.actor1.text, request.actor2.code) == ("African leaders", "SDNGOV")
    assert not types(events, "asked_about")


def test_intelligence_agents_arrest(events):
    assert one(events, SENTENCES, "agents_picked_up", "COERCE").actor1.sector == "SPY"


def test_a_threat_told_in_the_future_is_made(events):
    assert one(events, SENTENCES, "bear_consequences", "THREATEN").actor1.code == "RUS"


def test_an_act_branded_a_crime_is_an_accusation(events):
    assert one(events, SENTENCES, "branded_crime", "ACCUSE").actor1.code == "IRQ"


def test_poison_gas_is_an_unconventional_weapon(events):
    assert one(events, SENTENCES, "poison_gas", "ASSAULT").cameo == "2041"


def test_a_long_organisation_name_is_one_actor(events):
    seized = one(events, SENTENCES, "long_org_name", "COERCE")
    assert seized.actor1.text == "Movement for the Liberation of the Central African Republic"


def test_a_capital_the_tagger_took_for_a_noun_is_its_state(events):
    assert one(events, SENTENCES, "capital_as_noun", "SANCTION").actor1.code == "TUN"


def test_what_a_measure_is_laid_on_is_no_act_of_who_lays_it(events):
    blackout = one(events, SENTENCES, "news_blackout", "COERCE")
    assert (blackout.mode, blackout.actor1.code) == ("censor", "KENGOV")
    assert "ASSAULT" not in types(events, "news_blackout")  # the government does not fight


def test_campaigns_shrugs_and_blocks_the_lexicon_lacked(events):
    assert one(events, SENTENCES, "campaign_against", "ACCUSE").actor2.sector == "GOV"
    assert one(events, SENTENCES, "shrugged_off_offer", "REJECT").actor1.sector == "REB"
    assert one(events, SENTENCES, "blocked_reappointment", "REJECT").cameo == "129"


def test_restrictions_seizures_and_expulsions_of_bodies(events):
    assert one(events, SENTENCES, "slapped_restrictions", "COERCE").actor1.code == "MYS"
    assert one(events, SENTENCES, "expropriated_by", "COERCE").actor1.code == "ZWEGOV"
    assert one(events, SENTENCES, "threw_out_agencies", "SANCTION").cameo == "1663"


def test_easing_on_the_press_is_a_concession(events):
    assert one(events, SENTENCES, "allowed_papers", "CONCEDE").cameo == "0811"
    assert one(events, SENTENCES, "restored_licences", "CONCEDE").actor1.code == "KENGOV"


def test_a_vigil_held_to_condemn_is_a_protest_one_to_mourn_is_not(events):
    assert one(events, SENTENCES, "vigil_to_condemn", "PROTEST").actor1.country == "BGD"
    assert "PROTEST" not in types(events, "vigil_to_mourn")


def test_troops_escorting_aid_protect_it(events):
    assert one(events, SENTENCES, "escorted_convoys", "AID").actor1.code == "FRAMIL"


def test_a_conditional_return_of_troops_is_a_threat(events):
    assert one(events, SENTENCES, "could_re_enter", "THREATEN").actor1.code == "TURGOV"


def test_roadblocks_set_up_by_protesters_not_by_police(events):
    assert one(events, SENTENCES, "villagers_roadblocks", "PROTEST").mode == "obstruct"
    assert "PROTEST" not in types(events, "police_roadblocks")


def test_a_prospect_raised_on_a_condition_is_a_threat(events):
    assert one(events, SENTENCES, "prospect_if", "THREATEN").actor1.code == "TUR"
    assert "THREATEN" not in types(events, "prospect_figurative")
