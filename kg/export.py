"""Exports of a built graph: RDF syntaxes, GraphML and GEXF (Gephi, Cytoscape), CSV edges.

Every format is deterministic: the same graph gives the same bytes.
"""

from __future__ import annotations

import csv
import io

from rdflib import Dataset

from kg.analysis.graphs import to_networkx
from kg.errors import ConfigError
from kg.rdf.serialize import FORMATS, serialize

__all__ = ["EXPORT_FORMATS", "export"]

EXPORT_FORMATS = (*FORMATS, "graphml", "gexf", "csv")
_CSV_COLUMNS = ("subject", "subject_label", "predicate", "object", "object_label", "role",
                "status", "from", "value", "confidence", "story", "sentence")


def export(dataset: Dataset, fmt: str) -> str:
    if fmt in FORMATS:
        return serialize(dataset, fmt)
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of "
                          f"{', '.join(EXPORT_FORMATS)}")
    graph = to_networkx(dataset)
    if fmt == "csv":
        return _csv(graph)
    import networkx as nx

    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    else:
        writer = nx.readwrite.gexf.GEXFWriter(encoding="utf-8", prettyprint=True)
        writer.add_graph(graph)
        meta = writer.xml.find("meta")
        if meta is not None:
            meta.attrib.pop("lastmodifieddate", None)
        writer.write(buffer)
    return buffer.getvalue().decode("utf-8")


def _csv(graph: object) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    rows = []
    for source, target, data in graph.edges(data=True):  # type: ignore[attr-defined]
        nodes = graph.nodes  # type: ignore[attr-defined]
        rows.append((source, nodes[source]["label"], data["predicate"], target,
                     nodes[target]["label"], data["role"], data["status"], data["origin"],
                     data["value"], f"{data['confidence']:.2f}", data["story"],
                     data["sentence"]))
    writer.writerows(sorted(rows))
    return buffer.getvalue()
