"""Session 16, canonical names (invented passages): an organisation or publication is named with the
"The" the article capitalises mid-sentence ("told The New York Times", "according to The Federalist");
a "The" that opens a sentence, or a lower-case "the", is not part of the name."""

from __future__ import annotations

import pytest
from quote_lookup import quote_with, speaker_name

from newsgraph.pipeline import analyze_text


def _speaker(text: str, words: str) -> str | None:
    return speaker_name(quote_with(analyze_text(text), words))


# (passage, words of the quote, the speaker's name): a capitalised "The" inside a sentence is part of
# the name; one opening a sentence, or a lower-case "the", is not
CASES = [
    (
        "The senator resigned on Friday. The decision was final, according to The Daily Ledger.",
        "decision was final",
        "The Daily Ledger",
    ),
    (
        'Critics were unimpressed. "The plan is hollow," wrote The Prairie Review in an editorial.',
        "plan is hollow",
        "The Prairie Review",
    ),
    (
        "The Daily Ledger reported that the senator would resign. The decision was final, the Daily "
        "Ledger said.",
        "decision was final",
        "Daily Ledger",
    ),
    (
        "Budget talks stalled on Monday.\n\nThe Prairie Review said the plan was hollow.",
        "plan was hollow",
        "Prairie Review",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), CASES)
def test_a_name_keeps_only_a_mid_sentence_the(text, words, name):
    assert _speaker(text, words) == name
