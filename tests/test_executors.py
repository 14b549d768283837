"""Extraction on a Dask distributed cluster gives the same build as extraction here."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import LocalCluster

from kg.build import build
from kg.cli import cli
from kg.errors import KgError
from kg.executors import DaskExecutor

ROOT = Path(__file__).resolve().parents[1]
COMPARED = ("kg.trig", "kg.ttl", "kg.jsonl", "graph.html")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A real cluster: one worker process, so stories and results cross a process boundary
    pickled, as they do between machines."""
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True,
                      dashboard_address=None, host="127.0.0.1") as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted((ROOT / "seeds").iterdir())[:3]:
        shutil.copy(path, folder / path.name)
    (folder / "extra.txt").write_text(
        "Trust names chief executive\n\nAmara Okoye has been appointed chief executive of "
        "Leeds Teaching Hospitals NHS Trust. She was previously chief operating officer at "
        "NHS England.\n", encoding="utf-8")
    return folder


def test_a_dask_build_is_byte_identical_to_a_local_one(scheduler: str, corpus: Path,
                                                       tmp_path: Path) -> None:
    local = build([corpus], tmp_path / "local", validate=False)
    remote = build([corpus], tmp_path / "dask", validate=False, scheduler=scheduler)
    assert remote.extracted == local.extracted == 4
    assert remote.facts == local.facts and sum(local.facts.values()) > 0
    for name in COMPARED:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def test_the_cli_builds_on_the_cluster_and_reuses_its_cache(scheduler: str, corpus: Path,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "build"
    runner = CliRunner()
    first = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "--no-validate",
                                "--scheduler", scheduler])
    assert first.exit_code == 0, first.output
    assert "(4 extracted, 0 unchanged)" in first.output
    again = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "--no-validate",
                                "--scheduler", scheduler])
    assert again.exit_code == 0, again.output
    assert "(0 extracted, 4 unchanged)" in again.output


def test_a_pipeline_runs_on_the_workers_as_named(scheduler: str, corpus: Path) -> None:
    from kg.build import read_documents

    documents = read_documents([corpus])
    seen: list[str] = []
    docs = DaskExecutor(scheduler)(documents, ["organisations", "people"],
                                   lambda d: seen.append(d.doc))
    assert seen == [d.doc for d in documents]
    assert not any(doc.facts for doc in docs)
    assert {m.category for doc in docs for m in doc.mentions} >= {"Organisation", "Person"}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_scheduler_is_one_clear_error(corpus: Path) -> None:
    from kg.build import read_documents

    address = f"tcp://127.0.0.1:{_closed_port()}"
    with pytest.raises(KgError, match=f"{address}: cannot reach the Dask scheduler") as caught:
        DaskExecutor(address, timeout=1)(read_documents([corpus]), None, lambda d: None)
    assert "\n" not in str(caught.value)
