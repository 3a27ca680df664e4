"""Session 27, on invented sentences: promises to comply, abide, implement or take part (CAMEO 03x
intentions) and the same acts done; meetings, mediation and diplomacy the lexicon lacked; the heads
of faiths as religious actors. Near misses sit beside the cases they guard."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "would_comply": "Tripoli said it would comply with the Security Council's demands.",
    "complied": "Iraq complied with the UN resolution on Monday.",
    "client_complied": "The lawyer said his client had complied with all the conditions of the loan.",
    "would_abide_truce": "The rebels said they would abide by the truce.",
    "would_implement": "Khartoum said it would implement the peace accord with the southern rebels.",
    "would_take_part": "Warsaw said it would take part in the coalition against Iraq.",
    "took_part_exercise": "Danish warships took part in a joint exercise with the Estonian navy.",
    "peacekeeping_part": "Fijian troops took part in the peacekeeping mission in Lebanon.",
    "would_participate": "Pakistan said it would participate in the talks in Moscow.",
    "pope_condemned": "Pope Benedict condemned the killing of the Iraqi archbishop.",
    "shuttled": "The American envoy shuttled between Israeli and Syrian negotiators.",
    "gathered_for_summit": "Leaders of the Gulf states gathered in Doha for their annual summit.",
    "gathered_for_festival": "Thousands of fans gathered in Doha for the festival.",
    "engaged_in_diplomacy": "Tokyo engaged in quiet diplomacy with Beijing over the islands.",
    "appointed_ambassador": "The United States appointed an ambassador to Cuba on Tuesday.",
    "reviewed_with": "Indian officials reviewed border issues with Chinese officials in Beijing.",
    "revived_pact": "Moscow and Minsk revived a defence pact signed in 1995.",
    "sought_lifting": "Belgrade sought the lifting of the oil embargo at the UN on Friday.",
    "firm_sought_end": "The company seeks an end to its losses.",
    "rammed_boats": "A Taiwanese trawler rammed two Philippine navy boats near the shoal.",
    "rammed_bill": "The government rammed the bill through parliament.",
    "thrust_into_offensive": "Government troops thrust into a new offensive against rebel strongholds.",
    "slapped_tariffs": "Washington slapped tariffs on Brazilian steel on Monday.",
    "fee_on_payments": "The company imposed a fee on late payments.",
    "withheld_tranche": "The IMF withheld a $2 billion loan tranche from Argentina.",
    "accepted_ruling": "Eritrea accepted the arbitration commission's ruling on Monday.",
    "accepted_gift": "The minister accepted a gift from the visiting delegation.",
    "restored_constitution": "The Fijian military government restored the constitution on Friday.",
    "reinstated_assembly": "The king reinstated the dissolved national assembly on Sunday.",
    "forced_monks": "Burmese authorities forced hundreds of villagers to work on the new road.",
    "rain_forced": "Heavy rain forced the organisers to cancel the match.",
    "cancelled_registration": "Russia's justice ministry cancelled the registration of the Memorial group.",
    "deposited_billions": "Qatar said it had deposited $3 billion in Pakistan's central bank.",
    "man_deposited": "The man deposited $2 million in his account.",
    "ban_on_imports": "Moscow imposed a ban on imports of Moldovan wine.",
    "halted_distributions": "The World Food Programme halted food distributions in rebel-held Sudan.",
    "froze_agreements": "Cairo froze all trade agreements with Israel.",
    "rampage": "Students angry over fee rises went on the rampage in the town of Kano.",
    "broke_ceasefire": "Rebel units broke the ceasefire with artillery fire on army positions overnight.",
    "opened_to_inspectors": "Pyongyang opened the reactor to IAEA inspectors on Tuesday.",
    "mission_probing": "A fact-finding mission from the UN is probing reports of killings in Darfur.",
    "delegation_from": "A delegation from Hamas met Egyptian intelligence officials in Cairo.",
    "re_established": "Jakarta re-established diplomatic ties with Beijing on Wednesday.",
    "re_arrested": "Police re-arrested the opposition leader on Monday.",
    "co_operate": "Tehran said it would co-operate fully with the IAEA inspectors.",
    "doctors_operation": "Doctors took part in the operation on Monday.",
    "fire_drill": "Staff took part in a fire drill at the office.",
    "military_drills": "The Chinese army held military drills near the border with India.",
    "killed_when_ambushed": "Six soldiers were killed when Tamil Tiger rebels ambushed their convoy.",
    "froze_millions": "Washington froze tens of millions of dollars in military assistance to Lima.",
    "firm_spent": "The firm spent 2 million dollars in advertising.",
    "offered_supplies": "Moscow offered Beijing long-term supplies of Siberian gas.",
    "killed_by_after": (
        "Hundreds of villagers were killed by militias after the assassination of a Hutu leader."
    ),
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


def test_promises_to_comply_abide_implement_or_take_part_are_intentions(events):
    assert one(events, SENTENCES, "would_comply", "AGREE").actor1.code == "LBY"
    assert one(events, SENTENCES, "would_abide_truce", "AGREE").cameo == "0356"
    assert one(events, SENTENCES, "would_implement", "AGREE").actor1.code == "SDN"
    assert one(events, SENTENCES, "would_take_part", "AGREE").cameo == "0312"
    assert one(events, SENTENCES, "would_participate", "AGREE").actor1.code == "PAK"


def test_compliance_done_is_a_concession(events):
    assert one(events, SENTENCES, "complied", "CONCEDE").actor1.code == "IRQ"
    assert not types(events, "client_complied")  # a borrower's terms: no party's concession


def test_taking_part_in_military_work_is_cooperation_in_peacekeeping_aid(events):
    assert one(events, SENTENCES, "took_part_exercise", "COOPERATE").actor1.code == "DNKMIL"
    assert "COOPERATE" not in types(events, "peacekeeping_part")
    assert one(events, SENTENCES, "peacekeeping_part", "AID").cameo == "074"


def test_the_head_of_a_faith_is_a_religious_actor(events):
    assert one(events, SENTENCES, "pope_condemned", "ACCUSE").actor1.sector == "REL"


def test_meetings_mediation_and_diplomacy(events):
    assert one(events, SENTENCES, "shuttled", "CONSULT").cameo == "045"
    assert one(events, SENTENCES, "gathered_for_summit", "CONSULT").actor1.sector == "GOV"
    assert not types(events, "gathered_for_festival")
    assert one(events, SENTENCES, "engaged_in_diplomacy", "SUPPORT").actor1.code == "JPN"
    assert one(events, SENTENCES, "appointed_ambassador", "SUPPORT").actor1.code == "USA"
    assert one(events, SENTENCES, "reviewed_with", "CONSULT").actor2.code == "CHNGOV"
    assert one(events, SENTENCES, "revived_pact", "SUPPORT").actor1.code == "RUS"


def test_requests_and_attacks_the_lexicon_lacked(events):
    assert one(events, SENTENCES, "sought_lifting", "REQUEST").actor1.code == "SRB"
    assert not types(events, "firm_sought_end")
    rammed = one(events, SENTENCES, "rammed_boats", "ASSAULT")
    assert (rammed.actor1.country, rammed.actor2.code) == ("TWN", "PHLMIL")
    assert not types(events, "rammed_bill")
    assert one(events, SENTENCES, "thrust_into_offensive", "ASSAULT").actor2.code == "REB"


def test_sanctions_whose_party_hangs_on_the_verb(events):
    tariffs = one(events, SENTENCES, "slapped_tariffs", "SANCTION")
    assert (tariffs.actor1.code, tariffs.actor2.code) == ("USA", "BRA")
    assert not types(events, "fee_on_payments")
    assert one(events, SENTENCES, "withheld_tranche", "SANCTION").actor2.code == "ARG"


def test_a_ruling_accepted_and_a_constitution_restored_are_concessions(events):
    assert one(events, SENTENCES, "accepted_ruling", "CONCEDE").actor1.code == "ERI"
    assert not types(events, "accepted_gift")
    assert one(events, SENTENCES, "restored_constitution", "CONCEDE").cameo == "0834"


def test_concessions_coercion_and_aid_the_lexicon_lacked(events):
    assert one(events, SENTENCES, "reinstated_assembly", "CONCEDE").cameo == "0834"
    assert one(events, SENTENCES, "forced_monks", "COERCE").actor1.code == "MMRGOV"
    assert not types(events, "rain_forced")
    assert one(events, SENTENCES, "cancelled_registration", "COERCE").mode == "restrict"
    deposit = one(events, SENTENCES, "deposited_billions", "AID")
    assert (deposit.actor1.code, deposit.actor2.code) == ("QAT", "PAK")
    assert not types(events, "man_deposited")


def test_sanctions_by_what_is_banned_halted_or_frozen(events):
    assert one(events, SENTENCES, "ban_on_imports", "SANCTION").cameo == "163"
    assert one(events, SENTENCES, "halted_distributions", "SANCTION").actor1.code == "IGO"
    assert one(events, SENTENCES, "froze_agreements", "SANCTION").actor2.code == "ISR"


def test_riots_ceasefires_broken_inspectors_let_in_and_missions_inquiring(events):
    assert one(events, SENTENCES, "rampage", "PROTEST").mode == "riot"
    broke = one(events, SENTENCES, "broke_ceasefire", "ASSAULT")  # coded by its weapon, 194
    assert broke.trigger.text == "broke the ceasefire" and broke.actor1.code == "REB"
    assert one(events, SENTENCES, "opened_to_inspectors", "RETREAT").cameo == "0862"
    probe = one(events, SENTENCES, "mission_probing", "ACCUSE")
    assert probe.mode == "investigate" and probe.actor1.code == "IGO"  # the mission acts for the UN
    assert one(events, SENTENCES, "delegation_from", "CONSULT").actor1.code.endswith("REB")


def test_prefixed_verbs_are_the_act_done_again(events):
    # the tokenizer splits "re-established" at its hyphen; rejoined, it is the act and a verb
    assert one(events, SENTENCES, "re_established", "SUPPORT").actor2.code == "CHN"
    assert one(events, SENTENCES, "re_arrested", "COERCE").actor2.sector == "OPP"
    assert one(events, SENTENCES, "co_operate", "AGREE").actor1.code == "IRN"


def test_taking_part_and_drills_need_an_armed_party(events):
    assert not types(events, "doctors_operation") and not types(events, "fire_drill")
    assert one(events, SENTENCES, "military_drills", "MOBILIZE").actor1.code == "CHNMIL"


def test_deaths_caused_by_an_attack_are_its_outcome(events):
    killed = one(events, SENTENCES, "killed_when_ambushed", "ASSAULT")  # one event: the ambush killed them
    assert (killed.actor1.sector, killed.actor2.sector) == ("REB", "MIL")
    # killings by a named agent after another act are two acts
    assert len([e for e in events["killed_by_after"] if e.plover == "ASSAULT"]) == 2


def test_a_sum_frozen_in_aid_and_supplies_offered(events):
    frozen = one(events, SENTENCES, "froze_millions", "SANCTION")  # the sum counts aid: aid frozen
    assert frozen.actor1.code == "USA"
    assert not types(events, "firm_spent")
    assert one(events, SENTENCES, "offered_supplies", "AGREE").actor1.code == "RUS"
