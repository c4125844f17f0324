"""The store's commands: ingest, failures, dyad, dyads, export (registered by dyadline.cli).

Each command is a thin layer over importable functions of :mod:`dyadline.store`.
"""

from __future__ import annotations

import datetime as dt
import logging
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dyadline.errors import DyadlineError
from dyadline.settings import Settings
from dyadline.store.model import IngestProgress, IngestSummary

__all__ = ["register"]

log = logging.getLogger("dyadline")

DbOption = Annotated[Optional[Path], typer.Option("--db", help="The DuckDB store (default: setting database, events.duckdb).")]
FromOption = Annotated[Optional[str], typer.Option("--from", help="First date, YYYY-MM-DD.")]
ToOption = Annotated[Optional[str], typer.Option("--to", help="Last date, YYYY-MM-DD.")]


class IngestFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    html = "html"
    feed = "feed"
    csv = "csv"


class Freq(str, Enum):
    day = "day"
    week = "week"
    month = "month"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    gdelt = "gdelt"
    plover = "plover"
    acled = "acled"


class ExportTable(str, Enum):
    events = "events"
    mentions = "mentions"


#: table width when the output is not a terminal (a file, a pipe), so rows do not wrap.
TABLE_WIDTH = 200


def _console(*, stderr: bool = False) -> Console:
    console = Console(stderr=stderr)
    return console if console.is_terminal else Console(stderr=stderr, width=TABLE_WIDTH)


def _logging(console: Console, verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(name)s: %(message)s",
        handlers=[RichHandler(console=console, show_time=False, show_path=False, markup=False)],
        force=True,
    )
    if not verbose:  # trafilatura warns about every page it cannot use; our failures say it once
        logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _date(value: Optional[str], option: str) -> Optional[dt.date]:
    if value is None:
        return None
    from dyadline.readers import parse_date

    try:
        return parse_date(value, origin=option)
    except DyadlineError as exc:
        raise typer.BadParameter(str(exc)) from exc


def _settings(db: Optional[Path]) -> Settings:
    from dyadline.settings import load_settings

    return load_settings(database=db)


def _fail(exc: DyadlineError) -> typer.Exit:
    _console(stderr=True).print(f"error: {exc}", markup=False, highlight=False)
    return typer.Exit(2)


def _progress_text(p: IngestProgress) -> str:
    return (f"{p.documents_read:,} docs ({p.documents_per_second:.1f}/s) · {p.mentions:,} events "
            f"({p.events_per_second:.1f}/s) · {p.documents_skipped:,} already stored · {p.failures:,} failed")


def _summary(console: Console, s: IngestSummary) -> None:
    p = s.progress
    console.print(
        f"read {p.documents_read:,} documents in {p.elapsed:.1f} s ({p.documents_per_second:.1f} docs/s, "
        f"{p.events_per_second:.1f} events/s): stored {p.documents_stored:,}, already stored "
        f"{p.documents_skipped:,}, failed {p.failures:,}; {p.mentions:,} event mentions coded.\n"
        f"{s.database}: {s.store_documents:,} documents, {s.store_mentions:,} mentions, "
        f"{s.store_events:,} events after de-duplication, {s.store_open_failures:,} open failures "
        "(`dyadline failures` lists them).",
        markup=False, highlight=False, soft_wrap=True,
    )


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively), or - for standard input.")],
    db: DbOption = None,
    input_format: Annotated[IngestFormat, typer.Option("--input-format", help="auto: by file suffix.")] = IngestFormat.auto,
    date: Annotated[Optional[str], typer.Option(
        help="Publication date YYYY-MM-DD: overrides a text file's 'Published:' header (as in `code`); "
             "the fallback for other inputs without a date.")] = None,
    text_column: Annotated[Optional[str], typer.Option(help="CSV: the column holding the text.")] = None,
    id_column: Annotated[Optional[str], typer.Option(help="CSV: the column holding the document id.")] = None,
    date_column: Annotated[Optional[str], typer.Option(help="CSV: the column holding the date.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar on standard error.")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
    workers: Annotated[Optional[int], typer.Option(
        min=1, help="Code on a local Dask cluster of this many worker processes (one per core).")] = None,
    scheduler: Annotated[Optional[str], typer.Option(
        help="Code on a running Dask cluster: its scheduler's address, tcp://HOST:PORT.")] = None,
) -> None:
    """Code documents and store them (skipping those already stored); print a summary.

    With --workers or --scheduler the coding runs on Dask and this process writes the store.
    The exit status is 1 if any input failed (`dyadline failures` lists them), 2 on an error.
    """
    if workers is not None and scheduler is not None:
        raise typer.BadParameter("give --workers (a local cluster) or --scheduler (a running one), not both")
    from dyadline.store.ingest import ingest_paths
    from dyadline.store.sources import SourceOptions

    err = _console(stderr=True)
    _logging(err, verbose)
    options = SourceOptions(input_format.value, _date(date, "--date"), text_column, id_column, date_column)
    settings = _settings(db)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=err, disable=not progress, transient=False) as bar:
        task = bar.add_task("ingesting", total=None)

        def on_progress(p: IngestProgress) -> None:
            bar.update(task, description=_progress_text(p))

        try:
            summary = ingest_paths(paths, database=settings.database, options=options, settings=settings,
                                   on_progress=on_progress, workers=workers, scheduler=scheduler)
        except DyadlineError as exc:
            raise _fail(exc) from exc
    _summary(_console(), summary)
    if summary.progress.failures:
        raise typer.Exit(1)


def failures(
    db: DbOption = None,
    all_: Annotated[bool, typer.Option("--all", help="Also list failures resolved by a later ingest.")] = False,
    limit: Annotated[Optional[int], typer.Option(help="At most this many, most recent first.")] = None,
) -> None:
    """List the inputs and documents that could not be stored, with their errors."""
    from dyadline.store.queries import list_failures
    from dyadline.store.schema import open_reader
    from dyadline.store.tables import failures_table

    settings = _settings(db)
    try:
        with open_reader(settings.database, timeout=settings.store_lock_timeout) as conn:
            rows = list_failures(conn, include_resolved=all_, limit=limit)
    except DyadlineError as exc:
        raise _fail(exc) from exc
    _console().print(failures_table(rows))


def dyad(
    a: Annotated[str, typer.Argument(help="A country: ISO 3166 alpha-3 code (RUS), IGO code (EU) or name.")],
    b: Annotated[str, typer.Argument(help="The other country.")],
    db: DbOption = None,
    start: FromOption = None,
    end: ToOption = None,
    freq: Annotated[Freq, typer.Option(help="Period length.")] = Freq.month,
    plot: Annotated[Optional[Path], typer.Option(help="Also draw the timeline to this image (PNG).")] = None,
) -> None:
    """How the relation between two countries moved, per period and direction, with sharp shifts flagged.

    Per period: events by quad class, Goldstein sum and mean, the PLOVER type mix, the mentions.
    """
    from dyadline.store.rollups import dyad_timeline
    from dyadline.store.schema import open_reader
    from dyadline.store.tables import dyad_tables, resolve_country

    settings = _settings(db)
    try:
        code_a, code_b = resolve_country(a), resolve_country(b)
    except DyadlineError as exc:
        raise typer.BadParameter(str(exc)) from exc
    try:
        with open_reader(settings.database, timeout=settings.store_lock_timeout) as conn:
            timeline = dyad_timeline(conn, code_a, code_b, start=_date(start, "--from"), end=_date(end, "--to"),
                                     freq=freq.value, settings=settings)
        if plot is not None:
            from dyadline.store.plot import plot_timeline

            plot_timeline(timeline, plot)
    except DyadlineError as exc:
        raise _fail(exc) from exc
    console = _console()
    for table in dyad_tables(timeline):
        console.print(table)
    if plot is not None:
        console.print(f"chart written to {plot}", markup=False, highlight=False)


def dyads(
    db: DbOption = None,
    top: Annotated[int, typer.Option(help="How many pairs.")] = 20,
    start: FromOption = None,
    end: ToOption = None,
    international: Annotated[bool, typer.Option("--international", help="Leave out domestic pairs.")] = False,
) -> None:
    """The most active pairs of countries (both directions together)."""
    from dyadline.store.rollups import top_dyads
    from dyadline.store.schema import open_reader
    from dyadline.store.tables import pairs_table

    settings = _settings(db)
    try:
        with open_reader(settings.database, timeout=settings.store_lock_timeout) as conn:
            pairs = top_dyads(conn, top=top, start=_date(start, "--from"), end=_date(end, "--to"),
                              international=international)
    except DyadlineError as exc:
        raise _fail(exc) from exc
    _console().print(pairs_table(pairs))


def export(
    format: Annotated[ExportFormat, typer.Option("--format", help="Output format.")],
    out: Annotated[Path, typer.Option("--out", help="Output file (- for standard output: gdelt, plover, acled).")],
    db: DbOption = None,
    start: FromOption = None,
    end: ToOption = None,
    table: Annotated[ExportTable, typer.Option(help="parquet/csv: the events, or every mention.")] = ExportTable.events,
) -> None:
    """Export the events: GDELT 2.0 event table, PLOVER JSONL, ACLED CSV, or Parquet/CSV tables."""
    from dyadline.store.exports import export_store
    from dyadline.store.schema import open_reader

    settings = _settings(db)
    try:
        with open_reader(settings.database, timeout=settings.store_lock_timeout) as conn:
            rows = export_store(conn, fmt=format.value, out=out, start=_date(start, "--from"),
                                end=_date(end, "--to"), table=table.value)
    except DyadlineError as exc:
        raise _fail(exc) from exc
    _console(stderr=True).print(f"{rows:,} rows written to {out}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    """Add the store's commands to the dyadline CLI."""
    app.command("ingest")(ingest)
    app.command("failures")(failures)
    app.command("dyad")(dyad)
    app.command("dyads")(dyads)
    app.command("export")(export)
