"""Statement events and wire-style one-sentence reports (issue 5, PLOVER GSR style): an expressed
intent, offer, demand, refusal or threat is coded with the statement's PLOVER type and its speaker as
source, while the act it announces is not coded as done; cue words of the CAMEO roots in their
common wire phrasings ("walked out of the talks", "test-fired", "held a telephone conversation")."""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, Article, Event
from newsgraph.pipeline import analyze_many

# name -> (sentence, PLOVER type of the main event, words of its source actor)
CODED = {
    "intent_aid": (
        "The Kenyan government expressed its intent to send medical supplies to Somalia.",
        "AGREE",
        "Kenyan government",
    ),
    "ready_topic": (
        "Russia said on Tuesday it was ready to cooperate with Turkey on fighting terrorism.",
        "AGREE",
        "Russia",
    ),
    "committed": ("Pakistan said it was committed to the peace process.", "AGREE", "Pakistan"),
    "decommission": ("The rebels said they would decommission their weapons.", "AGREE", "rebels"),
    "share_intel": ("The two countries agreed to share intelligence.", "AGREE", "two countries"),
    "warned_passive": (
        "The interior ministry warned the strikers that they would be dismissed.",
        "THREATEN",
        "interior ministry",
    ),
    "announced_sanctions": (
        "The government will impose sanctions on Iran, the minister said.",
        "THREATEN",
        "minister",
    ),
    "told_to": (
        "The Nigerian president told the army to end the operation.",
        "REQUEST",
        "Nigerian president",
    ),
    "wants_state_to": (
        "Beijing wants Vietnam to withdraw its ships from the disputed waters.",
        "REQUEST",
        "Beijing",
    ),
    "no_intention": (
        "Moscow has no intention of withdrawing its forces from the region.",
        "REJECT",
        "Moscow",
    ),
    "walked_out": (
        "The opposition walked out of the negotiations with the government.",
        "SANCTION",
        "opposition",
    ),
    "voted_sanctions": (
        "The Security Council voted to impose sanctions on North Korea.",
        "SANCTION",
        "Security Council",
    ),
    "blocked_access": ("Iran blocked access to social media platforms.", "COERCE", "Iran"),
    "closure": ("Israel imposed a closure on Gaza.", "COERCE", "Israel"),
    "commission_probe": (
        "The parliament set up a committee to investigate the arms deal.",
        "ACCUSE",
        "parliament",
    ),
    "dissatisfaction": (
        "The Chinese foreign ministry expressed dissatisfaction with the visit.",
        "ACCUSE",
        "Chinese foreign ministry",
    ),
    "hosted_talks": ("Egypt hosted talks between Israel and Hamas.", "CONSULT", "Egypt"),
    "phone": ("The two leaders held a telephone conversation.", "CONSULT", "two leaders"),
    "received": ("The king received the Saudi foreign minister.", "CONSULT", "king"),
    "loan": ("The IMF approved a loan for Sri Lanka.", "AID", "IMF"),
    "test_fired": ("Iran test-fired a ballistic missile.", "MOBILIZE", "Iran"),
    "pounded": ("NATO jets pounded rebel positions.", "ASSAULT", "NATO jets"),
    "patrols": ("Colombia and Ecuador began joint patrols along the border.", "COOPERATE", "Colombia"),
}

# sentences that report no act that happened (and no statement PLOVER codes)
UNCODED = {
    "could": "Analysts said the army could launch an offensive.",
    "will_attack": "The army will attack the rebel stronghold next week.",
    "wish": "Voters want Britain to be strong and prosperous.",
    "no_harm_meant": "He had no intention of hurting anyone, his lawyer said.",
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    texts = {name: sent for name, (sent, _, _) in CODED.items()} | UNCODED
    arts = [Article(id=name, text=text) for name, text in texts.items()]
    return {a.id: a for a in analyze_many(arts)}


def _main(a: Analysis) -> Event | None:
    return max(a.events, key=lambda e: (e.main, e.confidence), default=None)


@pytest.mark.parametrize("name", list(CODED))
def test_statement_type_and_source(analyses, name):
    _, plover, source = CODED[name]
    event = _main(analyses[name])
    assert event is not None and event.plover == plover
    start = analyses[name].text.index(source)
    assert event.actor1 is not None and event.actor1.start < start + len(source) and start < event.actor1.end


def test_intended_aid_is_not_coded_as_given(analyses):
    assert not any(e.plover == "AID" for e in analyses["intent_aid"].events)


@pytest.mark.parametrize("name", list(UNCODED))
def test_no_event_for_what_did_not_happen(analyses, name):
    assert not any(e.plover in ("ASSAULT", "REQUEST", "REJECT") for e in analyses[name].events)
