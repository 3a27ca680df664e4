"""Date normalisation accuracy on hand-labelled corpus cases (benchmarks/cases/dates.jsonl).

    python benchmarks/dates.py [--split report|tune|all] [--verbose]

A case is right when the date we extract at its span has the expected value and range (a
negative case - a duration or a name - is right when we extract no date there; a case whose
expected value is null is right when we give no value there). Reports the `report` half.
"""

from __future__ import annotations

from _cases import best_overlap, cases_and_analyses, report_timing


def judge(case: dict, analyses: dict) -> tuple[bool, str]:
    analysis = analyses.get(case["id"])
    found = best_overlap(analysis.dates, case["start"], case["end"]) if analysis else None
    expected = case["expected"]
    got = None if found is None else {"value": found.value, "range": found.range}
    if expected is None:
        return found is None, f"expected no date, got {got}"
    if expected["value"] is None and expected["range"] is None:
        return got is None or got == expected, f"expected no value, got {got}"
    return got == expected, f"expected {expected}, got {got}"


def main() -> None:
    args, cases, analyses, timings, total = cases_and_analyses("dates", __doc__)
    right = 0
    for case in cases:
        ok, detail = judge(case, analyses)
        right += ok
        if args.verbose and not ok:
            print(f"  WRONG {case['id']} {case['start']}-{case['end']} ({case['note']}): {detail}")
    negatives = sum(c["expected"] is None for c in cases)
    print(
        f"dates [{args.split}]: {right}/{len(cases)} = {right / len(cases):.3f} exact value match "
        f"({negatives} negative cases)"
    )
    report_timing(("dates",), timings, total, len(analyses))


if __name__ == "__main__":
    main()
