"""Bytes to text: byte-order marks, UTF-8, the charset an HTML page declares, then charset-normalizer."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

_BOMS = [  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Control characters other than tab, newlines, form feed: text has (almost) none, binary has many.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Windows-1252 is what "latin-1" and unlabelled Western pages really are (WHATWG encoding spec),
# so it wins ties between single-byte code pages that decode the bytes equally well.
_PREFERRED = "cp1252"


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can tell."""


@dataclass
class Decoded:
    text: str
    encoding: str
    detected: bool  # True when guessed by charset-normalizer (not UTF-8, no BOM, no declaration)


def decode(data: bytes, html: bool = False) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _checked(data, codec, detected=False)
    try:
        return _checked(data, "utf-8", detected=False)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise DecodeError("binary data (NUL bytes), not text")
    if html:
        declared = _declared_charset(data)
        if declared:
            try:
                return _checked(data, declared, detected=False)
            except (UnicodeDecodeError, DecodeError):
                pass
    return _checked(data, _guess(data), detected=True)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return "cp1252" if name.lower() in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"} else name


def _guess(data: bytes) -> str:
    matches = list(from_bytes(data))
    # UTF-16/32 without a byte-order mark: only plausible when there are NUL bytes (ruled out above)
    matches = [m for m in matches if not m.encoding.startswith(("utf_16", "utf_32"))]
    if not matches:
        raise DecodeError("undecodable bytes: not UTF-8 and no known encoding fits")
    least = min(m.chaos for m in matches)
    tied = [m.encoding for m in matches if m.chaos <= least + 0.01]
    if _PREFERRED in tied or _fits_preferred(data, least):
        return _PREFERRED
    return tied[0]


def _fits_preferred(data: bytes, least_chaos: float) -> bool:
    """charset-normalizer lists only some of the code pages that fit short input; check ours."""
    try:
        text = data.decode(_PREFERRED)
    except UnicodeDecodeError:
        return False
    return mess_ratio(text) <= least_chaos + 0.01


def _checked(data: bytes, codec: str, detected: bool) -> Decoded:
    text = data.decode(codec)
    if "\x00" in text:
        raise DecodeError("binary data (NUL characters), not text")
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise DecodeError("binary data (control characters), not text")
    return Decoded(text=text, encoding=codecs.lookup(codec).name, detected=detected)
