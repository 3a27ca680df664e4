"""Police custody and police shootings as South Asian English news reports them (issue 5,
IndiaPoliceEvents ARREST and KILL): "sent to jail", "lodged in Sabarmati jail", "placed under house
arrest", "is in police custody", "caught by the police", and a victim "shot dead when police fired";
and the other senses of the same words ("held responsible", "the Sabha is held", "caught in the
crossfire", "sent a circular to jails", "apprehended that"). Sentences are our own, written for these
tests; each is checked as written and in lower case (Indian archives often lose capitalisation)."""

from __future__ import annotations

import pytest

from newsgraph.model import Event
from newsgraph.pipeline import analyze_text

SECURITY = {"COP", "MIL"}


def _arrests(text: str) -> list[Event]:
    """Arrests or detentions by police or troops, or by an unstated agent ("was detained")."""
    return [
        e
        for e in analyze_text(text).events
        if e.plover == "COERCE"
        and e.cameo == "173"
        and e.mode == "arrest"
        and (e.actor1 is None or e.actor1.sector in SECURITY)
    ]


def _police_kills(text: str) -> list[Event]:
    return [
        e
        for e in analyze_text(text).events
        if e.plover == "ASSAULT" and e.fatal and e.actor1 is not None and e.actor1.sector in SECURITY
    ]


def _cases(texts: list[str]) -> list:
    return [
        pytest.param(t.lower() if low else t, id=f"{i}-{'lower' if low else 'cased'}")
        for i, t in enumerate(texts)
        for low in (False, True)
    ]


CUSTODY = [
    "The accused was sent to jail.",
    "Police sent the five accused to jail.",
    "The rioters were sent to judicial custody till March 30.",
    "Her followers were sent to two police stations in the area.",
    "The VHP activists were lodged in Sabarmati jail.",
    "The VHP activists were placed under preventive detention.",
    "He was put under house arrest.",
    "The accused is in police custody.",
    "He has been in custody since March 2.",
    "The youths were caught by the police while setting a shop on fire.",
    "The police caught two persons red-handed.",
    "The police held two men for carrying bombs.",
    "The police took 10 persons into custody after the clash.",
    "He was apprehended on Sunday after guards spotted him wandering near the cargo gates.",
]


@pytest.mark.parametrize("text", _cases(CUSTODY))
def test_custody_phrasings_are_police_arrests(text: str):
    assert _arrests(text), text


NOT_ARRESTS = [
    "The police held the mob responsible for the violence.",
    "He was held responsible for the riots.",
    "The conference is held by turns in Pune, Indore and Mysore.",
    "The trials held at Nellore were postponed.",
    "Commuters were held up by the signal failure.",
    "The firm is a holding company.",
    "Two persons were caught in the crossfire.",
    "The shop caught fire after the mob attacked it.",
    "A complaint was lodged in the police station.",
    "The police chief has sent a memo to 14 prisons across the district.",
    "The children are in the custody of their grandparents.",
    "A shopkeeper was assaulted by a known thug who should have been in police custody.",
    "The report apprehended that the activists were planning to gather in groups.",
    "There are 500 people in custody without trial.",
    "The police held the mob at bay for two hours.",
    "The police caught the rioters off guard.",
    "Police caught up with the fleeing rioters.",
]


@pytest.mark.parametrize("text", _cases(NOT_ARRESTS))
def test_other_senses_are_no_arrests(text: str):
    assert not _arrests(text), text


def test_shot_dead_when_police_fired_is_a_police_killing():
    for text in (
        "Two persons were shot dead when the police fired on a mob in Juhapura.",
        "two persons were shot dead when the police fired on a mob in juhapura.",
    ):
        kills = _police_kills(text)
        assert kills and kills[0].actor1.text.lower() == "police", text


BY_OTHERS = [
    "Two persons were shot dead by rioters when the police fired on the mob.",
    "The police fired in the air after two persons were shot dead by rioters.",
    "The police fired in the air after two persons were killed by rioters.",
    "The police opened fire after the mob killed two persons.",
    "The police lathi-charged the crowd after two persons were stabbed to death by a mob.",
]


@pytest.mark.parametrize("text", _cases(BY_OTHERS))
def test_deaths_by_others_around_police_force_are_no_police_killings(text: str):
    assert not _police_kills(text), text
