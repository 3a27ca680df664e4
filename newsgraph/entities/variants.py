"""One person under two names ("Sunil Mehta" / "Sunil Menon"): merged into one entity when
the evidence is strong, and flagged either way so a reader can check the article."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc

from newsgraph.entities.lexicon import given_names
from newsgraph.entities.names import word_key
from newsgraph.entities.resolve import Cluster, is_run
from newsgraph.model import Entity, Flag, Mention

MAX_GAP = 3  # sentences between the last use of one form and the first use of a new surname


def variant_kind(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """How two full names (word keys) of one person may differ: "surname" (same first name,
    "Sunil Mehta" / "Sunil Menon"), "respelled" (same first name, surnames one letter apart,
    "Samuel Keter" / "Samuel Ketter") or "spelling" (same surname, first names one letter apart,
    "Kristin Wilkins" / "Kristen Wilkins"); None when they are not such variants."""
    if len(a) < 2 or len(b) < 2 or a[0] == b[0] and a[-1] == b[-1] or is_run(a, b) or is_run(b, a):
        return None
    if a[0] == b[0] and len(a[0]) >= 3 and a[0].isalpha():
        return "respelled" if min(len(a[-1]), len(b[-1])) >= 4 and _one_edit(a[-1], b[-1]) else "surname"
    if a[-1] == b[-1] and min(len(a[0]), len(b[0])) >= 5 and a[0][0] == b[0][0] and _one_edit(a[0], b[0]):
        return "spelling"
    return None


def _one_edit(x: str, y: str) -> bool:
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long = sorted((x, y), key=len)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def merge_variants(doc: Doc, clusters: list[Cluster]) -> None:
    """Merge person B into an earlier person A when their full names are variants (see
    variant_kind) that no third person shares, they never share a sentence, and their roles
    agree. A new surname also needs B within a few sentences of A, and either a shared role title
    or a rare first name (not a common given name) with a role on A and none on B: two people
    called John are common, two called Sunil a few lines apart are not."""
    starts = [s.start_char for s in doc.sents]
    people = [k for k in clusters if k.type == "PERSON" and len(k.best.key) > 1]
    people.sort(key=lambda k: k.first)
    # how many people share a first name / a surname: a third one makes the variant unclear
    shared = Counter(("surname", k.best.key[0]) for k in people)
    shared.update(("spelling", k.best.key[-1]) for k in people)
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if a in clusters and b in clusters and _same_person(a, b, starts, shared):
                a.mentions.extend(b.mentions)
                a.roles.extend(r for r in b.roles if r not in a.roles)
                clusters.remove(b)


def _same_person(a: Cluster, b: Cluster, starts: list[int], shared: Counter) -> bool:
    kind = variant_kind(a.best.key, b.best.key)
    by_first = kind in ("surname", "respelled")
    if kind is None or shared[("surname" if by_first else kind, b.best.key[0 if by_first else -1])] != 2:
        return False
    a_sents = {bisect_right(starts, c.start) for c in a.mentions}
    b_sents = {bisect_right(starts, c.start) for c in b.mentions}
    if a_sents & b_sents:
        return False
    titles_a, titles_b = ({r.title.lower() for r in k.roles} for k in (a, b))
    if titles_a and titles_b:  # both stated: they must agree
        return bool(titles_a & titles_b) and (kind != "surname" or _gap(a_sents, b_sents) <= MAX_GAP)
    if kind != "surname":  # a one-letter slip is evidence enough
        return True
    rare = a.best.words[0].title() not in given_names()
    return rare and bool(titles_a or titles_b) and _gap(a_sents, b_sents) <= MAX_GAP


def _gap(a_sents: set[int], b_sents: set[int]) -> int:
    """Sentences from A's last mention before B to B's first."""
    b_first = min(b_sents)
    return b_first - max((s for s in a_sents if s <= b_first), default=-MAX_GAP - 1)


def variant_flags(entities: list[Entity]) -> list[Flag]:
    """A flag per person entity named with two full names that share the first name only."""
    flags = []
    for ent in entities:
        if ent.type != "PERSON":
            continue
        forms: dict[tuple[str, ...], Mention] = {}
        for m in ent.mentions:
            if m.source not in ("pronoun", "description") and len(m.text.split()) > 1:
                forms.setdefault(tuple(word_key(w) for w in m.text.split()), m)
        clash = [m for key, m in forms.items() if any(variant_kind(key, other) for other in forms)]
        if len(clash) > 1:
            names = " / ".join(m.text for m in clash)
            spans = [[m.start, m.end] for m in clash]
            message = f"one person under conflicting names: {names}"
            flags.append(Flag(kind="name_variant", message=message, spans=spans))
    return flags
