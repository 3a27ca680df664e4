"""Generic offset checker for analysis output, usable by any test:

    from offsets import offset_errors
    assert offset_errors(analysis) == []

Walks the whole record: every object with start/end (and text_start/text_end, flag spans,
evidence sentence pairs) must lie inside `text`, and where the object also has a `text`
field, text[start:end] must equal it.
"""

from __future__ import annotations

from typing import Any

from newsgraph.model import Analysis


def offset_errors(analysis: Analysis | dict) -> list[str]:
    record = analysis.model_dump(mode="json") if isinstance(analysis, Analysis) else analysis
    text = record["text"]
    errors: list[str] = []
    for key, value in record.items():
        if key != "text":
            _walk(value, key, text, errors)
    return errors


def _walk(node: Any, path: str, text: str, errors: list[str]) -> None:
    if isinstance(node, dict):
        _check_object(node, path, text, errors)
        for key, value in node.items():
            _walk(value, f"{path}.{key}", text, errors)
    elif isinstance(node, list):
        if path.endswith(".spans") or path.endswith(".sentence"):
            pairs = node if path.endswith(".spans") else [node]
            for i, pair in enumerate(pairs):
                _check_range(pair[0], pair[1], f"{path}[{i}]", text, errors)
        else:
            for i, value in enumerate(node):
                _walk(value, f"{path}[{i}]", text, errors)


def _check_object(node: dict, path: str, text: str, errors: list[str]) -> None:
    for start_key, end_key in (("start", "end"), ("text_start", "text_end")):
        start, end = node.get(start_key), node.get(end_key)
        if start is None and end is None:
            continue
        if start is None or end is None:
            errors.append(f"{path}: {start_key}={start} but {end_key}={end}")
            continue
        if _check_range(start, end, path, text, errors) and start_key == "start":
            span_text = node.get("text")
            if isinstance(span_text, str) and text[start:end] != span_text:
                errors.append(f"{path}: text[{start}:{end}] = {text[start:end]!r} but text = {span_text!r}")


def _check_range(start: int, end: int, path: str, text: str, errors: list[str]) -> bool:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        errors.append(f"{path}: [{start}, {end}) is not inside the text (length {len(text)})")
        return False
    return True
