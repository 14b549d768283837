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


def test_cli_strict_build_stops_at_a_bad_file_and_leaves_the_earlier_build_intact(
        tmp_path, seeds_dir, tmp_corpus):
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(seeds_dir), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    broken = tmp_corpus({"stories/ok.txt": "Heading\nSome text.\n", "stories/bad.txt": b"\x00"})
    result = CliRunner().invoke(cli, ["build", str(broken / "stories"), "--out", str(out),
                                      "--strict"])
    assert result.exit_code == 1 and "bad.txt: binary data" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "stories"]


GOOD = ("Trust news\n\nJane Doe, chief executive of Leeds Teaching Hospitals NHS Trust, "
        "said the plan was ready.\n")


def _kg(*args: str, cwd: Path | None = None, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          check=False, cwd=cwd, input=stdin)


def test_cli_bad_files_are_skipped_one_line_each_and_the_rest_built(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "undecodable.md").write_bytes(b"caf\xe9 \x81\x8d\x8f")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "utf16.txt").write_text(GOOD.replace("Jane Doe", "Ann Roe"), encoding="utf-16")
    result = _kg("build", "news", "--out", "out", "--no-validate", cwd=tmp_path)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("kg: skipped ")]
    assert sorted(line.split()[2].rstrip(":") for line in skipped) == [
        "news/binary.txt", "news/dangling.txt", "news/empty.txt", "news/undecodable.md"]
    assert "files: 2" in result.stdout
    facts = (tmp_path / "out" / "kg.jsonl").read_text(encoding="utf-8")
    assert "Jane Doe" in facts and "Ann Roe" in facts


def test_cli_strict_stops_at_the_first_bad_file_writing_nothing(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "news" / "bad.txt").write_bytes(b"\x00\x01")
    result = _kg("build", "news", "--out", "out", "--strict", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == ("kg: error: news/bad.txt: binary data (NUL bytes): "
                                     "expected text")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news"]


def test_cli_builds_through_dotdot_and_dot_folders_with_the_same_bytes(tmp_path):
    for place in (".cache/news", "elsewhere/news"):
        (tmp_path / place).mkdir(parents=True)
        (tmp_path / place / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "work").mkdir()
    first = _kg("build", "../.cache/news", "--out", "a", "--no-validate", cwd=tmp_path / "work")
    second = _kg("build", str(tmp_path / "elsewhere" / "news"), "--out", "b", "--no-validate",
                 cwd=tmp_path / "work")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    for name in ("kg.trig", "kg.ttl", "kg.jsonl", "graph.html"):
        a = (tmp_path / "work" / "a" / name).read_bytes()
        assert a == (tmp_path / "work" / "b" / name).read_bytes(), name
    assert b'"good.txt"' in (tmp_path / "work" / "a" / "kg.trig").read_bytes()


@pytest.mark.parametrize(("out", "message"), [
    ("afile", "exists and is not a folder"),
    ("afile/sub", "afile: is a file"),
    ("/proc/kg-build", "cannot write"),
    ("notabuild", "holds no kg build"),
])
def test_cli_bad_out_folder_is_one_line(tmp_path, seeds_dir, out, message):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    (tmp_path / "notabuild").mkdir()
    (tmp_path / "notabuild" / "thesis.docx").write_text("x", encoding="utf-8")
    result = _kg("build", str(seeds_dir), "--out", out, "--no-validate", cwd=tmp_path)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: ") and message in lines[0]
    assert (tmp_path / "notabuild" / "thesis.docx").exists()


def test_cli_closed_pipe_ends_quietly(seeds_dir):
    reader = subprocess.Popen([sys.executable, "-m", "kg", "extract", str(seeds_dir)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.readline()
    reader.stdout.close()
    stderr = reader.stderr.read().decode()
    reader.stderr.close()
    assert reader.wait() == 0 and stderr == ""


@pytest.mark.parametrize("gold", [
    b'{"kind": "fact", "subject": "A"}\n',
    b"\xff\xfe not json",
    b"{not json\n",
])
def test_cli_eval_bad_gold_is_one_line(tmp_path, seeds_dir, gold):
    (tmp_path / "gold.jsonl").write_bytes(gold)
    result = _kg("eval", str(tmp_path / "gold.jsonl"), str(seeds_dir))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: ") and "gold.jsonl" in lines[0]


def test_cli_eval_scores_only_the_gold_of_the_stories_given(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "good.txt").write_text(GOOD, encoding="utf-8")
    fact = ('{"doc": "%s", "kind": "fact", "predicate": "leads", "subject": ["Jane Doe"], '
            '"object": ["Leeds Teaching Hospitals NHS Trust"]}\n')
    (tmp_path / "gold.jsonl").write_text(fact % "good" + fact % "elsewhere", encoding="utf-8")
    result = _kg("eval", "gold.jsonl", "news", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    facts = next(line for line in result.stdout.splitlines() if line.startswith("FACTS "))
    assert facts.split()[1:4] == ["1", "1", "1"]
    assert result.stderr.strip() == ("kg: 1 story of gold.jsonl not among the sources; "
                                     "their gold is not scored")


def test_cli_build_timings_name_every_stage(tmp_path, seeds_dir):
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "--out", str(tmp_path / "o"),
                                      "--timings"])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if "timings:" in line)
    for stage in ("read", "extract", "resolve", "rdf", "validate", "trig", "ttl", "html"):
        assert f"{stage} " in line


def test_cli_extract_skips_bad_files_with_exit_3(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "news" / "bad.txt").write_bytes(b"\x00\x01")
    result = _kg("extract", "news", cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr.splitlines() == [
        "kg: skipped news/bad.txt: binary data (NUL bytes): expected text"]
    assert '"subject": "Jane Doe"' in result.stdout
