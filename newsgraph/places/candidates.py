"""The gazetteer records a toponym may name (shared by mention finding and resolution)."""

from __future__ import annotations

import re
from functools import lru_cache

from newsgraph.places import gazetteer
from newsgraph.places.gazetteer import Candidate

ALT_NAME_MIN_POPULATION = 10_000  # below this an alternate-name match is noise ("Khan" -> Haan, DE)
MAX_CANDIDATES = 60
_DIRECTION = re.compile(
    r"^(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|greater|"
    r"north[- ]?(?:east|west)|south[- ]?(?:east|west)|(?:north|south)(?:east|west)ern)\s+",
    re.IGNORECASE,
)
_KIND_SUFFIX = re.compile(
    r"\s+(?:province|state|city|region|governorate|area|metro|valley|prefecture|department|oblast|territory|"
    r"municipality)$",
    re.IGNORECASE,
)
_OF_PREFIX = re.compile(
    r"^(?:the\s+)?(?:city|state|province|county|commonwealth|republic)\s+of\s+", re.IGNORECASE
)


@lru_cache(maxsize=1)
def stop_names() -> frozenset[str]:
    """Normalised names never resolved alone (newsgraph/data/geo_stopnames.txt)."""
    return frozenset(gazetteer.normalize(n) for n in gazetteer.data_lines("geo_stopnames.txt"))


def _base_name(text: str) -> str:
    """The place a modified name is about: "North Texas" -> "Texas", "Kermanshah province" ->
    "Kermanshah", "City of Alexandria" -> "Alexandria"."""
    text = _OF_PREFIX.sub("", _DIRECTION.sub("", text))
    return _KIND_SUFFIX.sub("", text)


def candidates(text: str) -> list[Candidate]:
    """The records a toponym may name: none for a stop name; an alias's own when it has one; else the
    gazetteer's, with an exact-name miss read as its base name ("North Texas" -> Texas)."""
    # NER often leaves an abbreviation's final dot out of the span ("W.Va", "Calif").
    if gazetteer.normalize(text) in stop_names():
        return []
    base_name = _base_name(text)  # "South Central" is no more "Central" than "Central" is a place
    base = [] if gazetteer.normalize(base_name) in stop_names() else gazetteer.lookup(base_name)
    base = [c for c in base if c.match != "alt"]
    found = gazetteer.lookup(text) or gazetteer.lookup(text + ".") or base
    if found and found[0].match == "alias":  # a curated reading settles the name ("Gaza", "PoK")
        return [c for c in found if c.match == "alias"]
    found = [
        c for c in found if c.match != "alt" or c.feature != "city" or c.population >= ALT_NAME_MIN_POPULATION
    ]
    # A division named after its seat ("Alexandria" governorate, "Delhi" territory): the name means the city.
    seats = {(c.country, c.admin1) for c in found if c.feature == "city" and c.match != "alt"}
    found = [c for c in found if c.feature not in {"admin1", "admin2"} or (c.country, c.admin1) not in seats]
    return found[:MAX_CANDIDATES]
