"""Session 16: an all-upper-case article (old wire copy, some archives) is analysed with its
capitalisation restored, like an all-lower-case one, and flagged; offsets hold for the text as received.
A normal article with a capitalised headline or acronyms is left as it is. Invented texts."""

from __future__ import annotations

from newsgraph.ingest.case_flags import UPPER_CASE_RESTORED
from newsgraph.ingest.casing import restore_upper_case
from newsgraph.pipeline import analyze_text

SHOUTED = (
    "IRAN ACCUSED THE UNITED STATES ON MONDAY OF PLOTTING TO OVERTHROW ITS GOVERNMENT, AND ITS FOREIGN "
    "MINISTER WARNED THAT TEHRAN WOULD RESPOND FIRMLY TO ANY ATTACK ON ITS SOIL."
)


def test_a_shouted_article_keeps_its_events_and_actors():
    analysis = analyze_text(SHOUTED)
    assert any(f.message == UPPER_CASE_RESTORED for f in analysis.flags)
    accuse = next(e for e in analysis.events if e.plover == "ACCUSE")
    assert accuse.actor1 is not None and accuse.actor1.code == "IRN"
    assert accuse.actor2 is not None and accuse.actor2.code.startswith("USA")
    assert SHOUTED[accuse.trigger.start : accuse.trigger.end] == "ACCUSED"


def test_restored_text_has_the_same_length_and_names():
    restored = restore_upper_case(SHOUTED)
    assert restored is not None and len(restored) == len(SHOUTED)
    assert "Iran" in restored and "United States" in restored and "Monday" in restored


def test_a_capitalised_headline_or_acronyms_leave_the_article_alone():
    text = "NATO CONDEMNS ATTACK\n\nThe North Atlantic Treaty Organization (NATO) condemned the attack."
    assert restore_upper_case(text) is None
    assert not any(f.message == UPPER_CASE_RESTORED for f in analyze_text(text).flags)
