"""Source (actor1) and target (actor2) choices for wire-style political sentences: parties "between"
whom talks or mediation are, the party inside a thing demanded or rejected, whoever presses an act
that yields or resists, the subject of a request's clause, the object drawn into a fight, shared
subjects of passive conjuncts, misparsed main verbs and bracketed initials, and what stays no
target (a place an act only happens in, a public "state" modifier). Invented sentences; the event
is found by its trigger word, since its type is another stage's business."""

from __future__ import annotations

import pytest
from event_sentences import PUBLISHED

from newsgraph.model import Event
from newsgraph.pipeline import analyze_text

CASES = [
    # "talks between A and B": the first party acts on the second
    (
        "Talks between Armenia and Azerbaijan were held in Geneva on Tuesday.",
        "Talks",
        "Armenia",
        "Azerbaijan",
    ),
    # a mediator's recipients are the parties it mediates between
    ("Egypt mediated talks between Israel and Hamas on Monday.", "mediated", "Egypt", "Israel"),
    (
        "Oman launched a mediation effort to end the feud between Iran and Kuwait.",
        "mediation",
        "Oman",
        "Iran",
    ),
    # the pronoun for the agent itself is no counterpart
    ("Armenia eased the border controls between it and Azerbaijan.", "eased", "Armenia", "Azerbaijan"),
    # the party inside the thing demanded
    (
        "Thousands of protesters marched in the capital to demand the resignation of Prime Minister Vos.",
        "demand",
        "protesters",
        "Vos",
    ),
    (
        "North Korea threatened to strike South Korean military bases.",
        "threatened",
        "North Korea",
        "South Korean",
    ),
    ("The mayor defied a court order to reopen the markets.", "defied", "mayor", "court"),
    # whoever presses an act it resists or yields to
    (
        "The minister declined to resign despite the opposition party's repeated request.",
        "declined",
        "minister",
        "opposition",
    ),
    ("The prime minister resigned under pressure from the army.", "resigned", "minister", "army"),
    # the subject of the clause a request noun states is asked
    ("Armenia reiterated its demand that Azerbaijan withdraw its troops.", "demand", "Armenia", "Azerbaijan"),
    # the object a verb draws into a fight
    ("Syrian rebels engaged Turkish troops in a firefight near the border.", "firefight", "rebels", "troops"),
    # a passive conjunct is done to its head verb's subject
    ("Protesters gathered in the square and were dispersed by police.", "dispersed", "police", "Protesters"),
    # a finite verb the parser hung as "dep" on a participle shares its subject
    (
        "Gunmen tied to the Moldovan government launched armed attacks on Estonian convoys.",
        "attacks",
        "Gunmen",
        "Estonian",
    ),
    # bracketed initials are no subject; a message's addressee is threatened
    (
        "The governor wrote to the chief of the International Labour Organization (ILO) threatening to "
        "withhold the state's dues.",
        "threatening",
        "governor",
        "International Labour Organization",
    ),
    # a demonym on a thing names whose it is, so it beats the co-subject partner
    ("Chile and Peru agreed to scrap duties on Brazilian goods.", "agreed", "Chile", "Brazilian"),
    # a clash "with" someone is with an opponent, not a companion
    (
        "Protesters angry over fuel prices clashed with police in Lagos on Monday.",
        "clashed",
        "Protesters",
        "police",
    ),
    # whom an act is laid on did it
    ("Afghanistan blamed the bombing on Pakistan-based militants.", "blamed", "Afghanistan", "militants"),
    (
        "Four policemen were killed in an attack blamed on al-Shabaab militants.",
        "killed",
        "al-Shabaab",
        "policemen",
    ),
    # the reciprocal pronoun stands for the co-subject
    ("Greece and Turkey accused each other of violating airspace.", "accused", "Greece", "Turkey"),
    # whom a thing is seized from, not the place seized
    (
        "Government troops seized the village of Orlova from Hezbollah fighters.",
        "seized",
        "troops",
        "Hezbollah",
    ),
    # a state reports what was done to itself
    (
        "Ukraine said it had been attacked by Russian drones overnight.",
        "attacked",
        "Russian drones",
        "Ukraine",
    ),
    # what an attack named as the subject hit
    ("Saudi-led coalition air strikes killed 12 civilians in Hodeidah.", "strikes", "coalition", "civilians"),
    # a group's targets are the group hit, not their place
    ("Turkish jets bombed PKK targets in northern Iraq overnight.", "bombed", "Turkish jets", "PKK"),
    # the state a person is arrested in holds them
    (
        "The blogger Sami Haddad was arrested on Friday in Jordan for sedition.",
        "arrested",
        "Jordan",
        "blogger",
    ),
    # coordinated subjects of a mutual verb act on each other
    ("Azerbaijan and Armenia traded accusations over the shelling.", "traded", "Azerbaijan", "Armenia"),
    # "he" after "X's office said" is X
    (
        "The prime minister's office said he had spoken by phone with President Macron.",
        "spoken",
        "prime minister",
        "Macron",
    ),
    # a bare count detained stands for people
    ("Police detained 40 after the clashes in Nairobi.", "detained", "Police", "40"),
    # the doer of a judged act, not whom it was done to
    (
        "The Security Council condemned Eritrea's eviction of four aid workers.",
        "condemned",
        "Council",
        "Eritrea",
    ),
    (
        "Amnesty International criticised the government's treatment of refugees.",
        "criticised",
        "Amnesty",
        "government",
    ),
    # the parties of a fight "between" a group of some and others
    (
        "A shepherd was killed amid an exchange of fire between a band of insurgents and security forces.",
        "exchange",
        "insurgents",
        "security forces",
    ),
    # the subject of the clause a complement governs ("help X build")
    ("Japan has agreed to help the Philippines build patrol boats.", "agreed", "Japan", "Philippines"),
    # who withdraws owns the withdrawal
    (
        "Turkish troops completed their pullout from northern Iraq on Friday.",
        "pullout",
        "Turkish troops",
        "Iraq",
    ),
    # the owner of a criticised act, not its victim
    ("Washington criticised Hanoi's detention of a prominent blogger.", "criticised", "Washington", "Hanoi"),
]

NO_TARGET = [
    # a place the thing is only in is no party
    ("Rioters torched cars in the suburbs of Paris.", "torched"),
    # "state" as a modifier only says public
    ("Farmers' unions demanded state assistance after the storms.", "demanded"),
    # whom a thing is done for is not the party asked
    ("Protest leaders demanded the freeing of 17 weavers on Friday.", "demanded"),
    # a topic is no party
    ("The opposition demanded a fresh inquiry into the Swedish arms deal.", "demanded"),
    # a town a protest takes place in
    ("Thousands of pensioners took to the streets of Yerevan against the pension reform.", "took"),
]


def _event(text: str, trigger: str) -> Event:
    events = analyze_text(text, published=PUBLISHED).events
    found = [e for e in events if trigger in e.trigger.text]
    assert found, f"no event on {trigger!r} in {text!r}: {events}"
    return found[0]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), CASES)
def test_source_and_target(text: str, trigger: str, source: str, target: str) -> None:
    e = _event(text, trigger)
    assert e.actor1 is not None and source in e.actor1.text, (text, e.actor1)
    assert e.actor2 is not None and target in e.actor2.text, (text, e.actor2)


@pytest.mark.parametrize(("text", "trigger"), NO_TARGET)
def test_no_target(text: str, trigger: str) -> None:
    assert _event(text, trigger).actor2 is None
