"""SPARQL over a built graph: queries live in ``.rq`` files, one question per file, and run in
Oxigraph with the union of all graphs as the default graph."""

from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from rdflib import Dataset, Literal

from kg.errors import GraphError, QueryError

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["QueryGraph", "QueryResult", "as_store", "bind", "load_dataset", "load_graph",
           "named_query", "query_names", "run", "run_file"]

_FORMATS = {".trig": "TRIG", ".ttl": "TURTLE", ".nq": "N_QUADS", ".nt": "N_TRIPLES",
            ".jsonld": "JSON_LD"}
_RDFLIB_FORMATS = {".trig": "trig", ".ttl": "turtle", ".nq": "nquads", ".nt": "nt",
                   ".jsonld": "json-ld"}

QueryGraph = Union["pyoxigraph.Store", Dataset]


def _graph_file(path: Path | str) -> Path:
    path = Path(path)
    if path.is_dir():
        path = path / "kg.trig"
    if not path.is_file():
        raise GraphError(path, "no such graph file (run `kg build` first)")
    if path.suffix.lower() not in _FORMATS:
        raise GraphError(path, f"unknown graph format; use one of {', '.join(_FORMATS)}")
    return path


def load_graph(path: Path | str) -> pyoxigraph.Store:
    """A built graph file in Oxigraph, the query engine (rdflib's is 10–100x slower:
    docs/MEASURED.md). Queries see the union of all graphs as their default graph."""
    import pyoxigraph

    path = _graph_file(path)
    store = pyoxigraph.Store()
    try:
        store.load(path=str(path), format=getattr(pyoxigraph.RdfFormat, _FORMATS[path.suffix
                                                                               .lower()]))
    except (OSError, SyntaxError, ValueError) as exc:
        raise GraphError(path, f"cannot parse: {exc}") from None
    return store


def load_dataset(path: Path | str) -> Dataset:
    """A built graph file as an rdflib Dataset (for SHACL validation and re-serialisation)."""
    path = _graph_file(path)
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(path, format=_RDFLIB_FORMATS[path.suffix.lower()])
    except Exception as exc:  # rdflib raises many parser-specific types
        raise GraphError(path, f"cannot parse: {exc}") from None
    return dataset


def as_store(graph: QueryGraph) -> pyoxigraph.Store:
    """An Oxigraph store holding ``graph`` (an rdflib Dataset is copied in through N-Quads)."""
    import pyoxigraph

    if isinstance(graph, pyoxigraph.Store):
        return graph
    store = pyoxigraph.Store()
    data = graph.serialize(format="nquads").encode("utf-8")
    store.load(input=data, format=pyoxigraph.RdfFormat.N_QUADS)
    return store


def query_names() -> list[str]:
    folder = resources.files("kg.query") / "queries"
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


def named_query(name: str) -> str:
    """The text of a shipped query, e.g. ``named_query("leaders")``."""
    path = resources.files("kg.query") / "queries" / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"{name}.rq", f"no shipped query; available: {', '.join(query_names())}")
    return path.read_text(encoding="utf-8")


class QueryResult:
    """Rows of a SELECT (or the boolean of an ASK) with table, CSV and JSON renderings."""

    def __init__(self, variables: list[str], rows: list[list[str | None]],
                 boolean: bool | None = None) -> None:
        self.variables, self.rows, self.boolean = variables, rows, boolean

    @classmethod
    def from_oxigraph(cls, result: Any) -> QueryResult:
        import pyoxigraph

        if isinstance(result, pyoxigraph.QueryBoolean):
            return cls([], [], bool(result))
        if not isinstance(result, pyoxigraph.QuerySolutions):
            raise QueryError("query", "only SELECT and ASK queries are supported here")
        variables = [v.value for v in result.variables]
        rows = [[None if solution[v] is None else solution[v].value for v in variables]
                for solution in result]
        return cls(variables, rows)

    def as_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.variables)
        writer.writerows([["" if v is None else v for v in row] for row in self.rows])
        return buffer.getvalue()

    def as_json(self) -> str:
        if self.boolean is not None:
            return json.dumps({"head": {}, "boolean": self.boolean})
        bindings = [{var: {"type": "literal", "value": value}
                     for var, value in zip(self.variables, row, strict=True) if value is not None}
                    for row in self.rows]
        return json.dumps({"head": {"vars": self.variables},
                           "results": {"bindings": bindings}}, ensure_ascii=False, indent=1)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def bind(text: str, bindings: dict[str, str]) -> str:
    """Put ``VALUES ?name { "value" }`` at the top of the WHERE clause: plain SPARQL 1.1 that
    any engine runs, unlike engine-specific initial bindings."""
    if not bindings:
        return text
    match = _WHERE.search(text)
    if match is None:
        raise QueryError("query", "--bind needs a query with a WHERE clause")
    values = []
    for name, value in sorted(bindings.items()):
        if not _VARIABLE.fullmatch(name):
            raise QueryError("query", f"bad variable name {name!r} in --bind")
        values.append(f" VALUES ?{name} {{ {Literal(value).n3()} }}")
    return text[:match.end()] + "".join(values) + text[match.end():]


def run(text: str, graph: QueryGraph, bindings: dict[str, str] | None = None,
        source: str = "query") -> QueryResult:
    text = bind(text, bindings or {})
    store = as_store(graph)
    try:
        result = store.query(text, use_default_graph_as_union=True)
        return QueryResult.from_oxigraph(result)
    except QueryError:
        raise
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(source, f"{type(exc).__name__}: {exc}".splitlines()[0]) from None


def run_file(path: Path | str, graph: QueryGraph,
             bindings: dict[str, str] | None = None) -> QueryResult:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(path, f"cannot read: {exc.strerror or exc}") from None
    return run(text, graph, bindings, str(path))
