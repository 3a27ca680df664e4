"""PLOVER event types of general constructions (issue 5, fine types): lifting sanctions is a
retreat, exercises are cooperation only when joint, peacekeepers sent are aid, a state's own warning
is a threat, phrasal verbs do not match across another verb or a prepositional phrase."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze_many

SENTENCES = {
    "sanctions": "The United States lifted sanctions against Sudan on Friday.",
    "siege": "Israel eased the blockade of Gaza.",
    "tariffs": "The U.S. rolled back tariffs on Chinese goods.",
    "exercise_alone": "Russia is conducting military exercises in Alaska.",
    "exercise_joint": "Jordan and the United States began joint military exercises in the desert.",
    "peacekeepers": "Kosovo is sending a military platoon to Kuwait on a peacekeeping mission.",
    "withdraw_observers": "The UN withdrew its observers from the border.",
    "warning": "The army warned villagers that it would shell the town.",
    "forecast_warning": "The ministry warned that it will only serve to inflame tensions.",
    "give_in": "The president gave in to the demands of the strikers.",
    "voice_in": "They agreed to set up a body that would give the islanders a voice in their future.",
    "pull_out": "The reasons she was forced to pull out in Athens were her injuries.",
    "visit": "The president arrived in Moscow for a three-day visit.",
    "ban_imports": "China banned imports from Japan.",
    "crush": "The president vowed to crush the rebellion.",
    "funds": "The European Union is mobilising additional funds for Colombia.",
    "observers": "The European Union has deployed election observers in Zimbabwe.",
    "insist_demand": "The US insisted that Israel halt its offensive.",
    "insist_claim": "The minister insisted that the economy was strong.",
    "ordered_state": "The president ordered Iraq to withdraw its troops.",
    "refusal": "Iran announced its refusal to halt enrichment.",
    "warrant": "A court in Guyana has issued arrest warrants for two Brazilian men.",
    "stormed": "Demonstrators stormed the US embassy.",
    "occupied": "Troops occupied the town.",
    "expel_journalists": "The government expelled two foreign journalists.",
    "expel_diplomats": "Russia expelled four British diplomats.",
    "dinner": "The Indian Prime Minister hosted a dinner for Netanyahu.",
    "private_dinner": "Mr Prescott hosted a dinner in November where the minister told Mr Brown he would go.",
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
        ("CONSULT", "Netanyahu")
    }
    assert "CONSULT" not in types(events, "private_dinner")
