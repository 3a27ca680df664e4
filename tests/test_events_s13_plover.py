"""Session 13 (PLOVER recall and sources on wire-style sentences), on invented sentences: a statement
noun a named state or group owns needs no telling verb ("Chile's rejection of the plan"), but a
passing mention (feared, would) and a forecast ("a company's warning of lower sales", "a warning of
heavy rain") are none; "X charged that ..." accuses, "a call for" talks requests, "ready for talks"
agrees, "voted down", "said no to", "brushed aside complaints" reject, "hacked to death" is an
assault, "wrote off the debt" is aid, "resumed trade" is cooperation, "resumed its offensive" an
attack; the doer of an act "in protest" protests; a main verb the parser hung on an apposed subject
("Chile's envoy, Ana Ruiz, offered to ...") has that subject; a "by" agent the parser hung on the
"of" object ("the expulsion of three diplomats by Oslo") and the subject of "completed the
withdrawal" do the act; "two of the parties ... their readiness" are the parties; miners and
engineers are people."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

from newsgraph.model import Event

SENTENCES = {
    "owned_rejection": "Chile's rejection of the border plan angered Lima.",
    "owned_criticism": "Norway's sharp criticism of the trials reflected a wider unease.",
    "owned_warning": "Ankara's warning that it would close the pipeline worried Baghdad.",
    "owned_call": "Kenya's call for an urgent summit of regional leaders came on Monday.",
    "feared_rejection": "Diplomats feared Chile's rejection of the border plan.",
    "would_rejection": "Chile's rejection of the border plan would end the talks.",
    "company_warning": "Nokia's warning of lower handset sales hit its shares.",
    "weather_warning": "The agency issued a warning of heavy rain for the coast.",
    "strikes_warning": "The union warned of a wave of strikes if the pay offer was not raised.",
    "call_entries": "The festival's call for entries closes next week.",
    "label_charge": "Spain's charge d'affaires in Caracas was summoned.",
    "charged_that": "Athens charged that Turkish jets had violated its airspace.",
    "ready_talks": "The rebels said they were ready for talks with the government.",
    "ready_war": "The soldiers are ready for war.",
    "voted_down": "Parliament voted down the government's budget on Thursday.",
    "said_no": "Hanoi has said no to a visit by the UN envoy.",
    "said_no_one": "Officials said no one was hurt in the fire.",
    "brushed_complaints": "Vietnamese officials brushed aside Chinese complaints about the fishing boats.",
    "hacked": "Militiamen hacked to death eleven villagers near the river.",
    "wrote_off": "Canada wrote off the debt of Haiti after the earthquake.",
    "company_wrote_off": "The company wrote off the bad loan.",
    "resumed_trade": "India and Nepal resumed trade across the border last week.",
    "resumed_offensive": "The army resumed its offensive against the rebels on Monday.",
    "in_protest": "The opposition bloc walked out of the assembly in protest at the new tax.",
    "in_the_protest": "Twenty students were detained in the protest outside parliament.",
    "apposed_subject": "Chile's foreign minister, Ana Ruiz, offered to mediate between the two parties.",
    "apposed_passive": "Kenya's opposition leader, Raila Odinga, arrested by police on Monday.",
    "by_after_of": "The expulsion of three Russian diplomats by Oslo was announced on Friday.",
    "completed_withdrawal": "Vietnam completed the withdrawal of its troops from Cambodia.",
    "partitive_their": "Three of the opposition parties signalled their readiness to join the cabinet.",
    "released_engineer": "Gunmen released a Korean engineer after two weeks in captivity.",
    "miners_stopped": "Coal miners in the northern region stopped work on Friday.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


@pytest.mark.parametrize(
    ("key", "plover", "trigger", "source"),
    [
        ("owned_rejection", "REJECT", "rejection", "Chile"),
        ("owned_criticism", "ACCUSE", "criticism", "Norway"),
        ("owned_warning", "THREATEN", "warning", "Ankara"),
        ("owned_call", "REQUEST", "call", "Kenya"),
    ],
)
def test_a_statement_noun_a_named_actor_owns_is_its_statement(events, key, plover, trigger, source):
    event = one(events, SENTENCES, key, plover)
    assert event.trigger.text == trigger
    assert event.actor1 is not None and event.actor1.text == source


def test_an_owned_statement_only_feared_or_hypothetical_is_none(events):
    assert "REJECT" not in types(events, "feared_rejection")
    assert "REJECT" not in types(events, "would_rejection")


def test_a_forecast_warning_is_no_threat(events):
    for key in ("company_warning", "weather_warning", "strikes_warning"):
        assert "THREATEN" not in types(events, key), SENTENCES[key]


def test_a_call_for_entries_and_a_diplomatic_title_are_no_events(events):
    assert "REQUEST" not in types(events, "call_entries")
    assert "ACCUSE" not in types(events, "label_charge")


def test_charged_that_is_an_accusation(events):
    accuse = one(events, SENTENCES, "charged_that", "ACCUSE")
    assert accuse.actor1.text == "Athens"


def test_ready_for_talks_agrees_but_ready_for_war_does_not(events):
    agree = one(events, SENTENCES, "ready_talks", "AGREE")
    assert agree.actor1 is not None and "rebels" in agree.actor1.text
    assert "AGREE" not in types(events, "ready_war")


@pytest.mark.parametrize(
    ("key", "source"),
    [("voted_down", "Parliament"), ("said_no", "Hanoi"), ("brushed_complaints", "Vietnamese officials")],
)
def test_rejecting_phrasal_verbs(events, key, source):
    assert one(events, SENTENCES, key, "REJECT").actor1.text == source


def test_said_no_one_is_no_rejection(events):
    assert "REJECT" not in types(events, "said_no_one")


def test_hacked_to_death_is_an_assault(events):
    attack = one(events, SENTENCES, "hacked", "ASSAULT")
    assert attack.actor1.text == "Militiamen"
    assert attack.actor2 is not None and "villagers" in attack.actor2.text


def test_writing_off_a_state_debt_is_aid_but_a_firm_loan_is_none(events):
    assert one(events, SENTENCES, "wrote_off", "AID").actor1.text == "Canada"
    assert not events["company_wrote_off"]


def test_resumed_trade_and_offensive(events):
    trade = one(events, SENTENCES, "resumed_trade", "COOPERATE")
    assert trade.actor1.text == "India"
    attack = one(events, SENTENCES, "resumed_offensive", "ASSAULT")
    assert attack.trigger.text == "offensive" and attack.actor1.text == "army"


def test_the_doer_of_an_act_in_protest_protests(events):
    protest = one(events, SENTENCES, "in_protest", "PROTEST")
    assert protest.actor1 is not None and "opposition bloc" in protest.actor1.text
    # "in the protest" is the setting of the detention: the students are not its stated doers
    setting = one(events, SENTENCES, "in_the_protest", "PROTEST")
    assert setting.actor1 is None


def test_a_main_verb_hung_on_an_apposed_subject_has_that_subject(events):
    agree = one(events, SENTENCES, "apposed_subject", "AGREE")
    assert agree.actor1 is not None and "foreign minister" in agree.actor1.text
    assert agree.actor1.country == "CHL"
    arrest = one(events, SENTENCES, "apposed_passive", "COERCE")
    assert arrest.actor1.text == "police"
    assert arrest.actor2 is not None and "Raila Odinga" in arrest.actor2.text


def test_a_by_agent_hung_on_the_of_object_does_the_act(events):
    expel = one(events, SENTENCES, "by_after_of", "SANCTION")
    assert expel.actor1.text == "Oslo"
    assert "diplomats" in expel.actor2.text


def test_the_subject_of_completed_does_the_withdrawal(events):
    retreat = one(events, SENTENCES, "completed_withdrawal", "RETREAT")
    assert retreat.actor1.text == "Vietnam"


def test_a_partitive_antecedent_stands_for_its_group(events):
    agree = one(events, SENTENCES, "partitive_their", "AGREE")
    assert "opposition parties" in agree.actor1.text


def test_engineers_and_miners_are_people(events):
    freed = one(events, SENTENCES, "released_engineer", "RETREAT")
    assert "engineer" in freed.actor2.text
    strike = one(events, SENTENCES, "miners_stopped", "PROTEST")
    assert strike.actor1 is not None and "miners" in strike.actor1.text
