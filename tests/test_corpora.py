"""Robustness on real news: samples of ../shared/corpora analyse without errors, every offset is
inside the text and every span matches it; bad records in a batch never sink the good ones."""

from __future__ import annotations

import json
from collections import Counter
from itertools import islice
from pathlib import Path

import pytest
from offsets import offset_errors

from newsgraph.cli import main
from newsgraph.ingest.layout import plain_spaces, unwrapped
from newsgraph.ingest.mojibake import repair_apostrophes, repair_punctuation
from newsgraph.model import Analysis, Article, ErrorRecord
from newsgraph.pipeline import analyze_many

# corpus file -> articles to sample, spread evenly over the file (fixed, so runs are comparable)
SAMPLES = {"bbc-news.jsonl": 60, "india-police-events.jsonl": 60, "indian-news.jsonl": 30}
ARTICLE_FIELDS = ("id", "text", "title", "published", "url", "source")


def _sample(path: Path, n: int) -> list[Article]:
    lines = path.read_text(encoding="utf-8").splitlines()
    step = max(1, len(lines) // n)
    records = (json.loads(line) for line in islice(lines, 0, None, step))
    return [Article(**{k: r.get(k) for k in ARTICLE_FIELDS}) for r in islice(records, n)]


@pytest.fixture(scope="module")
def corpus_results(shared_dir: Path) -> list[tuple[Article, Analysis | ErrorRecord]]:
    articles = [a for name, n in SAMPLES.items() for a in _sample(shared_dir / "corpora" / name, n)]
    return list(zip(articles, analyze_many(articles), strict=True))


def test_corpus_articles_analyse_without_errors(corpus_results):
    errors = [f"{r.id}: {r.error}" for _, r in corpus_results if isinstance(r, ErrorRecord)]
    assert errors == []
    analysed = Counter(r.id.split("-")[0] for _, r in corpus_results if isinstance(r, Analysis))
    assert analysed == {"bbc": 60, "ipe": 60, "inshorts": 30}  # every corpus sampled and analysed in full
    assert [r.id for _, r in corpus_results] == [a.id for a, _ in corpus_results]  # input order


def test_corpus_offsets_inside_text_and_spans_match(corpus_results):
    problems = {}
    for article, result in corpus_results:
        # offsets point into the input as given: only case, mis-decoded punctuation, apostrophes
        # written as "?", unusual spaces and hard-wrapped lines change, in place
        expected = repair_punctuation(article.text) or article.text
        expected = repair_apostrophes(expected) or expected
        expected = plain_spaces(expected) or expected
        expected = unwrapped(expected) or expected
        assert len(result.text) == len(article.text) and result.text.lower() == expected.lower()
        if errs := offset_errors(result):
            problems[result.id] = errs[:3]
    assert problems == {}


# Deliberately broken inputs, one per way an article goes wrong.
BINARY_JUNK = bytes(range(256)).decode("latin-1") * 4
GOOD_TEXT = "Farmers marched to the district office in Nashik on Friday to demand water for their crops."


def test_bad_articles_do_not_sink_the_batch():
    batch = [
        Article(id="good-1", text=GOOD_TEXT),
        Article(id="empty", text=""),
        Article(id="junk", text=BINARY_JUNK),
        Article(id="whitespace", text="\n\n   \t\n"),
        ErrorRecord(id="unreadable", error="cannot decode input"),
        Article(id="good-2", text=GOOD_TEXT.replace("Nashik", "Nagpur")),
    ]
    results = list(analyze_many(batch))
    assert [r.id for r in results] == [item.id for item in batch]
    assert isinstance(results[0], Analysis) and isinstance(results[-1], Analysis)
    for r in results:
        if isinstance(r, Analysis):
            assert offset_errors(r) == []


def test_bad_jsonl_records_do_not_sink_the_batch(tmp_path, capsys):
    lines = [
        json.dumps({"id": "good-1", "text": GOOD_TEXT}),
        json.dumps({"id": "no-text", "title": "a record without text"}),
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "junk", "text": BINARY_JUNK}),
        "{this is not json",
        json.dumps({"id": "good-2", "text": GOOD_TEXT.replace("Nashik", "Nagpur")}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["analyze", str(path), "--format", "jsonl"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_id = {r["id"]: r for r in records}
    assert code == 0
    # every bad record answered on its own line, in input order, none swallowed the rest
    ids = ["good-1", "no-text", "empty", "junk", "batch.jsonl:5", "good-2"]
    assert [r["id"] for r in records] == ids
    assert "text" in by_id["good-1"] and "text" in by_id["good-2"]
    assert all("error" in by_id[i] and "text" not in by_id[i] for i in ids[1:-1])


def test_bad_files_do_not_sink_the_batch(tmp_path, capsys):
    files = {
        "a-good.txt": GOOD_TEXT.encode(),
        "b-empty.txt": b"",
        "c-junk.txt": bytes(range(256)) * 8,
        "d-broken.html": b"<html><body><div><p>unclosed",
        "e-good.txt": GOOD_TEXT.replace("Nashik", "Nagpur").encode("utf-16"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    code = main(["analyze", str(tmp_path), "--format", "jsonl"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0
    assert [r["id"] for r in records] == ["a-good", "b-empty", "c-junk", "d-broken", "e-good"]
    assert "text" in records[0] and "Nagpur" in records[-1]["text"]
    assert "error" in records[1]
