"""The Python API importable from ``kg``, and the README example that documents it."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parents[1]
STORY = ("Trust news\n\nJane Doe, chief executive of Leeds Teaching Hospitals NHS Trust, "
         "quit on Monday.\n")


def test_api_readme_example_runs(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False,
                              optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 5 and result.failed == 0


def test_api_extract_text_offsets_index_the_text():
    facts = kg.extract_text(STORY, doc="mine")
    assert facts and all(f["story"] == "mine/1" for f in facts)
    for fact in facts:
        evidence = fact["evidence"]
        assert STORY[evidence["start"]:evidence["end"]] == evidence["text"]
    assert kg.extract_text("") == [] and kg.extract_text("\n  \n") == []


def test_api_build_skips_bad_files_and_load_reads_the_build(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_bytes(b"\x00")
    seen: list[object] = []
    result = kg.build([tmp_path / "news"], tmp_path / "out", on_skip=seen.append)
    assert result.partial and [s.path.name for s in result.skipped] == ["b.txt"] == [
        s.path.name for s in seen]
    assert list(result.timings)[:4] == ["read", "extract", "resolve", "rdf"]
    built = kg.load(tmp_path / "out")
    assert [f["subject"] for f in built.facts()] == ["Jane Doe"]
    assert any(e["label"] == "Jane Doe" for e in built.entities())
    rows = built.query("SELECT ?file WHERE { ?issue <https://w3id.org/nhskg/ontology#sourceFile> "
                       "?file }")
    assert rows == [{"file": "a.txt"}]
    assert len(built.dataset()) > 0
    with pytest.raises(kg.KgError):
        kg.build([tmp_path / "news"], tmp_path / "strict", strict=True)
    assert not (tmp_path / "strict").exists()


def test_api_load_refuses_a_folder_without_a_build(tmp_path):
    with pytest.raises(kg.KgError, match="not a kg build folder"):
        kg.load(tmp_path)
