"""Consistency flags, raised once every other stage has run."""

from newsgraph import amounts, entities
from newsgraph.context import Context


def run(ctx: Context) -> None:
    entities.name_variants(ctx)
    amounts.figure_conflicts(ctx)
