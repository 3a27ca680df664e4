"""places stage: the article's toponyms resolved to GeoNames records (offline gazetteer in
newsgraph.places.gazetteer), as ctx.analysis.places and entity.place."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgraph.context import Context


def run(ctx: Context) -> None:
    """Fill ctx.analysis.places and set entity.place on the entities they belong to."""
    # Deferred so that `from newsgraph.places import gazetteer` (used by other stages and tools)
    # does not load spaCy and pydantic.
    from newsgraph.places.stage import run_stage

    run_stage(ctx)
