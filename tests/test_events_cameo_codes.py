"""Cue classes added for the CAMEO-code sentences (benchmarks/cameo_code_sentences.jsonl): plain
statement and action events of every CAMEO code, tested on invented sentences of our own."""

from __future__ import annotations

import pytest

from newsgraph.model import Event
from newsgraph.pipeline import analyze_text


def _event(text: str, words: str) -> Event:
    """The event whose trigger overlaps `words`; fails when no trigger does."""
    events = analyze_text(text, published="2024-05-02").events
    start = text.index(words)
    end = start + len(words)
    hit = next((e for e in events if e.trigger.start < end and start < e.trigger.end), None)
    assert hit is not None, f"no event triggered on {words!r} in {text!r}: {events}"
    return hit


CASES = [
    # statements: appeals, pressure, lobbying, readiness, warnings of harm
    (
        "The Arab League encouraged Libya's rival governments to hold joint elections.",
        "encouraged",
        "REQUEST",
        "Arab League",
    ),
    ("Ottawa pressed its NATO allies to raise their defence budgets.", "pressed", "REQUEST", "Ottawa"),
    (
        "Georgia's president lobbied for Western support for her country's bid to join the bloc.",
        "lobbied",
        "SUPPORT",
        "Georgia's president",
    ),
    (
        "Armenia's prime minister said Yerevan was prepared to make concessions on the border.",
        "prepared",
        "AGREE",
        "Armenia's prime minister",  # the speaker commits (session 17: as every blind labeller did)
    ),
    ("Turkey offered on Sunday to host talks between the two sides.", "offered", "AGREE", "Turkey"),
    (
        "Chad's ministers promised to reform the police after months of protests.",
        "promised",
        "AGREE",
        "Chad's ministers",
    ),
    (
        "Striking Kenyan lecturers promised to end their walkout once arrears are paid.",
        "promised",
        "AGREE",
        "lecturers",
    ),
    (
        "Serbia warned Montenegro that it would pay a high price for joining the sanctions.",
        "warned",
        "THREATEN",
        "Serbia",
    ),
    ("Egypt filed a case against Ethiopia at the International Court of Justice.", "case", "ACCUSE", "Egypt"),
    (
        "The defence minister warned that troops would open fire on smugglers at the border.",
        "warned",
        "THREATEN",
        "defence minister",
    ),
    ("Hungary blocked an EU resolution on Georgia on Tuesday.", "blocked", "REJECT", "Hungary"),
    # concessions and retreats
    (
        "Bolivia's president ended the state of emergency in La Paz on Monday.",
        "ended",
        "CONCEDE",
        "Bolivia's president",
    ),
    (
        "Uzbekistan's government restored internet services in Karakalpakstan.",
        "restored",
        "CONCEDE",
        "Uzbekistan's government",
    ),
    ("The cabinet bowed to union demands and scrapped the new labour code.", "bowed", "CONCEDE", "cabinet"),
    (
        "Oman's sultan granted women the right to vote in municipal elections.",
        "granted",
        "CONCEDE",
        "Oman's sultan",
    ),
    ("Mali allowed UN investigators into the town of Moura.", "allowed", "RETREAT", "Mali"),
    (
        "Somalia's government accepted the deployment of African Union peacekeepers.",
        "accepted",
        "RETREAT",
        "Somalia's government",
    ),
    # cooperation, mediation, aid
    ("Norway supplied the Kyiv government with anti-tank missiles.", "supplied", "AID", "Norway"),
    ("Qatar brokered a ceasefire between Hamas and Israel on Thursday.", "brokered", "CONSULT", "Qatar"),
    (
        "Diplomats from Ethiopia and Egypt held another round of talks on the dam in Cairo.",
        "talks",
        "CONSULT",
        "Diplomats",
    ),
    ("Kenya and Tanzania launched a joint venture to build a railway.", "venture", "COOPERATE", "Kenya"),
    ("Japan announced 40 million dollars in humanitarian aid for Sudan.", "aid", "AID", "Japan"),
    ("Peru and Chile signed a number of agreements on mining.", "signed", "SUPPORT", "Peru"),
    # sanctions and coercion
    (
        "The Asian Development Bank froze lending to Myanmar after the coup.",
        "froze",
        "SANCTION",
        "Asian Development Bank",
    ),
    ("Brussels extended its sanctions on Iranian drone makers.", "extended", "SANCTION", "Brussels"),
    ("Burundi withdrew from the International Criminal Court in 2017.", "withdrew", "SANCTION", "Burundi"),
    (
        "Niger ordered the French ambassador to leave the country within 48 hours.",
        "ordered",
        "SANCTION",
        "Niger",
    ),
    (
        "Riot police harassed opposition campaigners outside the polling stations.",
        "harassed",
        "COERCE",
        "Riot police",
    ),
    (
        "The media regulator revoked the licence of an independent radio station.",
        "revoked",
        "COERCE",
        "media regulator",
    ),
    (
        "The military government dissolved the main opposition party.",
        "dissolved",
        "COERCE",
        "military government",
    ),
    (
        "Mali's junta suspended the broadcasts of a French television channel.",
        "suspended",
        "COERCE",
        "Mali's junta",
    ),
    ("Soldiers in Chittagong were put on high alert before the vote.", "alert", "MOBILIZE", "Soldiers"),
    (
        "The main crossing was closed by Kazakh border guards on Friday.",
        "closed",
        "COERCE",
        "Kazakh border guards",
    ),
    ("The EU offered Moldova candidate status in June.", "offered", "AGREE", "EU"),
    # protest and violence
    ("The Communist Party called a nationwide strike for Thursday.", "strike", "PROTEST", "Communist Party"),
    (
        "Students staged acts of civil disobedience in Belgrade on Friday.",
        "civil disobedience",
        "PROTEST",
        "Students",
    ),
    ("Rioters torched a bank and two buses in Dakar.", "torched", "PROTEST", "Rioters"),
    ("Separatists set off a bomb near a bus station in Quetta.", "bomb", "ASSAULT", "Separatists"),
    ("Insurgents planted explosives along the road to Kandahar.", "planted", "ASSAULT", "Insurgents"),
    (
        "Soldiers traded gunfire with smugglers near the Libyan border.",
        "traded gunfire",
        "ASSAULT",
        "Soldiers",
    ),
    (
        "Armed militias committed atrocities against civilians in Darfur.",
        "atrocities",
        "ASSAULT",
        "Armed militias",
    ),
    ("Gunmen slaughtered 30 villagers in Benue state.", "slaughtered", "ASSAULT", "Gunmen"),
    (
        "Government helicopters dropped barrel bombs on Aleppo.",
        "dropped",
        "ASSAULT",
        "Government helicopters",
    ),
    (
        "The dictator used weapons of mass destruction against Kurdish villages.",
        "weapons of mass destruction",
        "ASSAULT",
        "dictator",
    ),
]


@pytest.mark.parametrize(("text", "words", "plover", "source"), CASES)
def test_cue_type_and_source(text: str, words: str, plover: str, source: str):
    event = _event(text, words)
    assert event is not None, text
    assert event.plover == plover, (event.trigger.text, event.plover, event.cameo)
    at = text.index(source)
    actor = event.actor1
    assert actor is not None and actor.start < at + len(source) and at < actor.end, actor


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal beat Chelsea 2-0 in the league on Saturday.",
        "The chef dropped the plates on the kitchen floor.",
        "Farmers planted maize after the first rains.",
        "The company cut funding for its research division.",
        "An opposition leader warned that police would crack down on the march.",
    ],
)
def test_non_events_stay_uncoded(text: str):
    coded = {"ASSAULT", "SANCTION", "THREATEN"}
    assert not [e for e in analyze_text(text).events if e.plover in coded]
