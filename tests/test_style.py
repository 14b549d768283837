"""The code stays ruff-clean and the README documents every command (sqlite-utils test_docs)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def test_style_ruff_is_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    result = subprocess.run([ruff, "check", "kg", "tests", "bench"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_style_no_module_binds_a_top_level_name_twice():
    """A second ``_PATTERN = ...`` further down a module silently replaces the first for
    every reader of it (ruff does not flag a rebinding that is used in between)."""
    twice = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [
                node.target] if isinstance(node, ast.AnnAssign) else []
            for target in targets:
                if isinstance(target, ast.Name):
                    if target.id in seen:
                        twice.append(f"{path.relative_to(ROOT)}: {target.id}")
                    seen.add(target.id)
    assert twice == []


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_style_every_command_is_in_the_readme(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"kg {command}" in readme


def test_style_readme_quick_start_is_two_commands_and_ci_runs_the_second():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```", 2)[1]
    commands = [line for line in block.splitlines()[1:] if line.strip()]
    assert len(commands) == 2
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
