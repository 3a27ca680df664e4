"""Capitalisation restored for articles written all in lower case (some wire feeds and archives).

The statistical model reads case: on lower-case text it finds almost no names and parses worse. For a
caseless article we give it a capitalised copy of the same length (only letters change case), so every
offset stays valid for the original too. Written by hand because the one packaged English truecaser
(PyPI `truecase`) needs 500 MB and leaves names it has not seen (most South Asian ones) in lower case;
this one capitalises from what the project already knows: the gazetteer (places), the entity and event
lexicons (organisations, armed groups, leaders, titles, given names), the model's English word list (a
word outside it next to a name or title is a name) and sentence starts. Names and acronyms that
the English word list also has (WordNet lists "mp", "tv", "congress", "blair") come from
case_forms.txt, and from case_forms_country.tsv for those that are names only in articles about one
country and next to the right words ("labour mps" in British news, never "labour costs").
`benchmarks/caseless.py` measures what case loss still changes in events, quotes and entities.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.entities import lexicon
from newsgraph.nlp import load
from newsgraph.places import gazetteer

# A text is caseless when fewer than this share of its words start with a capital (edited English has
# more than 5% from sentence starts alone); a few capitalised words (a share-buttons line) are allowed.
CASELESS_SHARE = 0.02
CASELESS_ALLOWED = 5
MIN_WORDS = 20
WORD = re.compile(r"[^\W\d_]+")
SENTENCE_END = re.compile(r"[.!?]['\"”’)\]]*\s")
# Sentences joined without a space ("the death.the police", "corruption.?the") where paragraphs were
# glued; "?" after a comma is a mis-decoded closing quote ("village,? said"), no question mark.
GLUED_END = re.compile(r"(?:\s\d+)?['\"”’?)\]]?[.!](['\"”’?]*)")
# A quotation opened after a comma or colon starts with a capital: 'said, "we will', 'said: ?it is'.
QUOTE_OPENED = re.compile(r"[,:]\s+[\"“?]$")
# A quotation mark in the sentence before: a straight or curly quote, or "?" written for one next to a letter.
QUOTE_MARK = re.compile(r"[\"“”]|\?\w|\w\?")
# A dateline opens a line: one to three words and a colon ("new delhi: the court ...").
DATELINE = re.compile(r"\s*[^\W\d_]+(?:[ -][^\W\d_]+){0,2}: ")
QUOTE_AFTER_COMMA = re.compile(r"(?<=[,;:])\?+")
# A text shouts when this share of its cased letters are capitals (old wire copy, some archives).
UPPER_SHARE = 0.9
_UPPER, _LOWER = re.compile("[A-Z]"), re.compile("[a-z]")
VOWELS = frozenset("aeiouy")
# "s" of "norway’s" is no initial: the ending after an apostrophe (also one written as "?") stays as it is
CLITICS = frozenset({"s", "t", "d", "m", "ll", "re", "ve"})
APOSTROPHES = frozenset("'’?")
INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
LOCATIVES = frozenset({"in", "at", "near", "from"})
# Cities this large are names even when the word is also English ("reading", "mobile" are smaller).
BIG_CITY = 1_000_000
NAMED_CITY = 15_000
ALT_NAMED_CITY = 100_000  # alternate names ("bangalore") are trusted only for larger cities


def is_caseless(text: str) -> bool:
    """Few capitalised words (a share-buttons line may have some) and sentences that start in lower case."""
    words = re.findall(r"\b[a-zA-Z]+", text)
    capitalised = sum(w[0].isupper() for w in words)
    starts = [m.group(1) for m in re.finditer(r"(?:^|[.!?]\s+|\n)\W*([a-zA-Z])", text)]
    lower_starts = sum(c.islower() for c in starts)
    return (
        len(words) >= MIN_WORDS
        and capitalised < max(CASELESS_ALLOWED, CASELESS_SHARE * len(words))
        and lower_starts > len(starts) - lower_starts
    )


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """Lower-case English words: the lemmatizer's word index (WordNet-derived) and stop words."""
    index = load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    exceptions = load().get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    words = set(STOP_WORDS)
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(w for w in index[pos] if w.isalpha())
        words.update(w for w in exceptions[pos] if w.isalpha())  # irregular forms: "took", "men"
    return frozenset(words)


@lru_cache(maxsize=1)
def _nouns_only() -> frozenset[str]:
    """Words the English word list has only as nouns: WordNet lists many surnames and towns in lower
    case ("blair", "gandhi", "edinburgh"), never as verbs, adjectives or adverbs."""
    lookups = load().get_pipe("lemmatizer").lookups
    index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    other = set(STOP_WORDS)
    for pos in ("verb", "adj", "adv"):
        other.update(index[pos])
    for pos in ("noun", "verb", "adj", "adv"):
        other.update(exceptions[pos])
    return frozenset(w for w in index["noun"] if w.isalpha() and w not in other)


def _is_english(word: str) -> bool:
    english = _english()
    if word in english:
        return True
    for suffix, repl in (
        ("s", ""),
        ("es", ""),
        ("ies", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("est", ""),  # superlatives: "poorest", "largest"
        ("est", "e"),
        ("iest", "y"),
    ):
        stem = word[: -len(suffix)] + repl  # at least three letters: "died" -> "die", not "ines" -> "in"
        if word.endswith(suffix) and len(stem) >= 3 and stem in english:
            return True
    return word.endswith(("'s", "n't"))


@lru_cache(maxsize=1)
def _known_forms() -> dict[str, str]:
    """Lower-case name -> its written form, from the project's name lists (organisations, agencies,
    armed groups, leaders, demonyms of countries and regions)."""
    forms: dict[str, str] = {}
    names = ("ner_orgs.tsv", "events_actor_groups.tsv", "events_actor_leaders.tsv", "geo_demonyms.tsv")
    for name in (*names, "geo_demonyms_regional.tsv"):
        for line in gazetteer.data_lines(name):
            written = line.split("\t")[0].strip()
            if written and written != written.lower():
                forms.setdefault(written.lower(), written)
    for line in gazetteer.data_lines("anatomy_agencies.tsv")[1:]:
        for written in line.split("\t")[-1].split("|"):
            forms.setdefault(written.lower(), written)
    return forms


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    dates = json.loads(resources.files("newsgraph").joinpath("data", "dates_lexicon.json").read_text())
    return frozenset(w for table in ("months", "weekdays") for w in dates[table] if len(w) > 3)


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Words of the event trigger lexicon ("bandh", "dharna", "gherao"): never names."""
    rows = gazetteer.data_lines("events_triggers.tsv")[1:]
    return frozenset(w for line in rows for w in line.split("\t")[0].split())


def _place_form(phrase: str, countries: frozenset[str]) -> str | None:
    """Written form of a place name: a country, a region or big city, or a city of the countries the
    article names ("sabha" is a Libyan city only in an article about Libya)."""
    english = all(_is_english(word) for word in phrase.split())  # "old city", "bus station"
    for c in gazetteer.lookup(phrase):
        strong = c.feature == "country" or (c.feature == "city" and c.population >= BIG_CITY)
        region = c.feature in {"region", "admin1"}
        if c.match == "alt" and not strong and (english or c.population < ALT_NAMED_CITY):
            continue
        if english:
            # an adjective is no region's name: "southern", "central" ("georgia", a noun only, may be)
            named_region = region and (" " in phrase or phrase in _nouns_only())
            fits = strong or (named_region and c.country in countries)
        else:
            fits = strong or (
                (region or c.population >= NAMED_CITY) and (c.country in countries or " " in phrase)
            )
        if fits:
            return c.name if c.name.lower() == phrase else phrase.title()
    return None


def _countries_named(text: str) -> frozenset[str]:
    """Countries the text names (name or demonym), or in which it names two or more different states,
    provinces or towns: "sabha" alone does not make an article Libyan, "gujarat" and "vadodara" make
    it Indian."""
    named, places = set(), defaultdict(set)
    # every word, and every word with the next one ("new delhi"), each looked up once
    phrases = set()
    for m in re.finditer(r"\b([^\W\d_]+)(?=( [^\W\d_]+)?)", text):
        first, second = m.group(1), (m.group(2) or " ")[1:]
        if first not in STOP_WORDS:
            phrases.add(first)
            if second and second not in STOP_WORDS:
                phrases.add(f"{first} {second}")
    for phrase in phrases:
        if code := gazetteer.demonym(phrase.capitalize()):
            named.add(code)
        for c in gazetteer.lookup(phrase):
            if c.feature == "country":
                named.add(c.country)
            elif c.match == "name" and (c.feature == "admin1" or c.population >= NAMED_CITY):
                places[c.country].add(phrase)
    return frozenset(named | {cc for cc, found in places.items() if len(found) > 1})


@dataclass
class _Word:
    start: int
    end: int
    lower: str
    form: str | None = None  # the restored written form, None = keep lower case


@lru_cache(maxsize=1)
def _trusted_forms() -> dict[str, str]:
    """Lower-case phrase -> written form, from case_forms.txt (names the English word list also has)."""
    return {line.strip().lower(): line.strip() for line in gazetteer.data_lines("case_forms.txt")}


@dataclass(frozen=True)
class _CountryForm:
    form: str
    countries: frozenset[str]
    needs_next: frozenset[str]  # the form only before one of these words (or "'s"); empty = any word
    never_prev: frozenset[str]  # common noun after these words: "party congress"
    never_next: frozenset[str]  # common noun before these words: "congress of"


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, _CountryForm]:
    """Lower-case phrase -> written form, countries and context from case_forms_country.tsv."""
    table = {}
    for line in gazetteer.data_lines("case_forms_country.tsv"):
        cols = [c.strip() for c in line.split("\t")] + [""] * 4
        sets = [frozenset(filter(None, c.split("|"))) for c in cols[1:5]]
        table[cols[0].lower()] = _CountryForm(cols[0], *sets)
    return table


def _country_form(
    span: list[_Word], text: str, i: int, words: list[_Word], countries: frozenset[str]
) -> str | None:
    entry = _country_forms().get(text[span[0].start : span[-1].end])
    if entry is None or not entry.countries & countries:
        return None
    prev = words[i - 1].lower if i else ""
    after = i + len(span)
    nxt = words[after].lower if after < len(words) else ""
    if text[span[-1].end : span[-1].end + 2] in ("'s", "’s", "?s"):
        nxt = "'s"  # the clitic is no word of its own
    elif after < len(words) and text[span[-1].end : words[after].start] != " ":
        nxt = ""
    if prev in entry.never_prev or nxt in entry.never_next:
        return None
    if entry.needs_next and nxt not in entry.needs_next:
        return None
    return entry.form


def _trusted_form(
    span: list[_Word], text: str, i: int, words: list[_Word], countries: frozenset[str]
) -> str | None:
    phrase = text[span[0].start : span[-1].end]
    form = _trusted_forms().get(phrase)
    if phrase in _country_forms():
        form = _country_form(span, text, i, words, countries)
    if form is None:
        return None
    if form[1:] != form[1:].lower() and re.search(r"\d\s?$", text[max(0, span[0].start - 2) : span[0].start]):
        return None  # a unit or a time after a number: "5 cm", "10 pm"
    if len(span) == 1 and form[1:].islower() and i and words[i - 1].lower in ("a", "an"):
        return None  # a common noun after an indefinite article: "a party congress"
    return form


def _phrase_form(words: list[_Word], text: str, i: int, n: int, countries: frozenset[str]) -> str | None:
    span = words[i : i + n]
    if any(text[a.end : b.start] not in (" ", "-") for a, b in zip(span, span[1:], strict=False)):
        return None
    phrase = text[span[0].start : span[-1].end]
    if trusted := _trusted_form(span, text, i, words, countries):
        return trusted
    if span[0].lower in STOP_WORDS or span[-1].lower in STOP_WORDS:
        return None
    form = _known_forms().get(phrase)
    if form and (
        n > 1
        or not _is_english(phrase)
        or form.isupper()
        or gazetteer.demonym(phrase) is not None
        or gazetteer.demonym_place(phrase) is not None  # "scottish", "kashmiri"
    ):
        return form
    return _place_form(phrase, countries)


def _mark_phrases(words: list[_Word], text: str) -> None:
    countries = _countries_named(text)
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            form = _phrase_form(words, text, i, n, countries) if i + n <= len(words) else None
            if form and len(form) == words[i + n - 1].end - words[i].start:
                for k, part in enumerate(WORD.finditer(form)):
                    words[i + k].form = part.group()
                i += n
                break
        else:
            i += 1


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 5 and not VOWELS & set(word) and not _is_english(word)


def _is_name_word(word: str, initials: bool = False) -> bool:
    if len(word) == 1:
        return initials and word not in "ai"
    return not _is_english(word) and word not in _lexicon_words()


def _mark_calendar(words: list[_Word], text: str) -> None:
    """Weekdays and months; "march" and "may" only next to a day number ("on march 3")."""
    for w in words:
        dated = w.lower not in ("march", "may") or re.match(r" \d", text[w.end : w.end + 2])
        if w.lower in _calendar_words() and not w.form and dated:
            w.form = w.lower.capitalize()


def _mark_name_runs(words: list[_Word], text: str) -> None:
    """Two or more adjacent words that are no English words are a name ("narendra modi", "l k advani");
    one before "party" is a party's name ("samajwadi party")."""
    i = 0
    while i < len(words):
        j = i
        while (
            j < len(words)
            and _is_name_word(words[j].lower, initials=True)
            and not words[j].form
            and (j == i or text[words[j - 1].end : words[j].start] in (" ", ". "))
        ):
            j += 1
        if (
            j < len(words)
            and j > i
            and words[j].lower == "party"
            and text[words[j - 1].end : words[j].start] == " "
        ):
            j += 1
        if j - i >= 2 and any(len(w.lower) > 1 for w in words[i:j]):
            for w in words[i:j]:
                w.form = w.lower.capitalize()
        i = max(j, i + 1)


def _possessive_between(a: _Word, b: _Word, text: str) -> bool:
    """An "'s" between two words ends a name: "hailey's health" is no name "Hailey Health"."""
    return any(c in APOSTROPHES for c in text[a.end : b.start])


def _surname_after(w: _Word, nxt: _Word) -> bool:
    """A given name that is no English word before a noun-only word: "tony blair", "rahul gandhi"."""
    return (
        w.lower.capitalize() in lexicon.given_names()
        and _is_name_word(w.lower)
        and nxt.lower in _nouns_only()
        and len(nxt.lower) > 2
        and nxt.lower not in _lexicon_words()
    )


def _mark_people(words: list[_Word], text: str) -> None:
    """Names after honorifics and titles ("chief minister narendra modi"), given names followed by a
    word that is no English word, and acronyms."""
    titles = lexicon.titles()
    given = lexicon.given_names()
    for i, w in enumerate(words):
        # "mr" has its form already: name what follows; so does a given name that is also a word with a
        # form of its own ("christian olsson")
        given_form = w.form is not None and w.form == w.lower.capitalize() and w.form in given
        # a form kept in lower case ("$5 bn") that is initials before a name: "bn singh"
        kept = w.form == w.lower and _is_acronym(w.lower) and not re.search(r"\d\s?$", text[: w.start][-2:])
        if w.form and w.lower not in titles.honorifics and not given_form and not kept:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and _possessive_between(w, nxt, text):
            nxt = None
        named = nxt is not None and (
            _is_name_word(nxt.lower, initials=True) or nxt.lower.capitalize() in given
        )
        # an abbreviated honorific ("mr", "smt", "dr") names whatever word follows: "mr brown"
        if f"{w.lower}." in titles.honorifics and nxt is not None:
            named = named or (nxt.lower not in STOP_WORDS and len(nxt.lower) > 1)
        honorific = w.lower in titles.honorifics and named  # "mr", "smt", "begum" before a name
        if kept:
            if named and nxt is not None and nxt.lower not in _english():
                w.form = w.lower.upper()
                if not nxt.form and _is_name_word(nxt.lower):
                    nxt.form = nxt.lower.capitalize()
            continue
        if _is_acronym(w.lower) and not honorific and not w.form:
            w.form = w.lower.upper()
            continue
        if nxt is not None and nxt.form and nxt.form != nxt.lower and not _is_english(nxt.lower):
            # a given name before a word already named: "graham norton" where "norton" is a town
            if w.lower.capitalize() in given and w.lower not in STOP_WORDS and not w.form:
                w.form = w.lower.capitalize()
            continue
        if nxt is None or nxt.form:
            continue
        if honorific and not _is_name_word(nxt.lower, initials=True):
            nxt.form = nxt.lower.capitalize()  # a given name that is also a word: "sir john"
        starts_name = w.lower.capitalize() in given and w.lower not in STOP_WORDS and _is_name_word(nxt.lower)
        if not starts_name and _surname_after(w, nxt):
            starts_name = True
            nxt.form = nxt.lower.capitalize()
        if honorific or starts_name:
            w.form = w.lower.capitalize()
        if honorific or starts_name or w.lower in titles.heads:
            before = w
            for follower in words[i + 1 : i + 4]:
                if (
                    follower.form
                    or _possessive_between(before, follower, text)
                    or not (_is_name_word(follower.lower, initials=True) or _surname_after(before, follower))
                ):
                    break
                follower.form = follower.lower.capitalize()
                before = follower


def _mark_places_after_locatives(words: list[_Word]) -> None:
    for prev, w in zip(words, words[1:], strict=False):
        if prev.lower in LOCATIVES and not w.form and len(w.lower) > 3 and _is_name_word(w.lower):
            w.form = w.lower.capitalize()


def _propagate(words: list[_Word], text: str) -> None:
    """A word that is no English word, capitalised once, is a name everywhere in the article; so is a
    surname that follows an honorific ("mr brown") or a given name ("tony blair"), and a given name
    before it ("gordon brown")."""
    honorifics, given = lexicon.titles().honorifics, lexicon.given_names()
    forms = {w.lower: w.form for w in words if w.form and not _is_english(w.lower)}
    surnames = {
        w.lower
        for prev, w in zip(words, words[1:], strict=False)
        if w.form
        and not _possessive_between(prev, w, text)
        and w.lower not in STOP_WORDS
        and len(w.lower) > 2
        and (
            prev.lower in honorifics
            or (prev.form and w.lower in _nouns_only() and prev.lower.capitalize() in given)
        )
    }
    for i, w in enumerate(words):
        if not w.form and w.lower in forms:
            w.form = forms[w.lower]
        elif not w.form and w.lower in surnames:
            w.form = w.lower.capitalize()
            prev = words[i - 1] if i else None
            if (
                prev
                and not prev.form
                and prev.lower.capitalize() in given
                and prev.lower not in STOP_WORDS
                and not _possessive_between(prev, w, text)
            ):
                prev.form = prev.lower.capitalize()


def _glued_start(words: list[_Word], i: int, gap: str, text: str) -> bool:
    """A sentence glued to the one before: "death.the police" (a word of three letters or more before
    the stop, an English word after it that is no part of a web address) or "corruption.?the"."""
    if not (m := GLUED_END.fullmatch(gap)):
        return False
    if m.group(1):
        return True
    w = words[i]
    return (
        len(words[i - 1].lower) >= 3
        and _is_english(w.lower)
        and not re.match(r"\.\w", text[w.end : w.end + 2])
    )


def _quote_opened(gap: str, raw_gap: str, text: str, sentence_start: int, gap_start: int) -> bool:
    """A quotation opened after a comma or colon, unless it is the second half of a split quotation or
    the next of a list of quoted words: a quote closed before the comma ('," he said, "now', '?tragic?,
    ?terrible?') or anywhere earlier in the sentence."""
    if not QUOTE_OPENED.search(gap) or re.match(r"[\"”?]", raw_gap):
        return False
    # after a colon a new quotation starts: 'and added: "it is hard"'
    return ":" in gap or not QUOTE_MARK.search(text[sentence_start:gap_start])


def _mark_sentence_starts(words: list[_Word], text: str) -> None:
    prev_end = sentence_start = 0
    for i, w in enumerate(words):
        raw_gap = text[prev_end : w.start]
        gap = QUOTE_AFTER_COMMA.sub("", raw_gap)
        boundary = (
            i == 0
            or "\n" in gap
            or SENTENCE_END.search(gap)
            or (gap == ": " and DATELINE.fullmatch(text[text.rfind("\n", 0, w.start) + 1 : w.start]))
            or _glued_start(words, i, gap, text)
        )
        if boundary:
            sentence_start = w.start
        if w.lower == "i":
            w.form = "I"
        elif (not w.form or w.form == w.lower) and (  # a word kept lower case may start a sentence
            boundary or _quote_opened(gap, raw_gap, text, sentence_start, prev_end)
        ):
            w.form = w.lower.capitalize()
        prev_end = w.end


def restore_upper_case(text: str) -> str | None:
    """A capitalised copy of an all-upper-case text ("IRAN ACCUSED THE UNITED STATES ..."), of the same
    length: lowered, then restored as a caseless text; None when the text does not shout."""
    upper, lower = len(_UPPER.findall(text)), len(_LOWER.findall(text))  # English letters suffice
    if not upper or upper < UPPER_SHARE * (upper + lower):
        return None
    # one character for one: a capital whose lower case is longer ("İ") stays as it is
    return restore_case("".join(c.lower() if len(c.lower()) == 1 else c for c in text))


def restore_case(text: str) -> str | None:
    """A capitalised copy of a caseless text, of the same length; None when the text has its case."""
    if not is_caseless(text):
        return None
    words = [
        _Word(m.start(), m.end(), m.group())
        for m in WORD.finditer(text)
        if m.group().islower()
        and not (m.group() in CLITICS and text[m.start() - 1 : m.start()] in APOSTROPHES)
        and not text[m.start() - 1 : m.start()].isdigit()  # a suffix or unit: "21st", "10am", "5kg"
    ]
    _mark_phrases(words, text)
    _mark_calendar(words, text)
    _mark_people(words, text)
    _mark_name_runs(words, text)
    _mark_places_after_locatives(words)
    _propagate(words, text)
    _mark_sentence_starts(words, text)
    chars = list(text)
    for w in words:
        if w.form and len(w.form) == w.end - w.start and w.form.lower() == w.lower:
            chars[w.start : w.end] = w.form
    return "".join(chars)
