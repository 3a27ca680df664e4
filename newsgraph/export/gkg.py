"""An analysis as a GDELT Global Knowledge Graph 2.1 record: the 27 tab-separated columns of the GKG
Codebook V2.1 (http://data.gdeltproject.org/documentation/GDELT-Global_Knowledge_Graph_Codebook-V2.1.pdf),
one line per article, no header, as in GDELT's own files.

Filled from our stages, with character offsets into the analysed text as GKG 2.1 gives them: counts
(from events with a count), locations, persons, organisations, dates, quotations, all names, amounts,
and the page title. Left empty: themes, tone, GCAM, images and translation info, which we do not
compute. Names are the canonical names of entities resolved within the article; pronouns and
descriptions ("the diplomat") are not names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import urlsplit

from newsgraph.events.lexicon import data_json
from newsgraph.export.gdelt import geo_fields, iso_day
from newsgraph.model import Analysis, Entity, Event

COLUMNS = [
    "GKGRECORDID",
    "DATE",
    "SourceCollectionIdentifier",
    "SourceCommonName",
    "DocumentIdentifier",
    "Counts",
    "V2Counts",
    "Themes",
    "V2Themes",
    "Locations",
    "V2Locations",
    "Persons",
    "V2Persons",
    "Organizations",
    "V2Organizations",
    "V2Tone",
    "Dates",
    "GCAM",
    "SharingImage",
    "RelatedImages",
    "SocialImageEmbeds",
    "SocialVideoEmbeds",
    "Quotations",
    "AllNames",
    "Amounts",
    "TranslationInfo",
    "Extras",
]
WEB = "1"  # SourceCollectionIdentifier: 1 = web
_NOT_NAMES = {"pronoun", "description"}  # mention sources that are no names
_DELIMITERS = r"\t\n\r;#|,<>"  # GKG's own delimiters: never inside a value
# DateResolution of V2.1EnhancedDates: 4 full date, 3 month and day (no year), 2 month and year, 1 year
_RESOLUTION = {"day": "4", "month": "2", "year": "1"}


def _clean(value: str, delimiters: str = _DELIMITERS) -> str:
    return " ".join(re.sub(f"[{delimiters}]+", " ", value).split())


def _names(entities: Iterable[Entity]) -> tuple[str, str]:
    """V1 (distinct names, ';') and V2 (name,offset for each named mention) lists."""
    v1, v2 = [], []
    for entity in entities:
        name = _clean(entity.name)
        mentions = [m for m in entity.mentions if m.source not in _NOT_NAMES]
        if mentions:
            v1.append(name)
            v2 += [(m.start, f"{name},{m.start}") for m in mentions]
    return ";".join(dict.fromkeys(v1)), ";".join(item for _, item in sorted(v2))


def _count_type(event: Event) -> str | None:
    table = data_json("gkg_counts.json")
    keys = [f"{event.plover}/fatal"] if event.fatal else []
    keys += [f"{event.plover}/{event.mode}", event.plover]
    return next((table[k] for k in keys if k in table), None)


def _counts(analysis: Analysis) -> tuple[str, str]:
    """CountType#Number#ObjectType#LocationType#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID
    (V1), the same plus #CharOffset (V2.1; the event's trigger)."""
    v1, v2 = [], []
    for event in analysis.events:
        kind = _count_type(event)
        if kind is None or event.count is None or event.claimed_by:
            continue
        geo = geo_fields(event.place) if event.place else ["0"] + [""] * 7
        del geo[4]  # the counts' location has no ADM2Code
        fields = [kind, f"{event.count.value:g}", _clean(event.count.object or ""), *geo]
        v1.append("#".join(fields))
        v2.append("#".join([*fields, str(event.trigger.start)]))
    return ";".join(v1), ";".join(v2)


def _locations(analysis: Analysis) -> tuple[str, str]:
    v1, v2 = [], []
    for place in analysis.places:
        if place.geonameid is None:
            continue
        geo = [_clean(f, r"\t\n\r;#") for f in geo_fields(place)]  # "Karachi, Sindh, Pakistan"
        v1.append("#".join(geo[:4] + geo[5:]))  # V1 has no ADM2Code
        v2.append("#".join([*geo, str(place.start)]))
    return ";".join(dict.fromkeys(v1)), ";".join(v2)


def _dates(analysis: Analysis) -> str:
    out = []
    for mention in analysis.dates:
        day = iso_day(mention.value)
        resolution = _RESOLUTION.get(mention.resolution or "")
        if resolution is None or not mention.value:
            continue
        year, month = mention.value[:4], mention.value[5:7] or "0"
        out.append(f"{resolution}#{int(month)}#{day.day if day else 0}#{year}#{mention.start}")
    return ";".join(out)


def _quotations(analysis: Analysis) -> str:
    """Offset|Length|Verb|Quote, '#' between quotations: the verbatim ones, as in GKG 2.1."""
    out = []
    for q in analysis.quotes:
        if q.kind != "direct":
            continue
        verb = _clean(analysis.text[q.cue.start : q.cue.end]) if q.cue else ""
        out.append(f"{q.start}|{q.end - q.start}|{verb}|{_clean(q.text)}")
    return "#".join(out)


def _amounts(analysis: Analysis) -> str:
    return ";".join(f"{a.value:g},{_clean(a.object or '')},{a.start}" for a in analysis.amounts)


def record(analysis: Analysis, number: int, added: datetime | None = None) -> list[str]:
    """The 27 GKG 2.1 fields of one analysis; `number` is its place in the batch (the record id's X)."""
    stamp = (added or datetime.now(UTC)).strftime("%Y%m%d%H%M%S")
    published = iso_day(analysis.published)
    by_type = {t: [e for e in analysis.entities if e.type == t] for t in ("PERSON", "ORG")}
    persons, organisations = _names(by_type["PERSON"]), _names(by_type["ORG"])
    _, all_names = _names(e for e in analysis.entities if e.type not in {"NORP", "LANGUAGE"})
    counts, locations = _counts(analysis), _locations(analysis)
    title = f"<PAGE_TITLE>{_clean(analysis.title)}</PAGE_TITLE>" if analysis.title else ""
    return [
        f"{stamp}-{number}",
        published.strftime("%Y%m%d000000") if published else stamp,
        WEB,
        urlsplit(analysis.url).netloc if analysis.url else _clean(analysis.source or ""),
        analysis.url or analysis.id,
        *counts,
        "",
        "",
        *locations,
        *persons,
        *organisations,
        "",
        _dates(analysis),
        "",
        "",
        "",
        "",
        "",
        _quotations(analysis),
        all_names,
        _amounts(analysis),
        "",
        title,
    ]


def render_record(analysis: Analysis, number: int, added: datetime | None = None) -> str:
    return "\t".join(record(analysis, number, added)) + "\n"
