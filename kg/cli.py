"""The command line: parse, make one library call, print. KgError becomes one line and exit 1."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.errors import KgError

__all__ = ["main"]


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
            sys.exit(0)


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
@_PIPELINE
def build(sources: tuple[Path, ...], out_dir: Path, validate: bool,
          pipeline: str | None) -> None:
    """Build the graph from story files or folders (default: seeds/).

    Example: kg build seeds --out build
    """
    from kg.build import DEFAULT_SOURCES
    from kg.build import build as run_build
    from kg.ingest import find_sources

    chosen = sources or tuple(Path(s) for s in DEFAULT_SOURCES)
    with _progress(len(find_sources(chosen)), "extracting") as advance:
        result = run_build(chosen, out_dir, validate=validate, on_file=advance,
                           pipeline=_names(pipeline))
    click.echo(f"Built {result.out_dir}/ in {result.seconds:.2f} s")
    click.echo(f"  files: {result.files}   stories: {result.stories}")
    click.echo("  entities: " + _counts(result.entities))
    click.echo("  facts:    " + _counts(result.facts))
    click.echo("  wrote:    " + ", ".join(str(p) for p in result.outputs))


def _counts(counter: Any) -> str:
    total = sum(counter.values())
    parts = ", ".join(f"{name} {count}" for name, count in sorted(counter.items(),
                                                                  key=lambda i: (-i[1], i[0])))
    return f"{total} ({parts})" if parts else "0"


@cli.command()
@_SOURCES
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl",
              show_default=True, help="Output format (one JSON object per line).")
@_PIPELINE
def extract(sources: tuple[Path, ...], fmt: str, pipeline: str | None) -> None:
    """Print the entities and facts found in story files, without building a graph.

    Example: kg extract seeds --format jsonl > facts.jsonl
    """
    from kg.build import DEFAULT_SOURCES, jsonl_lines

    chosen = sources or tuple(Path(s) for s in DEFAULT_SOURCES)
    for line in jsonl_lines(chosen, _names(pipeline)):
        click.echo(line)


@cli.command()
@click.argument("query")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path),
              default=Path("build/kg.trig"), show_default=True,
              help="A built graph (.trig, .ttl, .nq, .jsonld) or its folder.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--bind", "bindings", multiple=True, metavar="NAME=VALUE",
              help="Give a query variable a value, e.g. --bind name='Javed Khan'.")
def query(query: str, graph_path: Path, fmt: str, bindings: tuple[str, ...]) -> None:
    """Run a SPARQL query file (or a shipped query by name) over a built graph.

    Example: kg query provenance --bind name="Javed Khan" --graph build/kg.trig
    """
    from kg.errors import QueryError
    from kg.query import load_graph, named_query, run, run_file

    values = {}
    for binding in bindings:
        name, sep, value = binding.partition("=")
        if not sep:
            raise QueryError(binding, "--bind takes NAME=VALUE")
        values[name.strip().lstrip("?")] = value
    path = Path(query)
    if not path.exists() and path.suffix != ".rq" and "/" not in query:
        text = named_query(query)
        result = run(text, load_graph(graph_path), values, query)
    else:
        if not path.is_file():
            raise QueryError(path, "no such query file")
        result = run_file(path, load_graph(graph_path), values)
    if fmt == "csv":
        click.echo(result.as_csv(), nl=False)
    elif fmt == "json":
        click.echo(result.as_json())
    else:
        _table(result)


def _table(result: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False)
    if result.boolean is not None:
        console.print("yes" if result.boolean else "no")
        return
    table = Table(*result.variables, show_lines=False)
    for row in result.rows:
        table.add_row(*("" if v is None else v for v in row))
    console.print(table)
    console.print(f"{len(result.rows)} row(s)")


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


@cli.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--misses", default=20, show_default=True, help="How many misses to list.")
def evaluate(gold: Path, sources: tuple[Path, ...], misses: int) -> None:
    """Score extraction on SOURCES against GOLD JSON Lines: P/R/F1 per predicate and entities.

    Example: kg eval tests/gold/seeds.jsonl seeds
    """
    import json

    from kg.build import jsonl_lines
    from kg.evaluate import evaluate as score
    from kg.evaluate import read_gold, report

    predicted = [json.loads(line) for line in jsonl_lines(sources)]
    click.echo(report(score(read_gold([gold]), predicted), misses))


def main() -> None:
    cli(prog_name="kg")
