"""Text layout made plain for analysis, same length (every offset holds for the text as received).

The spaCy tokenizer splits words only at the plain space: a no-break space ("Mr.\\xa0Smith", HTML's
&nbsp;) becomes a token of its own between the words, and a carriage return stays on the line break
("\\r\\n" is one whitespace token, and "\\r" is left at the end of each line for every regex that stops
at "\\n"). Every line break ends a paragraph for the later stages, so text hard-wrapped at a fixed width
(e-mail, plain-text archives) cuts sentences, quotations and "..., she said" apart at each line end.
"""

from __future__ import annotations

import re

LAYOUT_PLAIN = "layout made plain: odd spaces, carriage returns or hard-wrapped lines (same length, offsets)"

# Unicode space separators (category Zs) other than the plain space: no-break, en/em, thin, hair,
# narrow no-break, medium mathematical, ideographic.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# A carriage return ending a line ("\r\n") becomes a space before the newline; a lone one (old Mac
# files) and the Unicode line and paragraph separators are line breaks.
_CR_BEFORE_LF = re.compile("\r(?=\n)")
_LINE_BREAKS = re.compile("[\r\u2028\u2029]")
# A line break inside a paragraph: between two non-blank lines.
_INNER_BREAK = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")
_WORD = re.compile(r"\S+")
WRAP_WIDTHS = (40, 120)  # the fixed widths text is wrapped at (72-80 usually)
WRAPPED_MIN_LINES = 3  # inner line breaks an article needs before its layout is judged
WRAPPED_SHARE = 0.75  # of those, how many must fall where a wrapper would have broken the line


def plain_spaces(text: str) -> str | None:
    """The text with plain spaces and newlines for the above, or None when there is nothing to change."""
    plain = _LINE_BREAKS.sub("\n", _CR_BEFORE_LF.sub(" ", _SPACES.sub(" ", text)))
    return None if plain == text else plain


def unwrapped(text: str) -> str | None:
    """A hard-wrapped text with the line breaks a wrapper made turned into spaces, or None when the text is
    not hard-wrapped. A wrapper broke a line when the next line's first word would have made it longer
    than the widest line broken inside a paragraph (40 to 120 characters, WRAP_WIDTHS); the text is
    hard-wrapped when most of its breaks inside paragraphs are such. A break after a shorter line ends a
    paragraph and stays."""
    breaks = list(_INNER_BREAK.finditer(text))
    if len(breaks) < WRAPPED_MIN_LINES:
        return None
    lines = [_line_before(text, m.start()) for m in breaks]
    width = max(len(line) for line in lines)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return None
    firsts = [_WORD.search(text, m.end()).group() for m in breaks]  # type: ignore[union-attr]
    wrapped = [
        m for m, line, first in zip(breaks, lines, firsts, strict=True) if len(line) + 1 + len(first) > width
    ]
    if len(wrapped) < max(WRAPPED_MIN_LINES, WRAPPED_SHARE * len(breaks)):
        return None
    chars = list(text)
    for m in wrapped:
        chars[m.end() - 1] = " "
    return "".join(chars)


def _line_before(text: str, end: int) -> str:
    return text[text.rfind("\n", 0, end) + 1 : end].strip()
