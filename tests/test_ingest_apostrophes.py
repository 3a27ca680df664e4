"""Apostrophes an ASCII encoder wrote as "?" are put back for analysis, offsets unchanged."""

from newsgraph.ingest.mojibake import repair_apostrophes
from newsgraph.model import Article
from newsgraph.pipeline import analyze


def test_lost_apostrophes_repaired_in_place() -> None:
    text = "The council can?t pay. Mehta?s party said they?re ready. Why?so? Is it? Yes."
    fixed = repair_apostrophes(text)
    assert fixed == "The council can’t pay. Mehta’s party said they’re ready. Why?so? Is it? Yes."
    assert len(fixed) == len(text)


def test_question_marks_left_alone() -> None:
    assert repair_apostrophes("Who won? Nobody knows. Was it 3?5?") is None


def test_possessive_actor_after_repair() -> None:
    text = "Raman Verma, the opposition party?s leader, accused the state government of hiding the audit."
    result = analyze(Article(id="t", text=text))
    assert result.text == text.replace("?", "’")
    assert any("apostrophes" in f.message for f in result.flags)
    accusations = [e for e in result.events if e.plover == "ACCUSE"]
    assert accusations and accusations[0].actor1 is not None
    assert "?" not in accusations[0].actor1.text
