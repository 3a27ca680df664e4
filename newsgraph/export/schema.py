"""JSON Schema of `newsgraph analyze` output, generated from the pydantic model.

The shipped file (newsgraph/schema/analysis.schema.json) is regenerated with
`newsgraph schema --write`; tests/test_schema.py checks it is up to date with the model.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from newsgraph.model import Analysis, ErrorRecord

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "analysis.schema.json"


def build_schema() -> dict:
    """One output record: an analysed article, or `{"id", "error"}` for a record that failed."""
    schema = TypeAdapter(Analysis | ErrorRecord).json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsgraph analysis record (contract v1)",
        "description": "One line of `newsgraph analyze --format jsonl`: an Analysis or an ErrorRecord. "
        "Every start/end is a Python str offset (end exclusive) into the record's `text`.",
        **schema,
    }


def render_schema() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path = SCHEMA_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_schema(), encoding="utf-8")
    return path


def load_shipped_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
