"""The built page in a real headless Chromium, used as a person would: offline, searched,
filtered, fed a hostile story, and at 5,000 nodes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.query import load_graph
from kg.render import read_view, render_html
from kg.render.generated import generated_store

ROOT = Path(__file__).resolve().parents[2]
ICB = "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"


def assert_clean(opened) -> None:
    errors = [m for m in opened.console if m.startswith(("error", "pageerror"))]
    assert errors == []
    assert opened.dialogs == []
    assert opened.requests and all(url.startswith(("file:", "data:"))
                                   for url in opened.requests), opened.requests


def test_browser_seeds_page_draws_every_node_and_fact_offline(seed_build, open_page,
                                                             artifacts):
    opened = open_page(seed_build.out_dir / "graph.html")
    view = read_view(load_graph(seed_build.out_dir))
    assert opened.js("kg.nodes.length") == len(view.nodes)
    assert opened.js("kg.edges.length") == len(view.edges)
    assert opened.js("kg.network.body.nodeIndices.length") == len(view.nodes)
    drawn = opened.js("""() => kg.edges.get().map(e => [kg.nodes.get(e.from).label, e.label,
                                                        kg.nodes.get(e.to).label])""")
    assert ["Javed Khan", "leads (chair)", ICB] in drawn
    assert any(label == "leads (chief executive, former)" for _, label, _ in drawn)
    assert opened.js("kg.edges.get().filter(e => e.status === 'former')[0].dashes") is not False
    opened.page.wait_for_selector("body[data-settled=true]", state="attached", timeout=5000)
    opened.page.screenshot(path=str(artifacts / "seeds-graph.png"))
    assert_clean(opened)


def test_browser_search_by_alias_selects_focuses_and_explains(seed_build, open_page,
                                                             artifacts):
    opened = open_page(seed_build.out_dir / "graph.html")
    page = opened.page
    page.fill("#search", "mr khan")
    assert page.inner_text("#matches").startswith("Javed Khan")
    page.press("#search", "Enter")
    khan = opened.js("kg.data.nodes.find(n => n.label === 'Javed Khan').id")
    assert opened.js("kg.network.getSelectedNodes()") == [khan]
    page.wait_for_function("""id => {
        const view = kg.network.getViewPosition(), node = kg.network.getPositions([id])[id];
        return Math.hypot(view.x - node.x, view.y - node.y) < 5;
    }""", arg=khan, timeout=5000)
    panel = page.inner_text("#panel")
    assert panel.startswith("Javed Khan") and "Also called: Mr Khan" in panel
    assert "role: chair" in panel and "status: current" in panel
    assert "period of extended leave" in panel and ICB in panel
    page.click("#panel button.link")
    assert page.inner_text("#panel").startswith(ICB) and "ODS code: QU9" in page.inner_text(
        "#panel")
    page.screenshot(path=str(artifacts / "seeds-search.png"))
    assert_clean(opened)


def test_browser_filters_hide_kinds_relations_and_past_posts(seed_build, open_page):
    opened = open_page(seed_build.out_dir / "graph.html")
    page = opened.page
    total = opened.js("kg.nodeView.length")
    people = opened.js("kg.data.nodes.filter(n => n.kind === 'Person').length")
    page.uncheck("#kinds input[data-key=Person]")
    assert opened.js("kg.nodeView.length") == total - people > 0
    assert opened.js("kg.nodeView.get().filter(n => n.kind === 'Person').length") == 0
    assert opened.js("kg.network.body.nodeIndices.length") == total - people
    page.check("#kinds input[data-key=Person]")
    edges = opened.js("kg.edgeView.length")
    leads = opened.js("kg.data.edges.filter(e => e.predicate === 'leads').length")
    page.uncheck("#predicates input[data-key=leads]")
    assert opened.js("kg.edgeView.length") == edges - leads
    page.check("#predicates input[data-key=leads]")
    past = opened.js("kg.data.edges.filter(e => ['former', 'designate'].includes(e.status))"
                     ".length")
    assert past > 0
    page.check("#current-only")
    assert opened.js("kg.edgeView.length") == edges - past
    assert "of 23 facts" in page.inner_text("#counts") or "of" in page.inner_text("#counts")
    assert_clean(opened)


def test_browser_hostile_story_shows_its_text_and_runs_nothing(tmp_corpus, tmp_path,
                                                               open_page, hostile_story):
    folder = tmp_corpus({"x.txt": hostile_story})
    build([folder / "x.txt"], tmp_path / "out", validate=False)
    opened = open_page(tmp_path / "out" / "graph.html")
    page = opened.page
    page.fill("#search", "Amara Okoye")
    page.press("#search", "Enter")
    panel = page.inner_text("#panel")
    assert "<script>alert(1)</script>" in panel and "<img src=x onerror=alert(1)>" in panel
    assert "<a href='x'>this</a>" in panel
    assert opened.js("document.querySelectorAll('img, a[href], iframe').length") == 0
    assert opened.js("document.scripts.length") == 3
    tip = opened.js("kg.edges.get()[0].title")
    assert "<script>alert(1)</script>" in tip
    page.hover("#network", position={"x": 5, "y": 5})
    assert_clean(opened)


def test_browser_development_corpus_page_is_clean(tmp_path, open_page, artifacts):
    build([ROOT / "tests" / "corpus"], tmp_path, validate=False)
    opened = open_page(tmp_path / "graph.html")
    assert opened.js("kg.nodes.length") > 50
    opened.page.screenshot(path=str(artifacts / "corpus-graph.png"))
    assert_clean(opened)


@pytest.mark.slow
def test_browser_5000_nodes_are_interactive_within_5_seconds(tmp_path, open_page, artifacts):
    path = tmp_path / "graph.html"
    path.write_text(render_html(generated_store(5000)), encoding="utf-8")
    opened = open_page(path, ready_within_ms=5000)
    assert opened.js("kg.nodes.length") >= 5000
    assert opened.js("kg.network.physics.options.enabled") is False
    opened.page.fill("#search", "Northvale 6")
    opened.page.press("#search", "Enter")
    target = opened.js("kg.data.nodes.find(n => n.aliases.includes('Northvale 6')).id")
    assert opened.js("kg.network.getSelectedNodes()") == [target]
    opened.page.screenshot(path=str(artifacts / "generated-5000.png"))
    assert_clean(opened)


def dated_store(build_dir: Path, url: str) -> object:
    """The seeds' graph with a URL and a date on the story of Javed Khan's post, as a later
    ingest that knows them would state them."""
    import pyoxigraph

    store = load_graph(build_dir)
    view = read_view(store)
    story = next(e.story for e in view.edges if view.nodes[e.source].label == "Javed Khan")
    schema = "https://schema.org/"
    for prop, value in (("url", url), ("datePublished", "2026-11-20")):
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(story),
                                  pyoxigraph.NamedNode(schema + prop),
                                  pyoxigraph.Literal(value), pyoxigraph.DefaultGraph()))
    return store


@pytest.mark.parametrize(("url", "linked"), [("https://example.org/churn", True),
                                             ("javascript:alert(1)", False)])
def test_browser_panel_links_a_story_url_and_shows_its_date(seed_build, tmp_path, open_page,
                                                            url, linked):
    path = tmp_path / "graph.html"
    path.write_text(render_html(dated_store(seed_build.out_dir, url)), encoding="utf-8")
    opened = open_page(path)
    opened.page.fill("#search", "Javed Khan")
    opened.page.press("#search", "Enter")
    assert "date: 2026-11-20" in opened.page.inner_text("#panel")
    links = opened.js("[...document.querySelectorAll('#panel cite a')].map(a => a.href)")
    assert links == ([url] if linked else [])
    assert_clean(opened)


def test_browser_clicking_a_node_or_a_line_explains_it(seed_build, open_page):
    opened = open_page(seed_build.out_dir / "graph.html")
    page = opened.page
    page.wait_for_selector("body[data-settled=true]", state="attached", timeout=5000)
    box = page.query_selector("#network").bounding_box()
    khan = opened.js("kg.data.nodes.find(n => n.label === 'Javed Khan').id")
    spot = opened.js(f"kg.network.canvasToDOM(kg.network.getPositions([{khan}])['{khan}'])")
    page.mouse.click(box["x"] + spot["x"], box["y"] + spot["y"])
    assert page.inner_text("#panel h2") == "Javed Khan"
    edge = opened.js(f"kg.data.edges.find(e => e.from === {khan}).id")
    spot = opened.js(f"kg.network.canvasToDOM(kg.network.body.edges[{edge}].edgeType"
                     ".getPoint(0.5))")
    page.mouse.click(box["x"] + spot["x"], box["y"] + spot["y"])
    panel = page.inner_text("#panel")
    assert panel.startswith("Fact") and f"Javed Khan — leads (chair) → {ICB}" in panel
    assert_clean(opened)


def test_browser_search_list_works_from_the_keyboard(seed_build, open_page):
    opened = open_page(seed_build.out_dir / "graph.html")
    page = opened.page
    page.fill("#search", "nhs")
    names = page.eval_on_selector_all("#matches button", "bs => bs.map(b => b.firstChild.data)")
    assert len(names) > 2 and all("nhs" in name.lower() for name in names)
    page.press("#search", "ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    assert page.inner_text("#panel h2") == names[1]
    assert page.is_hidden("#matches")
    page.fill("#search", "nhs")
    assert page.is_visible("#matches")
    page.click("#filters h2 >> nth=0")
    assert page.is_hidden("#matches")
    assert_clean(opened)
