"""Police events next to the police killings (issue 5, IndiaPoliceEvents): arrests of people told only
by a count ("rounded up 15 others"), police clashing with protesters (an assault) or with a commission
or a minister (words), a sports defeat "by a team" (no beating), and a past "after" clause under
"would", speech, "only after" or a negated main clause (no fact). Sentences are our own, written for
these tests."""

from __future__ import annotations

import pytest
from event_sentences import SECURITY, event_on, events_of

from newsgraph.pipeline import analyze_text


def police_arrests(text: str) -> list:
    return [
        e
        for e in analyze_text(text).events
        if e.plover == "COERCE" and e.cameo == "173" and (e.actor1 is None or e.actor1.sector in SECURITY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the police rounded up some more from the slum during the night.",
        "Police rounded up several others after the clash.",
        "Three were held and 20 others were detained in Vatva.",
    ],
)
def test_more_people_arrested(text: str):
    assert police_arrests(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The rioters rounded up 15 others and locked them in a shed.",
        "The police questioned the shopkeeper and some others who saw the fire.",
        "The police released more funds for relief camps.",
    ],
)
def test_no_more_people_arrested(text: str):
    assert not police_arrests(text), text


def test_a_sports_defeat_by_a_team_is_no_beating() -> None:
    assert not [
        e for e in events_of("Brazil were beaten by a strong team from Spain.") if e.plover == "ASSAULT"
    ]


def test_a_police_chief_clashing_with_a_minister_is_still_a_war_of_words() -> None:
    assert (
        event_on("The former police chief clashed with the minister over the transfers.", "clashed").cameo
        == "111"
    )


def test_a_past_after_clause_under_would_or_speech_is_no_fact() -> None:
    for text, trigger in [
        ("Under the plan, troops would withdraw after the hostages were freed.", "freed"),
        ("He said rebels would attack the town after the army withdrew.", "withdrew"),
        # "only after" makes it a condition; a negated main clause asserts nothing either
        ("Rebels will surrender only after the army withdrew from the valley.", "withdrew"),
        ("Rebels will not lay down arms after the army withdrew from the valley.", "withdrew"),
    ]:
        assert not [e for e in events_of(text) if e.trigger.text == trigger and e.plover == "RETREAT"], text


def test_police_clashing_with_a_commission_is_no_assault() -> None:
    for text in (
        "The state police clashed with the Election Commission over the deployment of forces.",
        # a ministry or government office bears no arms: a clash "over" something with it is verbal
        "The city police clashed with the home ministry over the probe.",
    ):
        assert event_on(text, "clashed").plover != "ASSAULT", text


def test_police_clashing_with_protesters_over_a_route_is_still_an_assault() -> None:
    assert (
        event_on("Police clashed with protesters over the route of the march.", "clashed").plover == "ASSAULT"
    )
