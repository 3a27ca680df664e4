"""A direction word belongs to a place's name when the whole is a named area (English metropolitan
counties), and is still dropped when it only modifies one ("Northern Illinois University")."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import analyze_text


def _places(text: str) -> dict[str, str]:
    return {text[p.start : p.end]: p.country for p in analyze_text(text).places}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officers from South Yorkshire Police detained a driver near Doncaster.", "South Yorkshire"),
        ("West Midlands Police said the parade passed off quietly.", "West Midlands"),
        ("Storms cut power to homes across Greater Manchester and Merseyside.", "Greater Manchester"),
    ],
)
def test_named_english_county_keeps_its_direction(text: str, name: str) -> None:
    assert _places(text).get(name) == "GB"


def test_direction_dropped_when_the_whole_is_no_place() -> None:
    places = _places("Students at Northern Illinois University marched to the library.")
    assert "Illinois" in places and "Northern Illinois" not in places
