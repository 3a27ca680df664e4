"""Event actors (who did what to whom) and their CAMEO codes, on small made-up sentences: untitled
leaders, armed groups, agent nouns, recipients inside objects, of "calling on X" and of object pronouns,
reciprocal and passive actors, and what is no recipient (what is sent, seized, pledged or fired, the
medium of an appeal, a place, a treaty named after one, the speaker's own side)."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

from newsgraph.events.roles import known_group, leader
from newsgraph.model import Event
from newsgraph.pipeline import analyze_text

SENTENCES = {
    "leader": "Putin rejected the proposal.",
    "police": "Police officers arrested dozens of students in Dhaka.",
    "nested": "The United States suspended military aid to Pakistan.",
    "sanctions": "The European Union imposed sanctions on Russia.",
    "reciprocal": "India and China signed a trade agreement on Monday.",
    "group": "Hezbollah fired rockets at Israel.",
    "state_group": "Islamic State fighters attacked the town.",
    "pronoun": "The army said it had killed 20 militants in the valley.",
    "passive": "The convoy was attacked by Taliban fighters.",
    "deployed": "Troops were deployed to Mali.",
    "sent": "Belgium sent 150 soldiers to Chad.",
    "aid": "The United States provided $2 million in assistance to Fiji.",
    "demand": "The Palestinians demanded that Israel withdraw from the West Bank.",
    "rockets": "Hamas fighters fired rockets into southern Israel.",
    "fire_purpose": "Police opened fire to scatter an angry mob outside the Nadiad market.",
    "fire_in_air": "Police opened fire in the air in Bhavnagar.",
    "shadow": "The shadow chancellor criticised the Treasury.",
    "foreign_fighter": "Indian troops shot dead LeT commander Abu Talha of Pakistan in Shopian on Monday.",
    "verbal_attack": "Finance Minister Arun Jaitley attacked opposition leader Rahul Gandhi in parliament.",
    "owned_arrest": "Rafiq Lone's house arrest was extended on Monday by the Punjab government.",
    "work": "Protesters rallied against the movie Padmavati in Mumbai.",
    "court_arrest": "VHP workers courted arrest in Ayodhya on Monday.",
    "calling_on": (
        "Amnesty International released a statement calling on the Chilean government to free the activists."
    ),
    "object_pronoun": (
        "French President Emmanuel Macron phoned Chancellor Olaf Scholz on Friday and urged him to step in."
    ),
    "own_side": "Prime Minister Justin Trudeau pledged his country's help to the Haitian people.",
    "treaty": "The United States refused to sign the Kyoto treaty.",
    "recovered": "Police arrested a trader and recovered nine rifles with 30 cartridges from his shop.",
    "seized_from": "Police seized weapons from Maoists in Dantewada.",
    "nabbed": "A police squad nabbed the two suspects from Malad on Sunday acting on a tip-off.",
    "pledged": "The Labour leader pledged shorter waiting lists and safer streets.",
    "television": "The prime minister made an appeal on national television asking people to keep the peace.",
    "same_words": (
        'Strongly critical of the police firing on the marchers, she said, "the police forget every '
        'limit whenever a crowd gathers."'
    ),
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


def _one(events: dict[str, list[Event]], key: str, plover: str) -> Event:
    return one(events, SENTENCES, key, plover)


def test_untitled_leader_is_coded_as_his_government(events):
    event = _one(events, "leader", "REJECT")
    assert event.actor1 is not None and event.actor1.text == "Putin"
    assert event.actor1.code == "RUSGOV"


def test_agent_nouns_are_coded_by_sector(events):
    event = _one(events, "police", "COERCE")
    assert event.actor1 is not None and event.actor1.sector == "COP"
    assert event.actor2 is not None and "students" in event.actor2.text and event.actor2.sector == "EDU"


def test_recipient_inside_a_non_actor_object(events):
    event = _one(events, "nested", "SANCTION")
    assert event.actor1 is not None and event.actor1.country == "USA"
    assert event.actor2 is not None and event.actor2.text == "Pakistan" and event.actor2.code == "PAK"


def test_recipient_of_a_nominal_trigger_on_its_light_verb(events):
    event = _one(events, "sanctions", "SANCTION")
    assert event.actor1 is not None and event.actor1.code == "IGO"
    assert event.actor2 is not None and event.actor2.text == "Russia"


def test_coordinated_subjects_are_each_others_counterpart(events):
    event = events["reciprocal"][0]
    assert {event.actor1.text, event.actor2.text} == {"India", "China"}


def test_armed_groups_get_their_country_and_rebel_code(events):
    event = _one(events, "group", "ASSAULT")
    assert event.actor1 is not None and event.actor1.code == "LBNREB"
    assert event.actor2 is not None and event.actor2.text == "Israel"


def test_islamic_state_is_no_government(events):
    event = _one(events, "state_group", "ASSAULT")
    assert event.actor1 is not None and event.actor1.sector == "REB"
    assert event.actor1.code == "REB"  # transnational: no country borrowed from the article


def test_pronoun_agent_points_at_the_named_mention(events):
    event = _one(events, "pronoun", "ASSAULT")
    assert event.actor1 is not None and event.actor1.text == "army" and event.actor1.sector == "MIL"
    assert event.actor2 is not None and "militants" in event.actor2.text


def test_passive_agent_from_by_phrase(events):
    event = _one(events, "passive", "ASSAULT")
    assert event.actor1 is not None and "Taliban" in event.actor1.text and event.actor1.sector == "REB"


def test_forces_deployed_without_agent_act_themselves(events):
    event = _one(events, "deployed", "MOBILIZE")
    assert event.actor1 is not None and event.actor1.sector == "MIL"
    assert event.actor2 is not None and event.actor2.text == "Mali"


def test_what_is_sent_is_no_recipient(events):
    event = _one(events, "sent", "MOBILIZE")
    assert event.actor1 is not None and event.actor1.code == "BEL"
    assert event.actor2 is not None and event.actor2.text == "Chad"
    aid = _one(events, "aid", "AID")
    assert aid.actor2 is not None and aid.actor2.text == "Fiji"  # not the money


def test_demand_recipient_is_who_must_act(events):
    event = _one(events, "demand", "REQUEST")
    assert event.actor1 is not None and "Palestinians" in event.actor1.text
    assert event.actor2 is not None and event.actor2.text == "Israel"


def test_recipient_of_calling_on(events):
    event = _one(events, "calling_on", "REQUEST")
    assert event.actor2 is not None and "Chilean government" in event.actor2.text


def test_object_pronoun_is_not_the_subject(events):
    event = _one(events, "object_pronoun", "REQUEST")
    assert "Macron" in event.actor1.text
    assert event.actor2 is not None and "Scholz" in event.actor2.text


def test_own_side_is_not_the_recipient(events):
    event = _one(events, "own_side", "AGREE")
    assert event.actor2 is not None and "Haitian" in event.actor2.text


def test_target_words_are_not_also_the_source(events):
    accusations = [e for e in events["same_words"] if e.plover == "ACCUSE"]
    assert accusations and all(not e.actor1 or e.actor1.text.lower() != "police" for e in accusations)


def test_attack_target_named_by_direction(events):
    event = _one(events, "rockets", "ASSAULT")
    assert event.actor1 is not None and event.actor1.code == "PSEREB"
    assert event.actor2 is not None and event.actor2.country == "ISR"


def test_what_is_seized_is_no_recipient(events):
    seizures = [e for e in events["recovered"] if e.plover == "COERCE"]
    assert seizures
    assert all(e.actor2 is None or "cartridges" not in e.actor2.text for e in seizures)


def test_whom_things_are_seized_from_stays_the_recipient(events):
    seizures = [e for e in events["seized_from"] if e.plover == "COERCE"]
    assert seizures and seizures[0].actor2 is not None and "Maoists" in seizures[0].actor2.text


def test_the_place_people_are_taken_from_is_no_recipient(events):
    arrests = [e for e in events["nabbed"] if e.plover == "COERCE"]
    assert arrests and all(e.actor2 is None or "Malad" not in e.actor2.text for e in arrests)


def test_what_is_pledged_is_no_recipient(events):
    pledges = [e for e in events["pledged"] if e.plover == "AGREE"]
    assert pledges and all(e.actor2 is None for e in pledges)


def test_the_medium_of_an_appeal_is_no_recipient(events):
    appeals = [e for e in events["television"] if e.plover == "REQUEST"]
    assert appeals and all(e.actor2 is None or "television" not in e.actor2.text for e in appeals)


def test_a_treaty_named_after_a_place_is_no_recipient(events):
    refusals = [e for e in events["treaty"] if e.plover == "REJECT"]
    assert refusals and refusals[0].actor1 is not None and refusals[0].actor1.country == "USA"
    assert events["treaty"] and all(e.actor2 is None or e.actor2.country != "JPN" for e in events["treaty"])


def test_lexicon_lookups():
    assert leader("Mr. Erdoğan") == ("TUR", "GOV")
    assert leader("President Bush") == ("USA", "GOV")
    assert leader("John Smith") is None
    assert leader("Kate Bush") is None  # a surname alone is matched only after a title
    assert known_group("the FARC") == ("COL", "REB")
    assert known_group("Daily Mail") is None


def test_no_home_country_for_a_firm_or_a_person_near_another_country():
    text = (
        "MUMBAI: India's trade minister opened a port terminal in Mumbai on Friday. "
        "The airline apologised to the minister for the late departure of the flight. "
        "Farah Aziz praised the minister and said Pakistan should copy the scheme."
    )
    events = analyze_text(text, published="2021-03-02").events
    airline = next(e for e in events if e.trigger.text == "apologised")
    assert airline.actor1 is not None and airline.actor1.country is None
    praise = next(e for e in events if e.trigger.text == "praised")
    assert praise.actor1 is not None and praise.actor1.country != "IND"


def test_a_town_is_no_protest_target():
    text = "Union members staged a protest in Cardiff against the job cuts."
    events = [e for e in analyze_text(text, published="2021-03-02").events if e.plover == "PROTEST"]
    assert events and all(e.actor2 is None or e.actor2.text != "Cardiff" for e in events)


def test_the_fire_opened_is_no_recipient(events):
    event = _one(events, "fire_purpose", "ASSAULT")
    assert event.actor2 is not None and "mob" in event.actor2.text
    event = _one(events, "fire_in_air", "ASSAULT")
    assert event.actor2 is None or "fire" not in event.actor2.text


def test_shadow_office_is_opposition(events):
    event = _one(events, "shadow", "ACCUSE")
    assert event.actor1 is not None and event.actor1.sector == "OPP"


def test_foreign_fighter_keeps_no_home_country(events):
    event = _one(events, "foreign_fighter", "ASSAULT")
    assert event.actor1 is not None and event.actor1.country == "IND"
    assert event.actor2 is not None and "Talha" in event.actor2.text and event.actor2.country != "IND"


def test_politician_attacking_politician_is_criticism(events):
    assert not [e for e in events["verbal_attack"] if e.plover == "ASSAULT"]
    event = _one(events, "verbal_attack", "ACCUSE")
    assert event.actor2 is not None and "Gandhi" in event.actor2.text


def test_possessor_of_an_arrest_is_the_detainee(events):
    event = _one(events, "owned_arrest", "COERCE")
    assert event.actor1 is not None and "government" in event.actor1.text
    assert event.actor2 is not None and "Lone" in event.actor2.text


def test_a_film_is_no_recipient(events):
    event = _one(events, "work", "PROTEST")
    assert event.actor2 is None or "Padmavati" not in event.actor2.text


def test_courting_arrest_is_a_protest(events):
    assert not [e for e in events["court_arrest"] if e.plover == "COERCE"]
    event = _one(events, "court_arrest", "PROTEST")
    assert event.actor1 is not None and "VHP" in event.actor1.text
