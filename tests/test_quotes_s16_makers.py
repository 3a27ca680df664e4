"""Session 16 (invented passages): a poll, report or survey named by its maker's name ("a recent
Bloomberg poll", "a Reuters/Ipsos poll", "a new Angus Reid poll") is its maker's statement, even when the
maker is no recognised entity. Near misses: a place or a month before the document ("a Texas poll", "a
February survey") names no maker."""

from __future__ import annotations

import pytest
from quote_lookup import quote_with, speaker_name

from newsgraph.pipeline import analyze_text


def _speaker(text: str, words: str) -> str | None:
    return speaker_name(quote_with(analyze_text(text), words))


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("A recent Bloomberg poll found that 60 percent of voters oppose the toll.", "Bloomberg"),
        ("A Reuters/Ipsos poll showed that the mayor leads by six points.", "Reuters/Ipsos"),
        ("A new Angus Reid poll found that most Canadians support the toll.", "Angus Reid"),
        ("According to a Leger poll released Monday, most Quebecers back the toll.", "Leger"),
    ],
)
def test_a_document_is_its_makers_statement(text, maker):
    assert _speaker(text, "toll" if "toll" in text else "points") == maker


@pytest.mark.parametrize(
    "text",
    [
        "A Texas poll found that most voters oppose the toll.",
        "A February survey found that most voters oppose the toll.",
    ],
)
def test_a_place_or_month_is_no_maker(text):
    assert _speaker(text, "toll") not in ("Texas", "February")
