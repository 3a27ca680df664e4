"""Speaker full names (invented sentences): a product's makers speak for its maker, a role word opening a
sentence is no part of an organisation's name, a first given name the recogniser cut off, a misspelt
surname after "Ms", a dated document, and a bare "the government" whose phrase names the country."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

# (text, words inside the statement, the speaker's canonical name). Written before running the code.
CASES = [
    (
        'Web browser Vireo 3.0, due out next month, will be "the fastest browser ever made", according to '
        "its developers.\n\nThe new version can be controlled by voice.",
        "fastest browser ever made",
        "Vireo",
    ),
    (
        "Blue Harbour, Iron Wolves and Sunfield will headline this year's summer festival.\n\nOrganiser "
        "Lantern Fields said more acts were still to be confirmed for the event.",
        "more acts were still",
        "Lantern Fields",
    ),
    (
        "Most shoppers worry about tracking tags, a survey has found.\n\nMarie Anne Koster, the firm's chief "
        'analyst, said the survey showed retailers needed to explain the technology. "People need to be '
        'told what the tags do," she said.',
        "retailers needed to explain",
        "Marie Anne Koster",
    ),
    (
        "Labour MP Sarah Kendal, who backs the plan, said progress had been slow. That was a pace Ms Kendall "
        'called "painful". "We cannot wait another ten years," she said.',
        "cannot wait another",
        "Sarah Kendall",
    ),
    (
        "MPs have called for tighter rules on postal voting. Thursday's report was drawn up by two "
        "committees. It said there was a strong case to require voters to register individually.",
        "strong case to require",
        "the report",
    ),
    (
        "Chilean authorities have seized 300 idle farms under a land law. Farmers say they were not "
        "warned.\n\nBut the government - Chile's largest land owner - say they are proceeding carefully.",
        "proceeding carefully",
        "Chilean government",
    ),
    (
        "The band Copper Lanterns cancelled its autumn tour on Monday. The band said its drummer was ill.",
        "its drummer was ill",
        "Copper Lanterns",
    ),
    (
        "A hospital campaign group is to field candidates in six seats at the election.\n\nSave Our Valley "
        "Hospital will also target the health minister's seat. The group said it had 200 volunteers.",
        "it had 200 volunteers",
        "Save Our Valley Hospital",
    ),
    (
        "Glasshouse singer Tom Reyes has been fined 20,000 euros after a fight in a Berlin hotel.\n\nReyes "
        "was arrested with two members of the band's crew. The band said they were victims of an attack.",
        "victims of an attack",
        "Glasshouse",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), CASES, ids=[c[2] for c in CASES])
def test_speaker_full_name(text: str, words: str, name: str) -> None:
    assert (speaker_at(text, words) or "").casefold() == name.casefold()


def test_peer_keeps_honorific() -> None:
    """A peer goes by "Lord" and surname even when someone of a near surname is named in full."""
    text = (
        "Tory treasurer Michael Ashcrof gave evidence on Monday. Lord Ashcroft said the donations were "
        "lawful."
    )
    assert speaker_at(text, "donations were lawful") == "Lord Ashcroft"
