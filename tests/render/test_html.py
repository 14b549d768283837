from __future__ import annotations

import re

from kg.build import build

REMOTE = re.compile(r"<(script|link)[^>]+(src|href)=[\"'](https?:)?//", re.IGNORECASE)


def test_html_has_no_remote_or_missing_assets(seed_build):
    page = (seed_build.out_dir / "graph.html").read_text(encoding="utf-8")
    assert not REMOTE.search(page)
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page, re.IGNORECASE)
    assert "vis.Network" in page or "new vis" in page


def test_html_shows_people_organisations_and_evidence(seed_build):
    page = (seed_build.out_dir / "graph.html").read_text(encoding="utf-8")
    assert "Javed Khan" in page and "chair" in page
    assert "period of extended leave" in page


def test_html_story_text_is_text_never_markup(tmp_corpus, tmp_path):
    story = ("Board news\n\nAmara Okoye, chief executive of Leeds Teaching Hospitals NHS "
             "Trust, said <script>alert(1)</script> and <a href='x'>this</a> were fine.\n")
    folder = tmp_corpus({"x.txt": story})
    build([folder / "x.txt"], tmp_path / "out", validate=False)
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<a href" not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert "href=" not in page.split("new vis.DataSet", 1)[1]


def test_html_has_one_heading_and_plain_names(seed_build):
    page = (seed_build.out_dir / "graph.html").read_text(encoding="utf-8")
    assert page.count("kg: NHS news knowledge graph") == 1
    assert "&#x27;" not in page and "King\\u0027s Lynn" in page
