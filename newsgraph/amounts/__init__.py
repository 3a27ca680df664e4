"""amounts stage: figures in digits and words, normalised to a value, kind, unit and counted object.

Candidates come from one precompiled regex (numbers.scanner), tried only where a figure can
start; spaCy's parse of the already-built Doc supplies the counted object ("14 seats", "thousands
of people", "11-party") and the implied object of bare crowd figures ("thousands protested").
Years, dates, clock times, ordinals, phone numbers, identifiers ("Section 144") and digits inside
names are not amounts.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.amounts.conflicts import figure_conflicts, people_verbs
from newsgraph.amounts.numbers import lexicon, matches, scanner, start_pattern, value_of
from newsgraph.context import Context
from newsgraph.model import Amount

__all__ = ["figure_conflicts", "run"]

NOUNS = {"NOUN", "PROPN"}
# Named things whose digits are part of the name ("Formula One", "Channel 4", "G20 summit").
NAME_LABELS = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "NORP", "LANGUAGE"}
SKIP_BEFORE_OBJECT = {"DET", "ADJ", "NUM", "PRON", "ADV", "PUNCT"}
PRONOUNS = {"them", "us", "which", "whom", "it", "you", "who"}
CLOCK = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|ist\b|gmt\b|bst\b|hrs\b)", re.IGNORECASE)
UNSAFE_ABBREVIATION = re.compile(r"[\d.]\s?(?:m|k|cr)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _approx_before() -> re.Pattern[str]:
    words = sorted(lexicon()["approx_before"], key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(w) for w in words)})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _approx_after() -> re.Pattern[str]:
    words = sorted(lexicon()["approx_after"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in words)})(?!\w)", re.IGNORECASE)


def run(ctx: Context) -> None:
    """Fill ctx.analysis.amounts."""
    dates = [(d.start, d.end) for d in ctx.analysis.dates]
    names = [(e.start_char, e.end_char) for e in ctx.doc.ents if e.label_ in NAME_LABELS]
    rupee = _rupee_code(ctx)
    for match in matches(ctx.text, _starts(), scanner()):
        amount = _amount(ctx, match, rupee, dates, names)
        if amount is not None:
            ctx.analysis.amounts.append(amount)


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str]:
    """Where a figure can start: digits, currency signs and codes, number words."""
    lex = lexicon()
    words = [*lex["units"], *lex["tens"], *lex["scales"], *lex["vague"], *lex["vague_multipliers"]]
    words += [phrase.split()[0] for phrase in lex["fixed"]]
    return start_pattern(words, prefixes=list(lex["currency_symbols"]))


def _rupee_code(ctx: Context) -> str:
    """'Rs' is the rupee of whichever rupee country the article's places name most."""
    codes = lexicon()["rupee_countries"]
    counts = Counter(p.country for p in ctx.analysis.places if p.country in codes)
    return codes[counts.most_common(1)[0][0]] if counts else "INR"


def _amount(
    ctx: Context, match: re.Match[str], rupee: str, dates: list[tuple[int, int]], names: list[tuple[int, int]]
) -> Amount | None:
    """The figure `match` found, or None when it is no amount; `names` are spans of named things."""
    text = ctx.text
    currency, start = match.group("cur"), match.start()
    num_start, num_end = match.span("num")
    if currency and currency[0].isalpha() and start > 0 and text[start - 1].isalnum():
        currency = None  # "Mrs 5": letters that only look like a currency code
    if not currency:
        start = num_start
    end = match.end()
    number, upper, percent = value_of(match.group("num")), match.group("upper"), match.group("pct")
    if number is None or (upper and float(upper.replace(",", "")) <= number.value):
        return None  # "2-1" is a score, not a range
    approximate = number.approximate or bool(upper)
    if not _clean_edges(text, start, end) or ctx.is_excluded(start, end):
        return None
    tokens = ctx.doc.char_span(num_start, match.end("upper") if upper else num_end, alignment_mode="expand")
    if (before := _approx_before().search(text, max(0, start - 30), start)) is not None:
        start, approximate = before.start(), True
    if (after := _approx_after().match(text, end)) is not None:
        end, approximate = after.end(), True
    if tokens is None or _overlaps(start, end, dates) or CLOCK.match(text, end):
        return None
    kind, unit, obj, unit_end, factor = _kind(ctx.doc, tokens[0], tokens[-1], currency, percent, rupee)
    if kind is None or (kind != "money" and UNSAFE_ABBREVIATION.search(match.group("num"))):
        return None
    end = max(end, unit_end)
    vague = (number.is_word and not number.approximate) or bool(upper)
    if kind == "count" and (
        _overlaps(start, end, names) or not _plausible_count(ctx, match, tokens[0], obj, vague)
    ):
        return None
    return Amount(
        start=start,
        end=end,
        text=text[start:end],
        value=number.value * factor,
        approximate=approximate,
        object=obj,
        kind=kind,
        unit=unit,
    )


def _clean_edges(text: str, start: int, end: int) -> bool:
    """False for digits glued to words, handles, versions, dates and times: "Covid-19", "@x1", "18th",
    "10/18", "3.5.2", "10:30"."""
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if before.isalnum() or before in "@#_/\\:" or after.isalnum() or after in "@_/\\":
        return False
    if before in "-–" and before2.isalnum():
        return False
    return not ((before == "." and before2.isdigit()) or (after in ".:" and after2.isdigit()))


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _next_word(doc: Doc, last: Token) -> tuple[Token | None, bool]:
    """The token after a number, stepping over a glued hyphen ("five-year"); and whether it was glued."""
    i = last.i + 1
    if i + 1 < len(doc) and doc[i].text in "-–" and not last.whitespace_ and not doc[i].whitespace_:
        return doc[i + 1], True
    return (doc[i], False) if i < len(doc) else (None, False)


def _kind(
    doc: Doc, first: Token, last: Token, currency: str | None, percent: str | None, rupee: str
) -> tuple[str | None, str | None, str | None, int, float]:
    """(kind, unit, object, end of the unit word or 0, factor to the unit); kind None when the figure
    is an age or a date."""
    lex = lexicon()
    if currency:
        code = _currency_codes()[currency.lower()]
        return "money", rupee if code == "INR" else code, None, 0, 1.0
    if percent:
        return "percent", None, None, 0, 1.0
    word, glued = _next_word(doc, last)
    if word is None:
        return "count", None, None, 0, 1.0
    lower = word.lower_
    if (money := _currency_word(doc, word)) is not None:
        code, factor, unit_token = money
        return "money", rupee if code == "INR" else code, None, unit_token.idx + len(unit_token), factor
    if lower in lex["duration_units"]:
        after, _ = _next_word(doc, word)
        if after is not None and after.lower_ in ("old", "ago"):
            return None, None, None, 0, 1.0
        return "duration", lex["duration_units"][lower], None, word.idx + len(word), 1.0
    if lower in lex["measure_units"]:
        return "other", lex["measure_units"][lower], None, word.idx + len(word), 1.0
    if glued and word.pos_ in NOUNS:
        return "count", None, lower, 0, 1.0
    obj = _counted_object(doc, first, last)
    return "count", None, None if obj in lex["duration_units"] else obj, 0, 1.0


@lru_cache(maxsize=1)
def _currency_codes() -> dict[str, str]:
    """Currency signs and codes, lower-cased as the case-insensitive scanner may match them."""
    return {symbol.lower(): code for symbol, code in lexicon()["currency_symbols"].items()}


def _currency_word(doc: Doc, word: Token) -> tuple[str, float, Token] | None:
    """(code, factor to the main unit, token) of a currency named after the number: "50 lakh rupees",
    "1.90 Canadian dollars", "millions of dollars", "four pence"."""
    lex = lexicon()
    names = lex["currency_words"] | {w: code for w, (code, _) in lex["currency_subunits"].items()}
    unit, adjective = word, None
    if word.lower_ not in names and word.i + 1 < len(doc) and doc[word.i + 1].lower_ in names:
        if word.lower_ != "of" and word.lower_ not in lex["currency_adjectives"]:
            return None
        unit, adjective = doc[word.i + 1], lex["currency_adjectives"].get(word.lower_)
    if unit.lower_ not in names:
        return None
    factor = lex["currency_subunits"].get(unit.lower_, [None, 1.0])[1]
    return adjective or names[unit.lower_], factor, unit


def _counted_object(doc: Doc, first: Token, last: Token) -> str | None:
    """The counted noun: "14 seats", "thousands of people", "10 police personnel"; or "people" for
    a bare figure doing what crowds do ("thousands protested", "100s of 1000s attending")."""
    i = last.i + 1
    if i < len(doc) and doc[i].lower_ == "of":
        pobj = next((c for c in doc[i].children if c.dep_ == "pobj" and c.lower_ not in PRONOUNS), None)
        if pobj is not None and pobj.pos_ == "NOUN":  # "dozens of Indian Air Force officers"
            return _noun_run_end(doc, pobj.i)
        j = i + 1
        while j < len(doc) and doc[j].pos_ in SKIP_BEFORE_OBJECT and doc[j].lower_ not in PRONOUNS:
            j += 1
        return _noun_run_end(doc, j)
    head = last.head
    if last.dep_ == "nummod" and 0 < head.i - last.i <= 4 and (head.pos_ == "NOUN" or head.text.islower()):
        return _noun_run_end(doc, head.i)
    for j in range(i, min(i + 3, len(doc))):
        if doc[j].pos_ in NOUNS:
            return _noun_run_end(doc, j)
        if doc[j].pos_ != "ADJ":
            break
    return _implied_people(first, last)


def _noun_run_end(doc: Doc, j: int) -> str | None:
    """Last noun of the compound starting at j ("police personnel" -> personnel), common nouns only."""
    if j >= len(doc) or doc[j].pos_ not in NOUNS or doc[j].lower_ in PRONOUNS:
        return None
    while j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN" and doc[j].dep_ == "compound":
        j += 1
    token = doc[j]
    if token.pos_ != "NOUN" and not token.text.islower():
        return None
    if j + 2 < len(doc) and doc[j + 1].text == "-" and not token.whitespace_ and not doc[j + 1].whitespace_:
        return f"{token.lower_}-{doc[j + 2].lower_}"  # "sub-inspector", split by the tokenizer
    return token.lower_


def _implied_people(first: Token, last: Token) -> str | None:
    """ "people" when the figure is the subject of, or qualified by, a verb only people do."""
    verbs = people_verbs()
    for token in {first, last}:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in verbs:
            return "people"
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs for c in token.children):
            return "people"
    return None


def _is_age(doc: Doc, first: Token) -> bool:
    """ "aged 45", "at the age of 87"."""
    before = [t.lower_ for t in doc[max(0, first.i - 2) : first.i]]
    return before[-1:] == ["aged"] or before == ["age", "of"]


def _plausible_count(ctx: Context, match: re.Match[str], first: Token, obj: str | None, vague: bool) -> bool:
    """Reject bare counts that are really years, phone numbers, identifiers, scores or names; `vague`
    (spelled out or a range like a score "2-1") needs a counted object to count."""
    digits = match.group("num")
    prev = ctx.doc[first.i - 1] if first.i > 0 else None
    prev_word = prev.lower_.rstrip(".") if prev is not None else ""
    if (
        digits.isdigit()
        and 1800 <= int(digits) <= 2100
        and (obj is None or prev_word in lexicon()["year_words"])
    ):
        return False
    if digits.isdigit() and len(digits) >= 7:
        return False
    if prev_word in lexicon()["identifier_words"] or _is_age(ctx.doc, first):
        return False
    if digits[0].isupper() and not first.is_sent_start:
        return False  # "Formula One", "Big Four": capitalised mid-sentence, the number names something
    if digits.lower() == "one":  # "one of the few", "on one hand": only "one person" counts
        following = ctx.doc[first.i + 1] if first.i + 1 < len(ctx.doc) else None
        return following is not None and following.pos_ in NOUNS and obj not in lexicon()["one_idioms"]
    if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and not first.is_sent_start:
        return False  # "Boeing 747", "Nikkei 225 index"
    return obj is not None or not vague
