"""Review leftovers of session 10, on invented sentences: the "by" agent of a judged act (also when the
parser hangs "by" on the verb) is the target, a vote count or margin never is; the head of a sports or
trade body holds no government office, the head of a state board or of the republic does; the victim
of a listed harm gerund is no target of its condemnation."""

from __future__ import annotations

import pytest
from event_sentences import analyse

from newsgraph.model import Event

SENTENCES = {
    # the "by" agent of a judged act is its target; a count or a margin is no agent
    "by_mayor": "Teachers condemned the dismissal of Ms Okoro by the mayor.",
    "by_collector": "Residents criticised the handling of the flood relief by the district collector.",
    "by_votes": "The union criticised the approval of the budget by 40 votes.",
    "by_majority": "The union criticised the approval of the budget by a narrow majority.",
    "by_post": "The union criticised the approval of the budget by post.",
    # the head of a sports or trade body is none of the government's; of a state board or the republic
    "cricket_secretary": "The secretary of the cricket board criticised the sports minister.",
    "traders_chairman": "The chairman of the traders' council criticised the mayor.",
    "planning_chairman": "The chairman of the state planning board criticised the opposition.",
    "republic_president": "The president of the republic praised the army.",
    "bare_board": "The secretary of the planning board criticised the opposition.",
    # the victim of a harm gerund is no target; the owner of a conduct is
    "beating": "The bishop condemned the beating of the union leader.",
    "conduct": "The bishop condemned the conduct of the union leader.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


def _on(events: dict[str, list[Event]], key: str, word: str) -> Event:
    event = next((e for e in events[key] if word in e.trigger.text), None)
    assert event is not None, f"no event on {word!r} in {SENTENCES[key]!r}: {events[key]}"
    return event


def _target(events: dict[str, list[Event]], key: str, word: str) -> str:
    event = _on(events, key, word)
    return event.actor2.text if event.actor2 is not None else ""


def _source_sector(events: dict[str, list[Event]], key: str, word: str) -> str | None:
    event = _on(events, key, word)
    assert event.actor1 is not None, f"no source in {SENTENCES[key]!r}"
    return event.actor1.sector


def test_the_by_agent_of_a_judged_act_is_its_target(events):
    assert "mayor" in _target(events, "by_mayor", "condemned")
    assert "collector" in _target(events, "by_collector", "criticised")


def test_a_vote_count_or_margin_is_no_target(events):
    assert "votes" not in _target(events, "by_votes", "criticised")
    assert "majority" not in _target(events, "by_majority", "criticised")
    assert "post" not in _target(events, "by_post", "criticised")  # "by" of means on the verb


def test_the_head_of_a_sports_or_trade_body_holds_no_government_office(events):
    assert _source_sector(events, "cricket_secretary", "criticised") != "GOV"
    assert _source_sector(events, "traders_chairman", "criticised") == "BUS"


def test_the_head_of_a_state_board_or_the_republic_is_government(events):
    assert _source_sector(events, "planning_chairman", "criticised") == "GOV"
    assert _source_sector(events, "republic_president", "praised") == "GOV"
    assert _source_sector(events, "bare_board", "criticised") == "GOV"


def test_the_victim_of_a_harm_gerund_is_no_target(events):
    assert "leader" not in _target(events, "beating", "condemned")
    assert "leader" in _target(events, "conduct", "condemned")
