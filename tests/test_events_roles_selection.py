"""Role selection of events: which words of a sentence become the source (actor1) and target
(actor2). Invented sentences, one or two per rule of newsgraph/events/roles.py; the event is
found by its trigger word, since its type is another stage's business."""

from __future__ import annotations

import pytest
from event_sentences import actor_words, event_on

CASES = [
    # a thing a demonym modifies belongs to that state: the state is the target
    (
        "The Ruritanian government rejected the Turkish demands on Monday.",
        "rejected",
        "government",
        "Turkish",
    ),
    ("Chile still refuses to drop its embargo on Bolivian lorries.", "refuses", "Chile", "Bolivian"),
    # initials the tagger left unnamed name the owner of a thing
    ("The rebels lifted their ban on WFP food convoys near the border.", "lifted", "rebels", "WFP"),
    # a thing acted on, and the state it goes "to"
    ("Japan announced a suspension of loans to Myanmar.", "suspension", "Japan", "Myanmar"),
    # what an attack fires "with" is not what it hits
    ("Indian troops pounded militant hideouts with heavy artillery.", "pounded", "troops", "hideouts"),
    # accords two coordinated subjects make, fail to make or break
    ("Chile and Argentina failed to reach agreement on a border treaty.", "failed", "Chile", "Argentina"),
    ("Kenya and Uganda signed a trade pact on Friday.", "signed", "Kenya", "Uganda"),
    ("Peru and Ecuador are violating the ceasefire agreement.", "violating", "Peru", "Ecuador"),
    # things sent, with the destination hung on the last of them
    ("Norway sent field hospitals and a team of doctors to Yemen.", "sent", "Norway", "Yemen"),
    # acts on an area: the town or region they happen in
    (
        "Local officials imposed a curfew in several districts of Lucknow to halt the clashes.",
        "curfew",
        "officials",
        "Lucknow",
    ),
    ("Greek coast guards stayed on alert in Lesbos.", "alert", "coast guards", "Lesbos"),
    ("The president declared a state of emergency in Oaxaca.", "emergency", "president", "Oaxaca"),
    # the state of a goal, and a place "of"
    (
        "Sweden is ready to contribute to the rebuilding of the health system in Chad.",
        "ready",
        "Sweden",
        "Chad",
    ),
    (
        "Uganda is willing to withdraw its soldiers from the eastern province of Kivu.",
        "willing",
        "Uganda",
        "Kivu",
    ),
    # the subject of the verb a noun trigger needs, through a preposition
    ("Scholz and Meloni will gather for a meeting in Rome on Thursday.", "meeting", "Scholz", "Meloni"),
]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), CASES)
def test_source_and_target(text: str, trigger: str, source: str, target: str):
    event = event_on(text, trigger)
    assert source in actor_words(event.actor1)
    assert target in actor_words(event.actor2)


def test_named_agent_makes_of_object_the_target():
    """ "its shelling of X": with the agent named by a possessive, "of" names what is hit."""
    text = "The Burmese army stepped up its shelling of the rebel-held town of Myawaddy on Tuesday."
    event = event_on(text, "shelling")
    assert "army" in actor_words(event.actor1)
    assert "Myawaddy" in actor_words(event.actor2) or "town" in actor_words(event.actor2)


def test_welcoming_an_agreement_makes_no_counterpart():
    """Two subjects that welcome an accord are co-agents, not each other's counterpart."""
    event = event_on("Kenya and Uganda welcomed the agreement.", "welcomed")
    assert "Uganda" not in actor_words(event.actor2)


def test_a_town_is_no_scene_target_of_a_protest():
    """Only acts on an area take their town as the target; a protest there does not."""
    event = event_on("Farmers protested in Jaipur against the new law.", "protested")
    assert "Jaipur" not in actor_words(event.actor2)
