"""Incremental builds: what each story file gave, keyed by a hash of its content and the rules.

A build folder holds ``.kg-cache/manifest.json`` (each source file's name, cache key and
story count) and ``.kg-cache/<key>.pickle`` (the extraction of that file). The key hashes the
file's decoded text and name with a fingerprint of everything extraction depends on: kg's
version, the pipeline, the source of kg/ingest, kg/extract and kg/model.py, the reference data.
A rebuild re-extracts only files whose key is new; resolution and everything after it always
run over the whole corpus, so the outputs are byte-identical to a build from scratch. Entries
of removed files are not carried into the new build folder.

The cache is trusted as the build folder itself is: an entry that fails to load, or that does
not hold what extraction returns, is ignored and the file extracted again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from kg.model import Document

__all__ = ["CACHE", "MANIFEST", "ExtractionCache", "fingerprint"]

CACHE = ".kg-cache"
MANIFEST = f"{CACHE}/manifest.json"
_PACKAGE = Path(__file__).resolve().parent


@cache
def _code_hash() -> str:
    digest = hashlib.sha256()
    paths = [*sorted((_PACKAGE / "ingest").glob("*.py")),
             *sorted((_PACKAGE / "extract").rglob("*.py")),
             *sorted((_PACKAGE / "extract").rglob("*.jsonl")),
             *sorted((_PACKAGE / "data").glob("*.jsonl")), _PACKAGE / "model.py"]
    for path in paths:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(pipeline: Sequence[str] | None) -> str:
    """What extraction depends on besides the file itself."""
    from kg import __version__

    names = ",".join(pipeline) if pipeline else "default"
    return hashlib.sha256(f"{__version__}\0{names}\0{_code_hash()}".encode()).hexdigest()


class ExtractionCache:
    """Previous extractions found in a build folder, and the entries of the next one."""

    def __init__(self, folder: Path, pipeline: Sequence[str] | None) -> None:
        self.folder = folder / CACHE
        self.fingerprint = fingerprint(pipeline)
        self.entries: dict[str, tuple[Document, bytes]] = {}

    def key(self, document: Document) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        for part in (document.path, document.doc, document.text):
            digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, document: Document) -> list[Any] | None:
        """The StoryDocs a previous build extracted from this very file, or None."""
        from kg.extract import StoryDoc, unpickled

        key = self.key(document)
        path = self.folder / f"{key}.pickle"
        try:
            data = path.read_bytes()
            docs = unpickled(document, data)
        except Exception:  # a missing, partial or foreign entry is a cache miss
            return None
        if not (isinstance(docs, list) and all(isinstance(d, StoryDoc) for d in docs)
                and [d.story for d in docs] == list(document.stories)):
            return None
        self.entries[key] = (document, data)
        return docs

    def put(self, document: Document, docs: list[Any], data: bytes | None = None) -> None:
        """Keep this file's extraction (``data``: its pickle, ``kg.extract.pickled``, when
        already made)."""
        from kg.extract import pickled

        self.entries[self.key(document)] = (document, data or pickled(document, docs))

    def files(self) -> dict[str, bytes]:
        """Every file of the new cache and its manifest, by path within the build folder."""
        files = {f"{CACHE}/{key}.pickle": data for key, (_, data) in sorted(self.entries.items())}
        manifest = {
            "fingerprint": self.fingerprint,
            "files": {document.path: {"doc": document.doc, "key": key,
                                      "stories": len(document.stories)}
                      for key, (document, _) in sorted(self.entries.items(),
                                                       key=lambda item: item[1][0].path)},
        }
        files[MANIFEST] = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
        return files
