"""Speaker full names, round 4 (benchmarks/quote_names_round4.jsonl): honours after a name, a finished
quotation not claimed by the next sentence's verb, "quoted X as saying", polls that name award winners,
a body named fully before its bare description, a surname completed from its first mention, a place's
superlative describing the company named before, asides in a speaker phrase."""

from __future__ import annotations

from quote_lookup import speaker_at

from newsgraph.pipeline import analyze_text


def speakers(text: str) -> set[str | None]:
    return {q.speaker.name if q.speaker else None for q in analyze_text(text).quotes}


def test_honours_after_a_name_are_dropped() -> None:
    text = (
        "The chairman of the Law Society, Edward Pennington QC warned there was a real risk that people "
        'would be driven away. "What is going to happen to young people when they are stopped?"'
    )
    assert speaker_at(text, "young people") == "Edward Pennington"


def test_finished_quotation_is_not_the_next_sentences_statement() -> None:
    text = (
        '"We want to be sure we are not betting on one technology," Brightway chief executive Paul Ormond '
        'said. "We will not be surprised by any change in the market." Carvello, meanwhile, says it will '
        "focus on diesel engines instead."
    )
    assert speaker_at(text, "surprised by any change") == "Paul Ormond"


def test_quoted_as_saying_is_the_quoted_persons() -> None:
    text = (
        'A court in Ohio jailed the spammer for nine years. "He has been cheating people for years," '
        "Reuters quoted prosecutor Helen Markham as saying."
    )
    assert speaker_at(text, "cheating people") == "Helen Markham"


def test_poll_naming_winners_is_no_statement() -> None:
    text = (
        "Comedy duo Sam Fielding and Rob Tanner have been named the most powerful people in TV comedy, in "
        "a poll by listings magazine Screen Weekly.\n\nThe pair rose from tenth place last year."
    )
    assert "Screen Weekly" not in speakers(text)


def test_bare_description_takes_the_bodys_fuller_name() -> None:
    text = (
        "The environment select committee made 40 recommendations after hearing evidence. One was a call "
        "to amend the bill.\n\nBut the committee said an amendment was needed to protect anglers."
    )
    assert speaker_at(text, "an amendment was needed").casefold() == "environment select committee"


def test_bare_surname_completed_from_first_mention() -> None:
    text = (
        "Yiannis Papadoyiannakis, who led the Greek team at the Games, also testified at the tribunal. "
        '"I believe the tribunal will reach a fair decision," said Papadoyiannakis.'
    )
    assert speaker_at(text, "fair decision") == "Yiannis Papadoyiannakis"


def test_aside_ends_an_unnamed_speaker_phrase() -> None:
    text = (
        "Of those asked, most used a search engine daily. A small number, 17%, said they would not miss "
        "search engines at all."
    )
    assert speaker_at(text, "would not miss") == "A small number"
