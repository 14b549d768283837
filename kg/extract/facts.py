"""Building facts with their evidence, the same way for every extractor."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.doc import StoryDoc
from kg.model import Evidence, Fact, Mention, Sentence
from kg.startup_cache import compile_pattern

__all__ = ["add_fact", "drop_commissioned_work", "so_did", "to_the_runner"]

_NOT_ADVISERS = frozenset({"NationalBody", "Regulator", "GovernmentDepartment"})
_SHADOW_BEFORE = compile_pattern(r"\bshadow\s+(?:[\w-]+,?\s+){0,3}$", re.IGNORECASE)
_SO_DID = compile_pattern(r",?\s+(?:and\s+so\s+(?:did|has|have|had|was|were|is|are)"
                          r"|as\s+(?:did|has|have|had|was|were))\s+(?:the\s+)?", re.IGNORECASE)
_SHADOW_AFTER = compile_pattern(r"\s*,\s*(?:the\s+|[A-Z]\w+[’']s\s+)?shadow\b", re.IGNORECASE)


def add_fact(
    doc: StoryDoc,
    sentence: Sentence,
    subject: Mention,
    predicate: str,
    obj: Mention | str,
    *,
    extractor: str,
    confidence: float,
    role: str | None = None,
    status: str | None = None,
    from_: str | None = None,
    value: str | None = None,
) -> None:
    """Add a fact unless the same statement is already there from this sentence. An
    opposition "shadow" secretary or minister leads no department; a regulator or national
    body that supports a body does not advise it as a firm does; the regulator that rates is
    never the body rated ("The CQC has rated the X Practice inadequate"); a hospital named in the
    clause that describes a body ("X, which runs A and B, ...") stands aside for that body."""
    if predicate != "partOf":
        runner = _site_runner(doc, sentence, subject)
        other = _site_runner(doc, sentence, obj) if isinstance(obj, Mention) else obj
        if runner is None or other is None:
            return
        subject, obj = runner, other
    if isinstance(obj, Mention) and obj.start == subject.start and obj.end == subject.end:
        return
    if predicate == "advises" and subject.cls in _NOT_ADVISERS:
        return
    if predicate == "rated" and subject.cls == "Regulator":
        return
    if role and re.search(r"secretary|minister", role) and (
            _SHADOW_BEFORE.search(doc.text, max(sentence.start, subject.start - 60), subject.start)
            or _SHADOW_AFTER.match(doc.text, subject.end, sentence.end)):
        return
    evidence = Evidence(doc.story.id, sentence.text, sentence.start, sentence.end, extractor,
                        round(confidence, 2))
    key = (predicate, subject, obj, role, sentence.start)
    if key in doc.fact_keys:
        return
    doc.fact_keys.add(key)
    doc.facts.append(Fact(subject, predicate, obj, evidence, role, status, from_, value))


def _site_runner(doc: StoryDoc, sentence: Sentence, mention: Mention) -> Mention | None:
    """"X, which runs A, B and C hospitals, remains in segment 3 / paid £9m to Y": a hospital
    named inside the clause that describes X is no party to what the sentence says of X, X is
    (None when X is only "the trust")."""
    if mention.cls != "Hospital":
        return mention
    clauses = list(_RUNS_CLAUSE.finditer(doc.text, sentence.start, mention.start))
    if not clauses or not _CLAUSE_GOES_ON.fullmatch(doc.text, clauses[-1].end(), mention.start):
        return mention
    return next((m for m in doc.mentions_in(sentence, "Organisation")
                 if m.end == clauses[-1].start() and m.cls != "Hospital"), None)


_RUNS_CLAUSE = compile_pattern(r"\s*,\s*which\s+(?:also\s+|now\s+|still\s+)?(?:runs|ran|manages"
                               r"|managed|operates|operated|oversees|includes|has\s+run)\s+",
                               re.IGNORECASE)
_CLAUSE_GOES_ON = compile_pattern(r"[^,;.:–—]*(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+|near\s+"
                                  r"|in\s+|at\s+)?(?:the\s+)?(?-i:[A-Z])[^,;.:–—]*)*?"
                                  r"(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|\s+and\s+"
                                  r"|\s+as\s+well\s+as\s+)?(?:the\s+)?", re.IGNORECASE)
""""which runs A, B and C": a list of names after "runs", not a later clause (", while D")."""


def so_did(doc: StoryDoc, sentence: Sentence, predicates: frozenset[str], extractor: str) -> None:
    """"X fell to segment 3, and so did Y"; "X was rated good, as was Y": the body after "so
    did" takes each of these facts the sentence gives a body before it."""
    for cue in _SO_DID.finditer(doc.text, sentence.start, sentence.end):
        other = next((m for m in doc.mentions_in(sentence, "Organisation")
                      if m.start == cue.end()), None)
        if other is None:
            continue
        for fact in [f for f in doc.facts if f.predicate in predicates
                     and f.evidence.start == sentence.start and f.subject.end <= cue.start()]:
            add_fact(doc, sentence, other, fact.predicate, fact.object, extractor=extractor,
                     confidence=fact.evidence.confidence, from_=fact.from_)


def drop_commissioned_work(doc: StoryDoc, extractor: str,
                           predicates: frozenset[str] = frozenset({"awardedContract", "advises"})
                           ) -> None:
    """A firm that wrote a publication a body commissioned is reported as its author, not as
    the body's supplier or adviser: drop ``extractor``'s facts of ``predicates`` for that pair,
    unless the text prices the work (a contract with a value)."""
    def key(mention: Mention | str) -> str:
        return mention if isinstance(mention, str) else (mention.key or mention.text)

    authored = {(key(f.subject), key(f.object)) for f in doc.facts if f.predicate == "authored"}
    ordered = {(key(f.subject), key(f.object)) for f in doc.facts if f.predicate == "commissioned"}
    priced = {(key(f.subject), key(f.object)) for f in doc.facts
              if f.predicate == "awardedContract" and f.value}
    pairs = {(writer, client) for writer, work in authored for client, ordered_work in ordered
             if work == ordered_work} - priced
    if pairs:
        doc.facts[:] = [f for f in doc.facts if not (
            f.predicate in predicates and f.evidence.extractor == extractor
            and (key(f.subject), key(f.object)) in pairs)]


_RUN_BY_THE_TRUST = compile_pattern(r"\bthe\s+(?:[\w-]+\s+)?(?:foundation\s+)?trust\s+"
                                    r"(?:that|which)\s+(?:runs|ran|operates|operated|manages|managed)\s+"
                                    r"(?:the\s+)?$", re.IGNORECASE)


def to_the_runner(doc: StoryDoc, extractor: str) -> None:
    """"The trust that runs Scunthorpe General Hospital has been rated inadequate": what the
    sentence says of the hospital it says of the trust; of the body the story says runs the
    hospital, or of none when the story does not name it."""
    kept = []
    for fact in doc.facts:
        if fact.evidence.extractor == extractor and fact.subject.cls == "Hospital" and \
                _RUN_BY_THE_TRUST.search(doc.text, max(fact.evidence.start,
                                                       fact.subject.start - 60),
                                         fact.subject.start):
            runner = next((f.object for f in doc.facts if f.predicate == "partOf"
                           and f.subject.start == fact.subject.start
                           and isinstance(f.object, Mention)), None)
            if runner is None:
                continue
            fact = replace(fact, subject=runner)
        kept.append(fact)
    doc.facts[:] = kept
