"""dates stage: date expressions found and put on the calendar.

Candidates are spaCy's DATE (and day-naming TIME) entities plus a cheap regex for explicit dates
the model misses; only those spans are normalised (dates.resolve), against the dateline's date,
else the publication date, else the article's latest explicit full date - or, inside a social
post, against the post's date. Durations ("five hours") and names ("Windows 2000") are no dates.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.amounts.numbers import matches, start_pattern
from newsgraph.context import Context
from newsgraph.dates.resolve import DateValue, Tense, lexicon, normalize
from newsgraph.model import DateMention

UNRESOLVED = DateValue(None, None, None)
EDGE_JUNK = " \t\n\r,.;:()[]\"'“”‘’-–—"
MOJIBAKE_QUOTE = re.compile("(?:â€.?|Â)+")
MOJIBAKE_TAIL = re.compile("(?:â€.?|Â)+$")
DAY_WORDS = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|last night|\w+day)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _candidate_regex() -> re.Pattern[str]:
    """Explicit dates and day words spaCy's small model sometimes misses (e.g. in tweet signatures)."""
    months = "|".join(sorted(lexicon()["months"], key=len, reverse=True))
    weekdays = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    month = rf"(?:{months})\b\.?"
    holidays = "|".join(re.escape(h) for h in sorted(lexicon()["holidays"], key=len, reverse=True))
    to = r"\s*(?:-|–|to|till|until)\s*"  # day ranges: "March 12-16", "6 to 9 January"
    return re.compile(
        rf"(?:{month}(?:\s+{day})?,?\s+(?:last|next|this)\s+year"
        rf"|{month}\s+{day}(?:{to}(?:{month}\s+)?{day}\b)?(?:,?\s+\d{{4}})?"
        rf"|{day}(?:{to}{day}(?:\s+{month})?)?\s+(?:of\s+)?{month}(?:,?\s+\d{{4}})?|{month},?\s+\d{{4}}"
        rf"|\d{{4}}-\d{{2}}-\d{{2}}|(?:(?:last|this|next|coming)\s+)?(?:{weekdays})"
        rf"|today|yesterday|tomorrow|tonight|{holidays}"
        rf"|(?:last|this|next|past|earlier this|later this)\s+(?:week|month|year))\b",
        re.IGNORECASE,
    )


def run(ctx: Context) -> None:
    """Fill ctx.analysis.dates."""
    candidates = _candidates(ctx)
    reference = _reference(ctx, candidates)
    taken: list[tuple[int, int]] = []
    for start, end in candidates:  # longest first: an inner explicit date is tried when its span fails
        if any(s < end and start < e for s, e in taken):
            continue
        tense = _tense(ctx.doc, start, end)
        value = normalize(ctx.text[start:end], _reference_at(ctx, start, reference), tense)
        if value is None and reference is None and normalize(ctx.text[start:end], date.today()) is not None:
            value = UNRESOLVED  # a date, but the article gives nothing to count from
        if value is not None:
            taken.append((start, end))
            ctx.analysis.dates.append(_mention(ctx.text, start, end, value))
    ctx.analysis.dates.sort(key=lambda d: d.start)


def _mention(text: str, start: int, end: int, value: DateValue) -> DateMention:
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        value=value.value,
        range=list(value.range) if value.range else None,
        resolution=value.resolution,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    if mojibake := MOJIBAKE_QUOTE.match(text, start, end):  # "â€œtwenty years ago" (cp1252-decoded UTF-8)
        start = mojibake.end()
    if mojibake := MOJIBAKE_TAIL.search(text, start, end):  # "march 15â€"
        end = mojibake.start()
    while start < end and text[start] in EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in EDGE_JUNK:
        end -= 1
    return start, end


def _candidates(ctx: Context) -> list[tuple[int, int]]:
    """Distinct candidate spans outside excluded blocks, longest first."""
    spans = [
        (e.start_char, e.end_char)
        for e in ctx.doc.ents
        if e.label_ == "DATE" or (e.label_ == "TIME" and DAY_WORDS.search(e.text))
    ]
    spans += [found.span() for found in matches(ctx.text, _starts(), _candidate_regex())]
    trimmed = {_trim(ctx.text, s, e) for s, e in spans}
    return sorted(
        ((s, e) for s, e in trimmed if e > s and not ctx.is_excluded(s, e)), key=lambda s: s[0] - s[1]
    )


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str]:
    lex = lexicon()
    return start_pattern([*lex["months"], *lex["weekdays"], *lex["relative_starts"], *lex["holidays"]])


def _parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _reference(ctx: Context, candidates: list[tuple[int, int]]) -> date | None:
    """The dateline's date ("New Delhi, Jul 27 (PTI)": the day of writing); else the publication date;
    else the latest explicit full date of the article (posts included)."""
    published = _parse_iso(ctx.analysis.published)
    for line in ctx.analysis.anatomy.datelines:
        for start, end in candidates:
            if line.start <= start and end <= line.end:
                value = normalize(ctx.text[start:end], published)
                if value is not None and value.resolution == "day" and value.value:
                    return date.fromisoformat(value.value)
    if published is not None:
        return published
    found = [d for e in ctx.analysis.anatomy.social_embeds if (d := _parse_iso(e.date)) is not None]
    latest_year = 0
    for start, end in candidates:
        value = normalize(ctx.text[start:end], None)
        if value is not None and value.value:
            latest_year = max(latest_year, int(value.value[:4]))
            if value.resolution == "day":
                found.append(date.fromisoformat(value.value))
    latest = max(found, default=None)
    # A full date older than a year the article names is history, not the time of writing.
    return latest if latest is not None and latest.year >= latest_year else None


def _reference_at(ctx: Context, start: int, reference: date | None) -> date | None:
    """Inside a social post with a date, relative dates count from the post ("today" in a tweet)."""
    for embed in ctx.analysis.anatomy.social_embeds:
        if embed.start <= start < embed.end and (posted := _parse_iso(embed.date)) is not None:
            return posted
    return reference


def _tense(doc: Doc, start: int, end: int) -> Tense:
    """The tense of the clause the date belongs to: "future" ("will meet on Sunday"), "past" when the
    date hangs on a past verb itself ("was arrested on March 3", not "called a strike on March 3"),
    else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    lex = lexicon()
    token, through_noun = span.root, False
    if token.head.lower_ in lex["period_end_words"]:
        return None  # "remanded in custody till March 3": the end of a period lies ahead
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX"):
            return _verb_tense(token, through_noun, lex)
        if token.head == token:
            break
        token = token.head
        through_noun = through_noun or token.pos_ in ("NOUN", "PROPN")
    return None


def _verb_tense(verb: Token, through_noun: bool, lex: dict) -> Tense:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "aux" and c.lower_ in lex["future_auxiliaries"] for c in auxes):
        return "future"
    if through_noun or verb.lower_ in lex["scheduling_verbs"]:
        return None
    if any(c.lower_ in lex["modal_auxiliaries"] for c in auxes):
        return None
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in auxes)):
        return "past"
    return None
