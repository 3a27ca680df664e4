"""Session 21, on invented sentences: common news wordings the lexicon lacked (talks by telephone,
people burned to death, captives turned over, diplomats declared persona non grata, people thrown out
of a country, inquiries conducted or widened, a country placed under emergency rule or curfew, the
press silenced, scuffles, aid shipments stopped), and doers the parse hid: a passive's "by" agent hung
on the noun before it, "one of his bodyguards", a subject described by "believed to be ...", a capital
whose GeoNames name carries accents, the attendants of a rally, a weapon whose side is named. Near
misses sit beside the cases they guard."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "phoned": "Chile's foreign minister spoke by telephone with his Peruvian counterpart on Tuesday.",
    "burned_to_death": "A mob burned two Christian traders to death in the village of Ranipur.",
    "burned_passive": "Two Christian traders were burned to death by a Hindu mob in Ranipur.",
    "burned_dinner": "The cook burned the rice.",
    "turned_over": "The rebels turned over 12 captive soldiers to the Red Cross on Friday.",
    "turned_over_page": "The clerk turned over the page.",
    "persona_non_grata": "Minsk declared two Polish diplomats persona non grata on Monday.",
    "thrown_out": "Three foreign aid workers were thrown out of the country by the military government.",
    "thrown_out_case": "The judge threw out the case against the three men.",
    "inquiry_conducted": "The United Nations conducted an inquiry into the killings at Kibeho.",
    "inquiry_widened": "Prosecutors widened their inquiry into the arms deal on Monday.",
    "placed_emergency": "President Kaya placed the northern provinces under a state of emergency.",
    "placed_curfew": "The army placed the city under curfew on Sunday.",
    "silenced": "The junta silenced the independent radio station Voice of Freedom.",
    "silenced_crowd": "The striker silenced the home crowd with a late goal.",
    "scuffled": "Ruling party supporters scuffled with opposition activists in Lusaka.",
    "stopped_aid": "The European Union stopped aid shipments to Harare after the vote.",
    "stopped_car": "The police stopped a car on the highway.",
    "practitioners": "Police rounded up 40 Falun Gong practitioners in Beijing.",
    "barred_by": "Ana Ruiz was barred from the presidential race by the electoral commission.",
    "barred_from_race": "Ana Ruiz was barred from the race run by the party.",
    "allowed_back_by": "UN inspectors were allowed back into the sites by Baghdad on Thursday.",
    "one_of_bodyguards": "President Mbeki was shot by one of his bodyguards in Pretoria.",
    "believed_to_be": "Gunmen believed to be members of a separatist group killed two policemen in Bilbao.",
    "believed_claim": "Police believed the gunmen had fled to the hills.",
    "capital_metonym": "Bogota accused Caracas of sheltering FARC rebels.",
    "attended_rally": "More than 10,000 people attended a rally against the war in central Madrid.",
    "recognition_extended": "Diplomatic recognition of Eritrea was extended by Washington on Tuesday.",
    "released_geologists": "The rebels released four Japanese geologists near Osh on Friday.",
    "branded": "Congo branded Rwanda an aggressor on Monday.",
    "branded_phones": "The company branded its new phones as premium devices.",
    "seized_workers": "Gunmen seized two aid workers in Mogadishu on Sunday.",
    "seized_sailors": "Iran seized 15 British sailors in the Gulf.",
    "seized_pistols": "Police seized 14 pistols in the raid.",
    "could_block_if": "Ankara said it could block trade with Yerevan if Armenia did not pull out its troops.",
    "thrown_out_unless": (
        "The junta said foreign journalists would be thrown out unless they obeyed the censors."
    ),
    "prices_unless": "The finance minister said prices would rise unless spending was cut.",
    "resume_if": "The minister said talks would resume if the rebels agreed to a ceasefire.",
    "pounded_centre": "Serb artillery pounded the centre of Sarajevo overnight.",
    "clamped_embargo": "The European Community clamped an arms embargo on Serbia on Friday.",
    "not_permit_team": "Jakarta would not permit a UN human rights team to visit East Timor.",
    "youths_stoned": "Hundreds of youths stoned police in the West Bank town of Hebron.",
    "readmitted": "Baghdad readmitted UN weapons inspectors on Wednesday.",
    "admitted_mistakes": "The minister admitted mistakes in the handling of the crisis.",
    "sealed_peninsula": "Sri Lankan troops sealed off the Jaffna peninsula on Monday.",
    "sought_credits": "Kiev sought fresh credits from the International Monetary Fund.",
    "fronted_if": "If the embargo is not lifted, we will halt all oil exports, the Iraqi oil minister said.",
    "warned_bomb_if": "NATO warned that its jets would bomb Serb guns if the shelling of Bihac did not stop.",
    "saying_face": (
        "The Security Council wrote to the generals, saying they would face sanctions if they kept it shut."
    ),
    "own_lot_if": "The Liberal Party would cut ministries if they were elected, its leader said.",
    "or_face_offensive": "The army chief told the rebels to surrender within a week or face an offensive.",
    "or_face_consequences": "Ethiopia gave Eritrea 48 hours to pull its troops out or face the consequences.",
    "or_face_relegation": "The coach told the players to train harder or face relegation.",
    "received_by": "The visiting Israeli foreign minister was received by President Mubarak in Cairo.",
    "bujumbura": "Bujumbura asked Tanzania to mediate in talks with the rebels.",
    "excluded_from_election": (
        "Former prime minister Alassane Ouattara was excluded from the election by the Supreme Court."
    ),
    "excluded_from_squad": "The striker was excluded from the squad for the final.",
    "returned_prisoners": "Iraq returned 40 Kuwaiti prisoners of war.",
    "returned_home": "The team returned home on Sunday.",
    "documented_torture": "Amnesty International documented the torture of detainees by police in Cairo.",
    "documented_crowd": "The photographer documented the crowd.",
    "pledged_resistance": "Hamas leaders pledged resistance to the occupation of the West Bank.",
    "pledged_support": "The minister pledged support for the farmers.",
    "cancelled_visit": "Beijing cancelled a planned visit by the Japanese prime minister.",
    "visit_was_cancelled": "The visit of the Japanese prime minister has been cancelled.",
    "sided_artillery": (
        "Serbian artillery shelling killed four ethnic Albanian farmers "
        "in the Kosovo village of Prekaz on Sunday."
    ),
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


def test_talks_by_telephone_are_consultations(events):
    call = one(events, SENTENCES, "phoned", "CONSULT")
    assert call.cameo == "041"
    assert call.actor2 is not None and call.actor2.country == "PER"


def test_burning_people_to_death_is_a_killing(events):
    assert one(events, SENTENCES, "burned_to_death", "ASSAULT").actor1.text.endswith("mob")
    assert one(events, SENTENCES, "burned_passive", "ASSAULT").actor1.text.endswith("mob")
    assert not types(events, "burned_dinner")


def test_captives_turned_over_are_released(events):
    assert one(events, SENTENCES, "turned_over", "RETREAT").mode == "release"
    assert not types(events, "turned_over_page")


def test_expelled_people_are_sanctioned(events):
    assert one(events, SENTENCES, "persona_non_grata", "SANCTION").actor2.country == "POL"
    assert one(events, SENTENCES, "thrown_out", "SANCTION").actor1.text.endswith("government")
    assert "SANCTION" not in types(events, "thrown_out_case")


def test_inquiries_conducted_or_widened_are_investigations(events):
    assert one(events, SENTENCES, "inquiry_conducted", "ACCUSE").cameo == "090"
    assert one(events, SENTENCES, "inquiry_widened", "ACCUSE").cameo == "090"


def test_placing_under_emergency_rule_or_curfew_restricts(events):
    assert one(events, SENTENCES, "placed_emergency", "COERCE").cameo == "1724"
    assert one(events, SENTENCES, "placed_curfew", "COERCE").cameo == "1723"


def test_silencing_the_press_restricts_speech(events):
    assert one(events, SENTENCES, "silenced", "COERCE").cameo == "1721"
    assert not types(events, "silenced_crowd")


def test_scuffles_are_assaults(events):
    assert one(events, SENTENCES, "scuffled", "ASSAULT").actor2.text == "opposition activists"


def test_stopped_aid_is_a_sanction(events):
    assert one(events, SENTENCES, "stopped_aid", "SANCTION").actor2.text == "Harare"
    assert not types(events, "stopped_car")


def test_practitioners_are_people(events):
    assert one(events, SENTENCES, "practitioners", "COERCE").mode == "arrest"


def test_a_passive_by_agent_hung_on_a_noun_is_the_doer(events):
    assert one(events, SENTENCES, "barred_by", "COERCE").actor1.text.endswith("electoral commission")
    assert one(events, SENTENCES, "allowed_back_by", "RETREAT").actor1.country == "IRQ"


def test_a_by_phrase_of_a_participle_is_no_doer_of_the_verb(events):
    barred = [e for e in events["barred_from_race"] if e.plover == "COERCE"]
    assert all(e.actor1 is None or "party" not in e.actor1.text for e in barred)


def test_one_of_a_group_acts_for_it(events):
    assert "bodyguards" in one(events, SENTENCES, "one_of_bodyguards", "ASSAULT").actor1.text


def test_a_subject_believed_to_be_someone_still_acts(events):
    assert one(events, SENTENCES, "believed_to_be", "ASSAULT").actor1.text == "Gunmen"
    assert not types(events, "believed_claim")


def test_a_capital_written_without_its_accent_stands_for_its_state(events):
    accusation = one(events, SENTENCES, "capital_metonym", "ACCUSE")
    assert (accusation.actor1.country, accusation.actor2.country) == ("COL", "VEN")


def test_who_attends_a_rally_protests(events):
    assert "10,000 people" in one(events, SENTENCES, "attended_rally", "PROTEST").actor1.text


def test_recognition_of_a_state_is_given_to_it(events):
    recognition = one(events, SENTENCES, "recognition_extended", "SUPPORT")
    assert (recognition.actor1.country, recognition.actor2.country) == ("USA", "ERI")


def test_a_weapon_whose_side_is_named_is_the_doer(events):
    shelling = next(e for e in events["sided_artillery"] if e.trigger.text == "shelling")
    assert shelling.actor1 is not None and shelling.actor1.country == "SRB"


def test_a_cancelled_visit_is_a_snub_only_when_someone_cancels_it(events):
    assert one(events, SENTENCES, "cancelled_visit", "SANCTION").actor1.country == "CHN"
    assert "SANCTION" not in types(events, "visit_was_cancelled")


def test_a_person_named_by_what_they_practise_is_a_person(events):
    assert one(events, SENTENCES, "released_geologists", "RETREAT").actor2.country == "JPN"


def test_branding_a_party_is_an_accusation(events):
    assert one(events, SENTENCES, "branded", "ACCUSE").actor2.country == "RWA"
    assert not types(events, "branded_phones")


def test_people_seized_by_gunmen_are_abducted_and_are_the_recipients(events):
    abduction = one(events, SENTENCES, "seized_workers", "ASSAULT")
    assert abduction.mode == "abduct" and abduction.actor2.text == "two aid workers"
    assert one(events, SENTENCES, "seized_sailors", "COERCE").actor2.country == "GBR"
    assert one(events, SENTENCES, "seized_pistols", "COERCE").actor2 is None


def test_a_hostile_step_stated_on_a_condition_is_a_threat(events):
    block = one(events, SENTENCES, "could_block_if", "THREATEN")
    assert (block.actor1.country, block.actor2.country) == ("TUR", "ARM")
    assert "journalists" in one(events, SENTENCES, "thrown_out_unless", "THREATEN").actor2.text
    assert "THREATEN" not in types(events, "prices_unless")
    assert "THREATEN" not in types(events, "resume_if")


def test_more_wordings_of_the_wire(events):
    assert one(events, SENTENCES, "pounded_centre", "ASSAULT").actor2.country == "BIH"
    embargo = one(events, SENTENCES, "clamped_embargo", "SANCTION")
    assert embargo.actor1.sector == "IGO" and embargo.actor2.country == "SRB"
    assert one(events, SENTENCES, "not_permit_team", "REJECT").actor1.country == "IDN"
    assert "youths" in one(events, SENTENCES, "youths_stoned", "PROTEST").actor1.text
    assert one(events, SENTENCES, "readmitted", "RETREAT").cameo == "0862"
    assert not types(events, "admitted_mistakes")
    assert one(events, SENTENCES, "sealed_peninsula", "COERCE").actor1.country == "LKA"
    assert one(events, SENTENCES, "sought_credits", "REQUEST").actor2.sector == "IGO"


def test_threats_in_other_shapes(events):
    assert one(events, SENTENCES, "fronted_if", "THREATEN").actor1.country == "IRQ"
    bombing = one(events, SENTENCES, "warned_bomb_if", "THREATEN")
    assert bombing.actor1.sector == "IGO" and bombing.actor2 is None  # its own jets are no recipient
    assert one(events, SENTENCES, "saying_face", "THREATEN").actor1.sector == "IGO"
    assert "THREATEN" not in types(events, "own_lot_if")  # a campaign promise, no threat


def test_a_pledge_of_harm_is_a_threat(events):
    assert one(events, SENTENCES, "pledged_resistance", "THREATEN").actor1.text == "Hamas leaders"
    assert "THREATEN" not in types(events, "pledged_support")


def test_a_demand_with_harm_as_its_alternative_is_a_threat(events):
    assert one(events, SENTENCES, "or_face_offensive", "THREATEN").actor2.text == "rebels"
    assert one(events, SENTENCES, "or_face_consequences", "THREATEN").actor2.country == "ERI"
    assert not types(events, "or_face_relegation")


def test_a_host_named_in_a_by_phrase_receives_the_visitor(events):
    visit = one(events, SENTENCES, "received_by", "CONSULT")
    assert (visit.actor1.country, visit.actor2.country) == ("EGY", "ISR")


def test_a_former_capital_still_speaks_for_its_state(events):
    assert one(events, SENTENCES, "bujumbura", "REQUEST").actor1.country == "BDI"


def test_a_candidate_excluded_from_an_election_is_restricted(events):
    assert one(events, SENTENCES, "excluded_from_election", "COERCE").actor1.text == "Supreme Court"
    assert not types(events, "excluded_from_squad")


def test_prisoners_returned_are_released(events):
    assert one(events, SENTENCES, "returned_prisoners", "RETREAT").actor2.country == "KWT"
    assert not types(events, "returned_home")


def test_abuses_documented_are_an_investigation(events):
    assert one(events, SENTENCES, "documented_torture", "ACCUSE").cameo == "092"
    assert not types(events, "documented_crowd")
