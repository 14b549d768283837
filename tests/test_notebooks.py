"""The notebooks run, cell by cell, in a real Jupyter kernel of this environment, from their own
folder as Jupyter runs them; and they are stored without outputs.

(``pytest --nbmake notebooks/`` runs them the same way; these tests also check what they print
and that the kernel is this environment's Python.)
"""

from __future__ import annotations

import gc
import re
import sys
import tempfile
import warnings
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from rdflib import Literal, URIRef
from traitlets.config import Config

from kg.analysis import load_networkx, load_rdf, stories
from kg.build import build
from kg.rdf.namespaces import SDO, XSD

NOTEBOOK_DIR = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
_PREFIX = "kernel prefix: "


@pytest.fixture(autouse=True)
def _kernel_temp_files_in_tmp_path(tmp_path, monkeypatch):
    """The notebooks build into ``tempfile.mkdtemp()``; the kernel inherits ``TMPDIR``, so
    those builds land in pytest's own temporary folders, which pytest prunes."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))


def _execute(path: Path, parameters: str = "") -> nbformat.NotebookNode:
    """Run a notebook in a fresh ``python3`` kernel; ``parameters`` is code run right after the
    cell tagged ``parameters``, as papermill does. A last cell reports the kernel's Python."""
    notebook = nbformat.read(path, as_version=4)
    if parameters:
        tagged = [i for i, cell in enumerate(notebook.cells)
                  if "parameters" in cell.metadata.get("tags", [])]
        assert tagged, f"{path.name} has no cell tagged 'parameters'"
        notebook.cells.insert(tagged[0] + 1, nbformat.v4.new_code_cell(parameters))
    notebook.cells.append(nbformat.v4.new_code_cell(f"import sys\nprint({_PREFIX!r} + sys.prefix)"))
    with tempfile.TemporaryDirectory(prefix="kg-kernel-") as sockets, warnings.catch_warnings():
        config = Config()
        # IPC sockets rather than TCP ports: no race with other processes for a free port
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = str(Path(sockets) / "kernel")
        client = NotebookClient(notebook, timeout=300, startup_timeout=180,
                                kernel_name="python3", config=config,
                                resources={"metadata": {"path": str(path.parent)}})
        # jupyter_client leaves some zmq sockets to the garbage collector, whose warnings would
        # otherwise surface in whichever later test happens to collect them
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            client.execute()
        finally:
            gc.collect()
    return notebook


def _text(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output["output_type"] == "stream":
                parts.append(output["text"])
            elif "data" in output:
                parts.append(output["data"].get("text/plain", ""))
                parts.append(output["data"].get("text/html", ""))
    return "\n".join(parts)


def _images(notebook: nbformat.NotebookNode) -> int:
    return sum("image/png" in output.get("data", {})
               for cell in notebook.cells for output in cell.get("outputs", []))


def _check_kernel(text: str) -> None:
    found = re.search(rf"{_PREFIX}(.+)", text)
    assert found, "the kernel did not report its Python"
    assert Path(found.group(1).strip()) == Path(sys.prefix), (
        f"notebooks ran in {found.group(1)}, not this environment ({sys.prefix}); is ipykernel "
        "installed here, and is another 'python3' kernelspec shadowing it?")


def test_notebooks_are_the_three_tours():
    assert [p.name for p in NOTEBOOKS] == ["01_explore.ipynb", "02_sparql_tour.ipynb",
                                           "03_leadership_churn.ipynb"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebooks_are_stored_without_outputs_with_one_parameters_cell(notebook):
    content = nbformat.read(notebook, as_version=4)
    nbformat.validate(content)
    for number, cell in enumerate(content.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{notebook.name} cell {number} has outputs"
            assert cell.execution_count is None, f"{notebook.name} cell {number} was run"
    assert content.metadata["kernelspec"]["name"] == "python3"
    parameters = [cell for cell in content.cells if "parameters" in cell.metadata.get("tags", [])]
    assert len(parameters) == 1 and "BUILD = None" in parameters[0].source
    assert "build(" not in parameters[0].source, "set BUILD/SOURCES before anything is built"


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    build([NOTEBOOK_DIR.parent / "seeds"], out, validate=False)
    return load_networkx(out)


def test_notebooks_01_explore_runs_in_a_kernel(seed_graph):
    executed = _execute(NOTEBOOK_DIR / "01_explore.ipynb")
    text = _text(executed)
    _check_kernel(text)
    assert f"{seed_graph.number_of_nodes()} nodes, {seed_graph.number_of_edges()} facts" in text
    central = max((n for n, d in seed_graph.nodes(data=True) if d["kind"] != "Person"),
                  key=lambda n: (seed_graph.degree(n), n))
    assert seed_graph.nodes[central]["label"] in text
    assert "modularity" in text
    assert "<iframe srcdoc=" in text
    assert _images(executed) >= 3


def test_notebooks_02_sparql_tour_runs_in_a_kernel():
    text = _text(_execute(NOTEBOOK_DIR / "02_sparql_tour.ipynb"))
    _check_kernel(text)
    assert "same answer: True" in text
    found = re.search(r"(\d+) of (\d+) sentences found at their offsets", text)
    assert found and found.group(1) == found.group(2) != "0", text[-2000:]
    assert re.search(r"0 of \d+ stories have a publication date", text)


def test_notebooks_03_leadership_churn_runs_in_a_kernel():
    executed = _execute(NOTEBOOK_DIR / "03_leadership_churn.ipynb")
    text = _text(executed)
    _check_kernel(text)
    assert re.search(r"\d+ leadership facts: \d+ people in posts at \d+ organisations", text)
    assert "organisations have a chief executive in the stories" in text
    assert _images(executed) >= 2


def test_notebooks_03_leadership_churn_places_dated_tenures_in_time(seeds_dir, tmp_path):
    """The dated branch, on the seeds with a publication date given to every story (builds do
    not date stories yet)."""
    dated_build = tmp_path / "dated"
    build([seeds_dir], dated_build, validate=False)
    dataset = load_rdf(dated_build)
    story_iris = sorted(stories(dataset))
    for number, story in enumerate(map(URIRef, story_iris)):
        dataset.graph(story).add((story, SDO.datePublished,
                                  Literal(f"2024-{number % 12 + 1:02d}-15", datatype=XSD.date)))
    dataset.serialize(dated_build / "kg.trig", format="trig")
    executed = _execute(NOTEBOOK_DIR / "03_leadership_churn.ipynb",
                        f"BUILD = Path({str(dated_build)!r})")
    text = _text(executed)
    assert f"{len(story_iris)} of {len(story_iris)} stories are dated" in text
    assert re.search(r"\d+ posts with dated evidence, from 2024-\d\d-\d\d to 2024-", text)
    timeline = next(cell for cell in executed.cells if "No timeline to draw" in cell.source)
    assert _images(nbformat.v4.new_notebook(cells=[timeline])) == 1
