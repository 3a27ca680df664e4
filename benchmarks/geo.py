"""Geoparsing accuracy of the places stage on ../shared/eval/geo (LGL, GeoVirus tune; GWN, TR-News report).

Runs the full pipeline (newsgraph.pipeline.analyze_many) on each corpus's articles and scores
ctx.analysis.places against the gold toponyms:

- recognition: toponym recall (gold toponyms overlapped by one of our places) and precision (our
  places overlapping a gold toponym); GeoWebNews gold = spans with is_toponym, others = all spans;
  every place form counts alike (Place.form: "name", "demonym", "modifier"), since all three corpora
  annotate demonyms and modifier uses as toponyms (GWN types Demonym, *_Modifier, Embedded_*; LGL and
  TR-News tag "Russian", "Palestinians", "Pakistani" too), and the precision of each form is printed;
  a demonym place is its country, scored against the gold's coordinates where the gold has them (GWN
  Demonym spans have none, so they count for recall and precision only);
- resolution, over gold toponyms with coordinates that we detected: acc@161km, exact GeoNames id
  (where the gold has one), country accuracy, mean and median error in km;
- end-to-end acc@161km over all gold toponyms with coordinates (a missed one counts as wrong);
- acc@161_or_same_record: within 161 km or the gold's own GeoNames record (our ADM1 points are
  derived, not GeoNames' own, so a right ADM1 can lie > 161 km from the gold point);
- a population-only baseline on the same detections (the most populous gazetteer candidate of the
  same text), scored by the same code;
- the stages' share of pipeline time.

    python benchmarks/geo.py [--corpus lgl|geovirus|gwn|trnews|all] [--limit N] [--errors N]

GeoVirus gold has coordinates only (no GeoNames ids, no countries) and does not tag demonyms.
`--errors` prints wrong resolutions: use it on LGL or GeoVirus (tuning splits) only.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import EVAL, read_jsonl  # noqa: E402

from newsgraph.model import Analysis, Article, Place  # noqa: E402
from newsgraph.pipeline import analyze_many  # noqa: E402
from newsgraph.places import gazetteer  # noqa: E402

CORPORA = {"lgl": "lgl.jsonl", "geovirus": "geovirus.jsonl", "gwn": "gwn.jsonl", "trnews": "trnews.jsonl"}
ACC_KM = 161.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    cos = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos)))


@dataclass
class Guess:
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None
    name: str = ""


@dataclass
class Scores:
    distances: list[float] = field(default_factory=list)
    exact: list[bool] = field(default_factory=list)
    country: list[bool] = field(default_factory=list)
    near_or_same: list[bool] = field(default_factory=list)  # within 161 km, or the gold's own record

    def add(self, gold: dict, guess: Guess) -> float:
        d = km(gold["lat"], gold["lon"], guess.lat, guess.lon) if guess.lat is not None else 20_000.0
        self.distances.append(d)
        if gold.get("geonameid"):
            self.exact.append(guess.geonameid == gold["geonameid"])
        self.near_or_same.append(d <= ACC_KM or (guess.geonameid or 0) == gold.get("geonameid"))
        gold_cc = gold_country(gold)
        if gold_cc:
            self.country.append(guess.country == gold_cc)
        return d

    def summary(self, gold_with_coords: int) -> str:
        n = len(self.distances)
        if not n:
            return "no detections"
        hits = sum(d <= ACC_KM for d in self.distances)
        return (
            f"acc@161={hits / n:.3f} exact_id={_rate(self.exact)} country={_rate(self.country)} "
            f"mean_km={statistics.fmean(self.distances):.0f} "
            f"median_km={statistics.median(self.distances):.1f} "
            f"(n={n}) end_to_end_acc@161={hits / gold_with_coords:.3f} "
            f"acc@161_or_same_record={_rate(self.near_or_same)}"
        )


def _rate(flags: list[bool]) -> str:
    return f"{sum(flags) / len(flags):.3f}" if flags else "n/a"


def gold_country(gold: dict) -> str | None:
    """ISO2 of the gold record: from its GeoNames id when the gazetteer has it, else from the
    country name the corpus gives (LGL, TR-News)."""
    if gold.get("geonameid"):
        rec = gazetteer.by_id(gold["geonameid"])
        if rec and rec.country:
            return rec.country
    if gold.get("country"):
        rec = next((c for c in gazetteer.lookup(gold["country"]) if c.feature == "country"), None)
        if rec:
            return rec.country
    return None


def gold_toponyms(doc: dict) -> list[dict]:
    return [t for t in doc["toponyms"] if t.get("is_toponym", True)]


def overlap(a: dict | Place, b: dict | Place) -> int:
    get = (lambda x, k: x[k]) if isinstance(a, dict) else getattr
    get_b = (lambda x, k: x[k]) if isinstance(b, dict) else getattr
    return min(get(a, "end"), get_b(b, "end")) - max(get(a, "start"), get_b(b, "start"))


def population_guess(place: Place) -> Guess | None:
    if place.form == "demonym":  # nothing to choose: a demonym names one place
        c = gazetteer.demonym_place(place.text)
        return Guess(c.geonameid, c.country, c.lat, c.lon, c.name) if c else None
    cands = gazetteer.lookup(place.text)
    if not cands:
        return None
    c = max(cands, key=lambda c: c.population)
    return Guess(c.geonameid, c.country, c.lat, c.lon, c.name)


@dataclass
class Recognition:
    gold: Counter = field(default_factory=Counter)  # by GWN type ("all" for every gold toponym)
    found: Counter = field(default_factory=Counter)
    places: Counter = field(default_factory=Counter)  # by Place.form ("all" for every place)
    true_places: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        recall = self.found["all"] / max(self.gold["all"], 1)
        precision = self.true_places["all"] / max(self.places["all"], 1)
        text = f"recognition: recall={recall:.3f} precision={precision:.3f} (places={self.places['all']})"
        forms = [f"{f}={self.true_places[f] / n:.2f}/{n}" for f, n in self.places.most_common() if f != "all"]
        text += "\n  precision by form: " + " ".join(forms)
        by_type = [f"{t}={self.found[t] / n:.2f}/{n}" for t, n in self.gold.most_common() if t != "all"]
        return text + ("\n  recall by gold type: " + " ".join(by_type) if by_type else "")


def score_corpus(
    docs: list[dict], results: list, errors: int
) -> tuple[Recognition, Scores, Scores, list[str]]:
    """Recognition, our resolution, the population baseline's, and up to `errors` wrong ones."""
    rec, ours, base, wrong = Recognition(), Scores(), Scores(), []
    for doc, result in zip(docs, results, strict=True):
        places = result.places if isinstance(result, Analysis) else []
        gold = gold_toponyms(doc)
        for p in places:
            rec.places.update(["all", p.form])
            if any(overlap(p, g) > 0 for g in gold):
                rec.true_places.update(["all", p.form])
        for g in gold:
            kinds = ["all"] + ([g["type"]] if g.get("type") else [])
            rec.gold.update(kinds)
            hit = max(places, key=lambda p, g=g: overlap(p, g), default=None)
            if hit is None or overlap(hit, g) <= 0:
                continue
            rec.found.update(kinds)
            if g["lat"] is None:
                continue
            d = ours.add(g, Guess(hit.geonameid, hit.country, hit.lat, hit.lon, hit.name))
            base.add(g, population_guess(hit) or Guess(None, None, None, None))
            if d > ACC_KM and len(wrong) < errors:
                wrong.append(
                    f"{doc['id']}: {g['text']!r} -> {hit.name} ({hit.country}, {hit.feature}, "
                    f"{hit.geonameid}) gold {g.get('geonameid')} {g.get('feature')} "
                    f"{g.get('admin1')}/{g.get('country')} [{d:.0f} km]"
                )
    return rec, ours, base, wrong


def run_corpus(name: str, limit: int | None, errors: int) -> None:
    docs = list(read_jsonl(EVAL / "geo" / CORPORA[name]))[:limit]
    articles = [Article(id=d["id"], text=d["text"], url=d.get("url"), source=d.get("domain")) for d in docs]
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    results = list(analyze_many(articles, timings=timings))
    wall = time.perf_counter() - t0
    rec, ours, base, wrong = score_corpus(docs, results, errors)
    n_coords = sum(g["lat"] is not None for d in docs for g in gold_toponyms(d))
    print(f"== {name}: {len(docs)} articles, {rec.gold['all']} gold toponyms ({n_coords} with coordinates)")
    print(rec.summary())
    print(f"newsgraph:  {ours.summary(n_coords)}")
    print(f"population: {base.summary(n_coords)}")
    stages = sum(timings.values())
    share = " ".join(f"{k}={v / wall:.1%}" for k, v in timings.items())
    print(f"time: {wall:.1f}s total, spaCy+rest {1 - stages / wall:.1%}, stages: {share}")
    for line in wrong:
        print("  wrong:", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    parser.add_argument("--errors", type=int, default=0, help="print N wrong resolutions (tuning sets only)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    gazetteer.lookup("London")
    print(f"gazetteer ready in {time.perf_counter() - t0:.2f}s")
    for name in CORPORA if args.corpus == "all" else [args.corpus]:
        run_corpus(name, args.limit, args.errors)


if __name__ == "__main__":
    main()
