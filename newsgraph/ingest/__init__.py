"""Ingest: paths (.txt, .html, .jsonl, directories, '-') to Article records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsgraph.model import Article, ErrorRecord


def read_paths(paths: list[str], published: str | None = None) -> Iterator[Article | ErrorRecord]:
    """Minimal placeholder: .txt files only (the ingest stage replaces this)."""
    for p in paths:
        path = Path(p)
        yield Article(id=path.stem, text=path.read_text(encoding="utf-8"), published=published)
