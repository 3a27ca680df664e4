"""Invariance of event coding under meaning-preserving rewrites (metamorphic test, session 15).

    python benchmarks/events_invariance.py [--only NAMES] [--show]

Real wire sentences are longer than our tuning proxies: present perfect ("has accused"), day names,
attributions (", officials said on Tuesday", "According to a statement, ..."), wire datelines ("BAGHDAD,
Iraq (AP) — ", session 16), parenthetical acronyms, appositions, fronted participial phrases, trailing
clauses. Session 16 added wire habits between a subject and its verb ("Iran on Tuesday rejected",
"also", "reportedly"; a relative clause "X, which has long been at odds with its neighbours, rejected"
after a one-word name or a body), a fronted subordinate clause ("After talks broke down last week, "), a
trailing outlet (", the state news agency reported.") or participial phrase (", citing security
concerns."), a self-report ("X said on Tuesday it had rejected ..." for a name or body "it" stands for)
and a follow-up sentence in the same paragraph ("The move drew criticism at home."); the words between
subject and verb go only before a past form. Each rewrite below turns a labelled proxy sentence
(benchmarks/plover_style*_sentences.jsonl, cameo_code_sentences.jsonl; tuning data) into such a sentence
without changing who did what to whom, and keeps the labelled source and event words as substrings
(lower-cased when they start the sentence and are moved inwards; the participle replaces a past form
under `perfect` and `self_report`). Records whose rewrite does not apply are skipped for that rewrite.
Scored like `events.py --only plover-style` (the event whose trigger overlaps the event words, else the
main event). Per rewrite: n, PLOVER type accuracy, source actor match, sentences without any event, and
against the original sentence: `lost` (type right on the original, wrong after the rewrite) and `won`
(the reverse). `--show` lists the lost sentences with the events found.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import NamedTuple

from _shared import REPO, read_jsonl
from events import analyses, scored_sentence

from newsgraph.model import Analysis

SETS = (
    "plover_style_sentences",
    "plover_style2_sentences",
    "plover_style3_sentences",
    "cameo_code_sentences",
)
# Past -> participle for the irregular verbs of the proxies' event words (regular "-ed" verbs keep theirs).
IRREGULAR = {
    "began": "begun", "beat": "beaten", "blew": "blown", "bought": "bought", "broke": "broken",
    "brought": "brought", "caught": "caught", "chose": "chosen", "cut": "cut", "drove": "driven",
    "fled": "fled", "forbade": "forbidden", "forgave": "forgiven", "fought": "fought", "froze": "frozen",
    "gave": "given", "held": "held", "hit": "hit", "kept": "kept", "laid": "laid", "led": "led",
    "left": "left", "lost": "lost", "made": "made", "met": "met", "overthrew": "overthrown", "paid": "paid",
    "put": "put", "rose": "risen", "sent": "sent", "set": "set", "shot": "shot", "shut": "shut",
    "sought": "sought", "spoke": "spoken", "stole": "stolen", "struck": "struck", "swore": "sworn",
    "took": "taken", "threw": "thrown", "told": "told", "undertook": "undertaken", "withdrew": "withdrawn",
    "won": "won", "wrote": "written",
}  # fmt: skip
AUX_BEFORE = {"has", "have", "had", "was", "were", "is", "are", "be", "been", "to", "would", "will", "not"}
NAME_LINKS = {"of", "the", "for", "and", "de", "al"}


class Item(NamedTuple):
    text: str
    source: str
    event: str


Rewrite = Callable[[dict], "Item | None"]


def _common_words() -> frozenset[str]:
    """Words the benchmark sentences write in lower case inside a sentence: safe to lower-case at its
    start (a proper name like "Fishermen's Union" or "China" keeps its capital)."""
    texts = (
        r.get("text") or "" for p in sorted((REPO / "benchmarks").glob("*.jsonl")) for r in read_jsonl(p)
    )
    return frozenset(w for t in texts for w in re.findall(r"(?<=\s)[a-z][a-z-]*", t))


def _body(text: str) -> str:
    text = text.rstrip()
    return text[:-1] if text.endswith(".") else text


def _at_front(rec: dict, common: frozenset[str]) -> Item:
    """The sentence moved behind a prefix: its first word lower-cased when it is a common word
    (with the source and event words when they start with it)."""
    text, first = rec["text"], rec["text"].split()[0]
    if first.lower() not in common:
        return Item(text, rec["source"], rec["event"])
    low = first.lower() + text[len(first) :]

    def fix(words: str) -> str:
        return (
            first.lower() + words[len(first) :]
            if text.startswith(words) and words.startswith(first)
            else words
        )

    return Item(low, fix(rec["source"]), fix(rec["event"]))


def _says(text: str) -> bool:
    """Whether the sentence already has a "said" (an attribution added to it would read double)."""
    return re.search(r"\bsaid\b", text) is not None


def _prefixed(prefix: str, common: frozenset[str], skip_said: bool = False) -> Rewrite:
    def rewrite(rec: dict) -> Item | None:
        if skip_said and _says(rec["text"]):
            return None
        item = _at_front(rec, common)
        return item._replace(text=prefix + item.text)

    return rewrite


def _suffixed(tail: str, skip_said: bool = False) -> Rewrite:
    def rewrite(rec: dict) -> Item | None:
        if skip_said and _says(rec["text"]):
            return None
        return Item(_body(rec["text"]) + tail, rec["source"], rec["event"])

    return rewrite


def _participle(verb: str) -> str | None:
    """The past participle of a past form, None for other words."""
    return IRREGULAR.get(verb) or (verb if verb.endswith("ed") and verb != "need" else None)


def _perfect(rec: dict) -> Item | None:
    """X accused Y -> X has accused Y ("have" after a plural-looking source)."""
    text, event = rec["text"], rec["event"]
    verb = event.split()[0]
    part = _participle(verb)
    i = text.find(event)
    before = text[:i].split()
    after = text[i + len(event) :].split()[:1]
    if not part or not before or before[-1].lower() in AUX_BEFORE or before[-1].endswith(","):
        return None
    if after == ["by"]:
        return None  # "rockets fired by rebels": a participle already
    src = rec["source"]
    head = src.split()[-1].lower()
    plural = head.endswith(("men", "people", "police")) or (
        head.endswith("s") and not head.endswith(("ss", "us"))
    )
    aux = "have" if plural or " and " in src else "has"
    new_event = part + event[len(verb) :]
    return Item(text[:i] + aux + " " + new_event + text[i + len(event) :], src, new_event)


def _named(source: str, common: frozenset[str] = frozenset()) -> list[str] | None:
    """The capitalised words of a proper-name source ("the United Nations"), None for others
    (a common word capitalised at the start: "Police")."""
    words = source.split()
    if "'" in source or any(not w[:1].isupper() and w.lower() not in NAME_LINKS for w in words):
        return None
    if len(words) == 1 and source.lower() in common:
        return None
    caps = [w for w in words if w[:1].isupper() and w.lower() != "the"]
    return caps or None


def _acronym(rec: dict) -> Item | None:
    """The Palestine Liberation Organization -> ... (PLO) after the source."""
    caps = _named(rec["source"])
    if not caps or len(caps) < 2:
        return None
    end = rec["text"].find(rec["source"]) + len(rec["source"])
    acro = "".join(w[0] for w in caps)
    return Item(rec["text"][:end] + f" ({acro})" + rec["text"][end:], rec["source"], rec["event"])


def _subject_end(rec: dict, common: frozenset[str]) -> int | None:
    """End of the source when it is a named subject right before the event words (at most two
    words between, no comma)."""
    text, src = rec["text"], rec["source"]
    start, i = text.find(src), text.find(rec["event"])
    end = start + len(src)
    if start < 0 or i < end or not _named(src, common):
        return None
    gap = text[end:i]
    return end if "," not in gap and not gap.startswith("'") and len(gap.split()) <= 2 else None


def _apposition(common: frozenset[str]) -> Rewrite:
    """Jordan accused ... -> Jordan, a key player in the region, accused ..."""

    def rewrite(rec: dict) -> Item | None:
        end = _subject_end(rec, common)
        if end is None:
            return None
        text = rec["text"]
        return Item(text[:end] + ", a key player in the region," + text[end:], rec["source"], rec["event"])

    return rewrite


def _participial(common: frozenset[str]) -> Rewrite:
    """Speaking to reporters in the capital, X ... (when the source opens the sentence)."""
    prefix = _prefixed("Speaking to reporters in the capital, ", common)

    def rewrite(rec: dict) -> Item | None:
        start = rec["text"].find(rec["source"])
        return prefix(rec) if 0 <= start <= 4 else None

    return rewrite


def _place(rec: dict) -> Item | None:
    """In the capital at the end of the sentence, unless it ends with a quotation or a said-clause."""
    body = _body(rec["text"])
    if body.endswith(('"', "'")) or re.search(r"\bsaid\b|\baccording to\b", rec["text"]):
        return None
    return Item(body + " in the capital.", rec["source"], rec["event"])


WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# Heads of a source that "it" can stand for in "X said it had ..." (a person would need "he" or "she").
BODIES = {"government", "army", "military", "ministry", "party", "council", "court", "parliament",
          "union", "cabinet", "embassy", "agency", "alliance", "bank", "company", "group",
          "committee", "commission", "league", "movement", "front", "organization", "authority",
          "community"}  # fmt: skip


def _it_source(src: str, common: frozenset[str]) -> bool:
    """A source "it" or "which" stands for: a one-word name ("Iran") or a short phrase headed by a
    body ("The foreign ministry"), not a person or a people."""
    words = src.split()
    if len(words) == 1:
        return _named(src, common) is not None
    head = words[-1]
    return len(words) <= 4 and (head.lower() in BODIES or head in ("Nations", "States")) and " of " not in src


def _subject_start(rec: dict) -> int | None:
    """End of the source when it opens the sentence right before the event words ("Iran rejected")."""
    text, src = rec["text"], rec["source"]
    end = len(src)
    return end if text.startswith(src) and text[end:].startswith(" " + rec["event"]) else None


def _inserted(words: str, skip_day: bool = False) -> Rewrite:
    """Iran rejected -> Iran on Tuesday rejected / Iran also rejected (words between the opening
    subject and its verb)."""

    def rewrite(rec: dict) -> Item | None:
        end = _subject_start(rec)
        if end is None or not _participle(rec["event"].split()[0]):
            return None  # a past form: "Iran on Tuesday wants" reads wrong
        if skip_day and WEEKDAY.search(rec["text"]):
            return None
        text = rec["text"]
        return Item(text[:end] + " " + words + text[end:], rec["source"], rec["event"])

    return rewrite


def _relative(common: frozenset[str]) -> Rewrite:
    """Jordan accused ... -> Jordan, which has long been at odds with its neighbours, accused ..."""

    def rewrite(rec: dict) -> Item | None:
        end = _subject_start(rec)
        if end is None or not _it_source(rec["source"], common):
            return None
        text = rec["text"]
        clause = ", which has long been at odds with its neighbours,"
        return Item(text[:end] + clause + text[end:], rec["source"], rec["event"])

    return rewrite


def _unquoted_suffix(tail: str) -> Rewrite:
    """A tail after the sentence unless it ends with a quotation or has a said-clause (", citing
    security concerns.")."""

    def rewrite(rec: dict) -> Item | None:
        body = _body(rec["text"])
        if body.endswith(('"', "'")) or _says(rec["text"]):
            return None
        return Item(body + tail, rec["source"], rec["event"])

    return rewrite


def _self_report(common: frozenset[str]) -> Rewrite:
    """Iran rejected ... -> Iran said on Tuesday it had rejected ... (a one-word name or a body that
    "it" stands for; the participle replaces a past form as under `perfect`)."""

    def rewrite(rec: dict) -> Item | None:
        end = _subject_start(rec)
        text, src, event = rec["text"], rec["source"], rec["event"]
        if end is None or _says(text) or WEEKDAY.search(text):
            return None
        part = _participle(event.split()[0])
        if not part or not _it_source(src, common):
            return None
        new_event = part + event[len(event.split()[0]) :]
        return Item(
            src + " said on Tuesday it had " + new_event + text[end + 1 + len(event) :], src, new_event
        )

    return rewrite


def rewrites(common: frozenset[str]) -> dict[str, Rewrite]:
    return {
        "orig": lambda r: Item(r["text"], r["source"], r["event"]),
        "said_day": _suffixed(", officials said on Tuesday.", skip_said=True),
        "perfect": _perfect,
        "acronym": _acronym,
        "apposition": _apposition(common),
        "prefix_day": _prefixed("On Wednesday, ", common),
        "participial": _participial(common),
        "tail": _suffixed(", in a move seen as the latest sign of strain between the two sides."),
        "place": _place,
        "reported": _prefixed("Officials said on Monday that ", common),
        "said_front": _prefixed("Officials said ", common),
        "named_said": _prefixed("Government spokesman Ali Karimi said on Tuesday that ", common),
        "quoted": _prefixed("According to a statement released in the capital, ", common, skip_said=True),
        "dateline_ap": _prefixed("BAGHDAD, Iraq (AP) — ", common),
        "dateline_wire": _prefixed("UNITED NATIONS (Reuters) - ", common),
        "day_mid": _inserted("on Tuesday", skip_day=True),
        "also": _inserted("also"),
        "reportedly": _inserted("reportedly"),
        "relative": _relative(common),
        "fronted_clause": _prefixed("After talks broke down last week, ", common),
        "outlet": _unquoted_suffix(", the state news agency reported."),
        "citing": _unquoted_suffix(", citing security concerns."),
        "self_report": _self_report(common),
        "follow_up": _suffixed(". The move drew criticism at home."),
    }


def _records() -> list[dict]:
    recs = []
    for name in SETS:
        for r in read_jsonl(REPO / "benchmarks" / f"{name}.jsonl"):
            if r.get("plover") and r.get("event") in r["text"] and r.get("source") in r["text"]:
                recs.append(r)
    return recs


def run(rewrite: Rewrite, recs: list[dict]) -> dict[str, tuple[dict, Analysis]]:
    """The analyses of the rewritten records by id (records the rewrite does not apply to are left out)."""
    items = [(r, rewrite(r)) for r in recs]
    todo = [{"id": r["id"], "text": it.text, "item": it, "plover": r["plover"]} for r, it in items if it]
    return {rec["id"]: (rec, a) for rec, a in analyses(todo)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="comma-separated rewrite names (default: all)")
    ap.add_argument("--show", action="store_true", help="list the sentences lost to each rewrite")
    args = ap.parse_args()
    recs = _records()
    table = rewrites(_common_words())
    names = args.only.split(",") if args.only else list(table)
    base = {k: _judge(rec, a)[0] for k, (rec, a) in run(table["orig"], recs).items()}
    for name in names:
        results = run(table[name], recs)
        ok = src = empty = lost = won = 0
        shown = []
        for key, (rec, a) in results.items():
            good, src_ok = _judge(rec, a)
            ok, src, empty = ok + good, src + src_ok, empty + (not a.events)
            lost += base[key] and not good
            won += good and not base[key]
            if base[key] and not good:
                shown.append((rec, a))
        n = max(len(results), 1)
        print(
            f"{name:12} n={len(results):4d} type={ok / n:.3f} src={src / n:.3f} empty={empty:3d} "
            f"lost={lost:3d} won={won:3d}",
            flush=True,
        )
        if args.show:
            for rec, a in shown:
                got = [(e.trigger.text, e.plover, e.actor1.text if e.actor1 else None) for e in a.events]
                print(f"    {rec['id']} {rec['plover']} | {rec['text']}\n        -> {got}")


def _judge(rec: dict, a: Analysis) -> tuple[bool, bool]:
    """Whether the scored event has the labelled type, and whether its source is the labelled one."""
    item: Item = rec["item"]
    pred, src_ok = scored_sentence(a, item.text, item.event, item.source)
    return pred is not None and pred.plover == rec["plover"], src_ok


if __name__ == "__main__":
    main()
