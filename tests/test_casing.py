"""Capitalisation restored for all-lower-case articles (newsgraph/ingest/casing.py)."""

from __future__ import annotations

import pytest

from newsgraph.ingest.case_flags import CASE_RESTORED
from newsgraph.ingest.casing import restore_case
from newsgraph.pipeline import analyze_text

# Our own text, written in lower case the way some archives deliver it.
LOWER = (
    "ahmedabad: police arrested 40 people on friday after a clash near the bus station, said deputy "
    "commissioner of police rajesh verma. the bjp and the congress blamed each other for the violence. "
    '"we will not allow anyone to disturb the peace," mr verma told reporters in gandhinagar on march 3. '
    "the crpf was called in and the curfew in the old city of ahmedabad was extended till monday."
)


@pytest.fixture(scope="module")
def restored() -> str:
    text = restore_case(LOWER)
    assert text is not None
    return text


def test_restored_text_keeps_length_and_letters(restored: str) -> None:
    assert len(restored) == len(LOWER)
    assert restored.lower() == LOWER


def test_names_places_acronyms_and_sentence_starts_capitalised(restored: str) -> None:
    names = ("Ahmedabad", "Rajesh Verma", "BJP", "CRPF", "Mr Verma", "Gandhinagar", "March 3", "Friday")
    for written in names:
        assert written in restored
    assert "The BJP" in restored and '"We will' in restored
    # common words stay in lower case, also when the gazetteer has a town of that name
    assert "bus station" in restored and "old city" in restored
    assert "Ahmedabad: Police arrested" in restored  # the sentence after a dateline starts with a capital


def test_text_with_its_case_is_left_alone() -> None:
    assert restore_case("Police in Ahmedabad arrested 40 people on Friday, officials said.") is None
    assert restore_case("too short to tell") is None


def test_lower_case_article_is_analysed_with_names() -> None:
    analysis = analyze_text(LOWER)
    assert any(f.message == CASE_RESTORED for f in analysis.flags)
    people = {e.name for e in analysis.entities if e.type == "PERSON"}
    assert "Rajesh Verma" in people
    places = {p.name: p for p in analysis.places}
    assert places["Ahmedabad"].country == "IN"
    assert [d.text for d in analysis.anatomy.datelines] == ["Ahmedabad:"]
    arrests = [e for e in analysis.events if e.cameo == "173"]
    assert arrests and arrests[0].actor1 is not None and "police" in arrests[0].actor1.text.lower()
