"""The shipped query library, `kg query --list`, parameters bound by the engine, the on-disk
store that `kg build` writes and `kg query` opens, and streamed output formats."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pyoxigraph
import pytest

from kg.errors import GraphError, QueryError
from kg.names import lookup_name
from kg.query import (
    catalogue,
    execute,
    load_graph,
    named_query,
    open_graph,
    prepare_bindings,
    query_names,
    run,
)
from kg.query.precompute import INDEX, add_index
from kg.query.store import open_store, store_path, write_store

# What each parameterised query is asked in these tests, and what must come back.
ASKED = {"name": "Javed Khan", "org": "QU9", "date": "2024-01-01"}
NON_EMPTY = {"leaders", "current-leaders", "post-holders", "interim-acting",
             "leadership-changes", "segments-and-ratings", "contracts-and-advisers",
             "publications", "structure", "organisations-by-class", "provenance", "two-hops",
             "top-organisations", "edges", "nodes"}


@pytest.fixture(scope="module")
def store(seed_build) -> pyoxigraph.Store:
    return open_graph(seed_build.out_dir)


def test_library_every_query_says_what_it_answers_and_its_parameters():
    infos = catalogue()
    assert len(infos) >= 12
    for info in infos:
        text = named_query(info.name)
        assert text.startswith("# "), info.name
        assert info.question.endswith("."), info.name
        for parameter in info.parameters:
            assert f"?{parameter}" in text.split("SELECT", 1)[1].split("WHERE", 1)[0], \
                f"{info.name}: the engine binds only projected variables"


def test_library_list_prints_one_line_per_query_with_its_question():
    result = subprocess.run([sys.executable, "-m", "kg", "query", "--list"],
                            capture_output=True, text=True, check=True)
    names = [line.split()[0] for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert names == query_names() and len(names) >= 9
    assert "provenance --bind name=..." in result.stdout
    assert "Everything known about one person or organisation" in result.stdout


@pytest.mark.parametrize("name", query_names())
def test_library_query_runs_on_the_seeds(store, name):
    info = next(i for i in catalogue() if i.name == name)
    result = run(named_query(name), store, {p: ASKED[p] for p in info.parameters}, name)
    if name in NON_EMPTY:
        assert result.rows, f"{name} finds nothing in the seeds"
    assert len(result.rows) == len({tuple(row) for row in result.rows}), "duplicate rows"


def test_library_current_leaders_by_alias_any_case_and_curly_quotes(store):
    rows = run(named_query("current-leaders"), store, {"org": "qu9"}).records()
    assert {(r["person"], r["role"], r["status"]) for r in rows} >= {
        ("Javed Khan", "chair", "current"), ("Sim Scavazza", "chair", "interim")}
    trust = "guy’s and st thomas’  nhs foundation trust"
    holders = run(named_query("post-holders"), store, {"org": trust}).records()
    assert any(r["person"] == "Sir Ron Kerr" and r["status"] == "former" for r in holders)


@pytest.mark.parametrize("value", ['x" } . ?s ?p ?o { "', "Javed Khan\" || true || \"",
                                   "} UNION { ?a ?b ?c }", "'; DROP ALL; '"])
def test_library_bound_values_match_literally_and_change_nothing_else(store, value):
    hostile = run(named_query("provenance"), store, {"name": value})
    plain = run(named_query("provenance"), store, {"name": "Javed Khan"})
    assert hostile.rows == []
    assert hostile.variables == plain.variables


def test_library_a_name_with_quotes_and_braces_is_found_exactly(tmp_path):
    """A value is one literal: an entity whose name holds the hostile text is found by it."""
    name = 'Dr "Brace" } . ?s ?p ?o { Smith'
    store = pyoxigraph.Store()
    kg = "https://w3id.org/nhskg/ontology#"
    person = pyoxigraph.NamedNode("https://w3id.org/nhskg/id/person/x")
    store.add(pyoxigraph.Quad(person, pyoxigraph.NamedNode(kg + "lookupName"),
                              pyoxigraph.Literal(lookup_name(name))))
    store.add(pyoxigraph.Quad(person, pyoxigraph.NamedNode(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), pyoxigraph.NamedNode(kg + "Person")))
    store.add(pyoxigraph.Quad(person, pyoxigraph.NamedNode(
        "http://www.w3.org/2000/01/rdf-schema#label"), pyoxigraph.Literal(name)))
    query = ("PREFIX kg: <https://w3id.org/nhskg/ontology#> SELECT ?name ?p WHERE { "
             "BIND(LCASE(?name) AS ?key) ?p kg:lookupName ?key }")
    rows = run(query, store, {"name": name}).rows
    assert rows == [[name, person.value]]


def test_library_lookup_names_are_the_folded_labels_aliases_and_ods_codes(store):
    text = ("PREFIX kg: <https://w3id.org/nhskg/ontology#> "
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            "SELECT DISTINCT ?e ?name ?key WHERE { ?e kg:lookupName ?key . "
            "{ ?e rdfs:label|skos:altLabel|<http://www.w3.org/ns/org#identifier> ?name } }")
    names: dict[str, set[str]] = {}
    keys: dict[str, set[str]] = {}
    for entity, name, key in run(text, store).rows:
        names.setdefault(entity, set()).add(lookup_name(name))
        keys.setdefault(entity, set()).add(key)
    assert len(keys) >= 40
    assert keys == names
    assert lookup_name(lookup_name(" Mr\t O’Brien\n")) == "mr o'brien"


def test_library_folded_parameters_are_declared_in_the_header():
    info = next(i for i in catalogue() if i.name == "provenance")
    assert info.parameters == info.folded == ("name",)
    assert prepare_bindings(named_query("provenance"), {"name": " MR  Khan"}) == {
        "name": "mr khan"}
    assert prepare_bindings(named_query("leaders"), {"name": " MR  Khan"}) == {
        "name": " MR  Khan"}


@pytest.mark.parametrize("value", ["chair", 'chair" ) } . ?s ?p ?o { ( "'])
def test_library_a_variable_the_query_does_not_project_is_bound_as_one_literal(store, value):
    text = ("PREFIX org: <http://www.w3.org/ns/org#> "
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            "SELECT (COUNT(DISTINCT ?m) AS ?posts) WHERE { GRAPH ?g { ?m org:role ?r } "
            "?r skos:prefLabel ?label . FILTER(STR(?label) = ?role) }")
    posts = int(run(text, store, {"role": value}).rows[0][0])
    assert (posts > 0) == (value == "chair")


def test_library_unbound_parameter_and_unknown_variable_are_clear_errors(store):
    with pytest.raises(QueryError, match="needs --bind org="):
        execute(named_query("current-leaders"), store, {}, "current-leaders")
    with pytest.raises(QueryError, match=r"no variable \?nobody"):
        execute(named_query("leaders"), store, {"nobody": "x"}, "leaders")


def test_store_build_writes_a_store_that_query_opens_read_only(seed_build):
    path = store_path(seed_build.out_dir)
    assert path == seed_build.out_dir / "store"
    assert path in seed_build.outputs
    parsed = pyoxigraph.Store()
    parsed.load(path=str(seed_build.out_dir / "kg.trig"), format=pyoxigraph.RdfFormat.TRIG)
    opened = open_graph(seed_build.out_dir)
    assert {q for q in opened if not q.predicate.value.startswith(INDEX)} == set(parsed)
    add_index(parsed)  # the store also holds the precomputed index, and nothing else
    assert set(opened) == set(parsed)
    assert len(open_store(path)) == len(parsed)
    with pytest.raises((OSError, RuntimeError)):
        opened.add(next(iter(parsed)))
    mutable = load_graph(seed_build.out_dir)
    mutable.add(next(iter(parsed)))
    assert store_path(seed_build.out_dir / "kg.trig") == path
    assert store_path(seed_build.out_dir / "kg.ttl") is None


def test_store_a_kg_trig_changed_after_the_build_wins_over_the_stale_store(seed_build, tmp_path):
    import os
    import shutil

    folder = tmp_path / "build"
    shutil.copytree(seed_build.out_dir, folder)
    assert store_path(folder) == folder / "store"
    trig = folder / "kg.trig"
    trig.write_text(trig.read_text(encoding="utf-8") + "\n<urn:x> <urn:y> <urn:z> .\n",
                    encoding="utf-8")
    later = (folder / "store" / "CURRENT").stat().st_mtime + 5
    os.utime(trig, (later, later))
    assert store_path(folder) is None
    assert pyoxigraph.Quad(pyoxigraph.NamedNode("urn:x"), pyoxigraph.NamedNode("urn:y"),
                           pyoxigraph.NamedNode("urn:z")) in open_graph(folder)


def test_store_failed_write_leaves_the_old_store(tmp_path):
    target = tmp_path / "store"
    write_store("<urn:a> <urn:b> <urn:c> .", target, "N_TRIPLES")
    with pytest.raises(GraphError, match="cannot write the store"):
        write_store("<urn:a> <urn:b> .", target, "N_TRIPLES")
    assert len([q for q in open_store(target) if not q.predicate.value.startswith(INDEX)]) == 1
    write_store("<urn:a> <urn:b> <urn:d> .\n<urn:a> <urn:b> <urn:e> .\n", target, "N_TRIPLES")
    assert len([q for q in open_store(target) if not q.predicate.value.startswith(INDEX)]) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["store"]


@pytest.mark.parametrize(("fmt", "parse_as"), [
    ("csv", None), ("tsv", pyoxigraph.QueryResultsFormat.TSV),
    ("json", pyoxigraph.QueryResultsFormat.JSON), ("xml", pyoxigraph.QueryResultsFormat.XML),
])
def test_cli_query_streams_standard_result_formats(seed_build, fmt, parse_as):
    result = subprocess.run([sys.executable, "-m", "kg", "query", "leaders", "--graph",
                             str(seed_build.out_dir), "--format", fmt],
                            capture_output=True, check=True)
    if parse_as is None:
        rows = list(csv.reader(io.StringIO(result.stdout.decode("utf-8"))))[1:]
    else:
        rows = list(pyoxigraph.parse_query_results(result.stdout, parse_as))
    assert len(rows) == len(run(named_query("leaders"), open_graph(seed_build.out_dir)).rows)


def test_cli_query_construct_as_turtle_and_a_format_mismatch_is_one_line(seed_build, tmp_path):
    construct = tmp_path / "c.rq"
    construct.write_text("CONSTRUCT WHERE { ?s a ?o } LIMIT 3", encoding="utf-8")
    ok = subprocess.run([sys.executable, "-m", "kg", "query", str(construct), "--graph",
                         str(seed_build.out_dir), "--format", "nt"], capture_output=True,
                        check=True)
    assert len(list(pyoxigraph.parse(ok.stdout, pyoxigraph.RdfFormat.N_TRIPLES))) == 3
    bad = subprocess.run([sys.executable, "-m", "kg", "query", str(construct), "--graph",
                          str(seed_build.out_dir), "--format", "csv"], capture_output=True,
                         text=True, check=False)
    assert bad.returncode == 1 and bad.stderr.startswith("kg: error: ")
    assert "use --format ttl" in bad.stderr
