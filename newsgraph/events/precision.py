"""Precision checks of the events stage, from the errors of the hand-judged event samples
(benchmarks/event_precision_round*.jsonl): a noun trigger needs an occurrence anchor, places and
things are no actors, party workers are party members, and a few word senses are recoded (the
confidence is scored in confidence.py).

Word lists live in newsgraph/data/events_precision.json. Hand-written over spaCy's parse for the
same reason as detect.py: no library decides whether a noun phrase reports an occurrence."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.context import Context
from newsgraph.entities.lexicon import country_of, kin_words
from newsgraph.events.detect import (
    CONVEYING_VERBS,
    FUTURE,
    HUMAN_WORDS,
    NATURAL_FORCES,
    PLAIN_FUTURE,
    PLANNING_VERBS,
    SERIES,
    SPEECH,
    Hit,
    acted_clause,
    any_move_warning,
    coercion_clause,
    conditional_warning,
    governor,
    is_forces,
    is_human,
    lemma_of,
    military_unit,
    names_trigger,
    nominal,
    noun_states,
    peacekeeping,
    phrase_states,
    readiness_party,
    required_head,
    simple_past,
    stated_threat,
    to_infinitive,
    warners,
)
from newsgraph.events.lexicon import (
    STATE_SECTORS,
    Code,
    actor_sectors,
    cameo_codes,
    sectors,
    thing_nouns,
    triggers,
    words,
)
from newsgraph.model import Actor, Entity, Quote
from newsgraph.nlp import text_of
from newsgraph.places.gazetteer import is_capital


def lexicon(name: str) -> frozenset[str]:
    """One word list of events_precision.json (its "_<name>_note" says what it is for)."""
    return words(name, "events_precision.json")


# --- occurrence anchors of noun triggers ---------------------------------------------------------

YEAR = re.compile(r"(1[89]|20)\d\d(s|'s)?")  # "2003", "the 1990s": a year or decade


def _dated(tok: Token) -> bool:
    """A time of its own through a preposition or an adverbial noun ("the rally on Sunday", "the
    protest yesterday"), not a year used as a label ("the 2002 riots")."""
    for c in tok.children:
        if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"):
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
            return True
        if c.dep_ == "poss" and lemma_of(c) in lexicon("day_words"):
            return True  # "Sunday's rally", "yesterday's blast"
    return False


def _placed(tok: Token) -> bool:
    """A place of its own: "the protest in Karachi", "a blast at the market", "outside parliament"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in lexicon("place_preps")
        and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for g in c.children)
        for c in tok.children
    )


def _counted(tok: Token) -> bool:
    return any(c.dep_ == "nummod" for c in tok.children)


def _forms(tok: Token) -> set[str]:
    """Lemma candidates: the lemmatiser's and the surface form without "-d"/"-ed" ("staged" is
    lemmatised "stag")."""
    low = tok.lower_
    return {lemma_of(tok), low, low.removesuffix("d"), low.removesuffix("ed")}


def _existential(verb: Token) -> bool:
    return any(c.dep_ == "expl" for c in verb.children)  # "there were protests"


def _year_label(tok: Token) -> bool:
    return any(
        c.dep_ in ("compound", "nummod", "amod")
        and c.ent_type_ == "DATE"
        and c.text.isdigit()
        and len(c.text) == 4
        for c in tok.children
    ) and not _dated(tok)


def _by_agent(tok: Token) -> bool:
    """Its own agent: "massive protests by NBA activists"."""
    return any(
        c.dep_ in ("prep", "agent")
        and c.lower_ == "by"
        and any(g.dep_ == "pobj" and is_human(g) for g in c.children)
        for c in tok.children
    )


def _series_head(tok: Token) -> Token:
    """ "a new round of talks", "5,500 rounds of firing": the series noun carries the anchor."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma_of(tok.head.head) in SERIES:
        return tok.head.head
    return tok


def _setting_of(tok: Token, gov: Token) -> bool:
    """The noun event is the setting, cause or instrument of an asserted act ("killed in the riots",
    "died due to police firing", "pounded X with airstrikes"), not a topic talked or thought about
    ("referring to the riots", "thought of resigning during the killings")."""
    prep = tok.head.lower_
    if lemma_of(gov) in ("due", "owing") and gov.head != gov:
        gov = gov.head  # "died due to police firing"
    if prep not in lexicon("setting_preps") or gov.pos_ not in ("VERB", "AUX"):
        return False
    return not _forms(gov) & lexicon("topic_verbs") and not (gov.tag_ == "VBG" and gov.dep_ == "advcl")


KEPT_UP = words("kept_up")
PLANNED_ACTS = words("planned_acts")


def _kept_up(verb: Token) -> bool:
    """ "kept up their attacks", "kept on their strike": an act kept going is going on."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return any(f"{lemma_of(verb)} {p}" in KEPT_UP for p in particles)


def anchored(hit: Hit) -> bool:
    """A noun trigger reports an occurrence, not a passing or background reference ("the 2002
    riots", "its detention policy"): it is the subject of a verb of happening or effect, the object
    of a staging or responding verb ("held a rally", "condemned the attack"), the setting of another
    act ("killed in the riots"), claimed ("claimed responsibility for the attack"), described as done
    ("the attack carried out by X"), has its own time, place or count, or is a sentence fragment (a
    headline)."""
    span = [t for t in hit.head.sent if hit.start <= t.idx < hit.end]
    tok = next((t for t in reversed(span) if not hit.start <= t.head.idx < hit.end or t.head == t), hit.head)
    while tok.dep_ in ("conj", "appos", "amod", "compound", "nmod") and tok.head != tok:
        tok = tok.head  # "missile and drone attack"; a mis-parsed "sit-in" as a modifier
    tok = _series_head(tok)
    if _year_label(tok):
        return False  # "the 2002 riots": a past event named as background
    if tok.dep_ == "pobj" and _forms(governor(tok)) & lexicon("reference_verbs"):
        return False  # "referring to the recent carnage at X": talked about, whatever its place
    if tok.dep_ == "ROOT" or _dated(tok) or _placed(tok) or _counted(tok) or _by_agent(tok):
        return True
    done = lexicon("staging_verbs") | lexicon("done_verbs")
    if any(c.dep_ == "acl" and _forms(c) & done for c in tok.children):
        return True
    gov = governor(tok)
    forms = _forms(gov)
    if tok.dep_ in ("nsubj", "nsubjpass", "csubj"):  # "firing by the SRP claimed two lives"
        if tok.dep_ == "nsubjpass":  # "the attack was foiled", not "the rally was postponed"
            return not forms & lexicon("unhappening_verbs")
        # "protests erupted", "the attack killed five"; not "the riots shape politics" (a description)
        return gov.pos_ == "VERB" and gov.tag_ not in ("VBZ", "VBP") and not forms & lexicon("state_verbs")
    if tok.dep_ in ("dobj", "attr", "oprd"):
        staged = forms & (lexicon("staging_verbs") | lexicon("witness_verbs"))
        # "Seoul is planning a summit with Pyongyang": a cooperative act an actor plans is its intention
        planned = tok.dep_ == "dobj" and forms & PLANNING_VERBS and hit.trigger.plover in PLANNED_ACTS
        return bool(staged or planned) or _existential(gov) or _kept_up(gov)
    if tok.dep_ == "pcomp" and tok.head.lower_ == "to" and _forms(tok.head.head) & lexicon("staging_verbs"):
        return True  # "resorted to firing to clear the square" (the gerund parsed as a clause)
    if tok.dep_ == "pobj":
        if tok.head.lower_ in ("on", "into", "to") and forms & lexicon("staging_verbs"):
            return True  # "sat on a dharna", "went on strike", "resorted to lathi-charge"
        if tok.head.lower_ in ("for", "on") and lemma_of(gov) in ("responsibility", "credit", "responsible"):
            return True  # "claimed responsibility for the attack"
        if tok.head.lower_ in ("under", "in", "into") and _forms(gov) & lexicon("custody_verbs"):
            return True  # "placed under house arrest", "kept in detention"
        return _existential(gov) or _setting_of(tok, gov)
    return False


def owned_anchored(hit: Hit) -> bool:
    """An owned statement or act noun reports news of the day only as the subject of a past effect
    ("Seoul's rejection of the offer angered Tokyo"), the object of a reaction, active or passive
    ("Beijing dismissed Washington's accusation", "the release was welcomed by Kabul"), or in a
    headline; with a year or decade, as another passive or a perfect subject, or after "since"/"after"
    it is background ("Britain's rejection of the euro in 2003 still shapes its politics")."""
    tok = hit.head
    gov = governor(tok)
    if _year_in(tok) or any(c.dep_ in ("prep", "npadvmod") and _year_in(c) for c in gov.children):
        return False
    if tok.dep_ == "ROOT":
        return True  # a headline fragment: "Seoul's rejection of the offer"
    if tok.dep_ == "nsubj":  # "has long frustrated", "is written into its charter": a standing position
        told = gov.tag_ == "VBD" or (gov.tag_ == "VBZ" and _headline(tok)) or _fresh_perfect(gov)
        return told and (_took_effect(gov) or not _forms(gov) & lexicon("state_verbs"))
    # "Beijing dismissed Washington's accusation", "the release of the men was welcomed by Kabul" (not
    # "has been ignored for years")
    passive = tok.dep_ == "nsubjpass" and simple_past(gov)
    if passive and _forms(gov) & CONVEYING_VERBS:
        return True  # "Indonesia's recognition of East Timor was conveyed in a letter"
    return (tok.dep_ == "dobj" or passive) and bool(_forms(gov) & lexicon("reaction_verbs"))


def _took_effect(verb: Token) -> bool:
    """ "the suspension took effect", "the ban came into force": the act was carried out."""
    if lemma_of(verb) == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    return lemma_of(verb) == "come" and any(
        p.lower_ == "into" and any(g.lower_ in ("force", "effect") for g in p.children) for p in verb.children
    )


def _fresh_perfect(verb: Token) -> bool:
    """ "Seoul's rejection has angered Tokyo": a present perfect without a span of time ("has long
    frustrated", "has for years shaped" tell a standing position)."""
    return (
        verb.tag_ == "VBN"
        and any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)
        and not any(lemma_of(t) in lexicon("durative_words") for t in _span_words(verb))
    )


def _span_words(verb: Token) -> list[Token]:
    """Adverbs and "for"/"since" phrases of the verb ("long", "for years")."""
    adverbs = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod")]
    spans = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "since")]
    return [*adverbs, *spans, *(g for p in spans for g in p.children)]


def _year_in(tok: Token) -> bool:
    """A year or decade in the phrase: "in 2003", "in the 2015 referendum", "in the 1990s"."""
    return any(YEAR.fullmatch(t.text) for t in tok.subtree)


def _headline(tok: Token) -> bool:
    """A headline: no closing full stop, question or exclamation mark ("Seoul's rejection of offer
    angers Tokyo")."""
    return tok.sent[-1].text not in (".", "!", "?", '"', "'", "\u201d")


# --- actors --------------------------------------------------------------------------------------


def _place_at(ctx: Context, start: int, end: int):
    return next(
        (p for p in ctx.analysis.places if p.start < end and start < p.end and p.form != "demonym"), None
    )


def place_not_actor(
    ctx: Context, actor: Actor | None, plover: str | None = None, targets: tuple[str, ...] | None = None
) -> bool:
    """A dateline ("NEW DELHI:") is never an actor, nor is a town, province or region named as such
    ("Gujarat", "Cardiff Bay", "Europe"): only a country or its capital stands for a state. A place
    stays the target of a physical act ("shelled Haifa", "imposed a curfew on Basra") when `plover`
    (given for recipients) is one. With `targets` given (an act on people or on a stated object), a
    place after a locative preposition that is not one of the trigger's targets is the scene ("fired
    at" is aimed, "arrested at Mumbai airport" is not). A sum of money is no actor either."""
    if actor is None:
        return False
    if amount_not_actor(ctx, actor):
        return True
    if any(d.start <= actor.start < d.end for d in ctx.analysis.anatomy.datelines):
        return True  # whatever the tagger made of it ("bangalore:" in a lower-case text is a PERSON)
    if actor.sector == "IGO":
        return False  # "the EU" is also a region
    entity = ctx.analysis.entity(actor.entity)
    place = _place_at(ctx, actor.start, actor.end)
    scene = targets is not None and (place is None or place.feature != "country")
    if scene and _locative(ctx, actor, entity, targets):
        return True  # "arrested at Mumbai airport", "banned entry in Karsevakpuram": the scene
    if entity is not None and entity.type in ("PERSON", "ORG", "NORP"):
        return False  # "Victoria, a lobbyist"
    if place is None or place.feature in ("country", "region") or plover in lexicon("place_target_types"):
        return False  # "shelled Haifa"
    # the actor is the name itself, or the name with modifiers ("riot-torn Gujarat"), not an actor
    # placed by a preposition ("the police in Ahmedabad", "the government of Sindh")
    before = [w for w in ctx.text[actor.start : place.start].split() if w.lower() not in ("the", "a", "an")]
    if before and before[-1].lower() in lexicon("place_prepositions"):
        return False
    covers = min(place.start, actor.start) == actor.start and place.end <= actor.end <= place.end + 2
    covers = covers or (place.start <= actor.start and actor.end <= place.end + 2)
    return covers and not is_capital(place.name)


def scene_only(hit: Hit, plover: str, mode: str | None) -> tuple[str, ...] | None:
    """The trigger's target prepositions when its recipient cannot be a place where it happened: an
    arrest hits people, "banned entry of mediapersons" has its object, "the carnage at Godhra" names
    its scene (None otherwise: "strengthened its forces in Crimea", "shelled Kirkuk" are aimed at the
    place)."""
    if plover == "COERCE" and (mode == "arrest" or any(c.dep_ == "dobj" for c in hit.head.children)):
        return hit.trigger.targets
    if plover == "ASSAULT" and hit.trigger.pos == "N":
        return hit.trigger.targets  # "the train carnage at Godhra": where it happened
    return None


def _locative(ctx: Context, actor: Actor, entity: Entity | None, targets: tuple[str, ...]) -> bool:
    """A name after "in" ("banned entry in Karsevakpuram", whatever the tagger made of it) or a place
    after "at" or "from" ("arrested at Mumbai airport") is where the act happened, not what it hit."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj":
        return False
    prep = span.root.head.lower_
    if prep in targets:
        return False
    if prep == "at":
        return entity is not None and entity.type in ("GPE", "LOC", "FAC")
    if prep == "from":  # "nabbed the accused from Kandivali" (people taken from a place), not
        owner = span.root.head.head  # "seized weapons from Maoists" (things taken from someone)
        taken = [owner, *(c for c in owner.children if c.dep_ == "dobj")]
        return span.root.pos_ == "PROPN" and not any(t.pos_ == "NOUN" and not is_human(t) for t in taken)
    return prep in lexicon("locative_preps") and span.root.pos_ == "PROPN"


def scene_noun(tok: Token, plover: str) -> bool:
    """ "peace in the country", "curfew in the town": a place noun after a locative preposition is the
    setting, not a party."""
    return (
        plover in lexicon("statement_types")
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "at", "across", "throughout", "inside")
        and lemma_of(tok) in lexicon("place_nouns")
    )


def thing_not_party(tok: Token, plover: str) -> bool:
    """What is requested, offered, agreed to or withdrawn ("demanded removal of the extra troops",
    "offered the engineers", "agreed to the use of reserve units"), and a count of victims or a
    protest's own cause, is no party to a statement or a protest."""
    verb = tok.head
    seizer = tok.head.head if tok.dep_ == "pobj" else tok.head
    taken_from = tok.dep_ == "pobj" and tok.head.lower_ == "from"
    if lemma_of(seizer) in lexicon("seize_verbs") and not taken_from and not is_human(tok):
        return True  # "recovered 14 pistols with 14 magazines": what is seized (not "from" whom nor people)
    if plover not in lexicon("statement_types"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "over") and lemma_of(tok) in lexicon("medium_nouns"):
        return True  # "made an appeal on national television": the medium
    if plover == "AID" and tok.dep_ == "pobj" and tok.head.lower_ == "from":
        return True  # "rescued him from the mob": the danger, not the party helped
    if (
        tok.dep_ in ("dobj", "nsubjpass")
        and lemma_of(verb) in lexicon("theme_verbs")
        and not _supplied_party(verb)
    ):
        return True  # "offered the Gurkhas", "pledged cleaner hospitals" (not "provided X with Y")
    if modifier_only(tok):
        return True  # "a Nazi insult", "the Kyoto treaty", "newspaper speculation": things
    tok = semantic_head(tok)  # "the use of central forces" -> forces
    lemma = lemma_of(tok)
    forces = (
        sectors().get((lemma,)) in ("MIL", "COP") or lemma in lexicon("force_nouns") or military_unit(tok)
    )
    named = tok.ent_type_ in ("PERSON", "ORG", "GPE") or any(
        c.ent_type_ in ("PERSON", "ORG", "GPE") and c.dep_ in ("compound", "poss") for c in tok.children
    )
    of_a_noun = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"
    if forces and not named and of_a_noun and plover in lexicon("giving_types"):
        return True  # "withdrawal of extra forces", "the use of central forces"
    # "people who fled" are some people, unless counted ("a cap on the number of fans let in")
    counted_of = tok.dep_ == "pobj" and tok.head.lower_ == "of"
    if bare_public(tok, PICKING[:5] if counted_of else PICKING):
        return True  # "people should also take a step": the public at large is no party
    counted = tok.pos_ == "NUM" or any(c.dep_ == "nummod" for c in tok.children)
    return counted and lemma_of(tok) in lexicon("toll_nouns")  # "the death toll rose to 120 people"


# Dependents that say which people are meant: "the", "their", "200", "local", "village", and (last
# two) a clause that picks them out ("people who fled", "people affected by the floods").
PICKING = ("det", "poss", "nummod", "amod", "compound", "relcl", "acl")


def bare_public(tok: Token, modifiers: tuple[str, ...] = PICKING) -> bool:
    """ "people", "the public" with none of `modifiers` saying which: the public at large, no party."""
    return lemma_of(tok) in lexicon("generic_publics") and not any(c.dep_ in modifiers for c in tok.children)


def _supplied_party(verb: Token) -> bool:
    """ "provided the police with vehicles": the object is the party supplied."""
    return lemma_of(verb) in lexicon("supply_verbs") and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
    )


def modifier_only(tok: Token) -> bool:
    """A thing or concept that only a modifier makes look like an actor ("a Nazi insult", "the Kyoto
    treaty", "newspaper speculation", "their party affiliations"): its head is no person, group,
    body or name."""
    head = semantic_head(tok)
    if head.pos_ != "NOUN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or is_human(head):
        return False
    if (lemma_of(head),) in sectors():
        return False  # "the opposition alliance": a group noun
    return any(
        c.dep_ in ("compound", "amod", "nmod")  # not "Howard's record": its owner is criticised
        and (c.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or (lemma_of(c),) in sectors())
        for c in head.children
    )


def party_members(words: tuple[str, ...], sector: str | None, party: bool) -> str | None:
    """ "BJP workers", "Congress activists", "party cadres": members of a party are the party (PTY),
    not labour or activists. A former office holder ("former deputy chief minister") holds no office
    now: a political elite (ELI)."""
    if party and words and words[-1].rstrip("s") in lexicon("member_nouns"):
        return "PTY"
    if sector in ("GOV", "LEG", "JUD", "COP", "MIL") and ("former" in words or "ex" in words):
        return "ELI"
    return sector


def generic_party(tok: Token | None) -> bool:
    """ "other parties", "such groups": an unnamed plural described only by kind says what some do,
    not what happened."""
    return (
        tok is not None
        and tok.tag_ == "NNS"
        and not tok.ent_type_
        and any(c.dep_ in ("amod", "det") and c.lower_ in lexicon("generic_modifiers") for c in tok.children)
    )


def document_agent(tok: Token | None) -> Token | None:
    """A statement, report or press release does nothing itself: its issuer does ("a press release
    issued by X criticised ...", "a letter from X asked ..."); with no issuer stated the agent is
    left open."""
    if tok is None or lemma_of(tok) not in lexicon("document_nouns"):
        return tok
    named = [
        c
        for c in tok.children
        if c.dep_ in ("compound", "poss") and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
    ]
    sender = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children]
    named += [
        g
        for g in sender
        if g.dep_ == "pobj"
        and (g.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or (lemma_of(g),) in sectors())
    ]
    return (
        named[-1]
        if named
        else next(
            (
                g
                for acl in tok.children
                if acl.dep_ == "acl"
                for p in acl.children
                if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
                for g in p.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    )


def unattributed_quote(ctx: Context, start: int, end: int) -> bool:
    """Inside direct quotes none of which has a speaker (a quote the quotes stage could not
    attribute, "We appeal to X ..."): its claims are nobody's, and not the reporter's."""
    around = [q for q in ctx.analysis.quotes if q.start <= start and end <= q.end]
    embedded = any(e.text_start <= start and end <= e.text_end for e in ctx.analysis.anatomy.social_embeds)
    return bool(around) and not embedded and all(q.speaker is None for q in around)


def same_side(actor1: Actor | None, actor2: Actor | None) -> None:
    """ "the government offered the Indonesian government": when both actors get one code, an unnamed
    one took its country by default, so its country is left unstated."""
    if actor1 is None or actor2 is None or actor1.code != actor2.code or not actor1.country:
        return
    for actor in (actor1, actor2):
        if actor.entity is None:
            actor.country = None
            actor.code = actor.sector
            return


def _of_objects(noun: Token) -> list[Token]:
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def semantic_head(tok: Token) -> Token:
    """ "the use of central forces" -> forces, "all of its promises" -> promises: the "of" object of a
    noun or quantifier that is no party itself."""
    if tok.pos_ not in ("NOUN", "PRON", "DET", "NUM") or is_human(tok) or sectors().get((lemma_of(tok),)):
        return tok
    inner = _of_objects(tok)
    return inner[0] if inner else tok


# --- word senses ---------------------------------------------------------------------------------


def recode(hit: Hit, code: Code, agent: Token | None) -> Code | None:
    """Senses the lexicon entry alone gets wrong: communal riots or clashes between groups are
    violence (ASSAULT), not protest; "charged X with" said by a party or politician is an accusation,
    not an arrest; calling a hartal or bandh is the strike itself; withdrawing a decision or an
    order, or agreeing to changes, is a concession, not a military retreat or a promise; a signed
    deal is the signing (057); being "opposed to" something is criticism. The first of RECODINGS
    that names a CAMEO code decides."""
    for check in RECODINGS:
        cameo = check(hit, code, agent)
        if cameo is not None:
            return cameo_codes()[cameo]
    return None


# A recoding check: the CAMEO code the trigger should have, or None when it does not apply.
Recoding = Callable[[Hit, Code, Token | None], str | None]


def _riot_as_violence(hit: Hit, code: Code, agent: Token | None) -> str | None:
    """Communal or causeless riots are violence (180); "rioters torched cars" is a violent protest (145)."""
    tok = hit.head
    if code.plover == "PROTEST" and code.mode == "riot" and (_communal(tok) or _causeless_riots(tok, hit)):
        return "180"
    if code.code == "1712" and agent is not None and _protesting_crowd(agent):
        return "145"
    civil = agent is not None and is_human(agent) and not is_forces(agent)
    if code.code == "1712" and civil and _in_protest(tok):
        return "145"  # "angry crowds torched buses in protest at the price rise"
    return None


def _protesting_crowd(agent: Token) -> bool:
    """ "rioters", "rioting supporters", "thousands of Serbs protesting against the declaration": a
    crowd in protest."""
    return lemma_of(agent) in lexicon("protest_crowds") or any(
        c.dep_ in ("acl", "amod", "compound") and _protesting(c)
        for crowd in (agent, *_of_objects(agent))  # "thousands of Serbs protesting"
        for c in crowd.children
    )


def _protesting(word: Token) -> bool:
    """ "protesting", "rioting" (tagged a noun when it modifies one: "rioting students")."""
    stem = word.lower_.removesuffix("ing")
    forms = {lemma_of(word), stem, stem + "e"} if word.lower_.endswith("ing") else set()
    return bool(forms & lexicon("protest_verbs"))


def _in_protest(verb: Token) -> bool:
    """The act is done "in protest" ("torched buses in protest at ...", also hung on the object)."""
    owners = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and any(lemma_of(g) == "protest" for g in p.children)
        for o in owners
        for p in o.children
    )


def _occupation_as_protest(hit: Hit, code: Code, agent: Token | None) -> str | None:
    """ "Thousands of students occupied the parliament building": a counted crowd's sit-in that blocks
    a building or public place (144), not troops taking territory (a bare crowd word is the lexicon's)."""
    if code.code != "192" or agent is None or lemma_of(hit.head) != "occupy":
        return None
    crowd = _of_objects(agent)
    civil = any(lemma_of(t) in lexicon("sit_in_crowds") for t in crowd)
    site = any(lemma_of(o) in lexicon("sit_in_sites") for o in hit.head.children if o.dep_ == "dobj")
    return "144" if site and civil else None


def _political_charge(hit: Hit, code: Code, agent: Token | None) -> str | None:
    """ "the CPM charged the government with ...": an accusation (112), not an arrest."""
    tok = hit.head
    if code.code == "173" and lemma_of(tok) in lexicon("charge_forms") and _charged_politically(tok, agent):
        return "112"
    return None


def _call_sense(hit: Hit, code: Code, agent: Token | None) -> str | None:
    """Calling a hartal or bandh is the strike itself (143); calling on a person is a visit (042)."""
    tok = hit.head
    if code.plover != "REQUEST" or lemma_of(tok) != "call":
        return None
    called = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    called += [c for c in tok.children if c.dep_ == "dobj"]
    if any(lemma_of(g) in lexicon("strike_calls") for g in called):
        return "143"
    if _paid_a_call(tok):
        return "042"
    return None


def _protest_as_objection(hit: Hit, code: Code, agent: Token | None) -> str | None:
    """A protest voiced rather than demonstrated is an objection (111): one named person ("the mahant
    had protested against keeping the shilas"), joined to a speech act ("protested and questioned the
    rule"), or with a clause of what was said ("firms protested that the rules were unfair")."""
    tok = hit.head
    if code.plover != "PROTEST" or lemma_of(tok) != "protest":
        return None
    voiced = tok.pos_ == "VERB" and (_one_person(agent) or _spoken_with(tok))
    if voiced or any(c.dep_ == "ccomp" for c in tok.children):
        return "111"
    return None


def _political_support(hit: Hit, code: Code, agent: Token | None) -> str | None:
    """ "lent support to the coalition": political (051), not material, aid."""
    if code.plover == "AID" and any(
        c.dep_ == "dobj" and lemma_of(c) == "support" and not _material(c) for c in hit.head.children
    ):
        return "051"
    return None


def _case_registered(hit: Hit, code: Code, agent: Token | None) -> str | None:
    """ "booked under sections of the IPC" with no arrest in the sentence, "the offence for which she
    had been charged": a case registered, a judicial charge (1121), not an arrest."""
    tok = hit.head
    if code.code != "173":
        return None
    lemma = lemma_of(tok)
    if lemma == "book" and not any(lemma_of(t) in lexicon("arrest_words") for t in tok.sent):
        return "1121"
    if lemma == "charge" and not _arrested_too(tok, agent):
        return "1121"
    return None


def _agreement_sense(hit: Hit, code: Code, agent: Token | None) -> str | None:
    """ "agreed to key changes" is a concession (080); "signed a two-year deal", "signed a number of
    agreements" is the signing (057)."""
    tok = hit.head
    if code.plover != "AGREE":
        return None
    lemma = lemma_of(tok)
    agreed_to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    if lemma == "agree" and any(lemma_of(g) in lexicon("concession_objects") for g in agreed_to):
        return "080"
    if lemma in lexicon("deal_nouns") and _forms(required_head(tok)) & lexicon("signing_verbs"):
        return "057"
    return None


def _opposed_as_criticism(hit: Hit, code: Code, agent: Token | None) -> str | None:
    """ "I am opposed to any secret surveillance": a stance, criticism (111), not a rejection."""
    tok = hit.head
    if (
        code.plover == "REJECT"
        and lemma_of(tok) in lexicon("opposed_forms")
        and (tok.pos_ == "ADJ" or tok.dep_ == "acomp")
    ):
        return "111"
    return None


def _decision_withdrawn(hit: Hit, code: Code, agent: Token | None) -> str | None:
    """Withdrawing or revoking a decision or an order is a concession (080), not a military retreat."""
    tok = hit.head
    if code.plover != "RETREAT" or lemma_of(tok) not in lexicon("withdrawal_words"):
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if any(lemma_of(o) in lexicon("decisions") for o in objects):
        return "080"
    return None


def _peacekeepers_sent(hit: Hit, code: Code, agent: Token | None) -> str | None:
    """ "is sending soldiers to the UN mission in Lebanon": forces sent on a peacekeeping or an
    intergovernmental mission are protection given (074), not a build-up of force."""
    if code.code in lexicon("forces_sent_codes") and (peacekeeping(hit.head) or _sent_to_mission(hit.head)):
        return "074"
    return None


def _sent_to_mission(verb: Token) -> bool:
    """The "to" goal of a sending verb is a mission or force of an intergovernmental body ("sent troops
    to the AU force"); arriving at a UN office is no such goal, nor "the army's mission"."""
    goals = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return verb.pos_ == "VERB" and any(_igo_mission(g) for g in goals)


def _igo_mission(tok: Token) -> bool:
    return lemma_of(tok) in lexicon("igo_mission_nouns") and any(
        c.dep_ in ("compound", "nmod", "poss") and actor_sectors().get((lemma_of(c),)) == "IGO"
        for c in tok.children
    )


# In the order recode tries them: the first that names a code decides.
RECODINGS: tuple[Recoding, ...] = (
    _peacekeepers_sent,
    _riot_as_violence,
    _occupation_as_protest,
    _political_charge,
    _call_sense,
    _protest_as_objection,
    _political_support,
    _case_registered,
    _agreement_sense,
    _opposed_as_criticism,
    _decision_withdrawn,
)


def _spoken_with(tok: Token) -> bool:
    """A protest joined to a speech act of the same actor ("protested and questioned the rule",
    "questioned and protested"): an objection voiced, not a demonstration."""
    joined = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(lemma_of(v) in lexicon("objection_verbs") for v in joined)


def _appraised(tok: Token) -> bool:
    """ "should be judged by results", "should be seen as a reformer": a passive verb of judging says how
    someone is to be regarded, an opinion rather than an act asked of anyone."""
    return lemma_of(tok) in lexicon("appraisal_verbs") and any(c.dep_ == "auxpass" for c in tok.children)


def _paid_a_call(call: Token) -> bool:
    """ "called on the VHP chief and held discussions": calling on a person with nothing asked of
    them (no "to" infinitive, "for" or "that" after the person) is a visit, not a request."""
    called = [g for c in call.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in c.children]
    if any(c.dep_ == "prt" and c.lower_ in ("on", "upon") for c in call.children):
        called += [c for c in call.children if c.dep_ == "dobj"]  # "call on" parsed as a phrasal verb
    people = [
        g
        for g in called
        if g.dep_ in ("pobj", "dobj")
        and (g.ent_type_ == "PERSON" or is_human(g) or (g.pos_ == "PROPN" and not g.ent_type_))
    ]
    if not people:
        return False
    after = call.doc[people[0].i + 1 : min(people[0].right_edge.i + 4, call.sent.end)]
    # "called on President X in March 1992 to permit ...": the infinitive may come after a date
    asked = [a for c in call.children if c.dep_ in ("xcomp", "advcl", "ccomp") for a in c.children]
    return not any(t.lower_ in ("for", "that") or _infinitive_to(t) for t in [*after, *asked])


def _infinitive_to(tok: Token) -> bool:
    """ "to" marking an infinitive: "to act", "to \"practise what it preaches\"" (quote marks between)."""
    if tok.lower_ != "to":
        return False
    if tok.dep_ == "aux":
        return True
    verb = next((t for t in tok.doc[tok.i + 1 : tok.i + 3] if not t.is_punct), None)
    return verb is not None and verb.tag_ == "VB"


def _one_person(agent: Token | None) -> bool:
    """The agent is one named person ("Mahant Devendra Prasadacharya"), who objects rather than
    demonstrates on their own."""
    return (
        agent is not None
        and agent.tag_ == "NNP"
        and agent.ent_type_ in ("PERSON", "")
        and not any(c.dep_ == "conj" for c in agent.children)
    )


def _material(support: Token) -> bool:
    """ "provided €45m support", "humanitarian support": money or goods, not political backing."""
    between = support.doc[support.head.i + 1 : support.i] if support.head.i < support.i else []
    return any(t.ent_type_ == "MONEY" or t.like_num for t in between) or any(
        c.dep_ == "amod" and lemma_of(c) in lexicon("material_support") for c in support.children
    )


def _arrested_too(verb: Token, agent: Token | None) -> bool:
    """ "police charged two men", "arrested and charged": a charge by the police or with an arrest in
    the same sentence goes with the arrest (South Asian usage: booked)."""
    if agent is not None and sectors().get((lemma_of(agent),)) == "COP":
        return True
    return any(lemma_of(t) in ("arrest", "detain", "custody", "nab", "book") for t in verb.sent)


def _causeless_riots(tok: Token, hit: Hit) -> bool:
    """ "the riots", "killed in the riots": a riot named with no cause protested and no protesters
    is communal or mob violence, not a demonstration."""
    if hit.trigger.pos == "V" and tok.tag_ != "VBG":
        return False  # "students rioted over fees" stays a protest
    cause = any(c.dep_ == "prep" and c.lower_ in ("against", "over", "for") for c in tok.children)
    protesters = any(c.dep_ in ("poss", "compound", "nmod") and is_human(c) for c in tok.children) or any(
        c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in tok.children
    )
    return not cause and not protesters and not any(c.lower_ == "protest" for c in tok.sent)


def _communal(tok: Token) -> bool:
    words = {lemma_of(c) for c in tok.subtree if c.i != tok.i and abs(c.i - tok.i) < 6}
    return bool(words & lexicon("communal_words")) or any(
        c.dep_ == "prep" and c.lower_ == "between" for c in tok.children
    )


def _charged_politically(verb: Token, agent: Token | None) -> bool:
    """ "the opposition charged the council with ...", "Green MPs charging them with misleading voters": a
    party, politician or body charges an institution or rival with something; police and courts
    charge suspects."""
    agents = [a for a in (agent, verb.head if verb.dep_ == "acl" else None) if a is not None]
    if any(_political_speaker(a) for a in agents):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        sectors().get((lemma_of(o),)) in ("GOV", "PTY", "OPP", "LEG") or o.ent_type_ in ("ORG", "GPE", "NORP")
        for o in objects
    )


def _political_speaker(tok: Token) -> bool:
    sector = sectors().get((lemma_of(tok),))
    return (
        sector in ("PTY", "OPP", "GOV", "LEG")
        or tok.ent_type_ in ("ORG", "PERSON", "NORP")
        and sector
        not in (
            "COP",
            "JUD",
            "MIL",
        )
    )


def metaphor(hit: Hit) -> bool:
    """ "an explosion of quangos", "a riot of colours", "a barrage of questions": a violent noun that
    measures a quantity of things, or one of words or image ("a charm offensive")."""
    tok = hit.head
    violent = hit.trigger.code.quad_class == 4  # "diplomatic recognition" is no figure
    if (
        violent
        and nominal(tok)
        and any(
            c.dep_ in ("compound", "amod") and c.lower_ in lexicon("figurative_modifiers")
            for c in tok.children
        )
    ):
        return True  # "a charm offensive", "a media offensive": a campaign of words
    return lemma_of(tok) in lexicon("measure_nouns") and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj" and (g.pos_ == "PRON" or (g.tag_ == "NNS" and not is_human(g)))
            for g in c.children
        )
        for c in tok.children
    )


# --- what did not happen, or is something else -----------------------------------------------------


def _garbled_negation(tok: Token) -> bool:
    """A verb negated by an "n't" the tokenizer did not split off, so the parser sees no negation:
    "hasn’t" left whole (as in repaired "hasnâ€™t") or "hasnâ€", "™", "t": such an auxiliary among
    the few words before the verb, in its own sentence."""
    before = tok.doc[max(tok.i - 4, tok.sent.start) : tok.i]
    return any(GARBLED_NT.fullmatch(t.lower_) for t in before)


# "hasn’t" as one token, "didnâ€": an auxiliary with an unsplit or garbled "n't".
GARBLED_NT = re.compile(
    r"(?:do|does|did|has|have|had|is|are|was|were|wo|ca|could|would|should|must)n(?:â€|[’']t)"
)


def wrong_sense(hit: Hit) -> bool:
    """Trigger words used in another sense or of another thing: "mobilise the youth" (no forces),
    "apprehending an alienation" (fearing), "a video shot from a helicopter" (filmed), "withdraw
    money" (no retreat), "detention without trial" (a practice), "attended a party meeting" (no
    consultation). The checks of WRONG_SENSES are tried in order."""
    objects = [c for c in hit.head.children if c.dep_ == "dobj"]
    return any(check(hit, objects) for check in WRONG_SENSES)


# A wrong-sense check: the hit and its trigger's direct objects; True when the trigger is no event.
SenseCheck = Callable[[Hit, list[Token]], bool]


def _not_done(hit: Hit, objects: list[Token]) -> bool:
    """No act at all: a title or a negation the parser missed."""
    tok = hit.head
    return (
        (tok.dep_ == "amod" and lemma_of(tok) == "defend")  # "the defending champion": a title, no act
        or _garbled_negation(tok)  # "the mayor hasnâ€™t yet signed it": not done
    )


def _apprehension(tok: Token, objects: list[Token]) -> bool:
    """ "apprehending an alienation", "the letter apprehended that ...": feared (not "was apprehended
    when ...")."""
    return lemma_of(tok) == "apprehend" and (
        any(not is_human(o) and o.pos_ not in ("PRON", "PROPN") for o in objects)
        or (
            any(c.dep_ == "ccomp" for c in tok.children)
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        )
    )


def _other_verb_sense(hit: Hit, objects: list[Token]) -> bool:
    """Verbs of force or demand in an everyday sense: mobilising funds, fearing, recording on camera,
    an accident, a question, an opinion, a plea in court, a sharp rise."""
    tok, trig = hit.head, hit.trigger
    mobilised = lemma_of(tok) in lexicon("mobilise_forms") and trig.plover == "MOBILIZE"  # not "funds"
    return (
        (mobilised and any(not _forces(semantic_head(o)) for o in objects))
        or _apprehension(tok, objects)
        or (  # "CCTV cameras captured three men": recorded on camera
            lemma_of(tok) == "capture"
            and any(
                c.dep_ == "nsubj" and lemma_of(semantic_head(c)) in lexicon("recording_nouns")
                for c in tok.children
            )
        )
        # "the flight crashed on the mountain, killing 48 people": an accident
        or (
            trig.plover == "ASSAULT" and tok.tag_ == "VBG" and lemma_of(tok.head) in lexicon("accident_verbs")
        )
        or (lemma_of(tok) == "ask" and _question(tok))  # "was asked by reporters about the merger"
        or (hit.demanded and _appraised(tok))  # "the mayor should be judged on her record": no demand
        # "pleaded guilty to fraud": a plea in court, no appeal
        or (lemma_of(tok) == "plead" and any(lemma_of(c) in lexicon("plea_words") for c in tok.children))
        # "exports shot up 7.5%": rose sharply
        or (
            lemma_of(tok) == "shoot"
            and any(c.lower_ == "up" and c.dep_ in ("prt", "advmod") for c in tok.children)
        )
        # "the new chief hails from Rampur": comes from, no praise
        or (
            lemma_of(tok) == "hail"
            and not objects
            and any(c.lower_ in lexicon("origin_preps") for c in tok.children)
        )
        or (trig.plover == "MOBILIZE" and _routine_deployment(tok))
        or (trig.plover == "REQUEST" and _driving_errand(tok))
    )


def _driving_errand(tok: Token) -> bool:
    """ "asked the chauffeur to pull over", "told the cabbie to drive ahead": a bid to a driver to
    handle the vehicle, or to drive ahead, with nothing driven and no course named ("drive out the rebels",
    "steer clear of subsidies" are demands of a party), is an errand."""
    drivers = lexicon("driving_addressees")
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp") or lemma_of(c) not in DRIVING_VERBS:
            continue
        kids = list(c.children)
        if any(g.dep_ in ("dobj", "nsubjpass", "prep", "acomp") for g in kids):
            continue
        addressees = [g for g in (*tok.children, *kids) if g.dep_ in ("dobj", "dative", "nsubj")]
        moving = lemma_of(c) == "drive" and any(g.lower_ in lexicon("motion_particles") for g in kids)
        if moving or any(lemma_of(a) in drivers for a in addressees):
            return True
    return False


DRIVING_VERBS = words("driving_verbs")


def _routine_deployment(tok: Token) -> bool:
    """ "the traffic police deploy constables at junctions where motorists flout rules": road-traffic
    enforcement as the deployment's own place or purpose, or traffic police deployed, is everyday
    policing; troops are never, and a traffic word elsewhere ("traffic was suspended") says nothing."""
    traffic = lexicon("traffic_words")
    deployed = [semantic_head(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if any(sectors().get((lemma_of(d),)) == "MIL" for d in deployed):
        return False  # "deployed troops along the highway": a build-up of force
    phrases = [
        c for c in tok.children if c.dep_ == "prep" or (c.dep_ in ("advcl", "xcomp") and _purpose_to(c))
    ]
    own = [t for c in phrases for t in c.subtree]
    own += [c for d in deployed for c in d.children if c.dep_ in ("compound", "amod")]
    return any(lemma_of(t) in traffic or t.lower_ in traffic for t in own)


def _purpose_to(verb: Token) -> bool:
    """ "(deployed) to regulate traffic": a purpose infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _leisure_or_unreal(hit: Hit, objects: list[Token]) -> bool:
    """Sports and arts reports, things not asserted, the hurt and causes blamed."""
    tok, trig = hit.head, hit.trigger
    return (
        # "Lap 45: Hamilton attacks Verstappen": a move in a race or match
        (
            lemma_of(tok) in lexicon("contest_verbs")
            and _sports_report(tok.doc)
            and not _political_words(tok.sent)
        )
        # "Gerrard urged the board to sign a striker", "the star criticised TV": no political act
        or (trig.plover not in FORCE_TYPES and leisure_report(tok.doc) and not _political_words(tok.sent))
        or _counterfactual(tok)  # "should have been audited by the regulator": not asserted
        # "four VHP activists injured": they were hurt, they hurt no one
        or (trig.plover == "ASSAULT" and _injured_subject(tok))
        # "the company blamed production problems for the shortfall": a cause, no accusation
        or (trig.plover == "ACCUSE" and lemma_of(tok) == "blame" and _blamed_cause(tok))
    )


def _rally_rise(tok: Token) -> bool:
    """ "the peso rallied briefly", "bonds rallied": a rise in value; "the visitors rallied to a
    3-2 win": a comeback in a match."""
    return lemma_of(tok) == "rally" and (
        any(lemma_of(semantic_head(c)) in lexicon("market_nouns") for c in _conj_subjects(tok))
        or _comeback(tok)
    )


def _conj_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the first conjunct it shares them with ("it recovered and
    rallied", "shares fell but rallied")."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _no_protest_or_refusal(hit: Hit, objects: list[Token]) -> bool:
    """Rallies of prices, marches of a walker or a month, demonstrations of a thing, comment declined."""
    tok, trig = hit.head, hit.trigger
    return (
        (trig.plover == "PROTEST" and _rally_rise(tok))
        # "refused to respond to the comments": declining comment, no rejection
        or (
            trig.plover == "REJECT"
            and any(c.dep_ == "xcomp" and lemma_of(c) in lexicon("comment_verbs") for c in tok.children)
        )
        or (
            trig.plover == "PROTEST" and lemma_of(tok) == "march" and _approached(tok)
        )  # "marching up to him"
        or tok.ent_type_ == "DATE"  # "March 15" is no march
        # "a landmark demonstration of the procedure"
        or (trig.plover == "PROTEST" and lemma_of(tok) in lexicon("display_nouns") and _of_thing(tok))
        or (trig.plover == "PROTEST" and "slogan" in trig.words and _celebration_chant(tok, objects))
    )


def _celebration_chant(verb: Token, objects: list[Token]) -> bool:
    """ "the new mayor's backers raised slogans of triumph once the tally was in": slogans of victory
    or praise, with nothing they are against, celebrate, whoever and however many raise them; "a lone
    farmer shouted a slogan near the gate" and "slogans against the tariff" stay protests."""
    if not any(lemma_of(o) == "slogan" for o in objects):
        return False
    said = {w for t in verb.subtree for w in (lemma_of(t), t.lower_)}
    return bool(said & lexicon("celebration_cues")) and not said & lexicon("slogan_causes")


def _not_carried_out(hit: Hit, objects: list[Token]) -> bool:
    """Things released or held, sittings, comparisons, attempts and errands, sales, institutions."""
    tok, trig = hit.head, hit.trigger
    # the trigger named its things ("released the ship", "held their fire")
    explicit_object = trig.require.startswith("object=") or len(trig.words) > 1
    heads = (tok, governor(tok))
    return (
        # "releasing its debut album", "documents released", "the championships held at X"
        (lemma_of(tok) in lexicon("release_verbs") and _things_only(_patients(tok)) and not explicit_object)
        or (trig.plover == "CONSULT" and _sitting(tok))  # "the assembly had met briefly"
        # "it is like a debtor attacking his bank": a comparison
        or any(a.dep_ == "prep" and a.lower_ == "like" for a in (tok, *list(tok.ancestors)[:3]))
        # "police are working to arrest the murderer", "hoping to strike a deal": not done
        or any(t.dep_ == "xcomp" and _forms(t.head) & lexicon("attempt_verbs") for t in heads)
        # "police sent teams to Mumbai to arrest him", "are raiding their hideouts to make the arrests":
        # the arrest is only the errand, force aimed at, not yet used
        or (
            trig.plover in INTENDED_CONFLICT
            and (any(_purpose_of_dispatch(t) for t in heads) or any(_purpose_of_ongoing(t) for t in heads))
        )
        # "won contracts to provide vaccine to the government": a sale, no aid
        or (trig.plover == "AID" and _sold(tok))
        # "in Telangana jails, the daily expenditure on a prisoner": the institutions
        or tok.lower_ in lexicon("institution_plurals")
    )


def _general_or_held_thing(hit: Hit, objects: list[Token]) -> bool:
    """Acts in general, habits, assurances, promises met, things held (no one detained), and business
    senses ("protested their innocence", "withdrawn from shops", "was charged VAT")."""
    tok, trig = hit.head, hit.trigger
    return (
        # "detaining suspects indefinitely is unlawful": an act in general
        (tok.tag_ == "VBG" and tok.dep_ in ("csubj", "csubjpass") and not _took_lives(tok))
        or (tok.pos_ == "NOUN" and _habitual(governor(tok)))  # "Shia Muslims, who participate in processions"
        # "assured the House that no factory would be closed"
        or (lemma_of(tok) in lexicon("assurance_words") and _assured_state(tok))
        # "the union has met every one of its pledges"
        or (
            trig.plover == "CONSULT"
            and any(lemma_of(semantic_head(o)) in lexicon("met_targets") for o in objects)
        )
        or (len(trig.words) == 1 and _held_thing(tok, trig.code.code, objects))  # not "held their fire"
        or _business_sense(tok, trig.plover, objects)
    )


def _held_thing(tok: Token, code: str, objects: list[Token]) -> bool:
    """ "holding the post of admiral", "the rebel-held port", "The awards are now held at the Arena":
    a thing or territory held or a ceremony convened, no one detained."""
    lemma = lemma_of(tok)
    return (
        (lemma == "hold" and any(not is_human(o) and o.pos_ != "PRON" for o in objects))
        or (lemma == "hold" and tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "–"))
        or (lemma in lexicon("detaining_holds") and code == "173" and _held_not_detained(tok))
        or (lemma == "hold" and code == "173" and _held_pronoun_thing(tok))
    )


def _thing_handled(hit: Hit, objects: list[Token]) -> bool:
    """Things sent, counted in custody, filmed or received; people dismissed from office; views shared;
    time limits; audiences attracted."""
    tok, trig = hit.head, hit.trigger
    code = trig.code.code
    return (
        # "sent a circular to 22 jails": a thing sent, no one jailed
        (
            lemma_of(tok) == "send"
            and code == "173"
            and any(o.pos_ not in ("PROPN", "PRON") and not is_human(o) for o in _patients(tok))
        )
        # "there are 500 people in custody": a count of detainees, no detention reported
        or (code == "173" and lemma_of(tok) == "custody" and _existential(governor(tok)))
        # filmed; "shot South Africa out for 175" (cricket); "shot back" (retorted)
        or (
            lemma_of(tok) in lexicon("shoot_forms")
            and (_filmed(tok) or any(c.lower_ in ("out", "back") for c in tok.children))
        )
        # "she received up to 30,000 pounds" (a call received is a consultation)
        or (
            trig.plover == "CONSULT"
            and lemma_of(tok) == "receive"
            and code != "041"
            and _things_only(objects)
        )
        # "the governor dismissing the BJP government": a removal from office
        or (
            trig.plover == "REJECT"
            and lemma_of(tok) == "dismiss"
            and any(is_human(semantic_head(o)) for o in objects)
        )
        # "X agreed.", "Muslims generally agree on them": shared views, no commitment
        or (trig.plover == "AGREE" and lemma_of(tok) == "agree" and _concurred(tok))
        # "set a deadline of ninety days to finish the audit": a time limit, no ultimatum
        or (lemma_of(tok) == "deadline" and not _addressee(tok))
        # "an agenda that will appeal to core voters": attract
        or (trig.plover == "REQUEST" and lemma_of(tok) == "appeal" and _appeals_to_audience(tok))
    )


def _contest_not_fight(hit: Hit, objects: list[Token]) -> bool:
    """Elections fought, rows blowing up, targets hit, protest songs, contested choices, duties bound."""
    tok, trig = hit.head, hit.trigger
    return (
        # "fought the assembly poll"
        (
            trig.plover == "ASSAULT"
            and any(lemma_of(o) in lexicon("contest_nouns") | lexicon("abstract_foes") for o in objects)
        )
        # "the row blew up", "will only hit its target for cutting emissions"
        or (trig.plover in ("ASSAULT", "THREATEN") and (_quarrel_erupts(tok) or _goal_reached(tok, objects)))
        or (
            trig.plover == "PROTEST" and _protesting_work(tok)
        )  # "the film is in protest of a planned landfill"
        # "rivals battling over which will build the most homes"
        or (trig.plover == "ASSAULT" and _contested_choice(tok))
        or _bound_to(tok)  # "the league is bound by treaty to help Vesna guard its ports"
    )


def _own_side_or_object(hit: Hit, objects: list[Token]) -> bool:
    """Withdrawals of people or letters, consultations and meetings within one's own side, watches
    kept, readiness, advice to the public."""
    tok, trig = hit.head, hit.trigger
    return (
        # "pulled the boy out of the car", not "pulled their tanks back"
        (
            trig.plover == "RETREAT"
            and lemma_of(tok) == "pull"
            and any(not _forces(o) and lemma_of(o) not in lexicon("withdrawn_arms") for o in objects)
        )
        # "handed over a letter of thanks to the mayor"
        or (trig.plover == "RETREAT" and any(lemma_of(o) in lexicon("document_nouns") for o in objects))
        # "the regional board would consult the national executive"
        or (trig.plover == "CONSULT" and any(_internal(semantic_head(o)) for o in objects))
        # "a strict vigil was maintained on temples": a watch kept, no protest
        or (trig.plover == "PROTEST" and lemma_of(tok) == "vigil" and _watch(tok))
        # "held an urgent meeting of senior fire officers": a review of one's own staff
        or (trig.plover == "CONSULT" and _staff_meeting(tok))
        or (trig.plover == "RETREAT" and _dragged_out(tok))  # "a driver was dragged out from a van"
        # "the BJP leaders met on Monday": a body meeting on its own, with no one else
        or (trig.plover == "CONSULT" and (_own_meeting(tok) or _held_own_meeting(tok)))
        # "prepared to fight the ruling in the appeals court"
        or (trig.plover == "AGREE" and _readiness_for_conflict(tok))
        # "people should also take a step": advice to the public
        or (hit.demanded and any(c.dep_ == "nsubj" and _no_party_asked(c) for c in tok.children))
    )


def _not_asserted(hit: Hit, objects: list[Token]) -> bool:
    """Conditions, obligations, habits, records, plans, opinions, and events said not to exist."""
    tok = hit.head
    return (
        _inverted_condition(tok)
        or _obligation(tok)
        or (tok.pos_ == "NOUN" and _obligation(governor(tok)))  # "ought to have been in custody"
        or _habitual(tok)
        or _past_record(tok)
        or _habit(tok)
        or _planned_by_noun(tok)
        or _opinion_share(tok)
        or (_to_relative(tok) and not _sent_to_inquire(hit))
        or _too_to(tok)
        or (not hit.demanded and _none_such(tok))  # "no arrest should be effected" is still an order
        or _imperative(tok)
    )


def _imperative(tok: Token) -> bool:
    """ "an old demand of the left: ban the Sena", "Their plea was simple: free the students": a bare
    verb heading its sentence (also before a "says"), or right after a colon, with no subject or
    auxiliary, bids the act; it does not report it."""
    if tok.tag_ != "VB" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass") for c in tok.children):
        return False
    after_colon = tok.i > tok.sent.start and tok.doc[tok.i - 1].text == ":"
    # "Free the jailed editors, says the guild": the bid a later speech verb reports
    quoted_bid = tok.i == tok.sent.start and tok.dep_ in ("ccomp", "advcl", "parataxis")
    quoted_bid = quoted_bid and lemma_of(tok.head) in lexicon("bid_verbs")
    return tok.dep_ == "ROOT" or after_colon or (quoted_bid and tok.head.i > tok.i)


def _practice_or_gathering(hit: Hit, objects: list[Token]) -> bool:
    """Files destroyed, money withdrawn, detention "without trial" (a practice), and meetings attended
    ("attended a BNP meeting", "the meeting was attended by X": a gathering, not talks)."""
    tok, trig = hit.head, hit.trigger
    return (
        # "the department destroyed 37,000 files" (a "police post" is a building)
        (trig.code.code == "1712" and any(_document(o) for o in objects))
        or (
            lemma_of(tok) == "withdraw"
            and trig.plover == "RETREAT"
            and any(not _withdrawn(o) for o in _patients(tok))
        )
        or any(
            c.dep_ == "prep"
            and c.lower_ == "without"
            and any(lemma_of(g) in lexicon("untried_words") for g in c.children)
            for c in tok.children
        )
        or (
            trig.plover in ("CONSULT", "AGREE")
            and tok.pos_ == "NOUN"
            and lemma_of(governor(tok)) == "attend"
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "of") for c in tok.children)
        )
    )


def _document(noun: Token) -> bool:
    """A text or record ("files", "a post"), not a force's premises ("a police post")."""
    forces = any(c.dep_ == "compound" and is_forces(c) for c in noun.children)
    return lemma_of(noun) in lexicon("document_nouns") and not forces


def _errand_not_aid(hit: Hit, objects: list[Token]) -> bool:
    """ "sent auditors to probe the ledgers": people sent on an errand of inquiry or arrest
    (events_precision.json errand_verbs) are no aid; "sent doctors to fight the outbreak" still are."""
    tok = hit.head
    if hit.trigger.plover != "AID" or lemma_of(tok) not in lexicon("dispatch_verbs"):
        return False
    nouns = [g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    errands = [c for t in (tok, *nouns) for c in t.children if c.dep_ in ("advcl", "acl", "xcomp")]
    to_errands = [e for e in errands if any(c.dep_ == "aux" and c.lower_ == "to" for c in e.children)]
    return any(lemma_of(e) in lexicon("errand_verbs") for e in to_errands)


def _hazard_warning(hit: Hit, objects: list[Token]) -> bool:
    """ "a warning of heavy rain", "warned of a cyclone": a weather or quake forecast, no threat."""
    if hit.trigger.plover != "THREATEN":
        return False
    preps = [p for p in hit.head.children if p.dep_ == "prep" and p.lower_ in ("of", "about")]
    told = [g for p in preps for g in p.children]
    # "a wave of strikes" names the strikes, not a sea wave
    told = [g for g in told if not any(c.dep_ == "prep" and c.lower_ == "of" for c in g.children)]
    return any(lemma_of(w) in NATURAL_FORCES for g in told for w in (g, *g.children))


# In the order wrong_sense tries them: the first that holds decides.
WRONG_SENSES: tuple[SenseCheck, ...] = (
    _not_done,
    _other_verb_sense,
    _leisure_or_unreal,
    _no_protest_or_refusal,
    _not_carried_out,
    _general_or_held_thing,
    _thing_handled,
    _contest_not_fight,
    _own_side_or_object,
    _not_asserted,
    _practice_or_gathering,
    _errand_not_aid,
    _hazard_warning,
)


LEISURE_REPORT = 3  # distinct sports (or entertainment) words that make an article a sports (or arts) report
# an arrest, a shooting or a protest is one in a sports or arts report too
FORCE_TYPES = {"ASSAULT", "COERCE", "PROTEST"}


def _report_of(doc, kind: str) -> bool:
    """The article is a report of that kind ("sports_words": "lap", "grand prix", "wicket";
    "entertainment_words": "film", "album", "sitcom"): it uses several distinct words of the list.
    Counted once per article (kept in the Doc's user_data)."""
    if kind not in doc.user_data:
        if "lemma_set" not in doc.user_data:  # one pass over the article for both kinds
            doc.user_data["lemma_set"] = frozenset(t.lemma_.lower() for t in doc)
        found = set(doc.user_data["lemma_set"] & lexicon(kind))
        text = text_of(doc).lower()  # the tokenizer splits "semi-final": such words are found in the text
        found |= {w for w in lexicon(kind) if "-" in w and w in text}
        doc.user_data[kind] = len(found) >= LEISURE_REPORT
    return doc.user_data[kind]


def _sports_report(doc) -> bool:
    return _report_of(doc, "sports_words")


def leisure_report(doc) -> bool:
    return _sports_report(doc) or _report_of(doc, "entertainment_words")


def _took_lives(gerund: Token) -> bool:
    """ "Firing by the police claimed three lives", "... killed two", "... left four dead": a gerund
    subject told by the deaths it caused in the past is one act, not an act in general."""
    verb, kills = gerund.head, words("kill_words")
    return verb.tag_ == "VBD" and (
        lemma_of(verb) in kills
        or any(c.dep_ in ("dobj", "oprd", "acomp", "ccomp") and lemma_of(c) in kills for c in verb.children)
    )


def _political_words(sent) -> bool:
    """The sentence names a political, legal or security office or body ("minister", "party",
    "police", "court"), not one a sports or arts body has too ("officials", "chairman")."""
    return any(
        sectors().get((t.lemma_.lower(),)) in STATE_SECTORS
        and t.lemma_.lower() not in lexicon("leisure_offices")
        for t in sent
    )


def _counterfactual(tok: Token) -> bool:
    """ "should have been probed", "ought to have arrested": what was not done (an opinion on the
    past, no demand)."""
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & {"should", "ought"}) and "have" in aux


def alleged(tok: Token) -> bool:
    """ "two cousins allegedly raped her": hedged by the reporter (dropped when no one named claims it)."""
    return any(c.dep_ == "advmod" and c.lower_ in lexicon("hedge_adverbs") for c in tok.children)


def _injured_subject(tok: Token) -> bool:
    """ "one died and four activists injured": a participle of harm with a subject and no object
    or passive auxiliary is a clipped passive whose subject suffered it."""
    deps = {c.dep_ for c in tok.children}
    return (
        lemma_of(tok) in ("injure", "wound", "hurt")
        and tok.tag_ in ("VBN", "VBD")  # the tagger takes "four injured" for a past tense too
        and "nsubj" in deps
        and not deps & {"dobj", "aux", "auxpass", "nsubjpass"}
    )


def _blamed_cause(blame: Token) -> bool:
    """ "blamed production problems for the shortfall", "blamed the weather": what is blamed is a
    cause (a problem, a delay, the weather), with no one blamed "on" or "for" it, so no actor is
    accused."""
    objects = [c for c in blame.children if c.dep_ in ("dobj", "nsubjpass")]
    # "on" may hang from the blamed thing ("blamed the scale of the losses on ...")
    preps = [*blame.children, *(t for o in objects for t in o.subtree)]
    held = [
        g
        for c in preps
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for g in c.children
        if g.ent_type_ not in ("DATE", "TIME")  # "blamed Kyiv on Tuesday for ...": when, not on whom
    ]
    if held:  # "blamed the deficit on slow economic conditions and military operations": causes again
        held += [c for g in held for c in g.conjuncts]
        return all(lemma_of(h) in lexicon("cause_nouns") or not _accountable(h) for h in held)
    fors = [c.i for c in blame.children if c.dep_ == "prep" and c.lower_ == "for"]
    if fors:  # "blamed wet weather for weak sales of bicycles - the models that ...": what comes
        objects = [o for o in objects if o.i < fors[0]]  # before "for" (not a misparsed second object)
    return bool(objects) and all(_cause(o) for o in objects)


def _cause(tok: Token) -> bool:
    """A cause noun with no one accountable in it ("high fuel prices", not "the government's
    pricing", "the slump at Ford")."""
    return lemma_of(tok) in lexicon("cause_nouns") and not any(
        _accountable(t) for t in tok.subtree if t.dep_ in ("poss", "pobj", "compound")
    )


def _accountable(tok: Token) -> bool:
    """Someone who can be blamed: a person, group or body, named or not ("the government", "Pakistan")."""
    return is_human(tok) or tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")


def _held_not_detained(tok: Token) -> bool:
    """ "was held responsible", "held the mob responsible", "the Sabha is held in rotation", "families
    had been held up", "holding companies", "held the mob at bay", "caught up with", "caught them off
    guard": held to account, convened, delayed, owning or kept off, no one detained (the name of a
    gathering is often tagged a person)."""
    patients = _patients(tok)
    if tok.dep_ in ("amod", "compound") and tok.tag_ == "VBG":
        return True
    if any(c.dep_ in ("oprd", "acomp") or (c.dep_ == "prt" and c.lower_ != "in") for c in tok.children):
        return True
    idioms = lexicon("hold_idioms")
    if any(lemma_of(c) in idioms or any(lemma_of(g) in idioms for g in c.children) for c in tok.children):
        return True  # "at bay", "off guard", "at gunpoint", "to ransom"
    if any(
        a.dep_ == "amod" and a.i > p.i and lemma_of(a) in lexicon("held_predicates")
        for p in patients
        for a in p.children
    ):
        return True  # "held the mob responsible", the predicate parsed as the object's modifier
    held = patients + [tok.head] * (tok.dep_ == "acl")  # "the championships held at Guntur"
    return any({lemma_of(p), p.lower_.removesuffix("s")} & lexicon("gathering_nouns") for p in held)


def _held_pronoun_thing(hold: Token) -> bool:
    """ "it was held at the theatre"; "Other venues included X. They are now held at Y": a pronoun
    held that stands for a thing (no one is "it"; "they" whose antecedent, the nearest earlier subject
    other than "they", is no person or body and whose sentence names no people in the plural) is
    convened or kept, not detained."""
    pronouns = [p for p in _patients(hold) if p.pos_ == "PRON"]
    if any(p.lower_ == "it" for p in pronouns):
        return True
    if not any(p.lower_ in ("they", "them") for p in pronouns):
        return False
    found = _earlier_subject(hold.sent)
    if (
        found is None
        or found.pos_ == "PRON"
        or is_human(found)
        or found.ent_type_ in ("PERSON", "NORP", "ORG")
    ):
        return False
    return not any(is_human(t) for t in found.sent if t.tag_ in ("NNS", "NNPS"))


def _earlier_subject(sent, depth: int = 3) -> Token | None:
    """The subject of the main verb of the nearest earlier sentence that has one (up to `depth`
    sentences back), skipping a "they" again ("They are now held at X. Until 1954 they were held ...")."""
    doc = sent.doc
    for _ in range(depth):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0].lower_ not in ("they", "them"):
            return subjects[0]
    return None


def _business_sense(tok: Token, plover: str, objects: list[Token]) -> bool:
    """Trigger words in their commercial or everyday sense: "protested their innocence" (denied),
    "withdrawn from shops" (a product recalled), "calling on its encyclopaedia" (using it), "was
    charged VAT" (billed), "investigating a trojan program" (a technical inquiry, no one accused),
    "arrested the decline" (halted), "the film bombed" (flopped), "seeking bankruptcy protection" (a
    filing, no request)."""
    lemma = lemma_of(tok)
    heads = [semantic_head(p) for p in _patients(tok)]
    if (
        plover == "PROTEST"
        and lemma == "protest"
        and any(lemma_of(o) in lexicon("avowal_objects") for o in objects)
    ):
        return True
    if plover == "RETREAT" and lemma == "withdraw" and _from_sale(tok):
        return True
    if plover == "REQUEST" and lemma == "call" and _drawn_on(tok):
        return True
    if lemma == "charge" and _billed(tok):
        return True
    if lemma in ("investigate", "probe", "examine") and any(
        lemma_of(h) in lexicon("technical_objects") for h in heads
    ):
        return True
    if lemma == "arrest" and any(lemma_of(o) in lexicon("trend_nouns") for o in objects):
        return True  # "the new chief arrested the decline in sales": halted
    if lemma == "bomb" and not objects and _work_subject(tok):
        return True  # "the film bombed at the box office": flopped
    insolvency = lexicon("insolvency_words")
    return plover == "REQUEST" and any(
        lemma_of(h) == "protection" and any(lemma_of(t) in insolvency for t in h.subtree) for h in heads
    )


def _work_subject(verb: Token) -> bool:
    """The subject is a film, album or other work (also when the parser hangs the verb on it as a
    participle: "the film bombed at the box office")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] + [verb.head] * (verb.dep_ == "acl")
    return any(lemma_of(semantic_head(c)) in lexicon("work_nouns") | lexicon("media_nouns") for c in subjects)


def _from_sale(tok: Token) -> bool:
    """ "withdrawn from shops", "withdrew the drug from the market": taken off sale."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(lemma_of(g) in lexicon("sale_places") for g in c.children)
        for c in tok.children
    )


def _drawn_on(call: Token) -> bool:
    """ "calling on its Encarta encyclopaedia", "called on his experience": called on a resource
    (whatever its name's tag), no one asked."""
    ons = [c for c in call.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")]
    called = [g for c in ons for g in c.children]
    if ons:  # "call on" parsed as a phrasal verb, or "on" left without its object
        called += [c for c in call.children if c.dep_ == "dobj"]
    return any(g.pos_ == "NOUN" and lemma_of(g) in lexicon("resource_nouns") for g in called)


def _billed(charge: Token) -> bool:
    """ "was charged VAT", "charged customers £3", "charges a fee": money asked, no accusation or
    arrest (nothing charged "with")."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in charge.children):
        return False
    return any(
        c.dep_ in ("dobj", "dative", "npadvmod", "attr")
        and (
            c.ent_type_ == "MONEY" or lemma_of(c) in lexicon("fee_nouns") or c.lower_ in lexicon("fee_nouns")
        )
        for c in charge.children
    )


def _quarrel_erupts(tok: Token) -> bool:
    """ "the row blew up", "a controversy exploded": a quarrel as the subject of a violent verb."""
    return any(
        c.dep_ == "nsubj" and lemma_of(semantic_head(c)) in lexicon("dispute_nouns") for c in tok.children
    )


def _goal_reached(verb: Token, objects: list[Token]) -> bool:
    """ "hit a record high", "hit its target for improving literacy": a goal reached (a target is a
    goal when it is one for or of something, not "hit their targets" of a missile strike)."""
    aimed = any(c.dep_ == "prep" and c.lower_ in ("for", "of") for o in (verb, *objects) for c in o.children)
    return any(
        lemma_of(o) in lexicon("goal_nouns") or (lemma_of(o) == "target" and aimed and not _enemy_target(o))
        for o in objects
    )


def _enemy_target(target: Token) -> bool:
    """ "struck Serbian military targets", "rebel targets": a side's targets of force, no goal."""
    return any(
        m.dep_ in ("amod", "compound")
        and (m.ent_type_ in ("NORP", "GPE") or lemma_of(m) in lexicon("enemy_marks"))
        for m in target.children
    )


def _protesting_work(tok: Token) -> bool:
    """ "the song is in protest of X", "a film made in protest against Y": a work that protests is a
    statement, no demonstration."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    owner = tok.head.head
    works = lexicon("work_nouns")
    return lemma_of(owner) in works or any(
        c.dep_ in ("nsubj", "nsubjpass") and lemma_of(semantic_head(c)) in works for c in owner.children
    )


def _contested_choice(tok: Token) -> bool:
    """ "battling over which will build the most homes", "fighting over the leadership": a fight
    over a question or a contest (the parser leaves "over" with no object before a clause)."""
    overs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "over"]
    contests = lexicon("contest_nouns") | lexicon("abstract_foes")
    return any(
        not any(g.dep_ == "pobj" for g in o.children)
        or any(g.dep_ == "pcomp" or (g.dep_ == "pobj" and lemma_of(g) in contests) for g in o.children)
        for o in overs
    )


def _bound_to(tok: Token) -> bool:
    """ "is bound by law to help X defend itself", "are required to arrest": a standing duty, no act
    (a past "was compelled to fire" reports what was done)."""
    chain = [tok.head, tok.head.head] if tok.dep_ in ("xcomp", "ccomp", "advcl") else []
    return any(
        lemma_of(v) in ("bind", "oblige", "obligate", "require")
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP", "VB") for c in v.children)
        for v in chain
    )


def _purpose_of_ongoing(tok: Token) -> bool:
    """A "to"-infinitive of purpose on a verb in progress: the act is still sought, not done."""
    head = tok.head
    return (
        tok.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and lemma_of(c) == "be" for c in head.children)
    )


def _purpose_of_dispatch(tok: Token) -> bool:
    """A "to"-infinitive of purpose on sending people out ("sent teams to arrest him"): the errand."""
    return (
        tok.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and lemma_of(tok.head) in lexicon("dispatch_verbs")
    )


def _sold(tok: Token) -> bool:
    """The supply is what a contract or tender was won or signed for: commerce, not aid."""
    head = tok.head if tok.dep_ in ("advcl", "acl", "relcl") else tok
    nouns = [head, *(c for c in head.children if c.dep_ in ("dobj", "nsubjpass"))]
    return head != tok and any(n.pos_ == "NOUN" and lemma_of(n) in lexicon("sale_nouns") for n in nouns)


def _patients(tok: Token) -> list[Token]:
    """What a verb acts on: its object, its passive subject, or the noun a participle modifies."""
    found = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        found.append(tok.head)
    return found


def _things_only(patients: list[Token]) -> bool:
    works = lexicon("media_nouns") | lexicon("document_nouns") | thing_nouns()
    return bool(patients) and all(
        any(lemma_of(t) in works for t in p.subtree)  # "his new single Superstar": a work, whatever its title
        or not _party_or_person(semantic_head(p))
        for p in patients
    )


def _party_or_person(tok: Token) -> bool:
    """A person, an office ("the U.S. Secretary of State", capitalised as a name) or a named party."""
    office = sectors().get((lemma_of(tok),), "-") != "-"
    return is_human(tok) or office or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _sitting(tok: Token) -> bool:
    """A body meeting on its own, with no one met: a sitting ("the assembly had met briefly", "the
    state cabinet meeting was held", "Cabinet members held their last meeting")."""
    met = any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("with", "between")) for c in tok.children
    )
    if met:
        return False
    if lemma_of(tok) == "meeting" and tok.pos_ == "NOUN":
        if any(c.dep_ in ("compound", "amod") and _body_word(c) for c in tok.children):
            return True
        tok = governor(tok) if tok.dep_ == "dobj" and lemma_of(governor(tok)) == "hold" else tok
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return lemma_of(tok) in ("meet", "hold") and subj is not None and _body_word(subj)


def _body_word(tok: Token) -> bool:
    """ "cabinet", "Cabinet members": a sitting body, or members of one."""
    bodies = lexicon("sitting_bodies")
    named = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return any(lemma_of(t) in bodies for t in named)


def _concurred(verb: Token) -> bool:
    """ "agree" with nothing agreed to or on (no infinitive, object, "to" or an event "on"): concurring."""
    if any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in verb.children):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(p.lower_ == "to" for p in preps):
        return False
    return not any(
        p.lower_ in ("on", "upon")
        and any(
            lemma_of(g) in triggers() or lemma_of(g) in lexicon("deal_nouns") | lexicon("agreed_nouns")
            for g in p.children
        )
        for p in preps
    )


def _addressee(noun: Token) -> bool:
    """Whom a deadline is given to: "gave a deadline of Monday to the council", "gave the council a deadline",
    "set a deadline for the board to publish its accounts" (a for-to clause whose subject must act)."""
    holders = [noun, noun.head]
    return any(
        c.dep_ in ("dative", "iobj")
        or (c.dep_ == "prep" and c.lower_ in ("to", "for") and any(is_human(g) for g in c.children))
        or (c.dep_ in ("advcl", "acl", "relcl") and _for_party(c))
        for h in holders
        for c in h.children
    )


def _for_party(clause: Token) -> bool:
    """ "for the agency to act": the subject of a for-to clause is a person or an organisation."""
    marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ == "for"]
    subjects = [g for m in marks for g in m.children]
    subjects += [g for g in clause.children if g.dep_ == "nsubj"] if marks else []
    return any(
        is_human(g)
        or sectors().get((lemma_of(g),), "-") != "-"
        or any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in g.subtree)
        for g in subjects
    )


def _appeals_to_audience(tok: Token) -> bool:
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(lemma_of(g).rstrip("s") in lexicon("appeal_audiences") for g in c.children)
        for c in tok.children
    )


def _of_thing(tok: Token) -> bool:
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj"
            and not is_human(g)
            and g.ent_type_ not in ("ORG", "NORP")
            and (lemma_of(g),) not in sectors()
            for g in c.children
        )  # not "the power show of the opposition alliance"
        for c in tok.children
    )


def _assured_state(tok: Token) -> bool:
    """An assurance whose content clause states a condition, not the assurer's own act: its verb is
    "be", a passive, or names no event ("no clinic would be shut", "the water supply is
    safe"); "assured them that there would be no strike" names one."""
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")]
    for clause in clauses:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
        named = any(t != clause and lemma_of(t) in triggers() for t in clause.subtree)
        if (
            passive
            or (lemma_of(clause) == "be" and not named)
            or not (named or lemma_of(clause) in triggers())
        ):
            return True
    return False


def _withdrawn(tok: Token) -> bool:
    """What a retreat withdraws: forces ("some of its troops") or people; or a decision (a concession)."""
    if lemma_of(tok) in lexicon("decisions"):
        return True
    inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(_forces(t) or is_human(t) for t in (tok, *inner))


def _forces(tok: Token) -> bool:
    lemma = lemma_of(tok)
    return (
        sectors().get((lemma,)) in ("MIL", "COP")
        or lemma.rstrip("s") in lexicon("force_nouns")
        or military_unit(tok)
    )


def forecast(hit: Hit) -> bool:
    """A future in the passive ("the land would be donated", "the meeting would be attended by X") is
    a forecast, not an actor's stated intention."""
    if not (hit.intended or hit.planned):
        return False
    cur = hit.head
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in cur.children):
            return any(c.dep_ in ("auxpass", "nsubjpass") for c in cur.children)
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def polite_intent(hit: Hit) -> bool:
    """ "I would like to thank X": the act itself, said politely, not an intention."""
    gov = hit.head.head
    return (
        hit.head.dep_ == "xcomp"
        and lemma_of(gov) in ("like", "love")
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in gov.children)
    )


# A sentence end glued to the next sentence's first word by a lost space ("the dispute.?The boycotting
# states"): a phrase never runs over it, nor does reported speech.
GLUED = re.compile(r"[a-z0-9]{2}[.?!]+[\"'”’?]*(?=[A-Z])")


def speech_claimant(ctx: Context, hit: Hit) -> str | None:
    """The speaker of reported speech outside quotation marks ("It was already holding suspects
    without charge, she said"): the subject of the speech verb whose content clause holds the event."""
    cur = hit.head
    for _ in range(5):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head != cur:
            speaker = _speaker_of(cur.head)
            if speaker is not None and not _glued_between(ctx.text, hit.start, cur.head.idx):
                return ctx.entity_at(speaker.idx, speaker.idx + len(speaker))
        if cur.head == cur:
            break
        cur = cur.head
    return None


def cue_governs(ctx: Context, quote: Quote, start: int, end: int) -> bool:
    """The speech verb of a reported (not quoted) statement in the event's sentence governs the event:
    "they accused the mayor of hiding the costs which, they say, would mean higher fares" is the
    reporter's account; a parenthetical "they claim" claims only the clause it stands in."""
    if quote.kind == "direct" or quote.cue is None:
        return True
    cue = ctx.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    hit = ctx.doc.char_span(start, end, alignment_mode="expand")
    if cue is None or hit is None or not len(cue) or not len(hit) or cue.root.sent != hit.root.sent:
        return True
    verb, head = cue.root, hit.root
    if verb.dep_ != "parataxis" or verb in head.ancestors:
        return True
    return verb.head == head or verb.head in head.ancestors  # "two men, police said, were held"


def _glued_between(text: str, a: int, b: int) -> bool:
    """ "asked him to drive her to the station.?In the taxi, she told me": a sentence end lies between the
    event and the speech verb, so the speech is about something else."""
    return GLUED.search(text, min(a, b), max(a, b)) is not None


def dateline_claimant(ctx: Context, claimant: str | None) -> bool:
    """The claimant is only ever named in a dateline ("kanpur: the rss has stated that ..." taken for
    a speaker): a place heading the report, no speaker."""
    entity = ctx.analysis.entity(claimant) if claimant else None
    datelines = ctx.analysis.anatomy.datelines
    return entity is not None and all(
        any(d.start <= m.start < d.end for d in datelines) for m in entity.mentions
    )


def speaker_entity(ctx: Context, start: int, end: int) -> str | None:
    """The entity a speaker phrase names: the one whose mention holds the phrase's head ("Harbour
    Police", "he"), else a person or body named in it ("a treasury spokesman", "Commissioner Ada
    Lind"), never a place that only modifies it ("the Dorvik police said", "the state figures, as
    against Valmora, show": a place is no speaker)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    found = ctx.entity_at(head.idx, head.idx + len(head))
    if found:
        return found
    named = (
        e.id
        for e in ctx.analysis.entities
        if e.type not in PLACE_TYPES
        for m in e.mentions
        if m.start < end and start < m.end and m.source != "pronoun"
    )
    return next(named, None)


PLACE_TYPES = {"GPE", "LOC", "FAC", "NORP"}  # names of places and peoples, no speakers as modifiers


def unnamed_speaker_types(speaker_text: str, speaker_name: str | None) -> tuple[str, ...]:
    """Entity types a pronoun speaker the quote stage left without an entity may stand for: none when
    that stage read it as an unnamed body or its people ("they said" as "police", "officials"), and no
    place for "they" (a town or country is "it"; "they said" after "in Jaipur" are people)."""
    pronoun = speaker_text.lower()
    words = (speaker_name or pronoun).lower().split()
    if not words:
        return ()
    last = words[-1].rstrip("s")
    if last != pronoun and (last in lexicon("source_words") or sectors().get((last,), "-") != "-"):
        return ()
    return {"he": ("PERSON",), "she": ("PERSON",), "it": ("ORG", "GPE"), "they": ("ORG", "NORP")}.get(
        pronoun, ()
    )


def _speaker_of(verb: Token) -> Token | None:
    if lemma_of(verb) not in lexicon("claim_verbs"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def verbal_clash(ctx: Context, hit: Hit, mode: str | None, actor1: Actor | None) -> bool:
    """ "the former police chief clashed with X", "Laloo made a direct attack on the prime minister":
    one person's unarmed attack or clash is a war of words (CAMEO 111); fighting needs a group."""
    tok = hit.head
    if lemma_of(tok) not in ("attack", "clash") or mode is not None or actor1 is None:
        return False
    entity = ctx.analysis.entity(actor1.entity)
    span = ctx.doc.char_span(actor1.start, actor1.end, alignment_mode="expand")
    single = (
        span is not None
        and is_human(span.root)
        and span.root.tag_ in ("NN", "NNP")
        and span.root.ent_type_ not in ("ORG", "NORP", "GPE")
        and lemma_of(span.root) not in lexicon("collective_nouns")
    )
    person = (entity is not None and entity.type == "PERSON") or single
    return person and actor1.sector not in ("MIL", "REB", "INS", "SEP", "CRM")


INTENDED_CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}


def force_march(hit: Hit, plover: str, actor1: Actor | None) -> bool:
    """Police or troops marching ("a flag march through the town"): a show of force, not a protest."""
    return (
        plover == "PROTEST"
        and actor1 is not None
        and actor1.sector in ("COP", "MIL")
        and lemma_of(hit.head) in lexicon("march_words")
    )


def unarmed_military_act(hit: Hit, plover: str, actor1: Actor | None) -> bool:
    """Military acts by actors with no forces: "he surrenders as per needs" (a politician), "anti-hunt
    groups deployed 100 monitors" (no troops)."""
    if actor1 is None or actor1.sector is None or actor1.sector in lexicon("armed_sectors"):
        return False
    if plover == "RETREAT" and hit.trigger.mode == "disarm":
        return True
    objects = [c for c in hit.head.children if c.dep_ == "dobj"]
    return (
        plover == "MOBILIZE"
        and actor1.sector not in ("GOV", "IGO")
        and any(not _forces(semantic_head(o)) for o in objects)
    )


def amount_not_actor(ctx: Context, actor: Actor | None) -> bool:
    """ "demanded a payment of Rs 9 crore": a sum the amounts stage read is no actor."""
    return actor is not None and any(
        a.kind == "money" and a.start <= actor.start < a.end for a in ctx.analysis.amounts
    )


def not_an_actor_word(tok: Token | None) -> bool:
    """A verb the parser made a subject or object ("stating that ...") is no actor; nor is a stance
    noun with what it is against ("flayed the vehement opposition to astrology")."""
    if tok is None:
        return False
    beside = [c for c in tok.children] + [c for c in tok.head.children if c.i == tok.i + 1]  # or misattached
    # "opposition to" a plan is a stance ("to X" may be misparsed as an infinitive clause); the
    # opposition "to President X" or "to the regime" is the opposing camp, an actor
    tos = [c for c in beside if c.dep_ == "prep" and c.lower_ == "to"]
    objects = [g for c in tos for g in c.children if g.dep_ == "pobj"]
    objects += [
        t
        for c in beside
        if c.dep_ in ("relcl", "acl") and c.i > tok.i and tok.nbor().lower_ == "to" and tok.nbor().head == c
        for t in tok.doc[tok.i + 2 : c.i]
        if t.pos_ in ("NOUN", "PROPN")
    ]
    stance = tok.lower_ in ("opposition", "resistance") and objects and not any(map(_opposed_actor, objects))
    return tok.pos_ in ("VERB", "AUX") or stance or _thing_modifier(tok) or _shared_modifier(tok)


def _shared_modifier(tok: Token) -> bool:
    """ "the Gubernatorial and Lieutenant-Gubernatorial ballots": a capitalised modifier the parser made the
    head of a coordination whose other member is the modified common noun (with a capitalised modifier
    of its own) is no actor; a tagged name ("the Senate and other bodies"), an actor word or a name
    beside "other" ("Kelvar and other private operators") stays one, unless the other member repeats it
    ("Mayoral and Vice-Mayoral ballots", whatever the tagger made of it)."""
    if tok.tag_ != "NNP" or actor_sectors().get((lemma_of(tok),), "-") != "-":
        return False
    if any(c.dep_ not in ("det", "cc", "conj", "punct") for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ != "conj" or c.tag_ not in ("NN", "NNS"):
            continue
        modifiers = [m for m in c.children if m.dep_ in ("amod", "compound") and m.i < c.i]
        if any(m.text == tok.text for m in modifiers):
            return True  # the word repeated in the modified noun's own modifiers
        if not tok.ent_type_ and any(m.text[:1].isupper() for m in modifiers):
            return True
    return False


def _opposed_actor(tok: Token) -> bool:
    """What an opposition is "to" is an actor: a named person, body or people, an actor word or a
    state body ("the regime")."""
    lemma = lemma_of(tok)
    named = tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    return named or actor_sectors().get((lemma,), "-") != "-" or lemma in lexicon("state_bodies")


def _thing_modifier(tok: Token) -> bool:
    """ "demanded a cut in the kerosene price hike": a name that only modifies a price or charge is
    no party (unlike a group modifying an act, "police firing", or a body, "BJP government")."""
    head = tok.head
    if tok.dep_ != "compound" or head.pos_ != "NOUN" or lemma_of(head) not in lexicon("price_nouns"):
        return False
    # "the government tax hike": a state body or a named state stays the party that set it
    return sectors().get((lemma_of(tok),), "-") == "-" and tok.ent_type_ not in ("GPE", "NORP")


def abstract_actor(actor: Actor | None) -> bool:
    """An abstract noun the tagger took for a name ("Britishness", "Thatcherism") is no actor."""
    return actor is not None and " " not in actor.text and actor.text.lower().endswith(ABSTRACT_SUFFIXES)


ABSTRACT_SUFFIXES = ("ness", "ism")


def domestic_pledge(hit: Hit, plover: str, actor2: Actor | None) -> bool:
    """ "pledged to continue economic stability", "promised to end teenage unemployment": a promise of
    domestic policy to no one, not an agreement or offer to another actor."""
    tok = hit.head
    if (
        plover not in ("AGREE", "THREATEN")
        or actor2 is not None
        or lemma_of(tok) not in lexicon("promise_verbs")
    ):
        return False
    comps = [c for c in tok.children if c.dep_ == "xcomp"]
    return bool(comps) and not any(lemma_of(t) in triggers() for c in comps for t in c.subtree)


def cancelled_visit(hit: Hit, plover: str, actor1: Actor | None, actor2: Actor | None) -> bool:
    """ "the visit of the home minister to the state has been cancelled": a trip called off by no one
    named, with no one named whose relations it cuts, no sanction ("X cancelled a planned visit" is
    X's snub)."""
    tok = hit.head
    return (
        plover == "SANCTION"
        and actor1 is None
        and actor2 is None
        and lemma_of(tok) in lexicon("cancel_verbs")
        and any(lemma_of(p) in lexicon("visit_nouns") for p in _patients(tok))
    )


def office_of_org(ctx: Context, actor: Actor | None) -> None:
    """ "VHP state president X": a title after the name of a non-state organisation is an office
    in that organisation, not in government."""
    if actor is None or actor.sector != "GOV":
        return
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return
    titles = [t for t in span if lemma_of(t) in lexicon("office_titles")]
    orgs = [t for t in span if t.ent_type_ == "ORG" and not sectors().get((lemma_of(t),))]
    orgs += [  # "the general secretaries of the VHP"
        g
        for t in titles
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.ent_type_ == "ORG" and not sectors().get((lemma_of(g),))
    ]
    if titles and orgs and (orgs[0].i < titles[0].i or orgs[-1].i >= span.end):
        actor.sector = None
        actor.code = actor.country


def reported_intent(hit: Hit, claimed: bool) -> bool:
    """ "The ED will seize the farmhouse": a conflict act the reporter expects is neither done nor a
    threat (a threat is an actor's own statement, quoted or reported), unless it is held over another
    party's conduct ("X will impose sanctions if Y does not ...": CAMEO codes an ultimatum as a threat)."""
    return (
        (hit.intended or hit.planned)
        and hit.trigger.plover in INTENDED_CONFLICT
        and not claimed
        and not conditional_threat(hit)
    )


def conditional_threat(hit: Hit) -> bool:
    """A state's or group's act in the plain future held over another party's failure to act, an
    ultimatum: "Ankara will impose an embargo on Yerevan unless it withdraws", "... if Moscow does not
    explain". Not "would" (a reporter's hypothetical), a condition on events or the actor's own lot
    ("if the violence continues", "if it gets clearance"), nor a law-enforcement procedure ("police will
    arrest him if he fails to appear"): those need a speaker who claims them."""
    verb = _future_verb(hit.head)
    plain = verb is not None and any(c.dep_ == "aux" and c.lower_ in PLAIN_FUTURE for c in verb.children)
    if not plain:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not _named_party(subj) or _enforcer(subj):
        return False
    targets = _act_targets(hit.head, verb)
    return any(_ultimatum(c, subj, targets) for c in verb.children if c.dep_ == "advcl")


def _future_verb(tok: Token) -> Token | None:
    """The verb whose auxiliary puts the act ahead: the trigger verb or the verb its noun hangs on."""
    cur = tok
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in cur.children):
            return cur
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def _named_party(tok: Token) -> bool:
    """A state, group or office named or described, not a thing ("the economy")."""
    return tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or sectors().get((lemma_of(tok),), "-") != "-"


def _enforcer(tok: Token) -> bool:
    """Police, courts and customs act on conditions by procedure ("will arrest him if he fails to
    appear"), not as threats."""
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return any(
        sectors().get((lemma_of(t),)) in ("COP", "JUD") or lemma_of(t) in lexicon("enforcer_words")
        for t in words
    )


def _act_targets(trigger: Token, verb: Token) -> list[Token]:
    """Named states or groups the act falls on: "impose an embargo on Yerevan", "expel Russia's
    diplomats"."""
    objects = [c for h in {trigger, verb} for c in h.children if c.dep_ in ("dobj", "prep")]
    objects += [g for o in objects if o.dep_ == "prep" for g in o.children if g.dep_ == "pobj"]
    objects += [g for o in objects for g in o.children if g.dep_ in ("poss", "compound", "amod")]
    return [t for t in objects if _named_party(t)]


def _ultimatum(clause: Token, actor: Token, targets: list[Token]) -> bool:
    """ "unless Y withdraws", "if Y does not explain": a demand on another party (named, or a
    pronoun that can only be the act's target), not "if the situation deteriorates"."""
    marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
    negated = any(c.dep_ == "neg" for c in clause.children)
    if not (marks & lexicon("ultimatum_marks") or (marks & lexicon("condition_marks") and negated)):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.dep_ == "nsubjpass" and lemma_of(clause) in lexicon("demanded_acts"):
        return True  # "if the death sentence is not lifted", "unless the hostages are released"
    if subj.pos_ == "PRON":
        return _target_pronoun(subj, actor, targets)
    named = subj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or _named_party(subj)
    return named and lemma_of(subj) != lemma_of(actor)


def _target_pronoun(pron: Token, actor: Token, targets: list[Token]) -> bool:
    """ "they" in "will bomb the rebels unless they disarm" can only be the rebels: the pronoun agrees
    in number with a target and not with the actor ("Israel will strike Iran unless it ..." may be
    Israel's own condition)."""
    plural = pron.lower_ in lexicon("plural_pronouns")
    if not plural and pron.lower_ not in lexicon("singular_pronouns"):
        return False
    return _is_plural(actor) != plural and any(_is_plural(t) == plural for t in targets)


def _is_plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS")


def _question(ask: Token) -> bool:
    """ "was asked by reporters about the merger": asked about something, for nothing and to do nothing."""
    preps = [t.lower_ for t in ask.subtree if t.dep_ == "prep"]
    # "were asked by leaders to free him": the infinitive also parsed as an adverbial clause
    clauses = [
        c for c in ask.children if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and to_infinitive(c))
    ]
    if "for" in preps or any(not _asked_question(c) for c in clauses):
        return False  # "asked the centre for funds", "asked him to resign"
    objects = [c for c in ask.children if c.dep_ in ("dobj", "dative")]
    # "is heard asking the officer" (the words quoted before), "asked questions", "asked how he was"
    bare = all(is_human(o) or lemma_of(o) in ("question", "query") for o in objects)
    return "about" in preps or bool(clauses) or bare


def _asked_question(clause: Token) -> bool:
    """ "asked how he was", "asked whether the police would act": a clause that asks, not one that
    bids ("asked him to leave")."""
    return any(
        t.tag_ in ("WRB", "WP", "WDT") or t.lower_ in ("whether", "if")
        for t in clause.subtree
        if t.i < clause.i
    )


def _approached(tok: Token) -> bool:
    """ "marched up to him", "marched over to the minister": walking up to someone, no procession
    ("marched to the Governor House" is one)."""
    ups = [c for c in tok.children if c.lower_ in ("up", "over")]
    tos = [p for t in (tok, *ups) for p in t.children if p.dep_ == "prep" and p.lower_ == "to"]
    return any(o.pos_ == "PRON" or (ups and is_human(o)) for p in tos for o in p.children if o.dep_ == "pobj")


def _comeback(rally: Token) -> bool:
    """A rally in a sports report with nothing rallied against, no cause and no political word: a
    team's comeback ("rallied to a 53-37 win")."""
    causes = ("against", "over", "for", "behind", "outside")
    return (
        _sports_report(rally.doc)
        and not any(c.dep_ == "prep" and c.lower_ in causes for c in rally.children)
        and not _political_words(rally.sent)
    )


def _filmed(tok: Token) -> bool:
    """ "a video shot from a helicopter", "released a video, shot from ...", "the film was shot in
    Hindi and English", "shot on location": filmed, not fired at."""
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "on")
        and any(
            t.ent_type_ == "LANGUAGE" or lemma_of(t) in lexicon("filming_settings")
            for g in c.children
            for t in (g, *g.conjuncts)  # "in Hindi and English"
        )
        for c in tok.children
    ):
        return True
    if tok.dep_ in ("acl", "amod"):
        return not is_human(tok.head)
    if tok.dep_ == "conj":
        return any(c.dep_ == "dobj" and lemma_of(c) in lexicon("media_nouns") for c in tok.head.children)
    return False


def _too_to(tok: Token) -> bool:
    """ "the costs are too steep to walk out or strike": what is too much to do is not done."""
    for cur in (tok, *list(tok.ancestors)[:5]):
        if cur.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "too" for c in cur.head.children):
            return True
    return False


def _to_relative(tok: Token) -> bool:
    """ "giving them 72 hours to surrender", "a chance to attack": an infinitival relative names a
    possible act (not after "the first", "the last" or "the only", which tell a done one: "the first
    capital to recognise Slovenia")."""
    done = any(c.dep_ == "amod" and c.lower_ in lexicon("done_ordinals") for c in tok.head.children)
    return (
        tok.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not done
    )


def _sent_to_inquire(hit: Hit) -> bool:
    """ "sent a mission to examine reports of torture", "set up a panel to probe the killings": the
    body sent for the inquiry is the inquiry (CAMEO 09), not a chance to hold one."""
    return hit.trigger.mode == "investigate" and body_sent(hit.head)


def body_sent(clause: Token) -> bool:
    """The infinitive tells the task of a body someone sends or sets up ("sent a mission [to
    examine]"): the sender acts through it."""
    body = clause.head
    return (
        clause.dep_ == "acl"
        and lemma_of(body) in lexicon("inquiry_bodies")
        and body.dep_ in ("dobj", "nsubjpass")
        and lemma_of(body.head) in lexicon("forming_verbs")
    )


def _inverted_condition(tok: Token) -> bool:
    """ "had Singhal been detained in Lucknow, ...": a condition with the auxiliary before its subject,
    in whatever clause the parser hangs it."""
    subj = next(
        (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which")),
        None,
    )
    return (
        subj is not None
        and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were") and c.i < subj.i and c.i < tok.i
            for c in tok.children
        )
        and not tok.sent.text.rstrip().endswith("?")
    )


def _obligation(tok: Token) -> bool:
    """ "the record Blair will have to defend", "needs to resign": an obligation, not an act. A past
    "had to" reports what was done ("police had to fire")."""
    return (
        tok.dep_ == "xcomp"
        and lemma_of(tok.head) in ("have", "need", "ought")
        and tok.head.pos_ in ("VERB", "AUX")
        and not (tok.head.tag_ == "VBD" and not any(c.dep_ == "aux" for c in tok.head.children))
    )


def _quantified_none(noun: Token) -> bool:
    """ "no official", "not a single official", "not one minister": a noun phrase that denies anyone."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    first = noun.left_edge
    before = noun.doc[first.i - 1].lower_ if first.i > 0 else ""
    denied = before == "not" or any(c.dep_ == "neg" for c in noun.children)
    return denied and any(c.lower_ in ("a", "one", "single") for c in noun.children if c.i < noun.i)


def _none_such(tok: Token) -> bool:
    """ "not a single minister was there to greet them", "there is no sign she backs it": the
    event's doer, or the report of it, is denied, so it did not happen. Only the trigger's own clause and
    the clauses it completes or serves ("to greet") count: "there were no casualties when guards fired"
    still reports firing."""
    node = tok
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass") and _quantified_none(c) for c in node.children):
            return True
        head = node.head
        if head == node:
            return False
        if node.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and _quantified_none(head):
            return True  # "no suggestion (that) he opposes it"
        purpose = node.dep_ == "advcl" and not any(c.dep_ == "mark" for c in node.children)
        if node.dep_ not in ("xcomp", "acomp") and not purpose:
            return False
        node = head
    return False


def _habitual(tok: Token) -> bool:
    """ "the ombudsman, who investigates officials", "the corps, which is deployed in X": a relative
    clause in the simple present describes what someone does or is, not an event."""
    if tok.dep_ != "relcl":
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBN" and [a.lower_ for a in auxes] in (["is"], ["are"]):
        return True  # "the corps, which is deployed in X": a state
    return tok.tag_ in ("VBZ", "VBP") and not auxes


def _past_record(tok: Token) -> bool:
    """ "has been arrested several times in the past", "on many occasions": someone's record, not a
    new event ("stabbed three times" counts blows of one event)."""

    def counted(noun: Token) -> bool:
        return any(a.lower_ in lexicon("record_quantifiers") for a in noun.children)

    for c in tok.children:
        if c.dep_ == "npadvmod" and lemma_of(c) == "time" and counted(c):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("in", "on")
            and any(g.lower_ == "past" or (lemma_of(g) == "occasion" and counted(g)) for g in c.children)
        ):
            return True
    return False


def _planned_by_noun(tok: Token) -> bool:
    """ "plans, drafted by Oslo, to ease the tariffs": an infinitive after a plan noun (however the
    parser attaches it, through participles and commas but no finite verb) is only planned."""
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i != tok.i - 1:
        return False
    for prev in reversed(tok.doc[max(tok.sent.start, to.i - 8) : to.i]):
        if prev.tag_ in ("VBD", "VBZ", "VBP", "MD") or prev.pos_ == "AUX":
            return False
        if prev.pos_ == "NOUN" and lemma_of(prev) in lexicon("plan_nouns"):
            return True
    return False


def _no_party_asked(subject: Token) -> bool:
    """The subject of "should"/"must" that is the public at large, unmodified: advice, no party asked
    to act ("the people responsible must explain" asks someone)."""
    return bare_public(subject, ("amod", "acl", "relcl", "prep", "compound", "poss"))


def _habit(tok: Token) -> bool:
    """ "has always been quick in sending aid": a habit or record, not an event (within the
    trigger's own clause: "he has always said police arrested X" reports an arrest)."""
    clause = [tok]
    while len(clause) < 5 and clause[-1].dep_ not in ("ccomp", "parataxis", "relcl", "advcl", "ROOT"):
        clause.append(clause[-1].head)
    adverbs = lexicon("habit_adverbs")
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for t in clause for c in t.children)


def _watch(vigil: Token) -> bool:
    """A "strict vigil" that is "maintained" or "kept", or one the police set up: guarding, not a
    protest vigil ("police held a candlelight vigil for a slain colleague" mourns)."""
    gov = governor(vigil)
    keepers = [semantic_head(c) for c in gov.children if c.dep_ == "nsubj"] if gov != vigil else []
    mourning = any(
        lemma_of(c) in lexicon("mourning_vigils") for c in vigil.children if c.dep_ in ("amod", "compound")
    )
    return (
        lemma_of(gov) in lexicon("watch_words")
        or any(c.dep_ == "amod" and lemma_of(c) in lexicon("watch_words") for c in vigil.children)
        or (not mourning and any(_forces(k) for k in keepers))
    )


def _staff_meeting(tok: Token) -> bool:
    """A meeting "of" officers, officials or ministers, with no one "with" or "between": a body's
    own review meeting, no consultation between parties."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if tok.pos_ != "NOUN" or any(c.lower_ in ("with", "between", "among") for c in preps):
        return False
    return any(
        c.lower_ == "of" and _staff(g) and g.tag_ in ("NNS", "NNPS") for c in preps for g in c.children
    )


def _staff(tok: Token) -> bool:
    """One's own people or state office holders ("deputy commissioners", "inspectors"), not states or
    governments that meet one another."""
    lemma = lemma_of(tok)
    state_office = sectors().get((lemma,)) in ("GOV", "COP", "MIL") and lemma not in lexicon("state_bodies")
    # envoys and ambassadors speak for different states: a meeting of them is a consultation
    envoys = {lemma} | {lemma_of(c) for c in tok.children if c.dep_ in ("amod", "compound")}
    return lemma in lexicon("staff_nouns") or (state_office and not envoys & lexicon("diplomatic_titles"))


def _dragged_out(tok: Token) -> bool:
    """ "was pulled out from a rickshaw": a passive "pulled out" of a thing, not of a place left."""
    if lemma_of(tok) != "pull" or not any(c.dep_ == "nsubjpass" for c in tok.children):
        return False
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [g for c in preps if c.lower_ == "out" for g in c.children if g.dep_ == "prep"]  # "out" "of" X
    sources = [g for c in preps if c.lower_ in ("from", "of") for g in c.children]
    return any(
        not g.ent_type_ and lemma_of(g) not in lexicon("place_nouns") and g.pos_ == "NOUN" for g in sources
    )


def _own_meeting(tok: Token) -> bool:
    """ "the party leaders met on Monday", "the cabinet met": a meeting verb with no one met (no
    object, no "with" or "between") whose subject is one group, not two sides ("the two leaders",
    "Modi and Sharif", "Indian and Pakistani officials")."""
    if lemma_of(tok) not in ("meet", "convene", "huddle"):
        return False
    deps = {c.dep_ for c in tok.children}
    partners = any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in tok.children)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if partners or deps & {"dobj", "nsubjpass", "conj"} or not subjects:
        return False
    return _one_side(subjects[0])


MEETING_SIDES = {"and", "both", "two", "three", "four", "several", "various", "other", "each", "with"}


def _one_side(subject: Token) -> bool:
    """One group, not two sides ("the two leaders", "Modi and Sharif"); a clause describing it ("the
    protesters, led by A, B and C") names no other side."""
    tokens = [subject]
    for child in subject.children:
        if child.dep_ not in ("acl", "relcl"):
            tokens.extend(child.subtree)
    return not any(t.lower_ in MEETING_SIDES or t.dep_ in ("conj", "nummod") for t in tokens)


def _held_own_meeting(tok: Token) -> bool:
    """ "the protesters held a meeting and then marched": a meeting held by one group with no one
    "with", "between" or "among" them, as the verb "met" alone (_own_meeting)."""
    verb = tok.head
    if lemma_of(tok) != "meeting" or tok.dep_ != "dobj" or lemma_of(verb) not in ("hold", "convene"):
        return False
    partners = [c for t in (tok, verb) for c in t.children if c.dep_ == "prep"]
    if any(c.lower_ in ("with", "between", "among", "of") for c in partners):
        return False
    attended = [c for t in (tok, verb) for c in t.children if c.dep_ in ("acl", "advcl")]
    if any(g.dep_ == "agent" for c in attended for g in c.children):
        return False  # "held a meeting attended by the envoy": the other side
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].pos_ != "PRON" and _one_side(subjects[0])


def _internal(tok: Token) -> bool:
    """A body's own ranks: "the central party leadership", "its workers", "his colleagues"."""
    if lemma_of(tok) not in lexicon("internal_counterparts"):
        return False
    return lemma_of(tok) == "colleague" or any(
        c.dep_ in ("poss", "compound", "amod") and c.lower_ in ("its", "their", "own", "party", "central")
        for c in tok.children
    )


def _readiness_for_conflict(tok: Token) -> bool:
    """ "prepared to take their case to court", "ready to fight": readiness for a fight is no intent to
    cooperate (readiness to talk or contribute is)."""
    acts = [c for c in tok.children if c.dep_ == "xcomp"]
    if _stated_hostile_readiness(tok, acts):
        return False  # "the union said it was prepared to strike": a threat (events._stated_readiness)
    return lemma_of(tok) in ("prepared", "ready", "willing") and any(
        lemma_of(t) in lexicon("fight_acts") and not _topic_of(t, a) and not _ended_fight(t)
        for a in acts
        for t in a.subtree
    )


def _stated_hostile_readiness(adj: Token, acts: list[Token]) -> bool:
    """A party says it is ready for a hostile act that is a trigger of its own ("said it was ready to
    strike")."""
    return any(
        t.code.quad_class == 4 and readiness_party(adj, t.plover)
        for a in acts
        for t in triggers().get(lemma_of(a), [])
    ) and _reported_by_speech(adj.head if adj.dep_ == "acomp" else adj)


def _reported_by_speech(clause: Token) -> bool:
    return clause.dep_ == "ccomp" and lemma_of(clause.head) in SPEECH


def _ended_fight(tok: Token) -> bool:
    """ "ready to call off its strike", "to end the boycott": the fight is what is ended."""
    return tok.dep_ == "dobj" and lemma_of(tok.head) in lexicon("ending_verbs")


def _topic_of(tok: Token, act: Token) -> bool:
    """ "ready to cooperate with Greece on fighting terrorism", "with prosecutors in drug cases": a fight
    named as the topic or aim of the act (under "on"/"against"/"in"/"over"), not the act itself."""
    cur = tok
    while cur != act and cur.head != cur:
        if cur.dep_ == "prep" and cur.lower_ in ("on", "against", "in", "over"):
            return True
        cur = cur.head
    return False


def _opinion_share(tok: Token) -> bool:
    """ "70 percent of Venezuelans oppose the assembly": a poll finding, not an act."""
    return any(
        c.dep_ == "nsubj" and (c.ent_type_ == "PERCENT" or lemma_of(c) in ("percent", "majority", "%"))
        for c in tok.children
    )


def warning_only(hit: Hit) -> bool:
    """A warning is a threat only about what the warner will do ("warned they would strike"), not a
    forecast about something else ("warned that it will only serve ...")."""
    tok = hit.head
    if hit.trigger.plover != "THREATEN" or lemma_of(tok) != "warn":
        return False
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    subjects = [g for c in comps for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if any(
        lemma_of(o) in lexicon("threat_outcomes")
        for c in comps
        for o in c.children
        if o.dep_ in ("dobj", "advmod")
    ):
        return False  # "would pay a heavy price", "would pay dearly": harm held over the recipient
    if any_move_warning(tok):
        return False  # "China warned that any move towards independence would mean war"
    if conditional_warning(tok) or stated_threat(tok):
        return False  # "warned Damascus that it would face sanctions if it did not close the border"
    if comps and not any(_names_act(acted_clause(c)) for c in comps):
        return True  # "warned that they will struggle": no act is announced
    own = _collective_warner(tok)  # "the army warned it would shell the town": "it" is the army
    if _state_warner(tok) and any(sectors().get((lemma_of(g),)) in ("COP", "MIL") for g in subjects):
        return False  # "the minister warned that security forces would fire": the state's own forces
    if _own_state(tok, subjects):
        return False  # "Israel will respond with force, Israeli Defence Minister X warned"
    if _state_warner(tok) and coercion_clause(tok):
        return False  # "the ministry warned that any newspaper printing it would be closed down"
    return bool(subjects) and all(
        (g.lower_ in ("it", "this", "that", "there") and not (own and g.lower_ == "it")) or g.pos_ != "PRON"
        for g in subjects
    )


def _names_act(tok: Token) -> bool:
    """A trigger's words start at the token ("will serve notice", not "will only serve"), or a
    trigger noun is its means ("would paralyse the country with general strikes")."""
    if names_trigger(tok):
        return True
    means = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children]
    return any(t.pos in ("N", "A") for n in means for t in triggers().get(lemma_of(n), []))


def _own_state(warn: Token, subjects: list[Token]) -> bool:
    """The warning's clause is about the state the warner's own title names ("the Israeli minister
    warned that Israel would ...")."""
    warner = next(iter(warners(warn)), None)  # also a passive's agent: "Syria was warned by Turkey"
    home = phrase_states(warner) | noun_states(warner) if warner is not None else set()
    # "... that Ankara would retaliate": a capital stands for its state
    return any(country_of(g.text) in home or noun_states(g) & home for g in subjects)


def _state_warner(warn: Token) -> bool:
    """The warner speaks for a state: a government, police or military office, or a state itself."""
    subj = next((c for c in warn.children if c.dep_ == "nsubj"), None)
    # the whole phrase: "Military spokesman Colonel X"
    words = list(subj.doc[subj.left_edge.i : subj.i + 1]) if subj is not None else []
    return any(
        t.ent_type_ == "GPE" or sectors().get((lemma_of(t),)) in ("GOV", "COP", "MIL") for t in words
    )  # "the interior minister", "the army chief"


def _collective_warner(warn: Token) -> bool:
    """The warner is a state, organisation or force (also the shared subject of "said ... but
    warned"): what "it" will do in its warning is its own act."""
    subj = next((c for c in warn.children if c.dep_ == "nsubj"), None)
    if subj is None and warn.dep_ == "conj":
        subj = next((c for c in warn.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (
        subj.ent_type_ in ("ORG", "GPE", "NORP")
        or sectors().get((lemma_of(subj),), "-") != "-"
        or subj.lower_ == "it"  # "the army command says it has ceased ... but warned": "it" is no person
    )


def possessed_patient(
    hit: Hit, agent: Token | None, patient: Token | None
) -> tuple[Token | None, Token | None]:
    """ "his arrest in Zambia", "Saeed's house arrest": the owner of an arrest or killing with no
    "of" object is who suffers it, not who does it, unless the act has its own target ("continued
    their attacks on Ghouta"); the owner of another noun event ("registered his complaint") is who
    does it, whoever the verb's subject is."""
    tok = hit.head
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    # "their pullout from Lebanon", "his resignation": who withdraws does it (not "his release")
    own_move = hit.trigger.plover == "RETREAT" and hit.trigger.code.code != "0841"
    if (
        (hit.trigger.of_role == "patient" or hit.trigger.plover in ("COERCE", "ASSAULT"))
        and not own_move
        and lemma_of(tok) not in lexicon("waged_campaigns")  # "the army resumed its offensive"
        and agent is not None
        and agent.dep_ == "poss"
        and agent.head == tok
        and not has_of
        and not _aimed_at(tok, patient, hit.trigger.targets)
    ):
        return None, agent
    if patient is None and _had_arrest(tok, agent):
        return None, agent  # "Mr Hale had an earlier arrest for theft": he was arrested
    if _in_custody(tok, agent):  # "the men had been in custody": who is held, not who holds them
        if patient is None:
            return None, agent
        if sectors().get((lemma_of(patient),)) in ("COP", "MIL"):
            return patient, agent  # "was under preventive detention of J&K police"
    owner = next(
        (c for c in tok.children if c.dep_ == "poss" and (is_human(c) or personal_possessive(c))), None
    )
    statement = hit.trigger.plover in lexicon("statement_types")
    if tok.pos_ == "NOUN" and statement and hit.trigger.of_role != "patient" and owner and agent != owner:
        return owner, patient  # "officers registered his complaint": he complained
    return agent, patient


def _had_arrest(tok: Token, agent: Token | None) -> bool:
    """ "he had an earlier arrest for theft": the subject of "have" with an arrest noun as its object
    is the one arrested (someone "made" an arrest)."""
    return (
        agent is not None
        and tok.pos_ == "NOUN"
        and lemma_of(tok) in lexicon("arrest_nouns")
        and tok.dep_ == "dobj"
        and lemma_of(tok.head) == "have"
        and agent.dep_ == "nsubj"
        and agent.head == tok.head
    )


def _aimed_at(tok: Token, patient: Token | None, targets: tuple[str, ...]) -> bool:
    """The noun has its own target ("their attacks on Ghouta", "their attacks on army posts", whether or
    not what it names is a party): the patient is the object of its target preposition, or it has one."""
    prep = patient.head if patient is not None else None
    if prep is not None and prep.head == tok and _aims(prep, patient, targets):
        return True
    return any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and _aims(c, g, targets) for g in c.children)
        for c in tok.children
    )


def _aims(prep: Token, obj: Token, targets: tuple[str, ...]) -> bool:
    """A target preposition, or "against" a party ("against the rebels", not "against court orders")."""
    return prep.lower_ in targets or (prep.lower_ == "against" and _actor_word(obj))


def _in_custody(tok: Token, agent: Token | None) -> bool:
    """The subject of "be"/"remain" with an arrest noun after a preposition ("was in custody")."""
    gov = governor(tok)
    return (
        agent is not None
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "under")
        and tok.head.head == gov
        and lemma_of(tok) in ("custody", "detention", "arrest")
        and lemma_of(gov) in ("be", "remain", "continue")
        and agent.dep_ == "nsubj"
        and agent.head == gov
    )


def personal_possessive(tok: Token) -> bool:
    """ "his", "her", "their": a possessive pronoun that stands for people ("its" may be a thing)."""
    return tok.pos_ == "PRON" and tok.lower_ in lexicon("personal_possessives")


def not_the_target(hit: Hit, plover: str, patient: Token | None) -> bool:
    """Recipients that are no target: the companions or route of a protest ("take to the streets with
    the unions", "a march from X to Y"), the victims of condemned violence, the topic of a statement
    ("criticised its record on the NHS"), and the object of the verb a noun event is only the setting
    of ("suspended six MPs during opposition protests")."""
    if patient is None or _blamed_on(hit, patient):
        return False
    head = patient.head
    if _topic_setting(hit, plover, patient) or _inquiry_agent(plover, patient):
        return True
    if plover == "RETREAT" and _office_held(patient):
        return True  # "resigned the position of home secretary", "quit as minister": the office left
    if plover not in ("ASSAULT", "COERCE") and _remains(patient):
        return True  # "refused to hand over the militant's body": a thing withheld, its owner dead
    if plover == "REJECT" and _charged_party(patient):
        return True  # "dismissed charges of the army's complicity": the accused, defended, not rejected
    if plover == "SUPPORT" and _opposing(hit, patient):
        return True  # "defended the plan against criticism from X": X opposes, no one backed
    if plover in ("REQUEST", "REJECT", "AGREE", "CONCEDE") and _freed(patient):
        return True  # "called for the release of the prisoners": they gain, the holders are asked
    if hit.trigger.plover == "PROTEST" and patient.dep_ == "pobj" and head.lower_ == "with":
        # companions of a protest, not the side it "clashed with" ("clashed with police")
        return lemma_of(hit.head) not in COMBATS
    if plover == "PROTEST" and patient.dep_ == "pobj" and head.lower_ in lexicon("route_preps"):
        return True  # "a march from Karsevakpuram to Ramsevakpuram": the route
    if (
        plover == "ACCUSE"
        and patient.dep_ == "pobj"
        and head.lower_ in ("on", "against")
        and lemma_of(head.head) in lexicon("violence_nouns")
    ):
        return True  # "condemning the attacks on the minority community": the victims
    if plover == "ACCUSE" and patient.dep_ == "pobj" and head.lower_ == "of" and _harmed_by(head.head):
        return True  # "condemned the murder of the SP MLA", "the ransacking of X": the victim
    statement = plover in lexicon("statement_types")
    if statement and _done_by_another(patient):
        return True  # "criticised the approval of the tender by an official": what was done, not by whom
    if statement and lemma_of(patient) in lexicon("transaction_nouns"):
        return True  # "defended the purchase of Yukos' production unit": a deal, and what it bought no party
    if plover == "ACCUSE" and _harmed_by(patient) and any(c.lower_ == "of" for c in patient.children):
        return True  # the same with the harm as the object: its victim is no target
    if (
        statement
        and plover != "PROTEST"
        and patient.dep_ == "pobj"
        and head.lower_ in ("on", "over", "about")
        and head.head.pos_ == "NOUN"
        and head.head != hit.head
        and not hit.start <= head.head.idx < hit.end
        and lemma_of(head.head) not in lexicon("restriction_nouns")
    ):
        return True
    # "engaged Turkish troops in a firefight": a fight or talks "in" which a verb holds its object
    # are with that object
    setting = ("during", "amid", "amidst", "after", "before") + (
        () if plover in ("ASSAULT", "CONSULT") else ("in",)
    )
    return (
        hit.head.pos_ == "NOUN"
        and hit.head.dep_ == "pobj"
        and hit.head.head.lower_ in setting
        and patient.dep_ == "dobj"
        and hit.head in patient.head.subtree
        and hit.head not in patient.subtree
    )


def _remains(tok: Token) -> bool:
    """A dead person's body or the one it was ("the militant's body", "the body of the victim")."""
    owned = tok.head if tok.dep_ == "poss" or (tok.dep_ == "pobj" and tok.head.lower_ == "of") else tok
    if owned != tok and owned.dep_ == "prep":
        owned = owned.head
    return _dead_body(owned)


def _dead_body(tok: Token) -> bool:
    """ "the corpse", "the dead body", "the militant's body": a body with a person's possessor or in a
    sentence of death rites, and no kind of its own ("the state's apex sports body" is an organisation)."""
    if lemma_of(tok) in lexicon("remains_nouns"):
        return True
    if lemma_of(tok) != "body":
        return False
    modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    if any(lemma_of(c) in lexicon("remains_modifiers") for c in modifiers):
        return True
    owners = [
        c for c in tok.children if c.dep_ == "poss" and c.tag_ in ("NN", "NNP") and c.ent_type_ != "ORG"
    ]
    person = any(c.ent_type_ == "PERSON" or lemma_of(c) in HUMAN_WORDS for c in owners)
    rites = any(lemma_of(t) in lexicon("death_rites") for t in tok.sent)
    return bool(owners) and not modifiers and (person or rites)


def _charged_party(tok: Token) -> bool:
    """The one a charge is about: the owner of its "of" content ("charges of the army's complicity")
    or its "against" object ("allegations against the police"); not the "of" accuser itself."""
    content = tok.head if tok.dep_ in ("poss", "compound") else tok
    if content == tok and not (tok.dep_ == "pobj" and tok.head.lower_ == "against"):
        return False
    prep = content.head if content.dep_ == "pobj" else None
    return (
        prep is not None
        and prep.lower_ in ("of", "against")
        and lemma_of(prep.head) in lexicon("allegation_nouns")
    )


def _opposing(hit: Hit, tok: Token) -> bool:
    """tok is inside an "against" phrase of the act: the side opposed, never the one backed
    ("defended the plan against criticism from X", "supported the farmers against the ministry")."""
    cur = tok
    while cur != hit.head and cur.head != cur:
        if cur.dep_ == "prep" and cur.lower_ == "against":
            return True
        cur = cur.head
    return False


def _freed(tok: Token) -> bool:
    """A release or return ("the release of the prisoners") or its "of" object: whom it benefits."""
    of_object = tok.dep_ == "pobj" and tok.head.lower_ == "of"
    return lemma_of(tok.head.head if of_object else tok) in BENEFIT_NOUNS


BENEFIT_NOUNS = words("benefit_nouns", "events_actor_words.json")

# Verbs of fighting whose "with" names the other side ("clashed with police"); verbs laying an act on
# someone ("blamed the bombing on X"): shared with roles.
COMBATS = words("combats", "events_actor_words.json")
BLAME_VERBS = words("blame_verbs", "events_actor_words.json")


def _blamed_on(hit: Hit, patient: Token) -> bool:
    """ "blamed the bombing on Pakistan-based militants": whom an act is laid on is the target."""
    return (
        lemma_of(hit.head) in BLAME_VERBS and patient.dep_ == "pobj" and patient.head.lower_ in ("on", "to")
    )


def _harmed_by(tok: Token) -> bool:
    """A harm whose "of X" is the one who suffered it: a victim noun ("murder", "abduction") or the
    gerund of a verb of violence ("the storming of", "the ransacking of", "the torching of")."""
    if lemma_of(tok) in lexicon("fire_nouns") or any(c.lower_ in ("on", "at") for c in tok.children):
        return False  # "the firing of the guards on the crowd": "of" gives who fired
    gerund = tok.pos_ == "NOUN" and tok.lower_ in lexicon("harm_gerunds")
    return _victim_noun(tok) or gerund


def _acted_on(tok: Token) -> bool:
    """tok names (or modifies) the "of" object of an act noun with its own "by" agent ("the Parvati
    idol" of "the acceptance of the Parvati idol by an official")."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and _own_agent(tok.head.head)


def _done_by_another(tok: Token) -> bool:
    """An act noun with an "of" object and its own "by" agent, or what such an act was done to: the
    agent, not the act or its object, is judged (a person is no act)."""
    act_with_object = not is_human(tok) and any(c.lower_ == "of" for c in tok.children)
    return _acted_on(tok) or (act_with_object and _own_agent(tok))


def _own_agent(act: Token) -> bool:
    """An act noun with its own "by" agent: its "of" object is what the agent acted on."""
    return bool(by_agents(act))


def by_agents(act: Token) -> list[Token]:
    """The "by" agents of an act noun ("the sale of the depot by a trustee", also when the parser hangs
    "by" on the active verb whose object the act is). A vote count or margin ("by nine votes to four",
    "by a wide margin") is no agent."""
    if act.pos_ != "NOUN":
        return []
    byes = [c for c in act.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    verb = act.head
    if act.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in verb.children):
        on_verb = [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
        on_verb = [c for c in on_verb if c.i > act.i]
        # on the verb "by" may also give means or time ("by email", "by Friday"): only a party counts
        byes += [c for c in on_verb if any(_party(g) for g in c.children if g.dep_ == "pobj")]
    return [g for c in byes for g in c.children if g.dep_ == "pobj" and not _count_or_margin(g)]


def _party(tok: Token) -> bool:
    """Who may do an act: a person, a named body, an actor word, or a determined noun ("a port
    trustee"); not a bare means or a time ("by post", "by email", "by Friday")."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return False
    determined = any(c.dep_ in ("det", "poss") for c in tok.children)
    return _actor_word(tok) or (lemma_of(tok),) in sectors() or determined


def _count_or_margin(tok: Token) -> bool:
    return tok.pos_ == "NUM" or lemma_of(tok) in lexicon("margin_words")


def _actor_word(tok: Token) -> bool:
    """A person, a named body or a sector word ("an official", "the board")."""
    named = tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    return named or is_human(tok) or sectors().get((lemma_of(tok),), "-") != "-"


def _victim_noun(tok: Token) -> bool:
    """ "murder", "killing", "abduction": a harm whose "of X" is the one who suffered it."""
    return lemma_of(tok) in lexicon("victim_nouns") or tok.lower_ in lexicon("victim_nouns")


def _topic_setting(hit: Hit, plover: str, patient: Token) -> bool:
    """ "voiced concern about the violence in Iraq", "blamed the minorities for the disturbances in
    Vatva": a place inside the topic of a criticism is where the topic happened, not a party (a
    ceasefire or aid "in X" is X's)."""
    head = patient.head
    topic = head.head
    return (
        plover == "ACCUSE"
        and patient.dep_ == "pobj"
        and head.lower_ == "in"
        and topic.pos_ == "NOUN"
        and topic is not hit.head
        and not is_human(topic)
        and patient.ent_type_ not in ("PERSON", "ORG", "NORP")
        and not is_human(patient)
        and (patient.ent_type_ in ("GPE", "LOC", "FAC") or patient.pos_ == "PROPN")
    )


def _inquiry_agent(plover: str, patient: Token) -> bool:
    """ "called for a probe by a retired magistrate", "demanded that the review be chaired by an auditor":
    who should conduct a demanded inquiry is not whom the demand is made of."""
    if plover != "REQUEST" or patient.dep_ != "pobj" or patient.head.lower_ != "by":
        return False
    owner = patient.head.head
    inquiries = lexicon("inquiry_nouns")
    if owner.pos_ == "NOUN":
        return lemma_of(owner) in inquiries
    return any(c.dep_ == "nsubjpass" and lemma_of(c) in inquiries for c in owner.children)


def _office_held(patient: Token) -> bool:
    posts = lexicon("office_posts")
    head = patient.head
    return (
        lemma_of(patient) in posts
        or (patient.dep_ == "pobj" and head.lower_ == "as")
        or (patient.dep_ == "pobj" and head.lower_ == "of" and lemma_of(head.head) in posts)
    )


def office_of_body(words: tuple[str, ...], sector: str | None) -> str | None:
    """ "staff association president", "club chairman": the head of a body that is no state organ
    holds no government office; "the prime minister's wife" (a relative, head word last) holds none."""
    if words and words[-1] in kin_words():
        return None
    titles = [i for i, w in enumerate(words) if w in lexicon("office_titles")]
    if sector == "GOV" and titles and _non_state_body(words[: titles[-1]]):
        return _body_sector(words[: titles[-1]])
    group = _delegated_group(words) if sector == "LEG" else None
    if group is not None:
        own = sectors().get((group,))  # "union representatives" speak for labour
        return own if own not in (None, "-") and own not in STATE_SECTORS else None
    return sector


def _non_state_body(words: tuple[str, ...]) -> bool:
    """A body that is no state organ: a body noun ("association", "club"), or a body word of no
    sector ("board", "council") that a sport or a non-state sector names ("the cricket board", "the
    traders' council"); not "the state planning board"."""
    if any(w in lexicon("body_nouns") for w in words):
        return True
    bodies = [i for i, w in enumerate(words) if sectors().get((w,)) == "-"]
    return bool(bodies) and any(
        w in lexicon("sports_words") or _body_sector((w,)) is not None for w in words[: bodies[-1]]
    )


def _body_sector(words: tuple[str, ...]) -> str | None:
    """The first non-state sector the words of a body name ("traders'": BUS), else None."""
    found = (sectors().get((w,)) for w in words)
    return next((s for s in found if s not in (None, "-") and s not in STATE_SECTORS and s != "IGO"), None)


def _delegated_group(words: tuple[str, ...]) -> str | None:
    """ "tenants' delegates", "union representatives": a delegate after the people or body it
    speaks for is their spokesperson, no legislator ("people's representatives", "elected
    representatives" are the electorate's, legislators). The group word, or None."""
    if not words or words[-1] not in DELEGATE_TITLES:
        return None
    groups = (HUMAN_WORDS | lexicon("body_nouns")) - lexicon("person_words") - lexicon("office_titles")
    return next((w for w in words[:-1] if w in groups and w not in ELECTORATE), None)


DELEGATE_TITLES = words("delegate_titles")
ELECTORATE = words("electorate_words")
