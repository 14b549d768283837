"""SHACL validation: the seeds conform; a hand-broken graph fails with a readable message."""

from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import ORG

from kg.errors import GraphError
from kg.rdf.namespaces import KG, OA, XSD
from kg.rdf.validate import check, violations


@pytest.fixture(scope="module")
def seed_dataset(seed_build) -> Dataset:
    dataset = Dataset()
    dataset.parse(seed_build.out_dir / "kg.trig", format="trig")
    return dataset


def test_validate_seeds_conform(seed_dataset):
    assert violations(seed_dataset) == []


def _break(dataset: Dataset) -> Dataset:
    """Drop one leads assertion's status and push one evidence start past its end."""
    broken = Dataset()
    quads = list(dataset.quads((None, None, None, None)))
    membership = next(s for s, p, _, _ in quads if p == ORG.role and "/fact/" in str(s))
    evidence = next(s for s, p, o, _ in quads if p == OA.start)
    for s, p, o, g in quads:
        if (s, p) == (membership, KG.status):
            continue
        if (s, p) == (evidence, OA.start):
            o = Literal(10**9, datatype=XSD.nonNegativeInteger)
        broken.add((s, p, o, g))
    return broken


def test_validate_broken_graph_lists_each_problem(seed_dataset):
    found = violations(_break(seed_dataset))
    messages = " | ".join(str(v) for v in found)
    assert "a leads assertion has exactly one status" in messages
    assert "length of its sentence" in messages
    with pytest.raises(GraphError, match="SHACL violation"):
        check(_break(seed_dataset), "broken.trig")


def test_validate_cli_exit_codes(seed_dataset, seed_build, tmp_path):
    good = subprocess.run([sys.executable, "-m", "kg", "validate", str(seed_build.out_dir)],
                          capture_output=True, text=True, check=False)
    assert good.returncode == 0 and "conforms" in good.stdout
    broken_path = tmp_path / "broken.trig"
    _break(seed_dataset).serialize(broken_path, format="trig")
    bad = subprocess.run([sys.executable, "-m", "kg", "validate", str(broken_path)],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert "exactly one status" in bad.stdout
    assert bad.stderr.startswith("kg: error: ") and "SHACL violation" in bad.stderr


def test_validate_rules_in_oxigraph_report_what_pyshacl_alone_reports(seed_dataset):
    """The SPARQL-target rules run in Oxigraph for speed; pyshacl alone, on the same shapes,
    finds the same violations (here: a direct triple with nothing behind it, and a span)."""
    broken = _break(seed_dataset)
    graph = next(g for g in broken.graphs() if "/story/" in str(g.identifier))
    person = next(s for s in broken.default_graph.subjects(None, KG.Person))
    organisation = next(broken.default_graph.subjects(None, KG.NHSTrust))
    graph.add((person, KG.leads, organisation))
    fast = violations(broken)
    slow = violations(broken, oxigraph_rules=False)
    assert {v.message for v in fast} == {v.message for v in slow}
    assert {v.focus for v in fast} == {v.focus for v in slow}
    assert any("direct kg:leads" in v.message for v in fast)
