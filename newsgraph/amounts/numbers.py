"""Number phrases in English news text: the lexicon, one compiled scanner, and their values.

Hand-written because no maintained library reads digits, number words, Indian numbering (lakh,
crore), currency-marked abbreviations ("$3bn", "£600m") and vague plurals ("100s of 1000s") in one
pass over raw text with character offsets; the word lists live in data/amounts_lexicon.json.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def lexicon() -> dict:
    with resources.files("newsgraph.data").joinpath("amounts_lexicon.json").open(encoding="utf-8") as f:
        return json.load(f)


def _alternation(words: list[str] | dict) -> str:
    """Regex alternation of literal words, longest first so the regex prefers the fullest form."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


DIGITS = r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@lru_cache(maxsize=1)
def scanner() -> re.Pattern[str]:
    """One case-insensitive regex for a number phrase with optional currency prefix and percent."""
    lex = lexicon()
    units, tens = _alternation(lex["units"]), _alternation(lex["tens"])
    word = rf"(?:(?:{tens})(?:[- ](?:{units}))?|{units})"
    scale = _alternation(lex["scales"])
    abbr = _alternation(lex["scale_abbreviations"])
    vague = rf"(?:{_alternation(lex['vague'])}|10+s)"
    # "one hundred and fifty", "two million five hundred thousand"; never two bare words ("two three-tier")
    words = rf"{word}(?:[ -]+(?:{scale})(?:(?:\s+and)?[ -]+{word}(?![ -]+{word}))?)*"
    number = rf"(?:{DIGITS})(?:[\s-]?(?:{scale})\b|(?:\s?(?:{abbr}))(?![a-z]))*"
    mult_vague = rf"(?:{_alternation(lex['vague_multipliers'])})\s+(?:{scale}|{vague})"
    fixed = _alternation(lex["fixed"])
    pct = r"\s?(?:%|per\s?cent\b|percent\b|percentage points?\b)"
    pattern = (
        rf"(?:(?P<cur>{_alternation(lex['currency_symbols'])})\.?\s?)?"
        rf"(?P<num>(?:{fixed})\b|{mult_vague}\b|{vague}(?:\s+of\s+{vague})?\b|{number}|\b{words}\b)"
        # a range "20-25 people", "10 to 15%" (or a score "2-1")
        rf"(?:\s?(?:-|–|to)\s?(?P<upper>{DIGITS})(?!\d|,\d))?"
        rf"(?P<pct>{pct})?"
    )
    return re.compile(pattern, re.IGNORECASE)


def start_pattern(words: list[str], prefixes: list[str] = ()) -> re.Pattern[str]:
    """Where a match can begin: a digit, a currency sign, one of `words` at a word start, or one of
    `prefixes` at a word start even when glued to what follows ("Rs10")."""
    glued = "".join(f"|{re.escape(p)}" for p in prefixes)
    return re.compile(rf"(?<!\w)(?:\d|[$£€₹¥]|(?:{_alternation(words)})(?!\w){glued})", re.IGNORECASE)


def matches(text: str, starts: re.Pattern[str], pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Non-overlapping `pattern` matches tried only where `starts` matches: a full-text search with
    a long alternation is several times slower than this cheap prefilter."""
    covered = 0
    for start in starts.finditer(text):
        if (
            start.start() >= covered
            and (found := pattern.match(text, start.start()))
            and found.end() > found.start()
        ):
            covered = found.end()
            yield found


@dataclass
class NumberValue:
    value: float
    approximate: bool
    is_word: bool  # spelled out ("five"), not digits


@lru_cache(maxsize=4096)
def value_of(phrase: str) -> NumberValue | None:
    """Value of a number phrase matched by scanner() group `num`; None if it does not parse."""
    lex = lexicon()
    text = " ".join(phrase.lower().replace("-", " ").split())
    if text in lex["fixed"]:
        return NumberValue(float(lex["fixed"][text]), False, True)
    scales = lex["scales"] | lex["vague"]
    total, current, approximate = 0.0, 0.0, False
    is_word = not any(c.isdigit() for c in text)
    for token in re.findall(r"10+s\b|\d[\d,]*(?:\.\d+)?|[a-z]+", text):
        if token in scales or token.endswith("0s"):
            approximate = approximate or token in lex["vague"] or token.endswith("0s")
            factor = float(token[:-1]) if token[0].isdigit() else scales[token]
            current = (current or 1.0) * factor
            if factor >= 1000:
                total, current = total + current, 0.0
        elif token[0].isdigit():
            current = float(token.replace(",", ""))
        elif token in lex["units"] or token in lex["tens"]:
            current += lex["units"].get(token, 0) + lex["tens"].get(token, 0)
        elif token in lex["scale_abbreviations"]:
            current = (current or 1.0) * lex["scale_abbreviations"][token]
        elif token in lex["vague_multipliers"] or token in ("a", "of", "and"):
            approximate = approximate or token != "and"
        else:
            return None
    value = total + current
    return NumberValue(value, approximate, is_word) if value else None
