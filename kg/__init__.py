"""kg: a knowledge graph of NHS bodies, people and relationships from health-policy news.

>>> import kg
>>> result = kg.build(["seeds"], None)  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg.errors import KgError
from kg.model import Document, Entity, Evidence, Fact, Mention, Sentence, Story

__all__ = [
    "Document", "Entity", "Evidence", "Fact", "KgError", "Mention", "Sentence", "Story",
    "__version__",
]
