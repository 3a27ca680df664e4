"""Article -> Analysis: run the spaCy model, then each capability stage in order."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator

from newsgraph import amounts, anatomy, dates, entities, events, flags, places, quotes
from newsgraph.context import Context
from newsgraph.ingest import layout, mojibake
from newsgraph.ingest.case_flags import CASE_RESTORED, UPPER_CASE_RESTORED
from newsgraph.ingest.casing import restore_case, restore_upper_case
from newsgraph.model import Analysis, Article, ErrorRecord, Flag
from newsgraph.nlp import load

Stage = Callable[[Context], None]

# Order matters: anatomy marks what is not a fact; entities feed places, quotes and events;
# quotes mark claims on amounts; events use everything before them.
STAGES: list[tuple[str, Stage]] = [
    ("anatomy", anatomy.run),
    ("entities", entities.run),
    ("places", places.run),
    ("dates", dates.run),
    ("amounts", amounts.run),
    ("quotes", quotes.run),
    ("events", events.run),
    ("flags", flags.run),
]


def _new_analysis(article: Article) -> Analysis:
    return Analysis(
        id=article.id,
        title=article.title,
        published=article.published,
        url=article.url,
        source=article.source,
        language=article.language,
        text=article.text,
        authors=article.authors,
        flags=list(article.flags),
    )


def _with_case_restored(item: Article | ErrorRecord) -> Article | ErrorRecord:
    """An all-lower-case or all-upper-case English article is analysed with its capitalisation
    restored (same length, so every offset also holds for the text as received); flagged."""
    if not isinstance(item, Article) or item.language != "en":
        return item
    restored, message = restore_case(item.text), CASE_RESTORED
    if restored is None:
        restored, message = restore_upper_case(item.text), UPPER_CASE_RESTORED
    if restored is None:
        return item
    flag = Flag(kind="other", message=message)
    return item.model_copy(update={"text": restored, "flags": [*item.flags, flag]})


def _with_punctuation_repaired(item: Article | ErrorRecord) -> Article | ErrorRecord:
    """Quotation marks and apostrophes mis-decoded as "â€œ", "â€™", and apostrophes written as "?"
    ("can?t"), are repaired for analysis (same length, offsets hold); flags say what was repaired and
    what is left."""
    if not isinstance(item, Article):
        return item
    text, flags = item.text, item.flags
    if (repaired := mojibake.repair_punctuation(text)) is not None:
        kept = [f for f in flags if not f.message.startswith(mojibake.KEPT)]
        text, flags = (
            repaired,
            [*kept, Flag(kind="other", message=mojibake.REPAIRED), *mojibake.mojibake_flags(repaired)],
        )
    if (repaired := mojibake.repair_apostrophes(text)) is not None:
        text, flags = repaired, [*flags, Flag(kind="other", message=mojibake.APOSTROPHES)]
    return item if text is item.text else item.model_copy(update={"text": text, "flags": flags})


def _with_plain_layout(item: Article | ErrorRecord) -> Article | ErrorRecord:
    """No-break and other unusual spaces and carriage returns made plain spaces and newlines, and the
    lines of hard-wrapped text joined, for analysis (same length, offsets hold): the tokenizer splits
    words only at plain spaces, and every later stage ends a paragraph at a line break."""
    if not isinstance(item, Article) or item.language != "en":
        return item
    text = layout.plain_spaces(item.text) or item.text
    text = layout.unwrapped(text) or text
    if text == item.text:
        return item
    flag = Flag(kind="other", message=layout.LAYOUT_PLAIN)
    return item.model_copy(update={"text": text, "flags": [*item.flags, flag]})


def _run_stages(ctx: Context, timings: dict[str, float] | None) -> None:
    for name, stage in STAGES:
        t0 = time.perf_counter()
        stage(ctx)
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0


def analyze_many(
    articles: Iterable[Article | ErrorRecord],
    batch_size: int = 32,
    timings: dict[str, float] | None = None,
) -> Iterator[Analysis | ErrorRecord]:
    """Analyse articles in input order. Ingest errors pass through; an article whose analysis
    fails yields an ErrorRecord and the batch goes on."""
    nlp = load()

    def needs_nlp(item: Article | ErrorRecord) -> bool:
        return isinstance(item, Article) and item.language == "en"

    # Streams: non-English articles and ingest errors pass through nlp.pipe as empty texts.
    items = (_with_case_restored(_with_plain_layout(_with_punctuation_repaired(item))) for item in articles)
    pairs = ((item.text if needs_nlp(item) else "", item) for item in items)
    for doc, item in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        if isinstance(item, ErrorRecord):
            yield item
            continue
        analysis = _new_analysis(item)
        if item.language != "en":
            analysis.flags.append(
                Flag(kind="other", message=f"language is {item.language!r}, not English: not analysed")
            )
            yield analysis
            continue
        try:
            _run_stages(Context(article=item, doc=doc, analysis=analysis), timings)
        except Exception as exc:  # one bad article never sinks a batch
            yield ErrorRecord(id=item.id, error=f"analysis failed: {type(exc).__name__}: {exc}")
            continue
        yield analysis


def analyze(article: Article) -> Analysis | ErrorRecord:
    return next(analyze_many([article]))


def analyze_text(text: str, id: str = "article", published: str | None = None) -> Analysis:
    """Convenience for tests and library users: plain text in, Analysis out."""
    result = analyze(Article(id=id, text=text, published=published))
    if isinstance(result, ErrorRecord):
        raise ValueError(result.error)
    return result
