"""Speakers: the phrase tied to a statement, resolved to the article's canonical entity.

The entities stage links names, short forms and pronouns to canonical entities; when it has no entity
for a speaker, the name falls back to the text (the fullest PERSON name ending in the same surname, the
previous person for a pronoun, or the phrase as written, such as "opposition leaders").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.context import Context
from newsgraph.model import Entity, Speaker

PERSONAL = {"he", "she", "him", "her"}
RELATIVE = {"who", "that", "which"}
MAX_PHRASE = 15  # tokens
PRONOUN_WINDOW = 150  # tokens searched back for the person an unlinked pronoun stands for
NAMED = {"PERSON", "ORG", "NORP", "GPE", "FAC"}


@dataclass
class Resolver:
    """Speaker resolution for one article, in text order."""

    ctx: Context
    full_names: dict[str, str] = field(default_factory=dict)
    last_person: Speaker | None = None  # a pronoun the entities stage left unlinked refers to them

    @classmethod
    def for_doc(cls, ctx: Context) -> Resolver:
        return cls(ctx, _full_person_names(ctx.doc))

    def resolve(self, mention: Token) -> Speaker:
        """The speaker of a statement whose speaker phrase has head `mention` ("He", "Mirza", "who")."""
        start, end = self._after_dateline(*_phrase(mention))
        head = self._referent(mention)
        entity_id = self._entity(head) or self._by_role(head) or self._by_surname(head)
        entity = self._fullest(self.ctx.analysis.entity(entity_id))
        if entity is not None:
            speaker = Speaker(entity=entity.id, name=entity.name, start=start, end=end)
            person = entity.type == "PERSON"
        else:
            first, last = (start, end) if head is mention else _phrase(head)
            speaker = Speaker(name=self._fallback_name(head, self.ctx.text[first:last]), start=start, end=end)
            person = head.ent_type_ == "PERSON" or (head.lower_ in PERSONAL and speaker.name is not None)
        if person:
            self.last_person = speaker
        return speaker

    def _referent(self, mention: Token) -> Token:
        """The token naming who speaks: the antecedent of a relative pronoun, and for a personal pronoun
        the entities stage left unlinked, the closest person subject before it."""
        head = _antecedent(mention)
        if head.lower_ in PERSONAL and self._entity(head) is None:
            return self._last_person_subject(head) or head
        return head

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

    def _fullest(self, entity: Entity | None) -> Entity | None:
        """A one-word entity ("Telford") when the article also has a person of that surname ("Hamish
        Telford") as another entity: the person. Guards against a surname left unmerged (or typed as
        an organisation) by the entities stage."""
        if entity is None or " " in entity.name:
            return entity
        suffix = " " + entity.name
        return next(
            (e for e in self.ctx.analysis.entities if e.type == "PERSON" and e.name.endswith(suffix)), entity
        )

    def _by_surname(self, head: Token) -> str | None:
        """A surname the entities stage did not link ("Horvat"): the person of the article it ends."""
        if head.pos_ != "PROPN":
            return None
        suffix = " " + head.text.casefold()
        people = (e for e in self.ctx.analysis.entities if e.type == "PERSON")
        return next((e.id for e in people if e.name.casefold().endswith(suffix)), None)

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

    def _last_person_subject(self, pronoun: Token) -> Token | None:
        doc = pronoun.doc
        for token in reversed(doc[max(0, pronoun.i - PRONOUN_WINDOW) : pronoun.i]):
            if token.dep_ not in ("nsubj", "nsubjpass") or not (token.pos_ == "PROPN" or token.ent_type_):
                continue  # only names can be people here; the check keeps entity look-ups rare
            entity = self.ctx.analysis.entity(self._entity(token))
            if (entity.type if entity else token.ent_type_) == "PERSON":
                return token
        return None

    def _fallback_name(self, head: Token, phrase: str) -> str | None:
        """A name without entity: a person's fullest name in the article, the previous person for a
        pronoun, else the phrase as written ("the union", "police officials")."""
        if head.pos_ == "PRON":
            last = self.last_person
            return last.name if last is not None and head.lower_ in PERSONAL else None
        for token in [head, *(c for c in head.children if c.dep_ == "appos")]:
            ent = _entity_span(token)
            if ent is not None:
                name = ent.text.removeprefix("the ").removeprefix("The ")
                return self.full_names.get(name, name) if ent.label_ == "PERSON" else name
        if head.pos_ == "PROPN":
            first = head
            while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ == "compound":
                first = first.nbor(-1)
            name = head.doc[first.i : head.i + 1].text
            return self.full_names.get(name, name)
        return phrase


def _entity_span(token: Token):
    if token.ent_type_ not in NAMED:
        return None
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("Khan, who said ..." -> Khan)."""
    clause = token.head
    return clause.head if token.lower_ in RELATIVE and clause.dep_ == "relcl" else token


def _phrase(head: Token) -> tuple[int, int]:
    """Char span of the speaker phrase: the head with its modifiers and appositions ("PoK activist Amjad
    Ayub Mirza", "Murphy, the head of Right to Rise USA", "He"), without relative clauses."""
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


def _full_person_names(doc: Doc) -> dict[str, str]:
    """Short form -> fullest PERSON name of the article ending in it ("Mirza" -> "Amjad Ayub Mirza")."""
    full: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        surname = ent[-1].text
        if len(ent.text) > len(full.get(surname, "")):
            full[surname] = ent.text
    return full
