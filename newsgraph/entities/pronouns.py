"""Third-person pronouns (he/she/his/her...) linked to the person they refer to, when it is clear.

Hand-written, precision first: a pronoun is linked only to a named person of compatible gender in
its own sentence (before it) or in the nearest earlier sentence naming a person (at most three
narrative sentences back: quoted sentences in between are skipped), and only when that person is the
single candidate or the single grammatical subject among them (subject continuity: "Weaver said ...
He also accused ..."). A linked pronoun is an antecedent in turn, so chains of he/she carry on, and
"the mayor" of the article is a named mention already (roles.link_role_descriptions). Left alone:
pronouns inside quotation marks (they speak from the quoted person's view), and pronouns whose
sentence (or the antecedent's) has as subject an unnamed person ("said a Juventus official", "the
31-year-old"), an unrecognised proper noun or a pronoun we could not link: any of them may be the
referent. Names and subjects inside quotations are no antecedents or rivals for pronouns outside."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from newsgraph.entities.lexicon import fits_title, given_names, is_head, is_role_word, titles
from newsgraph.entities.names import Cand
from newsgraph.entities.quoted import inside, quoted_spans
from newsgraph.entities.resolve import Cluster, mention_mask
from newsgraph.nlp import text_of

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
NOT_PEOPLE = {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
_AGE = re.compile(r"\b\d{1,3}-year-old\b")
LOOKBACK = 3  # narrative sentences (quoted ones are skipped)
CONTINUITY = 6  # narrative sentences searched back for the continuing subject

Mentioned = list[list[tuple[int, Cluster, bool]]]  # per sentence: (start, person, is subject)
Blockers = list[list[tuple[int, str | None]]]  # per sentence: (start, gender) of unnamed subjects


def link_pronouns(doc: Doc, clusters: list[Cluster], excluded: Callable[[int, int], bool]) -> None:
    people = [k for k in clusters if k.type == "PERSON"]
    if not people:
        return
    text = text_of(doc)
    sents = [s for s in doc.sents if not excluded(s.start_char, s.end_char)]
    starts = [s.start_char for s in sents]
    quoted = quoted_spans(text)
    named = mention_mask(text, clusters)  # inside mentions of named entities, who are accounted for
    gender = {id(k): _gender(doc, k) for k in people}
    by_sent: Mentioned = [[] for _ in sents]
    for k in people:
        for c in k.mentions:
            i = bisect_right(starts, c.start) - 1
            # names inside a quotation are no antecedents for the narrative outside it
            if i >= 0 and c.end <= sents[i].end_char and not inside(quoted, c.start):
                by_sent[i].append((c.start, k, _is_subject(doc, c.start, c.end)))
    blockers: Blockers = []
    for i, sent in enumerate(sents):
        blockers.append([])
        for tok in _unnamed_subjects(sent, named, quoted):
            if _age_epithet(tok):
                continue  # "the 26-year-old": a description of someone, linked below
            # "the Florida senator" most likely names someone named before: no rival ("the mayor" of
            # the article is a mention of that person already, see roles.link_role_descriptions)
            if not (tok.pos_ == "NOUN" and is_head(tok.text) and definite(tok)):
                blockers[i].append((tok.idx, titles().gender.get(tok.lower_)))
    narrative = [not inside(quoted, s.start_char) or not inside(quoted, s.end_char - 1) for s in sents]
    for i, sent in enumerate(sents):
        for tok in sent:
            g = GENDER.get(tok.lower_)
            if g is None and tok.dep_ in SUBJECT and not named[tok.idx] and _epithet(tok):
                _link_epithet(i, tok, by_sent, blockers, gender, narrative, quoted)
            if g is None or tok.tag_ not in ("PRP", "PRP$") or inside(quoted, tok.idx):
                continue
            subject = tok.dep_ in SUBJECT
            own = _own_clause(tok) if subject else None
            target = _antecedent(i, tok.idx, g, subject, by_sent, blockers, gender, narrative, own)
            if target is None and subject:
                blockers[i].append((tok.idx, g))  # someone we could not name is the subject here
            elif target is not None:
                target.add(Cand(tok.idx, tok.idx + len(tok), tok.text, "PERSON", "pronoun"))
                by_sent[i].append((tok.idx, target, tok.dep_ in SUBJECT))
                gender[id(target)] = gender[id(target)] or g


def _link_epithet(
    i: int,
    head: Token,
    by_sent: Mentioned,
    blockers: Blockers,
    gender: dict[int, str | None],
    narrative: list[bool],
    quoted: list[tuple[int, int]],
) -> None:
    """ "The 34-year-old midfielder said", "Ines Barta has said. The former EU ombudsman told ...":
    news refers to the person it is writing about by age or title; the subject is linked like a
    pronoun (of the title's gender, if any), and is then no unnamed rival of later pronouns."""
    if inside(quoted, head.idx):
        return
    g = titles().gender.get(head.lower_)
    target = _antecedent(i, head.idx, g, True, by_sent, blockers, gender, narrative, _own_clause(head))
    mods = {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod") and is_role_word(t.text)}
    # a title only for a person known as one (by gender or title: "Lib Dem" read as a name is none) and not
    # given another title ("Mayor Jane Roe ... The finance minister said" is someone else)
    # nor one named in the same sentence ("Prescott hosted a dinner where the prime minister said")
    if target is not None and is_head(head.text) and not _age_epithet(head):
        same_sentence = any(start < head.idx for start, _, _ in by_sent[i])
        unknown = gender[id(target)] is None and not target.roles  # no evidence of a person
        if same_sentence or unknown or _other_title(target, head.lower_, mods):
            target = None
    if target is not None:
        start, end = head.left_edge.idx, head.idx + len(head)
        target.add(Cand(start, end, head.doc[head.left_edge.i : head.i + 1].text, "PERSON", "description"))
        by_sent[i].append((head.idx, target, True))
        blockers[i] = [b for b in blockers[i] if b[0] != head.idx]


def _other_title(person: Cluster, head: str, mods: set[str]) -> bool:
    """The article gives the person titles, none of which this title (head word and modifiers) fits."""
    titles_given = [r.title for r in person.roles if r.title.strip()]
    return bool(titles_given) and not any(fits_title(t, head, mods) for t in titles_given)


def _epithet(head: Token) -> bool:
    """A definite description of a person by age or title as subject: "the 47-year-old", "The former
    EU ombudsman for consumer affairs" (not "the mayor" of the article: a mention already; not "the
    principal, Lena Hart,": named right there)."""
    if any(c.dep_ == "appos" for c in head.children):
        return False
    title = head.tag_ == "NN" and is_head(head.text) and any(c.lower_ == "the" for c in head.lefts)
    return title or _age_epithet(head)


def _age_epithet(head: Token) -> bool:
    """A definite noun phrase describing someone by age: "the 31-year-old", "The 26-year-old right
    wing"."""
    if not definite(head):
        return False
    return bool(_AGE.search(head.doc[head.left_edge.i : head.i + 1].text))


def _antecedent(
    i: int,
    pos: int,
    g: str | None,
    subject: bool,
    by_sent: Mentioned,
    blockers: Blockers,
    gender: dict[int, str | None],
    narrative: list[bool],
    own: tuple[int, int] | None = None,
) -> Cluster | None:
    def fits(k: Cluster) -> bool:
        return g is None or gender[id(k)] in (None, g)

    def rivals(j: int) -> bool:
        """An unnamed person of compatible gender is a subject in sentence j: it may be the referent
        (in the pronoun's own sentence only before it, or after it when the pronoun is no subject:
        "In his speech, the official said")."""
        return any(
            (g is None or bg in (None, g)) and (j != i or b < pos or (b > pos and not subject))
            for b, bg in blockers[j]
        )

    if rivals(i):
        return None
    same = [(k, subj) for start, k, subj in by_sent[i] if start < pos and fits(k)]
    if same:
        return _choose(same, g, gender)
    # a person named later as this sentence's subject: cataphora ("In his speech, Khan said"); not the
    # subject of what the pronoun itself says or does ("He argues Ortega has a clear path")
    later = {
        id(k): k
        for start, k, subj in by_sent[i]
        if subj and start > pos and fits(k) and not (own and own[0] <= start < own[1])
    }
    if later:
        return next(iter(later.values())) if len(later) == 1 else None
    for looked, j in enumerate(_narrative_before(i, narrative), 1):
        if looked > LOOKBACK or rivals(j):
            break
        if by_sent[j]:
            prev = [(k, subj) for _, k, subj in by_sent[j] if fits(k)]
            found = _choose(prev, g, gender) if prev else None
            if found is not None:
                return found
            break
    return _continuing_subject(i, by_sent, rivals, narrative, fits)


def _own_clause(subject: Token) -> tuple[int, int] | None:
    """Char range of the clause a subject pronoun governs as subject (its verb's subtree)."""
    verb = subject.head
    if verb == subject:
        return None
    last = verb.right_edge
    return verb.left_edge.idx, last.idx + len(last)


def _narrative_before(i: int, narrative: list[bool]) -> Iterator[int]:
    return (j for j in range(i - 1, -1, -1) if narrative[j])


def _continuing_subject(
    i: int,
    by_sent: Mentioned,
    rivals: Callable[[int], bool],
    narrative: list[bool],
    fits: Callable[[Cluster], bool],
) -> Cluster | None:
    """Subject continuity: the person who was the subject of the latest sentence with a compatible
    person as subject (news keeps its subject across sentences: "Weaver said ... Story continues ...
    He also accused"), when exactly one was, within CONTINUITY sentences and no unnamed person
    stood as subject in between."""
    for looked, j in enumerate(_narrative_before(i, narrative)):
        if looked >= CONTINUITY or rivals(j):
            return None
        subjects = {id(k): k for _, k, subj in by_sent[j] if subj and fits(k)}
        if subjects:
            return next(iter(subjects.values())) if len(subjects) == 1 else None
    return None


def _choose(
    cands: list[tuple[Cluster, bool]], g: str | None, gender: dict[int, str | None]
) -> Cluster | None:
    """The only candidate person, else the only one that is a subject, else the only subject known to
    have the pronoun's gender ("she" after "Nadia Jamil and Dixon Hall said"); None when unclear."""
    people = {id(k): k for k, _ in cands}
    if len(people) == 1:
        return next(iter(people.values()))
    subjects = {id(k): k for k, subj in cands if subj}
    if len(subjects) > 1 and g is not None:
        subjects = {i: k for i, k in subjects.items() if gender[i] == g}
    return next(iter(subjects.values())) if len(subjects) == 1 else None


def _unnamed_subjects(sent: Span, named: bytearray, quoted: list[tuple[int, int]]) -> list[Token]:
    """Subjects outside quotations that may be one person we have no name for: a singular person
    noun ("official", "woman"; "aides" are no he or she) or a proper noun outside every recognised
    mention that the model does not take for an organisation or place either."""
    found = []
    for tok in sent:
        if tok.dep_ not in SUBJECT or named[tok.idx] or inside(quoted, tok.idx):
            continue
        person_noun = tok.tag_ == "NN" and (is_head(tok.text) or tok.lemma_.lower() in titles().persons)
        proper = tok.tag_ == "NNP" and tok.ent_type_ not in NOT_PEOPLE and _name_like(tok)
        if person_noun and not any(t.dep_ == "appos" for t in tok.children) or proper:
            found.append(tok)
    return found


def _name_like(tok: Token) -> bool:
    """An unrecognised proper noun that may be someone's name: the model's person, several words
    ("Jane Doe"), or one word inside the sentence ("Story continues below" is a boilerplate line)."""
    if tok.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.tag_ == "NNP" for c in tok.lefts):
        return True
    return tok.i > tok.sent.start and not tok.text.isupper()


def definite(tok: Token) -> bool:
    """ "the mayor", not "a mayor" or "the mayor of Paris" (maybe someone else)."""
    return any(c.lower_ == "the" for c in tok.lefts) and not any(c.dep_ == "prep" for c in tok.rights)


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    """The mention is a subject, or a name in apposition to one ("Hale's father, Roy Hale, knew"): the
    person the sentence is about, not the possessor."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in SUBJECT or root.dep_ == "appos" and root.head.dep_ in SUBJECT


def _gender(doc: Doc, cluster: Cluster) -> str | None:
    """Gender from honorifics and gendered titles in or right before the mentions ("Mr", "Begum",
    "spokeswoman") and from a given name with a clear gender; None when unknown or conflicting."""
    table = titles().gender
    full = [c for c in cluster.names if len(c.words) > 1] or cluster.names  # "Kevin" alone: a given name
    seen = {given_names().get(c.words[0].title()) for c in full} - {None, "-"}
    for c in cluster.names:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        words = [t.lower_ for t in span] + [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
        seen |= {table[w] for w in words if w in table}
    heads = [r.title.lower().split()[-1] for r in cluster.roles]
    seen |= {table[w] for w in heads if w in table}
    return seen.pop() if len(seen) == 1 else None
