"""Speakers and non-statements, session 14 (invented sentences): stacked initials stay in a name; a poll's
maker is named in full (a joint "A/B" poll by both, "the Acme poll" by "Acme Research" named before);
stances and states without a clause ("favored Roe", "prefers a flat tax", "know people"), a reporter's
question ("When asked whom ..."), a negated cue with an open question ("has not said who ..."), the
addressee of "told", a figure read "in a poll" by the writer and a pull quote are no statements."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

from newsgraph.pipeline import analyze_text

# (text, words inside the statement, the speaker's canonical name)
NAMED = [
    (
        "“The plan will cost us dearly,” said T. R. Hollis, a nurse in Dunmore.",
        "cost us dearly",
        "T. R. Hollis",
    ),
    (
        "According to a Dunmore College/Valley Herald poll out Thursday, the two candidates are tied.",
        "candidates are tied",
        "Dunmore College/Valley Herald",
    ),
    (
        "Jane Roe won 45 percent in a new Acme Research poll released Thursday. The senator's support fell, "
        "according to the Acme poll.",
        "support fell",
        "Acme Research",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), NAMED)
def test_speaker_named_in_full(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


# (text, words that must be in no quote with a speaker)
NOT_STATEMENTS = [
    ("Officers favored Jane Roe 58 percent to 21 percent in the survey.", "58 percent"),
    ("Some Republicans are endorsing Jane Roe, the Democratic nominee.", "the Democratic nominee"),
    ("Mr. Hollis prefers a flat tax on every household in the state.", "a flat tax"),
    ("Most people primarily know people of their own race and town.", "their own race"),
    ("Some delegates are planning a demonstration outside the hall on Monday.", "a demonstration"),
    ("Two others have not said who they would vote for in the primary.", "who they would vote"),
    ("When asked whom she supported, Ms. Lund smiled and said she was waiting for a candidate.", "whom she"),
    ('The leader boasted of the inquiry when he told Fox News. "But we set up a committee."', "Fox News"),
    ("His 34% support among women in an Acme Research poll released Sunday is a record low.", "a record low"),
]


@pytest.mark.parametrize(("text", "words"), NOT_STATEMENTS)
def test_no_statement(text: str, words: str) -> None:
    analysis = analyze_text(text)
    at = text.index(words)
    spoken = [q for q in analysis.quotes if q.start <= at < q.end and q.speaker and q.speaker.name]
    assert not spoken, [(q.text, q.speaker.name) for q in spoken]


def test_pull_quote_is_no_statement_but_a_repeated_quotation_stays() -> None:
    text = (
        "Voters see the progress as real. Behind this argument about the future lies a dispute that is "
        "really about the past. They want more.\n\n"
        "“Behind this argument about the future lies a dispute that is really about the past.”\n\n"
        "“We will win this fight for every family in the state,” Jane Roe said.\n\n"
        "“We will win this fight for every family in the state.”\n"
    )
    analysis = analyze_text(text)
    pulled = text.index("“Behind") + 1
    assert not any(q.start <= pulled < q.end for q in analysis.quotes)
    repeated = text.rindex("We will win")
    assert speaker_in_quote(analysis, repeated) == "Jane Roe"


def speaker_in_quote(analysis, at: int) -> str | None:
    quote = next(q for q in analysis.quotes if q.start <= at < q.end)
    return quote.speaker.name if quote.speaker else None


# near misses that must stay statements: a clause or an infinitive after a stance, a negated cue with a
# content clause, "told" with what was told, a poll finding introduced by "In a ... poll"
STATEMENTS = [
    ("Jane Roe plans to march on the capital next week.", "to march on the capital", "Jane Roe"),
    ("Jane Roe knows that the vote will be close.", "the vote will be close", "Jane Roe"),
    ("Mayor Jane Roe did not say that the plan had failed.", "the plan had failed", "Jane Roe"),
    ("Jane Roe told the council that the budget was short.", "the budget was short", "Jane Roe"),
    (
        "In an Acme Research poll released Friday, 44% of parents said schools were unsafe.",
        "schools were unsafe",
        "44% of parents",
    ),
    ("Asked about it later, Jane Roe said the deal was fair.", "the deal was fair", "Jane Roe"),
]


@pytest.mark.parametrize(("text", "words", "name"), STATEMENTS)
def test_statement_stays(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


def test_initial_before_a_place_is_no_name() -> None:
    analysis = analyze_text("Officials in N. Korea said the talks were over.")
    assert "N. Korea" not in {e.name for e in analysis.entities if e.type == "PERSON"}
