"""Draw the event sample that is judged by hand for the event precision figure (issue 5).

    python benchmarks/event_sample.py [--seed 7] [--total 50] [--articles 60] [--min-confidence X]
                                      [--bbc-section politics,business] [--out FILE]

From each of three corpora (indian-news, the BBC politics articles or `--bbc-section`'s, the
tuning split of india-police-events: until session 6 all its articles were drawn, so errors studied
in samples came from its reporting split too) a seeded
shuffle picks `--articles` articles, skipping the articles of earlier samples (judged rounds and
tuning samples, event_precision_*.jsonl, whose errors were studied while tuning; a tuning sample
event_precision_tune_*.jsonl skips only the rounds, so it can be redrawn on the same articles);
all their events are collected and the first by a seeded hash are taken, `--total` split evenly
over the corpora (a corpus with too few events leaves the rest of its share to the others; since
session 6: the articles of indian-news and BBC politics that have events are nearly all used).
With `--min-confidence X` only events whose confidence is at least X are drawn
(a thresholded sample: the precision a user gets who keeps the events at or above X).
With `--reuse-articles` (session 8, when unused articles with events had run out) the articles of
earlier samples may be drawn too, but no event judged before (same article and trigger start): a
weaker blind figure, since those articles' other events were studied while fixing errors.
Rows hold ids, offsets, codes and an empty judgement, never article text; `events.py --only
precision` reads the judged file.
Rows equal to a row already judged in `--out` (same article, trigger, codes, actor spans, claimant) keep
their judgement, so after a code change only new events need judging.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

from _shared import CORPORA, REPO, read_jsonl
from event_confidence_fit import KEY_FIELDS

from newsgraph.model import Analysis, Article, Event
from newsgraph.pipeline import analyze_many


def pools(bbc_section: str) -> dict:
    return {
        "indian-news.jsonl": lambda d: not d.get("duplicate_of"),
        "bbc-news.jsonl": lambda d: d.get("section") in bbc_section.split(","),
        # IndiaPoliceEvents: only its tuning split (doc_id % 5 == 0), since errors found in a sample are fixed
        "india-police-events.jsonl": lambda d: d["doc_id"] % 5 == 0,
    }


def _row(corpus: str, a: Analysis, e: Event) -> dict:
    claimant = a.entity(e.claimed_by) if e.claimed_by else None
    return {
        "corpus": corpus,
        "id": a.id,
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
        "claimed_by_name": claimant.name if claimant else None,  # for the judge: ids mean nothing alone
        "confidence": e.confidence,
        "judgement": None,
        "reason": None,
    }


def _key(row: dict) -> tuple:
    """What makes two rows the same judged event (the confidence fit matches rows the same way)."""
    return tuple(json.dumps(row[k]) for k in KEY_FIELDS)


def _rank(seed: int, row: dict) -> str:
    return hashlib.sha256(f"{seed}:{row['id']}:{row['trigger'][0]}".encode()).hexdigest()


def draw(
    seed: int,
    total: int,
    n_articles: int,
    excluded: set[str],
    min_confidence: float = 0.0,
    bbc_section: str = "politics",
    judged_events: frozenset[tuple[str, int]] = frozenset(),
) -> list[dict]:
    rng = random.Random(seed)
    ranked: list[list[dict]] = []
    for corpus, keep in pools(bbc_section).items():
        docs = [d for d in read_jsonl(CORPORA / corpus) if keep(d) and d["id"] not in excluded]
        rng.shuffle(docs)
        chosen = docs[:n_articles]
        articles = [Article(id=d["id"], text=d["text"], published=d.get("published")) for d in chosen]
        analyses = [a for a in analyze_many(articles) if isinstance(a, Analysis)]
        events = [
            _row(corpus, a, e)
            for a in analyses
            for e in a.events
            if e.confidence >= min_confidence and (a.id, e.trigger.start) not in judged_events
        ]
        # Ranked by a seeded hash of the event's place in its article, not drawn from the list:
        # after a code change the events still produced keep their rank, so their judgements stay.
        ranked.append(sorted(events, key=lambda r: _rank(seed, r)))
    return _share(ranked, total)


def _share(ranked: list[list[dict]], total: int) -> list[dict]:
    """The first `total` rows of the corpora's ranked events, split evenly; a corpus with too few events
    leaves the rest of its share to the others."""
    counts = [0] * len(ranked)
    while sum(counts) < total and any(n < len(r) for n, r in zip(counts, ranked, strict=True)):
        for i, r in enumerate(ranked):
            if counts[i] < len(r) and sum(counts) < total:
                counts[i] += 1
    return [row for n, r in zip(counts, ranked, strict=True) for row in r[:n]]


def _earlier_samples(out: Path) -> list[Path]:
    """Samples whose articles are skipped: every judged round and tuning sample; for a tuning sample
    (event_precision_tune_*) only the judged rounds, so that redrawing it after a code change draws
    the same articles (a sample file holds only the articles of its drawn events, which change)."""
    files = sorted((REPO / "benchmarks").glob("event_precision_*.jsonl"))
    if out.name.startswith("event_precision_tune_"):
        return [f for f in files if f.name.startswith("event_precision_round")]
    return [f for f in files if f.name != out.name]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--total", type=int, default=50)
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--min-confidence", type=float, default=0.0, help="draw only events at or above it")
    ap.add_argument("--bbc-section", default="politics", help="BBC sections, comma-separated")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "event_precision_sample.jsonl")
    ap.add_argument("--reuse-articles", action="store_true", help="draw unjudged events of used articles too")
    args = ap.parse_args()
    previous = list(read_jsonl(args.out)) if args.out.exists() else []
    judged = {_key(r): r for r in previous if r.get("judgement")}
    earlier = [r for f in _earlier_samples(args.out) for r in read_jsonl(f)]
    excluded = set() if args.reuse_articles else {r["id"] for r in earlier}
    judged_events = frozenset((r["id"], r["trigger"][0]) for r in earlier)
    rows = draw(
        args.seed, args.total, args.articles, excluded, args.min_confidence, args.bbc_section, judged_events
    )
    for row in rows:
        if (old := judged.get(_key(row))) is not None:
            row["judgement"], row["reason"] = old["judgement"], old["reason"]
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} events drawn to {args.out} ({sum(r['judgement'] is None for r in rows)} to judge)")


if __name__ == "__main__":
    main()
