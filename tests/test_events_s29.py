"""Session 29, on invented sentences: experts sent by a body, the US Congress, aid cut by a sum, talks
that fail, offensives put off, hostile acts being planned, warnings and decisions, investigators finding
evidence, invasions, pardons and objections. Near misses sit beside the cases they guard."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "experts_from_body": "Experts from the IAEA inspected the Bushehr reactor on Tuesday.",
    "experts_from_firm": "Experts from the company inspected the bridge on Tuesday.",
    "congress_cut": "The US Congress slashed $300 million from the aid package for Egypt on Friday.",
    "congress_party": "The Congress party cut its ties with its regional ally on Monday.",
    "talks_failed": "Talks between the government and the rebels failed in Geneva on Monday.",
    "deadlock": "Talks between the two leaders reached deadlock over the future of the island.",
    "offensive_put_off": "Ankara postponed a planned offensive against Kurdish rebels on Friday.",
    "planned_protest": "Opposition parties said they were planning a protest against the new press law.",
    "planned_attack": "Army commanders are planning an attack on rebel positions, military sources said.",
    "riots_planned_by": "The leader said the riots had been planned by the state government.",
    "lodged_protest": "The embassy lodged a protest with the foreign ministry on Monday.",
    "uncovered_plot": "Jordanian intelligence uncovered a plot to attack hotels in Amman.",
    "found_evidence": "UN inspectors found evidence of a secret enrichment programme at the site.",
    "invasion": "Soviet troops launched an invasion of Afghanistan in December 1979.",
    "invasion_in_passing": "Since the 2003 invasion of Iraq, the country has been unstable.",
    "pardon": "A pardon was announced by the military government for 5,000 prisoners on Sunday.",
    "objection": "Beijing reaffirmed its objection to the Dalai Lama's planned visit to Prague.",
    "abided": "Nigeria abided by the court ruling that awarded the peninsula to Cameroon.",
    "warned_that": (
        "The UN mediator warned the rival militias that aid would be cut off unless the shelling stopped."
    ),
    "decided_to_cut": "Washington decided to cut military aid to Jakarta over the killings.",
    "decided_curfew": "The government decided to impose a curfew in the town.",
    "guilty_by_court": "The editor was found guilty of insulting the army by a military court in Ankara.",
    "nerve_gas": "A militia released sarin gas in a crowded market in the capital.",
    "tear_gas": "Police released tear gas on the protesters.",
    "ordered_withdrawal": "Khartoum ordered the withdrawal of the African Union mission from Darfur.",
    "own_withdrawal": "The government ordered the withdrawal of its troops from the border.",
    "took_over_outpost": "Rebel fighters took over an army outpost near the border on Sunday.",
    "dispersed_rally": "Police dispersed a rally by opposition supporters in the capital on Friday.",
    "crowd_dispersed": "The crowd dispersed peacefully after the speech.",
    "closure_lifted": "Israel lifted the closure of the Gaza Strip on Sunday.",
    "school_closure_lifted": "The government lifted the closure of schools after the floods.",
    "set_out_view": (
        "The prime minister's spokesman set out Mr Brown's view after the top bishop in Scotland and Wales "
        "backed Jane Doe's plan on taxes."
    ),
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


def test_experts_sent_by_a_body_act_for_it(events):
    inspection = one(events, SENTENCES, "experts_from_body", "ACCUSE")
    assert (inspection.cameo, inspection.actor1.code) == ("090", "IGO")
    assert not types(events, "experts_from_firm")


def test_the_us_congress_is_a_legislature_and_cuts_aid_by_a_sum(events):
    cut = one(events, SENTENCES, "congress_cut", "SANCTION")
    assert (cut.cameo, cut.actor1.code) == ("162", "USALEG")
    assert one(events, SENTENCES, "congress_party", "SANCTION").actor1.sector == "PTY"


def test_talks_that_fail_or_deadlock_are_halted_negotiations(events):
    assert one(events, SENTENCES, "talks_failed", "SANCTION").cameo == "164"
    assert one(events, SENTENCES, "deadlock", "SANCTION").cameo == "164"


def test_an_offensive_put_off_is_de_escalation(events):
    put_off = one(events, SENTENCES, "offensive_put_off", "RETREAT")
    assert (put_off.cameo, put_off.actor1.code) == ("087", "TUR")


def test_a_hostile_act_being_planned_is_a_threat(events):
    protest = one(events, SENTENCES, "planned_protest", "THREATEN")
    assert (protest.cameo, protest.actor1.sector) == ("133", "OPP")
    assert one(events, SENTENCES, "planned_attack", "THREATEN").cameo == "138"
    assert "THREATEN" not in types(events, "riots_planned_by")  # plotted and done
    assert one(events, SENTENCES, "lodged_protest", "ACCUSE").cameo == "114"


def test_investigators_finding_evidence_investigate(events):
    assert one(events, SENTENCES, "uncovered_plot", "ACCUSE").actor1.code == "JORSPY"
    assert one(events, SENTENCES, "found_evidence", "ACCUSE").actor1.code == "IGO"


def test_an_invasion_launched_is_military_force_one_in_passing_is_not(events):
    invasion = one(events, SENTENCES, "invasion", "ASSAULT")
    assert (invasion.cameo, invasion.actor2.code) == ("190", "AFG")
    assert not types(events, "invasion_in_passing")


def test_pardons_objections_and_rulings_abided_by(events):
    assert one(events, SENTENCES, "pardon", "CONCEDE").actor1.sector == "GOV"
    assert one(events, SENTENCES, "objection", "ACCUSE").actor1.code == "CHN"
    assert one(events, SENTENCES, "abided", "CONCEDE").actor1.code == "NGA"


def test_a_warning_told_to_the_warned_is_a_threat(events):
    warning = one(events, SENTENCES, "warned_that", "THREATEN")
    assert (warning.actor1.code, warning.actor2.text) == ("IGO", "rival militias")


def test_a_decision_to_cut_is_the_sanction_one_to_coerce_is_not_yet_done(events):
    assert one(events, SENTENCES, "decided_to_cut", "SANCTION").actor1.code == "USA"
    assert "COERCE" not in types(events, "decided_curfew")


def test_a_court_that_finds_guilty_after_the_charge_is_the_source(events):
    verdict = one(events, SENTENCES, "guilty_by_court", "ACCUSE")
    assert (verdict.cameo, verdict.actor1.code) == ("116", "TURJUD")


def test_nerve_gas_released_not_tear_gas(events):
    assert one(events, SENTENCES, "nerve_gas", "ASSAULT").cameo == "2041"
    assert "ASSAULT" not in types(events, "tear_gas")


def test_a_state_ordering_a_mission_out_expels_it(events):
    expulsion = one(events, SENTENCES, "ordered_withdrawal", "SANCTION")
    assert (expulsion.cameo, expulsion.actor1.code) == ("1661", "SDN")
    assert "SANCTION" not in types(events, "own_withdrawal")


def test_an_outpost_taken_over_is_occupied(events):
    assert one(events, SENTENCES, "took_over_outpost", "COERCE").cameo == "192"


def test_police_dispersing_a_rally_coerce_a_crowd_leaving_is_no_act(events):
    assert one(events, SENTENCES, "dispersed_rally", "COERCE").actor1.sector == "COP"
    assert not types(events, "crowd_dispersed")


def test_a_territory_s_closure_lifted_is_eased_not_a_school_s(events):
    assert one(events, SENTENCES, "closure_lifted", "RETREAT").actor1.code == "ISR"
    assert not types(events, "school_closure_lifted")


def test_setting_out_a_view_plans_no_clause_the_parser_hung_on_it(events):
    assert types(events, "set_out_view") == {"SUPPORT"}  # done, not an intention to support
