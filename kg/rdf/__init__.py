"""RDF: IRIs, the ontology, conversion of facts to a Dataset, and deterministic serialisation."""

from __future__ import annotations

from kg.rdf.convert import to_dataset
from kg.rdf.serialize import FORMATS, atomic_write, flatten, serialize

__all__ = ["FORMATS", "atomic_write", "flatten", "serialize", "to_dataset"]
