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
        "Defending the officers, councillor Ravi Kumar told reporters that the police had detained"
        " only those who threw stones at the bus."
    ),
    "price_hike": ("Commuter groups asked the transport minister on Tuesday to scrap the Acme fare rise."),
    "own_meeting": (
        "Led by their elders Jai Singh, Mohan Lal and Sita Rao, the villagers held a meeting"
        " before they walked to the district office."
    ),
    "meeting_with": ("The cabinet held a meeting with the union leaders on Monday."),
    "voiced_protest": ("Two senators protested and questioned why the vote had been moved to a Sunday."),
    "street_protest": ("Thousands of farmers protested outside the parliament on Monday."),
    "protest_demand": "Thousands of workers protested and demanded higher wages.",
    "judged": ("Her aides insist that the mayor should be judged on her record in office."),
    "had_arrest": "Records show that Tom Hale had an earlier arrest in Texas for theft.",
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
    # the speaker is no party to the detention or the stone-throwing (he does defend the officers)
    told = [e for e in a.events if e.plover in ("COERCE", "ASSAULT")]
    assert all("Ravi Kumar" not in (_text(a, e.actor1) or "") + (_text(a, e.actor2) or "") for e in told)


def test_price_name_is_no_party(analyses):
    (request,) = _of(analyses["price_hike"], "REQUEST")
    assert "minister" in (_text(analyses["price_hike"], request.actor2) or "")


def test_meeting_of_one_group_is_no_consultation(analyses):
    assert not _of(analyses["own_meeting"], "CONSULT")
    assert _of(analyses["meeting_with"], "CONSULT")


def test_protest_voiced_with_a_question_is_criticism(analyses):
    assert not _of(analyses["voiced_protest"], "PROTEST")
    assert _of(analyses["street_protest"], "PROTEST")
    assert _of(analyses["protest_demand"], "PROTEST")  # a demand voiced with a protest keeps it


def test_should_be_judged_is_no_demand(analyses):
    assert not _of(analyses["judged"], "REQUEST")
    assert _of(analyses["should_resign"], "REQUEST")


def test_who_had_an_arrest_was_arrested(analyses):
    (arrest,) = _of(analyses["had_arrest"], "COERCE")
    assert arrest.actor1 is None
    assert "Hale" in _text(analyses["had_arrest"], arrest.actor2)
    (made,) = _of(analyses["made_arrest"], "COERCE")
    assert _text(analyses["made_arrest"], made.actor1) == "police"
