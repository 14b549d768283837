"""The only home of IRIs: the kg ontology's terms, the data's base, and the standard vocabularies.

A misspelt ontology term fails at import (``_fail = True``), not in the output graph.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
)
from rdflib.term import URIRef

from kg.iri import BASE

__all__ = [
    "BASE", "DCTERMS", "FOAF", "ID", "KG", "OA", "ODS", "ODS_GRAPH", "ONTOLOGY_GRAPH", "ORG",
    "OWL", "PROV", "RDF", "RDFS", "SDO", "SKOS", "XSD", "bind_prefixes",
]




class KG(DefinedNamespace):
    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # organisations
    Organisation: URIRef  # An organisation named in the news (an org:Organization).
    NHSBody: URIRef  # A statutory body of the NHS in England.
    NHSTrust: URIRef  # An NHS trust providing hospital, mental health, community or ambulance care.
    NHSFoundationTrust: URIRef  # An NHS foundation trust (a public benefit corporation).
    CareTrust: URIRef  # An NHS care trust providing health and social care.
    IntegratedCareBoard: URIRef  # A statutory integrated care board commissioning for an area.
    IntegratedCareSystem: URIRef  # An integrated care system: the partnership for an area.
    ClinicalCommissioningGroup: URIRef  # A clinical commissioning group (2013–2022).
    CommissioningHub: URIRef  # An NHS England commissioning hub.
    NationalBody: URIRef  # A national NHS or arm's-length body.
    Regulator: URIRef  # A regulator of health and care services or professions.
    GovernmentDepartment: URIRef  # A department or office of central government.
    ParliamentaryBody: URIRef  # A committee or office of Parliament.
    Company: URIRef  # A company: consultancy, supplier or provider.
    MembershipBody: URIRef  # A body representing member organisations.
    ThinkTank: URIRef  # An independent health policy institute.
    TradeUnion: URIRef  # A trade union.
    ProfessionalBody: URIRef  # A royal college or professional association.
    NewsOutlet: URIRef  # A news publisher or outlet.
    LocalAuthority: URIRef  # A council.
    OrganisationalUnit: URIRef  # A named unit inside a larger organisation.
    Hospital: URIRef  # A hospital site, run by a trust or a company.
    Charity: URIRef  # A charity.
    # people, publications, stories
    Person: URIRef  # A person named in the news.
    Publication: URIRef  # A report, review, plan or framework.
    Report: URIRef  # A report, inquiry or audit.
    Review: URIRef  # A review or investigation.
    Plan: URIRef  # A plan or strategy.
    Framework: URIRef  # A framework, guidance or standard.
    Story: URIRef  # One news story of a newsletter issue.
    NewsletterIssue: URIRef  # A newsletter file holding several stories.
    # facts and provenance
    Assertion: URIRef  # One extracted fact, reified with its qualifiers and evidence.
    Evidence: URIRef  # The sentence of a story that states a fact.
    ExtractionActivity: URIRef  # A run of one extractor of kg over the corpus.
    # controlled vocabularies
    Segment: URIRef  # A segment or tier of the NHS oversight framework.
    Rating: URIRef  # A CQC overall rating.
    Role: URIRef  # A post an organisation has (chief executive, chair...).
    PostStatus: URIRef  # Whether a post is held now, formerly, interim, acting or designate.
    segments: URIRef  # The concept scheme of oversight segments and tiers.
    ratings: URIRef  # The concept scheme of CQC ratings.
    roles: URIRef  # The concept scheme of roles.
    statuses: URIRef  # The concept scheme of post statuses.
    # relations
    leads: URIRef  # Person holds, held or will hold a post at the organisation.
    movedToSegment: URIRef  # Organisation moved into this oversight segment.
    inSegment: URIRef  # Organisation is placed in this oversight segment.
    awardedContract: URIRef  # Supplier was awarded a contract by this organisation.
    advises: URIRef  # Person or organisation advises this organisation.
    authored: URIRef  # Person or organisation wrote or led this publication.
    commissioned: URIRef  # Person or organisation commissioned this publication.
    partOf: URIRef  # Organisation is part of the larger organisation.
    mergesWith: URIRef  # Organisations merge, have merged or are aligning.
    rated: URIRef  # Organisation holds this rating.
    # qualifiers and provenance properties
    status: URIRef  # The post status of a leads assertion.
    fromSegment: URIRef  # The segment an organisation moved from.
    contractValue: URIRef  # The value of a contract as written in the story.
    confidence: URIRef  # How reliable the extractor's pattern is, from 0 to 1.
    evidence: URIRef  # The evidence of an assertion.
    story: URIRef  # The story an evidence sentence belongs to.
    startOffset: URIRef  # Character offset where the text starts in the source file.
    endOffset: URIRef  # Character offset where the text ends in the source file.
    sourceFile: URIRef  # The source file's path, relative to the folder the build read.
    issue: URIRef  # The newsletter issue a story belongs to.
    extractor: URIRef  # The name of the extractor that produced an assertion.
    ODSCode: URIRef  # The datatype of NHS Organisation Data Service codes.
    post: URIRef  # The org:Post a leads assertion (an org:Membership) is about.
    govukSlug: URIRef  # The GOV.UK organisation slug.
    lookupName: URIRef  # A label or alias folded for exact-match lookups.


ID = Namespace(BASE + "id/")
OA = Namespace("http://www.w3.org/ns/oa#")
ODS = Namespace("https://directory.spineservices.nhs.uk/ORD/2-0-0/organisations/")
ONTOLOGY_GRAPH = URIRef(BASE + "ontology")
ODS_GRAPH = URIRef(BASE + "id/graph/ods")


def bind_prefixes(graph: object) -> None:
    for prefix, namespace in (
        ("kg", KG._NS), ("id", ID), ("org", ORG), ("prov", PROV), ("skos", SKOS),
        ("schema", SDO), ("dcterms", DCTERMS), ("foaf", FOAF), ("owl", OWL), ("ods", ODS),
        ("oa", OA),
        ("xsd", XSD), ("rdfs", RDFS), ("rdf", RDF),
    ):
        graph.bind(prefix, namespace, override=True)  # type: ignore[attr-defined]


# --- time (issue 9): OWL-Time, used for post intervals and event times ---
from rdflib.namespace import TIME  # noqa: E402

__all__ += ["TIME", "bind_time_prefix"]


def bind_time_prefix(graph: object) -> None:
    graph.bind("time", TIME, override=True)  # type: ignore[attr-defined]


_bind_before_time = bind_prefixes


def bind_prefixes(graph: object) -> None:
    """The prefixes above, and ``time:`` (issue 9; fold into the list above when merged)."""
    _bind_before_time(graph)
    bind_time_prefix(graph)
