"""events stage: political events coded in CAMEO and PLOVER (who did what to whom, where, when,
how many), one event per real-world event in the article.

Pipeline per fact sentence: lexicon triggers (detect.py) -> asserted only (negation, modality,
future, conditionals, non-factive governors are dropped) -> precision checks (precision.py: other
word senses, forecasts, noun triggers without an occurrence anchor, places and things that are no
actors) -> agent/recipient from the parse and CAMEO actor codes (roles.py) -> place, date, count,
claim (quotes and reported speech) -> an agentless killing in the sentence right after a shooting by
police/troops (also across a paragraph break) takes their agent, a bare death ("two died", "died in
saraspur": a lower-cased locality is no stated cause) right after it makes it fatal,
and a death "in an encounter" or "in custody" with no force named takes that word as its (police)
agent, an agentless killing of militants ("two terrorists were shot dead") the forces, a killing
police are accused of ("accused the police of killing two", "booked for torturing X to death", "a case
of custodial death against the sub-inspector") is the accusers' claim ->
in-article dedup (dedup.py); an event none of whose reports has an occurrence anchor is dropped.

Confidence (0..1) estimates the probability that the event is right (confidence.py): a logistic
model fitted on the hand-judged samples over features of the trigger, its clause, its actors, its
sentence and the article's other events. Users filter low-confidence events with a threshold.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from spacy.tokens import Span, Token

from newsgraph.context import Context
from newsgraph.entities.lexicon import country_of, kin_words
from newsgraph.entities.recognize_span import finite_verb
from newsgraph.events import confidence, dedup, lexicon, precision
from newsgraph.events.detect import (
    ANNOUNCING,
    ARMED,
    BACKGROUND_PREPS,
    CANCEL,
    DEMAND_SPEECH,
    HUMAN_WORDS,
    PLANNING_VERBS,
    Hit,
    _forms,
    acting_subjects,
    agent_sector,
    any_move_outcome,
    dispute_word,
    feeling_roles,
    find,
    governor,
    is_forces,
    is_human,
    judge,
    judged_party,
    lemma_of,
    main_event,
    modality,
    nominal,
    owned_noun,
    party_word,
    phrase_at,
    phrase_states,
    proposer,
    public_body,
    readiness_party,
    relative_antecedent,
    required_head,
    requirement_met,
    security_before,
    tells_death_of,
    threat_parties,
    to_infinitive,
    told_party,
    warners,
)
from newsgraph.events.lexicon import Code, cameo_codes, non_political, sectors, thing_nouns, triggers, words
from newsgraph.events.roles import (
    BUILDING_NOUNS,
    article_country,
    build_actor,
    counted,
    counterpart,
    doer,
    generic_political,
    inner_party,
    is_actor,
    listed_name,
    noun_roles,
    people_like,
    verb_roles,
    visited_place,
)
from newsgraph.model import Actor, Event, EventCount, EventPlace, Evidence, Place, Quote, Speaker
from newsgraph.model import Span as TextSpan
from newsgraph.nlp import text_of

KILL_WORDS = words("kill_words")
# THREATEN refined by what is threatened (CAMEO 13x from the complement's root).
THREAT_BY_ROOT = {"14": "133", "16": "131", "17": "137", "18": "138", "19": "138", "20": "1383", "15": "138"}
LOCATIVE = words("locative")
NAME_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"}
# An actor's stated intention to act is coded as the statement (PLOVER: future cooperation is AGREE;
# announced conflict is a THREATEN), by the CAMEO code of the intended act's PLOVER type.
INTENT_CODE = {
    "CONSULT": "036",
    "SUPPORT": "032",
    "COOPERATE": "031",
    "AID": "033",
    "CONCEDE": "035",
    "RETREAT": "080",  # PLOVER CONCEDE: declared, not yet implemented, releases and withdrawals
    "AGREE": "030",
    "PROTEST": "133",
    "ASSAULT": "138",
    "COERCE": "137",
    "SANCTION": "131",
    "MOBILIZE": "138",
}
INTENT_TO_THREAT = words("intent_to_threat")
HOSTILE_VOWS = words("hostile_vows")
HOSTILE_PLEDGES = words("hostile_pledges")
ENACTING = words("enacting_verbs")  # a body's decision that is itself the (verbal) act it decides on
VOTED_ACTS = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "AGREE", "SANCTION"}
END_VERBS = words("end_verbs")  # with CANCEL: verbs whose object is ended, not done
# An actor's stated refusal of a cooperative act ("will not lift the ban") is a REJECT, coded by
# what is refused (CAMEO 12x: material cooperation, aid, yielding, meeting).
REFUSAL_CODE = {
    "COOPERATE": "121",
    "AID": "122",
    "CONCEDE": "124",
    "RETREAT": "124",
    "CONSULT": "125",
    "AGREE": "120",
    "SUPPORT": "120",
}  # "vowed to intensify protests" is a threat, not AGREE


def _verbal_attack(tok: Token) -> bool:
    """An attack verb aimed at words or policies, or with an "as" judgement, is criticism; so is a
    person or party attacking or clashing with someone "for" or "over" something."""
    if tok.lemma_.lower() not in ("attack", "clash"):
        return False
    reason = any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in tok.children)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    party = subj is not None and sectors().get((subj.lemma_.lower(),)) in ("PTY", "OPP", "GOV", "LEG")
    sides = [subj, *(c for c in subj.children if c.dep_ == "conj")] if subj is not None else []
    named = any(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.pos_ == "PRON" for t in sides)
    # "the police clashed with the home ministry over the probe": an office bears no arms
    office = any(sectors().get((g.lemma_.lower(),)) in ("GOV", "LEG", "JUD") for g in _with_objects(tok))
    if reason and (named or party or office):
        return True
    targets = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    as_judgement = any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
    return as_judgement or any(
        t.lemma_.lower() in VERBAL_TARGETS or (t.pos_ == "PRON" and t.lower_ in ("that", "this", "it"))
        for t in targets
    )


def _complement_code(tok: Token) -> Code | None:
    """CAMEO code of the first trigger word among tok's complements ("threatened to march")."""
    index = triggers()
    for child in tok.subtree:
        own_infinitive = child.dep_ == "acl" and child.head == tok  # "the threat to expel the envoy"
        if child == tok or (
            child.dep_ not in ("xcomp", "ccomp", "pobj", "dobj", "pcomp", "conj") and not own_infinitive
        ):
            continue
        if child.ent_type_ in ("DATE", "TIME"):
            continue  # "on March 15" is no march
        if child.dep_ == "pobj" and child.head.lower_ == "from":
            continue  # "promised to free her from house arrest": what is left, not what is done
        if _background_or_ended(child, tok):
            continue  # "promised reform after weeks of protests", "promised to suspend the walkout"
        if _in_modifier_clause(child, tok):
            continue  # "promised cooperation with investigators probing the kidnapping"
        # a phrase may start at a modifier: "impose martial law"
        starts = [*(c for c in child.children if c.dep_ in ("amod", "compound") and c.i < child.i), child]
        entries = [
            t
            for w in starts
            for t in index.get(w.lemma_.lower(), [])
            if phrase_at(w, t) and requirement_met(child, t)  # "been hit by increases" is no attack
        ]
        if entries:
            return entries[0].code
    return None


def _in_modifier_clause(child: Token, top: Token) -> bool:
    """The word sits in a clause that describes a noun below `top` ("investigators probing the
    kidnapping"), not in what `top` states."""
    node = child
    while node != top and node.head != node:
        if node.dep_ in ("acl", "relcl") and node.head != top:
            return True
        node = node.head
    return False


def _background_or_ended(child: Token, top: Token) -> bool:
    """The word hangs (below `top`) on a background preposition ("after weeks of protests") or on a
    verb that ends or cancels it ("suspend their walkout"): no act the speaker announces."""
    cur = child
    while cur != top and cur.head != cur:
        head = cur.head
        if head.dep_ == "prep" and head.lower_ in BACKGROUND_PREPS:
            return True
        if cur.dep_ in ("dobj", "nsubjpass") and lemma_of(head) in CANCEL | END_VERBS:
            return True
        cur = head
    return False


Coded = tuple[Code, str, str | None]
PLANNED_ACTS = precision.PLANNED_ACTS  # PLOVER types whose planned act is still coded, as an intention
# verbs of readying a hostile act (not of deciding one): its planning is a threat (CAMEO 13x)
THREAT_PLANS = {"plan", "prepare", "mull", "contemplate"}
HOSTILE_PLANS = {"PROTEST", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
POLICE_TARGETS = words("police_targets")


def _coding(hit: Hit) -> Coded | None:
    """The hit's CAMEO code, PLOVER type and mode: a demand, refusal, plan or intention decides the
    coding outright (None: no event); else the trigger's code, refined for threats, verbal attacks
    and police acts."""
    for rule in (_demand_or_refusal, _planned_coding, _pledged_opposition, _intended_coding):
        decided, coded = rule(hit)
        if decided:
            return coded
    coded = _threat_coding(hit, (hit.trigger.code, hit.trigger.plover, hit.trigger.mode))
    coded = _ultimatum(hit, coded)
    coded = _any_move_threat(hit, coded)
    coded = _verbal_attack_coding(hit, coded)
    return _police_coding(hit, coded)


def _as_coded(code: Code) -> Coded:
    return code, code.plover, code.mode


def _demand_or_refusal(hit: Hit) -> tuple[bool, Coded | None]:
    """A demand is CAMEO 100 whatever is demanded; a refusal is coded by what is refused."""
    if hit.demanded:
        return True, _as_coded(cameo_codes()["100"])
    if hit.refused:
        if hit.trigger.plover not in REFUSAL_CODE:
            return True, None  # "will not attack": a refusal of conflict is no event
        return True, _as_coded(cameo_codes()[REFUSAL_CODE[hit.trigger.plover]])
    return False, None


def _planned_coding(hit: Hit) -> tuple[bool, Coded | None]:
    """A decision is the act only when a body votes a verbal act; most decided conflict is no event yet."""
    trigger = hit.trigger
    gov = governor(hit.head)
    if gov.pos_ == "NOUN" and hit.head.dep_ == "conj":
        gov = governor(gov)  # "an air and arms embargo": the first conjunct carries the verb
    if hit.head.pos_ == "NOUN" and lemma_of(gov) in precision.lexicon("imposing_verbs"):
        gov = governor(gov)  # "voted to impose an embargo": the vote imposes it
    if hit.planned and trigger.plover in VOTED_ACTS and lemma_of(gov) in ENACTING:
        return True, (trigger.code, trigger.plover, trigger.mode)  # "the council voted to condemn the coup"
    if (
        hit.planned
        and trigger.plover in HOSTILE_PLANS
        and lemma_of(gov) in THREAT_PLANS
        and not _passive_verb(gov)
    ):
        # "is planning an attack on X", "were preparing airstrikes against": force made ready, a threat
        # (not "the riots were planned by X": an act done, and who plotted it)
        return True, _as_coded(cameo_codes()[INTENT_CODE[trigger.plover]])
    if hit.planned and trigger.plover not in PLANNED_ACTS:
        return True, None  # "decided to seize": a decision, not yet a threat nor an act
    return False, None


def _passive_verb(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _pledged_opposition(hit: Hit) -> tuple[bool, Coded | None]:
    """A promise to oppose or accuse states that opposition now ("pledged to oppose the bill")."""
    if hit.trigger.plover == "AGREE" and hit.head.lemma_.lower() in precision.lexicon("promise_verbs"):
        inner = _complement_code(hit.head)
        if inner is not None and inner.plover in ("REJECT", "ACCUSE"):
            return True, _as_coded(inner)
    return False, None


def _intended_coding(hit: Hit) -> tuple[bool, Coded | None]:
    """A stated intention is coded as the statement: a worded intent, a concession or own-word act as
    itself, else by INTENT_CODE of the intended act's type (None when it has none)."""
    if not (hit.intended or hit.planned):
        return False, None
    code, plover, mode = hit.trigger.code, hit.trigger.plover, hit.trigger.mode
    if hit.worded_intent and lexicon.intent_code(code) is not None:  # "said it would free them"
        return True, _as_coded(lexicon.intent_code(code))
    if _helped(hit.head):
        # "said it would help Colombia patrol the border": an offer of help, no threat
        return True, _as_coded(
            cameo_codes()["0312" if plover in ("MOBILIZE", "ASSAULT", "COERCE") else "031"]
        )
    if plover == "THREATEN" and hit.intended and _consequences(hit.head):
        return True, (code, plover, mode)  # "said Washington would bear the consequences": told, a threat
    if plover == "CONCEDE" or (hit.intended and plover in OWN_WORD_ACTS):
        return True, (
            code,
            plover,
            mode,
        )  # a promised easing is the concession; "will refuse to comply" refuses
    if plover not in INTENT_CODE:
        return True, None  # "will demand": a verbal act announced, not coded
    return True, _as_coded(cameo_codes()[INTENT_CODE[plover]])


def _consequences(verb: Token) -> bool:
    """ "would bear the consequences": what another will suffer, a threat once said."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in ("consequence", "repercussion")
        for c in verb.children
    )


def _troops_owner(noun: Token) -> Token | None:
    """The state or party whose troops a withdrawal or deployment moves ("the withdrawal of Belgium's
    soldiers"), or None."""
    troops = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    owners = [c for t in troops if is_forces(t) for c in t.children if c.dep_ == "poss"]
    return next((c for c in owners if party_word(c)), None)


ASPECT_VERBS = {"begin", "start", "continue", "resume", "intensify", "stop"}


def _begun_gerund(tok: Token) -> Token | None:
    """The aspect verb of a gerund the parser hung on its object ("began test-firing/amod missiles"), or
    None."""
    noun = tok.head
    if tok.dep_ != "amod" or tok.tag_ != "VBG" or noun.dep_ != "dobj":
        return None
    return noun.head if lemma_of(noun.head) in ASPECT_VERBS else None


def _helped(verb: Token) -> bool:
    """The act is what another is helped to do ("help Colombia patrol", "assist Kabul to fight")."""
    return verb.dep_ in ("xcomp", "ccomp") and lemma_of(verb.head) in ("help", "assist")


def _threat_coding(hit: Hit, coded: Coded) -> Coded:
    """A verb threatening or vowing a conflictual act is a threat coded by that act's root
    ("pledged to investigate" is no threat; "vowed to attack" is)."""
    plover = coded[1]
    # "prepared" has the lemma "prepare"
    intent_word = bool({hit.head.lemma_.lower(), hit.head.lower_} & INTENT_TO_THREAT)
    if plover not in ("THREATEN", "AGREE"):
        return coded
    if hit.trigger.pos == "V" or coded[0].code == "130":
        inner = _complement_code(hit.head)  # also "the threat of sanctions", "a warning of retaliation"
    else:
        inner = _stated_readiness(hit.head) if intent_word else None
    # "promised not to shell the capital" is a promise of restraint, no threat
    restraint = intent_word and any(
        n.dep_ == "neg" for c in hit.head.children if c.dep_ == "xcomp" for n in c.children
    )
    if (
        inner is not None
        and inner.quad_class >= 3
        and (plover == "THREATEN" or (intent_word and inner.quad_class == 4 and not restraint))
    ):
        return _as_coded(cameo_codes()[THREAT_BY_ROOT.get(inner.root, "130")])
    if intent_word and inner is not None and inner.plover == "REJECT" and not restraint:
        return _as_coded(inner)  # "the UK was prepared to veto any bid": its refusal stated
    if inner is None and intent_word and _vowed_force(hit.head):
        return _as_coded(cameo_codes()["138"])  # "vowed to crush the militants"
    if plover == "AGREE" and intent_word and _vowed_unless(hit.head) and not restraint:
        # "vowed to bring 100,000 supporters onto the streets unless the plan was scrapped": an ultimatum
        return _as_coded(cameo_codes()[THREAT_BY_ROOT.get(inner.root, "130") if inner else "130"])
    if plover == "AGREE" and _hostile_pledge(hit.head):
        return _as_coded(cameo_codes()["130"])  # "pledged resistance to the occupation"
    return coded


def _hostile_pledge(verb: Token) -> bool:
    """A promise of harm named by a noun: "pledged resistance to X", "promised hell for the troops"."""
    promised = lemma_of(verb) in precision.lexicon("promise_verbs")
    return promised and any(c.dep_ == "dobj" and lemma_of(c) in HOSTILE_PLEDGES for c in verb.children)


def _ultimatum(hit: Hit, coded: Coded) -> Coded:
    """A demand whose alternative is a hostile act is a threat of that act ("told the rebels to
    surrender or face an all-out assault", "ordered them to leave or face expulsion")."""
    if coded[1] != "REQUEST":
        return coded
    demanded = [c for c in hit.head.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    # "gave Eritrea 48 hours to pull out or face the consequences": the deadline's infinitive
    demanded += [
        a for o in hit.head.children if o.dep_ == "dobj" for a in o.children if a.dep_ in ("acl", "relcl")
    ]
    for verb in demanded:
        for alt in (c for c in verb.children if c.dep_ == "conj" and lemma_of(c) == "face"):
            if not any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children):
                continue
            inner = _complement_code(alt) or _faced_harm(alt)
            if inner is not None and inner.quad_class == 4:
                return _as_coded(cameo_codes()[THREAT_BY_ROOT.get(inner.root, "130")])
            if inner is None and any(
                lemma_of(o) in precision.lexicon("threat_outcomes") for o in alt.children
            ):
                return _as_coded(cameo_codes()["130"])  # "or face the consequences"
    return coded


def _faced_harm(face: Token) -> Code | None:
    """The force faced, named by a trigger noun whatever verb would carry it ("or face an all-out
    offensive", "or face an assault")."""
    for obj in (c for c in face.children if c.dep_ == "dobj"):
        force = [t for t in triggers().get(lemma_of(obj), []) if t.pos != "V" and t.code.quad_class == 4]
        if force:
            return force[0].code
    return None


def _vowed_force(vow: Token) -> bool:
    """A vow of force that is no trigger of its own (events_words.json hostile_vows) against an armed
    group or a state ("vowed to crush the militants"), or without an object by a state or an armed group
    ("Israel vowed to hit back"); not "vowed to defeat Biden", "the Labour leader vowed to fight on"."""
    vower = next((c for c in vow.children if c.dep_ == "nsubj"), None)
    for verb in (c for c in vow.children if c.dep_ == "xcomp"):
        if _by_force(verb):
            return True  # "vowed to take Monrovia by force"
        lemma = lemma_of(verb)
        particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
        if not {lemma, *(f"{lemma} {p}" for p in particles)} & HOSTILE_VOWS:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] or ([vower] if vower is not None else [])
        if objects and all(map(_armed_or_state, objects)):
            return True
    return False


def _vowed_unless(vow: Token) -> bool:
    """A vowed act held over another party until it acts: "vowed to X unless Y did Z"."""
    acts = [c for c in vow.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and to_infinitive(c))]
    conditions = [c for act in acts for c in act.children if c.dep_ == "advcl"]
    return any(
        any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        and any(
            (s.dep_ == "nsubj" and (party_word(s) or public_body(s))) or s.dep_ == "auxpass"
            for s in c.children
        )
        for c in conditions
    )  # on a party's act ("unless the government scraps the plan", "unless it is dropped"), not "unless
    # funds ran out"


def _by_force(verb: Token) -> bool:
    return any(
        p.dep_ == "prep" and p.lower_ == "by" and lemma_of(g) in ("force", "arms")
        for p in verb.children
        for g in p.children
    )


def _armed_or_state(tok: Token) -> bool:
    return (
        tok.ent_type_ == "GPE" or country_of(tok.text) is not None or sectors().get((lemma_of(tok),)) in ARMED
    )


def _stating_speaker(hit: Hit, plover: str) -> Token | None:
    """Who states an intention, a promise or a threat told as a reported clause after the speaker: the
    speaker ("Foreign Minister X said Syria was ready to resume talks": the minister commits), a person
    or body named by a noun, not a pronoun. With the attribution after the clause ("Israel will
    release them, a spokesman said") the clause's own actor stays."""
    if plover not in ("AGREE", "THREATEN") or not (hit.intended or hit.trigger.pos == "A"):
        return None
    clause = hit.head.head if hit.head.dep_ == "acomp" else hit.head
    stating = SPEECH_VERBS | precision.lexicon("promise_verbs")
    if clause.dep_ != "ccomp" or lemma_of(clause.head) not in stating or clause.head.i > clause.i:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON" or not is_actor(speaker):
        return None
    return None if agent_sector(speaker) == "MED" else speaker  # a news agency is the channel, not the party


def _stated_readiness(adj: Token) -> Code | None:
    """The act an actor says it is ready to do ("they said they were ready to block the highway"):
    the code of the adjective's own infinitive, only when a speech verb reports it (a reporter's "the
    terrorists are prepared to use bombers" is an assessment, no one's threat)."""
    clause = adj.head if adj.dep_ == "acomp" else adj  # "said they were ready to ..."
    if clause.dep_ != "ccomp" or lemma_of(clause.head) not in SPEECH_VERBS:
        return None
    act = next((c for c in adj.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if act is None:
        return None
    entries = [t for t in triggers().get(lemma_of(act), []) if len(t.words) == 1 and requirement_met(act, t)]
    if not entries or not readiness_party(adj, entries[0].plover):
        return None  # "the striker said he was ready to attack the defence"
    return entries[0].code


def _any_move_threat(hit: Hit, coded: Coded) -> Coded:
    """ "warned that any move would mean war" threatens force (CAMEO 138), "would trigger sanctions"
    sanctions (131): coded by the outcome word's own trigger, else as force."""
    outcome = any_move_outcome(hit.head) if coded[1] == "THREATEN" else None
    if outcome is None:
        return coded
    entries = [
        t
        for t in triggers().get(lemma_of(outcome), [])
        # not "force off air"; a noun outcome is read by its noun senses ("met with force")
        if len(t.words) == 1 and (t.pos != "V" or outcome.pos_ == "VERB")
    ]
    root = entries[0].code.root if entries else "18"
    return _as_coded(cameo_codes()[THREAT_BY_ROOT.get(root, "138")])


def _verbal_attack_coding(hit: Hit, coded: Coded) -> Coded:
    """An "attack" in words is CAMEO 111 (criticize), not violence: a verb attack done in words, or a
    noun attack with a verbal cue ("the budget was attacked by the opposition as too timid")."""
    code, plover, _ = coded
    if plover != "ASSAULT":
        return coded
    if code.root in ("18", "19") and hit.trigger.pos == "V" and _verbal_attack(hit.head):
        return _as_coded(cameo_codes()["111"])
    if code.root == "18" and hit.trigger.pos != "V" and _verbal_noun_attack(hit.head):
        return _as_coded(cameo_codes()["111"])
    return coded


def _verbal_noun_attack(head: Token) -> bool:
    """A noun attack recoded by its cues only, never "agreed on the plan": "a scathing attack on its
    ally", "a Tory attack on Labour's plan", "dismissed the attack"."""
    return (
        any(
            c.lower_ in VERBAL_ATTACK
            or (c.dep_ in ("compound", "amod") and sectors().get((c.lemma_.lower(),)) in ("PTY", "OPP"))
            for c in head.children
            if c.dep_ in ("amod", "compound")
        )
        or any(
            g.lemma_.lower() in VERBAL_TARGETS
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children
        )
        or governor(head).lemma_.lower() in REBUTTAL
    )


def _police_coding(hit: Hit, coded: Coded) -> Coded:
    """A force posture (154) aimed at or by the police is a police one (153)."""
    code, plover, mode = coded
    if code.code == "154" and any(
        t.lemma_.lower() in POLICE_TARGETS for t in hit.head.subtree if t.dep_ in ("dobj", "nsubjpass")
    ):
        return cameo_codes()["153"], plover, "police"
    return code, plover, mode


def _military(code: Code, actor1: Actor | None, ctx: Context) -> Code:
    """Violence by armed forces, a state or its leader ("the United States fired", "the president
    ordered strikes") is CAMEO 19 (conventional military force), not 18; "government officials
    attacked journalists" stays 18."""
    if code.code != "180" or actor1 is None:
        return code
    entity = ctx.analysis.entity(actor1.entity)
    country = actor1.country is not None and (entity is None or entity.type == "GPE")
    words = actor1.text.lower().split()
    named_state = entity is not None and entity.type == "GPE"
    head_of_state = not WAR_LEADERS.isdisjoint(words) or words[-1] in WAR_BODIES
    leader = actor1.sector == "GOV" and (named_state or head_of_state)
    military = actor1.sector == "MIL" or (actor1.sector is None and country) or leader
    return cameo_codes()["190"] if military else code


def _state_act(hit: Hit, code: Code, actor1: Actor | None, ctx: Context) -> Code | None:
    """Protest verbs done by a state mean something else: a state or government that "protests"
    complains officially (CAMEO 114, "China protested the arms sale"); a state or its forces that
    "blockade" a place impose a military blockade (191), not a protest road block."""
    if hit.trigger.pos != "V" or actor1 is None or code.code not in ("140", "141", "144"):
        return None
    entity = ctx.analysis.entity(actor1.entity)
    # "Greeks marched on the embassy": a people (a demonym) protests in the street, a state complains
    people = country_of(actor1.text) is not None and country_of(actor1.text, names_only=True) is None
    state = actor1.sector is None and actor1.country is not None and (entity is None or entity.type == "GPE")
    state = state and not people
    if code.code == "144":
        return (
            cameo_codes()["191"]
            if (state or actor1.sector == "MIL") and hit.head.lemma_ == "blockade"
            else None
        )
    return cameo_codes()["114"] if state or actor1.sector == "GOV" else None


KILLED_IN_PREPS = words("killed_in_preps")
FATAL_VERBS = words("fatal_verbs")


def _is_fatal(hit: Hit, sent: Span) -> bool:
    """The event killed people: its trigger is a killing word, or a killing word in the sentence is
    syntactically tied to it ("killed in police firing", "police firing killed two")."""
    return (
        _killing_trigger(hit)
        or _killed_in_before(hit, sent)
        or _deaths_attributed(hit)
        or _toll_share(hit)  # "the toll rose to 50, including 10 in police firing"
        or _shooting_outcome(hit, sent)
        or _tied_death(hit, sent)
        or _shooting_and_death(hit, sent)
    )


def _kill_word(tok: Token) -> bool:
    return tok.lemma_.lower() in KILL_WORDS or tok.lower_ in KILL_WORDS


def _killing_trigger(hit: Hit) -> bool:
    """The trigger itself kills, or is a bullet one fell to ("fell to police bullets")."""
    if _kill_word(hit.head):
        return True
    return hit.head.lemma_.lower() == "bullet" and governor(hit.head).lemma_.lower() == "fall"


def _killed_in_before(hit: Hit, sent: Span) -> bool:
    """ "people killed in the police firing", whatever the parser attached it to: a killing word and
    "in"/"by"/"during" in the four words before the trigger's first word ("police lathi-charge")."""
    first = next((t for t in sent if t.idx == hit.start), hit.head)
    before = hit.head.doc[max(sent.start, first.i - 4) : first.i]
    return any(t.lower_ in KILLED_IN_PREPS for t in before) and any(
        _kill_word(t)
        and (t.pos_ != "VERB" or modality(t) == "asserted")  # not "no one was killed in the firing"
        and not _bystander_toll(t, hit)
        for t in before
    )


def _shooting_outcome(hit: Hit, sent: Span) -> bool:
    """A death told as the shooting's outcome in a clause the parser hung elsewhere."""
    if hit.trigger.mode == "firearms" and any(_comma_outcome(tok, hit.head) for tok in hit.head.subtree):
        return True  # "police fired at a mob trying to set fire to a mosque, killing one person"
    if any(_relative_shooting(tok) == hit.head for tok in sent):
        return True  # "fired at the police party, which fired back, killing one"
    if any(tok.lemma_.lower() in KILL_WORDS and _relative_kill(tok, hit.head) for tok in sent):
        return True  # "the police firing that killed two", the relative clause hung elsewhere
    return any(
        tells_death_of(tok, hit.head) for tok in sent
    )  # "the police firing at Rampur, in which three died"


def _this_shootings(tok: Token, head: Token) -> bool:
    """A death not of another shooting ("police opened fire after the mob killed two") nor earlier."""
    return (
        not _killed_by_others(tok, head)
        and not _earlier_death(tok, head)
        and _relative_shooting(tok) in (None, head)
    )


def _tied_death(hit: Hit, sent: Span) -> bool:
    """An asserted killing word of this shooting syntactically tied to the trigger."""
    np = security_before(hit.head) or hit.head  # "police" of a misparsed "police firing"
    return any(
        _kill_word(tok)
        and (tok.pos_ != "VERB" or (modality(tok) == "asserted" and not _other_cause(tok, hit)))
        and _this_shootings(tok, hit.head)
        and _tied_to(tok, hit.head, np)
        and not _bystander_toll(tok, hit)
        for tok in sent
    )


def _tied_to(tok: Token, head: Token, np: Token) -> bool:
    """The parse links the killing word to the act, or to the noun phrase that names it."""
    return (
        head in tok.subtree
        or (tok in head.subtree and not _other_party(tok, head))
        or (tok.dep_ == "dobj" and tok.head in head.ancestors)  # "the firing claimed two lives"
        # "the (police) firing left three dead", "firing by the police left three dead"
        or (np.dep_ in ("nsubj", "csubj") and tok in np.head.subtree)
        or (np != head and tok.dep_ == "relcl" and tok.head == np)  # "police firing in which..."
        or _resulting_death(tok, head)  # "opened fire, resulting in the death of one person"
        # "the dead included a boy hit by a police bullet"
        or (tok.dep_ == "nsubj" and tok.head.lemma_ == "include" and head in tok.head.subtree)
    )


def _shooting_and_death(hit: Hit, sent: Span) -> bool:
    """ "police opened fire on the mob; two people died": a shooting (not in the air) and an asserted
    death in one sentence."""
    return (
        hit.trigger.mode == "firearms"
        and not _in_the_air(hit.head)
        and any(
            _asserted_death(tok, hit)
            or _deceased_subject(tok)  # "the deceased (, Salim Ansari,) was hit when"
            for tok in sent
        )
    )


def _deceased_subject(tok: Token) -> bool:
    """ "the deceased" as the subject, or as the title of the named subject ("The deceased, Salim
    Ansari, was hit")."""
    if tok.lower_ != "deceased":
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        subj = tok
    elif tok.dep_ == "amod" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "PROPN":
        subj = tok.head
    else:
        return False
    # hit by no one named, a bullet or the police; not "hit by a truck (a stone) when police fired"
    by = [g for c in subj.head.children if c.dep_ == "agent" or c.lower_ == "by" for g in c.children]
    # "hit by a bullet fired by rioters", "by a bullet from a rioter's gun": the bullet's own shooter
    named = [t for t in subj.head.subtree if not (t.dep_ == "advcl" and t.head == subj.head)]
    return all(g.lemma_.lower() in PROJECTILES or _security_word(g) for g in by) and not _named_gun(named)


def _asserted_death(tok: Token, hit: Hit) -> bool:
    """A death verb asserted of this shooting's victims, not of another cause or party."""
    return (
        tok.pos_ == "VERB"
        and (tok.lemma_.lower() in FATAL_VERBS or _lost_lives(tok) or _shot_dead(tok) or _fell_dead(tok))
        # "justice for the boy killed last week", not "(a boy) was among the two who died"
        and (tok.dep_ not in ("acl", "relcl", "amod") or _among_the_dead(tok))
        and modality(tok) == "asserted"
        and not _other_cause(tok, hit)  # "two were killed in mob violence while police fired"
        and not _bystander_toll(tok, hit)
        and _this_shootings(tok, hit.head)
        # "fired at the men, who fired back, killing one"
        and (not _other_party(tok, hit.head) or _among_the_dead(tok))
    )


def _among_the_dead(tok: Token) -> bool:
    """ "a teenager was among the two who died", "among those killed": the main clause counts the victim
    among the people the death verb tells of."""
    among = tok.head.head if tok.head.dep_ == "pobj" else None
    if among is None or among.lower_ != "among" or among.head.dep_ != "ROOT":
        return False
    counted = [c for c in among.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(map(_security_word, counted))  # not "a constable was among", but "a constable's son"


def _in_the_air(head: Token) -> bool:
    """ "police fired in the air": warning shots, which kill no one told elsewhere in the sentence."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "into") and any(g.lemma_.lower() == "air" for g in c.children)
        for c in head.children
    )


def _warned(prev: list[dedup.Draft], sent: Span) -> bool:
    """ "Guards fired in the air (to scatter the crowd).": the force told just before `sent` was only
    warning shots, which killed no one whose death `sent` tells (not "fired in the air and later
    shot at the crowd")."""
    spans = [
        sent.doc.char_span(d.event.trigger.start, d.event.trigger.end, alignment_mode="expand")
        for d in prev
        if d.event.mode == "firearms"
    ]
    heads = [span[0] for span in spans if span is not None]
    return bool(heads) and all(_in_the_air(h) for h in heads)


def _comma_outcome(tok: Token, head: Token) -> bool:
    """ ", killing one person" hung by the parser on a clause inside the shooting's own that could not
    have killed: an attempt or a non-violent act ("fired at a mob trying to set fire to a mosque,
    killing one", "fired at the mob, which had gathered outside, killing two"). The participle then
    tells what the shooting did."""
    if not (tok.tag_ == "VBG" and tok.lemma_.lower() == "kill" and tok.dep_ == "advcl" and tok.head != head):
        return False
    if tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return False
    inner = tok.head
    violent = any(t.plover == "ASSAULT" for t in triggers().get(inner.lemma_.lower(), []))
    return modality(inner) != "asserted" or not violent


def _relative_shooting(tok: Token) -> Token | None:
    """ ", killing one of the attackers" right after a relative clause that tells a shooting ("the gang
    fired at the police party, which fired back, killing one"), hung by the parser on the main verb:
    the nearest shooting did the killing. Returns that relative clause's verb."""
    if not (tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.lemma_.lower() in KILL_WORDS and tok.i > 1):
        return None
    if tok.doc[tok.i - 1].text != ",":
        return None
    rel = next((t for t in [tok.doc[tok.i - 2], *tok.doc[tok.i - 2].ancestors] if t.dep_ == "relcl"), None)
    if rel is None or rel.right_edge.i != tok.i - 2 or rel.head not in tok.head.subtree:
        return None
    shooting = any(t.mode == "firearms" for t in triggers().get(rel.lemma_.lower(), []))
    which = any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in rel.children)
    return rel if shooting and which and modality(rel) == "asserted" else None


def _relative_kill(tok: Token, head: Token) -> bool:
    """A killing verb whose subject is the relative pronoun right after the act ("the police firing
    that killed two"), wherever the parser hung the relative clause."""
    return tok.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which") and c.i == head.i + 1 for c in tok.children
    )


def _resulting_death(tok: Token, head: Token) -> bool:
    """A death said to result from the act or its clause: "had to open fire, resulting in the death
    of one person", "fired at the mob, leading to two deaths", "fired at the mob, which resulted in
    the death of two" (a relative clause on the whole act, misparsed as on its last noun)."""
    verb = governor(tok)
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or verb.lemma_.lower() not in ("result", "lead"):
        return False
    if verb.dep_ == "relcl":
        which = any(c.dep_ == "nsubj" and c.lower_ == "which" for c in verb.children)
        return which and verb.head in head.subtree
    return verb.dep_ in ("advcl", "conj", "xcomp") and (verb.head == head or verb.head in head.ancestors)


def _killed_by_others(tok: Token, head: Token) -> bool:
    """The killing word's own verb, other than the act itself, names a killer other than police or
    troops: "after the mob killed two", "after two were shot dead by rioters", "stabbed to death by a
    mob" (a pronoun is left open)."""
    if tok.pos_ == "VERB":
        verb = tok
    elif tok.dep_ == "pobj" and tok.head.lower_ == "to":
        verb = tok.head.head  # "stabbed to death"
    elif tok.lower_ == "dead" and tok.dep_ in ("oprd", "acomp", "advmod", "dobj"):
        verb = tok.head  # "shot dead"
    else:
        return False  # a noun ("the killing of X") names no killer of its own here
    if verb == head or verb.lemma_.lower() in DEATH_VERBS or _lost_lives(verb) or _fell_dead(verb):
        return False  # "two persons died", "lost their lives", "fell dead": its subject is the victim
    killers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    killers += [c for c in verb.children if c.dep_ == "nsubj"]
    if not killers and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head != head:
        # ", killing seven" on another clause: its subject killed ("before the mob attacked, killing seven")
        killers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(is_human(k) and k.pos_ != "PRON" and not _security_word(k) for k in killers)


def _earlier_death(tok: Token, head: Token) -> bool:
    """The death is told as what came before the act or led to it ("police fired at the crowd after a
    rioter died", "because a constable was killed"): the act did not cause it."""
    verb = next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    return (
        verb is not None
        and verb != head
        and verb.dep_ == "advcl"
        and verb.head in (head, *head.ancestors)
        and any(c.dep_ == "mark" and c.lower_ in ("after", "because", "since") for c in verb.children)
    )


def _shot_dead(verb: Token) -> bool:
    """ "two persons were shot dead (when police fired)", "gunned down", with no shooter of its own."""
    lemma = verb.lemma_.lower()
    dead = lemma == "shoot" and any(c.lower_ == "dead" for c in verb.children)
    down = lemma == "gun" and any(c.lower_ == "down" for c in verb.children)
    return (dead or down) and not any(c.dep_ == "agent" for c in verb.children)


def _fell_dead(verb: Token) -> bool:
    """ "one of them fell dead" """
    return verb.lemma_.lower() in FALL_VERBS and any(c.lower_ == "dead" for c in verb.children)


FALL_VERBS = words("fall_verbs")


def _lost_lives(verb: Token) -> bool:
    """ "two persons lost their lives" """
    return verb.lemma_.lower() == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives") for c in verb.children
    )


def _other_party(tok: Token, head: Token) -> bool:
    """The killing word lies in a relative clause on another party ("fired at the mob which had
    killed two"), not on the act itself ("the firing in which two were killed")."""
    while tok != head and tok.head != tok:
        if tok.dep_ == "relcl" and tok.head != head:
            if relative_antecedent(tok) == head and not is_human(tok.head) and tok.head.pos_ == "PROPN":
                return False  # "the police firing at Amreli, which claimed four lives": on the act
            return any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ in ("WDT", "WP") for c in tok.children
            )
        tok = tok.head
    return False


def _deaths_attributed(hit: Hit) -> bool:
    """Deaths said to be due to the act: "40 deaths were due to police firing", "his death was caused
    by police firing", "of the 150 deaths, 40 were in police firing"."""
    clause = next((a for a in hit.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.lemma_.lower() not in ("be", "cause", "result", "occur", "happen"):
        return False
    return any(
        t.pos_ == "NOUN"
        and t.lemma_.lower() in KILL_WORDS
        and t.dep_ in ("nsubj", "nsubjpass", "attr", "pobj")
        and (t.head == clause or (t.head.lower_ == "of" and _counted_in(t.head.head, clause)))
        for t in clause.subtree
    )


def _counted_in(tok: Token, clause: Token) -> bool:
    """ "of the deaths" hangs on the clause or on a number that is its subject ("two of the deaths
    were caused by police firing")."""
    return tok == clause or (tok.like_num and tok.dep_ in ("nsubj", "nsubjpass") and tok.head == clause)


VERBAL_TARGETS = words("verbal_targets")
VERBAL_ATTACK = words("verbal_attack")
FUTURE_DAYS = words("future_days")
REBUTTAL = words("rebuttal")
GENERIC = words("generic")
# Sectors that make an actor political (CAMEO role codes); civilians alone make no political event.
POLITICAL_SECTORS = {
    "UAF",
    "RAD",
    "GOV",
    "OPP",
    "PTY",
    "COP",
    "MIL",
    "JUD",
    "LEG",
    "REB",
    "INS",
    "SEP",
    "SPY",
    "IGO",
    "ACT",
    "HRI",
    "LAB",
    "MED",
    "NGO",
    "ELI",
    "REF",
    "REL",
}
# Violence that is political whoever does it (bombings, shelling, air strikes).
POLITICAL_MODES = {
    "explosives",
    "suicide-attack",
    "aerial",
    "drone",
    "heavy-weapons",
    "unconventional",
    "crowd-control",
}


def _forecast_word_act(hit: Hit) -> bool:
    """A verbal act told as future with no CAMEO intent code of its own, whose actor is not the one
    saying it will do it: "voters would reject the plan" forecasts, "it would reject the plan" states."""
    trig = hit.trigger
    if not hit.intended or trig.plover not in OWN_WORD_ACTS or lexicon.intent_code(trig.code) is not None:
        return False
    return not _own_statement(hit.head) or _conditional(hit.head)


def _conditional(verb: Token) -> bool:
    """ "if the demands are not met, they would call upon ...": a condition, not a statement of the act."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


def _own_statement(verb: Token) -> bool:
    """The actor says it itself: the verb is what a speech verb reports and its subject a pronoun
    ("Iran said it would reject the deal", "'we will oppose it,' he said"), not a third party the
    reporter forecasts for, nor a pronoun subject with no speech around it ("They will accuse ...")."""
    reported = verb.dep_ == "ccomp" and lemma_of(verb.head) in SPEECH_VERBS | DECLARING_VERBS
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj"] if reported else []
    return reported and any(s.pos_ == "PRON" or _speaks_for(p, s) for s in subjects for p in speakers)


def _speaks_for(speaker: Token, subj: Token) -> bool:
    """The speaker is an official of the state the clause is about ("the United States will veto ...,
    the U.S. ambassador said"; "Japan will not pay ..., the chief cabinet secretary said")."""
    name = subj.doc[subj.left_edge.i : subj.i + 1].text  # "The United States"
    state = country_of(name) if subj.ent_type_ in ("GPE", "NORP") else None
    if state is None:
        return False
    named = phrase_states(speaker)
    if named:
        return state in named
    phrase = speaker.doc[speaker.left_edge.i : speaker.i + 1]
    return any(sectors().get((lemma_of(t),)) == "GOV" for t in phrase)


DECLARING_VERBS = words("declaring_verbs")
# Verbal acts an actor does by saying it will do them ("said it would reject the plan", "says he will
# seek support from X", "said it would call on the UN to act"): the statement is the act.
OWN_WORD_ACTS = {"REJECT", "REQUEST", "ACCUSE"}


def _political_actor(ctx: Context, actor: Actor | None) -> bool:
    if actor is None:
        return False
    entity = ctx.analysis.entity(actor.entity)
    if actor.sector in POLITICAL_SECTORS:
        return True
    if actor.sector is None and actor.country and (entity is None or entity.type != "PERSON"):
        return True  # a state ("Pakistan") or a national group; a person needs a political role
    return entity is not None and entity.type in ("ORG", "GPE", "NORP")


def _political_event(
    ctx: Context, hit: Hit, plover: str, mode: str | None, actors: list[Actor | None]
) -> bool:
    """Precision guard: PLOVER codes interactions of political actors. Keep an event when one of its
    actors is political, or when the act is political by nature: an arrest (a state act), a protest
    named by a strong protest word, a bombing or shelling."""
    if any(_political_actor(ctx, a) for a in actors) or generic_political(ctx, actors[0], plover):
        return True  # a generic or untitled agent counts by the sentence's topic, a recipient does not
    if plover == "COERCE" and (mode == "arrest" or hit.trigger.code.code == "1711"):
        return True  # arrests and weapon seizures are state acts even with the agent unstated
    if plover == "RETREAT" and mode in ("release", "ceasefire", "disarm", "withdraw"):
        return True  # so is freeing prisoners, and so are truces, disarming and withdrawals
    if plover in ("SANCTION", "MOBILIZE") or (plover == "COERCE" and mode in STATE_MODES):
        return True  # cutting relations, mobilising forces, curfews, bans and martial law
    if plover == "PROTEST":
        return hit.trigger.conf >= 0.6 or _at_state_seat(hit) or _voiced_aim(hit)
    if plover in ("REJECT", "CONCEDE") and _dispute_action(hit):
        return True  # "teachers will not end the strike": the strike goes on
    if plover == "ASSAULT" and hit.trigger.mode == "riot":
        return True  # communal riots (recoded from the protest lexicon) are political violence
    if mode == "torture" and any(t.lemma_.lower() in CUSTODY_WORDS for t in hit.head.sent):
        return True  # torture in prison or custody is done by the state holding the victim
    return plover == "ASSAULT" and mode in POLITICAL_MODES


VOICED_AIMS = ("ACCUSE", "REQUEST", "REJECT", "PROTEST")


def _voiced_aim(hit: Hit) -> bool:
    """A gathering held to condemn, demand or protest ("held a candlelight vigil to condemn the
    crackdown") is a protest, not a mourning or a prayer."""
    verbs = [
        c
        for h in (hit.head, governor(hit.head))
        for c in h.children
        if c.dep_ in ("advcl", "xcomp", "acl") and to_infinitive(c)
    ]
    return any(t.plover in VOICED_AIMS for v in verbs for t in triggers().get(lemma_of(v), []))


def _at_state_seat(hit: Hit) -> bool:
    """A protest held at a seat of the state ("a silent vigil outside the Defence Ministry") is
    addressed to it."""
    heads = [hit.head, governor(hit.head)]
    preps = [p for h in heads for p in h.children if p.lower_ in SEAT_PREPS]
    seats = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return any(lexicon.actor_sectors().get((g.lemma_.lower(),)) in ("GOV", "LEG", "JUD") for g in seats)


SEAT_PREPS = ("outside", "before", "at", "near")


def _dispute_action(hit: Hit) -> bool:
    """What is ended or kept up is a strike, protest or boycott ("end the strike", "the strike was called
    off"): a labour or political dispute (not "turned down the award in protest")."""
    objects = [t for t in hit.head.sent if hit.start <= t.idx < hit.end]
    objects += [c for c in hit.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(dispute_word(t) for t in objects)


SECURITY = {"COP", "MIL"}
CUSTODY_WORDS = words("custody_words")
CAUSAL_PREPS = words("causal_preps")
DEATH_CAUSE_PREPS = CAUSAL_PREPS | words("death_cause_preps")  # "died of burns", "succumbed to"
SHOOTING = words("shooting")
# Coercion only a state exercises.
STATE_MODES = {"curfew", "martial-law", "deport", "censor"}
# Event types that are statements of an agent: without an actor as agent nothing is coded.
NEEDS_AGENT = {"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONSULT", "CONCEDE"}


def _political(hit: Hit, sent: Span, agent: Token | None, plover: str) -> bool:
    """Precision guard: statements need an actor as agent ("the money will support" is no SUPPORT,
    "wasn't offering much" no AGREE), and a death or injury from an accident or disaster is no
    ASSAULT ("killed in the earthquake")."""
    has_actor = agent is not None and is_actor(agent)
    if not has_actor and (plover in NEEDS_AGENT or hit.trigger.require == "agent"):
        return plover == "CONCEDE" and _dispute_action(hit)  # "the strike was called off": by the strikers
    if plover == "ASSAULT":
        words = non_political()
        # "settlers beat a farmer and uprooted his trees": the next verb's words are its own
        # "vandalised a mosque, spraying graffiti on its walls": so are those of its own participle
        other_acts = [c for c in hit.head.children if _other_act(c)]
        return not any(
            (t.lemma_.lower() in words or t.lower_ in words)
            and t.pos_ != "VERB"  # "militants stormed a base" is no storm
            and not (t.pos_ == "PROPN" and not t.is_sent_start)  # "Tamil Tiger positions": a name
            and t.ent_type_ not in ("LOC", "FAC", "GPE", "ORG")  # "Tiger Hill" is a place
            and not (t.dep_ == "compound" and is_human(t.head))  # "Tamil Tiger guerrillas"
            and (t in hit.head.subtree or hit.head in t.subtree)
            and not any(t in c.subtree for c in other_acts)
            for t in sent
        )
    return True


def _other_act(clause: Token) -> bool:
    """A verb coordinated with the trigger, or a participle of its subject telling another act."""
    if clause.dep_ == "conj":
        return clause.pos_ == "VERB"
    subjects = [c for c in clause.children if c.dep_.startswith("nsubj")]
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and not subjects


def _claimant(ctx: Context, start: int, end: int) -> str | None:
    """The speaker of the innermost quote around the event that names one ("the senator said Trump
    told him he would destroy X": Trump), else the entity an unnamed speaker ("it said") stands for."""
    quotes = sorted(
        (
            q
            for q in ctx.analysis.quotes
            if q.start <= start
            and end <= q.end
            and q.speaker
            and precision.cue_governs(ctx, q, start, end)
            and _clausal(ctx, q)
        ),
        key=lambda q: q.end - q.start,
    )
    quotes = [_parenthetical_reporter(quote, quotes) for quote in quotes]
    for quote in quotes:
        if quote.speaker.entity:
            return quote.speaker.entity
    for quote in quotes:
        found = _unnamed_speaker(ctx, quote.speaker, quote.start)
        if found:
            return found
    for embed in ctx.analysis.anatomy.social_embeds:
        if embed.text_start <= start and end <= embed.text_end and embed.author:
            return next(
                (e.id for e in ctx.analysis.entities if e.name == embed.author or embed.author in e.aliases),
                None,
            )
    return None


def _clausal(ctx: Context, quote: Quote) -> bool:
    """Reported speech is a clause: "the CISF has ordered an enquiry" read as the quote "an enquiry"
    is the CISF's own act, which the reporter states, not a claim of the CISF."""
    span = ctx.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return quote.kind != "indirect" or span is None or any(t.pos_ in ("VERB", "AUX") for t in span)


def _parenthetical_reporter(quote: Quote, quotes: list[Quote]) -> Quote:
    """The enclosing quote whose parenthetical cue stands right after this quote's speaker ("the TDP,
    he said, had maintained that ..."): the TDP's words are his report, so he claims them."""
    s = quote.speaker
    for outer in quotes:
        o = outer.speaker
        if outer is quote or outer.start > quote.start or s.end is None or o.start is None or o.end is None:
            continue
        if s.end <= o.start and o.end <= outer.start and outer.start - s.end <= PARENTHETICAL_REACH:
            return outer
    return quote


PARENTHETICAL_REACH = 30  # characters: "X, he said, ..."


def _unnamed_speaker(ctx: Context, speaker: Speaker, before: int) -> str | None:
    """A pronoun speaker the quote stage left unresolved stands for the last entity of a fitting type
    named shortly before the quote ("..., it said" after "cooperated with the NIA")."""
    if speaker.start is None or speaker.end is None:
        return None
    found = precision.speaker_entity(ctx, speaker.start, speaker.end)
    if found:
        return found
    types = precision.unnamed_speaker_types(ctx.text[speaker.start : speaker.end], speaker.name)
    if not types:
        return None
    mentions = (
        (m.start, e.id)
        for e in ctx.analysis.entities
        if e.type in types
        for m in e.mentions
        if before - SPEAKER_REACH <= m.start < before and m.source != "pronoun"
    )
    return max(mentions, default=(0, None))[1]


SPEAKER_REACH = 600  # characters: about two sentences


def _in_quote(ctx: Context, start: int, end: int) -> bool:
    return any(q.start <= start and end <= q.end for q in ctx.analysis.quotes) or any(
        e.text_start <= start and end <= e.text_end for e in ctx.analysis.anatomy.social_embeds
    )


def _place_rank(ctx: Context, place: Place, pos: int, trigger: Token) -> tuple | None:
    """Sort key of a candidate event place; None when the name only describes a person or group
    ("PoK activist", "Indian diplomat")."""
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    root = head = span.root
    while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head != head and head != trigger:
        head = head.head
    if head != root and head != trigger and (is_human(head) or head.ent_type_ in ("ORG", "NORP")):
        return None
    locative = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE
    # a place named as such before one only implied ("Pakistani", "Karachi police")
    return (place.form != "name", not locative, place.feature == "country", abs(place.start - pos))


def _place(
    ctx: Context, sent: Span, hit: Hit, actors: list[Actor | None], dateline: EventPlace | None
) -> EventPlace | None:
    taken = [(a.start, a.end) for a in actors if a is not None]
    ranked = [
        (key, p)
        for p in ctx.analysis.places
        if sent.start_char <= p.start < sent.end_char
        and p.name
        and not any(s <= p.start < e for s, e in taken)
        and (key := _place_rank(ctx, p, hit.start, hit.head)) is not None
    ]
    if not ranked:
        return dateline
    best = min(ranked, key=lambda kp: kp[0])[1]
    return EventPlace(
        geonameid=best.geonameid, name=best.name, country=best.country, lat=best.lat, lon=best.lon
    )


def _dateline_place(ctx: Context) -> EventPlace | None:
    for line in ctx.analysis.anatomy.datelines:
        for p in ctx.analysis.places:
            if line.start <= p.start < line.end:
                return EventPlace(geonameid=p.geonameid, name=p.name, country=p.country, lat=p.lat, lon=p.lon)
    return None


def _duration_end(ctx: Context, start: int) -> bool:
    """ "remanded till April 1": a duration's end, not the event's date."""
    return ctx.text[max(0, start - 7) : start].split()[-1:] in (["till"], ["until"], ["upto"])


def _date(ctx: Context, sent: Span, pos: int) -> tuple[str | None, bool]:
    inside = [
        d
        for d in ctx.analysis.dates
        if sent.start_char <= d.start < sent.end_char and d.value and not _duration_end(ctx, d.start)
    ]
    if inside:
        return min(inside, key=lambda d: abs(d.start - pos)).value, True
    return ctx.analysis.published, False


def _count(ctx: Context, sent: Span, actors: list[Actor | None], protest: bool) -> EventCount | None:
    amounts = [
        a
        for a in ctx.analysis.amounts
        if sent.start_char <= a.start < sent.end_char
        and a.kind == "count"
        and (
            a.object is None or a.object.lower().rstrip("s") in HUMAN_WORDS or a.object.lower() in HUMAN_WORDS
        )
    ]
    for actor in actors:
        if actor is None:
            continue
        for a in amounts:
            if actor.start - 2 <= a.start < actor.end + 30 and a.start < actor.end + 1:
                return EventCount(value=a.value, approximate=a.approximate, object=a.object)
    if protest and amounts:
        a = amounts[0]
        return EventCount(value=a.value, approximate=a.approximate, object=a.object)
    return None


def _self_directed(actor1: Actor | None, actor2: Actor | None) -> bool:
    """Two unnamed mentions in the same words as source and target: a party does not criticise or
    arrest itself, so one role was read off the wrong phrase (clashes of like groups are ASSAULTs)."""
    return bool(actor1 and actor2 and actor1.entity is None and actor1.text.lower() == actor2.text.lower())


def _scheduled_ahead(ctx: Context, hit: Hit, published: str | None) -> bool:
    """A date in the event's own clause lies after publication, or a present progressive names another
    day ("the council is holding a vote on Monday"): the event is scheduled, not reported. A date
    of another clause is not the event's ("is urging nurses to call off the walkout set for Tuesday")."""
    verb = governor(hit.head) if nominal(hit.head) else hit.head
    past_aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in verb.children)
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and past_aux):
        # "had a meeting with the PM ... plans on March 15", "was fired on March 3": told in the past,
        # done, whatever date the clause's other words carry
        return False
    own = _own_clause(verb, hit)
    starts = {t.idx for t in own}
    dates = [
        d.value
        for d in ctx.analysis.dates
        if d.value and d.start in starts and not _duration_end(ctx, d.start)
    ]
    if published and any(d[:10] > published[:10] for d in dates):
        return True
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in verb.children
    )
    if not progressive:
        return False
    if dates and published:
        return any(d[:10] != published[:10] for d in dates)
    return any(t.lower_ in FUTURE_DAYS for t in own)


PAST_AUX = {"was", "were", "has", "have", "had"}  # "was fired", "has recalled": past or perfect

# Dependents opening a clause with its own time ("to cancel the strike scheduled for next Thursday").
CLAUSES = {"xcomp", "ccomp", "advcl", "acl", "relcl", "conj"}


def _own_clause(verb: Token, hit: Hit) -> list[Token]:
    """The tokens of the verb's clause without the clauses nested in it (those of the trigger's own
    words stay: "holding talks scheduled for Friday")."""
    tokens, stack = [], [verb]
    while stack:
        tok = stack.pop()
        tokens.append(tok)
        inside = hit.start <= tok.idx < hit.end or tok is hit.head
        stack += [c for c in tok.children if c.dep_ not in CLAUSES or inside]
    return tokens


def _event(
    ctx: Context, hit: Hit, sent: Span, home: str | None, dateline: EventPlace | None
) -> dedup.Draft | None:
    """The event a trigger hit reports, or None. The steps run in a fixed order: each reads the
    modality, roles and actors the steps before it settled."""
    date, dated = _date(ctx, sent, hit.start)
    if _modality_dropped(ctx, hit):
        return None
    kept, claimant = _claim(ctx, hit)
    if not kept or _forecast_word_act(hit):
        return None  # "voters would reject the treaty, a poll found": a forecast, no actor's own word
    coding = _coding(hit)
    if coding is None:
        return None
    code, plover, mode = coding
    agent_tok, patient_tok, crowd_tok = _roles(hit, plover)
    if agent_tok is not None and is_actor(agent_tok):
        agent_tok = _stating_speaker(hit, plover) or agent_tok
    # "the 2002 riots", "its detention policy": a passing reference reports nothing of its own
    # a `head=` noun is anchored by its telling verb; one owned ("Seoul's rejection") must be news of the day
    owned = hit.trigger.require.startswith("head=") and owned_noun(hit.head)
    told = hit.trigger.require.startswith("head=") and not owned
    anchored = (
        not nominal(hit.head) or told or (precision.owned_anchored(hit) if owned else precision.anchored(hit))
    )
    anchored = anchored or (hit.planned and plover == "THREATEN")  # "is planning an attack": the planning
    if precision.metaphor(hit):
        return None  # "an explosion of quangos"
    recoded = precision.recode(hit, code, agent_tok)
    if recoded is not None:
        code, plover, mode = recoded, recoded.plover, recoded.mode
    found = _actors(ctx, hit, sent, home, plover, mode, agent_tok, patient_tok)
    if found is None:
        return None
    actor1, actor2, targets, host = found
    crowd = build_actor(ctx, crowd_tok, home) if people_like(crowd_tok) else None
    if (
        _war_of_words(hit, mode, actor1, actor2)
        or precision.verbal_clash(ctx, hit, mode, actor1)
        or _fire_in_words(hit, actor1, actor2)
    ):
        code = cameo_codes()["111"]  # "the minister attacked the opposition leader": criticism
        plover, mode = code.plover, code.mode
    actor2 = None if precision.place_not_actor(ctx, actor2, plover, targets) and not host else actor2
    code = _military(code, actor1, ctx)
    recoded = _state_act(hit, code, actor1, ctx)
    if recoded is not None:
        code = recoded
        plover, mode = code.plover, code.mode
    fatal = plover == "ASSAULT" and _is_fatal(hit, sent)
    # "the death of two persons in police firing", "resorted to firing in which one person died"
    anchored = anchored or (fatal and (_victims_named(hit) or _deaths_in_it(hit)))
    event = _new_event(
        ctx, hit, sent, dateline, (code, plover, mode), (actor1, actor2, crowd), claimant, date, fatal
    )
    return _draft(ctx, hit, event, crowd, dated, anchored)


def _modality_dropped(ctx: Context, hit: Hit) -> bool:
    """Settle whether the act is announced, meant or already done, then drop it when the sentence
    tells no act at all: a forecast, another sense of the word or a bare warning."""
    if _scheduled_ahead(ctx, hit, ctx.analysis.published):
        hit.intended = True  # "is holding a meeting on Friday": announced, not done
    if precision.polite_intent(hit):
        hit.intended = False  # "I would like to thank X" thanks X
    if hit.trigger.plover == "ASSAULT" and nominal(hit.head) and _victims_named(hit):
        hit.intended = hit.planned = False  # "will probe the killing of two persons": that happened
    # "the land would be donated"; "mobilise the youth", "withdraw money"
    return precision.forecast(hit) or precision.wrong_sense(hit) or precision.warning_only(hit)


def _claim(ctx: Context, hit: Hit) -> tuple[bool, str | None]:
    """Who claims the act (a quote's speaker or the subject of a speech verb) and whether it is kept:
    an act nobody named vouches for is dropped when it is quoted, hedged or only expected."""
    in_quote = _in_quote(ctx, hit.start, hit.end)
    quoted = _claimant(ctx, hit.start, hit.end) if in_quote else None
    claimant = quoted or precision.speech_claimant(ctx, hit)
    if precision.dateline_claimant(ctx, claimant):
        claimant = None  # "kanpur: the rss has stated ...": the dateline is no speaker
    if claimant is None and precision.unattributed_quote(ctx, hit.start, hit.end):
        return False, None  # a quote with no speaker at all: no one claims it
    if claimant is None and precision.alleged(hit.head) and not _hedged_state_killing(hit):
        return False, None  # "was allegedly stabbed": the reporter hedges it and no one named claims it
    if precision.reported_intent(hit, in_quote or claimant is not None or hit.desired):
        return False, claimant  # "the ED will seize the farmhouse": expected, not done nor threatened
    return True, claimant


def _unowned_munition(tok: Token) -> bool:
    """A weapon word as subject with no side named ("shells", "a stray artillery shell"): what was
    fired, not who fired ("a Russian missile" names its side)."""
    weapon = bool(_forms(tok) & MUNITIONS)
    sided = any(c.ent_type_ in ("NORP", "GPE", "ORG") for c in tok.children if c.dep_ in ("amod", "compound"))
    return weapon and not sided


def _roles(hit: Hit, plover: str) -> tuple[Token | None, Token | None, Token | None]:
    """The agent, recipient and crowd words of the act, from the parse and then mended where the
    parse misplaces them (a conjunction as object, "lost their lives", a demand's recipient)."""
    agent_tok, patient_tok, crowd_tok = noun_roles(hit) if nominal(hit.head) else verb_roles(hit)
    agent_tok, patient_tok = _hurt_roles(hit, plover, agent_tok, patient_tok)
    if patient_tok is not None and (patient_tok.pos_ == "SCONJ" or _judged_by(hit, agent_tok, patient_tok)):
        patient_tok = None  # "decide whether the firing ...": a conjunction the parser took for an object
    if patient_tok is not None and patient_tok.lower_ in ("life", "lives") and patient_tok.dep_ == "dobj":
        # "three persons lost their lives in police retaliation": who lost them
        patient_tok = next((c for c in patient_tok.head.children if c.dep_ == "nsubj"), None)
    if (shooting := _relative_shooting(hit.head)) is not None:
        agent_tok = shooting.head  # "the police party, which fired back, killing one": the party killed
    if hit.demanded:  # the speaker demands; the actor who must act is the recipient
        speaker = next(iter(acting_subjects(hit.head.head)), None)  # also "was told by the EU"
        told = told_party(agent_tok) if agent_tok is not None else None
        agent_tok, patient_tok, crowd_tok = speaker, told or agent_tok, None
    if hit.trigger.require.startswith("judged_clause"):  # "the plan is unacceptable, X said": X disapproves
        agent_tok, patient_tok, crowd_tok = judge(hit.head), judged_party(hit.head), None
    if hit.trigger.require == "felt_about":  # "Seoul was outraged by Tokyo's approval": at Tokyo
        agent_tok, patient_tok, crowd_tok = feeling_roles(hit.head)
    parties = threat_parties(hit.head) if "stated_threat" in hit.trigger.require else None
    if parties is not None:  # "X said Y would be thrown out unless ...": Y; a warner's own forces are none
        side, patient_tok = parties
        if hit.trigger.require.startswith("stated_threat"):  # a speech verb's row, not a warning's
            agent_tok = side or agent_tok  # "the negotiators will quit ..., an official said"
    if nominal(hit.head) and hit.head.dep_ == "dobj" and lemma_of(hit.head.head) in PLANNING_VERBS:
        agent_tok = next(iter(acting_subjects(hit.head.head)), agent_tok)  # "Khatami plans a visit to Paris"
    if agent_tok is None and nominal(hit.head) and plover in ("RETREAT", "SANCTION", "MOBILIZE"):
        agent_tok = _troops_owner(hit.head)  # "the withdrawal of Belgium's 420 soldiers"
    if agent_tok is None and (begun := _begun_gerund(hit.head)) is not None:
        agent_tok = next(iter(acting_subjects(begun)), None)  # "Beijing began test-firing missiles"
    passive = any(c.dep_ == "auxpass" for c in hit.head.children)
    if hit.intended and _helped(hit.head):  # "X said it would help Colombia patrol": X helps Colombia
        helper = hit.head.head
        agent_tok = next(iter(warners(helper)), agent_tok)
        patient_tok = next((c for c in helper.children if c.dep_ == "dobj"), patient_tok)
    if hit.refused and agent_tok is None and (passive or nominal(hit.head)):
        # "X will not be freed unless ..., Hamas said", "there will be no talks until ..., X said"
        agent_tok = _clause_speaker(governor(hit.head) if nominal(hit.head) else hit.head)
    told = required_head(hit.head) if hit.trigger.require.startswith("head=") else hit.head
    if agent_tok is None and any(c.dep_ == "auxpass" for c in told.children) and not hit.refused:
        # "martial law has been imposed, X announced"
        agent_tok = _announcing_speaker(told, plover, hit.trigger.mode or hit.trigger.code.mode)
    if lemma_of(hit.head) == "accept" and patient_tok is None:
        patient_tok = proposer(hit.head)  # "refused to accept Israel's proposal": Israel proposed
    if "struck_target" in hit.trigger.require and agent_tok is not None and _unowned_munition(agent_tok):
        agent_tok = None  # "a shell slammed into a house": the weapon did not act; no firer is named
    if plover == "CONCEDE" and agent_tok is None:
        agent_tok = _dispute_holders(hit)  # "the strike by coal workers was called off": the workers
    return agent_tok, patient_tok, crowd_tok


def _clause_speaker(verb: Token) -> Token | None:
    """Who says an act will not be done to someone ("the soldier will not be freed, the group said"),
    or announces one done with no doer named: the one who holds the power to do it, the speaker, when
    named by a noun."""
    if verb.dep_ != "ccomp" or lemma_of(verb.head) not in SPEECH_VERBS | DEMAND_SPEECH | ANNOUNCING:
        return None  # "said", "insisted", "announced"
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return speaker if speaker is not None and speaker.pos_ != "PRON" and is_actor(speaker) else None


# Acts a party announces as done in the passive with no doer ("talks have been suspended, a rebel
# spokesman said"): the announcer did them, when it is a party (a state, a government body, an armed
# or political group, or a spokesman for one). Restrictions ("martial law has been imposed, the
# government announced") only when a state body announces them, arrests only when police or troops
# do ("two men were detained, police said"): a party also reports what was done to its own.
ANNOUNCED_ACTS = {"SANCTION", "REJECT", "CONCEDE", "RETREAT", "AGREE", "SUPPORT"}
STATE_ANNOUNCERS = ("GOV", "COP", "MIL", "JUD", "LEG")
ARREST_ANNOUNCERS = ("COP", "MIL")


def _announcing_speaker(verb: Token, plover: str, mode: str | None) -> Token | None:
    """The announcer of an act told in the passive with no doer (`ANNOUNCED_ACTS`), or None."""
    if plover not in ANNOUNCED_ACTS and plover != "COERCE":
        return None
    speaker = _clause_speaker(verb)
    if speaker is None or _quoted_clause(verb):
        return None  # "X said: 'People get released when ...'": a quoted statement, no announcement
    if plover == "COERCE":
        return (
            speaker
            if public_body(speaker, ARREST_ANNOUNCERS if mode == "arrest" else STATE_ANNOUNCERS)
            else None
        )
    spoken_for = [
        g for p in speaker.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for g in p.children
    ]
    return speaker if any(map(_announcing_party, (speaker, *spoken_for))) else None  # "a spokesman for X"


def _announcing_party(tok: Token) -> bool:
    """A state, government body, armed or political group, or a named organisation that is no firm."""
    return party_word(tok) or (tok.ent_type_ == "ORG" and agent_sector(tok) not in ("BUS", "MED"))


def _quoted_clause(verb: Token) -> bool:
    said = verb.head
    between = verb.doc[min(said.i, verb.left_edge.i) : max(said.i, verb.left_edge.i)]
    return any(t.is_quote or t.text == ":" for t in between)


def _dispute_holders(hit: Hit) -> Token | None:
    """Who holds a strike, protest or boycott ended in the passive: its "by" object."""
    return next(
        (
            g
            for d in hit.head.children
            if d.dep_ == "nsubjpass" and dispute_word(d)
            for p in d.children
            if p.dep_ == "prep" and p.lower_ == "by"
            for g in p.children
            # a strike by the air force is an attack, not a labour dispute
            if g.dep_ == "pobj" and people_like(g) and not _security_word(g)
        ),
        None,
    )


def _hurt_roles(
    hit: Hit, plover: str, agent_tok: Token | None, patient_tok: Token | None
) -> tuple[Token | None, Token | None]:
    """Agent and recipient of an act told through a "by" phrase: of the noun ("beaten by policemen")
    or of the hurt verb whose setting the act is ("was hit by policemen during the lathi-charge")."""
    if (
        nominal(hit.head)
        and agent_tok is None
        and patient_tok is not None
        and patient_tok.head.dep_ == "agent"
    ):
        agent_tok, patient_tok = (
            _holder(patient_tok),
            None,
        )  # "beaten by policemen in the lock-up": the verb's agent
    if plover == "ASSAULT" and _sufferer(hit, agent_tok):
        # "he died after he was hit (by policemen's lathis) during the lathi-charge": the subject of
        # the hurt verb suffered the act; police or troops in the verb's "by" phrase did it
        agent_tok, patient_tok = _hurt_by(hit), agent_tok
    elif (
        plover == "ASSAULT" and nominal(hit.head) and agent_tok is None and (by := _hurt_by(hit)) is not None
    ):
        agent_tok, patient_tok = by, patient_tok or _hurt_subject(by)
    return agent_tok, patient_tok


def _actors(
    ctx: Context,
    hit: Hit,
    sent: Span,
    home: str | None,
    plover: str,
    mode: str | None,
    agent_tok: Token | None,
    patient_tok: Token | None,
) -> tuple[Actor | None, Actor | None, tuple[str, ...] | None, bool] | None:
    """The two actors of the act, with the recipient's target prepositions and whether it hosts a
    visit (the place check after a recode reads both), or None when the act has no real party."""
    parties = _parties(hit, sent, plover, agent_tok, patient_tok)
    if parties is None:
        return None
    agent_tok, patient_tok = parties
    actor1, actor2 = _built_actors(ctx, agent_tok, patient_tok, home)
    actor2 = _accused_abroad(ctx, plover, patient_tok, actor1, actor2)
    targets = precision.scene_only(hit, plover, mode)
    host = visited_place(hit, patient_tok) and _state_level(ctx, actor2)  # "will visit California"
    actor1, actor2 = _kept_actors(ctx, plover, targets, host, actor1, actor2)
    if _no_act(hit, plover, actor1, actor2):
        return None
    actor1, actor2 = _doers(ctx, hit, home, plover, patient_tok, actor1, actor2)
    actor1, actor2 = _security_doer(ctx, hit, sent, home, plover, actor1, actor2)
    return actor1, actor2, targets, host


def _parties(
    hit: Hit, sent: Span, plover: str, agent_tok: Token | None, patient_tok: Token | None
) -> tuple[Token | None, Token | None] | None:
    """Agent and recipient words that can stand for parties, or None when a generic or
    non-political party makes the sentence no event."""
    agent_tok = precision.document_agent(agent_tok)  # "a press release issued by X criticised"
    agent_tok = None if precision.not_an_actor_word(agent_tok) else agent_tok
    patient_tok = None if precision.not_an_actor_word(patient_tok) else patient_tok
    agent_tok, patient_tok = precision.possessed_patient(hit, agent_tok, patient_tok)  # "his arrest"
    if plover in NEEDS_AGENT and precision.generic_party(agent_tok):
        return None  # "other parties were indirectly supporting them"
    if plover == "THREATEN" and _open_target(patient_tok):
        patient_tok = None  # "said it would arrest anyone who joins the rally": a threat to all comers
    if plover == "THREATEN" and patient_tok is not None and patient_tok == any_move_outcome(hit.head):
        patient_tok = None  # "warned that any attack would be met with force": force is the threat, no party
    if not _political(hit, sent, agent_tok, plover) or any(
        t is not None and t.lower_ in GENERIC and not _partitive(t) for t in (agent_tok, patient_tok)
    ):
        return None  # "anyone found killing cows will be hanged" is no event
    if plover == "ASSAULT" and _described_pronoun(agent_tok):
        agent_tok = None  # "action against those who killed two": no antecedent, nobody named
    if agent_tok is not None and not is_actor(agent_tok) and not _security_word(agent_tok):
        agent_tok = None  # "a bomb killed five": the weapon is no actor ("the crime branch" is one)
    return agent_tok, _recipient(hit, plover, agent_tok, patient_tok)


def _recipient(hit: Hit, plover: str, agent_tok: Token | None, patient_tok: Token | None) -> Token | None:
    """The recipient word when it is a party (or the party inside a thing), else the counterpart
    the trigger implies."""
    if (
        patient_tok is not None
        and not is_actor(patient_tok)
        and plover != "ASSAULT"
        and not counted(patient_tok, plover)
    ):
        # "criticised the report": a recipient is an actor (or what an attack hit), or one inside it
        patient_tok = inner_party(patient_tok, plover)
    if patient_tok is not None and plover != "ASSAULT" and _no_party(patient_tok):
        patient_tok = None  # "cooperated on the film Padmavati", "met in Ahmedabad": topics and towns
    if patient_tok is not None and _not_party(hit, plover, patient_tok):
        # "peace in the country", "demanded extra forces": a setting or a thing; "demanded the
        # resignation of X": the party inside the thing
        inner = _thing_owner(hit, plover, patient_tok)
        patient_tok = inner if inner is not None and not _not_party(hit, plover, inner) else None
    return patient_tok or counterpart(hit, plover, agent_tok)


def _built_actors(
    ctx: Context, agent_tok: Token | None, patient_tok: Token | None, home: str | None
) -> tuple[Actor | None, Actor | None]:
    """Actors coded from the agent and recipient words; an agent that is a place or an abstraction
    is none."""
    actor1 = build_actor(ctx, agent_tok, home)
    if actor1 is not None and actor1.sector is None and (boss := _speakers_own(agent_tok)) is not None:
        own = build_actor(ctx, boss, home)  # "police said their men returned fire": the men are police
        actor1 = actor1.model_copy(update={"code": own.code, "country": own.country, "sector": own.sector})
    actor2 = build_actor(ctx, patient_tok, home)
    if precision.place_not_actor(ctx, actor1) or precision.abstract_actor(actor1):
        actor1 = None
    return actor1, actor2


def _accused_abroad(
    ctx: Context, plover: str, patient_tok: Token | None, actor1: Actor | None, actor2: Actor | None
) -> Actor | None:
    """A state accuses unnamed forces of another: "Moscow charged that the jets had violated its
    airspace" does not make the jets Russian (its own would be "its jets")."""
    if plover != "ACCUSE" or actor1 is None or actor2 is None or actor1.sector is not None:
        return actor2
    if actor1.country is None or actor2.country != actor1.country:
        return actor2
    unstated = build_actor(ctx, patient_tok, None)
    return unstated if unstated is not None and unstated.country is None else actor2


def _kept_actors(
    ctx: Context,
    plover: str,
    targets: tuple[str, ...] | None,
    host: bool,
    actor1: Actor | None,
    actor2: Actor | None,
) -> tuple[Actor | None, Actor | None]:
    """Drop a recipient that is a mere place, an abstraction, the forces sent or the agent again,
    and an agent that is the recipient's own source."""
    unplaced = precision.place_not_actor(ctx, actor2, plover, targets) and not host
    if unplaced or precision.abstract_actor(actor2):
        actor2 = None
    if plover == "MOBILIZE" and actor2 is not None and actor2.sector in SECURITY:
        actor2 = None  # "police personnel deployed": the forces sent, not their counterpart
    if actor1 and actor2 and (actor1.start, actor1.end) == (actor2.start, actor2.end):
        actor2 = None
    if (
        plover == "THREATEN"
        and actor1
        and actor1.country
        and actor2
        and country_of(actor2.text) == actor1.country
    ):
        actor2 = None  # "Israel will retaliate, Israeli Defence Minister X warned": his own state
    if _self_directed(actor1, actor2) and plover != "ASSAULT":
        actor1 = None  # "critical of the police ..., he said, 'the police lose ...'": a misread source
    precision.same_side(actor1, actor2)
    precision.office_of_org(ctx, actor1)
    return actor1, actor2


def _no_act(hit: Hit, plover: str, actor1: Actor | None, actor2: Actor | None) -> bool:
    """Acts that, given their actors, are routine or a show rather than an event."""
    if precision.unarmed_military_act(hit, plover, actor1) or precision.domestic_pledge(hit, plover, actor2):
        return True  # "he surrenders as per needs", "groups deployed 100 monitors"
    if precision.force_march(hit, plover, actor1):
        return True  # "companies of the CRPF marched through the town": a show of force, no protest
    return precision.cancelled_visit(hit, plover, actor1, actor2)  # "the minister's visit ... was cancelled"


def _doers(
    ctx: Context,
    hit: Hit,
    home: str | None,
    plover: str,
    patient_tok: Token | None,
    actor1: Actor | None,
    actor2: Actor | None,
) -> tuple[Actor | None, Actor | None]:
    """Fix who did and who suffered an act whose recipient phrase is a place, the act itself, or
    names its doers (the accused, the police of an encounter)."""
    if _death_place(hit, patient_tok):
        actor2 = None  # "a custodial death at the police station": where someone died, not who
    if actor2 is not None and actor2.start <= hit.start and hit.end <= actor2.end:
        actor2 = None  # the phrase naming the event itself ("police bullets") is not its recipient
    accused = _accused(hit) if plover == "ASSAULT" else None
    if accused is not None:  # "police arrested five rioters for killing a constable": the rioters killed
        actor1 = build_actor(ctx, accused, home)
        holder = _first_subject(accused.head)
        if actor1 is not None and holder is not None and actor1.start <= holder.idx < actor1.end:
            actor1 = None  # "the judge ..., convicting them of": "them" read back as the judge
    if (
        actor1 is None
        and actor2 is not None
        and actor2.sector in ("COP", "MIL")
        and "with" in hit.trigger.targets
    ):
        actor1, actor2 = actor2, None  # "killed in an encounter with police": the police did the shooting
    return actor1, actor2


def _security_doer(
    ctx: Context,
    hit: Hit,
    sent: Span,
    home: str | None,
    plover: str,
    actor1: Actor | None,
    actor2: Actor | None,
) -> tuple[Actor | None, Actor | None]:
    """An attack with no agent: the police or troops whose firing, "by" phrase, weapons or
    firefight the sentence names did it."""
    if actor1 is None and actor2 is not None and plover == "ASSAULT" and _security_possessor(hit):
        actor1, actor2 = actor2, None  # "killed in security forces' firing"
    if actor1 is None and plover == "ASSAULT" and nominal(hit.head) and (by := _security_by(hit)) is not None:
        actor1 = build_actor(ctx, by, home)  # "died in the lathi-charge by the police"
        actor2 = None if actor2 is not None and actor2.start <= by.idx < actor2.end else actor2
    if actor1 is None and plover == "ASSAULT" and (owner := _arms_owner(actor2, sent)) is not None:
        actor1, actor2 = build_actor(ctx, owner, home), None  # "hit by policemen's lathis": they struck
    if actor1 is None and plover == "ASSAULT" and (actor2 is None or actor2.sector not in SECURITY):
        force = (
            _firefight_force(hit)
            or _security_fire_phrase(hit)
            or _fired_by(hit)
            or _unparsed_subject(hit, sent)
            or _stranded_subject(hit)
        )
        actor1 = build_actor(ctx, force or _security_compound(hit) or _police_told_firefight(hit), home)
    return actor1, actor2


def _new_event(
    ctx: Context,
    hit: Hit,
    sent: Span,
    dateline: EventPlace | None,
    coded: tuple[Code, str, str | None],
    actors: tuple[Actor | None, Actor | None, Actor | None],
    claimant: str | None,
    date: str | None,
    fatal: bool,
) -> Event:
    """The Event record (actors: actor1, actor2, crowd); its confidence is scored in run() once the
    article's events are known."""
    code, plover, mode = coded
    actor1, actor2, crowd = actors
    return Event(
        id="",
        plover=plover,
        cameo=code.code,
        cameo_root=code.root,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        actor1=actor1,
        actor2=actor2,
        trigger=TextSpan(start=hit.start, end=hit.end, text=ctx.text[hit.start : hit.end]),
        sentence={"start": sent.start_char, "end": sent.end_char},
        date=date,
        place=_place(ctx, sent, hit, [actor1, actor2], dateline),
        count=_count(
            ctx,
            sent,
            [crowd, actor1, actor2] if plover == "PROTEST" else [actor2, actor1],
            plover == "PROTEST",
        ),
        claimed_by=claimant,
        confidence=0.0,  # scored in run() once the article's events are known
        mode=mode,
        fatal=fatal,
        main=hit.main,
    )


def _draft(
    ctx: Context, hit: Hit, event: Event, crowd: Actor | None, dated: bool, anchored: bool
) -> dedup.Draft:
    """The event with what merging and scoring need: whether it refers back, is political, and the
    spans of a stated cause or an implied police encounter."""
    plover, mode, fatal = event.plover, event.mode, event.fatal
    anaphoric = hit.head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in hit.head.children
    )
    if plover == "ASSAULT" and hit.trigger.require.startswith("head=") and governor(hit.head).pos_ == "VERB":
        anaphoric = False  # "died in the lock-up": the setting of a death told here, not one told before
    political = _political_event(ctx, hit, plover, mode, [event.actor1, event.actor2, crowd])
    words = {dedup.stem(hit.head.lemma_.lower())}
    encounter = _implied_force(hit, event.actor2) if fatal else None
    encounter_at = (_word_start(encounter), encounter.idx + len(encounter)) if encounter is not None else None
    cause_at = _cause_span(hit.head) if fatal else None
    # not "private firing", not a death in judicial custody
    unexplained = fatal and cause_at is None and not _other_shooter(hit.head) and not _civil_custody(hit)
    if cause_at is not None and cause_at[0] < hit.start:
        cause_at = None  # "In a fresh outbreak of violence, four were killed when police fired": a setting
    if fatal and cause_at is None and mode not in ("firearms", "crowd-control"):
        cause_at = _own_cause(hit)  # "killed in rioting": not one with a police firing in the sentence
    return dedup.Draft(
        event=event,
        dated=dated,
        anaphoric=anaphoric,
        political=political,
        words=words,
        unexplained=unexplained,
        cause_at=cause_at,
        cause_clause=cause_at is not None
        and any(_cause_clause(c) and c.left_edge.idx == cause_at[0] for c in hit.head.children),
        encounter=encounter is not None and _force_word(encounter),
        encounter_at=encounter_at,
        anchored=anchored,
    )


# Offices whose holders fight with words, not weapons.
WORDY_SECTORS = {"GOV", "OPP", "PTY", "LEG", "ELI"}


def _hedged_state_killing(hit: Hit) -> bool:
    """ "a trader was allegedly beaten to death by constables", "troops allegedly shot dead a farmer": a
    killing the reporter hedges but lays on police or troops is reported as the allegation against
    them, not dropped like "two neighbours allegedly robbed him" (nor "a guard allegedly shot his son")."""
    verb = hit.head
    if hit.trigger.plover != "ASSAULT" or verb.pos_ != "VERB":
        return False
    shot = {verb.lemma_.lower(), *(c.lower_ for c in verb.children)} >= {"shoot", "dead"}
    killing = verb.lemma_.lower() in KILL_WORDS or _to_death(verb) or shot
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return killing and not _kin_victim(verb) and any(map(_security_word, agents))  # not "shot dead his wife"


def _death_place(hit: Hit, patient: Token | None) -> bool:
    """ "a custodial death at the kotwali police station", "died in the lock-up at the police station",
    "reported from the police station": the building is where someone died in custody, not the one it
    was done to."""
    return (
        patient is not None
        and patient.lemma_.lower() in BUILDING_NOUNS
        and patient.head.lower_ in ("at", "in", "from")
        and (hit.head.lemma_.lower() == "death" or _force_word(hit.head))
    )


def _not_party(hit: Hit, plover: str, tok: Token) -> bool:
    return (
        precision.scene_noun(tok, plover)
        or precision.thing_not_party(tok, plover)
        or precision.not_the_target(hit, plover, tok)
    )


def _thing_owner(hit: Hit, plover: str, tok: Token) -> Token | None:
    """The party inside a thing named as the recipient ("demanded the resignation of X"), not inside
    a setting ("police abuses during the protests")."""
    if precision.scene_noun(tok, plover):
        return None
    if precision.not_the_target(hit, plover, tok):
        return doer(tok)  # "criticised Hanoi's detention of a blogger": Hanoi, not the victim
    return inner_party(tok, plover)


def _with_objects(tok: Token) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]


def _war_of_words(hit: Hit, mode: str | None, actor1: Actor | None, actor2: Actor | None) -> bool:
    """An unarmed "attack" or "clash" between political office holders is verbal (CAMEO 111)."""
    if hit.head.lemma_.lower() not in ("attack", "clash") or mode is not None or None in (actor1, actor2):
        return False
    sides = [a.sector for a in (actor1, actor2)]
    # an untitled named person ("Yadav attacks the Congress") counts as political beside an office
    return any(s in WORDY_SECTORS for s in sides) and all(
        s in WORDY_SECTORS or s == "JUD" or (s is None and a.entity is not None and a.country is None)
        for s, a in zip(sides, (actor1, actor2), strict=True)
    )


def _fire_in_words(hit: Hit, actor1: Actor | None, actor2: Actor | None) -> bool:
    """ "came under fire from the opposition" is criticism (CAMEO 111); from gunmen or troops it is
    shooting. With nobody named, what was under fire tells: a minister or party in words, a convoy
    or a patrol in arms."""
    head = hit.head
    if lemma_of(head) != "fire" or head.dep_ != "pobj" or head.head.lower_ != "under":
        return False
    if actor1 is not None:
        return actor1.sector not in ARMED
    return actor2 is not None and actor2.sector in WORDY_SECTORS


# Named things that are never a party to an event: a film, a product, a law, a building.
THING_LABELS = {"WORK_OF_ART", "PRODUCT", "LAW", "FAC"}


def _state_level(ctx: Context, actor: Actor | None) -> bool:
    """A country, region or first-level division ("California"), not a town: the host of a visit."""
    return actor is not None and any(
        p.start < actor.end and actor.start < p.end and p.feature in ("country", "region", "admin1")
        for p in ctx.analysis.places
    )


def _no_party(tok: Token) -> bool:
    """ "cooperated on the film X": a named work or thing is the topic, not the counterpart."""
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "appos"))]
    if tok.dep_ == "appos":
        words.append(tok.head)  # "the film, Padmavati"
    thing = tok.ent_type_ in THING_LABELS and not listed_name(tok)  # "the Shiv Sena" tagged a facility
    return thing or any(w.lemma_.lower() in thing_nouns() for w in words)


def _stated_cause(verb: Token) -> bool:
    """A death verb names a cause other than shooting: "killed in the riots", "killed in stabbing
    incidents", "died of burns" (not "died in hospital", "succumbed to bullet injuries")."""
    return _cause_span(verb) is not None


def _other_cause(verb: Token, hit: Hit) -> bool:
    """A death verb names a cause other than the act itself: "died in the riots" while police fired,
    not "succumbed to injuries after a police lathi-charge" (the police act is the stated cause)."""
    span = _cause_span(verb)
    if span is None or span[0] <= hit.start < span[1]:
        return False
    # "one was killed in private firing and another in police firing": a second phrase of the same
    # preposition is a cause of its own (not "died in an accident after the police lathi-charge")
    first = text_of(verb.doc)[span[0] :].split(maxsplit=1)[0].lower()  # the cause phrase's preposition
    return not any(
        c.dep_ == "prep" and c.lower_ == first and c.idx <= hit.start <= c.right_edge.idx
        for c in verb.children
    )


def _cause_span(verb: Token) -> tuple[int, int] | None:
    """Character span of the phrase stating that cause ("in mob violence")."""
    prep = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ in DEATH_CAUSE_PREPS
            and any(
                _cause(g) for g in c.children if g.dep_ == "pobj" or (g.dep_ == "pcomp" and g.pos_ == "VERB")
            )
        ),
        None,
    )
    if prep is None:
        prep = next((c for c in verb.children if _cause_clause(c)), None)  # "when a wall collapsed"
    if prep is None:  # "a fire that raged through the market killed three"
        prep = next((c for c in verb.children if c.dep_ == "nsubj" and _blaze(c)), None)
    if prep is None:
        return None
    return prep.left_edge.idx, prep.right_edge.idx + len(prep.right_edge)


def _cause_clause(clause: Token) -> bool:
    """A "when"/"as" clause on a death that tells a cause other than shooting ("a boy died when a wall
    collapsed", not "when the police opened fire")."""
    marked = any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in clause.children)
    shooting = any(c.dep_ == "dobj" and c.lemma_.lower() in SHOOTING for c in clause.children)
    return clause.dep_ == "advcl" and clause.pos_ == "VERB" and marked and not shooting and _cause(clause)


def _own_cause(hit: Hit) -> tuple[int, int] | None:
    """The act is itself the stated cause of a death ("two were killed in rioting"): its phrase."""
    if hit.head.dep_ != "pobj":
        return None
    span = _cause_span(governor(hit.head))
    return span if span is not None and span[0] <= hit.start < span[1] else None


def _cause(tok: Token) -> bool:
    """A stated cause of death other than shooting: "in the riots", "by a mob", "after being stabbed"
    (not "in Ranchi", "in which", "after being hit")."""
    if _other_shooter(tok) or _other_wound(tok) or _blaze(tok):
        return True  # "killed in private firing", "died of burn injuries": not shot by police or troops
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() not in SHOOTING | WOUNDED or _stated_cause(tok)
    if tok.lemma_.lower() in TOLD_ACTS and any(c.lower_ in ("the", "this", "that") for c in tok.children):
        # "killed in the incident": the act told before, unless the sentence tells one of its own ("a
        # truck hit a bus and two were killed in the incident")
        return _tells_own_act(tok)
    return (
        tok.lemma_.lower() not in SHOOTING | WOUNDS | DEATH_SCENES
        and tok.pos_ != "PROPN"
        and not _lowercased_locality(tok)
        and tok.tag_ not in ("WDT", "WP")
        and tok.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
    )


BLAZE_VERBS = words("blaze_verbs")


def _blaze(tok: Token) -> bool:
    """ "a fire that broke out in a godown", "the fire spread": a blaze, not gunfire."""
    return tok.lemma_.lower() == "fire" and any(
        c.dep_ in ("relcl", "acl") and {c.lemma_.lower(), c.lower_} & BLAZE_VERBS for c in tok.children
    )


BARE_CAUSES = words("bare_causes")
TOLD_ACTS = words("told_acts")
TOLL_VERBS = words("toll_verbs")
ACCIDENT_VERBS = words("accident_verbs")


def _tells_own_act(tok: Token) -> bool:
    """The sentence of `tok` tells an act of its own in a clause with its own subject, outside the
    clauses `tok` is part of and other than deaths, wounds or speech ("a truck hit a bus and two were
    killed", not "two were killed and five injured, police said", nor "were hit and killed")."""
    own, cur = {tok}, tok
    while cur.dep_ != "conj" and cur.head != cur:  # the clauses it is part of, not those it is joined to
        cur = cur.head
        own.add(cur)
    told = KILL_WORDS | DEATH_VERBS | SPEECH_VERBS | TOLL_VERBS
    return any(
        v.pos_ == "VERB"
        and v.dep_ in ("ROOT", "conj")  # a clause of the sentence, not one describing a noun
        and v not in own
        and v.lemma_.lower() not in told
        and any(
            c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and v.lemma_.lower() not in WOUNDED)
            for c in v.children
        )
        for v in tok.sent
    )


def _lowercased_locality(tok: Token) -> bool:
    """ "two persons died in saraspur": in an all-lower-case sentence, where names lose their capitals,
    a bare singular noun after "in"/"at" that names no event nor known cause is a locality."""
    return (
        tok.tag_ in ("NN", "JJ")  # an unknown word as the object of "in" may be tagged as an adjective
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "at")
        and not any(tok.children)
        and not any(c.isupper() for c in tok.sent.text)
        and tok.lemma_.lower() not in BARE_CAUSES
        and tok.lemma_.lower() not in triggers()
        and tok.lower_ not in triggers()
    )


OTHER_SHOOTERS = words("other_shooters")
SHOT_DEATHS = words("shot_deaths")
OTHER_WOUNDS = words("other_wounds")


def _other_shooter(tok: Token) -> bool:
    """A firing whose modifier or "by" agent names shooters other than police or troops ("private
    firing", "mob firing", "firing by rioters")."""
    if tok.lemma_.lower() not in SHOOTING:
        return False
    named = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    named += [g for c in tok.children if c.dep_ == "agent" or c.lower_ == "by" for g in c.children]
    return any(w.lemma_.lower() in OTHER_SHOOTERS or w.lower_ in OTHER_SHOOTERS for w in named)


def _other_wound(tok: Token) -> bool:
    """ "burn injuries", "stab wounds": a wound from something other than shooting."""
    return tok.lemma_.lower() in WOUNDS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in OTHER_WOUNDS for c in tok.children
    )


def _others_fired(sent: Span) -> bool:
    """Someone other than police or troops shoots in the sentence ("rioters fired at the houses",
    "killed in private firing"): a later death by shooting may be theirs."""
    return any(
        _other_shooter(t)
        or (
            t.pos_ == "VERB"
            and (t.lemma_.lower() in ("fire", "shoot") or _bullets_object(t))
            and any(
                c.dep_ == "nsubj" and is_human(c) and not _security_member(c) and c.pos_ != "PRON"
                for c in t.children
            )
        )
        for t in sent
    )


PROJECTILES = words("projectiles")
NONLETHAL_ROUNDS = words("nonlethal_rounds")
FIREARMS = words("firearms")


def _other_person(tok: Token) -> bool:
    """Someone named who is not police or troops ("rioters", "a rioter's")."""
    return tok.pos_ != "PRON" and is_human(tok) and not _security_member(tok)


def _named_gun(tokens: Iterable[Token]) -> bool:
    """Among `tokens`, a gun or bullet told with its own shooter other than police or troops: "a
    bullet fired (from a rooftop) by rioters", "a rioter fired at the crowd", "a bullet from a
    rioter's gun"."""
    for t in tokens:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in ("fire", "shoot"):
            if any(c.dep_ == "nsubj" and _other_person(c) for c in t.children):
                return True
            if any(g.head.lower_ == "by" and _other_person(g) for g in t.subtree if g.dep_ == "pobj"):
                return True
            # "a rioter fired at the crowd" parsed as a modifier of its doer; not "a man fired at by"
            bare = not any(c.dep_ == "agent" or c.lower_ == "by" for c in t.children)
            if lemma == "fire" and t.dep_ == "acl" and bare and _other_person(t.head):
                return True
        elif lemma in PROJECTILES or lemma in FIREARMS:
            owners = [c for c in t.children if c.dep_ == "poss"]
            owners += [g for c in t.children if c.lower_ == "from" for g in c.children]
            if any(map(_other_person, owners)):
                return True
    return False


def _nonlethal_act(head: Token) -> bool:
    """ "fired tear gas (shells)", "fired rubber bullets": a firing that is no gunfire."""
    objs = [c for c in head.children if c.dep_ == "dobj"]
    objs += [g for o in objs for g in o.conjuncts]
    words_ = [w for o in objs for w in (o, *(c for c in o.children if c.dep_ in ("compound", "amod")))]
    return any(w.lemma_.lower() in NONLETHAL_ROUNDS or w.lower_ in NONLETHAL_ROUNDS for w in words_)


def _bullets_object(verb: Token) -> bool:
    """ "sprayed bullets on a bus", "pumped bullets into him": a shooting told by its bullets."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in PROJECTILES for c in verb.children)


def _security_member(tok: Token) -> bool:
    """Police or troops by the word or by what they belong to ("members of the Rapid Action Force")."""
    return _security_word(tok) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_security_word(g) for g in c.children)
        for c in tok.children
    )


def _security_fire_phrase(hit: Hit) -> Token | None:
    """The police or troops in "killed in police firing" when lower-case text misparses it ("police"
    as the object of "in", "firing" as a clause): a security word between "in"/"by"/"during" and a
    shooting word right after the killing word."""
    head = hit.head
    if head.lemma_.lower() not in KILL_WORDS:
        return None
    toks = list(head.doc[head.i + 1 : min(head.i + 7, head.sent.end)])
    for n, prep in enumerate(toks[:2]):
        if prep.lower_ not in ("in", "by", "during"):
            continue
        rest = [t for t in toks[n + 1 :] if t.pos_ != "DET"]
        forces = []
        for t in rest:
            if not _security_word(t):
                break
            forces.append(t)
        after = rest[len(forces)] if len(forces) < len(rest) else None
        if forces and after is not None and after.lemma_.lower() in SHOT_DEATHS | SHOOTING:
            return forces[-1]
    return None


def _security_possessor(hit: Hit) -> bool:
    """Police or troops own the act: "security forces' firing", "the army's shelling"."""
    return any(c.dep_ == "poss" and _security_word(c) for c in hit.head.children)


def _security_by(hit: Hit) -> Token | None:
    """The police or troops in a "by" phrase right after a noun act, which the parser may hang on the
    death verb instead ("died in the lathi-charge by the police")."""
    head = hit.head
    preps = [c for c in head.children if c.lower_ == "by"]
    preps += [c for c in head.head.head.children if c.lower_ == "by" and c.i == head.right_edge.i + 1]
    return next((g for p in preps for g in p.children if g.dep_ == "pobj" and _security_word(g)), None)


def _unparsed_subject(hit: Hit, sent: Span) -> Token | None:
    """The police or troops a sentence left without a main verb starts with: "A police constable posted
    at the chowky fired at the mob, killing a youth" (the parser hangs "fired" on "chowky" as a modifier)
    is their act, told in the active ("fired at", "killed two"; not "a constable killed in an attack")."""
    verb = hit.head
    participle = verb.tag_ == "VBG" and verb.dep_ == "advcl"
    if participle:
        verb = verb.head  # ", killing a youth" on the misparsed main verb
    root = sent.root
    if (
        root.pos_ != "NOUN"
        or verb.dep_ != "acl"
        or verb.tag_ not in (("VBD", "VBN") if participle else ("VBD",))
    ):
        return None
    active = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("at", "on")) for c in verb.children)
    passive = any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in verb.children)
    return (
        root
        if (participle or active) and not passive and _security_word(root) and root in verb.ancestors
        else None
    )


OPENING_DEPS = ("det", "amod", "compound", "nmod", "dep", "punct")


def _stranded_subject(hit: Hit) -> Token | None:
    """The police or troops a sentence opens with that the parser took for modifiers of its main verb:
    "A sub-inspector shot dead a snatcher" ("inspector" an adjective of "shot"), "A constable shot at
    and killed a youth" (the first verb taken for a noun, the second its conjunct). Their act when told
    in the active with an object and no subject, agent or passive of its own."""
    verb = hit.head
    first = verb.head if verb.dep_ == "conj" else verb  # "shot at and killed": modifiers of the first
    if first.dep_ not in ("ROOT", "ccomp") or not any(c.dep_ in ("dobj", "prep") for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for v in (verb, first) for c in v.children):
        return None
    opening = [c for c in first.children if c.i < first.i]
    if not opening or any(c.dep_ not in OPENING_DEPS for c in opening):
        return None  # "In Naroda, ... shot dead": not a noun phrase opening the sentence
    return next((c for c in reversed(opening) if c.dep_ != "punct" and _security_word(c)), None)


def _speakers_own(agent: Token) -> Token | None:
    """The police or troops who speak of "their men" or "his team" as the doers ("police said their men
    returned fire"): the speaker whose group the possessive names (not "their rivals": others)."""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "their", "its", "our") for c in agent.children):
        return None
    if agent.lemma_.lower() in NOT_OWN_MEN:
        return None
    speech = next((a for a in agent.ancestors if a.lemma_.lower() in SPEECH_VERBS), None)
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
    return speaker if speaker is not None and _security_word(speaker) else None


def _security_compound(hit: Hit) -> Token | None:
    """The police or troops named as a modifier before a multi-word act ("the police lathi-charge"),
    which the parser nests in the act's own compounds."""
    before = (t for t in hit.head.subtree if t.dep_ == "compound" and t.idx < hit.start)
    # "police station attacked": the police name the building hit, not who hit it
    return next(
        (t for t in before if _security_word(t) and t.head.lemma_.lower() not in BUILDING_NOUNS), None
    )


def _fired_by(hit: Hit) -> Token | None:
    """The police or troops who fired the bullet that killed: "a bullet fired by the police killed a
    youth", "was killed when a teargas shell fired by the police hit him", "was killed by a bullet
    fired from a police rifle"."""
    clauses = [hit.head, *(c for c in hit.head.children if c.dep_ == "advcl")]
    shots = [
        s
        for clause in clauses
        for c in clause.children
        for s in (
            [c]
            if c.dep_ == "nsubj"
            else [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "agent"
            else []
        )
        if s.lemma_.lower() in SHOT_DEATHS | MUNITIONS
    ]
    return next((g for s in shots for acl in s.children if acl.dep_ == "acl" for g in _shooters(acl)), None)


def _sufferer(hit: Hit, tok: Token | None) -> bool:
    """`tok` is the subject of a hurt or death verb above the noun act, whose "in"/"during" phrase
    holds it: "an old man died after he was hit during the lathi-charge"."""
    if tok is None or not nominal(hit.head) or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against", "upon") for c in hit.head.children):
        return False  # "gunmen died in the raid on the depot": they may have attacked
    verb = tok.head
    hurt = verb.lemma_.lower() in KILL_WORDS | HURT_VERBS and (
        verb.lemma_.lower() in KILL_WORDS or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    )
    prep = _setting_prep(hit)
    return hurt and prep is not None and verb in prep.ancestors and prep.head.pos_ in ("VERB", "NOUN")


def _setting_prep(hit: Hit) -> Token | None:
    """The "in"/"during" phrase above a noun act that makes it the setting of a verb ("was hit during
    the lathi-charge"): that verb may tell who suffered the act and who did it."""
    return next((a for a in hit.head.ancestors if a.dep_ == "prep" and a.lower_ in ("in", "during")), None)


def _judged_by(hit: Hit, agent: Token | None, patient: Token) -> bool:
    """ "the firing by the police ... was condemned by the opposition": an act with its doer that is
    the subject of a passive verb; that verb's "by" phrase judged it, nobody it hit."""
    head = hit.head
    return (
        agent is not None
        and nominal(head)
        and head.dep_ == "nsubjpass"
        and patient.head.dep_ == "agent"
        and patient.head.head == head.head
    )


def _hurt_by(hit: Hit) -> Token | None:
    """The police or troops in the "by" phrase of a hurt verb whose "in"/"during" phrase holds the
    act: "was hit by policemen's lathis during the lathi-charge", "beaten by the police in the raid"."""
    prep = _setting_prep(hit)
    verbs = [
        a for a in (prep.ancestors if prep is not None else []) if a.lemma_.lower() in KILL_WORDS | HURT_VERBS
    ]
    by = next(
        (
            g
            for v in verbs[:2]
            for c in v.children
            if c.dep_ == "agent"
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    by = _holder(by)
    return by if by is not None and _security_word(by) else None


def _hurt_subject(by: Token) -> Token | None:
    """Who the hurt verb of a "by" phrase tells was hurt: "he was hit by policemen's lathis"."""
    verb = next((a for a in by.ancestors if a.pos_ == "VERB"), None)
    for v in [verb, verb.head] if verb is not None and verb.dep_ == "advcl" else [verb]:
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None) if v else None
        if subj is not None and subj.pos_ != "PRON" and is_actor(subj):
            return subj  # "a vendor died after he was struck by ...": the pronoun's main-clause subject
    return None


def _holder(tok: Token | None) -> Token | None:
    """The police or troops whose weapon `tok` is ("policemen's lathis", "a police rifle"), else `tok`."""
    if tok is None:
        return tok
    owners = _police_owners(tok)
    return owners[0] if owners else tok


def _arms_owner(actor: Actor | None, sent: Span) -> Token | None:
    """The police or troops whose weapons a recipient phrase names ("hit by policemen's lathis"):
    the weapons' owners struck, nobody struck them."""
    if actor is None or actor.sector not in SECURITY:
        return None
    phrase = [t for t in sent if actor.start <= t.idx < actor.end]
    return next((m for t in phrase for m in _police_owners(t)), None)


def _shooters(acl: Token) -> list[Token]:
    """Police or troops in "fired by the police" or "fired from a police rifle" (the gun's owner)."""
    by = [g for c in acl.children if c.dep_ == "agent" for g in c.children if _security_word(g)]
    guns = [g for c in acl.children if c.lower_ == "from" for g in c.children]
    return by + [m for g in guns for m in _police_owners(g)]


def _police_owners(arms: Token) -> list[Token]:
    """The police or troops a weapon word belongs to by its compound or possessor ("a police rifle",
    "policemen's lathis"); none when the word names no weapon."""
    if arms.lemma_.lower() not in ARMS:
        return []
    return [m for m in arms.children if m.dep_ in ("compound", "poss") and _security_word(m)]


def _accused(hit: Hit) -> Token | None:
    """The people arrested, charged or convicted for the act are its doers, not those who hold them to
    account: "three constables were arrested for beating an undertrial to death", "police arrested five
    rioters for killing a constable"."""
    if hit.head.dep_ not in ("pcomp", "pobj") or hit.head.head.lower_ not in ("for", "of", "with"):
        return None
    verb = hit.head.head.head
    if verb.lemma_.lower() not in ACCUSALS:
        return None
    # a pronoun too ("convicting them of burning eight persons alive"): never the court that holds them
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return next((c for c in held if is_actor(c) or c.pos_ == "PRON"), None)


def _first_subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the clause a verb's adverbial clause hangs on."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) or (
        next((c for c in verb.head.children if c.dep_ == "nsubj"), None) if verb.dep_ == "advcl" else None
    )


def _victims_named(hit: Hit) -> bool:
    """A fatal act whose deaths the sentence states as such is an occurrence, whatever else the
    sentence says about it: "the death of two persons in police firing", "the killing of three
    youths", "the deaths in police firing", "10 in police firing" in a toll, "sustained bullet
    injuries in police firing and died"."""
    if _toll_share(hit):
        return True  # "the toll rose to 50, including 10 in police firing"
    if any(
        v.pos_ == "VERB" and v.lemma_.lower() in ("die", "succumb") and modality(v) == "asserted"
        for a in list(hit.head.ancestors)[:4]
        # "one of the injured in the police firing succumbed": the verb of the subject it is said of
        for v in (a, *(c for c in a.children if c.dep_ == "conj"), *([a.head] if a.dep_ == "nsubj" else []))
    ):
        return True  # "sustained bullet injuries in police firing and died in hospital"
    for tok in [hit.head, *list(hit.head.ancestors)[:4]]:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in KILL_WORDS:
            victims = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
            if tok.lemma_.lower() == "toll":
                return True  # "the toll in police firing rose to 40"
            return tok.tag_ == "NNS" or any(g.dep_ == "pobj" and is_human(g) for g in victims)  # "the deaths"
    return False


def _described_pronoun(tok: Token | None) -> bool:
    """ "those who killed", "anyone who fired": a pronoun its own relative clause describes refers to no
    one named before."""
    return (
        tok is not None
        and tok.pos_ == "PRON"
        and tok.lower_ in ("those", "anyone", "anybody", "whoever", "someone", "somebody")
        and any(c.dep_ == "relcl" for c in tok.children)
    )


def _deaths_in_it(hit: Hit) -> bool:
    """A relative clause on the act asserts that people died in it: "firing in which one person died",
    also when hung on the last noun of the act's own phrase ("firing at several places in the city in
    which four were killed")."""
    return any(
        c.dep_ in ("relcl", "ccomp")  # the parser may take the clause for a complement of "firing"
        and (c.head == hit.head or c.head.dep_ == "pobj")
        and c.lemma_.lower() in KILL_WORDS
        and modality(c) == "asserted"
        and any(g.lower_ == "which" for p in c.children if p.dep_ == "prep" for g in p.children)
        for c in hit.head.subtree
    )


def _toll_share(hit: Hit) -> bool:
    """ "the toll rose to 50, including 10 in police firing", "of the 20 dead, eight in police firing",
    "of the 40 dead, 15 were victims of police firing": a number of the dead counted "in" the act or as
    its victims, in a sentence about the dead."""
    prep = hit.head.head
    counted = (prep.lower_ == "in" and prep.head.like_num) or (
        prep.lower_ == "of" and prep.head.lemma_.lower() == "victim"
    )
    return (
        hit.head.dep_ == "pobj"
        and counted
        and any(t.lemma_.lower() in ("toll", "dead", "death", "kill", "die") for t in hit.head.sent)
    )


def _open_target(tok: Token | None) -> bool:
    """ "anyone who joins the rally", "anyone taking part": everyone who does something, not a party
    ("nobody", "some")."""
    return (
        tok is not None
        and tok.lower_ in OPEN_TARGETS
        and any(c.dep_ in ("relcl", "acl") for c in tok.children)
    )


OPEN_TARGETS = words("open_targets")


def _partitive(tok: Token) -> bool:
    """ "some of the peacekeepers" names specific people, "some more (were picked up)" more of those
    told before; "some" alone does not."""
    return any((c.dep_ == "prep" and c.lower_ == "of") or c.lower_ == "more" for c in tok.children)


FIREFIGHTS = words("firefights")
MUNITIONS = words("munitions")
ARMS = words("hand_arms")
HURT_VERBS = words("hurt_verbs")
RETALIATORY = words("retaliatory")
SPEECH_VERBS = words("speech")
IMPLIED_FORCES = words("implied_forces")
FORCE_KILLS = words("force_kills")
WAR_LEADERS = words("war_leaders")
WAR_BODIES = words("war_bodies")
CIVIL_CUSTODY = words("civil_custody")
ACCUSALS = words("accusals")


def _firefight_force(hit: Hit) -> Token | None:
    """The police or troops on one side of the firefight a death happened in: "shot dead in a
    firefight between rebels and border troops", "died in a shootout with the rapid action unit"."""
    fights = [hit.head, *(g for c in hit.head.children if c.dep_ == "prep" for g in c.children)]
    return next(
        (
            t
            for fight in fights
            if fight.lemma_.lower() in FIREFIGHTS
            # "killed in a shootout with the stf": the "with" may hang on the killing verb, right after it
            for c in [*fight.subtree, *(c for c in hit.head.children if c.i == fight.right_edge.i + 1)]
            if c.dep_ == "prep"
            and c.lower_ in ("with", "between")
            and not _caught_between(fight, c, hit.head)
            for t in c.subtree
            if t.dep_ in ("pobj", "conj") and _security_word(t)
        ),
        None,
    )


def _caught_between(fight: Token, prep: Token, death: Token) -> bool:
    """ "a boy was killed in the crossfire between the police and dacoits", "a milkman was killed in an
    exchange of fire between the police and the gang": someone plainly on neither side of a fight
    "between" police and others died, and the sentence does not say whose bullet killed them (not
    "two suspects were killed in a shootout between police and the gang": those are a side)."""
    if prep.lower_ != "between":
        return False
    victim = _death_subject(death) if death.pos_ == "VERB" else None
    sides = {t.lemma_.lower() for t in _other_sides(fight)} | GANG_NOUNS
    if victim is None or victim.lemma_.lower() in sides:
        return False
    # "a driver of the gang": one of a side, whatever the job
    of_side = any(g.lemma_.lower() in sides for c in victim.children if c.lower_ == "of" for g in c.children)
    return not of_side and victim.lemma_.lower() in NON_COMBATANTS


NON_COMBATANTS = words("non_combatants")
GANG_NOUNS = words("gang_nouns")


def _bystander_toll(tok: Token, hit: Hit) -> bool:
    """The death a firefight trigger is tied to is of someone on neither side ("a woman was killed in
    an exchange of fire between the police and the gang"): the fight is not told to have killed."""
    fight = hit.head
    if fight.lemma_.lower() not in FIREFIGHTS or tok.pos_ != "VERB":
        return False
    return any(c.dep_ == "prep" and _caught_between(fight, c, tok) for c in fight.children)


def _security_word(tok: Token) -> bool:
    """Police or troops by the word, its compound ("CRPF jawans", tagged as a name) or both ("the crime
    branch", "the special task force")."""
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    keys = {(k,) for w in words for k in (w.lemma_.lower(), w.lower_, w.lower_.removesuffix("s"))}
    modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    keys.add(tuple(t.lemma_.lower() for t in sorted([*modifiers, tok], key=lambda t: t.i)))
    return any(sectors().get(k) in SECURITY for k in keys)


def _implied_force(hit: Hit, victim: Actor | None) -> Token | None:
    """The word standing for the unnamed police or troops who killed: the "encounter" a death happened
    in ("killed in an encounter", "an encounter killing"; South Asian usage: a shootout with police or
    troops), unless it was with or between others ("an encounter with militants"); the custody someone
    died in ("died in custody", "a custodial death"; not judicial custody or jail); a verb only forces
    use of militants ("two terrorists were neutralised"); so does the killing of militants by no one
    named and by no other stated cause ("two terrorists were shot dead")."""
    found = next((t for t in _around(hit) if _force_word(t)), None)
    if found is None:
        killer = hit.head.lemma_.lower() in FORCE_KILLS or _militants_killed(hit, victim)
        return hit.head if killer else None
    if found == hit.head and found.lemma_.lower() == "custody" and governor(found).pos_ != "VERB":
        return None  # "deaths in custody have risen": a count of prison and police deaths alike
    return None if _other_sides(found) or _civil(found) else found


def _around(hit: Hit) -> list[Token]:
    """The killing's setting and modifiers: where its "encounter" or "custody" is."""
    mods = [c for c in hit.head.children if c.dep_ in ("compound", "amod", "nmod")]
    return [*_setting(hit), *(t for c in mods for t in c.subtree)]  # "a lock-up death": "lock" + "up"


def _civil(custody: Token) -> bool:
    """ "judicial custody", "jail custody": held by courts or prisons, not by the police."""
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in CIVIL_CUSTODY for c in custody.children)


def _civil_custody(hit: Hit) -> bool:
    return any(_force_word(t) and _civil(t) for t in _around(hit))


def _setting(hit: Hit) -> list[Token]:
    """The act and what it happened in: "killed in an encounter", "the encounter in which he was killed"."""
    around = [hit.head, *(g for c in hit.head.children if c.dep_ == "prep" for g in c.children)]
    if hit.head.dep_ == "relcl" and any(g.lower_ == "which" for g in around):
        around.append(hit.head.head)
    return around


def _other_sides(fight: Token) -> list[Token]:
    """The parties other than police or troops a fight was "with" or "between" ("an encounter with
    militants"; the "with" may hang on the killing verb)."""
    return [
        g
        for c in [*fight.children, *governor(fight).children]
        if c.dep_ == "prep" and c.lower_ in ("with", "between")
        for g in c.subtree
        if g.dep_ in ("pobj", "conj") and not _security_word(g)
    ]


def _police_told_firefight(hit: Hit) -> Token | None:
    """Police or troops who report a death in a firefight or in retaliatory fire with no side named are
    the side that killed: "two rioters were killed in retaliatory fire, the police said", "police claimed
    the gangster was killed in an exchange of fire"."""
    fight = next(
        (
            t
            for t in _setting(hit)
            if t.lemma_.lower() in FIREFIGHTS
            or (t.lemma_.lower() in SHOOTING and any(c.lower_ in RETALIATORY for c in t.children))
        ),
        None,
    )
    if fight is None or _other_sides(fight) or _other_shooter(fight):
        return None
    speech = next((a for a in hit.head.ancestors if a.lemma_.lower() in SPEECH_VERBS), None)
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
    return speaker if speaker is not None and _security_word(speaker) else None


def _force_word(tok: Token) -> bool:
    """ "encounter", "custody", "lock-up" (which the tokenizer splits at the hyphen)."""
    return tok.lemma_.lower() in IMPLIED_FORCES or _hyphened(tok) in IMPLIED_FORCES


def _hyphened(tok: Token) -> str:
    """ "lockup" for the "up" of "lock-up"."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != "-":
        return ""
    return tok.doc[tok.i - 2].lower_ + tok.lower_


def _word_start(tok: Token) -> int:
    return tok.doc[tok.i - 2].idx if _hyphened(tok) in IMPLIED_FORCES else tok.idx


def _militants_killed(hit: Hit, victim: Actor | None) -> bool:
    """ "Two terrorists were shot dead", "the militants who were killed": militants killed (passive, no
    killer named, no cause stated) are, in news usage, killed by police or troops."""
    verb = hit.head
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl"
    return (
        victim is not None
        and victim.sector == "REB"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in ("kill", "shoot", "gun")
        and passive
        and not any(c.dep_ in ("agent", "advcl") for c in verb.children)  # "killed when their bomb exploded"
        and _cause_span(verb) is None
    )


def _encounter_agent(ctx: Context, here: list[dedup.Draft], home: str | None) -> None:
    """ "Two militants were killed in an encounter", "he died in custody", "two terrorists were
    neutralised": with no force named in the sentence or just before, the encounter, the custody or the
    verb itself tells that police or security forces killed them; that word stands for the unnamed
    agent (sector COP for an encounter or custody, MIL for the forces that kill militants)."""
    # "a constable was killed in an encounter": the police were the victims (of the killing or of the
    # "encounter" told with it)
    police_hit = {
        d.encounter_at for d in here if d.event.actor2 is not None and d.event.actor2.sector in SECURITY
    }
    for d in here:
        e = d.event
        if d.encounter_at is None or e.actor1 is not None or d.encounter_at in police_hit:
            continue
        start, end = d.encounter_at
        if d.anaphoric and (start > e.trigger.start or (start, end) == (e.trigger.start, e.trigger.end)):
            continue  # "the killings in the encounter" may be told before; "the encounter killing" names it
        text = ctx.text[start:end]
        sector = "COP" if d.encounter else "MIL"
        e.actor1 = _force_actor(text, (start, end), sector, home)
        d.political = True


def _carry_security_agent(prev: list[dedup.Draft], here: list[dedup.Draft], sent: Span) -> None:
    """ "Police opened fire on the mob. Two people were killed.": an agentless killing in the sentence
    right after a shooting or beating by police or troops (a paragraph break between them is no
    barrier: news paragraphs are often one sentence) is theirs; so is a killing "in an
    encounter" (South Asian usage: a shootout with police or troops) after any act of theirs."""
    security = [  # an agent implied by the killing's own word ("were shot dead") is not carried on
        d.event
        for d in prev
        if d.event.actor1 is not None and d.event.actor1.sector in SECURITY and d.encounter_at is None
    ]
    if _warned(prev, sent):
        return
    shooting = next((e for e in security if e.plover == "ASSAULT"), None)
    for d in here:
        e = d.event
        source = security[0] if d.encounter and security else shooting
        victim = _victim(e, source) if source is not None else None
        if (
            source is not None
            and (e.main or _counted_victims(sent, e))
            and not d.anaphoric  # "recalled the killings of pilgrims" refers to another event
            and d.unexplained
            and e.plover == "ASSAULT"
            and e.actor1 is None
            and (victim is None or victim.sector not in SECURITY)
            and not _own_act_told(sent, e)
        ):
            e.actor1, e.actor2, d.political = source.actor1.model_copy(), victim, True


def _own_act_told(sent: Span, e: Event) -> bool:
    """The killing's sentence tells the act it came from ("two were killed when a truck hit a bus")."""
    tok = _trigger_token(sent, e)
    return tok is not None and _tells_own_act(tok)


def _counted_victims(sent: Span, e: Event) -> bool:
    """A killing told by counting its victims in the main clause: "a boy was among those killed", "he
    was one of the five persons killed", "those killed were identified as X"."""
    tok = _trigger_token(sent, e)
    if (
        tok is not None
        and tok.dep_ == "acl"
        and not any(tok.children)
        and tok.head.lower_ == "those"
        and tok.head.dep_ in ("nsubj", "nsubjpass")
    ):
        return main_event(tok.head.head)  # "those killed were identified as X", "those killed included a boy"
    if tok is None or tok.dep_ not in ("acl", "relcl") or tok.head.dep_ != "pobj":
        return False
    prep = tok.head.head
    return prep.lower_ in ("among", "of") and main_event(prep.head)


def _victim(death: Event, act: Event) -> Actor | None:
    """The victim of a death told after a police act: a pronoun the roles resolved to the police
    themselves ("Police opened fire on the protesters. Three of them were killed.") stands for the
    act's target."""
    victim, agent = death.actor2, act.actor1
    if victim is None or agent is None or (victim.start, victim.end) != (agent.start, agent.end):
        return victim
    return act.actor2.model_copy() if act.actor2 is not None else None


RECENT = 3  # sentences back in which a shooting death finds its shooter


class Told(NamedTuple):
    """What an earlier sentence told, as a later death with no agent sees it."""

    sent: Span
    drafts: list[dedup.Draft]
    warning: bool  # its only shots were warning shots ("police fired in the air")

    # read from the sentence when asked (rarely: only a death with no agent of its own looks back)
    @property
    def others_fired(self) -> bool:
        """Others than police or troops shot ("rioters fired at the houses")."""
        return _others_fired(self.sent)

    @property
    def security_hurt(self) -> bool:
        """Police or troops were hurt ("three policemen were injured")."""
        return _security_hurt(self.sent)


Recent = list[Told]
# the force a death with no stated cause may come from, when nobody else used violence since: a
# shooting, or a beating by police ("died of head injuries" after a lathi-charge)
FORCE_MODES = {"firearms", "crowd-control", "beat"}
OTHER_HARMS = words("other_harms")
VEHICLE_HARMS, VEHICLES = words("vehicle_harms"), words("vehicles")
STRUCTURE_HARMS, STRUCTURES = words("structure_harms"), words("structures")
BURNS = words("burns")


def _trigger_token(sent: Span, e: Event) -> Token | None:
    """The token the event's trigger starts at in `sent`."""
    return next((t for t in sent if t.idx == e.trigger.start), None)


def _shot_death(d: dedup.Draft, here: list[dedup.Draft], sent: Span) -> bool:
    """An agentless death by shooting with no other stated cause: "was shot dead", "killed in (the)
    firing", "died of bullet injuries" (the sentence holds an agentless fatal shooting), "killed by a
    stray bullet"."""
    e = d.event
    if not (
        e.plover == "ASSAULT"
        and e.fatal
        and e.actor1 is None
        and d.unexplained
        and (e.actor2 is None or e.actor2.sector not in SECURITY)
    ):
        return False
    head = _trigger_token(sent, e)
    return any(x.event.mode == "firearms" and x.event.actor1 is None and x.event.fatal for x in here) or (
        head is not None and _shot_wound(head)
    )


def _recent_shooting(
    recent: Recent, strict: bool = False, bullets: bool = False, spare_targets: bool = False
) -> tuple[Event, int] | None:
    """The last shooting of the last few sentences when done by police or troops, with how many
    sentences back it was told; None when in it or since another party used violence ("rioters fired
    at the houses", "a mob stabbed two men", "militants attacked a bus") or another harm that kills
    was told ("a stampede followed", "a bomb went off", "a truck rammed a bus"). Warning shots ("fired
    in the air") are none. `strict`, for a death with no cause of its own ("one of them died"): police
    or troops hurt since are a barrier too (the dead may be theirs), and a police beating or killing
    counts as the force too. `bullets`, for a death by bullets: arson told since is no barrier.
    `spare_targets`, for a death of the shooting's own targets: their own violence told in its clauses
    ("fired at miners who attacked a team") is no barrier."""
    modes = FORCE_MODES if strict else {"firearms"}
    for back, told in enumerate(reversed(recent[-RECENT:]), 1):
        if strict and told.security_hurt:
            return None
        violent = _violent(told)
        # `strict`, a killing by police told before ("accused the police of killing him") is the force too
        shooting = next(
            (e for e in violent if (e.mode in modes or (strict and e.fatal)) and not told.warning), None
        )
        if shooting is not None and spare_targets:
            told = told._replace(drafts=[x for x in told.drafts if not _targets_own(x.event, shooting)])
        elif shooting is not None and bullets and _gunfire(shooting, told.sent):
            # "fired on a mob attacking a temple": no gun but theirs
            told = told._replace(
                drafts=[x for x in told.drafts if not _unarmed_targets_own(x.event, shooting)]
            )
        if _others_harm(told, bullets or shooting is not None):
            return None
        if shooting is not None:
            return shooting, back
    return None


def _violent(told: Told) -> list[Event]:
    """The sentence's assaults with a doer."""
    return [x.event for x in told.drafts if x.event.plover == "ASSAULT" and x.event.actor1 is not None]


def _force_act(told: Told) -> bool:
    """The sentence told an act `_recent_shooting` may take for a death's cause."""
    return not told.warning and any(e.mode in FORCE_MODES or e.fatal for e in _violent(told))


def _gunfire(e: Event, sent: Span) -> bool:
    """A firearms act, not "fired tear gas at the mob"."""
    head = _trigger_token(sent, e)
    return e.mode == "firearms" and head is not None and not _nonlethal_act(head)


def _unarmed_targets_own(e: Event, act: Event) -> bool:
    """What the shooting's targets did with no gun ("a mob attacking a temple"): no bullets of theirs."""
    return e.mode not in ("firearms", "heavy-weapons", "explosives") and _targets_own(e, act)


def _targets_own(e: Event, act: Event) -> bool:
    """A non-fatal act told after the police act in a clause of its sentence, done by its targets or
    by no one named ("fired at miners who attacked a revenue team"): what the police acted on."""
    target = act.actor2
    return (
        target is not None
        and not e.main
        and not e.fatal
        and e.trigger.start > act.trigger.start
        and (e.actor1 is None or (e.actor1.start, e.actor1.end) == (target.start, target.end))
    )


def _others_harm(told: Told, arson_spared: bool = False) -> bool:
    """The sentence tells violence by others than police or troops ("rioters fired at the houses",
    "rioters set fire to a bus", "a shopkeeper was stabbed") or another harm that kills ("a bomb went
    off"): a later death may be its outcome. `arson_spared`, damage and rioting are no other killer: in
    the police act's own sentence they are what made police act ("fired on a mob that set a bus
    ablaze"), and arson leaves no bullet wounds."""
    others = [
        x.event
        for x in told.drafts
        if (x.event.plover == "ASSAULT" or x.event.mode == "riot")
        and x.event.actor1 is not None
        and x.event.actor1.sector not in SECURITY
        and _may_kill_others(x.event)
        and not (arson_spared and _damage(x.event))
    ]
    unowned = [d for d in told.drafts if not (arson_spared and _damage(d.event))]
    return told.others_fired or bool(others) or _other_harm(told.sent) or any(map(_unowned_harm, unowned))


def _damage(e: Event) -> bool:
    """Arson or rioting that killed no one ("after a vehicle was set ablaze")."""
    return e.mode in ("destroy", "riot") and not e.fatal


def _unclaimed_firing(recent: Recent, here: list[dedup.Draft]) -> None:
    """ "Police opened fire on a mob. Later militants attacked a bus. Those killed in the firing were
    passengers.": "the firing" told after others' violence since the last police shooting may be
    theirs, so it is no longer taken for another report of the police's (merging)."""
    for d in here:
        if not (d.anaphoric and d.event.mode == "firearms" and d.event.actor1 is None):
            continue
        for told in reversed(recent):
            if _others_harm(told):
                d.anaphoric = False
                break
            if any(_security_shot(x.event) for x in told.drafts):
                break


def _security_shot(e: Event) -> bool:
    return e.mode == "firearms" and e.actor1 is not None and e.actor1.sector in SECURITY


def _may_kill_others(e: Event) -> bool:
    """Violence by others whose outcome may be a later death not of police: any but an attack on the
    police themselves ("a mob attacked the police outpost"), unless it shot or killed."""
    return e.fatal or e.mode == "firearms" or e.actor2 is None or e.actor2.sector not in SECURITY


def _other_harm(sent: Span) -> bool:
    """The sentence tells a harm that kills by itself ("a stampede followed", "a bomb went off", "a
    truck rammed a bus", "her house collapsed"): a later death with no cause may be its outcome."""
    return any(
        _harm_word(t) and t.head.lower_ != "with" and not (t.pos_ == "PROPN" or t.ent_type_)
        for t in sent  # "with petrol bombs": the weapon of an act judged apart; "Ram" is a name
    )


def _harm_word(tok: Token) -> bool:
    """A word of a harm that kills: a vehicle's ("the truck overturned", not "talks crashed") or a
    structure's ("the house collapsed", not "talks collapsed") only when one is its bearer."""
    lemma = tok.lemma_.lower()
    if lemma in VEHICLE_HARMS or tok.lower_ in VEHICLE_HARMS:
        return _borne_by(tok, VEHICLES)
    if lemma in STRUCTURE_HARMS or tok.lower_ in STRUCTURE_HARMS:
        return _borne_by(tok, STRUCTURES)
    return lemma in OTHER_HARMS or tok.lower_ in OTHER_HARMS


def _borne_by(tok: Token, nouns: frozenset[str]) -> bool:
    """A subject, compound or "of"/"by" object of `tok` (or of the verb it is joined to) is one of
    `nouns`: "a truck rammed a bus", "the bus was rammed", "a bus crash", "the collapse of a bridge"."""
    heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    kids = [c for h in heads for c in h.children]
    words = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "compound", "poss")]
    words += [g for c in kids if c.lower_ in ("of", "by") for g in c.children]
    words += [tok.head] if tok.dep_ in ("acl", "amod", "relcl") else []  # "a bus (that) overturned"
    return any(w.lemma_.lower() in nouns or w.lower_ in nouns for w in words)


def _unowned_harm(d: dedup.Draft) -> bool:
    """Violence told with no doer that is not a police beating's or shooting's own report ("a
    shopkeeper was stabbed", "two were killed in mob violence"): a later death may be its outcome."""
    e = d.event
    if e.plover != "ASSAULT" or e.actor1 is not None:
        return False
    return d.cause_at is not None or not (e.mode in FORCE_MODES or (e.mode is None and d.unexplained))


def _security_act(drafts: list[dedup.Draft]) -> bool:
    return any(d.event.actor1 is not None and d.event.actor1.sector in SECURITY for d in drafts)


def _elsewhere(sent: Span, since: int) -> bool:
    """The death is told at another scene: "elsewhere", "in another incident", "in another district",
    or, when the act (text from `since`) named its scene, in a place not named since and at another
    time ("... in Thane on Monday. A woman was killed in Kalyan on Tuesday.", "... later in the
    day"); not a place alone, which may be a part of the act's ("in Srinagar. Two were killed in
    Batmaloo.")."""
    if any(
        t.lower_ == "elsewhere"
        or (
            (t.lemma_.lower() in TOLD_ACTS or _scene(t))
            and any(c.lower_ in ("another", "separate") for c in t.children)
        )
        for t in sent
    ):
        return True
    before = sent.doc.char_span(since, sent.start_char, alignment_mode="expand")
    if before is None or not any(_scene(e.root) for e in before.ents if e.label_ in PLACE_LABELS):
        return False
    text = before.text.lower()
    return _later(sent, before) and any(
        ent.label_ in PLACE_LABELS and _scene(ent.root) and ent.text.lower() not in text for ent in sent.ents
    )


PLACE_LABELS = ("GPE", "LOC", "FAC")


def _scene(tok: Token) -> bool:
    """A place told as where something happened, not "the police chief of X said"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near")


def _later(sent: Span, before: Span) -> bool:
    """`sent` is told at another time than `before`: "later", or a date `before` did not name when it
    named one ("on Monday. ... on Tuesday")."""
    if any(t.lower_ == "later" for t in sent):
        return True
    told = {e.text.lower() for e in before.ents if e.label_ == "DATE"}
    return bool(told) and any(e.label_ == "DATE" and e.text.lower() not in told for e in sent.ents)


def _carry_recent_shooter(recent: Recent, here: list[dedup.Draft], sent: Span) -> None:
    """ "Police opened fire at several places. Curfew was clamped. Two persons were killed in the
    firing." / "... One person died of bullet injuries.": a death by shooting with no shooter named
    is the last shooter's of the last few sentences when police or troops; so is a death with no
    cause told that refers back to the act ("the man killed in the incident", "the dead included a
    boy", "the toll rose to three", "one of the injured died of head injuries" after a lathi-charge),
    or, in the sentence right after it, any death with no cause ("one person was killed on the
    spot"), when nobody else used violence and no other harm was told since, at the same scene."""
    if any(x.event.mode == "firearms" and x.event.actor1 is not None for x in here):
        return
    if not any(_force_act(told) for told in recent[-RECENT:]):
        return  # nothing to carry (tested first: the death tests below read every token)
    shot = [d for d in here if _shot_death(d, here, sent)]
    bare = [d for d in here if not shot and _told_death(d, sent)]
    death, targets_only = None, False
    if not shot and not any(d.event.plover == "ASSAULT" for d in here):
        death = next((t for t in sent if _bare_death(t, beaten=True) or _the_dead(t) or _bare_toll(t)), None)
        if death is None:  # "two weavers died": people the word list lacks, kept only if the targets
            plural = (t for t in sent if _bare_death(t, beaten=True, anyone=True) and not _animal(t))
            death = next(plural, None)
            targets_only = death is not None
    # "one of them died", "the dead included a boy", "two were killed": whoever hurt them, unless
    # the wounds were bullets'
    strict = bool(bare) or (death is not None and not _shot_wound(death))
    # "died of bullet injuries", not "killed in the fire" (which a blaze set by others may be)
    bullets = not strict and not any(t.lemma_.lower() in BURNS for t in sent)
    found = _recent_shooting(recent, strict, bullets) if shot or bare or death is not None else None
    if found is None and (bare or death is not None):
        found, bare, death = _targets_death(recent, sent, bare, death, (strict, bullets))
    if found is None:
        return
    shooting, back = found
    if _elsewhere(sent, recent[-back].sent.start_char):
        return
    # "a tailor was hit by a bullet fired by rioters": the victim's own sentences name another gun
    since = [told.sent for told in recent[len(recent) - back + 1 :]] + [sent]
    if bullets and any(_named_gun(s) for s in since):
        return
    if back > 1:  # a death with no cause of its own further back must refer to the act or its targets
        bare = [d for d in bare if _refers_back(_trigger_token(sent, d.event), shooting)]
        death = death if death is not None and (_shot_wound(death) or _refers_back(death, shooting)) else None
    if death is not None and not _fits_force(death, shooting, targets_only):
        death = None
    if targets_only and not _same_victims(death, shooting):
        death = None
    for d in shot + bare:
        d.event.actor1, d.political = shooting.actor1.model_copy(), True
    if death is not None:
        shooting.fatal = True
        span = TextSpan(start=death.idx, end=death.idx + len(death), text=death.text)
        shooting.evidence.append(Evidence(trigger=span, sentence=(sent.start_char, sent.end_char)))


def _targets_death(
    recent: Recent, sent: Span, bare: list[dedup.Draft], death: Token | None, modes: tuple[bool, bool]
) -> tuple[tuple[Event, int] | None, list[dedup.Draft], Token | None]:
    """ "Police fired at miners who attacked a team ... two of the miners died": the targets' own
    violence is no other killer of the targets themselves, so the shooting is found sparing it, and
    only the deaths of its targets are kept."""
    found = _recent_shooting(recent, *modes, spare_targets=True)
    if found is None:
        return None, bare, death
    shooting = found[0]
    bare = [d for d in bare if _same_victims(_trigger_token(sent, d.event), shooting)]
    return found, bare, death if death is not None and _same_victims(death, shooting) else None


FIRINGS = words("firing_nouns")
NOT_OWN_MEN = words("not_own_men")  # "their rivals": others than a speaker's own force


def _carry_named_firing(recent: Recent, here: list[dedup.Draft], sent: Span, home: str | None) -> None:
    """ "An inquiry was ordered into the police firing at Kalol. ... Those killed in the firing were
    labourers.": a death "in the firing" (definite, no shooter named), however far back the firing was
    named, is that firing's when every firing the article named is named with its police or troops
    ("police firing", "the army's firing"; not "opened fire", whose shooter the parse may miss: "came
    under fire from gunmen") and nobody else used violence nor was another harm told so far."""
    shot = [d for d in here if _shot_death(d, here, sent) and _in_told_act(_trigger_token(sent, d.event))]
    if not shot or any(map(_others_harm, recent)):
        return
    named = [t for told in recent for t in told.sent if _firing_noun(t) and not _bare_reference(t)]
    if not named or not all(_firing_force(t) is not None for t in named):
        return  # "the firing" may be another's
    force = _firing_force(named[-1])
    sector = sectors().get((force.lemma_.lower(),)) or "COP"
    actor = _force_actor(force.text, (force.idx, force.idx + len(force)), sector, home)
    for d in shot:
        d.event.actor1, d.political = actor, True


def _force_actor(text: str, at: tuple[int, int], sector: str, home: str | None) -> Actor:
    """Police or troops (`sector`) of the article's country, named by a word other than their name."""
    return Actor(text=text, start=at[0], end=at[1], code=f"{home or ''}{sector}", country=home, sector=sector)


DEMONSTRATIVES = ("the", "this", "that")  # "the firing", "this incident": an act told before


def _bare_reference(tok: Token) -> bool:
    """ "termed the firing unprovoked": a definite firing that names nobody refers back to one told."""
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children) and not any(
        c.dep_ in ("compound", "poss", "nmod", "amod") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in tok.children
    )


def _firing_noun(tok: Token) -> bool:
    """A firing named as a thing: "the firing", "police firing" (which the parser may take for a
    participle of "police")."""
    return tok.lemma_.lower() in FIRINGS and (tok.pos_ == "NOUN" or _police_before(tok) is not None)


def _police_before(tok: Token) -> Token | None:
    """The police or troops word right before `tok` and tied to it in the parse ("police firing")."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (prev.head == tok or tok.head == prev) and _security_word(prev):
        return prev
    return None


def _firing_force(tok: Token) -> Token | None:
    """ "police firing", "the army's firing": the police or troops a firing is named with."""
    named = (c for c in tok.children if c.dep_ in ("compound", "poss", "nmod", "amod") and _security_word(c))
    return next(named, None) or _police_before(tok)


def _refers_back(tok: Token | None, act: Event | None = None) -> bool:
    """A death that points at an act told before: "killed in the incident", "the dead", "the toll",
    "one of them/the injured died", the act's own targets (not "a trader was killed", which may be
    anyone's)."""
    return tok is not None and (
        _in_told_act(tok)
        or _the_dead(tok)
        or _bare_toll(tok)
        or _injured_died(tok)
        or _pronoun_dies(tok)
        or (act is not None and _same_victims(tok, act))
    )


ANIMALS = words("animals")


def _animal(death: Token) -> bool:
    """ "Police fired at stray dogs ... two dogs died": animals' deaths are no killings of people."""
    subj = _death_subject(death)
    return subj is not None and subj.lemma_.lower() in ANIMALS


PLAIN_PEOPLE = words("plain_people")
COUNTED_OF = words("counted_of")  # "one of", "a crowd of": the people are the "of" object


def _same_victims(death: Token | None, act: Event) -> bool:
    """ "Police fired at bootleggers ... One of the bootleggers died": the dead are named by the word
    that named the act's targets (not a plain "people" or "man", which may be anyone, nor "a leader
    of the bootleggers", someone else)."""
    if act.actor2 is None or death is None:
        return False
    target = death.doc.char_span(act.actor2.start, act.actor2.end, alignment_mode="expand")
    if target is None:
        return False
    subj = _death_subject(death)
    if subj is not None and any(_hurt_by_others(c) for c in subj.subtree):
        return False  # "a teacher hit by a falling signboard died": hurt by something else
    named, dead = _named_people(target.root), _named_people(subj)
    return named is not None and dead is not None and named.lemma_.lower() == dead.lemma_.lower()


def _hurt_by_others(clause: Token) -> bool:
    """ "hit by a falling signboard", "wounded by robbers": a clause telling a hurt with a doer."""
    return clause.dep_ in ("acl", "relcl") and any(
        c.dep_ == "agent" or c.lower_ == "by" for c in clause.children
    )


def _named_people(tok: Token | None) -> Token | None:
    """The people a phrase names: its head, or what "two of", "one of", "a crowd of" counts
    ("two of the miners", "a crowd of farmers"); None for a plain "people" or "man"."""
    if tok is None:
        return None
    if tok.tag_ == "CD" or tok.lemma_.lower() in COUNTED_OF:
        tok = next(
            (
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            tok,
        )
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in PLAIN_PEOPLE:
        return None
    return tok


def _death_subject(death: Token) -> Token | None:
    """The subject of a death verb, or of the verb it is joined to ("was injured and later died")."""
    owner = death.head if death.dep_ == "conj" else death
    return next((c for c in [*death.children, *owner.children] if c.dep_ in ("nsubj", "nsubjpass")), None)


def _pronoun_dies(tok: Token) -> bool:
    """ "He died on Saturday night": the one who dies is someone told before (the act's victim)."""
    subj = _death_subject(tok)
    return subj is not None and subj.tag_ == "PRP"


def _fits_force(death: Token, force: Event, anyone: bool = False) -> bool:
    """The death can be that force's outcome: "died of head injuries" after a beating, not after a
    shooting; "the dead" after a shooting (after a beating they may be anyone's)."""
    if force.mode == "firearms":
        return _bare_death(death, anyone=anyone) or _the_dead(death) or _bare_toll(death)
    return _bare_death(death, beaten=True, anyone=anyone)


TOLL_RISES = words("toll_rises")


def _bare_toll(tok: Token) -> bool:
    """ "The toll rose to three on Tuesday", "the toll in the firing rose to six": a main-clause toll
    that names no cause of its own (not "the toll in the riots"), counting the deaths of the act told
    before."""
    verb = tok.head
    return (
        tok.lemma_.lower() == "toll"
        and tok.dep_ == "nsubj"
        and all(_toll_word(c) or _told_act_phrase(c) for c in tok.children)
        and any(c.dep_ == "det" for c in tok.children)
        and verb.dep_ == "ROOT"
        and verb.lemma_.lower() in TOLL_RISES
        and modality(verb) == "asserted"
    )


def _toll_word(tok: Token) -> bool:
    """What a bare toll may hold: "the", "death" ("the death toll"), nothing naming a cause."""
    return (tok.dep_ == "det" and tok.lower_ == "the") or (
        tok.dep_ in ("compound", "amod") and tok.lemma_.lower() == "death" and not any(tok.children)
    )


def _told_death(d: dedup.Draft, sent: Span) -> bool:
    """An agentless killing of people who are not police or troops with no cause told, as the
    sentence's main report ("one person was killed on the spot"), its counted victims ("those killed
    were identified as X") or in an act told before ("the youth killed in the incident")."""
    e = d.event
    if not (e.plover == "ASSAULT" and e.fatal and e.actor1 is None and d.unexplained and not d.anaphoric):
        return False
    if e.actor2 is not None and e.actor2.sector in SECURITY:
        return False
    tok = _trigger_token(sent, e)
    if tok is None or _own_act_told(sent, e):
        return False  # "a truck hit a bus and two were killed"
    return e.main or _counted_victims(sent, e) or _in_told_act(tok)


def _in_told_act(tok: Token) -> bool:
    """ "killed in the incident", "killed in the firing": a death set in an act told before."""
    return any(map(_told_act_phrase, tok.children))


def _told_act_phrase(prep: Token) -> bool:
    """ "in the incident", "during the police action": a phrase setting something in an act told before."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "during")
        and any(
            g.lemma_.lower() in TOLD_ACTS | SHOOTING and any(m.lower_ in DEMONSTRATIVES for m in g.children)
            for g in prep.children
        )
    )


def _security_hurt(sent: Span) -> bool:
    """Police or troops are hurt or killed in the sentence ("three policemen were injured"): a later
    "one of them died" may be one of them."""
    return any(
        t.lemma_.lower() in ("injure", "wound", "hurt", "kill", "die")
        and any(
            _security_word(c) and (c.dep_ in ("nsubjpass", "dobj") or (c.dep_, t.lemma_) == ("nsubj", "die"))
            for c in t.children
        )
        for t in sent
    )


def _injured_died(death: Token) -> bool:
    """ "one of the injured died", "one of them died later", "a youth injured in the firing died": the
    death of someone already hurt."""
    subj = _death_subject(death)
    if subj is None:
        return False
    hurt = any(t.lower_ in ("injured", "wounded", "them") or _hurt_clause(t) for t in subj.subtree)
    return hurt and not any(map(_security_word, _dead_named(subj)))


def _dead_named(subj: Token) -> list[Token]:
    """The words of a death's subject that name the dead ("one of the injured policemen"), not those
    of a clause telling how they were hurt ("the men hit in the police action")."""
    clauses = {t.i for c in subj.subtree if c.dep_ in ("acl", "relcl") for t in c.subtree if t != c}
    return [t for t in subj.subtree if t.i not in clauses]


def _hurt_clause(tok: Token) -> bool:
    """ "the men hit in the firing", "a boy wounded in the lathi-charge": a clause telling the hurt
    with no doer of its own (not "a man shot by robbers")."""
    return (
        tok.dep_ in ("acl", "relcl")
        and tok.lemma_.lower() in WOUNDED
        and not any(c.dep_ == "agent" or c.lower_ == "by" for c in tok.children)
    )


def _shot_wound(death: Token) -> bool:
    """ "died of bullet injuries", "succumbed to gunshot wounds" (by the words: the parser often
    takes "bullet" for a verb)."""
    return any(t.lower_.removesuffix("s") in SHOT_DEATHS for t in death.subtree if t.i > death.i)


DEATH_VERBS = words("death_verbs")
WOUNDS = words("wounds")
DEATH_SCENES = words("death_scenes")
WOUNDED = {"hit", "shoot", "injure", "wound"}  # "died after being hit": by what is still open


def _carry_death(prev: list[dedup.Draft], here: list[dedup.Draft], sent: Span) -> None:
    """ "Police opened fire on the mob. Two persons died of bullet injuries.": a death with no agent
    and no other stated cause in the sentence right after a shooting or beating by police or troops
    (also across a paragraph break) is that act's outcome; the act becomes fatal and the death one
    more report of it."""
    if any(d.event.plover == "ASSAULT" for d in here) or _warned(prev, sent):
        return  # the sentence names its own violence ("a man died after being stabbed")
    shooter = next(
        (
            d.event
            for d in prev
            if d.event.plover == "ASSAULT"
            and d.event.actor1 is not None
            and d.event.actor1.sector in SECURITY
        ),
        None,
    )
    death = None
    if shooter is not None:
        shot = shooter.mode == "firearms"  # "the dead" after a beating may be anyone's
        # "died of head injuries" after a lathi-charge: the beating's own wounds
        death = next((t for t in sent if _bare_death(t, beaten=not shot) or (shot and _the_dead(t))), None)
    if death is not None:
        shooter.fatal = True
        span = TextSpan(start=death.idx, end=death.idx + len(death), text=death.text)
        shooter.evidence.append(Evidence(trigger=span, sentence=(sent.start_char, sent.end_char)))


def _hurt_otherwise(clause: Token) -> bool:
    """A clause telling how the dead were hurt names another cause than police force in a phrase on its
    own verb: "hit in the stampede", "hit by stones", "injured by the rioters" (not "hit in the firing",
    "hit by police bullets", "wounded near the fire station", nor "hurt in the melee" or "during the
    violence", which may be the police's force just told)."""
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ in CAUSAL_PREPS:
            if any(g.dep_ == "pobj" and _hurt_cause(g) for g in c.children):
                return True
        elif c.dep_ == "agent":
            doers = [g for g in c.children if g.dep_ == "pobj"]
            if any(_other_doer(g) for g in doers):
                return True
    return False


def _other_doer(noun: Token) -> bool:
    """A "by" agent that hurt someone other than by police force: people or a group not police ("by
    the mob", "by rioters"), a cause of its own ("by the stampede") or what a crowd throws ("by
    stones"); not the police's own weapons ("by lathis", "by tear gas shells")."""
    if any(map(_security_word, noun.subtree)):
        return False
    lemma = noun.lemma_.lower()
    return is_human(noun) or lemma in GANG_NOUNS or lemma in THROWN or _hurt_cause(noun)


THROWN = words("thrown_missiles")


def _hurt_cause(noun: Token) -> bool:
    """ "the stampede", "a road accident": a cause of its own, not a clash the police force may be."""
    lemma = noun.lemma_.lower()
    return lemma in BARE_CAUSES and lemma not in CLASH_WORDS


CLASH_WORDS = words("clash_words")


def _bare_death(tok: Token, beaten: bool = False, anyone: bool = False) -> bool:
    """An asserted main-clause death of people who are not themselves police or troops, with no
    cause stated other than shooting or its wounds ("died in hospital", "succumbed to injuries"), or
    after a beating (`beaten`) than the wounds it leaves ("died of head injuries"); with `anyone`, a
    subject the people words miss ("two weavers") passes, for the caller to match with the targets."""
    if (
        tok.pos_ != "VERB"
        or not (tok.lemma_.lower() in DEATH_VERBS or _lost_lives(tok))
        or not main_event(tok)
    ):
        return False
    subj = _death_subject(tok)  # "one was injured and later died": the injured one
    if subj is None or not (anyone or is_human(subj)) or sectors().get((subj.lemma_.lower(),)) in SECURITY:
        return False
    if any(map(_security_word, _dead_named(subj))):
        return False  # "one of the injured policemen died"
    if any(
        _hurt_otherwise(c)
        for c in subj.subtree
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in WOUNDED | HURT_VERBS
    ):
        return False  # "two of the weavers hit in the stampede died"
    return modality(tok) == "asserted" and ((beaten and _blunt_death(tok)) or not _stated_cause(tok))


BLUNT_WOUNDS = words("blunt_wounds")


def _blunt_death(verb: Token) -> bool:
    """ "died of head injuries", "succumbed to internal injuries": the wounds a beating leaves (not
    "head injuries sustained in a road accident", not "a labourer who fell from the roof")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_told_cause(c) for s in subjects for c in s.children if c.dep_ == "relcl"):
        return False  # "a labourer who fell from the roof"
    return any(
        c.dep_ == "prep"
        and g.dep_ == "pobj"
        and g.lemma_.lower() in WOUNDS
        and any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in BLUNT_WOUNDS for m in g.children)
        and not any(_told_cause(m) for m in g.children if m.dep_ in ("acl", "relcl"))
        for c in verb.children
        for g in c.children
    )


def _told_cause(clause: Token) -> bool:
    """A clause that tells a cause of its own: "sustained in a road accident", "who fell from the roof"
    (not "suffered in the melee", "who was at the front")."""
    return any(t.lemma_.lower() in BARE_CAUSES | ACCIDENT_VERBS for t in clause.subtree)


def _the_dead(tok: Token) -> bool:
    """ "The dead were identified as X and Y", "among the dead was a boy": the main-clause subject "the
    dead" (or "the deceased"), or the main clause's "among the dead", with nothing saying who or where."""
    among = tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.dep_ == "ROOT"
    return (
        tok.lower_ in ("dead", "deceased")
        and (among or (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"))
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ in ("prep", "acl", "relcl", "amod", "compound") for c in tok.children)
        and modality(tok.head.head if among else tok.head) == "asserted"
    )


ALLEGING = words("alleging")
CASE_VERBS = words("case_verbs")
CASE_NOUNS = words("case_nouns")


def _alleged_killings(
    ctx: Context, sent: Span, here: list[dedup.Draft], home: str | None, dateline: EventPlace | None
) -> list[dedup.Draft]:
    """ "Residents accused the police of killing two youths", "the police are accused of killing",
    "a case of custodial death was registered against the sub-inspector": a killing police or troops
    are accused of (which the accusation keeps out of the asserted acts) is reported as the accusers'
    claim, with the accused as its agent."""
    found = []
    taken = {d.event.trigger.start for d in here}
    for verb in sent:
        accused, act = _accusation(verb) or _case_against(verb) or (None, None)
        if accused is None or act is None or act.idx in taken:
            continue
        if modality(verb) != "asserted" or ctx.is_excluded(verb.idx, verb.idx + len(verb)):
            continue
        trig = next((t for t in triggers().get(act.lemma_.lower(), []) if t.plover == "ASSAULT"), None)
        if trig is None and act.pos_ == "NOUN":
            trig = next((t for t in triggers().get("kill", []) if t.plover == "ASSAULT"), None)  # "death"
        if trig is None:
            continue
        hit = Hit(trig, act, act.idx, act.idx + len(act), main=main_event(verb))
        d = _event(ctx, hit, sent, home, dateline)
        if d is None or not d.event.fatal:
            continue
        e = d.event
        e.actor1, d.political, d.anchored = build_actor(ctx, accused, home), True, True
        if e.actor1 is not None and e.actor2 is not None and e.actor2.start == e.actor1.start:
            e.actor2 = None  # "a case of murder against three policemen": the accused are no victims
        accuser = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if accuser is not None and d.event.claimed_by is None:
            d.event.claimed_by = ctx.entity_at(accuser.idx, accuser.idx + len(accuser))
        found.append(d)
    return found


POLICE_PREMISES = words("police_premises")
PREMISES_ALONE = words("police_premises_alone")
DETAINEES = words("detainees")
CUSTODY_STEPS = words("custody_steps")


def _station_deaths(
    ctx: Context, sent: Span, here: list[dedup.Draft], home: str | None, dateline: EventPlace | None
) -> list[dedup.Draft]:
    """ "A suspect died at the Kasba police station", "a detainee was found hanging in the lock-up": the
    death of someone held on police premises, with no other cause stated, is a custodial death (South
    Asian usage), coded like "died in custody" (its trigger row) with the police as its agent. Not a
    death there of someone not said to be held ("a man who had come to lodge a complaint"), nor when
    the sentence tells a killing of its own."""
    trig = next((t for t in triggers().get("custody", []) if t.plover == "ASSAULT"), None)
    if trig is None or any(
        d.event.plover == "ASSAULT" and d.event.fatal and not _custodial_abuse(d) for d in here
    ):
        return []
    found = []
    for verb in sent:
        premises = _premises_death(verb)
        if premises is None or ctx.is_excluded(verb.idx, verb.idx + len(verb)):
            continue
        # "the Civil Lines police station": from the left edge of its first compound
        start = min([premises.idx, *(c.left_edge.idx for c in premises.children if c.dep_ == "compound")])
        hit = Hit(trig, premises, start, premises.idx + len(premises), main=main_event(verb))
        there = _there(verb)
        if premises.i < sent.start or there is not None and premises.i < there.i:
            # "he died there": the death is told at "there", the premises named before it
            hit = Hit(trig, there, there.idx, there.idx + len(there), main=main_event(verb))
        d = _event(ctx, hit, sent, home, dateline)
        if d is None:
            continue
        police = next((c for c in premises.children if _security_word(c)), None)  # else "the lock-up"
        at = (police.idx, police.idx + len(police)) if police is not None else (start, hit.end)
        d.event.actor1 = _force_actor(ctx.text[at[0] : at[1]], at, "COP", home)
        victim = _death_subject(verb)
        d.event.actor2 = build_actor(ctx, victim, home) if victim is not None and is_human(victim) else None
        d.event.fatal, d.political, d.anchored, d.anaphoric = True, True, True, False
        found.append(d)
    return found


def _custodial_abuse(d: dedup.Draft) -> bool:
    """A beating or torture with no doer stated, which tells how a custodial death came about, not a
    killing of its own ("he died there, and his relatives alleged that he had been beaten")."""
    return d.event.actor1 is None and d.event.mode in ("beat", "torture")


def _premises_death(verb: Token) -> Token | None:
    """The police premises an asserted death of someone held there happened in or at, with no other
    cause stated ("the accused died in the lock-up", "was found hanging at the police station"); else
    None."""
    lemma = verb.lemma_.lower()
    found = lemma == "find" and any(c.lower_ in FOUND_DEAD for c in verb.children)
    if not (lemma in DEATH_VERBS or found) or modality(verb) != "asserted":
        return None
    subj = _death_subject(verb)
    if subj is None or any(map(_security_word, _dead_named(subj))):
        return None  # "a head constable died at the police station"
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "found hanging in the lock-up"
    places = [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in PREMISES_PREPS
        for g in c.children
    ]
    places += [g for p in places for c in p.children if c.lower_ == "of" for g in c.children]  # "the cell of"
    premises = next((p for p in places if p.dep_ == "pobj" and _police_premises(p)), None)
    if premises is None and _there(verb) is not None:
        premises = _premises_named_before(verb)
        if premises is not None and not _held_till_death(subj, premises, verb):
            return None  # "was released on bail and died there", "his mother ... died there"
        if premises is not None and _custody_told(premises, verb):
            return None if _cause_besides(verb, subj, premises) else premises
    # a lock-up holds only the held, but not the staff ("a sweeper was found dead in the lock-up")
    if premises is None or not (_held(subj, verb) or (_lockup(premises) and not _job_named(subj))):
        return None  # "a man was found dead at the police station": not said to be held
    return None if _cause_besides(verb, subj, premises) else premises


def _there(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "there"), None)


def _premises_named_before(verb: Token) -> Token | None:
    """The police premises "there" points back to: the last named before the verb in its sentence or
    the one before ("was taken to the police station. He died there")."""
    sent = verb.sent
    before = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found = [t for t in sent.doc[before : verb.i] if t.dep_ == "pobj" and _police_premises(t)]
    if not found or any(map(_other_place, sent.doc[found[-1].i + 1 : verb.i])):
        return None  # "taken to the police station ... went home and died there": the nearer place
    return found[-1]


CUSTODY_RELEASES = words("custody_releases")


def _held_till_death(subj: Token, premises: Token, verb: Token) -> bool:
    """ "took him to the police station ... He died there": the dead are the one taken (a personal
    pronoun, the noun the custody sentence named, or a word for the held: "a suspect died there")
    and no release was told in between (not "his mother ... died there")."""
    between = verb.doc[premises.i + 1 : verb.i]
    if any(map(_release_word, between)):
        return False
    named = [subj, *(c for c in subj.children if c.dep_ != "poss")]
    if subj.tag_ == "PRP" or any(t.lower_ in DETAINEES or t.lemma_.lower() in DETAINEES for t in named):
        return True
    taken = verb.doc[premises.sent.start : verb.i]
    return not any(c.dep_ == "poss" for c in subj.children) and any(
        t.lemma_ == subj.lemma_ and t.dep_ in ("dobj", "nsubjpass") and t != subj for t in taken
    )


def _release_word(tok: Token) -> bool:
    """ "released", "on bail", "let off": custody ended (a particle entry needs its particle)."""
    lemma = tok.lemma_.lower()
    return lemma in CUSTODY_RELEASES or any(
        f"{lemma} {c.lower_}" in CUSTODY_RELEASES for c in tok.children if c.dep_ == "prt"
    )


def _other_place(tok: Token) -> bool:
    """A place told after the police premises, which "there" may point to instead: a place object of a
    verb ("produced in court", "moved to the hospital"), a named place, or "home"."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    # any name the dead went to or were in ("reached Ahmedabad"), whatever its entity label
    if tok.pos_ == "PROPN" and (
        tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ in OTHER_PLACE_PREPS)
    ):
        return not _police_premises(tok.head) and not _police_premises(tok)
    if tok.lower_ == "home" and tok.dep_ in ("advmod", "dobj", "npadvmod", "pobj"):
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in OTHER_PLACE_PREPS
        and tok.head.head.pos_ in ("VERB", "AUX")
        and tok.head.head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj")  # not "an accused in a theft"
        and tok.ent_type_ not in ("DATE", "TIME")
        and not _police_premises(tok)
    )


def _custody_told(premises: Token, verb: Token) -> bool:
    """The dead were taken there into custody: a custody step told between the premises' sentence
    and the death ("picked up ... for questioning", "two days after his arrest")."""
    span = verb.doc[premises.sent.start : verb.i]
    return any(_custody_step(t) and _own_step(t) and not _kin_taken(t) for t in span)


def _kin_taken(step: Token) -> bool:
    """The custody step is of someone named by a relation ("his son was picked up for questioning"),
    not of the dead."""
    verb = next((a for a in step.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "conj":
        verb = verb.head  # "was picked up ... and taken to the police station for questioning"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return any(c.dep_ == "poss" for s in subjects for c in s.children)


def _job_named(subj: Token) -> bool:
    """The dead are named by a job that brings people to police premises ("a sweeper", "the cook")."""
    return any(t.lemma_.lower() in LOCKUP_JOB_WORDS for t in [subj, *subj.children] if t.dep_ != "det")


OTHER_PLACE_PREPS = words("place_preps") | words("destination_preps")
LOCKUP_JOB_WORDS = words("lockup_job_words")


def _lockup(premises: Token) -> bool:
    """ "the lock-up", "a cell": premises only the held are kept in."""
    return premises.lemma_.lower() in HOLDING_ROOMS or _hyphened(premises) in HOLDING_ROOMS


FOUND_DEAD = words("found_dead")
PREMISES_PREPS = words("premises_preps")


def _held(subj: Token, verb: Token) -> bool:
    """The dead are named as held ("an undertrial", "a murder accused", "a carpenter detained over a
    theft") or died after their own custody step ("a day after his arrest")."""
    if any(t.lower_ in DETAINEES or t.lemma_.lower() in DETAINEES for t in [subj, *subj.children]):
        return True
    if any(c.dep_ == "acl" and c.lemma_.lower() in CUSTODY_STEPS for c in subj.children):
        return True
    # "after his arrest", "hours after he was picked up for questioning"
    clauses = [c for c in verb.children if c.dep_ == "prep" or (c.dep_ == "advcl" and _clause_on_dead(c))]
    steps = [t for c in clauses for t in c.subtree if _custody_step(t)]
    return any(_own_step(t) for t in steps)


def _clause_on_dead(clause: Token) -> bool:
    """A clause on the dead themselves: its subject a pronoun ("after he was picked up"), not
    someone else ("after his son was picked up")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(s.pos_ == "PRON" for s in subjects)


def _custody_step(tok: Token) -> bool:
    """ "his arrest", "questioning" (also tagged a verb, lemma "question"): when, not why (not "a
    cardiac arrest")."""
    # the word itself, when no object makes it an act of the dead ("questioning him")
    bare = tok.lower_ in CUSTODY_STEPS and not any(c.dep_ == "dobj" for c in tok.children)
    return (tok.lemma_.lower() in CUSTODY_STEPS or bare) and not any(
        c.dep_ in ("amod", "compound") for c in tok.children
    )


def _own_step(step: Token) -> bool:
    """A custody step of the dead: bare ("after questioning") or theirs ("his arrest"), not one of
    someone else ("after the arrest of his son", "their son's arrest")."""
    if any(c.lower_ == "of" for c in step.children):
        return False
    owner = next((c for c in step.children if c.dep_ == "poss"), None)
    return owner is None or owner.pos_ == "PRON"


def _cause_besides(verb: Token, subj: Token, premises: Token) -> bool:
    """A cause of death other than custody: on the verb or the premises ("died of a heart attack",
    "at the police station in the fire", "after he swallowed poison") or in a clause on the dead ("a
    man who had swallowed poison")."""
    own = [t for t in subj.subtree if t.dep_ in ("acl", "relcl") and t.pos_ == "VERB"]
    if any(_told_cause(c) or _hurt_otherwise(c) or _own_deed(c) for c in own):
        return True
    causes = [
        g
        for c in [*verb.children, *premises.children]
        if c.dep_ == "prep" and c.lower_ in DEATH_CAUSE_PREPS
        for g in c.children
        if g.dep_ == "pobj" or (g.dep_ == "pcomp" and g.pos_ == "VERB")
    ]
    told = any(
        (_cause(g) or (g.head.lower_ in CAUSAL_PREPS and g.lemma_.lower() in BARE_CAUSES))  # "in the fire"
        and not _custody_step(g)
        and not _police_premises(g)  # "the lock-up of the police station"
        and g.lemma_.lower() not in HOLDING_ROOMS
        for g in causes
    )
    return told or any(_cause_clause(c) or _own_deed(c) for c in verb.children)


HOLDING_ROOMS = words("holding_rooms")


def _own_deed(clause: Token) -> bool:
    """ "after he swallowed poison", "who had come to see her son": a clause with an acting subject
    tells a deed of the dead (not "after he was picked up"); a police beating is an event of its own."""
    acting = any(c.dep_ == "nsubj" for c in clause.children) or clause.dep_ == "relcl"
    return clause.dep_ in ("advcl", "relcl") and acting and clause.lemma_.lower() not in CUSTODY_STEPS


def _police_premises(tok: Token) -> bool:
    """ "the Kasba police station", "a police post", "the thana", "the lock-up"."""
    if tok.lemma_.lower() in PREMISES_ALONE or _hyphened(tok) in PREMISES_ALONE:
        return True
    named = any(c.dep_ == "compound" and _security_word(c) for c in tok.children)
    return tok.lemma_.lower() in POLICE_PREMISES and named


def _accusation(verb: Token) -> tuple[Token, Token] | None:
    """ "accused the police of killing", "were booked for torturing a youth to death": the police or
    troops accused and the killing."""
    if verb.lemma_.lower() not in ALLEGING:
        return None
    accused = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and _security_word(c)), None)
    act = next(
        (
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("of", "with", "for")
            for g in c.children
            if g.dep_ in ("pcomp", "pobj") and (g.lemma_.lower() in KILL_WORDS or _to_death(g))
        ),
        None,
    )
    if act is not None and _kin_victim(act):
        return None  # "booked for killing his wife": a private crime, not police action
    return (accused, act) if accused is not None and act is not None else None


def _kin_victim(act: Token) -> bool:
    """ "killing his wife": the accused's own relative (not "blamed the police for killing their son")."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in kin_words()
        and any(g.dep_ == "poss" and g.lower_ in ("his", "her") for g in c.children)
        for c in act.children
    )


def _case_against(verb: Token) -> tuple[Token, Token] | None:
    """ "A case of custodial death was registered against the sub-inspector", "filed a murder case
    against two constables": the police or troops a killing case names and the killing."""
    if verb.lemma_.lower() not in CASE_VERBS:
        return None
    case = next(
        (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CASE_NOUNS), None
    )
    if case is None:
        return None
    named = [c for c in case.children if c.dep_ == "compound"]  # "a murder case"
    named += [g for c in case.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    act = next((g for g in named if g.lemma_.lower() in KILL_WORDS), None)
    if act is None:
        return None
    accused = next(
        (
            g
            for c in [*verb.children, *case.children, *act.children]  # "against" hung on any of them
            if c.dep_ == "prep" and c.lower_ == "against"
            for g in c.children
            if g.dep_ == "pobj" and _security_word(g)
        ),
        None,
    )
    return (accused, act) if accused is not None else None


def _to_death(act: Token) -> bool:
    """ "torturing a youth to death", "beating him to death" """
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "death" for g in c.children)
        for c in act.children
    )


def _name_tokens(ctx: Context) -> set[int]:
    """Token indices inside names (entity mentions other than pronouns and events, spaCy names):
    "Human Rights Council" or "Tehreek-e-Insaf" hold no event triggers."""
    spans = [
        (m.start, m.end)
        for e in ctx.analysis.entities
        if e.type in NAME_TYPES
        for m in e.mentions
        if m.source != "pronoun"
    ]
    spans += [
        (ent.start_char, ent.end_char)
        for ent in ctx.doc.ents
        if ent.label_ in NAME_TYPES - {"NORP"} and any(t.text[:1].isupper() for t in ent)  # not "joint anti"
    ]
    tokens: set[int] = set()
    for start, end in spans:
        span = ctx.doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span) > 1:
            # "[the OIC] urged" and a sentence's opening participle ("[Urging Khartoum] to ...") hold triggers
            tokens.update(
                t.i for t in span if not finite_verb(t) and not (t.tag_ == "VBG" and t.is_sent_start)
            )
    return tokens


def run(ctx: Context) -> None:
    """Fill ctx.analysis.events."""
    home = article_country(ctx)
    dateline = _dateline_place(ctx)
    names = _name_tokens(ctx)
    drafts: list[dedup.Draft] = []
    prev: list[dedup.Draft] = []
    prev_end = -1
    recent: Recent = []
    for sent in ctx.fact_sentences():
        here = [
            d
            for hit in find(sent, names)
            if not ctx.is_excluded(hit.start, hit.end)
            and (d := _event(ctx, hit, sent, home, dateline)) is not None
        ]
        here += _alleged_killings(ctx, sent, here, home, dateline)
        here += _station_deaths(ctx, sent, here, home, dateline)
        # only the sentence right before: nothing (no excluded line) between them but whitespace
        # (not when others fired too: "rioters fired from rooftops and the police fired")
        if (
            prev_end >= 0
            and not ctx.text[prev_end : sent.start_char].strip()
            and _security_act(prev)  # both carries need one; tested first, _elsewhere is slow
            # nor when a bomb went off or a mob stabbed people in it (arson: what police acted on)
            and not _others_harm(recent[-1], arson_spared=True)
            and not _elsewhere(sent, recent[-1].sent.start_char)
        ):
            _carry_security_agent(prev, here, sent)
            _carry_death(prev, here, sent)
        _encounter_agent(ctx, here, home)
        _carry_recent_shooter(recent, here, sent)
        _carry_named_firing(recent, here, sent, home)
        _unclaimed_firing(recent, here)
        recent.append(Told(sent, here, _warned(here, sent)))
        drafts += here
        prev, prev_end = here, sent.end_char
    # a noun with no occurrence anchor only counts as another report of an event told elsewhere
    # (anchored reports go first: an event none of whose reports is anchored is dropped)
    merged = dedup.merge(sorted(drafts, key=lambda d: not d.anchored))
    kept = sorted((d for d in merged if d.anchored), key=lambda d: d.event.trigger.start)
    # judged after merging: "killed" gets its political agent from "police firing" in the same sentence
    events = [
        d.event
        for d in kept
        if d.political or any(_political_actor(ctx, a) for a in (d.event.actor1, d.event.actor2))
    ]
    for n, event in enumerate(events, 1):
        event.id = f"ev{n}"
    confidence.score_events(ctx, events)
    ctx.analysis.events = events
