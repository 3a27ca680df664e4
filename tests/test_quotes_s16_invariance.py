"""Session 16: quote speakers stay the same under formatting that says nothing about who said what
(benchmarks/quotes_invariance.py). Invented passages; each fix is checked against the same passage with
plain formatting, and near misses must stay unchanged:
- no-break spaces ("Mr.\\xa0Okafor") and "\\r\\n" line endings are plain spaces and newlines for analysis
  (newsgraph/ingest/layout.py, plain_spaces), same length;
- hard-wrapped lines are joined inside a paragraph (layout.unwrapped); one paragraph a line, or a
  numbered list, is no wrapped text;
- a person named inside a clause of the speaker's phrase ("Lawyers defending ... Jo Li") does not hold
  its title (quotes/speakers.py, _in_clause_of);
- a wire dateline ending in a dash before a quotation (`OTTAWA (CP) — “...”`) is no speaker; a name and
  a dash, or a transcript name and a colon, still are (quotes._dateline_lead).
"""

from __future__ import annotations

import textwrap

import pytest

from newsgraph.ingest.layout import plain_spaces, unwrapped
from newsgraph.pipeline import analyze_text

STORY = (
    "Harbourside council approves ferry plan\n\n"
    "Councillors in Harbourside voted on Tuesday to keep the night ferry running for another two years, "
    "ending months of uncertainty for shift workers who rely on it.\n\n"
    '"This ferry is how half of our nurses get home after midnight, and we were not going to let it go," '
    "said Mayor Tilda Brannigan, who cast the deciding vote.\n\n"
    "Mr. Osric Vandermeer, who chairs the transport committee, was less enthusiastic. "
    '"We have promised money we do not yet have," Mr. Vandermeer said. "Someone will have to find it."\n\n'
    "The ferry operator, Bluewake Lines, said in a statement that it welcomed the decision."
)


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(first words of the quote, speaker name) in text order."""
    return [
        (" ".join(q.text.split()[:4]), q.speaker.name if q.speaker else None)
        for q in analyze_text(text).quotes
    ]


@pytest.fixture(scope="module")
def plain() -> list[tuple[str, str | None]]:
    return speakers(STORY)


def test_the_plain_story_has_its_speakers(plain):
    names = {name for _, name in plain}
    assert {"Tilda Brannigan", "Osric Vandermeer"} <= names


def test_no_break_spaces_change_no_speaker(plain):
    assert speakers(STORY.replace("Mr. ", "Mr.\xa0").replace("Mayor Tilda", "Mayor\xa0Tilda")) == plain
    assert speakers(STORY.replace(" ", "\xa0")) == plain


MATCH_REPORT = (
    "Harbourside beat Quayside 3-1 on Saturday.\n\n"
    '"That was not very good," Quayside\'s Bo Varga said. "We gave ourselves a chance there."\n\n'
    "Ramsey's big performance came in the second half, when he scored twice.\n\n"
    '"We got pucks to the net," Lindqvist said. "And it paid off."\n\n'
    "Tempers flared in the third."
)


@pytest.mark.parametrize("text", [STORY, MATCH_REPORT])
def test_windows_line_endings_change_no_speaker(text):
    crlf = speakers(text.replace("\n", "\r\n"))
    assert crlf == speakers(text)
    assert "Ramsey's big performance" not in {n for _, n in crlf} and "Tempers" not in {n for _, n in crlf}


def test_plain_spaces_keeps_length_and_leaves_plain_text_alone():
    text = "Mr.\xa0Ruiz said\u202fso.\r\nNext line.\rLast."
    plain = plain_spaces(text)
    assert plain == "Mr. Ruiz said so. \nNext line.\nLast."
    assert len(plain) == len(text)
    assert plain_spaces("A plain line.\n\nAnother one.") is None


def _wrapped(text: str, width: int = 72) -> str:
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in text.split("\n\n"))


def test_hard_wrapped_lines_change_no_speaker(plain):
    assert speakers(_wrapped(STORY)) == plain


def test_unwrapped_joins_lines_inside_paragraphs_only():
    text = _wrapped(STORY, 60)
    joined = unwrapped(text)
    assert joined is not None and len(joined) == len(text)
    assert [" ".join(p.split()) for p in joined.split("\n\n")] == STORY.split("\n\n")


@pytest.mark.parametrize(
    "text",
    [
        STORY.replace("\n\n", "\n"),  # one paragraph a line
        # a numbered list
        "Top ten moments of the year\n\n1\nA mayor who rode the ferry home.\n2\nA council that kept its "
        "word.\n3\nA committee chair who counted the money.\n4\nA nurse who got home on time.",
        # short lines
        "Results\n\nHarbourside 3 Quayside 1\nNorth Bay 0 Tallow Point 2\nEastmere 1 Long Reach 1\n",
    ],
)
def test_text_that_is_not_hard_wrapped_stays_as_it_is(text):
    assert unwrapped(text) is None


FEEDBACK = (
    "Readers react to the ferry vote\n\n"
    '{lead} "The ferry is how I get home after a night shift. Without it I would have to quit."\n\n'
    "The council will review the service again in two years."
)


@pytest.mark.parametrize("lead", ["OTTAWA (CP) \u2014", "HARBOURSIDE \u2014", "QUAYSIDE, Nova Scotia \u2014"])
def test_a_dateline_before_a_quotation_is_no_speaker(lead):
    names = [n for _, n in speakers(FEEDBACK.format(lead=lead))]
    assert names and not any(n and n.split()[0].isupper() and len(n.split()[0]) > 3 for n in names)


@pytest.mark.parametrize(
    ("lead", "name"),
    [("Tilda Brannigan \u2014", "Tilda Brannigan"), ("BRANNIGAN:", "Tilda Brannigan")],
)
def test_a_name_before_a_dash_or_a_colon_still_speaks(lead, name):
    text = "Mayor Tilda Brannigan answered questions on Monday.\n\n" + FEEDBACK.format(lead=lead)
    assert [n for _, n in speakers(text)][0] == name


@pytest.mark.parametrize(
    "clause",
    ["have called a company whistleblower as their first witness", "said the charges had no merit"],
)
@pytest.mark.parametrize("dateline", ["", "TORONTO \u2014 "])
def test_a_person_named_in_a_clause_of_the_speakers_phrase_is_not_them(dateline, clause):
    """After a dateline the model reads "Lawyers" as a proper noun, a title like "Rep."."""
    text = f"{dateline}Lawyers defending former Bluewake chief Osric Vandermeer {clause}."
    assert set(n for _, n in speakers(text)) == {"Lawyers"}


def test_a_title_before_the_name_still_names_the_speaker():
    text = "Speaker of the Assembly Rep. Ines Korhonen said the vote would be held on Monday."
    assert [n for _, n in speakers(text)] == ["Ines Korhonen"]
