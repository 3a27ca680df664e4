"""Speaker names, session 15 (invented sentences): a person named elsewhere with a middle name or initial
is named so ("Marion K. Delacroix", "Helena Voss Marsh"), unless the article has two people of that given
name and surname with different middles; a paper named once with its city's initials ("NY Evening
Ledger") is one with the city spelled out; a place the recogniser ran into "Mr Ferrand" is cut."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

from newsgraph.entities.names import make_cand
from newsgraph.entities.resolve import _lead_abbreviated
from newsgraph.pipeline import analyze_text

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


# Near misses of the middle-name join: the same given name and surname with and without a middle are two
# people when the article says so. (text, the people that must stay apart)
TWO_PEOPLE = [
    # father and son: two different middles anywhere in the article, whatever the order
    (
        "George Bellamy spent the weekend at the family farm. George W. Bellamy flew in on Saturday.\n\n"
        "George H. Bellamy was tired. George Bellamy thanked the nurses.",
        ["George Bellamy", "George W. Bellamy", "George H. Bellamy"],
    ),
    # one introduced as the other's relative
    (
        "Former mayor Tom Hargreave spent the weekend at home. His son, Tom J. Hargreave, flew in.\n\n"
        "Tom Hargreave thanked the nurses.",
        ["Tom Hargreave", "Tom J. Hargreave"],
    ),
    (
        "Dana Whitcombe won gold in the sprint. Her niece, Dana R. Whitcombe, took bronze.",
        ["Dana Whitcombe", "Dana R. Whitcombe"],
    ),
    # namesakes, each described, or the later one introduced anew, or said to be no relation
    (
        "Paul Rendle, a plumber from Leeds, won the lottery. In another case, Paul A. Rendle, a lawyer in "
        "London, was charged with fraud.",
        ["Paul Rendle", "Paul A. Rendle"],
    ),
    (
        "Nora Quill Fenwick played the organ at the festival. Nora Fenwick, a session drummer, sat in.",
        ["Nora Quill Fenwick", "Nora Fenwick"],
    ),
    (
        "Lisa Marie Brandt released an album on Friday. Lisa Brandt, no relation, won the county lottery.",
        ["Lisa Marie Brandt", "Lisa Brandt"],
    ),
    # a particle is part of the surname, not a middle name
    (
        "Crown Prince Khalid bin Rashed met the envoy on Monday. Separately, Egyptian striker Khalid "
        'Rashed scored twice. "It was a great night," Khalid Rashed said.',
        ["Khalid bin Rashed", "Khalid Rashed"],
    ),
]


@pytest.mark.parametrize(("text", "names"), TWO_PEOPLE)
def test_same_name_with_and_without_a_middle_kept_apart(text: str, names: list[str]) -> None:
    assert set(names) <= {e.name for e in analyze_text(text).entities}


def test_described_once_with_and_once_without_a_middle_is_one_person() -> None:
    text = (
        "Robert Kessling, the former defence secretary, criticised the plan on Monday.\n\n"
        "Robert M. Kessling wrote a memoir in 2014."
    )
    people = [e.name for e in analyze_text(text).entities if e.type == "PERSON"]
    assert people == ["Robert M. Kessling"]


def test_doctor_before_a_word_after_a_place_is_a_brand_not_a_person() -> None:
    text = "Texas Dr Fizz"  # "The Texas Dr Fizz bottler": a brand, not "Dr Fizz" the person
    cand = make_cand(text, 0, len(text), "ORG", "ner")
    assert cand.type == "ORG"
    text = "Brookvale Dr Fizz"
    cand = make_cand(text, 0, len(text), "PERSON", "ner")
    assert cand.key != ("fizz",)
    text = (
        "Dr Fizz sales rose on Monday. The Texas Dr Fizz bottler said it would hire 40 workers.\n\n"
        "Shares of Brookvale Dr Fizz fell 2 percent."
    )
    analysis = analyze_text(text)
    at = text.index("Texas Dr Fizz")
    assert all(e.type != "PERSON" for e in analysis.entities for m in e.mentions if m.start == at)
