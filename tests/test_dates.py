"""Dates found and put on the calendar: the Karachi example (with and without a publication date)
and short made-up texts with a --published date."""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, DateMention
from newsgraph.pipeline import analyze_text


def date_at(analysis: Analysis, phrase: str, occurrence: int = 0) -> DateMention:
    """The date mention covering the `occurrence`-th appearance of `phrase` in the text."""
    start = -1
    for _ in range(occurrence + 1):
        start = analysis.text.index(phrase, start + 1)
    found = [d for d in analysis.dates if d.start <= start and start + len(phrase) <= d.end]
    assert found, f"no date covers {phrase!r}; dates: {[(d.text, d.value) for d in analysis.dates]}"
    return found[0]


@pytest.fixture(scope="module")
def karachi_undated(karachi_text: str) -> Analysis:
    """The example as given: no date line, so the tweet's 'October 18, 2020' is the reference."""
    return analyze_text(karachi_text, id="karachi-undated")


@pytest.fixture(scope="module")
def made_up() -> Analysis:
    text = (
        "LUCKNOW: The party held a rally on Sunday and its leaders will meet again on Friday. "
        "Officials said 5,000 people attended. Earlier this month the court adjourned the case, "
        "and last year it ruled against the trust. The dispute goes back to the 1990s. "
        "The hearing lasted five hours. The trust was set up two years ago and the programme on "
        "March 15 will go ahead.\n\n"
        "Read: Rally on Saturday, March 9, 2002 draws 10,000 people"
    )
    return analyze_text(text, id="made-up", published="2002-03-12")  # a Tuesday


def test_october_18_takes_the_year_of_the_article(karachi_analysis: Analysis, karachi_undated: Analysis):
    for analysis in (karachi_analysis, karachi_undated):
        mention = date_at(analysis, "October 18")
        assert (mention.value, mention.resolution) == ("2020-10-18", "day")


def test_last_week_is_a_range_before_the_rally(karachi_analysis: Analysis, karachi_undated: Analysis):
    for analysis in (karachi_analysis, karachi_undated):
        mention = date_at(analysis, "Last week")
        assert mention.value is None and mention.resolution == "range"
        first, last = mention.range
        assert "2020-10-01" <= first < "2020-10-18" and first <= last <= "2020-10-18"
    # counted from the tweet (Sunday 18 October): the Monday-to-Sunday week before it
    assert date_at(karachi_undated, "Last week").range == ["2020-10-05", "2020-10-11"]


def test_today_in_the_tweet_is_the_day_of_the_tweet(karachi_analysis: Analysis):
    assert date_at(karachi_analysis, "today").value == "2020-10-18"


def test_weekday_is_the_latest_such_day_unless_the_verb_is_future(made_up: Analysis):
    assert date_at(made_up, "Sunday").value == "2002-03-10"
    assert date_at(made_up, "Friday").value == "2002-03-15"  # "will meet again on Friday"


def test_relative_periods_are_ranges_or_calendar_units(made_up: Analysis):
    assert date_at(made_up, "Earlier this month").range == ["2002-03-01", "2002-03-11"]
    assert (date_at(made_up, "last year").value, date_at(made_up, "last year").resolution) == ("2001", "year")
    assert date_at(made_up, "the 1990s").range == ["1990-01-01", "1999-12-31"]
    assert date_at(made_up, "two years ago").value == "2000"
    assert date_at(made_up, "March 15").value == "2002-03-15"


def test_durations_numbers_and_link_lines_are_not_dates(made_up: Analysis):
    texts = [d.text for d in made_up.dates]
    assert not any("hours" in t for t in texts)
    read_line = made_up.text.index("Read:")
    assert [d.text for d in made_up.dates if d.end > read_line] == []


def test_without_any_reference_relative_dates_get_no_value():
    analysis = analyze_text("The minister resigned on Sunday. The law was passed in 1998.", id="no-ref")
    assert date_at(analysis, "Sunday").value is None
    assert date_at(analysis, "1998").value == "1998"


def test_a_dated_dateline_is_the_day_of_writing():
    analysis = analyze_text(
        "New Delhi, Jul 27 (PTI) The mayor today directed officials to clear the drains.",
        id="dateline",
        published="2017-07-29",
    )
    assert date_at(analysis, "today").value == "2017-07-27"


def test_date_ranges_complete_each_end_from_the_other():
    analysis = analyze_text(
        "The assembly sat from March 4-8, and the talks of 6 to 9 January 2001 failed. "
        "The fair ran from February 26 to March 3. The 1998-99 budget was cut.",
        id="ranges",
        published="2002-03-12",
    )
    assert date_at(analysis, "March 4-8").range == ["2002-03-04", "2002-03-08"]
    assert date_at(analysis, "6 to 9 January 2001").range == ["2001-01-06", "2001-01-09"]
    assert date_at(analysis, "February 26 to March 3").range == ["2002-02-26", "2002-03-03"]
    assert date_at(analysis, "1998-99").range == ["1998-01-01", "1999-12-31"]
    assert {d.resolution for d in analysis.dates} == {"range"}


def test_holidays_are_days_of_the_nearest_year():
    analysis = analyze_text(
        "Shops reopened after Christmas. The marchers will gather again at Easter.",
        id="holidays",
        published="2021-03-20",
    )
    assert date_at(analysis, "Christmas").value == "2020-12-25"
    assert date_at(analysis, "Easter").value == "2021-04-04"  # Western Easter 2021


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said the man was arrested on March 3 in Lahore.", "2024-03-03"),
        ("Protesters gathered outside the assembly on March 3, officials said.", "2024-03-03"),
        ("The minister will visit Delhi on March 3.", "2025-03-03"),
        ("The hearing was adjourned to March 3.", "2025-03-03"),
        ("The union called a strike on March 3.", "2025-03-03"),
        ("He was remanded in judicial custody till March 3.", "2025-03-03"),
        ("The court reserved its verdict for March 3.", "2025-03-03"),
    ],
)
def test_a_bare_day_in_a_past_clause_lies_before_publication(sentence: str, expected: str):
    dates = analyze_text(sentence, published="2025-02-20").dates
    assert [d.value for d in dates] == [expected]
