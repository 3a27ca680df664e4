"""Mis-decoded text (UTF-8 read as Windows-1252/Latin-1): flagged, and its punctuation repaired in place.

Written by hand because the library for this, ftfy, changes the text's length and keeps no map back to
the received characters, while every newsgraph offset must hold for the text as received.
"""

from __future__ import annotations

import re

from newsgraph.model import Flag

# "â€™" for ’, "â€œ" for “, "Ã©" for é, "Â " for a no-break space; U+FFFD where a byte had no
# character; a stray "Â" (outside an upper-case word) left by a no-break space.
_CP1252_SECOND = (  # the second character of a mis-decoded UTF-8 sequence
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122\ufffd"
)
_MOJIBAKE = re.compile(f"â€[{_CP1252_SECOND}]|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|Â(?![A-ZÀ-Þ])|\ufffd")
# Punctuation only (quotation marks, apostrophes, dashes, bullets: all U+2010-U+2027 are E2 80 xx in
# UTF-8); mis-decoded letters such as "Ã©" cannot be repaired without changing the length of a word.
_PUNCTUATION = re.compile(f"â€[{_CP1252_SECOND}]")
_NO_BREAK_SPACE = re.compile("Â[\u00a0\ufffd]")
# A no-break space's lone "Â" once the space itself was normalised ("vadodaraÂ fear", "Â£5") is put
# back as the no-break space it was (which also keeps "Related storiesÂ" a link run); never before a
# letter, so a real "Â" in a word ("Âge") is left alone.
_LONE_NO_BREAK = re.compile("Â(?=[\\s\u00a0-\u00bf]|$)")
_CHUNK = re.compile(r"\S+")
_OPENING = "“‘"
KEPT = "text looks mis-decoded"  # start of the flag for mojibake left in the text
REPAIRED = "mis-decoded punctuation (UTF-8 read as Windows-1252: â€™ for ’) repaired (same length, offsets)"
# An apostrophe an ASCII encoder replaced with "?" ("can?t", "BJP?s"): only before a contraction's or
# possessive's ending, where a question mark never stands ("Why?so" is left alone).
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|d|m|ll|re|ve)(?![A-Za-z]))")
# An apostrophe doubled by SQL-style escaping ("VHP''s", "didn''t"): one apostrophe, the ending closed
# up to it and the freed character padded after the word, so the word keeps its start.
_DOUBLED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])''((?i:s|t|d|m|ll|re|ve)(?![A-Za-z]))")
APOSTROPHES = "apostrophes written as ? or '' (can?t, BJP''s) repaired (same length, offsets)"


def mojibake_flags(text: str) -> list[Flag]:
    spans = [[m.start(), m.end()] for m in _MOJIBAKE.finditer(text)]
    if not spans:
        return []
    sample = text[spans[0][0] : spans[0][1]]
    message = (
        f"{KEPT} (mojibake such as {sample!r}, {len(spans)} places); kept unchanged, "
        "so names and quotes near these places may be misread"
    )
    return [Flag(kind="other", message=message, spans=spans[:20])]


def _byte(char: str) -> int | None:
    if char == "\ufffd":  # 0x9D has no Windows-1252 character; in "â€\ufffd" it is the end of ”
        return 0x9D
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char) if ord(char) < 0x100 else None  # Latin-1 decoding kept C1 controls


def _decoded(sequence: str) -> str:
    last = _byte(sequence[-1])
    if last is None:
        return sequence
    try:
        return (b"\xe2\x80" + bytes([last])).decode("utf-8")
    except UnicodeDecodeError:
        return sequence


def _repair_chunk(chunk: str) -> str:
    """One whitespace-free chunk, same length: opening marks at its start keep their place before the
    word (padded before them), everything after is closed up and padded at the chunk's end, so a word
    keeps its start and only offsets inside the chunk move ("â€œModiâ€™s" -> "  “Modi’s  ")."""
    lead = ""
    rest = chunk
    while (m := _PUNCTUATION.match(rest)) and (mark := _decoded(m.group())) in _OPENING:
        lead += " " * (len(m.group()) - 1) + mark
        rest = rest[m.end() :]
    fixed = _PUNCTUATION.sub(lambda m: _decoded(m.group()), rest)
    return lead + fixed + " " * (len(rest) - len(fixed))


def repair_punctuation(text: str) -> str | None:
    """`text` with its mis-decoded punctuation repaired and the same length, or None if it has none."""
    if "â€" not in text and "Â" not in text:
        return None
    fixed = _LONE_NO_BREAK.sub("\u00a0", _NO_BREAK_SPACE.sub("  ", text))
    fixed = _CHUNK.sub(lambda m: _repair_chunk(m.group()) if "â€" in m.group() else m.group(), fixed)
    return fixed if fixed != text else None


def repair_apostrophes(text: str) -> str | None:
    """`text` with apostrophes lost to "?" or doubled ("''") put back (same length), or None if it has
    none."""
    fixed = _LOST_APOSTROPHE.sub("’", text) if "?" in text else text
    if "''" in fixed:
        fixed = _DOUBLED_APOSTROPHE.sub(lambda m: f"’{m.group(1)} ", fixed)
    return fixed if fixed != text else None
