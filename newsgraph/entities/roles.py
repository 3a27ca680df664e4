"""Roles of people as the article states them: title pre-modifiers ("NRP chief Ruth
Odhiambo-Kariuki", "Indian diplomat Sunil Mehta"), coordinated names sharing a plural title
("PML(N) vice-presidents Sara Malik and Omar Qureshi") and appositions ("X, the foreign
minister of Y,"). Role.organization is the canonical name of the affiliation entity when it is
not a country; Role.country the ISO3 code when it is (from the entity or a demonym). A definite
description by a title ("the mayor", "the finance minister", "its spokesperson") is then a mention of
the person the article gave that title.

Hand-written over the parse: no library extracts titles and affiliations of named people."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsgraph.entities.lexicon import abbreviations, country_of, fits_title, is_head, is_role_word, singular
from newsgraph.entities.names import Cand, is_acronym
from newsgraph.entities.pronouns import definite
from newsgraph.entities.quoted import inside, quoted_spans
from newsgraph.entities.resolve import REFERRING, Cluster, Excluded, mention_mask, speaker_position
from newsgraph.model import Role

# Dependencies a title word right before a name has when it is not about that name
# ("told reporters Imran Khan ..."): then it is no pre-modifier.
_NOT_MODIFIER = {"dobj", "iobj", "pobj", "dative", "nsubj", "nsubjpass", "attr", "conj"}
_COORD = re.compile(r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*)")
_AFFILIATION_PREP = {"of", "for", "at", "from", "with", "in"}


def find_roles(doc: Doc, text: str, clusters: list[Cluster]) -> None:
    """Fill cluster.roles for people."""
    by_end = {c.end: k for k in clusters for c in k.names}
    by_start = {c.start: (c, k) for k in clusters if k.type == "PERSON" for c in k.names}
    for k in clusters:
        if k.type != "PERSON":
            continue
        for c in list(k.names):
            found = _premodifier(doc, text, c, by_end)
            if found is not None:
                role, plural = found
                _add(k, role)
                for _, other in _coordinated(text, c, by_start) if plural else ():
                    _add(other, role)
            for role in _apposition(doc, text, c, clusters):
                _add(k, role)


def _add(cluster: Cluster, role: Role) -> None:
    same = (role.title.lower(), role.organization, role.country)
    if all((r.title.lower(), r.organization, r.country) != same for r in cluster.roles):
        cluster.roles.append(role)


def _premodifier(doc: Doc, text: str, c: Cand, by_end: dict[int, Cluster]) -> tuple[Role, bool] | None:
    """The title right before a name ("PPP chief"), and whether it is plural."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    sent_start = span[0].sent.start
    toks: list[Token] = []
    j = span.start - 1
    while j >= sent_start and _title_token(doc, j):
        toks.insert(0, doc[j])
        j -= 1
    while toks and toks[0].text == "-":
        toks.pop(0)
    if not toks or not is_head(toks[-1].text):  # a title ends in a head word
        return None
    if toks[-1].dep_ in _NOT_MODIFIER and toks[-1].head.i not in range(span.start, span.end):
        return None
    title_start, title_end = toks[0].idx, toks[-1].idx + len(toks[-1])
    org, country, aff_start = _affiliation_before(text, title_start, by_end)
    plural = singular(toks[-1].lower_) != toks[-1].lower_
    role = Role(
        title=_title_text(text[title_start:title_end]),
        organization=org,
        country=country,
        start=aff_start if aff_start is not None else title_start,
        end=title_end,
    )
    return role, plural


def _title_token(doc: Doc, j: int) -> bool:
    tok = doc[j]
    w = tok.lower_
    if w == "-":
        return 0 < j < len(doc) - 1 and not doc[j - 1].whitespace_ and not tok.whitespace_
    return is_role_word(tok.text)


def _title_text(title: str) -> str:
    """The title as written, its last word made singular ("vice-presidents" -> "vice-president")."""
    m = re.search(r"[A-Za-z]+$", title)
    if not m:
        return title
    word = m.group()
    one = singular(word.lower())
    if one != word.lower():
        one = one.capitalize() if word[0].isupper() else one
        return title[: m.start()] + one
    return title


def _affiliation_before(
    text: str, pos: int, by_end: dict[int, Cluster]
) -> tuple[str | None, str | None, int | None]:
    """(organization, country ISO3, start) of the entity or demonym right before a title."""
    window = max(pos - 120, 0)
    before = text[window:pos].rstrip()
    for possessive in ("'s", "’s"):
        if before.endswith(possessive):
            before = before[: -len(possessive)]
    end = window + len(before)
    if not before or pos - end > 3:
        return None, None, None
    if before.endswith(")") and end - 1 in by_end:  # "Rashtriya Janata Dal (RJD) chief"
        end -= 1
    cluster = by_end.get(end)
    if cluster is not None:
        mention = next(c for c in cluster.names if c.end == end)
        org, country = _org_or_country(text, cluster)
        if cluster.type == "PERSON":
            return None, None, None
        return org, country, mention.start
    m = re.search(r"[\w.()]+$", before)
    if m and m.group()[0].isupper():
        code = country_of(m.group())
        if code:
            return None, code, window + m.start()
        if is_acronym(m.group()):  # an organisation the recogniser missed: "RJD chief"
            return m.group(), None, window + m.start()
    return None, None, None


def _org_or_country(text: str, cluster: Cluster) -> tuple[str | None, str | None]:
    name = cluster.name_text(text)
    for c in [cluster.best, *cluster.names]:
        code = country_of(text[c.name_start : c.name_end])
        if code:
            return None, code
    return name, None


def _coordinated(
    text: str, c: Cand, by_start: dict[int, tuple[Cand, Cluster]]
) -> Iterable[tuple[Cand, Cluster]]:
    """Person mentions listed right after c ("A and B", "A, B and C")."""
    pos = c.end
    while m := _COORD.match(text, pos):
        nxt = by_start.get(m.end())
        if nxt is None:
            return
        yield nxt
        pos = nxt[0].end


def _apposition(doc: Doc, text: str, c: Cand, clusters: list[Cluster]) -> Iterable[Role]:
    """ "X, the foreign minister of Y," and "the foreign minister of Y, X"."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return
    root = span.root
    nouns = [t for t in root.children if t.dep_ == "appos" and not (span.start <= t.i < span.end)]
    if root.dep_ == "appos" and not (span.start <= root.head.i < span.end):
        nouns.append(root.head)
    for noun in nouns:
        if noun.pos_ == "PROPN" and _entity_of(doc, noun, clusters) is not None or not is_head(noun.text):
            continue
        mods = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and is_role_word(t.text)]
        first = mods[0] if mods and mods[0].i + len(mods) == noun.i else noun  # adjacent modifiers only
        title = _title_text(text[first.idx : noun.idx + len(noun)])
        org, country = None, None
        preps = [p for p in noun.rights if p.dep_ == "prep" and p.lower_ in _AFFILIATION_PREP]
        for t in [*noun.lefts, *preps]:
            target = next((o for o in t.children if o.dep_ == "pobj"), None) if t.dep_ == "prep" else t
            if target is None or t.dep_ not in ("prep", "poss", "compound", "amod"):
                continue
            cluster = _entity_of(doc, target, clusters)
            if cluster is not None and cluster.type != "PERSON":
                org, country = _org_or_country(text, cluster)
                break
            if t.dep_ == "amod" and (code := country_of(t.text)):
                country = code
                break
        yield Role(title=title, organization=org, country=country, start=first.idx, end=noun.idx + len(noun))


def _entity_of(doc: Doc, tok: Token, clusters: list[Cluster]) -> Cluster | None:
    for k in clusters:
        for c in k.mentions:
            if c.source not in REFERRING and c.start <= tok.idx < c.end:
                return k
    return None


def link_role_descriptions(doc: Doc, text: str, clusters: list[Cluster], excluded: Excluded) -> None:
    """ "the mayor said", "the finance minister", "its spokesperson": a definite singular title outside
    quotations, as subject or possessor or "according to" it, stands for the person of the article
    holding that title (all its modifiers in the
    title): the one mentioned most recently before it, else the only holder. Added as a "description"
    mention, so speakers and pronouns see the person."""
    people = [k for k in clusters if k.type == "PERSON" and k.roles]
    if not people:
        return
    named = mention_mask(text, clusters)
    quoted = quoted_spans(text)
    titles_given = (
        abbreviations().get(w, w) for k in people for r in k.roles for w in r.title.lower().split()[-1:]
    )
    heads = {singular(title.split()[-1]) for title in titles_given}
    for m in re.finditer(rf"\b(?:{'|'.join(map(re.escape, heads))})\b", text, re.IGNORECASE):
        tok = doc.char_span(m.start(), m.end())
        tok = tok[0] if tok is not None and len(tok) == 1 else None
        if tok is None or tok.tag_ != "NN" or not speaker_position(tok) or named[tok.idx]:
            continue
        if not (definite(tok) or _possessed(tok)) or inside(quoted, tok.idx):
            continue
        mods = [t for t in tok.lefts if t.dep_ in ("compound", "amod") and is_role_word(t.text)]
        holder = _holder(people, singular(tok.lower_), {t.lower_ for t in mods}, tok.idx)
        if holder is not None and not _possessor_fits(tok, holder):
            continue
        start = min([tok.idx, *(t.idx for t in mods)])
        end = tok.idx + len(tok)
        if holder is not None and not excluded(start, end):
            holder.add(Cand(start, end, text[start:end], "PERSON", "description"))


def _possessed(tok: Token) -> bool:
    """ "its spokesperson", "the city's mayor" (but not "the mayor of Paris": maybe someone else)."""
    return any(c.dep_ == "poss" for c in tok.lefts) and not any(c.dep_ == "prep" for c in tok.rights)


def _possessor_fits(tok: Token, holder: Cluster) -> bool:
    """ "Tunisia's coach" is the holder's only when a role of theirs names Tunisia (a common-noun
    possessor, "the team's coach", "its spokesperson", says nothing against it)."""
    owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
    if owner is None or owner.tag_ not in ("NNP", "NNPS"):
        return True
    code = country_of(owner.text)
    return any(
        (r.organization and owner.text in r.organization) or (code and r.country == code)
        for r in holder.roles
    )


def _holder(people: list[Cluster], head: str, mods: set[str], pos: int) -> Cluster | None:
    fits = [k for k in people if any(fits_title(r.title, head, mods) for r in k.roles)]
    before = [k for k in fits if k.last_before(pos) >= 0]
    if before:
        return max(before, key=lambda k: k.last_before(pos))
    return fits[0] if len(fits) == 1 else None
