"""The shipped JSON Schema is current and real pipeline output validates against it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest
from jsonschema import Draft202012Validator
from offsets import offset_errors
from pydantic import BaseModel

from newsgraph.export.schema import SCHEMA_PATH, build_schema, load_shipped_schema
from newsgraph.model import Analysis, ErrorRecord
from newsgraph.pipeline import analyze_text

REPO_ROOT = Path(__file__).resolve().parents[1]
BUNDLED_EXAMPLES = sorted((REPO_ROOT / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = load_shipped_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _problems(validator: Draft202012Validator, record: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(record)]


def test_shipped_schema_is_up_to_date():
    assert load_shipped_schema() == build_schema(), (
        f"{SCHEMA_PATH} is stale: regenerate it with `newsgraph schema --write`"
    )


def test_karachi_output_validates(validator, karachi_analysis):
    record = json.loads(karachi_analysis.model_dump_json())
    assert _problems(validator, record) == []


def test_karachi_offsets_point_into_text(karachi_analysis):
    assert offset_errors(karachi_analysis) == []


@pytest.mark.skipif(not BUNDLED_EXAMPLES, reason="no bundled example in examples/ yet")
@pytest.mark.parametrize("path", BUNDLED_EXAMPLES, ids=lambda p: p.name)
def test_bundled_example_validates(validator, path):
    analysis = analyze_text(path.read_text(encoding="utf-8"), id=path.stem)
    assert _problems(validator, json.loads(analysis.model_dump_json())) == []
    assert offset_errors(analysis) == []


def test_error_record_validates(validator):
    record = json.loads(ErrorRecord(id="broken-1", error="no text field").model_dump_json())
    assert _problems(validator, record) == []


def test_schema_rejects_malformed_records(validator, karachi_analysis):
    record = json.loads(karachi_analysis.model_dump_json())
    assert _problems(validator, {k: v for k, v in record.items() if k != "text"})
    assert _problems(
        validator, {**record, "entities": [{"id": "e1", "name": "X", "type": "PERSON", "bogus": 1}]}
    )
    assert _problems(validator, {"id": "x"})


def test_offset_checker_catches_bad_spans():
    text = "Maryam Nawaz spoke in Karachi."
    good = Analysis(id="t", text=text).model_dump(mode="json")
    good["places"] = [{"start": 22, "end": 29, "text": "Karachi", "name": "Karachi", "feature": "city"}]
    assert offset_errors(good) == []
    shifted = {**good, "places": [{**good["places"][0], "start": 21, "end": 28}]}
    outside = {**good, "flags": [{"kind": "other", "message": "m", "spans": [[0, 99]]}]}
    assert offset_errors(shifted) and offset_errors(outside)


def test_docs_example_validates(validator):
    doc = (REPO_ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    example = json.loads(doc.split("```json\n", 1)[1].split("\n```", 1)[0])
    assert _problems(validator, example) == []
    assert offset_errors(example) == []


def _model_fields(model: type[BaseModel], seen: set[type]) -> set[str]:
    """Field names of `model` and of every model nested in it."""
    if model in seen:
        return set()
    seen.add(model)
    names = set(model.model_fields)
    for info in model.model_fields.values():
        for arg in _types_in(info.annotation):
            names |= _model_fields(arg, seen)
    return names


def _types_in(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [t for arg in get_args(annotation) for t in _types_in(arg)]


def test_docs_cover_every_output_field():
    doc = (REPO_ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    before, rest = doc.split("```json\n", 1)
    prose = before + rest.split("\n```", 1)[1]  # the example shows every field; the prose must too
    forms = ("`{}`", "`{}[]`", '"{}"')
    undocumented = sorted(
        n for n in _model_fields(Analysis, set()) if not any(f.format(n) in prose for f in forms)
    )
    assert undocumented == [], "document these fields in docs/output.md"
