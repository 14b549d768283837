"""Built files re-parse in rdflib and in an independent engine (Oxigraph), byte-identically."""

from __future__ import annotations

import os
import subprocess
import sys

import pyoxigraph
import pytest
from rdflib import Dataset, Graph

from kg.rdf.namespaces import KG

KG_NS = str(KG._NS)


def test_serialize_trig_and_turtle_reparse_with_rdflib(seed_build):
    dataset = Dataset()
    dataset.parse(seed_build.out_dir / "kg.trig", format="trig")
    graph = Graph().parse(seed_build.out_dir / "kg.ttl", format="turtle")
    story_graphs = [g for g in dataset.graphs() if "/story/" in str(g.identifier)]
    assert len(story_graphs) == seed_build.stories
    assert len(graph) > 500
    assert (None, KG.leads, None) in graph


@pytest.mark.parametrize(("name", "fmt"), [("kg.trig", pyoxigraph.RdfFormat.TRIG),
                                           ("kg.ttl", pyoxigraph.RdfFormat.TURTLE)])
def test_serialize_files_parse_in_oxigraph(seed_build, name, fmt):
    store = pyoxigraph.Store()
    store.load(path=str(seed_build.out_dir / name), format=fmt)
    query = f"PREFIX kg: <{KG_NS}> SELECT (COUNT(*) AS ?n) WHERE {{ ?a a kg:Assertion }}"
    if name == "kg.trig":
        query = query.replace("{ ?a a kg:Assertion }", "{ GRAPH ?g { ?a a kg:Assertion } }")
    count = int(next(iter(store.query(query)))["n"].value)
    assert count == sum(seed_build.facts.values())


def test_serialize_two_builds_are_byte_identical(seeds_dir, tmp_path):
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "build", str(seeds_dir), "--out", str(out),
                        "--no-validate"], check=True, env=env, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()})
    assert outputs[0] == outputs[1]
    assert set(outputs[0]) == {"kg.trig", "kg.ttl", "kg.jsonl", "graph.html"}
