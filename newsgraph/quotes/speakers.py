"""Speakers: the phrase tied to a statement, resolved to the article's canonical entity.

The entities stage links names, short forms and pronouns to canonical entities; the speaker is that
entity. A speaker without entity keeps the phrase as written ("opposition leaders"); a pronoun the
entities stage could not link has no name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Token

from newsgraph.context import Context
from newsgraph.model import Speaker

RELATIVE = {"who", "that", "which"}
MAX_PHRASE = 15  # tokens
NAMED = {"PERSON", "ORG", "NORP", "GPE", "FAC"}


@dataclass
class Resolver:
    """Speaker resolution for one article, in text order."""

    ctx: Context

    def resolve(self, mention: Token) -> Speaker:
        """The speaker of a statement whose speaker phrase has head `mention` ("He", "Mirza", "who")."""
        start, end = self._after_dateline(*_phrase(mention))
        head = _author(_antecedent(mention))
        entity = self.ctx.analysis.entity(self._entity(head) or self._by_role(head))
        if entity is not None:
            return Speaker(entity=entity.id, name=entity.name, start=start, end=end)
        first, last = (start, end) if head is mention else _phrase(head)
        return Speaker(name=_fallback_name(head, self.ctx.text[first:last]), start=start, end=end)

    def by_name(self, name: str, start: int | None, end: int | None) -> Speaker:
        """A speaker known by name only (a post's author): the entity of that name when there is one."""
        wanted = name.casefold()
        for entity in self.ctx.analysis.entities:
            if entity.name.casefold() == wanted or wanted in (a.casefold() for a in entity.aliases):
                return Speaker(entity=entity.id, name=entity.name, start=start, end=end)
        entity_id = self.ctx.entity_at(start, end) if start is not None and end is not None else None
        entity = self.ctx.analysis.entity(entity_id)
        if entity is not None:
            return Speaker(entity=entity.id, name=entity.name, start=start, end=end)
        return Speaker(name=name, start=start, end=end)

    def _by_role(self, head: Token) -> str | None:
        """`the mayor said`: the person the article gave that role, most recently mentioned before."""
        if head.pos_ != "NOUN":
            return None
        title = head.lemma_.lower()
        best, best_start = None, -1
        for entity in self.ctx.analysis.entities:
            if entity.type != "PERSON" or not any(title in r.title.lower().split() for r in entity.roles):
                continue
            start = max((m.start for m in entity.mentions if m.start < head.idx), default=-1)
            if start > best_start:
                best, best_start = entity.id, start
        return best

    def _after_dateline(self, start: int, end: int) -> tuple[int, int]:
        """The parser often takes a dateline ("PHILADELPHIA, July 25 (UPI) --") into the subject."""
        for line in self.ctx.analysis.anatomy.datelines:
            if line.start <= start < line.end < end:
                start = line.end
                while start < end and not self.ctx.text[start].isalnum():
                    start += 1
        return start, end

    def _entity(self, head: Token) -> str | None:
        for token in [head, *(c for c in head.children if c.dep_ == "appos")]:
            found = self.ctx.entity_at(token.idx, token.idx + len(token.text))
            if found is not None:
                return found
        return None


def _fallback_name(head: Token, phrase: str) -> str | None:
    """A speaker without entity: the name as the model read it, else the phrase as written ("the union",
    "police officials"); a pronoun left unlinked has no name."""
    if head.pos_ == "PRON":
        return None
    for token in [head, *(c for c in head.children if c.dep_ == "appos")]:
        ent = _entity_span(token)
        if ent is not None:
            return ent.text.removeprefix("the ").removeprefix("The ")
    if head.pos_ == "PROPN":
        first = head
        while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ == "compound":
            first = first.nbor(-1)
        return head.doc[first.i : head.i + 1].text
    return phrase


def _entity_span(token: Token):
    if token.ent_type_ not in NAMED:
        return None
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """Nouns for documents that speak for their author (newsgraph/data/quote_documents.txt)."""
    text = files("newsgraph.data").joinpath("quote_documents.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _author(head: Token) -> Token:
    """The author a document speaks for: "her statement said" -> her, "a release from the union" ->
    union; any other speaker stays."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in document_nouns():
        return head
    for child in head.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by") and child.i > head.i:
            found = next((g for g in child.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return head


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("Khan, who said ..." -> Khan)."""
    clause = token.head
    return clause.head if token.lower_ in RELATIVE and clause.dep_ == "relcl" else token


def _phrase(head: Token) -> tuple[int, int]:
    """Char span of the speaker phrase: the head with its modifiers and appositions ("rights activist Jane
    Doe", "Murphy, the head of Right to Rise USA", "He"), without relative clauses."""
    if head.pos_ == "PRON":
        return head.idx, head.idx + len(head.text)
    cut = min(
        (c.left_edge.i for c in head.rights if c.dep_ in ("relcl", "acl")), default=head.right_edge.i + 1
    )
    tokens = [t for t in head.doc[head.left_edge.i : cut] if not t.is_space]
    if len(tokens) > MAX_PHRASE or any(t.is_quote for t in tokens):  # a misparse: keep the core
        tokens = [t for t in head.doc[head.left_edge.i : head.i + 1] if not t.is_space]
    while len(tokens) > 1 and tokens[-1].is_punct and not tokens[-1].is_right_punct:
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_punct and not tokens[0].is_left_punct:
        tokens.pop(0)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
