"""Each notebook's code cells run, in order, against a fresh build of the seeds.

(Running them under a Jupyter kernel with nbmake in CI is a later issue; this keeps them from
rotting meanwhile.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import build

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebooks_code_cells_run(notebook, seeds_dir, tmp_path, monkeypatch, capsys):
    build([seeds_dir], tmp_path / "build", validate=False)
    monkeypatch.chdir(tmp_path)
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    namespace: dict[str, object] = {}
    for cell in cells:
        if cell["cell_type"] == "code":
            exec(compile("".join(cell["source"]), notebook.name, "exec"), namespace)
    assert "Javed Khan" in capsys.readouterr().out
