"""SQLite store: idempotent re-ingest, crash safety, full-text search, cross-article queries."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph import pipeline
from newsgraph.model import (
    Actor,
    Analysis,
    Article,
    Entity,
    ErrorRecord,
    Event,
    EventPlace,
    Mention,
    Quote,
    Span,
    Speaker,
)
from newsgraph.store import IngestSummary, Store, StoreError, ingest

# Short texts written for these tests.
STRIKE = (
    "Union leader Asha Verma said the strike at the Pune plant would go on until wages rise. "
    "Police arrested 40 workers outside the gates on Monday, the union said."
)
FLOOD = "Heavy rain flooded low-lying streets in Guwahati on Tuesday, and schools stayed shut."
ELECTION = "Voters in the hill district queued from dawn as the count began under tight security."


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def strike_analysis(article_id: str = "strike-1") -> Analysis:
    """An analysis filled by hand, so the query tests do not depend on the extraction stages."""
    t = STRIKE
    asha, police, pune = _span(t, "Asha Verma"), _span(t, "Police"), _span(t, "Pune")
    quote, said, arrested = (
        _span(t, "the strike at the Pune plant would go on until wages rise"),
        _span(t, "said"),
        _span(t, "arrested"),
    )
    return Analysis(
        id=article_id,
        text=t,
        title="Strike goes on",
        published="2024-03-04",
        entities=[
            Entity(
                id="e1",
                name="Asha Verma",
                type="PERSON",
                aliases=["Asha Verma", "Verma"],
                mentions=[Mention(start=asha[0], end=asha[1], text="Asha Verma")],
            ),
            Entity(
                id="e2", name="Pune", type="GPE", mentions=[Mention(start=pune[0], end=pune[1], text="Pune")]
            ),
        ],
        quotes=[
            Quote(
                id="q1",
                kind="indirect",
                start=quote[0],
                end=quote[1],
                text=t[quote[0] : quote[1]],
                speaker=Speaker(entity="e1", name="Asha Verma", start=asha[0], end=asha[1]),
                cue=Span(start=said[0], end=said[1], text="said"),
            )
        ],
        events=[
            Event(
                id="v1",
                plover="COERCE",
                mode="arrest",
                cameo="173",
                cameo_root="17",
                quad_class=4,
                goldstein=-5.0,
                actor1=Actor(text="Police", start=police[0], end=police[1], code="IND"),
                trigger=Span(start=arrested[0], end=arrested[1], text="arrested"),
                sentence={"start": police[0], "end": len(t)},
                date="2024-03-04",
                place=EventPlace(name="Pune", country="IN", lat=18.52, lon=73.86),
                confidence=0.8,
            )
        ],
    )


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "test.db") as s:
        yield s


def _run(store: Store, items, force: bool = False) -> IngestSummary:
    summary = IngestSummary()
    for outcome, record in ingest(store, items, force=force):
        summary.add(outcome, record)
    return summary


def test_store_uses_wal(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reingest_is_idempotent_and_changed_text_replaces(store):
    articles = [Article(id="strike-1", text=STRIKE), Article(id="flood-1", text=FLOOD)]
    assert _run(store, articles).stored == 2
    before = store.counts()

    again = _run(store, articles)
    assert (again.stored, again.replaced, again.skipped) == (0, 0, 2)
    assert store.counts() == before

    edited = Article(id="flood-1", text=FLOOD.replace("Guwahati", "Silchar"))
    assert _run(store, [edited]).replaced == 1
    assert store.counts()["articles"] == 2
    assert "Silchar" in store.get("flood-1").text
    assert [h["id"] for h in store.search("Silchar")] == ["flood-1"]
    assert store.search("Guwahati") == []  # the old text left the full-text index too

    assert _run(store, [edited], force=True).replaced == 1


def test_key_is_the_input_even_when_analysis_adds_metadata(store, monkeypatch):
    real, analysed = pipeline.analyze_many, []

    def dating(items):  # a stage that fills in a date the input lacked
        for result in real(items):
            if isinstance(result, Analysis):
                result.published = "2024-01-01"
                analysed.append(result.id)
            yield result

    monkeypatch.setattr(pipeline, "analyze_many", dating)
    article = Article(id="flood-1", text=FLOOD)
    assert _run(store, [article]).stored == 1
    assert _run(store, [article]).skipped == 1
    assert analysed == ["flood-1"]  # skipped before analysis, not re-analysed


def test_put_replaces_rows_instead_of_duplicating(store):
    assert store.put(strike_analysis()) == "stored"
    assert store.put(strike_analysis()) == "skipped"
    changed = strike_analysis().model_copy(update={"title": "Strike continues"})
    assert store.put(changed) == "replaced"
    assert store.counts() == {"articles": 1, "entities": 2, "quotes": 1, "events": 1, "errors": 0}


def test_crash_mid_batch_keeps_what_was_committed(tmp_path, monkeypatch):
    db = tmp_path / "crash.db"
    articles = [Article(id=f"a{i}", text=text) for i, text in enumerate([STRIKE, FLOOD, ELECTION])]
    original = Store._insert

    def failing_insert(self, analysis, digest):
        original(self, analysis, digest)  # rows written, then the crash before commit
        if analysis.id == "a2":
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_insert", failing_insert)
    with Store(db) as store, pytest.raises(RuntimeError):
        _run(store, articles)
    monkeypatch.undo()

    conn = sqlite3.connect(db)  # a fresh connection sees only committed data
    assert sorted(r[0] for r in conn.execute("SELECT id FROM articles")) == ["a0", "a1"]
    assert (
        conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'dawn'").fetchone()[0] == 0
    )
    conn.close()
    with Store(db) as store:  # the interrupted article goes in on the next run
        summary = _run(store, articles)
        assert (summary.skipped, summary.stored) == (2, 1)


def test_error_records_are_stored_and_do_not_abort(store):
    items = [
        Article(id="ok-1", text=FLOOD),
        ErrorRecord(id="bad-1", error="no text field"),
        Article(id="ok-2", text=ELECTION),
    ]
    summary = _run(store, items)
    assert summary.stored == 2 and [e.id for e in summary.errors] == ["bad-1"]
    assert store.conn.execute("SELECT error FROM errors WHERE id = 'bad-1'").fetchone()[0] == "no text field"


def test_search_finds_article_with_snippet(store):
    _run(
        store,
        [Article(id="strike-1", text=STRIKE, title="Strike goes on"), Article(id="flood-1", text=FLOOD)],
    )
    hits = store.search("wages")
    assert [h["id"] for h in hits] == ["strike-1"]
    assert "[wages]" in hits[0]["snippet"]
    assert [h["id"] for h in store.search("flooded AND Guwahati")] == ["flood-1"]
    assert [h["id"] for h in store.search("strike: Pune")] == ["strike-1"]  # not FTS syntax: plain words


def test_entities_quotes_events_queries(store):
    store.put(strike_analysis("strike-1"))
    store.put(strike_analysis("strike-2").model_copy(update={"published": "2024-03-05"}))

    people = store.entities(type_="person")
    assert people == [{"name": "Asha Verma", "type": "PERSON", "articles": 2, "mentions": 2}]
    assert store.entities(name="Verma")[0]["name"] == "Asha Verma"

    quotes = store.quotes(speaker="verma")
    assert {q["article_id"] for q in quotes} == {"strike-1", "strike-2"}
    assert quotes[0]["speaker_name"] == "Asha Verma" and "wages rise" in quotes[0]["text"]
    assert store.quotes(search="wages", limit=1)[0]["cue"] == "said"
    assert store.quotes(speaker="Somebody Else") == []

    assert len(store.events(type_="COERCE", actor="police", place="pune", since="2024-03-01")) == 2
    assert len(store.events(type_="17")) == 2  # CAMEO prefix
    assert store.events(type_="PROTEST") == []
    assert store.events(since="2024-04-01") == []
    assert store.events(actor="IND")[0]["trigger"] == "arrested"  # CAMEO actor code


def test_real_analysis_round_trips(store, karachi_analysis):
    assert store.put(karachi_analysis) == "stored"
    assert store.get(karachi_analysis.id) == karachi_analysis
    assert store.search("Karachi")[0]["id"] == karachi_analysis.id
    assert store.counts()["entities"] == len(karachi_analysis.entities)


def test_missing_or_foreign_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "absent.db", create=False)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable"):
        Store(junk)
