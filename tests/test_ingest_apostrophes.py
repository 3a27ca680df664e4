"""Apostrophes an ASCII encoder wrote as "?" are put back for analysis, offsets unchanged."""

from newsgraph.ingest.mojibake import repair_apostrophes, repair_punctuation
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


def test_doubled_apostrophes_repaired_in_place() -> None:
    text = "The VHP''s leader didn''t come to the commissioner''S office. ''We will fight,'' he said."
    fixed = repair_apostrophes(text)
    assert fixed is not None and len(fixed) == len(text)
    assert "VHP’s  leader didn’t  come" in fixed and "commissioner’S  office" in fixed
    assert "''We will fight,''" in fixed  # doubled marks used as quotation marks are the quotes stage's


def test_doubled_apostrophe_is_no_quotation_mark() -> None:
    text = (
        "Rakesh Sinha, the union''s general secretary, addressed the workers in Surat on Monday. "
        "\"The mill owners haven''t paid wages for three months and we will not wait any longer,\" "
        "Sinha said."
    )
    result = analyze(Article(id="t", text=text))
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Rakesh Sinha"]
    assert all("haven’t" in result.text[q.start : q.end] for q in result.quotes)


def test_lone_no_break_space_mark_restored() -> None:
    text = "Curfew in VadodaraÂ fear still stalks the city. Tickets cost Â£5. Âge is a French word."
    fixed = repair_punctuation(text)
    assert fixed == (
        "Curfew in Vadodara\u00a0 fear still stalks the city. Tickets cost \u00a0£5. Âge is a French word."
    )
