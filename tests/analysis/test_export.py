"""Every export format reads back with its own reader, and is byte-identical when repeated."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg.analysis import to_networkx
from kg.export import EXPORT_FORMATS, export
from kg.query import load_dataset


@pytest.fixture(scope="module")
def dataset(seed_build) -> Dataset:
    return load_dataset(seed_build.out_dir / "kg.trig")


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_export_is_deterministic(dataset, fmt):
    assert export(dataset, fmt) == export(dataset, fmt)


def test_export_graphml_and_gexf_read_back_with_networkx(dataset, seed_build):
    expected = sum(seed_build.facts.values())
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        graph = reader(io.BytesIO(export(dataset, fmt).encode("utf-8")))
        assert graph.number_of_edges() == expected
        labels = {data.get("label") for _, data in graph.nodes(data=True)}
        assert "Javed Khan" in labels


def test_export_csv_has_one_row_per_fact_with_evidence(dataset, seed_build):
    rows = list(csv.DictReader(io.StringIO(export(dataset, "csv"))))
    assert len(rows) == sum(seed_build.facts.values())
    assert all(row["sentence"] and row["predicate"] for row in rows)


@pytest.mark.parametrize(("fmt", "parser"), [("jsonld", "json-ld"), ("nq", "nquads"),
                                             ("nt", "nt"), ("ttl", "turtle")])
def test_export_rdf_formats_reparse(dataset, fmt, parser):
    text = export(dataset, fmt)
    target = Dataset() if fmt in {"jsonld", "nq"} else Graph()
    target.parse(data=text, format=parser)
    assert len(target) > 0 or len(list(target.quads())) > 0
    if fmt == "jsonld":
        assert json.loads(text)


def test_export_networkx_graph_for_notebooks(dataset):
    graph = to_networkx(dataset)
    kinds = {data["kind"] for _, data in graph.nodes(data=True)}
    assert {"Person", "Segment"} <= kinds
    predicates = {data["predicate"] for _, _, data in graph.edges(data=True)}
    assert {"leads", "movedToSegment", "awardedContract"} <= predicates
