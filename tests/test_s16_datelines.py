"""Session 16: a wire dateline opening the lead paragraph ("KABUL, Afghanistan (AP) — ", "UNITED NATIONS
(Reuters) - ", "Lima, Aug 2 (PTI) ") is a sentence of its own for the parser (newsgraph/nlp.py,
dateline_boundaries). Parsed with the lead, the place became the subject and the lead sentence, the
story's main event, lost its event or its roles. Invented sentences; near misses: a capitalised word that
opens a paragraph but is no place ("UPDATE:"), a capitalised dash compound without spaces."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

from newsgraph.nlp import load
from newsgraph.pipeline import analyze_text

LEADS = {
    "ap_attacked": "QUETTA, Pakistan (AP) — Separatist gunmen attacked a checkpoint on Tuesday, killing four "
    "soldiers.",
    "reuters_condemned": "UNITED NATIONS (Reuters) - The Security Council condemned the shelling of the "
    "port on Monday.",
    "dash_urged": "LIMA — President Ana Rojas urged Congress on Friday to approve the budget.",
    "pti_accused": "Chennai, Aug 2 (PTI) The DMK accused the state government of hiding the death toll.",
    "second_paragraph": "Talks collapse in Geneva\n\nGENEVA (AP) — Iran rejected the offer of new talks on "
    "Thursday.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(LEADS)


@pytest.mark.parametrize(
    ("key", "plover", "source"),
    [
        ("ap_attacked", "ASSAULT", "gunmen"),
        ("reuters_condemned", "ACCUSE", "Security Council"),
        ("dash_urged", "REQUEST", "Ana Rojas"),
        ("pti_accused", "ACCUSE", "DMK"),
        ("second_paragraph", "REJECT", "Iran"),
    ],
)
def test_a_lead_after_a_dateline_keeps_its_event_and_source(events, key, plover, source):
    event = one(events, LEADS, key, plover)
    assert event.actor1 is not None and source in event.actor1.text


def test_the_dateline_place_is_no_speaker():
    analysis = analyze_text("ANKARA (AP) — Turkey's foreign minister said on Monday that talks would resume.")
    speakers = {q.speaker.name for q in analysis.quotes if q.speaker}
    assert speakers and "ANKARA" not in speakers


def _sentence_starts(text: str) -> list[str]:
    return [s[0].text for s in load()(text).sents]


def test_the_sentence_starts_after_the_dateline_only():
    assert _sentence_starts("BEIRUT, Lebanon (AP) — Israeli jets struck targets near Tyre.")[1] == "Israeli"
    assert _sentence_starts("UPDATE: Israeli jets struck targets near Tyre.") == ["UPDATE"]
    assert _sentence_starts("US—China talks resumed in Geneva on Monday.") == ["US"]
