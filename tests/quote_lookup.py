"""Shared by the quote test files: find the quote that holds some words, and its speaker's name."""

from __future__ import annotations

from newsgraph.model import Analysis, Quote
from newsgraph.pipeline import analyze_text


def quote_with(analysis: Analysis, fragment: str, shortest: bool = False) -> Quote:
    """The first quote whose text contains `fragment` (the shortest one with `shortest`)."""
    found = [q for q in analysis.quotes if fragment in q.text]
    assert found, f"no quote contains {fragment!r}: {[q.text for q in analysis.quotes]}"
    return min(found, key=lambda q: len(q.text)) if shortest else found[0]


def speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


def speaker_in(analysis: Analysis, words: str) -> str | None:
    """Name of the speaker of the innermost quote holding `words` (ValueError when none does)."""
    at = analysis.text.index(words)
    quote = min((q for q in analysis.quotes if q.start <= at < q.end), key=lambda q: q.end - q.start)
    return speaker_name(quote)


def speaker_at(text: str, words: str) -> str | None:
    """`speaker_in` on a fresh analysis of `text`."""
    return speaker_in(analyze_text(text), words)
