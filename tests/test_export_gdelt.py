"""GDELT 2.0 Event export: the example's rally reads back, by column name, as GDELT would code it."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from newsgraph.export.gdelt import COLUMNS, render_events
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
