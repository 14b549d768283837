from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import BuildResult, build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """One real build of the seeds, shared by the tests that read its files."""
    return build([SEEDS], tmp_path_factory.mktemp("build"))


@pytest.fixture
def tmp_corpus(tmp_path: Path):
    """Write stories into a fresh folder: ``tmp_corpus({"a.txt": "..."})``."""

    def write(files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8", newline="")
        return tmp_path

    return write
