"""Precision rules of session 10 and their near misses, on invented sentences: a capitalised modifier
of a coordination ("the Gubernatorial and ... polls") taken for a target; a group's delegates coded as
legislators (the electorate's representatives stay LEG); the victim of a condemned act ("the ransacking
of X") and what an act with its own agent was done to taken for targets; an imperative after a colon
("their demand: arrest X") reported as done; one person chanting one slogan coded PROTEST; a driving
errand coded REQUEST; a split "CPI(M)" left out of its members' phrase; the object of a preposition
before a name read as its title; the owner of a detention; a president of an association coded GOV;
forces sent to an intergovernmental mission coded MOBILIZE; a town the tagger took for a person;
attacks "kept up" left unanchored, and their owner taken for their victim."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from event_sentences import analyse

from newsgraph.events.precision import _misread_place
from newsgraph.model import Event

SENTENCES = {
    # a modifier the parser made a coordination head; a tagged-less name beside "other" stays a target
    "shared_modifier": "Rebel councillors voiced concern about the Mayoral and Vice-Mayoral ballots.",
    "name_and_others": "The dockers' union criticised Kelvar and other private operators.",
    # delegates of a group are no legislators; the people's and elected representatives are
    "fan_delegates": "The transport secretary held talks with passengers' representatives on Thursday.",
    "union_delegates": "The harbour mayor met union representatives on Monday to discuss the pay offer.",
    "peoples_reps": "The chief minister met people's representatives from the flooded district.",
    "elected_reps": "The chief minister met elected representatives from the flooded district.",
    # the victim of a condemned harm; a condemned act with no victim keeps its doer
    "ransacking": "Opposition MPs deplored the ransacking of a district court by a mob on Tuesday.",
    "conduct": "Lawmakers condemned the conduct of the police during the march.",
    # what an act with its own agent was done to; the owner of a statement is the one judged
    "acted_on": "The opposition faulted the purchase of the Sundari ferry by a port trustee.",
    "statement_of": "The union criticised the statement of the Sundari temple trust.",
    # a bare verb after a colon bids the act; a headline with a subject reports it
    "imperative": "The villagers' plea was blunt: detain the smugglers.",
    "headline": "Police arrest five men after the clash in Ranchi.",
    # one person, one slogan, nothing protested: a chant; a slogan against someone, or a crowd's, is a protest
    "lone_chant": (
        "Councillor Meena Joshi shouted the slogan on the steps of the town hall once her nominee had"
        " won the by-election."
    ),
    "lone_protest": "A lone farmer shouted a slogan against the minister outside the assembly.",
    "crowd_chant": "Students shouted the slogan outside the assembly.",
    "group_chant": "A crowd of villagers shouted the slogan at the district gate.",
    # a driving errand; driving out militants, or turning to the courts, is asked of a party
    "drive_on": "At the checkpoint the magistrate told the driver to reverse.",
    "drive_out": "The governor told the army to drive out the militants.",
    "turn_to": "The minister asked the protesters to turn to the courts.",
    # a bracketed party name split by the tokenizer; a bracketed country after a firm stays apart
    "split_party": "Police said CPI(M) workers blocked the highway for two hours.",
    "firm_bracket": "The minister praised Tata (India) workers at the plant.",
    # a noun ending a prepositional phrase before a name is no title of it; a title is
    "pobj_before": (
        "Despite the strikes at universities Okafor has kept his post, the union said. The union urged"
        " Okafor to reopen the campuses."
    ),
    "title_before": "The union urged Education Minister Okafor to reopen the campuses.",
    # the owner of a detention suffers it; a by-agent or the carrying verb's agent did it
    "owned_detention": "The activist's detention was extended by the state government on Friday.",
    "police_detention": "The police's detention of the two students was extended by the magistrate.",
    # the president of an association holds no government office; of a republic he does
    "assoc_president": "The president of the tenants' association accused the council of neglect.",
    "state_president": "The president of the republic criticised the opposition.",
    # forces sent to a UN mission are protection given; troops sent to a border are a build-up
    "un_mission": "Uruguay dispatched 150 soldiers to the UN mission in Congo last week.",
    "border": "The army sent troops to the border town after the attack.",
    # attacks kept up are going on, by their owner, on their own target; an exhibition kept up is none
    "kept_up": "The insurgents kept up their attacks on army posts overnight.",
    "exhibition": "The museum kept up its exhibition of the 1971 riots.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


def _on(events: dict[str, list[Event]], key: str, word: str) -> Event | None:
    return next((e for e in events[key] if word in e.trigger.text), None)


def _target(events: dict[str, list[Event]], key: str, word: str) -> str:
    event = _on(events, key, word)
    assert event is not None, f"no event on {word!r} in {SENTENCES[key]!r}: {events[key]}"
    return event.actor2.text if event.actor2 is not None else ""


def test_a_capitalised_modifier_of_a_coordination_is_no_target(events):
    assert "Mayoral" not in _target(events, "shared_modifier", "concern")
    assert "Kelvar" in _target(events, "name_and_others", "criticised")


def test_a_groups_delegates_are_no_legislators(events):
    for key, word in (("fan_delegates", "talks"), ("union_delegates", "met")):
        event = _on(events, key, word)
        assert event is not None and event.actor2 is not None and event.actor2.sector != "LEG"
    assert _on(events, "union_delegates", "met").actor2.sector == "LAB"


def test_the_electorates_representatives_stay_legislators(events):
    for key in ("peoples_reps", "elected_reps"):
        event = _on(events, key, "met")
        assert event is not None and event.actor2 is not None and event.actor2.sector == "LEG"


def test_the_victim_of_a_condemned_harm_is_no_target(events):
    assert "court" not in _target(events, "ransacking", "deplored")
    assert "police" in _target(events, "conduct", "condemned")


def test_what_an_act_with_its_own_agent_was_done_to_is_no_target(events):
    assert "Sundari" not in _target(events, "acted_on", "faulted")
    assert "Sundari" in _target(events, "statement_of", "criticised")


def test_an_imperative_after_a_colon_is_not_reported_as_done(events):
    assert not any(e.plover == "COERCE" for e in events["imperative"])
    assert any(e.plover == "COERCE" for e in events["headline"])


def test_one_person_chanting_one_slogan_is_no_protest(events):
    assert not any(e.plover in ("PROTEST", "ACCUSE") for e in events["lone_chant"])
    assert any(e.plover == "PROTEST" for e in events["lone_protest"])
    assert any(e.plover == "PROTEST" for e in events["crowd_chant"])
    assert any(e.plover == "PROTEST" for e in events["group_chant"])


def test_a_driving_errand_is_no_request(events):
    assert not any(e.plover == "REQUEST" for e in events["drive_on"])
    assert any(e.plover == "REQUEST" for e in events["drive_out"])
    assert any(e.plover == "REQUEST" for e in events["turn_to"])


def test_members_of_a_split_bracketed_party_name_are_the_party(events):
    event = _on(events, "split_party", "blocked")
    assert event is not None and event.actor1 is not None
    assert "CPI(M)" in event.actor1.text and event.actor1.sector == "PTY"
    firm = _on(events, "firm_bracket", "praised")
    assert firm is not None and firm.actor2 is not None and firm.actor2.sector != "PTY"


def test_a_prepositional_object_before_a_name_is_no_title(events):
    event = _on(events, "pobj_before", "urged")
    assert event is not None and event.actor2 is not None and event.actor2.sector != "EDU"
    titled = _on(events, "title_before", "urged")
    assert titled is not None and titled.actor2 is not None and titled.actor2.sector == "GOV"


def test_the_owner_of_a_detention_suffers_it(events):
    event = _on(events, "owned_detention", "detention")
    assert event is not None and event.actor1 is not None and "government" in event.actor1.text
    assert event.actor2 is not None and "activist" in event.actor2.text
    held = _on(events, "police_detention", "detention")
    assert held is not None and held.actor1 is not None and held.actor1.sector == "COP"


def test_an_associations_president_holds_no_government_office(events):
    event = _on(events, "assoc_president", "accused")
    assert event is None or event.actor1 is None or event.actor1.sector != "GOV"
    state = _on(events, "state_president", "criticised")
    assert state is not None and state.actor1 is not None and state.actor1.sector == "GOV"


def test_forces_sent_to_a_un_mission_are_protection(events):
    event = _on(events, "un_mission", "dispatched")
    assert event is not None and event.plover == "AID" and event.cameo == "074"
    border = _on(events, "border", "sent")
    assert border is not None and border.plover == "MOBILIZE"


def _mention(start: int, source: str) -> SimpleNamespace:
    return SimpleNamespace(start=start, source=source)


def _ctx(places: list[tuple[int, int]]) -> SimpleNamespace:
    found = [SimpleNamespace(start=a, end=b, form="name") for a, b in places]
    return SimpleNamespace(analysis=SimpleNamespace(places=found))


def test_a_town_the_tagger_took_for_a_person_is_a_place():
    # every named mention read as a place by its name; a pronoun the coreference tied to it proves nothing
    town = SimpleNamespace(
        type="PERSON", roles=[], mentions=[_mention(10, "ner"), _mention(40, "pronoun"), _mention(70, "ner")]
    )
    assert _misread_place(_ctx([(10, 20), (70, 80)]), town)
    # a mention the places stage did not read, a role or a description make it a person
    assert not _misread_place(_ctx([(10, 20)]), town)
    titled = SimpleNamespace(type="PERSON", roles=["lobbyist"], mentions=[_mention(10, "ner")])
    assert not _misread_place(_ctx([(10, 20)]), titled)
    described = SimpleNamespace(
        type="PERSON", roles=[], mentions=[_mention(10, "ner"), _mention(30, "description")]
    )
    assert not _misread_place(_ctx([(10, 20)]), described)


def test_attacks_kept_up_are_reported_with_their_owner_as_attacker(events):
    event = _on(events, "kept_up", "attacks")
    assert event is not None and event.plover == "ASSAULT"
    assert event.actor1 is not None and "insurgents" in event.actor1.text
    assert event.actor2 is None or "insurgents" not in event.actor2.text
    assert not any(e.plover in ("ASSAULT", "PROTEST") for e in events["exhibition"])
