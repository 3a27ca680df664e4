"""Session 13 (PLOVER recall and sources on wire-style sentences), on invented sentences: a statement
noun a named state or group owns needs no telling verb ("Chile's rejection of the plan"), but a
passing mention (feared, would) and a forecast ("a company's warning of lower sales", "a warning of
heavy rain") are none; "X charged that ..." accuses, "a call for" talks requests, "ready for talks"
agrees, "voted down", "said no to", "brushed aside complaints" reject, "hacked to death" is an
assault, "wrote off the debt" is aid, "resumed trade" is cooperation, "continued its offensive" an
attack by its owner (a charm offensive none); the doer of an act "in protest" protests; a main verb
the parser hung on an apposed subject ("Chile's envoy, Ana Ruiz, offered to ...") has that subject;
a "by" agent the parser hung on the "of" object ("the expulsion of three diplomats by Oslo") and the
subject of "completed the withdrawal" do the act; "two of the parties ... their readiness" are the
parties; miners and engineers are people. The review's counter-examples follow: an owned statement
with a year, a perfect or passive verb, or after "since" is background; an owned warning of a market
or weather outcome is no threat; a passive headline after an apposed name keeps it the target; a
bank's write-off, a central bank's vote and "unlikely to reject" are none."""

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
    "charged_jets": "Athens charged that the jets had violated its airspace.",
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
    "continued_offensive": "The army continued its offensive against the rebels on Monday.",
    "charm_offensive": "Beijing launched a charm offensive in Africa.",
    "media_offensive": "The White House resumed its media offensive against the senator.",
    "in_protest": "The opposition bloc walked out of the assembly in protest at the new tax.",
    "in_the_protest": "Twenty students were detained in the protest outside parliament.",
    "apposed_subject": "Chile's foreign minister, Ana Ruiz, offered to mediate between the two parties.",
    "apposed_passive": "Kenya's opposition leader, Raila Odinga, arrested by police on Monday.",
    "by_after_of": "The expulsion of three Russian diplomats by Oslo was announced on Friday.",
    "completed_withdrawal": "Vietnam completed the withdrawal of its troops from Cambodia.",
    "partitive_their": "Three of the opposition parties signalled their readiness to join the cabinet.",
    "released_engineer": "Gunmen released a Korean engineer after two weeks in captivity.",
    "miners_stopped": "Coal miners in the northern region stopped work on Friday.",
    # review counter-examples: an owned statement noun as background or a standing position
    "owned_year": "Britain's rejection of the euro in 2003 still shapes its politics.",
    "owned_year_effect": "Ireland's rejection of the Lisbon Treaty in 2008 forced a second referendum.",
    "owned_recalled": "Analysts recalled Germany's call for sanctions in 2014.",
    "owned_since": "Since Britain's rejection of the euro, sterling has floated freely.",
    "owned_after": "After Iran's rejection of the deal in 2018, tensions rose.",
    "owned_written": "Hamas's rejection of Israel's right to exist is written into its charter.",
    "owned_perfect": "Tokyo's rejection of the apology demand has long frustrated Seoul.",
    "owned_ignored": "The EU's call for restraint has been ignored for years.",
    "owned_referendum": "Greece's rejection of the bailout terms in the referendum shocked Brussels.",
    "owned_dismissed": "Beijing dismissed Washington's accusation of genocide.",
    "owned_headline": "Seoul's rejection of offer angers Tokyo",
    "owned_concern": "The agency's concern that its advice went to ministers was widely shared.",
    "profit_warning": "Microsoft's warning that profits would fall hit its shares.",
    "oil_warning": "Goldman's warning that oil could hit $100 lifted energy stocks.",
    "typhoon_warning": "Japan's warning that the typhoon could flood Tokyo came too late.",
    "apposed_arrested": "Opposition leader, Juan Guaido, arrested in Caracas",
    "apposed_jailed": "Former president, Jacob Zuma, jailed for contempt",
    "apposed_killed": "Rebel commander, Abu Omar, killed in air strike",
    "apposed_accused": "The mayor, John Smith, accused of corruption",
    "apposed_threatened": "The rebel leader, Abu Omar, threatened to attack the capital.",
    "arrested_in_protest": "Police arrested dozens of students in protest at the new tax.",
    "shops_in_protest": "Merchants closed their shops in protest at the new tax.",
    "resumed_offensive": "The rebels resumed their offensive on the city.",
    "bank_wrote_off": "Barclays wrote off a loan of $2bn to Greece.",
    "fed_voted_down": "The Fed voted down a rate cut.",
    "shareholders_voted_down": "Apple's shareholders voted down a proposal on executive pay.",
    "acceptance_students": "Harvard announced its acceptance of 2,000 students.",
    "acceptance_offer": "Exxon announced its acceptance of the offer.",
    "unlikely_say_no": "Hanoi is unlikely to say no to the UN envoy.",
    "unlikely_reject": "Hanoi is unlikely to reject the plan.",
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


def test_resumed_trade_and_an_offensive_its_owner_wages(events):
    trade = one(events, SENTENCES, "resumed_trade", "COOPERATE")
    assert trade.actor1.text == "India"
    attack = one(events, SENTENCES, "continued_offensive", "ASSAULT")
    assert attack.trigger.text == "offensive" and attack.actor1.text == "army"
    assert attack.actor2 is not None and "rebels" in attack.actor2.text
    resumed = one(events, SENTENCES, "resumed_offensive", "ASSAULT")
    assert resumed.actor1 is not None and resumed.actor1.text == "rebels"


def test_a_charm_or_media_offensive_is_no_assault(events):
    for key in ("charm_offensive", "media_offensive"):
        assert "ASSAULT" not in types(events, key), SENTENCES[key]


@pytest.mark.parametrize(
    ("key", "plover"),
    [
        ("owned_year", "REJECT"),
        ("owned_year_effect", "REJECT"),
        ("owned_recalled", "REQUEST"),
        ("owned_since", "REJECT"),
        ("owned_after", "REJECT"),
        ("owned_written", "REJECT"),
        ("owned_perfect", "REJECT"),
        ("owned_ignored", "REQUEST"),
        ("owned_concern", "ACCUSE"),
    ],
)
def test_an_owned_statement_as_background_or_standing_position_is_none(events, key, plover):
    assert plover not in types(events, key), SENTENCES[key]


def test_an_owned_statement_as_news_of_the_day(events):
    rejection = one(events, SENTENCES, "owned_referendum", "REJECT")
    assert rejection.actor1.text == "Greece"
    assert rejection.actor2 is None or "shocked" not in rejection.actor2.text
    assert one(events, SENTENCES, "owned_dismissed", "ACCUSE").actor1.text == "Washington"
    assert one(events, SENTENCES, "owned_headline", "REJECT").actor1.text == "Seoul"


def test_an_owned_warning_of_a_market_or_weather_outcome_is_no_threat(events):
    for key in ("profit_warning", "oil_warning", "typhoon_warning"):
        assert "THREATEN" not in types(events, key), SENTENCES[key]


@pytest.mark.parametrize(
    ("key", "plover", "name"),
    [
        ("apposed_arrested", "COERCE", "Juan Guaido"),
        ("apposed_jailed", "COERCE", "Jacob Zuma"),
        ("apposed_killed", "ASSAULT", "Rebel commander"),
    ],
)
def test_a_passive_headline_after_an_apposed_name_keeps_it_the_target(events, key, plover, name):
    event = one(events, SENTENCES, key, plover)
    assert event.actor1 is None
    assert event.actor2 is not None and name in event.actor2.text


def test_an_apposed_name_is_not_the_accuser_of_a_passive_headline(events):
    accused = [e for e in events["apposed_accused"] if e.plover == "ACCUSE"]
    assert all(e.actor1 is None or "John Smith" not in e.actor1.text for e in accused)
    threat = one(events, SENTENCES, "apposed_threatened", "THREATEN")
    assert threat.actor1 is not None and "Abu Omar" in threat.actor1.text


def test_who_arrests_in_protest_is_not_the_protester(events):
    protests = [e for e in events["arrested_in_protest"] if e.plover == "PROTEST"]
    assert all(e.actor1 is None or e.actor1.sector != "COP" for e in protests)
    shops = one(events, SENTENCES, "shops_in_protest", "PROTEST")
    assert shops.actor1 is not None and shops.actor1.text == "Merchants"


def test_a_bank_writing_off_a_loan_is_no_aid(events):
    assert "AID" not in types(events, "bank_wrote_off")


def test_a_central_bank_or_shareholders_voting_down_is_no_rejection(events):
    for key in ("fed_voted_down", "shareholders_voted_down"):
        assert "REJECT" not in types(events, key), SENTENCES[key]


def test_acceptance_of_an_offer_agrees_but_of_students_does_not(events):
    assert one(events, SENTENCES, "acceptance_offer", "AGREE").actor1.text == "Exxon"
    assert "AGREE" not in types(events, "acceptance_students")


def test_unlikely_to_reject_is_no_rejection(events):
    for key in ("unlikely_say_no", "unlikely_reject"):
        assert "REJECT" not in types(events, key), SENTENCES[key]


def test_unnamed_forces_a_state_accuses_are_not_its_own(events):
    accuse = one(events, SENTENCES, "charged_jets", "ACCUSE")
    assert accuse.actor1.text == "Athens"
    assert accuse.actor2 is not None and accuse.actor2.country != "GRC"


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
