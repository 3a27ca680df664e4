"""Session 15 (invariance to meaning-preserving rewrites, benchmarks/events_invariance.py), on invented
sentences: the same act keeps its type and source when the sentence opens with an attribution ("According
to a statement released in the capital, X and Y agreed"), a participial phrase ("Speaking to reporters
in Nairobi, ...") or a date, when its named subject has an apposition ("Belarus, a close ally of Moscow,
massed troops"; "X, Y, offered to mediate ..., officials said"), and when "negotiating" is tagged a verb.
The parser's misreadings behind these are repaired in newsgraph/nlp.py (parse_repairs).
Near misses that must not change: hypothetical or denied acts behind a fronted "According to", passive
headlines after an apposed name, a fronted place with an apposition, a list of places before a second
verb, a sports team calling off talks."""

from __future__ import annotations

import pytest
from event_sentences import analyse, one

from newsgraph.nlp import load

SENTENCES = {
    "statement_agree": "According to a statement issued in the capital, Peru and Ecuador agreed to reopen "
    "their border crossings.",
    "statement_apposed": "According to a statement issued in the capital, Hungary's prime minister, Lajos "
    "Kertesz, criticised Brussels over its migration policy.",
    "speaking_signed": "Speaking to reporters in Nairobi, Kenya and Uganda signed a trade accord.",
    "apposed_massed": "Belarus, a close ally of Moscow, massed troops along the Polish border.",
    "apposed_called_on": "The Arab League, a bloc of 22 states, called on Israel to halt its raids in Gaza.",
    "apposed_offered_said": "Ecuador's foreign minister, Maria Lopez, offered to mediate between the two "
    "sides, officials said on Friday.",
    "apposed_offered_day": "Mali, a former French colony, offered on Sunday to host talks between the rival "
    "factions.",
    "dated_hurled": "On Thursday, students hurled stones at riot police outside the parliament.",
    "dated_negotiating_team": "On Tuesday, the Iranian negotiating team called off talks with Britain.",
}

NEAR_MISSES = {
    "statement_could_attack": "According to a statement released in the capital, Peru and Ecuador could "
    "attack the rebels.",
    "statement_considering": "According to a statement released in the capital, Peru and Ecuador are "
    "considering imposing sanctions on Chile.",
    "statement_denied": "According to a statement released in the capital, Peru and Ecuador denied "
    "attacking the rebels.",
    "statement_may_agree": "According to a statement released in the capital, Peru and Ecuador may agree "
    "to reopen talks next year.",
    "headline_detained_by": "Rebel spokesman, Ali Musa, detained by troops on Monday.",
    "headline_arrested_in": "Opposition leader, Pedro Ramos, arrested in Lima",
    "dated_english_team": "On Tuesday, the English team called off talks with its coach.",
}


@pytest.fixture(scope="module")
def events():
    return analyse(SENTENCES | NEAR_MISSES)


@pytest.mark.parametrize(
    ("key", "plover", "source"),
    [
        ("statement_agree", "AGREE", "Peru"),
        ("statement_apposed", "ACCUSE", "Lajos Kertesz"),
        ("speaking_signed", "SUPPORT", "Kenya"),
        ("apposed_massed", "MOBILIZE", "Belarus"),
        ("apposed_called_on", "REQUEST", "Arab League"),
        ("apposed_offered_said", "AGREE", "foreign minister"),
        ("apposed_offered_day", "AGREE", "Mali"),
        ("dated_hurled", "PROTEST", "students"),
        ("dated_negotiating_team", "SANCTION", "Iranian negotiating team"),
    ],
)
def test_rewritten_sentences_keep_type_and_source(events, key, plover, source):
    event = one(events, SENTENCES, key, plover)
    assert event.actor1 is not None and source in event.actor1.text


def test_fronted_statement_over_an_unreal_act_codes_nothing(events):
    for key, plover in [
        ("statement_could_attack", "ASSAULT"),
        ("statement_considering", "SANCTION"),
        ("statement_denied", "ASSAULT"),
        ("statement_may_agree", "AGREE"),
    ]:
        assert not [e for e in events[key] if e.plover == plover], NEAR_MISSES[key]


@pytest.mark.parametrize(
    ("key", "name"), [("headline_detained_by", "Ali Musa"), ("headline_arrested_in", "Ramos")]
)
def test_passive_headline_after_an_apposed_name_keeps_it_the_target(events, key, name):
    arrest = one(events, NEAR_MISSES, key, "COERCE")
    assert arrest.actor1 is None or name not in arrest.actor1.text
    assert arrest.actor2 is not None


def test_a_sports_team_calling_off_talks_is_no_sanction(events):
    assert not [e for e in events["dated_english_team"] if e.plover == "SANCTION"]


def _deps(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep_, t.head.text) for t in load()(text)}


def test_parse_repairs_give_the_verb_its_subject():
    assert _deps("According to a statement issued in the capital, Peru and Ecuador agreed to talks.")[
        "Peru"
    ] == ("nsubj", "agreed")
    deps = _deps("Belarus, a close ally of Moscow, massed troops along the Polish border.")
    assert deps["Belarus"] == ("nsubj", "massed") and deps["troops"] == ("dobj", "massed")
    assert _deps("Speaking in Nairobi, Kenya and Uganda signed a trade accord.")["Speaking"][0] == "advcl"


def test_parse_repairs_leave_right_parses_alone():
    deps = _deps("In the capital, Kabul, protesters marched on Monday.")
    assert deps["protesters"] == ("nsubj", "marched")
    listed = _deps("Rebels attacked Kunduz, Takhar and Baghlan, killed 20 soldiers.")
    assert listed["Takhar"][0] != "nsubj"
    assert (
        _deps("Kenya's opposition leader, Raila Odinga, arrested by police on Monday.")["arrested"][0]
        != "ROOT"
    )
