"""The `newsgraph` command line: analyze formats and exit codes, ingest/show/search/queries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from offsets import offset_errors

from newsgraph.cli import main
from newsgraph.export.schema import load_shipped_schema
from newsgraph.export.text import render_text
from newsgraph.model import Analysis
from newsgraph.store import Store

# Short texts written for these tests.
FLOOD = "Heavy rain flooded low-lying streets in Guwahati on Tuesday, and schools stayed shut.\n"
ELECTION = "Voters in the hill district queued from dawn as the count began under tight security.\n"


@pytest.fixture()
def inputs(tmp_path: Path) -> list[Path]:
    paths = [tmp_path / "flood.txt", tmp_path / "election.txt"]
    for path, text in zip(paths, [FLOOD, ELECTION], strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_jsonl_one_line_per_article_in_input_order(capsys, inputs):
    code, out, _ = run(capsys, "analyze", *inputs, "--format", "jsonl", "--published", "2024-05-07")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["id"] for r in records] == ["flood", "election"]
    assert records[0]["text"] == FLOOD  # .txt input is kept unchanged: offsets point into it
    assert records[0]["published"] == "2024-05-07"
    assert all(offset_errors(r) == [] for r in records)


def test_analyze_json_is_an_object_for_one_article_and_an_array_for_more(capsys, inputs):
    _, out, _ = run(capsys, "analyze", inputs[0], "--format", "json")
    assert json.loads(out)["id"] == "flood"
    _, out, _ = run(capsys, "analyze", *inputs)
    assert [r["id"] for r in json.loads(out)] == ["flood", "election"]


def test_analyze_text_summary(capsys, karachi_text, tmp_path):
    path = tmp_path / "karachi-rally.txt"
    path.write_text(karachi_text, encoding="utf-8")
    code, out, _ = run(capsys, "analyze", path, "--format", "text")
    assert code == 0
    assert out.startswith("== karachi-rally")
    assert "anatomy:" in out and f"{len(karachi_text):,} chars" in out


def test_text_summary_reads_like_the_analysis(repo_root):
    """On the hand-written record of docs/output.md, so the test does not depend on extraction."""
    doc = (repo_root / "docs" / "output.md").read_text(encoding="utf-8")
    analysis = Analysis.model_validate_json(doc.split("```json\n", 1)[1].split("\n```", 1)[0])
    out = render_text(analysis)
    assert "PERSON   Asha Verma — union leader aka Verma (2 mentions)" in out
    assert "Asha Verma (as 'Verma') [told] direct: “We will not go back until wages rise,”" in out
    assert "Pune [city, Maharashtra, IN] 18.5196, 73.8554 geonames:1259229" in out
    assert "'Monday' -> 2024-03-04" in out
    assert "(claimed by Asha Verma)" in out
    assert "workers <LAB> —PROTEST/strike/143→ ? at Pune on 2024-03-04 (~2000 workers)" in out
    assert "anatomy: 3 blocks (1 dateline, 1 body, 1 related_link) · 1 related link · 1 dateline" in out


def test_analyze_missing_file_is_reported_without_traceback(capsys, tmp_path):
    code, out, err = run(capsys, "analyze", tmp_path / "absent.txt", "--format", "jsonl")
    assert code != 0
    assert "absent.txt" in out + err and "Traceback" not in err


def test_analyze_keeps_going_after_a_bad_input(capsys, inputs, tmp_path):
    code, out, err = run(
        capsys, "analyze", inputs[0], tmp_path / "absent.txt", inputs[1], "--format", "jsonl"
    )
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert code == 0  # something could be read
    assert ids[0] == "flood" and ids[-1] == "election"
    assert "could not be analysed" in err or "absent.txt" in err


def test_ingest_show_search_and_queries(capsys, inputs, tmp_path):
    db = tmp_path / "news.db"
    code, _, err = run(capsys, "ingest", *inputs, "--db", db)
    assert code == 0 and "stored 2" in err
    code, _, err = run(capsys, "ingest", *inputs, "--db", db)
    assert "stored 0" in err and "skipped 2" in err

    code, out, _ = run(capsys, "show", "flood", "--db", db)
    assert code == 0 and json.loads(out)["text"] == FLOOD
    code, out, _ = run(capsys, "show", "flood", "--db", db, "--format", "text")
    assert out.startswith("== flood")

    code, out, _ = run(capsys, "search", "dawn", "--db", db)
    assert code == 0 and out.startswith("election") and "[dawn]" in out


def test_query_commands_on_the_example(capsys, karachi_analysis, tmp_path):
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.put(karachi_analysis)

    def rows(*argv: str) -> list[dict]:
        code, out, _ = run(capsys, *argv, "--db", db, "--format", "jsonl")
        assert code == 0
        return [json.loads(line) for line in out.splitlines()]

    people = {r["name"] for r in rows("entities", "--type", "person")}
    assert {"Imran Khan", "Maryam Nawaz"} <= people
    maryam = rows("quotes", "--speaker", "maryam")
    assert maryam and all(r["speaker_name"] == "Maryam Nawaz" for r in maryam)
    assert any("a man screaming his defeat" in r["text"] for r in maryam)
    protests = rows("events", "--type", "PROTEST", "--place", "karachi", "--since", "2020-10-01")
    assert protests and all(r["plover"] == "PROTEST" and r["place_name"] == "Karachi" for r in protests)
    code, out, _ = run(capsys, "events", "--type", "PROTEST", "--db", db)
    assert "—PROTEST/" in out and " at Karachi" in out

    confidences = sorted(r["confidence"] for r in rows("events"))
    cut = confidences[len(confidences) // 2]
    confident = rows("events", "--min-confidence", str(cut))
    assert 0 < len(confident) < len(confidences) and all(r["confidence"] >= cut for r in confident)


def test_analyze_keeps_only_confident_events_when_asked(capsys, karachi_analysis, tmp_path):
    path = tmp_path / "karachi.txt"
    path.write_text(karachi_analysis.text, encoding="utf-8")
    cut = sorted(e.confidence for e in karachi_analysis.events)[len(karachi_analysis.events) // 2]
    code, out, _ = run(capsys, "analyze", path, "--min-confidence", str(cut))
    kept = json.loads(out)["events"]
    assert code == 0 and 0 < len(kept) < len(karachi_analysis.events)
    assert all(e["confidence"] >= cut for e in kept)
    with pytest.raises(SystemExit):
        run(capsys, "analyze", path, "--min-confidence", "85")


def test_show_unknown_id_and_missing_db_are_user_errors(capsys, inputs, tmp_path):
    code, _, err = run(capsys, "show", "flood", "--db", tmp_path / "absent.db")
    assert code == 2 and "no database" in err
    run(capsys, "ingest", inputs[0], "--db", tmp_path / "news.db")
    code, _, err = run(capsys, "show", "nope", "--db", tmp_path / "news.db")
    assert code == 2 and "no article with id 'nope'" in err


def test_bad_date_argument_is_rejected(capsys, inputs):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(inputs[0]), "--published", "18/10/2020"])
    assert exc.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_schema_command_prints_the_shipped_schema(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out) == load_shipped_schema()


def test_console_script_runs(inputs):
    """The installed entry point, as a user calls it (one cold start)."""
    exe = Path(sys.executable).with_name("newsgraph")
    proc = subprocess.run(
        [exe, "analyze", inputs[0], "--format", "jsonl"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == "flood"
    assert proc.stderr == ""  # no progress bar when stderr is not a TTY
