"""The build's on-disk Oxigraph store: written once by ``kg build``, then opened read-only by
``kg query`` and ``kg serve`` so that no command re-parses Turtle (4.5 s at 10,000 stories).

The store is a database, not an export: unlike ``kg.trig`` its files are not byte-identical from
one build to the next. It holds the same quads, and one more named graph: what some shipped queries
would otherwise compute at every call (``kg.query.precompute``).
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import GraphError
from kg.query.precompute import add_index, index_nquads

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["STORE_DIR", "StoreWriter", "open_store", "store_path", "write_store"]

STORE_DIR = "store"
_PIECE = 32 << 20


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
    """Writes a build's on-disk store from its in-memory graph while the build goes on.

    The graph is dumped as N-Quads into a scratch file beside the target and a thread starts
    bulk-loading it at once, in pieces of ``_PIECE`` bytes (Oxigraph releases the GIL while
    it parses and writes, so the load runs on a second core); meanwhile the index is computed
    here, from the in-memory store where its table scans are several times faster than on
    disk, and written to a second scratch file that the thread loads after the graph. One
    bulk load of all 2M quads of a 10,000-story build took 1.1-1.4 GB more memory while it
    ran; pieces keep that to a few hundred MB. ``wait`` joins the thread and renames the store
    into place (a reader never sees half of one); ``abandon`` joins it and removes what it
    wrote. Every line it loads was spelt by Oxigraph (its dump, and ``str`` of its terms in the
    index), so the loader's checks of IRIs are skipped (``lenient``).
    """

    def __init__(self, memory: pyoxigraph.Store, target: Path | str) -> None:
        import pyoxigraph

        self.target = Path(target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.fresh = self.target.with_name(f".{self.target.name}.new-{os.getpid()}")
        scratch = self.target.with_name(f".{self.target.name}.nq-{os.getpid()}")
        self.scratches = (scratch, scratch.with_name(scratch.name + "-index"))
        self.error: BaseException | None = None
        self.index_written = threading.Event()
        shutil.rmtree(self.fresh, ignore_errors=True)
        try:
            with open(self.scratches[0], "wb") as stream:
                memory.dump(output=stream, format=pyoxigraph.RdfFormat.N_QUADS)
        except OSError as exc:
            self._remove_scratches()
            raise GraphError(self.target, f"cannot write the store: {exc}") from None
        self.thread = threading.Thread(target=self._load, name="kg-store", daemon=True)
        self.thread.start()
        try:
            with open(self.scratches[1], "wb") as stream:
                stream.writelines(lines.encode("utf-8") for lines in index_nquads(memory))
        except BaseException as exc:
            self.error = exc
            self.index_written.set()
            self.abandon()
            if isinstance(exc, OSError):
                raise GraphError(self.target, f"cannot write the store: {exc}") from None
            raise
        self.index_written.set()

    def _load(self) -> None:
        import pyoxigraph

        try:
            store = pyoxigraph.Store(str(self.fresh))
            for number, scratch in enumerate(self.scratches):
                if number:
                    self.index_written.wait()
                    if self.error is not None:
                        return
                with open(scratch, "rb") as stream:
                    while piece := stream.read(_PIECE):
                        piece += stream.readline()
                        store.bulk_load(input=piece, format=pyoxigraph.RdfFormat.N_QUADS,
                                        lenient=True)
            store.optimize()
            del store
        except BaseException as exc:  # handed to the build's thread by ``wait``
            self.error = exc
        finally:
            self.index_written.wait()
            self._remove_scratches()

    def _remove_scratches(self) -> None:
        for scratch in self.scratches:
            scratch.unlink(missing_ok=True)

    def wait(self) -> Path:
        self.thread.join()
        if self.error is not None:
            shutil.rmtree(self.fresh, ignore_errors=True)
            raise GraphError(self.target, f"cannot write the store: {self.error}") from None
        os.utime(self.fresh / "CURRENT")  # newer than the kg.trig written meanwhile: not stale
        os.replace(self.fresh, self.target)
        return self.target

    def abandon(self) -> None:
        self.thread.join()
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
