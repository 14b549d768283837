"""Exit codes and one-line errors of every command, run in-process and as a real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import __version__
from kg.cli import cli

COMMANDS = ["build", "extract", "query"]


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_cli_version():
    result = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and __version__ in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "does-not-exist"], "does-not-exist: no such file or folder"),
        (["extract", "does-not-exist"], "does-not-exist: no such file or folder"),
        (["query", "missing.rq"], "missing.rq: no such query file"),
        (["query", "nosuchquery"], "no shipped query"),
        (["build", "--no-such-option"], "No such option"),
        (["extract", "seeds", "--format", "xml"], "Invalid value"),
    ],
)
def test_cli_errors_are_one_line_with_non_zero_exit(args, message, tmp_path):
    result = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True,
                            text=True, check=False, cwd=Path(__file__).resolve().parents[1])
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    assert message in lines[0]
    assert "Traceback" not in result.stderr


def test_cli_build_prints_a_summary_and_writes_outputs(tmp_path, seeds_dir):
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    for word in ("files: 5", "stories:", "entities:", "Person", "facts:", "leads"):
        assert word in result.output
    for name in ("kg.trig", "kg.ttl", "kg.jsonl", "graph.html"):
        assert (tmp_path / "out" / name).stat().st_size > 0


def test_cli_query_formats(seed_build):
    graph = str(seed_build.out_dir / "kg.trig")
    runner = CliRunner()
    csv = runner.invoke(cli, ["query", "leaders", "--graph", graph, "--format", "csv"])
    assert csv.exit_code == 0 and csv.output.startswith("person,role,status,organisation")
    json_out = runner.invoke(cli, ["query", "leaders", "--graph", graph, "--format", "json"])
    assert json_out.exit_code == 0 and '"bindings"' in json_out.output
    table = runner.invoke(cli, ["query", "leaders", "--graph", graph])
    assert table.exit_code == 0 and "row(s)" in table.output


def test_cli_bad_query_is_a_clear_error(tmp_path, seed_build):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT WHERE {", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "kg", "query", str(bad), "--graph",
                             str(seed_build.out_dir)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 1 and "bad.rq" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_failed_build_leaves_the_earlier_build_intact(tmp_path, seeds_dir, tmp_corpus):
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(seeds_dir), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    broken = tmp_corpus({"stories/ok.txt": "Heading\nSome text.\n", "stories/bad.txt": b"\xff"})
    result = CliRunner().invoke(cli, ["build", str(broken / "stories"), "--out", str(out)])
    assert result.exit_code == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
