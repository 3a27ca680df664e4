"""Event recall on single-sentence, CAMEO-style statements (made-up sentences): stated intentions
coded as AGREE (infinitive complements or objects parsed as clauses, a commitment with a later
clause), "the leader of X" acting for X, offices with their state or name attached, the speaker of a
stated intention as its source, generic state and people actors ("the two sides", "critics") counted
as political when the sentence is about states or politics (and not when it is about sport or
business), and trigger senses (defying a ban, failed talks, peacekeeping, released vessels, a state
of siege, aid in quantities, joint discussions, torture in custody), with the precision guards
still in place."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

from newsgraph.model import Event

SENTENCES = {
    "release_intent": "The rebels said they would release the hostages on Friday.",
    "withdraw_intent": "Pakistan's government said it would withdraw its troops from the border.",
    "allow_inspectors": "Iraq will allow the inspectors to return.",
    "leader_of": "The leader of Hamas rejected the peace plan.",
    "members_of": "Members of the ruling party criticized the president's decision.",
    "government_of": "The government of Nigeria condemned the attack on the embassy.",
    "apposition": "The then governor, Maria Okoye, rejected the proposals of the council.",
    "speaker": "The president announced that the government will lift the curfew.",
    "defy_ban": "Iran has violated a ban on enriching uranium.",
    "investigate": "The Security Council will investigate the massacre.",
    "military_adjective": "Turkey's army said it will launch a military operation against Kurdish rebels.",
    "rebuffed": "The Palestinians rebuffed the Israeli offer.",
    "agreed_on": "Israel and Syria agreed on the plan.",
    "warned_not_to": "The United States warned Iran not to interfere in Iraq.",
    "hunger_strike": "Hundreds of Palestinian prisoners are on hunger strike.",
    "peacekeepers": "Brazil is sending a battalion to the UN peacekeeping force in Haiti.",
    "cricket": "The bowler was on strike for the last over.",
    "audience": "A member of the audience asked a question about the film.",
    "dress_code": "Students violated the dress code of the school.",
    "allow_deliver": "Sudan said it would allow the Red Cross to distribute medicine.",
    "resign_after": "The minister agreed to resign after an attempt to pass the budget created a storm.",
    # generic actors: political in a political sentence, none in sport or business
    "countries_agreed": "The two countries agreed to resume talks on the border dispute.",
    "sides_agreed": "The two sides agreed to a ceasefire on Sunday.",
    "leaders_met": "The two leaders met in Geneva.",
    "critics": "Critics, including the European Union, condemned the new media law.",
    "signed_trade": "John Carter signed an agreement to expand trade with Israel.",
    "skipper": "The skipper agreed to stay with the club for another season after talks in Mumbai.",
    "shared_points": "Both sides agreed to share the points after the match was abandoned.",
    "sued": "John Carter sued Morgan Stanley over losses on a pension fund.",
    # trigger senses
    "failed_talks": "Canada and Mexico failed to reach agreement on a dairy accord.",
    "vessels": "The seized fishing boats were released by the Indian coast guard.",
    "funds": "The government released Rs 500 crore funds to the states.",
    "peacekeeping": "Mongolian troops participate in peacekeeping missions in Lebanon.",
    "siege": "Authorities in Peru imposed a state of siege on the Puno region, starting at midnight.",
    "food_aid": "Japan sent 500 tonnes of food aid to North Korea.",
    "leaders_discussed": "The two leaders discussed the crisis by telephone.",
    "students_discussed": "The students discussed the exam.",
    "custody_torture": "Detainee Omar Haddad died after being tortured in a prison cell, his lawyers said.",
    "dowry_torture": "The woman was tortured by her in-laws for dowry, the family said.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


def _one(events: dict[str, list[Event]], key: str, plover: str) -> Event:
    return one(events, SENTENCES, key, plover)


def test_stated_intention_to_release_is_agree(events):
    event = _one(events, "release_intent", "AGREE")
    assert event.cameo == "0353"  # express intent to release persons
    assert event.actor1 is not None and event.actor1.text == "rebels"
    assert not any(e.plover in ("RETREAT", "CONCEDE") for e in events["release_intent"])


def test_announced_withdrawal_is_intent_to_deescalate(events):
    event = _one(events, "withdraw_intent", "AGREE")
    assert event.cameo == "0356"
    assert event.actor1 is not None and event.actor1.country == "PAK"


def test_object_of_allow_parsed_as_clause_subject(events):
    event = _one(events, "allow_inspectors", "AGREE")
    assert event.cameo == "0355"
    assert event.actor1 is not None and event.actor1.text == "Iraq"
    assert event.actor2 is not None and event.actor2.text == "inspectors"


def test_intention_parsed_as_clause(events):
    # "allow X to deliver" is often parsed as a clause, not an infinitive complement
    event = _one(events, "allow_deliver", "AGREE")
    assert event.actor1 is not None and event.actor1.text == "Sudan"


def test_commitment_with_later_clause(events):
    assert _one(events, "resign_after", "AGREE").actor1.text.endswith("minister")


def test_leader_of_a_group_acts_for_the_group(events):
    event = _one(events, "leader_of", "REJECT")
    assert event.actor1 is not None and event.actor1.text == "Hamas"
    assert event.actor1.sector == "REB"


def test_members_of_a_party_act_for_the_party(events):
    event = _one(events, "members_of", "ACCUSE")
    assert event.actor1 is not None and "party" in event.actor1.text
    assert event.actor1.sector in ("PTY", "GOV")


def test_office_of_a_state_keeps_the_state(events):
    event = _one(events, "government_of", "ACCUSE")
    assert event.actor1 is not None and event.actor1.text == "government of Nigeria"
    assert (event.actor1.country, event.actor1.sector) == ("NGA", "GOV")


def test_office_with_name_in_apposition_spans_the_name(events):
    event = _one(events, "apposition", "REJECT")
    assert event.actor1 is not None and "Maria Okoye" in event.actor1.text


def test_speaker_is_source_of_intention_stated_for_own_side(events):
    event = _one(events, "speaker", "AGREE")
    assert event.actor1 is not None and event.actor1.text == "president"


def test_violating_a_ban_is_defiance(events):
    event = _one(events, "defy_ban", "REJECT")
    assert event.cameo == "128"
    assert event.actor1 is not None and event.actor1.country == "IRN"


def test_announced_investigation_is_coded(events):
    event = _one(events, "investigate", "ACCUSE")
    assert event.mode == "investigate"
    assert event.actor1 is not None and event.actor1.sector == "IGO"


def test_adjective_military_is_not_the_agent_of_a_launched_operation(events):
    found = [e for e in events["military_adjective"] if e.actor1 is not None]
    assert found, events["military_adjective"]
    assert all(e.actor1.text != "military" for e in found)


def test_member_of_a_non_actor_and_everyday_rules_make_no_event(events):
    assert events["audience"] == []
    assert events["dress_code"] == []


def test_rejection_and_agreement_verbs_keep_their_type(events):
    assert _one(events, "rebuffed", "REJECT").cameo == "120"
    assert _one(events, "agreed_on", "AGREE").actor1.text == "Israel"
    assert not any(e.plover == "ACCUSE" for key in ("rebuffed", "agreed_on") for e in events[key])


def test_warning_a_state_not_to_act_is_a_threat(events):
    event = _one(events, "warned_not_to", "THREATEN")
    assert event.actor1 is not None and event.actor1.country == "USA"
    assert event.actor2 is not None and event.actor2.text == "Iran"


def test_being_on_hunger_strike_is_a_protest(events):
    event = _one(events, "hunger_strike", "PROTEST")
    assert event.cameo == "142"
    assert event.actor1 is not None and "prisoners" in event.actor1.text


def test_troops_sent_as_peacekeepers_are_aid(events):
    event = _one(events, "peacekeepers", "AID")
    assert event.cameo == "074"
    assert not any(e.plover == "MOBILIZE" for e in events["peacekeepers"])


def test_cricket_strike_is_no_protest(events):
    assert events["cricket"] == []


@pytest.mark.parametrize(
    ("key", "plover", "actor"),
    [
        ("countries_agreed", "AGREE", "countries"),
        ("sides_agreed", "AGREE", "sides"),
        ("leaders_met", "CONSULT", "leaders"),
        ("critics", "ACCUSE", "Critics"),
        ("signed_trade", "SUPPORT", "John Carter"),
    ],
)
def test_generic_political_actor(events, key: str, plover: str, actor: str):
    event = _one(events, key, plover)
    assert event.actor1 is not None and actor in event.actor1.text


@pytest.mark.parametrize("key", ["skipper", "shared_points", "sued"])
def test_no_political_context(events, key: str):
    assert events[key] == []


@pytest.mark.parametrize(
    ("key", "plover", "actor"),
    [
        ("failed_talks", "REJECT", "Canada"),
        ("vessels", "RETREAT", "Indian coast guard"),
        ("peacekeeping", "AID", "troops"),
    ],
)
def test_trigger_senses(events, key: str, plover: str, actor: str):
    event = _one(events, key, plover)
    assert event.actor1 is not None and actor in event.actor1.text


def test_release_of_things_is_no_release_of_people(events):
    assert events["funds"] == []
    assert _one(events, "vessels", "RETREAT").mode == "release"


def test_state_of_siege_declared(events):
    assert _one(events, "siege", "COERCE").mode == "martial-law"


def test_aid_measured_in_quantities(events):
    event = _one(events, "food_aid", "AID")
    assert event.actor1.text == "Japan" and event.actor2 is not None and event.actor2.text == "North Korea"


def test_joint_discussion_is_a_meeting(events):
    assert _one(events, "leaders_discussed", "CONSULT").actor1 is not None
    assert events["students_discussed"] == []


def test_torture_in_custody_is_political(events):
    assert _one(events, "custody_torture", "ASSAULT").mode == "torture"
    assert events["dowry_torture"] == []
