"""amounts stage."""

from newsgraph.context import Context


def run(ctx: Context) -> None:
    """Fill ctx.analysis.amounts."""


def figure_conflicts(ctx: Context) -> None:
    """Add `figure_conflict` flags: conflicting figures for one quantity."""
