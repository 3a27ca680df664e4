"""A quoted nickname between a person's given name and surname ("John “Tig” Tiegen", "Dwayne 'The Rock'
Johnson"): one person named by given name and surname, the nickname no part of the canonical name
(GenderGapTracker's convention: "Cris Justino" for 'Cris "Cyborg" Justino'). The recogniser splits such a
name at the quotation marks, so the pieces are joined here, before entities are resolved."""

from __future__ import annotations

import re

from newsgraph.entities.lexicon import given_names
from newsgraph.entities.recognize import RawMention
from newsgraph.entities.recognize_span import title_case_line_at

NICK_CHARS = 60  # how far before a surname its given name and quoted nickname are looked for
# up to three capitalised words, then a nickname of one to three words (the first capitalised) in
# matching quotation marks, right before the surname; no possessive ("Smith’s “Yes” campaign")
_GIVEN_NICK = (
    r"(?P<given>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}) "
    r"(?P<nick>(?P<open>[“\"‘'])[A-Z][\w.-]*(?: [\w.-]+){0,2}(?P<close>[”\"’']) )"
)
_BEFORE_SURNAME = re.compile(rf"(?<![\w'’.-]){_GIVEN_NICK}$")
# the whole name in one mention of the model's, of any type ("Derek 'The Anvil' Stromholt" an organisation)
_WHOLE = re.compile(rf"{_GIVEN_NICK}[A-Z][\w.-]*(?: [A-Z][\w.-]*)?")
_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_ARTICLE = re.compile(r"^[Tt]he ")


def join_nicknames(text: str, raw: list[RawMention]) -> tuple[list[RawMention], dict[int, tuple[int, int]]]:
    """Mentions with each nicknamed person as one PERSON mention from given name to surname, and the
    nicknames as start of that mention -> (start, end) of the quoted nickname and the space after it."""
    people = [m for m in raw if m.type == "PERSON"]
    nicks: dict[int, tuple[int, int]] = {}
    joined = [j for m in raw if (j := _whole(text, m, nicks) or _around(text, m, people, nicks))]
    if not joined:
        return raw, nicks
    kept = [m for m in raw if not any(m.start < j.end and j.start < m.end for j in joined)]
    return sorted(kept + joined, key=lambda m: m.start), nicks


def _whole(text: str, m: RawMention, nicks: dict[int, tuple[int, int]]) -> RawMention | None:
    """The mention itself when the model read the whole name as one, of whatever type."""
    found = _WHOLE.fullmatch(m.text) if "“" in m.text or '"' in m.text or "'" in m.text else None
    if not found or _PAIRS[found["open"]] != found["close"] or found["given"].split()[0] not in given_names():
        return None
    if title_case_line_at(text, m.start):  # in a title-case headline capitals tell no names
        return None
    nicks[m.start] = (m.start + found.start("nick"), m.start + found.end("nick"))
    return RawMention(m.start, m.end, m.text, "PERSON", m.source)


def _around(
    text: str, surname: RawMention, people: list[RawMention], nicks: dict[int, tuple[int, int]]
) -> RawMention | None:
    """Given name, nickname and this surname mention as one person, when they stand so."""
    if surname.start < 2 or text[surname.start - 2] not in _PAIRS.values() or not surname.text[:1].isupper():
        return None
    found = _BEFORE_SURNAME.search(text, max(0, surname.start - NICK_CHARS), surname.start)
    if found is None or _PAIRS[found["open"]] != found["close"] or title_case_line_at(text, surname.start):
        return None
    # a surname the model typed otherwise ("Marsh" a work of art) needs a person mention before it
    start = _given_start(found, people, surname.type == "PERSON")
    if start is None:
        return None
    nicks[start] = found.span("nick")
    return RawMention(start, surname.end, text[start : surname.end], "PERSON", "rule")


def _given_start(found: re.Match, people: list[RawMention], by_list: bool) -> int | None:
    """Where the given name opens: the first common given name from the first person mention among the
    capitalised words ("John" of "Marine John"), else that mention's start; without such a mention (and
    by_list), the first common given name; None when neither (a place or a title before a quoted word)."""
    start, end = found.span("given")
    mention = min((m.start for m in people if start <= m.start < end), default=None)
    if mention is None and not by_list:
        return None
    at = start
    for word in found["given"].split(" "):
        if at >= (mention or 0) and word in given_names():
            return at
        at += len(word) + 1
    return mention


def nickname_text(text: str, span: tuple[int, int]) -> str:
    """A quoted nickname's words, without its marks and the space after them."""
    return text[span[0] + 1 : span[1] - 2]


def nickname_key(text: str, span: tuple[int, int]) -> tuple[str, ...]:
    """Comparison words of a quoted nickname, without marks and a leading article ("rock" of 'The Rock')."""
    words = _ARTICLE.sub("", nickname_text(text, span))
    return tuple(w.casefold() for w in words.split())
