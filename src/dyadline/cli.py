"""The command line: a thin typer layer over importable functions."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from dyadline.errors import DyadlineError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, help="dyadline: political event data from news text.")
log = logging.getLogger("dyadline")


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


class InputFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def _parse_cli_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    from dyadline.readers import parse_date

    try:
        return parse_date(value, origin="--date")
    except DyadlineError as exc:
        raise typer.BadParameter(str(exc)) from exc


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Article files, or - for standard input.")],
    date: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD (overrides a 'Published:' header).")] = None,
    format: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.jsonl,
    input_format: Annotated[InputFormat, typer.Option("--input-format", help="text: one article per file; jsonl: one document per line.")] = InputFormat.text,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Code articles into events (PLOVER + CAMEO), printed to standard output.

    Inputs that cannot be read or coded are reported on standard error, one
    line each, naming the input and the problem; the others are still coded.
    The exit status is 1 if any input failed.
    """
    _setup_logging(verbose)
    from dyadline.coder import code_inputs
    from dyadline.output import write_events, write_failures

    pub_date = _parse_cli_date(date)
    events = []
    failures = []
    try:
        for result in code_inputs(paths, input_format=input_format.value, date=pub_date):
            if result.failure is not None:
                failures.append(result.failure)
                write_failures([result.failure], stream=sys.stderr)
            elif format is OutputFormat.jsonl:
                write_events(result.events, fmt="jsonl", stream=sys.stdout)
            else:
                events.extend(result.events)
    except DyadlineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if format is not OutputFormat.jsonl:
        write_events(events, fmt=format.value, stream=sys.stdout)
    if failures:
        raise typer.Exit(1)


@app.command()
def example(
    format: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.table,
    db: Annotated[Optional[Path], typer.Option(help="DuckDB file to store the events in (default: setting database).")] = None,
) -> None:
    """Code the example article bundled with dyadline, print its events and store them (DuckDB)."""
    _setup_logging(False)
    from importlib import resources

    from dyadline.coder import Coder
    from dyadline.output import write_events
    from dyadline.readers import read_text_document
    from dyadline.settings import load_settings
    from dyadline.store.ingest import ingest_documents

    settings = load_settings(database=db)
    coder = Coder(settings=settings)
    with resources.as_file(resources.files("dyadline").joinpath("examples/example-article.txt")) as path:
        document = read_text_document(path, settings=settings)
    events = coder.code(document)
    write_events(events, fmt=format.value, stream=sys.stdout)
    try:
        summary = ingest_documents([document], settings=settings, coder=coder)
    except DyadlineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"stored in {summary.database}: {summary.store_documents} documents, {summary.store_events} "
               f"events ({summary.store_mentions} mentions). Next: dyadline dyads --db {summary.database}", err=True)


@app.command()
def actor(
    text: Annotated[str, typer.Argument(help="The actor phrase, e.g. \"Russian Deputy Prime Minister Alexey Overchuk\".")],
    date: Annotated[Optional[str], typer.Option(help="The article's date YYYY-MM-DD (decides who holds an office).")] = None,
    context: Annotated[Optional[str], typer.Option(help="The sentence(s) the phrase occurs in.")] = None,
) -> None:
    """Show how dyadline resolves an actor phrase, and why."""
    _setup_logging(False)
    from dyadline.explain import explain_actor

    try:
        result = explain_actor(text, date=_parse_cli_date(date), context=context)
    except DyadlineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(result.describe())
    if result.actor is None:
        raise typer.Exit(1)


class Dataset(str, Enum):
    plover_gsr = "plover_gsr"
    cameo_ner = "cameo_ner"
    event_location = "event_location"
    acled_where = "acled_where"
    india_police_events = "india_police_events"
    acled_types = "acled_types"
    cameo_class = "cameo_class"


@app.command("eval")
def evaluate(
    dataset: Annotated[Dataset, typer.Argument(help="Which gold set in the data folder to score against.")],
    limit: Annotated[Optional[int], typer.Option(help="Score only the first N items.")] = None,
    report: Annotated[Optional[Path], typer.Option(help="Also write the report (markdown) to this file.")] = None,
    data_dir: Annotated[Optional[Path], typer.Option(help="Gold data folder (default: setting data_dir, ../shared/data).")] = None,
    half: Annotated[Optional[str], typer.Option(help="plover_gsr, cameo_ner, event_location, acled_where, india_police_events: all, dev or test (fixed splits; rules were tuned on dev).")] = None,
    learned: Annotated[bool, typer.Option("--learned", help="acled_types, cameo_class: also score rules + a learned head fitted on other data (ACLED: the other set, both ways; cameo_class: 5-fold cross-validation).")] = False,
) -> None:
    """Score the coder against a public gold set and print the figures."""
    _setup_logging(False)
    from dyadline.coder import Coder
    from dyadline.evaluation import scorer_for
    from dyadline.settings import load_settings

    settings = load_settings(data_dir=data_dir)
    try:
        options: dict[str, object] = {"half": half} if half and half != "all" else {}
        if learned:
            if dataset not in (Dataset.acled_types, Dataset.cameo_class):
                raise DyadlineError("--learned applies to acled_types and cameo_class only")
            options["learned"] = True
        result = scorer_for(dataset.value)(settings.data_dir, coder=Coder(settings=settings), limit=limit, **options)
    except DyadlineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    title = dataset.value + (f" ({half} half)" if half else "")
    text = f"# dyadline on {title}\n\nMade by: `dyadline eval {dataset.value}" + (f" --half {half}" if half else "") + (" --learned" if learned else "") + f"`\n\n{result.markdown()}\n"
    sys.stdout.write(text)
    if report is not None:
        report.write_text(text, encoding="utf-8")


def _register_extensions() -> None:
    """Command groups that live in their own modules register themselves here."""
    from dyadline import cli_server, cli_store, cli_train

    cli_store.register(app)
    cli_server.register(app)
    cli_train.register(app)


_register_extensions()


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
