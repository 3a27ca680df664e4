"""Session 15: a lower-case finite verb the statistical recogniser ran into is no part of a name
("[The Organisation of the Islamic Conference] urged India"): the name ends before it, and the verb can
be an event trigger. Titles of works keep such verbs; a sentence without the run-in is unchanged."""

from __future__ import annotations

from event_sentences import analyse, one

from newsgraph.model import Article
from newsgraph.pipeline import analyze

SENTENCES = {
    "urged": "The Organisation of the Islamic Conference urged India to halt the crackdown in Kashmir.",
    "called_on": "The Organization of the Islamic Conference called on India to end the crackdown.",
}


def _names(text: str) -> set[str]:
    return {e.name for e in analyze(Article(id="t", text=text)).entities}


def test_name_ends_before_the_verb() -> None:
    names = _names(SENTENCES["urged"])
    assert "Organisation of the Islamic Conference" in names
    assert not any("urged" in name for name in names)


def test_verb_inside_the_model_span_is_a_trigger() -> None:
    events = analyse(SENTENCES)
    for key in SENTENCES:
        event = one(events, SENTENCES, key, "REQUEST")
        assert event.actor1 is not None and "Islamic Conference" in event.actor1.text
        assert event.actor2 is not None and event.actor2.text == "India"


def test_names_without_a_verb_are_whole() -> None:
    text = "The International Committee of the Red Cross accused both sides of shelling hospitals."
    assert "International Committee of the Red Cross" in _names(text)
