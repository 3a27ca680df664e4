"""Event confidence (issue 5): the estimated probability that an event is right ranks plainly
asserted events of reliable kinds above events of kinds the judged samples found often wrong, and
filtering by it keeps the former."""

from __future__ import annotations

from newsgraph.events import confidence
from newsgraph.model import Event
from newsgraph.pipeline import analyze_text


def _event(text: str, plover: str) -> Event:
    events = analyze_text(text, published="2021-03-02").events
    return next(e for e in events if e.plover == plover)


def test_plain_report_beats_the_same_event_quoted_in_a_long_reported_sentence():
    plain = _event("Police arrested five protesters in Lucknow on Monday.", "COERCE")
    quoted = _event(
        '"Everyone knows that police arrested five protesters in Lucknow on Monday, and we will keep '
        'fighting this in the courts and on the streets until every one of them is free," the opposition '
        "leader told reporters at a press conference in the city on Tuesday evening.",
        "COERCE",
    )
    assert plain.confidence > quoted.confidence


def test_promises_score_lower_than_accusations():
    """Stated commitments (AGREE) were the least often right type in the judged samples."""
    promise = _event("The chief minister promised to build a new hospital in the district.", "AGREE")
    accusation = _event(
        "The chief minister accused the opposition of spreading lies about the hospital.", "ACCUSE"
    )
    assert promise.confidence < accusation.confidence


def test_a_place_named_as_recipient_lowers_the_confidence():
    """A place read as the other side of an event ("criticised Delhi") was often a misread actor."""
    person = _event("The minister criticised Rahul Gandhi on Monday.", "ACCUSE")
    place = _event("The minister criticised Delhi on Monday.", "ACCUSE")
    assert place.actor2 is not None and place.actor2.text == "Delhi"
    assert place.confidence < person.confidence


def test_confidence_is_a_probability():
    text = (
        "Police arrested five protesters in Lucknow on Monday.\n"
        "The chief minister promised to build a new hospital in the district.\n"
        "The opposition accused the government of corruption."
    )
    events = analyze_text(text).events
    assert len(events) >= 3
    assert all(0.0 < e.confidence < 1.0 for e in events)


def test_unknown_features_weigh_nothing():
    """A feature the model has no weight for (e.g. a trigger word never judged) leaves the score."""
    known = {"type=COERCE": 1.0}
    assert confidence.score({**known, "lemma=never-judged-word": 1.0}) == confidence.score(known)
