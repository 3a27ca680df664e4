"""Ray Data scale-out: the same analyses as the in-process pipeline, bad records as error rows."""

from __future__ import annotations

import json

import pytest

from newsgraph.cli import main
from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_text

ray = pytest.importorskip("ray")  # installed with newsgraph[scale], which the test setup installs

FLOOD = "Floods in Sindh displaced 20,000 people on Monday, officials in Karachi said.\n"


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    yield
    ray.shutdown()


def test_dataset_rows_match_the_pipeline_and_bad_rows_become_errors(local_ray, karachi_text: str) -> None:
    import ray.data

    from newsgraph.scale import analyze_dataset

    records = [
        {"id": "karachi", "text": karachi_text, "published": "2020-10-19"},
        {"id": "empty", "text": "   "},
        {"id": "flood", "text": FLOOD},
    ]
    rows = {r["id"]: r for r in analyze_dataset(ray.data.from_items(records), concurrency=1).take_all()}
    assert set(rows) == {"karachi", "empty", "flood"}
    assert rows["empty"]["analysis"] is None and "empty" in rows["empty"]["error"]
    remote = Analysis.model_validate_json(rows["karachi"]["analysis"])
    local = analyze_text(karachi_text, id="karachi", published="2020-10-19")
    assert remote.model_dump() == local.model_dump()
    assert any(q.speaker and q.speaker.name == "Maryam Nawaz" for q in remote.quotes)


def test_cli_workers_keep_input_order_and_results(local_ray, tmp_path, capsys) -> None:
    feed = tmp_path / "feed.jsonl"
    texts = [FLOOD, "Police arrested 12 protesters in Lahore on Sunday.\n", "Rain is expected in Delhi.\n"]
    feed.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    assert main(["analyze", str(feed), "--format", "jsonl", "--workers", "2"]) == 0
    parallel = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["analyze", str(feed), "--format", "jsonl"]) == 0
    serial = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in parallel] == ["a0", "a1", "a2"]
    assert parallel == serial
