"""State shared by the pipeline stages while one article is analysed."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsgraph.model import Analysis, Article

# Anatomy block kinds whose text is never a fact of the article.
NON_FACT_BLOCKS = {"related_link", "credit", "byline", "boilerplate"}


@dataclass
class Context:
    article: Article
    doc: Doc
    analysis: Analysis
    # sorted, non-overlapping [start, end) spans that later stages must not extract facts from
    excluded: list[tuple[int, int]] = field(default_factory=list)
    # fact_sentences() as last built, with the excluded spans it was built for
    _facts: tuple[tuple[tuple[int, int], ...], list[Span]] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.analysis.text

    def exclude(self, start: int, end: int) -> None:
        """Mark [start, end) as non-fact, merging with overlapping spans so the list stays disjoint."""
        i = bisect_right(self.excluded, (start, float("inf")))
        if i and self.excluded[i - 1][1] >= start:
            i -= 1
            start = min(start, self.excluded[i][0])
        j = i
        while j < len(self.excluded) and self.excluded[j][0] <= end:
            end = max(end, self.excluded[j][1])
            j += 1
        self.excluded[i:j] = [(start, end)]

    def is_excluded(self, start: int, end: int | None = None) -> bool:
        """True when [start, end) overlaps a related-link line, credit, byline or boilerplate."""
        if not self.excluded:
            return False
        end = start + 1 if end is None else end
        i = bisect_right(self.excluded, (start, float("inf"))) - 1
        return any(s < end and start < e for s, e in self.excluded[max(i, 0) : i + 2])

    def fact_sentences(self) -> list[Span]:
        """Sentences of the article outside excluded blocks (built once: stages ask for them per quote)."""
        key = tuple(self.excluded)
        if self._facts is None or self._facts[0] != key:
            self._facts = key, [s for s in self.doc.sents if not self.is_excluded(s.start_char, s.end_char)]
        return self._facts[1]

    def entity_at(self, start: int, end: int) -> str | None:
        """Id of the entity with a mention overlapping [start, end), preferring the longest."""
        best, best_len = None, 0
        for ent in self.analysis.entities:
            for m in ent.mentions:
                if m.start < end and start < m.end and m.end - m.start > best_len:
                    best, best_len = ent.id, m.end - m.start
        return best
