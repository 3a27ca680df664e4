"""One title table (titles.tsv) for name recognition and roles: words from either former list still
work for their consumer, and name-prefix-only words stay out of the role sets."""

from __future__ import annotations

import pytest

from newsgraph.entities import lexicon, recognize_lexicon
from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_text


def people(a: Analysis) -> list[str]:
    return [e.name for e in a.entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # rank abbreviations and occupations that name recognition alone strips ("prefix" rows)
        ("Officials said Col Ostrander had closed the road.", "Ostrander"),
        ("Officials said Prof Ostrander had resigned.", "Ostrander"),
        ("Officials said Lt Ostrander had resigned.", "Ostrander"),
        ("The medal went to Major Tarquil Ostrander of the second battalion.", "Tarquil Ostrander"),
        ("Bowler Quillon Abernath took five wickets.", "Quillon Abernath"),
        ("Capt. Zorvan Kettleby said the ship had left port.", "Zorvan Kettleby"),
    ],
)
def test_rank_and_occupation_words_are_not_part_of_the_name(text: str, name: str):
    names = people(analyze_text(text))
    assert name in names
    assert not any(
        n.split()[0].rstrip(".").lower() in {"col", "prof", "lt", "major", "bowler", "capt"} for n in names
    )


def test_a_title_before_a_name_is_the_persons_role():
    a = analyze_text("Prime Minister Alana Brisk said on Monday that the budget would be cut.")
    person = next(e for e in a.entities if e.name == "Alana Brisk")
    assert any(r.title == "Prime Minister" for r in person.roles)


def test_a_title_word_after_a_given_name_is_a_surname():
    """Near miss: "Major" opens no title after a given name."""
    a = analyze_text("Former prime minister John Major said the talks had failed.")
    major = next(e for e in a.entities if e.name == "John Major")
    assert major.type == "PERSON"
    assert any("prime minister" in r.title.lower() for r in major.roles)


def test_name_prefix_only_words_are_no_role_words():
    """Kind "prefix" rows feed name recognition only: "Major" or "Private" is no title for roles."""
    prefixes = recognize_lexicon.titles()
    assert {"capt.", "sgt.", "major", "private", "minister", "mr."} <= prefixes
    assert {"maulana", "sheikh"}.isdisjoint(prefixes)  # customarily part of the name
    for word in ("Major", "Private", "Capt.", "Field"):
        assert not lexicon.is_role_word(word)
    assert lexicon.is_role_word("Minister") and lexicon.is_role_word("Captain")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lawmaker Alana Brisk voted against the water bill on Tuesday.", "Alana Brisk"),
        ("Constable Ravindra Pathak was injured in the scuffle.", "Ravindra Pathak"),
    ],
)
def test_an_office_word_opening_a_sentence_is_not_part_of_the_name(text: str, name: str):
    assert name in people(analyze_text(text))


def test_an_office_word_that_is_a_surname_stays_in_the_name():
    """Near miss: "Constable" after a given name is the painter's surname, not his office."""
    assert "John Constable" in people(analyze_text("A landscape by John Constable was sold in London."))
