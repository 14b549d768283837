from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.build import build
from kg.errors import ConfigError
from kg.query import load_graph
from kg.render import read_view, render_html
from kg.render.generated import generated_store

DATA = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)


def page_data(page: str) -> dict:
    match = DATA.search(page)
    assert match is not None
    return json.loads(match.group(1))


def test_html_has_no_remote_or_external_reference(seed_build):
    page = (seed_build.out_dir / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page, re.IGNORECASE)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page, re.IGNORECASE)
    assert "new vis.Network" in page and "vis-network" in page
    assert "default-src 'none'" in page


def test_html_holds_every_entity_and_fact_of_the_build(seed_build):
    page = (seed_build.out_dir / "graph.html").read_text(encoding="utf-8")
    data = page_data(page)
    view = read_view(load_graph(seed_build.out_dir))
    assert len(data["nodes"]) == len(view.nodes) and len(data["edges"]) == len(view.edges)
    khan = next(n for n in data["nodes"] if n["label"] == "Javed Khan")
    assert khan["aliases"] == ["Mr Khan"] and khan["kind"] == "Person"
    icb = next(n for n in data["nodes"] if n["ods"] == "QU9")
    fact = next(e for e in data["edges"] if e["from"] == khan["id"] and e["to"] == icb["id"])
    assert (fact["predicate"], fact["role"], fact["status"]) == ("leads", "chair", "current")
    assert "period of extended leave" in fact["sentence"]
    assert data["stories"][fact["story"]]["title"]
    assert all(isinstance(n["x"], float) for n in data["nodes"])


def test_html_story_text_is_text_never_markup(tmp_corpus, tmp_path, hostile_story):
    folder = tmp_corpus({"x.txt": hostile_story})
    build([folder / "x.txt"], tmp_path / "out", validate=False)
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page and "<a href" not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    sentences = [e["sentence"] for e in page_data(page)["edges"]]
    assert any("<script>alert(1)</script>" in s and "<img src=x onerror=alert(1)>" in s
               for s in sentences)


def test_html_is_byte_identical_for_the_same_build(seed_build, tmp_path):
    again = build([Path(__file__).resolve().parents[2] / "seeds"], tmp_path, validate=False)
    assert (again.out_dir / "graph.html").read_bytes() == \
        (seed_build.out_dir / "graph.html").read_bytes()


def test_html_focus_draws_one_entity_and_its_neighbours(seed_build):
    graph = load_graph(seed_build.out_dir)
    data = page_data(render_html(graph, focus="mr khan", hops=1))
    labels = sorted(n["label"] for n in data["nodes"])
    assert labels == ["Javed Khan", "NHS Buckinghamshire, Oxfordshire and Berkshire West "
                      "Integrated Care Board"]
    assert len(data["edges"]) == 1
    wider = page_data(render_html(graph, focus="Javed Khan", hops=2))
    assert len(wider["nodes"]) > 2
    assert "Javed Khan and 1 hop around" in render_html(graph, focus="Javed Khan", hops=1)


@pytest.mark.parametrize(("name", "message"), [
    ("Nobody Atall", "no person, organisation or publication"),
    ("NHS", "names"),
])
def test_html_focus_on_an_unknown_or_ambiguous_name_is_a_clear_error(seed_build, name, message):
    with pytest.raises(ConfigError, match=message):
        render_html(load_graph(seed_build.out_dir), focus=name)


def test_html_large_graph_has_a_fixed_layout_and_says_so():
    data = page_data(render_html(generated_store(600)))
    assert not data["physics"] and "--focus" in data["notice"]
    points = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(points) == len(data["nodes"])


def test_html_page_assets_are_package_data():
    root = Path(__file__).resolve().parents[2]
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert "render/assets/*" in pyproject and "render/queries/*.rq" in pyproject


def test_html_facts_between_the_same_two_nodes_are_drawn_apart(seed_build):
    data = page_data((seed_build.out_dir / "graph.html").read_text(encoding="utf-8"))
    groups: dict[frozenset, list[int]] = {}
    for edge in data["edges"]:
        groups.setdefault(frozenset((edge["from"], edge["to"])), []).append(edge["bend"])
    shared = [sorted(bends) for bends in groups.values() if len(bends) > 1]
    assert shared and all(bends == [-1, *range(1, len(bends))] for bends in shared)
    assert all(bends == [0] for bends in groups.values() if len(bends) == 1)


def test_html_every_entity_class_of_the_ontology_has_its_own_colour_and_shape():
    from kg.rdf.namespaces import KG
    from kg.render.html import _KINDS

    not_drawn = {"Organisation", "NHSBody", "Story", "NewsletterIssue", "Assertion", "Evidence",
                 "ExtractionActivity", "Role", "PostStatus", "Report", "Review", "Plan",
                 "Framework", "ODSCode"}
    classes = {name for name in KG.__annotations__ if name[0].isupper()} - not_drawn
    assert classes - set(_KINDS) == set()


@pytest.mark.parametrize("source", ["seeds", "generated"])
def test_a_page_drawn_from_the_index_edges_listing_is_the_same_page(seed_build, source):
    """``kg build`` hands the page the facts its query index listed (``index_nquads``), so
    that the engine does not join them again; the page is the same, focused or not."""
    from kg.query.precompute import index_nquads

    store = load_graph(seed_build.out_dir) if source == "seeds" else generated_store(300)
    listed: list = []
    for _ in index_nquads(store, listed):
        pass
    assert listed
    assert read_view(store, listed) == read_view(store)
    assert render_html(store, edges=listed) == render_html(store)
    if source == "seeds":
        assert render_html(store, focus="Javed Khan", hops=2, edges=listed) == render_html(
            store, focus="Javed Khan", hops=2)
