"""Session 19, on invented sentences: seats of government named for their state ("Bonn", "Rangoon"),
bare crowd counts as protesters ("Thousands marched"), the doer of a protest or show of force a
verb's clause names as its means, the patient of a custody it was placed under, diplomatic
recognition (no figure of speech), frozen aid, a protest held at a seat of the state, and a past
form of another verb spelt like a trigger ("wound up a visit"). Near misses sit beside the cases
they guard."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "bonn_recognised": "Bonn recognised the independence of Estonia on Tuesday.",
    "rangoon_expelled": "Rangoon expelled two Thai diplomats on Friday.",
    "flew_to_bonn": "The Estonian premier flew to Bonn on Tuesday.",
    "thousands_marched": "Thousands marched through Minsk on Sunday against the rigged vote.",
    "tens_protested": "Tens of thousands protested in Tbilisi on Monday.",
    "thousands_of_farmers": "Thousands of farmers protested in Lyon on Monday.",
    "hundreds_arrested": "Hundreds were arrested in Lagos after the riots.",
    "show_of_force": "Russia sailed six warships past Gotland on Monday in a show of force.",
    "strike_means": "The dockers' union shut the port of Antwerp with a two-day strike on Monday.",
    "hit_with_strike": "The capital was hit with a general strike on Monday.",
    "house_arrest": "The opposition leader was placed under house arrest by the army on Friday.",
    "security_services": "The security services detained three reporters in Minsk.",
    "granted_recognition": "Norway granted diplomatic recognition to the new state on Monday.",
    "diplomatic_offensive": "Delhi launched a diplomatic offensive against Islamabad.",
    "froze_aid": "Sweden has frozen development aid to Zambia.",
    "froze_pay": "The company froze pay for its staff.",
    "vigil_ministry": "Mothers of the missing held a silent vigil outside the Interior Ministry on Sunday.",
    "vigil_church": "Friends of the family held a silent vigil at the church on Sunday.",
    "council_relaxed": "The ruling council relaxed press censorship on Monday.",
    "wound_up_visit": "The Ghanaian president wound up a four-day visit to Accra's northern neighbour.",
    "wounded_soldiers": "Militants wounded three soldiers in an ambush near Kandahar.",
    "wound_up_tour": "The Malian premier wound up a two-day trip to Dakar on Sunday.",
    "wound_up_strike": "The miners' union wound up its strike on Sunday.",
    "family_trip": "The family wound up a trip to the seaside on Sunday.",
    "calling_itself": "A group calling itself the Black Hand Brigade abducted three engineers near Aden.",
    "own_state_warning": "Syria will hit back hard, Syrian Defence Minister Ali Hamdan warned on Monday.",
    "other_state_warning": "Iran will build a bomb within a year, the Israeli defence minister warned.",
    "members_strike": "The dockers' union said its members would strike unless the pay offer was improved.",
    "walk_out": "Nurses walked out at three Lagos hospitals on Monday.",
    "walk_out_talks": "The Kurdish delegates walked out of the talks in Geneva.",
    "served_notice": "Belgrade served notice on Pristina that it would send troops into the province.",
    "served_tenants": "The landlord served notice on the tenants on Monday.",
    "ready_settle": "Moscow said it was ready to settle the dispute with Tbilisi through talks.",
    "prepared_grant": "The prime minister said Nepal was prepared to grant amnesty to the rebels.",
    "closure_warning": "The ministry warned that any newspaper printing the statement would be closed down.",
    "rates_warning": "The central bank warned that interest rates would be raised.",
    "joint_drills": "The Thai navy began joint anti-piracy exercises with Malaysia's navy on Monday.",
    "poured_troops": "Moscow poured reinforcements into Chechnya on Friday.",
    "poured_money": "Investors poured money into gold.",
    "suspension_took_effect": "Canada's suspension of aid to Haiti took effect on Monday.",
    "recognition_conveyed": "Latvia's recognition of Kosovo was conveyed in a letter to Pristina on Friday.",
    "beat_and_kicked": "Police beat and kicked three student leaders outside the university.",
    "league_called_off": "The Muslim League called off its hunger strike on Friday.",
    "deregistered": "The electoral board deregistered two opposition parties.",
    "stonewalled": "Belgrade stonewalled demands from the tribunal to hand over the general.",
    "deadline_or_face": "Washington gave Baghdad 72 hours to open the sites or face air strikes.",
    "deadline": "Washington gave Baghdad 72 hours to open the sites.",
    "essay_deadline": "The teacher gave the pupils a week to finish the essay.",
    "police_peace": "NATO said it would send 20,000 troops to police the peace accord.",
    "torture_by_troops": "The torture of four Naga students by Assam Rifles troops sparked protests.",
    "fired_at_march": "Police fired rubber bullets at the march.",
    "court_of_inquiry": "The navy ordered a court of inquiry into the sinking of the ferry.",
    "refugee_status": "Canada granted refugee status to the dissident poet.",
    "mediator_role": "Oslo suspended its role as mediator in the conflict.",
    "opened_market": "Japan opened its rice market to imports from Vietnam on Monday.",
    "settled_dispute": "Peru and Ecuador settled their border dispute at talks in Brasilia.",
    "prepared_to_veto": "The foreign minister said France was prepared to veto the resolution.",
    "own_official_veto": "The United States will veto the draft resolution, the U.S. ambassador said.",
    "other_state_veto": "Iran will veto the plan, the U.S. ambassador said.",
    "backs_bid": "France backs Germany's bid for a permanent seat on the council.",
    "never_grant": "Spain will never grant independence to the Basque region, the interior minister said.",
    "never_accept_troops": "Belgrade said it would never accept foreign troops in the province.",
    "armed_with_knives": "Gunmen, who were armed with knives and clubs, killed six villagers near Bunia.",
    "initial_plural": "Militiamen, who were armed with machetes, killed six villagers near Bunia.",
    "armed_rebels": "Iran armed the Houthi rebels.",
    "ordered_out": "Belgrade ordered the OSCE monitors out of Kosovo.",
    "pupils_out": "The teacher ordered the pupils out of the classroom.",
    "units_massed": "Syrian army units were massed near the Turkish border.",
    "eu_freeze_if": "The EU said it would freeze the assets of Syria's leaders if the vote was rigged.",
    "recall_if_not_lifted": "Norway will recall its envoy from Minsk if the death sentences are not lifted.",
    "paralyse_with_strikes": "The opposition warned it would paralyse Dhaka with strikes unless he quit.",
    "nuclear_use": "Pakistan said it would use nuclear weapons if its existence were threatened.",
    "tear_gas_used": "Police used tear gas on the crowd.",
    "inverted_urging": "Urging Hanoi and Phnom Penh to resume talks was the Thai foreign minister, Surin.",
    "inverted_crowd": "Also protesting outside the parliament in Kathmandu were hundreds of teachers.",
    "inverted_goal": "Attacking the base was a mistake.",
    "portfolio_title": "The proposal was backed by Education, Youth and Sport Minister Anna Lind on Monday.",
    "listed_ministers": "Ms Jamieson and First Minister Jack McConnell met union leaders on Monday.",
    "strike_setting": "Shopkeepers pulled down their shutters across the city in a strike against the tax.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


def test_a_seat_of_government_acts_for_its_state(events):
    assert one(events, SENTENCES, "bonn_recognised", "SUPPORT").actor1.country == "DEU"
    assert events["rangoon_expelled"][0].actor1.country == "MMR"


def test_a_seat_of_government_as_a_destination_is_no_actor(events):
    for event in events["flew_to_bonn"]:
        assert event.actor1 is None or event.actor1.text != "Bonn"


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("thousands_marched", "Thousands"),
        ("tens_protested", "Tens of thousands"),
        ("thousands_of_farmers", "farmers"),
    ],
)
def test_a_crowd_count_protests(events, key, words):
    assert one(events, SENTENCES, key, "PROTEST").actor1.text == words


def test_a_counted_crowd_can_be_the_target(events):
    assert one(events, SENTENCES, "hundreds_arrested", "COERCE").actor2.text == "Hundreds"


def test_the_doer_of_a_means_or_show_is_the_subject_of_its_clause(events):
    assert one(events, SENTENCES, "show_of_force", "MOBILIZE").actor1.text == "Russia"
    assert "union" in one(events, SENTENCES, "strike_means", "PROTEST").actor1.text
    hit = [e for e in events["hit_with_strike"] if e.plover == "PROTEST"]
    assert all(e.actor1 is None or e.actor1.text != "capital" for e in hit)


def test_who_is_placed_under_house_arrest_is_its_target(events):
    arrest = one(events, SENTENCES, "house_arrest", "COERCE")
    assert arrest.actor1.text == "army"
    assert arrest.actor2.text.endswith("opposition leader")


def test_security_services_are_an_actor(events):
    assert one(events, SENTENCES, "security_services", "COERCE").actor1.sector == "SPY"


def test_diplomatic_recognition_is_literal_and_a_diplomatic_offensive_figurative(events):
    assert one(events, SENTENCES, "granted_recognition", "SUPPORT").cameo == "054"
    assert not types(events, "diplomatic_offensive")


def test_frozen_aid_is_a_sanction_and_frozen_pay_is_not(events):
    assert one(events, SENTENCES, "froze_aid", "SANCTION").cameo == "162"
    assert not types(events, "froze_pay")


def test_a_vigil_at_a_seat_of_the_state_is_a_protest(events):
    assert one(events, SENTENCES, "vigil_ministry", "PROTEST").actor1.text.startswith("Mothers")
    assert not types(events, "vigil_church")


def test_a_past_form_read_as_its_object_adjective_after_a_modifier_noun(events):
    relaxed = one(events, SENTENCES, "council_relaxed", "CONCEDE")
    assert relaxed.actor1.text == "ruling council"


def test_wound_up_is_no_wounding(events):
    assert "ASSAULT" not in types(events, "wound_up_visit")
    assert one(events, SENTENCES, "wounded_soldiers", "ASSAULT").actor1.text == "Militants"


def test_winding_up_a_visit_is_a_visit_and_winding_up_a_strike_ends_it(events):
    visit = one(events, SENTENCES, "wound_up_tour", "CONSULT")
    assert (visit.cameo, visit.actor2.text) == ("042", "Dakar")
    assert one(events, SENTENCES, "wound_up_strike", "CONCEDE").cameo == "082"
    assert not types(events, "family_trip")


def test_a_group_calling_itself_by_a_name_is_that_name(events):
    assert one(events, SENTENCES, "calling_itself", "ASSAULT").actor1.text == "Black Hand Brigade"


def test_a_warning_of_what_the_warners_own_state_will_do_is_its_threat(events):
    threat = one(events, SENTENCES, "own_state_warning", "THREATEN")
    assert threat.actor1.country == "SYR"
    assert threat.actor2 is None or threat.actor2.country != "SYR"
    assert "THREATEN" not in types(events, "other_state_warning")


def test_a_bodys_own_members_in_its_reported_clause_stand_for_it(events):
    assert one(events, SENTENCES, "members_strike", "THREATEN").actor1.text.endswith("union")


def test_walking_out_is_a_strike_or_a_walkout_from_talks(events):
    assert one(events, SENTENCES, "walk_out", "PROTEST").cameo == "143"
    assert one(events, SENTENCES, "walk_out_talks", "SANCTION").cameo == "164"


def test_serving_notice_of_ones_own_act_is_a_threat(events):
    assert one(events, SENTENCES, "served_notice", "THREATEN").actor2.text == "Pristina"
    assert not types(events, "served_tenants")


ACTS = [
    ("ready_settle", "AGREE", "030"),
    ("closure_warning", "THREATEN", "130"),
    ("joint_drills", "COOPERATE", "062"),
    ("poured_troops", "MOBILIZE", "154"),
    ("suspension_took_effect", "SANCTION", "160"),
    ("recognition_conveyed", "SUPPORT", "054"),
    ("league_called_off", "CONCEDE", "082"),
    ("deregistered", "COERCE", "1722"),
    ("stonewalled", "REJECT", "120"),
    ("deadline", "REQUEST", "100"),
    ("court_of_inquiry", "ACCUSE", "090"),
    ("refugee_status", "AID", "075"),
    ("mediator_role", "SANCTION", "165"),
    ("opened_market", "COOPERATE", "061"),
    ("settled_dispute", "SUPPORT", "057"),
    ("backs_bid", "SUPPORT", "051"),
    ("armed_rebels", "AID", "072"),
    ("ordered_out", "SANCTION", "166"),
    ("units_massed", "MOBILIZE", "154"),
]


@pytest.mark.parametrize(("key", "plover", "cameo"), ACTS)
def test_acts_of_the_blind_set_classes(events, key, plover, cameo):
    assert one(events, SENTENCES, key, plover).cameo == cameo


@pytest.mark.parametrize("key", ["rates_warning", "poured_money", "essay_deadline", "pupils_out"])
def test_near_misses_have_no_event(events, key):
    assert not types(events, key), SENTENCES[key]


def test_an_adjective_predicate_read_as_a_passive_keeps_its_subject(events):
    assert one(events, SENTENCES, "prepared_grant", "AGREE").actor1 is not None


def test_a_deadline_with_a_hostile_alternative_is_a_threat_and_its_demand_is_not_done(events):
    assert one(events, SENTENCES, "deadline_or_face", "THREATEN").actor2.text == "Baghdad"
    assert "ASSAULT" not in types(events, "deadline_or_face")


def test_troops_sent_to_police_a_peace_are_no_threat(events):
    assert "THREATEN" not in types(events, "police_peace")
    assert "AGREE" in types(events, "police_peace")


def test_who_a_force_acts_on_and_with_whom(events):
    assert one(events, SENTENCES, "beat_and_kicked", "ASSAULT").actor2.text == "three student leaders"
    assert one(events, SENTENCES, "torture_by_troops", "ASSAULT").actor1.text == "Assam Rifles troops"


def test_a_protest_fired_at_is_not_the_forces_own(events):
    for event in events["fired_at_march"]:
        assert event.plover != "PROTEST" or event.actor1 is None


def test_a_strike_set_on_a_place_phrase_is_the_subjects(events):
    assert one(events, SENTENCES, "strike_setting", "PROTEST").actor1.text == "Shopkeepers"


def test_a_stated_readiness_to_veto_is_a_refusal_of_the_state(events):
    refusal = one(events, SENTENCES, "prepared_to_veto", "REJECT")
    assert refusal.actor1.text == "France"
    assert "AGREE" not in types(events, "prepared_to_veto")


def test_a_future_act_told_by_an_official_of_the_acting_state_is_its_statement(events):
    assert one(events, SENTENCES, "own_official_veto", "REJECT").actor1.text == "United States"
    assert one(events, SENTENCES, "never_grant", "REJECT").actor1.text == "Spain"
    assert "REJECT" not in types(events, "other_state_veto")


def test_a_refusal_of_foreign_troops(events):
    assert one(events, SENTENCES, "never_accept_troops", "REJECT").actor1.text == "Belgrade"


def test_armed_with_weapons_describes_and_a_capitalised_plural_is_still_a_group(events):
    assert types(events, "armed_with_knives") == {"ASSAULT"}
    assert one(events, SENTENCES, "initial_plural", "ASSAULT").actor1.text == "Militiamen"


def test_conditional_threats_of_sanctions_strikes_and_weapons(events):
    assert one(events, SENTENCES, "eu_freeze_if", "THREATEN").actor1.text == "EU"
    assert one(events, SENTENCES, "recall_if_not_lifted", "THREATEN").actor2.text == "Minsk"
    assert one(events, SENTENCES, "paralyse_with_strikes", "THREATEN").cameo == "133"
    assert one(events, SENTENCES, "nuclear_use", "THREATEN").actor1.text == "Pakistan"
    assert "2041" not in {e.cameo for e in events["tear_gas_used"]}


def test_a_fronted_participle_is_done_by_the_phrase_after_the_copula(events):
    assert one(events, SENTENCES, "inverted_urging", "REQUEST").actor1.text.startswith(
        "Thai foreign minister"
    )
    assert one(events, SENTENCES, "inverted_crowd", "PROTEST").actor1.text == "teachers"
    for event in events["inverted_goal"]:
        assert event.actor1 is None or "mistake" not in event.actor1.text


def test_a_portfolio_of_several_words_is_part_of_the_ministers_title(events):
    assert one(events, SENTENCES, "portfolio_title", "SUPPORT").actor1.text.endswith("Minister Anna Lind")
    assert one(events, SENTENCES, "listed_ministers", "CONSULT").actor1.text == "Ms Jamieson"
