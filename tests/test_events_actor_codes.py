"""Actor codes and claimants of events, on made-up sentences: an election challenger and a party's
members are no government; "Congress" is the legislature in a report set in the US and the party in
one set in India; "its president" is the president of the organisation named before it; a title that
runs into its own verb is someone else's ("said spokesman X, the prime minister was ..."); a report on
two countries gives neither's country to unions; a town is no speaker ("the Jaipur police said",
"they said" after a town); the speaker of a glued next sentence claims nothing of this one. Senses:
a parenthetical "they claim" in a relative clause claims nothing of its main clause. Senses: causes
blamed on causes and a bare "asked the officer" after a quoted question are no events."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_text

TEXTS = {
    "challenger": "Democrat challenger Tom Hardwick has criticised Governor Ellen Marsh on the economy.",
    "us_congress": (
        "The White House in Washington sent its budget plan on Monday. The administration asked Congress "
        "for additional funds for military operations."
    ),
    "india_congress": (
        "Leaders met in Lucknow and Kanpur on Monday. The Congress accused the BJP of engineering defections."
    ),
    "its_president": (
        "Ravi Kumar, once a close aide in the Samajwadi Party, lashed out at its president on Monday."
    ),
    "subject_title": (
        "The opposition raised objections to the reply. For one, said spokesman Arvind Rao, the prime "
        "minister was deliberately confusing the issue. He also accused the government of abdicating "
        "its responsibility."
    ),
    "two_countries": (
        "The Chinese carmaker will buy the plant, Chinese state media said. Chinese officials in Beijing "
        "and Shanghai welcomed it. The plant in Leeds, England, has struggled and the UK government has "
        "stayed away. Its owners have been accused by unions of awarding themselves huge salaries."
    ),
    "town_police": (
        "Shops were closed in Ajmer on Friday. The two sides hurled stones for two hours, forcing the "
        "police to open fire in the air, the Ajmer police said."
    ),
    "they_said": (
        "Curfew was imposed in Kishangarh town of Ajmer district after two communities clashed on Friday, "
        "prompting the police to open fire. The trouble erupted when hundreds of activists tried to close "
        "shops on the Jaipur-Ajmer highway, police said. The two sides hurled stones for two hours, forcing "
        "the police to open fire in the air, they said."
    ),
    "glued": (
        "At around 4pm, Meera came down from her flat and asked him to take her to Bandra.?In the car, Asha "
        "told me she had demanded a flat."
    ),
    "parenthetical": (
        "The Liberal Democrats spoke in Leeds. As always, they accused the minister of hiding the facts of "
        "the deficit which, they claim, would ensure tax rises after the election."
    ),
    "blamed_causes": (
        "Republicans have blamed the size of the deficit on slow economic conditions and military operations."
    ),
    "blamed_people": "The opposition blamed the riots in the city on the police.",
    "question": '"How are you?" The commander is heard asking the officer.',
    "asked_to": "The court asked the state government to file a reply within four weeks.",
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
    assert actor is not None and actor.sector == "LAB" and actor.country != "CHN"


def _claimant(analysis: Analysis, plover: str) -> str | None:
    event = next(e for e in analysis.events if e.plover == plover)
    entity = analysis.entity(event.claimed_by) if event.claimed_by else None
    return entity.name if entity else None


@pytest.mark.parametrize("key", ["town_police", "they_said"])
def test_town_is_no_speaker(analyses, key):
    text = analyses[key].text
    last = text.rindex("The two sides")
    fired = [e for e in analyses[key].events if e.plover == "ASSAULT" and e.trigger.start > last]
    claimants = {analyses[key].entity(e.claimed_by).type for e in fired if e.claimed_by}
    assert fired and "GPE" not in claimants


def test_speaker_of_glued_sentence_claims_nothing_before(analyses):
    asked = next(e for e in analyses["glued"].events if e.plover == "REQUEST" and e.trigger.text == "asked")
    assert asked.claimed_by is None or analyses["glued"].entity(asked.claimed_by).name != "Asha"


def test_causes_blamed_on_causes_accuse_no_one(events):
    assert not [e for e in events["blamed_causes"] if e.plover == "ACCUSE"]
    one(events, TEXTS, "blamed_people", "ACCUSE")


def test_bare_ask_after_a_question_is_no_request(events):
    assert not [e for e in events["question"] if e.plover == "REQUEST"]
    one(events, TEXTS, "asked_to", "REQUEST")


def test_parenthetical_claim_claims_nothing_of_the_main_clause(analyses):
    assert one({"p": analyses["parenthetical"].events}, {"p": ""}, "p", "ACCUSE").claimed_by is None
