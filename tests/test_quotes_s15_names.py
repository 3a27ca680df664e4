"""Speaker names, session 15 (invented sentences): a person named elsewhere with a middle name or initial
is named so ("Marion K. Delacroix", "Helena Voss Marsh"), unless the article has two people of that given
name and surname with different middles; a paper named once with its city's initials ("NY Evening
Ledger") is one with the city spelled out; a place the recogniser ran into "Mr Ferrand" is cut."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

from newsgraph.entities.names import make_cand
from newsgraph.entities.resolve import _lead_abbreviated

# (text, words inside the statement, the speaker's canonical name)
NAMED = [
    (
        "Marion K. Delacroix announced her campaign for governor on Monday in Dunmore.\n\n"
        "On Wednesday, Marion Delacroix told reporters that the race would be close.",
        "race would be close",
        "Marion K. Delacroix",
    ),
    (
        "Helena Marsh said the new tax was fair to every family.\n\n"
        "In 2010, Helena Voss Marsh ran for mayor of Dunmore and lost by 300 votes.",
        "tax was fair",
        "Helena Voss Marsh",
    ),
    (
        "Chancellor Paul Ferrand flew to Nairobi on Monday.\n\n"
        "On top of the relief deal with Kenya Mr Ferrand said the loans would be written off.",
        "loans would be written off",
        "Paul Ferrand",
    ),
    # near misses: two people of one given name and surname with different middle initials keep apart
    (
        "George H. Bellamy founded the firm in 1970. His son, George W. Bellamy, runs it now.\n\n"
        "George Bellamy said the firm would hire 200 workers next year.",
        "hire 200 workers",
        "George Bellamy",
    ),
    # another surname or given name is another person
    (
        "Marion K. Delacroix announced her campaign for governor on Monday.\n\n"
        "Her rival, Marion Dufresne, told reporters that the race would be close.",
        "race would be close",
        "Marion Dufresne",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), NAMED)
def test_speaker_named_in_full(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


def test_city_initials_before_a_paper_name_are_the_city() -> None:
    assert _lead_abbreviated(("NY", "Evening", "Ledger"), ("New", "York", "Evening", "Ledger"))
    assert _lead_abbreviated(("LA", "Times"), ("Los", "Angeles", "Times"))
    assert not _lead_abbreviated(("LA", "Evening", "Ledger"), ("New", "York", "Evening", "Ledger"))
    assert not _lead_abbreviated(("NY", "Evening", "Ledger"), ("New", "York", "Morning", "Ledger"))
    assert not _lead_abbreviated(("Evening", "Ledger"), ("New", "York", "Evening", "Ledger"))


def test_place_run_into_an_addressed_surname_is_cut_and_a_name_with_one_kept() -> None:
    text = "Kenya Mr Ferrand"
    cand = make_cand(text, 0, len(text), "ORG", "ner")
    assert (cand.type, cand.key) == ("PERSON", ("ferrand",))
    text = "Brookvale Dr Fizz"  # no place before the honorific: a brand, as written
    cand = make_cand(text, 0, len(text), "ORG", "ner")
    assert (cand.type, cand.key) == ("ORG", ("brookvale", "dr", "fizz"))
    text = "Sunday Herald Mr Okafor"  # a paper run into the name of a person
    cand = make_cand(text, 0, len(text), "PERSON", "ner")
    assert cand.key == ("okafor",)
