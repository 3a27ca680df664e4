"""NER accuracy of newsgraph's typed mentions vs the bare spaCy model, on ../shared/eval/ner.

CoNLL++: micro-F1 over PER/ORG/LOC, exact span and type (PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC,
the rest->MISC), plus per-type P/R/F1. Both systems are scored in the same run on the same Docs.
Tune on dev (or train); report test. WNUT-17 test is printed as an out-of-domain robustness figure.

    python benchmarks/ner.py [--split dev|test|train] [--limit N] [--no-wnut] [--errors N] [--lower]

--lower scores the same documents written all in lower case: bare spaCy on them, and spaCy and
newsgraph after newsgraph's capitalisation restoration (newsgraph/ingest/casing.py, same offsets).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from newsgraph import anatomy
from newsgraph.context import Context
from newsgraph.entities.recognize import recognize
from newsgraph.ingest.casing import restore_case
from newsgraph.model import Analysis, Article
from newsgraph.nlp import load

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ner"
SCORED = ("PER", "ORG", "LOC")
CONLL_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
# WNUT-17 gold types folded onto the same three classes (creative-work/product -> MISC, unscored).
WNUT_GOLD = {"person": "PER", "location": "LOC", "group": "ORG", "corporation": "ORG"}

Span = tuple[str, int, int, str]  # (doc id, start, end, type)


def contract_to_conll(label: str) -> str:
    return CONLL_TYPES.get(label, "MISC")


def read(path: Path, limit: int | None) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    return records[:limit] if limit else records


def predict(records: list[dict]) -> tuple[set[Span], set[Span], float, float]:
    """(newsgraph spans, bare spaCy spans, seconds in nlp, seconds in anatomy+recognize)."""
    nlp = load()
    ours: set[Span] = set()
    bare: set[Span] = set()
    t_nlp = t_rec = 0.0
    t0 = time.perf_counter()
    for doc, rec in nlp.pipe(((r["text"], r) for r in records), as_tuples=True, batch_size=32):
        t1 = time.perf_counter()
        t_nlp += t1 - t0
        rid = rec["id"]
        bare.update((rid, e.start_char, e.end_char, contract_to_conll(e.label_)) for e in doc.ents)
        article = Article(id=rid, text=rec["text"])
        ctx = Context(article=article, doc=doc, analysis=Analysis(id=rid, text=rec["text"]))
        anatomy.run(ctx)
        ours.update((rid, m.start, m.end, contract_to_conll(m.type)) for m in recognize(ctx))
        t0 = time.perf_counter()
        t_rec += t0 - t1
    return ours, bare, t_nlp, t_rec


def prf(pred: set[Span], gold: set[Span]) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def only(spans: Iterable[Span], types: Iterable[str]) -> set[Span]:
    keep = set(types)
    return {s for s in spans if s[3] in keep}


def report(name: str, pred: set[Span], gold: set[Span]) -> float:
    p, r, f = prf(only(pred, SCORED), only(gold, SCORED))
    cells = [f"micro P {p:.3f} R {r:.3f} F1 {f:.3f}"]
    for t in SCORED:
        tp, tr, tf = prf(only(pred, [t]), only(gold, [t]))
        cells.append(f"{t} {tp:.2f}/{tr:.2f}/{tf:.3f}")
    print(f"  {name:<10} " + " | ".join(cells))
    return f


def show_errors(pred: set[Span], gold: set[Span], texts: dict[str, str], n: int) -> None:
    """Sample of false positives and negatives with context, for tuning on dev/train."""
    pred, gold = only(pred, SCORED), only(gold, SCORED)
    gold_spans = {(d, s, e): t for d, s, e, t in gold}
    pred_spans = {(d, s, e): t for d, s, e, t in pred}
    errors = []
    for d, s, e, t in pred - gold:
        g = gold_spans.get((d, s, e))
        errors.append(("TYPE " + f"{t}!={g}" if g else f"FP {t}", d, s, e))
    for d, s, e, t in gold - pred:
        if (d, s, e) not in pred_spans:
            errors.append((f"FN {t}", d, s, e))
    print(Counter(kind.split()[0] + " " + kind.split()[1][:3] for kind, *_ in errors).most_common())
    for kind, d, s, e in random.Random(0).sample(errors, min(n, len(errors))):
        text = texts[d]
        left = text[max(0, s - 40) : s].replace("\n", " | ")
        right = text[e : e + 40].replace("\n", " | ")
        print(f"{kind:<16} {left}[[{text[s:e]}]]{right}")


def run_conll_lower(split: str, limit: int | None) -> None:
    records = read(EVAL / f"conllpp.{split}.jsonl", limit)
    gold = {(r["id"], e["start"], e["end"], e["type"]) for r in records for e in r["entities"]}
    lower = [{**r, "text": r["text"].lower()} for r in records]
    restored = [{**r, "text": restore_case(r["text"]) or r["text"]} for r in lower]
    ours_lower, bare_lower, _, _ = predict(lower)
    ours, bare, _, _ = predict(restored)
    print(f"CoNLL++ {split}, all lower case: {len(records)} docs")
    report("spaCy bare", bare_lower, gold)
    report("newsgraph, case kept", ours_lower, gold)
    report("spaCy, case restored", bare, gold)
    report("newsgraph", ours, gold)


def run_conll(split: str, limit: int | None, errors: int) -> None:
    records = read(EVAL / f"conllpp.{split}.jsonl", limit)
    gold = {(r["id"], e["start"], e["end"], e["type"]) for r in records for e in r["entities"]}
    ours, bare, t_nlp, t_rec = predict(records)
    print(f"CoNLL++ {split}: {len(records)} docs, {len(only(gold, SCORED))} PER/ORG/LOC gold entities")
    report("spaCy bare", bare, gold)
    report("newsgraph", ours, gold)
    ms = 1000 * t_rec / len(records)
    print(f"  time: spaCy {t_nlp:.1f}s, anatomy+recognize {t_rec:.2f}s ({ms:.1f} ms/doc)")
    if errors:
        show_errors(ours, gold, {r["id"]: r["text"] for r in records}, errors)


def run_wnut(limit: int | None) -> None:
    records = read(EVAL / "wnut17.test.jsonl", limit)
    gold = {
        (r["id"], e["start"], e["end"], WNUT_GOLD.get(e["type"], "MISC"))
        for r in records
        for e in r["entities"]
    }
    ours, bare, _, _ = predict(records)
    print(f"WNUT-17 test (out-of-domain): {len(records)} docs, person/location/group+corporation")
    report("spaCy bare", bare, gold)
    report("newsgraph", ours, gold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "test", "train"], default="test")
    ap.add_argument("--limit", type=int, default=None, help="first N documents only (iterating)")
    ap.add_argument("--no-wnut", action="store_true", help="skip the WNUT-17 robustness figure")
    ap.add_argument("--errors", type=int, default=0, help="print N sampled errors (not on test!)")
    ap.add_argument("--lower", action="store_true", help="score the documents written in lower case")
    args = ap.parse_args()
    if args.lower:
        run_conll_lower(args.split, args.limit)
        return
    run_conll(args.split, args.limit, args.errors)
    if not args.no_wnut:
        run_wnut(args.limit)


if __name__ == "__main__":
    main()
