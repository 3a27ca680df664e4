"""Amount normalisation accuracy on hand-labelled corpus cases (benchmarks/cases/amounts.jsonl).

    python benchmarks/amounts.py [--split report|tune|all] [--verbose]

A case is right when the amount we extract at its span has the expected value AND counted object
(a negative case - a year, a date, a clock time, an age, a score, a name - is right when we extract
no amount there). Value-only, kind, unit and approximate-flag agreement are printed beside it.
Reports the `report` half.
"""

from __future__ import annotations

import math

from _cases import best_overlap, cases_and_analyses, report_timing


def judge(case: dict, analyses: dict) -> dict[str, bool]:
    """Which aspects of one case we got right."""
    analysis = analyses.get(case["id"])
    found = best_overlap(analysis.amounts, case["start"], case["end"]) if analysis else None
    expected = case["expected"]
    if expected is None:
        ok = found is None
        return {"value+object": ok, "value": ok, "kind": ok, "unit": ok, "approximate": ok}
    if found is None:
        return dict.fromkeys(("value+object", "value", "kind", "unit", "approximate"), False)
    value_ok = math.isclose(found.value, expected["value"], rel_tol=1e-6)
    return {
        "value+object": value_ok and found.object == expected["object"],
        "value": value_ok,
        "kind": found.kind == expected["kind"],
        "unit": found.unit == expected["unit"],
        "approximate": found.approximate == expected["approximate"],
    }


def describe(case: dict, analyses: dict) -> str:
    analysis = analyses.get(case["id"])
    found = best_overlap(analysis.amounts, case["start"], case["end"]) if analysis else None
    got = found and {k: getattr(found, k) for k in ("value", "kind", "object", "approximate", "unit")}
    return f"expected {case['expected']}, got {got}"


def main() -> None:
    args, cases, analyses, timings, total = cases_and_analyses("amounts", __doc__)
    totals: dict[str, int] = {}
    for case in cases:
        verdict = judge(case, analyses)
        for aspect, ok in verdict.items():
            totals[aspect] = totals.get(aspect, 0) + ok
        if args.verbose and not verdict["value+object"]:
            where = f"{case['id']} {case['start']}-{case['end']} ({case['note']})"
            print(f"  WRONG {where}: {describe(case, analyses)}")
    n, negatives = len(cases), sum(c["expected"] is None for c in cases)
    print(f"amounts [{args.split}]: {n} cases ({negatives} negative)")
    for aspect, right in totals.items():
        print(f"  {aspect:13s} {right}/{n} = {right / n:.3f}")
    report_timing(("amounts",), timings, total, len(analyses))


if __name__ == "__main__":
    main()
