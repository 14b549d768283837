"""Built files re-parse in rdflib and in an independent engine (Oxigraph), byte-identically."""

from __future__ import annotations

import os
import subprocess
import sys

import pyoxigraph
import pytest
from rdflib import Dataset, Graph

from kg.rdf.namespaces import KG, ODS_GRAPH

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


def _oxigraph_quads(data: bytes, fmt: pyoxigraph.RdfFormat) -> set[pyoxigraph.Quad]:
    return set(pyoxigraph.parse(input=data, format=fmt))


def test_serialize_jsonld_reads_back_as_the_trig_quads_everywhere(seed_build):
    """pyoxigraph, rdflib and pyld all read the JSON-LD export to the quads of the TriG,
    the default graph's triples in the default graph; two exports are the same bytes."""
    import json

    from pyld import jsonld

    from kg.rdf.serialize import serialize

    trig = (seed_build.out_dir / "kg.trig").read_bytes()
    expected = _oxigraph_quads(trig, pyoxigraph.RdfFormat.TRIG)
    dataset = Dataset()
    dataset.parse(data=trig, format="trig")
    text = serialize(dataset, "jsonld")
    assert text == serialize(dataset, "jsonld")
    data = text.encode("utf-8")
    assert _oxigraph_quads(data, pyoxigraph.RdfFormat.JSON_LD) == expected
    by_pyld = jsonld.to_rdf(json.loads(text), {"format": "application/n-quads"})
    assert _oxigraph_quads(by_pyld.encode("utf-8"), pyoxigraph.RdfFormat.N_QUADS) == expected
    by_rdflib = Dataset()
    by_rdflib.parse(data=text, format="json-ld")
    nquads = by_rdflib.serialize(format="nquads").encode("utf-8")
    assert _oxigraph_quads(nquads, pyoxigraph.RdfFormat.N_QUADS) == expected
    default = {q for q in expected if isinstance(q.graph_name, pyoxigraph.DefaultGraph)}
    assert default and any(str(q.predicate).endswith("#label>") for q in default)


def test_ods_opening_and_closing_dates_reach_the_graph(seed_build):
    """ODS records' dates are stated for the bodies the news names (reference data, not text)."""
    dataset = Dataset()
    dataset.parse(seed_build.out_dir / "kg.trig", format="trig")
    schema = "https://schema.org/"
    ods = dataset.graph(ODS_GRAPH)
    founded = {str(o) for _, p, o in ods if str(p) == schema + "foundingDate"}
    assert not [t for t in dataset.default_graph if str(t[1]) == schema + "foundingDate"]
    assert founded and all(len(value) == 10 and value[4] == "-" for value in founded)


def test_build_writes_the_bytes_a_dataset_of_the_same_quads_gives(seeds_dir, seed_build):
    """``kg build`` converts straight to Oxigraph quads (kg.rdf.convert.to_quads); an rdflib
    Dataset of the graph (``to_dataset``) and an Oxigraph store of it serialise to the same
    bytes as the built files."""
    from kg.build import knowledge_base, read_documents
    from kg.rdf.convert import to_dataset, to_quads
    from kg.rdf.serialize import serialize, serialize_quads

    documents = read_documents([seeds_dir])
    kb = knowledge_base(documents)
    graph = to_quads(kb, documents)
    dataset = to_dataset(kb, documents)
    for name, fmt in (("kg.trig", "trig"), ("kg.ttl", "ttl")):
        built = (seed_build.out_dir / name).read_bytes()
        assert serialize_quads(graph, fmt) == built
        assert serialize(dataset, fmt).encode("utf-8") == built
    assert len(graph.store) == len(set(dataset.quads((None, None, None, None))))


def test_integer_datatypes_are_kept_in_the_files(seed_build):
    """Oxigraph's store reads ``"5"^^xsd:nonNegativeInteger`` back as an ``xsd:integer``; the
    files are written from the quads as converted, which keep the datatype."""
    text = (seed_build.out_dir / "kg.trig").read_text(encoding="utf-8")
    assert 'oa:start "' in text and "^^xsd:nonNegativeInteger" in text
    store = pyoxigraph.Store()
    store.load(path=str(seed_build.out_dir / "kg.trig"), format=pyoxigraph.RdfFormat.TRIG)
    start = next(iter(store.quads_for_pattern(
        None, pyoxigraph.NamedNode("http://www.w3.org/ns/oa#start"), None))).object
    assert start.datatype.value.endswith("#integer")
