"""The shipped queries that read precomputed rows give the answers of the questions as first
asked of the story graphs (tests/query/unindexed/), on a real build's on-disk store."""

from __future__ import annotations

import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pyoxigraph
import pytest

from kg.build import build
from kg.errors import QueryError
from kg.query import load_graph, named_query, open_graph, run
from kg.query.precompute import INDEX, INDEX_GRAPH, LISTINGS, add_index, has_index, listing_question

ROOT = Path(__file__).resolve().parents[2]
UNINDEXED = Path(__file__).parent / "unindexed"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> pyoxigraph.Store:
    """Seeds, the development corpus and 150 generated stories, where the same organisations
    recur across stories as they do in a newsroom's years of news."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from gen_corpus import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    folder = tmp_path_factory.mktemp("precompute")
    generate(150, folder / "generated", seed=3)
    build([ROOT / "seeds", ROOT / "tests" / "corpus", folder / "generated"], folder / "build",
          validate=False)
    return open_graph(folder / "build")


def _rows(store: pyoxigraph.Store, text: str, bindings: dict[str, str] | None = None
          ) -> list[tuple[str | None, ...]]:
    result = run(text, store, bindings, union=False)
    return [tuple(row) for row in result.rows]


def _unindexed(name: str) -> str:
    return (UNINDEXED / f"{name}.rq").read_text(encoding="utf-8")


def _names(store: pyoxigraph.Store, kind: str) -> list[str]:
    query = ("PREFIX kg: <https://w3id.org/nhskg/ontology#> "
             "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             f"SELECT DISTINCT ?label WHERE {{ ?e a/rdfs:subClassOf* {kind} ; "
             "rdfs:label ?label ; kg:lookupName [] }")
    labels = {row[0] for row in run(query, store).rows if row[0]}
    return sorted(labels)


def _nondecreasing(rows: list[tuple[str | None, ...]], key) -> bool:
    keys = [key(row) for row in rows]
    return all(a <= b for a, b in pairwise(keys))


def test_the_store_holds_the_index_and_the_data_unchanged(store):
    assert has_index(store)
    assert INDEX_GRAPH not in {g.value for g in store.named_graphs()}
    rows = [q for q in store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())
            if q.predicate.value.startswith(INDEX)]
    assert len(rows) > 1000
    # the index's own terms are in no story graph, and its rows in no named graph
    assert not any(q.predicate.value.startswith(INDEX) for q in store
                   if q.graph_name != pyoxigraph.DefaultGraph())


def test_provenance_gives_the_unindexed_answers_for_every_entity(store):
    names = _names(store, "kg:Organisation") + _names(store, "kg:Person") + _names(
        store, "kg:Publication")
    assert len(names) > 100
    busiest = 0
    for name in names:
        fast = _rows(store, named_query("provenance"), {"name": name})
        slow = _rows(store, _unindexed("provenance"), {"name": name})
        assert Counter(fast) == Counter(slow), name
        assert _nondecreasing(fast, lambda r: (r[7], int(r[5]), r[2], r[3])), name
        busiest = max(busiest, len(fast))
    assert busiest > 10


def test_two_hops_gives_the_unindexed_answers_for_every_person(store):
    people = _names(store, "kg:Person")
    reached = 0
    for name in people:
        fast = _rows(store, named_query("two-hops"), {"name": name})
        slow = _rows(store, _unindexed("two-hops"), {"name": name})
        assert Counter(fast) == Counter(slow), name
        assert _nondecreasing(fast, lambda r: (int(r[2]), r[4], r[3] or "")), name
        reached += any(row[2] == "2" for row in fast)
    assert reached > 10


@pytest.mark.parametrize("query", ["current-leaders", "post-holders"])
def test_posts_give_the_unindexed_answers_for_every_organisation(store, query):
    organisations = _names(store, "kg:Organisation")
    order = {"current-leaders": lambda r: (r[1], r[3], r[2], r[6]),
             "post-holders": lambda r: (r[1], r[3], r[4], r[2], r[5])}[query]
    busiest = 0
    for name in organisations:
        fast = _rows(store, named_query(query), {"org": name})
        slow = _rows(store, _unindexed(query), {"org": name})
        assert Counter(fast) == Counter(slow), name
        assert _nondecreasing(fast, order), name
        busiest = max(busiest, len(fast))
    assert busiest > 5


def test_top_organisations_gives_the_unindexed_answer(store):
    fast = _rows(store, named_query("top-organisations"))
    assert len(fast) == 20
    assert fast == _rows(store, _unindexed("top-organisations"))


@pytest.mark.parametrize("name", LISTINGS)
def test_listings_give_the_unindexed_answers_in_the_same_order(store, name):
    question = listing_question(name)
    assert "GRAPH ?" in question and INDEX_GRAPH not in question
    assert INDEX_GRAPH in named_query(name)
    fast = run(named_query(name), store, union=False)
    slow = run(question, store, union=False)
    assert fast.variables == slow.variables
    rows = [tuple(row) for row in fast.rows]
    assert len(rows) > 10
    assert Counter(rows) == Counter(tuple(row) for row in slow.rows)
    keys = re.findall(r"\?(\w+)", question.rsplit("ORDER BY", 1)[1])
    at = [fast.variables.index(key) for key in keys]
    assert [tuple(row[k] for k in at) for row in fast.rows] == [
        tuple(row[k] for k in at) for row in slow.rows], "the engine's order"


def test_listings_keep_each_value_s_kind(store):
    """IRIs stay IRIs, language tags and numeric types stay: the same terms, not only the
    same text (TSV and JSON results show the difference)."""
    for name in ("edges", "leadership-changes"):
        fast = {tuple(solution) for solution in store.query(named_query(name))}
        slow = {tuple(solution) for solution in store.query(listing_question(name))}
        assert fast == slow, name


def test_a_graph_file_loaded_into_memory_is_indexed_when_a_query_needs_it(seed_build):
    memory = load_graph(seed_build.out_dir / "kg.trig")
    assert not has_index(memory)
    leaders = _rows(memory, named_query("leaders"))
    assert not has_index(memory), "a listing asks its own question of a graph without index"
    assert leaders == _rows(memory, listing_question("leaders"))
    name = "Javed Khan"
    assert Counter(_rows(memory, named_query("provenance"), {"name": name})) == Counter(
        _rows(memory, _unindexed("provenance"), {"name": name}))
    assert has_index(memory)
    before = len(memory)
    add_index(memory)
    assert len(memory) == before, "indexing again replaces the index"


def test_a_name_two_entities_answer_to_gives_each_shared_fact_once(seed_build):
    """Provenance reads each entity's own columns: a fact between two entities that answer to
    one name is in both entities' columns, and is still one row, as in the question."""
    memory = load_graph(seed_build.out_dir / "kg.trig")
    pair = ("PREFIX kg: <https://w3id.org/nhskg/ontology#> "
            "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            "SELECT ?s ?o WHERE { GRAPH ?g { ?a rdf:subject ?s ; rdf:object ?o } "
            "?s kg:lookupName [] . ?o kg:lookupName [] FILTER(?s != ?o) } LIMIT 1")
    found = next(iter(memory.query(pair)))
    lookup = pyoxigraph.NamedNode("https://w3id.org/nhskg/ontology#lookupName")
    for entity in (found["s"], found["o"]):
        memory.add(pyoxigraph.Quad(entity, lookup, pyoxigraph.Literal("both of them")))
    fast = _rows(memory, named_query("provenance"), {"name": "both of them"})
    slow = _rows(memory, _unindexed("provenance"), {"name": "both of them"})
    assert fast and Counter(fast) == Counter(slow)
    assert len(set(fast)) == len(fast)


def test_a_read_only_store_without_the_index_asks_for_a_new_build(seed_build, tmp_path):
    old = pyoxigraph.Store(str(tmp_path / "old"))
    old.bulk_load(path=str(seed_build.out_dir / "kg.trig"), format=pyoxigraph.RdfFormat.TRIG)
    del old
    store = pyoxigraph.Store.read_only(str(tmp_path / "old"))
    with pytest.raises(QueryError, match=r"no precomputed index.*kg build"):
        run(named_query("provenance"), store, {"name": "Javed Khan"}, union=False)
    assert run(named_query("leaders"), store, union=False).rows


def test_a_store_with_an_older_index_asks_for_a_new_build_and_lists_from_its_question(
        seed_build, tmp_path):
    memory = load_graph(seed_build.out_dir / "kg.trig")
    add_index(memory)
    index = pyoxigraph.NamedNode(INDEX_GRAPH)
    version = pyoxigraph.NamedNode("https://w3id.org/nhskg/index#version")
    default = pyoxigraph.DefaultGraph()
    marker = next(iter(memory.quads_for_pattern(index, version, None, default)))
    memory.remove(marker)
    memory.add(pyoxigraph.Quad(index, version, pyoxigraph.Literal(1), default))
    old = pyoxigraph.Store(str(tmp_path / "old"))
    old.bulk_extend(memory)
    del old
    store = pyoxigraph.Store.read_only(str(tmp_path / "old"))
    assert not has_index(store)
    with pytest.raises(QueryError, match=r"no precomputed index.*kg build"):
        run(named_query("provenance"), store, {"name": "Javed Khan"}, union=False)
    assert _rows(store, named_query("leaders")) == _rows(store, listing_question("leaders"))
    assert _rows(store, named_query("leaders"))


def test_a_build_without_facts_has_an_index_with_no_rows(tmp_corpus, tmp_path):
    folder = tmp_corpus({"quiet.txt": "A quiet week\n\nNothing was announced this week.\n"})
    build([folder], tmp_path / "build", validate=False)
    store = open_graph(tmp_path / "build")
    assert has_index(store)
    assert _rows(store, named_query("provenance"), {"name": "anyone"}) == []
    assert _rows(store, named_query("top-organisations")) == []
