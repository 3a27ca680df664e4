"""Draw the event sample that is judged by hand for the event precision figure (issue 5).

    python benchmarks/event_sample.py [--seed 7] [--per-corpus 17] [--articles 60]
                                      [--out benchmarks/event_precision_sample.jsonl]

From each of three corpora (indian-news, the BBC politics articles, india-police-events) a seeded
shuffle picks `--articles` articles, skipping articles that an earlier sample in `--out` drew from
(so a new draw is judged on articles nobody has tuned on); all their events are collected and
`--per-corpus` are drawn at random. Rows hold ids, offsets, codes and an empty judgement, never
article text; `events.py --only precision` reads the judged file. Rows equal to an already judged
row (same article, trigger, codes and actors) keep their judgement.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from _shared import CORPORA, REPO, read_jsonl

from newsgraph.model import Analysis, Article, Event
from newsgraph.pipeline import analyze_many

POOLS = {
    "indian-news.jsonl": lambda d: not d.get("duplicate_of"),
    "bbc-news.jsonl": lambda d: d.get("section") == "politics",
    "india-police-events.jsonl": lambda d: True,
}


def _row(corpus: str, article_id: str, e: Event) -> dict:
    return {
        "corpus": corpus,
        "id": article_id,
        "trigger": [e.trigger.start, e.trigger.end],
        "sentence": [e.sentence["start"], e.sentence["end"]],
        "plover": e.plover,
        "cameo": e.cameo,
        "mode": e.mode,
        "actor1": e.actor1.code if e.actor1 else None,
        "actor1_span": [e.actor1.start, e.actor1.end] if e.actor1 else None,
        "actor2": e.actor2.code if e.actor2 else None,
        "actor2_span": [e.actor2.start, e.actor2.end] if e.actor2 else None,
        "claimed_by": e.claimed_by,
        "confidence": e.confidence,
        "judgement": None,
        "reason": None,
    }


def _key(row: dict) -> tuple:
    return tuple(
        json.dumps(row[k]) for k in ("id", "trigger", "plover", "cameo", "actor1", "actor1_span", "actor2")
    )


def draw(seed: int, per_corpus: int, n_articles: int, previous: list[dict]) -> list[dict]:
    used = {r["id"] for r in previous}
    rng = random.Random(seed)
    rows: list[dict] = []
    for corpus, keep in POOLS.items():
        docs = [d for d in read_jsonl(CORPORA / corpus) if keep(d) and d["id"] not in used]
        rng.shuffle(docs)
        chosen = docs[:n_articles]
        articles = [Article(id=d["id"], text=d["text"], published=d.get("published")) for d in chosen]
        analyses = [a for a in analyze_many(articles) if isinstance(a, Analysis)]
        events = [_row(corpus, a.id, e) for a in analyses for e in a.events]
        rows += rng.sample(events, min(per_corpus, len(events)))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-corpus", type=int, default=17)
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "event_precision_sample.jsonl")
    args = ap.parse_args()
    previous = list(read_jsonl(args.out)) if args.out.exists() else []
    judged = {_key(r): r for r in previous if r.get("judgement")}
    rows = draw(args.seed, args.per_corpus, args.articles, previous)
    for row in rows:
        if (old := judged.get(_key(row))) is not None:
            row["judgement"], row["reason"] = old["judgement"], old["reason"]
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} events drawn to {args.out} ({sum(r['judgement'] is None for r in rows)} to judge)")


if __name__ == "__main__":
    main()
