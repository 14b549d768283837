"""The JSON Lines interface of ``kg extract``: one entity per doc, then one line per fact.

This is a public contract (README, "JSONL format"): field names and meanings stay stable.
"""

from __future__ import annotations

import json
import json.encoder
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from kg.iri import concept as concept_iri
from kg.iri import entity as entity_iri
from kg.model import Fact, Mention
from kg.resolve import KnowledgeBase
from kg.resolve.aliases import surface_forms

__all__ = ["records", "to_jsonl"]


def _object(kb: KnowledgeBase, fact: Fact) -> tuple[str, str | None]:
    if isinstance(fact.object, Mention):
        entity = kb.entity(fact.object)
        return entity.label, str(entity_iri(entity.key))
    concept = concept_iri(fact.predicate, fact.object)
    return fact.object, str(concept) if concept is not None else None


def records(kb: KnowledgeBase) -> Iterator[dict[str, Any]]:
    surfaces: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for mention in kb.mentions:
        doc = kb.doc_of[mention.story_id]
        surfaces[doc][kb.entity(mention).key].update(surface_forms(mention))
    facts: dict[str, list[Fact]] = defaultdict(list)
    for fact in kb.facts:
        facts[kb.doc_of[fact.evidence.story_id]].append(fact)
    for doc in sorted(set(surfaces) | set(facts)):
        for key in sorted(surfaces[doc]):
            entity = kb.entities[key]
            yield {
                "kind": "entity", "doc": doc, "id": str(entity_iri(key)), "label": entity.label,
                "category": entity.category, "class": entity.cls,
                "aliases": sorted(surfaces[doc][key]),
            }
        ordered = sorted(facts[doc], key=lambda f: (f.evidence.start, kb.fact_key(f)))
        for fact in ordered:
            subject = kb.entity(fact.subject)
            obj, obj_id = _object(kb, fact)
            yield {
                "kind": "fact", "doc": doc, "story": fact.evidence.story_id,
                "subject": subject.label, "subject_id": str(entity_iri(subject.key)),
                "predicate": fact.predicate, "object": obj, "object_id": obj_id,
                "role": fact.role, "status": fact.status, "from": fact.from_,
                "value": fact.value,
                "evidence": {"text": fact.evidence.text, "start": fact.evidence.start,
                             "end": fact.evidence.end},
                "extractor": fact.evidence.extractor, "confidence": fact.evidence.confidence,
                "as_of": fact.as_of, "start": fact.start, "end": fact.end,
            }


_ENCODER = json.JSONEncoder(ensure_ascii=False)
_ENCODE = _ENCODER.encode
"""``json.dumps(row, ensure_ascii=False)``, without the encoder ``dumps`` makes at each call
when given an option."""
_C_ENCODE = json.encoder.c_make_encoder and json.encoder.c_make_encoder(
    None, _ENCODER.default, json.encoder.encode_basestring, None, ": ", ", ", False, False,
    True)
"""The C encoder that ``_ENCODE`` makes again at every call (``JSONEncoder.iterencode``),
made once, without the check for circular references (a record is a tree of dicts and
lists): the same text, 3 µs a line less (0.4 s of the JSON Lines stage at 10,000 stories)."""


def to_jsonl(kb: KnowledgeBase) -> Iterator[str]:
    if not _C_ENCODE:
        yield from map(_ENCODE, records(kb))
        return
    join, encode = "".join, _C_ENCODE
    for row in records(kb):
        yield join(encode(row, 0))
