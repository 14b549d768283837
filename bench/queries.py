"""Query speed on a 10,000-story graph, `kg query` end to end, and a load test of `kg serve`.

    python bench/queries.py                 # all three parts (about 5 minutes on 2 cores)
    python bench/queries.py --stories 2000  # a smaller graph
    python bench/queries.py --part load     # only the 20-client load test
    python bench/queries.py --build DIR     # a build you made, e.g. of bench/gen_corpus.py 10000

With ``--build`` the entities asked about are found in that build: the person named in most
facts, the organisation named in most facts (the hub), the one with most posts, and an
ordinary organisation (the median). Times are medians of wall-clock milliseconds and of the
process's CPU milliseconds (steadier on a shared machine).

The large graph is synthesised, not extracted: the seeds and the development corpus
(tests/corpus) are built by the real pipeline, then their quads are copied until there are
``--stories`` stories, each copy with its own stories, facts, evidence, people and publications
(names get the copy's number) while organisations are shared, as real ones are (a trust is named
in many stories). The copies go through the same store writer as `kg build`. Targets
(issue 13): one entity's queries under 20 ms in the store and under 0.5 s from `kg query`;
aggregates under 300 ms; a 50k-row CSV in a few seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import random
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph

from kg.build import build
from kg.names import lookup_name
from kg.query import catalogue, execute, named_query, open_graph, run
from kg.query.store import write_store

try:
    from kg.query.precompute import LISTINGS, listing_question
except ImportError:  # a kg without listing rows: its listings are their own questions
    LISTINGS, listing_question = (), named_query

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://w3id.org/nhskg/"
ONE_ENTITY = ("provenance", "current-leaders", "post-holders", "two-hops")
AGGREGATES = ("organisations-by-class", "top-organisations")
_COPIED = re.compile(r"<https://w3id\.org/nhskg/id/(story|fact|evidence|issue|person|"
                     r"publication|org(?=/[a-z]))/")
_NAMES = {f"<{iri}>" for iri in (
    "http://www.w3.org/2000/01/rdf-schema#label", "https://schema.org/name",
    "http://www.w3.org/2004/02/skos/core#altLabel", "http://purl.org/dc/terms/title",
    BASE + "ontology#lookupName")}


def _seed_build(folder: Path) -> Path:
    build([ROOT / "seeds", ROOT / "tests" / "corpus"], folder, validate=False)
    return folder


def _templates(store: pyoxigraph.Store) -> tuple[list[str], int]:
    """Each quad as an N-Quads line with a marker where a copy's number goes."""
    lines = []
    for quad in store:
        subject, predicate, obj = str(quad.subject), str(quad.predicate), str(quad.object)
        graph = "" if isinstance(quad.graph_name, pyoxigraph.DefaultGraph) \
            else " " + str(quad.graph_name)
        renamed = _COPIED.match(subject) and re.search(r"/(person|publication|org)/", subject)
        if renamed and predicate in _NAMES and obj.startswith('"'):
            end = obj.rindex('"')
            obj = obj[:end] + " \x00" + obj[end:]
        line = f"{subject} {predicate} {obj}{graph} .\n"
        lines.append(_COPIED.sub(lambda m: m.group(0) + "c\x00-", line))
    stories = sum(1 for g in store.named_graphs() if "/id/story/" in g.value)
    return lines, stories


def _people(store: pyoxigraph.Store) -> list[str]:
    rows = run(named_query("nodes"), store).records()
    return sorted({lookup_name(r["label"]) for r in rows if r["class"].endswith("#Person")})


def _busiest_copied_organisation(store: pyoxigraph.Store) -> str:
    """The organisation without an ODS code named in most facts: copied with each story."""
    rows = run(named_query("edges"), store).records()
    counts: dict[str, int] = {}
    for row in rows:
        if re.search(r"/id/org/[a-z]", row["object"]) and row["objectLabel"]:
            counts[row["objectLabel"]] = counts.get(row["objectLabel"], 0) + 1
    return lookup_name(max(sorted(counts), key=counts.__getitem__))


def synthesise(stories: int, folder: Path) -> tuple[Path, dict[str, str]]:
    """A build folder with a store of about ``stories`` stories, and names to look up."""
    base = open_graph(_seed_build(folder / "base"))
    templates, per_copy = _templates(base)
    copies = math.ceil(stories / per_copy)
    started = time.perf_counter()
    data = "".join(line.replace("\x00", str(k)) for k in range(copies) for line in templates)
    write_store(data.encode("utf-8"), folder / "big" / "store", "N_QUADS")
    print(f"synthesised {copies} copies x {per_copy} stories = {copies * per_copy} stories, "
          f"{len(templates) * copies / 1e6:.2f}M quad lines, stored in "
          f"{time.perf_counter() - started:.1f} s")
    person = _people(base)[0]
    typical = _busiest_copied_organisation(base)
    return folder / "big", {"person": f"{person} {copies // 2}", "hub": "QU9", "posts": "QU9",
                            "organisation": f"{typical} {copies // 2}"}


def _median_ms(action, runs: int) -> tuple[float, int]:
    ms, _, rows = _median_ms_cpu(action, runs)
    return ms, rows


def _median_ms_cpu(action, runs: int) -> tuple[float, float, int]:
    times, cpu, rows = [], [], 0
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        rows = action()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return statistics.median(times), statistics.median(cpu), rows


_BUSIEST = """
PREFIX kg: <https://w3id.org/nhskg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?label (COUNT(*) AS ?n) WHERE {
  ?e a ?class ; rdfs:label ?label .
  GRAPH ?g { { ?a rdf:subject ?e } UNION { ?a rdf:object ?e } EXTRA }
  FILTER(STRSTARTS(STR(?e), "https://w3id.org/nhskg/id/ENTITY/"))
} GROUP BY ?label ORDER BY DESC(?n) ?label
"""


def values_in(folder: Path) -> dict[str, str]:
    """Who to ask about in a build: the busiest person, hub and post-holding organisation,
    and the median organisation."""
    store = open_graph(folder)

    def ranked(entity: str, extra: str = "") -> list[str]:
        text = _BUSIEST.replace("ENTITY", entity).replace("EXTRA", extra)
        return [row[0] for row in run(text, store, union=False).rows]

    people = ranked("person")
    organisations = ranked("org")
    posts = ranked("org", "?a org:organization ?e .")
    return {"person": people[0], "hub": organisations[0], "posts": posts[0],
            "organisation": organisations[len(organisations) // 2]}


# (query, parameter, which value): one entity's queries for a person, an organisation of one
# story copy, and QU9, an ICB with an ODS code that every copy names (the worst case).
_CASES = [("provenance", "name", "person"), ("provenance", "name", "organisation"),
          ("provenance", "name", "hub"), ("provenance", "name", "posts"),
          ("two-hops", "name", "person"),
          ("current-leaders", "org", "organisation"), ("current-leaders", "org", "posts"),
          ("post-holders", "org", "organisation"), ("post-holders", "org", "posts")]


def in_store(folder: Path, values: dict[str, str], runs: int) -> None:
    store = open_graph(folder)
    print(f"\nIn the store ({len(store) / 1e6:.2f}M quads), median of {runs} runs "
          "(whole-graph listings: 3 runs):")
    print(f"{'query':44} {'rows':>7} {'ms':>9} {'cpu ms':>9}  target")
    cases = [(name, {param: values[which]}, f"{name} {param}={values[which]!r}")
             for name, param, which in _CASES]
    cases += [(info.name, {}, info.name) for info in catalogue() if not info.parameters]
    for name, bindings, title in cases:

        def count(name=name, bindings=bindings) -> int:
            result = execute(named_query(name), store, bindings, name, union=False)
            return sum(1 for _ in result)

        one_entity = name in ONE_ENTITY
        ms, cpu, rows = _median_ms_cpu(count, runs if one_entity or name in AGGREGATES else 3)
        target = "< 20 ms" if one_entity else "< 300 ms" if name in AGGREGATES \
            else "(whole graph)"
        verdict = "" if target.startswith("(") else (
            " ok" if ms < float(target.split()[1]) else " MISSED")
        print(f"{title[:44]:44} {rows:7d} {ms:9.1f} {cpu:9.1f}  {target}{verdict}")
        unindexed = ROOT / "tests" / "query" / "unindexed" / f"{name}.rq"
        if unindexed.is_file() or name in LISTINGS:
            slow_text = unindexed.read_text(encoding="utf-8") if unindexed.is_file() \
                else listing_question(name)

            def slow(bindings=bindings, text=slow_text) -> int:
                return sum(1 for _ in execute(text, store, bindings, "unindexed", union=False))

            before, before_cpu, slow_rows = _median_ms_cpu(slow, runs if one_entity else 3)
            print(f"{'  the same question without the index':44} {slow_rows:7d} {before:9.1f} "
                  f"{before_cpu:9.1f}  ({before / ms:.1f}x the time)")


def end_to_end(folder: Path, values: dict[str, str], runs: int) -> None:
    print(f"\n`kg query` end to end (process start, open the store, query, print), median of "
          f"{runs} (whole-graph listings: 3) of wall and of the process's CPU seconds:")
    for name, params, fmt in (("provenance", ["--bind", f"name={values['person']}"], "csv"),
                              ("provenance", ["--bind", f"name={values['hub']}"], "csv"),
                              ("two-hops", ["--bind", f"name={values['person']}"], "csv"),
                              ("current-leaders", ["--bind", f"org={values['posts']}"], "table"),
                              ("post-holders", ["--bind", f"org={values['posts']}"], "csv"),
                              ("top-organisations", [], "table"),
                              ("organisations-by-class", [], "table"),
                              ("interim-acting", [], "csv"), ("structure", [], "csv"),
                              ("publications", [], "csv"), ("contracts-and-advisers", [], "csv"),
                              ("leadership-changes", [], "csv"),
                              ("segments-and-ratings", [], "csv"), ("nodes", [], "csv"),
                              ("leaders", [], "csv"), ("edges", [], "csv")):
        command = [sys.executable, "-m", "kg", "query", name, "--graph", str(folder),
                   "--format", fmt, *params]
        cpu: list[float] = []

        def call(command=command, cpu=cpu) -> int:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            output = subprocess.run(command, capture_output=True, check=True).stdout
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            return output.count(b"\n")

        ms, lines = _median_ms(call, runs if params or fmt == "table" else 3)
        print(f"  kg query {name:24} --format {fmt:5} {lines:7d} lines  {ms / 1000:6.2f} s  "
              f"cpu {statistics.median(cpu):6.2f} s")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _client(url: str, queries: list[dict[str, str]], until: float,
                  latencies: list[float], errors: list[int]) -> None:
    async with httpx.AsyncClient(timeout=30) as client:
        while time.monotonic() < until:
            form = random.choice(queries)
            started = time.perf_counter()
            response = await client.post(url, data=form,
                                         headers={"Accept": "application/sparql-results+json"})
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                errors.append(response.status_code)


def load_test(clients: int, seconds: float, workers: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-serve-"))
    try:
        _seed_build(folder)
        names = _people(open_graph(folder))
        queries = [{"query": named_query("provenance"), "$name": n} for n in names]
        queries += [{"query": named_query(q)} for q in ("organisations-by-class", "structure",
                                                        "interim-acting")]
        queries += [{"query": named_query("current-leaders"), "$org": "QU9"}]
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(folder), "--port",
                                   str(port), "--workers", str(workers)],
                                  stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}/sparql"
            for _ in range(300):
                try:
                    httpx.get(url, params={"query": "ASK {}"})
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            latencies: list[float] = []
            errors: list[int] = []

            async def main() -> None:
                until = time.monotonic() + seconds
                await asyncio.gather(*(_client(url, queries, until, latencies, errors)
                                       for _ in range(clients)))

            started = time.perf_counter()
            asyncio.run(main())
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=10)
        latencies.sort()
        p50 = latencies[len(latencies) // 2] * 1000
        p95 = latencies[int(len(latencies) * 0.95)] * 1000
        print(f"\nLoad test: {clients} clients for {seconds:g} s against `kg serve` "
              f"({workers} workers) on the seeds + development corpus build, mixed shipped "
              f"queries:")
        print(f"  {len(latencies)} requests, {len(latencies) / elapsed:.0f} requests/s, "
              f"p50 {p50:.0f} ms, p95 {p95:.0f} ms, {len(errors)} errors")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--part", choices=["all", "store", "load"], default="all")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--build", type=Path, default=None,
                        help="measure this build folder instead of a synthesised one")
    args = parser.parse_args()
    if args.build is not None and args.part in ("all", "store"):
        values = values_in(args.build)
        print(f"build {args.build}: asking about {values}")
        in_store(args.build, values, args.runs)
        end_to_end(args.build, values, 5)
    elif args.part in ("all", "store"):
        folder = Path(tempfile.mkdtemp(prefix="kg-bench-queries-"))
        try:
            big, values = synthesise(args.stories, folder)
            in_store(big, values, args.runs)
            end_to_end(big, values, 5)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    if args.part in ("all", "load"):
        load_test(args.clients, args.seconds, args.workers)


if __name__ == "__main__":
    main()
