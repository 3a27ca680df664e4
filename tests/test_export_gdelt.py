"""GDELT exports: the example read back by column name, as GDELT's own tools would read it."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from newsgraph.export.gdelt import COLUMNS, render_events
from newsgraph.export.gkg import COLUMNS as GKG_COLUMNS
from newsgraph.export.gkg import render_record
from newsgraph.model import Analysis


def records(analysis: Analysis) -> list[dict[str, str]]:
    added = datetime(2020, 10, 19, 6, 15, tzinfo=UTC)
    lines = render_events(analysis, added)
    rows = list(csv.reader(io.StringIO(lines), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert all(len(row) == len(COLUMNS) == 61 for row in rows)
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


def test_rally_is_a_gdelt_protest_in_karachi(karachi_analysis: Analysis) -> None:
    rows = records(karachi_analysis)
    assert len(rows) == len(karachi_analysis.events)
    (rally,) = [r for r in rows if r["EventRootCode"] == "14"]
    assert rally["Day"] == "20201018" and rally["MonthYear"] == "202010" and rally["Year"] == "2020"
    assert rally["Actor1Code"] == "PAKOPP" and rally["Actor1CountryCode"] == "PAK"
    assert rally["Actor2Code"] == "PAKGOV"
    assert rally["QuadClass"] == "4" and float(rally["GoldsteinScale"]) < 0
    # geography: a world city in Pakistan, FIPS country code and FIPS-style ADM1 code (Sindh)
    assert rally["ActionGeo_Type"] == "4" and rally["ActionGeo_FullName"].startswith("Karachi")
    assert rally["ActionGeo_CountryCode"] == "PK" and rally["ActionGeo_ADM1Code"].startswith("PK")
    assert abs(float(rally["ActionGeo_Lat"]) - 24.86) < 0.1
    assert rally["DATEADDED"] == "20201019061500"
    assert len({r["GlobalEventID"] for r in rows}) == len(rows)  # ids are unique
    # the accusation goes from India to Pakistan
    assert any(r["EventRootCode"] == "11" and r["Actor1CountryCode"] == "IND" for r in rows)


def test_gkg_record_carries_names_places_quotes_and_counts_with_offsets(karachi_analysis: Analysis) -> None:
    line = render_record(karachi_analysis, 1, datetime(2020, 10, 19, 6, 15, tzinfo=UTC))
    fields = line.rstrip("\n").split("\t")
    assert len(fields) == len(GKG_COLUMNS) == 27
    gkg = dict(zip(GKG_COLUMNS, fields, strict=True))
    text = karachi_analysis.text
    persons = dict(item.rsplit(",", 1) for item in gkg["V2Persons"].split(";"))
    assert "Maryam Nawaz" in persons and "Vimarsh Aryan" in gkg["Persons"].split(";")
    assert all(not name.lower().startswith(("he", "his")) for name in persons)  # pronouns are no names
    name, offset = next(p.rsplit(",", 1) for p in gkg["V2Persons"].split(";") if p.startswith("Imran Khan"))
    assert text[int(offset) :].startswith(("Imran Khan", "Khan"))
    karachi = next(
        loc.split("#") for loc in gkg["V2Locations"].split(";") if loc.split("#")[1].startswith("Karachi")
    )
    assert karachi[0] == "4" and karachi[2] == "PK" and text[int(karachi[-1]) :].startswith("Karachi")
    (protest,) = [c.split("#") for c in gkg["V2Counts"].split(";") if c.startswith("PROTEST")]
    assert float(protest[1]) >= 1000 and protest[2] == "people"
    tweet = next(q.split("|") for q in gkg["Quotations"].split("#") if "100s of 1000s" in q)
    start, length = int(tweet[0]), int(tweet[1])
    assert text[start : start + length].startswith("100s of 1000s")
    links = [(r.start, r.end) for r in karachi_analysis.anatomy.related_links]
    offsets = [int(item.rsplit(",", 1)[1]) for item in gkg["AllNames"].split(";")]
    assert links and not any(s <= o < e for o in offsets for s, e in links)  # nothing from "Read:" lines
