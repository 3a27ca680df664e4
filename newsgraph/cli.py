"""Command line: newsgraph analyze|ingest|show|search|entities|quotes|events."""

from __future__ import annotations

import argparse
import sys

from newsgraph.ingest import read_paths
from newsgraph.pipeline import analyze_many


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsgraph")
    sub = parser.add_subparsers(dest="command", required=True)
    an = sub.add_parser("analyze", help="analyse articles and print the result")
    an.add_argument("paths", nargs="+")
    an.add_argument("--format", choices=["json", "jsonl", "text"], default="json")
    an.add_argument("--published")
    args = parser.parse_args(argv)
    for result in analyze_many(read_paths(args.paths, args.published)):
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
