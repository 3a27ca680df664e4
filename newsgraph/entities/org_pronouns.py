"""it/its (and they/their) linked to the organisation or place the narrative is about, when it is clear.

Hand-written, precision first (spaCy's small models have no coreference): a pronoun outside quotations,
as subject or possessive, is linked only when every subject before it in its sentence, or else every
subject of the nearest earlier narrative sentence, is a mention of one and the same organisation (for
it/its also a country or city): "EDC declined to answer. “...,” it said." Subject continuity is what
news writing keeps; any other subject (a person, "the project", an unrecognised name) may be the
referent, so none is linked. "they" stands for an organisation only with no plural noun around it
("Google sued the developers. They said" stays unlinked); "it" as the subject of a copula or a
weather/extraposition verb ("it is clear", "it seems") is no reference."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsgraph.entities.names import Cand
from newsgraph.entities.pronouns import SUBJECT
from newsgraph.entities.quoted import inside, quoted_spans
from newsgraph.entities.resolve import Cluster
from newsgraph.nlp import text_of

SINGULAR = {"it": ("ORG", "GPE"), "its": ("ORG", "GPE")}
PLURAL = {"they": ("ORG",), "their": ("ORG",)}
NO_AGENT = {"be", "seem", "appear", "happen", "remain", "become", "take", "matter", "rain", "look"}
PLURAL_NOUNS = ("NNS", "NNPS")


def link_org_pronouns(doc: Doc, clusters: list[Cluster], excluded: Callable[[int, int], bool]) -> None:
    if not any(t.lower_ in SINGULAR or t.lower_ in PLURAL for t in doc):
        return
    owner: dict[int, Cluster] = {}  # token index -> the organisation or place its mention names
    for k in clusters:
        if k.type in ("ORG", "GPE"):
            for c in k.mentions:
                span = doc.char_span(c.start, c.end, alignment_mode="expand")
                owner.update((t.i, k) for t in span or ())
    if not owner:
        return
    quoted = quoted_spans(text_of(doc))
    previous: Span | None = None
    for sent in doc.sents:
        if excluded(sent.start_char, sent.end_char):
            continue
        for tok in sent:
            types = SINGULAR.get(tok.lower_) or PLURAL.get(tok.lower_)
            if types is None or not _referring(tok) or inside(quoted, tok.idx):
                continue
            plural = tok.lower_ in PLURAL
            before = [t for t in sent if t.i < tok.i]
            target = _subject_of(before, owner, quoted, plural)
            if target is None and not _subjects(before, quoted) and previous is not None:
                target = _subject_of(list(previous), owner, quoted, plural)
            if target is not None and target.type in types:
                target.add(Cand(tok.idx, tok.idx + len(tok), tok.text, target.type, "pronoun"))
                owner[tok.i] = target
        if not all(inside(quoted, t.idx) for t in sent if not t.is_space and not t.is_punct):
            previous = sent


def _referring(tok: Token) -> bool:
    """A pronoun that may refer: a possessive, or the subject of a verb that an agent does."""
    if tok.tag_ == "PRP$":
        return True
    return tok.tag_ == "PRP" and tok.dep_ == "nsubj" and tok.head.lemma_ not in NO_AGENT


def _subjects(tokens: list[Token], quoted: list[tuple[int, int]]) -> list[Token]:
    return [t for t in tokens if t.dep_ in SUBJECT and not inside(quoted, t.idx)]


def _subject_of(
    tokens: list[Token], owner: dict[int, Cluster], quoted: list[tuple[int, int]], plural: bool
) -> Cluster | None:
    """The one organisation all the subjects among the tokens name, without conjoined subjects (and
    for a plural pronoun, without any plural noun that is not part of its name)."""
    subjects = _subjects(tokens, quoted)
    found = {id(owner[t.i]): owner[t.i] for t in subjects if t.i in owner}
    if len(found) != 1 or len(subjects) != sum(t.i in owner for t in subjects):
        return None
    if any(c.dep_ == "conj" for t in subjects for c in t.children):
        return None
    if plural and any(t.tag_ in PLURAL_NOUNS and t.i not in owner for t in tokens):
        return None
    return next(iter(found.values()))
