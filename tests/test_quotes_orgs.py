"""Quotes: organisations as speakers — a description ("the airline", "the bank", "the security firm") is
the organisation of that kind the article named before it ("the city" the city), a descriptor's name
("media buying company Zenthra") is the name, an acronym or short form its spelled-out name, a document its
author, named speakers joined by "and" all of them; and "see" reports nothing when a body or a thing went
through what it "saw"."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_in

from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_text

TEXTS = {
    "airline": (
        "Northwind Airways is cutting fares on all its domestic routes. The scheme, called FlexiSaver, "
        "starts next month.\n\nThe airline says no one-way fare will cost more than $400.\n"
    ),
    "bank": (
        "Kestrel Holdings will close 80 branches. Kestrel Holdings is the third Belgian bank to shrink its "
        "network this spring.\n\nThe bank said it still expected record profits this year.\n"
    ),
    "firm": (
        "Security firm Vardex, which spotted the bug, urged an update. The app is used by "
        "millions.\n\nThe security firm says customers should avoid unfamiliar attachments.\n"
    ),
    "descriptor": (
        "Magazines will take only 2% of all advertising spending next year, according to media buying "
        "company Zenthra.\n"
    ),
    "acronym": (
        "The Parliamentary Budget Officer published a valuation of the pipeline on Thursday. "
        "But the PBO added that the range assumes the pipeline is built on time.\n"
    ),
    "short_form": (
        "The Federal Reserve held interest rates steady on Wednesday. The Fed left them unchanged for a "
        "third meeting, citing signs that hiring was slowing.\n"
    ),
    "document": (
        "Halvorsen Systems raised money from private investors in 2014. Halvorsen Systems will receive none "
        "of the proceeds, the filing documents said.\n"
    ),
    "city": (
        "Kingsford has about 900 homeless people. According to the city's Housing Needs Assessment, the "
        "number sleeping outdoors rose last year. Later the city said its shelters were full.\n"
    ),
    "pair": "Aerolux and Skyward blame each other for the collapse of the merger talks.\n",
    "relative_it": (  # the parser takes the company for a person here
        "Nintendo has led the handheld business for decades. Market leader Nintendo, however, is launching "
        "a folding device that it says will transform how people travel with games.\n"
    ),
    "seen": (
        "Hopfield Breweries has seen its sales jump since it bought a smaller rival. Analysts said the "
        "takeover was cheap.\n"
    ),
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return {key: analyze_text(text) for key, text in TEXTS.items()}


@pytest.mark.parametrize(
    ("key", "words", "name"),
    [
        ("airline", "no one-way fare", "Northwind Airways"),  # not the fare scheme named in between
        ("bank", "still expected record profits", "Kestrel Holdings"),
        ("firm", "should avoid unfamiliar", "Vardex"),
        ("descriptor", "Magazines will take", "Zenthra"),
        ("acronym", "the range assumes", "Parliamentary Budget Officer"),
        ("short_form", "hiring was slowing", "Federal Reserve"),
        ("document", "receive none of the proceeds", "Halvorsen Systems"),
        ("city", "the number sleeping outdoors", "Kingsford"),  # a document speaks for its possessor
        ("city", "its shelters were full", "Kingsford"),
        ("pair", "each other", "Aerolux and Skyward"),
        ("relative_it", "transform how people travel", "Nintendo"),
    ],
)
def test_organisation_speaker(analyses: dict[str, Analysis], key: str, words: str, name: str) -> None:
    assert speaker_in(analyses[key], words) == name


def test_what_a_body_went_through_is_no_statement(analyses: dict[str, Analysis]) -> None:
    analysis = analyses["seen"]
    assert not any("sales jump" in q.text for q in analysis.quotes)
    assert speaker_in(analysis, "the takeover was cheap") == "Analysts"


def test_witnesses_still_report_what_they_saw() -> None:
    analysis = analyze_text("Two neighbours saw the intruder climb out of a window with a bag.\n")
    assert speaker_in(analysis, "climb out of a window") == "Two neighbours"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a country's code is no acronym of the title before it
        ('Under Secretary of State Nuland visited Kiev. "We are worried," the US said.\n', "worried", "US"),
        # the start of a longer name spells out nothing
        ('Leaders of the Pakistan Muslim League met. "We will win," the PM said.\n', "will win", "PM"),
    ],
)
def test_acronym_without_its_full_name_stays(text: str, words: str, name: str) -> None:
    assert speaker_in(analyze_text(text), words) == name
