"""Speaker names, wave 2 (invented sentences): "the spokesman" after "A spokesman for Mayor X" is that
spokesman, never X; surname particles ("von der", "de") stay inside a name and a sentence-initial "De Villa"
is the same person; a title description ("the Vermont senator") is the one person given that title, no one
when none or several are; "the premier's office" is written as the article first named that office."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

from newsgraph.pipeline import analyze_text

# (text, words inside the statement, the speaker's canonical name; None for no speaker)
NAMED = [
    # a definite description continues the unnamed person introduced with "a"/"an", not their boss
    (
        'A spokesman for Mayor Dan Pruitt said the mayor would respond. "We take this seriously," the '
        "spokesman said.",
        "take this seriously",
        "A spokesman for Mayor Dan Pruitt",
    ),
    (
        "An aide to Senator Mark Bellamy said the vote was delayed. The aide said the committee would meet.",
        "committee would meet",
        "An aide to Senator Mark Bellamy",
    ),
    (
        'A lawyer for Tom Reedy said the charges were baseless. "My client is innocent," the lawyer said.',
        "client is innocent",
        "A lawyer for Tom Reedy",
    ),
    # ... named in apposition: the name
    (
        'A spokesman for the mayor, Don Peale, said the plan was ready. "It will work," the spokesman said.',
        "It will work",
        "Don Peale",
    ),
    # ... a spokesman named after the introduction is who "the spokesman" is
    (
        "A spokesman for Mayor Dan Pruitt said the mayor would respond. Pruitt's spokesman, Don Peale, "
        'called later. "We will act," the spokesman said.',
        "We will act",
        "Don Peale",
    ),
    # ... the nearest introduction, not a spokesman named earlier
    (
        "Don Peale, the mayor's spokesman, said the plan was ready. A spokesman for the police said the "
        "road was closed. The spokesman said the driver fled.",
        "driver fled",
        "A spokesman for the police",
    ),
    # name particles: inside the name, and capitalised at a sentence start
    (
        "Ursula von der Leyen said the deal was close. Von der Leyen added that talks would continue.",
        "deal was close",
        "Ursula von der Leyen",
    ),
    (
        "Ursula von der Leyen said the deal was close. Von der Leyen added that talks would continue.",
        "talks would continue",
        "Ursula von der Leyen",
    ),
    (
        "Dr. Eileen de Villa said cases were rising. De Villa said residents should stay calm.",
        "residents should stay calm",
        "Eileen de Villa",
    ),
    (
        "Jan ter Horst said the dike held. Ter Horst said more rain was due.",
        "more rain was due",
        "Jan ter Horst",
    ),
    # a title with a place: the one person given the title, else no one (never the person named last)
    (
        "Sen. Bernie Sandoval said the plan was weak. Joe Marchetti disagreed with the plan. The Vermont "
        "senator declined to say whether he would back it.",
        "whether he would back it",
        "Bernie Sandoval",
    ),
    (
        "Bernie Sandoval, a senator from Vermont, said the plan was weak. Joe Marchetti disagreed. The "
        "Vermont senator said he would not back it.",
        "would not back it",
        "Bernie Sandoval",
    ),
    # an office owned by a title: as the article named that office before
    (
        "Premier Doug Fordham was in Ottawa on Monday. Fordham's office said the meeting went well. A "
        "statement from the premier's office said he would return Friday.",
        "return Friday",
        "Fordham's office",
    ),
]

# near misses: no name, or not the one named last
UNNAMED = [
    # a bare title with no one given it, after another person's office
    (
        "Premier Doug Fordham was in Ottawa. Mayor Olivia Chowdry's office said the meeting went well. The "
        "premier's office said he would return Friday.",
        "return Friday",
        "Mayor Olivia Chowdry's office",
    ),
    # "a spokesman" inside a quotation introduces no one
    (
        '"The city needs a spokesman," Mayor Dan Pruitt said on Monday. The spokesman said the office would '
        "open soon.",
        "office would open soon",
        "a spokesman",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), NAMED)
def test_speaker_name(text: str, words: str, name: str | None) -> None:
    assert speaker_at(text, words) == name


@pytest.mark.parametrize(("text", "words", "wrong"), UNNAMED)
def test_speaker_is_not(text: str, words: str, wrong: str) -> None:
    assert speaker_at(text, words) != wrong


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Carlos de la Cruz said the vote was fair.", "Carlos de la Cruz"),
        ("Ursula von der Leyen met the envoy in Brussels.", "Ursula von der Leyen"),
        # near misses: a particle before a lower-case word or at the end is no part of a name
        ("Tom Hale said de facto rules applied.", "Tom Hale"),
        ("The award went to Tom Hale van drivers said.", "Tom Hale"),
    ],
)
def test_particles_stay_inside_names(text: str, name: str) -> None:
    people = [e.name for e in analyze_text(text).entities if e.type == "PERSON"]
    assert name in people
