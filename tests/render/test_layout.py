from __future__ import annotations

import json
import os
import subprocess
import sys

from kg.render.layout import positions

SCRIPT = """
import json, random
from kg.render.layout import positions
rng = random.Random(3)
hubs = [f"hub{i}" for i in range(40)]
links = [(f"org{i}", hubs[rng.randrange(40)]) for i in range(900)]
links += [(f"org{i}", f"org{rng.randrange(900)}") for i in range(300)]
links += [(f"person{i}", f"org{rng.randrange(900)}") for i in range(1500)]
nodes = {n for link in links for n in link} | {"alone"}
print(json.dumps(positions(nodes, links), sort_keys=True))
"""


def run_layout(hash_seed: str) -> dict[str, list[float]]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, check=True,
                            capture_output=True, text=True)
    return json.loads(result.stdout)


def test_layout_of_a_large_graph_is_the_same_whatever_the_hash_seed():
    first, second = run_layout("1"), run_layout("999")
    assert first == second
    assert len(first) == 2441
    assert len({tuple(p) for p in first.values()}) == len(first)


def test_layout_places_every_node_and_keeps_leaves_near_their_node():
    links = [("org", f"person{i}") for i in range(300)] + [("org", "ministry"),
                                                           ("ministry", "agency")]
    nodes = {n for link in links for n in link} | {"loner"}
    where = positions(nodes, links)
    assert set(where) == nodes
    ox, oy = where["org"]
    distances = [((where[f"person{i}"][0] - ox) ** 2 + (where[f"person{i}"][1] - oy) ** 2) ** 0.5
                 for i in range(300)]
    assert max(distances) - min(distances) < 1.0
    assert positions(nodes, links) == where
