"""Quotations in running text, as spans: names and pronouns inside them speak from the quoted person's
view, so entity resolution treats them apart. Hand-written: a cheap scan of quotation marks that the
entity stage needs before (and independently of) the quotes stage."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

_QUOTE_MARK = re.compile(r"[\"“”\n]")
# 'single' and ‘single’ quotations: opened before a word after a space, closed after a word before a
# space or punctuation, within one line (so apostrophes in "We're", "Smiths'" never open one)
_SINGLE_QUOTED = re.compile(
    r"(?<![^\s(\[—:-])['‘](?=\w)(?:[^\n'‘’]|(?<=\w)['’](?=\w))*?\w[.,!?]?['’](?=[\s.,;:!?)]|$)"
)


@lru_cache(maxsize=2)  # one article's spans serve every entity step and the speakers
def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quotations as (start, end), each within one paragraph, sorted and disjoint; a straight double
    quote opens when it follows a space or line start and precedes a word, and closes otherwise. An
    unclosed double quotation runs to the end of its paragraph (news style for quotes spanning
    paragraphs). Single quotations count when closed on their line."""
    spans, open_at = [], None
    for m in _QUOTE_MARK.finditer(text):
        i, mark = m.start(), m.group()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        opens = mark == "“" or mark == '"' and (prev.isspace() or prev in "([—-:") and not nxt.isspace()
        if mark == "\n" or not opens:
            if open_at is not None:
                spans.append((open_at, i + (mark != "\n")))
            open_at = None
        else:
            open_at = i
    if open_at is not None:
        spans.append((open_at, len(text)))
    spans += [m.span() for m in _SINGLE_QUOTED.finditer(text)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # nested quotations: one span, so lookups stay a bisection
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
