"""Actor codes of events: a title-holder takes the sector of the body they speak for or lead, a person
the sector of the role the article states for them (party leader or politburo member, police title,
judge named earlier, former office holder), a legislator is no government, units of a force are no
businesses, non-government bodies and union federations are no government or party, well-known
national bodies keep their own country, a country named only as a topic (or a language named like a
place) is no home country, and a subject pronoun is not read as a person named inside its own clause.
Also two guards: a body's own sitting is no consultation, and the office someone resigns is no
recipient."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

from newsgraph.events.roles import _sector_of_words, known_group
from newsgraph.model import Analysis, Event
from newsgraph.pipeline import analyze_text

TEXTS = {
    "party_spokesman": "A spokesman for the SNP called on Mr Talbot to leave the Scottish Parliament.",
    "confederation": (
        "The Confederation of British Industry urged ministers to delay the rise in business rates."
    ),
    "indian_force": (
        "Pakistani nationals were questioned at the airport. The CISF arrested two men at the airport "
        "in Mumbai on Monday."
    ),
    "militant": "Militant commander Tariq Wani rejected an appeal to lay down arms from an Army major.",
    "cataphora": (
        "Opposition leader Sunil Verma addressed the assembly in Lucknow. He then demanded that Chief "
        "Minister Anil Kapoor should appear before the members."
    ),
    "sitting": "Ministers flew into Jaipur, where the state cabinet meeting took place on Thursday.",
    "talks": "Modi held a meeting with Sharif in Delhi on Monday.",
    "resigned_post": "Before he resigned the office of health secretary, Martin Ellery ran the hospitals.",
    "foreign_war": (
        "Senators debated the conflict in Syria on Tuesday. Syria was discussed late into the night. The "
        "government refused to release the legal advice behind the deployment."
    ),
    "ngo": "A non-government organisation in the city asked the police to let the march go ahead.",
    "tuc": "The Trades Union Congress welcomed the new rules on agency staff.",
    "shadow_role": (
        "Shadow Transport Secretary Helen Marsh accused ministers of stalling on the rail reforms. "
        "Transport Secretary Peter Quayle rejected the accusation."
    ),
    "association": (
        "Meera Pillai, vice president of the Secular Forum of Kerala, addressed the seminar. She accused "
        "the ruling parties of exploiting caste."
    ),
}

# One article: people are coded by the role stated for them where they are first named.
ARTICLE = (
    "Green Party leader Ruth Ashby spoke in Bristol on Monday.\n"
    "Ms Ashby accused the government of wasting money on consultants.\n"
    "The home minister urged DGP Arun Mehra to reinstate the two constables.\n"
    "Six companies of the CRPF were deployed around Rajkot on Tuesday.\n"
    "The village court was once led by a judge named Hari Varma.\n"
    "Varma requested the governor to release the prisoners.\n"
    "CPM politburo member Anil Basu addressed a rally in Kolkata.\n"
    "Basu accused the state government of neglecting farmers.\n"
    "Former home secretary John Smith accused the government of neglecting the police.\n"
)


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(TEXTS)


@pytest.fixture(scope="module")
def article() -> Analysis:
    return analyze_text(ARTICLE, published="2005-02-01")


def _in_line(article: Analysis, line_start: str, plover: str | None = None) -> list[Event]:
    """The events (of that type) triggered in the article's line opening with `line_start`."""
    start = ARTICLE.index(line_start)
    end = ARTICLE.index("\n", start)
    found = [e for e in article.events if start <= e.trigger.start < end]
    return [e for e in found if plover is None or e.plover == plover]


def _one(events: dict[str, list[Event]], key: str, plover: str) -> Event:
    return one(events, TEXTS, key, plover)


def test_a_spokesman_takes_the_sector_of_the_party_he_speaks_for(events):
    event = _one(events, "party_spokesman", "REQUEST")
    assert event.actor1 is not None and event.actor1.code == "GBRPTY"


def test_party_leader_is_coded_by_the_party_not_as_an_elite(article):
    accuse = _in_line(article, "Ms Ashby accused", "ACCUSE")
    assert accuse and accuse[0].actor1.sector == "PTY"


def test_party_politburo_member_is_the_party(article):
    accuse = _in_line(article, "Basu accused", "ACCUSE")
    assert accuse and accuse[0].actor1.sector == "PTY"


def test_police_title_before_a_name_makes_the_person_police(article):
    asked = _in_line(article, "The home minister urged", "REQUEST")
    assert asked and asked[0].actor2 is not None and asked[0].actor2.sector == "COP"


def test_judge_named_earlier_in_the_article_is_judiciary(article):
    asked = _in_line(article, "Varma requested", "REQUEST")
    assert asked and asked[0].actor1.sector == "JUD"


def test_former_office_holder_is_an_elite(article):
    accuse = _in_line(article, "Former home secretary", "ACCUSE")
    assert accuse and accuse[0].actor1.sector == "ELI"


def test_companies_of_a_force_are_units_not_businesses(article):
    deployed = _in_line(article, "Six companies")
    assert deployed and all(e.actor1 is None or e.actor1.sector not in (None, "BUS") for e in deployed)
    assert any(e.actor1 is not None and e.actor1.sector in ("MIL", "COP") for e in deployed)


def test_non_government_bodies_and_union_federations_are_no_government_or_party(events):
    request = next(e for e in events["ngo"] if e.plover == "REQUEST")
    assert request.actor1 is not None and request.actor1.sector == "NGO"
    welcome = next(e for e in events["tuc"] if e.plover == "SUPPORT")
    assert welcome.actor1 is not None and welcome.actor1.sector == "LAB"


def test_a_country_word_in_a_body_name_beats_a_place_named_like_a_word(events):
    event = _one(events, "confederation", "REQUEST")
    assert event.actor1 is not None and event.actor1.code == "GBRBUS"


def test_a_national_force_keeps_its_country_in_an_article_about_another(events):
    event = _one(events, "indian_force", "COERCE")
    assert event.actor1 is not None and event.actor1.country == "IND"


def test_a_militant_commander_is_no_soldier_and_an_army_officer_is(events):
    event = _one(events, "militant", "REJECT")
    assert event.actor1 is not None and event.actor1.sector != "MIL"
    assert event.actor2 is None or event.actor2.sector in (None, "MIL")


def test_a_subject_pronoun_is_not_the_person_named_in_its_clause(events):
    event = _one(events, "cataphora", "REQUEST")
    assert event.actor1 is None or "Kapoor" not in (event.actor1.text or "")
    assert event.actor1 is None or event.actor1.sector != "GOV"


def test_a_country_named_only_as_a_topic_is_no_home_country(events):
    event = _one(events, "foreign_war", "REJECT")
    assert event.actor1 is not None and "government" in event.actor1.text
    assert event.actor1.country != "SYR"


def test_language_name_is_no_place_nor_home_country():
    a = analyze_text(
        "Tamil groups have accused the central government of imposing Hindi on the state. They said Hindi "
        "was now compulsory in every school, and Hindi signboards had appeared."
    )
    assert not any(p.text == "Hindi" for p in a.places)
    assert [e for e in a.events if e.plover == "ACCUSE"]
    assert all((actor.country or "") != "UKR" for e in a.events for actor in (e.actor1, e.actor2) if actor)


def test_a_body_meeting_on_its_own_is_no_consultation(events):
    assert not [e for e in events["sitting"] if e.plover == "CONSULT"]
    event = _one(events, "talks", "CONSULT")
    assert event.actor2 is not None and "Sharif" in event.actor2.text


def test_the_office_resigned_is_no_recipient(events):
    event = _one(events, "resigned_post", "RETREAT")
    assert event.actor2 is None or "secretary" not in event.actor2.text


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        (("army", "officer"), "MIL"),
        (("police", "spokesman"), "COP"),
        (("militant", "commander"), "REB"),
        (("spokesman",), None),
        (("brendan", "barber", "general", "secretary"), None),
        (("frank", "field", "backbencher"), "LEG"),
        (("brihanmumbai", "municipal", "corporation"), "GOV"),
        (("prince", "tewatia"), None),
    ],
)
def test_sector_of_words(words: tuple[str, ...], sector: str | None):
    found = _sector_of_words(words)
    assert (None if found == "-" else found) == sector


def test_national_bodies_in_the_group_table():
    assert known_group("Central Industrial Security Force") == ("IND", "COP")
    assert known_group("the Confederation of British Industry") == ("GBR", "BUS")
    assert known_group("CBI") is None  # India's bureau or the UK's confederation: not guessed


def test_a_shadow_minister_is_opposition_and_a_minister_government(events):
    sectors = {e.plover: e.actor1.sector for e in events["shadow_role"] if e.actor1}
    assert sectors.get("ACCUSE") == "OPP" and sectors.get("REJECT") == "GOV"


def test_an_associations_vice_president_holds_no_government_office(events):
    accuse = _one(events, "association", "ACCUSE")
    assert accuse.actor1 is not None and accuse.actor1.sector != "GOV"
