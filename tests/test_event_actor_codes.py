"""Actor codes of events (issue 5, precision): a title-holder takes the sector of the body they speak
for or lead, a legislator is no government, well-known national bodies keep their own country, a
country named only as a topic is no home country, and a subject pronoun is not read as a person
named inside its own clause. Also two precision guards: a body's own sitting is no consultation, and
the office someone resigns is no recipient."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

from newsgraph.events.roles import _sector_of_words, known_group
from newsgraph.model import Event

TEXTS = {
    "party_spokesman": "A spokesman for UKIP called on Mr Hockney to quit the London Assembly.",
    "confederation": "The Confederation of British Industry called for a pause in the minimum wage rise.",
    "indian_force": (
        "Pakistani nationals were questioned at the airport. The CISF arrested two men at the airport "
        "in Mumbai on Monday."
    ),
    "militant": "Militant commander Abu Dujana rejected a call for surrender from an Army officer.",
    "cataphora": (
        "Congress leader Mallikarjun Kharge spoke in Parliament in New Delhi. He also demanded that Prime "
        "Minister Narendra Modi should come to the House."
    ),
    "sitting": "Ministers gathered in Delhi, where the state cabinet meeting was held on Monday.",
    "talks": "Modi held a meeting with Sharif in Delhi on Monday.",
    "resigned_post": "Before he resigned the position of home secretary, David Blunkett ran the police.",
    "foreign_war": (
        "MPs debated the war in Iraq on Monday. Iraq was discussed for hours. The government refused to "
        "publish the advice on the legality of the war."
    ),
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(TEXTS)


def _one(events: dict[str, list[Event]], key: str, plover: str) -> Event:
    return one(events, TEXTS, key, plover)


def test_a_spokesman_takes_the_sector_of_the_party_he_speaks_for(events):
    event = _one(events, "party_spokesman", "REQUEST")
    assert event.actor1 is not None and event.actor1.code == "GBRPTY"


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
    assert event.actor1 is None or "Modi" not in (event.actor1.text or "")
    assert event.actor1 is None or event.actor1.sector != "GOV"


def test_a_country_named_only_as_a_topic_is_no_home_country(events):
    event = _one(events, "foreign_war", "REJECT")
    assert event.actor1 is not None and "government" in event.actor1.text
    assert event.actor1.country != "IRQ"


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
