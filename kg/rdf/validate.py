"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl).

The union of all graphs is validated, ontology included, so ``sh:class`` follows subclasses
and a fact in a story graph sees the entity types in the default graph. The union is copied
once and validated in place: the second copy
and pyshacl's own clone took a third of the time at 1,000 stories.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import GraphError
from kg.rdf.namespaces import BASE
from kg.rdf.ontology import load_ontology, load_shapes

__all__ = ["Violation", "check", "violations"]


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}: {self.path}: {self.message}"


def _short(node: Node | None) -> str:
    if node is None:
        return "-"
    text = str(node)
    for prefix, short in ((BASE + "id/", "id:"), (BASE + "ontology#", "kg:")):
        if text.startswith(prefix):
            return short + text[len(prefix):]
    return text


def violations(dataset: Dataset | Graph) -> list[Violation]:
    import pyshacl

    union = Graph()
    if isinstance(dataset, Dataset):
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in dataset:
            union.add(triple)
    for triple in load_ontology():
        union.add(triple)
    _, report, _ = pyshacl.validate(union, shacl_graph=load_shapes(), inference="none",
                                   advanced=True, allow_warnings=False, inplace=True)
    found = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        found.append(Violation(
            _short(report.value(result, SH.focusNode)),
            _short(report.value(result, SH.resultPath)),
            str(report.value(result, SH.resultMessage) or "does not conform"),
        ))
    return sorted(set(found), key=str)


def check(dataset: Dataset | Graph, where: Path | str) -> None:
    """Raise a GraphError listing the first violations, if there are any."""
    found = violations(dataset)
    if found:
        shown = "; ".join(map(str, found[:5]))
        more = f" (and {len(found) - 5} more; run `kg validate`)" if len(found) > 5 else ""
        raise GraphError(where, f"{len(found)} SHACL violation(s): {shown}{more}")
