"""Speaker names, wave 4 (invented sentences): a quotation with its own speaker and cue stays that
speaker's when an outlet relays it ("…,” the judge said, according to the Post"); "X quoted Y as saying"
is Y's, however Y is described; records compounded with an organisation's initials speak for that
organisation, named as the article spells it out (a person's records stay as written)."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

from newsgraph.pipeline import analyze_text

# (text, words inside the statement, the speaker's canonical name)
NAMED = [
    (
        "U.S. District Judge Emmet Vale ordered the release. “There has been a steady leak of files. When "
        "will it end?” the judge said, according to the Post.",
        "When will it end",
        "Emmet Vale",
    ),
    (
        "U.S. District Judge Emmet Vale ordered the release. “There has been a steady leak,” he said, "
        "according to the Post.",
        "a steady leak",
        "Emmet Vale",
    ),
    # "according to X" alone still gives X
    ("The talks had failed, according to the Post.", "talks had failed", "Post"),
    (
        "The New York Times quoted one of Doe's advisers as saying the candidate was struggling.",
        "the candidate was struggling",
        "one of Doe's advisers",
    ),
    (
        "The New York Times quoted a senior aide as saying the candidate was struggling.",
        "the candidate was struggling",
        "a senior aide",
    ),
    (
        "Reuters quoted Jane Doe as saying the deal was dead.",
        "the deal was dead",
        "Jane Doe",
    ),
    (
        "The Federal Election Commission fined the group. FEC records show Eksili has donated $8,000.",
        "Eksili has donated",
        "Federal Election Commission",
    ),
    # records that name no organisation stay as written
    ("Court records show Eksili has donated $8,000.", "Eksili has donated", "Court records"),
    ("DNA records show the suspect was at the scene.", "the suspect was at the scene", "DNA records"),
    # a person's records are about them, not by them
    (
        "Jane Doe's medical records show she is in good health.",
        "she is in good health",
        "Jane Doe's medical records",
    ),
    ("The FBI opened an inquiry. FBI files show the agent had been warned.", "the agent had been", "FBI"),
]


@pytest.mark.parametrize(("text", "words", "name"), NAMED)
def test_speaker_name(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


def test_the_one_quoted_is_not_a_statement_of_its_own() -> None:
    """ "quoted Jane Doe as saying": the name is the speaker, not what the outlet reports."""
    analysis = analyze_text("Reuters quoted Jane Doe as saying the deal was dead.")
    assert [q.text for q in analysis.quotes] == ["the deal was dead"]


@pytest.mark.parametrize(("closing", "words"), [("?,”", "When will it end"), ("?”", "the judge said")])
def test_an_outlet_relaying_a_quoted_speaker_claims_none_of_it(closing: str, words: str) -> None:
    """No quote of the outlet's around the judge's words and cue: the words stay the judge's."""
    text = (
        "U.S. District Judge Emmet Vale ordered the release. “There has been a steady leak of files. When "
        f"will it end{closing} the judge said, according to the Post."
    )
    analysis = analyze_text(text)
    at = text.index(words)
    assert {q.speaker.name for q in analysis.quotes if q.start <= at < q.end and q.speaker} <= {"Emmet Vale"}
    assert "Post" not in {q.speaker.name for q in analysis.quotes if q.speaker}
