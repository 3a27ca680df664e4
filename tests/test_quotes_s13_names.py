"""Speaker names written as the article's fullest form (invented sentences): no list bullet glued to a name,
an undotted title ("Gov", "Sen") no part of the name, the accented spelling of a name the article also
writes without accents, no noun of a title phrase as speaker of a verb joined to one before, and a "he"
after "X's father, Y, ..." for the father Y, not the possessor X. Near misses keep other names whole."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

# (text, words inside the statement, the speaker's canonical name; None for no speaker)
NAMED = [
    # a bullet glued to the first word of a list item
    (
        "Links:\n-Nora Klein finds that voters dislike long campaigns. [Vox]\n",
        "voters dislike long campaigns",
        "Nora Klein",
    ),
    # an undotted title before a bare surname: the full name the article gives
    (
        "Gov Hartley: The state will recover from the floods\n\nGov. Dana Hartley said on Sunday that the "
        "state would rebuild every bridge.",
        "will recover from the floods",
        "Dana Hartley",
    ),
    ("Lt Col Omar Reyes said the patrol had come under fire.", "come under fire", "Omar Reyes"),
    # the accented spelling, whichever comes first
    (
        "Francois Leger said the plant would close.\n\nLater, François Léger said the workers would be paid.",
        "plant would close",
        "François Léger",
    ),
    # "... and said" joins the verb to the ones before: no noun of "head of state" speaks
    (
        "Kate Doe summed up the plan as “reckless,” denounced its record as a matter of state and said the "
        "council should resign.",
        "council should resign",
        None,
    ),
    # "X's father, Y, ...": a he after it is Y, not X
    (
        "Pastor Tom Hale asked the crowd to stand.\n\nHale’s father, retired teacher Roy Hale, knew the "
        "boxer for decades. He recalled that the boxer gave money to the food bank.",
        "gave money to the food bank",
        "Roy Hale",
    ),
    (
        "Mayor Lee Park spoke first. Park’s lawyer, Ann Cole, met the judge. She said the trial was unfair.",
        "trial was unfair",
        "Ann Cole",
    ),
    # near misses: a name ending in a title-like word, a hyphen inside a name, names differing in more
    # than accents, an unnamed father
    ("Amartya Sen said the famine could have been avoided.", "famine could have", "Amartya Sen"),
    ("Anne-Marie Duval said the vote would be close.", "vote would be close", "Anne-Marie Duval"),
    (
        "Jose Ortiz said the bridge was safe. Josefa Ortiz said the bridge was unsafe.",
        "bridge was unsafe",
        "Josefa Ortiz",
    ),
    (
        "Pastor Tom Hale asked the crowd to stand.\n\nHale’s father knew the boxer for decades. He "
        "recalled that the boxer gave money to the food bank.",
        "gave money to the food bank",
        "Hale’s father",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), NAMED)
def test_speaker_name(text: str, words: str, name: str | None) -> None:
    assert speaker_at(text, words) == name
