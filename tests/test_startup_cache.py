"""The start-up caches change how fast code, patterns and the gazetteer are ready, never what
they do."""

from __future__ import annotations

import importlib
import marshal
import pkgutil
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg.extract
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.text import LazyPattern
from kg.startup_cache import PatternCache, cached, keep_bytecode

SAMPLES = [
    "Amara Okoye, chief executive of Leeds Teaching Hospitals NHS Trust, said the plan was sound.",
    "The trust has appointed Dr Jon Bell as its interim chair; he joins from NHS Kent and Medway.",
    "Rivermoor Consulting Ltd was paid £2.4m by the ICB, which moved into segment 3 in May 2024.",
    "The CQC rated the hospital ‘requires improvement’ — a review led by Prof Ada Stone said so.",
]


def _extractor_patterns() -> list[tuple[str, int]]:
    """Every third distinct pattern of the extractors (all of them take seconds to compile)."""
    patterns: set[tuple[str, int]] = set()
    for module in pkgutil.iter_modules(kg.extract.__path__):
        loaded = importlib.import_module(f"kg.extract.{module.name}")
        for value in vars(loaded).values():
            if isinstance(value, LazyPattern):
                patterns.add((value._source, value._flags))
    return sorted(patterns)[::3]


def _same(kept: re.Pattern[str], fresh: re.Pattern[str]) -> None:
    assert kept == fresh  # same source, flags and engine code
    assert (kept.groups, kept.groupindex) == (fresh.groups, fresh.groupindex)
    for text in SAMPLES:
        assert [m.span() + m.groups() for m in kept.finditer(text)] == [
            m.span() + m.groups() for m in fresh.finditer(text)]


def test_every_extractor_pattern_compiles_the_same_from_the_cache(tmp_path: Path) -> None:
    patterns = _extractor_patterns()
    assert len(patterns) > 150
    fresh = [re.compile(source, flags) for source, flags in patterns]
    first = PatternCache(tmp_path / "patterns.marshal")
    for (source, flags), expected in zip(patterns, fresh, strict=True):
        _same(first.compile(source, flags), expected)
    first.save()
    second = PatternCache(tmp_path / "patterns.marshal")
    for (source, flags), expected in zip(patterns, fresh, strict=True):
        _same(second.compile(source, flags), expected)
    assert len(second.used) == len(patterns) and not second.added


def test_a_damaged_cache_file_is_compiled_past_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(b"\x00not marshal data")
    cache = PatternCache(path)
    _same(cache.compile(r"(?P<role>chief\s+executive)\s+of", re.IGNORECASE),
          re.compile(r"(?P<role>chief\s+executive)\s+of", re.IGNORECASE))
    cache.save()
    assert PatternCache(path).compile(r"(?P<role>chief\s+executive)\s+of",
                                      re.IGNORECASE).search("Chief Executive of X")


def test_kg_cache_dir_empty_turns_the_caches_off(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = []
    assert cached("thing", [], lambda: built.append(1) or 7) == 7
    assert built == [1] and not list(tmp_path.rglob("*"))


def test_the_gazetteer_is_kept_per_source_and_rebuilt_when_a_source_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    source = tmp_path / "names.txt"
    source.write_text("one", encoding="utf-8")
    builds: list[int] = []

    def build() -> Gazetteer:
        builds.append(1)
        return load_gazetteer()

    first = cached("gazetteer", [source], build)
    again = cached("gazetteer", [source], build)
    assert builds == [1]
    text = "Nurses at Leeds Teaching Hospitals NHS Trust and Barts Health met the ICB."
    assert again.find(text) == first.find(text) and first.find(text)
    source.write_text("two", encoding="utf-8")
    cached("gazetteer", [source], build)
    assert builds == [1, 1]
    assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == 1


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A one-module package ``keptpkg`` importable from ``tmp_path``, forgotten afterwards."""
    root = tmp_path / "src" / "keptpkg"
    root.mkdir(parents=True)
    (root / "__init__.py").write_text("", encoding="utf-8")
    (root / "rules.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "src"))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    yield root
    for name in [name for name in sys.modules if name.split(".")[0] == "keptpkg"]:
        del sys.modules[name]


def _import_rules() -> object:
    for name in [name for name in sys.modules if name.split(".")[0] == "keptpkg"]:
        del sys.modules[name]
    return importlib.import_module("keptpkg.rules")


def test_a_modules_code_is_kept_and_read_back_when_python_writes_no_pyc(
        package: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bytecode"
    keep_bytecode("keptpkg", folder)
    assert _import_rules().VALUE == 1
    (kept,) = folder.glob("keptpkg.rules-*-*.marshal")
    assert not list(package.rglob("*.pyc"))
    kept.write_bytes(marshal.dumps(compile("VALUE = 2\n", str(package / "rules.py"), "exec")))
    assert _import_rules().VALUE == 2  # the kept code, not the source, was run
    (package / "rules.py").write_text("VALUE = 3\n", encoding="utf-8")
    assert _import_rules().VALUE == 3  # changed source: compiled again, old code dropped
    assert len(list(folder.glob("keptpkg.rules-*-*.marshal"))) == 1


def test_damaged_kept_code_is_compiled_past(package: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bytecode"
    keep_bytecode("keptpkg", folder)
    _import_rules()
    (kept,) = folder.glob("keptpkg.rules-*-*.marshal")
    kept.write_bytes(b"\x00not marshal data")
    assert _import_rules().VALUE == 1


def test_nothing_is_kept_when_python_writes_pyc_files(package: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    meta_path = list(sys.meta_path)
    keep_bytecode("keptpkg", tmp_path / "bytecode")
    assert sys.meta_path == meta_path
