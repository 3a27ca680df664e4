"""Ingest: paths (.txt, .html/.htm, .jsonl, directories, '-' for stdin) to Article records.

- `.txt`: `text` is the file decoded and otherwise unchanged (offsets point into it). Encoding:
  byte-order mark, else UTF-8, else charset-normalizer's guess (flagged on the article).
- `.html`/`.htm`: trafilatura's article text and metadata (title, date, author, url, site name),
  with embedded social posts it drops put back (see ingest.html).
- `.jsonl`: one record per line, `{"id", "text" | "html", "title"?, "published"?, "url"?,
  "source"?}`; other fields are ignored. A bad line yields an ErrorRecord and the rest goes on.
- `-`: standard input, read as HTML when it looks like HTML, else as text.
- directories: their .txt/.html/.htm/.jsonl files, recursively, in name order (hidden ones skipped).

ids: a file's stem (made unique with "-2", "-3", ... when two files share it); a JSONL record's
"id", else "<file name>:<line>". `published` is normalised to YYYY-MM-DD; `published=` given to
read_paths fills it where the input has none. Nothing raises out of read_paths: unreadable,
empty, binary, undecodable or over-long inputs (MAX_CHARS) each yield an ErrorRecord; non-English
text gets Article.language (the pipeline flags it); mis-decoded text gets a flag.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.ingest.article import MAX_CHARS, make_article
from newsgraph.ingest.decode import DecodeError, decode
from newsgraph.ingest.html import NoText, extract
from newsgraph.model import Article, ErrorRecord, Flag

Item = Article | ErrorRecord

SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
# Bytes read at most for one text file (UTF-32 needs 4 per character) and one HTML page (markup).
MAX_TEXT_BYTES = 4 * MAX_CHARS
MAX_HTML_BYTES = 20 * MAX_CHARS
_LOOKS_LIKE_HTML = re.compile(r"\s*(?:<!doctype\s+html|<html|<head|<body|<article|<(?:p|div)[\s>])", re.I)


def read_paths(
    paths: list[str], published: str | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Articles (or error records) from the given paths, in order. `published` is used for
    articles whose input gives no date; `stdin` replaces sys.stdin.buffer for '-' (tests)."""
    ids = _UniqueIds()
    for p in paths:
        for item in _guarded(p, published, stdin):
            item.id = ids.unique(item.id)
            yield item


def _guarded(p: str, published: str | None, stdin: BinaryIO | None) -> Iterator[Item]:
    """One path's items; an unforeseen failure (odd file system, a NUL in the path name) ends
    that path with an error record instead of the whole batch."""
    try:
        yield from _read_path(p, published, stdin)
    except Exception as exc:
        yield ErrorRecord(id=p, error=f"cannot read {p}: {type(exc).__name__}: {exc}")


class _UniqueIds:
    def __init__(self) -> None:
        self.seen: set[str] = set()

    def unique(self, id: str) -> str:
        candidate, n = id, 1
        while candidate in self.seen:
            n += 1
            candidate = f"{id}-{n}"
        self.seen.add(candidate)
        return candidate


def _read_path(p: str, published: str | None, stdin: BinaryIO | None) -> Iterator[Item]:
    if p == "-":
        yield _read_stdin(stdin or sys.stdin.buffer, published)
        return
    path = Path(p)
    if path.is_dir():
        files = list(_walk(path))
        if not files:
            yield ErrorRecord(id=p, error=f"no {'/'.join(SUFFIXES)} files in directory {p}")
        for f in files:
            yield from _read_file(f, published)
    elif path.exists():
        yield from _read_file(path, published)
    else:
        yield ErrorRecord(id=p, error=f"no such file or directory: {p}")


def _walk(root: Path) -> Iterator[Path]:
    # os.walk, not Path.rglob: it does not follow symlinked directories, so loops cannot hang us
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(folder) / name


def _read_file(path: Path, published: str | None) -> Iterator[Item]:
    kind = SUFFIXES.get(path.suffix.lower(), "sniff")
    try:
        if kind == "jsonl":
            with path.open("rb") as f:
                yield from _read_jsonl(f, path.name, published)
            return
        limit = MAX_HTML_BYTES if kind in {"html", "sniff"} else MAX_TEXT_BYTES
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        yield ErrorRecord(id=path.stem or str(path), error=f"cannot read {path}: {exc.strerror or exc}")
        return
    yield _from_bytes(path.stem, data, kind, published, limit)


def _read_stdin(stream: BinaryIO, published: str | None) -> Item:
    try:
        data = stream.read(MAX_HTML_BYTES + 1)
    except (OSError, ValueError) as exc:
        return ErrorRecord(id="stdin", error=f"cannot read standard input: {exc}")
    return _from_bytes("stdin", data, "sniff", published, MAX_HTML_BYTES)


def _from_bytes(id: str, data: bytes, kind: str, published: str | None, limit: int) -> Item:
    if len(data) > limit:
        return ErrorRecord(id=id, error=f"input is over {limit:,} bytes, too large for one article")
    if kind == "sniff":
        kind = "html" if _LOOKS_LIKE_HTML.match(data[:1024].decode("latin-1")) else "text"
    try:
        decoded = decode(data, html=kind == "html")
    except DecodeError as exc:
        return ErrorRecord(id=id, error=str(exc))
    flags = []
    if decoded.detected:
        flags.append(
            Flag(kind="other", message=f"input is not UTF-8; decoded as {decoded.encoding} (detected)")
        )
    if kind == "html":
        return _from_html(id, decoded.text, published=None, default_published=published, flags=flags)
    return make_article(id, decoded.text, default_published=published, flags=flags)


def _from_html(id: str, html: str, *, flags: list[Flag] | None = None, **meta: str | None) -> Item:
    """An article from an HTML page; `meta` (title, published, url, source) overrides the page's."""
    try:
        page = extract(html)
    except NoText as exc:
        return ErrorRecord(id=id, error=str(exc))
    except Exception as exc:  # trafilatura/lxml on pathological markup; one page never sinks a batch
        return ErrorRecord(id=id, error=f"HTML could not be parsed: {type(exc).__name__}: {exc}")
    return make_article(
        id, page.text,
        title=meta.get("title") or page.title,
        published=meta.get("published") or page.date,
        default_published=meta.get("default_published"),
        url=meta.get("url") or page.url,
        source=meta.get("source") or page.sitename,
        authors=page.authors,
        flags=flags,
    )  # fmt: skip


def _read_jsonl(f: BinaryIO, name: str, published: str | None) -> Iterator[Item]:
    for lineno, raw in enumerate(f, 1):
        if raw.strip():
            yield _jsonl_record(raw, f"{name}:{lineno}", lineno, published)


def _jsonl_record(raw: bytes, where: str, lineno: int, published: str | None) -> Item:
    try:
        rec = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
    except UnicodeDecodeError:
        return ErrorRecord(id=where, error=f"line {lineno}: not valid UTF-8")
    except json.JSONDecodeError as exc:
        return ErrorRecord(id=where, error=f"line {lineno}: invalid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(rec, dict):
        return ErrorRecord(id=where, error=f"line {lineno}: expected a JSON object, got {type(rec).__name__}")
    return from_record(rec, where, published)


def from_record(rec: dict, where: str, published: str | None = None) -> Item:
    """An article from a record `{"id", "text" | "html", "title"?, "published"?, "url"?, "source"?}`
    (a JSONL line, a row of a Ray dataset); `where` names it in errors and is the id when it has none."""
    rid = rec.get("id")
    id = str(rid) if rid is not None and str(rid).strip() else where
    meta = {k: _str_or_none(rec.get(k)) for k in ("title", "published", "url", "source")}
    text, html = rec.get("text"), rec.get("html")
    if isinstance(text, str) and text.strip():
        return make_article(id, text, default_published=published, **meta)
    if isinstance(html, str) and html.strip():
        return _from_html(id, html, default_published=published, **meta)
    if text is not None and not isinstance(text, str):
        return ErrorRecord(id=id, error=f'{where}: "text" must be a string')
    return ErrorRecord(id=id, error=f'{where}: no "text" or "html" (or it is empty)')


def _str_or_none(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)
