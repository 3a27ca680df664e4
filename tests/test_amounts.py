"""Figures normalised to value, kind, unit and counted object, and figure_conflict flags: the
Karachi example and short made-up texts."""

from __future__ import annotations

import pytest

from newsgraph.model import Amount, Analysis
from newsgraph.pipeline import analyze_text


def amount_at(analysis: Analysis, phrase: str, occurrence: int = 0) -> Amount:
    """The amount overlapping the `occurrence`-th appearance of `phrase` in the text."""
    start = -1
    for _ in range(occurrence + 1):
        start = analysis.text.index(phrase, start + 1)
    end = start + len(phrase)
    found = [a for a in analysis.amounts if a.start < end and start < a.end]
    assert found, f"no amount at {phrase!r}; amounts: {[(a.text, a.value) for a in analysis.amounts]}"
    return found[0]


def conflicts(analysis: Analysis) -> list:
    return [f for f in analysis.flags if f.kind == "figure_conflict"]


@pytest.fixture(scope="module")
def money() -> Analysis:
    text = (
        "The state approved Rs 2.5 crore for relief and 1.2 lakh people received aid. "
        "The firm agreed a $3bn deal and sold its unit for £600m, nearly 40% below its value. "
        "At least 20 people were killed and a dozen shops were burnt. "
        "In 2019 the office, open at 10:30 am on March 5, took calls on 9876543210 and from @user123.\n\n"
        "Read: 5,000 protesters rally against the 20% tax"
    )
    return analyze_text(text, id="money", published="2020-01-10")


def test_crowd_figures_are_approximate_lower_bounds_of_people(karachi_analysis: Analysis):
    thousands = amount_at(karachi_analysis, "thousands of people")
    assert thousands.value >= 1000 and thousands.approximate and thousands.object == "people"
    assert thousands.kind == "count"
    hundreds_of_thousands = amount_at(karachi_analysis, "100s of 1000s")
    assert hundreds_of_thousands.value >= 100_000 and hundreds_of_thousands.approximate


def test_counts_durations_and_hyphenated_counts(karachi_analysis: Analysis):
    hours = amount_at(karachi_analysis, "five hours")
    assert (hours.kind, hours.value, hours.unit) == ("duration", 5, "hour")
    for occurrence in (0, 1):
        seats = amount_at(karachi_analysis, "14 seats", occurrence)
        assert (seats.kind, seats.value, seats.object) == ("count", 14, "seats")
    party = amount_at(karachi_analysis, "11-party")
    assert (party.value, party.object) == (11, "party")


def test_the_rally_figures_conflict_and_seats_do_not(karachi_analysis: Analysis):
    flags = conflicts(karachi_analysis)
    assert len(flags) == 1
    text = karachi_analysis.text
    spans = {text[s:e] for s, e in flags[0].spans}
    assert spans == {"thousands", "100s of 1000s"}


def test_indian_numbering_and_currencies(money: Analysis):
    crore = amount_at(money, "Rs 2.5 crore")
    assert (crore.kind, crore.value, crore.unit) == ("money", 25_000_000, "INR")
    lakh = amount_at(money, "1.2 lakh")
    assert (lakh.value, lakh.object) == (120_000, "people")
    billions = amount_at(money, "$3bn")
    assert (billions.kind, billions.value, billions.unit) == ("money", 3e9, "USD")
    pounds = amount_at(money, "£600m")
    assert (pounds.value, pounds.unit) == (6e8, "GBP")


def test_approximate_markers(money: Analysis):
    percent = amount_at(money, "nearly 40%")
    assert (percent.kind, percent.value, percent.approximate) == ("percent", 40, True)
    killed = amount_at(money, "At least 20")
    assert (killed.value, killed.approximate, killed.object) == (20, True, "people")
    dozen = amount_at(money, "a dozen")
    assert (dozen.value, dozen.object) == (12, "shops")


def test_years_times_phones_handles_and_link_lines_are_not_amounts(money: Analysis):
    noise_start = money.text.index("In 2019")
    assert [a.text for a in money.amounts if a.start >= noise_start] == []


def test_different_objects_never_conflict():
    analysis = analyze_text(
        "The party won 14 seats in the city. Thousands of people attended its rally on Sunday.", id="seats"
    )
    assert conflicts(analysis) == []


def test_crowd_estimates_from_two_sources_conflict_but_tolls_and_crowds_do_not():
    analysis = analyze_text(
        "Police said about 5,000 people joined the march on Sunday. Organisers said 100,000 people "
        "marched through the city. Three people were killed when the police fired.",
        id="crowd",
    )
    flags = conflicts(analysis)
    assert len(flags) == 1
    assert {analysis.text[s:e] for s, e in flags[0].spans} == {"about 5,000", "100,000"}
