"""Session 15: a quoted nickname between given name and surname ("Jo “Tig” Roe") names one person,
called by given name and surname (GenderGapTracker's convention); later surname, honorific + surname,
pronouns and the nickname alone link to that person, and the nickname's marks make no quotation. A
quoted phrase or scare quote between or after names, or a quoted place nickname, changes nothing."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_in

from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_text


def people(a: Analysis) -> list[str]:
    return [e.name for e in a.entities if e.type == "PERSON"]


def person(a: Analysis, name: str):
    return next(e for e in a.entities if e.name == name)


@pytest.mark.parametrize(
    ("text", "name", "nickname"),
    [
        ("Marcus “Tiv” Orlander, a former contractor, spoke on Monday.", "Marcus Orlander", "Tiv"),
        ('Carla "Blaze" Montrose won the title fight on Saturday night.', "Carla Montrose", "Blaze"),
        ("Derek 'The Anvil' Stromholt will star in the new film.", "Derek Stromholt", "The Anvil"),
        ("Abdul Rahim “AR” Qazvani was a metallurgist in the capital.", "Abdul Rahim Qazvani", "AR"),
    ],
)
def test_a_nicknamed_person_is_one_entity_named_without_the_nickname(text: str, name: str, nickname: str):
    a = analyze_text(text)
    assert name in people(a)
    assert not any(nickname in n or n == name.split()[0] for n in people(a))
    assert not any(nickname in q.text and len(q.text) <= len(nickname) + 2 for q in a.quotes)


def test_later_mentions_link_to_the_nicknamed_person():
    text = (
        "Marcus “Tiv” Orlander, a former contractor, spoke to reporters on Monday. “We were told to wait "
        "for hours,” Orlander said. Mr. Orlander added that he had no regrets. “I would do it again,” "
        "Tiv said."
    )
    a = analyze_text(text)
    assert people(a) == ["Marcus Orlander"]
    mentions = [m.text for m in person(a, "Marcus Orlander").mentions]
    assert {"Orlander", "Tiv", "he"} <= set(mentions)
    assert speaker_in(a, "We were told") == "Marcus Orlander"
    assert speaker_in(a, "I would do it again") == "Marcus Orlander"


def test_the_nickname_alone_is_left_when_another_person_has_that_name():
    text = "Marcus “Tiv” Orlander met Tiv Hallorann on Monday. Tiv said the meeting went well."
    a = analyze_text(text)
    assert "Marcus Orlander" in people(a) and "Tiv Hallorann" in people(a)
    assert "Tiv" not in [m.text for m in person(a, "Marcus Orlander").mentions]


@pytest.mark.parametrize(
    ("text", "kept", "absent"),
    [
        # a quoted campaign name after a possessive
        (
            "Halvorsen’s “Yes” campaign won the vote. Greta Halvorsen said she was pleased.",
            "Greta Halvorsen",
            None,
        ),
        # a scare quote after a full name
        ("Dorian Pell “very strongly” denied the claim on Tuesday.", "Dorian Pell", None),
        # a quoted nickname after the surname at the end of a sentence
        (
            "The crowd chanted for Stromholt “The Anvil”. Later Mark Stromholt said he was tired.",
            "Mark Stromholt",
            "The Anvil",
        ),
        # a quoted phrase after a full name
        (
            "Maria Quintero “I will fight” was the headline. Quintero said she meant it.",
            "Maria Quintero",
            "I will",
        ),
    ],
)
def test_quoted_words_that_are_no_nickname_change_nothing(text: str, kept: str, absent: str | None):
    names = people(analyze_text(text))
    assert kept in names
    assert absent is None or not any(absent in n for n in names)


def test_a_quoted_nickname_of_a_place_joins_no_person():
    a = analyze_text("The “Windy City” Chicago hosted the summit, said Tom Harrowgate.")
    assert "Tom Harrowgate" in people(a)
    assert not any("Chicago" in n for n in people(a))
    assert any(e.name == "Chicago" and e.type == "GPE" for e in a.entities)


def test_a_quoted_word_in_a_title_case_headline_joins_no_names():
    text = "Varga Says Pell Was ‘Mocking’ Orlander Camp\nDorian Pell said on Sunday that he was joking."
    assert not any("Orlander" in n and "Pell" in n for n in people(analyze_text(text)))
