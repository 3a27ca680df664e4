"""Shared fixtures: paths to the repo and ../shared, and one analysis of the canonical example."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_text

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED_DIR


@pytest.fixture(scope="session")
def karachi_text(shared_dir: Path) -> str:
    return (shared_dir / "examples" / "karachi-rally.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def karachi_analysis(karachi_text: str) -> Analysis:
    """One analysis of karachi-rally.txt shared by every test file (published date as in the story)."""
    return analyze_text(karachi_text, id="karachi-rally", published="2020-10-19")
