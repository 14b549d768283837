"""The HermiT reasoner (owlready2, on Debian's Java) finds the ontology and the seeds'
entities, posts and change events consistent, with no unsatisfiable class, and does find a
contradiction planted on purpose. `.ci/run` installs Java; without it these tests are skipped
(under CI=true they fail instead)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph

from kg.rdf.namespaces import ID, KG

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

_MISSING = [name for name, present in (("java", shutil.which("java")),
                                       ("owlready2", importlib.util.find_spec("owlready2")))
            if not present]
if _MISSING and os.environ.get("CI") != "true":
    pytest.skip(f"the reasoner needs {', '.join(_MISSING)}", allow_module_level=True)


def test_reasoner_finds_ontology_and_seed_entities_consistent(seed_build):
    from reason import reason

    assert reason(seed_build.out_dir) == []


def test_reasoner_finds_a_planted_contradiction():
    from reason import reason

    planted = Graph()
    planted.add((KG.Person, OWL.disjointWith, KG.Organisation))
    planted.add((ID["thing/both"], RDF.type, KG.Person))
    planted.add((ID["thing/both"], RDF.type, KG.NHSTrust))
    planted.add((ID["thing/both"], RDFS.label, __import__("rdflib").Literal("both")))
    problems = reason(None, planted)
    assert problems and problems[0].startswith("inconsistent")
