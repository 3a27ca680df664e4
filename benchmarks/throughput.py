"""Articles/s of the full newsgraph pipeline vs bare spaCy `nlp.pipe` on the same BBC articles.

    python benchmarks/throughput.py [--n 500] [--corpus bbc|ipe] [--workers N] [--interleave K]

`--corpus ipe` times the all-lower-case IndiaPoliceEvents articles instead of BBC ones, so the
pipeline's share includes restoring their capitalisation (counted under spaCy+io).
Each mode runs in its own process (same texts, same model), so peak RSS is per mode. Prints
articles/s for both, the ratio, each stage's share of the pipeline time and the peak RSS.
`--workers N` also runs the pipeline on N local Ray Data workers (newsgraph.scale), timed from the
call to the last result, so Ray's start-up and each worker's model load are included.
`--interleave K` times both modes in two live processes that take turns on the same batches of K
articles (the order alternating from batch to batch), so a slow spell of a shared machine slows both
alike; the default times one whole mode after the other.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

from _shared import CORPORA, read_jsonl

CORPUS_FILES = {"bbc": "bbc-news.jsonl", "ipe": "india-police-events.jsonl"}


def load_texts(n: int, corpus: str) -> list[dict]:
    records = [r for r in read_jsonl(CORPORA / CORPUS_FILES[corpus]) if "duplicate_of" not in r]
    return records[:n]


def run_bare(records: list[dict]) -> dict:
    import spacy

    from newsgraph.nlp import MODEL

    nlp = spacy.load(MODEL)
    t0 = time.perf_counter()
    for _ in nlp.pipe((r["text"] for r in records), batch_size=32):
        pass
    return {"seconds": time.perf_counter() - t0}


def _articles(rows: list[dict]) -> list:
    from newsgraph.model import Article

    return [Article(id=r["id"], text=r["text"], title=r.get("title"), source=r.get("source")) for r in rows]


def run_full(records: list[dict]) -> dict:
    from newsgraph.nlp import load
    from newsgraph.pipeline import analyze_many

    load()
    timings: dict[str, float] = {}
    articles = _articles(records)
    t0 = time.perf_counter()
    errors = sum(1 for a in analyze_many(articles, timings=timings) if getattr(a, "error", None))
    return {"seconds": time.perf_counter() - t0, "stages": timings, "errors": errors}


def run_ray(records: list[dict], workers: int) -> dict:
    from newsgraph.scale import analyze_parallel

    articles = _articles(records)
    t0 = time.perf_counter()
    errors = sum(1 for a in analyze_parallel(articles, workers) if getattr(a, "error", None))
    return {"seconds": time.perf_counter() - t0, "errors": errors}


def child(mode: str, n: int, corpus: str, workers: int = 1) -> None:
    records = load_texts(n, corpus)
    runners = {"bare": run_bare, "full": run_full, "ray": lambda rs: run_ray(rs, workers)}
    result = runners[mode](records)
    result["n"] = len(records)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def measure(mode: str, n: int, corpus: str, workers: int = 1) -> dict:
    command = [sys.executable, __file__, "--child", mode, "--n", str(n), "--corpus", corpus]
    command += ["--workers", str(workers)]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _turns(mode: str, n: int, corpus: str, conn) -> None:
    """A live process of one mode: loads its model, then times each batch it is sent (None ends)."""
    records = load_texts(n, corpus)
    timings: dict[str, float] = {}
    errors = [0]
    if mode == "bare":
        import spacy

        from newsgraph.nlp import MODEL

        nlp = spacy.load(MODEL)

        def work(rs: list[dict]) -> None:
            for _ in nlp.pipe((r["text"] for r in rs), batch_size=32):
                pass

    else:
        from newsgraph.nlp import load
        from newsgraph.pipeline import analyze_many

        load()

        def work(rs: list[dict]) -> None:
            analyses = analyze_many(_articles(rs), timings=timings)
            errors[0] += sum(1 for a in analyses if getattr(a, "error", None))

    conn.send("ready")
    while (span := conn.recv()) is not None:
        t0 = time.perf_counter()
        work(records[span[0] : span[1]])
        conn.send(time.perf_counter() - t0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    conn.send({"n": len(records), "stages": timings, "errors": errors[0], "peak_rss_mb": peak})


def interleaved(n: int, corpus: str, batch: int) -> tuple[dict, dict]:
    """Both modes timed batch by batch in turns (see the module doc)."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    ends, procs = {}, []
    for mode in ("bare", "full"):
        mine, theirs = ctx.Pipe()
        procs.append(ctx.Process(target=_turns, args=(mode, n, corpus, theirs)))
        procs[-1].start()
        ends[mode] = mine
    for conn in ends.values():
        conn.recv()  # both models loaded
    seconds = {"bare": 0.0, "full": 0.0}
    total = len(load_texts(n, corpus))
    for k, start in enumerate(range(0, total, batch)):
        for mode in ("bare", "full") if k % 2 == 0 else ("full", "bare"):
            ends[mode].send((start, start + batch))
            seconds[mode] += ends[mode].recv()
    results = {}
    for mode, conn in ends.items():
        conn.send(None)
        results[mode] = {**conn.recv(), "seconds": seconds[mode]}
    for proc in procs:
        proc.join()
    return results["bare"], results["full"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--corpus", choices=sorted(CORPUS_FILES), default="bbc")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--child", choices=["bare", "full", "ray"])
    parser.add_argument("--interleave", type=int, metavar="K", help="time the modes in turns of K articles")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.n, args.corpus, args.workers)
        return
    if args.interleave:
        bare, full = interleaved(args.n, args.corpus, args.interleave)
        print(f"(modes timed in turns of {args.interleave} articles)")
    else:
        bare, full = measure("bare", args.n, args.corpus), measure("full", args.n, args.corpus)
    n = bare["n"]
    bare_rate, full_rate = n / bare["seconds"], n / full["seconds"]
    print(f"articles: {n} {CORPUS_FILES[args.corpus]} (unique texts)")
    print(f"bare spaCy nlp.pipe: {bare_rate:.1f} articles/s  (peak RSS {bare['peak_rss_mb']:.0f} MB)")
    print(f"newsgraph pipeline:  {full_rate:.1f} articles/s  (peak RSS {full['peak_rss_mb']:.0f} MB)")
    print(f"ratio (pipeline / bare): {full_rate / bare_rate:.2f}   errors: {full['errors']}")
    total = full["seconds"]
    stages = full["stages"]
    print("stage share of pipeline time (rest is spaCy):")
    for name, secs in stages.items():
        print(f"  {name:<10} {100 * secs / total:5.1f}%")
    print(f"  {'spaCy+io':<10} {100 * (total - sum(stages.values())) / total:5.1f}%")
    if args.workers > 1:
        ray = measure("ray", args.n, args.corpus, args.workers)
        rate = n / ray["seconds"]
        print(
            f"newsgraph on Ray Data, {args.workers} workers: {rate:.1f} articles/s, "
            f"{rate / full_rate:.2f}x the single-process pipeline, {rate / bare_rate:.2f}x bare spaCy "
            f"(start-up included; errors: {ray['errors']})"
        )


if __name__ == "__main__":
    main()
