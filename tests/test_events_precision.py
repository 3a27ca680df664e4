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
    "plan": "The senator was among those worried about plans, backed by Britain, to lift the arms embargo.",
    "hoping": "The EU presidency is hoping to strike a deal with Turkey at a June summit.",
    "court": "The campaign group say they are prepared to take their case to the European Court.",
    "ready": "Hamas said it was prepared to negotiate with Israel.",
    "not_a_single": (
        "The athletes were angry that not a single official was present to welcome them at the airport."
    ),
    "no_suggestion": "There is no suggestion the mayor opposes the new bridge.",
    "habitual": "Shia Muslims, who participate in processions, mourn the death of Imam Hussain.",
    "always": "The West Bengal government has always been prompt in deploying police and rapid action force.",
    "deployed": "The West Bengal government deployed police in Kolkata on Monday.",
    "always_said": "He has always said that police arrested Ram Singh in Jaipur.",
    "record": "Police said Ram Singh has been arrested several times in the past for rioting.",
    "arrest": "Police arrested Ram Singh in Jaipur on Monday for rioting.",
    "raid": "Police have identified the men and are raiding their hideouts to make the arrests.",
    "referring": "He spoke at length, referring to the recent carnage at Godhra.",
    "unattributed": '"We appeal to the health board to allow patients to choose their hospital."',
    # other senses and other types
    "assured": "The defence minister assured the House that no ordnance factory would be closed down.",
    "assured_act": "The minister assured the farmers that the government would release the funds.",
    "changes": "MPs passed the bill after the home secretary agreed to key changes.",
    "deal": "The party signed a two-year deal with the city council on Monday.",
    "opposed": "The archbishop criticised the law and is opposed to any arbitrary detention.",
    "concurred": "State secretary of the CPI(M) Prabhakar Sanzgiri agreed.",
    "agreed_to": "The government agreed to release the prisoners.",
    "time_limit": "The government set a deadline of six months to complete the probe.",
    "ultimatum": "They had given a deadline of 2 pm to the police to fetch the boy.",
    "shot_back": "Asked about the alliance, Kanshi Ram shot back saying fresh elections were an option.",
    "lent": "The Left parties lent support to the Congress-led coalition government in Maharashtra.",
    "demonstration": "Scientists modified embryos in a landmark demonstration of the procedure.",
    "album": "The band rose to fame after releasing its debut album in 2000.",
    "held": "She missed the national championships held at Guntur in July.",
    "ruling": "The Lords ruled that detaining terror suspects indefinitely is unlawful.",
    "jails": "In Telangana and Andhra Pradesh jails, the average daily expenditure on a prisoner is Rs 120.",
    "stationed": "A spokesman for the corps, which is deployed in Vadodara, said a column was sent.",
    "fire_engines": "The fire brigade deployed 14 fire engines and two ambulances to the spot.",
    "police_deployed": "The government deployed 500 police personnel in the town.",
    "contract": "The company won contracts to provide vaccine to the government last year.",
    "food_aid": "The government provided food aid to the flood victims.",
    "sitting": "The state assembly had met briefly on February 28 to pay condolences.",
    "internal": "The state Congress committee would consult the central party leadership on the issue.",
    "talks": "The Congress committee would consult the Samajwadi Party on the issue.",
    "advice": '"People should also take a step," said the film actor Akshay Kumar.',
    "demand": "The minister said the union should call off the strike.",
    "charged": "She will appear in court over a terror offence for which she had been charged.",
    "arrested_charged": "Police arrested and charged two men in Leeds on Monday.",
    "court_charged": "The former minister was charged with fraud by the court on Monday.",
    "booked": "The two men have been booked under relevant sections of the Indian Penal Code for burglary.",
    "booked_arrested": "Police arrested two men and booked them under the Indian Penal Code.",
    "cctv": "Police said that CCTV cameras had captured three men roaming around in the village.",
    "captured": "Police captured three militants in Kupwara on Monday.",
    "looking_at": "WhatsApp itself has been looking at moving into digital payment services in India.",
    "looking_into": "The ministry is looking into the complaint filed by the farmers.",
    "marching_up": "Maria Hutchings was seen marching up to him, saying the school was threatened.",
    "marching_over": "She marched over to the minister and complained.",
    "marched": "Protesters marched up to the parliament gates on Monday.",
    "feared": "The letter apprehended that the activists have planned to form groups.",
    "pledged_oppose": "The Lib Dems have pledged to oppose the bill when it is debated next Monday.",
    "mob_attack": "The mob attacked the police station on Monday.",
    "crash": "Another Air India flight crashed on the mountain in 1950, killing 48 people.",
    "bombing": "A bomb exploded in the market, killing 10 people.",
    "question": "Later the prime minister's spokesman was asked by journalists about his view on the row.",
    "past_after_future": (
        "Tony Blair said Labour would set out workable plans for tackling immigration abuse in the next few "
        "weeks and attacked the Tory plans."
    ),
    "stance": "He also flayed the vehement opposition to astrology being regarded as a science.",
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
        "Earlier in the day, the governor had a meeting with the prime minister, after which he told "
        "reporters the state would implement the court's decision on the plans for March 15."
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


def test_a_stance_is_no_opposition_party(events):
    assert all(e.actor2 is None or e.actor2.sector != "OPP" for e in events["stance"]), events["stance"]
