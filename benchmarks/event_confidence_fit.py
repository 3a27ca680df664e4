"""Fit the event confidence model (issue 5) on the hand-judged event samples and print its held-out
calibration.

    python benchmarks/event_confidence_fit.py [--write] [--folds 10]

Data: every judged row of benchmarks/event_precision_*.jsonl (the blind rounds and the tuning
samples; a row judged twice counts once). Each row is an event that the code of its day produced on
articles nobody had tuned on, with its judgement: the situation of a fresh blind sample. Its
features are computed on today's parse of its article (../shared/corpora) by
newsgraph.events.confidence.features from what the row itself states (trigger offsets, type,
claim, actor spans and codes; further reports and the article's other events from today's run), so
the judgement holds for the features it gets, also for rows that today's code no longer emits
(their errors were fixed since). Training on only the rows today's code still emits unchanged
would learn the rosier rate of events whose articles the fixes were tuned on.

Model: logistic regression over the yes/no features, L2-penalised (the bias is not), fitted by
Newton's method with numpy (scikit-learn is no dependency; this is a dozen lines). Features seen
fewer than MIN_COUNT times are left out, except the trigger word ("lemma=...") and CAMEO code
("cameo=..."): those one-hots are replaced by two numbers (`encode`), the word's and the code's
judged precision smoothed towards the mean (SMOOTHING pseudo-rows), as log-odds; it is computed
from training articles only (a training row's from the other training articles, inner 5-fold), so
rare words count too and no row's judgement feeds its own feature. The penalty is chosen by grouped
cross-validation (log loss), and the held-out figures come from an outer grouped K-fold by article
(encodings and penalty computed inside each outer training part), so no article is scored by a
model that saw it. Printed: AUC, log loss, the precision of the events at or above each confidence
threshold and the share of events kept, for the confidence each row had when it was drawn and for
the new model held out, on all rows and on the rows today's code still emits unchanged (the
judgement then holds for today's event: same trigger, type, actor spans and codes), also as mean
and half-range over three fold seeds (SEEDS); then leave-one-sample-file-out (each sample scored by
a model fitted on others, the way a fresh blind round is scored). The recommended threshold is
the lowest held-out threshold whose events reach TARGET precision.

--write fits on all rows and writes newsgraph/data/events_confidence.json (weights, bias and a
`_source` with these figures); each word's and code's encoding times the encoding's weight is
written as that one-hot's weight (`unfolded`), so the live model stays a dot product. Refit after
changes to event detection or actors: the features of old rows follow today's parse, their
judgements do not change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Iterable

import numpy as np
from _shared import CORPORA, REPO, read_jsonl

from newsgraph import pipeline
from newsgraph.context import Context
from newsgraph.events import confidence
from newsgraph.events.roles import article_country
from newsgraph.model import Actor, Article, Event, Span

OUT = REPO / "newsgraph" / "data" / "events_confidence.json"
THRESHOLDS = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0)
MIN_COUNT = 15
TARGET = 0.85
ENCODED = ("lemma=", "cameo=")  # one-hots replaced by their judged precision (encode)
SMOOTHING = 3.0
SEEDS = ("", "seed1", "seed2")  # fold seeds: held-out figures are given as mean and spread over them
KEY_FIELDS = (
    "id",
    "trigger",
    "plover",
    "cameo",
    "actor1",
    "actor1_span",
    "actor2",
    "actor2_span",
    "claimed_by",
)


def judged_rows() -> list[dict]:
    """Judged rows, one per distinct event (same article, trigger, codes, actors and claim)."""
    rows: dict[str, dict] = {}
    for path in sorted((REPO / "benchmarks").glob("event_precision_*.jsonl")):
        for row in read_jsonl(path):
            if row.get("judgement") in ("correct", "incorrect"):
                rows.setdefault(json.dumps([row[k] for k in KEY_FIELDS]), {**row, "file": path.stem})
    return list(rows.values())


def _actor(ctx: Context, code: str | None, span: list[int] | None) -> Actor | None:
    if span is None:
        return None
    return Actor(text=ctx.text[span[0] : span[1]], start=span[0], end=span[1], code=code)


def _row_event(ctx: Context, row: dict) -> Event | None:
    """The row's event as the events stage would emit it; its further reports are those of today's
    event at the same trigger (if today's code still finds one)."""
    start, end = row["trigger"]
    if not ctx.text[start:end].strip():
        return None  # the article text changed under the row
    today = next((e for e in ctx.analysis.events if (e.trigger.start, e.trigger.end) == (start, end)), None)
    return Event(
        id="",
        plover=row["plover"],
        cameo=row["cameo"],
        cameo_root=row["cameo"][:2],
        quad_class=0,
        goldstein=0.0,
        actor1=_actor(ctx, row["actor1"], row["actor1_span"]),
        actor2=_actor(ctx, row["actor2"], row["actor2_span"]),
        trigger=Span(start=start, end=end, text=ctx.text[start:end]),
        sentence={"start": row["sentence"][0], "end": row["sentence"][1]},
        claimed_by=row["claimed_by"],
        confidence=0.0,
        evidence=today.evidence if today is not None else [],
    )


def _as_row(e: Event) -> dict:
    return {
        "trigger": [e.trigger.start, e.trigger.end],
        "plover": e.plover,
        "actor1": e.actor1.code if e.actor1 else None,
        "actor1_span": [e.actor1.start, e.actor1.end] if e.actor1 else None,
        "actor2": e.actor2.code if e.actor2 else None,
        "actor2_span": [e.actor2.start, e.actor2.end] if e.actor2 else None,
    }


def _unchanged(ctx: Context, row: dict) -> bool:
    """Today's code still emits the row's event: same trigger, type, actor spans and codes (its
    judgement holds for today's event; a changed CAMEO code within the type does not matter)."""
    return any(all(today[k] == row[k] for k in today) for today in map(_as_row, ctx.analysis.events))


def feature_table(rows: list[dict]) -> list[tuple[dict, dict[str, float]]]:
    """(row, features) for every row whose article still parses, from one pipeline run over the
    judged articles (a last stage computes the rows' features while the parse is at hand)."""
    by_article: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        by_article[(row["corpus"], row["id"])].append(row)
    table: list[tuple[dict, dict[str, float]]] = []
    corpus_of: dict[str, str] = {}

    def judged_stage(ctx: Context) -> None:
        for row in by_article.get((corpus_of[ctx.analysis.id], ctx.analysis.id), []):
            if (event := _row_event(ctx, row)) is not None:
                feats = confidence.features(ctx, event, ctx.analysis.events, article_country(ctx))
                table.append(({**row, "unchanged": _unchanged(ctx, row)}, feats))

    pipeline.STAGES.append(("judged", judged_stage))
    for corpus in sorted({c for c, _ in by_article}):
        docs = [d for d in read_jsonl(CORPORA / corpus) if (corpus, d["id"]) in by_article]
        corpus_of.update((d["id"], corpus) for d in docs)
        articles = [Article(id=d["id"], text=d["text"], published=d.get("published")) for d in docs]
        for _ in pipeline.analyze_many(articles):
            pass
    pipeline.STAGES.pop()
    return table


# --- logistic regression ------------------------------------------------------------------------


def fit(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method; column 0 is the (unpenalised) bias."""
    w = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], penalty)
    ridge[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + ridge * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(ridge) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x @ w))


def folds_of(groups: list[str], k: int, salt: str = "") -> np.ndarray:
    return np.array([int(hashlib.sha256(f"{salt}{g}".encode()).hexdigest(), 16) % k for g in groups])


def _log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def choose_penalty(x: np.ndarray, y: np.ndarray, groups: list[str]) -> float:
    """The penalty with the lowest grouped 5-fold log loss."""
    fold = folds_of(groups, 5, salt="inner")
    losses = {}
    for penalty in PENALTIES:
        p = np.zeros(len(y))
        for f in range(5):
            test = fold == f
            p[test] = predict(x[test], fit(x[~test], y[~test], penalty))
        losses[penalty] = _log_loss(p, y)
    return min(losses, key=losses.get)


def held_out(feats: list[dict[str, float]], y: np.ndarray, fold: np.ndarray, groups: list[str]) -> np.ndarray:
    """Each row's probability from a model fitted (encodings computed, penalty chosen) without its
    fold."""
    p = np.zeros(len(y))
    for f in sorted(set(fold)):
        test = fold == f
        encoded = encode(feats, y, ~test, groups)
        x, names = design(encoded, ~test)
        train_groups = [g for g, t in zip(groups, test, strict=True) if not t]
        penalty = choose_penalty(x[~test], y[~test], train_groups)
        p[test] = predict(x[test], fit(x[~test], y[~test], penalty))
    return p


# --- encoded features: the judged precision of the trigger word and of the CAMEO code ------------


def encoding(feats: list[dict[str, float]], y: np.ndarray, prefix: str) -> dict[str, float]:
    """Each feature with the prefix -> its smoothed judged precision as log-odds above the mean
    (SMOOTHING pseudo-rows at the mean rate), so a word judged twice barely moves."""
    prior = float(y.mean())
    hits: dict[str, float] = defaultdict(float)
    seen: dict[str, int] = defaultdict(int)
    for row, label in zip(feats, y, strict=True):
        for name in row:
            if name.startswith(prefix):
                hits[name] += label
                seen[name] += 1
    return {
        name: _logit((hits[name] + SMOOTHING * prior) / (seen[name] + SMOOTHING)) - _logit(prior)
        for name in seen
    }


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _encoded(row: dict[str, float], tables: dict[str, dict[str, float]]) -> dict[str, float]:
    out = {name: v for name, v in row.items() if not name.startswith(ENCODED)}
    for prefix, table in tables.items():
        out[f"{prefix}precision"] = sum(table.get(name, 0.0) for name in row if name.startswith(prefix))
    return out


def encode(feats: list[dict[str, float]], y: np.ndarray, train: np.ndarray, groups: list[str]) -> list[dict]:
    """The rows with the ENCODED one-hots replaced by their encodings from the training rows: a
    training row's from the other training articles (inner 5-fold by article, so its own judgement
    never feeds its feature), any other row's from all training rows."""
    rows = np.flatnonzero(train)
    out = [_encoded(row, _tables(feats, y, rows)) for row in feats]
    inner = folds_of([groups[i] for i in rows], 5, salt="encode")
    for f in range(5):
        tables = _tables(feats, y, rows[inner != f])
        for i in rows[inner == f]:
            out[i] = _encoded(feats[i], tables)
    return out


def _tables(feats: list[dict[str, float]], y: np.ndarray, rows: np.ndarray) -> dict[str, dict[str, float]]:
    return {prefix: encoding([feats[i] for i in rows], y[rows], prefix) for prefix in ENCODED}


# --- report ---------------------------------------------------------------------------------------


def calibration(p: Iterable[float], y: Iterable[float]) -> list[tuple[float, float, int, float]]:
    """(threshold, precision at or above it, events kept, share kept) per threshold."""
    pairs = list(zip(p, y, strict=True))
    out = []
    for t in THRESHOLDS:
        kept = [label for score, label in pairs if score >= t]
        out.append((t, sum(kept) / max(len(kept), 1), len(kept), len(kept) / max(len(pairs), 1)))
    return out


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """The chance that a right event scores above a wrong one (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    above = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(above / max(len(pos) * len(neg), 1))


def show(title: str, p: np.ndarray, y: np.ndarray) -> list[tuple[float, float, int, float]]:
    table = calibration(p, y)
    cells = ", ".join(f">={t}: {prec:.3f} ({n}, {share:.0%})" for t, prec, n, share in table)
    print(
        f"{title}\n  AUC {auc(p, y):.3f}, log loss {_log_loss(p, y):.4f}; "
        f"precision (events kept, share kept) {cells}"
    )
    return table


def show_seeds(title: str, runs: list[np.ndarray], y: np.ndarray) -> None:
    """Mean and half-range over fold seeds of AUC, log loss and precision / share kept."""
    tables = [calibration(p, y) for p in runs]

    def cell(values: list[float], fmt: str) -> str:
        return f"{np.mean(values):{fmt}}±{(max(values) - min(values)) / 2:{fmt}}"

    cells = ", ".join(
        f">={t}: {cell([tb[i][1] for tb in tables], '.3f')} ({np.mean([tb[i][3] for tb in tables]):.0%})"
        for i, t in enumerate(THRESHOLDS)
    )
    print(
        f"{title}\n  AUC {cell([auc(p, y) for p in runs], '.4f')}, log loss "
        f"{cell([_log_loss(p, y) for p in runs], '.4f')}; precision (share kept) {cells}"
    )


def recommended(table: list[tuple[float, float, int, float]]) -> tuple[float, float, int, float] | None:
    return next((row for row in table if row[1] >= TARGET and row[2] >= 20), None)


def design(feats: list[dict[str, float]], train: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """The design matrix (column 0 the bias) over the features seen at least MIN_COUNT times in the
    training rows (the encodings always)."""
    counts: dict[str, int] = defaultdict(int)
    for row in np.flatnonzero(train):
        for name in feats[row]:
            counts[name] += 1
    names = sorted(n for n, c in counts.items() if c >= MIN_COUNT or n.endswith("precision"))
    x = np.zeros((len(feats), len(names) + 1))
    x[:, 0] = 1.0
    index = {n: i + 1 for i, n in enumerate(names)}
    for r, row in enumerate(feats):
        for name, value in row.items():
            if name in index:
                x[r, index[name]] = value
    return x, names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="write newsgraph/data/events_confidence.json")
    ap.add_argument("--folds", type=int, default=10)
    args = ap.parse_args()
    table = feature_table(judged_rows())
    feats = [row_feats for _, row_feats in table]
    y = np.array([row["judgement"] == "correct" for row, _ in table], dtype=float)
    groups = [row["id"] for row, _ in table]
    files = [row["file"] for row, _ in table]
    today = np.array([row["unchanged"] for row, _ in table])
    print(
        f"{len(table)} judged events ({int(y.sum())} correct, {y.mean():.3f}), {len(set(groups))} articles; "
        f"{today.sum()} still emitted unchanged by today's code"
    )
    drawn = np.array([r["confidence"] for r, _ in table])
    show("confidence when drawn (each row's code of its day), all rows", drawn, y)
    runs = [held_out(feats, y, folds_of(groups, args.folds, salt), groups) for salt in SEEDS]
    p = runs[0]
    cv = show(f"new model, held out ({args.folds}-fold by article, penalty chosen inside), all rows", p, y)
    cv_today = show("  the rows today's code still emits unchanged", p[today], y[today])
    show_seeds(f"  mean±half-range over {len(SEEDS)} fold seeds, all rows", runs, y)
    show_seeds("  the same, the rows today's code still emits unchanged", [r[today] for r in runs], y[today])
    file_index = {f: i for i, f in enumerate(sorted(set(files)))}
    p_file = held_out(feats, y, np.array([file_index[f] for f in files]), groups)
    show("new model, leave-one-sample-file-out, all rows", p_file, y)
    show("  the rows today's code still emits unchanged", p_file[today], y[today])
    last = [i for i, f in enumerate(files) if f == max(files, key=_round_number)]
    show(f"  the newest round ({files[last[0]]})", p_file[last], y[last])
    best = {view: recommended(table) for view, table in (("all rows", cv), ("today's events", cv_today))}
    for view, row in best.items():
        print(
            f"recommended threshold ({view}, held out, >= {TARGET} precision, most events kept): "
            + (f"{row[0]} (precision {row[1]:.3f}, keeps {row[3]:.0%})" if row else "none reaches it")
        )
    everything = np.ones(len(y), dtype=bool)
    x, names = design(encode(feats, y, everything, groups), everything)
    penalty = choose_penalty(x, y, groups)
    w = fit(x, y, penalty)
    weights = dict(zip(names, map(float, w[1:]), strict=True))
    weights |= unfolded(weights, _tables(feats, y, np.flatnonzero(everything)))
    print(f"penalty {penalty}; weights:")
    for name, weight in sorted(weights.items(), key=lambda nw: nw[1]):
        if abs(weight) >= 0.05 or not name.startswith(ENCODED):
            print(f"  {weight:+.2f} {name}")
    if args.write:
        write(float(w[0]), weights, penalty, len(table), {"all rows": cv, "today's events": cv_today}, best)


def unfolded(weights: dict[str, float], tables: dict[str, dict[str, float]]) -> dict[str, float]:
    """The encodings as plain weights: the weight of "lemma=precision" times each word's encoding
    is that word's own weight, so the live model stays one dot product over yes/no features."""
    out = {}
    for prefix, table in tables.items():
        scale = weights.pop(f"{prefix}precision", 0.0)
        out |= {name: scale * value for name, value in table.items()}
    return out


def _round_number(stem: str) -> int:
    digits = "".join(c for c in stem.removeprefix("event_precision_round") if c.isdigit())
    return int(digits) if stem.startswith("event_precision_round") and digits else -1


def _figures(table: list[tuple[float, float, int, float]]) -> str:
    return "; ".join(f">= {t}: precision {prec:.3f}, {share:.0%} kept" for t, prec, _, share in table)


def write(bias: float, weights: dict[str, float], penalty: float, n: int, held: dict, best: dict) -> None:
    figures = " ".join(f"{view}: {_figures(table)}." for view, table in held.items())
    picks = " ".join(
        f"{view}: {row[0]} (precision {row[1]:.3f}, {row[3]:.0%} kept)." for view, row in best.items() if row
    )
    source = (
        "Fitted for newsgraph (Apache-2.0) by benchmarks/event_confidence_fit.py on the hand-judged "
        f"event samples benchmarks/event_precision_*.jsonl ({n} judged events, features from today's "
        "parse of each row's article). Read by newsgraph/events/confidence.py: the probability that an "
        "event is right is the logistic of `bias` plus the `weights` of its yes/no features (L2-penalised "
        f"logistic regression, penalty {penalty} chosen by grouped cross-validation). Held out (10-fold "
        f"by article, precision of the events at or above a threshold): {figures} "
        f"Lowest threshold reaching {TARGET} held out: {picks or 'none'}"
    )
    model = {
        "_source": source,
        "bias": round(bias, 4),
        "weights": {name: round(v, 4) for name, v in sorted(weights.items()) if round(v, 4)},
    }
    OUT.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written to {OUT}")


if __name__ == "__main__":
    main()
