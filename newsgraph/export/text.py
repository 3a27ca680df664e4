"""A readable summary of one analysis, for people (`--format text`)."""

from __future__ import annotations

from collections import Counter

from newsgraph.model import Actor, Amount, Analysis, Entity, ErrorRecord, Event, Place, Quote

INDENT = "  "
QUOTE_WIDTH = 160  # longer quotes are shortened in the summary (the JSON has them in full)


def render_text(result: Analysis | ErrorRecord) -> str:
    if isinstance(result, ErrorRecord):
        return f"== {result.id}: ERROR: {result.error}\n"
    a = result
    lines = [_heading(a), *_anatomy(a)]
    sections = [
        ("entities", [_entity(e) for e in a.entities]),
        ("quotes", [_quote(a, q) for q in a.quotes]),
        ("places", _places(a.places)),
        ("dates", [f"{d.text!r} -> {_date_value(d.value, d.range)}" for d in a.dates]),
        ("amounts", [_amount(a, m) for m in a.amounts]),
        ("events", [_event(a, e) for e in a.events]),
        ("flags", [f"{f.kind}: {f.message}" for f in a.flags]),
    ]
    for name, items in sections:
        if items:
            lines.append(f"{name} ({len(items)}):")
            lines.extend(INDENT + item for item in items)
    return "\n".join(lines) + "\n"


def _heading(a: Analysis) -> str:
    title = f"{a.id}: {a.title}" if a.title else a.id
    meta = [
        f"published {a.published}" if a.published else None,
        a.source,
        a.url,
        f"language {a.language}",
        f"{len(a.text):,} chars",
    ]
    if a.authors:
        meta.insert(0, "by " + ", ".join(a.authors))
    return f"== {title}\n{INDENT}" + " · ".join(m for m in meta if m)


def _anatomy(a: Analysis) -> list[str]:
    an = a.anatomy
    kinds = Counter(b.kind for b in an.blocks)
    parts = [f"{len(an.blocks)} blocks" + (f" ({_counts(kinds)})" if kinds else "")]
    for label, items in [
        ("social post", an.social_embeds),
        ("related link", an.related_links),
        ("dateline", an.datelines),
        ("byline", an.bylines),
    ]:
        if items:
            parts.append(_plural(len(items), label))
    if an.credits:
        parts.append("credits: " + ", ".join(c.agency for c in an.credits))
    lines = ["anatomy: " + " · ".join(parts)]
    for post in an.social_embeds:
        who = " ".join(
            x for x in [post.author, f"(@{post.handle.lstrip('@')})" if post.handle else None] if x
        )
        lines.append(
            f"{INDENT}{post.platform} post by {who or 'unknown'}" + (f" on {post.date}" if post.date else "")
        )
    return lines


def _counts(counter: Counter) -> str:
    return ", ".join(f"{n} {k}" for k, n in counter.most_common())


def _entity(e: Entity) -> str:
    parts = [f"{e.type:<8} {e.name}"]
    if e.country:
        parts.append(f"[{e.country}]")
    roles = sorted({_role(r.title, r.organization, r.country) for r in e.roles})
    if roles:
        parts.append("— " + "; ".join(roles))
    aliases = [x for x in e.aliases if x != e.name]
    if aliases:
        parts.append("aka " + ", ".join(aliases))
    parts.append(f"({_plural(len(e.mentions), 'mention')})")
    return " ".join(parts)


def _role(title: str, organization: str | None, country: str | None) -> str:
    extra = ", ".join(x for x in [organization, country] if x)
    return f"{title} ({extra})" if extra else title


def _speaker_name(a: Analysis, q: Quote) -> str:
    sp = q.speaker
    if sp is None:
        return "(unattributed)"
    ent = a.entity(sp.entity)
    name = ent.name if ent else sp.name
    said_as = a.text[sp.start : sp.end] if sp.start is not None and sp.end is not None else None
    if name and said_as and said_as != name:
        return f"{name} (as {said_as!r})"
    return name or said_as or "(unknown)"


def _quote(a: Analysis, q: Quote) -> str:
    cue = f" [{q.cue.text}]" if q.cue else ""
    channel = f" via {q.channel}" if q.channel else ""
    return f"{_speaker_name(a, q)}{cue}{channel} {q.kind}: “{_shorten(q.text)}”"


def _shorten(text: str, width: int = QUOTE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _places(places: list[Place]) -> list[str]:
    """One line per distinct place (in order of first mention), with how it was written."""
    groups: dict[object, list[Place]] = {}
    for p in places:
        groups.setdefault(p.geonameid if p.geonameid is not None else p.name, []).append(p)
    return [_place(group) for group in groups.values()]


def _place(group: list[Place]) -> str:
    p = group[0]
    where = ", ".join(x for x in [p.feature, p.admin1_name, p.country] if x)
    coords = f" {p.lat:.4f}, {p.lon:.4f}" if p.lat is not None and p.lon is not None else ""
    gid = f" geonames:{p.geonameid}" if p.geonameid is not None else ""
    written = sorted({m.text for m in group} - {p.name})
    said = f" as {', '.join(map(repr, written))}" if written else ""
    return f"{p.name} [{where}]{coords}{gid} ({_plural(len(group), 'mention')}{said})"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _date_value(value: str | None, rng: list[str] | None) -> str:
    if rng:
        return f"{rng[0]} .. {rng[1]}"
    return value or "?"


def _amount(a: Analysis, m: Amount) -> str:
    value = f"{'~' if m.approximate else ''}{m.value:g}"
    parts = [f"{m.text!r} = {value}", m.unit, m.kind]
    if m.object:
        parts.append(f"of {m.object}")
    if m.claimed_by:
        parts.append(f"(claimed by {_entity_name(a, m.claimed_by)})")
    return " ".join(p for p in parts if p)


def _entity_name(a: Analysis, entity_id: str) -> str:
    ent = a.entity(entity_id)
    return ent.name if ent else entity_id


def _actor(a: Analysis, actor: Actor | None) -> str:
    if actor is None:
        return "?"
    name = _entity_name(a, actor.entity) if actor.entity else actor.text
    return f"{name} <{actor.code}>" if actor.code else name


def _event(a: Analysis, e: Event) -> str:
    code = f"{e.plover}" + (f"/{e.mode}" if e.mode else "") + f"/{e.cameo}"
    line = f"{_actor(a, e.actor1)} —{code}→ {_actor(a, e.actor2)}"
    if e.place:
        line += f" at {e.place.name}"
    if e.date:
        line += f" on {e.date}"
    if e.count:
        line += f" ({'~' if e.count.approximate else ''}{e.count.value:g}"
        line += f" {e.count.object})" if e.count.object else ")"
    line += f" “{e.trigger.text}” conf {e.confidence:.2f}"
    if e.claimed_by:
        line += f", claimed by {_entity_name(a, e.claimed_by)}"
    if e.evidence:
        line += f", {1 + len(e.evidence)} sentences"
    return line
