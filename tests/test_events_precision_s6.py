"""Event precision guards from the errors of the blind thresholded rounds and the session-6 tuning
samples, on small made-up sentences: officers of parties and other non-state bodies are no
government; pleas, sharp rises, blamed causes, visits, injuries suffered, moves in a race, a
party's own meeting, acts negated by an unsplit "n't", what should have been done, acts hedged by
"allegedly" and the non-violent acts of sports and arts reports are not the acts they look like; a trip
called off cuts no relations; a dateline names no speaker; sums
and murder victims are no recipients; relatives hold no office; parties keep their own country;
and each guard's counterpart that must still be coded."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types

from newsgraph.model import Event

SENTENCES = {
    # offices of parties and associations
    "org_secretary": (
        "VHP national joint secretary Rajendra Singh Pankaj addressed the meeting. Pankaj alleged that the "
        "government was shying away from the issue."
    ),
    "party_chief": (
        "The state Janata Dal (Secular) chief Siddaramaiah urged the governor to dismiss the government."
    ),
    "state_unit": "The state unit condemned the violence in Gujarat on Monday.",
    "minister": "Home minister L K Advani urged the governor to dismiss the government.",
    # word senses
    "pleaded": (
        "Mr Jones, 45, pleaded guilty to fraud in March and agreed to help the prosecutors with their case "
        "against Mr Smith."
    ),
    "appealed": "The opposition pleaded with the government to release the prisoners.",
    "shot_up": "Non-EU imports shot up 5.2%, with growth seen in a range of sectors.",
    "shot": "Gunmen shot a policeman in Srinagar on Monday.",
    "blamed_cause": (
        "Delays marred the launches of Tesla's new cars, and the company blamed supply problems for a "
        "shortfall during the first quarter."
    ),
    "blamed_party": "The minister blamed the opposition for the violence.",
    "called_on": "Uma Bharti called upon VHP chief Ashok Singhal and held discussions with him.",
    "called_on_to": "The police called upon the news channels to stop broadcasting the riots.",
    "called_on_quote": (
        'Director Jane Smith called on the government to "practise what it preaches" and free the detainees.'
    ),
    "blamed_group": "The minister blamed the minorities for the recent disturbances in the city.",
    "injured": "One person died in the clash and four VHP activists injured, the police said.",
    "injured_them": "The mob injured four policemen in the clash on Monday.",
    "race": (
        "Vettel won the race from his team-mate to extend his championship lead on the podium.\n\n"
        "Hamilton attacks Verstappen and they are wheel to wheel through the first corners, but the "
        "teenager will not yield!\n\nLap 45 of the grand prix."
    ),
    "minister_attacks": "The prime minister attacks the opposition leader over the budget.",
    "not_yet": (  # an "n't" the tokenizer leaves on its auxiliary
        "lucknow: the bjp leaders met the governor on monday. but the governor hasn’t yet invited the bjp "
        "to form the government in the state."
    ),
    "invited": (
        "lucknow: the bjp leaders met the governor on monday. but the governor has invited the bjp to "
        "form the government in the state."
    ),
    "own_meeting": "lucknow: the bjp leaders met on monday to discuss the election.",
    "met": "Modi met Sharif in Delhi on Monday.",
    # recipients
    "sum": (  # lower case, as in the IndiaPoliceEvents texts
        "chandigarh: haryana congress on monday demanded a compensation of rs 5 lakh each for the families "
        "who suffered losses during the recent incidents of violence in the district."
    ),
    "murder": "The party condemned the murder of SP MLA Manzoor Ahmed in Lucknow on Wednesday.",
    "condemned_party": "The party condemned the BJP for the violence in Lucknow on Wednesday.",
    "those_detained": (
        "Union minister Nitin Gadkari has demanded that the Maharashtra government provide special "
        "facilities to those detained during the Emergency."
    ),
    # relatives, parties and the governments they lead
    "led_government": "The Congress accused the BJP-led government of lying about the deal.",
    "armed_group": "Hezbollah militants fired rockets at Israel on Monday.",
    "wife": "The prime minister's wife praised the Supreme Court for its ruling on the detainees.",
    "foreign_party": (
        "MADRID: The Spanish government in Madrid approved the plan for Spain and Barcelona on Monday. "
        "Spanish ministers in Seville and Valencia backed it. The Liberal Democrats criticised the plans."
    ),
    # sports and arts reports (tuning samples s92/s93)
    "sports_urge": (
        "Gerrard has urged the board to sign the striker in the transfer window. The midfielder scored a "
        "goal in the match at the stadium."
    ),
    "sports_arrest": (
        "Police arrested the striker after the match at the stadium. The midfielder scored a goal."
    ),
    "film_deal": (
        "The director has signed a three-year deal with the studio to make the film. The actor and the "
        "comedian star in the comedy."
    ),
    "sports_officials": (
        "The athletics governing body has met anti-doping officials to fight drugs in sport. The athletes "
        "and the sprinter won a medal in the championship at the stadium."
    ),
    # a trip called off
    "visit_cancelled": (
        "hyderabad: the visit of union home minister l k advani to the state has been cancelled in view of "
        "the riots."
    ),
    "talks_cancelled": "India cancelled talks with Pakistan on Monday.",
    "visit_snub": "The president cancelled a planned visit to Denmark after its prime minister rebuffed him.",
    # unasserted acts
    "should_have": "A retired judge said the riots should have been probed by the CBI.",
    "demanded_probe": "The opposition demanded that the riots be probed by the CBI.",
    "allegedly": "Two men allegedly stabbed a policeman in Mumbai on Monday.",
    "stabbed": "Two men stabbed a policeman in Mumbai on Monday.",
    # a dateline is no speaker
    "dateline": (
        "kanpur: joining hands with the vhp, the rss has stated that the government should give "
        "permission to the karsewaks to reach ayodhya."
    ),
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


@pytest.mark.parametrize(
    ("key", "plover"),
    [("org_secretary", "ACCUSE"), ("party_chief", "REQUEST"), ("state_unit", "ACCUSE")],
)
def test_officers_of_parties_and_bodies_are_no_government(events, key: str, plover: str):
    found = [e for e in events[key] if e.plover == plover and e.actor1 is not None]
    assert all(e.actor1.sector != "GOV" for e in found), found


def test_a_party_chief_is_the_party(events):
    assert one(events, SENTENCES, "party_chief", "REQUEST").actor1.sector == "PTY"


def test_a_minister_is_still_government(events):
    assert one(events, SENTENCES, "minister", "REQUEST").actor1.sector == "GOV"


@pytest.mark.parametrize(
    ("key", "plover"),
    [
        ("pleaded", "REQUEST"),  # a plea in court
        ("shot_up", "ASSAULT"),  # a sharp rise
        ("blamed_cause", "ACCUSE"),  # a cause, no one accused
        ("called_on", "REQUEST"),  # a visit
        ("injured", "ASSAULT"),  # the activists were hurt; they hurt no one
        ("race", "ACCUSE"),  # a move in a race
        ("race", "ASSAULT"),
        ("not_yet", "REQUEST"),  # not done
        ("own_meeting", "CONSULT"),  # a party meeting on its own
        ("sports_urge", "REQUEST"),  # a captain's wish in a sports report
        ("film_deal", "AGREE"),  # a film contract
        ("film_deal", "SUPPORT"),
        ("should_have", "REQUEST"),  # an opinion on what was not done
        ("allegedly", "ASSAULT"),  # hedged by the reporter
        ("sports_officials", "CONSULT"),  # sports officials are no government
        ("visit_cancelled", "SANCTION"),  # no relations cut
    ],
)
def test_no_event_of_that_type(events, key: str, plover: str):
    assert plover not in types(events, key), events[key]


@pytest.mark.parametrize(
    ("key", "plover"),
    [
        ("appealed", "REQUEST"),
        ("shot", "ASSAULT"),
        ("blamed_party", "ACCUSE"),
        ("called_on", "CONSULT"),
        ("called_on_to", "REQUEST"),
        ("called_on_quote", "REQUEST"),
        ("blamed_group", "ACCUSE"),
        ("injured_them", "ASSAULT"),
        ("minister_attacks", "ACCUSE"),
        ("invited", "REQUEST"),
        ("met", "CONSULT"),
        ("sports_arrest", "COERCE"),
        ("demanded_probe", "REQUEST"),
        ("stabbed", "ASSAULT"),
        ("talks_cancelled", "SANCTION"),
        ("visit_snub", "SANCTION"),  # called off by someone named: a snub
    ],
)
def test_the_counterparts_are_coded(events, key: str, plover: str):
    assert plover in types(events, key), events[key]


def test_a_sum_is_no_recipient(events):
    event = one(events, SENTENCES, "sum", "REQUEST")
    assert event.actor2 is None or event.actor2.text.lower() != "rs", event


def test_a_murder_victim_is_not_who_is_condemned(events):
    event = one(events, SENTENCES, "murder", "ACCUSE")
    assert event.actor2 is None or "Ahmed" not in event.actor2.text, event


def test_a_condemned_party_is_the_recipient(events):
    event = one(events, SENTENCES, "condemned_party", "ACCUSE")
    assert event.actor2 is not None and event.actor2.text == "BJP", event


def test_a_relative_of_an_office_holder_holds_no_office(events):
    assert one(events, SENTENCES, "wife", "SUPPORT").actor1.sector is None


def test_a_party_keeps_its_own_country_in_a_report_on_another(events):
    assert one(events, SENTENCES, "foreign_party", "ACCUSE").actor1.code == "GBRPTY"


def test_those_described_are_no_one_named_before(events):
    found = [e for e in events["those_detained"] if e.plover == "COERCE"]
    assert all(e.actor2 is None or "government" not in e.actor2.text for e in found), found


def test_a_government_a_party_leads_is_the_government(events):
    assert one(events, SENTENCES, "led_government", "ACCUSE").actor2.sector == "GOV"


def test_a_named_armed_group_keeps_its_country(events):
    assert one(events, SENTENCES, "armed_group", "ASSAULT").actor1.code == "LBNREB"


def test_a_dateline_place_claims_nothing(events):
    event = one(events, SENTENCES, "dateline", "REQUEST")
    assert event.claimed_by is None, event
