"""Quotes: speaker full names for organisations described rather than named, documents speaking for
their authors, people referred to by their title, and names with a party word or a digit."""

from __future__ import annotations

import pytest
from quote_lookup import quote_with, speaker_name

from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_text

TEXTS = {
    "lender": (
        "Prices rose 2% in March, figures from Kessler Bank showed.\n\n"
        "Kessler Bank reported a rise in lending. The lender said demand for mortgages had held up "
        "through the winter.\n"
    ),
    "study": (
        "Broadband use is growing fast, research suggests.\n\n"
        "A study by analysts Brightline Research found that viewers were switching off. The threat to TV "
        "was greatest in Spain, said the report.\n"
    ),
    "office": (
        "Mining firm Tarnow Energy cut 300 jobs on Monday. Premier Alan Brody was in Ottawa. His office "
        "said the premier would meet the company next week.\n"
    ),
    "party": "Tory Dominic Whitcombe branded the plan scandalous. Labour rejected the claim.\n",
    "digit": (
        "Chancellor Gordon Brown hopes to announce a deal on debt relief on Friday.\n\n"
        "The agreement by the G8 group of wealthy nations would save poor countries £3bn a year, he said.\n"
    ),
    "title": (
        "Jeff Traeger, president of the United Food and Commercial Workers Local 832, said members were "
        "frustrated.\n\nThe union president said talks would resume next week.\n"
    ),
    "peer": (
        "Lord Woolf, the Lord Chief Justice, said the guidelines were fair. Sir Alex Ferguson said the "
        "game was scrappy.\n"
    ),
    "initials": (
        "The new novel topped the charts within hours of its release date being announced by JK Rowling's "
        "publisher.\n\nRowling said she had finished the book on Tuesday.\n"
    ),
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return {key: analyze_text(text) for key, text in TEXTS.items()}


def speaker_of(analysis: Analysis, fragment: str) -> str | None:
    return speaker_name(quote_with(analysis, fragment))


def test_description_of_an_organisation_is_the_one_named_just_before(analyses):
    assert speaker_of(analyses["lender"], "demand for mortgages") == "Kessler Bank"


def test_a_report_speaks_for_the_author_of_the_study_it_refers_to(analyses):
    assert speaker_of(analyses["study"], "viewers were switching off") == "Brightline Research"
    assert speaker_of(analyses["study"], "greatest in Spain") == "Brightline Research"


def test_a_persons_office_stays_as_written(analyses):
    assert speaker_of(analyses["office"], "the premier would meet") == "His office"


def test_party_word_is_no_part_of_the_name(analyses):
    assert speaker_of(analyses["party"], "the plan scandalous") == "Dominic Whitcombe"


def test_a_name_with_a_digit_is_no_person_for_he(analyses):
    assert speaker_of(analyses["digit"], "save poor countries") == "Gordon Brown"


def test_title_description_is_the_person_holding_the_role(analyses):
    assert speaker_of(analyses["title"], "talks would resume") == "Jeff Traeger"


def test_surname_of_a_name_opened_by_initials(analyses):
    assert speaker_of(analyses["initials"], "finished the book") == "JK Rowling"


def test_a_peer_keeps_lord_before_a_lone_surname_but_sir_goes(analyses):
    assert speaker_of(analyses["peer"], "guidelines were fair") == "Lord Woolf"
    assert speaker_of(analyses["peer"], "game was scrappy") == "Alex Ferguson"
