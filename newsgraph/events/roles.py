"""Who did what to whom: the agent (actor1) and recipient (actor2) of a trigger from spaCy's
dependency parse, and their CAMEO actor codes (country + sector) from the actor's words, its
canonical entity (roles, country) and the article's country.

Sector data (newsgraph/data/): events_actor_sectors.tsv (curated agent words, wins),
events_agents.tsv (broad agent nouns from the Phoenix dictionary), events_actor_groups.tsv
(armed groups and international NGOs by name) and events_actor_leaders.tsv (untitled leaders);
word lists in events_actor_words.json (acts that are no actors, what makes co-subjects counterparts).
Written by hand because no library maps parse roles to CAMEO actors; PETRARCH's coder is a
dictionary pattern matcher over constituency parses we do not have."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from newsgraph.context import Context
from newsgraph.entities.lexicon import country_of
from newsgraph.events.detect import (
    ARMED,
    CONGRESS_LEGISLATURES,
    HUMAN_WORDS,
    OBJECT_CONTROL,
    SERIES,
    SPEECH,
    Hit,
    agent_sector,
    came_from,
    congress_country,
    governor,
    is_human,
    lemma_of,
    required_head,
    requirement_met,
    security_before,
    shared_object,
    stranded_agents,
    to_infinitive,
)
from newsgraph.events.lexicon import STATE_SECTORS, actor_sectors, data_rows, sectors, triggers, words
from newsgraph.events.precision import (
    BLAME_VERBS,
    COMBATS,
    GLUED,
    bare_public,
    body_sent,
    by_agents,
    office_of_body,
    party_members,
    personal_possessive,
)
from newsgraph.events.precision import lexicon as precision_lexicon
from newsgraph.model import Actor, Entity, Mention, Place, Role
from newsgraph.places.gazetteer import country_iso3, is_capital
from newsgraph.places.gazetteer import lookup as place_lookup

QUANTITY_WORDS = words("quantity_words")
CROWD_COUNTS = words("crowd_counts")
FUTURE_AUX = words("future")
PLACE_TYPES = {"GPE", "LOC", "FAC"}
RELATIVE = words("relative")
VOICING_VERBS = words("voicing_verbs")
ORGANISER_NOUNS = words("organiser_nouns")
ORGANISER_VERBS = words("organiser_verbs")
LIGHT_VERB_OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "pobj"}
TOPIC_PREPS = {"into", "about", "over", "regarding", "concerning"}
# "committees set up after the riots": an event that only dates the clause is none of its subject's acts
TIME_PREPS = {"after", "before", "since", "following", "until", "till"}
LIGHT_VERBS = words("light_verbs")
SETTING_PREPS = ("in", "by", "at")
SUFFERING_VERBS = words("suffering_verbs")
FIGHT_NOUNS = words("fight_nouns")
OUTBREAK_VERBS = words("outbreak_verbs")
SURVIVAL_VERBS = words("survival_verbs")
SUBJECT_CONTROL = words("subject_control")
# An actor with no stated country takes the article's home country, as CAMEO coders do, when it is
# a state role ("police", "the chief minister") or a group of another domestic sector ("seven
# people", "farmers", a union); a firm may well be foreign, and so may a person whose sentence
# names another country.
DOMESTIC = {
    "ELI",
    "CVL",
    "LAB",
    "EDU",
    "MED",
    "AGR",
    "REL",
    "ACT",
    "REB",
    "INS",
    "SEP",
    "SPY",
    "CRM",
    "HRI",
}


def _fold(name: str) -> str:
    """Lower-cased, accents stripped ("Erdoğan" -> "erdogan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _leaders() -> tuple[dict[str, tuple[str | None, str]], dict[str, tuple[str | None, str]]]:
    """(full names, surnames) -> (ISO3 country or None, sector) of well-known political leaders."""
    full: dict[str, tuple[str | None, str]] = {}
    last: dict[str, tuple[str | None, str]] = {}
    for r in data_rows("events_actor_leaders.tsv"):
        value = (None if r["country"] == "-" else r["country"], r["sector"])
        name = " ".join(r["name"].replace(".", " ").split())  # as `leader` reads names: "george w bush"
        full[name] = value
        if r["match"] == "surname":
            last[name.split()[-1]] = value
    return full, last


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str | None, str]]:
    """Names of well-known armed and militant groups -> (ISO3 country or None, sector)."""
    return {
        r["name"]: (None if r["country"] == "-" else r["country"], r["sector"])
        for r in data_rows("events_actor_groups.tsv")
    }


def known_group(*names: str | None, ctx: Context | None = None) -> tuple[str | None, str] | None:
    """(country, sector) of the first name that is a well-known armed group ("the FARC", "Houthis");
    with the article, a short acronym counts only where the article bears it out (_acronym_fits)."""
    for name in names:
        if name:
            key = " ".join(_fold(name).split()).removeprefix("the ")
            if key in _groups() and (ctx is None or _acronym_fits(ctx, key)):
                return _groups()[key]
    return None


FUNCTION_WORDS = {"of", "the", "for", "and", "in", "de", "del", "du", "des", "la", "&"}


def _content_words(name: str) -> list[str]:
    """A name's words without function words, hyphen parts apart ("inter-services intelligence")."""
    parts = re.split(r"[\s-]+", _fold(name).replace("’", "'"))
    return [p for p in parts if p and p not in FUNCTION_WORDS and p[0].isalnum()]


def _initials(name: str) -> str:
    return "".join(p[0] for p in _content_words(name))


@lru_cache(maxsize=1)
def _expansions() -> dict[str, set[str]]:
    """Acronym -> the listed full names whose initials it is ("fsa" -> {"free syrian army"})."""
    found: dict[str, set[str]] = {}
    for name in _groups():
        if len(_content_words(name)) > 1:
            found.setdefault(_initials(name), set()).add(name)
    return found


def _stem(word: str) -> str:
    """ "organisations" -> "organization": plural and British spelling set aside."""
    return word.removesuffix("'s").rstrip("s").replace("isation", "ization")


def _is_acronym(key: str) -> bool:
    """A short initialism ("fsa", "u.n."), which other bodies may share: not a name like "hamas"."""
    bare = key.replace(".", "")
    return bare.isalnum() and (len(bare) <= 4 or bare in _expansions())


# a run of capitalised words, function words allowed inside ("Financial Services Authority")
CAPITAL_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and|in|de|&)\s+)*[A-Z][\w'’-]*)*")


@lru_cache(maxsize=512)
def _spelled_out(text: str, key: str) -> frozenset[str]:
    """Names in the text whose initials are the acronym: "the Financial Services Authority (FSA)"."""
    found = set()
    for m in CAPITAL_RUN.finditer(text):
        content = _content_words(m.group())
        for i in range(len(content) - len(key) + 1):
            if _initials(" ".join(content[i : i + len(key)])) == key:
                found.add(" ".join(content[i : i + len(key)]))
    return frozenset(found)


def _acronym_fits(ctx: Context, key: str) -> bool:
    """Whether a listed acronym means the listed group here: not when the article spells it out as
    another name ("Financial Services Authority (FSA)" is no Free Syrian Army), yes when it names the
    group in full, else, for an acronym other bodies share, only when the article's setting takes in
    the group's country (a British business report's FSA is its regulator)."""
    if not _is_acronym(key):
        return True
    bare = key.replace(".", "")
    text = _fold(ctx.text)
    if any(name in text for name in _expansions().get(bare, set())):
        return True
    # a variant of a listed name ("Trade Unions Congress", "World Trade Organisation") shares a word
    # with it; two initials ("U.N.") match too many runs of names ("University of Nottingham")
    listed = {_stem(w) for n in _expansions().get(bare, set()) for w in _content_words(n)}
    other = [n for n in _spelled_out(ctx.text, bare) if not listed & {_stem(w) for w in n.split()}]
    if len(bare) > 2 and other:
        return False
    country = _groups()[key][0]
    if country is None or bare not in AMBIGUOUS_ACRONYMS:
        return True
    places = {country_iso3(p.country) for p in ctx.analysis.places if p.country}
    return not places or country in places or article_country(ctx) == country


@lru_cache(maxsize=1)
def _group_initials() -> dict[str, list[str]]:
    """Initials of the multiword known parties -> their names ("sp" -> "samajwadi party"); parties
    only: party initials are what reports abbreviate, other initials clash with titles ("MP")."""
    found: dict[str, list[str]] = {}
    for name, (_, sector) in _groups().items():
        parts = name.split()
        if len(parts) > 1 and sector == "PTY":
            found.setdefault("".join(p[0] for p in parts), []).append(name)
    return found


def _named_as_business(ctx: Context, entity: Entity | None) -> bool:
    """A name some mention of which a business noun introduces ("the building products group James
    Hardie", "carmaker Ford")."""
    if entity is None:
        return False
    kinds = precision_lexicon("business_kinds")
    for m in entity.mentions:
        before = ctx.text[max(m.start - 30, 0) : m.start].split()
        if m.source in ("pronoun", "description") or not before or before[-1].lower() not in kinds:
            continue
        if len(before) < 2 or not country_of(before[-2].title()):  # "the Haitian group Veye Yo": no firm
            return True
    return False


def spelled_out_group(ctx: Context, text: str) -> tuple[str | None, str] | None:
    """(country, sector) of a known group an abbreviation stands for in this article: "the SP" where
    the article names the Samajwadi Party is that party, not a superintendent of police."""
    if " " in text.strip():
        return None
    key = _fold(text).removeprefix("the ").strip()
    if not 2 <= len(key) <= 5 or not key.isalpha():
        return None
    names = [n for n in _group_initials().get(key, []) if n in _fold(ctx.text)]
    return _groups()[names[0]] if names else None


LEADER_TITLES = words("leader_titles")


def leader(name: str) -> tuple[str | None, str] | None:
    """(country, sector) of a person named without a title who is a well-known leader."""
    full, last = _leaders()
    words = _fold(name).replace(".", " ").split()
    if words and words[0] in ("mr", "mrs", "ms", "dr", "sheikh"):
        words = words[1:]
    key = " ".join(words)
    surname = words[-1] if words else ""
    titled = all(w in LEADER_TITLES for w in words[:-1])  # "President Bush", not "Kate Bush"
    found = full.get(key) or last.get(surname) or (full.get(surname) if titled else None)
    return found if key in full or titled or _same_given_name(words, full) else None


def _same_given_name(words: list[str], full: dict[str, tuple[str | None, str]]) -> bool:
    """ "Narendra D. Modi" is Narendra Modi, "Cherie Blair" (the leader's wife) is not Tony Blair."""
    return any(name.split()[0] == words[0] and name.split()[-1] == words[-1] for name in full)


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _people_name(tok: Token) -> bool:
    """A people's name, whatever entity type the tagger gave it ("Thousands of Greeks" read as a date)."""
    return tok.tag_ in ("NNP", "NNPS") and country_of(tok.text) is not None


def _prep_objects(tok: Token, preps: tuple[str, ...] | set[str]) -> list[Token]:
    """Objects of tok's prepositions `preps`, never times ("firing on Friday")."""
    found = []
    # "pulled its envoy out of Iran": what a thing is taken out of (not "walked out of the hall")
    taken = any(c.dep_ == "dobj" for c in tok.children)
    outer = [g for c in tok.children if taken and c.lower_ == "out" for g in c.children if g.dep_ == "prep"]
    for c in [*tok.children, *outer]:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj" and (g.ent_type_ not in ("DATE", "TIME") or _people_name(g)):
                    found.append(g)
                elif g.dep_ == "pobj":  # "met with President X Tuesday": the parser heads it on the day
                    names = [n for n in g.children if n.dep_ == "compound" and n.ent_type_ in NAMED_ACTORS]
                    found += names[-1:]
    return found


def _first(tokens: list[Token]) -> Token | None:
    return tokens[0] if tokens else None


def _last(tokens: list[Token]) -> Token | None:
    return tokens[-1] if tokens else None


def _purpose_on_thing(clause: Token) -> bool:
    """A purpose infinitive the parser hung on the participle of a thing ("highways leading into X to
    protest"): it is the clause's purpose."""
    participle = clause.head
    on_participle = participle.dep_ == "acl" and participle.tag_ == "VBG" and not is_actor(participle.head)
    return clause.dep_ == "advcl" and to_infinitive(clause) and on_participle


def _subject(tok: Token) -> Token | None:
    """Subject of a verb, inherited through coordination, control and relative clauses."""
    cur = tok
    for _ in range(3):
        # the parser sometimes hangs the subject on the auxiliary ("X have opposed")
        subj = (
            _nearest_subject(cur)
            or next((s for aux in _children(cur, {"aux"}) for s in _children(aux, {"nsubj"})), None)
            or _misparsed_subject(cur)
        )
        if subj is not None:
            if subj.lower_ in RELATIVE and cur.dep_ == "relcl":
                if cur != tok and _object_pronoun(tok):
                    # "seized the smugglers who ran onto the pier and took them into custody":
                    # the conjunct belongs to the main clause, whose subject acts on "them"
                    cur = governor(cur.head)
                    continue
                return cur.head
            return subj
        if cur.dep_ in ("acl", "relcl") and (
            cur.tag_ in ("VBD", "VBZ", "VBP")
            or (cur.tag_ == "VBN" and _children(cur, {"dobj"}))
            or _apposed_predicate(cur)
        ):
            return cur.head  # a main verb parsed as a modifier: "X and the Taliban condemned"
        if _main_verb_as_dep(cur):
            cur = cur.head  # "gunmen tied to the government launched attacks": "tied" as the root
            continue
        if cur.dep_ in ("acl", "relcl") and _ordinal_doer(cur.head):
            # "X became the first capital to recognise Y": the capital, and so X, recognised it
            noun = cur.head
            named = _nearest_subject(noun.head) if noun.dep_ == "attr" else None
            return named or noun
        if _tense_break(cur):
            cur = cur.head.head  # "X said the party would publish a plan and criticised Y": X criticised
            continue
        if _purpose_on_thing(cur):
            cur = governor(cur.head.head)  # "put up barricades on highways leading into X to protest"
            continue
        if body_sent(cur):
            cur = cur.head.head  # "X sent a mission to examine the reports": X examines them
            continue
        if (
            cur.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp")
            or (cur.dep_ == "ccomp" and cur.head.lemma_ == "let")  # "X let free the prisoners"
        ) and cur.head != cur:  # "X is willing"
            raised = cur.dep_ == "xcomp"
            reason = cur.dep_ == "pcomp" and cur.head.lower_ == "for"
            cur = cur.head.head if cur.dep_ == "pcomp" else cur.head  # "violates it by torturing"
            judged = [c for c in _children(cur, {"dobj"}) if c.i < tok.i] if reason else []
            if judged and _actor_like(judged[0]):
                return judged[0]  # "condemned Israel for killing civilians": Israel killed them
            if raised and _children(cur, {"nsubjpass"}):  # "X was reported to have attacked"
                return _children(cur, {"nsubjpass"})[0]
            controller = [c for c in _children(cur, {"dobj"}) if c.i < tok.i] if raised else []
            if controller and cur.lemma_.lower() in OBJECT_CONTROL:  # "forced the police to open fire"
                return controller[0]
            continue
        return None
    return None


def _ordinal_doer(noun: Token) -> bool:
    """ "the first capital (to recognise)": a noun an ordinal marks as a doer of the infinitive."""
    return any(c.dep_ == "amod" and c.lower_ in precision_lexicon("done_ordinals") for c in noun.children)


def _tense_break(verb: Token) -> bool:
    """A past verb the parser joined to a reported future ("said the party would publish a plan and
    criticised the budget"): it goes with the verb of saying, tense agreeing. Not after a modal ("said
    the police could not control the mob and opened fire") nor when the reported subject is a person
    or a force, who may well have done it."""
    head = verb.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and head.dep_ == "ccomp"
        and lemma_of(head.head) in SPEECH
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children)
        and not (subj is not None and _person_or_force(subj))
    )


def _person_or_force(tok: Token) -> bool:
    """A person (named, a pronoun, a person word) or the police or troops."""
    lemma = lemma_of(tok)
    return (
        tok.ent_type_ == "PERSON"
        or tok.pos_ == "PRON"
        or lemma in HUMAN_WORDS
        or sectors().get((lemma,)) in ("COP", "MIL")
    )


def _main_verb_as_dep(verb: Token) -> bool:
    """A finite verb the parser hung as "dep" on a participle it took for the main verb ("gunmen
    tied to X launched attacks"): it shares that participle's subject."""
    head = verb.head
    return (
        verb.dep_ == "dep"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and head.i < verb.i
        and head.tag_ in ("VBD", "VBN")
        and not _children(head, {"dobj"})
    )


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two the parser gave it ("European Parliament's lead negotiator X has
    rejected": "lead" and "X"), the first that is an actor."""
    subjects = [s for s in _children(verb, {"nsubj", "csubj"}) if not _bracketed_initials(s)]
    if len(subjects) < 2:
        return _first(subjects)
    actors = [s for s in subjects if s.i < verb.i and is_actor(s) and not _colon_dateline(s)]
    if len(actors) > 1 and actors[0].i + 1 == actors[1].left_edge.i and not list(actors[0].rights):
        return actors[1]  # "the state Lok Dal chief criticised": a modifier cut off the noun chain it starts
    return actors[0] if actors else subjects[0]


def _colon_dateline(tok: Token) -> bool:
    """ "chennai: poet X has requested": a place opening the sentence before a colon is a dateline."""
    doc = tok.doc
    return tok.i == tok.sent.start and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"


def _bracketed_initials(tok: Token) -> bool:
    """ "wrote to the chief of the International Labour Organization (ILO) threatening": initials in
    brackets after a name the parser hung elsewhere spell that name, they are no subject."""
    doc = tok.doc
    if tok.i < 2 or tok.i + 1 >= len(doc) or doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")":
        return False
    return doc[tok.i - 2].dep_ in ("pobj", "dobj") and doc[tok.i - 2].pos_ == "PROPN"


def _object_pronoun(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in ("them", "him", "her") for c in verb.children)


def _misparsed_subject(verb: Token) -> Token | None:
    """A name before the verb that the parser took for an adverb ("USAID deployed teams": USAID
    as advmod), the subject in all but the label."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advmod", "npadvmod", "dep")
            and c.i < verb.i
            and (c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") or _acronym(c))
        ),
        None,
    )


def _acronym(tok: Token) -> bool:
    """An organisation's initials the tagger left unnamed ("USAID", "ICE")."""
    return tok.is_alpha and tok.is_upper and len(tok) >= 3


def _organiser(tok: Token, subj: Token | None) -> Token | None:
    """The organiser of a protest: "on the call of X", "at the behest of X", "led by X"."""
    for noun in _prep_objects(tok, ("on", "at", "under", "upon")):
        if noun.lemma_.lower() in ORGANISER_NOUNS:
            found = _first(_prep_objects(noun, ("of",)))
            if found is not None:
                return found
    # "protesters led by X marched"; not "the opposition deputies, led by X, boycotted": a body acts itself
    if subj is not None and agent_sector(subj) not in BODY_SECTORS:
        for acl in _children(subj, {"acl"}):
            if acl.lemma_.lower() in ORGANISER_VERBS:
                found = _first(_prep_objects(acl, ("by",)))
                if found is not None:
                    return found
    return None


BODY_SECTORS = ("GOV", "LEG", "OPP", "PTY", "MIL", "REB")  # bodies that act themselves, not crowds

# Prepositions that introduce a recipient inside an object or complement: "suspended aid to X",
# "rejected accusations by X", "agreed to cooperate with X".
NESTED_PREPS = ("to", "on", "against", "with", "toward", "towards", "from", "for", "by", "over")
DIRECTION_PREPS = ("to", "on", "against", "with", "toward", "towards", "from", "into", "at")
NAMED_ACTORS = ("PERSON", "ORG", "GPE", "NORP")


def _actor_in(tokens: list[Token], strict: bool = False) -> Token | None:
    return next((t for t in tokens if (_named_actor(t) if strict else is_actor(t))), None)


def _named_actor(tok: Token) -> bool:
    """An actor by its own head word, not just by a modifier: "military aid" is no actor; nor is a
    group no one in particular forms ("ruled out any alliance with X": X is the counterpart)."""
    head = _semantic_head(tok)
    if head.pos_ == "NOUN" and not head.ent_type_ and not is_human(head) and _any_or_no(head):
        return False
    return is_actor(tok) and not (head.pos_ == "NOUN" and not _actor_like(head) and not is_human(head))


def _any_or_no(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.children)


SENT_WORDS = words("sent_words")
# "sent", "deployed": their direct object is what is sent, never the recipient
DISPATCH_VERBS = precision_lexicon("dispatch_verbs")


def _own_forces(tok: Token) -> bool:
    """ "its troops", "300 peacekeepers", "a team of experts": what an agent sends or withdraws."""
    head = _semantic_head(tok)
    named = any(c.ent_type_ in NAMED_ACTORS for c in head.subtree if c.i < head.i)
    lemma = head.lemma_.lower()
    return (
        not named
        and head.ent_type_ not in NAMED_ACTORS
        and (actor_sectors().get((lemma,)) == "MIL" or lemma in SENT_WORDS)
    )


def _inside(tok: Token, depth: int = 2) -> list[Token]:
    """Candidates inside a non-actor phrase, two prepositions deep: "sanctions on X", "the demands
    of X", "X's decision", "$2 million in assistance to X", "troops for the war against X"."""
    found = [
        c
        for c in tok.children
        # "UNICEF operations", "the government warehouse", "opposition demands"
        if (c.dep_ == "compound" and (c.ent_type_ in NAMED_ACTORS or _acronym(c) or _state_body(c)))
        or (c.dep_ == "poss" and c.pos_ != "PRON" and not _possessed(c))  # not "his country's support"
    ]
    found += _state_modifiers(tok) + _between(tok)
    found += _prep_objects(tok, (*NESTED_PREPS, "of", "in"))
    for acl in _children(tok, {"acl"}):
        found += _prep_objects(acl, NESTED_PREPS)
    if depth > 1:  # "the ban on US poultry": a thing a name only modifies is searched too
        found += [t for f in list(found) if not _named_actor(f) for t in _inside(f, depth - 1)]
    return found


def inner_party(tok: Token, plover: str) -> Token | None:
    """The named party inside a recipient that is no actor itself ("the resignation of X", "tariffs
    on South Korean cars", "the court order"), whom the act concerns; not a place it is only in
    ("torched cars in the suburbs of Paris", "took to the streets of Tbilisi")."""
    if _place_noun(tok) or tok.ent_type_ or tok.pos_ == "PROPN":
        return None  # a name's own words are no party inside it ("East Timor")
    if tok.lemma_.lower() in UNIT_NOUNS | QUANTITY_WORDS | BENEFIT_NOUNS:
        return None  # "a unit of 80 soldiers" is the thing itself; "the release of X": X gains
    preps = PLACE_PREPS | TOPIC_PREPS | ({"on"} if plover == "PROTEST" else set())
    if tok.dep_ == "pobj" and tok.head.lower_ in preps:
        return None  # "a probe into the Swedish arms deal", "slogans on the Narayan overbridge"
    return _actor_in([t for t in _inside(tok) if _concerned(t, tok)], strict=True)


def _concerned(tok: Token, outer: Token) -> bool:
    """tok names whom outer concerns: not a place it is in ("cars in the suburbs of Paris"), nor a
    topic ("a probe into the Swedish arms deal"), nor a name on a thing inside it ("slogans on the
    Narayan overbridge")."""
    if tok.dep_ == "compound" and tok.head != outer:
        return False
    cur = tok
    while cur != outer and cur.head != cur:
        if cur.dep_ == "pobj" and cur.head.lower_ in PLACE_PREPS | TOPIC_PREPS:
            return False
        cur = cur.head
    return True


def counted(tok: Token, plover: str) -> bool:
    """ "police arrested 12 over the violence": a bare count (whatever the tagger made of it) as the
    object of a physical act stands for people."""
    return (
        plover in PHYSICAL and tok.like_num and tok.dep_ in ("dobj", "nsubjpass") and not list(tok.children)
    )


def doer(act: Token) -> Token | None:
    """Who did an act named as a noun: its owner ("Hanoi's detention of X") or its "by" agent, also one
    the parser hung on the verb ("criticised the handling of the strike by the mayor"); no vote count."""
    if act.pos_ != "NOUN":
        return None
    owners = [c for c in _children(act, {"poss"}) if c.pos_ != "PRON"]
    return _actor_in(owners + by_agents(act), strict=True)


def _state_body(tok: Token) -> bool:
    """A compound noun naming a body of the state or politics ("the court order", "opposition
    demands"), not one that only says public ("state funding")."""
    lemma = tok.lemma_.lower()
    return sectors().get((lemma,)) in STATE_SECTORS and lemma not in PUBLIC_MODIFIERS


def _between(tok: Token) -> list[Token]:
    """The parties "between" whom a thing is ("talks between Israel and Hamas", "the
    restrictions between it and Israel"): each conjunct, not a pronoun for the agent itself."""
    firsts = _prep_objects(tok, ("between",))
    if not firsts and tok.dep_ == "nsubj" and lemma_of(tok.head) in OUTBREAK_VERBS:
        firsts = _prep_objects(tok.head, ("between",))  # "fighting broke out between A and B"
    # "between a band of smugglers and border guards": the conjunct may hang on the inner noun
    parties = [p for f in firsts for p in (f, *f.conjuncts, *_semantic_head(f).conjuncts)]
    return [p for p in parties if p.pos_ != "PRON"]


def _state_modifiers(tok: Token) -> list[Token]:
    """The state a demonym names on a thing ("the Turkish demands", "Iranian sites"): whose it is;
    not on a person or group, which is the actor itself ("Turkish troops")."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or _actor_like(tok) or is_human(tok):
        return []
    return [
        c
        for c in tok.children
        if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") and country_of(_demonym(c)) is not None
    ]


def _demonym(tok: Token) -> str:
    """A demonym with the words that make it one ("South Korean")."""
    return tok.doc[tok.left_edge.i : tok.i + 1].text


def _is_place(tok: Token) -> bool:
    """A state or populated place (the tagger sometimes takes "Mali" for a person)."""
    return tok.ent_type_ in ("GPE", "LOC") or (tok.text[:1].isupper() and country_of(tok.text) is not None)


def _destination(tok: Token, obj: Token | None) -> Token | None:
    """Where forces are sent: "deployed troops to Mali", "strengthened its forces in Crimea"."""
    for owner in (tok, obj):
        if owner is not None:
            places = [_place_of(t) for t in _prep_objects(owner, ("to", "into", "in", "from"))]
            place = _first([p for p in places if p is not None])
            if place is not None:
                return place
    return None


def _place_of(tok: Token) -> Token | None:
    """The place a phrase names: itself, or the place a common noun is "of" ("the disputed
    territory of Kashmir", "the city of Nablus")."""
    if _is_place(tok):
        return tok
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return None
    return _first([o for o in _prep_objects(tok, ("of",)) if _is_place(o)])


# Event types two coordinated subjects do to each other ("X and Y met", "X and Y clashed").
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "ASSAULT", "REJECT"}
# Event types whose object may be the agent's own forces ("withdrew its troops from X").
MUNITIONS = words("munitions")
MOVING = {"MOBILIZE", "RETREAT", "AGREE", "AID", "COOPERATE", "CONCEDE", "SUPPORT"}
# Event types whose object is a thing sent, given or returned "to" someone ("sent troops to X").
SENT = {"MOBILIZE", "RETREAT", "AID"}
# Event types whose purpose clause names whom they serve ("aid to help X", "launched an appeal for
# funds to help X"); a request verb's clause is what it asks ("called for him to go to X").
SERVING = {"AID", "REQUEST"}


def _recipient(
    tok: Token, preps: tuple[str, ...], subj: Token | None, plover: str, freeing: bool = False
) -> Token | None:
    """Recipient of a verb, best first: a named actor as its target preposition's object or its
    (indirect) object; one inside a non-actor object ("imposed sanctions on X") or on the verb
    ("suspended aid to X"); one in an infinitive complement ("agreed to hold talks with X"); the
    subject's partner ("X and Y agreed"); where forces go or leave; for a non-violent act the state
    it happens in; then weaker actors ("a government entity"), and last the object itself (what an
    attack hit). What an agent sends or withdraws ("sent troops to X") is never the recipient, unless
    it is `freeing` them ("freed 280 child soldiers")."""
    moving = plover in MOVING and not freeing
    # what an attack fires ("fired rockets at X") is never what it hit
    all_objects = [
        o
        for o in _children(tok, {"dobj"}) or shared_object(tok)  # "beat and kicked the villagers"
        if not (plover == "ASSAULT" and o.lemma_.lower() in MUNITIONS)
    ]
    # the agent's own people are what it sends, recalls or withdraws, not its counterpart
    not_sent = [o for o in all_objects if not (moving and _own_forces(o))]
    objects = [o for o in not_sent if not _possessed(o)]
    sent_only = plover in SENT and lemma_of(tok) in DISPATCH_VERBS  # "deployed doctors to treat X"
    if sent_only:
        objects = []
    targeted = _prep_objects(tok, (*preps, "against")) + _datives(tok) + _aimed_at(tok)
    if tok.lemma_.lower() in BLAME_VERBS:  # "blamed the bombing on Pakistan-based militants"
        targeted = _prep_objects(tok, ("on", "to")) + targeted
    targeted = [t for t in targeted if not _weapon(t, plover)]
    if any(_named_actor(o) and not _is_place(o) for o in objects):  # "met X with Y": Y came along
        targeted = [t for t in targeted if t.head.lower_ != "with"]
    # "welcomed the visit by X to her country": the agent's own country is no counterpart
    toward = [t for t in _prep_objects(tok, DIRECTION_PREPS) if not _own_place(t) and not _weapon(t, plover)]
    direct = targeted + _seized_from(tok) + (toward if moving else []) + objects
    comps = _children(tok, {"xcomp", "ccomp"})
    # "demanded that Israel withdraw": the complement's subject is asked to act
    comp_objects = [t for c in comps for t in _children(c, {"nsubj", "dobj"}) + _datives(c)]
    # "agreed to help the Philippines build boats": the subject of the complement's own clause
    deeper = [t for c in comps for cc in _children(c, {"ccomp"}) for t in _children(cc, {"nsubj"})]
    comp_objects += [t for t in deeper if t.pos_ != "PRON"]  # not "asked them to declare whether they"
    purposes = [c for c in _prep_objects(tok, NESTED_PREPS) if not is_actor(c)]  # "for a war against X"
    carried = [t for o in all_objects for t in _carried_to(o) + _taken_from(o)] if plover in SENT else []
    tiers = [
        direct,
        carried + [t for c in targeted + all_objects + purposes for t in _inside(c)] + toward,
        comp_objects + [t for c in comps for t in _prep_objects(c, NESTED_PREPS)],
        [t for c in comp_objects for t in _inside(c)],
    ]
    if moving:
        tiers = [[t for t in tier if not _own_forces(t)] for tier in tiers]
    found = _actor_in(direct, strict=True) or _actor_in(toward, strict=True)
    found = found or (_pressed_by(tok) if plover in YIELDING else None)
    partner = _partner(subj) if plover in RECIPROCAL and _mutual(tok, plover) else None
    if found is None and plover == "ASSAULT" and objects:
        # what an attack hit ("stormed a military base in Herat"), unless it is the accord both break
        return partner if partner is not None and _accord(tok) else _vague_target(objects[0])
    found = found or next((x for tier in tiers[1:] if (x := _actor_in(tier, strict=True)) is not None), None)
    if partner is not None and (found is None or (found not in direct and _only_where(found))):
        found = partner  # "India and Pakistan agreed to a ceasefire along the border in Kashmir"
    if found is None and moving:
        found = next((x for o in (tok, *comps) if (x := _destination(o, None)) is not None), None)
    if found is None and plover in ("AID", "PROTEST"):  # not "called for him to go to X": what is asked
        found = _served(tok)  # "to help the flood victims", "marched to demand the resignation of X"
    found = found or _office_held(tok)
    if found is None and plover not in NO_SCENE and plover != "ASSAULT" and not _arrest(tok):
        found = _scene(tok, plover)
    found = found or next((x for tier in tiers if (x := _actor_in(tier)) is not None), None)
    found = found or _first(direct) or _first([] if sent_only else not_sent)
    return found if plover in PHYSICAL else _named_place(found)


def _seized_from(verb: Token) -> list[Token]:
    """ "seized the village of Orlova from rebel fighters": whom a thing is seized from, a
    party rather than a place ("seized arms from a house in Bihar")."""
    if verb.lemma_.lower() not in precision_lexicon("seize_verbs"):
        return []
    froms = [t for o in (verb, *_children(verb, {"dobj"})) for t in _prep_objects(o, ("from",))]
    return [t for t in froms if _named_actor(t) and not _is_place(_semantic_head(t))]


def _only_where(tok: Token) -> bool:
    """A place named as where an act happens ("a ceasefire along the border in Kashmir"), not a state
    whose things it concerns ("lift tariffs on American products")."""
    whose = tok.head.lemma_.lower() not in BOUNDARY_NOUNS and not _place_noun(tok.head)
    owned = tok.dep_ in ("amod", "compound", "poss", "nmod") and whose
    return _is_place(_semantic_head(tok)) and not owned  # "the Irish border" is a place


def _office_held(verb: Token) -> Token | None:
    """The state or body of the office an act is done "as" ("resigned as president of Indonesia",
    "stepped down as head of the party"): whom leaving or taking it concerns."""
    offices = [o for o in _prep_objects(verb, ("as",)) if is_human(o) or _actor_like(o)]
    return _actor_in([t for o in offices for t in _prep_objects(o, ("of",))])


def _taken_from(obj: Token) -> list[Token]:
    """Whom a thing returned was taken from: "will return the weapons they seized from the army"."""
    clauses = [c for c in obj.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in TAKING_VERBS]
    return [t for c in clauses for t in _prep_objects(c, ("from",))]


def _vague_target(obj: Token) -> Token:
    """ "hit a target in the northern valley": a word that names no one hit gives way to its place (the
    parser may hang it on the verb)."""
    if obj.lemma_.lower() not in VAGUE_TARGETS:
        return obj
    owners = [c for c in obj.children if c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "NORP")]
    if owners:
        return owners[0]  # "bombed PKK targets in Iraq": the PKK is hit
    places = _prep_objects(obj, ("in", "inside", "near")) + _prep_objects(obj.head, ("in", "inside", "near"))
    return _first([p for p in places if _is_place(p)]) or obj


def _aimed_at(act: Token) -> list[Token]:
    """What a clause of aiming says an act is aimed at: "carried out a raid, targeting militant
    commanders", "an attack aimed at the convoy"."""
    clauses = [c for c in act.children if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in AIMING_VERBS]
    return [t for c in clauses for t in _children(c, {"dobj"}) + _prep_objects(c, ("at",))]


def _clause_target(act: Token, preps: tuple[str, ...]) -> Token | None:
    """The target of a nominal act named inside the relative clause that describes it, where the
    parser hung it on a word of the clause: "launched an attack that included tanks and rockets on
    the army headquarters" (not through a clause of its own, nor a time)."""
    for clause in _children(act, {"relcl"}):
        for t in clause.subtree:
            owner = t.head.head if t.dep_ == "pobj" else None
            if owner is None or t.head.lower_ not in preps or t.ent_type_ in ("DATE", "TIME"):
                continue
            if owner.i == clause.i or (owner.pos_ in ("NOUN", "PROPN") and _clause_of(owner) == clause):
                return t
    return None


def _clause_of(tok: Token) -> Token:
    """The verb whose clause a word belongs to."""
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _served(verb: Token) -> Token | None:
    """Whom an aid act's purpose clause serves: "provided 5 million to help the flood victims", "to
    help people in Somalia" (the people at large stand for the state they are in); not the place of
    a topic ("to promote democracy in X", which the act's type does not say it reaches)."""
    for clause in _children(verb, {"advcl", "xcomp", "acl"}):  # "an appeal for $5 million to help X"
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        for obj in _children(clause, {"dobj"}) + _prep_objects(clause, ("for", "to")):
            public = bare_public(obj)
            inner = [t for t in _inside(obj) if public or not (t.head.lower_ == "in" and _is_place(t))]
            found = _actor_in([c for c in (obj, *inner) if not bare_public(c)], strict=True)
            if found is not None:
                return found
    return None


def _carried_to(obj: Token) -> list[Token]:
    """Whom things sent or returned go "to" when the parser hung it on them ("sent trucks and a
    unit of engineers to Vesnia"), never through a clause ("a painting stolen from X to Y")."""
    found = []
    for t in obj.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.dep_ == "prep":
            path = [a for a in t.ancestors if a.i != obj.i and obj in a.ancestors]
            if all(a.pos_ in ("NOUN", "PROPN", "ADP", "NUM") for a in path):
                found.append(t)
    return found


def _weapon(tok: Token, plover: str) -> bool:
    """ "pounded the hideouts with artillery": what an attack fires "with" is not whom it hits."""
    return plover == "ASSAULT" and tok.head.lower_ == "with" and tok.lemma_.lower() in MUNITIONS


def _own_place(tok: Token) -> bool:
    """ "her country", "their territory": a place owned by a pronoun, the agent's own."""
    return _possessed(tok) and tok.lemma_.lower() in OWN_PLACES


def _datives(tok: Token) -> list[Token]:
    """Indirect objects, through the preposition the parser sometimes labels dative ("to X")."""
    found = []
    for c in _children(tok, {"dative", "iobj"}):
        found += _children(c, {"pobj"}) if c.pos_ == "ADP" else [c]
    return found


def _possessed(tok: Token) -> bool:
    """ "its ambassador", "their forces": a phrase owned by a pronoun, i.e. by the agent itself."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


MUTUAL_OBJECTS = words("mutual_objects", "events_actor_words.json")
AREA_ACTS = words("area_acts", "events_actor_words.json")
AGREEMENTS = words("agreements", "events_actor_words.json")
AGREEMENT_VERBS = words("agreement_verbs", "events_actor_words.json")
EXCHANGES = words("exchanges", "events_actor_words.json")
AIMING_VERBS = words("aiming_verbs", "events_actor_words.json")
TAKING_VERBS = words("taking_verbs", "events_actor_words.json")
VAGUE_TARGETS = words("vague_targets", "events_actor_words.json")
MESSAGE_VERBS = words("message_verbs", "events_actor_words.json")
PRESSURE_NOUNS = words("pressure_nouns", "events_actor_words.json")
PUBLIC_MODIFIERS = words("public_modifiers", "events_actor_words.json")
BOUNDARY_NOUNS = words("boundary_nouns", "events_actor_words.json")
BENEFIT_NOUNS = words("benefit_nouns", "events_actor_words.json")
MUTUAL_VERBS = words("mutual_verbs", "events_actor_words.json")
HARM_VERBS = words("harm_verbs", "events_actor_words.json")
ORDERING_NOUNS = words("ordering_nouns", "events_actor_words.json")
PRESSURE_PREPS = ("despite", "under", "amid")
# Event types that yield to or resist pressure: who presses is the counterpart.
YIELDING = {"REJECT", "RETREAT", "CONCEDE", "AGREE"}


def _pressed_by(verb: Token) -> Token | None:
    """ "declined to resign despite the opposition's request", "quit under pressure from the party":
    whoever presses an act it yields to or resists (the phrase may hang on its complement)."""
    for owner in (verb, *_children(verb, {"xcomp"})):
        for noun in _prep_objects(owner, PRESSURE_PREPS):
            if noun.lemma_.lower() in PRESSURE_NOUNS:
                owners = [c for c in _children(noun, {"poss"}) if c.pos_ != "PRON"]
                found = _actor_in(owners + _prep_objects(noun, ("from", "by", "of")))
                if found is not None:
                    return found
    return None


def _mutual(act: Token, plover: str) -> bool:
    """Coordinated subjects act on each other: they clash, meet, agree, upgrade their ties, sign,
    fail to reach or violate an accord; they do not when both welcome a decision or reject a plan, or
    are responsible for killings."""
    if _accord(act):
        return True
    if plover == "ASSAULT":
        lemma = act.lemma_.lower()
        return lemma in COMBATS or (lemma in EXCHANGES and not _children(act, {"dobj"}))
    if plover == "SUPPORT":
        return all(o.lemma_.lower() in MUTUAL_OBJECTS for o in _children(act, {"dobj"}))
    return plover != "REJECT"


def _accord(act: Token) -> bool:
    """The act makes or breaks an accord, itself or in its complement: "signed a pact", "failed to
    reach agreement", "are violating the ceasefire agreement"."""
    for verb in (act, *_children(act, {"xcomp"})):
        objects = _children(verb, {"dobj"})
        if objects and _verb_forms(verb) & AGREEMENT_VERBS:
            return all(o.lemma_.lower() in AGREEMENTS for o in objects)
    return False


def counterpart(hit: Hit, plover: str, agent: Token | None) -> Token | None:
    """The co-subject of a mutual act when no other recipient survives ("Nordic and Baltic envoys
    agreed a fishing pact", "X and Y agreed to a truce in their dispute over Z")."""
    if agent is None or lemma_of(hit.head) in STATIVE_COMMITMENTS:
        return None  # "X and his allies were committed to ...": each commits, not to the other
    if hit.head.lemma_.lower() in MUTUAL_VERBS or (plover in RECIPROCAL and _mutual(hit.head, plover)):
        return _partner(agent)  # "Azerbaijan and Armenia traded accusations"
    return None


def _partner(subj: Token | None) -> Token | None:
    """ "X and Y signed", "the US, Russia and Switzerland met": with no other recipient, each is the
    other's counterpart."""
    if subj is None or any(c.lower_ in ("both", "either", "neither") for c in subj.children):
        return None  # "both X and Y welcomed his return": two of a kind, not each other's counterpart
    if subj.ent_type_ == "GPE":
        listed = [c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "GPE"]
        if listed:
            return listed[0]
    adjectives = [
        c
        for c in subj.children
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in NAMED_ACTORS
    ]
    # "UK and EU negotiators" parsed as two modifiers, the first holding the "and"
    paired = adjectives[1:2] if adjectives and _children(adjectives[0], {"cc"}) else []
    return (
        _first(_children(subj, {"conj"}))
        or next(  # "Nigerian and British forces", "X and Y's services"
            (x for a in adjectives for x in _children(a, {"conj"}) if x.ent_type_ in NAMED_ACTORS), None
        )
        or _first(paired)
    )


# Acts a security force does bodily, named by a gerund right after it ("police firing").
PHYSICAL = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"}
# Codes of sending forces (mobilising them, or as peacekeepers): the forces sent and where they go.
SENDING = {"150", "151", "152", "153", "154", "074"}
# Codes of releasing persons: the people freed are the recipient, even when they are fighters.
FREEING = {"0841"}


def verb_roles(hit: Hit) -> tuple[Token | None, Token | None, Token | None]:
    """(agent, recipient, crowd) of a verb trigger; crowd is the subject when an organiser is named."""
    tok = hit.head
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    # "killed in police firing"; not "a letter to the police commissioner requesting a probe"
    police = (security_before(tok) or _demonym_before(tok)) if hit.trigger.plover in PHYSICAL else None
    if police is not None:
        targets = _prep_objects(tok, hit.trigger.targets) + _children(tok, {"dobj"})
        targets = [
            t for t in targets if t.pos_ in ("NOUN", "PROPN", "PRON") and not _weapon(t, hit.trigger.plover)
        ]
        return police, _first(targets), None
    if (fronted := _fronted_passive(tok)) is not None:
        return *fronted, None
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN" and _security_fired(tok, hit):
        return tok.head, _first(_prep_objects(tok, hit.trigger.targets)), None
    # a subject or object of its own makes it a clause; a word of the trigger ("held hostage") does not
    own_objects = [o for o in _children(tok, {"dobj", "nsubj"}) if lemma_of(o) not in hit.trigger.words]
    if (
        tok.dep_ in ("acl", "amod")
        and _participle(tok, hit)
        and not own_objects
        and not _apposed_predicate(tok)
    ):
        # "activists arrested by police" (with an object it is a main verb the parser attached low)
        return _first(_prep_objects(tok, ("by",))), tok.head, None
    if _named_participle(tok, hit):  # "the second insurgent Bilal killed on Thursday": Bilal was killed
        return _first(_prep_objects(tok, ("by",))), tok.head, None
    preps = hit.trigger.targets + hit.trigger.words[1:]  # "called for X", "called on X"
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and not _actor_like(tok.head):  # "a statement calling on X"
        gov = governor(tok.head)
        obj = _first(_children(tok, {"dobj"})) or _first(_prep_objects(tok, preps)) or _addressee(tok)
        return (_subject(gov) if gov.pos_ in ("VERB", "AUX") else None), obj, None
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and hit.trigger.plover not in ("ASSAULT", "COERCE", "PROTEST"):
        gov = governor(tok.head)  # "wrote to the parties urging them": the writer urges
        if gov.pos_ == "NOUN" and gov.dep_ in ("dobj", "pobj"):
            gov = governor(gov)  # "submitted an application to the commissioner requesting a probe"
        obj = _first(_children(tok, {"dobj"})) or _first(_prep_objects(tok, preps))
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
        # of two passive subjects (a misparse: "in Mehsana district alone 27 persons were burnt") the
        # nearer one, unless the first is a person ("Dujana, 27, and another militant were shot")
        patients = _children(tok, {"nsubjpass"})
        patient = patients[0] if patients and is_human(patients[0]) else _last(patients)
        if patient is None and tok.dep_ == "conj":
            patient = _first(_children(tok.head, {"nsubjpass"})) or _shared_subject(tok)
        if patient is not None and hit.trigger.plover == "ASSAULT" and patient.lemma_.lower() in MUNITIONS:
            patient = _first(_prep_objects(tok, hit.trigger.targets))  # "a shell was fired at X"
        agent = _first(_prep_objects(tok, ("by",))) or _first(stranded_agents(tok)) or _ordered_by(tok)
        agent = agent or _expelling_state(tok) or _shared_by_agent(tok) or _adjunct_by_agent(tok)
        agent = _compound_doer(agent)
        if agent is None and patient is not None and hit.trigger.plover in EASING:
            imposer = _imposer(patient)  # "UN sanctions against Iran were lifted": the UN lifted them
            if imposer is not None:
                return imposer, _first(_prep_objects(patient, ("against", "on"))), None
        if agent is None and hit.trigger.code.code in SENDING:  # "peacekeepers are being deployed to X"
            return patient, _destination(tok, None), None
        if agent is None and lemma_of(tok) in STATIVE_COMMITMENTS:
            # "the council is committed to reopening the port": it commits itself (the parser may hang
            # the subject on the auxiliary: "said its council was committed to ...")
            aux_subjects = [s for a in _children(tok, {"auxpass"}) for s in _children(a, {"nsubj"})]
            committed = patient or _first(aux_subjects)
            return (None if committed is None or _counted(committed) else committed), None, None
        moved_to = _first(_prep_objects(tok, hit.trigger.targets))
        if patient is not None and not _party(patient) and _party(moved_to):
            patient = moved_to  # "files were handed over to the DEA", "aid was sent to Gaza"
        return agent, _judged(patient, hit.trigger.plover), None
    subj = _subject(tok) or _first(_prep_objects(tok, ("by",)))  # "firing by the police"
    subj = _firer(subj) or subj
    if subj is not None and lemma_of(tok) in STATIVE_COMMITMENTS and _counted(subj):
        subj = None  # "more officers were committed to patrols": someone else assigned them
    if subj is not None and subj.lemma_.lower() in BUILDING_NOUNS:
        subj = None  # "police station attacked in Hyderabad": a building is hit, it does not act
    if subj is not None and hit.start <= subj.idx < hit.end:  # "police lathi-charged": "lathi" as subject
        subj = _first([c for c in subj.children if c.dep_ in ("compound", "poss") and is_actor(c)])
    obj = _recipient(tok, preps, subj, hit.trigger.plover, hit.trigger.code.code in FREEING)
    if _each_other(obj):
        obj = _partner(subj)  # "Greece and Turkey accused each other"
    if obj is not None and hit.start <= obj.idx < hit.end:
        # an attack's own weapon word is never what it hit ("police opened fire.")
        obj = _beyond_trigger(obj, hit) or (None if hit.trigger.plover == "ASSAULT" else obj)
    if hit.trigger.code.code in SENDING:
        obj = _destination(tok, obj) or obj
    if (obj is None or obj.head != tok) and hit.trigger.plover not in PHYSICAL:
        obj = _addressee(tok) or obj  # "a letter to X threatening to pull US funding": X is threatened
    obj = obj or (
        _scene(tok, hit.trigger.plover) if hit.trigger.plover not in NO_SCENE and not _arrest(tok) else None
    )
    if obj is not None and hit.trigger.code.code in VISITS and _place_noun(obj):
        obj = None  # "visited the strife-torn state": a place visited, not a government met
    organiser = _organiser(tok, subj) if hit.trigger.plover == "PROTEST" else None
    if organiser is not None:
        return organiser, obj, subj
    return _stated_by(hit, tok, subj), _judged(obj, hit.trigger.plover), None


def _party(tok: Token | None) -> bool:
    """A person, people, group, body or state, not a thing."""
    return tok is not None and (is_human(tok) or _actor_like(tok))


def _fronted_passive(verb: Token) -> tuple[Token, Token | None] | None:
    """(agent, recipient) of a bare past participle opening its clause with a "by" agent: "Driven
    from their homes by Serb police, thousands poured into Albania", "Granted asylum by Nigeria, Taylor
    flew into exile": the agent did it to the clause's subject."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i > verb.head.i:
        return None
    if _children(verb, {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}):
        return None  # a clause of its own ("after he was driven out by ...")
    # "Granted asylum by Nigeria": the parser may hang the "by" on the object
    objects = _children(verb, {"dobj"})
    agent = _first([*_prep_objects(verb, ("by",)), *(b for o in objects for b in _prep_objects(o, ("by",)))])
    return (agent, _subject(verb.head)) if agent is not None and is_actor(agent) else None


CLAUSE_DEPS = {"aux", "auxpass", "nsubj"}  # a participle with these heads a clause of its own


def _adjunct_by_agent(verb: Token) -> Token | None:
    """A passive's "by" the parser hung on a bare participle of its "while" clause: "was beaten while
    blindfolded and handcuffed in a lock-up by the police chief"."""
    adjuncts = [
        a
        for a in _children(verb, {"advcl"})
        if {m.lower_ for m in _children(a, {"mark"})} & {"while", "as"} and a.tag_ == "VBN"
    ]
    participles = [p for a in adjuncts for p in (a, *a.conjuncts) if not _children(p, CLAUSE_DEPS)]
    return _first([b for p in participles for b in _prep_objects(p, ("by",)) if is_actor(b)])


def _ordered_by(verb: Token) -> Token | None:
    """Who ordered a passive act done "on the orders of X", "on X's instructions", "at the behest of X"."""
    orders = [g for g in _prep_objects(verb, ("on", "at")) if lemma_of(g) in ORDERING_NOUNS]
    return _first([o for g in orders for o in (*_children(g, {"poss"}), *_prep_objects(g, ("of",)))])


# Types that judge what someone did: the doer of a judged act is the recipient.
JUDGING = {"ACCUSE", "SUPPORT", "REJECT"}


def _judged(obj: Token | None, plover: str) -> Token | None:
    """ "condemned Eritrea's eviction of four aid workers", "praised the decision by Ghana": whoever
    did the act judged, not whom it was done to (not "Iran's foreign minister", a person)."""
    if obj is None or plover not in JUDGING or obj.pos_ != "NOUN" or _actor_like(obj) or is_human(obj):
        return obj
    return doer(obj) or obj


def _shared_subject(verb: Token) -> Token | None:
    """ "protesters gathered in the square and were dispersed by police", "rebels attacked the town
    and were repelled": a passive conjunct without a subject of its own is done to the subject of
    the verb it is coordinated with."""
    head = verb.head
    return _first([s for s in _children(head, {"nsubj"}) if s.i < head.i])


EXPULSIONS = words("expulsions")
DETENTIONS = words("detentions")
EASING = {"RETREAT", "CONCEDE"}
STATIVE_COMMITMENTS = words("stative_commitments")
OWN_STATE_NOUNS = words("own_state_nouns")
ADDED_QUANTIFIERS = words("added_quantifiers")


def _counted(noun: Token) -> bool:
    """ "more officers", "500 troops": people counted out and assigned are committed by someone
    else, not committing themselves."""
    return any(
        c.dep_ in ("nummod", "amod", "det", "quantmod") and (c.like_num or c.lower_ in ADDED_QUANTIFIERS)
        for c in noun.children
    )


RESTRICTIONS = words("imposed_restrictions")


def _imposer(patient: Token) -> Token | None:
    """The state or body named as the owner of lifted sanctions, an embargo or a ban."""
    if patient.lemma_.lower() not in RESTRICTIONS:
        return None
    owners = [
        c for c in patient.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < patient.i
    ]
    return next((c for c in owners if c.ent_type_ in ("ORG", "GPE", "NORP")), None)


def _demonym_before(tok: Token) -> Token | None:
    """ "killed in Israeli tank shelling" with "shelling" parsed as a clause: the state whose
    demonym stands right before the gerund (or before its weapon word) fired."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl", "pcomp", "pobj", "conj") or tok.i < 1:
        return None
    before = [tok.doc[i] for i in range(max(tok.sent.start, tok.i - 2), tok.i)]
    return next((t for t in reversed(before) if t.ent_type_ == "NORP" and country_of(t.text)), None)


def _compound_doer(tok: Token | None) -> Token | None:
    """ "condemned by Commonwealth leaders meeting in Auckland": the parser made the participle the
    head and the people its compound; they are the doers."""
    if tok is None or tok.tag_ != "VBG":
        return tok
    return next((c for c in reversed(list(tok.lefts)) if c.dep_ == "compound" and is_actor(c)), tok)


def _shared_by_agent(verb: Token) -> Token | None:
    """ "were beaten and humiliated by guards": the "by" agent of the last of coordinated passives is
    the first's too (and the first's of a later conjunct: "were detained by police and questioned")."""
    conjuncts = [c for c in verb.children if c.dep_ == "conj" and not _children(c, {"nsubj", "nsubjpass"})]
    if verb.dep_ == "conj" and not _children(verb, {"nsubj", "nsubjpass"}):
        conjuncts.append(verb.head)  # a conjunct sharing the subject
    agents = (g for c in conjuncts for a in c.children if a.dep_ == "agent" for g in a.children)
    return next((g for g in agents if g.dep_ == "pobj"), None)


def _expelling_state(tok: Token) -> Token | None:
    """ "two inspectors have been expelled from North Korea": the state that expels them; "X was
    arrested in Rwanda": the state that holds them (a country, not a town); "Nigeria was suspended
    from the Commonwealth": the body that suspends a member."""
    lemma = tok.lemma_.lower()
    bodies = [t for t in _prep_objects(tok, ("from",)) if agent_sector(t) in ("IGO", "PTY")]
    if lemma in MEMBER_SUSPENSIONS and bodies:
        return bodies[0]
    preps = ("from",) if lemma in EXPULSIONS else ("in",) if lemma in DETENTIONS else ()
    # a capital stands for its government in diplomacy ("expelled from Moscow"), not in an arrest
    return next(
        (
            t
            for t in _prep_objects(tok, preps)
            if _is_place(t) and (country_of(t.text) or (lemma in EXPULSIONS and is_capital(t.text)))
        ),
        None,
    )


MEMBER_SUSPENSIONS = ("suspend", "expel")  # from a body it belongs to


def _firer(subj: Token | None) -> Token | None:
    """ "the shells fired by the Ardanian army struck", "guns of the Indian army shelled": who fired
    the weapon that struck, or whose it is."""
    if subj is None or subj.lemma_.lower() not in MUNITIONS:
        return None
    fired_by = next((by for acl in _children(subj, {"acl"}) for by in _prep_objects(acl, ("by",))), None)
    return fired_by or next((o for o in _prep_objects(subj, ("of",)) if _actor_like(o)), None)


def _apposed_predicate(tok: Token) -> bool:
    """The sentence's main verb hung on its subject as a participle after a name set off by commas,
    with no other verb: "Indonesia's foreign minister, Ali Alatas, offered to mediate" (not "the aid
    offered to Gaza", nor "X, the envoy, arrested by police": a "by" agent keeps it passive)."""
    noun = tok.head
    return (
        tok.dep_ == "acl"
        and noun.dep_ == "ROOT"
        and tok.i > 0
        and tok.doc[tok.i - 1].text == ","
        and any(c.dep_ == "appos" and c.i < tok.i for c in noun.children)
        and not _prep_objects(tok, ("by",))
        and _acts_on(tok)
    )


def _acts_on(tok: Token) -> bool:
    """The verb has an object or clause, or its subject's infinitive ("offered to mediate"): a bare
    participle with only places and times is a passive headline ("The mayor, X, jailed in Lagos")."""
    if _children(tok, {"dobj", "ccomp"}):
        return True
    return lemma_of(tok) in SUBJECT_CONTROL and bool(_children(tok, {"xcomp"}))


def _participle(tok: Token, hit: Hit) -> bool:
    """A past participle, or an objectless attack verb the tagger took for a past tense ("the militant
    X killed on Tuesday with Y": X was killed)."""
    return tok.tag_ == "VBN" or (tok.tag_ == "VBD" and hit.trigger.plover in ("ASSAULT", "COERCE"))


def _named_participle(tok: Token, hit: Hit) -> bool:
    """A participle the parser made a relative clause with the name apposed to its noun as subject
    ("the insurgent Bilal killed with Y"): no auxiliary and no object, so the name is who suffered it.
    Only after a fighter's title and with a "with"/"in" phrase: "the man Sharma shot" names the doer."""
    subjects = _children(tok, {"nsubj"})
    return (
        tok.dep_ == "relcl"
        and _participle(tok, hit)
        and not _children(tok, {"aux", "auxpass", "dobj"})
        and len(subjects) == 1
        and subjects[0].pos_ == "PROPN"
        and subjects[0].left_edge.i == tok.head.i + 1
        and _fighter(tok.head)
        and any(c.lower_ in ("with", "in") for c in _children(tok, {"prep"}))
    )


def _fighter(tok: Token) -> bool:
    """A fighter's title ("militant", "rebel", "gunman", "commander"), by sector or the data list."""
    lemma = tok.lemma_.lower()
    return actor_sectors().get((lemma,)) in ARMED or lemma in precision_lexicon("fighter_titles")


def _security_fired(tok: Token, hit: Hit) -> bool:
    """ "a constable fired at the mob" parsed as a noun phrase: police or troops with an attack
    participle aimed "at"/"on" someone and no "by" agent are the attackers, not the attacked."""
    return (
        hit.trigger.plover == "ASSAULT"
        and actor_sectors().get((tok.head.lemma_.lower(),)) in ("COP", "MIL")
        and bool(_prep_objects(tok, hit.trigger.targets))
        and not _prep_objects(tok, ("by",))
    )


def _beyond_trigger(own: Token, hit: Hit) -> Token | None:
    """The trigger's own word ("fire" of "opened fire") is no recipient: the object of its "on/at"
    ("opened fire on the mob"), else the people its purpose clause acts on ("to disperse a mob")."""
    found = _first(_prep_objects(own, hit.trigger.targets) + _prep_objects(hit.head, hit.trigger.targets))
    # "took two engineers hostage": the parser made the people a compound of the trigger's word
    held = [c for c in own.children if c.dep_ == "compound" and c.i < own.i and is_human(c)]
    purposes = [o for c in _children(hit.head, {"xcomp", "advcl"}) for o in _children(c, {"dobj"})]
    acted_on = [o for o in purposes if is_human(_semantic_head(o)) or _actor_like(o)]
    return found or _last(held) or _first(acted_on)


def _phrase_head(hit: Hit) -> Token:
    """The syntactic head of a multiword nominal trigger: its last word whose head lies outside it
    ("missile and drone attack" -> attack), whatever word the lexicon matched first."""
    span = [t for t in hit.head.sent if hit.start <= t.idx < hit.end]
    heads = [t for t in span if t.head.i == t.i or not hit.start <= t.head.idx < hit.end]
    return heads[-1] if heads else hit.head


def noun_roles(hit: Hit) -> tuple[Token | None, Token | None, Token | None]:
    """Agent, recipient and (never, for a noun) third party of an act a noun names ("the army's
    attack on X"): what the noun's own dependents state first, then what the clause that carries it
    says, then a recipient found further away, a partner of a mutual act or the scene."""
    tok = _phrase_head(hit)
    if (under := _came_under(tok)) is not None:
        return (*under, None)
    base = _carrier(tok)
    agent, patient = _stated_noun_roles(hit, tok)
    modifier = _actor_modifier(hit, tok)
    agent = agent or _ordering_court(hit, tok) or _naming_modifier(modifier) or _observers(hit, tok)
    agent = agent or _participle_agent(tok)
    agent = agent or _carrier_agent(hit, base) or _protesting_doer(hit, tok)
    agent = _voiced_for(tok, agent) or agent
    patient = _refined_patient(hit, tok, base, patient) or _survivor(tok)
    agent = agent or modifier or security_before(tok)  # "killed in the police firing" misparsed
    partner = _reciprocal_partner(hit, tok, agent)
    scene = _noun_scene(tok, base, hit.trigger.plover)
    patient = _kept_patient(hit, tok, base, patient or _unstated_patient(hit, tok, base), scene)
    return _stated_by(hit, governor(base), agent), patient or partner or scene, None


def _observers(hit: Hit, noun: Token) -> Token | None:
    """ "Shopkeepers observed a general strike called by Hamas", "shut their stores in a strike called
    by Hamas": who observes a strike or acts in it strikes (the caller, named by the participle, only
    called it)."""
    if hit.trigger.mode != "strike":
        return None
    observed = noun.dep_ == "dobj" and lemma_of(noun.head) == "observe"
    acted_in = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB"
    if not (observed or acted_in):
        return None
    return _named_party(_subject(governor(noun)))


def _voiced_for(noun: Token, owner: Token | None) -> Token | None:
    """ "Russian Foreign Minister X reiterated Moscow's support": the official of the owning state who
    voices its stand is the source (the state stays in the code through the official's nationality)."""
    if owner is None or owner.dep_ != "poss" or owner.head != noun or noun.dep_ != "dobj":
        return None
    if lemma_of(noun.head) not in VOICING_VERBS:
        return None
    speaker = _named_party(_subject(noun.head))
    if speaker is None:
        return None
    nationality = next((c for t in speaker.subtree if t.i < speaker.i and (c := _country_word(t.text))), None)
    return speaker if nationality is not None and nationality == _state_country(owner) else None


def _state_country(tok: Token) -> str | None:
    """The country a state's name or capital stands for ("Moscow's support": RUS)."""
    capitals = (country_iso3(p.country) for p in place_lookup(tok.text) if p.capital)
    return country_of(tok.text) or next(capitals, None)


def _came_under(noun: Token) -> tuple[Token | None, Token | None] | None:
    """ "Seoul came under pressure from the IMF", "the plan came under (came in for) criticism from X":
    X presses or criticises, what came under it is the recipient."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("under", "for"):
        return None
    verb = noun.head.head
    verb = verb.head if verb.lower_ == "in" else verb  # "came in for criticism"
    if verb.lemma_.lower() != "come":
        return None
    return _first(_prep_objects(noun, ("from",)) or _prep_objects(verb, ("from",))), _subject(verb)


def _survivor(tok: Token) -> Token | None:
    """ "The mayor survived an assassination attempt": who survives or escapes the attack is its target."""
    if tok.dep_ != "dobj" or lemma_of(tok.head) not in SURVIVAL_VERBS:
        return None
    return _subject(tok.head)


def _protesting_doer(hit: Hit, tok: Token) -> Token | None:
    """The doer of an act done "in protest" (the idiom): "the party walked out of parliament in protest
    at the budget"; not "detained in the protest" nor "killed in rioting", settings of the act."""
    if lemma_of(tok) != "protest" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    if _children(tok, {"det", "poss", "amod"}):
        return None
    act = governor(tok)
    if _forceful(act) or _human_object(act):
        return None  # "police arrested dozens of students in protest at the tax": the students protest
    subj = _subject(act)
    return subj if subj is not None and is_actor(subj) else None


def _forceful(verb: Token) -> bool:
    """The verb is itself a coercion or an assault ("arrested", "shot"), not "closed their shops"."""
    return any(
        t.pos == "V" and len(t.words) == 1 and t.plover in ("COERCE", "ASSAULT") and requirement_met(verb, t)
        for t in triggers().get(lemma_of(verb), [])
    )


def _human_object(verb: Token) -> bool:
    """People are the verb's object ("detained the students", "dozens of workers")."""
    return any(
        is_human(o) or any(is_human(g) for g in _prep_objects(o, ("of",))) for o in _children(verb, {"dobj"})
    )


def _stated_noun_roles(hit: Hit, tok: Token) -> tuple[Token | None, Token | None]:
    """The roles the noun's own dependents state: its owner, its "by" agent, the subject of the
    light verb it requires or whom it came from; the target of its "on"/"against", else the parties
    it is "between"."""
    owner = _first(_children(tok, {"poss"}))
    if owner is not None and _own_state(owner):
        # "X pledged her country's support": X speaks for it (not "X welcomed her country's apology")
        owner = _light_verb_subject(hit, tok) or owner
    of_obj = _first(_prep_objects(tok, ("of",)))
    by_agent = None if _nested_by(tok) else _first(_prep_objects(tok, ("by",)))
    by_agent = by_agent or _by_after_of(of_obj)
    # "criticism of the plan came from the unions"
    agent = owner or by_agent or _light_verb_subject(hit, tok) or _first(came_from(tok))
    patient = _first(_prep_objects(tok, hit.trigger.targets + ("against",)))
    if patient is None:
        agent, patient = _between_roles(tok, agent)
    receiver = _receiving_verb(tok) if agent is None else None
    if receiver is not None:  # "Egypt received military aid (from the US)", "$50 million in aid"
        agent, patient = _giver(tok, receiver), patient or _subject(receiver)
    owned = owner is not None and owner == agent and of_obj is None
    if owned and hit.trigger.of_role == "patient" and _suffers(owner, hit.trigger.plover):
        # "Saeed's house arrest", "the activist's detention"; "against court orders" is no party
        agent, patient = by_agent, owner if patient is None or _against_thing(patient) else patient
    return _of_object_role(hit, of_obj, agent, patient, owner or by_agent)


def _nested_by(noun: Token) -> bool:
    """The noun's "by" follows a complement naming another act ("an inquiry into the shelling by
    Israeli artillery"): the parser hung that act's agent on the noun."""
    by = next((c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
    return by is not None and any(
        _act_noun(g) for p in noun.children if p.dep_ == "prep" and p.i < by.i for g in _children(p, {"pobj"})
    )


def _act_noun(tok: Token) -> bool:
    """A noun naming an act: a trigger noun or a verbal noun ("the shelling")."""
    return tok.pos_ == "NOUN" and (
        tok.tag_ == "VBG"
        or tok.lower_.endswith("ing")
        or any(t.pos != "V" for t in triggers().get(lemma_of(tok), []))
    )


def _by_after_of(of_obj: Token | None) -> Token | None:
    """A named actor's "by" the parser hung on the "of" object: "the expulsion of two diplomats by
    Moscow" (a "by" on a thing stays its author: "the seizure of a novel by Rushdie")."""
    if of_obj is None or not (of_obj.ent_type_ in ("NORP", "PERSON") or is_human(of_obj)):
        return None
    by = _first(_prep_objects(of_obj, ("by",)))
    if by is None:
        return None
    # "the torture of three teenagers by Border Security Force troops": a force acts on people too
    return by if by.ent_type_ in ("GPE", "ORG", "NORP") or _security(by) else None


def _against_thing(tok: Token) -> bool:
    """ "against court orders", "against all norms": what an act goes against, with no party in it."""
    head = tok.head if tok.dep_ in ("compound", "amod", "nmod") else tok
    named = head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    return head.dep_ == "pobj" and head.head.lower_ == "against" and not (named or is_human(head))


def _suffers(owner: Token, plover: str) -> bool:
    """The owner of an act done to people is who suffers it: a named person ("Saeed's house arrest"),
    and for a detention also a person word or a personal pronoun ("the activist's detention", "his
    arrest"), not police or troops; "the militants' bombing" is theirs."""
    if owner.ent_type_ == "PERSON":
        return True
    return plover == "COERCE" and (personal_possessive(owner) or (is_human(owner) and not _security(owner)))


def _own_state(owner: Token) -> bool:
    """ "his country", "their government": the state of the person who speaks, named by a pronoun."""
    return owner.lemma_.lower() in OWN_STATE_NOUNS and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in owner.children
    )


def _of_object_role(
    hit: Hit, of_obj: Token | None, agent: Token | None, patient: Token | None, stated: Token | None
) -> tuple[Token | None, Token | None]:
    """The "of" object fills the role the trigger's lexicon row gives it ("the release of X": the
    patient), or the patient when an owner or "by" already names the agent ("its bombardment of X",
    "the shelling of X by Y")."""
    if of_obj is None:
        return agent, patient
    if hit.trigger.of_role == "agent" and agent is None and not _party(of_obj):
        return None, patient or of_obj  # "a boycott of white-owned shops": what is boycotted, no doer
    if hit.trigger.of_role == "agent" and agent is None:
        return of_obj, patient
    if hit.trigger.of_role == "agent" and patient is None and agent == stated:
        return agent, of_obj
    if hit.trigger.of_role == "patient" and patient is None:
        return agent, of_obj
    return agent, patient


def _actor_modifier(hit: Hit, tok: Token) -> Token | None:
    """An actor word modifying the noun ("police firing"), but not a place ("Mumbai blasts"), part
    of the trigger itself ("military exercises"), a weapon ("artillery strikes": not who fired, unless
    its side is named: "Serbian artillery shelling"), a kind ("a state visit") or, for aid, an untagged
    kind ("military aid")."""
    return next(
        (
            c
            for c in tok.children
            if c.dep_ in ("compound", "amod", "nmod")
            and _actor_like(c)
            and c.ent_type_ not in PLACE_TYPES
            and c.lemma_.lower() not in PUBLIC_MODIFIERS  # "a state visit": a kind of visit
            and not _cause_prefixed(c)
            and not hit.start <= c.idx < hit.end
            and (c.lemma_.lower() not in MUNITIONS or _sided_weapon(c))
            and (c.ent_type_ or hit.trigger.plover != "AID")
        ),
        None,
    )


def _cause_prefixed(tok: Token) -> bool:
    """ "an anti-Syrian protest", "pro-Kremlin rallies": the name is the cause, not the actor."""
    start = tok.doc[max(tok.i - 2, 0) : tok.i + 2]  # "anti - Syrian" tokenised apart
    words = [t.lower_ for t in start]
    return tok.lower_.startswith(("anti-", "pro-")) or any(
        w in ("anti", "pro") and nxt == "-" for w, nxt in zip(words, words[1:], strict=False)
    )


def _sided_weapon(weapon: Token) -> bool:
    """A weapon word whose side is named by a demonym or state ("Serbian artillery")."""
    return any(
        m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE") and country_of(m.text)
        for m in weapon.children
    )


def _ordering_court(hit: Hit, tok: Token) -> Token | None:
    """ "a magistrate remanded him to police custody", "the court sent them to judicial custody": the
    court that orders it is the agent, not the kind of custody."""
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if hit.trigger.plover != "COERCE" or verb is None or lemma_of(verb) not in CUSTODY_VERBS:
        return None
    subj = _subject(verb)
    return subj if subj is not None and sectors().get((subj.lemma_.lower(),)) == "JUD" else None


def _naming_modifier(modifier: Token | None) -> Token | None:
    """A modifier that names the agent before the carrying verb's subject does ("40 were in police
    firing": the police): a named one, or a security force that is no adjective."""
    if modifier is None:
        return None
    return modifier if modifier.ent_type_ or (_security(modifier) and modifier.pos_ != "ADJ") else None


def _participle_agent(tok: Token) -> Token | None:
    """The "by" agent of a participle describing the noun ("the crowd addressed by the mayor", "a march
    organised by nurses"; not "an order to leave by 6 p.m."), else whom it is blamed on."""
    participles = [acl for acl in _children(tok, {"acl"}) if acl.tag_ == "VBN"]
    if tok.dep_ in ("nsubj", "nsubjpass"):  # "Carried out by the Real IRA, the bombing killed 29"
        participles += [v for v in _children(tok.head, {"advcl"}) if _fronted_passive(v) is not None]
    return _first([by for acl in participles for by in _prep_objects(acl, ("by",))]) or _blamed_on(tok)


def _carrier(tok: Token) -> Token:
    """The noun whose place in the clause tells who acts: the first of coordinated nouns ("pounded
    them with artillery and airstrikes"), the series noun an act is counted in ("began a new round
    of talks")."""
    base = tok
    while base.dep_ == "conj" and base.head != base:
        base = base.head
    if base.dep_ == "pobj" and base.head.lower_ == "of" and base.head.head.lemma_.lower() in SERIES:
        base = base.head.head
    return base


def _carrier_agent(hit: Hit, base: Token) -> Token | None:
    """The agent the clause carrying the noun names: the subject of its light verb, who claims it or
    is held responsible for it, or the subject of a verb the parser coordinated the noun with."""
    found = (
        _light_verb_agent(hit, base)
        or _claimant(base)
        or _protest_setting_agent(hit, base)
        or _fight_setting_agent(hit, base)
    )
    if found is None and base.pos_ == "VERB" and _verb_forms(base) & LIGHT_VERBS:
        found = _subject(base)
    return found


def _fight_setting_agent(hit: Hit, base: Token) -> Token | None:
    """ "Two soldiers died in clashes with rebels": the side the sufferers fought is the agent."""
    if hit.trigger.plover != "ASSAULT" or lemma_of(base) not in FIGHT_NOUNS:
        return None
    verb = _set_act(base, ("in", "during"))
    if verb is None or lemma_of(verb) not in SUFFERING_VERBS:
        return None
    return _first(_prep_objects(base, ("with",)))


def _protest_setting_agent(hit: Hit, base: Token) -> Token | None:
    """Who protests when a protest noun sets another act ("marked the anniversary by a protest",
    "immolated themselves in protest", "chanted at a rally", "shut the port with a strike"): that
    act's subject, unless it suffers ("two died in the protests"), is passive, or is the police or
    troops; who shows force "in a show of force" is the subject of the act that shows it."""
    plover = hit.trigger.plover
    verb = _set_act(base, SETTING_PREPS + ("with",) if plover == "PROTEST" else ("in",))
    if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "pobj":
        verb = governor(verb)  # "pulled their vehicles off the roads in a nationwide strike"
    if plover not in ("PROTEST", "MOBILIZE") or verb is None or verb.pos_ != "VERB":
        return None
    if lemma_of(verb) in SUFFERING_VERBS or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    subj = _subject(verb)
    if subj is None or plover == "MOBILIZE":  # "China flew jets near Taiwan in a show of force"
        return subj if subj is not None and is_actor(subj) else None
    return subj if (is_human(subj) or is_actor(subj)) and not _security(subj) else None


def _set_act(noun: Token, preps: tuple[str, ...]) -> Token | None:
    """The word a noun sets through one of these prepositions ("died in clashes": "died")."""
    return noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in preps else None


def _light_verb_agent(hit: Hit, base: Token) -> Token | None:
    """The subject of the light verb whose object the noun is ("the Army launched a military
    operation": the Army, not "military"); not "hit by", nor "the inquiry he led into the riots":
    what a verb is about is no act of its subject."""
    if base.dep_ not in LIGHT_VERB_OBJECT_DEPS or base.head.dep_ == "agent":
        return None
    if base.dep_ == "pobj" and base.head.lower_ in TOPIC_PREPS | TIME_PREPS:
        return None
    gov = governor(base)
    if base.dep_ == "pobj" and base.head.lower_ in ("at", "on", "against", "into") and _forceful(gov):
        return None  # "police fired tear gas at the protest": what the force hit, not its own act
    if (
        base.dep_ == "pobj"
        and base.head.lower_ == "on"
        and hit.trigger.plover != "MOBILIZE"
        and _children(gov, {"dobj"})
    ):
        # "imposed a news blackout on the fighting": what the object is laid on ("put troops on alert" is
        # their act)
        return None
    if base.head.lower_ == "as" and gov.dep_ == "dobj":
        gov = gov.head  # "hold families as human shields"
    # a required head told in the passive names the doer by "by" ("a plea was addressed to X by Y")
    required = set(_required_heads(hit) or ()) if base.dep_ == "nsubjpass" else set()
    if not _verb_forms(gov) & (LIGHT_VERBS | required):
        return None  # "the killing is being investigated by prosecutors": they do not kill
    by = _first([g for c in _children(gov, {"agent"}) for g in c.children if g.dep_ == "pobj"])
    if base.dep_ == "nsubjpass":  # "a curfew was slapped on the city by the governor"
        return by or _first(_prep_objects(gov, ("by",))) or _first(stranded_agents(gov))
    if by is not None:
        return by  # "two of those hit in the firing by the SRP": a "by" agent makes it a passive
    if base.dep_ == "pobj" and base.head.lower_ == "in" and _struck_in(gov):
        # "two of the protesters hit in the firing died": the struck, misparsed as hitters; the doer
        # is a "by" of the verb parsed as a prep, or the act's own ("hit in the attack by the
        # militants"), if any
        by = _first(_prep_objects(gov, ("by",)))
        return by if by is not None else _first(_prep_objects(base, ("by",)))
    agent = _subject(gov)
    if agent is None and hit.trigger.plover == "MOBILIZE":
        agent = _first(_children(gov, {"nsubjpass"}))  # "troops were put on alert": they mobilise
    return agent


CLAIM_NOUNS = words("claim_nouns", "events_actor_words.json")


def _struck_in(verb: Token) -> bool:
    """A harm verb with nothing struck but the act it is "in" ("protesters hit in the firing"): a
    reduced relative of those struck, which the parser took for the main verb."""
    return lemma_of(verb) in HARM_VERBS and verb.tag_ in ("VBD", "VBN") and not _children(verb, {"dobj"})


def _claimant(base: Token) -> Token | None:
    """Who claims the act ("X claimed responsibility for (on) the attack") or is held responsible
    for it ("X is responsible for the killings"): X did it."""
    if base.dep_ != "pobj":
        return None
    prep, claim = base.head, base.head.head
    if prep.lower_ in ("for", "on") and claim.lemma_.lower() in CLAIM_NOUNS and claim.dep_ == "dobj":
        found = _subject(claim.head)
        if found is not None:
            return found
    return _subject(claim.head) if prep.lower_ == "for" and claim.lower_ == "responsible" else None


def _refined_patient(hit: Hit, tok: Token, base: Token, patient: Token | None) -> Token | None:
    """An unnamed patient yields to the actor inside it ("an attack on the convoy of X", "a
    suspension of aid to X"; the town of "attacks against targets in X" is only where they hit); a
    missing one is found in a direction, the governing verb's recipient or whom the act holds "as"."""
    if patient is None:
        found = _actor_in(_prep_objects(tok, DIRECTION_PREPS))
        return found or _governor_recipient(base, hit.trigger.targets) or _held_as(base)
    if _named_actor(patient):
        return patient
    inner = [t for t in _inside(patient) if not _locative_place(t)]
    return _actor_in(inner) or _actor_in(_prep_objects(tok, DIRECTION_PREPS), strict=True) or patient


def _reciprocal_partner(hit: Hit, tok: Token, agent: Token | None) -> Token | None:
    """The counterpart of a mutual act whose agent is a subject or object ("talks with X")."""
    plover = hit.trigger.plover
    if agent is None or agent.dep_ not in ("nsubj", "pobj") or plover not in RECIPROCAL:
        return None
    return _partner(agent) if _mutual(tok, plover) else None


def _noun_scene(tok: Token, base: Token, plover: str) -> Token | None:
    """Where the act happens, for acts that take one as recipient (not protests or arrests)."""
    if plover in NO_SCENE or _arrest(tok):
        return None
    return _scene(tok, plover) or _scene(governor(base), plover)


def _unstated_patient(hit: Hit, tok: Token, base: Token) -> Token | None:
    """A recipient named outside the noun's phrase: the target of an attack's clause or whom it
    harmed, what a clause aims it at ("carried out a raid, targeting X"), who is asked, who is drawn
    in, or the parties a mediation is between."""
    plover = hit.trigger.plover
    if plover == "ASSAULT" and (
        target := _clause_target(tok, hit.trigger.targets + ("against",)) or _harmed(base)
    ):
        return target
    return (
        _first(_aimed_at(tok) or _aimed_at(governor(base)))
        or (_asked(tok) if plover == "REQUEST" else None)
        or _drawn_in(base)
        or (_mediated(tok) if plover == "CONSULT" else None)
    )


def _kept_patient(
    hit: Hit, tok: Token, base: Token, patient: Token | None, scene: Token | None
) -> Token | None:
    """The patient as coded: whom aid or a request serves rather than its sum ("launched an appeal for
    $12 million to aid families hit by the drought"); no unnamed one beside the area of an area
    act ("on alert in the capital for unrest"); the place a place noun names for non-physical acts."""
    plover = hit.trigger.plover
    if plover in SERVING and (patient is None or patient.ent_type_ == "MONEY" or not is_actor(patient)):
        patient = _served(tok) or _served(governor(base)) or patient
    if scene is not None and plover in AREA_ACTS and patient is not None and not _named_actor(patient):
        patient = None
    return patient if plover in PHYSICAL else _named_place(patient)


def _mediated(act: Token) -> Token | None:
    """ "began a peace bid to settle the quarrel between A and B": the parties its purpose
    clause puts the act between (not a topic: "a meeting to discuss repairs to the bridge")."""
    clauses = [c for c in _children(act, {"advcl", "xcomp", "acl"}) if _children(c, {"aux"})]
    objects = [o for c in clauses for o in _children(c, {"dobj"})]
    return _first([p for o in objects for p in _between(o)])


def _asked(tok: Token) -> Token | None:
    """ "its demand that Israel withdraw": the subject of the clause a request noun states is asked."""
    clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")]
    return _actor_in([s for c in clauses for s in _children(c, {"nsubj"})])


def _drawn_in(base: Token) -> Token | None:
    """ "engaged Turkish troops in a firefight", "arrested five men in a raid": the object of the verb
    that draws someone into the act is its recipient."""
    if base.dep_ != "pobj" or base.head.lower_ not in ("in", "into"):
        return None
    gov = governor(base)
    return _actor_in(_children(gov, {"dobj"})) if gov.pos_ == "VERB" else None


def _harmed(act: Token) -> Token | None:
    """ "Saudi-led coalition air strikes killed 12 civilians": what the act as subject hit."""
    if act.dep_ != "nsubj" or act.head.lemma_.lower() not in HARM_VERBS:
        return None
    return _first(_children(act.head, {"dobj"}))


def _blamed_on(act: Token) -> Token | None:
    """ "an attack blamed on Boko Haram militants", "the bombing was blamed on the rebels": whom an act
    is laid on did it."""
    clauses = [c for c in _children(act, {"acl"}) if c.lemma_.lower() in BLAME_VERBS]
    if act.dep_ == "nsubjpass" and act.head.lemma_.lower() in BLAME_VERBS:
        clauses.append(act.head)
    return _actor_in([t for c in clauses for t in _prep_objects(c, ("on", "to"))])


def _each_other(obj: Token | None) -> bool:
    """ "accused each other", "attacked one another": the reciprocal pronoun."""
    return (
        obj is not None
        and obj.lower_ in ("other", "another")
        and any(c.lower_ in ("each", "one") for c in obj.children)
    )


def _between_roles(tok: Token, agent: Token | None) -> tuple[Token | None, Token | None]:
    """ "talks between Israel and Hamas", "clashes between A and B": the first party acts on the
    second; "Egypt's mediation between A and B": the parties are the recipients."""
    parties = _between(tok)
    if agent is None and len(parties) > 1:
        return parties[0], parties[1]
    if agent is None and parties:  # "between Armenian and Azerbaijani troops"
        return parties[0], _partner(parties[0])
    return agent, _first(parties)


def _addressee(tok: Token) -> Token | None:
    """ "sent a note to the chair of the league threatening to cut grants": a statement made in a
    message is addressed to whom the message goes."""
    gov = (
        tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "dobj" else tok.head
    )  # "a letter ... threatening"
    if tok.dep_ not in ("advcl", "acl") or tok.tag_ != "VBG" or gov.lemma_.lower() not in MESSAGE_VERBS:
        return None
    return _actor_in(_datives(gov) + _prep_objects(gov, ("to",)))


def _held_as(base: Token) -> Token | None:
    """ "held 20,000 civilians as human shields": whom an act names "as" is the object it is said of
    (the parser hangs "as" on the verb or on its object)."""
    if base.dep_ != "pobj" or base.head.lower_ != "as":
        return None
    holder = base.head.head
    if holder.dep_ == "dobj" and holder.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return holder
    return _first(_children(holder, {"dobj"})) if holder.pos_ == "VERB" else None


def _named_place(tok: Token | None) -> Token | None:
    """ "ties with the island nation of Nauru", "visited the state of Kerala": the place a place noun
    names (a physical act hits the area itself: "their assault on the old-city area of Mosul")."""
    if tok is None or tok.lemma_.lower() not in OWN_PLACES or tok.ent_type_:
        return tok
    return _place_of(tok) or tok


def _locative_place(tok: Token) -> bool:
    """A town or region named as where something is ("targets in Kirkuk"); a state stands for its
    government or people ("a suspension of aid in Yemen"), as in `_scene`."""
    in_place = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and _is_place(tok)
    return in_place and not country_of(_compound_name(tok), names_only=True)


def _required_heads(hit: Hit) -> list[str] | None:
    """The verbs a noun trigger's `head=` requirement lists, or None."""
    return next((r[5:].split("|") for r in hit.trigger.require.split("&") if r.startswith("head=")), None)


def _light_verb_subject(hit: Hit, tok: Token) -> Token | None:
    """The subject of the verb a noun trigger requires ("declared a state of siege", "opened fraud
    investigations of four firms", "arrived to join the UN peacekeeping mission"): the doer, before
    an "of" object or an owner named as a modifier ("the UN mission")."""
    heads = _required_heads(hit)
    if tok.dep_ == "pobj" and required_head(tok) != governor(tok):
        tok = governor(tok)  # "staged acts of civil disobedience", "announced $5m in aid": the object
    # "will gather for a meeting", "went on hunger strike"; not "died in custody": who dies suffers it
    on_head = (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("for", "on")
        and tok.head.head.lemma_.lower() in (heads or ())
    )
    if heads is None or (tok.dep_ not in ("dobj", "nsubj") and not on_head):
        return None  # not "fell to police bullets": who falls suffers it
    gov = tok.head.head if on_head else tok.head  # "will gather for a meeting"
    if tok.dep_ == "nsubj":
        if gov.dep_ not in ("ccomp", "xcomp"):
            return None
        gov = gov.head  # "declared a night curfew to take effect at dusk"
    subj = _subject(gov) if lemma_of(gov) in heads and lemma_of(gov) not in RECEIVING else None
    return subj if subj is not None and is_actor(subj) else None


RECEIVING = words("receiving")


def _receiving_verb(tok: Token) -> Token | None:
    """The verb of receiving whose object is the noun, or the amount the noun measures ("received $50
    million in aid", "20 tons of supplies")."""
    obj = tok
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and tok.head.head.dep_ == "dobj":
        obj = tok.head.head
    return obj.head if obj.dep_ == "dobj" and obj.head.lemma_.lower() in RECEIVING else None


def _giver(tok: Token, verb: Token) -> Token | None:
    """The "from" actor of a thing received ("received aid from the US", "assurances from Peru"): who
    gives it."""
    froms = _prep_objects(verb, ("from",)) + _prep_objects(tok, ("from",))
    return next((g for g in froms if is_actor(g)), None)


def _stated_by(hit: Hit, verb: Token, agent: Token | None) -> Token | None:
    """ "PM X announced that the government will prolong the lockdown", "Y said his nation will not
    ease the sanctions": an intention or refusal a speaker states for their own side (a pronoun or an
    unnamed "the government", "the fighters") is the speaker's statement, with the speaker as source.
    A named other party keeps its act ("officials said Ardania would admit monitors")."""
    if agent is not None and (owner := _possessive_pronoun(agent)) is not None:
        return _side_speaker(verb, owner) or agent  # "X said his government would alter the constitution"
    if not (hit.intended or hit.refused) or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in STATING:
        return agent
    speaker = _named_party(_first(_children(verb.head, {"nsubj"})))
    if speaker is None:
        return agent
    if agent is not None and agent_sector(speaker) == "MED":
        return agent  # "the official news agency said the North would ...": the channel, not the party
    return speaker if agent is None or _own_side(agent) else agent


def _named_party(tok: Token | None) -> Token | None:
    """The token when it names an actor, not a pronoun: a speaker or doer a rule can hand the act to."""
    return tok if tok is not None and tok.pos_ != "PRON" and is_actor(tok) else None


def _possessive_pronoun(tok: Token) -> Token | None:
    """The pronoun of a side named through it: "his government", "its leadership", "their country"."""
    return next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)


def _side_speaker(verb: Token, owner: Token) -> Token | None:
    """The named speaker of the reported clause the act is told in, through the verbs it depends on
    ("said his country would not hesitate to strike", "said his government wanted ties and would
    welcome investment"), when the possessive can stand for them (not "Critics say ... its members")."""
    cur = verb
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in STATING:
            speaker = _named_party(_first(_children(cur.head, {"nsubj"})))
            return speaker if speaker is not None and _owner_speaker(owner, speaker) else None
        if cur.dep_ not in ("xcomp", "conj", "advcl", "aux") or cur.head == cur:
            return None
        cur = cur.head
    return None


def _own_side(tok: Token) -> bool:
    """A pronoun, or a definite description with no name in it ("the government", "his country",
    "its troops"), not "South Sudanese rebels" or "Iraq"."""
    if tok.pos_ == "PRON":
        return True
    if tok.tag_ == "NN" and tok.lemma_.lower() in LEADER_TITLES:
        return False  # "the president will be donating", his spokeswoman said: the president acts
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in OWN_DETERMINERS for c in tok.children)
    named = any(t.ent_type_ in NAMED_ACTORS or t.pos_ == "PROPN" for t in tok.subtree if t.i <= tok.i)
    return definite and not named


OWN_DETERMINERS = {"the", "his", "her", "its", "their", "our"}


STATING = SPEECH | {"announce", "declare"}


def _security(tok: Token) -> bool:
    return actor_sectors().get((tok.lemma_.lower(),)) in ("COP", "MIL")


def _force_name(tok: Token) -> bool:
    """Police or troops by the word or by its name with its modifiers ("the India Reserve Battalion",
    "the state armed police"); not a building of theirs ("the police station")."""
    if tok.lemma_.lower() in BUILDING_NOUNS:
        return False
    named = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    key = tuple(t.lemma_.lower() for t in sorted([*named, tok], key=lambda t: t.i))
    return _security(tok) or any(actor_sectors().get(key[i:]) in ("COP", "MIL") for i in range(len(key)))


def _security_of(tok: Token) -> Token | None:
    """The police or troops a group word is made of: "men of the reserve battalion", "a contingent of
    the armed police"."""
    return next((g for g in _prep_objects(tok, ("of",)) if _force_name(g)), None)


FORCE_GROUPS = words("force_groups")


def _force_group(tok: Token) -> bool:
    """Police or troops as a group: "the policemen", "a large police contingent", "a team of the STF"."""
    if _force_name(tok):
        return True
    return tok.lemma_.lower() in FORCE_GROUPS and (
        any(_security(c) for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))
        or _security_of(tok) is not None
    )


# Acts whose scene is never their recipient: "protested in Cardiff", "his arrest in Zambia" happened
# there. A state stands for its government or people in political acts ("agreed to a ceasefire in
# Afghanistan", "declared a state of emergency in Colombia") and, as CAMEO coders take it, in fighting.
NO_SCENE = {"PROTEST"}
ARRESTS = {"arrest", "detain"}
VISITS = {"042", "043"}
PLACE_NOUNS = words("place_nouns", "events_precision.json") - {"country", "nation"}
OWN_PLACES = PLACE_NOUNS | {"country", "nation", "territory"}


def visited_place(hit: Hit, tok: Token | None) -> bool:
    """ "will visit California", "his visit to Kerala": a named place visited hosts the visit, so
    it is the target even when it is a region rather than a state."""
    if tok is None or hit.trigger.code.code not in VISITS or not _is_place(tok):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in OWN_PLACES:
        tok = tok.head.head  # "visited the state of Kerala"
    head = _phrase_head(hit) if hit.trigger.pos == "N" else hit.head
    return (tok.dep_ == "dobj" and tok.head.i == head.i) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.i == head.i
    )


def _arrest(tok: Token) -> bool:
    """ "his arrest in Zambia": people are arrested, not the state they were in."""
    return tok.lemma_.lower() in ARRESTS


def _place_noun(tok: Token) -> bool:
    """ "the strife-torn state", "the village": a place named by a common noun."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lemma_.lower() in PLACE_NOUNS


def _scene(tok: Token, plover: str) -> Token | None:
    """The state an act with no other recipient happens in, as CAMEO coders take it: "agreed to a
    ceasefire in Afghanistan"; for an act on an area (AREA_ACTS) also a named town or region ("a
    curfew in parts of Ahmedabad"). A town or building is no other act's recipient ("protested at
    Cardiff Bay")."""
    owners = [tok, *_children(tok, {"dobj", "xcomp"}), *_prep_objects(tok, ("to", "for"))]
    # "ready to contribute to calming the unrest in Dorvia"
    goals = [g for o in owners[1:] for g in _prep_objects(o, ("to", "for"))]
    owners += goals + [s for g in goals for s in _prep_objects(g, ("of",))]
    for found in (p for o in owners for p in _prep_objects(o, ("in", "at", "into"))):
        for place in (found, *_prep_objects(found, ("of",))):  # "in parts of the city of X"
            # "in the Thailand border area": the state a place noun is of by a compound name
            named = [c for c in place.children if c.dep_ == "compound" and c.ent_type_ == "GPE"]
            for cand in (place, *_prep_objects(place, ("of",)), *named):
                if not _is_place(cand):
                    continue
                if country_of(_compound_name(cand), names_only=True) or (
                    plover in AREA_ACTS and cand.ent_type_ in ("GPE", "LOC")
                ):
                    return cand
    return None


def _governor_recipient(base: Token, preps: tuple[str, ...]) -> Token | None:
    """Recipient of a nominal trigger named on the verb that governs it: "imposed sanctions on X",
    "held talks with X", "pounded X with airstrikes"."""
    if base.dep_ not in ("dobj", "pobj", "nsubjpass", "attr"):
        return None
    gov = governor(base)
    if gov.pos_ not in ("VERB", "AUX"):
        return None
    if base.dep_ == "pobj" and base.head.lower_ == "under" and _children(gov, {"nsubjpass"}):
        return _first(_children(gov, {"nsubjpass"}))  # "X was placed under house arrest by police"
    found = _actor_in(_prep_objects(gov, preps + NESTED_PREPS))
    if found is None and base.dep_ == "pobj":
        found = _first([t for t in _children(gov, {"dobj"}) if t.i != base.i])
    return found or _actor_in(_datives(gov))


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
    return (
        tok.ent_type_ in ("ORG", "NORP", "GPE", "PERSON")
        or (tok.lemma_.lower(),) in actor_sectors()
        or listed_name(tok)
    )


def listed_name(tok: Token) -> bool:
    """A listed actor name of several words, whatever the tagger typed it ("the Shiv Sena" as a
    facility)."""
    names = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return len(names) > 0 and (*names, tok.lower_) in actor_sectors()


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
    if named is not None and not tok.ent_type_ and (not _actor_like(tok) or _member_word(tok)):
        return named  # "his counterpart, X" -> X; "the group al-Nusra Front" -> the Front
    if _member_word(tok):  # "the leader of Hamas", "members of the ruling party": the group acts
        inner = _first(_prep_objects(tok, ("of",)))
        if inner is not None and inner.lemma_.lower() in ("state", "government") and not inner.ent_type_:
            return tok  # "an Iranian head of state": the title
        if inner is not None and (inner.ent_type_ in NAMED_ACTORS or _actor_like(inner)):
            return inner
    if tok.lemma_.lower() == "man" and (force := _security_of(tok)) is not None:
        return force  # "men of the reserve battalion fired": the force did
    if (named := _self_named(tok)) is not None:
        return named  # "a group calling itself the Red Dawn Brigade": the Brigade
    if _owner(tok):
        return tok  # "the majority owner of Yukos sued": the owner, whoever it is, not Yukos
    if tok.pos_ == "NOUN" and not _actor_like(tok) and not is_human(tok):
        inner = _first(_prep_objects(tok, ("of",)))
        if inner is not None and (_actor_like(inner) or is_human(inner)):
            return inner
    if (
        tok.pos_ == "NUM"
        or tok.lemma_.lower() in QUANTITY_WORDS
        or tok.lower_.removesuffix("s") in QUANTITY_WORDS  # "Thousands" read as a date keeps its -s
        or tok.lower_ in ("one", "some", "many", "most")
    ):
        inner = _first(_prep_objects(tok, ("of",)))
        if inner is not None:
            return inner
    return tok


def _self_named(tok: Token) -> Token | None:
    """The name a group gives itself: "a group calling itself X", "militants styling themselves X"."""
    for acl in _children(tok, {"acl"}):
        reflexive = [c for c in acl.children if c.dep_ == "dobj" and c.lower_ in ("itself", "themselves")]
        if lemma_of(acl) in ("call", "style", "name") and reflexive:
            named = ("oprd", "attr", "xcomp", "dobj")
            return _first([c for c in acl.children if c.dep_ in named and c not in reflexive])
    return None


MEMBER_WORDS = words("member_words")
BUILDING_NOUNS = words("building_nouns", "events_actor_words.json")
OWNER_NOUNS = words("owner_nouns", "events_actor_words.json")
AMBIGUOUS_ACRONYMS = words("ambiguous_acronyms", "events_actor_words.json")


def _owner(tok: Token) -> bool:
    """ "the majority owner of X", "X's parent company": a body that owns the one it is named by."""
    return any(
        t.lemma_.lower() in OWNER_NOUNS for t in [tok, *(c for c in tok.children if c.dep_ == "compound")]
    )


def _member_word(tok: Token) -> bool:
    """A word for part of a group with no sector of its own ("leader", "members", "the group")."""
    lemma = tok.lemma_.lower()
    return not tok.ent_type_ and lemma in MEMBER_WORDS and actor_sectors().get((lemma,)) in (None, "-")


LOCAL_OFFICES = {"GOV", "COP", "JUD", "LEG"}


def _state_modifier(tok: Token) -> bool:
    """ "US officials", "Iraq's police": the phrase already names its state."""
    return any(c.ent_type_ in ("GPE", "NORP") for c in tok.children if c.i < tok.i)


def _span(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by tok: its left modifiers up to the head, and the
    state an office or force belongs to ("the government of Nigeria", "the president of Kenya",
    "officials in Tehran")."""
    doc = tok.doc
    left = tok.left_edge
    # a dateline or credit the parser hung on the name ("Jul 27 (PTI) President Donald Trump")
    cuts = [t for t in doc[left.i : tok.i] if _credit_end(t)]
    if cuts:
        left = doc[cuts[-1].i + 1]
    while left.i < tok.i and (
        left.dep_ in ("det", "punct", "cc", "case", "predet", "preconj") or left.is_space or _lead_in(left)
    ):
        left = doc[left.i + 1]
    left = _split_bracket_name(left) or left
    end = tok.idx + len(tok)
    sector = actor_sectors().get((tok.lemma_.lower(),), "-")
    if sector != "-":
        # "officials in Tehran said": a state office placed in a state or city named by no other word
        preps = (
            ("of", "from", "in") if sector in LOCAL_OFFICES and not _state_modifier(tok) else ("of", "from")
        )
        state = next((t for t in _prep_objects(tok, preps) if _names_state(t)), None)
        if state is not None:
            end = state.right_edge.idx + len(state.right_edge)
        # "the then president, Goodluck Jonathan": the office with the name in apposition
        name = next(
            (
                c
                for c in _children(tok, {"appos"})
                if c.ent_type_ in ("PERSON", "ORG")
                and c.left_edge.i > 0
                and doc[c.left_edge.i - 1].text == ","
            ),
            None,
        )
        if name is not None:
            end = max(end, name.idx + len(name))
    return left.idx, end


def _split_bracket_name(left: Token) -> Token | None:
    """ "CPI(M) workers", "JD(U) leaders": a name with a bracketed letter that the tokenizer split
    ("CPI(M", ")") and the parser left out of the phrase; its first part, to widen the phrase to."""
    doc, i = left.doc, left.i
    if i < 2 or doc[i - 1].text != ")" or doc[i - 2].whitespace_ or not doc[i - 1].whitespace_:
        return None
    first = doc[i - 2]
    return first if "(" in first.text and first.text[:1].isupper() else None


def _lead_in(tok: Token) -> bool:
    """A sentence adverb the parser hung on the phrase ("Reportedly, the police ..."), not "about 40"."""
    return tok.pos_ == "ADV" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","


def _names_state(tok: Token) -> bool:
    """ "Kenya", "the city of Nablus", "the Georgian government": a state or place named, so that
    "the mayor of the city of Nablus" and "ministers from the Georgian government" keep it."""
    if tok.ent_type_ == "GPE":
        return True
    lemma = tok.lemma_.lower()
    if lemma not in PLACE_NOUNS and actor_sectors().get((lemma,)) not in LOCAL_OFFICES:
        return False
    named = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP")]
    return bool(named) or any(o.ent_type_ == "GPE" for o in _prep_objects(tok, ("of",)))


def _credit_end(tok: Token) -> bool:
    """The ")" of a wire credit after a dateline: "Jul 27 (PTI)", "Washington (AP)"; not "CPI(M)", nor
    an acronym after its name ("Tehreek-e-Insaf (PTI) government")."""
    i, doc = tok.i, tok.doc
    if tok.text != ")" or i < 3 or doc[i - 2].text != "(" or not doc[i - 1].text[:1].isupper():
        return False
    before = doc[i - 3]
    return before.like_num or before.ent_type_ in ("DATE", "TIME", "GPE")


AFFILIATE_NOUNS = words("affiliate_nouns", "events_actor_words.json")
BODY_TITLES = {"officer", "official", "commander", "spokesman", "spokesperson", "spokeswoman", "chief"}


@lru_cache(maxsize=4096)
def _sector_of_words(words: tuple[str, ...]) -> str | None:
    """Sector from the lemmas of a noun phrase (head last): status modifiers ("opposition",
    "ruling") first, then multiword phrases, then the head word, then other modifiers."""
    table = actor_sectors()
    words = _unhyphenated_office(words, table)
    if "opposition" in words or "shadow" in words:
        return "OPP"  # "the shadow chancellor" holds an opposition office
    if any(table.get((word,)) == "IGO" for word in words) or _names_igo(words):
        return "IGO"  # "UN troops", "EU foreign ministers", "IAEA inspectors": coded as the organisation
    if "ruling" in words:
        return "GOV"
    phrases = [(i, n) for n in (3, 2) for i in range(len(words) - n + 1) if tuple(words[i : i + n]) in table]
    found = [table[tuple(words[i : i + n])] for i, n in phrases]
    # a word inside a matched phrase counts only with it ("general secretary" is not "secretary"); a
    # title that names no body of its own yields to a word that does ("army officer", "militant commander")
    covered = {j for i, n in phrases for j in range(i, i + n)}
    single = [w for j, w in reversed(list(enumerate(words))) if j not in covered]
    single = [w for w in single if w not in BODY_TITLES] + [w for w in single if w in BODY_TITLES]
    found += [table[(form,)] for word in single for form in (word, word.rstrip("s")) if (form,) in table]
    # "-" (an actor word without a sector: "leader", "group") only when no word has one
    sector = next((sector for sector in found if sector != "-"), found[0] if found else None)
    party = any(table.get((word,)) == "PTY" for word in words)
    return office_of_body(words, party_members(words, sector, party))


def _names_igo(words: tuple[str, ...]) -> bool:
    """The phrase holds the full name of a listed intergovernmental body ("International Atomic Energy
    Agency inspectors")."""
    groups = _groups()
    return any(
        groups.get(" ".join(words[i : i + n]), (None, None))[1] == "IGO"
        for n in range(2, min(len(words), 7) + 1)
        for i in range(len(words) - n + 1)
    )


def _unhyphenated_office(words: tuple[str, ...], table: dict[tuple[str, ...], str]) -> tuple[str, ...]:
    """ "attorney - general" is the listed "attorney general", not a "general" (an army officer)."""
    hyphens = [i for i, w in enumerate(words) if w == "-" and 0 < i < len(words) - 1]
    joined = [i for i in hyphens if (words[i - 1], words[i + 1]) in table]
    return tuple(w for i, w in enumerate(words) if i not in joined)


def _country_of_text(text: str) -> str | None:
    words = _unhyphenated(text)
    region = _region(words)
    if region:
        return region[1]  # "New South Wales state inquiry": Australian, though "Wales" alone is British
    for word in words:
        code = country_of(word) or (country_of(word.title()) if word.islower() else None)
        if code:
            return code
    return None


def _prefix_place(ctx: Context, place: Place) -> bool:
    """A place that is only a prefix joined by a hyphen ("para" of "para-military") or the end of a
    group's linked name ("Pakistan" of "Ittehad-e-Pakistan")."""
    return _hyphen_prefix(ctx.text[place.start : place.end + 1]) or bool(
        _linked_name(ctx.text, place.start, place.end)
    )


def _hyphen_prefix(text: str) -> bool:
    head, hyphen, _ = text.partition("-")
    return bool(hyphen) and head.lower() in HYPHEN_PREFIXES


def _unhyphenated(text: str) -> tuple[str, ...]:
    """The words of a text with hyphenated ones split ("Indo-Pak"), without a prefix the hyphen joins
    ("para-military" names no Para in Brazil)."""
    parts = (part for word in text.split() for part in _prefixless(word.split("-")))
    return tuple(part for part in parts if part)


def _linked_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the hyphenated name with a linker the head word lies in ("Pakistan" of
    "Difa-e-Pakistan"): a group's own name, not the country it ends in."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1  # "Difa-e-Pakistan," ends before its comma
    while start < end and not text[start].isalnum():
        start += 1
    parts = text[start:end].split("-")
    return (start, end) if any(part.lower() in NAME_LINKERS for part in parts[1:-1]) else None


def _name_country(
    country: str | None, text: str, listed: tuple[str | None, str] | None, home: str | None
) -> str | None:
    """The country, unless only a linked group name in the actor's text gave it ("Tehreek-e-Pakistan"
    is no Pakistan); a listed group's own or the home country stays."""
    names = [word for word in text.split() if _linked_name(word, 0, len(word))]
    named = {
        code for name in names for part in name.split("-")[1:] if (code := _country_word(part.strip(",.;:")))
    }
    kept = (listed[0] if listed else None, home)
    return None if country in named and country not in kept else country


def _prefixless(parts: list[str]) -> list[str]:
    if any(part.lower() in NAME_LINKERS for part in parts[1:-1]):
        return ["-".join(parts)]  # "Difa-e-Pakistan" is a group's name, no Pakistan
    return parts[1:] if len(parts) > 1 and parts[0].lower() in HYPHEN_PREFIXES else parts


@lru_cache(maxsize=4096)
def _region(words: tuple[str, ...]) -> tuple[str, str | None] | None:
    """Name and ISO3 of a country or first-level region named by two or three capitalised words; a
    region of several countries has none ("Latin America" is no America)."""
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            name = words[i : i + n]
            if not all(w[:1].isupper() for w in name):
                continue
            top = next(iter(place_lookup(" ".join(name))), None)
            if top is None or top.match not in ("name", "alias"):
                continue
            if top.feature in ("country", "admin1") or (top.feature == "region" and top.country is None):
                return " ".join(name), country_iso3(top.country) if top.country else None
    return None


def article_country(ctx: Context) -> str | None:
    """ISO3 of the article's home country: the dateline place's, else the one that clearly dominates
    its places (at least HOME_SHARE of them, and no second country in play named half as often): in an
    article spread over several countries an actor's country is left unstated rather than guessed."""
    places = [
        p
        for p in ctx.analysis.places
        if p.country and not ctx.is_excluded(p.start, p.end) and not _prefix_place(ctx, p)
    ]
    for line in ctx.analysis.anatomy.datelines:
        for p in places:
            if line.start <= p.start < line.end:
                return country_iso3(p.country)
    counts = Counter(p.country for p in places)
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    # a country named only as a whole ("the war in Iraq") is a topic: the home has towns or regions
    local = any(p.country == top and p.feature in LOCAL_FEATURES for p in places)
    # a second country named half as often, as a country and by more than one name, makes a report on
    # two countries ("the Chinese firm" buying a plant in Birmingham, UK): its unions or ministers may
    # be either's (towns alone, or one name said twice, are more often misread: "Michael" as the Isle
    # of Man)
    rival = max((m for c, m in counts.items() if c != top and _in_play(places, c)), default=0)
    return country_iso3(top) if local and n >= HOME_SHARE * len(places) and rival < RIVAL_SHARE * n else None


def _in_play(places: list[Place], country: str) -> bool:
    """The article names the country itself (or its people) and names it or its places in more than
    one way."""
    own = [p for p in places if p.country == country]
    return any(p.feature == "country" for p in own) and len({p.name for p in own}) > 1


HOME_SHARE = 0.6
RIVAL_SHARE = 0.5
LOCAL_FEATURES = {"city", "admin1", "admin2"}


CLIMB_DEPS = {"ccomp", "xcomp", "advcl", "conj", "dobj", "pobj", "prep", "relcl"}


def _antecedent(pron: Token) -> Token | None:
    """A pronoun the entity stage left unresolved, taken as the subject of the clause that reports
    or governs it: "the army says it has killed" -> the army; "X began its assault" -> X. Not the
    one who suffers an act ("he was apprehended, an official said"), unless a state or group reports
    what was done to itself ("Ukraine said it had been attacked")."""
    suffers = pron.dep_ == "nsubjpass"
    if suffers and pron.lower_ != "it":  # "the Pentagon says they were freed": others
        return None
    if pron.tag_ in ("WDT", "WP") and pron.head.dep_ != "relcl":
        return _relative_head(pron)
    cur = pron.head
    for _ in range(4):
        if cur.dep_ in CLIMB_DEPS and cur.head.i != cur.i:
            cur = cur.head
            subj = _first(_children(cur, {"nsubj"}))
            if subj is not None and subj.pos_ != "PRON":
                if suffers and subj.i > pron.i:
                    return None
                return subj if _agrees(pron, subj) else _agreeing_owner(pron, subj)
        else:
            return None
    return None


def _relative_head(pron: Token) -> Token | None:
    """A relative pronoun inside a clause of its relative clause ("the rebels, who officials said
    attacked ...") stands for the noun that clause hangs on, never for a reporter within it; with no
    relative clause above it, it was misattached ("..., the firm said, amid a strike that hurts")."""
    clause = next((a for a in pron.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") else None


def _object_antecedent(pron: Token) -> Token | None:
    """ "called Erdogan on Wednesday and urged him to ...": an object pronoun is not its clause's
    subject but the nearest person ("him", "her") or group of people ("them") named before it."""
    if pron.lower_ not in ("him", "her", "them") or pron.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verbs = [pron.head, pron.head.head] if pron.head.dep_ == "conj" else [pron.head]
    heads = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = {t.i for c in heads for t in (c, *_children(c, {"conj"}))}
    earlier = reversed(pron.doc[pron.sent.start : pron.i])
    before = [t for t in earlier if t.i not in subjects and t.dep_ != "compound"]
    if pron.lower_ == "them":  # the nearest plural noun, when it names people ("positions" are no one)
        plural = next((t for t in before if t.tag_ in ("NNS", "NNPS")), None)
        return plural if plural is not None and is_human(plural) else None
    return next((t for t in before if t.ent_type_ == "PERSON"), None)


def _rebound(ctx: Context, pron: Token) -> Token | None:
    """An object pronoun resolved to its own clause's subject ("Trump ... urged him") names someone
    else: the person named before it."""
    subj = _subject(pron.head)
    if subj is None or pron.dep_ not in ("dobj", "dative", "pobj"):
        return None
    own = ctx.entity_at(pron.idx, pron.idx + len(pron))
    return _object_antecedent(pron) if own and own == ctx.entity_at(subj.idx, subj.idx + len(subj)) else None


def _previous_force(pron: Token) -> Token | None:
    """ "The police reached the spot. They opened fire.": a "they" with no antecedent in its own
    sentence is the police or troops that were the previous sentence's subject (not when that sentence
    names people they acted on, "arrested three men. They had shot a jeweller": those may be "they")."""
    if pron.lower_ not in ("they", "them"):
        return None
    leading = _leading_force(pron)
    if leading is not None or pron.sent.start == 0:
        return leading
    root = pron.doc[pron.sent.start - 1].sent.root
    subj = _first(_children(root, {"nsubj", "nsubjpass"}))
    if subj is None or not _force_group(subj) or _own_past(pron):
        return None
    return None if _people_acted_on(root) else subj


def _people_acted_on(root: Token) -> bool:
    """A plural of people or a gang an act names ("arrested three men", "raided the hideout of the
    gang"): a later "they" may be them."""
    objs = [*_children(root, {"dobj"}), *_prep_objects(root, ("at", "on", "against"))]
    objs += [g for o in objs for g in _prep_objects(o, ("of",))]
    return any((o.tag_ in ("NNS", "NNPS") and is_human(o)) or o.lemma_.lower() in TROUPES for o in objs)


def _own_past(pron: Token) -> bool:
    """ "They had killed two traders", "they confessed to killing": a past or a telling of the
    pronoun's own, not the police act of the moment."""
    verb = pron.head
    return verb.lemma_.lower() in CONFESSIONS or any(
        c.lower_ == "had" and c.dep_ == "aux" for c in verb.children
    )


def _leading_force(pron: Token) -> Token | None:
    """ "When the policemen were stoned, they fired": the police or troops a leading clause tells as
    acted on, or as any subject when the pronoun fires (not "after the police left, they torched")."""
    if pron.dep_ != "nsubj":
        return None
    fires = _fires(pron.head)
    clauses = [c for c in pron.head.children if c.dep_ == "advcl" and c.i < pron.i]
    subjects = [
        s for c in clauses for s in _children(c, {"nsubj", "nsubjpass"}) if fires or s.dep_ == "nsubjpass"
    ]
    return next((s for s in subjects if _force_group(s)), None)


FIRE_VERBS = words("force_fire_verbs")
CONFESSIONS = words("confession_verbs")
TROUPES = words("gang_nouns")


def _fires(verb: Token) -> bool:
    """ "they fired", "they shot", "they opened fire"."""
    lemma = verb.lemma_.lower()
    return lemma in FIRE_VERBS or (lemma == "open" and any(c.lemma_.lower() == "fire" for c in verb.children))


def _agreeing_owner(pron: Token, subj: Token) -> Token | None:
    """ "The prime minister's office said he had spoken with X": the office's owner is "he"."""
    return _first([c for c in _children(subj, {"poss"}) if c.pos_ != "PRON" and _agrees(pron, c)])


def _owner_speaker(owner: Token, speaker: Token) -> bool:
    """A possessive that can stand for one speaker: "his" a person, "its" one body or state, "their"
    a plural; never for speakers in coordination ("X and Y said its policies ...")."""
    if any(c.dep_ == "conj" for c in speaker.children) or not _agrees(owner, speaker):
        return False
    if owner.lower_ == "its":
        return speaker.ent_type_ != "PERSON" and speaker.tag_ not in ("NNS", "NNPS") and not is_human(speaker)
    return True


def _agrees(pron: Token, subj: Token) -> bool:
    """ "his", "she" refer to a person, not to a state or body ("Following his visit, Beijing
    retaliated": the visitor is not Beijing)."""
    personal = pron.lower_ in ("he", "him", "his", "she", "her", "hers")
    # one named person ("Houthis" is often tagged as one)
    single = subj.ent_type_ == "PERSON" and subj.tag_ == "NNP" and not subj.lower_.endswith("s")
    if pron.lower_ in ("they", "them", "their") and single:
        return False  # "X issued an ultimatum to her colleagues after they threatened": not X
    if personal and subj.tag_ in ("NNS", "NNPS"):
        return False  # "officers ... registered his complaint": one person, not the officers
    return not personal or (subj.ent_type_ not in ("GPE", "ORG", "LOC", "NORP") and is_human(subj))


def _compound_start(tok: Token) -> int:
    return min((c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i), default=tok.i)


def _compound_name(tok: Token) -> str:
    """The head word with its compound modifiers: "Yemen's Houthi rebels" -> "Houthi rebels"."""
    return tok.doc[_compound_start(tok) : tok.i + 1].text


def _named_mention(ctx: Context, pron: Token) -> Token | None:
    """The same sentence's named mention of a resolved pronoun's entity ("NAF says it has killed"
    -> NAF), so the actor points at the name rather than the pronoun."""
    entity = ctx.analysis.entity(ctx.entity_at(pron.idx, pron.idx + len(pron)))
    if entity is None:
        return None
    first = pron.sent.start_char
    mention = max(
        (m for m in entity.mentions if m.source != "pronoun" and first <= m.start < pron.idx),
        key=lambda m: m.start,
        default=None,
    )
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
    return span.root if span is not None else None


def _named_below(ctx: Context, pron: Token) -> bool:
    """ "He demanded that Prime Minister Modi come to the House": a subject pronoun cannot stand for a
    person named inside its own clause, so such a resolution of the entity stage is not trusted."""
    entity = ctx.analysis.entity(ctx.entity_at(pron.idx, pron.idx + len(pron)))
    if entity is None or not pron.dep_.startswith("nsubj"):
        return False
    clause = pron.head
    for m in entity.mentions:
        if m.source != "pronoun" and pron.idx < m.start < pron.sent.end_char:
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and clause in span.root.ancestors:
                return True
    return False


GENERIC_TITLES = words("generic_titles")


def _role_organisation(ctx: Context, entity: Entity) -> tuple[str | None, str] | None:
    """(country, sector) of the group a person leads or speaks for: "the Taliban spokesman" is REB,
    "the PPP leader" PTY (by the party's full name in the article); titles that name a sector
    themselves ("minister") are left to the words."""
    for role in entity.roles:
        title = role.title.lower().split()
        if role.organization and _bracketed(ctx, role.organization, role.start, role.end):
            continue  # "Jul 27 (PTI) President Trump": a wire credit, not the body he heads
        if entity.type == "PERSON" and role.organization and title and title[-1] in GENERIC_TITLES:
            org = role.organization
            named = next((e.name for e in ctx.analysis.entities if e.name == org or org in e.aliases), org)
            found = known_group(org, named, ctx=ctx)
            sector = found[1] if found else _sector_of_words(tuple(_fold(named).split()))
            if sector and sector != "-":
                return (found[0] if found else None) or role.country, sector
    return None


def _bracketed(ctx: Context, name: str, start: int, end: int) -> bool:
    at = ctx.text.find(name, max(start - 1, 0), end)
    return at > 0 and ctx.text[at - 1] == "(" and ctx.text[at + len(name) : at + len(name) + 1] == ")"


OFFICE_SECTORS = {"GOV", "LEG", "PTY", "OPP", "JUD"}


def _political_setting(tok: Token) -> bool:
    """The sentence around an untitled person names political office ("resigned from the cabinet",
    "returning to government"): the person is coded as a political elite (CAMEO ELI)."""
    return any(
        actor_sectors().get((t.lemma_.lower(),)) in OFFICE_SECTORS
        and t.pos_ == "NOUN"
        and t.lemma_.lower() not in BODY_TITLES  # "an Army officer" is no political office
        for t in tok.sent
        if t.i != tok.i
    )


STATE_NOUNS = words("state_nouns")
SIDE_NOUNS = words("side_nouns")
GENERIC_SIDES = words("generic_sides")
PLACE_PREPS = words("place_preps")
PRIVATE_WORDS = words("private_words")
POLITICAL_TOPICS = words("political_topics")
ORGANISATION_WORDS = words("organisation_words")
STATE_ENTITIES = {"GPE", "NORP", "ORG"}
# Offices whose mention makes a sentence political ("police" alone makes a crime report, not politics).
POLITICAL_OFFICES = {"GOV", "LEG", "PTY", "OPP", "JUD", "MIL", "IGO", "REB"}
# Violence and coercion by people with no political role are crimes unless their actor says otherwise.
CRIME_TYPES = {"ASSAULT", "COERCE"}


def _as_place(tok: Token) -> bool:
    """The name is only where something happened ("in Delhi", "the Israeli city of ...")."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS


def _private(sent) -> bool:
    return any(t.lemma_.lower() in PRIVATE_WORDS for t in sent)


def _about_states(sent, start: int, end: int, kinds: set[str]) -> bool:
    """The sentence holds a political topic ("ceasefire", "sanctions"), names a state, nation (or
    organisation: kinds) as a party, not a place, outside the actor, or a political office; and it
    is not about sport, shows or business."""
    if _private(sent):
        return False
    if any(t.lemma_.lower() in POLITICAL_TOPICS for t in sent if not (start <= t.idx < end)):
        return True
    named = any(
        ent.label_ in kinds and not (start <= ent.start_char < end) and not _as_place(ent.root)
        for ent in sent.ents
    )
    return named or any(
        actor_sectors().get((t.lemma_.lower(),)) in POLITICAL_OFFICES
        for t in sent
        if t.pos_ in ("NOUN", "PROPN") and not (start <= t.idx < end)
    )


def generic_political(ctx: Context, actor: Actor | None, plover: str) -> bool:
    """A generic state or side ("the two countries", "former Soviet republics", "both sides") acts
    politically outside sport, shows and business; so do people groups ("protesters", "critics")
    and untitled named people when the sentence is about states or politics ("critics, including the
    European Commission, accuse", "X signed an agreement with Israel")."""
    if actor is None:
        return False
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    head, lemma = span.root, span.root.lemma_.lower()
    if lemma in STATE_NOUNS:
        return not _private(head.sent)
    if plover in CRIME_TYPES or actor.sector not in (None, "CVL", "EDU", "AGR", "HLH"):
        return False
    if lemma in SIDE_NOUNS:
        return not _private(head.sent)
    # a person, a continent ("Europe has made it clear") or a name the tagger left untyped; not a
    # person's act or thing ("Nitish Kumar's move")
    name = head.ent_type_ in ("PERSON", "LOC") or (not head.ent_type_ and head.pos_ == "PROPN")
    if not name and lemma not in GENERIC_SIDES:
        return False
    # a company beside a named person is business ("sued Morgan Stanley"), beside a group it may be a party
    kinds = STATE_ENTITIES - {"ORG"} if name else STATE_ENTITIES
    return _about_states(head.sent, actor.start, actor.end, kinds)


def _named_country(tok: Token) -> Token | None:
    """ "Norland said ..., a step the country had long avoided": "the country" stands for
    the state named as a subject before it in the sentence."""
    if tok.lemma_.lower() not in ("country", "nation") or not any(c.lower_ == "the" for c in tok.children):
        return None
    before = [
        t for t in tok.sent if t.i < tok.i and t.ent_type_ == "GPE" and t.dep_ in ("nsubj", "nsubjpass")
    ]
    return before[-1] if before else None


def _bare_titles(entity: Entity | None) -> bool:
    """The entity's roles are all generic titles with no organisation ("president")."""
    return (
        entity is not None
        and bool(entity.roles)
        and all(not role.organization and role.title.lower() in GENERIC_TITLES for role in entity.roles)
    )


# Nouns naming a unit of an armed or police force ("companies of the CRPF"), coded as the force.
UNIT_NOUNS = {"company", "battalion", "platoon", "contingent", "column", "detachment"}
ROLE_STOP_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "SPACE"}


def _token_at(doc, start: int) -> Token | None:
    """The first token at or after a character offset (a mention's start is a token's)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")  # None past the end
    if span is not None and len(span) and span[0].idx >= start:
        return span[0]
    return next((t for t in doc if t.idx >= start), None)


def _modifiers_before(doc, start: int) -> list[str]:
    """Lemmas of the words right before a character offset that modify what follows: "Lib Dem" of
    "Lib Dem leader", "Tory co-" of "Tory co-chairman", "the igp (border range)" of a name."""
    tok = _token_at(doc, start)
    if tok is None or tok.i == 0:
        return []
    found: list[str] = []
    i = tok.i - 1
    if doc[i].text == ")":  # "the IGP (border range) Sudhir Sinha": the parenthesis qualifies the title
        while i > tok.sent.start and doc[i].text != "(":
            i -= 1
        i -= 1
    if i > tok.sent.start and doc[i].lower_ in ("named", "called"):
        i -= 1  # "a judge named Govinda Pillai"
    while i >= tok.sent.start and len(found) < 5:
        prev = doc[i]
        # "Archbishop of Canterbury Dr Rowan Williams": a title "of" its see or body
        # (a title naming its own sector, not "president of the VHP", nor "inspector of <the name>")
        titled_of = (
            prev.lower_ == "of"
            and bool(found)
            and i > tok.sent.start
            and doc[i - 1].pos_ in ("NOUN", "PROPN")
            and doc[i - 1].lemma_.lower() not in GENERIC_TITLES
        )
        if (prev.pos_ in ROLE_STOP_POS and not titled_of) or (prev.is_punct and prev.text != "-"):
            break
        if "\n" in prev.text or (not found and _closes_phrase(prev, tok)):
            break
        found.insert(0, prev.lemma_.lower())
        i -= 1
    return found


def _closes_phrase(prev: Token, name: Token) -> bool:
    """ "a levy on ferries Ndlovu has floated": the object of a preposition right before the name,
    hanging on a common noun or verb that is no title or actor word, ends that phrase (a comma lost),
    so it is no title of the name ("Leader of Opposition X", "secretary to the state government X" are
    titles)."""
    if prev.dep_ != "pobj" or prev.head.i > prev.i or name in prev.subtree:
        return False
    owner = prev.head.head
    lemma = owner.lemma_.lower()
    if owner.pos_ not in ("NOUN", "VERB"):
        return False  # a date phrase before a title ("in May, deputy registrar to the board X"): a misparse
    return not (actor_sectors().get((lemma,), "-") != "-" or lemma in GENERIC_TITLES)


def _stated_sector(ctx: Context, entity: Entity) -> str | None:
    """Sector of the first role the article states for a person, each read as a whole phrase: a title
    with its modifiers and the deciding words of its organisation ("Lib Dem leader", "CPM politburo
    member", "Shadow Constitutional Affairs Secretary") or the titles right before a mention of the
    name ("IGP Sudhir Sinha"), so that a person is coded by the office held rather than as an elite.
    "-" (no sector) for an office of a body that is no state organ ("vice president of the
    Rationalist Association")."""
    held = [r for r in entity.roles if _held_title(ctx, entity, r)]
    phrases = [
        _status_words(r.organization) + _body_words(r.organization) + _modifiers_before(ctx.doc, r.start)
        + _title_words(r.title)
        for r in held
    ]  # fmt: skip
    offices = [_office_of_named_body(ctx, r, p) for r, p in zip(held, phrases, strict=True)]
    roles = [o or _sector_of_words(tuple(p)) for o, p in zip(offices, phrases, strict=True) if p]
    named = [m for m in entity.mentions if m.source not in ("pronoun", "description")]
    mentions = (_sector_of_words(tuple(p)) for m in named if (p := _modifiers_before(ctx.doc, m.start)))
    found = next((s for s in roles if s not in (None, "-")), None)
    if found is None and "-" in offices:
        return "-"  # a stated office of a body that is no state organ decides, not the name's other mentions
    return found or next((s for s in mentions if s not in (None, "-")), None)


def _apposed_nouns(ctx: Context, entity: Entity) -> Iterator[tuple[Mention, Token, list[Token]]]:
    """Each named mention of an organisation, its root and the common nouns in apposition to it."""
    for m in entity.mentions:
        if m.source in ("pronoun", "description"):
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        nouns += [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []
        yield m, root, nouns


def _apposed_country(ctx: Context, entity: Entity | None) -> str | None:
    """The country an organisation's apposed noun is of: "Kenya's state broadcaster, KBC", "the Kenyan
    network KBC"; a possessive is no owner of "India's largest supplier of jet engines, Vantor"."""
    if entity is None or entity.type != "ORG":
        return None
    for _, _, nouns in _apposed_nouns(ctx, entity):
        found = next((code for n in nouns if (code := _owner_country(n))), None)
        if found:
            return found
    return None


def _owner_country(noun: Token) -> str | None:
    """The country of a nationality adjective on the noun, or of its possessor or modifier when the
    noun or a word on it is one of state ownership ("state channel", "news agency")."""
    mods = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
    owned = lemma_of(noun) in STATE_OWNED or any(lemma_of(c) in STATE_OWNED for c in mods)
    return next(
        (
            code
            for c in mods
            if (owned or (c.dep_ == "amod" and c.pos_ == "ADJ")) and (code := _country_word(c.text))
        ),
        None,
    )


def _country_word(word: str) -> str | None:
    return country_of(word) or country_of(word.title())


def _title_words(title: str) -> list[str]:
    """ "vice-president" is an office as "president" is, with the hyphen as the parser splits it."""
    return title.lower().replace("-", " ").split()


def _apposed_sector(ctx: Context, entity: Entity) -> str | None:
    """Sector an organisation's noun states for it anywhere in the article, in apposition ("Hearwell,
    the deaf people's charity") or before the name ("the charity Hearwell"): the body's kind decides
    over the words of its name ("Society for Blind People" serves people, it is none)."""
    for m, root, nouns in _apposed_nouns(ctx, entity):
        phrases = [
            [c.lemma_.lower() for c in n.children if c.dep_ == "compound"] + [n.lemma_.lower()] for n in nouns
        ]
        # "rebel Congress MLAs": the MLAs are rebels, not the party ("the opposition Congress party" is)
        if not (root.dep_ == "compound" and _plural(root.head)):
            phrases.append(_modifiers_before(ctx.doc, m.start))
        found = next((s for p in phrases if p and (s := _sector_of_words(tuple(p))) not in (None, "-")), None)
        if found is not None:
            return found
    return None


def _held_title(ctx: Context, entity: Entity, role: Role) -> bool:
    """ "said spokesman Ravi Menon, the prime minister was misleading ...": a title after the name's
    comma that runs straight into a verb is that verb's subject, someone else (an apposition is
    closed by a comma: "Ravi Menon, the party spokesman, said"), unless the name stands in its
    phrase ("the prime minister, Narendra Modi, was")."""
    span = ctx.doc.char_span(role.start, role.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ not in ("appos", "nsubj", "nsubjpass"):
        return True
    root = span.root
    after, before = root.right_edge.i + 1, root.left_edge.i - 1
    if (
        after >= len(root.doc)
        or before < 0
        or root.doc[after].pos_ not in ("AUX", "VERB")
        or root.doc[before].text != ","
    ):
        return True
    first, last = root.left_edge.idx, root.right_edge.idx + len(root.right_edge)
    return any(first <= m.start < last for m in entity.mentions if m.source not in ("pronoun", "description"))


def _office_of_named_body(ctx: Context, role, phrase: list[str]) -> str | None:
    """ "VHP vice president", "state Janata Dal (Secular) chief", "Congress president": an office
    (president, secretary, chief) of a named organisation has the organisation's sector, a party's
    officer PTY; "-" when the organisation is no state organ of a known sector ("Forward Bloc general
    secretary", "rationalist association vice president"), so that the title alone never makes its
    holder government. None when no such organisation is named, or it is a state, a place or a state
    organ ("Election Commission chief", "president of Kenya"): the title phrase decides."""
    title = _title_words(role.title)
    if not title or title[-1] not in precision_lexicon("office_titles"):
        return None
    stated = _sector_of_words(tuple(phrase))
    if stated in (None, "-"):
        return "-" if len(phrase) > len(title) else None
    organization = role.organization
    if organization and _bracketed(ctx, organization, role.start, role.end):
        organization = None  # "Jul 27 (PTI) President Trump": a wire credit, not the body he heads
    body = organization or _organisation_before(ctx, role.start) or _body_after(ctx, role.start, role.end)
    if stated != "GOV" or body is None or country_of(body) or _is_place_name(ctx, body):
        return None
    found = known_group(body, ctx=ctx)
    sector = found[1] if found else _sector_of_words(tuple(_fold(body).split()))
    if sector in STATE_SECTORS - {"PTY", "OPP"} or sector == "IGO":
        return None
    return sector or "-"


# Between an organisation's name and the title it modifies: a few plain words ("national joint").
ORG_GAP = re.compile(r"[ \w()'’-]*")


def _organisation_before(ctx: Context, start: int) -> str | None:
    """The organisation named among a title's modifiers: "VHP" of "vhp national joint secretary"."""
    for entity in ctx.analysis.entities:
        if entity.type != "ORG":
            continue
        for m in entity.mentions:
            gap = ctx.text[m.end : start]
            bracketed = "(" in ctx.text[m.start - 1 : m.start] or ")" in ctx.text[m.end : m.end + 1]
            near = start - 60 <= m.start and m.end <= start and len(gap.split()) <= 3
            if near and not bracketed and ORG_GAP.fullmatch(gap):
                return entity.name
    return None


def _body_after(ctx: Context, start: int, end: int) -> str | None:
    """The non-state body a title is "of", which the entity stage did not attach: "president of the
    riverside temple restoration committee"."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for prep in span.root.children:
        for body in (g for g in prep.children if prep.lower_ == "of" and g.dep_ == "pobj"):
            if body.lemma_.lower() in precision_lexicon("body_nouns"):
                return ctx.text[body.left_edge.idx : body.idx + len(body)]
    return None


def _is_place_name(ctx: Context, name: str) -> bool:
    """The name is one of the article's places or states ("president of Kenya")."""
    return any(e.name == name and e.type in ("GPE", "LOC", "NORP", "FAC") for e in ctx.analysis.entities)


def _status_words(organization: str | None) -> list[str]:
    """ "Shadow Constitutional Affairs": the words of a role's organisation that make its holder
    opposition whatever the title says."""
    return [w for w in (organization or "").lower().split() if w in ("shadow", "opposition")]


def _body_words(organization: str | None) -> list[str]:
    """ "the Rationalist Association": the words of a role's organisation naming a body that is no
    state organ, whose officers hold no government office."""
    return [w for w in (organization or "").lower().split() if w in precision_lexicon("body_nouns")]


def _body_spoken_for(tok: Token) -> Span | None:
    """ "a spokesman for UKIP", "the leader of the BJP": the body a title-holder speaks for or heads."""
    if tok.lemma_.lower() in UNIT_NOUNS:  # "four companies of the RAF": a unit of a force
        return next(
            (tok.doc[_compound_start(o) : o.i + 1] for o in _prep_objects(tok, ("of",)) if _security(o)), None
        )
    if tok.lemma_.lower() in AFFILIATE_NOUNS:  # "fighters of the IMU", "a bomber from the Tamil Tigers"
        return next(
            (
                tok.doc[_compound_start(o) : o.right_edge.i + 1]
                for o in _prep_objects(tok, ("of", "from"))
                if any(t.ent_type_ in ("ORG", "NORP") for t in o.doc[_compound_start(o) : o.i + 1])
            ),
            None,
        )
    titles = BODY_TITLES | GENERIC_TITLES | precision_lexicon("office_titles")
    if tok.lemma_.lower() not in titles:
        return None
    for obj in _prep_objects(tok, ("for", "of")):
        lemma = obj.lemma_.lower()
        if obj.ent_type_ in ("ORG", "NORP") or actor_sectors().get((lemma,), "-") != "-":
            return tok.doc[_compound_start(obj) : obj.i + 1]
        if lemma in precision_lexicon("body_nouns") or sectors().get((lemma,)) == "-":
            return tok.doc[
                obj.left_edge.i : obj.i + 1
            ]  # "of the tenants' association", "of the cricket board"
    return _possessor_body(tok)


def _possessor_body(tok: Token) -> Span | None:
    """ "X, once synonymous with the Samajwadi Party, lashed out at its president": a title owned by
    "its" or "their" belongs to the organisation named last before it in the sentence, when no other
    name or noun stands between them (the president of a party is no head of state)."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        return None
    names = [e for e in tok.sent.ents if e.end <= tok.i and e.label_ in ("ORG", "GPE", "NORP", "PERSON")]
    nouns = [t for t in tok.doc[tok.sent.start : tok.i] if t.pos_ in ("NOUN", "PROPN")]
    if not names or names[-1].label_ != "ORG":
        # untagged ("the harbour restoration committee has alleged that its chair"): a body noun
        last = nouns[-1] if nouns else None
        body = last is not None and last.lemma_.lower() in precision_lexicon("body_nouns")
        return tok.doc[_compound_start(last) : last.i + 1] if body and last.dep_ != "compound" else None
    between = tok.doc[names[-1].end : tok.i]  # "Tata Motors said the union and its president": the union's
    return None if any(t.pos_ in ("NOUN", "PROPN") for t in between) else names[-1]


CONGRESS_PARTIES = words("congress_parties", "events_actor_words.json")


def _congress_legislature(ctx: Context, head: Token, words: list[str], country: str | None) -> str | None:
    """The country whose legislature "Congress" is ("asked Congress for funds" in a report on the
    US): a Congress of a country that has one (named in the phrase: "the U.S. Congress"), or of the
    one such country the article places things in, unless it also places things where a party is
    called Congress (India)."""
    if "congress" not in words:
        return None
    country = country or congress_country(head)
    if country is not None:
        return country if country in CONGRESS_LEGISLATURES else None
    placed = {country_iso3(p.country) for p in ctx.analysis.places if p.country}
    found = placed & CONGRESS_LEGISLATURES
    return next(iter(found)) if len(found) == 1 and not placed & CONGRESS_PARTIES else None


def build_actor(ctx: Context, tok: Token | None, home: str | None) -> Actor | None:
    """The coded actor (country and sector) a noun phrase names, with its span and entity: a listed
    group's code, else the sector its entity, title, body and words state; then a known leader's,
    a person's by the setting; the country stated, placed in the span or, for state bodies, `home`."""
    head = _actor_head(ctx, tok) if tok is not None else None
    if head is None:
        return None
    m = _read_actor(ctx, head)
    words = _actor_words(ctx, m)
    listed = _listed_group(ctx, m)
    group = listed or (_role_organisation(ctx, m.entity) if m.entity is not None else None)
    country = _entity_country(m) or _apposed_country(ctx, m.entity)
    if group is not None:  # "Islamic State" is no state, "the FARC" no party
        country, sector = country or group[0], group[1]
    else:
        sector = _stated_or_word_sector(ctx, m, words)
    # a state named is the state, coded by its country alone as CAMEO codes it: the words of its name
    # are no sector ("the United States" is no state government, "the Lao People's Democratic Republic"
    # no people)
    state = country_of(m.text, names_only=True) if group is None else None
    if state is not None:
        country, sector = state, None
    sector = _described_sector(m, sector)
    congress = sector == "PTY" and listed is None
    legislature = _congress_legislature(ctx, m.tok, words, country) if congress else None
    if legislature is not None:
        country, sector = legislature, "LEG"  # the US Congress, no party
    if _plural(head) and head.lemma_.lower() in precision_lexicon("single_holder_titles"):
        sector = None  # "the speakers demanded": orators at a meeting; a house has one Speaker
    country, sector = _leader_code(m, country, sector, group)
    if sector is None and tok is not None and _self_named(tok) == head:
        sector = _sector_of_words((lemma_of(tok),))  # "militants calling themselves Al-Faran": REB
    if sector is None:
        sector = _person_sector(ctx, m)
    country = _actor_country(ctx, m, country, sector, listed, home)
    start, end = m.start, m.end
    linked = _linked_name(ctx.text, m.tok.idx, m.tok.idx + len(m.tok))
    if linked is not None:
        start, end = min(start, linked[0]), max(end, linked[1])  # the whole name, not "Pakistan"
    country = _name_country(country, ctx.text[start:end], listed, home)
    code = ("IGO" if sector == "IGO" else (country or "") + (sector or "")) or None
    return Actor(
        entity=m.entity_id,
        text=ctx.text[start:end],
        start=start,
        end=end,
        code=code,
        country=country,
        sector=sector,
    )


@dataclass(frozen=True)
class _ActorMention:
    """What build_actor reads off an actor's head: its span and text, the entity tagged on the head
    itself (head_entity) or else in the span (entity_id), the entity mention the head lies in, the
    lemmas of the head's phrase within the span and the body a title speaks for ("its president")."""

    tok: Token
    start: int
    end: int
    text: str
    head_entity: str | None
    entity_id: str | None
    entity: Entity | None
    mention: Mention | None
    lemmas: list[str]
    body: Span | None


DESCRIBED_PRONOUNS = words("described_pronouns", "events_actor_words.json")
HYPHEN_PREFIXES = precision_lexicon("hyphen_prefixes")
NAME_LINKERS = precision_lexicon("name_linkers")
STATE_OWNED = precision_lexicon("state_owned_words")
CUSTODY_VERBS = precision_lexicon("custody_verbs")


def _actor_head(ctx: Context, tok: Token) -> Token | None:
    """The token that stands for the actor: the semantic head, the country it names, or the named
    one a pronoun refers to; None for people only described and for a token gluing two sentences."""
    tok = _semantic_head(tok)
    tok = _named_country(tok) or tok
    if tok.lower_ in DESCRIBED_PRONOUNS and any(c.dep_ in ("acl", "relcl") for c in tok.children):
        return None  # "those detained during the Emergency", "those who shouted": described, not named before
    if tok.pos_ == "PRON":
        tok = _pronoun_referent(ctx, tok)
        # "two of the parties signalled their readiness": the parties, as for the subject itself
        tok = _semantic_head(tok) if tok is not None else None
    if tok is None or GLUED.search(tok.text):
        return None  # "2013.Kumar", "story.?When": two sentences run together in one token
    return tok


def _pronoun_referent(ctx: Context, pron: Token) -> Token | None:
    """A tagged pronoun names its entity, or the one it was rebound to; an untagged one (or one a
    name below explains) stands for its antecedent, which must be an actor."""
    if ctx.entity_at(pron.idx, pron.idx + len(pron)) is not None and not _named_below(ctx, pron):
        return _rebound(ctx, pron) or _named_mention(ctx, pron) or pron
    found = _object_antecedent(pron) or _antecedent(pron) or _previous_force(pron)
    return found if found is not None and is_actor(found) else None


def _read_actor(ctx: Context, tok: Token) -> _ActorMention:
    """The actor's span: the head's phrase widened to the whole name, however the parser split it
    ("Barack" / "Obama"), without a glued date or the other side of a glued sentence boundary."""
    start, end = _span(tok)
    mention = next(
        (m for e in ctx.analysis.entities for m in e.mentions if m.start <= tok.idx < m.end),
        None,
    )
    if mention is not None:
        start, end = min(start, mention.start), max(end, mention.end)
        end = _without_dates(tok, end)
    body = _body_spoken_for(tok)
    if body is not None and body.start > tok.i:
        end = max(end, body.end_char)  # "a spokesman for the rebels": the title with whom it speaks for
    start, end = _unglued(ctx.text, start, end, tok.idx)
    head_entity = ctx.entity_at(tok.idx, tok.idx + len(tok))
    entity_id = head_entity or ctx.entity_at(start, end)
    return _ActorMention(
        tok=tok,
        start=start,
        end=end,
        text=ctx.text[start:end],
        head_entity=head_entity,
        entity_id=entity_id,
        entity=ctx.analysis.entity(entity_id),
        mention=mention,
        lemmas=[_phrase_lemma(t) for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.idx >= start],
        body=body,
    )


def _phrase_lemma(tok: Token) -> str:
    """A plural noun modifier keeps its plural, which is its own word: the "rights" of "rights
    groups" and the "customs" of "customs officials" are not "right" and "custom" (a "far-right group"
    keeps "right"); the head word and a possessor ("passengers' representatives") are lemmatised."""
    plural_modifier = tok.dep_ == "compound" and tok.tag_ in ("NNS", "NNPS")
    return tok.lower_ if plural_modifier else lemma_of(tok)


def _actor_words(ctx: Context, m: _ActorMention) -> list[str]:
    """The words that code the sector, most telling first: the body a title speaks for, the entity's
    name, the titles it holds, the phrase's own lemmas ("companies of the RAF" are no business)."""
    words = list(m.lemmas)
    if m.entity is not None:
        for role in m.entity.roles:
            if _held_title(ctx, m.entity, role):
                words[:0] = role.title.lower().split()
        words[:0] = m.entity.name.lower().split()
    if m.body is not None:
        words[:0] = [t.lemma_.lower() for t in m.body]
        words = [w for w in words if w not in UNIT_NOUNS]
    return words


def _listed_group(ctx: Context, m: _ActorMention) -> tuple[str | None, str] | None:
    """The listed group the actor's names or spelled-out initials name; a state organ a group only
    leads or modifies is the state organ ("the BJP-led government")."""
    organ = actor_sectors().get((m.tok.lemma_.lower(),)) in ("GOV", "LEG", "JUD", "COP", "MIL")
    own_name = m.entity.name if m.entity is not None and not organ else None
    body_name = m.body.text if m.body is not None else None
    names = (own_name, m.text, _compound_name(m.tok), body_name, _bracket_name(ctx, m))
    return known_group(*names, ctx=ctx) or spelled_out_group(ctx, m.text)


def _bracket_name(ctx: Context, m: _ActorMention) -> str | None:
    """The split bracketed name before a member word ("CPI(M)" of "CPI(M) workers"): its members are
    that party (not labour)."""
    before = ctx.text[m.start : m.tok.idx].strip()
    if not before.endswith(")") or "(" not in before or " " in before:
        return None
    return before if m.tok.lemma_.lower() in precision_lexicon("member_nouns") else None


def _entity_country(m: _ActorMention) -> str | None:
    """The country the entity states: its own or a role's, a place's by its name; when the tagger
    cut "New" off "New South Wales", the longer name's."""
    entity = m.entity
    if entity is None or _hyphen_prefix(entity.name):
        return None  # "para-" of "para-military" taken for Para (Brazil)
    country = entity.country or next((r.country for r in entity.roles if r.country), None)
    if entity.type != "GPE":
        return country
    if country is None:
        country = country_of(entity.name)
    region = _region(tuple(m.text.replace("-", " ").split()))
    if region and entity.name in region[0] and entity.name != region[0]:
        return region[1]
    return country


def _stated_or_word_sector(ctx: Context, m: _ActorMention, words: list[str]) -> str | None:
    """The sector a person's or organisation's stated title or apposition gives (the title of a body
    named beside it, "its president", is coded by that body's words), else the words'."""
    kind = m.entity.type if m.entity is not None else None
    stated = _stated_sector(ctx, m.entity) if kind == "PERSON" and m.body is None else None
    stated = stated or (_apposed_sector(ctx, m.entity) if kind == "ORG" else None)
    if _named_as(m.tok):  # "Docker sued Microsoft": a firm's name, no dockworkers
        words = [w for w in words if w != lemma_of(m.tok)]
    return stated or _sector_of_words(tuple(words))


def _named_as(tok: Token) -> bool:
    """A sector word that is also a name, used as one: a capitalised proper noun or entity."""
    named = tok.pos_ == "PROPN" or bool(tok.ent_type_)
    return named and tok.text[:1].isupper() and lemma_of(tok) in precision_lexicon("name_clash_sector_words")


def _described_sector(m: _ActorMention, sector: str | None) -> str | None:
    """A described mention's own words win ("the company" that the entity stage took for a ministry
    is still a company); "-" (an actor word of no sector) is no sector."""
    described = m.mention is not None and m.mention.source == "description"
    own = _sector_of_words(tuple(m.lemmas)) if described else None
    if own not in (None, "-") and m.body is None:
        sector = own
    return None if sector == "-" else sector


def _plural(tok: Token) -> bool:
    """Many holders, not one ("the speakers", "kar sevaks"): no single office or political figure."""
    return tok.tag_ in ("NNS", "NNPS")


def _leader_code(
    m: _ActorMention, country: str | None, sector: str | None, group: tuple[str | None, str] | None
) -> tuple[str | None, str | None]:
    """A known leader is coded by the lexicon ("Putin said": no title, still GOV), its country unless
    a role states one ("Russian President X"); a bare title of no body ("president" of what?) says
    less than the lexicon: "Congress president Sonia Gandhi" read without her party is the
    opposition leader, not GOV."""
    entity = m.entity
    if not (entity.type != "GPE" if entity is not None else m.tok.pos_ == "PROPN"):
        return country, sector
    known = leader(entity.name if entity is not None else m.text)
    if known is None:
        return country, sector
    stated = entity is not None and any(r.country for r in entity.roles)
    country = country if stated else known[0] or country
    bare = group is None and m.mention is not None and _bare_titles(entity)
    # a title's own sector word still tells ("rebel leader Charles Taylor" before he held office)
    return country, (known[1] if bare and sector in (None, "-", "GOV") else sector or known[1])


def _person_sector(ctx: Context, m: _ActorMention) -> str | None:
    """The sector of a person of no coded sector: a firm tagged as a person ("products group James
    Hardie"), else a political figure by the context ("X agreed to resign from the cabinet"), unless
    many ("kar sevaks") or an organisation word ("the nyas", a trust) the tagger took for a person."""
    tok, entity = m.tok, m.entity
    person = entity.type == "PERSON" if entity is not None else tok.ent_type_ == "PERSON"
    # "Yukos' key production unit": a thing of the named one, not that one
    if not person or (tok.pos_ == "NOUN" and m.head_entity is None):
        return None
    if _named_as_business(ctx, entity):
        return "BUS"
    organisation = tok.lemma_.lower() in ORGANISATION_WORDS
    return "ELI" if not _plural(tok) and not organisation and _political_setting(tok) else None


HOME_NOUNS = words("home_nouns", "events_actor_words.json")


def _actor_country(
    ctx: Context,
    m: _ActorMention,
    country: str | None,
    sector: str | None,
    listed: tuple[str | None, str] | None,
    home: str | None,
) -> str | None:
    """The country as coded: none for an IGO; else the stated one, a place named in the span, a
    country noun's home ("the country has threatened", as CAMEO codes it) or a home state body's."""
    if sector == "IGO":
        return None
    if country is None:
        country = _placed_country(ctx, m)
    if country is None and m.tok.lemma_.lower() in HOME_NOUNS and not m.entity_id:
        return home
    if country is None and listed is None and _home_actor(sector, m.entity, m.tok, home):
        return home
    return country


def _placed_country(ctx: Context, m: _ActorMention) -> str | None:
    """The country of a place named in the span, a country before a town ("Confederation of British
    Industry": British), else one the text names."""
    inside = [
        p
        for p in ctx.analysis.places
        if p.country and m.start <= p.start < m.end and not _prefix_place(ctx, p)
    ]
    inside.sort(key=lambda p: p.feature != "country")
    return (country_iso3(inside[0].country) if inside else None) or _country_of_text(m.text)


def _unglued(text: str, start: int, end: int, head: int) -> tuple[int, int]:
    """The part of a span on the head's side of a glued sentence boundary."""
    for m in GLUED.finditer(text, start, end):
        if m.end() <= head:
            start = m.end()
        else:
            return start, m.start() + 2
    return start, end


def _without_dates(tok: Token, end: int) -> int:
    """The end of a name without the day the parser or tagger glued to it ("met Syrian President
    Bashar Assad Tuesday")."""
    last = tok
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.idx >= end or t.ent_type_ in ("DATE", "TIME"):
            break
        last = t
    return min(end, last.idx + len(last))


def _home_actor(sector: str | None, entity: Entity | None, tok: Token, home: str | None) -> bool:
    if entity is not None and entity.type == "PERSON":
        return False  # a named person's country is stated (title, demonym, lexicon) or left open
    if sector not in STATE_SECTORS and sector not in DOMESTIC:
        return False
    # "the government refuses to publish advice on the war in Iraq": with another country in play the
    # body may be that country's (or a third one's), so it is left uncoded
    return not _foreign_in_sentence(tok, home)


def _foreign_in_sentence(tok: Token, home: str | None) -> bool:
    """Another country is named in the actor's sentence ("Asif said Pakistan would have changed"):
    the actor may well be from there."""
    return any(
        t.text[:1].isupper() and (iso := country_of(t.text)) is not None and iso != home for t in tok.sent
    )


ACT_NOUNS = words("act_nouns", "events_actor_words.json")
STATUS_WORDS = words("status_words", "events_actor_words.json")


def is_actor(tok: Token) -> bool:
    """Can this noun phrase be an event actor: a person, group, organisation, state or pronoun?"""
    head = _semantic_head(tok)
    if head.pos_ == "PRON":
        return head.lower_ not in ("it", "this", "that", "which", "what") or _antecedent(head) is not None
    if not _people_name(head) and head.ent_type_ in (
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "DATE",
        "TIME",
        "ORDINAL",
        "EVENT",
        "LAW",
        "WORK_OF_ART",
    ):
        return False  # "$2 million in aid", "over 3 percent", "the Gulf War", "the Patriot Act"
    if _amount(head):
        return False  # "provided 2 million in relief funding to Ostavia": money, not people
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and lemma in ACT_NOUNS and (lemma in STATUS_WORDS or not _actor_like(head)):
        return False  # "the Law Lords' ruling", "his return": an act or a thing, not an actor
    if head.lower_ == "state" and any(
        c.lower_ == "of" and not any(o.ent_type_ == "GPE" for o in c.children) for c in head.children
    ):
        return False  # "a state of emergency", not "the State of Colorado"
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _actor_like(head) or is_human(head):
        return True
    if head.is_alpha and head.is_upper and len(head) >= 2:
        return True  # an acronym the tagger left unnamed: "ICE returned..."
    if head.text[:1].isupper() and (country_of(head.text) or is_capital(head.text, official=True)):
        return True  # a country or capital the tagger left unnamed: "ties with Seychelles", "Tunis recalled"
    if any(_actor_like(c) for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss")):
        return True  # "the opposition alliance", "CMPAJAC's chairman"
    if head.lemma_.lower() in AFFILIATE_NOUNS and _body_spoken_for(head) is not None:
        return True  # "experts from the IAEA", "auditors from the European Commission": sent by a body
    return head.pos_ == "PROPN" or _crowd(tok, head)


def _crowd(tok: Token, head: Token) -> bool:
    """ "Thousands protested", "Tens of thousands marched": a plural count alone as a subject is people."""
    alone = head.lower_ in CROWD_COUNTS and not _prep_objects(head, ("of",))
    return alone and tok.dep_ in ("nsubj", "nsubjpass")


def _amount(tok: Token) -> bool:
    """A number "in" a resource ("5 million in aid"), not in a place or a group ("ten in Delhi")."""
    return tok.pos_ == "NUM" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ and not is_human(g) and not _actor_like(g)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
    )


def people_like(tok: Token | None) -> bool:
    return tok is not None and is_human(_semantic_head(tok))
