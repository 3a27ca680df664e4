"""Typed name mentions: spaCy NER corrected by gazetteers, rules and the article's context."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.context import Context


@dataclass
class RawMention:
    start: int
    end: int
    text: str
    type: str  # contract entity type (PERSON, ORG, GPE, ...)
    source: str = "ner"  # ner | gazetteer | rule | ...


def recognize(ctx: Context) -> list[RawMention]:
    """Placeholder: the model's entities outside non-fact blocks, in text order."""
    keep = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
    return [
        RawMention(e.start_char, e.end_char, e.text, e.label_)
        for e in ctx.doc.ents
        if e.label_ in keep and not ctx.is_excluded(e.start_char, e.end_char)
    ]
