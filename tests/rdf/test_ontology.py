"""The ontology defines every term the code writes, with a label and a comment, and reuses the
standard vocabularies rather than redefining them."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import ORG, SKOS, XSD

from kg.rdf.namespaces import ID, KG, OA
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
    assert (KG.partOf, RDFS.subPropertyOf, None) not in ontology
    assert (KG.mergesWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (KG.Organisation, RDFS.subClassOf, ORG.Organization) in ontology
    assert (KG.Hospital, RDFS.subClassOf, ORG.OrganizationalUnit) in ontology
    assert (KG.Evidence, RDFS.subClassOf, OA.SpecificResource) in ontology


def test_ontology_stays_in_owl2_dl(ontology):
    """What took it out of OWL 2 DL, and what keeps a reasoner off the network: no class
    under rdf:Statement, no owl:imports, and no term both a class and a property or two kinds
    of property (the reasoner run itself is tools/reason.py and test_reasoner below)."""
    assert not any(o == RDF.Statement for o in ontology.objects(None, RDFS.subClassOf))
    assert (None, OWL.imports, None) not in ontology
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
             RDFS.Datatype)
    for term in set(ontology.subjects(RDF.type, None)):
        declared = [kind for kind in kinds if (term, RDF.type, kind) in ontology]
        assert len(declared) <= 1, f"{term} is punned as {declared}"
    used = {o for o in ontology.objects(None, RDFS.subClassOf)} | {
        o for p in (RDFS.domain, RDFS.range) for o in ontology.objects(None, p)}
    undeclared = {t for t in used if isinstance(t, URIRef) and not str(t).startswith(str(XSD))
                  and (t, RDF.type, OWL.Class) not in ontology
                  and (t, RDF.type, RDFS.Datatype) not in ontology}
    assert not undeclared, f"used as classes but not declared: {sorted(undeclared)}"


def test_role_scheme_is_a_hierarchy_without_fragments(ontology):
    roles = set(ontology.subjects(RDF.type, KG.Role))
    assert len(roles) > 40
    for role in roles:
        label = str(ontology.value(role, SKOS.prefLabel))
        assert len(label.split()) <= 8 and " the " not in f" {label} ", label
        broader = list(ontology.objects(role, SKOS.broader))
        assert broader or (role, SKOS.topConceptOf, KG.roles) in ontology, label
        assert all(b in roles for b in broader), label
    chief = URIRef(str(ID["role/chief-executive"]))
    assert (URIRef(str(ID["role/group-chief-executive"])), SKOS.broader, chief) in ontology


@pytest.mark.parametrize(("role", "expected"), [
    ("CEO", "chief-executive"), ("chairman", "chair"),
    ("director of finance following the retirement", "director-of-finance"),
    ("director of nursing, policy and practice", "director-of-nursing"),
    ("national director of urgent and emergency care", "national-director"),
    ("director of estates", "director"), ("chief estates officer", "chief-officer"),
    ("deputy national medical director", None), ("chief executive", "chief-executive"),
])
def test_role_strings_map_to_the_scheme_or_to_nothing(role, expected):
    from kg.rdf.roles import role_concept

    found = role_concept(role)
    assert (str(found).rsplit("/", 1)[1] if found else None) == expected


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_ontology_files_parse_in_an_independent_engine(name):
    store = pyoxigraph.Store()
    store.load(path=ontology_path(name), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 50
