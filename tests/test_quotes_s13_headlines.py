"""Speakers of title-case headlines (invented headlines): the capitalised verb after the speaker's name
("Jane Roe Says ...", "Sarah Lund Urges ...") is no part of that name."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

from newsgraph.pipeline import analyze_text

# (headline text, words inside the statement, the speaker's canonical name)
HEADLINES = [
    ("Jane Roe Says Board Ignored Warnings", "Board Ignored", "Jane Roe"),
    ("Sarah Lund Urges Voters To Back Rail Plan", "Back Rail Plan", "Sarah Lund"),
    ("Hamid Qureshi Warns Voters Of Floods In Sindh", "Voters Of Floods", "Hamid Qureshi"),
]


@pytest.mark.parametrize(("text", "words", "name"), HEADLINES)
def test_headline_speaker_is_the_name_before_the_verb(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


def test_no_speaker_name_holds_a_headline_verb() -> None:
    analysis = analyze_text(
        "Dan Hollis Calls For Unity After Shooting\nGov. Dan Hollis said the state would heal."
    )
    names = {q.speaker.name for q in analysis.quotes if q.speaker}
    assert names == {"Dan Hollis"}
