"""The loaders: a build folder into rdflib, Oxigraph, networkx and pandas, carrying what the
graph states (classes, ODS codes, qualifiers, evidence, dates when present)."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from rdflib import Dataset, Literal, URIRef

from kg.analysis import (
    entities_frame,
    facts_frame,
    load_networkx,
    load_rdf,
    load_store,
    query_catalogue,
    query_frame,
    show_graph,
    stories,
    to_networkx,
)
from kg.errors import GraphError, QueryError
from kg.query import query_names
from kg.rdf.namespaces import KG, ORG, SDO, XSD


@pytest.fixture(scope="module")
def store(seed_build):
    return load_store(seed_build.out_dir)


@pytest.fixture(scope="module")
def graph(store):
    return load_networkx(store)


def test_load_rdf_reads_every_story_graph(seed_build):
    dataset = load_rdf(seed_build.out_dir)
    assert isinstance(dataset, Dataset)
    story_graphs = {g.identifier for g in dataset.graphs() if "/story/" in str(g.identifier)}
    assert len(story_graphs) == seed_build.stories


def test_load_networkx_nodes_carry_label_class_and_ods(graph, seed_build):
    dataset = load_rdf(seed_build.out_dir)
    codes = {str(s): str(o) for s, o in dataset.subject_objects(ORG.identifier)}
    assert codes
    for node, data in graph.nodes(data=True):
        assert data["label"]
        assert data["ods"] == codes.get(node)
        classes = {str(o).split("#")[-1] for o in dataset.objects(URIRef(node), None)
                   if isinstance(o, URIRef) and str(o).startswith(str(KG._NS))}
        if classes:
            assert data["class"] in classes
        else:
            assert data["class"] in {"Segment", "Rating"}


def test_load_networkx_edges_are_the_facts_with_qualifiers_and_no_dates(graph, seed_build):
    assert graph.number_of_edges() == sum(seed_build.facts.values())
    assert graph.number_of_nodes() == to_networkx(load_rdf(seed_build.out_dir)).number_of_nodes()
    for _, _, data in graph.edges(data=True):
        assert data["sentence"] and data["story"] and data["story_title"]
        assert data["date"] is None
        if data["predicate"] == "leads":
            assert data["status"] in {"current", "former", "interim", "acting", "designate"}
        else:
            assert data["role"] is None


def test_load_networkx_carries_the_story_date_when_the_graph_has_one(seed_build):
    dataset = load_rdf(seed_build.out_dir)
    dated = min(data["story"] for _, _, data in load_networkx(dataset).edges(data=True))
    dataset.graph(URIRef(dated)).add((URIRef(dated), SDO.datePublished,
                                      Literal("2025-03-04", datatype=XSD.date)))
    graph = load_networkx(dataset)
    dates = {data["story"]: data["date"] for _, _, data in graph.edges(data=True)}
    assert {date for story, date in dates.items() if story != dated} == {None}
    assert dates[dated] == "2025-03-04"
    assert stories(dataset)[dated]["date"] == "2025-03-04"
    frame = facts_frame(graph)
    assert frame.loc[frame["story"] == dated, "date"].eq(pd.Timestamp("2025-03-04")).all()


def test_load_stories_give_the_source_file_of_every_story(store, seed_build, seeds_dir):
    table = stories(store)
    assert len(table) == seed_build.stories
    assert all((seeds_dir / story["file"]).is_file() for story in table.values())


def test_query_frame_runs_shipped_queries_by_name(store):
    catalogue = query_catalogue()
    assert list(catalogue["name"]) == query_names()
    assert catalogue["question"].str.len().gt(10).all()
    leaders = query_frame("leaders", store)
    assert list(leaders.columns) == ["person", "role", "status", "organisation", "sentence",
                                     "story"]
    assert len(leaders) > 0


def test_query_frame_binds_values_and_types_numbers(store, graph):
    person = next(d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "Person"
                  and graph.degree(_) > 0)
    evidence = query_frame("provenance", store, name=person)
    assert len(evidence) > 0
    assert pd.api.types.is_integer_dtype(evidence["start"])
    assert pd.api.types.is_float_dtype(evidence["confidence"])
    assert (evidence["end"] > evidence["start"]).all()
    assert set(evidence["subject"]) | set(evidence["object"]) >= {person}


def test_query_frame_runs_ad_hoc_text_and_rq_files(store, tmp_path):
    text = 'SELECT ?code ?n WHERE { VALUES (?code ?n) { ("007" "12") ("10A" "3") } }'
    frame = query_frame(text, store)
    assert list(frame["code"]) == ["007", "10A"]
    assert list(frame["n"]) == [12, 3]
    path = tmp_path / "count.rq"
    path.write_text("SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }",
                    encoding="utf-8")
    assert query_frame(path, store)["quads"].iloc[0] > 0
    assert query_frame(str(path), store).equals(query_frame(path, store))


def test_query_frame_reports_bad_queries_as_query_errors(store):
    with pytest.raises(QueryError, match="no shipped query"):
        query_frame("no_such_query", store)
    with pytest.raises(QueryError):
        query_frame("SELECT ?x WHERE { ?x", store)
    with pytest.raises(QueryError, match=r"missing\.rq: cannot read"):
        query_frame("missing.rq", store)


def test_facts_and_entities_frames_cover_the_graph(graph):
    facts = facts_frame(graph)
    assert len(facts) == graph.number_of_edges()
    assert facts["subject_label"].notna().all() and facts["object_label"].notna().all()
    entities = entities_frame(graph)
    assert len(entities) == graph.number_of_nodes()
    assert entities["facts"].sum() == 2 * graph.number_of_edges()


def test_show_graph_embeds_the_page_offline(seed_build):
    shown = show_graph(seed_build.out_dir, height=400).data
    assert shown.startswith("<div><iframe srcdoc=\"")
    assert 'height="400"' in shown
    assert not re.search(r"<script[^>]+src=", shown)
    assert "<script" not in shown.split('srcdoc="', 1)[1].split('"', 1)[0]


def test_show_graph_of_a_folder_without_a_page_is_a_graph_error(tmp_path):
    with pytest.raises(GraphError, match=r"graph\.html"):
        show_graph(tmp_path)
