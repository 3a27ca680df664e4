"""Session 25, on invented sentences: what a party calls an act or a person ("branded the bombing an
act of terrorism"), reactions and doubts, nouns told by a verb that speeds or confirms them, names
and participles that are no accident words, groups told by their modifiers and states the entity
tagger left untyped, and wordings of the PETRARCH-2 verb patterns the lexicon lacked. Near misses
sit beside the cases they guard."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "branded_act": "The foreign ministry branded the bombing an act of terrorism.",
    "pronounced_apostate": "Clerics in Tehran pronounced the poet an apostate.",
    "dismissed_report": "The minister dismissed the report as rubbish.",
    "storm_dangerous": "The weather agency described the storm as dangerous.",
    "reacted_sharply": "China reacted sharply to the visit of the Dalai Lama.",
    "questioned_legitimacy": "The opposition questioned the legitimacy of the vote.",
    "cast_doubt": "The foreign minister cast doubt on the claim by Moscow.",
    "repeated_charge": "Kabul repeated the charge that Pakistan harbours militants.",
    "slammed_raid": "Ankara slammed the raid by Greek commandos into the islet.",
    "typhoon": "A typhoon slammed into the coast.",
    "confirmed_arrest": "Police confirmed the arrest of two suspects in Lahore.",
    "accelerated_deployment": "NATO accelerated the deployment of troops to Poland.",
    "tamil_tiger": "Sri Lankan troops launched an offensive against Tamil Tiger positions.",
    "graffiti_walls": "Settlers vandalised a mosque, spraying graffiti on its walls.",
    "wall_collapsed": "Two workers were killed when a wall collapsed.",
    "wafd_cancelled": "The opposition Wafd party cancelled its rally in Cairo.",
    "eta_abstained": "The separatist group ETA abstained from violence for a year.",
    "uzbekistan_allied": "Uzbekistan allied itself with Washington.",
    "marines_patrolled": "U.S. Marines patrolled the streets of Mogadishu.",
    "hammered_out": "Negotiators hammered out a peace accord in Dayton.",
    "revived_process": "India and Pakistan revived the peace process.",
    "relaunched_talks": "The two leaders relaunched reunification talks.",
    "emerged_meeting": "The two presidents emerged from a meeting in Geneva.",
    "emerged_session": "She emerged from a question and answer session.",
    "received_call": "The Turkish president received a call from the Russian president.",
    "call_from_lawyer": "She received a call from her lawyer.",
    "made_peace": "Ethiopia made peace with Eritrea.",
    "clinched_pact": "Japan clinched a trade pact with Mexico.",
    "restarted_lending": "The World Bank restarted lending to Kenya.",
    "furnished_rockets": "Iran furnished the militia with rockets.",
    "regretted_offence": "Tokyo regretted the offence caused to Seoul.",
    "walked_out": "The Serb delegation walked out of the talks in Rambouillet.",
    "removed_missiles": "India removed missiles from the border.",
    "stationed_police": "Egyptian authorities stationed riot police outside the embassy.",
    "military_presence": "Russia increased its military presence in the Arctic.",
    "decided_against": "The IMF board decided against releasing the loan.",
    "cold_shoulder": "Beijing gave the cold shoulder to the proposal.",
    "broke_embargo": "Jordan broke the air embargo on Iraq.",
    "alerted_forces": "Indonesian police alerted security forces across Jakarta.",
    "alerted_police": "Feeling suspicious, he alerted the police.",
    "prevented_entering": "Riot police prevented the opposition leader from entering the stadium.",
    "returned_to_prison": "The opposition leader was returned to prison by police.",
    "booted_out": "Sudan booted out the head of the aid agency.",
    "hacked_website": "Hackers hacked the website of the Estonian government.",
    "advanced_into": "Ethiopian troops advanced into Somalia.",
    "advanced_semi_finals": "Brazil advanced into the World Cup semi-finals.",
    "crossed_border": "Turkish troops crossed the border into Iraq.",
    "diplomats_crossed": "The diplomats crossed the border in a convoy.",
    "intruded": "Chinese troops intruded into Indian territory.",
    "reserved_right": "Israel reserved the right to respond to the attacks.",
    "congregated": "Hundreds of demonstrators congregated outside the embassy.",
    "evacuation_nationals": "Italy organised the evacuation of its nationals from Albania.",
    "evacuated_residents": "Residents were evacuated from the flooded village.",
    "paid_compensation": "Iraq has paid compensation to Kuwaiti companies.",
    "firm_paid": "The company paid compensation to the workers.",
    "compromised_with": "The government compromised with Muslim rebels on the size of the region.",
    "envoy_out_of": "Canada pulled its ambassador out of Iran.",
    "observers_out_of": "The European Commission pulled its election observers out of Zimbabwe.",
    "closing_embassy": "Ottawa announced the closing of its embassy in Tehran.",
    "contacted_for_help": "Haiti's interim government contacted the United States for help.",
    "looked_for_help": "She looked for help from her neighbours.",
    "training_exercise": "China's navy performed a training exercise east of Taiwan.",
    "operations_with": "Colombian troops carried out operations with Venezuelan forces along the border.",
    "assigned_peacekeepers": "Bangladesh assigned peacekeepers to the UN mission in Liberia.",
    "sold_missiles_to": "Russia sold advanced anti-aircraft missiles to Iran under a $700 million contract.",
    "letter_to_media": "The school provided the letter to the media.",
    "put_on_trial_by": "Eleven Kurdish activists were put on trial by a state security court.",
    "joint_maneuvers": "Russia and Belarus carried out joint maneuvers near the Polish border.",
    "admitted_attacks": "The Kurdistan Workers Party admitted attacks on Turkish army posts.",
    "hastened_deployment": "Ethiopia hastened the deployment of troops to its northern frontier.",
    "minister_voiced": "Russian Foreign Minister Igor Ivanov stressed Moscow's opposition to NATO expansion.",
    "envoy_voiced_other": "The US envoy reiterated Seoul's opposition to the plan.",
    "his_country_strike": (
        "Indian Defence Minister Rajiv Menon said his country would not hesitate to strike militant camps "
        "across the border if infiltration continued."
    ),
    "its_leadership": "UNITA said on Saturday that its leadership had agreed to a peace accord with Luanda.",
    "fighters_disarmed": "More than 1,000 rebel fighters disarmed at U.N. collection points on Friday.",
    "civil_servants": "Thousands of civil servants stopped work on Thursday.",
    "state_visit": (
        "The South Korean president toured Vietnam on Wednesday, visiting Hanoi at the start of a "
        "four-day state visit."
    ),
    "hrw_alleged": "Rebels have been summarily executing prisoners in Kivu, Human Rights Watch alleged.",
    "deputies_led_by": (
        "The opposition deputies, led by a former premier, boycotted the opening session of parliament."
    ),
    "protesters_led_by": "Thousands of protesters led by Maryam Nawaz marched in Karachi.",
    "suspended_from": "Nigeria was suspended from the Commonwealth.",
    "expelled_from_state": "Two diplomats were expelled from North Korea.",
    "went_to_war": "Eritrea and Ethiopia went to war in May 1998 over the border town of Badme.",
    "incursion": "Israeli troops carried out an incursion into the northern Gaza Strip.",
    "barricades_to_protest": (
        "Striking truck drivers put up barricades on the highways leading into Santiago to protest "
        "against a rise in fuel taxes."
    ),
    "observed_strike": "Shopkeepers in Hebron observed a general strike called by Hamas.",
    "strike_in": "Shopkeepers in Nablus shut their stores in a strike called by Hamas.",
    "bandh_observed": "The bandh called by the BJP was observed peacefully.",
    "agency_said_north": (
        "Pyongyang's official news agency said the North would turn Seoul into a sea of fire if the South "
        "pressed ahead with the drills."
    ),
    "agency_said_government": (
        "The Iraqi News Agency said the government would not allow inspectors to return."
    ),
    "received_sum": "The minister received up to £30,000 for appearing on a television show.",
    "received_aid_sum": "Colombia received $1 billion in military aid from the United States.",
    "received_envoy": "The president received the Japanese envoy in Nairobi.",
    "critics_its_members": (
        "Critics say the Iraqi National Congress is corrupt, but its leaders rejected the accusations."
    ),
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


def test_what_a_party_calls_an_act_or_a_person(events):
    assert one(events, SENTENCES, "branded_act", "ACCUSE").actor1.text == "foreign ministry"
    assert one(events, SENTENCES, "pronounced_apostate", "ACCUSE").actor2.text == "poet"
    assert types(events, "dismissed_report") == {"REJECT"}  # what another said is rebutted
    assert not types(events, "storm_dangerous")


def test_reactions_doubts_and_charges(events):
    assert one(events, SENTENCES, "reacted_sharply", "ACCUSE").actor1.code == "CHN"
    assert one(events, SENTENCES, "questioned_legitimacy", "ACCUSE").cameo == "110"
    assert one(events, SENTENCES, "cast_doubt", "ACCUSE").actor1.text == "foreign minister"
    charge = one(events, SENTENCES, "repeated_charge", "ACCUSE")
    assert charge.cameo == "112" and charge.actor1.code == "AFG"


def test_slamming_an_act_not_a_storm_hitting_land(events):
    criticism = one(events, SENTENCES, "slammed_raid", "ACCUSE")
    assert criticism.main and criticism.actor1.code == "TUR"
    assert not types(events, "typhoon")


def test_a_noun_made_faster_or_confirmed_happened(events):
    assert one(events, SENTENCES, "confirmed_arrest", "COERCE").cameo == "173"
    assert types(events, "accelerated_deployment") == {"MOBILIZE"}


def test_names_and_participles_are_no_accident_words(events):
    assert one(events, SENTENCES, "tamil_tiger", "ASSAULT").actor1.code == "LKAMIL"
    assert one(events, SENTENCES, "graffiti_walls", "ASSAULT").cameo == "1712"
    assert not types(events, "wall_collapsed")


def test_groups_told_by_their_modifiers_and_untyped_states(events):
    assert one(events, SENTENCES, "wafd_cancelled", "CONCEDE").actor1.sector == "OPP"
    assert one(events, SENTENCES, "eta_abstained", "RETREAT").actor1.text == "ETA"
    alliance = one(events, SENTENCES, "uzbekistan_allied", "SUPPORT")
    assert alliance.actor1.code == "UZB" and alliance.actor2.code == "USA"
    assert one(events, SENTENCES, "marines_patrolled", "MOBILIZE").actor1.code == "USAMIL"


def test_cooperation_wordings(events):
    assert one(events, SENTENCES, "hammered_out", "AGREE").cameo == "030"
    assert one(events, SENTENCES, "revived_process", "AGREE").actor2.code == "PAK"
    assert types(events, "relaunched_talks") == {"CONSULT"}
    assert types(events, "emerged_meeting") == {"CONSULT"} and not types(events, "emerged_session")
    call = one(events, SENTENCES, "received_call", "CONSULT")
    assert call.mode == "phone" and call.actor2.code == "RUSGOV"
    assert not types(events, "call_from_lawyer")
    assert one(events, SENTENCES, "made_peace", "SUPPORT").actor2.code == "ERI"
    assert one(events, SENTENCES, "clinched_pact", "SUPPORT").actor2.code == "MEX"
    assert one(events, SENTENCES, "restarted_lending", "AID").actor2.code == "KEN"
    assert one(events, SENTENCES, "furnished_rockets", "AID").cameo == "072"
    assert one(events, SENTENCES, "regretted_offence", "SUPPORT").cameo == "055"


def test_conflict_wordings(events):
    assert one(events, SENTENCES, "walked_out", "SANCTION").cameo == "164"
    assert one(events, SENTENCES, "removed_missiles", "RETREAT").actor1.code == "IND"
    assert one(events, SENTENCES, "stationed_police", "MOBILIZE").cameo == "153"
    assert one(events, SENTENCES, "military_presence", "MOBILIZE").actor1.code == "RUS"
    assert types(events, "decided_against") == {"REJECT"}
    assert types(events, "cold_shoulder") == {"REJECT"}
    assert one(events, SENTENCES, "broke_embargo", "REJECT").cameo == "128"
    assert one(events, SENTENCES, "alerted_forces", "MOBILIZE").actor1.sector == "COP"
    assert not types(events, "alerted_police")  # a citizen calling the police


def test_coercion_wordings(events):
    assert one(events, SENTENCES, "prevented_entering", "COERCE").actor2.sector == "OPP"
    assert one(events, SENTENCES, "returned_to_prison", "COERCE").cameo == "173"
    assert one(events, SENTENCES, "booted_out", "COERCE").actor1.code == "SDN"
    assert one(events, SENTENCES, "hacked_website", "COERCE").mode == "cyber"
    assert one(events, SENTENCES, "intruded", "COERCE").cameo == "192"


def test_force_threats_and_gatherings(events):
    assert one(events, SENTENCES, "advanced_into", "ASSAULT").actor2.code == "SOM"
    assert not types(events, "advanced_semi_finals")
    assert one(events, SENTENCES, "crossed_border", "ASSAULT").actor1.code == "TURMIL"
    assert not types(events, "diplomats_crossed")
    assert one(events, SENTENCES, "reserved_right", "THREATEN").actor1.code == "ISR"
    assert types(events, "congregated") == {"PROTEST"}


def test_relations_cut_and_made_good(events):
    assert one(events, SENTENCES, "evacuation_nationals", "SANCTION").actor1.code == "ITA"
    assert not types(events, "evacuated_residents")
    assert one(events, SENTENCES, "paid_compensation", "RETREAT").actor1.code == "IRQ"
    assert not types(events, "firm_paid")
    assert one(events, SENTENCES, "compromised_with", "CONCEDE").actor2.sector == "REB"
    assert one(events, SENTENCES, "envoy_out_of", "SANCTION").actor2.code == "IRN"  # what it is taken out of
    assert one(events, SENTENCES, "observers_out_of", "SANCTION").actor2.code == "ZWE"
    assert one(events, SENTENCES, "closing_embassy", "SANCTION").cameo == "161"


def test_requests_drills_joint_operations_and_sales(events):
    # a state named is its country alone (session 26: "States" in its name is no state government)
    assert one(events, SENTENCES, "contacted_for_help", "REQUEST").actor2.code == "USA"
    assert not types(events, "looked_for_help")
    assert types(events, "training_exercise") == {"MOBILIZE"}
    assert one(events, SENTENCES, "operations_with", "COOPERATE").actor2.code == "VENMIL"
    assert one(events, SENTENCES, "joint_maneuvers", "COOPERATE").actor2.code == "BLR"
    assert one(events, SENTENCES, "assigned_peacekeepers", "AID").actor1.code == "BGD"
    assert one(events, SENTENCES, "sold_missiles_to", "COOPERATE").actor2.code == "IRN"  # a dative "to"
    assert not types(events, "letter_to_media")
    assert one(events, SENTENCES, "put_on_trial_by", "COERCE").actor1.sector == "JUD"


def test_who_speeds_or_admits_an_act_does_it(events):
    assert one(events, SENTENCES, "admitted_attacks", "ASSAULT").actor1.text == "Kurdistan Workers Party"
    assert one(events, SENTENCES, "hastened_deployment", "MOBILIZE").actor1.code == "ETH"


def test_an_official_voicing_the_stand_of_their_own_state(events):
    opposition = one(events, SENTENCES, "minister_voiced", "ACCUSE")
    assert opposition.actor1.code == "RUSGOV" and "Ivanov" in opposition.actor1.text
    assert one(events, SENTENCES, "envoy_voiced_other", "ACCUSE").actor1.code == "KOR"  # another state's


def test_a_side_named_through_the_speakers_possessive_is_the_speaker(events):
    assert one(events, SENTENCES, "his_country_strike", "THREATEN").actor1.text.endswith("Rajiv Menon")
    assert one(events, SENTENCES, "its_leadership", "AGREE").actor1.text == "UNITA"
    rejection = one(events, SENTENCES, "critics_its_members", "REJECT")
    assert rejection.actor1 is None or rejection.actor1.text != "Critics"  # "its" is not the critics'


def test_parses_mended_and_doers_found(events):
    assert one(events, SENTENCES, "fighters_disarmed", "RETREAT").actor1.sector == "REB"  # not a headline
    assert one(events, SENTENCES, "civil_servants", "PROTEST").actor1.text == "civil servants"
    assert all(e.actor1 is None or e.actor1.text != "state" for e in events["state_visit"])  # a kind of visit
    accusation = one(events, SENTENCES, "hrw_alleged", "ACCUSE")
    assert accusation.actor1.text == "Human Rights Watch" and accusation.actor2.text == "Rebels"


def test_bodies_act_themselves_and_bodies_suspend_members(events):
    assert one(events, SENTENCES, "deputies_led_by", "PROTEST").actor1.text == "opposition deputies"
    assert one(events, SENTENCES, "protesters_led_by", "PROTEST").actor1.text == "Maryam Nawaz"
    suspension = one(events, SENTENCES, "suspended_from", "SANCTION")
    assert suspension.actor1.code == "IGO" and suspension.actor2.code == "NGA"
    assert one(events, SENTENCES, "expelled_from_state", "SANCTION").actor1.code == "PRK"


def test_war_and_incursions(events):
    assert one(events, SENTENCES, "went_to_war", "ASSAULT").actor1.code == "ERI"
    assert one(events, SENTENCES, "incursion", "ASSAULT").actor1.code == "ISRMIL"


def test_a_purpose_hung_on_the_participle_of_a_thing(events):
    protest = one(events, SENTENCES, "barricades_to_protest", "PROTEST")
    assert protest.actor1 is not None and "truck drivers" in protest.actor1.text


def test_who_observes_or_acts_in_a_strike_strikes(events):
    assert one(events, SENTENCES, "observed_strike", "PROTEST").actor1.text == "Shopkeepers"
    assert one(events, SENTENCES, "strike_in", "PROTEST").actor1.text == "Shopkeepers"
    assert one(events, SENTENCES, "bandh_observed", "PROTEST").actor1.text == "BJP"  # no observer named


def test_a_news_agency_is_the_channel_not_the_party(events):
    assert one(events, SENTENCES, "agency_said_north", "THREATEN").actor1.text == "North"
    assert one(events, SENTENCES, "agency_said_government", "REJECT").actor1.text == "government"


def test_a_sum_received_is_no_visit_hosted(events):
    assert "CONSULT" not in types(events, "received_sum") | types(events, "received_aid_sum")
    assert one(events, SENTENCES, "received_envoy", "CONSULT").actor2.code == "JPNGOV"
