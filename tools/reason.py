"""Run the HermiT OWL 2 DL reasoner (through owlready2; needs Java) over the ontology, and
optionally over a build's entities, posts and change events (its default graph).

    python tools/reason.py [BUILD]

Prints the axiom count, the time taken and any inconsistency or unsatisfiable class; exits 1
on a problem. The story graphs are left out: their reification (rdf:subject...) is RDF, not
OWL, by design (docs/decisions/20261125-standards-to-the-letter.md).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from rdflib import Dataset, Graph


def _graph(build: Path | None) -> Graph:
    from kg.rdf.ontology import load_ontology

    graph = Graph()
    for triple in load_ontology():
        graph.add(triple)
    if build is not None:
        dataset = Dataset()
        dataset.parse(build / "kg.trig", format="trig")
        for triple in dataset.default_graph:
            graph.add(triple)
    return graph


def reason(build: Path | None = None, extra: Graph | None = None) -> list[str]:
    """The problems HermiT finds (empty when the ontology, and the build, are consistent);
    ``extra`` triples are added first (the tests use them to show a problem is found)."""
    import owlready2

    graph = _graph(build)
    for triple in extra or ():
        graph.add(triple)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kg.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        ontology = world.get_ontology(path.as_uri()).load(format="ntriples")
        problems: list[str] = []
        try:
            with ontology:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            return [f"inconsistent: {exc}"]
        problems += [f"unsatisfiable class: {c.iri}" for c in world.inconsistent_classes()]
    return problems


def main() -> int:
    build = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    started = time.perf_counter()
    problems = reason(build)
    print(f"HermiT over {len(_graph(build))} triples: {time.perf_counter() - started:.1f} s, "
          f"{len(problems)} problem(s)")
    for problem in problems:
        print("  " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
