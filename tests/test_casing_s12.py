"""Capitalisation restoration, session 12: glued sentences, quote marks written as "?", clitics, news
acronyms and names that the English word list also has (invented lower-case sentences)."""

from __future__ import annotations

from newsgraph.ingest.casing import restore_case
from newsgraph.pipeline import analyze_text

FILLER = " officials said the matter would be examined by a committee over the coming weeks."


def restored(text: str) -> str:
    out = restore_case(text + FILLER)
    assert out is not None
    assert len(out) == len(text + FILLER) and out.lower() == (text + FILLER).lower()
    return out


def test_sentences_glued_without_a_space_start_with_a_capital() -> None:
    out = restored(
        "the man was found dead in the lock-up on tuesday.the police denied any role in the death."
    )
    assert "Tuesday.The police" in out


def test_question_mark_after_a_comma_is_a_closing_quote() -> None:
    out = restored("?it was only a hoax,? said the officer, adding that the case was closed.")
    assert "hoax,? said" in out


def test_quotation_opened_after_a_comma_starts_with_a_capital() -> None:
    out = restored('the minister told reporters on sunday, "we will not allow any violence in the town."')
    assert '"We will' in out


def test_possessive_ending_is_no_initial() -> None:
    out = restored("the district’s largest hospital treated the injured after the clash near the market.")
    assert "district’s largest" in out


def test_news_acronyms_that_are_also_dictionary_words() -> None:
    out = restored("the mps and mlas met the cm at his residence; the wall was 5 cm thick near the gate.")
    assert "MPs" in out and "MLAs" in out and "the CM" in out and "5 cm" in out


def test_surname_after_honorific_is_a_name_throughout() -> None:
    out = restored("mr brown met party workers in the city. later brown told supporters the plan would work.")
    assert "Mr Brown" in out and "Later Brown told" in out


def test_party_name_that_is_a_word_depends_on_the_country() -> None:
    british = restored("labour won the vote in london and manchester, where britain's voters backed it.")
    assert "Labour won" in british
    indian = restored("child labour was found in factories in mumbai and pune, the report from india said.")
    assert "Child labour was" in indian


def test_lower_case_article_names_mps_and_a_british_party() -> None:
    text = (
        "labour mps in london criticised the plan on monday. the labour party said britain would not"
        " accept it, and mr brown told the commons that police had arrested three men."
    )
    analysis = analyze_text(text)
    orgs = {e.name for e in analysis.entities if e.type == "ORG"}
    people = {e.name for e in analysis.entities if e.type == "PERSON"}
    assert "Labour Party" in orgs
    assert any("Brown" in p for p in people)
