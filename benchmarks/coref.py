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
  4. our span is the name before a post-modifier of a gold mention (the gold text goes on with
     " of ", " from ", " at ", " in ", " for " or ", "), after titles as in 3 if any:
     "Tanya Chan of the Civic Party" -> "Tanya Chan",
     "Pan-democrat Gary Fan of the Neo Democrats" -> "Gary Fan".
Pronoun links are scored apart: of our pronoun mentions that are gold mentions, the share whose
gold cluster holds a gold mention (named or not, matched as above) of a name in the same entity.
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
    best = None
    for (os_, oe), (eid, _) in ours.items():
        if (os_, oe) in used or not (s <= os_ < oe <= e) or (os_, oe) == (s, e):
            continue
        ends = oe == e if rule == 3 else oe < e and _POSTMODIFIER.match(text, oe)
        starts = os_ == s or text[os_ - 1] == " " and _title_words(text[s:os_], eid)
        if ends and starts and (best is None or os_ - oe < best[0] - best[1]):
            best = (os_, oe)
    return best


def _title_words(cut: str, eid: str) -> bool:
    """Words before our name that a gold mention may hold: capitalised ones, or any before a person."""
    return all(w[0].isupper() for w in cut.split()) or eid.endswith(":PERSON")


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
    detected, links, right = 0, 0, 0
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
        n, ok = _pronoun_links(d, analysis, ours)
        links, right = links + n, right + ok
    return {
        "docs": len(docs),
        "named mentions": len(gold),
        "detected": detected / max(len(gold), 1),
        "newsgraph": b3(gold, ours_pred),
        "baseline: every mention alone": b3(gold, alone),
        "baseline: identical strings merged": b3(gold, same_string),
        "baseline: bare spaCy NER, identical strings": b3(gold, bare_same),
        "pronoun links": (links, right / max(links, 1)),
        "seconds": time.perf_counter() - t0,
    }


def _pronoun_links(doc: dict, analysis: Analysis, ours: dict) -> tuple[int, int]:
    """Our pronoun mentions that are gold mentions, and how many of them sit in the gold cluster of
    a gold mention (named or not) that one of our entity's names matches (the link is right)."""
    cluster_of = {tuple(span): ent["cluster"] for ent in doc["entities"] for span in ent["mentions"]}
    found = match(doc["text"], list(cluster_of), ours)
    n = ok = 0
    for e in analysis.entities:
        own = {cluster_of[g] for g, hit in found.items() if hit[0].startswith(f"{e.id}:")}
        for m in e.mentions:
            if m.source == "pronoun" and (m.start, m.end) in cluster_of:
                n += 1
                ok += cluster_of[(m.start, m.end)] in own
    return n, ok


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
        print(
            f"GUM {genre}, split {args.split} ({'+'.join(sorted(SPLITS[args.split]))}): "
            f"{result['docs']} docs, {result['named mentions']} named mentions, "
            f"{result['detected']:.1%} detected, {result['seconds']:.1f} s"
        )
        for name in [k for k in result if k == "newsgraph" or k.startswith("baseline")]:
            p, r, f = result[name]
            print(f"  {name:44s} B3 P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        links, precision = result["pronoun links"]
        print(f"  pronouns linked to a named entity: {links}, right {precision:.1%} (gold mention spans)")


if __name__ == "__main__":
    main()
