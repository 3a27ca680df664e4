"""Precision fixes from the judged tuning sample s98 (session 8), on invented sentences: a
demonstrative described by its own clause taken for the speaker, a name modifying a price taken for
a party, a meeting held by one group alone, a protest voiced with a speech act, "should be judged"
read as a demand, and the one who "had an earlier arrest" taken for the arrester; plus the near
relatives that must keep their event."""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, Article, Event
from newsgraph.pipeline import analyze_many

TEXTS = {
    "said_detention": (
        "Police said the general secretary of the teachers' union had been detained ahead of the march."
    ),
    "those_who": (
        "Criticising the police action, union leader Ravi Kumar said the police had only"
        " detained those who were shouting slogans."
    ),
    "price_hike": (
        "The MPs had met the prime minister on Friday and requested for a roll-back in the LPG price hike."
    ),
    "own_meeting": (
        "The protesters, led by party leaders Ram Das, Ravi Kumar and Sita Rao, held a"
        " meeting and then moved towards the bridge to block the road."
    ),
    "meeting_with": ("The cabinet held a meeting with the union leaders on Monday."),
    "voiced_protest": (
        "The Opposition in the Senate also protested and questioned the new rule for the upcoming election."
    ),
    "street_protest": ("Thousands of farmers protested outside the parliament on Monday."),
    "judged": ("But the palace said the king should be judged by his record, not his rhetoric."),
    "had_arrest": "A lawyer for the tenant found that Mr Baxter had an earlier arrest in Ohio for fraud.",
    "made_arrest": "The police have made an arrest in the case of the stolen car.",
    "should_resign": ("The opposition leader said the minister should resign over the scandal."),
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return {a.id: a for a in analyze_many([Article(id=k, text=t) for k, t in TEXTS.items()])}


def _of(a: Analysis, plover: str) -> list[Event]:
    return [e for e in a.events if e.plover == plover]


def _text(a: Analysis, actor) -> str | None:
    return TEXTS[a.id][actor.start : actor.end] if actor else None


def test_detention_said_by_police_is_kept(analyses):
    assert _of(analyses["said_detention"], "COERCE")


def test_those_who_is_not_the_speaker(analyses):
    a = analyses["those_who"]
    (detention,) = _of(a, "COERCE")
    assert "Ravi Kumar" not in (_text(a, detention.actor2) or "")
    assert all("Ravi Kumar" not in (_text(a, e.actor1) or "") for e in _of(a, "PROTEST"))


def test_price_name_is_no_party(analyses):
    (request,) = _of(analyses["price_hike"], "REQUEST")
    assert _text(analyses["price_hike"], request.actor2) != "LPG"


def test_meeting_of_one_group_is_no_consultation(analyses):
    assert not _of(analyses["own_meeting"], "CONSULT")
    assert _of(analyses["meeting_with"], "CONSULT")


def test_protest_voiced_with_a_question_is_criticism(analyses):
    assert not _of(analyses["voiced_protest"], "PROTEST")
    assert _of(analyses["street_protest"], "PROTEST")


def test_should_be_judged_is_no_demand(analyses):
    assert not _of(analyses["judged"], "REQUEST")
    assert _of(analyses["should_resign"], "REQUEST")


def test_who_had_an_arrest_was_arrested(analyses):
    (arrest,) = _of(analyses["had_arrest"], "COERCE")
    assert arrest.actor1 is None
    assert "Baxter" in _text(analyses["had_arrest"], arrest.actor2)
    (made,) = _of(analyses["made_arrest"], "COERCE")
    assert _text(analyses["made_arrest"], made.actor1) == "police"
