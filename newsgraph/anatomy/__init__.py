"""News anatomy: body, subheadings, related-link lines, social embeds, credits, datelines, bylines."""

from newsgraph.context import Context


def run(ctx: Context) -> None:
    """Fill ctx.analysis.anatomy and mark non-fact blocks with ctx.exclude()."""
