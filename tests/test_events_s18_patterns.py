"""Session 18 (acts the PETRARCH-2 verb dictionary names and the lexicon lacked), on invented
sentences: consultations by cable, praise of a partner's role, relations formalised or mended,
intent to negotiate, investigations of sites, accusations linking a group to an attack, military
displays, patrols and alerts, property seized at sea, concessions by courts and governments,
retreats from strongholds, foreign asset freezes, hosts welcoming their guests, and the misparse of
a past form read as an adjective of its object ("the junta relaxed/amod curbs/ROOT"). Near misses
sit beside the cases they guard."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "cabled": "The Danish premier cabled the Ugandan president about the refugee crisis.",
    "contacted_phone": "The Greek premier contacted the Turkish president by telephone on Sunday.",
    "contacted_family": "Reporters contacted the family of the missing climber.",
    "appreciated_role": "Kenya's president appreciated Ethiopia's role in the Somali peace talks.",
    "appreciated_weather": "The tourists appreciated the sunny weather in Mombasa.",
    "formalised_ties": "Chile and Malaysia formalised diplomatic relations on Monday.",
    "mended_ties": "Peru mended relations with Ecuador by sending a new ambassador to Quito.",
    "wants_talks": "Ghana wants talks with Togo on the disputed border.",
    "inspected_plant": "UN inspectors inspected a suspected missile plant near Homs on Tuesday.",
    "linked_attack": "Kenyan investigators linked a Somali militia to the bombing of the embassy.",
    "suspected_of": "Italian prosecutors suspected the former minister of bribery.",
    "suspected_arson": "Firefighters suspected arson at the warehouse.",
    "jeered_envoy": "Angry villagers jeered the Dutch envoy at the camp.",
    "overflew": "Syrian jets overflew the Turkish border town of Kilis on Tuesday.",
    "paraded": "Iran paraded new ballistic missiles through Tehran on Sunday.",
    "raised_alert": "Taiwan raised its military alert after the Chinese drills.",
    "raised_prices": "The bakery raised its prices after the floods.",
    "intercepted_ship": "The Greek navy intercepted a ship carrying weapons bound for Libya.",
    "flogged": "Islamist militants flogged two young men in the market of Kismayo.",
    "flattened": "Army bulldozers flattened dozens of homes in the refugee camp.",
    "abandoned_stronghold": "Rebel fighters abandoned their stronghold of Kidal on Friday.",
    "abandoned_plan": "The city council abandoned its plan for a new stadium.",
    "released_funds": "Washington released frozen assets belonging to the Iraqi central bank.",
    "relaxed_curbs": "Ghana's military government relaxed curbs on the opposition press on Friday.",
    "relaxed_noun_only": "The newly elected government.",
    "legalised_party": "The Kenyan government legalised the opposition Democratic Front on Monday.",
    "dropped_charges": "Malaysian prosecutors dropped charges against the opposition leader.",
    "overruled_veto": "The Ukrainian parliament overruled the president's veto of the budget.",
    "equipped": "Germany equipped the Malian army with armoured trucks.",
    "scheduled_talks": "Seoul scheduled talks with Pyongyang for next week.",
    "scrapped_visit": "The Brazilian president scrapped a visit to Caracas amid the row.",
    "tightened_sanctions": "The European Union tightened sanctions on Minsk on Monday.",
    "stripped_citizenship": "Bahrain stripped 40 dissidents of their citizenship.",
    "vowed_revenge": "Hezbollah vowed revenge on Israel for the killing of its commander.",
    "marched_troops": "Iraq marched troops toward the Kuwaiti border on Friday.",
    "farmers_marched": "Thousands of farmers marched to the parliament on Monday.",
    "troops_raided": "Indian troops raided a militant hideout in the Kupwara district.",
    "police_raided": "Police raided the house of the former minister on Monday.",
    "welcomed_guest": "The Chinese president welcomed his Russian counterpart to Beijing for a summit.",
    "froze_foreign": "Switzerland froze the assets of the ousted Tunisian president on Wednesday.",
    "union_halted": "The teachers' union halted its strike on Monday.",
    "police_halted": "Police halted the protest march on Monday.",
    "described_mistake": "The Dutch premier described Canberra's decision to quit the treaty as a mistake.",
    "described_plan": "The Dutch premier described the plan as a compromise.",
    "reacted_dismay": "The African Union reacted with dismay to the coup in Bamako.",
    "responded_concerns": "The ministry responded to the concerns raised by parents.",
    "expedited_arms": "Washington expedited an arms shipment to the Kurdish fighters.",
    "shut_embassy": "Ottawa shut its embassy in Damascus on Friday.",
    "leader_shut_offices": "Libyan leader Ali Hamid shut the offices of the opposition front in Tripoli.",
    "strengthened_sanctions": "The Security Council strengthened sanctions against Pyongyang.",
    "unleashed_missiles": "Iraq unleashed missiles against Riyadh overnight.",
    "unleashed_criticism": "The singer unleashed a torrent of criticism at the jury.",
    "evacuated_positions": "Rebel forces evacuated their positions around the airport.",
    "waived_ban": "Washington waived a ban on arms sales to Jakarta on Saturday.",
    "overrode_veto": "The Senate overrode the president's veto of the pay bill.",
    "curbed_links": "The European Union curbed links with Minsk on Monday.",
    "caned": "Singapore caned two foreign workers for vandalism.",
    "claimed_compensation": "Kuwait claimed compensation from Baghdad for the damage to its oil fields.",
    "ordered_recall": "Ankara ordered its ambassador to return from Paris after the vote.",
    "established_contact": "Washington established contact with the rebel leadership through its embassy.",
    "leadership_agreed": "The rebels said their leadership had agreed to a peace accord with the government.",
    "considering_raid": "Israeli officials said they were considering an air raid on militant positions.",
    "considering_offer": "The club is considering an offer for the striker.",
    "denied_entry": "Israel denied entry to the UN rapporteur on Monday.",
    "denied_restricted": "The minister denied entry to the building was restricted.",
    "froze_relations": "Ankara froze military relations with Tel Aviv after the raid.",
    "stressed_opposition": "The Russian foreign minister stressed Moscow's opposition to NATO's expansion.",
    "reached_understanding": "Hanoi and Beijing reached an understanding on their border dispute.",
    "mustered": "Eritrea mustered troops on its border with Ethiopia on Wednesday.",
    "mustered_courage": "The rookie mustered the courage to ask for a transfer.",
    "relinquished": "Rebel fighters relinquished their weapons to the peacekeepers.",
    "implicated": "Argentine investigators implicated Iranian officials in the bombing of the centre.",
    "forbade": "The military governor forbade demonstrations in the city on Monday.",
    "kicked_out": "Moscow kicked out a British diplomat on Friday.",
    "snatched": "Gunmen snatched a Filipino engineer from a construction site.",
    "mulled_sanctions": "EU foreign ministers mulled sanctions against Minsk on Monday.",
    "weighed_options": "The coach weighed his options for the final.",
    "harmonised": "Kabul and Islamabad harmonised their efforts against drug smugglers.",
    "reimposed": "The European Union reimposed sanctions on Belgrade on Monday.",
    "promised_cooperation": "Lima promised cooperation with Swiss detectives probing the bank bombing.",
    "shares_rallied": "Shares of Korean carmakers rallied in Seoul on Tuesday.",
    "nurses_rallied": "Hundreds of nurses gathered and rallied outside the assembly against the pay cuts.",
    "team_opened_fire": "Ghana opened fire from the kick-off in the World Cup qualifier in Accra.",
    "floods_cut_links": "Heavy floods cut road links between the capital and the north.",
    "party_took_control": "The Democrats took control of the House in the midterm elections.",
    "threw_out_charges": "A Cairo court threw out charges against 28 defendants on Saturday.",
    "opened_embassy": "Israel opened an embassy in Mauritania on Thursday.",
    "forged_ties": "Israel and the Vatican forged full diplomatic ties on Wednesday.",
    "hacked_off": "Militants hacked off the head of a village chief in Narathiwat.",
    "desire_talks": "The rebel leader expressed a desire for talks with Khartoum.",
    "ultimatum": "The army told the rebels to surrender or face an all-out assault.",
    "coach_ultimatum": "The coach told the players to train harder or face the bench.",
    "planning_summit": "Seoul is planning a summit with Pyongyang in October.",
    "stationed": "Egypt stationed riot police around the Israeli embassy in Cairo.",
    "discontinued": "Japan has discontinued grants to Myanmar over the arrests.",
    "annulled": "The Court of Cassation annulled the prison sentence of the activist.",
    "embargoed": "The European Union embargoed the sale of arms to China in 1989.",
    "criminalised": "The parliament criminalised unlicensed public gatherings on Thursday.",
    "defeated_bill": "The Ukrainian parliament defeated a government proposal to privatise the pipelines.",
    "defeated_team": "Brazil defeated Argentina 2-0 in Rio on Sunday.",
    "incarcerated": "Pakistani authorities incarcerated dozens of suspects after the bombing.",
    "charged_crowd": "Riot police charged a crowd of students with batons in central Dhaka.",
    "charged_men": "Police charged three men with murder on Monday.",
    "would_condemn": "The government said it would condemn the bombing of the market.",
    "protest_killing": "The party called a strike on Sunday to protest the killing of its worker.",
    "in_protest": "Two Tibetan monks immolated themselves on Monday in protest against Beijing's rule.",
    "died_in_protests": "Two people died in the protests on Monday.",
    "died_in_clashes": "Two policemen died in clashes with Islamist militants on Friday.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


ACTS = [
    ("cabled", "CONSULT", "040"),
    ("contacted_phone", "CONSULT", "041"),
    ("appreciated_role", "SUPPORT", "051"),
    ("formalised_ties", "SUPPORT", "050"),
    ("mended_ties", "SUPPORT", "050"),
    ("wants_talks", "AGREE", "036"),
    ("inspected_plant", "ACCUSE", "090"),
    ("linked_attack", "ACCUSE", "112"),
    ("suspected_of", "ACCUSE", "112"),
    ("jeered_envoy", "ACCUSE", "111"),
    ("overflew", "MOBILIZE", "150"),
    ("paraded", "MOBILIZE", "150"),
    ("raised_alert", "MOBILIZE", "152"),
    ("intercepted_ship", "COERCE", "171"),
    ("flogged", "ASSAULT", "182"),
    ("flattened", "ASSAULT", "1712"),
    ("abandoned_stronghold", "RETREAT", "0874"),
    ("released_funds", "RETREAT", "0842"),
    ("relaxed_curbs", "CONCEDE", "081"),
    ("legalised_party", "CONCEDE", "0812"),
    ("dropped_charges", "CONCEDE", "081"),
    ("overruled_veto", "REJECT", "120"),
    ("equipped", "AID", "072"),
    ("scheduled_talks", "AGREE", "036"),
    ("scrapped_visit", "SANCTION", "160"),
    ("tightened_sanctions", "SANCTION", "163"),
    ("stripped_citizenship", "COERCE", "172"),
    ("vowed_revenge", "THREATEN", "138"),
    ("marched_troops", "MOBILIZE", "154"),
    ("farmers_marched", "PROTEST", "141"),
    ("troops_raided", "ASSAULT", "190"),
    ("police_raided", "COERCE", "170"),
    ("welcomed_guest", "CONSULT", "043"),
    ("froze_foreign", "SANCTION", "163"),
    ("union_halted", "CONCEDE", "082"),
    ("described_mistake", "ACCUSE", "111"),
    ("reacted_dismay", "ACCUSE", "111"),
    ("expedited_arms", "AID", "070"),
    ("shut_embassy", "SANCTION", "161"),
    ("leader_shut_offices", "COERCE", "172"),
    ("strengthened_sanctions", "SANCTION", "163"),
    ("unleashed_missiles", "ASSAULT", "190"),
    ("evacuated_positions", "RETREAT", "0874"),
    ("waived_ban", "RETREAT", "085"),
    ("overrode_veto", "REJECT", "120"),
    ("curbed_links", "SANCTION", "160"),
    ("caned", "ASSAULT", "182"),
    ("claimed_compensation", "REQUEST", "100"),
    ("ordered_recall", "SANCTION", "161"),
    ("established_contact", "CONSULT", "040"),
    ("leadership_agreed", "AGREE", "030"),
    ("considering_raid", "THREATEN", "138"),
    ("denied_entry", "SANCTION", "160"),
    ("froze_relations", "SANCTION", "160"),
    ("stressed_opposition", "ACCUSE", "111"),
    ("reached_understanding", "AGREE", "030"),
    ("mustered", "MOBILIZE", "154"),
    ("relinquished", "RETREAT", "0873"),
    ("implicated", "ACCUSE", "112"),
    ("forbade", "COERCE", "172"),
    ("kicked_out", "SANCTION", "166"),
    ("snatched", "ASSAULT", "181"),
    ("mulled_sanctions", "THREATEN", "130"),
    ("harmonised", "COOPERATE", "060"),
    ("reimposed", "SANCTION", "163"),
    ("promised_cooperation", "AGREE", "030"),
    ("nurses_rallied", "PROTEST", "141"),
    ("threw_out_charges", "CONCEDE", "081"),
    ("opened_embassy", "SUPPORT", "050"),
    ("forged_ties", "SUPPORT", "050"),
    ("hacked_off", "ASSAULT", "182"),
    ("desire_talks", "AGREE", "036"),
    ("ultimatum", "THREATEN", "138"),
    ("planning_summit", "AGREE", "036"),
    ("stationed", "MOBILIZE", "153"),
    ("discontinued", "SANCTION", "162"),
    ("annulled", "CONCEDE", "081"),
    ("embargoed", "SANCTION", "163"),
    ("criminalised", "COERCE", "172"),
    ("defeated_bill", "REJECT", "120"),
    ("incarcerated", "COERCE", "173"),
    ("charged_crowd", "ASSAULT", "175"),
]


@pytest.mark.parametrize(("key", "plover", "cameo"), ACTS)
def test_dictionary_acts(events, key, plover, cameo):
    assert one(events, SENTENCES, key, plover).cameo == cameo


NO_EVENT = [
    "contacted_family",
    "suspected_arson",
    "appreciated_weather",
    "raised_prices",
    "abandoned_plan",
    "relaxed_noun_only",
    "police_halted",
    "described_plan",
    "responded_concerns",
    "unleashed_criticism",
    "considering_offer",
    "denied_restricted",
    "mustered_courage",
    "weighed_options",
    "shares_rallied",
    "team_opened_fire",
    "floods_cut_links",
    "party_took_control",
    "coach_ultimatum",
    "defeated_team",
]


@pytest.mark.parametrize("key", NO_EVENT)
def test_near_misses_have_no_event(events, key):
    assert not types(events, key), SENTENCES[key]


def test_charging_men_with_a_crime_is_no_assault(events):
    assert "ASSAULT" not in types(events, "charged_men")


def test_an_act_reacted_to_is_no_threat_of_the_reacting_party(events):
    assert "THREATEN" not in types(events, "would_condemn")
    assert "ASSAULT" in types(events, "protest_killing")


def test_who_acts_in_protest_protests_and_who_dies_in_one_does_not(events):
    assert one(events, SENTENCES, "in_protest", "PROTEST").actor1.text == "Two Tibetan monks"
    assert one(events, SENTENCES, "died_in_protests", "PROTEST").actor1 is None


def test_who_the_dead_fought_is_the_source(events):
    assert one(events, SENTENCES, "died_in_clashes", "ASSAULT").actor1.text == "Islamist militants"


def test_a_promise_of_cooperation_is_no_threat(events):
    assert "THREATEN" not in types(events, "promised_cooperation")


def test_the_misparsed_verb_keeps_its_subject_and_object(events):
    relaxed = one(events, SENTENCES, "relaxed_curbs", "CONCEDE")
    assert relaxed.actor1.text == "Ghana's military government"
    assert relaxed.trigger.text == "relaxed"


def test_a_vow_of_revenge_is_the_vowers_threat(events):
    assert one(events, SENTENCES, "vowed_revenge", "THREATEN").actor1.text == "Hezbollah"
