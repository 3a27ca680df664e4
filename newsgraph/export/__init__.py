"""Rendering analyses for output: JSON, JSON Lines, a readable text summary, GDELT 2.0 Event records and
GDELT GKG 2.1 records, streamed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from typing import TextIO

from newsgraph.export.gdelt import render_events
from newsgraph.export.gkg import render_record
from newsgraph.export.text import render_text
from newsgraph.model import Analysis, ErrorRecord

Result = Analysis | ErrorRecord
FORMATS = ("json", "jsonl", "text", "gdelt-events", "gdelt-gkg")


def write_results(results: Iterable[Result], fmt: str, out: TextIO) -> Iterator[Result]:
    """Write each result to `out` as soon as it arrives and yield it on (for counting).

    json: a single object when the input held one article, else an array; to know which without
    holding the batch, one result is looked ahead before the first is written.
    """
    if fmt == "jsonl":
        for r in results:
            out.write(r.model_dump_json() + "\n")
            out.flush()
            yield r
    elif fmt == "text":
        for i, r in enumerate(results):
            out.write(("\n" if i else "") + render_text(r))
            out.flush()
            yield r
    elif fmt == "gdelt-events":  # tab-separated, no header; errors and non-events write nothing
        for r in results:
            if isinstance(r, Analysis):
                out.write(render_events(r))
                out.flush()
            yield r
    elif fmt == "gdelt-gkg":  # one record per analysed article, numbered within this batch
        analysed = 0
        for r in results:
            if isinstance(r, Analysis):
                analysed += 1
                out.write(render_record(r, analysed))
                out.flush()
            yield r
    elif fmt == "json":
        yield from _write_json(iter(results), out)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _write_json(results: Iterator[Result], out: TextIO) -> Iterator[Result]:
    first = next(results, None)
    if first is None:
        out.write("[]\n")
        return
    second = next(results, None)
    if second is None:
        out.write(first.model_dump_json(indent=2) + "\n")
        yield first
        return
    out.write("[\n" + first.model_dump_json(indent=2))
    yield first
    for r in chain([second], results):
        out.write(",\n" + r.model_dump_json(indent=2))
        yield r
    out.write("\n]\n")
