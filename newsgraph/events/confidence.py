"""Event confidence: the estimated probability that an event is right (its PLOVER type fits, the
sentence asserts it or a quoted speaker claims it, and no stated actor is wrong).

A logistic model over yes/no features (`features`: the type and CAMEO code, the trigger's word, tag,
clause and object, the actors' kind, codes and whether a named entity fills them, the sentence, the
article's other events), with weights fitted on the hand-judged event samples by
benchmarks/event_confidence_fit.py and stored in newsgraph/data/events_confidence.json (`score`).
The weight of a trigger word or CAMEO code is its smoothed judged precision scaled by the fit, so
words judged rarely weigh little.
Written by hand because it is a dot product: a library would add a dependency for one line.
"""

from __future__ import annotations

import math
from functools import lru_cache

from spacy.tokens import Span, Token

from newsgraph.context import Context
from newsgraph.events.detect import main_event, modality, nominal
from newsgraph.events.lexicon import data_json, sectors, triggers
from newsgraph.events.precision import leisure_report
from newsgraph.events.roles import article_country
from newsgraph.model import Actor, Event

NAMED = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
PLACE_LIKE = {"GPE", "LOC", "FAC"}
HEDGES = {"may", "might", "could", "would", "should", "if", "unless", "whether", "allegedly", "reportedly"}
REPORTING = {"say", "tell", "allege", "claim", "accuse", "add", "state", "report", "according"}


@lru_cache(maxsize=1)
def _model() -> dict:
    return data_json("events_confidence.json")


@lru_cache(maxsize=1)
def _sector_codes() -> frozenset[str]:
    return frozenset(sectors().values())


def _clause(tok: Token) -> str:
    if tok.dep_ == "ROOT":
        return "root"
    if tok.dep_ in ("conj", "ccomp", "advcl", "xcomp", "parataxis", "acl"):
        return "clause"
    return "relative" if tok.dep_ == "relcl" else "argument"


def _actor_kind(ctx: Context, actor: Actor) -> str:
    """pronoun, place (a country or town named as actor), named (a name), or common (a noun group
    such as "the protesters", "police")."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "common"
    root = span.root
    if root.pos_ == "PRON":
        return "pronoun"
    if root.ent_type_ in PLACE_LIKE:
        return "place"
    if root.ent_type_ in NAMED or root.pos_ == "PROPN":
        return "named"
    return "common"


def _country(code: str | None) -> str | None:
    """The country part of an actor code ("INDCOP" -> "IND", "GBR" -> "GBR", "GOV" -> None)."""
    if not code or len(code) < 3 or code[:3] in _sector_codes():
        return None
    return code[:3]


def _sector(code: str | None) -> str | None:
    """The sector part of an actor code ("INDCOP" -> "COP", "GOV" -> "GOV", "IND" -> None)."""
    if not code:
        return None
    return code[3:6] if len(code) >= 6 else (code if code in _sector_codes() else None)


def _lexicon_conf(trigger: Span, event: Event) -> float | None:
    """The trigger lexicon's base confidence of the trigger phrase in the event's type (None when
    the phrase is not listed as such, e.g. a recoded event)."""
    lemmas = tuple(t.lemma_.lower() for t in trigger)
    confs = [
        t.conf
        for t in triggers().get(lemmas[0], [])
        if t.words == lemmas and (t.plover == event.plover or t.code.code == event.cameo)
    ]
    return max(confs, default=None)


def _reported(tok: Token, sent: Span) -> bool:
    """The event is the content of a reporting verb ("X said troops shelled Y")."""
    return any(a.lemma_.lower() in REPORTING for a in tok.ancestors if sent.start <= a.i < sent.end)


def _in_direct_quote(ctx: Context, start: int, end: int) -> bool:
    return any(q.kind != "indirect" and q.start <= start and end <= q.end for q in ctx.analysis.quotes)


def _code_quality(code: str | None) -> str:
    """full (country and sector: "INDCOP"), partial (one of them: "IND", "GOV") or none."""
    if not code:
        return "none"
    return "full" if _country(code) and _sector(code) else "partial"


def _actor_features(
    ctx: Context, head: Token, sent: Span, actors: list[Actor | None], home: str | None
) -> set[str]:
    on = set()
    for n, actor in enumerate(actors, 1):
        if actor is None:
            on.add(f"actor{n}=none")
            continue
        on.add(f"actor{n}={_actor_kind(ctx, actor)}")
        on.add(f"actor{n}_code={_code_quality(actor.code)}")
        on.add(f"actor{n}_entity" if ctx.entity_at(actor.start, actor.end) else "")  # a named entity fills it
        if "\n" in actor.text or any(c.isdigit() for c in actor.text):
            on.add("actor_odd_text")  # "2013.Kumar", a span across lines: a misread
        if len(actor.text.split()) > 5:
            on.add("actor_long")
        sector = _sector(actor.code)
        on.add("actor_uncoded" if not actor.code else "actor_no_sector" if sector is None else "")
        on.add("actor_eli" if sector == "ELI" else "")
        on.add(f"actor{n}_sector={sector}" if sector else "")
        country = _country(actor.code)
        on.add("actor_no_country" if sector and not country and sector != "IGO" else "")
        on.add("actor_foreign" if home and country and country != home else "")  # often a misread country
        if not (sent.start_char <= actor.start and actor.end <= sent.end_char):
            on.add("actor_outside_sentence")
        else:
            span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is not None and len(span) and abs(span.root.i - head.i) > 10:
                on.add("actor_far")
    return on - {""}


def features(ctx: Context, event: Event, events: list[Event], home: str | None) -> dict[str, float]:
    """The yes/no features the model weighs (name -> 1.0; absent features are 0), from the event's
    trigger and sentence, type, claim, actors and further reports, and the article's other events and
    home country (roles.article_country). Only what a judged sample row also states is used, so the
    fit (benchmarks/event_confidence_fit.py) gives a judged row the features of a live event."""
    start, end = event.trigger.start, event.trigger.end
    trigger = ctx.doc.char_span(start, end, alignment_mode="expand")
    if trigger is None or not len(trigger):
        return {f"type={event.plover}": 1.0}
    head, sent = trigger.root, trigger.root.sent
    actors = [event.actor1, event.actor2]
    lower_words = {t.lower_ for t in sent}
    in_sentence = [
        e for e in events if sent.start_char <= e.trigger.start < sent.end_char and e.trigger.start != start
    ]
    on = {
        f"type={event.plover}",
        f"lemma={head.lemma_.lower()}",
        f"cameo={event.cameo}",
        f"tag={head.tag_}",
        "noun" if nominal(head) else "verb",
        f"clause={_clause(head)}",
    } | _actor_features(ctx, head, sent, actors, home)
    lexicon_conf = _lexicon_conf(trigger, event)
    on |= {
        name
        for name, value in (
            ("lexicon_unlisted", lexicon_conf is None),
            ("lexicon_high", lexicon_conf is not None and lexicon_conf >= 0.8),
            ("lexicon_low", lexicon_conf is not None and lexicon_conf < 0.7),
            ("main", main_event(head)),
            ("claimed", event.claimed_by is not None),
            ("quoted", _in_direct_quote(ctx, start, end)),
            ("intended", modality(head) == "intended"),
            ("reported", _reported(head, sent)),
            ("hedge_word", bool(lower_words & HEDGES)),
            ("long_sentence", len(sent) > 40),
            ("lead", sent.start_char < 300),
            ("multiword", len(trigger) > 1),
            ("passive", any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)),
            ("direct_object", any(c.dep_ == "dobj" for c in head.children)),
            ("quote_marks", any(c in sent.text for c in '"“”')),
            ("both_actors", None not in actors),
            ("same_code", event.actor1 and event.actor2 and event.actor1.code == event.actor2.code),
            ("reports", bool(event.evidence)),
            ("sentence_events", bool(in_sentence)),
            ("few_article_events", len(events) <= 2),
            ("many_article_events", len(events) >= 6),
            ("leisure_report", leisure_report(ctx.doc)),  # a sports or arts report
        )
        if value
    }
    return dict.fromkeys(sorted(on), 1.0)


def score(feats: dict[str, float]) -> float:
    """The model's probability for a feature dict (unknown features weigh nothing)."""
    model = _model()
    weights = model["weights"]
    z = model["bias"] + sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return round(min(0.99, max(0.01, 1 / (1 + math.exp(-z)))), 3)


def score_events(ctx: Context, events: list[Event]) -> None:
    """Set each event's confidence: the estimated probability that it is right."""
    home = article_country(ctx)
    for event in events:
        event.confidence = score(features(ctx, event, events, home))
