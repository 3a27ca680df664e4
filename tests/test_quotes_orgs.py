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
        "Kestrel Holdings plans to cut 2,000 jobs. Kestrel Holdings is the second largest Dutch bank to "
        "announce cuts this year.\n\nThe bank said it was on course for higher net income this year.\n"
    ),
    "firm": (
        "Security firm Vardex, which found the flaw, recommended an upgrade. The software is used by "
        "millions.\n\nThe security firm says users should not open unknown files.\n"
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
        "The Federal Reserve raised interest rates again. The Fed lifted borrowing costs five times last "
        "year, citing evidence that the recovery was becoming more robust.\n"
    ),
    "document": (
        "Halvorsen Systems first sold shares privately in 2001. Halvorsen Systems will not make money from "
        "the sale, the filing documents said.\n"
    ),
    "city": (
        "Kingsford has about 900 homeless people. According to the city's Housing Needs Assessment, the "
        "number sleeping outdoors rose last year. Later the city said its shelters were full.\n"
    ),
    "pair": "Aerolux and Skyward accuse each other of benefiting from illegal subsidies.\n",
    "relative_it": (  # the parser takes the company for a person here
        "Nintendo has dominated the market since 1989. Market leader Nintendo, however, is releasing a "
        "handheld console that it says will change the way games are played.\n"
    ),
    "seen": (
        "Hopfield Breweries has seen its profits soar thanks to the purchase of a rival. Analysts said the "
        "deal was a bargain.\n"
    ),
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return {key: analyze_text(text) for key, text in TEXTS.items()}


@pytest.mark.parametrize(
    ("key", "words", "name"),
    [
        ("airline", "no one-way fare", "Northwind Airways"),  # not the fare scheme named in between
        ("bank", "on course for higher", "Kestrel Holdings"),
        ("firm", "should not open", "Vardex"),
        ("descriptor", "Magazines will take", "Zenthra"),
        ("acronym", "the range assumes", "Parliamentary Budget Officer"),
        ("short_form", "the recovery", "Federal Reserve"),
        ("document", "will not make money", "Halvorsen Systems"),
        ("city", "the number sleeping outdoors", "Kingsford"),  # a document speaks for its possessor
        ("city", "its shelters were full", "Kingsford"),
        ("pair", "each other", "Aerolux and Skyward"),
        ("relative_it", "change the way", "Nintendo"),
    ],
)
def test_organisation_speaker(analyses: dict[str, Analysis], key: str, words: str, name: str) -> None:
    assert speaker_in(analyses[key], words) == name


def test_what_a_body_went_through_is_no_statement(analyses: dict[str, Analysis]) -> None:
    analysis = analyses["seen"]
    assert not any("profits soar" in q.text for q in analysis.quotes)
    assert speaker_in(analysis, "the deal was a bargain") == "Analysts"


def test_witnesses_still_report_what_they_saw() -> None:
    analysis = analyze_text("Two officers saw the suspect get out of a car with a handgun.\n")
    assert speaker_in(analysis, "get out of a car") == "Two officers"


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
