"""Token-level mention spans for name recognition: the span type, text shape, and span cleaning."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from newsgraph.entities.lexicon import given_names, is_head
from newsgraph.entities.recognize_lexicon import company_suffix, groups, party_words, place, titles, words
from newsgraph.nlp import FINITE
from newsgraph.places.gazetteer import demonym

CALENDAR = {w.lower() for w in (*calendar.day_name, *calendar.month_name) if w}
DATELINE_DATE = re.compile(r"^(?:1[89]|20)\d\d(?:$|-)|^\d{1,2}/\d{1,2}")  # "1996-08-31", "1996", "8/31"
MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}(?:[A-Z][a-z]+)?$|^[A-Z]\.[a-z]{2,3}$")  # "C.", "J.J.", "A.de"
DETERMINERS = {"the", "a", "an"}
APOSTROPHE_NAME = re.compile(r"^[A-Z][a-z]?['’][A-Z][a-z]+$")  # "O'Hearn", "D'Souza", "N'Diaye"
# Types whose names do not end in a number ("G. Kersey 63", "Faroe Islands 1996-08-31").
NUMBERLESS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
POSSESSIVES = {"'s", "'", "’s", "’"}
# Separators that split a model span into separate names ("New Zealand - 15", "Nice , France").
SEPARATORS = {"-", "–", "—", ",", ":", ";", "|", "/", '"', "“", "”"}
HEADLINE_WORDS = 4  # fewest capitalised words that make a line a title


@dataclass
class Mention:
    start: int  # token index in the Doc
    end: int  # exclusive
    type: str
    source: str = "ner"
    weight: int = 1  # evidence strength: 1 model, 2 rule, 3 lexicon or strong context


class Tokens:
    """The Doc's tokens materialised once (spaCy builds a new Token object on every doc[i], which
    dominated the cost of these passes), with span text by string slicing and the text's lines."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text  # == doc.text, which spaCy rebuilds token by token on every access
        self.toks = list(doc)

    def __len__(self) -> int:
        return len(self.toks)

    def __getitem__(self, i: int) -> Token:
        return self.toks[i]

    def __iter__(self) -> Iterator[Token]:
        return iter(self.toks)

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        last = self.toks[end - 1]
        return self.toks[start].idx, last.idx + len(last.text)

    def span_text(self, start: int, end: int) -> str:
        return self.text[slice(*self.char_span(start, end))]

    @cached_property
    def texts(self) -> list[str]:
        return [t.text for t in self.toks]

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        """Token ranges of the text's lines, line-break tokens left out. Headlines, datelines and
        results tables are line-shaped; the parser may cut one line into several sentences."""
        out, start = [], 0
        for tok in self.toks:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                end = tok.i if tok.is_space else tok.i + 1
                if end > start:
                    out.append((start, end))
                start = tok.i + 1
        if start < len(self.toks):
            out.append((start, len(self.toks)))
        return out


def key_of(doc: Tokens, m: Mention) -> str:
    return doc.span_text(m.start, m.end).casefold()


def cover(n: int, mentions: list[Mention]) -> list[bool]:
    taken = [False] * n
    for m in mentions:
        for i in range(m.start, m.end):
            taken[i] = True
    return taken


def line_case(doc: Tokens) -> tuple[list[bool], list[bool]]:
    """Per token: whether its line is written in capitals (a headline, a dateline, a results table)
    and whether it is written without any (a social post, a lower-cased feed)."""
    caps, lower = [False] * len(doc), [False] * len(doc)
    for start, end in doc.lines:
        text = doc.span_text(start, end)
        n_upper, n_lower = sum(map(str.isupper, text)), sum(map(str.islower, text))
        if n_upper + n_lower >= 3 and n_upper >= 0.9 * (n_upper + n_lower):
            caps[start:end] = [True] * (end - start)
        elif n_lower >= 12 and n_upper == 0:
            lower[start:end] = [True] * (end - start)
    return caps, lower


def title_case_line(line: str) -> bool:
    """A line of several words, every one capitalised but the minor ones: a headline or a title
    ("Obama Sees Insult in Vote of the Young")."""
    minor = words("headline_minor_words")
    kept = [w for w in line.split() if w[:1].isalpha() and w.lower() not in minor]
    return len(kept) >= HEADLINE_WORDS and all(w[0].isupper() for w in kept)


def title_case_line_at(text: str, pos: int) -> bool:
    """Whether the text line holding char `pos` is a title-case headline."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return title_case_line(text[start : end if end >= 0 else len(text)])


def _glued_paren(tok: Token) -> bool:
    """A token like "PML(N" whose parenthesis is part of the name ("PML(N)", "JUI(F)")."""
    return tok.text.count("(") > tok.text.count(")") and not tok.text.startswith("(")


def _trim(doc: Tokens, start: int, end: int, label: str, cased: bool) -> tuple[int, int]:
    person = label == "PERSON"
    while start < end and (
        doc[start].is_space
        or doc[start].is_punct
        or doc[start].lower_ in DETERMINERS
        or (person and end - start > 1 and not_part_of_name(doc[start], cased))
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space
        or doc[end - 1].text in POSSESSIVES
        or (doc[end - 1].is_punct and not (doc[end - 1].text == ")" and _glued_paren(doc[end - 2])))
        or (label in NUMBERLESS and doc[end - 1].text[:1].isdigit())
    ):
        end -= 1
    if end > start and _glued_paren(doc[end - 1]) and end < len(doc) and doc[end].text == ")":
        end += 1
    return _extend(doc, start, end, label)


def not_part_of_name(tok: Token, cased: bool) -> bool:
    """A title, a lower-case word or a nationality before a person's name ("American Dennis Mitchell")."""
    return (
        tok.lower_ in titles() or (cased and tok.is_lower) or bool(demonym(tok.text) and not place(tok.text))
    )


def _extend(doc: Tokens, start: int, end: int, label: str) -> tuple[int, int]:
    """Take in the words the model tends to leave out: an unfamiliar given name ("[Imran] Khan"),
    a suffix ("Al Unser [Jr]", "Apic Yamada [Corp]"), a region word ("[Northern] Iraq")."""
    if start >= end:  # trimming left nothing
        return start, end
    if label == "PERSON":
        # a name that opens with a known given name is whole: "Relaxed Tom Hale" is no name
        while start > 0 and _takes_word_before(doc, start, end):
            start -= 1
        if end < len(doc) and doc.texts[end].rstrip(".") in {"Jr", "Sr", "II", "III", "IV"}:
            end += 1
        elif _barrelled(doc, start, end):  # "Nadia Magnenat[-Thalman]": the model cut at the hyphen
            end += 2
    elif label == "ORG" and end < len(doc) and company_suffix(doc[end].lower_):
        end += 1
    elif label in {"GPE", "LOC"} and start > 0 and doc.texts[start - 1] in words("region_words"):
        start -= 1
    return start, end


def _barrelled(doc: Tokens, start: int, end: int) -> bool:
    """A full name followed by "-" and a capitalised word, all glued, that ends the phrase: the rest of a
    double-barrelled surname; not a pairing modifying a noun ("the Blair-Brown feud")."""
    if end - start < 2 or end + 1 >= len(doc) or doc.texts[end] != "-":
        return False
    glued = not doc[end - 1].whitespace_ and not doc[end].whitespace_
    rest = doc[end + 1]
    return glued and capitalised(rest) and rest.dep_ not in ("compound", "amod", "nmod")


def _takes_word_before(doc: Tokens, start: int, end: int) -> bool:
    """A name is whole once it opens with a known given name; a sentence's capitalised first word joins a
    name of two words or more only when it is a given name ("Wing Luca Moretti" is no name)."""
    before = doc[start - 1]
    opening = before.is_sent_start and end - start > 1 and before.text not in given_names()
    return doc[start].text not in given_names() and not opening and _given_name_like(before, doc[start])


def _given_name_like(tok: Token, nxt: Token) -> bool:
    return (
        tok.tag_ == "NNP"
        and tok.is_title
        and tok.is_alpha
        and not tok.is_stop
        and tok.lower_ not in titles()
        and not nxt.is_sent_start
        and not (tok.ent_type_ and tok.ent_type_ != "PERSON")
    )


def finite_verb(tok: Token) -> bool:
    """A lower-case finite verb the model ran into ("[the Islamic Conference] urged India"): names of
    bodies, people and places hold none (titles of works may: "All That Glitters is Gold")."""
    return tok.tag_ in FINITE and tok.is_lower


def _standalone_number(tok: Token) -> bool:
    """A score, count or date between names ("Haitai 2 Samsung 0"), not part of one ("G7")."""
    return tok.text[:1].isdigit() and bool(tok.whitespace_)


def _pieces(doc: Tokens, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """Split at separators, at unbalanced or spaced parentheses ("Hizbollah ( Party of God"),
    at words that join two names ("Yorkshire at Headingley", "Birmingham v Barnsley")."""
    pieces, begin, depth = [], start, 0
    joins = words("person_joins") if label == "PERSON" else words("name_joins")
    for i in range(start, end):
        text = doc[i].text
        if text in joins and i > start:
            pieces.append((begin, i))
            begin = i + 1
            continue
        if text == "(" and not (i > start and _glued_paren(doc[i - 1])):
            pieces.append((begin, i))
            begin, depth = i + 1, depth + 1
        elif text == ")" and depth:
            pieces.append((begin, i))
            begin, depth = i + 1, depth - 1
        elif i > start and (
            (text in SEPARATORS and (doc[i - 1].whitespace_ or text in ',:;|"“”'))
            or _standalone_number(doc[i])
            or (label != "WORK_OF_ART" and finite_verb(doc[i]))
        ):
            pieces.append((begin, i))
            begin = i + 1
    pieces.append((begin, end))
    return pieces


def clean(doc: Tokens, start: int, end: int, label: str, cased: bool = True) -> list[Mention]:
    """The names inside a model span: edges trimmed (whitespace, "the", possessive "'s", titles
    before a person), glued parentheses kept whole, separators splitting it into several names.
    In cased text a name has a capital letter; `cased=False` for lines written in lower case."""
    out = []
    if start > 0 and doc[start - 1].text in {"#", "@"} and not doc[start - 1].whitespace_:
        return out  # a hashtag or handle, not a name in running text
    for s, e in _pieces(doc, start, end, label):
        title = _titled_person(doc, s, e, label) if label in ("ORG", "WORK_OF_ART") else None
        parts = [(s, title, "ORG"), (title + 1, e, "PERSON")] if title is not None else [(s, e, label)]
        if title is not None and label == "WORK_OF_ART":
            parts = parts[1:]  # the party of "Green MP Jo Li" is no place called Green
        for ps, pe, plabel in parts:
            ps, pe = _trim(doc, ps, pe, plabel, cased)
            text = doc.span_text(ps, pe) if pe > ps else ""
            if any(c.isupper() for c in text) if cased else any(t.is_alpha for t in doc.toks[ps:pe]):
                out.append(Mention(ps, pe, plabel))
    return out


def _titled_person(doc: Tokens, start: int, end: int, label: str) -> int | None:
    """The title word inside an "organisation" that is a party, a title and a person's name ("NDP MPP
    Marit Stiles", "BJP MLA Ram Kadam"): the name after it opens with a known given name. In a "work of
    art" ("Green MP Aurélie Wong-Tremblay") any name of two or three words will do: no title of a work
    ends in a title word and a personal name."""
    for i in range(start + 1, end - 2):
        if label == "WORK_OF_ART" and not all(_party_or_place(doc[k]) for k in range(start, i)):
            continue  # "The Life of King Henry Fifth": a title after anything else is part of the work's
        if doc[i].lower_ in titles() or (label == "WORK_OF_ART" and is_head(doc[i].text)):
            known = doc[i + 1].text in given_names()
            if not known and not (label == "WORK_OF_ART" and capitalised(doc[i + 1])):
                return None
            run = name_run(doc, i + 1, 3, frozenset({"-"}))
            return i if run == end and (known or _words(doc, i + 1, end) >= 2) else None
    return None


def _party_or_place(tok: Token) -> bool:
    """A party label, a place or a people written before a title ("Green MP", "Quebec MNA", "Cree")."""
    return (
        tok.text in party_words() or bool(place(tok.text)) or bool(demonym(tok.text)) or tok.text in groups()
    )


def _words(doc: Tokens, start: int, end: int) -> int:
    """Words in a name, a double-barrelled one counted once."""
    return sum(1 for k in range(start, end) if doc.texts[k] != "-") - sum(
        glued_hyphen(doc, k) for k in range(start, end)
    )


def capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[0].isupper()


def name_run(doc: Tokens, i: int, limit: int = 4, links: frozenset[str] | None = None) -> int:
    """End of the run of capitalised words starting at i ("Joost van der Westhuizen"), at most `limit`
    words; a double-barrelled surname is one word ("Kwame Asante-Boateng"), an apostrophe name one too
    ("Thomas O'Hearn")."""
    links = words("name_links") if links is None else links
    end, n_words = i, 0
    while end < len(doc) and (_name_word(doc[end]) or (doc[end].lower_ in links and end > i)):
        if doc[end].text == "-" and (doc[end].whitespace_ or _second_name_after(doc, end)):
            break
        joined = glued_hyphen(doc, end) or (end > i and glued_hyphen(doc, end - 1))
        if not joined and n_words == limit:
            break
        n_words += not joined
        end += 1
    while end > i and not _name_word(doc[end - 1]):
        end -= 1
    return end


def _second_name_after(doc: Tokens, k: int) -> bool:
    """ "Doug Ford-Andrea Horwath debate": a hyphen followed by a known given name and a surname joins two
    people's names, not the two halves of one surname."""
    return k + 2 < len(doc) and doc.texts[k + 1] in given_names() and capitalised(doc[k + 2])


def glued_hyphen(doc: Tokens, k: int) -> bool:
    """A "-" joining two words with no space: "Asante-Boateng" is three tokens, one word."""
    return doc.texts[k] == "-" and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _name_word(tok: Token) -> bool:
    """A capitalised word, or a surname with an apostrophe ("O'Hearn", "D'Souza")."""
    return capitalised(tok) or bool(APOSTROPHE_NAME.match(tok.text))


def date_word(tok: Token) -> bool:
    """ "1996-08-30", "Oct", "October", "Friday" - the date part of a dateline."""
    lower = tok.lower_.rstrip(".")
    return bool(DATELINE_DATE.match(tok.text)) or lower in CALENDAR or lower in MONTH_ABBREVIATIONS
