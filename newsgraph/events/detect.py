"""Finding event triggers in a sentence and deciding whether the sentence asserts that the event
happened. Hand-written over spaCy's parse: no library matches lemma patterns with gaps AND checks
negation/modality along the dependency chain the way event coding needs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Span, Token

from newsgraph.entities.lexicon import country_of, given_names, kin_words
from newsgraph.events.lexicon import (
    Trigger,
    actor_sectors,
    data_json,
    demand_trigger,
    sectors,
    triggers,
    words,
)
from newsgraph.nlp import text_of
from newsgraph.places.gazetteer import country_iso3
from newsgraph.places.gazetteer import lookup as place_lookup

MODALS = words("modals")
THREAT_MODALS = words("threat_modals")
ADDRESSED_BODIES = words("addressed_bodies")
FUTURE = words("future")
OWN_MEMBERS = words("own_members")
DEADLINES = words("deadline_words")
PEACE_KEEPING_VERBS = words("peace_keeping_verbs")
PEACE_TERMS = words("peace_terms")
# not backshifted: "will lead the group after X was killed" tells a past fact; "would" may not
PLAIN_FUTURE = FUTURE - {"would"}
MUNITIONS = words("munitions")
COLON_CONSEQUENCES = words("colon_consequences")
COLON_WARNINGS = words("colon_warnings")
FORCE_OUTCOMES = words("force_outcomes")
THIRD_PARTY_PREPS = words("third_party_preps")
CLOCK_WORDS = words("clock_words")
NATURAL_FORCES = words("natural_forces")
ARMED_SECTORS = ("MIL", "REB", "UAF", "GOV", "COP", "SPY")
NEGATORS = words("negators")
RELUCTANCE = words("reluctance_verbs")
CONDITION_MARKS = words("condition_marks")
PLAN_COPULAS = words("plan_copulas")
REFUSAL_AUX = FUTURE | {"can", "ca"}
DEMAND_SPEECH = words("demand_speech")
# "the neighbours must be annoyed": a guess at how they feel, no demand (detect._felt)
FEELING_VERBS = words("feeling_verbs")
CANCEL = words("cancel")
INTENT = words("intent")
PLANNING_VERBS = frozenset({"plan", "intend"})  # "is planning a summit": its noun act is planned
REACTING_VERBS = words("reacting_verbs")  # "would condemn the bombing": the bombing is no plan
HYPOTHETICAL = words("hypothetical")
FRAMING_PREPS = words("framing_preps")
GOALS = words("goals")
FORCE_UNITS = words("force_units")
PRIVATE_WORDS = words("private_words")
PROTEST_GATHERINGS = words("protest_gatherings")
PRACTICES = words("practices")
FORCES = words("forces")
AHEAD = words("ahead")
GENERIC_ANTECEDENTS = words("generic_antecedents")
WH_WORDS = words("wh_words")
NON_FACTIVE_PREP = words("non_factive_prep")
NON_FACTIVE = words("non_factive")
OBJECT_CONTROL = words("object_control")  # "urged X to ...": X is to act
PROMISE_VERBS = words("promise_verbs", "events_precision.json")
DOCUMENT_NOUNS = words("document_nouns", "events_precision.json")
REFUSED_COMPLEMENTS = words("refused_complements")
REFUSING_VERBS = words("refusing_verbs")
TELLING_VERBS = words("telling_verbs")  # "told Kenya it must ...": the told party must act
WARNING_VERBS = words("warning_verbs")
MEDIA_PARTIES = words("media_parties")
HANDOVER_PLACES = words("handover_places")
HANDOVER_MILITARY_PLACES = words("handover_military_places")
BUSINESS_WORDS = words("business_words")
STRUCK_TARGETS = words("struck_targets")
VIGIL_TARGETS = words("vigil_targets")
VIGIL_ILLS = words("vigil_ills")
MOURNED = words("mourned")
RELEASED_NOT_CAPTIVES = words("released_not_captives")
DESIRE = words("desire")
# Verbs whose event-noun object is reported as decided and done ("announced the deployment of 400 troops
# to the border", "unveiled sanctions"), unlike "called for" or "proposed" an act.
ANNOUNCING = words("announcing")
ANNOUNCED_CALLS = words("announced_calls")
# Relations a finite verb with its own subject only gets from a parse error ("the city that is
# considered volatile, more people died in the firing": "died" as an object predicate).
FINITE_TAGS = ("VBD", "VBZ", "VBP")
MISPARSED_CLAUSE = {"oprd", "dep", "xcomp", "acl", "attr", "npadvmod", "dobj", "amod"}
WORKERS = words("workers")
# "drone and artillery strikes": kinds of strike listed before the noun, even after a determiner
STRIKE_KINDS = words("strike_kinds")
# "was designed to explode", "failed to explode": verbs whose subject is lent to no act
UNREALISED_CONTROL = words("unrealised_control")
OUTCRY = words("outcry")
SCHEDULED = words("scheduled")
SPEECH = words("speech")
QUANTITY = words("quantity")
COLLECTIVES = words("collectives")
# verbs whose passive tells an owned statement or act to its recipient ("X's offer was conveyed")
CONVEYING_VERBS = words("conveying_verbs", "events_precision.json")
ADOPTED_TEXTS = words("adopted_texts")
HEDGES = words("hedges")
SERIES = words("series")
SPANS = words("spans")
VERB_LEMMAS: dict[str, str] = data_json("events_words.json")["verb_lemmas"]
CLIMB_DEPS = {
    "acomp",
    "xcomp",
    "ccomp",
    "pcomp",
    "advcl",
    "acl",
    "conj",
    "dobj",
    "pobj",
    "nsubj",
    "nsubjpass",
    "attr",
    "appos",
    "compound",
    "prep",
    "amod",
    "oprd",
    "npadvmod",
    "dep",
}
HUMAN_WORDS = words("human_words")
MARKET_WORDS = words("market_words")
KILL_WORDS = words("kill_words")
BACKGROUND_PREPS = {"after", "following", "since", "amid", "despite"}  # their content has happened
JOINT = words("joint")
PARTICLES = {"in", "out", "off", "up", "down", "over", "back", "away"}
PARTNER_PREPS = {"for", "with"}
STATE_VERBS = words("state_verbs")  # states, not acts
UNIT_NOUNS = words("unit_nouns")
MILITARY_MODIFIERS = words("military_modifiers")
CIVIL_UNIT_MODIFIERS = words("civil_unit_modifiers")
CIVIL_DRILL_MODIFIERS = words("civil_drill_modifiers")  # "an emergency evacuation exercise"
CARRIER_GROUPS = words("carrier_groups")
FORCE_MODIFIERS = words("force_modifiers")
DEMANDED_ACTS = words("demanded_acts", "events_precision.json")
GATHERING_PURPOSES = words("gathering_purposes")
MOBILISED_FORCES = words("mobilised_forces")
RELIEF_PURPOSES = words("relief_purposes")
GAME_WORDS = words("game_words")
READINESS = words("readiness_adjectives")
ARMED = {"COP", "MIL", "REB", "UAF", "SEP", "INS", "SPY"}  # sectors of people who bear arms
CONDITIONAL_MODALS = {"could", "may", "might"}  # "talks could be frozen unless ...": a consequence held out
CONSEQUENCE_AUX = FUTURE | CONDITIONAL_MODALS  # "would face sanctions", "could be frozen"
NATIONAL_GROUPS = words("national_groups")
NATIONAL_TEAM_MODIFIERS = words("national_team_modifiers")
STATE_MODIFIER_DEPS = ("amod", "compound", "poss")  # "the Iranian delegation", "Iran's negotiators"
NAMED_ENTITIES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW")


@dataclass
class Hit:
    trigger: Trigger
    head: Token  # the token the event hangs on (verb, or the noun heading a noun phrase)
    start: int  # char offsets of the whole trigger phrase
    end: int
    purpose: bool = False  # "gathered to protest": an infinitive of purpose, weaker evidence
    hedged: bool = False
    intended: bool = False  # stated as what an actor will do ("will meet")
    planned: bool = False  # stated as planned or decided ("decided to", "plans to")
    refused: bool = False  # an actor states it will not do it ("will not lift the ban"): a rejection
    demanded: bool = False  # a speaker says another actor must do it: a demand by the speaker
    main: bool = False  # the sentence's main event (main clause, or the content of a report verb)
    worded_intent: bool = False  # the sentence's own words state the intention ("will", "said it would")
    desired: bool = False  # the actor's own stated aim ("wants to attack"): its statement, not a forecast


def lemma_of(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and tok.is_sent_start:
        return _initial_noun(lemma)  # "Militiamen, who were armed ..., massacred": a capitalised plural
    return VERB_LEMMAS.get(lemma, lemma) if tok.pos_ == "VERB" else lemma  # "staged" read as "stag"


@lru_cache(maxsize=4096)
def _initial_noun(lemma: str) -> str:
    """The singular of a sentence-initial plural the tagger took for a name, when it is an actor word."""
    singular = lemma[:-3] + "man" if lemma.endswith("men") else lemma[:-1] if lemma.endswith("s") else lemma
    known = (lemma,) in actor_sectors() or lemma in HUMAN_WORDS
    return singular if not known and ((singular,) in actor_sectors() or singular in HUMAN_WORDS) else lemma


def nominal(tok: Token) -> bool:
    """A trigger used as a noun ("the police firing", "a dharna"), whatever its tag."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return not _mistagged_verb(tok)
    return tok.tag_ == "VBG" and (
        tok.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj")
        or any(c.dep_ in ("det", "compound", "poss") for c in tok.children)
        # "firing by the police claimed three lives": a gerund subject with no object of its own
        or (
            tok.dep_ in ("pcomp", "csubj")
            and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in tok.children)
        )
    )


def _pos_ok(tok: Token, pos: str) -> bool:
    if pos == "V":
        verbal = tok.pos_ == "VERB" or tok.tag_ in ("VBN", "VBD", "VBG", "VB", "VBZ", "VBP")
        return (verbal and not _participle_noun(tok)) or _mistagged_verb(tok)
    if pos == "N":
        return tok.pos_ in ("NOUN", "PROPN") or tok.tag_.startswith("NN")
    return True


def _mistagged_verb(tok: Token) -> bool:
    """A present-tense headline verb the tagger read as a noun with a subject and an object of its
    own: "Germany and UNICEF hand over 30 vehicles to ..."; a noun has neither."""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("NN", "NNS"):
        return False
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "dobj" in deps


def _participle_noun(tok: Token) -> bool:
    """A participle used as a noun names people, not an act: "against the Godhra accused", "the
    accused were"."""
    return tok.tag_ in ("VBN", "VBD") and (
        tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        or (any(c.dep_ == "det" and c.i < tok.i for c in tok.children) and not _past_with_object(tok))
    )


def _past_with_object(tok: Token) -> bool:
    """ "A sub-inspector shot dead a youth": a past verb with an object (or "dead") after it, whatever
    determiner the parser hung on it from the subject it failed to find."""
    return tok.tag_ == "VBD" and any(
        c.i > tok.i and (c.dep_ == "dobj" or c.lower_ == "dead") for c in tok.children
    )


def _match_phrase(sent: Span, i: int, trig: Trigger) -> list[Token] | None:
    """Tokens of `trig` starting at sentence index i; verb phrases may have up to 3 tokens in
    between ("took him into custody", "lifted the curfew"), hyphens are transparent."""
    toks = [sent[i]]
    j = i + 1
    gap = 3 if trig.pos == "V" else 0
    for word in trig.words[1:]:
        skipped = 0
        while j < len(sent):
            tok = sent[j]
            if tok.text in ("-", "–"):
                j += 1
                continue
            if _dated_preposition(tok):
                if tok.lower_ == word:
                    return None  # "called X on Tuesday" is no "call on"
                # "called on Friday for talks": a date between, then the next word at once
                j, skipped = tok.right_edge.i - sent.start + 1, gap
                continue
            if lemma_of(tok) == word or tok.lower_ == word:
                if word == trig.words[-1] and _compound_tail(tok, toks):
                    return None
                toks.append(tok)
                j += 1
                break
            obj = _object_from(toks[0], tok, word) if trig.pos == "V" else None
            if obj is not None:  # "declared [the first secretary of the embassy] persona non grata"
                j = obj.right_edge.i - sent.start + 1
                skipped += 1
                continue
            # right after the verb only: "warned MLAs of the consequences" keeps "MLAs" as its object
            modified = _modified_word(tok, word) if trig.pos == "V" and tok.i == toks[-1].i + 1 else None
            if modified is not None:  # "took [nine foreign oil workers]/compound hostage"
                j = modified.i - sent.start
                skipped += 1
                continue
            modifier = trig.pos == "N" and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i
            if modifier and skipped < 2:  # "joint anti-submarine exercises", "joint naval exercises"
                skipped += 1
                j += 1
                continue
            if skipped >= gap or tok.is_sent_start or tok.text in ".;:!?" or _other_verb(tok):
                return None
            skipped += 1
            j += 1
        else:
            return None
        if toks[-1].lower_ != word and lemma_of(toks[-1]) != word:
            return None
        if skipped and word == trig.words[-1] and word in PARTICLES and _preposition(toks[-1]):
            return None  # a final particle: "give farmers a voice in the reforms" is no "give in"
    return toks


def _compound_tail(tok: Token, toks: list[Token]) -> bool:
    """ "held a fire drill", "held live-fire drills" are no "hold fire": a phrase's last word apart
    from its others that modifies a noun after it naming an event of its own ("withdrew an aid
    package" is aid withdrawn; "gave the green light" is one phrase)."""
    between = tok.doc[toks[-1].i + 1 : tok.i]
    apart = any(t.text not in ("-", "–") for t in between)  # "test-firing" is one word
    modified = tok.head if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i else None
    return apart and modified is not None and any(t.pos == "N" for t in _entries(modified))


def _object_from(verb: Token, tok: Token, word: str) -> Token | None:
    """The verb's direct object whose phrase starts at `tok`, also as the subject of a small clause
    ("declared [the first secretary]/nsubj persona/ccomp non grata"), and holds no `word` of the
    phrase ("lifted [the curfew]"): skipped whole inside a verb phrase."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")]
    objects = _children_by(verb, "dobj") + [s for c in clauses for s in _children_by(c, "nsubj")]
    obj = next((o for o in objects if o.left_edge == tok and o != tok), None)
    if obj is None or any(lemma_of(t) == word or t.lower_ == word for t in obj.subtree):
        return None
    return obj


def _modified_word(tok: Token, word: str) -> Token | None:
    """The phrase's next word when `tok` opens the modifiers the parser hung on it ("took [nine
    foreign oil workers] hostage", the people parsed as a compound of "hostage")."""
    head = tok.head
    while head.i > tok.i and lemma_of(head) != word and head.head != head:
        head = head.head
    found = head.i > tok.i and (lemma_of(head) == word or head.lower_ == word)
    return head if found and head.left_edge == tok else None


def phrase_at(tok: Token, trig: Trigger) -> bool:
    """`trig`'s words start at `tok` ("use ... force")."""
    return len(trig.words) == 1 or _match_phrase(tok.sent, tok.i - tok.sent.start, trig) is not None


def acted_clause(clause: Token) -> Token:
    """The clause naming the act: the infinitive under a verb of reluctance ("would not hesitate to
    use force"), else the clause itself."""
    if lemma_of(clause) in RELUCTANCE:
        acts = (c for c in clause.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c))
        return next(acts, clause)
    return clause


def _preposition(tok: Token) -> bool:
    return tok.dep_ == "prep" and any(c.dep_ == "pobj" for c in tok.children)


def _other_verb(tok: Token) -> bool:
    """A verb of its own between the words of a verb phrase: "forced to pull out" is no "force out"."""
    # a participle naming people is none: "sent the five accused to jail"
    noun_use = (tok.lower_ in HUMAN_WORDS and _participle_noun(tok)) or (
        tok.dep_ == "acl" and tok.head.pos_ == "NUM"
    )
    return tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound") and not noun_use


def _dated_preposition(tok: Token) -> bool:
    dated = any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in tok.children)
    return tok.pos_ == "ADP" and dated


def _phrase_head(toks: list[Token]) -> Token:
    """The syntactic head of a noun phrase trigger: "state" in "state of siege", "strike" in "air
    strike"."""
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head == t), toks[-1])


def is_human(tok: Token) -> bool:
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    if tok.pos_ == "PROPN" and any(
        c.dep_ == "compound"
        and (
            c.ent_type_ == "PERSON" or lemma_of(c) in HUMAN_WORDS or sectors().get((lemma_of(c),), "-") != "-"
        )
        for c in tok.subtree
        if c.i < tok.i
    ):
        return True  # a name the parser's entities miss or cut: "Enrique Pena Nieto", "Sergeant X"
    if tok.pos_ == "PROPN" and not tok.ent_type_ and _given_name_first(tok):
        return True  # "will release Pedro Emilio Quiroga": a person's name the entity tagger left untyped
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "which", "what")
    lemma = lemma_of(tok)
    if (
        lemma in HUMAN_WORDS
        or lemma.rstrip("s") in HUMAN_WORDS
        or (tok.lower_ in HUMAN_WORDS and _participle_noun(tok))  # "the accused" tagged as a participle
        or (sectors().get((lemma,), "-") != "-" and tok.pos_ == "NOUN")
        or (tok.pos_ == "NOUN" and _agent_noun(lemma))
    ):
        return True
    if tok.pos_ == "NUM" or lemma in ("dozen", "hundred", "thousand", "score", "lakh"):
        return (
            any(
                c.dep_ == "prep" and c.lower_ == "of" and any(is_human(g) for g in c.children)
                for c in tok.children
            )
            or tok.pos_ == "NUM"
        )
    return False


LIST_NOUNS = ("list",)  # "checklist", "shortlist", "blacklist": no "-ist" person (but "journalist")


def _agent_noun(lemma: str) -> bool:
    """A noun of a person by what they practise: "-ist" ("geologist", "motorist") or "-ian"
    ("technician", "pedestrian"), no list ("blacklist") and no short word ("fist", "mist")."""
    if len(lemma) < 7 or not lemma.isalpha():
        return False
    if lemma.endswith("ist"):
        return not lemma.endswith(LIST_NOUNS) or lemma.endswith("alist")
    return lemma.endswith("ian")


def _given_name_first(tok: Token) -> bool:
    """The name opens with a common given name ("Pedro" in "Pedro Emilio Quiroga")."""
    first = next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i), None)
    return (
        first is not None and first.pos_ == "PROPN" and not first.ent_type_ and first.text in _given_names()
    )


@cache
def _given_names() -> frozenset[str]:
    return frozenset(given_names())


def is_forces(tok: Token) -> bool:
    """Police or troops: "security forces", "the army", "riot police"."""
    return sectors().get((lemma_of(tok),)) in ("COP", "MIL") and tok.pos_ == "NOUN"


MORE_PEOPLE = words("more_people")
MORE_PEOPLE_COUNTS = words("more_people_counts")


def _person(tok: Token) -> bool:
    """A person, or more people told only by a count ("rounded up 12 others", "some more were
    picked up") as the object of an act that takes people."""
    if is_human(tok):
        return True
    # the head itself is "others" / "more" ("12 others"), not a thing with "more" ("some more funds")
    counted = any(c.like_num or c.lower_ in MORE_PEOPLE_COUNTS for c in tok.children)
    return counted and tok.lower_ in MORE_PEOPLE


def security_before(tok: Token) -> Token | None:
    """The police or troops named right before a gerund the parser did not take as a noun ("killed
    in police firing" with "firing" parsed as a clause or, in lower-case headlines, as the root or a
    second object: "2 killed in police firing"): they are its agent."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl", "pcomp", "pobj", "ROOT", "conj") or tok.i == 0:
        return None
    before = tok.doc[tok.i - 1]
    return before if sectors().get((lemma_of(before),)) in ("COP", "MIL") else None


def governor(tok: Token) -> Token:
    """The verb or noun a noun phrase depends on, through a preposition."""
    head = tok.head
    # "hit by a bullet": the agent "by"; "were put on alert": "on" tagged as a particle
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent", "prt"):
        return head.head
    return head


def _patients(tok: Token) -> list[Token]:
    # "lending to Kenya/csubjpass was frozen"
    own = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "csubjpass")] or shared_object(tok)
    if own or tok.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in tok.children):
        return own
    if any(c.dep_ in ("nsubj", "csubj") for c in tok.children):
        return own
    # a subjectless passive conjunct joined by "and"/"but" shares its first conjunct's subject: "the
    # men were held for months and have been freed"; not across a full stop the parser glued over
    first = tok.head
    joined = any(c.dep_ == "cc" and first.i < c.i < tok.i for c in (*first.children, *tok.children))
    stop = any(t.is_punct and any(ch in t.text for ch in ".?!;") for t in tok.doc[first.i + 1 : tok.i])
    if not joined or stop:
        return own
    return [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]


def shared_object(verb: Token) -> list[Token]:
    """The object of the next verb in "beat and kicked the villagers": both act on it."""
    nxt = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == verb.i + 2]
    return [o for c in nxt if verb.doc[verb.i + 1].lower_ == "and" for o in c.children if o.dep_ == "dobj"]


def _infinitive_subjects(tok: Token) -> list[Token]:
    """The object of a verb the parser made the subject of its infinitive clause ("allow the
    inspectors to return", "urged the rebels to lay down arms" as ccomp)."""
    return [
        s
        for c in tok.children
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
    ]


def _small_clause_objects(tok: Token) -> list[Token]:
    """A verbless clause the parser made of an object and its place ("allowed monitors into Tigray"):
    its noun head is the object; with an adverb for the place ("allow inspectors back", "let them in")
    the adverb's subject is."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    nouns = [c for c in clauses if c.pos_ in ("NOUN", "PROPN")]
    placed = [s for c in clauses if c.pos_ in ("ADV", "ADP") for s in _children_by(c, "nsubj")]
    reduced = [s for c in clauses if _reduced_relative(tok, c) for s in _children_by(c, "nsubj")]
    # "let inspectors return": a bare infinitive right after the verb, its subject the object
    bare = [
        s
        for c in clauses
        if c.tag_ == "VB" and not _children_by(c, "aux")
        for s in _children_by(c, "nsubj")
        if s.left_edge.i == tok.i + 1
    ]
    return nouns + placed + reduced + bare


def _reduced_relative(verb: Token, clause: Token) -> bool:
    """ "freed 14 officers kept captive for years": a past participle on the object, parsed as a clause
    with the object as its subject right after the verb."""
    subjects = _children_by(clause, "nsubj")
    return (
        clause.tag_ in ("VBD", "VBN")
        and not _children_by(clause, "aux")
        and not _children_by(clause, "mark")
        and len(subjects) == 1
        and subjects[0].left_edge.i == verb.i + 1
    )


def _object_heads(tok: Token, compounds: bool = False) -> list[Token]:
    """The words naming what a verb acts on, through coordination, quantities and (for things, not
    people: "held a family meeting") compounds: "returned dozens of artifacts", "sent vehicles and
    troops", "provided shelter materials", "allow the inspectors to return"."""
    heads = []
    for c in _patients(tok) + _infinitive_subjects(tok) + _small_clause_objects(tok):
        for x in (c, *(g for g in c.children if g.dep_ == "conj")):
            heads += [x, *(_modifiers(x) if compounds else ())]
            # "forty per cent of the debt"
            x = next((g for p in _children_by(x, "prep") if p.lower_ == "per" for g in p.children), x)
            if _quantity(x):
                # "froze $40 million in aid": the parser may hang the "in" phrase on the verb
                heads += _counted(x) + [g for g in _prep_objects(tok, "in") if g.pos_ == "NOUN"]
            elif lemma_of(x) in COLLECTIVES:  # "a team of UN monitors"
                heads += _prep_objects(x, "of")
    return heads


def _counted(quantity: Token, depth: int = 3) -> list[Token]:
    """What a quantity counts, through nested quantities: "tens of millions of dollars in development
    assistance" counts dollars and assistance."""
    found = [g for p in _children_by(quantity, "prep") if p.lower_ in ("of", "in") for g in p.children]
    if depth > 1:
        found += [t for g in found if _quantity(g) for t in _counted(g, depth - 1)]
    return found


def _modifiers(noun: Token) -> list[Token]:
    """Noun modifiers with their conjuncts: "aid trucks", "search and rescue teams"."""
    mods = [g for g in noun.children if g.dep_ in ("compound", "nmod")]
    return mods + [c for m in mods for c in m.children if c.dep_ == "conj"]


def _children_by(tok: Token, dep: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ == dep]


def _quantity(tok: Token) -> bool:
    return tok.pos_ == "NUM" or tok.like_num or lemma_of(tok) in QUANTITY or tok.text in ("$", "€", "£")


def _police_agent(tok: Token) -> bool:
    by = [
        g
        for c in tok.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for g in c.children
    ]
    # "by a police team", "by an army party": a unit a police or military word names is the force
    # (not "police informers"), unless the sentence is a sports report ("an army team in the final")
    units = [c for g in by if _force_unit(g) for c in g.children if c.dep_ == "compound"]
    return any(sectors().get((lemma_of(g),)) in ("COP", "MIL") for g in by + units)


def _force_unit(noun: Token) -> bool:
    """A listed unit word ("party", "patrol"); "team" or "squad" not in a sports sentence."""
    if lemma_of(noun) not in FORCE_UNITS:
        return False
    return lemma_of(noun) not in PRIVATE_WORDS or not any(
        lemma_of(t) in PRIVATE_WORDS for t in noun.sent if t != noun
    )


def requirement_met(hit_head: Token, trig: Trigger) -> bool:
    return not trig.require or any(
        all(_requirement(hit_head, req) or _owned_instead(hit_head, trig, req) for req in alt)
        for alt in _alternatives(trig.require)
    )


@cache
def _alternatives(require: str) -> tuple[tuple[str, ...], ...]:
    """A row's `require` split once: alternatives ("||") of conditions that must all hold ("&")."""
    return tuple(tuple(alt.split("&")) for alt in require.split("||"))


@cache
def _condition(req: str) -> tuple[str, bool, frozenset[str]]:
    """A condition read once: a name ("human_object") or a name with a word list ("object=aid|food")."""
    name, listed, arg = req.partition("=")
    return name, bool(listed), frozenset(arg.split("|"))


OWNED_STATEMENTS = words("owned_statements")
HOLDING_SECTORS = ("GOV", "COP", "MIL", "JUD", "LEG")  # bodies that detain, not abduct
THREAT_CONSEQUENCES = words("threat_consequences")  # steps away from cooperation: "would quit the talks"
EXPOSURE_VERBS = ("risk", "face")  # what a party is told it risks or faces: a consequence of its own
CLASS_PRONOUNS = ("anyone", "anybody", "whoever", "everyone", "everybody")  # whoever does something
OFFENDERS = words("offenders")  # people named by what they do wrong: "rioters will be shot"
DISPARAGING = words("disparaging")
REBUTTED_STATEMENTS = words("rebutted_statements")
OWNED_ACTS = words("owned_acts")
OWNED_ANY_ACTS = words("owned_any_acts")
PUBLIC_SECTORS = ("GOV", "LEG", "IGO")
STATE_BODIES = (*PUBLIC_SECTORS, "COP", "MIL", "JUD")
STATE_LEADERS = ("leader", "ruler", "strongman")
OWNER_ENTITIES = words("owner_entities")
OWNED_THREAT_OUTCOMES = words("owned_threat_outcomes")
TALK_NOUNS = words("talk_nouns")
ACT_THREAT_NOUNS = words("act_threat_nouns")


def _owned_instead(hit_head: Token, trig: Trigger, req: str) -> bool:
    """A statement noun a named actor owns needs no telling verb (`head=`): "Seoul's rejection of the
    offer" reports that Seoul rejected it as "Seoul announced its rejection" does."""
    if not req.startswith("head=") or not owned_noun(hit_head):
        return False
    # a threat's content is a future act of the owner or a force, as for the verb: not "Microsoft's
    # warning that profits would fall", "Apple's warning of weaker sales"
    return (
        trig.plover != "THREATEN"
        or _future_clause(hit_head, ("acl",))
        or _threatened_outcome(hit_head)
        or _threatened_act(hit_head)
    )


def _threatened_outcome(noun: Token) -> bool:
    """ "warning of retaliation", "threat of sanctions": what the owner holds over the recipient."""
    return any(lemma_of(o) in OWNED_THREAT_OUTCOMES for o in _prep_objects(noun, "of"))


def _threatened_act(noun: Token) -> bool:
    """ "Kenya's threat to expel the envoy": the infinitive names a conflict act (not "the warning to
    stop the strike", an order)."""
    return lemma_of(noun) in ACT_THREAT_NOUNS and any(
        to_infinitive(v) and any(t.code.quad_class >= 3 for t in triggers().get(lemma_of(v), []))
        for v in _children_by(noun, "acl")
    )


def owned_noun(noun: Token) -> bool:
    """The noun's act is owned by a named actor: a statement with its content or an act on persons."""
    return _owned_statement(noun) or _owned_act(noun)


def _owned_act(noun: Token) -> bool:
    """ "the release of 40 prisoners by Israel", "Israel's release of the hostages", "Washington's
    suspension of military aid"."""
    lemma = lemma_of(noun)
    if not (nominal(noun) and lemma in OWNED_ACTS | OWNED_ANY_ACTS):
        return False
    if not any(_owner_entity(o) for o in _owners(noun)):
        return False
    if lemma in OWNED_ANY_ACTS:
        return any(_prep_objects(noun, p) for p in ("of", "into", "on"))
    return any(is_human(o) for o in _prep_objects(noun, "of"))


def _owned_statement(noun: Token) -> bool:
    """The noun's act is a statement owned by a named state, organisation or group, and the noun has its
    content ("Moscow's warning that it would cut off gas"); not a bare label ("Britain's charge
    d'affaires") nor a feeling ("the agency's concern that ...")."""
    return (
        nominal(noun)
        and lemma_of(noun) in OWNED_STATEMENTS
        and any(_owner_entity(o) for o in _owners(noun))
        and any(c.dep_ in ("acl", "prep") for c in noun.children)
    )


def _conflict_word(tok: Token) -> bool:
    """A word for force, coercion or a sanction: a material-conflict trigger or a threat outcome."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))]
    return lemma_of(tok) in OWNED_THREAT_OUTCOMES or any(
        t.code.quad_class == 4
        for w in heads
        if lemma_of(w) not in TALK_NOUNS
        for t in triggers().get(lemma_of(w), [])
    )


def _owner_entity(tok: Token) -> bool:
    """A named state, organisation or people, also a state the entity tagger missed or took for a
    person ("Togo's")."""
    return tok.ent_type_ in OWNER_ENTITIES or (
        tok.pos_ == "PROPN" and (country_of(tok.text) is not None or _capital_name(tok))
    )


def _owners(noun: Token) -> list[Token]:
    """Who does the noun's act: its possessor or its "by" agent ("threats by the army")."""
    by_agents = [
        o for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for o in c.children
    ]
    return [*_children_by(noun, "poss"), *by_agents]


PAIR_WORDS = words("pair_words")
TARGET_PREPS = words("target_preps")
PARTY_PREPS = words("party_preps")
FIRST_PERSON = words("first_person")


def _requirement(hit_head: Token, req: str) -> bool:
    """One condition of a trigger row's `require` (see _condition). An unknown name is met, so a row
    never loses its hits to a misspelt name."""
    name, listed, words = _condition(req)
    if listed:
        check_listed = _LISTED_CHECKS.get(name)
        return check_listed(hit_head, words) if check_listed else True
    check = _CHECKS.get(name)
    return check(hit_head) if check else True


def _force_lemma(tok: Token) -> bool:
    """The word's lemma alone names the police or the military ("police", "troops"): the forces whose
    acts are coded (events._security_word also reads compounds and multiword sector names)."""
    return sectors().get((lemma_of(tok),)) in ("COP", "MIL")


def _troop_word(tok: Token) -> bool:
    """Police, soldiers or a force word ("troops", "forces", "battalion")."""
    return _force_lemma(tok) or lemma_of(tok) in FORCES


def _prep_objects(tok: Token, prep: str | None = None) -> list[Token]:
    """The objects of a word's prepositions (of `prep` only, when given): "shot to fame" -> "fame"."""
    return [g for c in _children_by(tok, "prep") if prep is None or c.lower_ == prep for g in c.children]


def _modified_noun(tok: Token) -> list[Token]:
    """The noun a participle or adjective trigger modifies ("a video shot from a helicopter")."""
    return [tok.head] if tok.dep_ in ("acl", "amod") else []


def _police_took_person(hit_head: Token) -> bool:
    """A person taken by the police ("X was picked up by police"), unless it is a thing ("the vessels
    were released by the navy")."""
    patients = _children_by(hit_head, "nsubjpass")
    return not any(c.pos_ == "NOUN" and c.is_lower and not is_human(c) for c in patients)


def _passive_human(hit_head: Token) -> bool:
    """A person is acted on in the passive ("two men were detained", "the detained men")."""
    if _police_agent(hit_head):
        return _police_took_person(hit_head)
    return any(map(_person, _children_by(hit_head, "nsubjpass"))) or any(
        map(is_human, _modified_noun(hit_head))
    )


def _foreign_object(hit_head: Token) -> bool:
    """`foreign_object`: what is acted on belongs to another named state than the doer's ("the US
    military trains Iraqi pilots", "froze the assets of the Tunisian president"), not to the doer's
    own ("the Indian army trained Indian soldiers") or to a doer of no known state ("the academy
    trained Indian officers")."""
    patients = _patients(hit_head)
    # "the assets of the Tunisian president", "accounts belonging to the Philippine president"
    owners = [o for p in patients for o in _prep_objects(p, "of")]
    owners += [
        o
        for p in patients
        for a in _children_by(p, "acl")
        if lemma_of(a) == "belong"
        for o in _prep_objects(a, "to")
    ]
    theirs = {c for p in patients + owners for c in noun_states(p)}
    subjects = acting_subjects(hit_head) + speaker_subjects(hit_head)  # "the EU said it would freeze"
    if theirs and any(_subject_sector(s) == "IGO" for s in subjects):
        return True  # "the EU froze the assets of Zimbabwe's leaders": every state is foreign to it
    ours = {c for s in subjects for c in noun_states(s)}
    return bool(theirs and ours) and not theirs & ours


def noun_states(noun: Token) -> set[str]:
    """The states a noun phrase names itself or by a demonym, compound or owner ("US", "Iraqi", "Kenya's")."""
    words = [noun, *(m for m in noun.children if m.dep_ in ("amod", "compound", "poss"))]
    # "the Tunisian/amod President/compound X"
    words += [a for m in words[1:] if m.dep_ == "compound" for a in m.children if a.dep_ == "amod"]
    found = {country_of(w.text) for w in words if w.ent_type_ in ("GPE", "NORP")}
    found |= {_capital_country(w) for w in words if _capital_name(w)}  # "Washington froze Iraqi assets"
    return {c for c in found if c}


def _capital_country(tok: Token) -> str | None:
    return next((country_iso3(p.country) for p in place_lookup(tok.text) if p.capital), None)


def _human_object(hit_head: Token) -> bool:
    """The act is done to a person ("released the hostages"), not to a thing."""
    if _police_agent(hit_head):
        return _police_took_person(hit_head)
    objects = _object_heads(hit_head)
    if any(o.dep_ == "dobj" and o.pos_ == "NOUN" for o in objects) and not any(map(_person, objects)):
        return False  # "released funds to the states": what it acts on is no person
    if any(o.dep_ == "dobj" and o.ent_type_ == "MONEY" for o in objects):
        return False  # "received $1 billion in aid from X": a sum
    return any(map(_person, objects + _prep_objects(hit_head) + _modified_noun(hit_head)))


def _object_in(hit_head: Token, listed: set[str]) -> bool:
    """`object=`: the sense is told by what is acted on ("fired a missile", "sent aid"), or by the kind a
    name is given ("shut down the daily Al-Shaab")."""
    objects = _object_heads(hit_head, compounds=True)
    return any(_forms(c) & listed for c in objects + _kinds(objects))


def _kinds(names: list[Token]) -> list[Token]:
    """The kind a name is given before it ("the reformist daily Salam": "daily")."""
    return [m for n in names if n.pos_ == "PROPN" for m in _children_by(n, "amod")]


def _protest_object(hit_head: Token) -> bool:
    """`protest_object`: what is acted on is a protest or crowd ("broke up a sit-in"), not a gang."""
    return any(
        (_forms(c) | {_hyphen_form(c)}) & PROTEST_GATHERINGS for c in _object_heads(hit_head, compounds=True)
    )


def _hyphen_form(tok: Token) -> str:
    """ "sitin" for the "in" of "sit-in"."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != "-":
        return ""
    return tok.doc[tok.i - 2].lower_ + tok.lower_


def _each_object_in(hit_head: Token, listed: set[str]) -> bool:
    """`each_object=`: every conjunct acted on is one of these, by itself or a modifier, and none is
    armed by its modifier ("deployed rescue crews", not "medics and snipers", "military doctors")."""
    objects = [o for o in _object_heads(hit_head) if not _quantity(o)]
    return bool(objects) and all(
        any(_forms(t) & listed for t in (o, *_modifiers(o)))
        and not any(map(_force_lemma, _children_by(o, "amod") + _modifiers(o)))
        for o in objects
    )


def _adopted_text(hit_head: Token) -> bool:
    """`adopted_text`: what is passed or adopted is a text or measure ("blocked the adoption of the
    budget"), not a convoy, marchers or a child ("blocked the passage of trucks")."""
    return any(
        _forms(t) & ADOPTED_TEXTS
        for c in _object_heads(hit_head)
        for p in _children_by(c, "prep")
        if p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
        for t in (o, *(g for g in o.children if g.dep_ == "conj"))
    )


def _no_object_in(hit_head: Token, listed: set[str]) -> bool:
    """`no_object=`, `object_not=`: another sense's object rules this one out ("shot a video")."""
    return not any(lemma_of(c) in listed for c in _acted_on(hit_head))


def agent_sector(tok: Token) -> str | None:
    """The sector of the word, read with its compounds when they name one ("European Union": IGO, not
    a labour union; "UN World Food Programme": IGO)."""
    table = actor_sectors()
    phrase = (*(lemma_of(c) for c in tok.children if c.dep_ == "compound" and c.i < tok.i), lemma_of(tok))
    # the longest named tail first: "UN World Food Programme" -> "world food programme"
    sector = next((table[phrase[k:]] for k in range(len(phrase)) if phrase[k:] in table), None)
    if sector == "PTY" and phrase[-1] == "congress" and congress_country(tok) is not None:
        return "LEG"  # "the U.S. Congress", "Peru's Congress": a legislature, not India's party
    return sector


CONGRESS_LEGISLATURES = words("congress_legislatures", "events_actor_words.json")
MODIFIER_DEPS = {"compound", "amod", "poss"}


def congress_country(tok: Token) -> str | None:
    """The country a modifier of "Congress" names when its legislature is called so ("the U.S. Congress")."""
    named = (country_of(c.text) for c in tok.children if c.dep_ in MODIFIER_DEPS)
    return next((c for c in named if c in CONGRESS_LEGISLATURES), None)


def public_body(tok: Token, of_sectors: tuple[str, ...] = PUBLIC_SECTORS) -> bool:
    """A state, or a body of one of the sectors: by default a government, legislature or
    intergovernmental body ("Canada", "the Senate", "the World Bank"), or a person titled as one."""
    # "the board of the IMF", "the IMF's board"
    owners = (
        [*_prep_objects(tok, "of"), *_children_by(tok, "poss")] if lemma_of(tok) in GOVERNING_BODIES else []
    )
    if any(public_body(g, of_sectors) for g in owners):
        return True  # "the board of the IMF"
    return tok.ent_type_ == "GPE" or _subject_sector(tok) in of_sectors


def party_word(tok: Token) -> bool:
    """A state, people, government, force, rebel, separatist or opposition group (a party only when its
    modifiers or state make it one), or an intergovernmental body: no firm, family, witness or bare
    pronoun ("they stopped cooperating with the investigators")."""
    if tok.ent_type_ in ("GPE", "NORP") or _subject_sector(tok) in PARTY_SECTORS:
        return True
    if _country_name(tok) or _capital_name(tok):
        return True  # a state the entity tagger left untyped: "Uzbekistan allied itself with X"
    # "the rebel delegation", "Iraq's main Shi'ite bloc", "the opposition Wafd party": a group word
    # with no sector, or a party, is told by its modifiers or its state (not "the English team")
    return agent_sector(tok) in ("-", "PTY") and any(
        agent_sector(m) in PARTY_SECTORS or (m.dep_ == "poss" and m.ent_type_ in ("GPE", "NORP"))
        for m in tok.children
        if m.dep_ in ("compound", "amod", "poss")
    )


def _subject_sector(tok: Token) -> str | None:
    """`agent_sector`, or for a person's name the sector of its title ("Libyan leader Muammar
    Gaddafi", "President Nicolas Sarkozy": GOV)."""
    sector = agent_sector(tok)
    if sector is not None or tok.ent_type_ != "PERSON":
        return sector
    titles = (_title_sector(c) for c in tok.children if c.dep_ == "compound" and c.i < tok.i)
    return next((t for t in titles if t not in (None, "-")), None)


def _title_sector(title: Token) -> str | None:
    """A title's sector; a state's "leader" or "ruler" is its government ("Libyan leader X")."""
    national = any(
        m.ent_type_ in ("NORP", "GPE") for m in title.children if m.dep_ in ("amod", "poss", "compound")
    )
    return "GOV" if national and lemma_of(title) in STATE_LEADERS else agent_sector(title)


def _capital_name(tok: Token) -> bool:
    """A capital named for its government that the entity tagger left untyped or mistyped ("Kigali
    said", "Kinshasa" as an organisation), standing alone (not the "Paris" of "Paris Hilton")."""
    alone = not tok.ent_type_ or (
        tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    )
    return tok.pos_ == "PROPN" and alone and any(p.capital for p in place_lookup(tok.text))


PARTY_SECTORS = ("GOV", "MIL", "IGO", "REB", "SEP", "OPP")
STATE_DOERS = ("GOV", "MIL", "COP")  # `state_subject`: a government, army or police acts for the state
AID_SECTORS = ("NGO", "IGO")
RELIEF_CUES = words("relief_cues")


def _relief_giving(hit_head: Token) -> bool:
    """ "The WFP delivered 2,000 tonnes of maize", "distributed free rice": staples given as relief,
    not the grain trade ("Russia delivered wheat to Egypt under a contract")."""
    subjects = acting_subjects(hit_head)
    owners = [o for s in subjects for o in _prep_objects(s, "of")]  # "truck convoys of the WFP"
    if any(agent_sector(s) in AID_SECTORS for s in subjects + owners):
        return True
    return any(lemma_of(m) in RELIEF_CUES for o in _children_by(hit_head, "dobj") for m in o.subtree)


AUTHORITY_SECTORS = ("GOV", "JUD", "COP", "MIL", "SPY")
PROTESTER_SECTORS = ("LAB", "OPP", "CVL", "AGR", "EDU")
OWN_POSSESSIVES = words("own_possessives")
TIES = words("ties")
FORCE_MODIFIERS = words("force_modifiers")
DEMANDED_ACTS = words("demanded_acts", "events_precision.json")
TIES_HARM = words("ties_harm")


def _own_protest(hit_head: Token) -> bool:
    """ "The union suspended its strike": the protesters call off their own protest, a concession; the
    state, a court or the police suspending a march bans it ("the court suspended the strike")."""
    subjects = acting_subjects(hit_head)
    if not subjects or any(agent_sector(s) in AUTHORITY_SECTORS or s.ent_type_ == "GPE" for s in subjects):
        return False
    owned = any(
        p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES
        for o in _children_by(hit_head, "dobj")
        for p in o.children
    )
    return owned or any(agent_sector(s) in PROTESTER_SECTORS for s in subjects)


def _acted_on(hit_head: Token) -> list[Token]:
    """Every word that may name what a verb acts on, wider than its objects, so that no other
    sense's object slips past: complements, the modified noun, prepositions' objects."""
    others = [c for c in hit_head.children if c.dep_ in ("dobj", "nsubjpass", "xcomp", "prt")]
    others += _modified_noun(hit_head)  # "a video shot from a helicopter"
    others += _prep_objects(hit_head)  # "shot to fame"
    # "met many of the demands", "resisted an attempt to rob him": the quantity's or attempt's content
    others += [
        g for c in others if _quantity(c) or c.pos_ in ("ADJ", "PRON", "DET") for g in _prep_objects(c, "of")
    ]
    others += [g for c in others if c.dep_ == "dobj" for g in _children_by(c, "acl")]
    return others


def _pobj_in(hit_head: Token, listed: set[str]) -> bool:
    """`pobj=`: a preposition's object tells the sense, also after a particle or on the direct object
    ("walked out of the talks", "blocked access to websites", "stood firm against the demands", "stayed
    away from parliament")."""
    owners = [
        hit_head,
        *(c for c in hit_head.children if c.dep_ in ("dobj", "prt", "prep", "acomp", "advmod")),
    ]
    # "stripped X, the deputy, of her citizenship": the preposition hung on the object's apposition;
    # "was welcomed by X at the airport": on the passive's agent
    owners += [a for o in owners if o.dep_ == "dobj" for a in o.children if a.dep_ == "appos"]
    owners += [g for a in _children_by(hit_head, "agent") for g in _children_by(a, "pobj")]
    objects = [g for o in owners for g in _prep_objects(o)]
    objects += [g for a in _active_agents(hit_head) for g in _children_by(a, "pobj")]
    if hit_head.pos_ == "NOUN" and hit_head.dep_ == "dobj":  # "staged a walkout/from the talks"
        objects += [g for p in _children_by(hit_head.head, "prep") if p.i > hit_head.i for g in p.children]
    # "voted down a bill" parsed with the bill as the particle's object
    objects += [g for o in owners if o.dep_ == "prt" for g in o.children if g.dep_ == "pobj"]
    # "arrived for two days of talks", "for a round of talks": what fills the span (not "a wave of")
    objects += [g for o in objects if lemma_of(o) in SPANS for g in _prep_objects(o, "of")]
    # "with plainclothes and uniformed police"
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    return any(lemma_of(g) in listed for g in objects + _kinds(objects))


def _as_object_in(hit_head: Token, listed: set[str]) -> bool:
    """`as=`, `as_not=`: what the verb's "as" phrase calls the acted-on is one of these; the parser hangs
    "as" on the verb or on its object ("held families as human shields")."""
    objects = _children_by(hit_head, "dobj")
    # "described the decision to abandon the treaty as a mistake": on the object's own clause too
    owners = [hit_head, *objects, *(t for o in objects for t in o.subtree if t.pos_ == "VERB")]
    return any(lemma_of(g) in listed for o in owners for g in _prep_objects(o, "as"))


def _active_agents(verb: Token) -> list[Token]:
    """ "abided by the ruling": the "by" phrase of an active verb the parser took for a passive's agent."""
    return [] if _children_by(verb, "auxpass") else _children_by(verb, "agent")


def _prep_in(hit_head: Token, allowed: set[str]) -> bool:
    """`prep=`: a complement, not a time ("insisted on Wednesday that ..."). A noun's complement may
    hang on the verb it is the object of ("launched an operation against militants")."""
    first = _first_conjunct(hit_head)  # "carried out drone and artillery strikes against X"
    lent = first.dep_ == "dobj" and hit_head.pos_ == "NOUN"
    owners = list(dict.fromkeys([hit_head, first, first.head])) if lent else [hit_head]
    # "sold missiles to Iran": the parser may call a "to" or "for" phrase a dative
    preps = [c for o in owners for c in o.children if c.dep_ in ("prep", "dative") and c.lower_ in allowed]
    preps += [a for a in _active_agents(hit_head) if a.lower_ in allowed]
    if hit_head.pos_ == "VERB":  # the partner or guest of an act on a thing: "hosted a dinner for X"
        partners = allowed & PARTNER_PREPS
        things = _children_by(hit_head, "dobj")
        preps += [c for o in things for c in _children_by(o, "prep") if c.lower_ in partners]
    return any(not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in preps)


def _security_subject(hit_head: Token) -> bool:
    """The police or army do it: "police fired to disperse the mob", "police had to fire"."""
    subjects = _children_by(hit_head, "nsubj")
    if hit_head.dep_ == "xcomp":  # "police had to fire", "police were forced to fire"
        subjects += _children_by(hit_head.head, "nsubj") + _children_by(hit_head.head, "nsubjpass")
    # "the police party, which fired back": the relative pronoun stands for the noun it hangs on
    subjects = [s.head.head if s.tag_ in ("WDT", "WP") and s.head.dep_ == "relcl" else s for s in subjects]
    # "the SRP men fired": the force may be the subject's compound
    return any(_force_lemma(w) for c in subjects for w in [c, *_children_by(c, "compound")])


def _actor_object(hit_head: Token) -> bool:
    """What is acted on is a party (a state, person, body or people), not a thing: also a body named by
    a common noun (events_words.json addressed_bodies: "the state coal board", "the ministry")."""
    return any(
        c.ent_type_ in ("GPE", "PERSON", "ORG", "NORP") or is_human(c) or lemma_of(c) in ADDRESSED_BODIES
        for c in _patients(hit_head)
    )


def _future_clause(hit_head: Token, clauses: tuple[str, ...] = ("ccomp", "xcomp")) -> bool:
    """A threat's content is a future act by the speaker, a force or a state: "warned it would
    retaliate", "warned that troops would fire", "Israel will respond with full force, X warned" (a
    noun's clause is an `acl`: "the warning that it would ...")."""
    return any(
        any(a.dep_ == "aux" and a.lower_ in FUTURE for a in c.children)
        and any(
            n.dep_ in ("nsubj", "nsubjpass") and (n.pos_ == "PRON" or is_forces(n) or party_word(n))
            for n in c.children
        )
        for c in hit_head.children
        if c.dep_ in clauses
    )


def any_move_warning(hit_head: Token) -> bool:
    """ "Beijing warned Taiwan that any move towards independence would mean war": a state holds force
    or sanctions over whatever step the recipient takes, a conditional threat (not "any delay would
    raise prices", a union's "would mean war", nor a sports body's "would bring sanctions")."""
    return any_move_outcome(hit_head) is not None


def any_move_outcome(hit_head: Token) -> Token | None:
    """The bare force or sanction word of a state's any-move warning ("would mean war"), or None."""
    if not any(_state_word(t) for s in warners(hit_head) for t in (s, *_children_by(s, "compound"))):
        return None
    for clause in _told_clauses(hit_head):
        future = any(a.dep_ == "aux" and a.lower_ in FUTURE for a in clause.children)
        subjects = [n for n in clause.children if n.dep_ in ("nsubj", "nsubjpass")]
        anything = any(d.dep_ == "det" and d.lower_ == "any" for n in subjects for d in n.children)
        outcomes = [t for t in clause.subtree if t.dep_ in ("dobj", "attr", "pobj") and _bare_outcome(t)]
        if future and anything and outcomes:
            return outcomes[0]
    return None


def conditional_warning(hit_head: Token) -> bool:
    """ "The EU warned Zagreb that talks could be frozen unless it handed over the general": a party
    to a dispute (a state, government, force, rebel group or IGO) warns of what will or could happen
    if the recipient does not comply, a conditional threat; an economist's "warned that prices would
    rise if ..." is no party's threat."""
    if not any(party_word(t) or public_body(t) for t in _warner_phrases(hit_head)):
        return False
    recipients = _children_by(hit_head, "dobj") + _children_by(hit_head, "nsubjpass")  # "Nairobi was warned"
    return any(
        (_consequence_aux(clause) or lemma_of(clause) == "face")  # "... that it faced sanctions unless"
        # the condition may hang on a conjunct: "could retake and hold Gaza if the rockets did not stop"
        and any(
            _actor_condition(c, recipients)
            for v in (clause, *clause.conjuncts)
            for c in _children_by(v, "advcl")
        )
        and _dealt_consequence(clause)
        for clause in _told_clauses(hit_head)
    )


def _told_clauses(verb: Token) -> list[Token]:
    """What a speech verb tells: its clauses, also one the parser hung on the person told as a relative
    clause ("warned the factions that aid would be cut off": "that" opens no relative clause when the
    clause has a subject of its own)."""
    told = [r for o in _children_by(verb, "dobj") for r in _children_by(o, "relcl") if _that_clause(r)]
    return _children_by(verb, "ccomp") + told


def _that_clause(clause: Token) -> bool:
    opened = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return opened and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _consequence_aux(clause: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ in CONSEQUENCE_AUX for a in clause.children)


def stated_threat(verb: Token) -> bool:
    """ "Athens said it could block all trade with Skopje if Skopje did not change its flag", "the
    negotiators will quit the talks unless Israel halts the deportations, an official said": a party
    states (in any words) a hostile act it or its side will or could take, on a condition set for
    another (`_set_condition`), a threat; "prices would rise unless spending is cut" deals no act,
    "talks would resume if ..." is no hostile one."""
    return _threat_clause(verb) is not None


def _threat_clause(verb: Token) -> tuple[Token, list[Token]] | None:
    """The clause of a `stated_threat` and its conditions, or None."""
    if not any(party_word(t) or public_body(t, STATE_BODIES) for t in _speaker_phrases(verb)):
        return None  # "police said a curfew would be clamped if ...": a state body speaks
    for clause in _told_clauses(verb):
        conditions = [c for c in _children_by(clause, "advcl") if _set_condition(c, clause)]
        if conditions and _hostile_consequence(clause):
            return clause, conditions
        if _conditional_class(clause) and _hostile_consequence(clause) and _harm_verb(clause):
            return clause, conditions
    return None


def _harm_verb(verb: Token) -> bool:
    """The verb's own words are force or coercion ("will be shot", "fired upon"; "returned" is no
    "return fire")."""
    rows = triggers().get(lemma_of(verb), [])
    return lemma_of(verb) in THREAT_CONSEQUENCES or any(
        t.code.quad_class == 4 and (len(t.words) == 1 or phrase_at(verb, t)) for t in rows
    )


def _conditional_class(clause: Token) -> bool:
    """The act will be done to whoever does something, a condition in the subject itself: "anyone caught
    looting will be shot", "any ship entering our waters will be fired upon", "protesters who block the
    roads will be arrested" (not "the two journalists will be released": people already named)."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")]
    # "Anyone caught looting will be shot": the parser makes the described person a clausal subject
    subjects += [
        n for c in clause.children if c.dep_ in ("csubjpass", "csubj") for n in _children_by(c, "nsubj")
    ]
    return any(
        s.lower_ in CLASS_PRONOUNS
        or (s.tag_ == "NNS" and lemma_of(s) in OFFENDERS and not _children_by(s, "det"))  # "rioters will be"
        or (
            s.pos_ == "NOUN"
            and (s.dep_ == "nsubjpass" or is_human(s))  # done to them, not "any increase would trigger"
            and not _children_by(s, "nummod")  # "all four Britons held by the US": people already known
            and (
                any(d.dep_ == "det" and d.lower_ in ("any", "every", "all") for d in s.children)
                or (s.tag_ == "NNS" and any(c.dep_ in ("relcl", "acl") for c in s.children))
            )
        )
        for s in subjects
    )


def _speaker_phrases(verb: Token) -> list[Token]:
    """`_warner_phrases`, also of the clause a participle hangs on ("the council drafted a letter,
    saying they would face sanctions if ...")."""
    own = _warner_phrases(verb)
    return own or (_warner_phrases(verb.head) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else [])


def threat_parties(verb: Token) -> tuple[Token | None, Token | None] | None:
    """Who threatens and whom in a `stated_threat` (None when there is none): the side that will act
    when named ("the negotiators will quit ..., an official said"), else the speaker (None: the usual
    subject); the one warned ("warned Belgrade that ..."), else the one it would be done to ("aid
    agencies would be thrown out"), else the one the condition is set for ("if Skopje did not change
    its flag")."""
    found = _threat_clause(verb)
    if found is None:
        return None
    clause, conditions = found
    # "told reporters": the press hears the threat, it is not its target
    addressed = [
        c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative") and agent_sector(c) != "MED"
    ]
    # "the FARC", "PLO negotiators", "Palestinian negotiators": a party, or people named by theirs
    subjects = [c for c in _children_by(clause, "nsubj") if c.pos_ != "PRON"]
    side = next((c for c in subjects if party_word(c) or _party_named(c)), None)
    # "Y would be thrown out", "X might haul Britain before the court", "Y risked being outlawed"
    suffering = (
        ("nsubjpass", "dobj", "nsubj") if lemma_of(clause) in EXPOSURE_VERBS else ("nsubjpass", "dobj")
    )
    done_to = [
        c
        for c in clause.children
        if c.dep_ in suffering
        and (c.dep_ == "nsubjpass" or c.pos_ != "PRON")
        and (party_word(c) or is_human(c) or agent_sector(c))
    ]
    set_for = [
        c
        for cond in conditions
        for c in _children_by(cond, "nsubj")
        if c.pos_ != "PRON" and (party_word(c) or public_body(c) or is_human(c))
    ]
    if lemma_of(verb) == "tell":  # "told cheering supporters that foreign diplomats will be thrown out"
        return side, next(iter(done_to + addressed + set_for), None)
    return side, next(iter(addressed + done_to + set_for), None)


def _party_named(noun: Token) -> bool:
    return is_human(noun) and _named_modifier(noun, ("compound", "amod"))


def _of_named(noun: Token) -> bool:
    """ "the board of the IMF": a body of a named organisation or state."""
    return any(g.ent_type_ in ("ORG", "GPE") for g in _prep_objects(noun, "of"))


def _named_modifier(noun: Token, deps: tuple[str, ...]) -> bool:
    """A group, state or people names the noun ("PLO negotiators", "the Agency's board")."""
    return any(m.dep_ in deps and m.ent_type_ in ("ORG", "GPE", "NORP") for m in noun.children)


def _hostile_consequence(clause: Token) -> bool:
    """A future or possible act, not negated, that is force, coercion or a sanction (the verb, its
    object or passive subject a material-conflict trigger: "would be thrown out") or a step away from
    cooperation ("will quit the talks", "could block all trade")."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    if lemma_of(clause) in EXPOSURE_VERBS:  # "said the party risked being outlawed (faced a ban) if ..."
        return any(_conflict_word(c) for c in clause.children if c.dep_ in ("xcomp", "dobj"))
    if not any(a.dep_ == "aux" and a.lower_ in CONSEQUENCE_AUX for a in clause.children):
        return False
    acted_on = [o for o in clause.children if o.dep_ in ("dobj", "nsubjpass")]
    acted_on += [g for g in _prep_objects(clause) if g.head.lower_ == "to"]  # "would resort to force"
    return lemma_of(clause) in THREAT_CONSEQUENCES or any(map(_conflict_word, (clause, *acted_on)))


def _set_condition(clause: Token, consequence: Token) -> bool:
    """ "unless Israel halts ...", "if Skopje did not change its flag", "if they kept boycotting", "if
    the shelling did not stop", "if the embargo is not lifted": a condition the speaker sets, an
    "unless", or an "if" on what someone does or on hostilities; not "if it rains", nor the actor's own
    lot ("the party would cut the number of MPs if they were elected": "they" is the party)."""
    marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
    if "unless" in marks:
        return True
    named_actor = any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in consequence.children)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    asked = lemma_of(clause) in DEMANDED_ACTS and {"neg", "auxpass"} <= {c.dep_ for c in clause.children}
    if "if" in marks and asked:
        return True  # "if the moratorium was not extended": an act asked of someone
    return "if" in marks and any(
        (c.lower_ != "it" and not named_actor)
        if c.pos_ == "PRON"
        else party_word(c) or public_body(c) or is_human(c) or _conflict_word(c) or _named_activity(c)
        for c in subjects
    )


def _named_activity(noun: Token) -> bool:
    """An activity named by a gerund with its kind ("if settlement building continued")."""
    return noun.tag_ == "NN" and noun.lower_.endswith("ing") and bool(_children_by(noun, "compound"))


def _conditional_of(verb: Token) -> bool:
    """ "Farmers' unions warned of road blockades if subsidies are cut": a party or a protesting body
    warns of its own hostile act on a condition (not "economists warned of job losses if ...")."""
    condition = any(map(_if_clause, _children_by(verb, "advcl")))
    if not condition or not any(_conflict_word(o) for o in _prep_objects(verb, "of")):
        return False
    return any(party_word(t) or agent_sector(t) in PROTESTER_SECTORS for t in _warner_phrases(verb))


def phrase_states(head: Token) -> set[str]:
    """The states a noun phrase's own words name ("the U.S. ambassador", "Israeli Defence Minister X")."""
    phrase = head.doc[head.left_edge.i : head.i + 1]
    return {country_of(t.text) for t in phrase if t.ent_type_ in ("GPE", "NORP")} - {None}


def _warner_phrases(verb: Token) -> list[Token]:
    """The words of the warners' phrases: the whole phrase speaks for the party ("Interior Minister
    Farid Benali warned")."""
    return [t for s in warners(verb) for t in s.doc[s.left_edge.i : s.i + 1]]


def _if_clause(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children)


def _dealt_consequence(clause: Token) -> bool:
    """The consequence is an act someone deals, itself, its object or its subject an event word ("talks
    could be frozen", "would face sanctions", "sanctions would follow"), not how things go ("the
    economy could shrink")."""
    # also what comes to pass: "sanctions would follow"; or is dealt: "a curfew would be clamped"
    objects = [o for o in clause.children if o.dep_ in ("dobj", "attr", "nsubj", "nsubjpass")]
    # (by _entries: "could re-enter the towns" is an entry again)
    return any(_entries(t) for t in (clause, *objects)) or _harmed_ties(clause, objects)


def _harmed_ties(clause: Token, words: list[Token]) -> bool:
    """ "relations would suffer serious damage", "ties would be hurt": the warner's ties held over the
    recipient (a threat to reduce relations)."""
    ties = [t for t in (*words, *_prep_objects(clause)) if lemma_of(t) in TIES]
    return bool(ties) and any(lemma_of(t) in TIES_HARM for t in (clause, *words))


def _actor_condition(clause: Token, recipients: list[Token]) -> bool:
    """An "if"/"unless" clause on what an actor does ("unless it hands over the general", "if Iran
    does not comply", to warned parties "unless the fighting stops"), not on how things go ("if
    interest rates rise", "unless wages are restrained", "if it snowed"): a pronoun only when it stands
    for the warned recipient."""
    if not _if_clause(clause):
        return False
    return any(
        c.dep_ == "nsubj"
        and (
            any(_pronoun_for(c, r) for r in recipients)
            if c.pos_ == "PRON"
            else party_word(c)
            or public_body(c)
            or is_human(c)
            or (bool(recipients) and _named_activity(c))
            or _conflict_word(c)  # "if rocket fire did not stop": the other side's hostile act
        )
        for c in clause.children
    )


def _pronoun_for(pron: Token, noun: Token) -> bool:
    """The pronoun can stand for the noun: "it" for Taiwan or the bank, "they" for farmers, "he"
    or "she" for a person."""
    plural = noun.tag_ in ("NNS", "NNPS")
    if pron.lower_ == "it":
        return not plural and noun.ent_type_ != "PERSON"
    if pron.lower_ == "they":
        return plural or noun.ent_type_ == "NORP"
    if pron.lower_ in ("he", "she"):
        return not plural and is_human(noun)
    return False


def _state_word(tok: Token) -> bool:
    """A state, its government or its forces ("Beijing", "the defence minister", "the army")."""
    return tok.ent_type_ == "GPE" or agent_sector(tok) in ("GOV", "MIL")


def _bare_outcome(tok: Token) -> bool:
    """ "would mean war", "would be met with force": the warner's own force, not a figurative or
    third party's ("a price war", "a war with the unions", "retaliation from Beijing")."""
    # "would mean war", "would be met with military force"
    if lemma_of(tok) not in FORCE_OUTCOMES or any(
        c.dep_ != "det" and not (c.dep_ == "amod" and lemma_of(c) in FORCE_MODIFIERS) for c in tok.children
    ):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return not any(
        p.dep_ == "prep" and p.lower_ in THIRD_PARTY_PREPS and p != tok.head for p in verb.children
    )


def _commitment(hit_head: Token) -> bool:
    """An act is agreed to, not a clause reported: a clause after the complement is another verb
    ("agreed to resign after ...")."""
    deps = ("xcomp", "prep", "dobj", "ccomp")
    first = next((c for c in hit_head.rights if c.dep_ in deps), None)
    return first is not None and first.dep_ != "ccomp"


def _labour_subject(hit_head: Token) -> bool:
    """Workers strike ("the doctors struck work", "the union will strike", "the union said it would
    strike"), not a bomb or a storm."""
    return any(
        lemma_of(c) in WORKERS or sectors().get((lemma_of(c),)) == "LAB" for c in speaker_subjects(hit_head)
    )


def speaker_subjects(clause: Token) -> list[Token]:
    """The clause's subjects, a pronoun subject of a reported clause read as the reporter's subject
    ("the rebels said they were ready": the rebels; "the union said its members would strike": the
    union)."""
    subjects = _children_by(clause, "nsubj")
    reported = clause.dep_ == "ccomp" and lemma_of(clause.head) in SPEECH
    return [
        t
        for s in subjects
        for t in (_children_by(clause.head, "nsubj") if reported and _reporter_pronoun(s) else [s])
    ]


def _reporter_pronoun(subj: Token) -> bool:
    """A pronoun, or the reporter's own members ("its members", "their supporters")."""
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)
    return subj.pos_ == "PRON" or (owned and lemma_of(subj) in OWN_MEMBERS)


def coercion_clause(hit_head: Token) -> bool:
    """`coercion_clause`: a future passive clause of a coercion or sanction the speaker's state can
    impose ("warned that any newspaper printing it would be closed down", "would be expelled")."""
    for clause in _told_clauses(hit_head):
        future = any(a.dep_ == "aux" and a.lower_ in FUTURE for a in clause.children)
        passive = any(a.dep_ == "auxpass" for a in clause.children)
        entries = [t for t in triggers().get(lemma_of(clause), []) if t.pos == "V" and phrase_at(clause, t)]
        kinds = {t.plover for t in entries if _object_sense(clause, t)}
        if future and passive and kinds & {"COERCE", "SANCTION"}:
            return True
    return False


def _object_sense(verb: Token, trig: Trigger) -> bool:
    """The trigger's `object=` condition alone holds (a passive future clause has no subject to test)."""
    conditions = [c for alt in trig.require.split("||") for c in alt.split("&") if c.startswith("object=")]
    return not conditions or any(_requirement(verb, c) for c in conditions)


def _deadline_acts(hit_head: Token) -> list[Token]:
    """`deadline`: a party is given a time to act, a demand ("gave Iraq 48 hours to leave Kuwait",
    "gave Belgrade until Friday to withdraw its troops", "gave the government a week to release"):
    the acts demanded, none when no time is given."""
    spans = [
        c for c in hit_head.children if c.dep_ in ("dobj", "npadvmod", "prep") and lemma_of(c) in DEADLINES
    ]
    acts = [c for c in hit_head.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)]
    # "30 days to leave" (the infinitive also parsed as a relative clause of the span)
    acts += [c for s in spans for c in s.children if c.dep_ in ("acl", "relcl") and to_infinitive(c)]
    return acts if spans else []


def _ultimatum(hit_head: Token) -> bool:
    """A deadline with the price of missing it: "gave the agencies until Tuesday to move or face
    closure" (CAMEO 139)."""
    prices = ("face", "risk", "suffer")
    return any(
        # "or face arrest", also with "face" tagged a noun of "arrest"
        c.dep_ == "conj" and any(lemma_of(w) in prices for w in (c, *_children_by(c, "compound")))
        for act in _deadline_acts(hit_head)
        for c in act.children
    )


def _event_xcomp(hit_head: Token) -> bool:
    """An event is named in the complement: "ready to resume talks", "prepared to make concessions"."""
    return any(names_trigger(t) for c in _children_by(hit_head, "xcomp") for t in (c, *_patients(c)))


def names_trigger(tok: Token) -> bool:
    """A trigger's words start at the token: "resume talks", not the "stand" of "stand up to"."""
    return any(phrase_at(tok, t) for t in triggers().get(lemma_of(tok), []))


def _joint_subject(hit_head: Token) -> bool:
    """Both sides are the subject: "X and Y discussed", "the two leaders discussed"."""
    subjects = _children_by(hit_head, "nsubj")
    both = any(g.lower_ in PAIR_WORDS for c in subjects for g in c.children)
    return both or any(_children_by(c, "conj") for c in subjects)


def _xcomp(hit_head: Token) -> bool:
    """An act that another is let or made to do: "allow the WFP to deliver food" (often parsed as a
    clause)."""
    return any(
        (c.dep_ == "xcomp" and to_infinitive(c))
        or _actor_infinitive(c)
        or _misparsed_xcomp(c)
        or _controlled_advcl(c)
        for c in hit_head.children
    )


def _controlled_advcl(clause: Token) -> bool:
    """ "encouraged President Banda in May to open the door" parsed as a purpose clause: the
    infinitive of a verb of asking or making whose object is a party is what the party is asked to do."""
    verb = clause.head
    return (
        clause.dep_ == "advcl"
        and to_infinitive(clause)
        and lemma_of(verb) in OBJECT_CONTROL
        and not any(c.dep_ in ("nsubj", "mark") for c in clause.children)
        and any(o.dep_ == "dobj" and (party_word(o) or is_human(o)) for o in verb.children)
    )


def _action_complement(hit_head: Token) -> bool:
    """What the actor commits to is an act: a to-infinitive or "to" with a gerund ("committed to
    opening the market", "its commitment to train the coast guard"), not a thing or a person ("committed
    to his family", "committed to a clinic")."""
    return any(
        (c.dep_ in ("xcomp", "acl") and to_infinitive(c))
        or (
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
        )
        for c in hit_head.children
    )


def _actor_pobj(hit_head: Token) -> bool:
    """The act's party is named after a preposition: "cut funding for the UN agency", not "for its
    research division"."""
    owners = _party_owners(hit_head)
    return any(
        t.ent_type_ in ("ORG", "GPE", "NORP") or sectors().get((lemma_of(t),), "-") != "-"
        for o in owners
        for p in _children_by(o, "prep")
        if p.lower_ in PARTY_PREPS
        for g in _children_by(p, "pobj")
        # "the UN agency", "Chinese steel": a compound or adjective may name the party
        for t in (g, *_children_by(g, "compound"), *_children_by(g, "amod"))
    )


def _party_owners(hit_head: Token) -> list[Token]:
    """The words whose prepositions may name the act's party: the trigger, its object and, for a
    noun that is a verb's object, that verb ("slapped tariffs on Chinese steel")."""
    verb = [hit_head.head] if hit_head.dep_ == "dobj" and hit_head.pos_ == "NOUN" else []
    return [hit_head, *_children_by(hit_head, "dobj"), *verb]


def _gpe_pobj(hit_head: Token) -> bool:
    """The act's party after a preposition is a state: "cut off gas to Ukraine", not "supplies to a
    tenant" nor "deliveries to Apple" (a firm's trade dispute is no sanction)."""
    owners = _party_owners(hit_head)
    return any(
        t.ent_type_ == "GPE"
        for o in owners
        for p in _children_by(o, "prep")
        if p.lower_ in PARTY_PREPS
        for g in _children_by(p, "pobj")
        for t in (g, *_children_by(g, "conj"))
    )


def _of_states(noun: Token) -> bool:
    """ "a tour of Latin America", "a tour of seven African countries": states or regions, not "a tour of
    the flooded areas" (an inspection at home)."""
    return any(
        g.ent_type_ in ("GPE", "LOC") or lemma_of(g) in ("country", "nation", "capital")
        for g in _prep_objects(noun, "of")
    )


def _national_subject(verb: Token) -> bool:
    """A state or party acts, or a group that speaks for a named state: "the Palestinian negotiating
    team called off talks", not "the English team" or "the union"."""
    return any(
        party_word(s)
        or (
            (lemma_of(s) in NATIONAL_GROUPS or _negotiating_team(s))
            and any(c.ent_type_ in ("GPE", "NORP") for c in s.children if c.dep_ in STATE_MODIFIER_DEPS)
        )
        for s in acting_subjects(verb)
    )


def _negotiating_team(noun: Token) -> bool:
    """ "the negotiating team": a team that speaks for its side, not a sports side."""
    return lemma_of(noun) == "team" and any(
        c.lower_ in NATIONAL_TEAM_MODIFIERS or lemma_of(c) in NATIONAL_TEAM_MODIFIERS for c in noun.children
    )  # also as written: the tagger reads "negotiating" as a noun or a verb (lemma "negotiate")


def _infinitive_in(hit_head: Token, listed: set[str]) -> bool:
    """`infinitive=`: the act ordered is one of these: "ordered the mission to leave" (often parsed
    as a clause)."""
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and to_infinitive(c) and lemma_of(c) in listed
        for c in hit_head.children
    )


def _of_forces(hit_head: Token) -> bool:
    """Whatever an "of" names is people or forces ("deployment of troops"), not goods."""
    return all(is_human(g) or _troop_word(g) for g in _prep_objects(hit_head, "of"))


def _of_military(hit_head: Token) -> bool:
    """ "the mobilisation of troops, reservists": an army called up, not police, volunteers or a
    workforce."""
    called = _prep_objects(hit_head, "of")
    return bool(called) and all(_forms(g) & MOBILISED_FORCES for g in called)


def military_unit(tok: Token) -> bool:
    """A division, brigade or regiment that is an army's: counted or plural ("two brigades"), named
    military ("an armoured division") or "of troops"; not "the tax division", "the fire brigade"."""
    if not _forms(tok) & UNIT_NOUNS or _civil_modified(tok):
        return False
    counted = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in tok.children)
    military = any(
        lemma_of(m) in MILITARY_MODIFIERS or _force_lemma(m)
        for m in tok.children
        if m.dep_ in ("amod", "compound")
    )
    of_troops = any(_troop_word(g) for g in _prep_objects(tok, "of"))
    civil = any(
        c.dep_ == "compound" and not (lemma_of(c) in MILITARY_MODIFIERS or c.ent_type_) for c in tok.children
    )
    return (counted or military or of_troops) and not (civil and not military)


def _civil_modified(tok: Token) -> bool:
    """ "the fire brigade", "its security division", "the national carrier": a civil unit."""
    return any(c.dep_ in ("amod", "compound") and lemma_of(c) in CIVIL_UNIT_MODIFIERS for c in tok.children)


def _military_thing(tok: Token, listed: set[str]) -> bool:
    """A listed force or weapon as the head of what is moved or sent: not a compound ("an artillery
    museum"), a civil unit, "tanks of water" or a carrier that is no warship."""
    if tok.dep_ == "compound":  # "a carrier group" is a warship's group, "an artillery museum" a museum
        return "carrier" in _forms(tok) & listed and lemma_of(tok.head) in CARRIER_GROUPS
    if not _forms(tok) & listed or _civil_modified(tok):
        return False
    if _forms(tok) & UNIT_NOUNS:
        return military_unit(tok)
    held = _prep_objects(tok, "of")  # "tanks of drinking water", "missiles of the old fleet"
    if held and not any(_troop_word(g) for g in held):
        return False
    if "carrier" in _forms(tok):
        return any(lemma_of(c) in MILITARY_MODIFIERS for c in tok.children if c.dep_ in ("amod", "compound"))
    return True


def _force_object(hit_head: Token, listed: set[str]) -> bool:
    """`force_object=`: a listed force or weapon is what is moved or sent, as `_military_thing`."""
    return any(_military_thing(o, listed) for o in _object_heads(hit_head, compounds=True))


def _doers(hit_head: Token) -> list[Token]:
    """The acting subjects and a passive's agent ("reinforcements were sent by the army")."""
    subjects = acting_subjects(hit_head)
    return subjects + [a for a in _passive_agents(hit_head) if a not in subjects]


def _armed_state_subject(hit_head: Token) -> bool:
    """A state or its armed forces send or move the force ("Russia", "the navy"), not a government
    office, a firm, the police or the fire brigade; a noun's are its verb's ("the army held drills")."""
    return any(
        (c.ent_type_ == "GPE" or _country_name(c) or agent_sector(c) == "MIL") and not _civil_modified(c)
        for c in _doers(_verb_of(hit_head))
    )


def _verb_of(hit_head: Token) -> Token:
    """The verb whose doers a trigger's are: its own, or for a noun the verb it is told through."""
    return governor(hit_head) if hit_head.pos_ in ("NOUN", "PROPN") else hit_head


def _show_of_force(hit_head: Token) -> bool:
    """Drills by one side and for war: no "joint" drills, none held "with" another (cooperation), no
    rescue or evacuation drill."""
    verb = _verb_of(hit_head)
    modifiers = [lemma_of(c) for c in hit_head.children if c.dep_ in ("amod", "compound")]
    if any(m in CIVIL_DRILL_MODIFIERS for m in modifiers):
        return False
    return not any(m in ("joint", "combined") for m in modifiers) and not any(
        c.dep_ == "prep" and c.lower_ == "with" for t in (hit_head, verb) for c in t.children
    )


def _counted_force_subject(hit_head: Token) -> bool:
    """Armed forces gather: "thousands of troops", "security forces", "Russian forces"; a bare or
    market, political or opposition "forces" is no army."""
    for subj in _counted_subjects(hit_head):
        if "force" not in _forms(subj):
            return True
        mods = [m for m in subj.children if m.dep_ in ("amod", "compound", "poss")]
        if any(lemma_of(m) in FORCE_MODIFIERS or m.ent_type_ in ("GPE", "NORP") for m in mods):
            return True
    return False


def _no_gathering(hit_head: Token) -> bool:
    """Not gathered for an occasion: "massed for the parade", "at the funeral", "before the derby"."""
    return not any(t.dep_ == "pobj" and lemma_of(t) in GATHERING_PURPOSES for t in hit_head.subtree)


def _no_relief_purpose(hit_head: Token) -> bool:
    """Not sent or called up for relief: "to rescue migrants", "to help evacuate residents", "to
    fight the wildfires"."""
    purposes = [t for t in hit_head.subtree if t.pos_ == "VERB" and to_infinitive(t) and t != hit_head]
    return not any(
        lemma_of(w) in RELIEF_PURPOSES or lemma_of(w) in NATURAL_FORCES for p in purposes for w in p.subtree
    )


def readiness_party(adj: Token, plover: str) -> bool:
    """Who says it is ready to act is a party: a state, force, rebel or opposition group, the police,
    or for a protest a union or farmers ("the rebels said they were ready to attack"), not a striker,
    a boxer or a firm."""
    clause = adj.head if adj.dep_ == "acomp" else adj
    subjects = speaker_subjects(clause)
    sectors_ok = PARTY_SECTORS + ("COP",) + (PROTESTER_SECTORS if plover == "PROTEST" else ())
    return any(
        w.ent_type_ in ("GPE", "NORP") or agent_sector(w) in sectors_ok or _capital_name(w)
        for s in subjects
        for w in (s, *_children_by(s, "compound"), *_children_by(s, "amod"))
    )


def _no_game(hit_head: Token) -> bool:
    """The sentence is no game report ("sent reinforcements into the box", "up the pitch", "called off
    the friendly": an adjective heading a noun phrase is used as a noun)."""
    used_as_noun = ("NOUN", "dobj", "nsubj", "nsubjpass", "pobj")
    return not any(
        (t.pos_ in used_as_noun or t.dep_ in used_as_noun) and lemma_of(t) in GAME_WORDS
        for t in hit_head.sent
        if t.pos_ != "PROPN"  # "the Awami League", a party
        and t.lower_ != "strikers"  # workers on strike, more often than a team's forwards
    )


def peacekeeping(hit_head: Token) -> bool:
    """A peacekeeping mission is named in the clause of the verb, or of the verb a noun is the object
    of ("announced the deployment of troops to the region on a peacekeeping mission")."""
    clause = [hit_head, hit_head.head] if hit_head.dep_ in ("xcomp", "conj", "dobj") else [hit_head]
    return any(lemma_of(t).startswith("peacekeep") or _keeps_peace(t) for v in clause for t in v.subtree)


def _keeps_peace(verb: Token) -> bool:
    """A purpose of policing or monitoring a peace: "troops to police a Bosnian peace settlement"."""
    if lemma_of(verb) not in PEACE_KEEPING_VERBS or not to_infinitive(verb):
        return False
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    return any(lemma_of(w) in PEACE_TERMS for o in objects for w in (o, *o.children))


def _label_words(verb: Token) -> list[Token]:
    """What a verb calls its object: an object predicate ("called the move a provocation"), an "as"
    phrase ("described the government as lawless", "dismissed as unfair a decision") or a noun phrase
    the parser hung on the object ("branded the kidnapping an act of piracy"); with their modifiers
    and what an "of" phrase names ("an act of piracy")."""
    objects = _children_by(verb, "dobj")
    labels = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.pos_ in ("NOUN", "ADJ")]
    # "branded NATO's bombing of a train a war crime": the label read as the object's apposition
    labels += [
        c
        for o in objects
        for c in o.children
        if c.dep_ in ("dobj", "npadvmod", "oprd", "appos") and c.i > o.i
    ]
    labels += objects[1:]  # "pronounced the novelist an apostate"
    # "described the government as lawless", parsed as two adverbs
    labels += [c for c in verb.children if c.dep_ == "advmod" and any(a.lower_ == "as" for a in c.children)]
    # "described the decision to abandon the treaty as a mistake": on the object's own clause too
    clauses = [t for o in objects for t in o.subtree if t.pos_ == "VERB"]
    for owner in (verb, *objects, *clauses):
        for prep in (c for c in owner.children if c.dep_ == "prep" and c.lower_ == "as"):
            labels += [c for c in prep.children if c.dep_ in ("pobj", "amod", "acomp", "advmod")]
    return [
        w
        for label in labels
        for n in (label, *_prep_objects(label, "of"))
        for w in (n, *(m for m in n.children if m.dep_ in ("amod", "compound")))
    ]


def _patient(hit_head: Token) -> bool:
    """The act has a target: an object, or one after "at", "on" or "against"."""
    return bool(_patients(hit_head)) or any(c.lower_ in TARGET_PREPS for c in _children_by(hit_head, "prep"))


def _no_civilian_subject(hit_head: Token) -> bool:
    """Neither a civilian agent nor the speaker ("we fired") does it."""
    return not _civilian_agent(hit_head) and not any(
        c.lower_ in FIRST_PERSON for c in _children_by(hit_head, "nsubj")
    )


def _armed_surrender(hit_head: Token) -> bool:
    """Surrendering to the police is a retreat only by rebels or soldiers ("40 Maoists surrendered to
    police"), not a suspect giving himself up in a criminal case."""
    if not any(agent_sector(o) == "COP" for o in _prep_objects(hit_head, "to")):
        return True
    subjects = [w for s in acting_subjects(hit_head) for w in _named_with(s)]
    return any(actor_sectors().get((f,)) in ("REB", "MIL") for w in subjects for f in _forms(w))


def _unarmed_subject(hit_head: Token) -> bool:
    """People who bear no arms: "opposition supporters clashed with police" is a riot, not a battle."""
    subj = next(iter(_children_by(hit_head, "nsubj")), None)
    return subj is not None and is_human(subj) and sectors().get((lemma_of(subj),)) not in ARMED


def _refused_act(hit_head: Token) -> bool:
    """A refusal: "has no intention of withdrawing" (an act, but not "of hurting anyone")."""
    acts = _prep_objects(hit_head, "of")
    return any(c.dep_ == "det" and c.lower_ == "no" for c in hit_head.children) and any(
        all(t.plover != "ASSAULT" for t in triggers()[lemma_of(a)]) for a in acts if lemma_of(a) in triggers()
    )


def _state_clause(hit_head: Token) -> bool:
    """What a party is to do: "wants India to withdraw", "wants Putin to attack"; not what it is to be
    ("wanted the UK to be prosperous")."""
    return any(
        (
            s.ent_type_ in ("GPE", "ORG", "NORP")
            or (s.ent_type_ == "PERSON" and lemma_of(s.head) in triggers())
        )
        and lemma_of(s.head) not in STATE_VERBS
        for s in _infinitive_subjects(hit_head)
    )


def _head_in(hit_head: Token, allowed: set[str]) -> bool:
    """`head=`: a noun trigger's event is told through one of these words ("held talks", "sent aid")."""
    gov = _telling_word(hit_head, allowed)
    if lemma_of(gov) in allowed or any(lemma_of(c) in allowed for c in _children_by(hit_head, "amod")):
        return True
    if hit_head.dep_ == "dobj" and lemma_of(gov) in PLANNING_VERBS and not _plain_noun_row(hit_head):
        return True  # "plans a tour of Latin America": planned, coded (or dropped) as a plan
    if came_from(hit_head):
        return True  # "sharp criticism of the budget came from the unions"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) in allowed for c in hit_head.children):
        return True  # "a criminal investigation, ordered by the attorney general", "sanctions imposed by X"
    # an owned act passed on: "Ankara's offer to mediate was conveyed to both capitals by an envoy"
    owned_conveyed = hit_head.dep_ == "nsubjpass" and owned_noun(hit_head) and simple_past(gov)
    return owned_conveyed and lemma_of(gov) in CONVEYING_VERBS


def came_from(noun: Token) -> list[Token]:
    """Whom a statement noun "came from", told in the past ("criticism came on Friday from the unions")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or lemma_of(verb) != "come" or not simple_past(verb):
        return []
    return [g for p in _children_by(verb, "prep") if p.lower_ == "from" for g in _children_by(p, "pobj")]


def _telling_word(hit_head: Token, allowed: set[str]) -> Token:
    """The word `head=` checks: the required head, up past conjuncts and complements to an allowed word."""
    gov = required_head(_first_conjunct(hit_head))
    while gov.dep_ in ("conj", "xcomp") and lemma_of(gov) not in allowed and gov.head != gov:
        gov = gov.head
    if hit_head.dep_ == "pobj" and hit_head.head.lower_ == "as" and gov.dep_ == "dobj":
        gov = gov.head  # "hold families as human shields": "as" hangs on the object
    if hit_head.dep_ == "nsubj" and gov.dep_ in ("ccomp", "xcomp") and to_infinitive(gov):
        gov = gov.head  # "declared a night curfew to take effect at dusk": the object of "declared"
    return gov


def _first_conjunct(noun: Token) -> Token:
    """The first of bare coordinated nouns, which carries their shared head: in "carried out drone
    and artillery strikes" the verb's object is "drone" and "strikes" hangs on it as a conjunct. Not
    past a determined noun, which is a thing of its own ("showed the discipline, readiness and morale
    of the cadets" shows no readiness to act)."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head != noun:
        kind = lemma_of(noun.head) in STRIKE_KINDS  # "the drone and artillery strikes": a list of kinds
        if not kind and any(c.dep_ in ("det", "poss") for c in noun.head.children):
            break
        noun = noun.head
    return noun


def _labour_agent(noun: Token) -> bool:
    """Workers or a union do the act the noun names ("unions launched walkouts and strikes")."""
    first = _first_conjunct(noun)
    return first.dep_ == "dobj" and _labour_subject(first.head)


# Requirements by name; lambdas for the checks defined further down (looked up when called).
_CHECKS: dict[str, Callable[[Token], bool]] = {
    "passive_human": _passive_human,
    "human_object": _human_object,
    # "the company fired 200 employees at its plant": a person fired is dismissed, not shot
    "no_person_object": lambda h: not any(map(_person, _patients(h))),
    "security_subject": _security_subject,
    "armed_surrender": _armed_surrender,
    "security_agent": lambda h: _police_agent(h) or _security_subject(h),  # "caught by the police"
    "actor_object": _actor_object,
    "future_clause": _future_clause,
    "any_move_clause": any_move_warning,
    "conditional_warning": conditional_warning,
    "stated_threat": stated_threat,
    "nominal": lambda h: nominal(h) or security_before(h) is not None,  # "police firing"
    "commitment": _commitment,
    "security_modifier": lambda h: any(  # "police action", "army operation"
        c.dep_ in ("compound", "amod", "poss") and _force_lemma(c) for c in h.children
    ),
    "labour_subject": _labour_subject,
    "coercion_clause": coercion_clause,
    "deadline": lambda h: bool(_deadline_acts(h)),
    "ultimatum": _ultimatum,
    # "Iran armed the militia", "was armed by Iran"; not "militiamen who were armed with machetes"
    "active_or_by": lambda h: (
        not any(c.dep_ == "auxpass" for c in h.children)
        or bool([g for c in h.children if c.dep_ == "agent" for g in c.children])
    ),
    "no_labour_agent": lambda h: not _labour_agent(h),  # a strike by workers is no military strike
    # "demonstrated outside parliament", not "demonstrated that ..."
    # "demonstrated outside the embassy, burning effigies": an object after a comma is another act's
    "intransitive": lambda h: (
        not any(
            c.dep_ in ("dobj", "ccomp") and not any(t.text == "," for t in h.doc[h.i : c.left_edge.i])
            for c in h.children
        )
    ),
    "event_xcomp": _event_xcomp,
    "joint_subject": _joint_subject,
    # "insisted that the inspectors leave": a mandative clause
    "subjunctive": lambda h: any(_mandative(c, h) for c in _children_by(h, "ccomp")),
    "joint": lambda h: _joint(h),  # "joint exercises", "exercises with Jordan"
    "xcomp": _xcomp,
    "actor_pobj": _actor_pobj,
    "gpe_pobj": _gpe_pobj,
    "of_states": _of_states,
    "national_subject": _national_subject,
    "action_complement": _action_complement,  # "committed to opening", "commitment to train"
    "of_forces": _of_forces,
    "of_military": _of_military,
    "armed_state_subject": _armed_state_subject,
    "counted_force_subject": _counted_force_subject,
    "no_gathering": _no_gathering,
    "no_relief_purpose": _no_relief_purpose,
    "no_game": _no_game,
    "show_of_force": _show_of_force,
    # "raised the prospect of martial law if the rebels rejected its offer", "of cutting off aid unless
    # Cairo dropped the charges": held over a condition
    "on_condition": lambda h: any(
        c.dep_ == "advcl" and _if_clause(c) for t in (_verb_of(h), *h.subtree) for c in t.children
    ),
    "peacekeeping": peacekeeping,
    "no_clause": lambda h: not _children_by(h, "ccomp"),
    # "called the president", not "called the president a liar"
    "no_predicate": lambda h: not any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in h.children),
    "not_question": lambda h: not _question_follows(h),
    "patient": _patient,
    # "described the government as lawless", "branded the kidnapping an act of piracy"
    # (not "brands such criticisms as rubbish": what another said is rebutted)
    "disparaged": lambda h: (
        any(lemma_of(w) in DISPARAGING for w in _label_words(h))
        and not any(lemma_of(o) in REBUTTED_STATEMENTS for o in _children_by(h, "dobj"))
    ),
    "no_civilian_subject": _no_civilian_subject,
    "no_civilian_agent": lambda h: not _civilian_agent(h),
    "unarmed_subject": _unarmed_subject,
    "gpe_object": lambda h: any(c.ent_type_ == "GPE" or _country_name(c) for c in _patients(h)),
    "foreign_object": _foreign_object,
    # "Italy offered a regiment", not "the arms maker offered its aircraft"
    "state_subject": lambda h: any(
        c.ent_type_ == "GPE" or _country_name(c) or _capital_name(c) or _subject_sector(c) in STATE_DOERS
        for c in acting_subjects(h)
    ),
    # "rebels seized two engineers": a doer that is no state, government, army or police
    "nonstate_subject": lambda h: (
        bool(acting_subjects(_verb_of(h)))
        and not any(
            c.ent_type_ == "GPE"
            or _country_name(c)
            or _capital_name(c)
            or _subject_sector(c) in HOLDING_SECTORS
            for c in acting_subjects(_verb_of(h))
        )
    ),
    # "Parliament voted down the bill", "the World Bank wrote off the debt", not a bank or shareholders
    # "Moscow said it would write off the debt": the speaker's pronoun stands for it
    "public_subject": lambda h: any(public_body(c) for c in (*acting_subjects(h), *speaker_subjects(h))),
    # "talks failed", not "talks failed to break the deadlock" (they went on, without that outcome)
    "head_alone": lambda h: not _children_by(required_head(h), "xcomp"),
    # "X cancelled the visit", "the visit was cancelled by X"; not "the visit has been cancelled"
    "stated_doer": lambda h: bool(_doers(h)),
    # "Iraq stopped cooperating with the inspectors", not "the witness" or "the company"
    "party_subject": lambda h: any(party_word(c) for c in acting_subjects(h)),
    "own_protest": _own_protest,
    "relief_giving": _relief_giving,
    "refused_act": _refused_act,
    # "heavy rain pounded the city", "Typhoon Haiyan pounded ...": weather or quakes are no attacker
    "not_natural_subject": lambda h: (
        not any(lemma_of(w) in NATURAL_FORCES for c in acting_subjects(h) for w in _named_with(c))
    ),
    # "shares rallied", "the yen retreated": a market moves, nobody acts
    "no_market_subject": lambda h: (
        not any(lemma_of(w) in MARKET_WORDS for c in acting_subjects(h) for w in _named_with(c))
    ),
    # "artillery pounded the province", "Russia pounded the region", not "aftershocks pounded"
    "armed_subject": lambda h: any(_armed(c) for c in acting_subjects(h)),
    # "raised the spectre of military action": what is held out is force or a sanction
    "of_conflict": lambda h: any(_conflict_word(o) for o in _prep_objects(h, "of")),
    "conditional_of": lambda h: _conditional_of(h),
    "state_clause": _state_clause,
    # "charged that the aircraft had violated its airspace", "X is arming rebels, charged Y": an
    # accusation, not a charge sheet
    # "served notice [on X] that ...": the clause may hang on the verb's object
    "that_clause": lambda h: any(
        c.i < h.i or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in _children_by(h, "ccomp")
        + [c for o in _children_by(h, "dobj") for c in o.children if c.dep_ in ("ccomp", "acl")]
    ),
    "human_subject": lambda h: any(_actor_subject(c) or _reporter_itself(c) for c in _subjects(h)),
    "ruled_out": lambda h: _ruled_out(h) and any(c.dep_ == "det" and c.lower_ == "no" for c in h.children),
    # "Milosevic was told by NATO to withdraw": one party addressed by another in the passive
    "addressed_by": lambda h: (
        any(map(_actor_subject, _children_by(h, "nsubjpass")))
        and any(map(_actor_subject, _passive_agents(h)))
    ),
    "adopted_text": _adopted_text,
    "protest_object": _protest_object,
    "judged_clause": lambda h: judge(h) is not None,
    # "the shelling by Russia is unacceptable": a disapproval needs a party whose act it is
    "judged_actor": lambda h: judged_party(h) is not None,
    "handover": lambda h: _handover(h),
    "struck_target": lambda h: _struck_target(h),
    "vigil_against": lambda h: _vigil_against(h),
    "felt_about": lambda h: _felt_about(h),  # defined below
    "not_mourning": lambda h: not _mourning(h),
    "released_person": lambda h: _released_person(h),
    # "the airline returned the planes to lessors": a firm's returns are business
    "no_business_subject": lambda h: not any(map(_business, acting_subjects(h))),
}
# Requirements with a word list ("object=aid|food"), by the name before "=".
_LISTED_CHECKS: dict[str, Callable[[Token, frozenset[str]], bool]] = {
    "object": _object_in,
    "each_object": _each_object_in,
    # the head word only: "offered helicopters", not "offered weapons licences"
    "object_head": lambda h, listed: any(_forms(c) & listed for c in _object_heads(h)),
    "no_object": _no_object_in,
    "object_not": _no_object_in,
    # "resisted the gang": no acted-on word of these sectors (criminals resisted are no rejection)
    "object_not_sector": lambda h, listed: not any(agent_sector(c) in listed for c in _acted_on(h)),
    "pobj": _pobj_in,
    "as_not": lambda h, listed: not _as_object_in(h, listed),  # "held families as human shields" is no arrest
    "as": _as_object_in,  # "described the decision as a mistake"
    "prep": _prep_in,
    "infinitive": _infinitive_in,
    "head": _head_in,
    # a common noun only: "the Rockets" (a team) or "Shell" (a firm) are no rockets or shells
    "subject": lambda h, listed: any(_common_noun(c) and _forms(c) & listed for c in acting_subjects(h)),
    # "the terms of the ceasefire", not "the terms of the new contract"
    "terms_of": lambda h, listed: all(_terms_of(o, listed) for o in _object_heads(h)),
    # "the plan is unacceptable, X said" rejects the plan; "the attack is unacceptable" disapproves
    "judged": lambda h, listed: (j := judged_subject(h)) is not None and bool(_forms(j) & listed),
    # "thousands of troops massed": also what a quantity subject counts
    "counted_subject": lambda h, listed: any(lemma_of(c) in listed for c in _counted_subjects(h)),
    "force_object": _force_object,
    "no_prep": lambda h, listed: not any(c.lower_ in listed for c in _children_by(h, "prep")),
}


def _plain_noun_row(noun: Token) -> bool:
    """The noun has a row of its own that needs no telling verb: "planning a protest" is that one (a
    demonstration), not the one told through "lodged" (a formal complaint)."""
    return any(t.pos in ("N", "A") and not t.require for t in _entries(noun))


def required_head(noun: Token) -> Token:
    """The word a noun trigger's event is told through: the verb or noun it depends on, past a
    quantity, a person or a series ("sent 500 tonnes of food aid", "the death of a man in custody",
    "held a round of talks", "announced 500 million dollars in aid")."""
    if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and any(c.dep_ == "cc" for c in noun.children):
        return required_head(noun.head)  # "slapped a diamond embargo/nmod and travel ban on Liberia"
    gov = governor(noun)
    of_person = gov.dep_ == "pobj" and gov.head.lower_ == "of" and is_human(gov)
    series = noun.head.lower_ == "of" and lemma_of(gov) in SERIES
    if noun.dep_ == "pobj" and (_quantity(gov) or of_person or series):
        return governor(gov)
    return gov


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, or for a subject-control infinitive the subject of the verb it completes
    ("the premier is scheduled to attend", "Norway wants to meet")."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own or verb.dep_ != "xcomp" or any(c.dep_ == "dobj" for c in verb.head.children):
        return own
    ready = verb.head
    if ready.dep_ == "acomp" and lemma_of(ready) in READINESS:  # "they were ready to attack": "they"
        return [c for c in ready.head.children if c.dep_ == "nsubj"]
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _named_with(tok: Token) -> list[Token]:
    """A noun with its compounds and adjectives ("Typhoon Haiyan", "heavy rain")."""
    return [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))]


def _armed(tok: Token) -> bool:
    """A state, armed force or weapon: what bombards ("rebel artillery", "Russia", "warplanes")."""
    return tok.ent_type_ == "GPE" or any(
        agent_sector(w) in ARMED_SECTORS or lemma_of(w) in FORCES or lemma_of(w) in MUNITIONS
        for w in _named_with(tok)
    )


def acting_subjects(verb: Token) -> list[Token]:
    """`_subjects`, but a verb of design or expectation lends none: "the device was designed to
    explode" tells no explosion, while "troops were forced to leave" tells a withdrawal. A passive's
    doer is its "by" agent ("the boats were handed back by Tehran")."""
    own = _children_by(verb, "nsubj") or _passive_agents(verb)
    if own or verb.dep_ != "xcomp" or lemma_of(verb.head) in UNREALISED_CONTROL:
        return own
    return _subjects(verb)


def _passive_agents(verb: Token) -> list[Token]:
    """The "by" agent, or whose order it was ("shut down by order of the ministry")."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    agents = agents or stranded_agents(verb)
    return [o for g in agents for o in (_prep_objects(g, "of") if lemma_of(g) == "order" else [g])]


def stranded_agents(verb: Token) -> list[Token]:
    """A passive's "by" agent the parser hung on the noun before it ("was barred from the race by the
    commission", "were allowed into the sites by Baghdad"): the verb has no agent of its own and the
    noun is the object of one of its prepositions (not "the shelling by artillery", a noun's own doer,
    when the verb has an agent)."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    # also through a particle or adverb: "were allowed back into the sites by Baghdad"
    # and through what the subject is found or declared: "was found guilty of ... by a court"
    heads = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt", "oprd") and c.i > verb.i)]
    preps = [p for h in heads for p in _children_by(h, "prep")]
    # "accused of taking bribes by the opposition", "accused of torturing detainees in a report by X"
    comps = [c for p in preps for c in _children_by(p, "pcomp") if c.tag_ == "VBG"]
    preps += [q for c in comps for q in _children_by(c, "prep")]
    nouns = [g for p in preps for g in p.children if g.dep_ == "pobj" and g.i > verb.i]
    # "found guilty of inciting hatred by a court": the "by" hung on the gerund's object
    nouns += [o for c in comps for o in _children_by(c, "dobj")]
    nouns += _deeper_nouns(nouns)
    # "were accused of torture in a report released by Amnesty": the document's issuer
    issued = [d for n in nouns if lemma_of(n) in DOCUMENT_NOUNS for d in _children_by(n, "acl")]
    # "was ordered to leave the country by the authorities": on the infinitive of a passive command
    infinitives = [c for c in _children_by(verb, "xcomp") if to_infinitive(c)]
    return [
        o
        for n in nouns + issued + comps + infinitives
        for p in n.children
        if p.dep_ in ("prep", "agent") and p.lower_ == "by"
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") and not _act_doer(n, o)
    ]


def _act_doer(noun: Token, by: Token) -> bool:
    """ "criticised for the killing of miners by police": police or fighters after an act noun are its
    own doers; "blamed for the killing by opposition leaders", "threatened with sanctions by the EU"
    (what a party is threatened or charged with) name who blames or threatens."""
    return _event_noun(noun) and noun.head.lower_ != "with" and agent_sector(by) in ARMED


def _deeper_nouns(nouns: list[Token]) -> list[Token]:
    """Nouns further down the phrases of `nouns` (conjuncts, prepositional objects), two steps deep:
    "threatened with sanctions against Mugabe and his inner circle by EU ministers"."""
    found: list[Token] = []
    frontier = nouns
    for _ in range(2):
        frontier = [
            g
            for n in frontier
            for g in (
                *(c for c in n.children if c.dep_ == "conj"),
                *(o for p in _children_by(n, "prep") if p.lower_ != "by" for o in _children_by(p, "pobj")),
            )
        ]
        found += frontier
    return found


def _event_noun(noun: Token) -> bool:
    """A noun the lexicon reads as an act ("the killing", "sanctions"): its "by" names its own doer."""
    return any(t.pos != "V" and len(t.words) == 1 for t in _entries(noun))  # not "state of emergency"


def warners(verb: Token) -> list[Token]:
    """`acting_subjects`, with "it" or "they" in what an actor says read as that actor ("Beijing said
    it had warned Taiwan that ...": who warns decides whether the warning is a threat)."""
    subjects = acting_subjects(verb)
    return [a for s in subjects for a in (_children_by(s.head.head, "nsubj") if _reporter_itself(s) else [s])]


def _counted_subjects(verb: Token) -> list[Token]:
    """`acting_subjects`, and what a quantity subject counts: "thousands of troops massed"."""
    subjects = acting_subjects(verb)
    return subjects + [o for c in subjects if _quantity(c) for o in _prep_objects(c, "of")]


def _country_name(tok: Token) -> bool:
    """A country named by itself, whatever entity type the tagger gave it ("Armenia" read as an ORG)."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ != "PERSON"
        and country_of(tok.text, names_only=True) is not None
    )


def _forms(tok: Token) -> set[str]:
    """Lemma and plain singular of a noun: the lemmatiser reads "bases" as "basis"."""
    low = tok.lower_
    return {lemma_of(tok), low[:-1] if low.endswith("es") or low.endswith("s") else low}


def _common_noun(tok: Token) -> bool:
    """A common noun, not part of a name ("rockets", not "the Rockets" or "Shell")."""
    return tok.pos_ == "NOUN" and tok.ent_type_ not in NAMED_ENTITIES


def _name_words(tok: Token) -> set[str]:
    """The forms of a noun and its compounds ("Adani Group": adani, group)."""
    return {f for w in (tok, *_children_by(tok, "compound")) for f in _forms(w)}


def _business(tok: Token) -> bool:
    """A firm: a business sector word or a firm's kind in its name ("a Saudi consortium", "Adani Group");
    a group of armed men is none ("militia groups", "a rebel group")."""
    armed = any(agent_sector(w) in ARMED for w in _named_with(tok))
    return agent_sector(tok) == "BUS" or (bool(_name_words(tok) & BUSINESS_WORDS) and not armed)


def _state_party(tok: Token) -> bool:
    """A state, government, armed force or rebel group, and no firm."""
    return party_word(tok) and not _business(tok)


def _handover(hit_head: Token) -> bool:
    """`handover`: ground passes between states or armed parties: "the army handed over control of the
    town to the rebels", "Britain will transfer the islands to Spain". Control "of" a firm, a club or
    a match is no ground; an airport or port is ground only when an armed force takes it."""
    givers = acting_subjects(hit_head)
    takers = [g for g in _prep_objects(hit_head, "to") if g.dep_ == "pobj"]
    if not givers or not takers or not all(map(_state_party, givers + takers)):
        return False
    military = any(agent_sector(t) in ("MIL", "REB") or _force_lemma(t) for t in takers)
    return any(_handed_ground(o, military) for o in _object_heads(hit_head))


def _handed_ground(obj: Token, military: bool) -> bool:
    """The object is ground: a place word, or "control"/"sovereignty" of one (the parser may hang
    the "of" on the verb)."""
    if lemma_of(obj) in ("control", "sovereignty"):
        places = [g for w in (obj, obj.head) for g in _prep_objects(w, "of") if g.dep_ == "pobj"]
        return any(_handed_ground(g, military) or g.ent_type_ in ("GPE", "LOC", "FAC") for g in places)
    if _forms(obj) & HANDOVER_MILITARY_PLACES:
        return military
    return bool(_forms(obj) & HANDOVER_PLACES)


def _struck_target(hit_head: Token) -> bool:
    """`struck_target`: what a rocket or shell "slammed into" is a built-up place or people ("a
    school", "a crowd"), not the sea or a desert after a launch, and no test shot."""
    if any(lemma_of(m) == "test" for s in acting_subjects(hit_head) for m in _named_with(s)):
        return False
    targets = [g for g in _prep_objects(hit_head, "into") if g.dep_ == "pobj"]
    return any(_forms(t) & STRUCK_TARGETS or is_human(t) for t in targets)


def _felt_about(adj: Token) -> bool:
    """ "Seoul was outraged by Tokyo's approval of the textbooks", "they were dismayed by the broken
    promises of Colombo": an actor's feeling about an act or a party (not "shocked by the floods"); the
    parser may read the adjective as a passive with its "by" as the agent."""
    holder, objects = _feeling_parts(adj)
    if holder is None or not (_actor_subject(holder) or holder.pos_ == "PRON"):
        return False
    return any(
        _act_noun(g) or party_word(g) or public_body(g) or _owner_entity(g) or _party_of(g) for g in objects
    )


def feeling_roles(adj: Token) -> tuple[Token | None, Token | None, None]:
    """Who feels a `_felt_about` disapproval and at whom: the party whose act it is ("Tokyo's
    approval", "the promises of the Colombo government", "promises from Israel"), or the party itself."""
    holder, objects = _feeling_parts(adj)
    parties = [_party_of(g) or g for g in objects]
    target = next((p for p in parties if party_word(p) or public_body(p) or _owner_entity(p)), None)
    return holder, target, None


def _feeling_parts(adj: Token) -> tuple[Token | None, list[Token]]:
    """The subject of a feeling adjective (or of its copula) and what its "by"/"at"/"over" is about."""
    holder = adj.head if adj.dep_ == "acomp" else adj
    subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    preps = [c for c in adj.children if c.dep_ in ("prep", "agent") and c.lower_ in FELT_PREPS]
    return subject, [g for p in preps for g in _children_by(p, "pobj")]


def _act_noun(noun: Token) -> bool:
    """A noun the lexicon lists as an act ("the execution", "broken promises"), not a verb's lemma only."""
    return any(t.pos != "V" for t in triggers().get(lemma_of(noun), []))


def _party_of(noun: Token) -> Token | None:
    """The owner of an act noun, or the party of its "of"/"from" phrase."""
    owners = [o for o in _owners(noun) if _owner_entity(o) or party_word(o) or public_body(o)]
    named = [g for p in ("of", "from") for g in _prep_objects(noun, p) if party_word(g) or _owner_entity(g)]
    return next(iter(owners + named), None)


FELT_PREPS = ("by", "with", "at", "over")


def _vigil_against(noun: Token) -> bool:
    """`vigil_against`: a vigil held by a party against a party, policy, project or war ("against the
    school closure"), not against a social ill ("against knife crime", "against racism")."""
    holder = _children_by(governor(noun), "nsubj") if noun.dep_ == "dobj" else []
    holder = [g for h in holder for g in ([h] + _prep_objects(h, "of") if _quantity(h) else [h])]
    if not any((_actor_word(h) or h.lower_ in kin_words()) and h.pos_ != "PRON" for h in holder):
        return False
    opposed = [g for o in _noun_and_verb(noun) for g in _prep_objects(o, "against")]
    return any(
        not (_forms(g) & VIGIL_ILLS)
        and (_forms(g) & VIGIL_TARGETS or (_actor_word(g) and g.ent_type_ not in ("DATE", "TIME")))
        for g in opposed
        if g.dep_ == "pobj"
    )


def _mourning(noun: Token) -> bool:
    """A vigil "for" the victims or the dead mourns them ("a vigil for the victims of the crash")."""
    mourned = [g for o in _noun_and_verb(noun) for g in _prep_objects(o, "for")]
    return any(_forms(g) & MOURNED for g in mourned)


def _noun_and_verb(noun: Token) -> list[Token]:
    """The noun and, for an object ("held a vigil against ..."), its verb: the parser may hang the
    noun's preposition on either."""
    return [noun, governor(noun)] if noun.dep_ == "dobj" else [noun]


def _released_person(hit_head: Token) -> bool:
    """`released_person`: who is set free is no squad, staff or cast a club or firm lets go ("the club
    released its squad")."""
    return not any(_forms(o) & RELEASED_NOT_CAPTIVES for o in _object_heads(hit_head))


def _terms_of(obj: Token, listed: set[str]) -> bool:
    """Accepted "terms" name what they are the terms of: "the terms of the ceasefire"."""
    if lemma_of(obj) not in ("term", "terms"):
        return True
    return any(_forms(g) & listed for g in _prep_objects(obj, "of"))


def _actor_subject(tok: Token) -> bool:
    """A person, state or organisation, named or by its office ("the foreign ministry") or as a
    governing body of a named one ("the Agency's board")."""
    return (
        is_human(tok)
        or tok.ent_type_ in ("GPE", "ORG")
        or agent_sector(tok) not in (None, "-")
        or (
            lemma_of(tok) in GOVERNING_BODIES
            and (_named_modifier(tok, ("poss", "compound")) or _of_named(tok))
        )
    )


GOVERNING_BODIES = ("board", "council", "committee", "commission", "assembly", "panel", "cabinet")


def _reporter_itself(pron: Token) -> bool:
    """ "The ministry said it struck three depots": "it" or "they" in what an actor says is that actor."""
    clause = pron.head
    return (
        pron.lower_ in ("it", "they")
        and clause.dep_ == "ccomp"
        and lemma_of(clause.head) in SPEECH
        and any(c.dep_ == "nsubj" and _actor_subject(c) for c in clause.head.children)
    )


def _mandative(clause: Token, verb: Token) -> bool:
    """A bare verb after "that" with its own subject ("that Iraq leave", "that the embargo be lifted";
    a present verb under a past report, "insisted" or "had insisted that the inspectors leave", or with
    a singular subject, "have insisted that the president appear")."""
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    bare = clause.tag_ == "VB" or (clause.tag_ == "VBP" and (past or _singular_subject(clause)))
    # a bare passive: "asked that the embargo be lifted"
    bare = bare or any(c.dep_ == "auxpass" and c.lower_ == "be" for c in clause.children)
    return (
        bare
        and lemma_of(clause) not in ("be", "have")
        and not _children_by(clause, "aux")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and _subject(clause)
    )


def _singular_subject(verb: Token) -> bool:
    """ "the president", "he": a single third person, whose indicative verb would end in -s."""
    return any(
        (s.tag_ in ("NN", "NNP") or s.lower_ in ("he", "she", "it")) and not _children_by(s, "conj")
        for s in _children_by(verb, "nsubj")
    )


def _joint(noun: Token) -> bool:
    """An activity two or more sides do together: a "joint"/"bilateral" modifier, a "with" partner
    (of the noun or of its verb), or coordinated or "two"/"both" doers of its verb ("the US and its
    allies launched war games", "games staged by US marines and Jordanian forces")."""
    verb = governor(noun) if noun.dep_ in ("dobj", "nsubjpass", "pobj") else noun
    if any(c.dep_ in ("amod", "compound") and lemma_of(c) in JOINT for c in noun.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for t in {noun, verb} for c in t.children):
        return True
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return verb != noun and any(
        g.lower_ in ("two", "both") or g.dep_ in ("conj", "appos") for d in doers for g in d.children
    )


def to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _misparsed_xcomp(clause: Token) -> bool:
    """ "offered on Monday to mediate" parsed as an adverbial clause: a subjectless infinitive after a
    verb with no object (with one it is a purpose: "offered aid to help the victims")."""
    verb = clause.head
    return (
        clause.dep_ == "advcl"
        and to_infinitive(clause)
        and not any(c.dep_ in ("nsubj", "mark") for c in clause.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    )


def _actor_infinitive(clause: Token) -> bool:
    """ "allow the WFP to deliver food" parsed as a clause: an infinitive whose subject is a person,
    group or state."""
    return (
        clause.dep_ == "ccomp"
        and to_infinitive(clause)
        and any(
            c.dep_ == "nsubj" and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or is_human(c))
            for c in clause.children
        )
    )


def _question_follows(tok: Token) -> bool:
    """ "asked X 'Why ...'", "asked whether ...": a question put, not a request (an infinitive,
    "asked X to explain why", is still a request)."""
    for nxt in tok.doc[tok.i + 1 : min(tok.i + 9, tok.sent.end)]:
        if nxt.lower_ == "to" or nxt.text == "?":
            return nxt.text == "?"
        if nxt.lower_ in WH_WORDS:
            return True
    return False


def _hypothetical(cur: Token, child: Token) -> bool:
    """A clause framed as an option or an example: "the option is that X gives", "as per the
    option, X will", "penalties such as curfews"."""
    if child.dep_ == "nsubj" and lemma_of(cur) == "be" and lemma_of(child) in HYPOTHETICAL | GOALS:
        return not any(c.dep_ == "acomp" for c in cur.children)  # "the plan is unacceptable" judges it
    if (
        child.dep_ == "prep"
        and child.lower_ in FRAMING_PREPS
        and any(g.dep_ == "pobj" and lemma_of(g) in HYPOTHETICAL for g in child.subtree)
    ):
        return True
    return cur.dep_ == "prep" and cur.lower_ == "as" and child.lower_ == "such"


def _generic_rule(antecedent: Token) -> bool:
    """The antecedent of a relative clause is a generic "those" (also through "those elected on a
    list who ...") that a modal clause says something about: a rule, not an event."""
    for _ in range(4):
        if antecedent.lower_ in GENERIC_ANTECEDENTS:
            return any(c.dep_ == "aux" and c.lower_ in MODALS | FUTURE for c in antecedent.head.children)
        if antecedent.dep_ not in ("pobj", "prep", "acl"):
            return False
        antecedent = antecedent.head
    return False


def _ahead(adverb: Token) -> bool:
    """ "soon" on its own, not "soon after the carnage" (a past time)."""
    nxt = adverb.doc[adverb.i + 1] if adverb.i + 1 < len(adverb.doc) else None
    return not list(adverb.children) and (nxt is None or nxt.lower_ not in ("after", "before", "afterwards"))


def _actor_word(tok: Token) -> bool:
    return (
        is_human(tok)
        or tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        or tok.pos_ == "PROPN"
        or sectors().get((lemma_of(tok),), "-") != "-"
    )


def _civilian_agent(tok: Token) -> bool:
    """A named or described civilian does it, also through a purpose clause ("a woman went to the
    school to pick her up"); pronouns are left open ("we picked him up", police sources said)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ in ("advcl", "xcomp"):
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and subj.pos_ != "PRON"
        and is_human(subj)
        # "KGB agents", "police officers": a force or service named by the subject's compound
        and not any(
            sectors().get((lemma_of(w),)) in ("COP", "MIL", "SPY")
            for w in (subj, *_children_by(subj, "compound"))
        )
    )


def _scheduled(tok: Token) -> bool:
    """A noun event described as planned: "a meeting planned for Friday", "the scheduled talks"."""
    return tok.pos_ == "NOUN" and any(
        (c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) in SCHEDULED)
        or (
            c.dep_ == "amod" and (lemma_of(c) in SCHEDULED or c.lower_ in ("upcoming", "proposed", "planned"))
        )
        for c in tok.children
    )


def modality(tok: Token) -> str:
    """How the sentence presents the event at `tok`: "asserted" (it happened), "intended" (an actor
    states it will happen: "will meet", "plans to protest", "said it would release"), "desired" (an
    actor states it wants to do it: "wants to meet", "wishes to visit"), "refused" (it
    states it will not: "will not release", "can't accept"), "demanded" (a speaker says another
    actor must do it: "X said Y must withdraw") or "dropped"
    (negated, possible, conditional, counterfactual, pending, requested, denied, prevented: "may
    protest", "denied attacking", "called for a strike", "if they march", "would have died", "are
    yet to arrest").
    It climbs from `tok` up the parse, at most six steps: each step reads the children of the
    clause, then the clause's own relation and its governor; a verdict ends the climb, a status
    (intended, desired, planned) holds unless a later step overrides it."""
    cur, status = tok, "asserted"
    if _presupposed_death(tok) or _reacted_to(tok):
        return "asserted"  # "probe whether the police firing in which two died was justified"
    if _scheduled(tok):
        return (
            "dropped" if lemma_of(governor(tok)) in CANCEL else "intended"
        )  # "called off its planned strike"
    for _ in range(6):
        for child in cur.children:
            verdict = _child_verdict(tok, cur, child)
            if verdict:
                return verdict
            status = _child_status(child, status)
        status = _plan_status(cur, status)
        if _unreal_clause(cur):
            return "dropped"
        if _climb_ends(cur):
            return status
        verdict = _governor_verdict(tok, cur, status)
        if verdict:
            return verdict
        status = _governed_status(tok, cur, status)
        if status == "dropped":
            return status
        cur = cur.head
    return status


def _child_verdict(tok: Token, cur: Token, child: Token) -> str | None:
    """The verdict a child of `cur` forces at once, or None: a negation or a negative argument,
    a condition or a modal takes the act out of the record (a future auxiliary only when the
    clause is counterfactual); the same negation on a refusal verb is a refusal."""
    lemma = lemma_of(child)
    if child.dep_ == "neg" and cur == tok and _refusal(cur):
        return "refused"
    if cur == tok and child.dep_ == "nsubjpass" and _ruled_out_passive(cur, child):
        return "refused"  # "no talks will be held until they free the hostages"
    if cur == tok and child.dep_ in ("nsubj", "nsubjpass") and _nobody(child):
        return "dropped"  # "no one was arrested"
    if cur == tok and child.dep_ == "dobj" and _nobody(child) and _person_word(child):
        return "dropped"  # "they had killed no one" (not "had no intention of")
    if _negation(child) and _held_back(cur, tok):
        return None  # "would not hesitate to strike": the act is affirmed, not denied
    if cur == tok and child.dep_ == "det" and lemma == "no" and _ruled_out(tok):
        return "refused"  # "there will be no talks until the rebels free the hostages, X said"
    if _negation(child) or (child.dep_ == "det" and lemma == "no"):
        return "dropped"
    if child.dep_ == "mark" and lemma in CONDITION_MARKS:
        return "dropped"
    if child.dep_ == "mark" and lemma == "until" and any(map(_future_aux, cur.head.children)):
        return "dropped"  # "there will be no talks until it frees the hostages": a condition
    if _hypothetical(cur, child):
        return "dropped"
    if _future_aux(child):
        return "dropped" if _counterfactual(cur) else None  # "many would have died"
    if _threat_modal(tok, cur, child):
        return None
    if child.dep_ == "aux" and (child.lower_ in MODALS or lemma in MODALS):
        return "demanded" if cur == tok and _demand(tok, child) else "dropped"
    return None


def _threat_modal(tok: Token, cur: Token, child: Token) -> bool:
    """ "Ghana said it might recall its ambassador": a party saying it may do a hostile act threatens
    it (an intended act, coded as a threat); "analysts said Ghana might recall" is a guess."""
    if not (child.dep_ == "aux" and child.lower_ in THREAT_MODALS and cur.dep_ == "ccomp"):
        return False
    if lemma_of(cur.head) not in SPEECH or not any(party_word(s) for s in speaker_subjects(cur)):
        return False
    subjects = _children_by(cur, "nsubj")
    own = bool(subjects) and all(s.pos_ == "PRON" for s in subjects)
    return own and any(t.code.quad_class == 4 for t in triggers().get(lemma_of(tok), []))


def _ruled_out(noun: Token) -> bool:
    """A future act ruled out in an existential clause: "there will be no talks" (not "there were no
    arrests", which tells what did not happen)."""
    be = noun.head
    return (
        noun.dep_ in ("attr", "nsubj")
        and lemma_of(be) == "be"
        and any(c.dep_ == "expl" for c in be.children)
        and any(_future_aux(c) for c in be.children)
    )


def _ruled_out_passive(verb: Token, subject: Token) -> bool:
    """A future act ruled out in the passive: "no talks will be held" (not "no one will be arrested")."""
    return (
        _nobody(subject)
        and not _person_word(subject)
        and lemma_of(subject) in triggers()
        and any(map(_future_aux, verb.children))
    )


def _negation(tok: Token) -> bool:
    return tok.dep_ == "neg" or tok.lower_ in NEGATORS


def _held_back(verb: Token, tok: Token) -> bool:
    """`tok` lies in the infinitive act of a verb of reluctance ("hesitate to strike")."""
    act = acted_clause(verb)
    return act != verb and act.left_edge.i <= tok.i <= act.right_edge.i


def _future_aux(child: Token) -> bool:
    """A future auxiliary ("will", "would"): the act is still ahead."""
    return child.dep_ == "aux" and (child.lower_ in FUTURE or lemma_of(child) in FUTURE)


def _child_status(child: Token, status: str) -> str:
    """The status after one child of `cur`: "intended" when it puts the act ahead ("will meet",
    "start a protest soon", a party's "might recall"), else `status` unchanged."""
    if _future_aux(child) or (child.dep_ == "aux" and child.lower_ in THREAT_MODALS):
        return "intended"
    if child.dep_ == "advmod" and child.lower_ in AHEAD and _ahead(child):
        return "intended"
    return status


def _plan_status(cur: Token, status: str) -> str:
    """The status of a clause under "going to", "is to", "is due to": "intended", as the act is
    arranged; else `status` unchanged."""
    if cur.dep_ == "xcomp" and (
        (lemma_of(cur.head) == "go" and cur.head.tag_ == "VBG") or lemma_of(cur.head) in PLAN_COPULAS
    ):
        return "intended"  # "going to protest", "is to visit", "is due to meet"
    return status


def _unreal_clause(cur: Token) -> bool:
    """Whether the clause `cur` heads is not a fact by its relation: an inverted condition, a
    pending act or a general rule."""
    if cur.dep_ == "advcl" and _inverted_condition(cur):
        return True  # "had police fired, ..."
    if cur.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in cur.head.children):
        return True  # "police are yet to arrest him", "have yet to begin"
    # "members who switch sides should give up their posts": a general rule
    return cur.dep_ == "relcl" and _generic_rule(cur.head)


def _climb_ends(cur: Token) -> bool:
    """Whether `cur` ends the climb with the status found so far: a presupposed background, the
    top of its own clause or a finished act beside an intended one."""
    if cur.dep_ == "prep" and cur.lower_ in BACKGROUND_PREPS:
        return True  # "the army was called out after five were killed": a presupposed background
    if cur.dep_ == "advcl" and _past_background(cur):
        return True  # "X will lead the group after Y was killed": a past background of a future act
    if cur.dep_ == "acl" and cur.tag_ == "VBN" and is_human(cur.head) and not _nobody(cur.head):
        return True  # "those killed in the firing included a boy": a reduced relative presupposes it
    if cur.dep_ in ("ROOT", "relcl") or cur.dep_ not in CLIMB_DEPS or cur.head == cur:
        return True
    if cur.dep_ == "conj" and cur.tag_ == "VBD" and cur.head.tag_ != "VBD":
        return True  # "said Labour would set out plans and attacked the Tory plans": done, not intended
    if _before_colon(cur):
        return True  # "X issued an ultimatum: if Y buys arms, sanctions will follow" asserts the ultimatum
    if cur.dep_ == "acl" and lemma_of(cur.head) in NON_FACTIVE and any(c.lower_ == "that" for c in cur.lefts):
        return False  # "a demand that Belgrade allow observers in": what is demanded, not done
    # a finite verb with its own subject heads its own clause, whatever the parse
    return cur.dep_ in MISPARSED_CLAUSE and cur.tag_ in FINITE_TAGS and _subject(cur)


def _colon_after(cur: Token) -> bool:
    """A colon ends the clause: the last word of its phrase, or the word right after it; not a
    colon inside a clock time ("11: 51 am")."""
    doc = cur.doc
    edge = cur.right_edge
    colon = edge if edge.text == ":" else (doc[edge.i + 1] if edge.i + 1 < len(doc) else None)
    if colon is None or colon.text != ":":
        return False
    around = doc[max(colon.i - 2, 0) : colon.i + 2]  # "11: 51 am:", "him.11: 51"
    return not any(
        t.ent_type_ == "TIME" or t.lower_ in CLOCK_WORDS or any(c.isdigit() for c in t.text) for t in around
    )


def _consequence_clause(verb: Token) -> bool:
    """The clause after the colon is a future act by the speaker, a force or a sanction ("more
    sanctions will follow", "we will retaliate"), not a forecast ("the market will collapse")."""
    return any(a.dep_ == "aux" and a.lower_ in FUTURE for a in verb.children) and any(
        n.dep_ in ("nsubj", "nsubjpass")
        and (n.pos_ == "PRON" or is_forces(n) or lemma_of(n) in COLON_CONSEQUENCES)
        for n in verb.children
    )


def _before_colon(cur: Token) -> bool:
    """A clause with its own subject that a colon closes, parsed as the complement of the clause
    after the colon: it is a statement of its own when what follows is the act it announces."""
    return (
        cur.dep_ in ("ccomp", "parataxis")
        and cur.i < cur.head.i
        and _colon_after(cur)
        and _subject(cur)
        # "two were killed after police fired: the state will order a probe" tells a past fact
        and ((simple_past(cur) and not _warning(cur)) or _consequence_clause(cur.head))
    )


def _warning(verb: Token) -> bool:
    """ "warned", "issued an ultimatum": what follows the colon is its content, not a new clause."""
    return lemma_of(verb) in COLON_WARNINGS or any(
        c.dep_ == "dobj" and lemma_of(c) in COLON_WARNINGS for c in verb.children
    )


def simple_past(verb: Token) -> bool:
    """ "fired", "were killed": a clause told in the simple past, active or passive."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODALS or _future_aux(a) for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes))


def _past_background(clause: Token) -> bool:
    """A clause marked "after"/"since" told in the simple past under a main clause in the plain
    future ("X will lead the group after Y was killed"): no backshift, so it happened. Not under
    "would"/"could" or a main clause that is itself said, planned or feared ("said rebels would
    attack after the army withdrew", "under the plan, troops will withdraw after ...")."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in BACKGROUND_PREPS]
    # "will surrender only after the army withdrew": a condition, not a fact
    only = any(c.dep_ == "advmod" and c.lower_ == "only" for h in (clause, *marks) for c in h.children)
    if not marks or only or not simple_past(clause):
        return False
    main = clause.head
    will = [c for c in main.children if c.dep_ == "aux" and c.lower_ in PLAIN_FUTURE]
    framed = any(g.lemma_.lower() in INTENT for c in _children_by(main, "prep") for g in c.children)
    # "will not return after the army withdrew"
    negated = any(map(_negation, main.children))
    return bool(will) and main.dep_ == "ROOT" and not framed and not negated


def _governor_verdict(tok: Token, cur: Token, status: str) -> str | None:
    """The verdict `cur`'s governor forces, or None to go on climbing: reported speech, a
    presupposition or a count keep `status`; a non-factive preposition, an outcry or a practice
    drops it."""
    head = cur.head
    if (lemma_of(head) in SPEECH and cur.dep_ in ("ccomp", "dobj")) or (
        lemma_of(head) == "announce" and cur.dep_ == "ccomp"
    ):
        return status  # "X agreed to resign, the president announced" is reported as done
    if cur.dep_ == "pobj" and f"{lemma_of(head.head)} {head.lower_}" in NON_FACTIVE_PREP:
        return "dropped"
    if _presupposed(cur):
        return status  # "demanded a probe into the police firing": the firing happened
    if lemma_of(head) == "include" and (cur.pos_ == "NUM" or is_human(cur)):
        return status  # "the toll rose to 50, including 10 in police firing": part of a count
    if cur == tok and cur.dep_ == "pobj" and head.lower_ == "of" and lemma_of(head.head) in OUTCRY:
        return "dropped"  # "a storm of protest" is public criticism, not a protest event
    if cur == tok and cur.dep_ == "pobj" and head.lower_ == "of" and lemma_of(head.head) in PRACTICES:
        return "dropped"  # "the regime of detention without trial" is a policy, not an arrest
    return None


def _governed_status(tok: Token, cur: Token, status: str) -> str:
    """The status `cur`'s governor gives: "desired", "planned" or "intended" by its sense,
    "dropped" (ending the climb) under a non-factive verb, else `status` unchanged."""
    head = cur.head
    if cur != head and acted_clause(head) == cur and not any(map(_negation, head.children)):
        return "dropped"  # "the army hesitated to strike": held back, not done
    if cur.dep_ in ("advcl", "xcomp") and lemma_of(head) == "give" and _deadline_acts(head):
        return "dropped"  # "gave Iraq 48 hours to leave Kuwait": asked of Iraq, not done
    if _desire(cur):
        return "desired"  # "wants to attack", "wishes to visit": the actor's stated aim
    # "is set to strike", "were set up for detaining migrants"; not "set fire to the town hall in
    # protest", "set the tone by accusing X": the means and the protest are done
    done = cur.dep_ == "prep" and (cur.lower_ == "by" or any(lemma_of(g) == "protest" for g in cur.children))
    # nor "set out X's view after Y backed ...": "set" governs no clause it plans
    intent = lemma_of(head) in INTENT and not (lemma_of(head) == "set" and (done or cur.dep_ == "ccomp"))
    if cur.dep_ != "conj" and intent and not (cur.dep_ != "prep" and _set_up(head)):
        return "planned"  # "decided to seize": cooperation planned is AGREE, conflict is dropped
    if cur == tok and cur.dep_ == "dobj" and lemma_of(head) in ANNOUNCING and nominal(cur):
        # "announced the deployment of troops": done, unless the announcing itself is not ("will
        # announce", "if talks fail"); "announced a strike" or "a curfew from Friday": still ahead
        return "intended" if _set_for(cur) or lemma_of(cur) in ANNOUNCED_CALLS else status
    if (
        cur == tok
        and cur.dep_ == "xcomp"
        and lemma_of(head) in REFUSING_VERBS
        and lemma_of(cur) in REFUSED_COMPLEMENTS
    ):
        return "refused"  # "refused to accept the terms": the terms are rejected
    if _promised_clause(cur, status):
        return "intended"  # "pledged that Tashkent would ship grain": a promise of the act
    if (
        cur.dep_ != "conj"
        and lemma_of(head) in NON_FACTIVE
        and not (_outcome(cur) or _held_under(cur) or _came_under(cur) or _told_occasion(cur))
    ):
        return "dropped"
    return status


def _came_under(noun: Token) -> bool:
    """ "the town came under heavy shelling": it was shelled (not "under consideration")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" and lemma_of(noun.head.head) == "come"


def _promised_clause(cur: Token, status: str) -> bool:
    """A future clause a party promises, of its own or its state's act ("vowed that it would", "pledged
    that Tashkent would")."""
    if status != "intended" or cur.dep_ != "ccomp" or lemma_of(cur.head) not in PROMISE_VERBS:
        return False
    return any(s.pos_ == "PRON" or party_word(s) for s in _children_by(cur, "nsubj"))


def relative_antecedent(verb: Token) -> Token | None:
    """The act a relative clause of `verb` is about, by the words, as the parser often hangs "in
    which two died" on a place or a later verb: "the police firing (at Rampur,) in which two died",
    "the firing that killed nine". Returns the act's head noun (or gerund)."""
    rel = next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which")), None
    )
    if rel is None:
        rel = next(
            (
                p
                for p in verb.children
                if p.dep_ == "prep"
                and p.lower_ in ("in", "during")
                and p.i + 1 < len(p.doc)
                and p.doc[p.i + 1].lower_ == "which"
            ),
            None,
        )
    if rel is None or rel.i >= verb.i or rel.i < 2:
        return None
    ant = rel.doc[rel.i - 2] if rel.doc[rel.i - 1].text == "," else rel.doc[rel.i - 1]
    if ant.dep_ == "pobj" and ant.head.lower_ in ("at", "in", "near", "on", "by") and ant.head.i + 3 >= ant.i:
        ant = ant.head.head  # "the police firing at Rampur, in which ...", "the firing by the police, which"
    return ant if ant.pos_ == "NOUN" or ant.tag_ == "VBG" else None


def _definite(noun: Token) -> bool:
    """ "the (police) firing", "the lathi-charge": a definite phrase presupposes its act."""
    for t in reversed(noun.doc[max(noun.sent.start, noun.i - 4) : noun.i]):
        if t.lower_ in ("the", "these", "those"):
            return True
        if t.pos_ not in ("NOUN", "PROPN", "ADJ") and t.tag_ != "HYPH":
            return False
    return False


def _death_verb(verb: Token) -> bool:
    """ "died", "were killed", "left two dead", "lost their lives", not "no one died" or "could have
    died"."""
    deadly = lemma_of(verb) in KILL_WORDS or any(
        c.lower_ == "dead"
        or (c.dep_ == "dobj" and lemma_of(verb) == "lose" and c.lower_ in ("life", "lives"))
        for c in verb.children
    )
    return (
        verb.pos_ == "VERB"
        and deadly
        and not any(
            c.dep_ == "neg" or (c.dep_ == "aux" and lemma_of(c) in MODALS | FUTURE) or _nobody(c)
            for c in verb.children
            if c.dep_ in ("neg", "aux", "nsubj", "nsubjpass", "dobj")
        )
    )


def tells_death_of(verb: Token, act: Token) -> bool:
    """`verb` tells deaths in a relative clause about `act`: "the police firing (at Rampur,) in which
    three died", "the firing by the police, which left two dead", not "in which no one died"."""
    return _death_verb(verb) and relative_antecedent(verb) == act


def _reacted_to(tok: Token) -> bool:
    """A definite act that a reaction or inquiry is about keeps its own standing, whatever the
    reaction's: "said they would investigate the killing" or "would condemn the bombing" plan the
    inquiry, not the killing."""
    return nominal(tok) and tok.dep_ == "dobj" and _definite(tok) and lemma_of(tok.head) in REACTING_VERBS


def _presupposed_death(tok: Token) -> bool:
    """A definite act told with a relative clause of deaths: the phrase takes the act and its toll for
    granted whatever the sentence hedges or asks about it ("the police firing, in which three died,
    was unprovoked, villagers alleged"; "will probe whether the firing that killed nine was
    justified"). The death verb keeps its own modality: its event is the act's."""
    return (
        (nominal(tok) or tok.tag_ == "VBG")
        and _definite(tok)
        and any(tells_death_of(v, tok) for v in tok.sent if v.pos_ == "VERB")
    )


def _set_for(noun: Token) -> bool:
    """An announced act set for a date ("a strike for Monday", "a curfew from Friday"): still ahead."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("for", "from")
        and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in noun.children
    )


def _desire(clause: Token) -> bool:
    """An infinitive saying what the subject of a desire verb wants to do itself ("Norway wants to
    bomb the depot"), not what it wants of another ("wants Mexico to extradite him")."""
    head = clause.head
    return (
        clause.dep_ == "xcomp"
        and lemma_of(head) in DESIRE
        and to_infinitive(clause)
        and not any(c.dep_ == "nsubj" for c in clause.children)
        and not any(c.dep_ == "dobj" for c in head.children)
    )


def _set_up(verb: Token) -> bool:
    """ "set up a commission to investigate", "set off a bomb": a body established or a device
    fired, not a plan ("set to")."""
    return lemma_of(verb) == "set" and any(
        c.dep_ == "prt" and c.lower_ in ("up", "off") for c in verb.children
    )


def _presupposed(tok: Token) -> bool:
    """A definite act described in its own words that a probe, report or outcry is about: "a probe
    into the police firing in which five died", "outrage over the killing of two youths" (the
    definite noun presupposes it; a bare "probe into the firing" only refers back to it)."""
    prep = tok.head
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]  # "the police firing" misparsed
    children = [c for w in words for c in w.children]
    return (
        tok.dep_ == "pobj"
        and (tok.pos_ == "NOUN" or tok.tag_ == "VBG")
        and prep.lower_ in ("into", "over", "on", "against", "about")
        and (prep.head.pos_ == "NOUN" or prep.lower_ == "into" or _object_before(prep))
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in children)
        and (
            lemma_of(tok) in KILL_WORDS  # "a report on the deaths"
            or any(c.dep_ in ("relcl", "acl") or (c.dep_ == "prep" and c.lower_ == "of") for c in children)
            or tok.doc[min(tok.i + 1, len(tok.doc) - 1)].lower_ in ("that", "which")  # "the firing that..."
        )
    )


def _object_before(prep: Token) -> bool:
    """A preposition the parser hung on the verb right after its collective-action object ("ended
    their sit-in against the killing"): it qualifies the action."""
    return any(
        c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i and dispute_word(c) for c in prep.head.children
    )


def dispute_word(tok: Token) -> bool:
    """A strike, protest or sit-in (the tokenizer splits "sit-in": its last part is the head)."""
    actions = words("dispute_actions", "events_precision.json")
    parts = [t for t in tok.doc[tok.left_edge.i : tok.i] if t.dep_ in ("compound", "punct")]
    return (
        lemma_of(tok) in actions or "".join(t.text_with_ws for t in [*parts, tok]).strip().lower() in actions
    )


def _held_under(noun: Token) -> bool:
    """ "was placed under house arrest", "kept him under detention": a custody someone was put in, not a
    pending matter ("under consideration") nor a way of acting ("by placing them under house arrest")."""
    verb = noun.head.head
    return (
        noun.head.lower_ == "under"
        and lemma_of(noun) in ("arrest", "detention", "custody")
        and lemma_of(verb) in ("place", "put", "keep", "hold")
        and verb.tag_ in ("VBD", "VBN")
    )


def _outcome(clause: Token) -> bool:
    """ "lathi-charged the mob, killing one": a participle after a comma tells what the act did; it is
    no content of a non-factive verb ("charged him with killing")."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.i > 0
        and clause.doc[clause.i - 1].text == ","
    )


OCCASION_MARKS = ("when", "as", "after", "while", "because")


def _told_occasion(clause: Token) -> bool:
    """ "escaped unhurt when gunmen ambushed his motorcade": a finite clause of time or cause with a
    subject of its own, or a participle opening the sentence, tells a fact of its own, not the
    content of the verb it hangs on (unlike "escaped arrest", "avoided being caught")."""
    if clause.dep_ != "advcl":
        return False
    if clause.tag_ == "VBG" and clause.i < clause.head.i and clause.i == clause.sent.start:
        return True  # "Heaping scorn on Arafat, the sheikh told worshippers ...": an act of its own
    return (
        clause.tag_ in FINITE_TAGS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in OCCASION_MARKS for c in clause.children)
    )


def _counterfactual(verb: Token) -> bool:
    """ "would have died", "would have been prevented": what did not happen."""
    return any(c.dep_ == "aux" and lemma_of(c) == "have" and c.tag_ == "VB" for c in verb.children)


def _inverted_condition(verb: Token) -> bool:
    """ "Had police acted in time, ...", "Were the army to withdraw, ...": a condition with the
    auxiliary before its subject."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should") and c.i < subj.i
        for c in verb.children
    )


def _demand(verb: Token, aux: Token) -> bool:
    """ "X said Y must release the prisoners": a speaker demanding what another actor must do."""
    return (
        aux.lower_ in ("must", "should")
        and verb.dep_ == "ccomp"
        and lemma_of(verb.head) in SPEECH | DEMAND_SPEECH
        and any(c.dep_ in ("nsubj", "agent") for c in verb.head.children)  # "Turkey was told by the EU that"
    )


def _person_word(tok: Token) -> bool:
    return tok.lower_ in ("one", "nobody", "none", "noone") or is_human(tok)


def _nobody(subj: Token) -> bool:
    return subj.lower_ in ("nobody", "none", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children
    )


def _refusal(verb: Token) -> bool:
    """A verb negated with "will"/"would"/"can": "X will not lift the ban", "won't meet"."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and (c.lower_ in REFUSAL_AUX or lemma_of(c) in REFUSAL_AUX) for c in verb.children
    )


def main_event(tok: Token) -> bool:
    """The event is the sentence's main one: its verb (or the verb whose object or subject it is)
    heads the main clause, is conjoined with it, or is the reported content of a speech verb
    ("X said troops shelled Y"); events in relative, adverbial and other embedded clauses are not."""
    if tok.dep_ == "pobj" and (tok.pos_ in ("NOUN", "PROPN") or tok.tag_ == "VBG"):
        return False  # "freed him after his arrest": an event named in an adjunct is background
    verb = tok
    for _ in range(5):
        if verb.dep_ == "ROOT":
            return True
        if verb.dep_ in ("conj", "acomp", "xcomp", "dobj", "nsubj", "nsubjpass", "attr") or (
            verb.dep_ == "ccomp" and lemma_of(verb.head) in SPEECH | {"announce"}
        ):
            verb = verb.head
            continue
        return False
    return False


def _subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _purpose(tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _acronym_names(sent: Span) -> set[int]:
    """Token indices of names spelled out before their acronym: "Pakistan occupied Kashmir (PoK)"
    is a name, not an occupation."""
    names: set[int] = set()
    if "(" not in text_of(sent.doc)[sent.start_char : sent.end_char]:
        return names
    for tok in sent:
        if tok.text != "(" or tok.i + 2 >= len(tok.doc) or tok.doc[tok.i + 2].text != ")":
            continue
        acro = tok.doc[tok.i + 1].text
        if not (2 <= len(acro) <= 8 and acro.isalpha() and any(c.isupper() for c in acro)):
            continue
        words = [
            t
            for t in tok.doc[max(sent.start, tok.i - 12) : tok.i]
            if t.is_alpha and t.lower_ not in ("of", "and", "the")
        ]
        tail = words[-len(acro) :]
        if len(tail) == len(acro) and "".join(t.text[0] for t in tail).lower() == acro.lower():
            names.update(range(tail[0].i, tok.i))
    return names


def _entries(tok: Token) -> tuple[Trigger, ...]:
    """Lexicon entries for a token by lemma and by surface form ("shelling" is a noun whose lemma
    the tagger may give as "shell"), longest phrases first."""
    return _entries_for(lemma_of(tok), tok.lower_, tok.tag_, tok.pos_ == "VERB")


@lru_cache(maxsize=32768)  # looked up for every token of every sentence
def _entries_for(lemma: str, lower: str, tag: str, verb: bool) -> tuple[Trigger, ...]:
    index = triggers()
    # a past form of another verb that is spelt like a trigger: "wound up a visit" is "wind"
    irregular_past = verb and tag in ("VBD", "VBN") and lemma[:3] != lower[:3]
    keys = [lemma] if irregular_past else [lemma, lower]
    if tag in ("VBD", "VBN") and lower.endswith("ed"):
        keys += [lower[:-2], lower[:-1]]  # lemmatiser misses ("lambasted")
        if len(lower) > 5 and lower[-3] == lower[-4]:
            keys.append(lower[:-3])  # a doubled consonant: "unbanned"
    # "re-imposed" is imposed again, "co-operate" is "cooperate"
    keys += [k.replace("-", "") for k in keys if k.startswith(("re-", "co-"))]
    keys += [k[3:] for k in keys if k.startswith("re-")]
    found: list[Trigger] = []
    for key in dict.fromkeys(keys):
        found += [t for t in index.get(key, []) if t not in found]
    return tuple(sorted(found, key=lambda t: -len(t.words)))


def _modifier_ok(head: Token, trig: Trigger) -> bool:
    """A participle used as an adjective ("the arrested persons", "alleged taunts") is an event only
    for arrests and violence done to people."""
    if head.dep_ not in ("amod", "compound") or trig.pos != "V":
        return True
    return trig.plover in ("COERCE", "ASSAULT") and trig.code.root != "19" and is_human(head.head)


def find(sent: Span, names: set[int] = frozenset()) -> Iterator[Hit]:
    """Triggers of asserted events in one sentence, longest phrase first, no token used twice.
    `names`: token indices inside named entities, never triggers. Of main-clause events in
    coordinated clauses only the first stays main ("rejects and condemns the decision" is a
    rejection; "withdrew its peacekeepers, and Eritrean forces took control" a withdrawal)."""
    hits = list(_hits(sent, names))
    main_clauses = {_clause_verb(h.head).i for h in hits if h.main}
    main_heads = {h.head.i for h in hits if h.main}
    mains = [h for h in hits if h.main]
    for hit in hits:
        if hit.main and _later_conjunct(_clause_verb(hit.head), main_clauses):
            hit.main = False
        elif hit.main and _asserting(hit.head, hit.trigger).i in main_heads - {hit.head.i}:
            hit.main = False  # "agreed to a ceasefire": the agreement is the main event
        elif hit.main and _object_of(hit.head, mains):
            hit.main = False  # "condemned the crackdown": the condemnation is the main event
    yield from hits


def _object_of(noun: Token, mains: list[Hit]) -> bool:
    """A noun trigger is the direct object of a main-clause trigger verb that tells the act: not
    of one used in another sense, which will be dropped and leave the noun the main event."""
    from newsgraph.events.precision import wrong_sense  # precision builds on this module

    first = _first_conjunct(noun)
    if noun.pos_ not in ("NOUN", "PROPN") or first.dep_ != "dobj":
        return False
    return any(h.head.i == first.head.i and not wrong_sense(h) for h in mains)


def _asserting(head: Token, trig: Trigger) -> Token:
    """The verb a required-head noun is told through when it hangs on a preposition ("troops were put
    on alert", "took him into custody"): that verb's clause decides whether the event is main."""
    return governor(head) if trig.require.startswith("head=") and head.dep_ == "pobj" else head


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause a trigger belongs to: itself, or the verb its noun phrase depends on."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ in ("ROOT", "conj") or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _later_conjunct(verb: Token, main_clauses: set[int]) -> bool:
    cur = verb
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
        if cur.i in main_clauses:
            return True
    return False


def _hits(sent: Span, names: set[int]) -> Iterator[Hit]:
    if text_of(sent.doc)[sent.start_char : sent.end_char].rstrip().endswith("?"):
        return
    used: set[int] = set(names) | _acronym_names(sent)
    hedged = any(t.lower_ in HEDGES for t in sent)
    # the words a phrase may match by (as _match_phrase does): a phrase with a word not among them is
    # skipped before its costly matching
    lemmas = [lemma_of(t) for t in sent]
    present = {*lemmas, *(t.lower_ for t in sent)}
    for i, tok in enumerate(sent):
        if tok.i in used:
            continue
        for trig in _entries_for(lemmas[i], tok.lower_, tok.tag_, tok.pos_ == "VERB"):
            if len(trig.words) > 1 and not present.issuperset(trig.words[1:]):
                continue
            toks = _match_phrase(sent, i, trig) if len(trig.words) > 1 else [tok]
            if not toks:
                continue
            head = toks[0] if trig.pos == "V" else _phrase_head(toks)
            if not _pos_ok(head, trig.pos) or any(t.i in used for t in toks):
                continue
            if (
                trig.pos == "V"
                and nominal(head)
                and (trig.plover not in ("ASSAULT", "COERCE", "PROTEST") or not head.lower_.endswith("ing"))
            ):
                continue  # "the accused" is a person and "jails" are buildings; "police firing" is an act
            if head.dep_ == "compound" and trig.pos != "V":
                continue  # "a kidnapping case", "protest rally" (the head noun carries the event)
            if not requirement_met(head, trig) or not _modifier_ok(head, trig):
                continue
            used.update(t.i for t in toks)
            # a noun whose verb is part of the construction ("announced a ceasefire") is asserted
            # or not through that verb
            anchor = required_head(head) if trig.require.startswith("head=") else head
            status = modality(anchor)
            if anchor is not head and status == "asserted" and lemma_of(anchor) in PLANNING_VERBS:
                status = "planned"  # "Seoul is planning a summit": the noun's act is planned, not held
            if status != "dropped":
                end = toks[-1].idx + len(toks[-1])
                yield Hit(
                    trig,
                    head,
                    toks[0].idx,
                    end,
                    _purpose(head),
                    hedged,
                    status in ("intended", "desired"),
                    status == "planned",
                    status == "refused",
                    status == "demanded",
                    main_event(_asserting(head, trig)),
                    status in ("intended", "desired"),
                    status == "desired",
                )
            break
    yield from _demands(sent, used)


def _demands(sent: Span, used: set[int]) -> Iterator[Hit]:
    """ "X said Y must <verb>" where <verb> is no trigger: X demands something of Y (CAMEO 100)."""
    # only verbs with a "must" or "should" (not every token's children: this runs on every sentence)
    heads = sorted({t.head.i for t in sent if t.lower_ in ("must", "should") and t.dep_ == "aux"})
    for tok in (sent.doc[i] for i in heads if sent.start <= i < sent.end):
        aux = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("must", "should")), None)
        if tok.i in used or aux is None or lemma_of(tok) == "be" or _felt(tok) or not _demand(tok, aux):
            continue
        if any(c.dep_ == "aux" and lemma_of(c) == "have" for c in tok.children):
            continue  # "should have gone": a reproach about the past, not a demand
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # "told Kenya it must cut spending": "it" is the party told, whatever it is
        told = subj is not None and told_party(subj) is not None
        if not told and (
            subj is None or subj.lower_ in ("i", "we", "you", "it", "this", "that", "there", "one")
        ):
            continue
        if not told and subj.dep_ == "nsubj" and not _actor_word(subj):
            continue  # "the land should remain with the Centre": an opinion on a thing, no demand
        if modality(tok.head) == "dropped":
            continue
        used.add(tok.i)
        yield Hit(demand_trigger(), tok, aux.idx, tok.idx + len(tok), demanded=True, main=main_event(tok))


def judge(adj: Token) -> Token | None:
    """The speaker who calls something by a judging adjective in reported speech: "the plan is
    unacceptable, the council said", "Seoul said the visit was unacceptable" (the council, Seoul).
    Not an opinion in the writer's own voice nor one the speaker has of itself."""
    copula = adj.head
    if adj.dep_ != "acomp" or lemma_of(copula) != "be" or copula.dep_ != "ccomp":
        return None
    if lemma_of(copula.head) not in SPEECH or any(c.dep_ == "neg" for c in copula.children):
        return None
    speaker = next((c for c in copula.head.children if c.dep_ == "nsubj"), None)
    judged = judged_subject(adj)
    if speaker is None or judged is None or judged.pos_ == "PRON":
        return None  # "it is unacceptable", "we are unacceptable": no thing judged
    return speaker if _actor_word(speaker) or (lemma_of(speaker),) in sectors() else None  # "the council"


def judged_party(adj: Token) -> Token | None:
    """Whose act or offer is judged: its owner or "by" agent ("Iran's offer", "the remarks by the
    minister"), an armed force deployed ("the deployment of NATO troops"), or a party judged itself.
    Never the victims of an act ("the shelling of civilians")."""
    judged = judged_subject(adj)
    if judged is None:
        return None
    if judged.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or (lemma_of(judged),) in sectors():
        return judged
    owners = [c for c in judged.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [
        g for p in judged.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" for g in p.children
    ]
    owners += [g for g in _prep_objects(judged, "of") if _force_lemma(g) or agent_sector(g) in ("MIL", "REB")]
    return next((o for o in owners if o.dep_ in ("poss", "pobj")), None)


def proposer(verb: Token) -> Token | None:
    """Who made what is accepted or refused: the owner or "by" agent of the object, or of what its
    "terms" are of ("refused to accept Israel's proposal", "the terms of the plan by Egypt")."""
    objects = _children_by(verb, "dobj")
    objects += [g for o in objects if lemma_of(o) in ("term", "terms") for g in _prep_objects(o, "of")]
    owners = [c for o in objects for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [g for o in objects for p in o.children if p.lower_ == "by" for g in _children_by(p, "pobj")]
    return owners[0] if owners else None


def judged_subject(adj: Token) -> Token | None:
    """What a predicate adjective is said of: the copula's subject nearest to it."""
    return max(
        (c for c in adj.head.children if c.dep_ == "nsubj" and c.i < adj.i), key=lambda c: c.i, default=None
    )


def told_party(subj: Token) -> Token | None:
    """The party a speaker tells what it must do, when `subj` is the pronoun standing for it in the
    told clause: "told Kenya it must cut its civil service", "warned the rebels they must disarm"."""
    verb = subj.head
    if subj.lower_ not in ("it", "they") or verb.dep_ != "ccomp" or lemma_of(verb.head) not in TELLING_VERBS:
        return None
    told = next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if told is None or not _actor_word(told) or _media(told):
        return None  # "Airbus told Reuters it must raise output": the speaker speaks of itself
    if told.dep_ == "nsubjpass":
        return told  # "Turkey was told by the EU that it must ...": the one told is the sentence's topic
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj.lower_ == "it" and speaker is not None and _body(speaker) and _body(told):
        # "the court told the government it must pay": "it" may be either body; a warning is to the
        # told, and so is what a state or world body tells a state ("the World Bank told Kenya")
        warned = lemma_of(verb.head) in WARNING_VERBS
        return told if warned or (_state_or_world_body(speaker) and told.ent_type_ == "GPE") else None
    return told


def _state_or_world_body(tok: Token) -> bool:
    """A state or an intergovernmental body ("Washington", "the World Bank", "the IMF")."""
    return public_body(tok, ("IGO",))


def _media(tok: Token) -> bool:
    """A news outlet or press people ("Reuters", "the BBC", "reporters")."""
    name = " ".join(w.lower_ for w in tok.subtree if w.dep_ in ("compound", "flat") or w == tok)
    return agent_sector(tok) == "MED" or name in MEDIA_PARTIES or bool(_forms(tok) & MEDIA_PARTIES)


def _body(tok: Token) -> bool:
    """A single institution or state, that "it" may stand for (not a person or a plural)."""
    return (
        tok.tag_ in ("NN", "NNP")
        and tok.ent_type_ not in ("PERSON", "NORP")
        and lemma_of(tok) not in HUMAN_WORDS
    )


def _felt(verb: Token) -> bool:
    """ "the neighbours must be annoyed": a passive feeling is a guess at a state, no demand ("the states
    must not worry", "must feel the pain" stay demands)."""
    return (
        lemma_of(verb) in FEELING_VERBS
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and lemma_of(c) == "be" for c in verb.children)
    )
