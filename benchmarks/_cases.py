"""Hand-labelled date and amount cases (benchmarks/cases/*.jsonl, documented in cases/README.md):
loading, the tune/report split, and one pipeline run over the articles they point into."""

from __future__ import annotations

import argparse
import time
import zlib
from pathlib import Path

from _shared import CORPORA, read_jsonl

from newsgraph.model import Analysis, Article
from newsgraph.pipeline import analyze_many

CASES = Path(__file__).resolve().parent / "cases"
CORPUS_FILES = ("bbc-news.jsonl", "india-police-events.jsonl", "indian-news.jsonl")


def split_of(article_id: str) -> str:
    """Fixed split by article, so no article's cases sit on both sides."""
    return "tune" if zlib.crc32(article_id.encode()) % 2 == 0 else "report"


def load_cases(name: str, split: str) -> list[dict]:
    cases = list(read_jsonl(CASES / f"{name}.jsonl"))
    return [c for c in cases if split == "all" or split_of(c["id"]) == split]


def cases_and_analyses(
    name: str, doc: str | None
) -> tuple[argparse.Namespace, list[dict], dict, dict, float]:
    """Command-line options of a case benchmark, its cases for the chosen split, and one pipeline
    run over their articles (analyses, stage timings, wall time)."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="report", choices=["report", "tune", "all"])
    parser.add_argument("--verbose", action="store_true", help="list the wrong cases")
    args = parser.parse_args()
    cases = load_cases(name, args.split)
    analyses, timings, total = analyse({c["id"] for c in cases})
    return args, cases, analyses, timings, total


def analyse(ids: set[str]) -> tuple[dict[str, Analysis], dict[str, float], float]:
    """Analyses of the given corpus articles (with their publication dates), the pipeline's stage
    timings and its total wall time."""
    articles = [
        Article(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("published"))
        for name in CORPUS_FILES
        for r in read_jsonl(CORPORA / name)
        if r["id"] in ids
    ]
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    analyses = {a.id: a for a in analyze_many(articles, timings=timings) if isinstance(a, Analysis)}
    return analyses, timings, time.perf_counter() - t0


def best_overlap(items: list, start: int, end: int):
    """The extracted item overlapping [start, end) the most, or None."""
    overlapping = [
        (min(end, i.end) - max(start, i.start), i) for i in items if i.start < end and start < i.end
    ]
    return max(overlapping, key=lambda pair: pair[0])[1] if overlapping else None


def report_timing(stages: tuple[str, ...], timings: dict[str, float], total: float, n_articles: int) -> None:
    own = sum(timings.get(s, 0.0) for s in stages)
    print(
        f"time: {'+'.join(stages)} {own:.2f}s of {total:.2f}s pipeline wall time "
        f"({100 * own / total:.1f}%) over {n_articles} articles"
    )
