"""Typed name mentions: spaCy NER corrected by gazetteers, rules and the article's own context.

The small spaCy model misses or mistypes many names in news: all-caps headlines and datelines,
sports clubs named after places, platforms read as people, titles inside person spans, acronyms in
parentheses. No library fixes these, so the corrections below are hand-written, each a small
linear pass over the tokens or mentions:

1. clean the model's spans (edges, titles, parentheses, separators) - `recognize_span.clean`;
2. add rule mentions (acronyms and their expansions, faction acronyms, initials, honorific + name,
   given-name pairs, datelines, places in all-caps or lower-case lines, team sheets) and sports
   sides (results lines, fixtures, scoreboards) - `recognize_rules`, `recognize_sports`;
3. retype with lexicons and context (organisations, peoples, places, clubs named after places) -
   `recognize_rules.retype`;
4. make the article consistent with itself: one type per name string, short forms of people
   named in full, occurrences of known names the model missed (all-caps and lower-case lines
   included) - `_consistency`.

Lexicons are data files: newsgraph/data/ner_*.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.context import Context
from newsgraph.entities import recognize_rules as rules
from newsgraph.entities.recognize_lexicon import company_suffix, place
from newsgraph.entities.recognize_span import (
    Mention,
    Tokens,
    capitalised,
    clean,
    cover,
    glued_hyphen,
    key_of,
    line_case,
)

KEEP = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
MAX_NGRAM = 5  # longest name (in tokens) looked for again elsewhere in the article


@dataclass
class RawMention:
    start: int
    end: int
    text: str
    type: str  # contract entity type (PERSON, ORG, GPE, ...)
    source: str = "ner"  # ner | rule | lexicon | context


def recognize(ctx: Context) -> list[RawMention]:
    """Typed name mentions outside non-fact blocks, in text order, non-overlapping."""
    doc = Tokens(ctx.doc, ctx.text)
    caps, lower = line_case(doc)
    mostly_caps = sum(caps) > 0.7 * len(doc)
    mentions: list[Mention] = []
    for ent in ctx.doc.ents:
        if ent.label_ in KEEP and (mostly_caps or not caps[ent.start]):
            mentions.extend(clean(doc, ent.start, ent.end, ent.label_, cased=not lower[ent.start]))
    mentions = _outside(ctx, doc, rules.add_rule_mentions(doc, caps, lower, mentions))
    mentions = rules.join_particles(doc, rules.join_adjacent(doc, rules.retype(doc, mentions)))
    mentions = rules.cut_headline_verbs(doc, mentions)
    mentions = _outside(ctx, doc, _consistency(doc, caps, lower, mentions))
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        start, end = doc.char_span(m.start, m.end)
        out.append(RawMention(start, end, doc.text[start:end], m.type, m.source))
    return out


def _outside(ctx: Context, doc: Tokens, mentions: list[Mention]) -> list[Mention]:
    """Mentions outside non-fact blocks: related-link headlines are about other articles, so their
    names are neither facts nor evidence about this article's names."""
    return [m for m in mentions if not ctx.is_excluded(*doc.char_span(m.start, m.end))]


def _votes(doc: Tokens, caps: list[bool], mentions: list[Mention]) -> dict[str, str]:
    """Case-folded name -> the type the article gives it most strongly (normal-case text first)."""
    score: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in mentions:
        score[key_of(doc, m)][m.type] += m.weight * (1 if caps[m.start] else 3)
    best = {}
    for key, by_type in score.items():
        ranked = sorted(by_type.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            best[key] = ranked[0][0]
    return best


def _person_parts(doc: Tokens, mentions: list[Mention]) -> tuple[set[str], set[str]]:
    """First and last names of multi-word PERSON mentions ("Imran Khan" -> {imran}, {khan})."""
    first, last = set(), set()
    for m in mentions:
        if m.type == "PERSON" and m.end - m.start >= 2:
            for tok, parts in ((doc[m.start], first), (doc[m.end - 1], last)):
                if tok.is_alpha and tok.text[0].isupper() and not tok.is_stop and not place(tok.text):
                    parts.add(tok.text.casefold())
            barrel = _barrel_start(doc, m.end)
            if barrel is not None and barrel > m.start:  # "Wong-Tremblay" of "Aurélie Wong-Tremblay"
                last.add(doc.span_text(barrel, m.end).casefold())
    return first, last


def _barrel_start(doc: Tokens, end: int) -> int | None:
    """Start of the double-barrelled word ending at `end` ("Wong-Tremblay": three tokens), else None."""
    k = end - 2
    if k < 1 or not glued_hyphen(doc, k) or not (capitalised(doc[k - 1]) and capitalised(doc[k + 1])):
        return None
    return k - 1


def _consistency(doc: Tokens, caps: list[bool], lower: list[bool], mentions: list[Mention]) -> list[Mention]:
    """One type per name within the article; add occurrences of known names the model missed."""
    first, last = _person_parts(doc, mentions)
    _people_by_name(doc, mentions, first, first | last)
    best = _votes(doc, caps, mentions)
    for m in mentions:
        typ = best.get(key_of(doc, m))
        if typ and typ != m.type and m.weight < 3:
            m.type, m.source = typ, "context"
    # names worth looking for again: words or multi-word names, not punctuation-like keys
    names = {k: t for k, t in best.items() if k.isalpha() or " " in k}
    names.update((p, "PERSON") for p in first | last)
    return mentions + _recurrences(doc, caps, lower, mentions, names)


def _people_by_name(doc: Tokens, mentions: list[Mention], first: set[str], parts: set[str]) -> None:
    """Short forms of people named in full are people: "Khan" after "Imran Khan", and "Sunil
    Menon" after "Sunil Mehta" (a variant of a known person's name)."""
    companies = _company_short_forms(doc, mentions)
    for m in mentions:
        if m.type == "PERSON" or m.weight >= 3:
            continue
        barrel = _barrel_start(doc, m.end) == m.start and key_of(doc, m) not in companies
        one_word = m.end - m.start == 1 or barrel
        one_part = one_word and key_of(doc, m) in parts
        variant = m.end - m.start == 2 and doc[m.start].lower_ in first and doc[m.end - 1].is_title
        if one_part or variant:
            m.type, m.source = "PERSON", "context"


def _company_short_forms(doc: Tokens, mentions: list[Mention]) -> set[str]:
    """Organisations' names without their company suffix ("brown-forman" of "Brown-Forman Corp."): a
    hyphenated word that is one stays a company beside a person of that surname."""
    found = set()
    for m in mentions:
        if m.type == "ORG" and m.end - m.start >= 2 and company_suffix(doc.texts[m.end - 1]):
            found.add(doc.span_text(m.start, m.end - 1).casefold())
    return found


def _recurrences(
    doc: Tokens, caps: list[bool], lower: list[bool], mentions: list[Mention], names: dict[str, str]
) -> list[Mention]:
    """Occurrences of known names that no mention covers, longest match first."""
    taken = cover(len(doc), mentions)
    added = []
    for i in range(len(doc)):
        if taken[i] or not _name_start(doc, caps, lower, i):
            continue
        for n in range(min(MAX_NGRAM, len(doc) - i), 0, -1):
            typ = names.get(doc.span_text(i, i + n).casefold()) if not any(taken[i : i + n]) else None
            if typ and (caps[i] or lower[i] or _capitalised(doc.toks[i : i + n])):
                added.append(Mention(i, i + n, typ, "context", 1))
                taken[i : i + n] = [True] * n
                break
    return added


def _name_start(doc: Tokens, caps: list[bool], lower: list[bool], i: int) -> bool:
    """A token that may start a recurrence of a known name. In lower-case lines only words of
    3+ letters that are not stop words ("us" is not "US")."""
    tok = doc[i]
    if lower[i]:
        return tok.is_alpha and len(tok.text) >= 3 and not tok.is_stop
    return tok.text[:1].isupper() and not (tok.is_stop and not caps[i]) and not tok.is_punct


def _capitalised(span: list[Token]) -> bool:
    """In normal text a name recurs capitalised as first seen ("Sharif", not "sharif")."""
    return all(not t.is_alpha or t.text[0].isupper() or t.is_stop for t in span)
