"""Entities canonical within the article: NER corrected by gazetteers and context, mentions merged
(surnames, acronyms, pronouns), roles from the text, name-variant flags."""

from newsgraph.context import Context


def run(ctx: Context) -> None:
    """Fill ctx.analysis.entities (with mentions, aliases, roles)."""


def name_variants(ctx: Context) -> None:
    """Add `name_variant` flags: one person under conflicting names."""
