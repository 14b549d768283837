"""Fact and evidence IRIs come from what a fact says and the sentence's text, not from
offsets: editing a file's header line leaves every one of them alone."""

from __future__ import annotations

import re
from pathlib import Path

from kg.build import build

STORY = """Trust news

Jane Doe, chief executive of Leeds Teaching Hospitals NHS Trust, said the plan was sound. \
Former chief executive of Leeds Teaching Hospitals NHS Trust John Smith has joined Deloitte. \
Deloitte won a £2m contract from NHS England.
"""


def _names(tmp_path: Path, name: str, text: str) -> tuple[set[str], str]:
    corpus = tmp_path / name
    corpus.mkdir()
    (corpus / "story.txt").write_text(text, encoding="utf-8")
    out = build([corpus], tmp_path / f"{name}-out").out_dir
    trig = (out / "kg.trig").read_text(encoding="utf-8")
    return set(re.findall(r"id/(?:fact|evidence)/[0-9a-f]{20}", trig)), trig


def test_identifiers_survive_an_edited_header(tmp_path):
    before, trig_before = _names(tmp_path, "a", STORY)
    after, trig_after = _names(tmp_path, "b", STORY.replace(
        "Trust news", "Trust news from the north of England, this week"))
    assert len(before) >= 5
    assert before == after
    assert _starts(trig_before) != _starts(trig_after)


def _starts(trig: str) -> list[str]:
    return sorted(re.findall(r'oa:start "(\d+)"', trig))


def test_identifiers_one_publication_across_files_for_a_short_title(tmp_path):
    """A review named in full in one file and by its first words in another is one entity."""
    import kg

    corpus = tmp_path / "pubs"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Maternity news\n\nThe Smithson Review into maternity safety in the Midlands, led by "
        "Dame Ann Smithson, was published on Tuesday.\n", encoding="utf-8")
    (corpus / "b.txt").write_text(
        "Maternity news\n\nThe Smithson review found failings in care at three trusts, Dame Ann "
        "Smithson said.\n", encoding="utf-8")
    graph = kg.load(build([corpus], tmp_path / "pubs-out").out_dir)
    ids = {e["id"] for e in graph.entities() if e["category"] == "Publication"}
    assert ids == {"https://w3id.org/nhskg/id/publication/"
                   "smithson-review-into-maternity-safety-in-the-midlands"}
