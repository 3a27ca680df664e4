"""Third-person pronouns (he/she/his/her...) linked to the person they refer to, when it is clear.

Hand-written, precision first: a pronoun is linked only to a named person of compatible gender in
its own sentence (before it) or in the nearest earlier sentence naming a person (at most two
back), and only when that person is the single candidate or the single grammatical subject among
them. Left alone: pronouns inside quotation marks (they speak from the quoted person's view), and
pronouns whose sentence (or the antecedent's) has as subject an unnamed person ("said a Juventus
official", "the 31-year-old"), an unrecognised proper noun or a pronoun we could not link: any
of them may be the referent. Names inside quotations are no antecedents for pronouns outside."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Span

from newsgraph.entities.lexicon import given_names, is_head, titles
from newsgraph.entities.names import Cand
from newsgraph.entities.resolve import Cluster

GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
SUBJECT = ("nsubj", "nsubjpass")
_QUOTE_MARK = re.compile(r"[\"“”\n]")
LOOKBACK = 2  # sentences

Mentioned = list[list[tuple[int, Cluster, bool]]]  # per sentence: (start, person, is subject)


def link_pronouns(doc: Doc, clusters: list[Cluster], excluded: Callable[[int, int], bool]) -> None:
    people = [k for k in clusters if k.type == "PERSON"]
    if not people:
        return
    text = doc.text
    sents = [s for s in doc.sents if not excluded(s.start_char, s.end_char)]
    starts = [s.start_char for s in sents]
    quoted = quoted_spans(text)
    named = bytearray(len(text))  # 1 inside mentions of people and places, who are accounted for
    for k in clusters:
        if k.type in ("PERSON", "GPE", "LOC", "NORP", "FAC"):
            for c in k.mentions:
                named[c.start : c.end] = b"\x01" * (c.end - c.start)
    gender = {id(k): _gender(doc, k) for k in people}
    by_sent: Mentioned = [[] for _ in sents]
    for k in people:
        for c in k.mentions:
            i = bisect_right(starts, c.start) - 1
            # names inside a quotation are no antecedents for the narrative outside it
            if i >= 0 and c.end <= sents[i].end_char and not _inside(quoted, c.start):
                by_sent[i].append((c.start, k, _is_subject(doc, c.start, c.end)))
    blockers = [_unnamed_subjects(sent, named) for sent in sents]
    for i, sent in enumerate(sents):
        for tok in sent:
            g = GENDER.get(tok.lower_)
            if g is None or tok.tag_ not in ("PRP", "PRP$") or _inside(quoted, tok.idx):
                continue
            target = _antecedent(i, tok.idx, g, by_sent, blockers, gender)
            if target is None and tok.dep_ in SUBJECT:
                blockers[i].append(tok.idx)  # someone we could not name is the subject here
            elif target is not None:
                target.add(Cand(tok.idx, tok.idx + len(tok), tok.text, "PERSON", "pronoun"))
                by_sent[i].append((tok.idx, target, tok.dep_ in SUBJECT))
                gender[id(target)] = gender[id(target)] or g


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quotations as (start, end), each within one paragraph; a straight quote opens when it
    follows a space or line start and precedes a word, and closes otherwise. An unclosed
    quotation runs to the end of its paragraph (news style for quotes spanning paragraphs)."""
    spans, open_at = [], None
    for m in _QUOTE_MARK.finditer(text):
        i, mark = m.start(), m.group()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        opens = mark == "“" or mark == '"' and (prev.isspace() or prev in "([—-:") and not nxt.isspace()
        if mark == "\n" or not opens:
            if open_at is not None:
                spans.append((open_at, i + (mark != "\n")))
            open_at = None
        else:
            open_at = i
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _antecedent(
    i: int,
    pos: int,
    g: str,
    by_sent: Mentioned,
    blockers: list[list[int]],
    gender: dict[int, str | None],
) -> Cluster | None:
    def fits(k: Cluster) -> bool:
        return gender[id(k)] in (None, g)

    if any(b != pos for b in blockers[i]):
        return None
    same = [(k, subj) for start, k, subj in by_sent[i] if start < pos and fits(k)]
    if same:
        return _choose(same)
    # a person named later as this sentence's subject: likely cataphora ("In his speech, Khan said")
    if any(subj and start > pos and fits(k) for start, k, subj in by_sent[i]):
        return None
    for j in range(i - 1, max(i - 1 - LOOKBACK, -1), -1):
        if blockers[j]:
            return None
        if by_sent[j]:
            prev = [(k, subj) for _, k, subj in by_sent[j] if fits(k)]
            return _choose(prev) if prev else None
    return None


def _choose(cands: list[tuple[Cluster, bool]]) -> Cluster | None:
    """The only candidate person, else the only one that is a subject; None when unclear."""
    people = {id(k): k for k, _ in cands}
    if len(people) == 1:
        return next(iter(people.values()))
    subjects = {id(k): k for k, subj in cands if subj}
    return next(iter(subjects.values())) if len(subjects) == 1 else None


def _unnamed_subjects(sent: Span, named: bytearray) -> list[int]:
    """Offsets of subjects that may be a person we have no name for: a person noun ("official",
    "woman") or a proper noun outside every recognised mention."""
    found = []
    for tok in sent:
        if tok.dep_ not in SUBJECT or named[tok.idx]:
            continue
        person_noun = tok.pos_ == "NOUN" and (is_head(tok.text) or tok.lemma_.lower() in titles().persons)
        if person_noun and not any(t.dep_ == "appos" for t in tok.children) or tok.tag_ == "NNP":
            found.append(tok.idx)
    return found


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in SUBJECT


def _gender(doc: Doc, cluster: Cluster) -> str | None:
    """Gender from honorifics and gendered titles in or right before the mentions ("Mr", "Begum",
    "spokeswoman") and from a given name with a clear gender; None when unknown or conflicting."""
    table = titles().gender
    seen = {given_names().get(c.words[0].title()) for c in cluster.names if len(c.words) > 1} - {None, "-"}
    for c in cluster.names:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        words = [t.lower_ for t in span] + [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
        seen |= {table[w] for w in words if w in table}
    heads = [r.title.lower().split()[-1] for r in cluster.roles]
    seen |= {table[w] for w in heads if w in table}
    return seen.pop() if len(seen) == 1 else None
