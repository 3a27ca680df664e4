"""Session 15 (event-coding leftovers), on invented sentences: "would not hesitate to strike" and
"vowed to respond with force" threaten force (CAMEO 138); "have insisted that Y appear" requests like
"insisted that"; an owned nominal that is news of its sentence ("Managua's refusal to extradite",
"Moscow's warning of retaliation", "the release of prisoners by Israel") is coded by its owner;
"Iranian and Saudi envoys met" consults although the tagger may read "envoys" as a verb.
Near misses that must not change: "would not hesitate to help" or "to praise", a dated or undated
nominal without an owner, a suspect surrendering to police, a sports fixture called off."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

from newsgraph.model import Event

SENTENCES = {
    "hesitate_strike": (
        "The army said it would not hesitate to strike rebel positions if the attacks continued."
    ),
    "hesitate_force": "The Chinese defence ministry warned it would not hesitate to use force.",
    "respond_force": "Seoul vowed to respond with force to any further provocation by Pyongyang.",
    "threatened_force": "Beijing threatened to use force against the island.",
    "have_insisted": "Prosecutors have insisted that the former president appear before the court.",
    "insisted": "Prosecutors insisted that the former president appear before the court.",
    "refusal_subject": "Managua's refusal to extradite the men angered Washington.",
    "warning_subject": "Moscow's warning of retaliation unsettled the markets.",
    "release_by": "The release of 40 prisoners by Israel was welcomed by the Palestinian Authority.",
    "release_owned": "Israel's release of the hostages was welcomed by Cairo.",
    "threat_on_march_date": "Hamas repeated its threat to move its fighters into the city on March 15.",
    "ultimatum_of_protest": "Hamas issued an ultimatum to Cairo, failing which its supporters will march.",
    "envoys_met": "Iranian and Saudi envoys met in Baghdad on Tuesday.",
    "maoists_surrender": "Forty Maoists surrendered to police in Chhattisgarh on Tuesday.",
}

NEAR_MISSES = {
    "hesitate_help": "The minister said the government would not hesitate to help the flood victims.",
    "hesitate_praise": "The coach did not hesitate to praise his players after the match.",
    "hesitate_sell": "The investor said he would not hesitate to sell the shares if prices fell.",
    "hesitated_strike": "The army hesitated to strike the rebel positions.",
    "respond_speed": "The fire brigade vowed to respond with speed to any future call.",
    "dated_refusal": "The 2002 refusal to extradite the men still angers many families.",
    "dated_warning": "Moscow's 2008 warning of retaliation is still remembered.",
    "sales_warning": "Apple's warning of weaker sales unsettled the markets.",
    "attack_warning": "Washington's warning of terror attacks unsettled the markets.",
    "plural_indicative": "Officials have insisted that the rebels remain in control of the town.",
    "unowned_release": "The release of the album was welcomed by fans.",
    "film_release": "The release of the film by Disney was welcomed by critics.",
    "suspect_surrender": "The suspect surrendered to police on Tuesday.",
    "gunman_surrender": "The gunman surrendered to police after a four-hour standoff.",
    "friendly_off": "England called off the friendly against Spain.",
    "match_off": "Brazil called off Sunday's match against Argentina because of the storm.",
    "fans_met": "Italian and Spanish fans met in the square before the match.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES | NEAR_MISSES)


@pytest.mark.parametrize(
    ("key", "plover", "cameo", "source", "target"),
    [
        ("hesitate_strike", "THREATEN", "138", "army", None),
        ("hesitate_force", "THREATEN", "138", "defence ministry", None),
        ("respond_force", "THREATEN", "138", "Seoul", None),
        ("have_insisted", "REQUEST", None, "Prosecutors", None),
        ("insisted", "REQUEST", None, "Prosecutors", None),
        ("refusal_subject", "REJECT", None, "Managua", None),
        ("warning_subject", "THREATEN", "138", "Moscow", None),
        ("release_by", "RETREAT", "0841", "Israel", "prisoners"),
        ("release_owned", "RETREAT", "0841", "Israel", "hostages"),
        ("threatened_force", "THREATEN", "138", "Beijing", None),
        ("envoys_met", "CONSULT", None, "envoys", None),
        ("maoists_surrender", "RETREAT", "0874", "Maoists", None),
    ],
)
def test_coded(events, key, plover, cameo, source, target):
    event = one(events, SENTENCES, key, plover)
    if cameo is not None:
        assert event.cameo == cameo
    assert event.actor1 is not None and source in event.actor1.text
    if target is not None:
        assert event.actor2 is not None and target in event.actor2.text


NOT_CODED = {
    "hesitate_help": "THREATEN",
    "hesitate_praise": "THREATEN",
    "hesitate_sell": "THREATEN",
    "hesitated_strike": "ASSAULT",
    "dated_warning": "THREATEN",
    "sales_warning": "THREATEN",
    "attack_warning": "THREATEN",
    "plural_indicative": "REQUEST",
    "respond_speed": "THREATEN",
    "dated_refusal": "REJECT",
    "unowned_release": "RETREAT",
    "film_release": "RETREAT",
    "suspect_surrender": "RETREAT",
    "gunman_surrender": "RETREAT",
    "friendly_off": "CONCEDE",
    "match_off": "CONCEDE",
    "fans_met": "CONSULT",
}


@pytest.mark.parametrize("key", sorted(NOT_CODED))
def test_near_misses(events, key):
    wrong = [e for e in events[key] if e.plover == NOT_CODED[key]]
    assert not wrong, f"{NEAR_MISSES[key]!r}: {wrong}"


def test_a_threat_noun_keeps_its_own_code(events):
    """A date's month is no protest march; an ultimatum stays an ultimatum whatever it threatens."""
    assert one(events, SENTENCES, "threat_on_march_date", "THREATEN").cameo != "133"
    assert one(events, SENTENCES, "ultimatum_of_protest", "THREATEN").cameo == "139"
