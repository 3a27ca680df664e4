"""events stage."""

from newsgraph.context import Context


def run(ctx: Context) -> None:
    """Fill ctx.analysis.events."""
