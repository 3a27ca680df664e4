"""Scaling out on Ray Data: analyse a dataset of article records on every core of one machine or on
a Ray cluster, with the same results as `newsgraph analyze`.

    import ray.data
    from newsgraph.scale import analyze_dataset
    ds = analyze_dataset(ray.data.read_json("s3://bucket/articles/"))  # rows: id, error, analysis
    ds.write_json("s3://bucket/analyses/")

Each Ray worker loads the spaCy model once (a callable class in `map_batches`) and runs the whole
pipeline on its batches; a record that cannot be analysed becomes a row with an `error`, so one bad
article never sinks a batch. Ray is an optional dependency: `pip install newsgraph[scale]`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from newsgraph.ingest import from_record
from newsgraph.model import Analysis, Article, ErrorRecord

if TYPE_CHECKING:
    from ray.data import Dataset

FIELDS = ("id", "text", "html", "title", "published", "url", "source")
ARTICLE = "article"  # column of Articles as JSON, when the records were read by newsgraph's ingest


class _Analyzer:
    """Ray Data map_batches worker: one spaCy model per worker process, loaded when it starts."""

    def __init__(self, published: str | None = None) -> None:
        from newsgraph.nlp import load

        load()
        self.published = published

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        from newsgraph.pipeline import analyze_many

        columns = [c for c in (*FIELDS, ARTICLE) if c in batch]
        rows = [
            dict(zip(columns, values, strict=True))
            for values in zip(*(batch[c] for c in columns), strict=True)
        ]
        items = [self._item(_plain(row), i) for i, row in enumerate(rows)]
        out: dict[str, list] = {"id": [], "error": [], "analysis": []}
        for result in analyze_many(items):
            out["id"].append(result.id)
            out["error"].append(result.error if isinstance(result, ErrorRecord) else None)
            out["analysis"].append(result.model_dump_json() if isinstance(result, Analysis) else None)
        return out

    def _item(self, row: dict[str, Any], i: int) -> Article | ErrorRecord:
        if row.get(ARTICLE):  # already read by newsgraph's ingest (analyze_parallel)
            return Article.model_validate_json(row[ARTICLE])
        return from_record(row, f"row {i}", self.published)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """Ray hands columns over as numpy/pyarrow values: plain Python strings (None for missing)."""
    return {k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()}


def analyze_dataset(
    ds: Dataset, *, batch_size: int = 32, concurrency: int | None = None, published: str | None = None
) -> Dataset:
    """Rows `{"id", "text" | "html", "title"?, "published"?, "url"?, "source"?}` -> rows `{"id",
    "error", "analysis"}`: `analysis` is the JSON `newsgraph analyze` emits, `error` says why a row
    could not be analysed. `concurrency`: worker processes (default: one per CPU Ray has)."""
    import ray
    from ray.data import ActorPoolStrategy

    workers = concurrency or max(1, int(ray.available_resources().get("CPU", 1)))
    return ds.map_batches(
        _Analyzer,
        fn_constructor_kwargs={"published": published} if published else None,
        batch_size=batch_size,
        batch_format="numpy",
        compute=ActorPoolStrategy(size=workers),
    )


def analyze_parallel(
    articles: Iterable[Article | ErrorRecord], workers: int, batch_size: int = 32
) -> Iterator[Analysis | ErrorRecord]:
    """`analyze_many` on `workers` local processes through Ray Data, results in input order."""
    import ray
    import ray.data

    items = list(articles)  # read by the caller's ingest; errors pass straight through
    logging.getLogger("ray").setLevel(logging.ERROR)  # Ray's progress chatter is not our output
    if not ray.is_initialized():
        ray.init(num_cpus=workers, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    rows = [{ARTICLE: a.model_dump_json()} for a in items if isinstance(a, Article)]
    analysed = analyze_dataset(ray.data.from_items(rows), batch_size=batch_size, concurrency=workers)
    results = iter(analysed.iter_rows()) if rows else iter(())
    for item in items:
        if isinstance(item, ErrorRecord):
            yield item
            continue
        row = next(results)
        if row["error"] is not None:
            yield ErrorRecord(id=row["id"], error=row["error"])
        else:
            yield Analysis.model_validate_json(row["analysis"])
