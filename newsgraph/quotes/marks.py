"""Spans between quotation marks, bounded by paragraph.

Written by hand: no maintained library finds quotation spans in news text with its mix of straight,
curly and single marks, paragraph-spanning quotes (opening mark repeated, no closing) and stray marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
# two apostrophes stand for a straight double mark in some archives (''Quoted,'' she said)
DOUBLE = re.compile("''|[\"“”„«»]")
SINGLE = re.compile("['‘’‹›]")
SINGLE_OPEN = "'‘‹"
SINGLE_CLOSE = "'’›"
# an unclosed quote that does not continue in the next paragraph stops at its first sentence end, or
# after this many characters: a stray mark never swallows a paragraph, let alone the article
UNCLOSED_MAX = 400
SENTENCE_END = re.compile(r"[.!?](?=\s)")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Marked:
    """One quotation: `start`/`end` are the content (inside the marks, trimmed)."""

    open: int  # offset of the opening mark
    close: int  # offset just past the closing mark (or the content end when unclosed)
    start: int
    end: int
    closed: bool

    def words(self, text: str) -> int:
        return len(WORD.findall(text, self.start, self.end))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines: news paragraphs."""
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped:
            spans.append((pos + len(line) - len(stripped), pos + len(line.rstrip())))
        pos += len(line) + 1
    return spans


def _opens(text: str, i: int) -> bool:
    """A mark that reads as an opening one: after space/start/bracket, before a non-space."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _reopens(text: str, i: int) -> bool:
    """A straight mark opening a new sentence (`end. "Next`): no quotation closes with a space before
    its mark, so inside an open one it repeats the opening mark of a paragraph run into the last."""
    return _opens(text, i) and text[i + 1 : i + 2].isupper() and text[:i].rstrip()[-1:] in (".", "!", "?")


def _closes(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _unclosed_end(text: str, start: int, para_end: int) -> int:
    """Where a quotation that is never closed ends: at its first sentence end, else at the paragraph end
    (at most UNCLOSED_MAX characters on)."""
    found = SENTENCE_END.search(text, start, para_end)
    return found.start() + 1 if found else min(para_end, start + UNCLOSED_MAX)


def _double_quotes(text: str, paras: list[tuple[int, int]]) -> list[Marked]:
    found: list[Marked] = []
    open_at: int | None = None  # opening mark of the quote being read
    open_end = 0  # just past it
    for n, (ps, pe) in enumerate(paras):
        for m in DOUBLE.finditer(text, ps, pe):
            i, c = m.start(), m.group().replace("''", '"')
            if open_at is None:
                if c in DOUBLE_OPEN or c == '"' or _opens(text, i):
                    open_at, open_end = i, m.end()
            elif i == ps and c in DOUBLE_OPEN + '"' and open_at < ps:
                continue  # the repeated opening mark of a paragraph-spanning quote
            elif c == '"' and _reopens(text, i):
                continue  # ... of one whose paragraphs an archive ran together: `...you. "We would ...`
            elif c in DOUBLE_CLOSE or c == '"' or _closes(text, m.end() - 1):
                start, end = _trim(text, open_end, i)
                if end > start:
                    found.append(Marked(open_at, m.end(), start, end, True))
                open_at = None
        if open_at is None:
            continue
        nxt = paras[n + 1][0] if n + 1 < len(paras) else None
        repeated = nxt is not None and (text[nxt] in DOUBLE_OPEN + '"' or text.startswith("''", nxt))
        if repeated and text[open_at] != "»":
            continue  # continues in the next paragraph
        first = max(open_end, ps)
        start, end = _trim(text, open_end, _unclosed_end(text, first, pe))
        if end > start:
            found.append(Marked(open_at, end, start, end, False))
        open_at = None
    return found


def _single_quotes(text: str, paras: list[tuple[int, int]], taken: list[Marked]) -> list[Marked]:
    """Single-mark quotes outside double quotes. Only closed ones count: a lone ' is an apostrophe."""
    found: list[Marked] = []
    inside = [(q.open, q.close) for q in taken]
    for ps, pe in paras:
        open_at: int | None = None
        for m in SINGLE.finditer(text, ps, pe):
            i, c = m.start(), m.group()
            if any(s <= i < e for s, e in inside):
                continue
            if open_at is None:
                if c in SINGLE_OPEN and _opens(text, i):
                    open_at = i
            elif c in SINGLE_CLOSE and _closes(text, i) and not text[i - 1].isspace():
                start, end = _trim(text, open_at + 1, i)
                if end > start:
                    found.append(Marked(open_at, i + 1, start, end, True))
                open_at = None
    return found


def find_quotations(text: str) -> list[Marked]:
    """All quotations of the text, outermost only, in text order."""
    paras = paragraphs(text)
    doubles = _double_quotes(text, paras)
    return sorted(doubles + _single_quotes(text, paras, doubles), key=lambda q: q.open)
