"""Event actor sectors from the role the article states for a person, units of a force, and events
denied by "not a single"/"no suggestion" (events precision, judged sample round 9)."""

import pytest

from newsgraph.pipeline import analyze_text

TEXT = (
    "Lib Dem leader Charles Kennedy spoke in Leeds on Monday.\n"
    "Mr Kennedy accused the government of telling lies about its opponents.\n"
    "The chief minister's office asked IGP Ramesh Kumar to revoke the suspension.\n"
    "Four companies of the CRPF were deployed in Surat on Tuesday.\n"
    "The athletes were angry that not a single official was present to welcome them at the airport.\n"
    "There is no suggestion the mayor opposes the new bridge.\n"
    "The town once had a judge named Govinda Menon.\n"
    "Menon requested the king to punish him for his error.\n"
    "CPM politburo member Anil Basu addressed a rally in Kolkata.\n"
    "Basu accused the state government of neglecting farmers.\n"
    "Former home secretary John Smith accused the government of neglecting the police.\n"
)


@pytest.fixture(scope="module")
def analysis():
    return analyze_text(TEXT, published="2005-02-01")


def _events(analysis, sentence_word: str):
    start = TEXT.index(sentence_word)
    end = TEXT.index("\n", start)
    return [e for e in analysis.events if start <= e.trigger.start < end]


def test_party_leader_is_coded_by_the_party_not_as_an_elite(analysis):
    accuse = [e for e in _events(analysis, "Mr Kennedy accused") if e.plover == "ACCUSE"]
    assert accuse and accuse[0].actor1.sector == "PTY"


def test_police_title_before_a_name_makes_the_person_police(analysis):
    asked = [e for e in _events(analysis, "The chief minister's office") if e.plover == "REQUEST"]
    assert asked and asked[0].actor2 is not None and asked[0].actor2.sector == "COP"


def test_companies_of_a_force_are_units_not_businesses(analysis):
    deployed = _events(analysis, "Four companies")
    assert deployed and all(e.actor1 is None or e.actor1.sector not in (None, "BUS") for e in deployed)
    assert any(e.actor1 is not None and e.actor1.sector in ("MIL", "COP") for e in deployed)


def test_not_a_single_official_welcomed_them(analysis):
    assert not [e for e in _events(analysis, "The athletes were angry") if e.plover == "SUPPORT"]


def test_no_suggestion_of_opposition_is_no_rejection(analysis):
    assert not [e for e in _events(analysis, "There is no suggestion") if e.plover == "REJECT"]


def test_judge_named_earlier_in_the_article_is_judiciary(analysis):
    asked = [e for e in _events(analysis, "Menon requested") if e.plover == "REQUEST"]
    assert asked and asked[0].actor1.sector == "JUD"


def test_party_politburo_member_is_the_party(analysis):
    accuse = [e for e in _events(analysis, "Basu accused") if e.plover == "ACCUSE"]
    assert accuse and accuse[0].actor1.sector == "PTY"


def test_former_office_holder_is_an_elite(analysis):
    accuse = [e for e in _events(analysis, "Former home secretary") if e.plover == "ACCUSE"]
    assert accuse and accuse[0].actor1.sector == "ELI"
