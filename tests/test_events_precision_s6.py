"""Event precision guards from the errors of the blind thresholded rounds and the session-6 tuning
samples, on small made-up sentences: officers of parties and other non-state bodies are no
government; pleas, sharp rises, blamed causes, visits, injuries suffered, moves in a race, a
party's own meeting, acts negated by an unsplit "n't", what should have been done, acts hedged by
"allegedly" and the non-violent acts of sports and arts reports are not the acts they look like; a trip
called off cuts no relations; a dateline names no speaker; sums
and murder victims are no recipients; relatives hold no office; parties keep their own country;
a price that rallies, declining comment, blaming the market, an arrest teams are sent out for,
orators, a meeting of one's own officers, a person pulled out of a vehicle and police marching are
no such events; New South Wales is Australian, a committee's president no government and "the SP" of
an article naming the Samajwadi Party that party (sample s94);
and each guard's counterpart that must still be coded."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one, types
from spacy.tokens import Span as DocSpan

from newsgraph import nlp
from newsgraph.context import Context
from newsgraph.events.dedup import Draft, merge
from newsgraph.events.detect import requirement_met
from newsgraph.events.lexicon import triggers
from newsgraph.model import Actor, Article, Event, Span
from newsgraph.pipeline import _new_analysis, _run_stages, analyze_text

SENTENCES = {
    # offices of parties and associations
    "org_secretary": (
        "VHP national joint secretary Mohan Lal Tiwari spoke at the rally. Tiwari alleged that the "
        "government was avoiding the question."
    ),
    "party_chief": (
        "The state Janata Dal (Secular) chief Harpal Rana urged the governor to sack the ministry."
    ),
    "state_unit": "The state unit denounced the arson in Nagpur on Tuesday.",
    "party_unit": "The party's state unit denounced the arson in Nagpur on Tuesday.",
    "minister": "Home minister Arvind Rao urged the governor to sack the ministry.",
    # word senses
    "pleaded": (
        "Ms Hale, 38, pleaded guilty to tax evasion in May and offered to give evidence against her "
        "former partner."
    ),
    "appealed": "The opposition pleaded with the government to release the prisoners.",
    "shot_up": "Non-EU imports shot up 5.2%, with growth seen in a range of sectors.",
    "shot": "Gunmen shot a policeman in Srinagar on Monday.",
    "blamed_cause": (
        "The bakery chain missed its sales target, and the firm blamed a wet summer for the weak "
        "trading in its stores."
    ),
    "blamed_party": "The minister blamed the opposition for the violence.",
    "called_on": "Uma Bharti called upon VHP chief Ashok Singhal and held discussions with him.",
    "called_on_to": "The police called upon the radio stations to stop airing the rumours.",
    "called_on_quote": (
        'Campaign director Tom Price called on ministers to "lead by example" and release the refugees.'
    ),
    "blamed_group": "The mayor blamed the migrant workers for last week's unrest in the port.",
    "injured": "A man died in the scuffle and three Bajrang Dal volunteers injured, officials said.",
    "injured_them": "The mob injured four policemen in the clash on Monday.",
    "race": (
        "Moreau took the race ahead of his team-mate and stretched his lead in the title fight.\n\n"
        "Okafor attacks Lindqvist down the back straight and they touch wheels at the hairpin, but the "
        "rookie holds on!\n\nLap 31 of the grand prix."
    ),
    "minister_attacks": "The prime minister attacks the opposition leader over the budget.",
    "not_yet": (  # an "n't" the tokenizer leaves on its auxiliary
        "patna: rjd legislators met the governor on tuesday. but the governor hasn’t yet invited the rjd "
        "to form a ministry."
    ),
    "invited": (
        "patna: rjd legislators met the governor on tuesday. but the governor has invited the rjd to form "
        "a ministry."
    ),
    "own_meeting": "lucknow: the bjp leaders met on monday to discuss the election.",
    "met": "Modi met Sharif in Delhi on Monday.",
    # recipients
    "sum": (  # lower case, as in the IndiaPoliceEvents texts
        "shimla: the himachal bjp on tuesday demanded an ex gratia of rs 2 lakh for every shopkeeper "
        "whose stall was burnt in last week's riots."
    ),
    "murder": "The party condemned the murder of BSP councillor Rakesh Yadav in Agra on Friday.",
    "condemned_party": "The party condemned the BJP for the violence in Agra on Friday.",
    "those_detained": (
        "Union minister Ramesh Patil wants the state to pay a monthly allowance to those detained "
        "in the 1975 crackdown."
    ),
    # relatives, parties and the governments they lead
    "led_government": "The Congress accused the BJP-led government of lying about the deal.",
    "armed_group": "Hezbollah militants fired rockets at Israel on Monday.",
    "wife": "The governor's husband praised the high court for its verdict on the evictions.",
    "foreign_party": (
        "MADRID: The Spanish government in Madrid approved the plan for Spain and Barcelona on Monday. "
        "Spanish ministers in Seville and Valencia backed it. The Liberal Democrats criticised the plans."
    ),
    # sports and arts reports (tuning samples s92/s93)
    "sports_urge": (
        "Lopez has urged the board to sign a new goalkeeper before the deadline. The midfielder scored a "
        "goal in the match at the stadium."
    ),
    "sports_arrest": (
        "Police arrested the striker after the match at the stadium. The midfielder scored a goal."
    ),
    "film_deal": (
        "The producer has signed a contract with the studio for two more pictures. The actress and the "
        "clown star in the musical."
    ),
    "sports_officials": (
        "The cycling governing body met anti-doping officials on Tuesday to tackle cheating in the sport. "
        "The riders and the sprinter won a medal in the championship at the velodrome."
    ),
    # a trip called off
    "visit_cancelled": (
        "bhopal: the tour of union finance minister r s kapoor to the district has been cancelled because "
        "of the floods."
    ),
    "talks_cancelled": "India cancelled talks with Pakistan on Monday.",
    "visit_snub": "The president cancelled a planned visit to Denmark after its prime minister rebuffed him.",
    # unasserted acts
    "should_have": "A former police chief said the fire should have been investigated by the state CID.",
    "demanded_probe": "The opposition demanded that the riots be probed by the CBI.",
    "allegedly": "Two men allegedly stabbed a policeman in Mumbai on Monday.",
    "stabbed": "Two men stabbed a policeman in Mumbai on Monday.",
    # a dateline is no speaker
    "dateline": (
        "nagpur: siding with the farmers' union, the traders' body has stated that the government should "
        "allow the marchers to enter the city."
    ),
    # tuning sample s94 (business reports and Indian police news)
    "dollar_rallied": "The euro fell on Tuesday. It rallied slightly on Wednesday as bond yields eased.",
    "workers_rallied": "Thousands of workers rallied outside parliament on Monday against the pension cuts.",
    "refused_comment": "The minister refused to respond to the governor's comments on Monday.",
    "refused_support": "The minister refused to support the opposition's appeal for a strike.",
    "blamed_market": "The insurer blamed weak bond markets for the lower payout.",
    "sent_to_arrest": "The state police sent teams to Surat to arrest the main suspect in the shooting.",
    "arrested": "The state police arrested the main suspect in the shooting in Surat.",
    "speakers": (
        "Students marched against the fee rise in Pune. The speakers demanded that the state government "
        "withdraw the increase."
    ),
    "new_south_wales": "A state inquiry in New South Wales last year criticised the builder's conduct.",
    "committee_president": (
        "jaipur: the sessions judge on tuesday rejected a bail application from suresh kumar verma, "
        "president of the rajasthan temple trust committee, arrested on friday."
    ),
    "staff_meeting": "The police commissioner held a meeting of senior officers in Pune.",
    "pulled_out": "A second man was pulled out from a taxi and beaten to death near the bridge.",
    "sp_party": (
        "agra: the congress attacked the samajwadi party on friday. verma said that the sp should accept "
        "that the voters had turned against it."
    ),
    "sp_police": "lucknow: the sp of the district arrested five men on monday.",
    "purchase_defended": (
        "Norway's prime minister has defended the purchase of Nordvik's main refining unit by the "
        "state-owned energy firm Kalvo."
    ),
    "firm_named": (
        "The engineering group Arthur Brennan has agreed to pay compensation to injured workers. A state "
        "inquiry in New South Wales criticised Brennan's conduct."
    ),
    "forces_marched": (
        "Six platoons of the armed police and the paramilitary marched through the old city's streets on "
        "Friday."
    ),
    "students_marched": "Hundreds of students marched through the town on Thursday against the killings.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


@pytest.mark.parametrize(
    ("key", "plover"),
    [("org_secretary", "ACCUSE"), ("party_chief", "REQUEST"), ("party_unit", "ACCUSE")],
)
def test_officers_of_parties_and_bodies_are_no_government(events, key: str, plover: str):
    found = [e for e in events[key] if e.plover == plover and e.actor1 is not None]
    assert found, "the officer's act is coded"
    assert all(e.actor1.sector != "GOV" for e in found), found


def test_a_state_unit_of_no_named_body_is_no_government(events):
    # a unit alone may stay uncoded, but it is never coded as the state's government
    assert not [e for e in events["state_unit"] if e.actor1 is not None and e.actor1.sector == "GOV"]


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
    assert event.actor2 is None or "Yadav" not in event.actor2.text, event


def test_a_condemned_party_is_the_recipient(events):
    event = one(events, SENTENCES, "condemned_party", "ACCUSE")
    assert event.actor2 is not None and event.actor2.text == "BJP", event


def test_a_relative_of_an_office_holder_holds_no_office(events):
    assert one(events, SENTENCES, "wife", "SUPPORT").actor1.sector is None


def test_a_party_keeps_its_own_country_in_a_report_on_another(events):
    assert one(events, SENTENCES, "foreign_party", "ACCUSE").actor1.code == "GBRPTY"


def test_those_described_are_no_one_named_before(events):
    found = [e for e in events["those_detained"] if e.plover == "COERCE"]
    assert found and all(e.actor2 is None or "government" not in e.actor2.text for e in found), found


def test_a_government_a_party_leads_is_the_government(events):
    assert one(events, SENTENCES, "led_government", "ACCUSE").actor2.sector == "GOV"


def test_a_named_armed_group_keeps_its_country(events):
    assert one(events, SENTENCES, "armed_group", "ASSAULT").actor1.code == "LBNREB"


def test_a_dateline_place_claims_nothing(events):
    event = one(events, SENTENCES, "dateline", "REQUEST")
    assert event.claimed_by is None, event


def test_a_price_that_rallies_is_no_protest(events):
    assert "PROTEST" not in types(events, "dollar_rallied")
    assert "PROTEST" in types(events, "workers_rallied")


def test_declining_comment_is_no_rejection(events):
    assert "REJECT" not in types(events, "refused_comment")
    assert "REJECT" in types(events, "refused_support")


def test_blaming_the_market_accuses_no_one(events):
    assert "ACCUSE" not in types(events, "blamed_market")


def test_an_arrest_that_teams_are_sent_for_is_not_yet_made(events):
    assert "COERCE" not in types(events, "sent_to_arrest")
    assert "COERCE" in types(events, "arrested")


def test_speakers_at_a_meeting_are_no_legislature(events):
    assert "REQUEST" in types(events, "speakers"), events["speakers"]
    assert all(e.actor1 is None or e.actor1.sector != "LEG" for e in events["speakers"]), events["speakers"]


def test_new_south_wales_is_australian(events):
    assert one(events, SENTENCES, "new_south_wales", "ACCUSE").actor1.code == "AUSGOV"


def test_the_president_of_a_committee_is_no_government(events):
    found = [e for e in events["committee_president"] if e.plover == "REJECT" and e.actor2 is not None]
    assert found and all(e.actor2.sector != "GOV" for e in found), events["committee_president"]


def test_a_meeting_of_ones_own_officers_is_no_consultation(events):
    assert "CONSULT" not in types(events, "staff_meeting")


def test_a_person_pulled_out_of_a_vehicle_is_no_retreat(events):
    assert "RETREAT" not in types(events, "pulled_out")


def test_police_marching_through_a_town_is_no_protest(events):
    assert "PROTEST" not in types(events, "forces_marched")
    assert "PROTEST" in types(events, "students_marched")


def test_initials_of_a_party_the_article_names_are_the_party(events):
    assert one(events, SENTENCES, "sp_party", "REQUEST").actor2.code == "INDPTY"
    assert one(events, SENTENCES, "sp_police", "COERCE").actor1.sector == "COP"


def test_a_firm_the_tagger_takes_for_a_person_is_a_business(events):
    event = one(events, SENTENCES, "firm_named", "ACCUSE")
    assert event.actor2 is not None and event.actor2.sector == "BUS", event


def test_what_a_defended_purchase_bought_is_no_recipient(events):
    event = one(events, SENTENCES, "purchase_defended", "SUPPORT")
    assert event.actor2 is None or "unit" not in event.actor2.text, event


# Blind round 14: each error class with an invented sentence and a counterpart that stays coded.
def _events(text: str, plover: str) -> list:
    return [e for e in analyze_text(text).events if e.plover == plover]


def _sectors(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1 and e.actor1.sector, e.actor2 and e.actor2.sector) for e in _events(text, plover)]


def test_government_department_is_government_not_business():
    text = "Three senators are calling on the Department of Energy to halt the sale of the refinery."
    assert _sectors(text, "REQUEST") == [("LEG", "GOV")]
    # counterpart: an industry body stays business
    assert _sectors("Three senators are calling on the oil industry to cut its prices.", "REQUEST") == [
        ("LEG", "BUS")
    ]


def test_trade_commissioner_is_no_police_officer():
    text = "Farmers welcomed the decision by EU Trade Commissioner Karl Brenner on Monday."
    (event,) = _events(text, "SUPPORT")
    assert event.actor2.sector in ("GOV", "IGO")
    # counterpart: a police commissioner stays police
    (event,) = _events("The police commissioner praised the villagers.", "SUPPORT")
    assert event.actor1.sector == "COP"


def test_meeting_demands_is_no_meeting():
    assert not _events("The airline said it had met most of the regulator's demands.", "CONSULT")
    # counterpart: meeting people stays a meeting
    assert _events("The mayor said she had met most of the street vendors.", "CONSULT")


def _resist_met(text: str) -> bool:
    doc = nlp.load()(text)
    verb = next(t for t in doc if t.lemma_ == "resist")
    return all(requirement_met(verb, t) for t in triggers()["resist"] if t.words == ("resist",))


def test_resisting_robbers_is_no_rejection():
    assert not _resist_met("The jeweller was stabbed when he resisted an attempt to snatch his bag.")
    assert not _resist_met("The shopkeeper resisted the robbers.")
    # counterpart: resisting a government's plan stays a rejection
    assert _resist_met("The villagers resisted the government's attempt to seize their land.")
    assert _events("The villagers resisted the government's attempt to seize their land.", "REJECT")


def _analysis_with_person(text: str, word: str):
    """The analysis of `text` with `word` tagged a person, as the parser sometimes tags a trust's name."""
    article = Article(id="t", text=text)
    doc = nlp.load()(text)
    i = next(t.i for t in doc if t.text == word)
    doc.ents = [e for e in doc.ents if not (e.start <= i < e.end)] + [DocSpan(doc, i, i + 1, label="PERSON")]
    ctx = Context(article=article, doc=doc, analysis=_new_analysis(article))
    _run_stages(ctx, None)
    return ctx.analysis


def test_trust_tagged_person_is_no_political_elite():
    text = "The minister accused the Nyas of misleading the cabinet."
    coded = [e.actor2.sector for e in _analysis_with_person(text, "Nyas").events if e.plover == "ACCUSE"]
    assert coded and "ELI" not in coded
    # counterpart: an untitled person in a political setting stays a political elite
    text = "The minister accused Sharma of misleading the cabinet."
    coded = [e.actor2.sector for e in _analysis_with_person(text, "Sharma").events if e.plover == "ACCUSE"]
    assert coded == ["ELI"]


def _mobilize(sentence: tuple[int, int], actor: str | None) -> Draft:
    """A police deployment reported in the sentence at those offsets, by `actor` if given."""
    start = sentence[0]
    police = (
        Actor(text=actor, start=start, end=start + len(actor), code="COP", sector="COP") if actor else None
    )
    event = Event(
        id="V1",
        plover="MOBILIZE",
        cameo="151",
        cameo_root="15",
        quad_class=3,
        goldstein=-7.2,
        actor1=police,
        trigger=Span(start=start + 20, end=start + 28, text="tightened"),
        sentence={"start": sentence[0], "end": sentence[1]},
        date="2002-03-15",
        confidence=0.8,
    )
    return Draft(event=event, dated=True)


def test_a_far_report_lends_no_actor_to_an_event():
    # "Security was tightened in the city on Friday. ... Another town's police beefed up security
    # on Friday.": one event by date, but the far sentence's police are not the first one's actor
    (merged,) = merge([_mobilize((0, 60), None), _mobilize((400, 470), "Sitapur police")])
    assert merged.event.actor1 is None
    # counterpart: the very next sentence still names who did it
    (merged,) = merge([_mobilize((0, 60), None), _mobilize((61, 120), "district police")])
    assert merged.event.actor1 is not None and merged.event.actor1.text == "district police"
