"""Event confidence (issue 5): the actors' code quality is a feature, the trigger word's judged
precision weighs through its one-hot, and the confidence model only scores events, never decides
which are emitted."""

from __future__ import annotations

from newsgraph.events import confidence
from newsgraph.pipeline import analyze_text

TEXT = (
    "Police arrested five protesters in Lucknow on Monday.\n"
    "The chief minister promised to build a new hospital in the district.\n"
    "The opposition accused the government of corruption."
)


def test_actor_code_quality():
    assert confidence._code_quality("INDCOP") == "full"
    assert confidence._code_quality("GOV") == "partial"
    assert confidence._code_quality("IND") == "partial"
    assert confidence._code_quality(None) == "none"


def test_a_trigger_word_and_code_weigh_through_their_one_hots():
    """The fit writes each judged word's and CAMEO code's encoded precision as a plain weight, so
    the live score stays a dot product and an unjudged word leaves it unchanged."""
    weights = confidence._model()["weights"]
    assert any(name.startswith("lemma=") for name in weights)
    assert any(name.startswith("cameo=") for name in weights)
    base = {"type=COERCE": 1.0}
    assert confidence.score({**base, "lemma=never-judged-word": 1.0}) == confidence.score(base)


def test_the_model_does_not_change_which_events_are_emitted(monkeypatch):
    def kinds(text: str) -> list[tuple[int, int, str, str]]:
        return [(e.trigger.start, e.trigger.end, e.plover, e.cameo) for e in analyze_text(text).events]

    fitted = kinds(TEXT)
    monkeypatch.setattr(confidence, "_model", lambda: {"bias": 0.0, "weights": {}})
    flat = analyze_text(TEXT).events
    assert fitted == [(e.trigger.start, e.trigger.end, e.plover, e.cameo) for e in flat]
    assert all(e.confidence == 0.5 for e in flat)
