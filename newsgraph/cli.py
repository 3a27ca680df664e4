"""Command line: newsgraph analyze|ingest|show|search|entities|quotes|events|schema."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable
from datetime import date
from typing import TypeVar

from pydantic import ValidationError
from tqdm import tqdm

from newsgraph.export import FORMATS, Result, write_results
from newsgraph.export.schema import render_schema, write_schema
from newsgraph.export.text import render_text
from newsgraph.model import Analysis, ErrorRecord
from newsgraph.store import DEFAULT_DB, IngestSummary, Store, StoreError, ingest

T = TypeVar("T")

# The pipeline (spaCy) and ingest (trafilatura) are imported inside the commands that use them, so
# the query commands (show, search, entities, quotes, events, schema) answer in a fraction of a second.

EXIT_USAGE = 2  # user error: bad argument, missing database
EXIT_NOTHING_READ = 1  # analyze/ingest: no input record could be read and analysed


class UserError(Exception):
    """Reported as one line on stderr, without a traceback."""


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _share(value: str) -> float:
    share = float(value)
    if not 0 <= share <= 1:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return share


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return int(value)


def _progress(items: Iterable[T], label: str, output_on_tty: bool = False) -> Iterable[T]:
    """A progress bar on stderr for batches that take a while; none when stderr is not a TTY, nor
    when the output itself goes to the terminal (it shows the progress, and a bar would garble it)."""
    if not sys.stderr.isatty() or (output_on_tty and sys.stdout.isatty()):
        return items
    return tqdm(items, desc=label, unit=" articles", file=sys.stderr, delay=2.0, leave=False)


# --- commands ------------------------------------------------------------------------------


def cmd_analyze(args: argparse.Namespace) -> int:
    from newsgraph.ingest import read_paths
    from newsgraph.pipeline import analyze_many

    articles = read_paths(args.paths, args.published)
    if args.workers > 1:
        from newsgraph.scale import analyze_parallel

        analysed_stream = analyze_parallel(articles, args.workers)
    else:
        analysed_stream = analyze_many(articles)
    if args.min_confidence is not None:
        analysed_stream = (_confident_events(r, args.min_confidence) for r in analysed_stream)
    results = _progress(analysed_stream, "analyze", output_on_tty=True)
    analysed = failed = 0
    for result in write_results(results, args.format, sys.stdout):
        if isinstance(result, ErrorRecord):
            failed += 1
        else:
            analysed += 1
    if failed:
        print(f"newsgraph: {failed} of {analysed + failed} records could not be analysed", file=sys.stderr)
    elif not analysed:
        print("newsgraph: no articles found in the given paths", file=sys.stderr)
    return 0 if analysed else EXIT_NOTHING_READ


def _confident_events(result: Result, min_confidence: float) -> Result:
    if isinstance(result, ErrorRecord):
        return result
    return result.model_copy(update={"events": [e for e in result.events if e.confidence >= min_confidence]})


def cmd_ingest(args: argparse.Namespace) -> int:
    from newsgraph.ingest import read_paths

    summary = IngestSummary()
    with Store(args.db) as store:
        try:
            outcomes = ingest(store, read_paths(args.paths, args.published), force=args.force)
            for outcome, record in _progress(outcomes, "ingest"):
                summary.add(outcome, record)
                if isinstance(record, ErrorRecord):
                    print(f"newsgraph: {record.id}: {record.error}", file=sys.stderr)
        finally:  # also when interrupted: what was committed stays, say so
            print(f"{args.db}: {summary.line()}", file=sys.stderr)
    return 0 if summary.stored + summary.replaced + summary.skipped else EXIT_NOTHING_READ


def cmd_show(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        raw = store.get_json(args.id)
        if raw is None:
            raise UserError(f"no article with id {args.id!r} in {args.db}")
        if args.format == "json":
            print(json.dumps(json.loads(raw), indent=2, ensure_ascii=False))
        else:
            try:
                analysis = Analysis.model_validate_json(raw)
            except ValidationError as exc:
                raise UserError(
                    f"{args.id!r} was stored by another newsgraph version; "
                    f"re-ingest it with --force ({exc.error_count()} schema errors)"
                ) from None
            sys.stdout.write(render_text(analysis))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        hits = store.search(args.query, args.limit)

    def line(hit: dict) -> str:
        title = f" — {hit['title']}" if hit["title"] else ""
        date_ = f" ({hit['published']})" if hit["published"] else ""
        return f"{hit['id']}{date_}{title}\n    {' '.join(hit['snippet'].split())}"

    _print_rows(hits, args.format, line)
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        rows = store.entities(args.type, args.name, args.limit)
    _print_rows(
        rows,
        args.format,
        lambda r: (
            f"{r['type']:<8} {r['name']}  "
            f"({r['articles']} article{'s' if r['articles'] != 1 else ''}, {r['mentions']} mentions)"
        ),
    )
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        rows = store.quotes(args.speaker, args.search, args.limit)

    def line(r: dict) -> str:
        via = f" via {r['channel']}" if r["channel"] else ""
        cue = f" [{r['cue']}]" if r["cue"] else ""
        return (
            f"{r['article_id']}: {r['speaker_name'] or '(unattributed)'}{cue}{via} {r['kind']}: “{r['text']}”"
        )

    _print_rows(rows, args.format, line)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    with Store(args.db, create=False) as store:
        rows = store.events(args.type, args.actor, args.place, args.since, args.limit, args.min_confidence)

    def line(r: dict) -> str:
        code = r["plover"] + (f"/{r['mode']}" if r["mode"] else "") + f"/{r['cameo']}"
        text = f"{r['article_id']}: {r['actor1_name'] or '?'} —{code}→ {r['actor2_name'] or '?'}"
        text += f" at {r['place_name']}" if r["place_name"] else ""
        text += f" on {r['date']}" if r["date"] else ""
        text += f" ({r['count']:g})" if r["count"] is not None else ""
        return text + f" “{r['trigger']}” conf {r['confidence']:.2f}"

    _print_rows(rows, args.format, line)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    if args.write:
        print(f"wrote {write_schema()}", file=sys.stderr)
    else:
        sys.stdout.write(render_schema())
    return 0


def _print_rows(rows: list[dict], fmt: str, line: Callable[[dict], str]) -> None:
    for r in rows:
        print(json.dumps(r, ensure_ascii=False) if fmt == "jsonl" else line(r))
    if not rows:
        print("nothing matches", file=sys.stderr)


# --- parser --------------------------------------------------------------------------------


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite database (default ./{DEFAULT_DB})")


def _rows_args(p: argparse.ArgumentParser, limit: int = 50) -> None:
    _db_arg(p)
    p.add_argument("--limit", type=_positive, default=limit, help=f"at most this many rows (default {limit})")
    p.add_argument("--format", choices=["text", "jsonl"], default="text")


def _min_confidence_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--min-confidence", type=_share, metavar="P",
        help="only events whose confidence (estimated precision, 0-1) is at least P",
    )  # fmt: skip


def _input_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="files (.txt, .html, .jsonl), directories, or - for stdin"
    )
    p.add_argument("--published", type=_iso_date, help="publication date for inputs that lack one")


def _add_analysis_commands(sub: argparse._SubParsersAction) -> None:
    """Commands that read articles: analyze prints, ingest stores."""
    p = sub.add_parser("analyze", help="analyse articles and print the result")
    _input_args(p)
    p.add_argument("--format", choices=FORMATS, default="json")
    _min_confidence_arg(p)
    p.add_argument(
        "--workers", type=_positive, default=1,
        help="analyse on this many local processes through Ray Data (needs newsgraph[scale]); output "
        "in input order",
    )  # fmt: skip
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("ingest", help="analyse articles and store them in the database")
    _input_args(p)
    p.add_argument("--force", action="store_true", help="re-analyse articles already stored unchanged")
    _db_arg(p)
    p.set_defaults(func=cmd_ingest)


def _add_store_commands(sub: argparse._SubParsersAction) -> None:
    """Commands that query the store."""
    p = sub.add_parser("show", help="print one stored analysis")
    p.add_argument("id")
    p.add_argument("--format", choices=["json", "text"], default="json")
    _db_arg(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("search", help="full-text search over stored articles (FTS5 query syntax)")
    p.add_argument("query")
    _rows_args(p, limit=20)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("entities", help="entities across stored articles")
    p.add_argument("--type", type=str.upper, help="PERSON, ORG, GPE, ...")
    p.add_argument("--name", help="canonical name or alias contains this")
    _rows_args(p)
    p.set_defaults(func=cmd_entities)

    p = sub.add_parser("quotes", help="quotes across stored articles")
    p.add_argument("--speaker", help="speaker's canonical name or alias contains this")
    p.add_argument("--search", help="quote text contains this")
    _rows_args(p)
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("events", help="events across stored articles")
    p.add_argument("--type", help="PLOVER type (PROTEST) or CAMEO code prefix (14)")
    p.add_argument("--actor", help="actor name, alias or CAMEO actor code")
    p.add_argument("--place", help="place name contains this")
    p.add_argument("--since", type=_iso_date, help="events dated on or after YYYY-MM-DD")
    _min_confidence_arg(p)
    _rows_args(p)
    p.set_defaults(func=cmd_events)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph", description="News articles to provenance-linked knowledge (see docs/output.md)."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_analysis_commands(sub)
    _add_store_commands(sub)
    p = sub.add_parser("schema", help="print the JSON Schema of analyze output")
    p.add_argument("--write", action="store_true", help="regenerate the shipped schema file instead")
    p.set_defaults(func=cmd_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (UserError, StoreError) as exc:
        print(f"newsgraph: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `newsgraph analyze ... | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit flush
        return 0
    except OSError as exc:  # unreadable input path, unwritable database directory, ...
        print(
            f"newsgraph: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""),
            file=sys.stderr,
        )
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
