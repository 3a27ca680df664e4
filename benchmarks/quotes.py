"""Quote attribution accuracy on ../shared/eval/quotes (PolNeAR and GenderGapTracker gold).

    python benchmarks/quotes.py [--dataset polnear|ggt|names|canada|all] [--split SPLIT] [--limit N]
                                 [--classes ...] [--misses]

PolNeAR (tune on train/dev, report test): content and source spans, precision/recall/F1 with
- exact match: the same word tokens (punctuation and quotation marks ignored; discontinuous gold
  spans are the union of their fragments);
- overlap: at least one shared word token.
Each role is scored on its distinct spans per article ("per role", as PARC/PolNeAR evaluations do):
precision counts predicted spans that match some gold span, recall gold spans matched by some
predicted span. Predictions without a speaker span are no source predictions. Also printed, stricter:
"source+content" counts a source only within an attribution whose content matches the quote's.
"speaker attribution accuracy": for each gold attribution with a source and a predicted quote sharing
a word with its content (the one sharing most), our speaker is right when a mention of our speaker's
entity shares a word with the gold source (the entities stage links pronouns and descriptions to their
entity, so "he" counts when it is linked to our speaker), or when our speaker span does and the gold
source is not mostly (over half its words) mentions of another entity: an unlinked "he" or "the GOP
nominee" is judged by position, a "he" linked to someone else is wrong (mentions inside our speaker
phrase are ours: "Trump and Clinton" speaking together). No speaker is wrong.
GGT (tune on `suggested_split == "tune"`, report on "report"): quote overlap P/R/F1 (any shared word
token), the same at GGT's own rule (|gold ∩ pred| / |gold| >= 0.3 over characters), and speaker
full-name accuracy: for each gold quote matched by a prediction (largest overlap; of equals, the one closest
in length, as for the judged rounds, since session 30), our canonical
speaker name equals their `speaker_name` (case-insensitive); also split by the gold speaker: a person the
article's `people` list names, or anyone else (bodies and groups, written as the annotators found them).
Judged names (`--dataset names`, a TUNING figure: its errors were studied while fixing them): quotes
our pipeline emitted on ../shared/corpora/bbc-news.jsonl (articles shuffled with the round's seed, up to
2 non-tweet quotes an article drawn at random), each hand-judged for the speaker's full canonical name
as a GGT annotator would write it (benchmarks/quote_names_round*.jsonl: ids, offsets, our name then,
judged name; no article text). Round 1: seed 20261130, 83 quotes. Round 2: seed 20261201, round 1's
articles excluded, the first 41 articles with a quote (81 quotes), judged blind on the round-1 code.
Round 3: seed 20261202, business and politics articles only, rounds 1-2 excluded, the first 41 articles
with a quote (82 quotes), judged blind on the round-2 code. Round 4: seed 20261203, all five sections,
rounds 1-3 excluded, the first 40 articles with a quote among 70 shuffled (77 quotes), judged blind on the
round-3 code. Round 5: seed 20261204, all five sections, rounds 1-4 excluded, the first 40 articles with a
quote among 70 shuffled (79 quotes), judged blind on the round-4 code (0.696). Round 6: seed 20261205, all
five sections, rounds 1-5 excluded, the first 40 articles with a quote among 70 shuffled (79 quotes), judged
blind on the round-5 code (0.570; 0.582 before one label, "FBI", became the name the article spells out,
"Federal Bureau of Investigation", as the acronym rule wants). Round 7: seed 20261206, all five sections,
rounds 1-6 excluded, the first 40 articles with a quote among 70 shuffled (78 quotes), judged on the
session-8 code by a judge who saw the articles but not our answers (0.679; 0.825 on the 63 that are
statements). Round 8: seed 20261207, rounds 1-7 excluded, drawn the same way (80 quotes), judged likewise on
the session-9 code (0.625; 0.723 on the 65 that are statements). Round 9: seed 20261130 (round 1's seed, but
rounds 1-8 excluded), drawn the same way (76 quotes), judged likewise on the session-10 code (0.592; 0.661 on
the 62 that are statements). Round 10: 40 more BBC articles (77 quotes), judged on the session-11 code.
Round 11: PolNeAR *train* (US political news, a tuning split, closer to GGT's North American news than
BBC): seed 1311, the first 40 shuffled articles of 1,500-9,000 characters, up to 2 of our quotes each,
judged blind on the session-12 code. Round 12: the next 40 of that shuffle (80 quotes), judged blind on the
session-13 code after two names merges (0.475; 0.587 on the 63 statements); three labels where the judge
credited an outlet relaying a statement ("…, according to CNN", "The Post quoted X as saying") take the
judge's own alternative, the original speaker (the third changed after our output was seen, for
consistency). Round 13: the next 40 of that shuffle (80 quotes), judged blind on the session-13 final quotes
code (0.638; 0.700 on the 70 statements), the judge told that a relayed statement is the speaker's.
Round 14: the next 40 (80 quotes), drawn and judged blind on the session-13 final code (0.625; 0.727 on the
66 statements). Round 15: the next 40 ([160:200] of that shuffle; 80 quotes, up to 2 an article drawn with
random.Random(15)), drawn and judged blind on the session-13 final code (0.588; one label then took the
article's curly apostrophe where the judge had typed a straight one: 0.600, 43/55 on the statements).
Round 16: the next 40 ([200:240]; random.Random(16)), 80 quotes drawn and judged blind on the session-14 final
code (0.600; 47/66 on the statements). Round 17: the next 40 unjudged articles of that shuffle ([240:280] with
rounds 11-16's articles excluded; random.Random(17)), 79 quotes drawn and judged blind on the session-14 final
code (0.747; 57/69 on the statements). Round 18: the next 40 unjudged articles of that shuffle (rounds
11-17's articles excluded; random.Random(18)), 80 quotes drawn and judged blind on the session-15 code after
four merges (0.613; 45/70 on the statements). Round 19: the next 40 unjudged articles of that shuffle (rounds
11-18's articles excluded; random.Random(19)), 78 quotes drawn and judged blind on the session-15 final code
plus the session-16 dateline boundaries (0.705; 52/62 on the statements; one label then took the article's
curly apostrophe where the judge had typed a straight one: 0.718). Round 20: the next 40 (random.Random(20)),
78 quotes drawn and judged blind on the session-16 code after three merges (0.692; 53/66 on the statements).
A judged name "" means no speaker is right
(in round 6, 25 of the 79 drawn quotes were no statement at all: "Inbev has seen its profits soar").
Each round is re-scored separately: the quote of ours overlapping the stored span most must carry the
judged name.
Canadian probes (`--dataset canada`, a TUNING figure): benchmarks/quote_probes_canada.jsonl, 40 invented
passages in the styles of the seven GGT outlets (415 statements), written and labelled blind in session 14 by
a fresh helper who saw neither our code nor any data, with the GGT convention (a person's fullest name without
titles; organisations and unnamed speakers as written). Scored like GGT. Blind figure on the session-13 code:
speaker full-name 0.910 (372/409 matched), 6 gold statements unmatched.
Also prints the quotes stage's share of pipeline time (spaCy included).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from newsgraph import quotes
from newsgraph.model import Analysis, Article
from newsgraph.pipeline import STAGES, analyze_many
from newsgraph.quotes.cues import DEFAULT_CLASSES

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVAL = SHARED / "eval" / "quotes"
JUDGED = sorted(Path(__file__).resolve().parent.glob("quote_names_round*.jsonl"))
WORD = re.compile(r"\w+")
Spans = list[list[int]]


def tokens(text: str, spans: Spans) -> frozenset[int]:
    """Start offsets of the word tokens inside the spans."""
    return frozenset(m.start() for s, e in spans for m in WORD.finditer(text, s, e))


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> str:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}  (pred {n_pred}, gold {n_gold})"


def run_pipeline(
    records: list[dict], classes: frozenset[str]
) -> tuple[list[Analysis], dict[str, float], float]:
    """Full pipeline on the records; the quotes stage runs with the given cue classes."""
    if classes != DEFAULT_CLASSES:
        i = next(n for n, (name, _) in enumerate(STAGES) if name == "quotes")
        STAGES[i] = ("quotes", lambda ctx: quotes.run(ctx, classes))
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    articles = [Article(id=r["id"], text=r["text"]) for r in records]
    results = []
    for article, result in zip(articles, analyze_many(articles, timings=timings), strict=True):
        if not isinstance(result, Analysis):  # counted as an article with no quotes
            print(f"  {result.id}: {result.error}")
            result = Analysis(id=article.id, text=article.text)
        results.append(result)
    return results, timings, time.perf_counter() - t0


class Scorer:
    """Counts matches of predicted vs gold token sets, exact and overlap."""

    def __init__(self) -> None:
        self.counts = {k: [0, 0, 0, 0] for k in ("exact", "overlap")}

    def add(self, pred: list[frozenset[int]], gold: list[frozenset[int]]) -> None:
        for mode, hit in (("exact", lambda a, b: a == b), ("overlap", lambda a, b: bool(a & b))):
            c = self.counts[mode]
            c[0] += sum(any(hit(p, g) for g in gold) for p in pred)
            c[1] += len(pred)
            c[2] += sum(any(hit(p, g) for p in pred) for g in gold)
            c[3] += len(gold)

    def report(self, label: str) -> None:
        for mode, c in self.counts.items():
            print(f"  {label:14} {mode:8} {prf(*c)}")


def score_polnear(records: list[dict], results: list[Analysis]) -> list[str]:
    content, source, joint = Scorer(), Scorer(), Scorer()
    misses: list[str] = []
    attribution = {"right": 0, "wrong": 0, "no speaker": 0}
    for rec, res in zip(records, results, strict=True):
        text = rec["text"]
        for verdict, a, quote in judged_speakers(rec, res):
            attribution[verdict] += 1
            if verdict != "right":
                misses.append(_speaker_miss(text, verdict, a, quote))
        gold = [(tokens(text, a["content"]), tokens(text, a["source"])) for a in rec["attributions"]]
        gold = [(c, s) for c, s in gold if c]
        pred = [(tokens(text, [[q.start, q.end]]), q.speaker) for q in res.quotes]
        content.add(list({c for c, _ in pred}), list({c for c, _ in gold}))
        pred_src = [(c, tokens(text, [[sp.start, sp.end]])) for c, sp in pred if sp and sp.start is not None]
        gold_src = [(c, s) for c, s in gold if s]
        # per role: the distinct source spans of the article
        source.add(list({s for _, s in pred_src}), list({s for _, s in gold_src}))
        # stricter: a source counts only within an attribution whose content matches too
        for mode, hit in (("exact", lambda a, b: a == b), ("overlap", lambda a, b: bool(a & b))):
            cnt = joint.counts[mode]
            cnt[0] += sum(any(pc & gc and hit(ps, gs) for gc, gs in gold_src) for pc, ps in pred_src)
            cnt[1] += len(pred_src)
            cnt[2] += sum(any(pc & gc and hit(ps, gs) for pc, ps in pred_src) for gc, gs in gold_src)
            cnt[3] += len(gold_src)
    content.report("content")
    source.report("source")
    joint.report("source+content")
    right, judged = attribution["right"], sum(attribution.values())
    print(
        f"  speaker attribution accuracy {right / max(1, judged):.3f}  ({right}/{judged} gold attributions "
        f"with a source and a matched quote; no speaker {attribution['no speaker']})"
    )
    return misses


def _speaker_miss(text: str, verdict: str, a: dict, quote) -> str:
    """One speaker-attribution miss: the gold source, our speaker (name and phrase), the quote's start."""
    gold = " ... ".join(text[s:e] for s, e in a["source"])
    sp = quote.speaker
    ours = text[sp.start : sp.end] if sp and sp.start is not None else ""
    name = sp.name if sp else None
    head = " ".join(text[quote.start : quote.end].split())[:90]
    return f"    {verdict:10} gold {gold!r:32} got {name!r} ({ours!r}) @{quote.start}: {head}"


def judged_speakers(rec: dict, res: Analysis) -> list[tuple[str, dict, object]]:
    """(right / wrong / no speaker, gold attribution, our quote) for each gold attribution with a source
    and a quote overlapping its content (the rule is in the module docstring)."""
    text = rec["text"]
    mentions = {e.id: [tokens(text, [[m.start, m.end]]) for m in e.mentions] for e in res.entities}
    quotes = [(tokens(text, [[q.start, q.end]]), q) for q in res.quotes]
    verdicts = []
    for a in rec["attributions"]:
        gold_content, gold_source = tokens(text, a["content"]), tokens(text, a["source"])
        if not gold_content or not gold_source:
            continue
        # the quote sharing most words with the content; of equals, the one closest in length
        overlap, _, quote = max(
            ((len(c & gold_content), -abs(len(c) - len(gold_content)), q) for c, q in quotes),
            key=lambda x: x[:2],
            default=(0, 0, None),
        )
        if not overlap:
            continue
        sp = quote.speaker
        if sp is None or (sp.entity is None and not sp.name):
            verdicts.append(("no speaker", a, quote))
            continue
        if sp.entity and any(m & gold_source for m in mentions.get(sp.entity, [])):
            verdicts.append(("right", a, quote))
            continue
        own = tokens(text, [[sp.start, sp.end]]) if sp.start is not None else frozenset()
        at_span = bool(own & gold_source)
        # mentions inside our own speaker phrase are no one else ("Trump and Clinton" speaking together)
        others = [m for eid, ms in mentions.items() if eid != sp.entity for m in ms if not m <= own]
        other = 2 * len(gold_source & frozenset().union(*others)) > len(gold_source)
        verdicts.append(("right" if at_span and not other else "wrong", a, quote))
    return verdicts


def _char_overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def closest(span: tuple[int, int], quotes: list) -> object | None:
    """Our quote for a gold or judged span: the one overlapping it most; of equals, the one closest in length
    (a statement reported inside another is matched to its own quote, not to the one around it)."""
    best = max(
        quotes,
        key=lambda q: (_char_overlap(span, (q.start, q.end)), -abs(q.end - q.start - span[1] + span[0])),
        default=None,
    )
    return best if best is not None and _char_overlap(span, (best.start, best.end)) else None


def score_ggt(records: list[dict], results: list[Analysis]) -> list[str]:
    quote_tok, quote_ggt = Scorer(), [0, 0, 0, 0]
    named = correct = 0
    by_kind = {"named persons": [0, 0], "other speakers": [0, 0]}  # [right, matched]
    misses: list[str] = []
    for rec, res in zip(records, results, strict=True):
        people = {p.casefold() for p in rec.get("people", [])}
        text = rec["text"]
        gold = [q for q in rec["quotes"]]
        pred = [q for q in res.quotes]
        quote_tok.add(
            [tokens(text, [[q.start, q.end]]) for q in pred], [tokens(text, [g["quote"]]) for g in gold]
        )

        def ggt_hit(g: dict, q) -> bool:
            s, e = g["quote"]
            return _char_overlap((s, e), (q.start, q.end)) / max(1, e - s) >= 0.3

        quote_ggt[0] += sum(any(ggt_hit(g, q) for g in gold) for q in pred)
        quote_ggt[1] += len(pred)
        quote_ggt[2] += sum(any(ggt_hit(g, q) for q in pred) for g in gold)
        quote_ggt[3] += len(gold)
        for g in gold:
            best = closest(tuple(g["quote"]), pred)
            if best is None:
                continue
            named += 1
            name = best.speaker.name if best.speaker else None
            kind = by_kind["named persons" if g["speaker_name"].casefold() in people else "other speakers"]
            kind[1] += 1
            if (name or "").casefold() == g["speaker_name"].casefold():
                correct += 1
                kind[0] += 1
            else:
                misses.append(f"    {g['speaker_name']!r:30} got {name!r}")
    quote_tok.counts.pop("exact")
    quote_tok.report("quote")
    print(f"  quote    GGT@0.3  {prf(*quote_ggt)}")
    print(f"  speaker full-name accuracy {correct / max(1, named):.3f}  ({correct}/{named} matched quotes)")
    kinds = ", ".join(f"{k} {r / max(1, n):.3f} ({r}/{n})" for k, (r, n) in by_kind.items())
    print(f"  by gold speaker: {kinds}")
    return misses


def judged_items(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_names(records: list[dict], results: list[Analysis]) -> list[str]:
    """Judged speaker names, each round file on its own."""
    by_id = {res.id: res for res in results}
    misses: list[str] = []
    for path in JUDGED:
        misses += score_round(path.stem, judged_items(path), by_id)
    return misses


def score_round(label: str, judged: list[dict], by_id: dict[str, Analysis]) -> list[str]:
    """The quote overlapping each judged span most must carry the judged name."""
    right, misses = 0, []
    for item in judged:
        span = (item["start"], item["end"])
        quotes = by_id[item["id"]].quotes
        best = closest(span, quotes)
        ok = best is not None
        name = best.speaker.name if ok and best.speaker else None
        if (name or "").casefold() == item["judged"].casefold():
            right += 1
        else:
            misses.append(f"    {item['id']} {span}: {item['judged']!r:30} got {name!r}")
    before = sum(item["correct"] for item in judged)
    score = f"{right / len(judged):.3f}  ({right}/{len(judged)}; when judged {before})"
    print(f"  {label}: judged speaker names {score}")
    return misses


NAMES_CORPORA = {
    "bbc-news": SHARED / "corpora" / "bbc-news.jsonl",
    "polnear-train": EVAL / "polnear.train.jsonl",
}


def judged_articles() -> list[dict]:
    """The articles the judged rounds drew from (BBC news; PolNeAR train from round 11)."""
    wanted = {(item.get("corpus", "bbc-news"), item["id"]) for path in JUDGED for item in judged_items(path)}
    records = []
    for corpus, path in NAMES_CORPORA.items():
        with open(path, encoding="utf-8") as lines:
            records += [r for r in map(json.loads, lines) if (corpus, r["id"]) in wanted]
    return records


def load(name: str, split: str | None, limit: int | None) -> list[dict]:
    if name == "names":
        return judged_articles()
    if name == "canada":
        path = Path(__file__).resolve().parent / "quote_probes_canada.jsonl"
    else:
        path = EVAL / (f"polnear.{split or 'dev'}.jsonl" if name == "polnear" else "ggt.jsonl")
    with open(path, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    if name == "ggt":
        records = [r for r in records if r["suggested_split"] == (split or "tune")]
    return records[:limit] if limit else records


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dataset", choices=["polnear", "ggt", "names", "canada", "all"], default="all")
    parser.add_argument(
        "--split", help="polnear: train|dev|test (default dev); ggt: tune|report (default tune)"
    )
    parser.add_argument("--limit", type=int, help="first N articles only")
    parser.add_argument("--classes", default=",".join(sorted(DEFAULT_CLASSES)), help="cue classes to use")
    parser.add_argument(
        "--misses", action="store_true", help="print speaker misses (PolNeAR attribution, GGT / judged names)"
    )
    args = parser.parse_args()
    classes = frozenset(args.classes.split(","))
    total_stage = total_wall = 0.0
    quotes_time = 0.0
    for name in ("polnear", "ggt") if args.dataset == "all" else (args.dataset,):
        records = load(name, args.split, args.limit)
        results, timings, wall = run_pipeline(records, classes)
        print(f"{name} ({args.split or 'default split'}, {len(records)} articles)")
        scorer = {"polnear": score_polnear, "ggt": score_ggt, "canada": score_ggt, "names": score_names}[name]
        misses = scorer(records, results)
        if args.misses and misses:
            print("\n".join(misses))
        quotes_time += timings.get("quotes", 0.0)
        total_stage += sum(timings.values())
        total_wall += wall
    print(
        f"time: pipeline {total_wall:.1f}s, all stages {total_stage:.1f}s, quotes stage {quotes_time:.2f}s "
        f"= {quotes_time / total_wall:.1%} of pipeline time"
    )


if __name__ == "__main__":
    main()
