"""PLOVER event types of general constructions (issue 5, fine types): lifting sanctions is a
retreat, exercises are cooperation only when joint, peacekeepers sent are aid, a state's own warning
is a threat, phrasal verbs do not match across another verb or a prepositional phrase; the first of
coordinated main-clause events is the main one."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze_many

SENTENCES = {
    "sanctions": "Japan lifted sanctions against Myanmar on Tuesday.",
    "siege": "Israel eased the blockade of Gaza.",
    "tariffs": "Canada rolled back tariffs on Mexican steel.",
    "exercise_alone": "Iran is conducting naval exercises in the Gulf.",
    "exercise_joint": "Egypt and Greece began joint naval exercises off Crete.",
    "peacekeepers": "Ghana is sending an infantry company to Mali on a peacekeeping mission.",
    "withdraw_observers": "The UN withdrew its observers from the border.",
    "warning": "The army warned villagers that it would shell the town.",
    "forecast_warning": "The ministry warned that it will only serve to inflame tensions.",
    "give_in": "The president gave in to the demands of the strikers.",
    "voice_in": "They agreed to create a council that would give the villagers a voice in planning.",
    "pull_out": "Her back injury was why she had to pull out in Lisbon.",
    "visit": "The president arrived in Moscow for a three-day visit.",
    "ban_imports": "China banned imports from Japan.",
    "crush": "The president vowed to crush the rebellion.",
    "funds": "The World Bank is mobilising additional funds for Malawi.",
    "observers": "The African Union has deployed election observers in Liberia.",
    "insist_demand": "The US insisted that Israel halt its offensive.",
    "insist_claim": "The minister insisted that the economy was strong.",
    "ordered_state": "The president ordered Iraq to withdraw its troops.",
    "refusal": "Iran announced its refusal to halt enrichment.",
    "warrant": "A court in Paraguay has issued arrest warrants for three Argentine businessmen.",
    "stormed": "Demonstrators stormed the US embassy.",
    "occupied": "Troops occupied the town.",
    "expel_journalists": "The government expelled two foreign journalists.",
    "expel_diplomats": "Russia expelled four British diplomats.",
    "dinner": "The Spanish Prime Minister hosted a dinner for Macron.",
    "private_dinner": "Ms Hale hosted a supper in June at which the minister told Mr Grant she would quit.",
    "reject_condemn": "The Egyptian government rejected and condemned the Israeli decision.",
    "withdraw_then_seize": "Kenya withdrew its monitors from the border, and Somali militias then took "
    "control of the town.",
    "agreed_treaty": "Chile and Peru have agreed a trade agreement.",
    "agreed_to_talks": "Chile and Peru have agreed to hold talks on trade.",
    "violated_truce": "The rebels violated the ceasefire agreement in Darfur.",
    "air_strikes": "The Turkish air force carried out strikes against Kurdish militant positions in Iraq.",
    "labour_strike": "Bus drivers went on strike against the government's pay cuts.",
    "flew_medicine": "The Red Cross flew twenty tonnes of medicine into Yemen.",
    "sought_refuge": "Thousands of Afghans have sought refuge in Iran.",
    "said_it_hit": "The Iraqi army said it hit four bases of the militants.",
    "riot_clash": "Opposition supporters clashed with police in the capital on Friday.",
    "armed_clash": "Maoist rebels clashed with police in the forest on Friday.",
    "supported_aid": "Sweden has long supported humanitarian aid to the Sahrawis.",
    "peacekeepers_arrive": "Nepalese peacekeepers arrived in Juba to join the United Nations mission.",
    "put_on_alert": "Indian troops were put on high alert along the border.",
    "agreed_to_truce": "The rival militias agreed to a truce in the mountain town.",
    "closed_papers": "The military government closed three independent newspapers.",
    "blocked_road": "Demonstrators blocked the main highway into the capital.",
    "blocked_plan": "Students blocked the proposal.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list]:
    arts = [Article(id=key, text=text) for key, text in SENTENCES.items()]
    return {art.id: a.events for art, a in zip(arts, analyze_many(arts), strict=True)}


def types(events: dict[str, list], key: str) -> set[str]:
    return {e.plover for e in events[key]}


def test_lifted_sanctions_and_blockades_are_retreats(events):
    assert {(e.plover, e.cameo) for e in events["sanctions"]} == {("RETREAT", "085")}
    assert {(e.plover, e.cameo) for e in events["siege"]} == {("RETREAT", "0872")}
    assert {(e.plover, e.cameo) for e in events["tariffs"]} == {("RETREAT", "085")}


def test_exercises_are_cooperation_only_when_joint(events):
    assert types(events, "exercise_alone") == {"MOBILIZE"}
    assert types(events, "exercise_joint") == {"COOPERATE"}


def test_peacekeepers_sent_are_aid_and_withdrawn_observers_a_sanction(events):
    assert {(e.plover, e.cameo) for e in events["peacekeepers"]} == {("AID", "074")}
    assert types(events, "withdraw_observers") == {"SANCTION"}


def test_a_state_warning_of_its_own_act_is_a_threat(events):
    assert types(events, "warning") == {"THREATEN"}
    assert not events["forecast_warning"]


def test_giving_in_is_a_concession_but_not_across_a_phrase_or_verb(events):
    assert types(events, "give_in") == {"CONCEDE"}
    assert "CONCEDE" not in types(events, "voice_in")
    assert "SANCTION" not in types(events, "pull_out")


def test_visit_arrival_import_ban_and_vowed_repression(events):
    assert {(e.plover, e.cameo) for e in events["visit"]} == {("CONSULT", "042")}
    assert {(e.plover, e.cameo) for e in events["ban_imports"]} == {("SANCTION", "163")}
    assert types(events, "crush") == {"THREATEN"}


def test_funds_and_observers_are_no_troops(events):
    assert types(events, "funds") == {"AID"}
    assert "MOBILIZE" not in types(events, "observers")


def test_demands_worded_as_insistence_or_order(events):
    assert {(e.plover, e.actor2.text if e.actor2 else None) for e in events["insist_demand"]} == {
        ("REQUEST", "Israel")
    }
    assert not events["insist_claim"]
    assert {(e.plover, e.actor2.text if e.actor2 else None) for e in events["ordered_state"]} == {
        ("REQUEST", "Iraq")
    }


def test_nominal_refusal_and_warrant(events):
    assert types(events, "refusal") == {"REJECT"}
    assert {(e.plover, e.mode) for e in events["warrant"]} == {("COERCE", "arrest")}


def test_who_storms_or_occupies_decides_the_type(events):
    assert types(events, "stormed") == {"PROTEST"}
    assert types(events, "occupied") == {"COERCE"}


def test_expelled_people_are_deported_expelled_diplomats_a_sanction(events):
    assert {(e.plover, e.cameo) for e in events["expel_journalists"]} == {("COERCE", "174")}
    assert types(events, "expel_diplomats") == {"SANCTION"}


def test_a_hosted_dinner_is_a_meeting_only_with_a_guest(events):
    assert {(e.plover, e.actor2.text if e.actor2 else None) for e in events["dinner"]} == {
        ("CONSULT", "Macron")
    }
    assert "CONSULT" not in types(events, "private_dinner")


def main_types(events: dict[str, list], key: str) -> set[str]:
    return {e.plover for e in events[key] if e.main}


def test_the_first_of_coordinated_events_is_the_main_one(events):
    assert main_types(events, "reject_condemn") == {"REJECT"}
    assert "ACCUSE" in types(events, "reject_condemn")
    assert main_types(events, "withdraw_then_seize") == {"SANCTION"}
    assert "COERCE" in types(events, "withdraw_then_seize")


def test_an_agreement_agreed_is_concluded_an_agreement_to_act_an_intent(events):
    assert {(e.plover, e.cameo) for e in events["agreed_treaty"]} == {("SUPPORT", "057")}
    assert types(events, "agreed_to_talks") == {"AGREE"}


def test_violated_ceasefire_and_military_strikes_are_assaults(events):
    assert {(e.plover, e.cameo) for e in events["violated_truce"]} == {("ASSAULT", "196")}
    assert types(events, "air_strikes") == {"ASSAULT"}
    assert types(events, "labour_strike") == {"PROTEST"}


def test_aid_flown_in_refuge_sought_and_a_reported_strike(events):
    assert types(events, "flew_medicine") == {"AID"}
    assert {(e.plover, e.cameo) for e in events["sought_refuge"]} == {("REQUEST", "023")}
    hit = [e for e in events["said_it_hit"] if e.plover == "ASSAULT"]
    assert hit and hit[0].actor1 is not None and hit[0].actor1.text.endswith("army")


def test_unarmed_people_clashing_with_police_riot_armed_ones_fight(events):
    assert {(e.plover, e.mode) for e in events["riot_clash"]} == {("PROTEST", "riot")}
    assert types(events, "armed_clash") == {"ASSAULT"}


def test_aid_supported_and_peacekeepers_arriving_are_aid(events):
    assert types(events, "supported_aid") == {"AID"}
    assert {(e.plover, e.cameo) for e in events["peacekeepers_arrive"]} == {("AID", "074")}


def test_an_event_told_through_its_verb_is_main_unless_that_verb_is_one(events):
    alert = [e for e in events["put_on_alert"] if e.plover == "MOBILIZE"]
    assert alert and alert[0].main and alert[0].actor1 is not None and alert[0].actor1.country == "IND"
    assert main_types(events, "agreed_to_truce") == {"AGREE"}


def test_closing_newspapers_is_censorship_and_protesters_block_roads(events):
    assert {(e.plover, e.mode) for e in events["closed_papers"]} == {("COERCE", "censor")}
    assert {(e.plover, e.mode) for e in events["blocked_road"]} == {("PROTEST", "obstruct")}
    assert "PROTEST" not in types(events, "blocked_plan")
