"""Session 9: rules once fitted to one phrasing, checked on invented near misses of each and on the
phrasing they were written for: a request after a colon dateline, police "forced to" fire, a
killing a sit-in was "against", forces whose removal is demanded, a named insurgent killed with
another, a party chief cut off by the parser, a currency that "recovered and rallied", a meeting of
one's own commissioners, a man pulled "out of" a vehicle, criminals resisted, "opposition to" a
plan, colleagues given an ultimatum, cleaners on strike, an alliance with a party the tagger calls
a place, and a mediation bid."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, police_kills, types

from newsgraph import nlp
from newsgraph.events.detect import requirement_met
from newsgraph.events.lexicon import triggers

SENTENCES = {
    "dateline_governor": (
        "madurai: retired judge t v sekar has requested governor a k dasan to step in to settle the "
        "canal row."
    ),
    "dateline_minister": (
        "madurai: retired judge t v sekar has requested chief minister a k dasan to step in to settle "
        "the canal row."
    ),
    "sit_in": "The dock unions agreed to call off their sit-in against the killing of two porters by police.",
    "protest_over": "The dock unions held a protest over the killing of two porters by police.",
    "removal": "The opposition demanded the removal of the additional guards from the campus.",
    "withdrawal": "The opposition demanded the withdrawal of the additional troops from the campus.",
    "insurgent_with": "Many mourned the third insurgent Tariq killed on Sunday with Imran Lone.",
    "militant_with": "Many mourned the third militant Tariq killed on Sunday with Imran Lone.",
    "lok_dal": "The state Lok Dal president Arun Mehta asked the mayor to cancel the tender.",
    "dal_lake": "Dal Lake shikara owners blocked the boulevard demanding compensation.",
    "bajrang_dal": "Bajrang Dal activists attacked a church.",
    "man_shot": "The family of the man Sharma shot on Sunday demanded justice.",
    "opposition_to_leader": "The opposition to President Maduro called for fresh protests.",
    "envoys_meeting": "The UN envoy held a meeting of ambassadors in Geneva.",
    "docker_firm": "Docker sued Microsoft over the patent.",
    "recovered_rallied": "The peso slid on Monday. It recovered and rallied on Tuesday as exports rose.",
    "fell_but_rallied": "Bank shares fell in early trade but rallied by the close.",
    "workers_rallied": "Hundreds of nurses gathered and rallied outside the assembly against the pay freeze.",
    "commissioners": "The divisional collector held a meeting of his deputy commissioners in Nashik.",
    "officers_meeting": "The police chief held a meeting of senior officers in Nashik.",
    "pulled_out_of": "A second driver was pulled out of a lorry and beaten near the toll plaza.",
    "troops_pulled_out": "The troops pulled out of the border town on Monday.",
    "stance": "The minister flayed the opposition to the new syllabus.",
    "opposition_party": "The minister flayed the opposition for its walkout.",
    "coalition_colleagues": (
        "Premier Ruth Calder has issued an ultimatum to her coalition colleagues after they threatened "
        "to bring down the government."
    ),
    "cleaners_strike": "The cleaners said they would not end the strike.",
    "sena_alliance": "Mehra ruled out any alliance with the Shiv Sena.",
    "mediation_bid": "Norway launched a mediation bid between the two factions.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES)


@pytest.mark.parametrize("key", ["dateline_governor", "dateline_minister"])
def test_a_request_after_a_colon_dateline_keeps_its_speaker(events, key: str):
    request = one(events, SENTENCES, key, "REQUEST")
    assert request.actor1 is not None and "sekar" in request.actor1.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "the police were forced to fire to disperse the mob. a boy died in the firing.",
        "the police were compelled to fire to disperse the mob. a boy was killed in the firing.",
        "the police had to fire to disperse the mob. a boy was killed in the firing.",
    ],
)
def test_police_made_to_fire_is_a_police_killing(text: str):
    assert police_kills(text)


@pytest.mark.parametrize("key", ["sit_in", "protest_over"])
def test_a_killing_a_protest_is_against_happened(events, key: str):
    killing = one(events, SENTENCES, key, "ASSAULT")
    assert killing.fatal and killing.actor1 is not None and killing.actor1.sector == "COP"


@pytest.mark.parametrize("key", ["removal", "withdrawal"])
def test_forces_whose_removal_is_demanded_are_no_recipient(events, key: str):
    demand = one(events, SENTENCES, key, "REQUEST")
    assert demand.actor2 is None, demand


@pytest.mark.parametrize("key", ["insurgent_with", "militant_with"])
def test_a_named_fighter_killed_with_another_is_the_victim(events, key: str):
    killing = one(events, SENTENCES, key, "ASSAULT")
    assert killing.actor1 is None or "Tariq" not in killing.actor1.text


def test_a_party_chief_after_state_is_the_party(events):
    request = one(events, SENTENCES, "lok_dal", "REQUEST")
    assert request.actor1 is not None and request.actor1.sector == "PTY", request


@pytest.mark.parametrize("key", ["recovered_rallied", "fell_but_rallied"])
def test_a_price_that_recovers_and_rallies_is_no_protest(events, key: str):
    assert "PROTEST" not in types(events, key)


def test_workers_who_gather_and_rally_protest(events):
    assert "PROTEST" in types(events, "workers_rallied")


@pytest.mark.parametrize("key", ["commissioners", "officers_meeting"])
def test_a_meeting_of_ones_own_office_holders_is_no_consultation(events, key: str):
    assert "CONSULT" not in types(events, key)


def test_pulled_out_of_a_vehicle_is_no_withdrawal(events):
    assert "RETREAT" not in types(events, "pulled_out_of")
    assert "RETREAT" in types(events, "troops_pulled_out")


def _resist_met(text: str) -> bool:
    doc = nlp.load()(text)
    verb = next(t for t in doc if t.lemma_ == "resist")
    return all(requirement_met(verb, t) for t in triggers()["resist"] if t.words == ("resist",))


@pytest.mark.parametrize(
    "text",
    [
        "The cashier was shot when he resisted the gang.",
        "The cashier was shot when he resisted the thugs.",
        "The cashier was shot when he resisted the gangsters.",
        "The cashier was shot when he resisted the robbers.",
        "The cashier was shot when he resisted their bid to rob the till.",
    ],
)
def test_resisting_criminals_is_no_rejection(text: str):
    assert not _resist_met(text)


def test_resisting_a_policy_stays_a_rejection():
    assert _resist_met("The fishermen resisted the state's plan to close the harbour.")


def test_opposition_to_a_plan_is_no_opposition_party(events):
    (accuse,) = [e for e in events["stance"] if e.plover == "ACCUSE"]
    assert accuse.actor2 is None or accuse.actor2.sector != "OPP", accuse
    criticism = one(events, SENTENCES, "opposition_party", "ACCUSE")
    assert criticism.actor2 is not None and criticism.actor2.sector == "OPP"


def test_colleagues_given_an_ultimatum_are_its_recipient(events):
    ultimatum = next(e for e in events["coalition_colleagues"] if "ultimatum" in e.trigger.text)
    assert ultimatum.actor2 is not None and "colleagues" in ultimatum.actor2.text


def test_cleaners_who_keep_up_a_strike_are_labour(events):
    refusal = one(events, SENTENCES, "cleaners_strike", "REJECT")
    assert refusal.actor1 is not None and refusal.actor1.sector == "LAB"


def test_an_alliance_ruled_out_with_a_party_the_tagger_calls_a_place(events):
    refusal = one(events, SENTENCES, "sena_alliance", "REJECT")
    assert refusal.actor2 is not None and refusal.actor2.sector == "PTY", refusal


def test_a_mediation_bid_is_mediation(events):
    mediation = one(events, SENTENCES, "mediation_bid", "CONSULT")
    assert mediation.cameo == "045" and mediation.actor1 is not None and mediation.actor1.code == "NOR"


@pytest.mark.parametrize("key", ["dal_lake", "bajrang_dal"])
def test_dal_outside_a_party_name_is_no_party(events, key: str):
    assert events[key], SENTENCES[key]
    assert all(e.actor1 is None or e.actor1.sector != "PTY" for e in events[key]), events[key]


def test_the_name_after_the_man_shot_is_who_shot_him(events):
    shooting = one(events, SENTENCES, "man_shot", "ASSAULT")
    assert shooting.actor1 is not None and "Sharma" in shooting.actor1.text, shooting


def test_an_opposition_to_a_leader_is_the_opposition(events):
    request = one(events, SENTENCES, "opposition_to_leader", "REQUEST")
    assert request.actor1 is not None and request.actor1.sector == "OPP", request


def test_a_meeting_of_ambassadors_is_a_consultation(events):
    assert "CONSULT" in types(events, "envoys_meeting")


def test_a_firm_named_like_a_trade_is_no_labour(events):
    suit = one(events, SENTENCES, "docker_firm", "ACCUSE")
    assert suit.actor1 is not None and suit.actor1.sector != "LAB", suit
