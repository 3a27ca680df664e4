"""SQLite store of analysed articles: full analysis JSON, FTS5 over title and text, and
normalised tables (entities, quotes, events) for cross-article queries.

Idempotency: an article is keyed by its id plus a hash of its input (text, title, published,
url, source). Same id and same hash: skipped (not even re-analysed). Same id, different hash:
the old article and all its rows are replaced. Each article is written in its own transaction,
so an interrupted batch keeps everything committed before the interruption.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from newsgraph.model import Actor, Analysis, Article, Entity, ErrorRecord, Event, Quote, Speaker

DEFAULT_DB = "newsgraph.db"
SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    pk INTEGER PRIMARY KEY,            -- stable rowid for the external-content FTS index
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT, published TEXT, url TEXT, source TEXT, language TEXT,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,            -- the full Analysis as JSON
    ingested_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
    mentions INTEGER NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL, country TEXT
);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, start INTEGER, "end" INTEGER,
    speaker_name TEXT, speaker_entity TEXT, cue TEXT, channel TEXT
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL, plover TEXT NOT NULL, mode TEXT, cameo TEXT NOT NULL,
    actor1_name TEXT, actor1_entity TEXT, actor1_code TEXT,
    actor2_name TEXT, actor2_entity TEXT, actor2_code TEXT,
    place_name TEXT, place_country TEXT, lat REAL, lon REAL, date TEXT,
    count REAL, trigger TEXT NOT NULL, claimed_by TEXT, confidence REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_plover ON events(plover);
CREATE TABLE IF NOT EXISTS errors (id TEXT PRIMARY KEY, error TEXT NOT NULL, at TEXT NOT NULL);
"""

LIKE = "LIKE ? ESCAPE '\\'"  # with _like(): user text matched literally, as a substring
PutResult = Literal["stored", "replaced", "skipped"]


class StoreError(Exception):
    """A store problem to report to the user (no traceback)."""


def content_hash(item: Article | Analysis) -> str:
    """Hash of an article's input: the fields its analysis depends on."""
    fields = [item.text, item.title, item.published, item.url, item.source]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(
                f"no database at {self.path} (run `newsgraph ingest PATH --db {self.path}` first)"
            )
        if not self.path.parent.is_dir():
            raise StoreError(f"cannot create {self.path}: no directory {self.path.parent}")
        try:
            # autocommit mode: transactions are explicit, one per article
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit survives a power cut too; one fsync per article is cheap next to analysis
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a usable newsgraph database: {exc}") from exc

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer newsgraph (schema {version})")
        self.conn.executescript(SCHEMA)
        self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------

    def is_current(self, article: Article) -> bool:
        """True when this exact article (same id and input) is already stored."""
        row = self.conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
        return row is not None and row["content_hash"] == content_hash(article)

    def put(self, analysis: Analysis, force: bool = False, digest: str | None = None) -> PutResult:
        """Store one analysis in its own transaction; an unchanged article is kept unless `force`.
        `digest`: content_hash of the Article it came from (default: of the analysis itself)."""
        digest = digest or content_hash(analysis)
        old = self.conn.execute("SELECT content_hash FROM articles WHERE id = ?", (analysis.id,)).fetchone()
        if old is not None and old["content_hash"] == digest and not force:
            return "skipped"
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("DELETE FROM articles WHERE id = ?", (analysis.id,))  # cascades
            self.conn.execute("DELETE FROM errors WHERE id = ?", (analysis.id,))
            self._insert(analysis, digest)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        return "stored" if old is None else "replaced"

    def put_error(self, record: ErrorRecord) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO errors(id, error, at) VALUES (?, ?, ?)", (record.id, record.error, _now())
        )

    def _insert(self, a: Analysis, digest: str) -> None:
        self.conn.execute(
            "INSERT INTO articles(id, content_hash, title, published, url, source, language, text, analysis,"
            " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.id,
                digest,
                a.title,
                a.published,
                a.url,
                a.source,
                a.language,
                a.text,
                a.model_dump_json(),
                _now(),
            ),
        )
        for table, rows in (
            ("entities", [_entity_row(a, e) for e in a.entities]),
            ("quotes", [_quote_row(a, q) for q in a.quotes]),
            ("events", [_event_row(a, e) for e in a.events]),
        ):
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                self.conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    # --- reading ---------------------------------------------------------------------------

    def get_json(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row["analysis"] if row else None

    def get(self, article_id: str) -> Analysis | None:
        raw = self.get_json(article_id)
        return Analysis.model_validate_json(raw) if raw is not None else None

    def counts(self) -> dict[str, int]:
        return {
            t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("articles", "entities", "quotes", "events", "errors")
        }

    def search(self, query: str, limit: int = 20) -> list[dict]:
        """Full-text search (FTS5 syntax; a query FTS5 cannot parse is searched as plain words)."""
        sql = (
            "SELECT a.id, a.title, a.published, snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet"
            " FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        try:
            rows = self.conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            rows = self.conn.execute(sql, (_plain_words(query), limit)).fetchall()
        return [dict(r) for r in rows]

    def entities(self, type_: str | None = None, name: str | None = None, limit: int = 50) -> list[dict]:
        """Entities across articles, grouped by canonical name and type."""
        where, params = _conditions(
            [
                ("type = ?", type_.upper() if type_ else None),
                (f"(name {LIKE} OR aliases {LIKE})", _like(name), _like(name)),
            ]
        )
        sql = (
            "SELECT name, type, COUNT(DISTINCT article_id) AS articles, SUM(mentions) AS mentions"
            f" FROM entities {where} GROUP BY name COLLATE NOCASE, type"
            " ORDER BY articles DESC, mentions DESC, name LIMIT ?"
        )
        return [dict(r) for r in self.conn.execute(sql, (*params, limit))]

    def quotes(self, speaker: str | None = None, search: str | None = None, limit: int = 50) -> list[dict]:
        where, params = _conditions(
            [
                (
                    f"(q.speaker_name {LIKE} OR EXISTS (SELECT 1 FROM entities en"
                    " WHERE en.article_id = q.article_id AND en.entity_id = q.speaker_entity"
                    f" AND en.aliases {LIKE}))",
                    _like(speaker),
                    _like(speaker),
                ),
                (f"q.text {LIKE}", _like(search)),
            ]
        )
        sql = (
            "SELECT q.article_id, q.quote_id, q.kind, q.speaker_name, q.cue, q.channel, q.text, a.published"
            f" FROM quotes q JOIN articles a ON a.id = q.article_id {where}"
            " ORDER BY a.published DESC, q.article_id, q.start LIMIT ?"
        )
        return [dict(r) for r in self.conn.execute(sql, (*params, limit))]

    def events(
        self,
        type_: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        since: str | None = None,
        limit: int = 50,
        min_confidence: float | None = None,
    ) -> list[dict]:
        """Events; `type_` is a PLOVER type or a CAMEO code prefix ("14" = all protests); a
        month- or year-only event date matches `since` when that period reaches it; events below
        `min_confidence` are left out."""
        actor_match = (
            f"(e.actor1_name {LIKE} OR e.actor2_name {LIKE} OR e.actor1_code = ? OR e.actor2_code = ?"
            " OR EXISTS (SELECT 1 FROM entities en WHERE en.article_id = e.article_id"
            f" AND en.entity_id IN (e.actor1_entity, e.actor2_entity) AND en.aliases {LIKE}))"
        )
        code = actor.upper() if actor else None
        type_cond = (
            (f"e.cameo {LIKE}", f"{type_}%")
            if type_ and type_.isdigit()
            else ("e.plover = ?", type_.upper() if type_ else None)
        )
        where, params = _conditions(
            [
                type_cond,
                (actor_match, _like(actor), _like(actor), code, code, _like(actor)),
                (f"e.place_name {LIKE}", _like(place)),
                ("e.date >= substr(?, 1, length(e.date))", since),
                ("e.confidence >= ?", min_confidence),
            ]
        )
        sql = (
            "SELECT e.article_id, e.event_id, e.plover, e.mode, e.cameo, e.actor1_name, e.actor1_code,"
            " e.actor2_name, e.actor2_code, e.place_name, e.lat, e.lon, e.date, e.count, e.trigger,"
            f" e.claimed_by, e.confidence FROM events e {where}"
            " ORDER BY e.date DESC, e.article_id LIMIT ?"
        )
        return [dict(r) for r in self.conn.execute(sql, (*params, limit))]


def _speaker_name(a: Analysis, speaker: Speaker | None) -> str | None:
    if speaker is None:
        return None
    ent = a.entity(speaker.entity)
    return ent.name if ent else speaker.name


def _actor_row(a: Analysis, actor: Actor | None) -> tuple[str | None, str | None, str | None]:
    if actor is None:
        return None, None, None
    ent = a.entity(actor.entity)
    return (ent.name if ent else actor.text), actor.entity, actor.code


def _like(value: str | None) -> str | None:
    if value is None:
        return None
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(conds: list[tuple]) -> tuple[str, list]:
    """WHERE clause from (sql, *params) pairs, keeping those whose parameters are given."""
    used = [(sql, params) for sql, *params in conds if params and params[0] is not None]
    if not used:
        return "", []
    where = "WHERE " + " AND ".join(sql for sql, _ in used)
    return where, [p for _, params in used for p in params]


def _plain_words(query: str) -> str:
    """An FTS5 query matching all the words of `query`, each quoted (no operators)."""
    words = ['"' + w.replace('"', '""') + '"' for w in query.split()]
    return " ".join(words) or '""'


Outcome = Literal["stored", "replaced", "skipped", "error"]


@dataclass
class IngestSummary:
    stored: int = 0
    replaced: int = 0
    skipped: int = 0
    errors: list[ErrorRecord] = field(default_factory=list)

    def add(self, outcome: Outcome, record: Analysis | Article | ErrorRecord) -> None:
        if isinstance(record, ErrorRecord):
            self.errors.append(record)
        else:
            setattr(self, outcome, getattr(self, outcome) + 1)

    def line(self) -> str:
        return (
            f"stored {self.stored}, replaced {self.replaced}, skipped {self.skipped} (unchanged), "
            f"errors {len(self.errors)}"
        )


def ingest(
    store: Store, items: Iterable[Article | ErrorRecord], force: bool = False
) -> Iterator[tuple[Outcome, Analysis | Article | ErrorRecord]]:
    """Analyse and store articles, yielding what happened to each as it is committed.
    Unchanged articles are skipped before analysis unless `force`; error records are stored and
    yielded, never abort the batch."""
    from newsgraph.pipeline import analyze_many  # here: the query commands never load spaCy

    skipped: list[Article] = []

    # Each input's hash (None for error records), in input order: analyze_many yields one result
    # per input in that order. Hashing the input, not the analysis, keeps the key stable even when
    # a stage fills in metadata (e.g. a date) the input lacked.
    digests: deque[str | None] = deque()

    def fresh() -> Iterator[Article | ErrorRecord]:
        for item in items:
            if isinstance(item, Article) and not force and store.is_current(item):
                skipped.append(item)
                continue
            digests.append(content_hash(item) if isinstance(item, Article) else None)
            yield item

    for result in analyze_many(fresh()):
        digest = digests.popleft()
        while skipped:
            yield "skipped", skipped.pop(0)
        if isinstance(result, ErrorRecord):
            store.put_error(result)
            yield "error", result
        else:
            yield store.put(result, force=force, digest=digest), result
    while skipped:
        yield "skipped", skipped.pop(0)


def _entity_row(a: Analysis, e: Entity) -> tuple:
    roles = sorted({r.title for r in e.roles})
    aliases = json.dumps(e.aliases, ensure_ascii=False)
    return (
        a.id,
        e.id,
        e.name,
        e.type,
        len(e.mentions),
        aliases,
        json.dumps(roles, ensure_ascii=False),
        e.country,
    )


def _quote_row(a: Analysis, q: Quote) -> tuple:
    speaker = q.speaker.entity if q.speaker else None
    cue = q.cue.text if q.cue else None
    return (a.id, q.id, q.kind, q.text, q.start, q.end, _speaker_name(a, q.speaker), speaker, cue, q.channel)


def _event_row(a: Analysis, e: Event) -> tuple:
    place = e.place
    return (
        a.id, e.id, e.plover, e.mode, e.cameo, *_actor_row(a, e.actor1), *_actor_row(a, e.actor2),
        place.name if place else None, place.country if place else None,
        place.lat if place else None, place.lon if place else None,
        e.date, e.count.value if e.count else None, e.trigger.text, e.claimed_by, e.confidence,
    )  # fmt: skip
