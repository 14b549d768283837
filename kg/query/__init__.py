"""SPARQL over a built graph: queries live in ``.rq`` files, one question per file, and run in
Oxigraph with the union of all graphs as the default graph.

A build folder's on-disk store (``build/store/``) is opened read-only when it is there; any other
graph file is parsed into memory. Parameters are bound by the engine (``substitutions``, RDF-dev
SEP-0007), so a value is always one RDF term and never becomes query text.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Union

from kg.errors import GraphError, QueryError
from kg.query.precompute import INDEX, LISTINGS, add_index, has_index, listing_question
from kg.query.store import open_store, store_path

if TYPE_CHECKING:
    import pyoxigraph
    from rdflib import Dataset

__all__ = [
    "QueryGraph",
    "QueryInfo",
    "QueryResult",
    "as_store",
    "catalogue",
    "execute",
    "load_dataset",
    "load_graph",
    "named_query",
    "query_info",
    "query_names",
    "read_query",
    "run",
    "run_file",
    "with_values",
    "write_result",
]

_FORMATS = {".trig": "TRIG", ".ttl": "TURTLE", ".nq": "N_QUADS", ".nt": "N_TRIPLES",
            ".jsonld": "JSON_LD"}
_RDFLIB_FORMATS = {".trig": "trig", ".ttl": "turtle", ".nq": "nquads", ".nt": "nt",
                   ".jsonld": "json-ld"}
RESULT_FORMATS = {"csv": "CSV", "tsv": "TSV", "json": "JSON", "xml": "XML"}
GRAPH_FORMATS = {"ttl": "TURTLE", "nt": "N_TRIPLES", "jsonld": "JSON_LD"}

QueryGraph = Union["pyoxigraph.Store", "Dataset"]


def _graph_file(path: Path | str) -> Path:
    path = Path(path)
    if path.is_dir():
        path = path / "kg.trig"
    if not path.is_file():
        raise GraphError(path, "no such graph file (run `kg build` first)")
    if path.suffix.lower() not in _FORMATS:
        raise GraphError(path, f"unknown graph format; use one of {', '.join(_FORMATS)}")
    return path


def open_graph(path: Path | str) -> pyoxigraph.Store:
    """A built graph to query, as fast as it can be had: a build folder's (or its
    ``kg.trig``'s) ``store/`` opened read-only in milliseconds, else :func:`load_graph`."""
    store = store_path(path)
    if store is not None:
        return open_store(store)
    return load_graph(path)


def load_graph(path: Path | str) -> pyoxigraph.Store:
    """A built graph file parsed into an in-memory Oxigraph store that the caller may change
    (Oxigraph is the query engine: rdflib's is 10–100x slower, MEASURED.md)."""
    import pyoxigraph

    path = _graph_file(path)
    memory = pyoxigraph.Store()
    try:
        memory.load(path=str(path), format=getattr(pyoxigraph.RdfFormat,
                                                   _FORMATS[path.suffix.lower()]))
    except (OSError, SyntaxError, ValueError) as exc:
        raise GraphError(path, f"cannot parse: {exc}") from None
    return memory


def load_dataset(path: Path | str) -> Dataset:
    """A built graph file as an rdflib Dataset (for SHACL validation and re-serialisation)."""
    from rdflib import Dataset

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


@dataclass(frozen=True)
class QueryInfo:
    """A shipped query as ``kg query --list`` shows it: the question its first comment asks and
    the parameters its ``# Parameters:`` comment names. A parameter marked ``(folded)`` is
    matched against ``kg:lookupName``, so its value is folded the same way before binding."""

    name: str
    question: str
    parameters: tuple[str, ...]
    folded: tuple[str, ...] = ()


_PARAMETERS = re.compile(r"^#\s*Parameters?:(.*)$", re.MULTILINE | re.IGNORECASE)
_PARAMETER = re.compile(r"\?([A-Za-z_][A-Za-z0-9_]*)(\s*\(folded\))?")


def query_info(name: str, text: str) -> QueryInfo:
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    question = first.lstrip("#").strip() if first.startswith("#") else ""
    declared = _PARAMETERS.search(text)
    found = _PARAMETER.findall(declared.group(1)) if declared else []
    return QueryInfo(name, question, tuple(p for p, _ in found),
                     tuple(p for p, folded in found if folded))


def prepare_bindings(text: str, bindings: dict[str, str]) -> dict[str, str]:
    """The values to bind: those of ``(folded)`` parameters folded like ``kg:lookupName``."""
    from kg.names import lookup_name

    folded = query_info("query", text).folded
    return {name: lookup_name(value) if name in folded else value
            for name, value in bindings.items()}


def query_names() -> list[str]:
    folder = resources.files("kg.query") / "queries"
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


def named_query(name: str) -> str:
    """The text of a shipped query, e.g. ``named_query("leaders")``."""
    path = resources.files("kg.query") / "queries" / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"{name}.rq", f"no shipped query; available: {', '.join(query_names())}")
    return path.read_text(encoding="utf-8")


def catalogue() -> list[QueryInfo]:
    """Every shipped query with its question, for ``kg query --list`` and the query page."""
    return [query_info(name, named_query(name)) for name in query_names()]


_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _substitutions(text: str, bindings: dict[str, str], source: str) -> None:
    for name in sorted(bindings):
        if not _VARIABLE.fullmatch(name):
            raise QueryError(source, f"bad variable name {name!r} in --bind")
        if not re.search(rf"[?$]{name}\b", text):
            raise QueryError(source, f"the query has no variable ?{name} to bind")


def execute(text: str, graph: QueryGraph, bindings: dict[str, str] | None = None,
            source: str = "query", union: bool = True) -> Any:
    """The engine's own lazy result (solutions, boolean or triples), with ``bindings`` given to
    the engine as string literals. ``union=False`` runs over the dataset as stored, as any
    other store would: the shipped queries need no more, and run twice as fast."""
    store = as_store(graph)
    info = query_info(source, text)
    missing = [name for name in info.parameters if name not in (bindings or {})]
    if missing:
        raise QueryError(source, "needs " + " ".join(f"--bind {name}=..." for name in missing))
    _substitutions(text, bindings or {}, source)
    if INDEX in text and not has_index(store):
        text = _listings().get(text) or text
        if INDEX in text:
            _index(store, source)
    try:
        return query_bound(store, text, bindings or {}, use_default_graph_as_union=union)
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        raise QueryError(source, f"{type(exc).__name__}: {exc}".splitlines()[0]) from None


@functools.cache
def _listings() -> dict[str, str]:
    """Each shipped listing's text and its question: a store without the index (a graph file
    loaded into memory, an older build's store) answers the question itself, as fast as
    indexing it would be, and the same rows."""
    return {named_query(name): listing_question(name) for name in LISTINGS}


def _index(store: pyoxigraph.Store, source: str) -> None:
    """A graph loaded into memory gets the index the first time a query reads it, as a
    build's store got it when written; a read-only store without one predates the index."""
    try:
        add_index(store)
    except (OSError, RuntimeError, ValueError):
        raise QueryError(source, "this store has no precomputed index (it was written by an "
                         "older kg): run `kg build` again") from None


def query_bound(store: pyoxigraph.Store, text: str, bindings: dict[str, str],
                **options: Any) -> Any:
    """Run ``text`` with ``bindings`` given to the engine as string literals (SEP-0007
    substitution). The engine substitutes only variables the query projects; for one that it
    does not (an aggregate over ``?role``, say), the value goes into a ``VALUES`` block that
    the engine's own term writer spells, so it is still exactly one literal."""
    import pyoxigraph

    prepared = prepare_bindings(text, bindings)
    if not prepared:
        return store.query(text, **options)
    substitutions = {pyoxigraph.Variable(name): pyoxigraph.Literal(value)
                     for name, value in prepared.items()}
    try:
        return store.query(text, substitutions=substitutions, **options)
    except RuntimeError as exc:
        if "projection" not in str(exc):
            raise
    return store.query(with_values(text, prepared), **options)


def with_values(text: str, bindings: dict[str, str]) -> str:
    """The query with ``VALUES ?name { "value" }`` at the top of its WHERE clause, for servers
    that cannot bind parameters (the SPARQL 1.1 Protocol has no way to). The value is written
    as one term by the RDF library, so quotes and braces stay inside the literal."""
    import pyoxigraph

    match = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
    if match is None:
        raise QueryError("query", "binding a value needs a query with a WHERE clause")
    values = "".join(f" VALUES ?{name} {{ {pyoxigraph.Literal(value)} }}"
                     for name, value in sorted(prepare_bindings(text, bindings).items())
                     if _VARIABLE.fullmatch(name))
    return text[:match.end()] + values + text[match.end():]


def write_result(result: Any, fmt: str, out: IO[bytes]) -> None:
    """Stream a result to ``out`` with the engine's serialisers: SPARQL results formats for
    SELECT and ASK, RDF formats for CONSTRUCT and DESCRIBE."""
    import pyoxigraph

    if isinstance(result, pyoxigraph.QueryTriples):
        if fmt not in GRAPH_FORMATS:
            raise QueryError("query", f"a CONSTRUCT or DESCRIBE result is a graph: use --format "
                             f"{', '.join(GRAPH_FORMATS)}")
        result.serialize(out, getattr(pyoxigraph.RdfFormat, GRAPH_FORMATS[fmt]))
        return
    if fmt not in RESULT_FORMATS:
        raise QueryError("query", f"a SELECT or ASK result is a table: use --format "
                         f"{', '.join(RESULT_FORMATS)}")
    result.serialize(out, getattr(pyoxigraph.QueryResultsFormat, RESULT_FORMATS[fmt]))


class QueryResult:
    """Rows of a SELECT (or the boolean of an ASK), in memory, for notebooks and analysis."""

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


def run(text: str, graph: QueryGraph, bindings: dict[str, str] | None = None,
        source: str = "query", union: bool = True) -> QueryResult:
    result = execute(text, graph, bindings, source, union)
    try:
        return QueryResult.from_oxigraph(result)
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        raise QueryError(source, f"{type(exc).__name__}: {exc}".splitlines()[0]) from None


def run_file(path: Path | str, graph: QueryGraph,
             bindings: dict[str, str] | None = None) -> QueryResult:
    return run(read_query(path), graph, bindings, str(path))


def read_query(path: Path | str) -> str:
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(path, f"cannot read: {exc.strerror or exc}") from None
