"""Speaker names, wave 3 (invented sentences): "quoted by an outlet as saying" is the one quoted; a body
described by its country is not another organisation named before; "Jr." stays in a person's name; a
capitalised "Will"/"May" before a past or 3rd-person verb is the surname of the person named so; a place
"boasting" something inside someone's statement is part of that statement."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

# (text, words inside the statement, the speaker's canonical name; None for no speaker)
NAMED = [
    ("Jane Doe was quoted by Reuters as saying the deal was dead.", "the deal was dead", "Jane Doe"),
    (
        "The FBI had interviewed Tom Rand twice, after being warned by the Russian government that he was "
        "a threat.",
        "he was a threat",
        "the Russian government",
    ),
    ("Jane Doe was told by police that her son had been arrested.", "her son had been arrested", "police"),
    (
        "Adm. Harry B. Harris Jr. said the patrols would go on. Harris said China was wrong.",
        "China was wrong",
        "Harry B. Harris Jr.",
    ),
    (
        "Columnist George Will said the party was lost. Will described Trump as a bully.",
        "as a bully",
        "George Will",
    ),
    (
        "Prime Minister Theresa May spoke on Monday. May said the plan would work.",
        "the plan would work",
        "Theresa May",
    ),
    # a company described by its country is still the company named before
    (
        "Vantor Systems unveiled a faster network. The German company said data could move at one gigabit.",
        "data could move",
        "Vantor Systems",
    ),
    (
        "Katie Walsh noted that Ohio boasted only one paid staffer in 2012.",
        "one paid staffer",
        "Katie Walsh",
    ),
    # a country that warns with a clause of its own still speaks
    ("Walsh said Germany warned that the deal was dead.", "the deal was dead", "Germany"),
    # no suffix when the article writes none
    ("Jane Doe said the plan was good. Doe said it again on Monday.", "plan was good", "Jane Doe"),
]

# (text, words inside the statement, a name the speaker must not have)
UNNAMED = [
    # "the agency" after the FBI stays the FBI; "the Russian government" never is
    ("The FBI interviewed him in May. The agency said he was not a threat.", "not a threat", None),
    # a modal opening a question is no surname, whoever the article names
    (
        "Columnist George Will said the party was lost. Will voters described Trump as a bully?",
        "as a bully",
        "George Will",
    ),
    # "Will" before a bare verb is the modal even when a George Will is named
    ("George Will spoke. Will say the plan fails, critics argued.", "the plan fails", "George Will"),
]


@pytest.mark.parametrize(("text", "words", "name"), NAMED)
def test_speaker_name(text: str, words: str, name: str | None) -> None:
    assert speaker_at(text, words) == name


@pytest.mark.parametrize(("text", "words", "wrong"), UNNAMED)
def test_speaker_is_not(text: str, words: str, wrong: str | None) -> None:
    assert speaker_at(text, words) != wrong
