"""Invariance of quote speakers under meaning-preserving article rewrites (metamorphic test, session 16).

    python benchmarks/quotes_invariance.py [--only NAMES] [--show] [--bbc N] [--limit N]

Scraped news varies in formatting that says nothing about who said what: curly or straight quotation
marks and apostrophes, paragraphs split by one or two newlines, Windows line endings, non-breaking spaces,
dash styles, a wire dateline before the lead, trailing blanks, hard-wrapped lines, "said Jane Doe" or
"Jane Doe said", "..." or "…". Each transform below rewrites a whole article and keeps an offset map
from the original text to the rewritten one. Articles (tuning data only): GGT records with
suggested_split "tune", PolNeAR dev, and the first `--bbc` BBC news articles (default 100). Original and
rewritten articles go through newsgraph.pipeline.analyze_many; each original quote is mapped through the
offset map and paired with the rewritten quote overlapping it most (at least half of the shorter span,
greedy by overlap). Per transform: articles the transform changed, quotes compared (paired), `speaker`
(paired quotes whose speaker name changed, compared after folding quotation marks, apostrophes, dashes
and spaces, so a name only spelt with the rewritten characters is no change), `lost` (original quotes
without a pair), `won` (rewritten quotes without a pair), and GGT tune speaker full-name accuracy on the
rewritten variant (gold quote spans mapped through the offset map; scored like `quotes.py --dataset ggt`).
Only articles a transform changes are analysed again. `--show` prints the changed speakers and the lost
and won quotes. Session 16 (204 articles, 2,992 quotes; speaker changed before -> after the fixes):
nbsp_all 1044 -> 0 (lost 334 -> 0), nbsp_titles 17 -> 0, wrap72 527 -> 7 (lost 1164 -> 2), crlf 33 -> 17,
dateline 9 -> 3. Left: curly (41 speakers changed; GGT tune 0.904 on the variant against 0.921) and
straight_apos (12): the small model reads some words with a curly apostrophe ("O’Neill") unlike their
straight twins; a component giving them the straight word's features was tried and dropped (little gain
for a change to shared vocabulary entries). The rest, and every residue, is parse noise of the statistical
model (double_space 16, indent 32, byline 8).
"""

from __future__ import annotations

import argparse
import bisect
import re
import textwrap
from collections.abc import Callable
from itertools import islice
from typing import NamedTuple

from _shared import CORPORA, EVAL, read_jsonl
from quotes import _char_overlap

from newsgraph.model import Analysis, Article, Quote
from newsgraph.pipeline import analyze_many

Edit = tuple[int, int, str]  # replace text[start:end] with the string


class Rewritten(NamedTuple):
    text: str
    edits: list[tuple[int, int, int, int]]  # (orig start, orig end, new start, new end), in order

    def at(self, pos: int) -> int:
        """The rewritten offset of an original offset (inside a replaced stretch: clipped to it)."""
        i = bisect.bisect_right(self.edits, (pos, float("inf"))) - 1
        if i < 0:
            return pos
        os_, oe, ns, ne = self.edits[i]
        if pos >= oe:
            return pos + ne - oe
        return ns + min(pos - os_, ne - ns)


def apply(text: str, edits: list[Edit]) -> Rewritten:
    """The text with the (non-overlapping) edits applied, and the offset map."""
    out, mapped, last, shift = [], [], 0, 0
    for start, end, new in sorted(edits):
        if start < last:
            continue
        out.append(text[last:start])
        mapped.append((start, end, start + shift, start + shift + len(new)))
        out.append(new)
        shift += len(new) - (end - start)
        last = end
    out.append(text[last:])
    return Rewritten("".join(out), mapped)


Transform = Callable[[str, int], list[Edit]]  # (text, where its body starts after a headline) -> edits


def sub(pattern: str, repl: str | Callable[[re.Match], str], flags: int = 0) -> Transform:
    """Every match of the pattern replaced (a template with \\1 groups, or a function of the match)."""
    rx = re.compile(pattern, flags)

    def edits(text: str, body: int) -> list[Edit]:
        return [
            (m.start(), m.end(), repl(m) if callable(repl) else m.expand(repl)) for m in rx.finditer(text)
        ]

    return edits


def chain(*steps: Transform) -> Transform:
    """Several transforms whose matches do not overlap (the first wins where they do)."""
    return lambda text, body: [e for step in steps for e in step(text, body)]


OPENERS = " \t\n\r\xa0([{—–-/"


def _curly(m: re.Match) -> str:
    """A straight mark made curly: opening after a space, bracket or dash, or at the start."""
    text, i, mark = m.string, m.start(), m.group()
    opening = i == 0 or text[i - 1] in OPENERS
    if mark in ('"', "''"):
        return "\u201c" if opening else "\u201d"
    return "\u2018" if opening and i + 1 < len(text) and text[i + 1].isalnum() else "\u2019"


NOT_NAMES = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mr|Mrs|Ms|Dr|Rep|Sen|Del|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Prof"
)
NAME = rf"(?!(?:{NOT_NAMES})\b)(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? |[A-Z]\. ){{0,2}}[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
QUOTE_END = "[,!?][\"\u201d\u2019']"
NOT_AFTER_TITLE = r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)"
SENTENCE_GAP = NOT_AFTER_TITLE + r"(?:(?<=[a-z][.!?])|(?<=[.!?][\"\u201d])) (?=[\"\u201c]?[A-Z])"
HAS_DATELINE = re.compile(r"[A-Z][A-Z.,' ]+(?:\([^)\n]*\))? ?(?:--|[\u2014\u2013-]) ")
TITLES = r"\b(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Hon|Insp|Supt|Det|Cpl)\. "


def _wrap(text: str, body: int) -> list[Edit]:
    """Paragraphs hard-wrapped at 72 columns (the newlines replace spaces)."""
    edits = []
    for m in re.finditer(r"[^\n]+", text):
        pos = m.start()
        for line in textwrap.wrap(m.group(), 72, break_long_words=False, break_on_hyphens=False)[:-1]:
            pos = text.index(line, pos) + len(line)
            if text[pos] == " ":
                edits.append((pos, pos + 1, "\n"))
    return edits


def _dateline(prefix: str) -> Transform:
    """A wire dateline before the first paragraph of the body, unless it has one."""

    def edits(text: str, body: int) -> list[Edit]:
        m = re.compile(r"\S[^\n]*").search(text, body)
        return [] if m is None or HAS_DATELINE.match(m.group()) else [(m.start(), m.start(), prefix)]

    return edits


TRANSFORMS: dict[str, Transform] = {
    "straight": sub("[\u201c\u201d\u201e\u201f]", '"'),
    "straight_apos": chain(sub("[\u201c\u201d\u201e\u201f]", '"'), sub("[\u2018\u2019\u201a\u201b]", "'")),
    "curly": sub("''|[\"']", _curly),
    "single_nl": sub(r"\n[ \t]*\n\s*", "\n"),
    "double_nl": sub(r"(?<=[^\n])\n(?=[^\n])", "\n\n"),
    "crlf": sub(r"\n", "\r\n"),
    "nbsp_titles": chain(sub(TITLES, "\\1.\xa0"), sub(r"\b([A-Z])\. (?=[A-Z])", "\\1.\xa0")),
    "nbsp_all": sub(r"(?<=\S) (?=\S)", "\xa0"),
    "dash_hyphens": sub(r" ?\u2014 ?", " -- "),
    "dash_en": sub(r" ?\u2014 ?", " \u2013 "),
    "dash_em": sub(r"(?<=[\w.,!?\"\u201d]) [-\u2013] (?=\S)", " \u2014 "),
    "dateline": _dateline("TORONTO \u2014 "),
    "dateline_cp": _dateline("OTTAWA (CP) \u2014 "),
    "trailing_ws": sub(r"(?<=\S)(?=\r?\n|$)", "  "),
    "said_after": sub(rf"(?<={QUOTE_END} )said ({NAME})(?=\.)", "\\1 said"),
    "said_before": sub(rf"(?<={QUOTE_END} )({NAME}) said(?=\.)", "said \\1"),
    "ellipsis_char": sub(r"\.\.\.", "\u2026"),
    "ellipsis_dots": sub("\u2026", "..."),
    "double_space": sub(SENTENCE_GAP, "  "),
    "wrap72": _wrap,
    "indent": sub(r"(?m)^(?=\S)", "    "),
    "byline": lambda text, body: [(body, body, "By Ines Korhonen, The Canadian Press\n\n")],
}
FOLD = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\xa0": " ", "\u2014": "-", "\u2013": "-",
    "\u2026": "...", "\r": "", "\n": " ",
})  # fmt: skip


def fold(name: str | None) -> str:
    """A speaker name with the characters the transforms rewrite folded, and spaces collapsed."""
    return " ".join((name or "").translate(FOLD).split()).casefold()


def records(bbc: int, limit: int | None) -> list[dict]:
    ggt = [r for r in read_jsonl(EVAL / "quotes" / "ggt.jsonl") if r["suggested_split"] == "tune"]
    polnear = list(read_jsonl(EVAL / "quotes" / "polnear.dev.jsonl"))
    news = list(islice(read_jsonl(CORPORA / "bbc-news.jsonl"), bbc))
    recs = [{"id": r["id"], "text": r["text"], "gold": r.get("quotes"), "body": 0} for r in ggt + news]
    # a PolNeAR text opens with its headline as a paragraph of its own
    recs += [
        {"id": r["id"], "text": r["text"], "gold": None, "body": r["text"].find("\n") + 1} for r in polnear
    ]
    return recs[:limit] if limit else recs


def analyse(texts: dict[str, str]) -> dict[str, Analysis]:
    articles = [Article(id=k, text=t) for k, t in texts.items()]
    return {a.id: a for a in analyze_many(articles) if isinstance(a, Analysis)}


def pairs(orig: list[Quote], new: list[Quote], rw: Rewritten) -> list[tuple[Quote, Quote]]:
    """Original and rewritten quotes paired by overlap of the mapped spans (half the shorter at least)."""
    cands = []
    for i, q in enumerate(orig):
        span = (rw.at(q.start), rw.at(q.end))
        for j, p in enumerate(new):
            ov = _char_overlap(span, (p.start, p.end))
            if ov and 2 * ov >= min(span[1] - span[0], p.end - p.start):
                cands.append((ov, i, j))
    used_i, used_j, out = set(), set(), []
    for _, i, j in sorted(cands, reverse=True):
        if i not in used_i and j not in used_j:
            used_i.add(i), used_j.add(j)
            out.append((orig[i], new[j]))
    return out


def name(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


def ggt_accuracy(recs: list[dict], results: dict[str, Analysis], maps: dict[str, Rewritten]) -> str:
    """GGT speaker full-name accuracy with the gold quote spans mapped into the rewritten texts."""
    named = right = 0
    for rec in recs:
        if not rec["gold"] or rec["id"] not in results:
            continue
        rw = maps.get(rec["id"])
        quotes = results[rec["id"]].quotes
        for g in rec["gold"]:
            span = (rw.at(g["quote"][0]), rw.at(g["quote"][1])) if rw else tuple(g["quote"])
            best = max(quotes, key=lambda q: _char_overlap(span, (q.start, q.end)), default=None)
            if best is None or not _char_overlap(span, (best.start, best.end)):
                continue
            named += 1
            right += fold(name(best)) == fold(g["speaker_name"])
    return f"{right / max(1, named):.3f} ({right}/{named})"


def _snippet(text: str, q: Quote) -> str:
    return " ".join(text[max(0, q.start - 60) : q.end + 40].split())[:220]


def compare(name_: str, recs: list[dict], base: dict[str, Analysis], show: bool) -> None:
    maps = {}
    for rec in recs:
        edits = TRANSFORMS[name_](rec["text"], rec["body"])
        rw = apply(rec["text"], edits)
        if rw.text != rec["text"]:
            maps[rec["id"]] = rw
    new = analyse({k: rw.text for k, rw in maps.items()})
    compared = changed = lost = won = 0
    examples: list[str] = []
    for key, rw in maps.items():
        if key not in base or key not in new:
            continue
        orig, after = base[key].quotes, new[key].quotes
        paired = pairs(orig, after, rw)
        compared += len(paired)
        lost += len(orig) - len(paired)
        won += len(after) - len(paired)
        for q, p in paired:
            if fold(name(q)) != fold(name(p)):
                changed += 1
                examples.append(f"  ~ {key} {name(q)!r} -> {name(p)!r} | {_snippet(rw.text, p)}")
        got = {id(q) for q, _ in paired} | {id(p) for _, p in paired}
        examples += [
            f"  - {key} {name(q)!r} | {_snippet(base[key].text, q)}" for q in orig if id(q) not in got
        ]
        examples += [f"  + {key} {name(p)!r} | {_snippet(rw.text, p)}" for p in after if id(p) not in got]
    results = {**base, **new}
    print(
        f"{name_:14} articles={len(maps):4d} compared={compared:5d} speaker={changed:4d} lost={lost:4d} "
        f"won={won:4d} ggt={ggt_accuracy(recs, results, maps)}",
        flush=True,
    )
    if show and examples:
        print("\n".join(examples), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="comma-separated transform names (default: all)")
    ap.add_argument("--show", action="store_true", help="print changed speakers, lost and won quotes")
    ap.add_argument("--bbc", type=int, default=100, help="BBC news articles to add (default 100)")
    ap.add_argument("--limit", type=int, help="first N articles only")
    args = ap.parse_args()
    recs = records(args.bbc, args.limit)
    base = analyse({r["id"]: r["text"] for r in recs})
    n_quotes = sum(len(a.quotes) for a in base.values())
    print(f"original       articles={len(base):4d} quotes={n_quotes:5d} ggt={ggt_accuracy(recs, base, {})}")
    for name_ in args.only.split(",") if args.only else TRANSFORMS:
        compare(name_, recs, base, args.show)


if __name__ == "__main__":
    main()
