"""Checks and metadata shared by every input type: size and content checks, published date,
language, mis-decoded text."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import islice

from newsgraph.ingest.mojibake import mojibake_flags
from newsgraph.model import Article, ErrorRecord, Flag

# One article is at most this many characters. Longer input is refused with an error record rather
# than truncated: a cut article silently loses its end (credits, corrections), and inputs this size
# are dumps or mistakes, not news stories.
MAX_CHARS = 2_000_000
# Language detection reads this much of the text: enough for a confident call, and fast
# (py3langid's cost grows with the sample: ~1 ms per 1,000 characters).
LANGUAGE_SAMPLE = 800
# Below this many letters the language cannot be told; such texts are taken as English.
MIN_LETTERS = 20
# A text is taken as not English when English is this improbable (probabilities normalised over
# py3langid's languages; near neighbours such as Galician/Spanish share the rest, so we test English).
MAX_ENGLISH_PROB = 0.05

_LETTER = re.compile(r"[^\W\d_]")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def make_article(
    id: str,
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    default_published: str | None = None,
    url: str | None = None,
    source: str | None = None,
    authors: list[str] | None = None,
    flags: list[Flag] | None = None,
) -> Article | ErrorRecord:
    """An Article for `text` (kept exactly as given), or an ErrorRecord saying why not."""
    problem = text_problem(text)
    if problem:
        return ErrorRecord(id=id, error=problem)
    flags = list(flags or [])
    day = normalise_date(published) if published else None
    if published and not day:
        flags.append(Flag(kind="other", message=f"published date {published!r} not understood; ignored"))
    if not day and default_published:
        day = normalise_date(default_published)
    flags += mojibake_flags(text)
    return Article(
        id=id, text=text, title=title or None, published=day, url=url or None, source=source or None,
        authors=authors or [], language=language(text), flags=flags,
    )  # fmt: skip


def text_problem(text: str) -> str | None:
    if not text.strip():
        return "empty text"
    if "\x00" in text:
        return "binary data (NUL characters), not text"
    if len(text) > MAX_CHARS:
        return f"text is {len(text):,} characters, over the {MAX_CHARS:,} limit for one article; split it"
    return None


def normalise_date(value: str) -> str | None:
    """'2020-10-18T09:00:00Z', 'Oct 18, 2020', '18/10/2020' -> '2020-10-18'; None if not a full date."""
    value = value.strip()
    m = _ISO_DATE.match(value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    import dateparser  # slow to import, and only needed for dates not in ISO form

    # English only: guessing among all of dateparser's locales is slow, and records are English news
    parsed = dateparser.parse(value, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language(text: str) -> str:
    """ISO 639-1 code of the text's language; 'en' unless another language is clear."""
    sample = text[:LANGUAGE_SAMPLE]
    if sum(1 for _ in islice(_LETTER.finditer(sample), MIN_LETTERS)) < MIN_LETTERS:
        return "en"
    ranked = _identifier().rank(sample)
    english = next((p for lang, p in ranked if lang == "en"), 0.0)
    return ranked[0][0] if english < MAX_ENGLISH_PROB else "en"
