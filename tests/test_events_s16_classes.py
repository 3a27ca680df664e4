"""Session 16, classes the GSR codes worst (invented sentences). COERCE by restriction: a state blocking
access to a site or the internet (CAMEO 1721, censorship), a state shutting down or closing the offices
of groups (172). MOBILIZE: reservists and conscripts mobilised, missile launchers moved by a state.
Near misses: a firm closing its own office, a party blocking documents, a state blocking a merger, a
firm moving its missile production, a club mobilising its supporters. THREATEN: a vow to crush, wipe out
or defeat a party, or to hit back, is a threat of force (CAMEO 138), never AGREE; a vow to defeat
poverty, eliminate fees or defeat a rival at the polls, or a party leader's vow to fight on, is none."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

SENTENCES = {
    "blocked_access": "Turkey has blocked access to Wikipedia, citing national security.",
    "shut_offices": "Authorities in Cairo shut down the offices of three human rights groups.",
    "closed_office": "The Russian government closed the Moscow office of Amnesty International.",
    "reservists": "Russia mobilized 300,000 reservists on Wednesday.",
    "launchers": "North Korea moved missile launchers to its east coast, South Korean officials said.",
    "vow_crush": "Erdogan vowed to crush Kurdish militants.",
    "vow_wipe_out": "The army vowed to wipe out the insurgents.",
    "vow_hit_back": "Israel vowed to hit back at Hamas.",
}
NEAR_MISSES = {
    "firm_closed": "Google closed its office in Beijing.",
    "party_blocked": "Republicans blocked access to the documents.",
    "merger_blocked": "The government blocked the merger of the two banks.",
    "production_moved": "The company moved its missile production to Arizona.",
    "supporters_mobilised": "The club mobilised its supporters for the final.",
    "vow_fees": "The party pledged to eliminate fees for students.",
    "vow_poverty": "The candidate pledged to defeat poverty.",
    "vow_election": "The senator vowed to defeat the governor in November.",
    "vow_fight_on": "The Labour leader vowed to fight on after the vote.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES | NEAR_MISSES)


@pytest.mark.parametrize(
    ("key", "cameo", "source", "target"),
    [
        ("blocked_access", "1721", "Turkey", "Wikipedia"),
        ("shut_offices", "172", "Authorities", "human rights groups"),
        ("closed_office", "172", "Russian government", "Amnesty International"),
    ],
)
def test_a_state_restricting_is_coerce(events, key, cameo, source, target):
    event = one(events, SENTENCES, key, "COERCE")
    assert event.cameo == cameo
    assert event.actor1 is not None and source in event.actor1.text
    assert event.actor2 is not None and target in event.actor2.text


@pytest.mark.parametrize(("key", "source"), [("reservists", "Russia"), ("launchers", "North Korea")])
def test_forces_called_up_or_moved_by_a_state_are_mobilize(events, key, source):
    event = one(events, SENTENCES, key, "MOBILIZE")
    assert event.actor1 is not None and source in event.actor1.text


@pytest.mark.parametrize(
    ("key", "source"), [("vow_crush", "Erdogan"), ("vow_wipe_out", "army"), ("vow_hit_back", "Israel")]
)
def test_a_vow_of_force_is_a_threat(events, key, source):
    event = one(events, SENTENCES, key, "THREATEN")
    assert event.cameo == "138" and event.actor1 is not None and source in event.actor1.text
    assert "AGREE" not in types(events, key)


@pytest.mark.parametrize("key", sorted(NEAR_MISSES))
def test_no_coercion_mobilisation_or_threat_by_firms_parties_or_clubs(events, key):
    assert not types(events, key) & {"COERCE", "MOBILIZE", "THREATEN"}
