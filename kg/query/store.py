"""The build's on-disk Oxigraph store: written once by ``kg build``, then opened read-only by
``kg query`` and ``kg serve`` so that no command re-parses Turtle (4.5 s at 10,000 stories).

The store is a database, not an export: unlike ``kg.trig`` its files are not byte-identical from
one build to the next. It holds the same quads, and one more named graph: what some shipped queries
would otherwise compute at every call (``kg.query.precompute``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import GraphError
from kg.query.precompute import add_index

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["STORE_DIR", "open_store", "store_path", "write_store"]

STORE_DIR = "store"


def write_store(data: str | bytes | pyoxigraph.Store, target: Path | str,
                rdf_format: str = "TRIG") -> Path:
    """Bulk-load ``data`` (a serialised dataset, TriG by default, or an in-memory store) into a
    new store at ``target``, with the index of ``kg.query.precompute``.

    An in-memory store (what ``kg build`` has) is indexed in place first, where the index's
    table scans are several times faster than on disk, and then copied over as N-Quads.

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
        if isinstance(data, pyoxigraph.Store):
            add_index(data)
            store.bulk_load(input=data.dump(format=pyoxigraph.RdfFormat.N_QUADS),
                            format=pyoxigraph.RdfFormat.N_QUADS)
        else:
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
