"""Data the events stage reads: CAMEO codes (root, quad class, Goldstein, PLOVER type/mode), the
trigger lexicon, actor sector words and the word lists of events_words.json. All live under
newsgraph/data/ with their sources stated; loaded once per process."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

# sectors of the state and of organised politics: offices, forces, courts, legislatures, parties
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "OPP", "PTY", "LEG", "JUD"})


def data_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("newsgraph").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True)
class Code:
    code: str
    root: str
    quad_class: int
    goldstein: float
    plover: str
    mode: str | None
    name: str


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]  # lemmas
    pos: str  # V, N or A
    code: Code
    plover: str
    mode: str | None
    targets: tuple[str, ...]  # prepositions introducing the recipient
    of_role: str | None  # "agent" / "patient": what "<trigger> of X" is
    require: str
    conf: float


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, Code]:
    return {
        r["code"]: Code(
            r["code"],
            r["root"],
            int(r["quad_class"]),
            float(r["goldstein"]),
            r["plover"],
            r["mode"] or None,
            r["name"],
        )
        for r in data_rows("cameo_codes.tsv")
    }


@lru_cache(maxsize=1)
def plover_types() -> dict[str, dict]:
    text = resources.files("newsgraph").joinpath("data", "plover_types.json").read_text(encoding="utf-8")
    return json.loads(text)["types"]


@lru_cache(maxsize=1)
def triggers() -> dict[str, list[Trigger]]:
    """Trigger entries indexed by their first lemma; longer phrases first (curated before broad
    entries of the same length: the sort is stable)."""
    codes = cameo_codes()
    index: dict[str, list[Trigger]] = {}
    curated = data_rows("events_triggers.tsv")
    listed = {(r["phrase"], r["pos"], r["cameo"], r["require"]) for r in curated}
    # the broad CAMEO lexicon adds words the curated list lacks, and fallback senses of its words
    # (tried after the curated ones: the sort below is stable)
    broad = [
        r
        for r in data_rows("events_triggers_cameo.tsv")
        if (r["phrase"], r["pos"], r["cameo"], r["require"]) not in listed
    ]
    for r in curated + broad:
        code = codes[r["cameo"]]
        trig = Trigger(
            words=tuple(r["phrase"].split()),
            pos=r["pos"],
            code=code,
            plover=r["plover"] or code.plover,
            mode=r["mode"] or code.mode,
            targets=tuple(p for p in r["targets"].split(",") if p),
            of_role=r["of"] or None,
            require=r["require"],
            conf=float(r["conf"]),
        )
        index.setdefault(trig.words[0], []).append(trig)
    for entries in index.values():
        entries.sort(key=lambda t: -len(t.words))
    return index


@lru_cache(maxsize=1)
def _intent_codes() -> dict[str, str]:
    return {r["code"]: r["intent"] for r in data_rows("cameo_intents.tsv")}


def intent_code(code: Code) -> Code | None:
    """The CAMEO code of an actor's stated intention to do `code` ("will release" -> 0353), if the
    codebook has a specific one (cameo_intents.tsv)."""
    intent = _intent_codes().get(code.code)
    return cameo_codes()[intent] if intent else None


@lru_cache(maxsize=1)
def demand_trigger() -> Trigger:
    """The CAMEO 100 (demand) entry for "X said Y must <verb>" when <verb> is no trigger itself."""
    code = cameo_codes()["100"]
    return Trigger(("must",), "V", code, code.plover, code.mode, (), None, "", 0.6)


@lru_cache(maxsize=1)
def sectors() -> dict[tuple[str, ...], str]:
    return {tuple(r["phrase"].split()): r["sector"] for r in data_rows("events_actor_sectors.tsv")}


@lru_cache(maxsize=1)
def actor_sectors() -> dict[tuple[str, ...], str]:
    """Agent words -> sector: the broad Phoenix-derived list, overridden by our curated one."""
    table = {tuple(r["phrase"].split()): r["sector"] for r in data_rows("events_agents.tsv")}
    table.update(sectors())
    return table


@lru_cache(maxsize=1)
def non_political() -> frozenset[str]:
    return _word_list("events_non_political.txt")


@lru_cache(maxsize=1)
def thing_nouns() -> frozenset[str]:
    return _word_list("events_thing_nouns.txt")


@cache
def data_json(file: str) -> dict:
    """A JSON data file of newsgraph/data, parsed once."""
    return json.loads(resources.files("newsgraph").joinpath("data", file).read_text(encoding="utf-8"))


@cache
def words(name: str, file: str = "events_words.json") -> frozenset[str]:
    """One word list of a JSON word-list file (the "_<name>_note" beside it says what it is for)."""
    return frozenset(data_json(file)[name])


def _word_list(name: str) -> frozenset[str]:
    text = resources.files("newsgraph").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
