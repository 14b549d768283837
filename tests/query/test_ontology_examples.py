"""The SPARQL examples in ontology/README.md run on an independent engine (Oxigraph).

The store is loaded from kg.trig as it is: its default graph is NOT the union of the story
graphs, so the examples must reach facts through ``GRAPH ?g { ... }`` as the README says. Each
```sparql block starts with a ``# name: question`` comment that names it here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset

from kg.build import build
from kg.query import load_dataset, run

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "ontology" / "README.md"

_BLOCK = re.compile(r"^```sparql[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_NAME = re.compile(r"\A# ([a-z][a-z0-9-]*):")

# The examples that must find something in the seeds.
NON_EMPTY = ("leaders", "segment-moves", "contracts", "provenance-by-name",
             "provenance-by-ods-code", "posts")
KG = "https://w3id.org/nhskg/ontology#"

Row = dict[str, str | None]


def _blocks() -> list[str]:
    return _BLOCK.findall(README.read_text(encoding="utf-8"))


def _name(block: str) -> str:
    match = _NAME.match(block)
    return match.group(1) if match else "(unnamed)"


BLOCKS = _blocks()
EXAMPLES = {_name(block): block for block in BLOCKS}


@pytest.fixture(scope="module")
def seed_graph(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ontology-examples")
    build([seeds_dir], out, validate=False)
    return out / "kg.trig"


@pytest.fixture(scope="module")
def store(seed_graph: Path) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    store.load(path=str(seed_graph), format=pyoxigraph.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def union_dataset(seed_graph: Path) -> Dataset:
    """The same graph in rdflib, a second engine, with the union as its default graph."""
    return load_dataset(seed_graph)


def _select(store: pyoxigraph.Store, query: str) -> list[Row]:
    result = store.query(query)
    assert isinstance(result, pyoxigraph.QuerySolutions), "the examples are SELECT queries"
    names = [variable.value for variable in result.variables]
    return [{name: None if solution[name] is None else solution[name].value for name in names}
            for solution in result]


def _assertions(store: pyoxigraph.Store) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?a a <{KG}Assertion> }} }}"
    return int(next(iter(store.query(query)))["n"].value)


def test_ontology_examples_are_named_once_and_cover_the_questions():
    assert BLOCKS, "no ```sparql blocks in ontology/README.md"
    names = [_name(block) for block in BLOCKS]
    assert "(unnamed)" not in names, "every block starts with a '# name: question' comment"
    assert len(names) == len(set(names)), f"duplicate example names: {names}"
    for name in (*NON_EMPTY, "departures-and-stand-ins", "advisers", "publications",
                 "structure", "ratings"):
        assert name in names


def test_ontology_examples_store_default_graph_is_not_the_union(store):
    assert not bool(store.query(f"ASK {{ ?s <{KG}leads> ?o }}"))
    assert bool(store.query(f"ASK {{ GRAPH ?g {{ ?s <{KG}leads> ?o }} }}"))


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_ontology_example_parses_and_runs_in_oxigraph(store, name):
    rows = _select(store, EXAMPLES[name])
    if name in NON_EMPTY:
        assert rows, f"{name} finds nothing in the seeds"
    # A query that pairs rows with unrelated labels (an OPTIONAL or lookup that is not joined)
    # gives far more rows than there are facts; each example lists a fact at most twice.
    assert len(rows) <= 2 * _assertions(store), f"{name} multiplies rows"


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_ontology_example_gives_the_same_rows_where_the_default_graph_is_the_union(
        union_dataset, store, name):
    """As the README says, they run unchanged where the default graph is the union of all
    graphs: in `kg query` (Oxigraph with a union default graph) and in rdflib."""
    expected = len(_select(store, EXAMPLES[name]))
    assert len(run(EXAMPLES[name], store, source=name).rows) == expected
    assert len(list(union_dataset.query(EXAMPLES[name]))) == expected


def test_ontology_example_leaders_names_the_icb_chair_with_the_sentence(store):
    rows = _select(store, EXAMPLES["leaders"])
    khan = [r for r in rows if r["person"] == "Javed Khan"]
    assert khan, rows
    assert khan[0]["role"] == "chair"
    assert khan[0]["status"] == "current"
    assert khan[0]["orgType"] == "IntegratedCareBoard"
    assert "Integrated Care Board" in (khan[0]["organisation"] or "")
    assert (khan[0]["sentence"] or "").startswith("Javed Khan, chair of")
    assert all(r["role"] and r["status"] and r["sentence"] for r in rows)


def test_ontology_example_segment_moves_give_from_and_to(store):
    rows = _select(store, EXAMPLES["segment-moves"])
    assert {r["to"] for r in rows} == {"segment 3"}
    assert any(r["from"] == "segment 4" for r in rows), rows


def test_ontology_example_contracts_give_supplier_buyer_and_value(store):
    rows = _select(store, EXAMPLES["contracts"])
    assert any(r["supplier"] == "Deloitte" and r["value"] == "£400,000" and r["buyer"]
               for r in rows), rows


@pytest.mark.parametrize("name", ["provenance-by-name", "provenance-by-ods-code"])
def test_ontology_example_provenance_offsets_slice_the_sentence(store, seed_graph, name):
    rows = _select(store, EXAMPLES[name])
    assert any(r["subject"] == "Javed Khan" for r in rows), rows
    for row in rows:
        assert row["start"] is not None and row["end"] is not None and row["sentence"]
        start, end = int(row["start"]), int(row["end"])
        assert 0 <= start < end
        if "file" in row:
            assert row["file"], row
            path = Path(row["file"])
            path = path if path.is_absolute() else ROOT / "seeds" / path
            with open(path, encoding="utf-8-sig", newline="") as source:
                assert source.read()[start:end] == row["sentence"]
