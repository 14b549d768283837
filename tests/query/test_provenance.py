"""The shipped provenance query answers "which sentence says so" for several people, in rdflib
and in an independent engine (Oxigraph)."""

from __future__ import annotations

import pyoxigraph
import pytest

from kg.query import load_graph, named_query, run, with_values
from kg.query.precompute import add_index

PEOPLE = ["Javed Khan", "Sarah-Jane Marsh", "Saffron Cordery", "Sir Ron Kerr", "Jeremy Hunt",
          "James Kent"]


@pytest.fixture(scope="module")
def stores(seed_build):
    store = pyoxigraph.Store()
    store.load(path=str(seed_build.out_dir / "kg.trig"), format=pyoxigraph.RdfFormat.TRIG)
    add_index(store)  # as a build's store has it: the shipped query reads precomputed rows
    return load_graph(seed_build.out_dir / "kg.trig"), store, seed_build


@pytest.mark.parametrize("name", PEOPLE)
def test_provenance_every_fact_has_its_exact_sentence(stores, name):
    dataset, store, _ = stores
    rows = run(named_query("provenance"), dataset, {"name": name}).records()
    assert rows, name
    for row in rows:
        assert row["sentence"] and int(row["start"]) < int(row["end"])
        assert row["predicate"] and row["extractor"]
    oxigraph_rows = list(store.query(with_values(named_query("provenance"), {"name": name})))
    assert len(oxigraph_rows) == len(rows)


def test_provenance_offsets_slice_the_seed_files(stores, seeds_dir):
    dataset, _, _ = stores
    for name in PEOPLE:
        for row in run(named_query("provenance"), dataset, {"name": name}).records():
            doc = row["story"].rsplit("/", 2)[-2]
            text = (seeds_dir / f"{doc}.txt").read_text(encoding="utf-8")
            assert text[int(row["start"]):int(row["end"])] == row["sentence"]
