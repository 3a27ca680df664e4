"""Who did what to whom: the agent (actor1) and recipient (actor2) of a trigger from spaCy's
dependency parse, and their CAMEO actor codes (country + sector) from the actor's words, its
canonical entity (roles, country) and the article's country."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Token

from newsgraph.context import Context
from newsgraph.entities.lexicon import country_of
from newsgraph.events.detect import Hit, governor, is_human, security_before
from newsgraph.events.lexicon import sectors
from newsgraph.model import Actor
from newsgraph.places.gazetteer import country_iso3

QUANTITY_WORDS = {
    "thousand",
    "hundred",
    "dozen",
    "score",
    "lakh",
    "crore",
    "million",
    "number",
    "group",
    "lot",
}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
SERIES = {"round", "series", "wave", "spate", "string", "day", "week", "month", "year", "campaign"}
RELATIVE = {"who", "which", "that", "whom"}
ORGANISER_NOUNS = {"call", "behest", "instance", "invitation", "initiative", "banner"}
ORGANISER_VERBS = {"lead", "organise", "organize", "sponsor", "call", "spearhead", "back"}
LIGHT_VERB_OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "pobj"}
# Verbs whose subject is the agent of their event-noun object: "PDM held a rally", "staged a dharna".
LIGHT_VERBS = {
    "hold",
    "stage",
    "organise",
    "organize",
    "host",
    "lead",
    "launch",
    "take",
    "conduct",
    "observe",
    "call",
    "start",
    "begin",
    "continue",
    "mount",
    "carry",
    "make",
    "resort",
    "join",
    "sit",
    "go",
    "intensify",
    "announce",
    "order",
    "impose",
    "clamp",
    "declare",
    "fire",
    "lob",
    "use",
    "reach",
    "sign",
    "strike",
    "have",
    "give",
    "send",
    "provide",
    "extend",
    "grant",
    "issue",
    "serve",
    "set",
    "put",
    "raise",
    "level",
    "draw",
    "step",
    "pay",
    "pound",
    "hit",
    "target",
    "escalate",
    "resume",
    "file",
    "lodge",
    "express",
    "voice",
    "stepped",
}
DOMESTIC = {
    "GOV",
    "COP",
    "MIL",
    "OPP",
    "PTY",
    "LEG",
    "JUD",
    "CVL",
    "LAB",
    "EDU",
    "MED",
    "AGR",
    "BUS",
    "REL",
    "ACT",
    "REB",
    "INS",
    "SEP",
    "SPY",
    "CRM",
    "HRI",
}


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _prep_objects(tok: Token, preps: tuple[str, ...] | set[str]) -> list[Token]:
    """Objects of tok's prepositions `preps`, never times ("firing on Friday")."""
    return [
        g
        for c in tok.children
        if c.dep_ in ("prep", "agent") and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
    ]


def _first(tokens: list[Token]) -> Token | None:
    return tokens[0] if tokens else None


def _subject(tok: Token) -> Token | None:
    """Subject of a verb, inherited through coordination, control and relative clauses."""
    cur = tok
    for _ in range(3):
        # the parser sometimes hangs the subject on the auxiliary ("X have opposed")
        subj = _first(_children(cur, {"nsubj", "csubj"})) or next(
            (s for aux in _children(cur, {"aux"}) for s in _children(aux, {"nsubj"})), None
        )
        if subj is not None:
            if subj.lower_ in RELATIVE and cur.dep_ == "relcl":
                return cur.head
            return subj
        if cur.dep_ in ("acl", "relcl") and (
            cur.tag_ in ("VBD", "VBZ", "VBP") or (cur.tag_ == "VBN" and _children(cur, {"dobj"}))
        ):
            return cur.head  # a main verb parsed as a modifier: "X and the Taliban condemned"
        if cur.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp") and cur.head is not cur:  # "X is willing"
            cur = cur.head.head if cur.dep_ == "pcomp" else cur.head  # "violates it by torturing"
            continue
        return None
    return None


def _organiser(tok: Token, subj: Token | None) -> Token | None:
    """The organiser of a protest: "on the call of X", "at the behest of X", "led by X"."""
    for noun in _prep_objects(tok, ("on", "at", "under", "upon")):
        if noun.lemma_.lower() in ORGANISER_NOUNS:
            found = _first(_prep_objects(noun, ("of",)))
            if found is not None:
                return found
    if subj is not None:
        for acl in _children(subj, {"acl"}):
            if acl.lemma_.lower() in ORGANISER_VERBS:
                found = _first(_prep_objects(acl, ("by",)))
                if found is not None:
                    return found
    return None


def verb_roles(hit: Hit) -> tuple[Token | None, Token | None, Token | None]:
    """(agent, recipient, crowd) of a verb trigger; crowd is the subject when an organiser is named."""
    tok = hit.head
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    police = security_before(tok)
    if police is not None:  # "killed in police firing"
        targets = _prep_objects(tok, hit.trigger.targets) + _children(tok, {"dobj"})
        return police, _first([t for t in targets if t.pos_ in ("NOUN", "PROPN", "PRON")]), None
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":  # "activists arrested by police"
        return _first(_prep_objects(tok, ("by",))), tok.head, None
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and not _actor_like(tok.head):  # "a statement calling on X"
        gov = governor(tok.head)
        obj = _first(_children(tok, {"dobj"})) or _first(_prep_objects(tok, hit.trigger.targets))
        return (_subject(gov) if gov.pos_ in ("VERB", "AUX") else None), obj, None
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and hit.trigger.plover not in ("ASSAULT", "COERCE", "PROTEST"):
        gov = governor(tok.head)  # "wrote to the parties urging them": the writer urges
        obj = _first(_children(tok, {"dobj"})) or _first(_prep_objects(tok, hit.trigger.targets))
        return (_subject(gov) if gov.pos_ in ("VERB", "AUX") else None), obj, None
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and _actor_like(tok.head):  # "police firing on the mob"
        return (
            tok.head,
            _first(_prep_objects(tok, hit.trigger.targets)) or _first(_children(tok, {"dobj"})),
            None,
        )
    if tok.dep_ == "conj" and not _children(tok, {"nsubj", "nsubjpass"}):
        passive = passive or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children)
    if passive:
        patient = _first(_children(tok, {"nsubjpass"}))
        if patient is None and tok.dep_ == "conj":
            patient = _first(_children(tok.head, {"nsubjpass"}))
        agent = _first(_prep_objects(tok, ("by",)))
        return agent, patient, None
    subj = _subject(tok) or _first(_prep_objects(tok, ("by",)))  # "firing by the police"
    obj = _first(_prep_objects(tok, hit.trigger.targets + ("against",))) or _first(_children(tok, {"dobj"}))
    organiser = _organiser(tok, subj) if hit.trigger.plover == "PROTEST" else None
    if organiser is not None:
        return organiser, obj, subj
    return subj, obj, None


def noun_roles(hit: Hit) -> tuple[Token | None, Token | None, Token | None]:
    tok = hit.head
    of_obj = _first(_prep_objects(tok, ("of",)))
    agent = _first(_children(tok, {"poss"})) or _first(_prep_objects(tok, ("by",)))
    patient = _first(_prep_objects(tok, hit.trigger.targets + ("against",)))
    if of_obj is not None:
        if hit.trigger.of_role == "agent" and agent is None:
            agent = of_obj
        elif hit.trigger.of_role == "patient" and patient is None:
            patient = of_obj
    modifier = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("compound", "amod", "nmod")
            and _actor_like(c)
            and c.ent_type_ not in PLACE_TYPES
            and not hit.start <= c.idx < hit.end  # "military exercises" is the trigger itself
        ),
        None,  # "police firing" names its agent; "Mumbai blasts" names a place
    )
    if agent is None and modifier is not None and modifier.ent_type_:
        agent = modifier
    if agent is None:  # "the gathering addressed by PDM", "a rally organised by students"
        agent = next((by for acl in _children(tok, {"acl"}) for by in _prep_objects(acl, ("by",))), None)
    base = tok
    while base.dep_ == "conj" and base.head is not base:  # "pounded them with artillery and airstrikes"
        base = base.head
    if base.dep_ == "pobj" and base.head.lower_ == "of" and base.head.head.lemma_.lower() in SERIES:
        base = base.head.head  # "began a new round of talks"
    if agent is None and base.dep_ in LIGHT_VERB_OBJECT_DEPS:
        gov = governor(base)
        if base.dep_ == "nsubjpass":
            agent = _first(_prep_objects(gov, ("by",)))
        elif _verb_forms(gov) & LIGHT_VERBS:
            agent = _subject(gov)  # "the Army launched a military operation": the Army, not "military"
    if agent is None and base.dep_ == "pobj" and base.head.lower_ == "for":
        claim = base.head.head  # "X claimed responsibility for the attack": X did it
        if claim.lemma_.lower() in ("responsibility", "credit") and claim.dep_ == "dobj":
            agent = _subject(claim.head)
    if agent is None and base.pos_ == "VERB" and _verb_forms(base) & LIGHT_VERBS:
        agent = _subject(base)  # the parser coordinated the noun with the verb itself
    return agent or modifier, patient, None


def _verb_forms(tok: Token) -> set[str]:
    """Lemma candidates of a verb: the lemmatiser's and the surface form without "-d"/"-ed"
    (it lemmatises "staged" as "stag")."""
    low = tok.lower_
    return {
        tok.lemma_.lower(),
        low,
        low[:-1] if low.endswith("d") else low,
        low[:-2] if low.endswith("ed") else low,
    }


def _actor_like(tok: Token) -> bool:
    return tok.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or (tok.lemma_.lower(),) in sectors()


def _semantic_head(tok: Token) -> Token:
    """ "thousands of people" -> people; "one of the leaders" -> leaders; "who" -> its antecedent;
    "the re-election of China" -> China."""
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        return tok.head.head
    doc = tok.doc
    while (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not doc[tok.i + 1].whitespace_
        and not tok.whitespace_
    ):
        tok = doc[tok.i + 2]
    named = next(
        (c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG", "GPE")), None
    )
    if named is not None and not tok.ent_type_ and not _actor_like(tok):  # "his counterpart, X" -> X
        return named
    if tok.pos_ == "NOUN" and not _actor_like(tok) and not is_human(tok):
        inner = _first(_prep_objects(tok, ("of",)))
        if inner is not None and (_actor_like(inner) or is_human(inner)):
            return inner
    if (
        tok.pos_ == "NUM"
        or tok.lemma_.lower() in QUANTITY_WORDS
        or tok.lower_ in ("one", "some", "many", "most")
    ):
        inner = _first(_prep_objects(tok, ("of",)))
        if inner is not None:
            return inner
    return tok


def _span(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by tok: its left modifiers up to the head, plus a
    parenthesised acronym right after it."""
    left = tok.left_edge
    doc = tok.doc
    while left.i < tok.i and (left.dep_ in ("det", "punct", "cc", "case", "predet") or left.is_space):
        left = doc[left.i + 1]
    end = tok.idx + len(tok)
    return left.idx, end


@lru_cache(maxsize=4096)
def _sector_of_words(words: tuple[str, ...]) -> str | None:
    """Sector from the lemmas of a noun phrase (head last): status modifiers ("opposition",
    "ruling") first, then multiword phrases, then the head word, then other modifiers."""
    table = sectors()
    if "opposition" in words:
        return "OPP"
    if "ruling" in words:
        return "GOV"
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) in table:
                return table[tuple(words[i : i + n])]
    for word in reversed(words):
        for form in (word, word.rstrip("s")):
            if (form,) in table:
                return table[(form,)]
    return None


def _country_of_text(text: str) -> str | None:
    for word in text.replace("-", " ").split():
        code = country_of(word) or (country_of(word.title()) if word.islower() else None)
        if code:
            return code
    return None


def article_country(ctx: Context) -> str | None:
    """ISO3 of the article's home country: the dateline place's, else the most mentioned one."""
    places = [p for p in ctx.analysis.places if p.country and not ctx.is_excluded(p.start, p.end)]
    for line in ctx.analysis.anatomy.datelines:
        for p in places:
            if line.start <= p.start < line.end:
                return country_iso3(p.country)
    counts = Counter(p.country for p in places)
    return country_iso3(counts.most_common(1)[0][0]) if counts else None


def _antecedent(pron: Token) -> Token | None:
    """A pronoun the entity stage left unresolved, taken as the subject of the clause that reports
    or governs it: "the army says it has killed" -> the army; "X began its assault" -> X."""
    cur = pron.head
    for _ in range(4):
        if cur.dep_ in ("ccomp", "xcomp", "advcl", "conj", "dobj", "pobj", "prep") and cur.head is not cur:
            cur = cur.head
            subj = _first(_children(cur, {"nsubj"}))
            if subj is not None and subj.pos_ != "PRON":
                return subj
        else:
            return None
    return None


def build_actor(ctx: Context, tok: Token | None, home: str | None) -> Actor | None:
    if tok is None:
        return None
    tok = _semantic_head(tok)
    if tok.pos_ == "PRON" and ctx.entity_at(tok.idx, tok.idx + len(tok)) is None:
        tok = _antecedent(tok)
        if tok is None or not is_actor(tok):
            return None
    start, end = _span(tok)
    entity_id = ctx.entity_at(tok.idx, tok.idx + len(tok)) or ctx.entity_at(start, end)
    entity = ctx.analysis.entity(entity_id)
    lemmas = [t.lemma_.lower() for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.idx >= start]
    words = list(lemmas)
    country = None
    if entity is not None:
        country = entity.country or next((r.country for r in entity.roles if r.country), None)
        for role in entity.roles:
            words[:0] = role.title.lower().split()
        if entity.type == "GPE" and country is None:
            country = country_of(entity.name)
        words[:0] = entity.name.lower().split()
    sector = _sector_of_words(tuple(words))
    sector = None if sector == "-" else sector
    text = ctx.text[start:end]
    if country is None:
        country = next(
            (country_iso3(p.country) for p in ctx.analysis.places if p.country and start <= p.start < end),
            None,
        ) or _country_of_text(text)
    if sector == "IGO":
        country = None
    elif country is None and sector in DOMESTIC:
        country = home
    code = ("IGO" if sector == "IGO" else (country or "") + (sector or "")) or None
    return Actor(entity=entity_id, text=text, start=start, end=end, code=code, country=country, sector=sector)


def is_actor(tok: Token) -> bool:
    """Can this noun phrase be an event actor: a person, group, organisation, state or pronoun?"""
    head = _semantic_head(tok)
    if head.pos_ == "PRON":
        return head.lower_ not in ("it", "this", "that", "which", "what") or _antecedent(head) is not None
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _actor_like(head) or is_human(head):
        return True
    if any(_actor_like(c) for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss")):
        return True  # "the opposition alliance"
    return head.pos_ == "PROPN"


def people_like(tok: Token | None) -> bool:
    return tok is not None and is_human(_semantic_head(tok))
