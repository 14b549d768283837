"""Resolution: one entity per real thing, across stories and files.

Organisations known to the reference data are keyed by it (ODS code or slug); others by their
normalised name, with acronyms the text uses joined to the name they abbreviate. People are
keyed by their normalised full name; short forms ("Mr Khan", "Sir Ron", "Carter") join the
full name used in the same file. Publications are keyed by their normalised title.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.extract.doc import StoryDoc
from kg.extract.gazetteer import load_gazetteer
from kg.extract.publications import publication_class
from kg.extract.text import normalise_name
from kg.model import Entity, Fact, Mention
from kg.resolve.aliases import (
    PEERS,
    acronym_matches,
    honorific_parts,
    org_key,
    person_key,
    person_mention_key,
    surface_forms,
)
from kg.resolve.calibration import load_calibration

__all__ = ["KnowledgeBase", "resolve"]

_MentionId = tuple[str, int, int, str]


def _mid(mention: Mention) -> _MentionId:
    return (mention.story_id, mention.start, mention.end, mention.category)


@dataclass(frozen=True)
class KnowledgeBase:
    """Entities, the facts between them, and which entity each mention names."""

    entities: dict[str, Entity]
    facts: tuple[Fact, ...]
    mentions: tuple[Mention, ...]
    entity_of: dict[_MentionId, str]
    doc_of: dict[str, str]

    def entity(self, mention: Mention) -> Entity:
        return self.entities[self.entity_of[_mid(mention)]]

    def fact_key(self, fact: Fact) -> tuple[str, ...]:
        obj = self.entity(fact.object).key if isinstance(fact.object, Mention) else fact.object
        return (self.entity(fact.subject).key, fact.predicate, obj, fact.role or "",
                fact.status or "", fact.from_ or "", fact.value or "")


def resolve(docs: Iterable[StoryDoc], *, calibrated: bool = True) -> KnowledgeBase:
    """Entities and facts of the stories; ``calibrated`` replaces each stated confidence by
    the precision measured for it (:mod:`kg.resolve.calibration`)."""
    docs = list(docs)
    gazetteer = load_gazetteer()
    by_file: dict[str, list[StoryDoc]] = defaultdict(list)
    for doc in docs:
        by_file[doc.document.doc].append(doc)
    entity_of: dict[_MentionId, str] = {}
    surfaces: dict[str, list[str]] = defaultdict(list)
    classes: dict[str, str] = {}
    ods: dict[str, str | None] = {}
    govuk: dict[str, str | None] = {}
    labels: dict[str, str] = {}
    mentions: list[Mention] = []
    for file_docs in by_file.values():
        file_mentions = [m for doc in file_docs for m in doc.mentions]
        mentions.extend(file_mentions)
        for mention, key in _resolve_file(file_mentions).items():
            entity_of[_mid(mention)] = key
            surfaces[key].extend(surface_forms(mention))
            if key not in classes or classes[key] == "Organisation":
                classes[key] = mention.cls
            if mention.key and mention.key in gazetteer.records:
                record = gazetteer.records[mention.key]
                ods[key], labels[key], govuk[key] = record.ods, record.label, record.govuk
    for short, full in _short_titles(surfaces).items():
        surfaces[full].extend(surfaces.pop(short))
        entity_of = {mid: full if key == short else key for mid, key in entity_of.items()}
    entities = {}
    for key, forms in sorted(surfaces.items()):
        category = key.split("/", 1)[0]
        label = labels.get(key) or _best_label(category, forms)
        cls = publication_class(label) if category == "publication" else classes[key]
        entities[key] = Entity(key, label, _CATEGORY[category], cls, ods.get(key),
                               tuple(sorted(set(forms))), govuk.get(key))
    facts = _dedupe(docs, entity_of)
    if calibrated:
        calibration = load_calibration()
        facts = tuple(replace(f, evidence=replace(f.evidence, confidence=calibration(
            f.evidence.extractor, f.predicate, f.evidence.confidence))) for f in facts)
    return KnowledgeBase(entities, facts, tuple(mentions), entity_of,
                         {doc.story.id: doc.document.doc for doc in docs})


_CATEGORY = {"org": "Organisation", "person": "Person", "publication": "Publication",
             "other": "Other"}


def _short_titles(surfaces: dict[str, list[str]]) -> dict[str, str]:
    """Publications named by the first words of exactly one longer title in the corpus
    ("Tillotson review" → "Tillotson Review into maternity safety in the Midlands"), so one
    review has one IRI; a one-word title or a prefix of two titles stays apart."""
    keys = sorted(k for k in surfaces if k.startswith("publication/"))
    found = {}
    for key in keys:
        if "-" not in key.removeprefix("publication/"):
            continue
        longer = [k for k in keys if k.startswith(key + "-")]
        if len(longer) == 1:
            found[key] = longer[0]
    return {short: _final(full, found) for short, full in found.items()}


def _final(key: str, found: dict[str, str]) -> str:
    while key in found:
        key = found[key]
    return key


def _best_label(category: str, forms: list[str]) -> str:
    if category == "person":
        full = [f for f in forms if _is_full(f)]
        titled = [f for f in full if honorific_parts(f)[0] in {"Sir", "Dame", "Lord", "Lady",
                                                               "Baroness", "Professor", "Dr"}]
        pool = titled or full or forms
        return max(pool, key=lambda f: (len(f), f))
    pool = [f for f in forms if not f.isupper()] or forms
    if category == "publication":
        pool = [f for f in pool if f[:1].isupper() and len(f.split()) > 1] or pool
    return max(pool, key=lambda f: (len(f), f))


def _resolve_file(mentions: list[Mention]) -> dict[Mention, str]:
    keys: dict[Mention, str] = {}
    orgs = [m for m in mentions if m.category == "Organisation"]
    for mention in orgs:
        keys[mention] = org_key(mention)
    for mention in orgs:
        if mention.key is None and mention.text.replace("&", "").isupper():
            targets = {keys[o] for o in orgs if o is not mention and not o.text.isupper()
                       and acronym_matches(mention.text, o.text)}
            if len(targets) == 1:
                keys[mention] = targets.pop()
    names = [normalise_name(o.text).split() for o in orgs]
    for mention in orgs:
        if mention.key is None or mention.key.startswith("name:"):
            target = _longer_name(mention, orgs, keys, names)
            if target is not None:
                keys[mention] = target
    people = [m for m in mentions if m.category == "Person"]
    full = [m for m in people if _is_full(m.text)]
    for mention in full:
        keys[mention] = "person/" + person_mention_key(mention.text)
    for mention in people:
        if mention not in keys:
            honorific, name = honorific_parts(mention.text)
            keys[mention] = "person/" + (_short_form(mention, honorific, name, full)
                                         or person_key(name))
    for mention in mentions:
        if mention.category == "Publication":
            title = (mention.key or mention.text).removeprefix("pub:")
            keys[mention] = "publication/" + person_key(title)
    return keys


def _longer_name(mention: Mention, orgs: list[Mention], keys: dict[Mention, str],
                 names: list[list[str]]) -> str | None:
    """The one body of the file whose name starts with this short name ("Whipps Cross" for
    "Whipps Cross University Hospital NHS Trust"), unless the short name is a hospital's own
    ("Poole Hospital" is the site, not "Poole Hospital NHS Foundation Trust"). ``names``: each
    of ``orgs``' normalised words, split once per file; the word test comes before the keys'
    lookups, each of which hashes a whole mention (this was half of resolution's time per
    file)."""
    words = normalise_name(mention.text).split()
    if not words or mention.text.isupper():
        return None
    size = len(words)
    own = keys[mention]
    site = mention.cls == "Hospital" and words[-1] in {"hospital", "infirmary"}
    targets = {keys[o] for o, name in zip(orgs, names, strict=True)
               if len(name) > size and name[:size] == words and o is not mention
               and keys[o] != own and not (site and o.cls != "Hospital")}
    return targets.pop() if len(targets) == 1 else None


def _is_full(text: str) -> bool:
    honorific, name = honorific_parts(text)
    return len(name.split()) >= 2 or honorific in PEERS


def _short_form(mention: Mention, honorific: str, name: str, full: list[Mention]) -> str | None:
    """The full name a short form stands for, preferring the same story, then the nearest."""
    by_first = honorific in {"Sir", "Dame"}
    candidates = []
    for other in full:
        tokens = honorific_parts(other.text)[1].split()
        if (tokens[0] if by_first else tokens[-1]) == name:
            distance = (other.story_id != mention.story_id, abs(other.start - mention.start))
            candidates.append((distance, person_mention_key(other.text)))
    if candidates:
        return min(candidates)[1]
    if honorific:
        return None
    same_first = {person_mention_key(other.text) for other in full
                  if other.story_id == mention.story_id
                  and honorific_parts(other.text)[1].split()[0] == name}
    return same_first.pop() if len(same_first) == 1 else None


def _dedupe(docs: list[StoryDoc], entity_of: dict[_MentionId, str]) -> tuple[Fact, ...]:
    """One fact per statement per file, keeping the most confident evidence."""
    best: dict[tuple[str, ...], Fact] = {}
    for doc in docs:
        for fact in doc.facts:
            obj = entity_of[_mid(fact.object)] if isinstance(fact.object, Mention) else fact.object
            subject = entity_of[_mid(fact.subject)]
            if subject == obj:
                continue
            if fact.predicate == "mergesWith" and obj < subject:
                subject, obj = obj, subject
            key = (doc.document.doc, subject, fact.predicate, obj, fact.role or "",
                   fact.status or "", fact.from_ or "", fact.value or "")
            if key not in best or fact.evidence.confidence > best[key].evidence.confidence:
                best[key] = fact
    return tuple(best.values())
