"""Police killings (issue 5, IndiaPoliceEvents KILL: "Did police kill someone?"), one table of invented
passages in tests/data/police_kills.jsonl: the ways news tells that police or troops killed people
(firing, beatings, custody deaths, encounters, a death a few sentences after a police act, units, "they"
and tolls), and the near misses that must stay without a police killing (mob killings, police as
victims, injuries, warning shots, other stated causes, other scenes).

A case is one JSON object a line: `group` (the session's table it came from), `kill` (the sentence
must, or must not, report a police killing), `lower` (the lower-cased passage is tested too: Indian
archives often lose capitalisation), `note` (the rule it shows), `context` (the article's earlier
sentences, "" for none), `sentence` (the sentence judged; with no context, the whole passage),
`sep` (what stands between them, " " unless given) and `killers` (words the killers' text must start
with). The named tests on the roles in these killings are in test_events_police_kill_roles.py.
Sentences are our own, written for these tests."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from event_sentences import police_kills

DATA = Path(__file__).parent / "data" / "police_kills.jsonl"
CASES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def _passage(case: dict) -> tuple[str, str]:
    """The article text and the judged sentence in it (all of it when there is no context)."""
    sentence = case["sentence"]
    text = f"{case['context']}{case.get('sep', ' ')}{sentence}" if case["context"] else sentence
    return text, sentence


def _params(kill: bool) -> list:
    """One parameter a case and casing, with an id that names the group and the case's place in it."""
    seen: Counter[str] = Counter()
    params = []
    for case in CASES:
        seen[case["group"]] += 1
        if case["kill"] != kill:
            continue
        name = f"{case['group']}-{seen[case['group']]}"
        params.append(pytest.param(case, False, id=name))
        if case["lower"]:
            params.append(pytest.param(case, True, id=f"{name}-lower"))
    return params


def _judged(case: dict, lower: bool) -> tuple[str, str]:
    text, sentence = _passage(case)
    return (text.lower(), sentence.lower()) if lower else (text, sentence)


@pytest.mark.parametrize(("case", "lower"), _params(kill=True))
def test_police_killing(case: dict, lower: bool) -> None:
    text, sentence = _judged(case, lower)
    kills = police_kills(text, sentence)
    assert kills, sentence
    if "killers" in case:  # the shooter named only in an earlier sentence is the one taken
        assert all(k.actor1.text.lower().startswith(tuple(case["killers"])) for k in kills), kills


@pytest.mark.parametrize(("case", "lower"), _params(kill=False))
def test_no_police_killing(case: dict, lower: bool) -> None:
    text, sentence = _judged(case, lower)
    assert not police_kills(text, sentence), sentence
