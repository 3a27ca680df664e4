"""Speakers, session 15 (invented sentences): a statement relayed by a passive ("was cited by the agency as
saying", "was recorded by a bystander saying") is its subject's, not the relaying agent's; "accused by
regulators of misleading investors" is the regulators' charge, without the charge in their name; "mocked
Voss for calling himself ..." is Voss's own naming, not the mocker's. "Assemblywoman" is a title, not
part of a name."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

from newsgraph.pipeline import analyze_text

# (text, words inside the statement, the speaker's canonical name)
SPEAKERS = [
    (
        "Opposition leader Dana Whitlow was cited by the state agency as saying the vote was a sham.",
        "vote was a sham",
        "Dana Whitlow",
    ),
    (
        "The state agency cited opposition leader Dana Whitlow as saying the vote was a sham.",
        "vote was a sham",
        "Dana Whitlow",
    ),
    (
        "Priya Osei was recorded by a bystander saying that the bridge deal was dead.",
        "bridge deal was dead",
        "Priya Osei",
    ),
    (
        "Tomas Reyl chaired the board. He was overheard telling aides that the merger would fail.",
        "merger would fail",
        "Tomas Reyl",
    ),
    (
        "The mining firm was accused by regulators of misleading investors about its reserves.",
        "misleading investors",
        "regulators",
    ),
    (
        "Senator Alma Pruitt mocked Victor Voss for calling himself the “king of tariffs,” in a speech.",
        "king of tariffs",
        "Victor Voss",
    ),
    (
        "Governor Lena Marsh criticised Victor Voss for saying that the dam was safe.",
        "dam was safe",
        "Victor Voss",
    ),
    # near misses: the relaying agent speaks when the passive relays no statement, the subject of "for
    # saying" when there is no object, and a "by" agent's own "of" phrase stays in its name
    (
        "The harbour plan was criticised by opponents of the bypass, who said it was too costly.",
        "too costly",
        "opponents of the bypass",
    ),
    (
        "Mayor Ivo Brandt apologised for saying that the harbour plan was a joke.",
        "plan was a joke",
        "Ivo Brandt",
    ),
    (
        "The report was cited by Senator Alma Pruitt, who said that the dam was unsafe.",
        "dam was unsafe",
        "Alma Pruitt",
    ),
    (
        '"We will appeal the ruling," Assemblywoman Rhea Kostas said on Monday.',
        "appeal the ruling",
        "Rhea Kostas",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), SPEAKERS)
def test_relayed_and_charged_speakers(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


def test_relayed_statement_is_one_quote_of_the_subject() -> None:
    """The relaying verb is no statement of its own: no quote "The opposition leader" by the agency."""
    analysis = analyze_text(
        "Opposition leader Dana Whitlow was cited by the state agency as saying the vote was a sham."
    )
    assert [q.text for q in analysis.quotes] == ["the vote was a sham"]


def test_accusation_content_is_the_charge() -> None:
    analysis = analyze_text(
        "The mining firm was accused by regulators of misleading investors about its reserves."
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in analysis.quotes] == [
        ("misleading investors about its reserves", "regulators")
    ]


def test_seen_doing_is_no_relayed_statement() -> None:
    """ "seen leaving" relays no statement: the police say it."""
    text = "The suspect was seen by neighbours leaving the building on Friday, police said."
    assert speaker_at(text, "leaving the building") == "police"


def test_blamed_body_for_reporting_is_the_blamers_charge() -> None:
    """A thing or body blamed "for reporting" something is the subject's charge, not a named speaker's."""
    text = "Senator Alma Pruitt blamed the network for reporting that the dam had burst."
    assert speaker_at(text, "dam had burst") == "Alma Pruitt"
