"""In-article dedup: the same event reported in several sentences becomes one event with extra
evidence (trigger + sentence), instead of one event per report (GDELT's over-counting)."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.model import Actor, Event, Evidence


@dataclass
class Draft:
    event: Event
    dated: bool  # the date comes from the sentence itself, not the publication date
    anaphoric: bool = False  # "the jalsa", "this protest": refers back to an event already reported
    political: bool = True  # political by its actors or by its nature (see events._political_event)
    unexplained: bool = False  # a death with no stated cause other than shooting ("were killed")
    encounter: bool = False  # "killed in an encounter": South Asian usage for a shootout with police/troops
    encounter_at: tuple[int, int] | None = None  # offsets of that "encounter"
    cause_at: tuple[int, int] | None = None  # offsets of a death's stated cause ("in mob violence")
    cause_clause: bool = False  # that cause is a clause of its own ("when rebels ambushed the patrol")
    words: set[str] = field(default_factory=set)  # stems of its trigger words (and of merged reports)
    anchored: bool = True  # a noun trigger with an occurrence anchor (events.precision.anchored)


def stem(lemma: str) -> str:
    """ "killings" / "killing" / "kill": a crude stem so a noun can refer back to its verb."""
    for suffix in ("ings", "ing", "s"):
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            return lemma[: -len(suffix)]
    return lemma


def _actor_key(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.entity or actor.code or actor.text.lower()


def _conflict(a: Draft, b: Draft) -> bool:
    ea, eb = a.event, b.event
    if a.dated and b.dated and ea.date != eb.date:
        return True
    if ea.place and eb.place and (ea.place.geonameid, ea.place.name) != (eb.place.geonameid, eb.place.name):
        return True
    if ea.plover != "PROTEST" and ea.count and eb.count and ea.count.value != eb.count.value:
        return True
    if _other_cause(a, b) or _other_cause(b, a):
        return True  # "killed in mob violence, while the police fired": two acts
    # "seven policemen were killed when rebels ambushed their patrol": the deaths are the ambush's
    # outcome, whatever each names as its recipient
    pairs = (
        [(ea.actor1, eb.actor1)]
        if _outcome_of(a, b) or _outcome_of(b, a)
        else [(ea.actor1, eb.actor1), (ea.actor2, eb.actor2)]
    )
    for x, y in pairs:
        kx, ky = _actor_key(x), _actor_key(y)
        if kx and ky and kx != ky:
            return True
    return False


def _outcome_of(death: Draft, act: Draft) -> bool:
    """A death with no stated agent whose cause, told in a clause of its own, is the other act ("killed
    when rebels ambushed their patrol"; not "killed by militias after the assassination of a leader",
    nor "killed in an exchange of fire between the police and robbers", where nobody is the killer)."""
    if not death.cause_clause or not death.event.fatal or death.event.actor1 is not None:
        return False
    start, end = death.cause_at
    return start <= act.event.trigger.start < end


def _other_cause(death: Draft, other: Draft) -> bool:
    """The death, with no agent, states a cause other than shooting ("killed in mob violence") and
    the other act is neither fatal nor that cause ("killed in the air raid" is the raid's outcome)."""
    if death.cause_at is None or death.event.actor1 is not None or other.event.fatal:
        return False  # "bombers killed 22 in an attack": the bombers' act, however reported
    start, end = death.cause_at
    return not start <= other.event.trigger.start < end


# Verbal acts: each sentence with another word is another utterance, whoever speaks.
UTTERANCES = {"ACCUSE", "AGREE", "CONCEDE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"}


def _support(a: Draft, b: Draft) -> bool:
    ea, eb = a.event, b.event
    if ea.sentence == eb.sentence:
        return True
    if b.anaphoric and (ea.plover == "PROTEST" or a.words & b.words or (ea.mode and ea.mode == eb.mode)):
        return True  # "the protest" after "a rally"; "the attacks" only refers back to attacks
    if ea.plover in UTTERANCES and not a.words & b.words:
        return False  # "Rane said X should be used ... the government should appoint": two demands
    if a.dated and b.dated and ea.date == eb.date:
        return True
    if ea.place and eb.place and (ea.plover == "PROTEST" or (a.dated and b.dated)):
        return True  # the same rally in one place; other acts also need the same stated date
    # a shared canonical entity supports; a shared generic code ("INDCOP") does not
    shared = {x.entity for x in (ea.actor1, ea.actor2) if x} & {x.entity for x in (eb.actor1, eb.actor2) if x}
    return bool(shared - {None})


def _absorb(keep: Draft, other: Draft) -> None:
    k, o = keep.event, other.event
    k.evidence.append(Evidence(trigger=o.trigger, sentence=(o.sentence["start"], o.sentence["end"])))
    k.evidence.extend(o.evidence)
    if k.mode is None and o.mode is not None:  # "killed in shelling": keep the specific coding
        k.cameo, k.cameo_root, k.quad_class, k.goldstein, k.mode = (
            o.cameo,
            o.cameo_root,
            o.quad_class,
            o.goldstein,
            o.mode,
        )
    if _adjacent(k, o):  # a far report's actors may be another body's ("Belgaum police" for Hubli's)
        k.actor1 = k.actor1 or o.actor1
        k.actor2 = k.actor2 or o.actor2
    k.place = k.place or o.place
    k.count = k.count or o.count
    k.fatal = k.fatal or o.fatal
    keep.political = keep.political or other.political
    keep.words |= other.words
    if other.dated and not keep.dated:
        k.date, keep.dated = o.date, True
    if k.claimed_by and not o.claimed_by:
        k.claimed_by = None  # the reporter states it too


# Characters between two sentences next to each other: a space or the newlines of a paragraph break.
ADJACENT_GAP = 3


def _adjacent(a: Event, b: Event) -> bool:
    """The two reports are in one sentence or in sentences next to each other."""
    first, second = sorted((a.sentence, b.sentence), key=lambda s: s["start"])
    return second["start"] - first["end"] <= ADJACENT_GAP


def _same_kind(a: Event, b: Event) -> bool:
    """Arrests and weapon seizures in one sentence are two events; a mode-less report ("killed")
    can still be the same event as a specific one ("police firing")."""
    return a.mode is None or b.mode is None or a.mode == b.mode or a.plover not in ("COERCE", "ASSAULT")


def merge(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        twin = next(
            (
                k
                for k in kept
                if k.event.plover == draft.event.plover
                and _same_kind(k.event, draft.event)
                and not _conflict(k, draft)
                and _support(k, draft)
            ),
            None,
        )
        if twin is None:
            kept.append(draft)
        else:
            _absorb(twin, draft)
    return kept
