"""In-article entity resolution on GUM news (and interviews): B³ F1 over named mentions.

Gold: ../shared/eval/coref/gum_*.jsonl (see its README). Named mentions are gold mentions whose
syntactic head is PROPN, grouped by their gold cluster. Tune on split=train, report dev+test.

Matching our mentions to gold named mentions (each mention of ours used once, best match first):
  1. exact span;
  2. our span == the gold span minus a leading "the"/"The" and/or a trailing "'s"/"'"
     (GUM keeps both inside mentions, newsgraph trims them from names);
  3. our span is the name at the end of a titled gold mention (ends where the stripped gold
     span ends, starts on a word boundary inside it), when the words cut off are all capitalised
     ("U.S. President Donald Trump's" -> "Donald Trump") or our entity is a PERSON
     ("Afghan Ambassador to the United States Hamdullah Mohib" -> "Hamdullah Mohib"):
     newsgraph puts titles in roles, not in names;
  4. our span is the name at the start of a gold mention with a post-modifier (starts where the
     stripped gold span starts, and the gold text goes on with " of ", " from ", " at ", " in ",
     " for " or ", "): "Tanya Chan of the Civic Party" -> "Tanya Chan".
Gold named mentions we did not detect count as singletons. B³ is averaged over all gold named
mentions of the split (pooled across documents). Baselines in the same run: every mention alone;
our detected mentions merged when their strings are identical; and the bare model's entities
(en_core_web_sm, contract types) merged when their strings are identical.

    python benchmarks/coref.py [--split train|report] [--genre news|interview|both] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import get_args

from spacy.tokens import Doc

from newsgraph.context import Context
from newsgraph.model import Analysis, Article, EntityType
from newsgraph.nlp import load
from newsgraph.pipeline import STAGES

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "coref"
BARE_TYPES = set(get_args(EntityType))
SPLITS = {"train": {"train"}, "report": {"dev", "test"}}
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"\s?['’]s?$")
_POSTMODIFIER = re.compile(r" (?:of|from|at|in|for) |, ")


def analyse(nlp, doc_id: str, text: str) -> tuple[Analysis, Doc]:
    """Run the pipeline up to the entity stage (later stages do not change entities)."""
    analysis = Analysis(id=doc_id, text=text)
    ctx = Context(article=Article(id=doc_id, text=text), doc=nlp(text), analysis=analysis)
    for name, stage in STAGES:
        stage(ctx)
        if name == "entities":
            break
    return analysis, ctx.doc


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    span = text[start:end]
    if m := _ARTICLE.match(span):
        start += m.end()
    if m := _POSSESSIVE.search(text[start:end]):
        end = start + m.start() if m.start() > 0 else end
    return start, end


def match(text: str, gold: list[tuple[int, int]], ours: dict[tuple[int, int], tuple[str, str]]) -> dict:
    """gold span -> our (entity id, mention text), by the three rules of the module docstring."""
    used: set[tuple[int, int]] = set()
    found: dict[tuple[int, int], tuple[str, str]] = {}
    for rule in (1, 2, 3, 4):
        for g in gold:
            if g in found:
                continue
            hit = _find(text, g, ours, used, rule)
            if hit is not None:
                used.add(hit)
                found[g] = ours[hit]
    return found


def _find(text, g, ours, used, rule):
    if rule == 1:
        return g if g in ours and g not in used else None
    s, e = _strip(text, *g)
    if rule == 2:
        return (s, e) if (s, e) in ours and (s, e) not in used else None
    if rule == 4:
        heads = [(os_, oe) for os_, oe in ours if os_ == s and oe < e and (os_, oe) not in used]
        heads = [h for h in heads if _POSTMODIFIER.match(text, h[1])]
        return max(heads, key=lambda h: h[1], default=None)
    best = None
    for (os_, oe), (eid, _) in ours.items():
        if oe != e or not (s < os_ < e) or (os_, oe) in used or text[os_ - 1] != " ":
            continue
        cut = text[s:os_].split()
        if all(w[0].isupper() for w in cut) or eid.endswith(":PERSON"):
            best = (os_, oe) if best is None or os_ < best[0] else best
    return best


def b3(gold: dict, pred: dict) -> tuple[float, float, float]:
    g_members, p_members = defaultdict(set), defaultdict(set)
    for m, c in gold.items():
        g_members[c].add(m)
    for m, c in pred.items():
        p_members[c].add(m)
    p = r = 0.0
    for m in gold:
        g, q = g_members[gold[m]], p_members[pred[m]]
        both = len(g & q)
        p += both / len(q)
        r += both / len(g)
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def evaluate(docs: list[dict]) -> dict:
    nlp = load()
    gold, ours_pred, alone, same_string, bare_same = {}, {}, {}, {}, {}
    detected = 0
    t0 = time.perf_counter()
    for d in docs:
        analysis, doc = analyse(nlp, d["id"], d["text"])
        bare = {(e.start_char, e.end_char): (e.label_, e.text) for e in doc.ents if e.label_ in BARE_TYPES}
        ours = {
            (m.start, m.end): (f"{e.id}:{e.type}", m.text)
            for e in analysis.entities
            for m in e.mentions
            if m.source != "pronoun"
        }
        named = [
            (tuple(span), ent["cluster"])
            for ent in d["entities"]
            for span, upos in zip(ent["mentions"], ent["mention_head_upos"], strict=True)
            if upos == "PROPN"
        ]
        found = match(d["text"], [g for g, _ in named], ours)
        found_bare = match(d["text"], [g for g, _ in named], bare)
        detected += len(found)
        for g, cluster in named:
            key = (d["id"], g)
            gold[key] = (d["id"], cluster)
            alone[key] = key
            hit = found.get(g)
            ours_pred[key] = (d["id"], hit[0]) if hit else key
            same_string[key] = (d["id"], hit[1]) if hit else key
            bare_hit = found_bare.get(g)
            bare_same[key] = (d["id"], bare_hit[1]) if bare_hit else key
    return {
        "docs": len(docs),
        "named mentions": len(gold),
        "detected": detected / max(len(gold), 1),
        "newsgraph": b3(gold, ours_pred),
        "baseline: every mention alone": b3(gold, alone),
        "baseline: identical strings merged": b3(gold, same_string),
        "baseline: bare spaCy NER, identical strings": b3(gold, bare_same),
        "seconds": time.perf_counter() - t0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="report")
    parser.add_argument("--genre", choices=["news", "interview", "both"], default="both")
    parser.add_argument("--limit", type=int, default=0, help="first N documents only (for iterating)")
    args = parser.parse_args()
    genres = ["news", "interview"] if args.genre == "both" else [args.genre]
    for genre in genres:
        docs = [json.loads(line) for line in (DATA / f"gum_{genre}.jsonl").open(encoding="utf-8")]
        docs = [d for d in docs if d["split"] in SPLITS[args.split]][: args.limit or None]
        result = evaluate(docs)
        print(f"GUM {genre}, split {args.split} ({'+'.join(sorted(SPLITS[args.split]))}): "
              f"{result['docs']} docs, {result['named mentions']} named mentions, "
              f"{result['detected']:.1%} detected, {result['seconds']:.1f} s")
        for name in [k for k in result if k == "newsgraph" or k.startswith("baseline")]:
            p, r, f = result[name]
            print(f"  {name:44s} B3 P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
