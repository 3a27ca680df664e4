"""What case loss changes downstream: the pipeline on cased articles and on the same text lower-cased.

    python benchmarks/caseless.py [--part tune|heldout|all] [--bbc N] [--limit N] [--show N]

Label-free agreement benchmark. Each cased article (the 494 Indian news articles, which are Indian
news like IndiaPoliceEvents, and the first N BBC politics articles) is analysed as given and as
`text.lower()`; the lower-case copy goes through capitalisation restoration (`ingest/casing.py`),
which keeps the length, so offsets compare directly. The cased analysis is the reference:

- events: a cased event is reproduced when the lower-case analysis has an event with the same trigger
  offsets, PLOVER type and actor1/actor2 codes; recall = cased events reproduced, precision = lower-case
  events that match a cased one. Separately for police ARREST and police KILL events
  (`is_police_arrest` / `is_police_kill` of benchmarks/events.py).
- quotes: same as above with "a quote whose span overlaps and whose speaker name is equal ignoring case
  (both without a speaker also agree)".
- entities: PERSON/ORG/GPE mentions with the same offsets and type.

Parts: `tune` = Indian news ids ending in an even digit plus BBC; `heldout` = Indian news ids ending
in an odd digit, looked at only in aggregate (`--show` lists losses of the tune part only).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import CORPORA, read_jsonl  # noqa: E402
from events import analyses, is_police_arrest, is_police_kill  # noqa: E402

from newsgraph.model import Analysis, Event  # noqa: E402

ENTITY_TYPES = ("PERSON", "ORG", "GPE")


def lower_same_length(text: str) -> str:
    """text.lower(), except characters whose lower case is longer ("İ") stay as they are."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def records(part: str, bbc: int, limit: int | None) -> list[dict]:
    indian = list(read_jsonl(CORPORA / "indian-news.jsonl"))
    odd = [r for r in indian if int(r["id"][-1]) % 2]
    even = [r for r in indian if not int(r["id"][-1]) % 2]
    politics = [r for r in read_jsonl(CORPORA / "bbc-news.jsonl") if r.get("section") == "politics"][:bbc]
    chosen = {"tune": even + politics, "heldout": odd, "all": indian + politics}[part]
    return chosen[:limit]


def event_key(e: Event) -> tuple:
    code = lambda a: a.code if a is not None else None  # noqa: E731
    return (e.trigger.start, e.trigger.end, e.plover, code(e.actor1), code(e.actor2))


def entity_keys(a: Analysis) -> dict[tuple, str]:
    return {
        (m.start, m.end, e.type): m.text
        for e in a.entities
        if e.type in ENTITY_TYPES
        for m in e.mentions
        if m.source != "pronoun"
    }


def quote_agrees(q, others) -> bool:
    name = (q.speaker.name or "").casefold() if q.speaker else ""
    return any(
        o.start < q.end
        and q.start < o.end
        and ((o.speaker.name or "").casefold() if o.speaker else "") == name
        for o in others
    )


class Tally:
    def __init__(self) -> None:
        self.c = Counter()

    def add(self, name: str, ref: set, got: set) -> None:
        self.c[name + " ref"] += len(ref)
        self.c[name + " got"] += len(got)
        self.c[name + " both"] += len(ref & got)

    def line(self, name: str) -> str:
        ref, got, both = (self.c[f"{name} {k}"] for k in ("ref", "got", "both"))
        r, p = both / max(ref, 1), both / max(got, 1)
        return f"  {name:14} reproduced {r:.3f}  precision {p:.3f}  (cased {ref}, lower {got}, both {both})"


def run(part: str, bbc: int, limit: int | None, show: int) -> None:
    recs = records(part, bbc, limit)
    lowered = [{**r, "text": lower_same_length(r["text"])} for r in recs]
    cased = dict((r["id"], a) for r, a in analyses(recs))
    lower = dict((r["id"], a) for r, a in analyses(lowered))
    t = Tally()
    restored = 0
    lost_ents, extra_ents, lost_events = Counter(), Counter(), []
    for rid, a in cased.items():
        b = lower.get(rid)
        if b is None:
            continue
        restored += any(f.message.startswith("text was all lower case") for f in b.flags)
        for name, keep in (
            ("events", None),
            ("police ARREST", is_police_arrest),
            ("police KILL", is_police_kill),
        ):
            ref = {event_key(e) for e in a.events if keep is None or keep(e)}
            got = {event_key(e) for e in b.events if keep is None or keep(e)}
            t.add(name, ref, got)
        ref_q = {i for i, q in enumerate(a.quotes) if quote_agrees(q, b.quotes)}
        got_q = {i for i, q in enumerate(b.quotes) if quote_agrees(q, a.quotes)}
        t.c["quotes ref"] += len(a.quotes)
        t.c["quotes got"] += len(b.quotes)
        t.c["quotes both"] += len(ref_q)
        t.c["quotes both_got"] += len(got_q)
        ea, eb = entity_keys(a), entity_keys(b)
        t.add("entities", set(ea), set(eb))
        for ty in ENTITY_TYPES:
            t.add(f"  {ty}", {k for k in ea if k[2] == ty}, {k for k in eb if k[2] == ty})
        lost_ents.update(f"{ea[k]} {k[2]}" for k in set(ea) - set(eb))
        extra_ents.update(f"{eb[k]} {k[2]}" for k in set(eb) - set(ea))
        bkeys = {event_key(e) for e in b.events}
        for e in a.events:
            if event_key(e) not in bkeys:
                s, t_end = e.sentence["start"], e.sentence["end"]
                alt = [event_key(x) for x in b.events if s <= x.trigger.start < t_end]
                lost_events.append((rid, event_key(e), e.trigger.text, alt, a.text[s:t_end][:200]))
    print(f"caseless agreement, part {part}: {len(cased)} articles ({restored} restored when lower-cased)")
    for name in ("events", "police ARREST", "police KILL"):
        print(t.line(name))
    qr = t.c["quotes both"] / max(t.c["quotes ref"], 1)
    qp = t.c["quotes both_got"] / max(t.c["quotes got"], 1)
    print(
        f"  {'quotes':14} reproduced {qr:.3f}  precision {qp:.3f}  "
        f"(cased {t.c['quotes ref']}, lower {t.c['quotes got']})"
    )
    for name in ("entities", "  PERSON", "  ORG", "  GPE"):
        print(t.line(name))
    if show and part != "heldout":
        print("\nentity mentions lost:", lost_ents.most_common(show))
        print("\nentity mentions added:", extra_ents.most_common(show))
        print("\nevents lost:")
        for row in lost_events[:show]:
            print(" ", row)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("tune", "heldout", "all"), default="tune")
    ap.add_argument("--bbc", type=int, default=200, help="BBC politics articles (tune part)")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--show", type=int, default=0, help="list the N commonest losses (tune part only)")
    args = ap.parse_args()
    run(args.part, args.bbc, args.limit, args.show)


if __name__ == "__main__":
    main()
