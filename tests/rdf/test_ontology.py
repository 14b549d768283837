"""The ontology defines every term the code writes, with a label and a comment, and reuses the
standard vocabularies rather than redefining them."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import ORG

from kg.rdf.namespaces import KG
from kg.rdf.ontology import load_ontology, ontology_path

TERMS = sorted(name for name in KG.__annotations__)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def test_ontology_has_a_versioned_header(ontology):
    header = URIRef("https://w3id.org/nhskg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) is not None


@pytest.mark.parametrize("name", TERMS)
def test_ontology_defines_every_term_with_label_and_comment(ontology, name):
    term = KG[name]
    assert ontology.value(term, RDF.type) is not None, f"kg:{name} is not declared"
    assert ontology.value(term, RDFS.label) is not None, f"kg:{name} has no label"
    assert ontology.value(term, RDFS.comment) is not None, f"kg:{name} has no comment"


def test_ontology_declares_nothing_the_code_does_not_know(ontology):
    namespace = str(KG._NS)
    declared = {str(s)[len(namespace):] for s in ontology.subjects(RDF.type, None)
                if str(s).startswith(namespace)}
    assert declared <= set(TERMS)


def test_ontology_links_relations_to_standard_terms(ontology):
    assert (KG.partOf, RDFS.subPropertyOf, ORG.subOrganizationOf) in ontology
    assert (KG.mergesWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (KG.Organisation, RDFS.subClassOf, ORG.Organization) in ontology


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_ontology_files_parse_in_an_independent_engine(name):
    store = pyoxigraph.Store()
    store.load(path=ontology_path(name), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 50
