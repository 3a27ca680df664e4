"""Actor codes and claimants of events, on made-up sentences: an election challenger and a party's
members are no government; "Congress" is the legislature in a report set in the US and the party in
one set in India; "its president" is the president of the organisation named before it; a title that
runs into its own verb is someone else's ("said spokesman X, the prime minister was ..."); a report on
two countries gives neither's country to unions; a town is no speaker ("the Bhilwara police said",
"they said" after a town); the speaker of a glued next sentence claims nothing of this one. Senses:
a parenthetical "they claim" in a relative clause claims nothing of its main clause. Senses: causes
blamed on causes and a bare "asking the sergeant" after a quoted question are no events."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_text

TEXTS = {
    "challenger": "Green challenger Nadia Brook criticised Senator Owen Pell over his record on rail fares.",
    "us_congress": (
        "The White House in Washington released its spending proposal on Tuesday. The administration "
        "asked Congress for extra money to repair bridges and roads."
    ),
    "india_congress": (
        "Leaders met in Lucknow and Kanpur on Monday. The Congress accused the BJP of engineering defections."
    ),
    "its_president": (
        "Suresh Nair, for years a trusted lieutenant in the Telugu Desam Party, hit out at its president "
        "on Tuesday."
    ),
    "subject_title": (
        "Critics picked apart the statement. First of all, said spokesman Arvind Rao, the prime minister "
        "was plainly misreading the figures. Rao also accused the cabinet of neglecting its duty."
    ),
    "two_countries": (
        "A Korean shipbuilder will take over the yard, Korean news agencies reported. Korean ministers in "
        "Seoul and Busan praised the deal. The yard in Glasgow, Scotland, has lost money and the UK "
        "government has kept out of it. Trade unions have accused its directors of paying themselves "
        "lavish bonuses."
    ),
    "town_police": (
        "Markets stayed shut in Bhilwara on Sunday. Rival groups pelted each other with bricks for an "
        "hour, forcing officers to fire rubber bullets, the Bhilwara police said."
    ),
    "they_said": (
        "A curfew was clamped on Nokha in Bikaner district after two groups fought on Sunday, and officers "
        "fired warning shots. The violence began when scores of protesters tried to block traffic on the "
        "Bikaner-Nokha road, police said. Rival groups pelted each other with bricks for an hour, forcing "
        "officers to fire rubber bullets, they said."
    ),
    "glued": (
        "Shortly after noon, Kavita came out of her office and asked him to drive her to Juhu.?On the way, "
        "Rekha told me she wanted a new car."
    ),
    "parenthetical": (
        "The Greens held a rally in Bristol. Once again, they accused the chancellor of concealing the "
        "scale of the debt which, they claim, will mean cuts to schools next year."
    ),
    "blamed_causes": "Democrats have blamed the rise in unemployment on bad weather and high fuel prices.",
    "blamed_people": "The opposition blamed the riots in the city on the police.",
    "question": '"Where are you?" The captain is heard asking the sergeant.',
    "asked_to": "The tribunal asked the railway ministry to explain the delay by Friday.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(TEXTS)


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return {key: analyze_text(TEXTS[key]) for key in ("town_police", "they_said", "glued", "parenthetical")}


def test_challenger_is_opposition_not_government(events):
    actor = one(events, TEXTS, "challenger", "ACCUSE").actor1
    assert actor is not None and actor.sector in ("OPP", "PTY")


def test_congress_in_the_us_is_the_legislature(events):
    actor = one(events, TEXTS, "us_congress", "REQUEST").actor2
    assert actor is not None and actor.sector == "LEG" and actor.country in (None, "USA")


def test_congress_in_india_is_the_party(events):
    actor = one(events, TEXTS, "india_congress", "ACCUSE").actor1
    assert actor is not None and actor.sector == "PTY"


def test_its_president_is_the_party_president(events):
    actor = one(events, TEXTS, "its_president", "ACCUSE").actor2
    assert actor is not None and actor.sector == "PTY"


def test_title_of_another_subject_is_not_the_speakers(events):
    actor = one(events, TEXTS, "subject_title", "ACCUSE").actor1
    assert actor is None or actor.sector != "GOV"


def test_two_country_report_gives_unions_no_country(events):
    actor = one(events, TEXTS, "two_countries", "ACCUSE").actor1
    assert actor is not None and actor.sector == "LAB" and actor.country != "KOR"


def _claimant(analysis: Analysis, plover: str) -> str | None:
    event = next(e for e in analysis.events if e.plover == plover)
    entity = analysis.entity(event.claimed_by) if event.claimed_by else None
    return entity.name if entity else None


@pytest.mark.parametrize("key", ["town_police", "they_said"])
def test_town_is_no_speaker(analyses, key):
    text = analyses[key].text
    last = text.rindex("Rival groups")
    fired = [e for e in analyses[key].events if e.plover == "ASSAULT" and e.trigger.start > last]
    claimants = {analyses[key].entity(e.claimed_by).type for e in fired if e.claimed_by}
    assert fired and "GPE" not in claimants


def test_speaker_of_glued_sentence_claims_nothing_before(analyses):
    asked = next(e for e in analyses["glued"].events if e.plover == "REQUEST" and e.trigger.text == "asked")
    assert asked.claimed_by is None or analyses["glued"].entity(asked.claimed_by).name != "Rekha"


def test_causes_blamed_on_causes_accuse_no_one(events):
    assert not [e for e in events["blamed_causes"] if e.plover == "ACCUSE"]
    one(events, TEXTS, "blamed_people", "ACCUSE")


def test_bare_ask_after_a_question_is_no_request(events):
    assert not [e for e in events["question"] if e.plover == "REQUEST"]
    one(events, TEXTS, "asked_to", "REQUEST")


def test_parenthetical_claim_claims_nothing_of_the_main_clause(analyses):
    assert one({"p": analyses["parenthetical"].events}, {"p": ""}, "p", "ACCUSE").claimed_by is None
