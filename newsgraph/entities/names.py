"""Name forms: trimming a mention to its name, comparison keys, acronyms and initials."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from newsgraph.entities.lexicon import (
    country_of,
    given_names,
    is_head,
    is_role_word,
    peerage_titles,
    singular,
    titles,
)
from newsgraph.entities.recognize_lexicon import place as known_place

_WORD = re.compile(r"\S+")
_IGNORED = re.compile(r"[.’'()]")
_HYPHENS = re.compile(r"[-‐–]")
_POSSESSIVE = re.compile(r"(?:['’]s?)$")
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_BULLETS = "-‐–—•*·>"  # marks that open a list item, glued to its first word; no name starts with one
# "Vancouver's Bo Horvat", "Apple's Tim Cook": a possessor before a person's name is no part of it
_NAMED_NON_PERSON = {"ORG", "GPE", "LOC", "FAC", "NORP"}
_POSSESSOR = re.compile(r"^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?['’]s\s+(?=[A-Z])")
# a lower-case role word inside a span the model typed otherwise, then the person's name
_ROLE_THEN_NAME = re.compile(
    r"(?<=\s)(?P<role>[a-z][a-z-]+)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})$"
)
# words skipped when building initials of a long form ("Daughters of the American Revolution")
_SKIP_INITIAL = {"of", "the", "and", "for", "&", "in", "on", "at", "to", "a", "an", "de", "du", "la", "e"}


@dataclass
class Cand:
    """One mention while entities are resolved: its span and the name inside it."""

    start: int
    end: int
    text: str
    type: str
    source: str
    name_start: int = 0  # the name without role titles and honorifics ("Khan" in "Mr Khan")
    name_end: int = 0
    words: tuple[str, ...] = field(default_factory=tuple)  # name words as written
    key: tuple[str, ...] = field(default_factory=tuple)  # comparison form of the name words
    aside: bool = False  # inside a quotation or a title-case headline: a weaker source of names
    nickname: tuple[str, ...] = ()  # key of a quoted nickname inside the name ("tig" of John “Tig” Tiegen)
    nick_span: tuple[int, int] = (0, 0)  # that nickname with its marks and the space after it

    def name(self, text: str) -> str:
        """The name as written, without a quoted nickname ("John Tiegen")."""
        start, end = self.nick_span
        if start == end:
            return text[self.name_start : self.name_end]
        return text[self.name_start : start] + text[end : self.name_end]


def word_key(word: str) -> str:
    """Comparison form of a name word: case, dots and accents ignored ("U.S." == "US", "François" ==
    "Francois": an article may drop the accents in one place), hyphens kept."""
    word = _IGNORED.sub("", word).casefold()
    return word if word.isascii() else unaccented(word)


def unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def make_cand(text: str, start: int, end: int, type_: str, source: str) -> Cand | None:
    """A mention trimmed of a leading article, a trailing possessive and surrounding space;
    for people, leading role titles are cut from the mention and honorifics from the name."""
    span = text[start:end]
    lead = len(span) - len(span.lstrip().lstrip(_BULLETS).lstrip())  # "-Jane Roe finds ..." in a list
    start, span = start + lead, span[lead:].rstrip()
    if m := _ARTICLE.match(span):
        start, span = start + m.end(), span[m.end() :]
    if (m := _POSSESSIVE.search(span)) and len(span) > m.end() - m.start() + 1:
        span = span[: m.start()]
    if (m := _POSSESSOR.match(span)) and _person_after(type_, span[m.end() :]):
        start, span, type_ = start + m.end(), span[m.end() :], "PERSON"
    if type_ != "PERSON" and (m := _ROLE_THEN_NAME.search(span)) and _role_then_name(m):
        start, span, type_ = start + m.start("name"), m.group("name"), "PERSON"  # "Canucks goalie Jo Roe"
    if type_ != "PERSON" and (cut := _place_before_address(span)):
        start, span, type_ = start + cut, span[cut:], "PERSON"  # "Tanzania Mr Brown": a place run into it
    if type_ == "PERSON" and "/" in span:  # a photo credit "Jane Doe/CBC": names have no slash
        span = span[: span.index("/")]
    span = span.rstrip(" ,;:")
    end = start + len(span)
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(span)]
    shown, honorific = None, (0, 0, "")
    if type_ == "PERSON":
        words = words[_title_prefix(words) :]
        words = words[_place_prefix(words) :]
        words = words[_before_honorific(words) :]
        start = words[0][0] if words else start
        name_words = list(words)
        while len(name_words) > 1 and name_words[0][2].lower() in titles().honorifics:
            honorific = name_words.pop(0)
        if len(name_words) == 1 and len(words) > 1 and honorific[2].lower() in peerage_titles():
            shown = honorific[0]  # "Lord Woolf" is that peer's name; the key stays the surname
    else:
        name_words = words
    if not name_words or not any(c.isalpha() for c in span):
        return None
    return Cand(
        start=start,
        end=end,
        text=text[start:end],
        type=type_,
        source=source,
        name_start=shown if shown is not None else name_words[0][0],
        name_end=name_words[-1][1],
        words=tuple(w for _, _, w in name_words),
        key=tuple(word_key(w) for _, _, w in name_words),
    )


def _role_then_name(m: re.Match) -> bool:
    """ "Canadiens goalie Carey Price", typed a work of art by the model: a role word, then a name
    opened by a given name."""
    return is_role_word(m.group("role")) and _person_after("", m.group("name"))


def _person_after(type_: str, rest: str) -> bool:
    """True when the words after a possessor name a person: typed so, or (the model often reads
    "Vancouver's Bo Horvat" as a work of art or a product, "Golf Channel's Jaime Diaz" as an
    organisation) two or three capitalised words opened by a given name; places and other
    organisations stay ("Canada's Royal Bank")."""
    if type_ == "PERSON":
        return True
    if type_ in _NAMED_NON_PERSON - {"ORG"}:  # "Golf Channel's Jaime Diaz" may be read as one organisation
        return False
    words = rest.split()
    return 2 <= len(words) <= 3 and all(w[0].isupper() for w in words) and words[0] in given_names()


def _place_prefix(words: list[tuple[int, int, str]]) -> int:
    """1 when a person's name opens with where they are from ("Alabama Hannah B", "Ontario Jane Roe"):
    a known place that is no given name, then a given name, then more name."""
    if len(words) < 3:
        return 0
    first, second = words[0][2], words[1][2]
    if first in given_names() or second not in given_names():
        return 0
    return int(_known_place_word(first))


def _before_honorific(words: list[tuple[int, int, str]]) -> int:
    """Number of words before an abbreviated honorific inside the mention ("Tanzania Mr Brown", "Sunday
    Times Mr Campbell": the recogniser ran a place or paper into the name); a name never has one inside."""
    inner = [i for i, (_, _, word) in enumerate(words[1:-1], 1) if _abbreviated_honorific(word)]
    return inner[-1] if inner else 0


def _place_before_address(span: str) -> int:
    """Length of a place and the space after it, when a surname with its honorific follows ("Tanzania Mr
    Brown", typed a place or organisation after "the deal with"); else 0."""
    words = span.split(" ")
    if len(words) != 3 or not _abbreviated_honorific(words[1]) or not words[2][:1].isupper():
        return 0
    return len(words[0]) + 1 if _known_place_word(words[0]) else 0


def _known_place_word(word: str) -> bool:
    return country_of(word) is not None or known_place(word) is not None


def _abbreviated_honorific(word: str) -> bool:
    """ "Mr", "Mrs.", "Ms": short and gendered, so said only of a person; not "Dr", which opens brands
    ("Dr Pepper"), nor "Lord" or "Lady", which open names ("Lady Gaga")."""
    word = word.lower()
    return word in titles().honorifics and word in titles().gender and len(word.rstrip(".")) <= 3


def _title_prefix(words: list[tuple[int, int, str]]) -> int:
    """Number of leading words that are a role title, with the demonym, country or affiliation before
    it ("Prime Minister", "German Chancellor", "Pakistan's Foreign Minister", "NDP Leader"); a name
    word stays."""
    cut = 0
    if len(words) > 2 and singular(words[0][2].lower()) in titles().persons and words[1][2] in given_names():
        return 1  # "Neighbour Pat Doyle", "Student Sarah Jones": a noun for who they are, then the name
    for i, (_, _, word) in enumerate(words[:-1]):
        if is_role_word(word):
            cut = i + 1
        elif country_of(word) is None:
            break
    # "NDP Leader Jagmeet Singh", "Conservative MP Jane Roe": an affiliation before the title, when no
    # given name precedes it (as in "Martin Luther King Jr.")
    heads = [i for i, (_, _, word) in enumerate(words[:-1]) if is_head(word)]
    if heads and heads[-1] >= cut:
        named_after = words[heads[-1] + 1][2] in given_names()  # "Alberta Premier Rachel Notley"
        before = [w for _, _, w in words[: heads[-1]]]
        if not any(w in given_names() and not (named_after and _region(w)) for w in before):
            cut = heads[-1] + 1
    return cut


def _region(word: str) -> bool:
    """A country, state or province whose name is also a given name ("Alberta", "Georgia")."""
    found = known_place(word)
    return country_of(word) is not None or found is not None and found.kind in ("state", "country")


def is_acronym(s: str) -> bool:
    """ "PTI", "PML(N)", "U.S.", "PoK", "UNHRC": short, no space, mostly capitals."""
    letters = [c for c in s if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= 10 and " " not in s and upper >= 2 and upper * 2 > len(letters)


def acronym_letters(s: str) -> str:
    """ "PML(N)" -> "pmln", "U.S." -> "us"; digits kept so "IE6" never spells "IE"."""
    return "".join(c for c in s if c.isalnum()).casefold()


@lru_cache(maxsize=4096)
def initials(words: tuple[str, ...]) -> frozenset[str]:
    """Candidate acronyms of a long form: initials of every word part, and of capitalised parts
    only ("Pakistan Tehreek-e-Insaf" -> "ptei", "pti"; "Pakistan occupied Kashmir" -> "pok")."""
    every, caps = [], []
    for word in words:
        for part in _HYPHENS.split(word):
            part = part.strip("().,'’")
            if not part or part.lower() in _SKIP_INITIAL:
                continue
            every.append(part[0])
            if part[0].isupper():
                caps.append(part[0])
    return frozenset({"".join(every).casefold(), "".join(caps).casefold()} - {""})
