"""Shared by the event test files: analyse a table of made-up sentences once, pick events from it."""

from __future__ import annotations

from newsgraph.model import Event
from newsgraph.pipeline import analyze_text

PUBLISHED = "2021-03-02"


def analyse(sentences: dict[str, str]) -> dict[str, list[Event]]:
    """The events of each sentence, analysed as an article of its own."""
    return {key: analyze_text(text, published=PUBLISHED).events for key, text in sentences.items()}


def one(events: dict[str, list[Event]], sentences: dict[str, str], key: str, plover: str) -> Event:
    """The first event of that PLOVER type in the sentence; fails naming the sentence when there is none."""
    found = [e for e in events[key] if e.plover == plover]
    assert found, f"no {plover} event in {sentences[key]!r}: {events[key]}"
    return found[0]


def types(events: dict[str, list[Event]], key: str) -> set[str]:
    return {e.plover for e in events[key]}


SECURITY = {"COP", "MIL"}  # police and troops


def police_kills(text: str, sentence: str | None = None) -> list[Event]:
    """Fatal assaults by police or troops reported (by trigger or evidence) in `sentence` of text."""
    start = text.index(sentence) if sentence else 0
    end = start + len(sentence) if sentence else len(text)
    return [
        e
        for e in analyze_text(text).events
        if e.plover == "ASSAULT"
        and e.fatal
        and e.actor1 is not None
        and e.actor1.sector in SECURITY
        and any(start <= t.start < end for t in [e.trigger, *(x.trigger for x in e.evidence)])
    ]


def events_of(text: str) -> list[Event]:
    """The events of one invented article."""
    return analyze_text(text, published=PUBLISHED).events


def event_on(text: str, trigger: str) -> Event:
    """The event whose trigger contains `trigger`; fails when there is none."""
    events = [e for e in events_of(text) if trigger in e.trigger.text]
    assert events, f"no event on {trigger!r} in {text!r}"
    return events[0]


def actor_words(actor) -> str:
    return actor.text if actor is not None else ""
