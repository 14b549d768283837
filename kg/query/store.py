"""The build's on-disk Oxigraph store: written once by ``kg build``, then opened read-only by
``kg query`` and ``kg serve`` so that no command re-parses Turtle (4.5 s at 10,000 stories).

The store is a database, not an export: unlike ``kg.trig`` its files are not byte-identical from
one build to the next. It holds the same quads, and one more named graph: what some shipped queries
would otherwise compute at every call (``kg.query.precompute``).
"""

from __future__ import annotations

import os
import queue
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import GraphError
from kg.query.precompute import add_index, index_nquads

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["STORE_DIR", "StoreWriter", "open_store", "store_path", "write_store"]

STORE_DIR = "store"
_PIECE = 64 << 20
_GRAPH_PIECE = 64 << 20
"""The graph's batches and the index are loaded in 64 MB pieces: each piece is ingested as
sorted files of its own that the store compacts again, so fewer pieces cost less CPU (the
10,000-story graph in 64 MB pieces: 8.6-9.5 s instead of 10.2-10.5 s, with its optimise; its
index, 1.7M lines since kind nodes, 1.0 s less than in 32 MB pieces), for about 110 MB more
while a piece loads (docs/decisions/20261126-build-speed.md)."""


def write_store(data: str | bytes, target: Path | str, rdf_format: str = "TRIG") -> Path:
    """Bulk-load ``data`` (a serialised dataset, TriG by default) into a new store at
    ``target``, with the index of ``kg.query.precompute`` (``kg build`` uses ``StoreWriter``).

    The store is written beside the target under a temporary name and then renamed into
    place, so a reader sees the old store or the new one, never half of one, and a failure
    leaves the old store as it was.
    """
    import pyoxigraph

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = target.with_name(f".{target.name}.new-{os.getpid()}")
    stale = target.with_name(f".{target.name}.old-{os.getpid()}")
    for leftover in (fresh, stale):
        shutil.rmtree(leftover, ignore_errors=True)
    try:
        store = pyoxigraph.Store(str(fresh))
        store.bulk_load(input=data, format=getattr(pyoxigraph.RdfFormat, rdf_format))
        add_index(store)
        store.optimize()
        del store
    except (OSError, SyntaxError, ValueError) as exc:
        shutil.rmtree(fresh, ignore_errors=True)
        raise GraphError(target, f"cannot write the store: {exc}") from None
    if target.exists():
        os.replace(target, stale)
    os.replace(fresh, target)
    shutil.rmtree(stale, ignore_errors=True)
    return target


class StoreWriter:
    """Writes a build's on-disk store on a thread of its own while the build goes on.

    The graph comes in as N-Quads text (``add``): ``kg build`` hands over each batch the
    converter makes (``kg.rdf.convert.to_quads``), so the load starts while the graph is
    still being converted, on the core the conversion leaves idle, and no dump of the
    in-memory graph is made. The thread bulk-loads it in pieces of about ``_GRAPH_PIECE`` bytes
    (Oxigraph releases the GIL while it parses and writes). ``index`` then computes the index
    here, from the complete in-memory store, where its table scans are several times faster
    than on disk, into a scratch file beside the target that the thread loads after the
    graph. One bulk load of all 2M quads of a 10,000-story build took 1.1-1.4 GB more memory
    while it ran; pieces keep that to a few hundred MB. ``wait`` joins the thread and renames
    the store into place (a reader never sees half of one); ``abandon`` stops it and removes
    what it wrote. Every line it loads was spelt by Oxigraph (the converter's terms, its
    dump, and ``str`` of its terms in the index), so the loader's checks of IRIs are skipped
    (``lenient``). Given ``memory``, the writer loads that store's quads and its index at
    once.
    """

    def __init__(self, memory: pyoxigraph.Store | None, target: Path | str) -> None:
        import pyoxigraph

        self.target = Path(target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.fresh = self.target.with_name(f".{self.target.name}.new-{os.getpid()}")
        self.scratch = self.target.with_name(f".{self.target.name}.nq-{os.getpid()}")
        self.error: BaseException | None = None
        self.abandoned = False
        self.pieces: queue.SimpleQueue[bytes | Path | None] = queue.SimpleQueue()
        shutil.rmtree(self.fresh, ignore_errors=True)
        self.thread = threading.Thread(target=self._load, name="kg-store", daemon=True)
        self.thread.start()
        if memory is not None:
            self.add(memory.dump(format=pyoxigraph.RdfFormat.N_QUADS) or b"")
            self.index(memory)

    def add(self, data: bytes) -> None:
        """Queue N-Quads lines of the graph for loading."""
        self.pieces.put(data)

    def index(self, memory: pyoxigraph.Store, edges: list[Any] | None = None) -> None:
        """Compute the index of the complete graph ``memory`` and queue it after the graph:
        nothing more can be added. ``edges`` is given the edges listing's solutions
        (``index_nquads``)."""
        try:
            with open(self.scratch, "wb") as stream:
                stream.writelines(lines.encode("utf-8")
                                  for lines in index_nquads(memory, edges))
        except BaseException as exc:
            self.abandon()
            if isinstance(exc, OSError):
                raise GraphError(self.target, f"cannot write the store: {exc}") from None
            raise
        self.pieces.put(self.scratch)
        self.pieces.put(None)

    def _load(self) -> None:
        import pyoxigraph

        def load(store: pyoxigraph.Store, piece: bytes) -> None:
            if not self.abandoned:
                store.bulk_load(input=piece, format=pyoxigraph.RdfFormat.N_QUADS,
                                lenient=True)

        ended = False
        try:
            store = pyoxigraph.Store(str(self.fresh))
            pending: list[bytes] = []
            size = 0
            while True:
                item = self.pieces.get()
                if isinstance(item, bytes):
                    pending.append(item)
                    size += len(item)
                    if size < _GRAPH_PIECE:
                        continue
                if pending:
                    load(store, b"".join(pending))
                    pending, size = [], 0
                if item is None:
                    ended = True
                    break
                if isinstance(item, Path):
                    with open(item, "rb") as stream:
                        while piece := stream.read(_PIECE):
                            load(store, piece + stream.readline())
                    item.unlink(missing_ok=True)
            if not self.abandoned:
                store.optimize()
            del store
        except BaseException as exc:  # handed to the build's thread by ``wait``
            self.error = exc
            while not ended:  # what is still to come is dropped, not kept in memory
                ended = self.pieces.get() is None

    def _remove_scratches(self) -> None:
        self.scratch.unlink(missing_ok=True)

    def wait(self) -> Path:
        self.thread.join()
        if self.error is not None:
            self._remove_scratches()
            shutil.rmtree(self.fresh, ignore_errors=True)
            raise GraphError(self.target, f"cannot write the store: {self.error}") from None
        os.utime(self.fresh / "CURRENT")  # newer than the kg.trig written meanwhile: not stale
        os.replace(self.fresh, self.target)
        return self.target

    def abandon(self) -> None:
        self.abandoned = True
        self.pieces.put(None)
        self.thread.join()
        self._remove_scratches()
        shutil.rmtree(self.fresh, ignore_errors=True)


def store_path(graph: Path | str) -> Path | None:
    """The store that belongs to a build folder, or to the ``kg.trig`` inside one, if any and
    if ``kg.trig`` has not been changed since (then the store is stale and the file wins)."""
    graph = Path(graph)
    folder = graph if graph.is_dir() else graph.parent if graph.name == "kg.trig" else None
    if folder is None:
        return None
    candidate = folder / STORE_DIR
    if not (candidate / "CURRENT").is_file():
        return None
    trig = folder / "kg.trig"
    if trig.is_file() and trig.stat().st_mtime > (candidate / "CURRENT").stat().st_mtime:
        return None
    return candidate


def open_store(path: Path | str) -> pyoxigraph.Store:
    """A store folder opened read-only: several processes may read it at once."""
    import pyoxigraph

    try:
        return pyoxigraph.Store.read_only(str(path))
    except OSError as exc:
        raise GraphError(path, f"cannot open the store: {exc}") from None
