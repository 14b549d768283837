"""The command line: parse, make one library call, print. KgError becomes one line and exit 1.

Exit statuses: 0 done; 1 a problem with the input or output (one line on stderr); 2 a bad
command line; 3 done, but some story files were skipped (each named on stderr).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.errors import KgError

__all__ = ["EXIT_PARTIAL", "main"]

EXIT_PARTIAL = 3


class _Group(click.Group):
    """Turns library errors and usage errors into ``kg: error: ...`` on one line."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except KgError as exc:
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(1)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("kg: aborted", err=True)
            sys.exit(130)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx else "kg"
            click.echo(f"kg: error: {exc.format_message()} (see `{command} --help`)", err=True)
            sys.exit(2)
        except click.ClickException as exc:
            click.echo(f"kg: error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(0)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"kg: error: {where}{exc.strerror or exc}", err=True)
            sys.exit(1)

    def invoke(self, ctx: click.Context) -> Any:
        """A reader that stops early (``kg extract | head -1``) ends the output, quietly."""
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _silence_stdout()
            raise click.exceptions.Exit(0) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _report_skipped(problem: Any) -> None:
    click.echo(f"kg: skipped {problem}", err=True)


@contextmanager
def _progress(total: int, label: str) -> Iterator[Any]:
    """A progress bar on a terminal; nothing at all when output is piped."""
    from rich.progress import Progress

    with Progress(disable=not sys.stderr.isatty(), transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda *_: progress.advance(task)


_SOURCES = click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
_PIPELINE = click.option(
    "--pipeline", default=None, metavar="NAME,NAME,...",
    help="Extractors to run, in order (default: all built-in ones; see README).")


def _names(pipeline: str | None) -> list[str] | None:
    return [name.strip() for name in pipeline.split(",") if name.strip()] if pipeline else None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="kg")
def cli() -> None:
    """kg: a knowledge graph of NHS bodies, people and relationships from health-policy news."""


@cli.command()
@_SOURCES
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("build"),
              show_default=True, help="Folder for kg.trig, kg.ttl, kg.jsonl and graph.html.")
@click.option("--validate/--no-validate", default=True, show_default=True,
              help="Check the graph against ontology/shapes.ttl before writing anything.")
@click.option("--strict", is_flag=True,
              help="Stop at the first file that cannot be read, writing nothing "
                   "(default: skip it, name it on stderr, build the rest, exit 3).")
@click.option("--timings", is_flag=True, help="Print the seconds each stage took.")
@click.option("--fresh", is_flag=True,
              help="Extract every file again (default: reuse the previous build's extraction "
                   "of files whose content and rules are unchanged).")
@click.option("--jobs", "-j", default=None, type=click.IntRange(min=0),
              help="Extract files in this many local processes (0: one per CPU; default: one "
                   "per CPU, up to 8, from 200 files to extract on, else one).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Extract files on this Dask distributed cluster instead (needs kg[dask]).")
@_PIPELINE
@click.option("--focus", default=None, metavar="NAME",
              help="Draw only this entity's neighbourhood in graph.html (any name or alias).")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(0, 10),
              help="With --focus: how many facts away from it to draw.")
def build(sources: tuple[Path, ...], out_dir: Path, validate: bool, strict: bool,
          timings: bool, fresh: bool, jobs: int | None, scheduler: str | None,
          pipeline: str | None,
          focus: str | None, hops: int) -> None:
    """Build the graph from story files or folders (default: seeds/).

    Example: kg build seeds --out build
    """
    from kg.build import DEFAULT_SOURCES
    from kg.build import build as run_build
    from kg.ingest import find_sources

    chosen = sources or tuple(Path(s) for s in DEFAULT_SOURCES)
    with _progress(len(find_sources(chosen)), "extracting") as advance:
        result = run_build(chosen, out_dir, validate=validate, on_file=advance,
                           pipeline=_names(pipeline), strict=strict, on_skip=_report_skipped,
                           incremental=not fresh, jobs=jobs, focus=focus, hops=hops,
                           scheduler=scheduler)
    click.echo(f"Built {result.out_dir}/ in {result.seconds:.2f} s")
    click.echo(f"  files: {result.files} ({result.extracted} extracted, "
               f"{result.files - result.extracted} unchanged)   stories: {result.stories} "
               f"({result.dated} dated)")
    click.echo("  entities: " + _counts(result.entities))
    click.echo("  facts:    " + _counts(result.facts))
    click.echo("  wrote:    " + ", ".join(str(p) for p in result.outputs))
    if timings:
        click.echo("  timings:  " + ", ".join(f"{stage} {seconds:.2f} s"
                                              for stage, seconds in result.timings.items()))
    _suggest_focus(sum(result.entities.values()), focus)
    if result.skipped:
        click.echo(f"  skipped:  {len(result.skipped)} file(s), named above; the build is "
                   "partial", err=True)
        sys.exit(EXIT_PARTIAL)


def _suggest_focus(entities: int, focus: str | None) -> None:
    from kg.render import LARGE_GRAPH

    if focus is None and entities > LARGE_GRAPH:
        click.echo(f"  note:     {entities:,} entities is more than graph.html shows readably "
                   f"(about {LARGE_GRAPH:,}); it has a fixed layout and a search box. For one "
                   "organisation's neighbourhood: kg render --focus NAME --hops 2")


def _counts(counter: Any) -> str:
    total = sum(counter.values())
    parts = ", ".join(f"{name} {count}" for name, count in sorted(counter.items(),
                                                                  key=lambda i: (-i[1], i[0])))
    return f"{total} ({parts})" if parts else "0"


@cli.command()
@_SOURCES
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl",
              show_default=True, help="Output format (one JSON object per line).")
@click.option("--strict", is_flag=True,
              help="Stop at the first file that cannot be read (default: skip it, exit 3).")
@_PIPELINE
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core from 200 files on).")
def extract(sources: tuple[Path, ...], fmt: str, strict: bool, pipeline: str | None,
            jobs: int | None) -> None:
    """Print the entities and facts found in story files, without building a graph.

    Example: kg extract seeds --format jsonl > facts.jsonl
    """
    from kg.build import DEFAULT_SOURCES, jsonl_lines

    chosen = sources or tuple(Path(s) for s in DEFAULT_SOURCES)
    skipped: list[Any] = []

    def skip(problem: Any) -> None:
        skipped.append(problem)
        _report_skipped(problem)

    for line in jsonl_lines(chosen, _names(pipeline), strict=strict, on_skip=skip, jobs=jobs):
        click.echo(line)
    if skipped:
        sys.exit(EXIT_PARTIAL)


@cli.command()
@click.argument("query", required=False)
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=Path("build"),
              show_default=True,
              help="A build folder (its store/ is used when present) or a .trig, .ttl, .nq or "
                   ".jsonld file.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "xml", "ttl", "nt", "jsonld"]),
              help="table, or a SPARQL results format (csv, tsv, json, xml) for SELECT and ASK; "
                   "ttl, nt or jsonld for CONSTRUCT and DESCRIBE.")
@click.option("--bind", "bindings", multiple=True, metavar="NAME=VALUE",
              help="Give a query parameter a value, e.g. --bind name='Javed Khan'.")
@click.option("--list", "list_queries", is_flag=True, help="List the shipped queries and exit.")
def query(query: str | None, graph_path: Path, fmt: str, bindings: tuple[str, ...],
          list_queries: bool) -> None:
    """Run a SPARQL query file (or a shipped query by name) over a built graph.

    Example: kg query provenance --bind name="Javed Khan" --graph build
    """
    from kg.errors import QueryError
    from kg.query import catalogue, execute, named_query, open_graph, read_query, write_result

    if list_queries:
        for info in catalogue():
            needs = "".join(f" --bind {name}=..." for name in info.parameters)
            click.echo(f"{info.name}{needs}\n    {info.question}")
        return
    if query is None:
        raise click.UsageError("give a QUERY (a .rq file or a shipped query's name) or --list")
    values = {}
    for binding in bindings:
        name, sep, value = binding.partition("=")
        if not sep:
            raise QueryError(binding, "--bind takes NAME=VALUE")
        values[name.strip().lstrip("?$")] = value
    path = Path(query)
    shipped = not path.exists() and path.suffix != ".rq" and "/" not in query
    if shipped:
        text, source = named_query(query), query
    else:
        if not path.is_file():
            raise QueryError(path, "no such query file")
        text, source = read_query(path), str(path)
    result = execute(text, open_graph(graph_path), values, source, union=not shipped)
    if fmt == "table":
        _table(result)
        return
    out = click.get_binary_stream("stdout")
    try:
        write_result(result, fmt, out)
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        raise QueryError(source, f"{type(exc).__name__}: {exc}".splitlines()[0]) from None
    out.flush()


_TABLE_ROWS = 1000
_CELL_WIDTH = 80
_PIPED_WIDTH = 400


def _table(result: Any) -> None:
    """A table on the terminal; past a thousand rows it stops drawing and counts the rest
    (a table of 50,000 rows takes a minute to draw; --format csv streams them). Cells are cut
    at 80 characters on one line: wrapping long sentences is most of a table's drawing time,
    and csv or json give them whole."""
    import pyoxigraph
    from rich.console import Console
    from rich.table import Table

    terminal = click.get_text_stream("stdout").isatty()
    console = Console(soft_wrap=False, width=None if terminal else _PIPED_WIDTH)
    if isinstance(result, pyoxigraph.QueryBoolean):
        console.print("yes" if bool(result) else "no")
        return
    if isinstance(result, pyoxigraph.QueryTriples):
        out = click.get_binary_stream("stdout")
        result.serialize(out, pyoxigraph.RdfFormat.TURTLE)
        out.flush()
        return
    names = [variable.value for variable in result.variables]
    table = Table(show_lines=False)
    for name in names:
        table.add_column(name, no_wrap=True, overflow="ellipsis", max_width=_CELL_WIDTH)
    count = 0
    for solution in result:
        count += 1
        if count <= _TABLE_ROWS:
            table.add_row(*("" if solution[n] is None else solution[n].value for n in names))
    console.print(table)
    shown = f"; the first {_TABLE_ROWS} shown, use --format csv for all" if count > _TABLE_ROWS \
        else ""
    console.print(f"{count} row(s){shown}")


@cli.command()
@click.argument("org", metavar="ORG")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=Path("build"),
              show_default=True, help="A build folder or a .trig, .ttl, .nq or .jsonld file.")
@click.option("--on", "on", default=None, metavar="YYYY-MM-DD",
              help="Only the posts held on this day: who led ORG then.")
def timeline(org: str, graph_path: Path, on: str | None) -> None:
    """Print an organisation's leadership timeline: who, role, status, from, to, the sentences.

    ORG is its name, an alias or its ODS code, in any case.
    Example: kg timeline "Leeds Teaching Hospitals NHS Trust" --on 2024-06-01
    """
    from kg.query import open_graph
    from kg.query.timeline import format_timeline
    from kg.query.timeline import timeline as run_timeline

    click.echo(format_timeline(run_timeline(open_graph(graph_path), org, on)), nl=False)


@cli.command()
@click.argument("build_path", metavar="BUILD", required=False, type=click.Path(path_type=Path),
                default=Path("build"))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 opens it to the network).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds a query may run before it is cancelled.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1),
              help="Rows (or triples) a result may hold before it is cut.")
def serve(build_path: Path, host: str, port: int, workers: int, timeout: float,
          max_rows: int) -> None:
    """Serve a build read-only: SPARQL at /sparql, the graph at /, a query page at /query.

    Example: kg serve build --port 8000
    """
    from kg.serve import serve as run_server
    from kg.serve.workers import Limits

    def ready(url: str) -> None:
        click.echo(f"Serving {build_path} at {url} (SPARQL endpoint {url}sparql, query page "
                   f"{url}query); Ctrl-C stops", err=True)

    run_server(build_path, host, port, workers, Limits(timeout, max_rows), on_ready=ready)


@cli.command()
@click.argument("build_path", metavar="BUILD", required=False, type=click.Path(path_type=Path),
                default=Path("build"))
@click.option("--endpoint", required=True, metavar="URL",
              help="The server's SPARQL query endpoint (a GraphDB repository URL is enough).")
@click.option("--graph-store", metavar="URL", default=None,
              help="Its Graph Store Protocol URL (Oxigraph .../store, Fuseki .../DATASET/data).")
@click.option("--user", default=None, help="User name for HTTP basic authentication.")
@click.option("--password", default=None, envvar="KG_PUSH_PASSWORD",
              help="Password (or set KG_PUSH_PASSWORD).")
@click.option("--token", default=None, envvar="KG_PUSH_TOKEN",
              help="Bearer token instead of a user (or set KG_PUSH_TOKEN).")
def push(build_path: Path, endpoint: str, graph_store: str | None, user: str | None,
         password: str | None, token: str | None) -> None:
    """Load a build into a SPARQL server, one PUT per graph (running it twice changes nothing).

    Example: kg push build --endpoint http://localhost:7878/query --graph-store http://localhost:7878/store
    """
    from kg.query.push import push as run_push

    result = run_push(build_path, endpoint, graph_store, user=user, password=password,
                      token=token)
    click.echo(f"Pushed {result.graphs} graphs ({result.triples} triples) to "
               f"{result.graph_store}")


@cli.command()
@click.argument("graph_path", metavar="GRAPH", required=False, type=click.Path(path_type=Path),
                default=Path("build"))
def validate(graph_path: Path) -> None:
    """Check a built graph (a folder or a .trig/.ttl file) against ontology/shapes.ttl.

    Example: kg validate build
    """
    from kg.errors import GraphError
    from kg.query import load_dataset
    from kg.rdf.validate import violations

    found = violations(load_dataset(graph_path))
    for violation in found:
        click.echo(f"  {violation}")
    if found:
        raise GraphError(graph_path, f"{len(found)} SHACL violation(s), listed above")
    click.echo(f"{graph_path}: conforms to ontology/shapes.ttl")


@cli.command()
@click.option("--format", "fmt", required=True,
              type=click.Choice(["ttl", "trig", "nq", "nt", "jsonld", "graphml", "gexf", "csv"]),
              help="RDF syntaxes; GraphML/GEXF for Gephi and Cytoscape; CSV edge list.")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path),
              default=Path("build/kg.trig"), show_default=True, help="A built graph or folder.")
@click.option("--out", "out_path", type=click.Path(path_type=Path), default=None,
              help="Write to this file (default: standard output).")
def export(fmt: str, graph_path: Path, out_path: Path | None) -> None:
    """Export a built graph in another format.

    Example: kg export --format graphml --out build/kg.graphml
    """
    from kg.export import export as run_export
    from kg.query import load_dataset
    from kg.rdf import atomic_write

    text = run_export(load_dataset(graph_path), fmt)
    if out_path is None:
        click.echo(text, nl=False)
    else:
        atomic_write(out_path, text)


@cli.command()
@click.argument("graph_path", metavar="[BUILD]", required=False,
                type=click.Path(path_type=Path), default=Path("build"))
@click.option("--focus", default=None, metavar="NAME",
              help="Draw only this entity and its neighbourhood (any name or alias).")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(0, 10),
              help="With --focus: how many facts away from it to draw.")
@click.option("--out", "out_path", type=click.Path(path_type=Path), default=None,
              help="The page to write (default: BUILD/graph.html, or BUILD/graph-NAME.html "
                   "with --focus).")
def render(graph_path: Path, focus: str | None, hops: int, out_path: Path | None) -> None:
    """Draw a built graph as an interactive HTML page, whole or around one entity.

    Example: kg render build --focus "NHS England" --hops 2 --out nhse.html
    """
    from kg.query import load_graph
    from kg.rdf import atomic_write
    from kg.render import render_html

    folder = graph_path if graph_path.is_dir() else graph_path.parent
    if out_path is None:
        slug = "-".join("".join(c if c.isalnum() else " " for c in (focus or "").lower()).split())
        out_path = folder / (f"graph-{slug}.html" if focus else "graph.html")
    atomic_write(out_path, render_html(load_graph(graph_path), focus=focus, hops=hops))
    click.echo(f"wrote {out_path}")


@cli.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--misses", default=20, show_default=True, help="How many misses to list.")
@click.option("--by-batch", is_flag=True,
              help="Also score each batch of docs (the letters an id starts with: a01 → a).")
def evaluate(gold: Path, sources: tuple[Path, ...], misses: int, by_batch: bool) -> None:
    """Score extraction on SOURCES against GOLD JSON Lines: P/R/F1 per predicate and entities.

    GOLD is the project's format (tests/gold/GUIDELINES.md) or the real-news corpus's
    (names lists, type, optional). Only the gold of stories among SOURCES is scored, so one
    gold file serves any subset of its corpus. Example: kg eval tests/gold/seeds.jsonl seeds
    """
    import json

    from kg.build import jsonl_lines
    from kg.evaluate import batch_of, by_group, read_gold, report
    from kg.evaluate import evaluate as score
    from kg.ingest import find_sources

    given = {path.stem for path in find_sources(sources)}
    all_gold = read_gold([gold])
    gold_rows = [row for row in all_gold if row.doc in given]
    left_out = {row.doc for row in all_gold} - given
    if left_out:
        stories = "1 story" if len(left_out) == 1 else f"{len(left_out)} stories"
        click.echo(f"kg: {stories} of {gold} not among the sources; their gold is not scored",
                   err=True)
    predicted = [json.loads(line) for line in jsonl_lines(sources)]
    click.echo(report(score(gold_rows, predicted), misses))
    if by_batch:
        for name, scores in by_group(gold_rows, predicted, batch_of).items():
            click.echo(f"\nbatch {name}\n" + report(scores, 0))


def main() -> None:
    cli(prog_name="kg")
