from __future__ import annotations

import json
import re
import shutil

from click.testing import CliRunner

from kg.cli import cli

DATA = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)


def labels(path) -> list[str]:
    match = DATA.search(path.read_text(encoding="utf-8"))
    assert match is not None
    return sorted(n["label"] for n in json.loads(match.group(1))["nodes"])


def test_render_cli_writes_an_ego_network_beside_the_build(seed_build, tmp_path):
    folder = tmp_path / "build"
    shutil.copytree(seed_build.out_dir, folder)
    result = CliRunner().invoke(cli, ["render", str(folder), "--focus", "Mr Khan",
                                      "--hops", "1"])
    assert result.exit_code == 0, result.output
    page = folder / "graph-mr-khan.html"
    assert f"wrote {page}" in result.output
    assert labels(page) == ["Javed Khan", "NHS Buckinghamshire, Oxfordshire and Berkshire West "
                            "Integrated Care Board"]
    assert (folder / "graph.html").read_bytes() == (seed_build.out_dir / "graph.html").read_bytes()


def test_render_cli_whole_graph_to_a_chosen_file(seed_build, tmp_path):
    out = tmp_path / "whole.html"
    result = CliRunner().invoke(cli, ["render", str(seed_build.out_dir / "kg.trig"),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == (seed_build.out_dir / "graph.html").read_bytes()


def test_render_cli_unknown_focus_is_one_line_and_writes_nothing(seed_build, tmp_path):
    out = tmp_path / "x.html"
    result = CliRunner().invoke(cli, ["render", str(seed_build.out_dir), "--focus",
                                      "Nobody Atall", "--out", str(out)])
    assert result.exit_code == 1
    assert result.output.startswith("kg: error: --focus 'Nobody Atall': no person")
    assert len(result.output.strip().splitlines()) == 1 and not out.exists()


def test_build_cli_focus_draws_only_the_neighbourhood(seeds_dir, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "--out", str(tmp_path),
                                      "--no-validate", "--focus", "Javed Khan", "--hops", "0"])
    assert result.exit_code == 0, result.output
    assert labels(tmp_path / "graph.html") == ["Javed Khan"]
    assert (tmp_path / "kg.trig").exists()


def test_build_cli_suggests_focus_above_the_large_graph_size(seeds_dir, tmp_path, monkeypatch):
    monkeypatch.setattr("kg.render.LARGE_GRAPH", 10)
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "--out", str(tmp_path),
                                      "--no-validate"])
    assert result.exit_code == 0, result.output
    assert "kg render --focus NAME --hops 2" in result.output
