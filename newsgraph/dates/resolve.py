"""One date phrase + a reference day -> a calendar value (day, month, year) or a range.

Relative phrases news uses all the time ("on Sunday", "last week", "earlier this month", "the
1990s", "two years ago") are resolved here by hand because dateparser either does not read them
("the 1990s", "earlier this month") or resolves them differently from news usage (a weekday
means the latest such day on or before publication; "last week" is a range, not a day).
Absolute phrases in the common shapes ("Oct 18", "18 October 2020", "2020-10-18") are read by
one regex; the rest go to dateparser.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Literal

from dateparser.date import DateDataParser
from dateutil.easter import easter

from newsgraph.amounts.numbers import value_of

# A month or year without its year/day is resolved to the candidate nearest the reference day,
# with the other direction (future unless the verb is future) counting this many times farther.
AWAY_WEIGHT = 3
# A date in a clause told in the past tense ("was arrested on March 3") lies before publication
# unless no earlier candidate is anywhere near.
PAST_AHEAD_WEIGHT = 50

# The tense of the clause a date belongs to: "past", "future", or None when it says neither.
Tense = Literal["past", "future"] | None


@dataclass(frozen=True)
class DateValue:
    value: str | None
    range: tuple[str, str] | None
    resolution: str | None  # day | month | year | range; None when there is no reference to resolve it


@lru_cache(maxsize=1)
def lexicon() -> dict:
    with resources.files("newsgraph.data").joinpath("dates_lexicon.json").open(encoding="utf-8") as f:
        return json.load(f)


def _words(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(lexicon()[key], key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    weekday, month, unit = _words("weekdays"), _words("months"), _words("units")
    return {
        "lead": re.compile(rf"^(?:(?:{_words('leading_words')})\s+)+"),
        "modifier": re.compile(rf"^(?:{_words('modifiers')})(?:[\s-]+)"),
        "part_of_day": re.compile(rf"\s+(?:{_words('parts_of_day')})$"),
        "weekday": re.compile(rf"^(?:(last|this|next|coming|past|previous)\s+)?({weekday})\.?$"),
        "weekday_word": re.compile(rf"\b(?:{weekday})\b,?\s*"),
        "relative": re.compile(
            r"^(last|past|previous|this|current|next|coming|earlier this|later this|early this|late last"
            r"|earlier last|late this)\s+(week|month|year|fortnight)$"
        ),
        "ago": re.compile(rf"^(.+?)\s+({unit})\s+(ago|back)$"),
        "window": re.compile(rf"^(?:last|past|previous)\s+(.+?)\s+({unit})$"),
        "decade": re.compile(r"^(\d{3})0'?s$"),
        "year": re.compile(r"^(\d{4})$"),
        "month_last": re.compile(rf"^(last|next|this)\s+({month})$"),
        "year_shift": re.compile(r"^(.+?),?\s+(last|next|this)\s+year$"),
        "absolute": re.compile(rf"\b(?:{month})\b|\d{{1,4}}[/-]\d{{1,2}}[/-]\d{{1,4}}"),
        "has_year": re.compile(r"\b\d{4}\b"),
        "iso": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
        "date_shaped": re.compile(rf"^(?:(?:{month}|{weekday}|of|the|\d+(?:st|nd|rd|th)?)\b|[\s,./-])+$"),
        "range": re.compile(
            r"^(?:from\s+|between\s+)?(?P<a>.+?)\s*(?:-|–|\bto\b|\btill\b|\buntil\b|\bthrough\b|\band\b)\s*"
            r"(?P<b>.+)$"
        ),
        "year_range": re.compile(r"^(?:from\s+|between\s+)?(\d{4})\s*(?:-|–|to|and)\s*(\d{4}|\d{2})$"),
        "day_only": re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?(?P<year>,?\s+\d{4})?$"),
        "month_in": re.compile(rf"\b(?:{month})\b\.?"),
        "compound": re.compile(r"\b(?:to|and|or|between|till|until|through|ending|quarter)\b|\d\s*-\s*\d"),
        "common": re.compile(
            rf"^(?:(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?"
            rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{month})\.?(?:,?\s+(?P<y2>\d{{4}}))?"
            rf"|(?P<m3>{month})\.?(?:,?\s+(?P<y3>\d{{4}}))?|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))$"
        ),
    }


def normalize(phrase: str, ref: date | None, tense: Tense = None) -> DateValue | None:
    """Calendar value of a date phrase relative to `ref`; None for durations, ages and non-dates."""
    text = _clean(phrase)
    if not text:
        return None
    pats, lex = _patterns(), lexicon()
    if pats["compound"].search(text) and not pats["iso"].match(text):
        # "March 12-16", "from August 25 to September 2", "2016-17" are ranges; anything else
        # ("year to March 2005") is left to its parts, which are candidates of their own.
        return _range_phrase(text, ref, tense)
    if decade := pats["decade"].match(text):
        start = int(decade.group(1)) * 10
        return DateValue(None, (f"{start}-01-01", f"{start + 9}-12-31"), "range")
    if pats["year"].match(text):
        return DateValue(text, None, "year") if 1000 <= int(text) <= 2100 else None
    shifted = pats["year_shift"].match(text)
    if ref is not None and shifted and pats["absolute"].search(shifted.group(1)):  # "June last year"
        year = ref.year + {"last": -1, "this": 0, "next": 1}[shifted.group(2)]
        return _absolute(f"{shifted.group(1)} {year}", ref, tense)
    if ref is not None and text in lex["holidays"]:
        return _holiday(lex["holidays"][text], ref, tense)
    if ref is not None and (month := pats["month_last"].match(text)):
        return _month_named(lex["months"][month.group(2)], month.group(1), ref)
    if pats["absolute"].search(text) and (value := _absolute(text, ref, tense)) is not None:
        return value
    return _relative(text, ref, tense) if ref is not None else None


def _range_phrase(text: str, ref: date | None, tense: Tense) -> DateValue | None:
    """A range of years ("2016-17", "1992 to 1997") or of days ("6 to 9 January", "March 12-16,
    2020", "from August 25 to September 2"): each end is completed from the other (month, year)
    and resolved alone; None unless both ends are dates of the same resolution in order."""
    pats = _patterns()
    if " and " in text and not text.startswith("between "):  # "March 10 and March 15": two days, no range
        return None
    if years := pats["year_range"].match(text):
        first, last = years.group(1), years.group(2)
        last = first[:2] + last if len(last) == 2 else last
        if 1000 <= int(first) < int(last) <= 2100:
            return DateValue(None, (f"{first}-01-01", f"{last}-12-31"), "range")
        return None
    parts = pats["range"].match(text)
    if parts is None:
        return None
    head, tail = parts.group("a"), parts.group("b")
    if day := pats["day_only"].match(head):  # "6 to 9 January": the first end takes the second's month
        month = pats["month_in"].search(tail)
        head = f"{day.group(1)} {month.group(0)}" if month else head
    if day := pats["day_only"].match(tail):  # "March 12-16, 2020": the second end takes the first's month
        month = pats["month_in"].search(head)
        tail = f"{month.group(0)} {day.group(1)}{day.group('year') or ''}" if month else tail
    if (year := pats["has_year"].search(tail)) and not pats["has_year"].search(head):
        head = f"{head} {year.group(0)}"
    if not (pats["month_in"].search(head) and pats["month_in"].search(tail)):
        return None
    first, last = _absolute(head, ref, tense), _absolute(tail, ref, tense)
    if first is None or last is None or first.resolution != last.resolution or first.value > last.value:
        return None
    if first.resolution == "day":
        return _range(date.fromisoformat(first.value), date.fromisoformat(last.value))
    if first.resolution == "month":  # "March to May"
        (year, month), (last_year, last_month) = (map(int, v.value.split("-")) for v in (first, last))
        return _range(_month_bounds(year, month)[0], _month_bounds(last_year, last_month)[1])
    return None


def _holiday(day: str, ref: date, tense: Tense) -> DateValue:
    """ "Christmas", "Easter": the occurrence nearest `ref`, as for a day named without its year."""
    if day.startswith("easter"):
        shift = int(day[len("easter") :] or 0)
        options = [easter(year) + timedelta(days=shift) for year in (ref.year - 1, ref.year, ref.year + 1)]
        return _day(_nearest(options, ref, tense))
    month, day_of_month = map(int, day.split("-"))
    return _day(_nearest_year(date(ref.year, month, day_of_month), ref, tense, by_month=False))


def _clean(phrase: str) -> str:
    pats = _patterns()
    text = " ".join(phrase.lower().replace("’", "'").split()).strip(" ,.;:()[]\"'")
    text = re.sub(r"'s$", "", text)
    text = pats["lead"].sub("", text)
    text = pats["modifier"].sub("", text)
    return pats["part_of_day"].sub("", text) if text not in lexicon()["day_offsets"] else text


def _relative(text: str, ref: date, tense: Tense) -> DateValue | None:
    pats, lex = _patterns(), lexicon()
    if text in lex["day_offsets"]:
        return _day(ref + timedelta(days=lex["day_offsets"][text]))
    if weekday := pats["weekday"].match(text):
        return _weekday(lex["weekdays"][weekday.group(2)], weekday.group(1), ref, tense)
    if relative := pats["relative"].match(text):
        return _relative_unit(relative.group(1), relative.group(2), ref)
    if ago := pats["ago"].match(text):
        return _ago(ago.group(1), lex["units"][ago.group(2)], ref)
    if window := pats["window"].match(text):
        return _window(window.group(1), lex["units"][window.group(2)], ref)
    return None


def _day(day: date) -> DateValue:
    return DateValue(day.isoformat(), None, "day")


def _range(first: date, last: date) -> DateValue:
    return DateValue(None, (first.isoformat(), last.isoformat()), "range")


def _weekday(weekday: int, modifier: str | None, ref: date, tense: Tense) -> DateValue:
    """The latest such day on or before `ref` ("on Sunday"); the next one for future verbs or
    "next"/"coming"; "last Sunday" is the one before the current week's."""
    back = (ref.weekday() - weekday) % 7
    if modifier in ("next", "coming") or (tense == "future" and modifier is None):
        return _day(ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7))
    if modifier in ("last", "past", "previous") and back == 0:
        back = 7
    return _day(ref - timedelta(days=back))


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _relative_unit(modifier: str, unit: str, ref: date) -> DateValue:
    """ "last week" / "earlier this month" / "next year" and the like, relative to `ref`."""
    monday = ref - timedelta(days=ref.weekday())
    step = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "late last": -1,
        "earlier last": -1,
        "next": 1,
        "coming": 1,
    }
    shift = step.get(modifier, 0)
    if unit in ("week", "fortnight"):
        if unit == "fortnight":
            return (
                _range(ref - timedelta(days=14), ref) if shift <= 0 else _range(ref, ref + timedelta(days=14))
            )
        first = monday + timedelta(weeks=shift)
        last = first + timedelta(days=6)
    elif unit == "month":
        year, month = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
        if modifier not in ("earlier this", "later this", "early this", "late this"):
            return DateValue(f"{year:04d}-{month + 1:02d}", None, "month")
        first, last = _month_bounds(year, month + 1)
    else:
        if modifier not in ("earlier this", "later this", "early this", "late this"):
            return DateValue(f"{ref.year + shift:04d}", None, "year")
        first, last = date(ref.year, 1, 1), date(ref.year, 12, 31)
    if modifier.startswith("earlier") or modifier.startswith("early"):
        return _range(first, max(first, ref - timedelta(days=1)))
    if modifier.startswith("later") or modifier.startswith("late this"):
        return _range(min(last, ref + timedelta(days=1)), last)
    return _range(first, last)


def _month_named(month: int, modifier: str, ref: date) -> DateValue:
    """ "last September": the latest September before the current month; "next March" the first after."""
    if modifier == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif modifier == "next":
        year = ref.year if month > ref.month else ref.year + 1
    else:
        year = ref.year
    return DateValue(f"{year:04d}-{month:02d}", None, "month")


def _count(words: str) -> float | None:
    number = value_of(words) if words not in ("a", "an", "one") else None
    return (
        1.0 if words in ("a", "an", "one") else (number.value if number and not number.approximate else None)
    )


def _shift(ref: date, amount: float, unit: str) -> date | None:
    days = {"day": 1, "week": 7, "fortnight": 14}
    if unit in days:
        return ref - timedelta(days=round(amount * days[unit]))
    months = round(amount * {"month": 1, "year": 12, "decade": 120}[unit])
    year, month = divmod(ref.year * 12 + ref.month - 1 - months, 12)
    return date(year, month + 1, min(ref.day, 28)) if year > 0 else None


def _ago(words: str, unit: str, ref: date) -> DateValue | None:
    """ "two years ago" -> year, "three months ago" -> month, "five days ago" -> day, weeks -> that week."""
    amount = _count(words)
    day = _shift(ref, amount, unit) if amount else None
    if day is None:
        return None
    if unit in ("year", "decade"):
        return DateValue(f"{day.year:04d}", None, "year")
    if unit == "month":
        return DateValue(f"{day.year:04d}-{day.month:02d}", None, "month")
    if unit == "day":
        return _day(day)
    return _range(
        day - timedelta(days=day.weekday()), day - timedelta(days=day.weekday()) + timedelta(days=6)
    )


def _window(words: str, unit: str, ref: date) -> DateValue | None:
    """ "the past 10 years", "last three days": the window ending on `ref`."""
    amount = _count(words)
    first = _shift(ref, amount, unit) if amount else None
    return _range(first, ref) if first is not None else None


@lru_cache(maxsize=64)
def _parser(ref: date | None) -> DateDataParser:
    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True}
    if ref is not None:
        settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day)
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(text: str, ref: date | None) -> tuple[date, str] | None:
    """Other date-shaped phrases ("18/10/2020"); words outside a date ("March 15 as a day") never
    reach dateparser, whose first call costs a second of set-up."""
    if not _patterns()["date_shaped"].match(text):
        return None
    data = _parser(ref).get_date_data(text)
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    return data.date_obj.date(), data.period


def _common_shape(text: str, ref: date | None) -> tuple[date, str] | None:
    """ "March 15", "15th of March 2002", "March, 2005", "2020-10-18" read directly: most dates in
    news take these shapes, and dateparser costs milliseconds a call plus a second to set up."""
    found = _patterns()["common"].match(text)
    if found is None:
        return None
    parts = found.groupdict()
    if parts["iso"]:
        return date.fromisoformat(parts["iso"]), "day"
    year = int(parts["y"] or parts["y2"] or parts["y3"] or (ref.year if ref else 0))
    month = lexicon()["months"][parts["m"] or parts["m2"] or parts["m3"]]
    day = parts["d"] or parts["d2"]
    try:
        return (date(year, month, int(day)), "day") if day else (date(year, month, 1), "month")
    except ValueError:  # "February 30", year 0
        return None


@lru_cache(maxsize=8192)
def _absolute(text: str, ref: date | None, tense: Tense) -> DateValue | None:
    """Month names and numeric dates via dateparser; a missing year is taken from `ref`."""
    pats = _patterns()
    text = pats["weekday_word"].sub("", text).strip(" ,")
    has_year = bool(pats["has_year"].search(text))
    if not has_year and ref is None:
        return None
    parsed = _common_shape(text, ref) or _dateparser(text, ref)
    if parsed is None:
        return None
    found, period = parsed
    if period == "year":
        return DateValue(f"{found.year:04d}", None, "year") if has_year else None
    if not has_year:
        found = _nearest_year(found, ref, tense, by_month=period == "month")
    if period == "month":
        return DateValue(f"{found.year:04d}-{found.month:02d}", None, "month")
    return _day(found)


def _nearest_year(found: date, ref: date, tense: Tense, by_month: bool) -> date:
    """Of last year's, this year's and next year's date, the nearest to `ref`."""
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(found.replace(year=year))
        except ValueError:  # 29 February outside a leap year
            continue
    return _nearest(candidates, ref, tense, by_month) if candidates else found


def _nearest(candidates: list[date], ref: date, tense: Tense, by_month: bool = False) -> date:
    """The candidate nearest to `ref`, the unlikely direction weighted: ahead in news told in the
    past (AWAY_WEIGHT times, PAST_AHEAD_WEIGHT for a past-tense clause), behind for future verbs."""

    def cost(candidate: date) -> float:
        if by_month:
            distance = (candidate.year - ref.year) * 12 + candidate.month - ref.month
        else:
            distance = (candidate - ref).days
        if distance == 0 or (distance > 0) == (tense == "future"):
            return abs(distance)
        return abs(distance) * (PAST_AHEAD_WEIGHT if tense == "past" else AWAY_WEIGHT)

    return min(candidates, key=cost)
