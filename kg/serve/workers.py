"""Queries run in worker processes, so that a query past the time limit can really be stopped.

Oxigraph cannot cancel a query it has started, and a thread cannot be killed: each worker is a
process holding the store open read-only, and the pool kills a worker whose query runs past the
limit and starts a fresh one. Workers also use both cores, which the GIL would not allow threads.
"""

from __future__ import annotations

import functools
import io
import itertools
import multiprocessing
import queue
import threading
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

__all__ = ["Answer", "Limits", "QueryRequest", "WorkerPool", "answer"]

RESULT_TYPES = {
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD", "application/rdf+xml": "RDF_XML",
    "application/n-quads": "N_QUADS", "text/plain": "N_TRIPLES",
}
_FORMAT_NAMES = {"json": "application/sparql-results+json",
                 "xml": "application/sparql-results+xml", "csv": "text/csv",
                 "tsv": "text/tab-separated-values", "ttl": "text/turtle",
                 "turtle": "text/turtle", "nt": "application/n-triples",
                 "jsonld": "application/ld+json", "json-ld": "application/ld+json"}


@dataclass(frozen=True)
class Limits:
    seconds: float = 10.0
    rows: int = 10_000


@dataclass(frozen=True)
class QueryRequest:
    query: str
    accept: str = "*/*"
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    bindings: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Answer:
    status: int
    media_type: str
    body: bytes
    notice: str | None = None


def _text(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def negotiate(accept: str, offers: dict[str, str]) -> str:
    """The offered media type the client prefers (``Accept`` with q-values, or a short format
    name such as ``json``); the first offer when nothing matches, as most endpoints do."""
    accept = _FORMAT_NAMES.get(accept.strip().lower(), accept)
    best, best_q = next(iter(offers)), 0.0
    for position, part in enumerate(accept.split(",")):
        media, *params = (piece.strip() for piece in part.split(";"))
        weight = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        weight -= position * 1e-6
        media = media.lower()
        for offer in offers:
            if media == offer or media == "*/*" or (
                    media.endswith("/*") and offer.startswith(media[:-1])):
                if weight > best_q:
                    best, best_q = offer, weight
                break
    return best


class _Capped(io.RawIOBase):
    """A sink that stops the engine's serialiser once it holds more than ``rows`` lines."""

    def __init__(self, rows: int) -> None:
        self.data = bytearray()
        self.rows = rows

    def writable(self) -> bool:
        return True

    def write(self, chunk: Any) -> int:
        self.data += chunk
        if self.data.count(b"\n") > self.rows + 1:
            raise BufferError("size cap reached")
        return len(chunk)


@functools.cache
def _shipped() -> frozenset[str]:
    """The shipped queries' texts: they run over the dataset as stored, as in `kg query`."""
    from kg.query import named_query, query_names

    return frozenset(named_query(name) for name in query_names())


def answer(store: Any, request: QueryRequest, limits: Limits) -> Answer:
    """Run one query and serialise its result, cut at ``limits.rows`` rows or triples."""
    import pyoxigraph

    from kg.serve.safety import Refusal, check_query

    try:
        check_query(request.query)
    except Refusal as refusal:
        return _text(refusal.status, str(refusal))
    options: dict[str, Any] = {}
    if request.default_graphs:
        options["default_graph"] = [pyoxigraph.NamedNode(iri) for iri in request.default_graphs]
    else:
        options["use_default_graph_as_union"] = request.query not in _shipped()
    if request.named_graphs:
        options["named_graphs"] = [pyoxigraph.NamedNode(iri) for iri in request.named_graphs]
    try:
        from kg.query import query_bound

        result = query_bound(store, request.query, request.bindings, **options)
        if isinstance(result, pyoxigraph.QueryTriples):
            return _graph(result, request.accept, limits)
        return _solutions(result, request.accept, limits)
    except SyntaxError as exc:
        return _text(400, f"malformed query: {exc}")
    except (ValueError, RuntimeError) as exc:
        return _text(400, f"cannot run the query: {exc}")
    except OSError as exc:
        return _text(500, f"the store failed: {exc}")


def _solutions(result: Any, accept: str, limits: Limits) -> Answer:
    import pyoxigraph

    media = negotiate(accept, RESULT_TYPES)
    fmt = getattr(pyoxigraph.QueryResultsFormat, RESULT_TYPES[media])
    notice = None
    if isinstance(result, pyoxigraph.QuerySolutions):
        sink = _Capped(limits.rows)
        try:
            result.serialize(sink, pyoxigraph.QueryResultsFormat.TSV)
        except BufferError:
            notice = f"results cut at {limits.rows} rows (the server's size cap)"
        except OSError as exc:
            if "size cap" not in str(exc):
                raise
            notice = f"results cut at {limits.rows} rows (the server's size cap)"
        lines = bytes(sink.data).split(b"\n")
        kept = b"\n".join(lines[:limits.rows + 1]).rstrip(b"\n") + b"\n"
        result = pyoxigraph.parse_query_results(kept, pyoxigraph.QueryResultsFormat.TSV)
    out = io.BytesIO()
    result.serialize(out, fmt)
    return Answer(200, media, out.getvalue(), notice)


def _graph(result: Any, accept: str, limits: Limits) -> Answer:
    import pyoxigraph

    media = negotiate(accept, GRAPH_TYPES)
    triples = list(itertools.islice(result, limits.rows + 1))
    notice = None
    if len(triples) > limits.rows:
        triples = triples[:limits.rows]
        notice = f"results cut at {limits.rows} triples (the server's size cap)"
    body = pyoxigraph.serialize(triples, format=getattr(pyoxigraph.RdfFormat, GRAPH_TYPES[media]))
    return Answer(200, media, body or b"", notice)


_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def _drop_network() -> bool:
    """A second guard behind safety.py: on Linux, move the worker into a network namespace of
    its own (a user namespace too when not root), where no socket can reach another host or
    this one. Where the kernel does not allow it the worker runs as it is."""
    import ctypes
    import ctypes.util
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return False
    for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return True
    return False


def _work(connection: Connection, store_dir: str, limits: Limits) -> None:
    from kg.query.store import open_store

    _drop_network()
    store = open_store(store_dir)
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(answer(store, request, limits))


class WorkerPool:
    """``size`` worker processes over one store folder; ``ask`` blocks until one answers."""

    def __init__(self, store_dir: Path | str, size: int = 2, limits: Limits | None = None) -> None:
        self.store_dir = str(store_dir)
        self.limits = limits or Limits()
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[tuple[Any, Connection]] = queue.Queue()
        self._all: set[Any] = set()
        self._lock = threading.Lock()
        for _ in range(max(1, size)):
            self._idle.put(self._start())

    def _start(self) -> tuple[Any, Connection]:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_work, args=(child, self.store_dir, self.limits),
                                        daemon=True, name="kg-query-worker")
        process.start()
        child.close()
        with self._lock:
            self._all.add(process)
        return process, parent

    def _replace(self, process: Any, connection: Connection) -> None:
        process.kill()
        process.join()
        connection.close()
        with self._lock:
            self._all.discard(process)
        self._idle.put(self._start())

    def ask(self, request: QueryRequest) -> Answer:
        process, connection = self._idle.get()
        try:
            connection.send(request)
            if connection.poll(self.limits.seconds):
                result = connection.recv()
                self._idle.put((process, connection))
                return result
        except (EOFError, OSError):
            self._replace(process, connection)
            return _text(500, "the query worker stopped unexpectedly; try again")
        self._replace(process, connection)
        return _text(503, f"query cancelled: it ran past the time limit of "
                          f"{self.limits.seconds:g} s")

    def close(self) -> None:
        with self._lock:
            processes = list(self._all)
            self._all.clear()
        for process in processes:
            process.kill()
            process.join()
