"""`kg push` into a real external server (the `oxigraph serve` binary from PyPI): the shipped
queries give the same answers there as in the embedded store, pushing twice changes nothing,
and a changed story replaces exactly its own graph."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph
import pytest
from servers import free_port, kg_command, oxigraph_binary, running
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.build import build
from kg.query import catalogue, named_query, open_graph, run, with_values
from kg.rdf.namespaces import ONTOLOGY_GRAPH

VALUES = {"name": "Javed Khan", "org": "QU9", "date": "2024-01-01"}


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = oxigraph_binary()
    location = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with running([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                 url + "/query?query=ASK%7B%7D"):
        yield url


def _push(build_dir: Path, server: str) -> str:
    result = subprocess.run([*kg_command(), "push", str(build_dir), "--endpoint",
                             f"{server}/query", "--graph-store", f"{server}/store"],
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _remote_rows(server: str, query: str) -> list[tuple[str | None, ...]]:
    client = SPARQLWrapper(f"{server}/query")
    client.setQuery(query)
    client.setReturnFormat(JSON)
    data = client.queryAndConvert()
    names = data["head"]["vars"]
    return sorted(tuple(row[n]["value"] if n in row else None for n in names)
                  for row in data["results"]["bindings"])


def _remote_graphs(server: str, names: list[str]) -> dict[str, frozenset[str]]:
    """Each graph as the server's Graph Store Protocol gives it back, as a set of N-Triples."""
    graphs = {}
    for name in names:
        params = {"default": ""} if name == "default" else {"graph": name}
        response = httpx.get(f"{server}/store", params=params,
                             headers={"Accept": "application/n-triples"})
        graphs[name] = frozenset(response.text.splitlines()) if response.status_code == 200 \
            else frozenset()
    return graphs


def _local_graphs(build_dir: Path) -> dict[str, frozenset[str]]:
    store = open_graph(build_dir)
    graphs = {graph.value: graph for graph in store.named_graphs()}
    graphs["default"] = pyoxigraph.DefaultGraph()
    return {name: frozenset(store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=graph)
                            .decode("utf-8").splitlines())
            for name, graph in graphs.items() if name != str(ONTOLOGY_GRAPH)}


def test_push_gives_the_same_answers_as_the_embedded_store(oxigraph, seed_build):
    output = _push(seed_build.out_dir, oxigraph)
    assert "Pushed" in output
    store = open_graph(seed_build.out_dir)
    compared = 0
    for info in catalogue():
        bindings = {name: VALUES[name] for name in info.parameters}
        local = sorted(tuple(row) for row in
                       run(named_query(info.name), store, bindings, info.name).rows)
        remote = _remote_rows(oxigraph, with_values(named_query(info.name), bindings))
        assert remote == local, info.name
        compared += bool(local)
    assert compared >= 9


def test_push_twice_changes_nothing_and_a_changed_story_replaces_its_graph(
        oxigraph, seeds_dir, tmp_path):
    corpus = tmp_path / "stories"
    shutil.copytree(seeds_dir, corpus)
    first = tmp_path / "first"
    build([corpus], first, validate=False)
    before = _local_graphs(first)
    _push(first, oxigraph)
    _push(first, oxigraph)
    assert _remote_graphs(oxigraph, list(before)) == before

    story_file = sorted(corpus.glob("*.txt"))[0]
    text = story_file.read_text(encoding="utf-8")
    assert "chief executive" in text
    story_file.write_text(text.replace("chief executive", "chair", 1), encoding="utf-8")
    second = tmp_path / "second"
    build([corpus], second, validate=False)
    after = _local_graphs(second)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed and len(changed) < len(after) / 2, changed
    _push(second, oxigraph)
    assert _remote_graphs(oxigraph, list(after)) == after


def test_push_to_an_unreachable_server_is_one_line(seed_build):
    port = free_port()
    result = subprocess.run([*kg_command(), "push", str(seed_build.out_dir), "--endpoint",
                             f"http://127.0.0.1:{port}/query", "--graph-store",
                             f"http://127.0.0.1:{port}/store"],
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("kg: error: ") and "cannot reach" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
