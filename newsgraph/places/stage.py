"""The places stage proper: toponyms -> resolved records -> ctx.analysis.places and entity.place."""

from __future__ import annotations

from newsgraph.context import Context
from newsgraph.model import Place
from newsgraph.places import gazetteer
from newsgraph.places.gazetteer import Candidate
from newsgraph.places.mentions import Toponym, toponyms
from newsgraph.places.resolve import Resolver


def _place(t: Toponym, c: Candidate, entity: str | None) -> Place:
    return Place(
        start=t.start,
        end=t.end,
        text=t.text,
        geonameid=c.geonameid,
        name=c.name,
        feature=c.feature,
        country=c.country,
        admin1=c.admin1,
        admin1_name=c.admin1_name,
        lat=c.lat,
        lon=c.lon,
        entity=entity,
        form=t.form,
    )


def entity_place(c: Candidate) -> dict:
    """The contract's entity.place object for a record."""
    return {
        "geonameid": c.geonameid,
        "name": c.name,
        "country": c.country,
        "lat": c.lat,
        "lon": c.lon,
        "feature": c.feature,
        "admin1": c.admin1,
        "admin1_name": c.admin1_name,
    }


def _local_place(t: Toponym, chosen: dict[int, Candidate | None], resolver: Resolver) -> Candidate:
    """A street, river or park the gazetteer lacks: no GeoNames id, placed at the town the text puts it
    in ("Darby Street in Dublin", "Main St., Alexandria"), else at the article's main town, else only in
    the article's main country."""
    q = chosen.get(id(t.qualifier)) if t.qualifier else None
    town = q if q is not None and q.feature in {"city", "admin2"} else resolver.focus()
    if town is None:
        return Candidate(None, t.text, "other", resolver.main_country(), None, None, None, None, 0)
    return Candidate(
        None, t.text, "other", town.country, town.admin1, town.admin1_name, town.lat, town.lon, 0
    )


def run_stage(ctx: Context) -> None:
    """Fill ctx.analysis.places and set entity.place on the entities they belong to."""
    found = toponyms(ctx)
    # A demonym means its place (country or region): no resolving; a country one is already evidence.
    names = [t for t in found if t.form != "demonym" and not t.local and not t.weak]
    resolver = Resolver(ctx, names)
    chosen = dict(zip(map(id, names), resolver.resolve(), strict=True))
    for t in found:
        if t.local:
            c = _local_place(t, chosen, resolver)
        elif t.weak:
            c = resolver.backed(t)
        else:
            c = gazetteer.demonym_place(t.text) if t.form == "demonym" else chosen[id(t)]
        if c is None:
            continue
        entity = t.entity or ctx.entity_at(t.start, t.end)
        ctx.analysis.places.append(_place(t, c, entity))
        ent = ctx.analysis.entity(entity)
        if ent is None or ent.place is not None:
            continue
        # an organisation or people named after a place ("Karachi police", "Pakistanis") is not at it
        if t.form != "name" and ent.type not in {"GPE", "LOC", "FAC"}:
            continue
        if t.entity or ent.type in {"GPE", "LOC", "FAC"}:
            ent.place = entity_place(c)
            if ent.country is None and ent.type in {"GPE", "LOC", "FAC"}:
                ent.country = gazetteer.country_iso3(c.country)
