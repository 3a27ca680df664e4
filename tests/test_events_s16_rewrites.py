"""Session 16 (wire-copy rewrites of benchmarks/events_invariance.py), on invented sentences:
* a named subject followed by a relative clause between commas ("Peru, which recalled its ambassador
  last year, massed troops") keeps its verb and its role, also when the parser hangs the verb on the
  clause's last noun ("..., which has long been wary of the rebels, called on");
* "it" in what an actor says stands for that actor when a trigger's reading depends on who acts
  ("Beijing said it had warned Manila that any move ... would mean war" is a state's threat);
* a present verb after "that" under "had insisted" is a demand, as under "insisted";
* a group of armed men is no firm ("The rebel group returned the weapons to the army" is a retreat).
Near misses that must not change: a passive participle after the relative clause ("The general,
who ..., arrested ... by police"), a firm's or hospital's warning reported by itself, "have insisted"
with a plural indicative, a past verb after "had insisted", and a firm's group returning things."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

from newsgraph.model import Event

SENTENCES = {
    "relative_massed": "Peru, which recalled its ambassador last year, massed troops along the frontier.",
    "relative_hung": (
        "The Arab League, which has long been wary of the rebels, called on both sides to lay down arms."
    ),
    "relative_offered": "Chile, whose navy patrols the strait, offered on Friday to host the talks.",
    "apposition_offered": "Ghana, a founding member of the bloc, offered to mediate between the two rivals.",
    "self_warning": "Beijing said it had warned Manila that any move to build on the shoal would mean war.",
    "had_insisted": "Lithuania had insisted that NATO allies station more troops in the Baltics.",
    "said_had_insisted": "Warsaw said it had insisted that the member states share the cost of the fence.",
    "rebel_group_returned": "The rebel group returned the weapons to the army.",
}

NEAR_MISSES = {
    "relative_passive": "The general, who had commanded the front, arrested in the capital by police.",
    "relative_known": "The senator, who has served since 1990, known for his speeches on trade.",
    "bank_warning": "The bank said it had warned customers that any delay would raise fees.",
    "hospital_warning": (
        "The hospital said it had warned patients that the clinic could close unless it found new funding."
    ),
    "airline_warning": "The airline said it had warned passengers that flights would be delayed.",
    "have_insisted_plural": "The unions have insisted that the workers remain united.",
    "had_insisted_past": "The ministers had insisted that the talks were going well.",
    "firm_group_returned": "The Adani Group returned the land to the state.",
    "investment_group_returned": "The investment group returned the paintings to the museum.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES | NEAR_MISSES)


@pytest.mark.parametrize(
    ("key", "plover", "source", "target"),
    [
        ("relative_massed", "MOBILIZE", "Peru", None),
        ("relative_hung", "REQUEST", "Arab League", "sides"),
        ("relative_offered", "AGREE", "Chile", None),
        ("apposition_offered", "AGREE", "Ghana", None),
        ("self_warning", "THREATEN", "Beijing", "Manila"),
        ("had_insisted", "REQUEST", "Lithuania", "NATO allies"),
        ("said_had_insisted", "REQUEST", "Warsaw", "member states"),
        ("rebel_group_returned", "RETREAT", "rebel group", "army"),
    ],
)
def test_coded(events, key, plover, source, target):
    event = one(events, SENTENCES, key, plover)
    assert event.actor1 is not None and source in event.actor1.text
    if target is not None:
        assert event.actor2 is not None and target in event.actor2.text


def test_relative_clause_keeps_its_own_event(events):
    """The verb of the relative clause stays an event of its own, with the same subject."""
    recalled = one(events, SENTENCES, "relative_massed", "SANCTION")
    assert recalled.actor1 is not None and recalled.actor1.text == "Peru"


def test_passive_after_relative_clause_is_no_act_of_the_subject(events):
    """ "The general, who ..., arrested ... by police": the police arrest, the general is arrested."""
    assert all(e.actor1 is None or "general" not in e.actor1.text for e in events["relative_passive"])
    assert not events["relative_known"]


@pytest.mark.parametrize("key", ["bank_warning", "hospital_warning", "airline_warning"])
def test_non_party_warning_is_no_threat(events, key):
    assert not [e for e in events[key] if e.plover == "THREATEN"], NEAR_MISSES[key]


@pytest.mark.parametrize("key", ["have_insisted_plural", "had_insisted_past"])
def test_indicative_after_insisted_is_no_demand(events, key):
    assert not [e for e in events[key] if e.plover == "REQUEST"], NEAR_MISSES[key]


@pytest.mark.parametrize("key", ["firm_group_returned", "investment_group_returned"])
def test_firm_returning_things_is_no_retreat(events, key):
    assert not [e for e in events[key] if e.plover == "RETREAT"], NEAR_MISSES[key]
