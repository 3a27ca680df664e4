"""No-statements, session 15 (invented sentences): a passive cue has no source in its subject ("is thought to
be", "an event called ..."); whom or how someone spoke ("spoke to reporters", "on the record") is no topic; a
short quotation that is a phrase of the writer's sentence (a title after "host of", a mention after "and") is
no one's statement. Near misses stay statements."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

from newsgraph.pipeline import analyze_text

# (text, words that must be in no quote with a speaker)
NOT_STATEMENTS = [
    ("Three officials were not authorized to speak on the record.", "on the record"),
    ("Ms. Lund spoke to reporters in Dunmore on Monday.", "to reporters"),
    (
        "Tom Hale is advising the campaign on trade and is thought to be a likely pick for the cabinet.",
        "a likely pick",
    ),
    ("After the vote, a party was held called Pies and Politics, at which the guests cheered.", "Pies and"),
    ("He is now host of “The Late Show with Jo Roe.”\n\nTickets sold out in an hour.", "The Late Show"),
    (
        "The debate swung between ''This has nothing to do with faith'' and ''This has everything to do "
        "with faith.''\n\nNeither side won.",
        "everything to do",
    ),
]

# (text, words inside the statement, the speaker's canonical name)
STATEMENTS = [
    ("Jane Roe spoke about the housing crisis on Monday.", "the housing crisis", "Jane Roe"),
    ("Jane Roe spoke to reporters about the housing crisis.", "the housing crisis", "Jane Roe"),
    ("Tom Hale spoke on his record on trade at the rally.", "his record", "Tom Hale"),
    ("The ruling was criticised by Jane Roe, the party's leader.", "The ruling", "Jane Roe"),
    # "’s" read as a passive auxiliary beside an active subject
    (
        "Senator Jane Roe — who’s called for big tax hikes on the rich — is lambasting the plan.",
        "tax hikes",
        "Jane Roe",
    ),
    ("Jane Roe said the vote was a “betrayal of every family in the state.”", "betrayal", "Jane Roe"),
    (
        "Jane Roe ended her speech.\n\n“We will never give up on this town, not now and not ever.”",
        "never give up",
        "Jane Roe",
    ),
    # a longer quotation after a preposition is a partial quote of someone's words, not a title
    (
        "Jane Roe took the stage in Dunmore.\n\nShe cited the song as “one of the best performances I have "
        "ever heard in my life.”",
        "best performances",
        "Jane Roe",
    ),
    ("Jane Roe spoke to supporters on Tuesday about the housing crisis.", "the housing crisis", "Jane Roe"),
    ("Jane Roe talked to voters about health care.", "health care", "Jane Roe"),
]


@pytest.mark.parametrize(("text", "words", "name"), STATEMENTS)
def test_speaker_named(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


@pytest.mark.parametrize(("text", "words"), NOT_STATEMENTS)
def test_no_statement(text: str, words: str) -> None:
    analysis = analyze_text(text)
    at = text.index(words)
    spoken = [q for q in analysis.quotes if q.start <= at < q.end and q.speaker and q.speaker.name]
    assert not spoken, [(q.text, q.speaker.name) for q in spoken]
