"""Session 26, on invented sentences: a day between the words of a verb phrase ("called on Friday
for"), aid received as a sum, talks that collapse, inquiries sent, parties hidden by the parse
("leaders meeting in Auckland", "Taiwan" beside Taipei) and wordings the lexicon lacked. Near misses
sit beside the cases they guard."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "called_on_friday_for": (
        "Prime Minister Theresa May called on Friday for Britain to stay in the single market."
    ),
    "warned_on_tuesday_of": "Iran warned on Tuesday of retaliation if Israel attacked its nuclear sites.",
    "met_in_the_morning": (
        "Chaos began after the House met in the morning as opposition members demanded a debate."
    ),
    "aid_sum_received": "Sudan received $50 million in aid from Saudi Arabia on Monday.",
    "supplies_received": "Jordan received 20 tons of medical supplies from Japan.",
    "talks_collapsed": "Peace talks between Israel and Syria collapsed on Tuesday.",
    "broke_off_talks": "Israel broke off talks with Syria on Monday.",
    "negotiation_broken_down": (
        "The courts are a last resort where mediation and negotiation have broken down."
    ),
    "sanctions_if_talks_collapsed": (
        "The prime minister said Ottawa would consider sanctions only if the talks collapsed, and "
        "stressed that no such step was planned."
    ),
    "mission_to_examine": (
        "Amnesty International sent a mission to Chile to examine reports of torture in prisons."
    ),
    "troops_to_attack": "The army sent troops to attack the rebels.",
    "strikers_called_off": "The strikers called off their protest after talks with the ministry.",
    "took_over_headquarters": "Security forces took over the headquarters of the opposition party.",
    "firm_took_over_offices": "The company took over the offices of its rival.",
    "halted_deliveries": "Russia halted gas deliveries to Ukraine on Thursday.",
    "leaders_meeting_in": (
        "Nigeria's military rulers were condemned by Commonwealth leaders meeting in Auckland."
    ),
    "taiwan_beside_taipei": (
        "Taiwan placed its armed forces on high alert, the Defence Ministry in Taipei said."
    ),
    "stood_firm": "Baghdad stood firm against U.N. demands on Wednesday.",
    "stayed_away": (
        "Opposition deputies stayed away from parliament to press for the prime minister's resignation."
    ),
    "served_notice": "The IMF served notice on Russia that it could withhold the next tranche of its loan.",
    "landlord_notice": "The landlord served notice on the tenants that the rent was due.",
    "turned_aside": "Washington turned aside Hanoi's request for reconstruction aid.",
    "pulled_plug": "Belgrade authorities pulled the plug on the independent radio station B92.",
    "froze_exchanges": "Egypt froze its cultural exchanges with Israel on Tuesday.",
    "shipped_fighters": "Moscow shipped MiG-29 fighters to the Syrian air force.",
    "denunciation_carried": (
        "Damascus radio on Monday carried a Syrian denunciation of Jordan's contacts with Israel."
    ),
    "expelled_villagers": (
        "Serb forces forcibly expelled thousands of ethnic Albanians from the Drenica region."
    ),
    "expelled_diplomats": "Kenya expelled two British diplomats from Nairobi.",
    "severance": "Caracas announced the severance of diplomatic relations with Lima on Monday.",
    "reversed_increase": "The Jordanian government reversed the bread price increase on Sunday.",
    "peacekeepers_out": "Belgium pulled its peacekeepers out of Rwanda on Wednesday.",
    "troops_out": "Belgium pulled its troops out of Rwanda on Wednesday.",
    "outraged_by_approval": "Seoul was outraged by Tokyo's approval of the history textbooks.",
    "disappointed_by_promises": (
        "Palestinian negotiators said they were deeply disappointed by broken promises from Israel."
    ),
    "shocked_by_floods": "The minister was shocked by the floods in the north.",
    "displayed_irritation": "Beijing displayed open irritation at Tokyo's decision to issue the visa.",
    "penned_condemnation": "The dissident Wei Jingsheng penned a condemnation of Beijing's policy.",
    "decreed_emergency": "The Thai prime minister decreed a state of emergency in Bangkok on Tuesday.",
    "initiated_crackdown": "Uzbek security forces initiated a crackdown on Muslim groups on Friday.",
    "planned_aid": "Washington is planning military aid worth $300 million for Colombia.",
    "planned_attack": "Israeli army commanders are planning an attack on Hezbollah positions.",
    "tour_of_region": "Chinese President Jiang Zemin plans a tour of Latin America next month.",
    "tour_of_areas": "The minister made a tour of the flooded areas.",
    "band_tour": "The band began a tour of Germany on Friday.",
    "lao_republic": "The Lao People's Democratic Republic expelled two diplomats.",
    "cote_divoire": "Cote d'Ivoire closed its border with Liberia.",
    "forces_swooped": (
        "U.S. special forces swooped on a Taliban compound near Kandahar, killing four fighters, "
        "the coalition said on Wednesday."
    ),
    "talks_failed": "Three rounds of talks with their officials failed to break the deadlock.",
    "abandoned_mediation": "Libya abandoned its role as mediator between Chad and the northern rebels.",
    "extended_ceasefire": "The PKK extended its unilateral ceasefire with Turkish forces for three months.",
    "handed_power": "The military rulers handed power to a civilian government.",
    "you_hand_power": "If I do that, you hand power over your policies to the editors of papers.",
    "mustard_gas": "Iraqi forces used mustard gas against Iranian troops near Basra.",
    "tear_gas": "Police used tear gas against the protesters.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


def test_a_day_between_the_words_of_a_verb_phrase(events):
    call = one(events, SENTENCES, "called_on_friday_for", "REQUEST")
    assert call.actor1.code == "GBRGOV"
    assert one(events, SENTENCES, "warned_on_tuesday_of", "THREATEN").actor1.code == "IRN"
    # after the time phrase the phrase's next word must follow at once: no "met ... demanded"
    assert "CONCEDE" not in types(events, "met_in_the_morning")


def test_aid_received_as_a_sum_or_a_load_comes_from_the_giver(events):
    aid = one(events, SENTENCES, "aid_sum_received", "AID")
    assert (aid.actor1.code, aid.actor2.code) == ("SAU", "SDN")
    supplies = one(events, SENTENCES, "supplies_received", "AID")
    assert (supplies.actor1.code, supplies.actor2.code) == ("JPN", "JOR")


def test_talks_that_collapse_between_parties(events):
    halt = one(events, SENTENCES, "talks_collapsed", "SANCTION")
    assert halt.cameo == "164" and (halt.actor1.code, halt.actor2.code) == ("ISR", "SYR")
    assert one(events, SENTENCES, "broke_off_talks", "SANCTION").cameo == "164"
    assert not types(events, "negotiation_broken_down")  # nobody's talks: a general remark
    assert not types(events, "sanctions_if_talks_collapsed")  # talks are no threatened harm


def test_a_body_sent_to_inquire_is_the_inquiry(events):
    inquiry = one(events, SENTENCES, "mission_to_examine", "ACCUSE")
    assert inquiry.mode == "investigate" and inquiry.actor1.text == "Amnesty International"
    assert "ASSAULT" not in types(events, "troops_to_attack")  # troops sent to attack may not have


def test_strikers_are_no_footballers(events):
    assert one(events, SENTENCES, "strikers_called_off", "CONCEDE").actor1.sector == "LAB"


def test_seizures_and_halts(events):
    assert one(events, SENTENCES, "took_over_headquarters", "COERCE").mode == "seize"
    assert not types(events, "firm_took_over_offices")
    assert one(events, SENTENCES, "halted_deliveries", "SANCTION").actor2.code == "UKR"


def test_parties_the_parse_or_the_gazetteer_hid(events):
    condemned = one(events, SENTENCES, "leaders_meeting_in", "ACCUSE")
    assert condemned.actor1.code == "IGO" and condemned.actor1.text.startswith("Commonwealth leaders")
    assert one(events, SENTENCES, "taiwan_beside_taipei", "MOBILIZE").actor1.code == "TWN"


def test_refusals_and_boycotts_told_through_a_modifier(events):
    assert one(events, SENTENCES, "stood_firm", "REJECT").actor1.code == "IRQ"
    assert one(events, SENTENCES, "stayed_away", "PROTEST").mode == "boycott"


def test_notice_served_on_a_party(events):
    assert one(events, SENTENCES, "served_notice", "THREATEN").actor2.code == "RUS"
    assert not types(events, "landlord_notice")


def test_wordings_the_lexicon_lacked(events):
    assert one(events, SENTENCES, "turned_aside", "REJECT").actor2.code == "VNM"
    assert one(events, SENTENCES, "pulled_plug", "COERCE").cameo == "1721"
    assert one(events, SENTENCES, "froze_exchanges", "SANCTION").actor2.code == "ISR"
    assert one(events, SENTENCES, "shipped_fighters", "AID").cameo == "072"
    assert one(events, SENTENCES, "denunciation_carried", "ACCUSE").actor1.code == "SYR"
    assert one(events, SENTENCES, "severance", "SANCTION").cameo == "161"
    assert one(events, SENTENCES, "reversed_increase", "CONCEDE").actor1.code == "JORGOV"


def test_expulsions_of_people_peacekeepers_and_troops(events):
    assert one(events, SENTENCES, "expelled_villagers", "ASSAULT").cameo == "203"
    assert one(events, SENTENCES, "expelled_diplomats", "SANCTION").cameo == "166"
    assert one(events, SENTENCES, "peacekeepers_out", "SANCTION").cameo == "1661"
    assert types(events, "troops_out") == {"RETREAT"}


def test_a_party_outraged_or_disappointed_by_another_party_s_act(events):
    outrage = one(events, SENTENCES, "outraged_by_approval", "ACCUSE")
    assert (outrage.actor1.code, outrage.actor2.code) == ("KOR", "JPN")
    assert one(events, SENTENCES, "disappointed_by_promises", "ACCUSE").actor2.code == "ISR"
    assert not types(events, "shocked_by_floods")  # no one's act
    assert one(events, SENTENCES, "displayed_irritation", "ACCUSE").actor1.code == "CHN"


def test_a_condemnation_written_is_its_writer_s(events):
    assert one(events, SENTENCES, "penned_condemnation", "ACCUSE").actor1.text.endswith("Wei Jingsheng")


def test_emergencies_decreed_and_crackdowns_begun(events):
    assert one(events, SENTENCES, "decreed_emergency", "COERCE").cameo == "1724"
    assert one(events, SENTENCES, "initiated_crackdown", "ASSAULT").actor1.code == "UZBMIL"


def test_plans_of_cooperation_are_intentions_and_plans_of_force_no_event(events):
    assert one(events, SENTENCES, "planned_aid", "AGREE").actor1.code == "USA"
    assert not types(events, "planned_attack")  # a plan is no threat issued nor an attack made


def test_a_leader_s_tour_of_states(events):
    tour = one(events, SENTENCES, "tour_of_region", "AGREE")  # a planned visit is an intention
    assert tour.actor1.code == "CHNGOV" and tour.actor2.country is None  # Latin America is no America
    assert not types(events, "tour_of_areas") and not types(events, "band_tour")


def test_states_named_formally(events):
    assert one(events, SENTENCES, "lao_republic", "SANCTION").actor1.code == "LAO"  # no people
    assert one(events, SENTENCES, "cote_divoire", "COERCE").actor1.code == "CIV"


def test_a_closing_speaker_does_not_take_the_clause_s_subject(events):
    killing = one(events, SENTENCES, "forces_swooped", "ASSAULT")
    assert killing.actor1 is not None and killing.actor1.code == "USAMIL"


def test_mediation_abandoned_truces_prolonged_power_handed(events):
    assert not types(events, "talks_failed")  # talks that fail to settle a dispute are not halted
    assert one(events, SENTENCES, "abandoned_mediation", "SANCTION").cameo == "165"
    truce = one(events, SENTENCES, "extended_ceasefire", "RETREAT")
    assert truce.cameo == "0871" and truce.actor2.code == "TURMIL"
    assert one(events, SENTENCES, "handed_power", "CONCEDE").cameo == "0834"
    assert not types(events, "you_hand_power")


def test_chemical_weapons_used_not_tear_gas(events):
    assert one(events, SENTENCES, "mustard_gas", "ASSAULT").cameo == "2041"
    assert one(events, SENTENCES, "tear_gas", "ASSAULT").cameo == "175"
