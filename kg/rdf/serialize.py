"""Deterministic files from a Dataset, written so a failure never leaves a half-written file.

rdflib's Turtle and TriG writers sort subjects and predicates; N-Quads lines are sorted here.
No blank nodes are ever minted, so the same graph always gives the same bytes.
"""

from __future__ import annotations

import os
import tempfile
from io import BytesIO
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.plugins.serializers.trig import TrigSerializer

from kg.errors import ConfigError, GraphError
from kg.rdf.namespaces import bind_prefixes

__all__ = ["FORMATS", "atomic_write", "flatten", "serialize"]

FORMATS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld", "nt": "nt"}


def flatten(dataset: Dataset) -> Graph:
    """Every triple of every graph in one graph (what Turtle can hold)."""
    graph = Graph()
    bind_prefixes(graph)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


class _SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG writer with its graphs in IRI order (its own order follows hashing)."""

    def __init__(self, store: Dataset) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda graph: (graph.identifier != store.default_context.identifier,
                                              str(graph.identifier)))


def _trig(dataset: Dataset) -> str:
    stream = BytesIO()
    _SortedTrigSerializer(dataset).serialize(stream, encoding="utf-8")
    return stream.getvalue().decode("utf-8")


def serialize(dataset: Dataset, fmt: str) -> str:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in {"ttl", "nt"}:
        text = flatten(dataset).serialize(format=FORMATS[fmt])
    elif fmt == "trig":
        text = _trig(dataset)
    elif fmt == "jsonld":
        text = dataset.serialize(format="json-ld", sort_keys=True, indent=1)
    else:
        text = dataset.serialize(format=FORMATS[fmt])
    if fmt in {"nq", "nt"}:
        text = "".join(sorted(set(text.splitlines(keepends=True))))
    return text if text.endswith("\n") else text + "\n"


def atomic_write(path: Path, text: str) -> None:
    """Write beside the target and rename over it, so readers never see a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        raise GraphError(path, f"cannot write: {exc.strerror or exc}") from None
