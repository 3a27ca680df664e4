"""Event precision guards on small made-up sentences: what is planned, hoped for, denied, habitual, a
past record or only talked about is not coded as having happened; words in another sense (a record
released, championships held, a time limit, lending support, fire engines deployed, a contract to
supply) are not the event they look like, or are coded as the type they are; and the sentences next
to each guard that must still be coded."""

from __future__ import annotations

import pytest
from event_sentences import analyse, types

from newsgraph.model import Event
from newsgraph.pipeline import analyze_text

SENTENCES = {
    # not happened: planned, hoped for, ready for, denied, habitual, a past record
    "plan": "Several deputies were uneasy about proposals, backed by Paris, to lift the ban on arms sales.",
    "hoping": "The trade bloc is hoping to strike a deal with Chile at an autumn meeting.",
    "court": "The tenants' association says it is prepared to take the landlord to the High Court.",
    "ready": "Hamas said it was prepared to negotiate with Israel.",
    "not_a_single": ("The rowers were upset that not one minister turned up to greet them at the station."),
    "no_suggestion": "There is no suggestion the mayor opposes the new bridge.",
    "habitual": "The fishermen, who join the boat parade each spring, honour their patron saint.",
    "always": "The Assam government has always been quick in deploying armed police at border markets.",
    "deployed": "The Assam government deployed armed police in Guwahati on Tuesday.",
    "always_said": "He has always said that police arrested Ram Singh in Jaipur.",
    "record": "Police said Ram Singh has been arrested several times in the past for rioting.",
    "arrest": "Police arrested Ram Singh in Jaipur on Monday for rioting.",
    "raid": "Detectives have traced the gang and are searching its safe houses to make arrests.",
    "referring": "She spoke for an hour, alluding to last month's massacre in the valley.",
    "unattributed": '"We appeal to the health board to allow patients to choose their hospital."',
    # other senses and other types
    "assured": "The rail minister assured parliament that no branch line would be shut.",
    "assured_act": "The minister assured the farmers that the government would release the funds.",
    "changes": "MPs passed the bill after the home secretary agreed to key changes.",
    "deal": "The union signed a pay deal with the port authority on Thursday.",
    "opposed": "The bishop attacked the decree and is opposed to holding anyone without charge.",
    "concurred": "Regional secretary of the farmers' front Mohan Kulkarni agreed.",
    "agreed_to": "The government agreed to release the prisoners.",
    "time_limit": "The commission set a deadline of 90 days to finish the audit.",
    "ultimatum": "The villagers had given a deadline of noon to the officials to restore the water supply.",
    "shot_back": "Asked about the merger, Rekha Joshi shot back saying a new vote was possible.",
    "lent": "Two regional parties lent support to the minority government in Goa.",
    "demonstration": "Engineers flew the drone in a public demonstration of the new design.",
    "album": "The singer became a star after releasing her first record in 1998.",
    "held": "He skipped the state junior championships held at Nashik in August.",
    "ruling": "The appeal court ruled that detaining migrants for months without review is illegal.",
    "jails": "In Odisha's jails, feeding one inmate costs the state about Rs 80 a day.",
    "stationed": "An officer of the regiment, which is deployed in Jorhat, said two platoons were ready.",
    "fire_engines": "The fire brigade deployed 9 fire engines and three ambulances to the depot.",
    "police_deployed": "The government deployed 500 police personnel in the town.",
    "contract": "The company won contracts to provide vaccine to the government last year.",
    "food_aid": "The government provided food aid to the flood victims.",
    "sitting": "The municipal council had met briefly on June 3 to pay tribute to the late mayor.",
    "internal": "The district BJP unit would consult the national party leadership on the alliance.",
    "talks": "The district BJP unit would consult the Shiv Sena on the alliance.",
    "advice": '"Citizens must also do their bit," said the cricketer Rohan Mehta.',
    "demand": "The minister said the union should call off the strike.",
    "charged": "He will appear before the magistrate over a theft for which he had been charged.",
    "arrested_charged": "Police arrested and charged two men in Leeds on Monday.",
    "court_charged": "The former minister was charged with fraud by the court on Monday.",
    "booked": "The three youths have been booked for theft under the Indian Penal Code.",
    "booked_arrested": "Police arrested two men and booked them under the Indian Penal Code.",
    "cctv": "Investigators said a shop's security camera had captured two women leaving the building.",
    "captured": "Police captured three militants in Kupwara on Monday.",
    "looking_at": "The carmaker has been looking at expanding into electric scooters in Brazil.",
    "looking_into": "The ministry is looking into the complaint filed by the farmers.",
    "marching_up": "A parent was seen marching up to the mayor, saying the library was at risk.",
    "marching_over": "She marched over to the minister and complained.",
    "marched": "Protesters marched up to the parliament gates on Monday.",
    "feared": "The report apprehended that the smugglers have planned to cross in small boats.",
    "pledged_oppose": "The Greens have pledged to oppose the housing measure when it is put to a vote.",
    "mob_attack": "The mob attacked the police station on Monday.",
    "crash": "A cargo plane crashed into the hillside in 1987, killing 12 crew members.",
    "bombing": "A bomb exploded in the market, killing 10 people.",
    "question": "The mayor's press officer was later asked by reporters about her view on the dispute.",
    "past_after_future": (
        "The opposition leader said her party would publish detailed proposals for cutting hospital waiting "
        "lists in the coming months and attacked the government's plans."
    ),
    "stance": "She also flayed the fierce opposition to homeopathy being funded by the health service.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


@pytest.mark.parametrize(
    ("key", "plover"),
    [
        ("plan", "RETREAT"),  # a plan, not the easing itself
        ("hoping", "SUPPORT"),  # a deal hoped for, not struck
        ("court", "AGREE"),  # readiness for a legal fight is no intent to cooperate
        ("habitual", "PROTEST"),  # what a community habitually does
        ("always", "MOBILIZE"),  # a record of what a government does
        ("record", "COERCE"),  # someone's record of arrests
        ("referring", "ASSAULT"),  # an event only talked about
        ("unattributed", "REQUEST"),  # a quote nobody is said to have spoken
        ("advice", "REQUEST"),  # general advice to the public
        ("concurred", "AGREE"),  # concurring in a view, nothing agreed to
        ("time_limit", "THREATEN"),  # a time limit for a task, given to no one
        ("shot_back", "ASSAULT"),  # retorted
        ("demonstration", "PROTEST"),  # a display of a procedure
        ("album", "RETREAT"),  # releasing a record
        ("held", "COERCE"),  # championships held somewhere
        ("ruling", "COERCE"),  # detention in general, as the subject of a ruling
        ("jails", "COERCE"),  # prisons as institutions
        ("stationed", "MOBILIZE"),  # where a unit is stationed: a state
        ("sitting", "CONSULT"),  # a body sitting on its own
        ("internal", "CONSULT"),  # a party unit consulting its own leadership
        ("internal", "AGREE"),
        ("charged", "COERCE"),  # a judicial charge, not an arrest
        ("booked", "COERCE"),  # a case registered, no arrest
        ("cctv", "COERCE"),  # recorded on camera
        ("looking_at", "ACCUSE"),  # considering a move, no probe
        ("marching_up", "PROTEST"),  # walking up to someone
        ("marching_over", "PROTEST"),
        ("feared", "COERCE"),  # "apprehended that": feared
        ("pledged_oppose", "AGREE"),  # a stated opposition
        ("mob_attack", "ACCUSE"),  # a mob's attack is violence, no war of words
        ("crash", "ASSAULT"),  # an accident
        ("question", "REQUEST"),  # asked about something
        ("past_after_future", "THREATEN"),  # the attack on the plans is done, not announced
    ],
)
def test_no_event_of_that_type(events, key: str, plover: str):
    assert plover not in types(events, key), events[key]


# --- what did not happen, and its counterpart that did -------------------------------------------


def test_not_a_single_official_welcomed_them(events):
    assert "SUPPORT" not in types(events, "not_a_single")


def test_no_suggestion_of_opposition_is_no_rejection(events):
    assert "REJECT" not in types(events, "no_suggestion")


def test_readiness_to_talk_is_still_intent_to_cooperate(events):
    assert "AGREE" in types(events, "ready")


def test_a_deployment_on_a_day_is_still_coded(events):
    assert "MOBILIZE" in types(events, "deployed")


def test_a_habit_of_the_speaker_does_not_hide_the_reported_event(events):
    assert "COERCE" in types(events, "always_said")


def test_a_new_arrest_is_still_coded(events):
    assert "COERCE" in types(events, "arrest")


def test_purpose_of_an_ongoing_raid_is_not_an_arrest(events):
    assert not any(e.cameo == "173" for e in events["raid"])  # the raid itself is coded, not the arrest


def test_past_meeting_is_consultation_despite_a_later_date_in_the_sentence():
    text = (
        "Earlier on Monday, the mayor had a meeting with the transport minister, after which she told "
        "journalists the city would carry out the tribunal's order on the bus lanes by June 1."
    )
    codes = [(e.plover, e.cameo) for e in analyze_text(text, published="2002-03-12").events]
    assert ("CONSULT", "040") in codes and ("AGREE", "036") not in codes


# --- the type a word sense is coded as ----------------------------------------------------------


def test_assurance_of_a_state_of_affairs_is_no_agreement(events):
    assert "AGREE" not in types(events, "assured")


def test_an_assured_act_is_still_coded(events):
    assert events["assured_act"], "an assurance that names an act of the assurer is a promise"


def test_agreeing_to_changes_is_a_concession(events):
    assert "AGREE" not in types(events, "changes")
    assert "CONCEDE" in types(events, "changes")


def test_agreeing_to_an_act_and_an_ultimatum_are_still_coded(events):
    assert "AGREE" in types(events, "agreed_to")
    assert "THREATEN" in types(events, "ultimatum")


def test_a_signed_deal_is_the_signing_not_a_promise(events):
    assert "AGREE" not in types(events, "deal")
    assert any(e.cameo == "057" for e in events["deal"]), events["deal"]


def test_being_opposed_to_a_practice_is_criticism_not_rejection(events):
    assert "REJECT" not in types(events, "opposed")


def test_lending_political_support_is_support_not_aid(events):
    assert "AID" not in types(events, "lent")
    assert "SUPPORT" in types(events, "lent")


def test_fire_engines_deployed_are_no_mobilisation(events):
    assert "MOBILIZE" not in types(events, "fire_engines")
    assert any((e.plover, e.cameo) == ("MOBILIZE", "154") for e in events["police_deployed"])


def test_contract_to_supply_is_commerce_not_aid(events):
    assert "AID" not in types(events, "contract")
    assert "AID" in types(events, "food_aid")


def test_consulting_another_party_is_still_coded(events):
    assert types(events, "talks") & {"CONSULT", "AGREE"}


def test_a_demand_on_a_party_is_still_a_request(events):
    assert "REQUEST" in types(events, "demand")


def test_an_arrest_with_a_charge_stays_an_arrest(events):
    arrests = [e for e in events["arrested_charged"] if e.plover == "COERCE" and e.mode == "arrest"]
    assert arrests and arrests[0].actor1 is not None and arrests[0].actor1.sector == "COP"


def test_a_charge_without_an_arrest_is_an_accusation(events):
    assert types(events, "court_charged") == {"ACCUSE"}


def test_booking_with_an_arrest_keeps_the_arrest(events):
    assert "COERCE" in types(events, "booked_arrested")


@pytest.mark.parametrize(
    ("key", "plover"),
    [
        ("captured", "COERCE"),
        ("looking_into", "ACCUSE"),
        ("marched", "PROTEST"),
        ("pledged_oppose", "REJECT"),
        ("mob_attack", "ASSAULT"),
        ("bombing", "ASSAULT"),
        ("past_after_future", "ACCUSE"),
    ],
)
def test_still_coded_next_to_those_senses(events, key: str, plover: str):
    assert plover in types(events, key), events[key]


@pytest.mark.xfail(
    strict=True,
    reason="session 9: rule fitted to a corpus phrasing; an invented 'flayed the fierce opposition to X' "
    "codes the stance as the opposition party (OPP), and the corpus-like phrasing yields no event at all",
)
def test_a_stance_is_no_opposition_party(events):
    assert "ACCUSE" in types(events, "stance"), events["stance"]
    assert all(e.actor2 is None or e.actor2.sector != "OPP" for e in events["stance"]), events["stance"]
