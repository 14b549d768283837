"""`kg serve` as users meet it: a real server process on a free port, asked by SPARQLWrapper
and by plain HTTP, for every format, and for each thing it must refuse."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph
import pytest
from servers import free_port, kg_command, running
from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.query import named_query

MAX_ROWS = 50
TIME_LIMIT = 2.0
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(seed_build) -> Iterator[str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    args = [*kg_command(), "serve", str(seed_build.out_dir), "--port", str(port),
            "--timeout", str(TIME_LIMIT), "--max-rows", str(MAX_ROWS)]
    with running(args, url):
        yield url


def _wrapper(server: str, query: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(server + "sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def test_serve_json_results_through_sparqlwrapper(server):
    data = _wrapper(server, named_query("leaders"), JSON).queryAndConvert()
    people = {row["person"]["value"] for row in data["results"]["bindings"]}
    assert "Javed Khan" in people
    assert data["head"]["vars"][:2] == ["person", "role"]


def test_serve_csv_and_xml_results_through_sparqlwrapper(server):
    text = _wrapper(server, named_query("leaders"), CSV).queryAndConvert().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert any(row["person"] == "Javed Khan" and row["role"] == "chair" for row in rows)
    document = _wrapper(server, named_query("leaders"), XML).queryAndConvert()
    names = {node.firstChild.data for node in document.getElementsByTagName("literal")}
    assert "Javed Khan" in names


def test_serve_post_forms_and_sparql_query_bodies_agree(server):
    query = named_query("structure")
    accept = {"Accept": "text/tab-separated-values"}
    by_get = httpx.get(server + "sparql", params={"query": query}, headers=accept)
    by_form = httpx.post(server + "sparql", data={"query": query}, headers=accept)
    by_body = httpx.post(server + "sparql", content=query.encode(), headers={
        **accept, "Content-Type": "application/sparql-query"})
    assert by_get.status_code == by_form.status_code == by_body.status_code == 200
    assert by_get.headers["content-type"].startswith("text/tab-separated-values")
    assert by_get.text == by_form.text == by_body.text
    assert len(by_get.text.splitlines()) > 1


@pytest.mark.parametrize(("accept", "rdf_format"), [
    ("text/turtle", pyoxigraph.RdfFormat.TURTLE),
    ("application/n-triples", pyoxigraph.RdfFormat.N_TRIPLES),
    ("application/ld+json", pyoxigraph.RdfFormat.JSON_LD),
])
def test_serve_construct_by_content_negotiation(server, accept, rdf_format):
    query = ("PREFIX kg: <https://w3id.org/nhskg/ontology#> "
             "CONSTRUCT { ?p kg:leads ?o } WHERE { GRAPH ?g { ?p kg:leads ?o } }")
    response = httpx.get(server + "sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    triples = list(pyoxigraph.parse(response.content, rdf_format))
    assert len({(t.subject, t.object) for t in triples}) == len(triples) >= 5


def test_serve_describe_gives_a_graph(server):
    query = "DESCRIBE <https://w3id.org/nhskg/id/org/QU9>"
    response = httpx.get(server + "sparql", params={"query": query},
                         headers={"Accept": "application/n-triples"})
    assert response.status_code == 200 and "QU9" in response.text


@pytest.mark.parametrize("request_kind", ["update-body", "update-form", "insert-as-query",
                                          "load-as-query"])
def test_serve_refuses_updates_with_a_clear_4xx(server, request_kind):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    if request_kind == "update-body":
        response = httpx.post(server + "sparql", content=update.encode(),
                              headers={"Content-Type": "application/sparql-update"})
    elif request_kind == "update-form":
        response = httpx.post(server + "sparql", data={"update": update})
    elif request_kind == "insert-as-query":
        response = httpx.get(server + "sparql", params={"query": update})
    else:
        response = httpx.get(server + "sparql", params={"query": "LOAD <http://127.0.0.1:9/>"})
    assert 400 <= response.status_code < 500
    assert "read-only" in response.text
    count = httpx.get(server + "sparql", params={"query": "ASK { <urn:a> ?p ?o }"},
                      headers={"Accept": "application/sparql-results+json"}).json()
    assert count["boolean"] is False


def test_serve_malformed_query_is_a_400_with_the_parser_message(server):
    response = httpx.get(server + "sparql", params={"query": "SELECT ?x WHERE { ?x ?y"})
    assert response.status_code == 400
    assert "malformed query" in response.text and "error at 1:" in response.text
    assert "Traceback" not in response.text
    with pytest.raises(SPARQLWrapperException):
        _wrapper(server, "SELECT ?x WHERE { ?x ?y", JSON).queryAndConvert()


class _Listener:
    """A socket on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> int:
        time.sleep(0.5)
        self._stop.set()
        self._thread.join()
        self.sock.close()
        return self.connections


@pytest.mark.parametrize(("query", "status"), [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", 403),
    ("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:{port}/> { ?s ?p ?o } }", 403),
    ("SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:{port}/> { ?s ?p ?o } }", 403),
    ("SELECT * FROM <http://127.0.0.1:{port}/data.ttl> WHERE { ?s ?p ?o }", 200),
    ("SELECT * FROM NAMED <http://127.0.0.1:{port}/d.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }",
     200),
    ("LOAD <http://127.0.0.1:{port}/data.ttl>", 403),
])
def test_serve_never_opens_a_connection_for_service_from_or_load(server, query, status):
    listener = _Listener()
    try:
        response = httpx.get(server + "sparql",
                             params={"query": query.replace("{port}", str(listener.port))})
    finally:
        connections = listener.close()
    assert connections == 0
    assert response.status_code == status, response.text
    if status == 403:
        assert "refused" in response.text


def test_a_plain_oxigraph_store_does_open_the_connection():
    """Why the endpoint refuses SERVICE: the engine itself fetches it (docs/MEASURED.md)."""
    listener = _Listener()
    try:
        with pytest.raises(OSError):
            list(pyoxigraph.Store().query(
                f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}"))
    finally:
        connections = listener.close()
    assert connections == 1


def test_serve_cancels_a_query_past_the_time_limit_and_keeps_serving(server):
    started = time.monotonic()
    response = httpx.get(server + "sparql", params={"query": SLOW}, timeout=30)
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "time limit" in response.text
    assert elapsed < TIME_LIMIT + 5
    after = httpx.get(server + "sparql", params={"query": "ASK { ?s ?p ?o }"},
                      headers={"Accept": "application/sparql-results+json"})
    assert after.json()["boolean"] is True


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv"])
def test_serve_cuts_results_past_the_size_cap_with_a_notice(server, accept):
    response = httpx.get(server + "sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                         headers={"Accept": accept})
    assert response.status_code == 200
    assert f"cut at {MAX_ROWS} rows" in response.headers["kg-notice"]
    if accept.endswith("json"):
        assert len(response.json()["results"]["bindings"]) == MAX_ROWS
    else:
        assert len(response.text.strip().splitlines()) == MAX_ROWS + 1
    small = httpx.get(server + "sparql", headers={"Accept": accept},
                      params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
    assert "kg-notice" not in small.headers


def test_serve_binds_only_to_loopback_127_0_0_1_by_default(server):
    port = int(server.rsplit(":", 1)[1].strip("/"))
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.2:{port}/sparql", timeout=2)


def test_serve_pages_use_only_their_own_scripts(server, seed_build):
    home = httpx.get(server)
    assert home.status_code == 200
    assert home.text == (Path(seed_build.out_dir) / "graph.html").read_text(encoding="utf-8")
    page = httpx.get(server + "query")
    assert page.status_code == 200 and "<textarea" in page.text
    assert "http://" not in page.text and "https://" not in page.text
    script = httpx.get(server + "static/query.js")
    assert script.status_code == 200 and "fetch(\"/sparql\"" in script.text
    listed = httpx.get(server + "queries").json()
    assert {"name": "provenance", "parameters": ["name"]}.items() <= {
        k: v for k, v in next(q for q in listed if q["name"] == "provenance").items()}.items()


def test_serve_binds_page_parameters_as_literals(server):
    query = named_query("provenance")
    found = httpx.post(server + "sparql", data={"query": query, "$name": "mr khan"},
                       headers={"Accept": "application/sparql-results+json"}).json()
    assert {row["subject"]["value"] for row in found["results"]["bindings"]} == {"Javed Khan"}
    hostile = httpx.post(server + "sparql", headers={"Accept": "application/json"},
                         data={"query": query, "$name": 'x" } . ?s ?p ?o { "'}).json()
    assert hostile["results"]["bindings"] == []
    assert json.dumps(hostile["head"]) == json.dumps(found["head"])


def test_serve_a_graph_file_without_a_store(seed_build, tmp_path):
    """A lone .trig is loaded into a temporary store; nothing is written beside it."""
    graph = tmp_path / "kg.trig"
    graph.write_bytes((Path(seed_build.out_dir) / "kg.trig").read_bytes())
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with running([*kg_command(), "serve", str(graph), "--port", str(port)], url):
        response = httpx.get(url + "sparql", params={"query": named_query("structure")},
                             headers={"Accept": "text/csv"})
        assert response.status_code == 200 and len(response.text.splitlines()) > 1
    assert [p.name for p in tmp_path.iterdir()] == ["kg.trig"]


def _service_from_a_worker(port: int, results: Any) -> None:
    from kg.serve.workers import _drop_network

    dropped = _drop_network()
    try:
        list(pyoxigraph.Store().query(
            f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}"))
        outcome = "answered"
    except OSError as exc:
        outcome = type(exc).__name__
    results.put((dropped, outcome))


def test_serve_workers_have_no_network_where_linux_allows_it():
    """The second guard: even a SERVICE that got past safety.py reaches nothing."""
    listener = _Listener()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    try:
        process = context.Process(target=_service_from_a_worker, args=(listener.port, results))
        process.start()
        dropped, outcome = results.get(timeout=60)
        process.join(timeout=30)
    finally:
        connections = listener.close()
    if not dropped:
        pytest.skip("this kernel does not let a process leave the network namespace")
    assert connections == 0 and outcome != "answered"
