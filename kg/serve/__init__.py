"""``kg serve``: a read-only SPARQL endpoint over a build, safe to leave running on a team's
network (no update, no SERVICE, a time limit and a size cap on every query)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from kg.errors import GraphError
from kg.query.store import store_path, write_store
from kg.serve.workers import Limits, WorkerPool

__all__ = ["serve"]

_FORMATS = {".trig": "TRIG", ".ttl": "TURTLE", ".nq": "N_QUADS", ".nt": "N_TRIPLES",
            ".jsonld": "JSON_LD"}


def serve(build: Path | str = "build", host: str = "127.0.0.1", port: int = 8000,
          workers: int = 2, limits: Limits | None = None,
          on_ready: object = None) -> None:
    """Serve a build folder's store (or, without one, a store made from its graph file in a
    temporary folder) until interrupted."""
    import uvicorn

    from kg.serve.app import make_app

    build = Path(build)
    scratch = None
    store = store_path(build)
    if store is None:
        graph = build / "kg.trig" if build.is_dir() else build
        if not graph.is_file() or graph.suffix.lower() not in _FORMATS:
            raise GraphError(build, "no store/ and no graph file to serve (run `kg build`)")
        scratch = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        store = write_store(graph.read_bytes(), scratch / "store", _FORMATS[graph.suffix.lower()])
    folder = build if build.is_dir() else build.parent
    pool = WorkerPool(store, workers, limits)
    try:
        app = make_app(pool, folder / "graph.html")
        if callable(on_ready):
            on_ready(f"http://{host}:{port}/")
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        pool.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
