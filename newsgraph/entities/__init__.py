"""Entities canonical within the article: NER corrected by gazetteers and context, mentions merged
(surnames, acronyms, pronouns), roles from the text, name-variant flags.

Mention.source says how a mention was found: the recogniser's own sources (ner, rule, lexicon,
context, ...), or here: "acronym" (a "Long Form (ACR)" pair), "alias" (a further occurrence of
a known name, surname or acronym), "nested" (a known name inside a longer one: "Texas" in
"University of Texas"), "description" ("the UN body"), "pronoun" (he/she/his/her...;
it/its/they/their for organisations)."""

from __future__ import annotations

import re

from newsgraph.context import Context
from newsgraph.entities.lexicon import country_of
from newsgraph.entities.org_pronouns import link_org_pronouns
from newsgraph.entities.pronouns import link_pronouns
from newsgraph.entities.recognize import recognize
from newsgraph.entities.resolve import REFERRING, Cluster, resolve
from newsgraph.entities.roles import find_roles, link_role_descriptions
from newsgraph.entities.variants import merge_variants, variant_flags
from newsgraph.model import Entity, Mention


def run(ctx: Context) -> None:
    """Fill ctx.analysis.entities (with mentions, aliases, roles)."""
    clusters = resolve(ctx.text, ctx.doc, recognize(ctx), ctx.is_excluded)
    find_roles(ctx.doc, ctx.text, clusters)
    merge_variants(ctx.doc, clusters)
    link_role_descriptions(ctx.doc, ctx.text, clusters, ctx.is_excluded)
    link_pronouns(ctx.doc, clusters, ctx.is_excluded)
    link_org_pronouns(ctx.doc, clusters, ctx.is_excluded)
    clusters.sort(key=lambda k: k.first)
    ctx.analysis.entities = [_entity(ctx.text, f"E{i}", k) for i, k in enumerate(clusters, 1)]


def _entity(text: str, entity_id: str, cluster: Cluster) -> Entity:
    mentions = sorted(cluster.mentions, key=lambda c: (c.start, c.end))
    name = _with_the(text, cluster, cluster.name_text(text))
    forms = (c.name(text) for c in mentions if c.source not in REFERRING)
    aliases = list(dict.fromkeys([name, *forms]))
    return Entity(
        id=entity_id,
        name=name,
        type=cluster.type,
        mentions=[Mention(start=c.start, end=c.end, text=c.text, source=c.source) for c in mentions],
        aliases=aliases,
        roles=cluster.roles,
        country=_country(name, cluster),
    )


# "according to The Washington Post": a capital "The" inside a sentence is part of the name
_MID_SENTENCE_THE = re.compile(r"(?:\b[a-z][\w’']*[^\S\n]+|\(\s*|[—–][^\S\n]+)The\s+$")


def _with_the(text: str, cluster: Cluster, name: str) -> str:
    """An organisation's or publication's name with the "The" the article capitalises mid-sentence
    ("told The New York Times", "according to The Federalist"), as style guides do only where it
    belongs to the name; a sentence's opening "The" tells nothing."""
    if cluster.type not in ("ORG", "NORP") or name.startswith("The "):
        return name
    written = (c for c in cluster.names if not c.aside and c.name(text) == name)
    if any(_MID_SENTENCE_THE.search(text, max(0, c.start - 40), c.start) for c in written):
        return f"The {name}"
    return name


def _country(name: str, cluster: Cluster) -> str | None:
    """ISO3 the entity belongs to: a demonym group's ("Indians"), a person's by their stated role
    ("Indian diplomat"). Places get theirs from the gazetteer in the places stage."""
    if cluster.type == "NORP":
        return country_of(name)
    return next((r.country for r in cluster.roles if r.country), None)


def name_variants(ctx: Context) -> None:
    """Add `name_variant` flags: one person under conflicting names."""
    ctx.analysis.flags.extend(variant_flags(ctx.analysis.entities))
