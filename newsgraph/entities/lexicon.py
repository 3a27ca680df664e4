"""Word lists the entity stage reads: role titles, honorifics and name prefixes
(newsgraph/data/titles.tsv), given names (given_names.tsv; sources stated in the files), and
countries and demonyms from the places gazetteer. Loaded once per process."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsgraph.places import gazetteer


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
    name_prefixes: frozenset[str]  # words name recognition strips from a PERSON span ("capt.", "minister")


@lru_cache(maxsize=1)
def titles() -> Titles:
    """The title table (titles.tsv), one file for roles, pronouns, events and name recognition.
    Kind "prefix" rows only add name prefixes and stay out of the role sets."""
    kinds: dict[str, set[str]] = {k: set() for k in ("head", "modifier", "honorific", "person", "prefix")}
    gender, prefixes = {}, set()
    for word, kind, sex, strip in _rows("titles.tsv"):
        kinds[kind].add(word)  # KeyError on a misspelt kind
        if sex in ("m", "f"):
            gender[word] = sex
        if strip == "y":
            prefixes.add(word)
    roles = (frozenset(kinds[k]) for k in ("head", "modifier", "honorific", "person"))
    return Titles(*roles, gender, frozenset(prefixes))


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Common given name (title case) -> "m" / "f", or "-" when used for both (given_names.tsv)."""
    return {name: sex for name, sex in _rows("given_names.tsv")}


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


def country_of(name: str, names_only: bool = False) -> str | None:
    """ISO3 of a country name or demonym ("Indian", "Pakistan's", "Afghans", "the U.S."), else None.
    names_only: the country itself only ("India", "the U.S."), not its adjective. Uses the places
    gazetteer's country names, aliases and demonym table (one source for the whole project)."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    for possessive in ("'s", "’s"):
        name = name.removesuffix(possessive)
    if not name:
        return None
    iso2 = None if names_only else gazetteer.demonym(name)
    if iso2 is None:
        best = next(iter(gazetteer.lookup(name)), None)
        iso2 = best.country if best is not None and best.feature == "country" else None
    return gazetteer.country_iso3(iso2)


@lru_cache(maxsize=1)
def thing_heads() -> dict[str, str]:
    """Last name word that makes a name a thing's, not a person's -> its type (entity_thing_heads.tsv)."""
    return {word: kind for word, kind in _rows("entity_thing_heads.tsv")}


@lru_cache(maxsize=1)
def company_words() -> frozenset[str]:
    """Words after a company's own name in its full name ("Energy", "Inc."; entity_company_words.txt)."""
    return frozenset(row[0] for row in _rows("entity_company_words.txt"))


@lru_cache(maxsize=1)
def kin_words() -> frozenset[str]:
    """Kinship nouns ("brother", "son"), from entity_kin_words.txt."""
    return frozenset(row[0] for row in _rows("entity_kin_words.txt"))


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """Lower-case words inside surnames ("von", "der", "de"; entity_name_particles.txt)."""
    return frozenset(row[0] for row in _rows("entity_name_particles.txt"))


@lru_cache(maxsize=1)
def peerage_titles() -> frozenset[str]:
    """Honorifics that stay before a lone surname ("Lord Woolf"; entity_peerage_titles.txt)."""
    return frozenset(row[0] for row in _rows("entity_peerage_titles.txt"))


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Abbreviated title -> the title it stands for ("sen." -> "senator"; title_abbreviations.tsv)."""
    return {short: full for short, full in _rows("title_abbreviations.tsv")}


# modifiers that make a title another office: a "shadow chancellor" is not "the chancellor"
OTHER_OFFICE = {"shadow", "deputy", "vice", "assistant", "associate", "former", "ex", "acting", "interim"}


def fits_title(title: str, head: str, mods: set[str]) -> bool:
    """True when a description by title ("the finance minister": head "minister", modifiers {"finance"})
    fits a title the article gave someone ("Finance Minister"): same head word, every modifier of the
    description in the title, and no modifier of the title that makes it another office left out."""
    words = [x for w in title.lower().split() for x in abbreviations().get(w, w).split()]
    if not words or singular(words[-1]) != singular(head.lower()):
        return False
    past = {"former", "ex"}  # "the former France manager" may describe the manager of today's club
    return mods - past <= set(words) and not (OTHER_OFFICE & set(words[:-1])) - mods
