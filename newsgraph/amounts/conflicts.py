"""figure_conflict flags: one article giving figures for the same quantity that cannot both hold."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsgraph.amounts.numbers import lexicon
from newsgraph.context import Context
from newsgraph.model import Amount, Flag

# Figures of one quantity that differ by this factor or more conflict ("thousands" vs "100s of 1000s").
CONFLICT_RATIO = 10.0
ANCESTOR_STEPS = 4
# Crowd sizes are the figures sources dispute; any two for one article's gathering compete.
CROWD = "attendance"


@lru_cache(maxsize=1)
def _quantities() -> dict:
    with resources.files("newsgraph.data").joinpath("amounts_quantities.json").open(encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=1)
def _class_of() -> dict[str, str]:
    return {word: name for name, words in _quantities()["classes"].items() for word in words}


@lru_cache(maxsize=1)
def people_verbs() -> frozenset[str]:
    """Lemmas whose subject is a number of people ("thousands protested", "14 were killed")."""
    return frozenset(_class_of())


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return frozenset(_quantities()["people_nouns"])


def figure_conflicts(ctx: Context) -> None:
    """Add a `figure_conflict` flag per quantity (crowd size, death toll, ...) whose counts of people
    differ by CONFLICT_RATIO or more; counts of different things (seats vs people) never conflict."""
    by_class: dict[str, list[Amount]] = {}
    for amount in ctx.analysis.amounts:
        if amount.kind == "count" and amount.object in _people_nouns() and amount.value > 0:
            quantity = _quantity_class(ctx.doc, amount)
            if quantity is not None:
                by_class.setdefault(quantity, []).append(amount)
    for quantity, figures in by_class.items():
        pair = _conflicting_pair(ctx.doc, figures, crowd=quantity == CROWD)
        if pair is not None:
            low, high = pair
            ctx.analysis.flags.append(
                Flag(
                    kind="figure_conflict",
                    message=f"conflicting figures for {quantity} ({low.object}): "
                    f"{low.text!r} ({low.value:g}) vs {high.text!r} ({high.value:g})",
                    spans=[[low.start, low.end], [high.start, high.end]],
                )
            )


def _conflicting_pair(doc: Doc, figures: list[Amount], crowd: bool) -> tuple[Amount, Amount] | None:
    """The most divergent pair from different sentences ("only 15 of its 5,000 students" is a part
    and its whole). Crowd sizes conflict when at least one is an estimate; tolls and arrests add up
    across places and days, so only two vague estimates of them compete ("hundreds" vs "thousands")."""
    best, best_ratio = None, CONFLICT_RATIO
    ordered = sorted(figures, key=lambda a: a.value)
    for i, low in enumerate(ordered):
        for high in ordered[i + 1 :]:
            estimates = (low.approximate or high.approximate) if crowd else (_vague(low) and _vague(high))
            ratio = high.value / low.value
            if estimates and ratio >= best_ratio and _sentence(doc, low) != _sentence(doc, high):
                best, best_ratio = (low, high), ratio
    return best


@lru_cache(maxsize=1)
def _vague_words() -> re.Pattern[str]:
    words = "|".join(lexicon()["vague"])
    return re.compile(rf"\b(?:{words}|10+s)\b", re.IGNORECASE)


def _vague(amount: Amount) -> bool:
    return bool(_vague_words().search(amount.text))


def _sentence(doc: Doc, amount: Amount) -> int:
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    return span[0].sent.start if span is not None else -1


def _quantity_class(doc: Doc, amount: Amount) -> str | None:
    """What the people were counted for: the class of the nearest governing verb or noun, then of
    a clause attached to the figure, then of the counted noun itself (protesters -> attendance)."""
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None:
        return None
    classes = _class_of()
    tokens = [*span, *(t for t in doc[span.end : span.end + 4] if t.lower_ == amount.object)]
    for token in tokens:
        for ancestor in _ancestors(token):
            if ancestor.lemma_.lower() in classes:
                return classes[ancestor.lemma_.lower()]
            if ancestor.pos_ in ("VERB", "AUX"):
                break  # the figure's own verb decides ("... are still missing" is no death toll)
        for child in token.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in classes:
                return classes[child.lemma_.lower()]
    return classes.get(amount.object or "")


def _ancestors(token: Token) -> list[Token]:
    found = []
    while token.head != token and len(found) < ANCESTOR_STEPS:
        token = token.head
        found.append(token)
    return found
