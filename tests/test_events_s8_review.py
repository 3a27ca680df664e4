"""Police killings the review of session 8's rules found over-broad (invented sentences): a counted
policeman, a shootout's unrelated "with", an "incident" the sentence tells itself, a wound with its own
cause, warning shots before real fire, a soldier's crime against his own family."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import analyze_text

SECURITY = ("COP", "MIL", "SPY")

CASES = {
    "policeman_counted": (
        "Police fired at the militants, who fired back; a constable was among the two who died.",
        False,
    ),
    "civilian_counted": ("Police opened fire on the mob; a teenager was among the two who died.", True),
    "other_with": (
        "The gangster was killed in a shootout with rivals, with a constable among the injured.",
        False,
    ),
    "shootout_with_police": ("The gangster was killed in a shootout with the police on Monday.", True),
    "incident_told_here": (
        "Police fired tear gas at them. Elsewhere, a truck hit a bus and two were killed in the incident.",
        False,
    ),
    "incident_told_before": (
        "Police fired at a mob in the town. Two persons were killed in the incident.",
        True,
    ),
    "own_act_told": (
        "Police fired tear gas at protesters. A truck hit a bus and two persons were killed.",
        False,
    ),
    "toll_with_injured": ("Police opened fire on the mob. Two persons were killed and five injured.", True),
    "wound_with_cause": (
        "The police lathi-charged the crowd. Later a man died of head injuries sustained in a road accident.",
        False,
    ),
    "victim_with_story": (
        "The police lathi-charged the crowd. A labourer who fell from a roof died of head injuries.",
        False,
    ),
    "beating_wounds": ("The police lathi-charged the crowd. A man died of head injuries.", True),
    "warning_then_fire": (
        "Police first fired in the air and then opened fire on the mob. Two men died.",
        True,
    ),
    "warning_only": ("Police shot into the air to clear the mob. Three youths died.", False),
    "victims_described": (
        "Police opened fire on the mob. Two persons who were standing near the gate were killed.",
        True,
    ),
    "victim_described_beaten": (
        "The police lathi-charged the protesters. A student who was at the front died of head injuries.",
        True,
    ),
    "constables_son": (
        "Police opened fire on the mob; the son of a constable was among the two who died.",
        True,
    ),
    "own_family": ("A soldier allegedly shot dead his wife in the cantonment.", False),
    "hedged_police": ("Two youths were allegedly shot dead by the police.", True),
}


@pytest.mark.parametrize("name", CASES)
def test_police_killing(name: str) -> None:
    text, killed = CASES[name]
    events = analyze_text(text).events
    assert events or not killed
    found = [
        e for e in events if e.plover == "ASSAULT" and e.actor1 and e.actor1.sector in SECURITY and e.fatal
    ]
    assert bool(found) == killed, [(e.cameo, e.actor1, e.fatal) for e in events]


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        ("Thousands of workers protested and demanded higher wages.", "141", None),
        ("Hamas announced it would reject the proposal.", "120", None),
        ("The opposition demanded a rollback of the government tax hike.", "100", "government"),
        ("The Prime Minister held a meeting in Delhi attended by the Pakistani envoy.", "040", None),
    ],
)
def test_kept_events(text: str, cameo: str, target: str | None) -> None:
    """Events rules of session 8 had lost: a protest with a demand, an announced refusal, a state body
    before a price, a meeting its guest attended."""
    events = [e for e in analyze_text(text).events if e.cameo == cameo]
    assert events
    if target is not None:
        assert events[0].actor2 is not None and target in events[0].actor2.text
