"""Lexicons for name recognition, loaded once per process: places, organisations, titles, given names.

Places come from the shared gazetteer (newsgraph/places/gazetteer.py: GeoNames countries, ADM1/ADM2
units, cities, regions and aliases), so that recognition and place resolution agree, plus the few
names it lacks in newsgraph/data/ner_places_extra.tsv.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.entities import lexicon
from newsgraph.places import gazetteer

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    type: str  # contract type: GPE (country, state, city) or LOC (region)
    kind: str  # country | state | city | region (see FEATURES)
    population: int


def _lines(name: str) -> list[str]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]


# GeoNames feature -> (contract type, kind); ADM2 units count as cities for population thresholds.
FEATURES = {
    "country": ("GPE", "country"),
    "admin1": ("GPE", "state"),
    "admin2": ("GPE", "city"),
    "city": ("GPE", "city"),
    "region": ("LOC", "region"),
    "other": ("LOC", "region"),
}


@lru_cache(maxsize=1)
def _extra_places() -> dict[str, Place]:
    places = {}
    for line in _lines("ner_places_extra.tsv"):
        name, typ = line.split("\t")
        places[name.casefold()] = Place(name, typ, "country" if typ == "GPE" else "region", 0)
    return places


@lru_cache(maxsize=1 << 16)
def _place(name: str) -> Place | None:
    extra = _extra_places().get(name.casefold())
    if extra is not None:
        return extra
    for c in gazetteer.lookup(name):
        if c.match != "alt":  # alternate names alone are too noisy to call a word a place
            typ, kind = FEATURES.get(c.feature, ("LOC", "region"))
            return Place(c.name, typ, kind, c.population)
    return None


def place(name: str, min_city_population: int = 15_000) -> Place | None:
    """The best-known place called `name` (any case), ignoring cities (and ADM2 units) smaller than
    min_city_population: thousands of villages share their names with people and words."""
    p = _place(name)
    if p is None or (p.kind == "city" and p.population < min_city_population):
        return None
    return p


@lru_cache(maxsize=1)
def organisations() -> dict[str, str]:
    """Exact name -> contract type, for names the model often mistypes."""
    return dict(line.split("\t") for line in _lines("ner_orgs.tsv"))


def titles() -> frozenset[str]:
    """Lower-case title/office words that precede a name without being part of it (titles.tsv,
    strip column; the same table roles read)."""
    return lexicon.titles().name_prefixes


@lru_cache(maxsize=1)
def groups() -> frozenset[str]:
    """Peoples, nationalities and religious groups missing from the shared demonym table."""
    return frozenset(_lines("ner_groups.txt"))


@lru_cache(maxsize=1)
def party_words() -> frozenset[str]:
    """Party labels written before a title and a name ("Green MP Jo Li"; entity_party_words.txt)."""
    return frozenset(_lines("entity_party_words.txt"))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (title case) that are evidence of a person: the shared given-name table
    less names that are also words or places ("May", "Chad")."""
    return frozenset(lexicon.given_names()) - frozenset(_lines("ner_ambiguous_names.txt"))


@lru_cache(maxsize=16)
def words(name: str) -> frozenset[str]:
    """A named word list from ner_words.json (team nouns, sport verbs, org nouns, ...)."""
    with (DATA / "ner_words.json").open(encoding="utf-8") as f:
        return frozenset(json.load(f)[name])


def company_suffix(word: str) -> bool:
    """A company's legal suffix ("Inc.", "Ltd", "Co."), in any case, with or without its full stop."""
    return word.lower().rstrip(".") in words("company_suffixes")


@lru_cache(maxsize=1)
def headline_verbs() -> frozenset[str]:
    """Verb lemmas a headline puts right after its subject ("Jane Roe Slams Plan"): the quote cues and
    the one-word verb triggers of events (quote_cues.tsv, events_triggers.tsv), not a list of its own."""
    cues = {row.split("\t")[0] for row in _lines("quote_cues.tsv")}
    triggers = (row.split("\t") for row in _lines("events_triggers.tsv"))
    verbs = cues | {cols[0] for cols in triggers if cols[1] in {"V", "A"}}
    return frozenset(v for v in verbs if v.isalpha())
