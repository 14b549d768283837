"""kg: a knowledge graph of NHS bodies, people and relationships from health-policy news.

``kg.build`` reads story files and writes a build folder; ``kg.load`` opens one for SPARQL and
its records; ``kg.extract_text`` finds the facts in a string. README, "Python API", has a
runnable example.
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg import startup_cache

startup_cache.keep_bytecode(__name__)

from kg.api import Build, extract_text, load  # noqa: E402
from kg.build import BuildResult, build  # noqa: E402
from kg.errors import KgError  # noqa: E402
from kg.model import Document, Entity, Evidence, Fact, Mention, Sentence, Story  # noqa: E402

__all__ = [
    "Build", "BuildResult", "Document", "Entity", "Evidence", "Fact", "KgError", "Mention",
    "Sentence", "Story", "__version__", "build", "extract_text", "load",
]
