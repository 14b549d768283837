"""Precision, recall and F1 of extraction against gold JSON Lines (``kg eval``).

Scores the public JSONL rows, as an outside reviewer would. Two gold formats are read:

- the project's own (``tests/gold/GUIDELINES.md``): entities with ``label``, ``aliases`` and
  ``category``; facts with ``subject`` and ``object`` strings;
- the real-news corpus's (``../shared/corpus/real-news/README.md``): entities with ``names``
  and ``type``, facts whose ``subject``/``object`` are name lists, lists of roles and statuses,
  and ``optional`` items that are neither rewarded nor punished.

Both become one model. Names compare folded for case, punctuation, honorifics, a trailing
possessive and a leading "the". A predicted entity matches a gold one when any of its names
(label or aliases in that doc) matches any gold name; matching is one-to-one within a doc and
category, so an unresolved duplicate counts as an error. Facts match within a doc on predicate,
subject and object, once per subject–object pair (``mergesWith`` in either order); role and
status agreement is reported on top, and as a strict score.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from kg.errors import EvaluationError
from kg.extract.text import fold

__all__ = ["GoldEntity", "GoldFact", "Score", "Scores", "evaluate", "read_gold", "report"]

_SYMMETRIC = {"mergesWith"}
_CATEGORIES = ("Person", "Organisation", "Publication")
_HONORIFICS = re.compile(
    r"^(?:(?:dr|doctor|prof|professor|mr|mrs|ms|miss|mx|sir|dame|cllr|councillor|rev|revd"
    r"|the rt hon|rt hon)\s+)+")
_PUNCTUATION = re.compile(r"[^\w\s]+")
_POSSESSIVE = re.compile(r"[’']s?$")


def norm(name: str | None) -> str:
    """The comparison form of a name.

    >>> norm("The Dr. Sunita Varma’s"), norm("Guy’s & St Thomas’")
    ('sunita varma', 'guys and st thomas')
    """
    if not name:
        return ""
    text = fold(_POSSESSIVE.sub("", name.strip())).replace("&", " and ")
    text = " ".join(_PUNCTUATION.sub("", text).split())
    text = re.sub(r"^the\s+", "", text)
    return _HONORIFICS.sub("", text).strip()


@dataclass(frozen=True)
class GoldEntity:
    doc: str
    category: str
    label: str
    names: frozenset[str]
    optional: bool = False


@dataclass(frozen=True)
class GoldFact:
    doc: str
    predicate: str
    subject: frozenset[str]
    object: frozenset[str]
    roles: frozenset[str]
    statuses: frozenset[str]
    optional: bool = False
    row: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.correct += other.correct


@dataclass
class Scores:
    entities: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    facts: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    strict: Score = field(default_factory=Score)
    role_agreement: Counter[str] = field(default_factory=Counter)
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    judged: list[tuple[float, bool]] = field(default_factory=list)
    judged_rows: list[tuple[dict[str, Any], bool]] = field(default_factory=list)

    @staticmethod
    def total(scores: dict[str, Score]) -> Score:
        total = Score()
        for score in scores.values():
            total.add(score)
        return total


def _as_set(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    items = value if isinstance(value, list) else [value]
    return frozenset(norm(str(item)) for item in items if item) - {""}


def _names(values: Iterable[str]) -> frozenset[str]:
    return frozenset(norm(v) for v in values) - {""}


def _gold_row(row: dict[str, Any]) -> GoldEntity | GoldFact:
    kind = row["kind"]
    optional = bool(row.get("optional"))
    if kind == "entity":
        names = row.get("names") or [row["label"], *row.get("aliases", [])]
        category = row.get("type") or row["category"]
        return GoldEntity(row["doc"], category, names[0], _names(names), optional)
    if kind != "fact":
        raise KeyError(f"kind {kind!r}")
    subject, obj = row["subject"], row["object"]
    return GoldFact(
        row["doc"], row["predicate"],
        _names(subject if isinstance(subject, list) else [subject]),
        _names(obj if isinstance(obj, list) else [obj]),
        _as_set(row.get("role")), frozenset(_as_set(row.get("status"))), optional,
        {"doc": row["doc"], "subject": _first(subject), "predicate": row["predicate"],
         "object": _first(obj), "role": row.get("role"), "status": row.get("status")},
    )


def _first(value: Any) -> str:
    return value[0] if isinstance(value, list) and value else str(value)


def read_gold(paths: Iterable[Path | str]) -> list[GoldEntity | GoldFact]:
    """Gold rows from JSON Lines files in either format; a bad line names file and line."""
    rows: list[GoldEntity | GoldFact] = []
    for raw in paths:
        path = Path(raw)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise EvaluationError(path, f"cannot read: {exc.strerror or exc}") from None
        except UnicodeDecodeError as exc:
            raise EvaluationError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})"
                                  ) from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rows.append(_gold_row(json.loads(line)))
            except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
                raise EvaluationError(path, f"not a gold entity or fact line ({exc})",
                                      number) from None
    return rows


@dataclass
class _Predicted:
    """One predicted doc: entity names by id, and facts collapsed per argument pair."""

    names: dict[str, frozenset[str]]
    categories: dict[str, str]
    labels: dict[str, str]
    facts: dict[tuple[str, str, str], list[dict[str, Any]]]


def _predicted_doc(rows: list[dict[str, Any]]) -> _Predicted:
    names: dict[str, set[str]] = defaultdict(set)
    categories: dict[str, str] = {}
    labels: dict[str, str] = {}
    for row in rows:
        if row["kind"] == "entity":
            names[row["id"]] |= {row["label"], *row.get("aliases", [])}
            categories[row["id"]] = row["category"]
            labels[row["id"]] = row["label"]
    facts: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["kind"] != "fact":
            continue
        subject = row.get("subject_id") or row["subject"]
        obj = row.get("object_id") if row.get("object_id") in names else None
        obj = obj or "literal:" + norm(row["object"])
        for end, label in ((subject, row["subject"]), (obj, row["object"])):
            names[end].add(label)
        ends = [subject, obj]
        if row["predicate"] in _SYMMETRIC:
            ends.sort()
        facts[(row["predicate"], ends[0], ends[1])].append(row)
    return _Predicted({k: _names(v) for k, v in names.items()}, categories, labels, facts)


def evaluate(gold_rows: list[GoldEntity | GoldFact], predicted_rows: list[dict[str, Any]],
             docs: Iterable[str] | None = None) -> Scores:
    """Score the predicted rows of every doc that has gold rows (or of ``docs``)."""
    scores = Scores()
    gold_by_doc: dict[str, list[GoldEntity | GoldFact]] = defaultdict(list)
    for gold in gold_rows:
        gold_by_doc[gold.doc].append(gold)
    predicted_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in predicted_rows:
        predicted_by_doc[row["doc"]].append(row)
    for doc in sorted(docs if docs is not None else gold_by_doc):
        predicted = _predicted_doc(predicted_by_doc.get(doc, []))
        gold = gold_by_doc.get(doc, [])
        _score_entities(scores, [g for g in gold if isinstance(g, GoldEntity)], predicted)
        _score_facts(scores, [g for g in gold if isinstance(g, GoldFact)], predicted)
    return scores


def _one_to_one(pairs: list[tuple[Any, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of (rank, gold index, predicted index), best rank first."""
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matched = []
    for _, g, p in sorted(pairs, key=lambda item: item[0]):
        if g in used_gold or p in used_predicted:
            continue
        used_gold.add(g)
        used_predicted.add(p)
        matched.append((g, p))
    return matched


def _score_entities(scores: Scores, gold: list[GoldEntity], predicted: _Predicted) -> None:
    for category in _CATEGORIES:
        required = [g for g in gold if g.category == category and not g.optional]
        optional = [g for g in gold if g.category == category and g.optional]
        ids = sorted(i for i, c in predicted.categories.items() if c == category)
        pairs = []
        for g_index, entity in enumerate(required):
            for p_index, entity_id in enumerate(ids):
                shared = entity.names & predicted.names[entity_id]
                if shared:
                    exact = norm(entity.label) == norm(predicted.labels[entity_id])
                    pairs.append(((not exact, -len(shared)), g_index, p_index))
        matched = _one_to_one(pairs)
        matched_ids = {ids[p] for _, p in matched}
        ignored = {i for i in ids if i not in matched_ids
                   and any(o.names & predicted.names[i] for o in optional)}
        score = scores.entities[category]
        score.gold += len(required)
        score.predicted += len(ids) - len(ignored)
        score.correct += len(matched)


def _score_facts(scores: Scores, gold: list[GoldFact], predicted: _Predicted) -> None:
    keys = sorted(predicted.facts)

    def agrees(fact: GoldFact, key: tuple[str, str, str]) -> bool:
        predicate, subject, obj = key
        if fact.predicate != predicate:
            return False
        ends = [(fact.subject, fact.object)]
        if predicate in _SYMMETRIC:
            ends.append((fact.object, fact.subject))
        return any(s & predicted.names[subject] and o & predicted.names[obj] for s, o in ends)

    required = _one_per_pair([g for g in gold if not g.optional])
    pairs = [((0,), g_index, p_index)
             for g_index, fact in enumerate(required)
             for p_index, key in enumerate(keys) if agrees(fact, key)]
    matched = dict((p, g) for g, p in _one_to_one(pairs))
    for fact in required:
        scores.facts[fact.predicate].gold += 1
        scores.strict.gold += 1
    for p_index, key in enumerate(keys):
        rows = predicted.facts[key]
        confidence = max(float(r.get("confidence") or 0) for r in rows)
        if p_index not in matched and any(agrees(g, key) for g in gold if g.optional):
            continue
        scores.facts[key[0]].predicted += 1
        scores.strict.predicted += 1
        scores.judged.append((confidence, p_index in matched))
        scores.judged_rows.extend((row, p_index in matched) for row in rows)
        if p_index not in matched:
            scores.spurious.append(rows[0])
            continue
        fact = required[matched[p_index]]
        scores.facts[key[0]].correct += 1
        roles = _as_set([r.get("role") for r in rows])
        statuses = _as_set([r.get("status") for r in rows])
        role_ok = roles == fact.roles if not fact.roles else bool(roles & fact.roles)
        status_ok = statuses == fact.statuses if not fact.statuses else bool(
            statuses & fact.statuses)
        if key[0] == "leads":
            scores.role_agreement["role"] += role_ok
            scores.role_agreement["status"] += status_ok
            scores.role_agreement["matched"] += 1
        if role_ok and status_ok:
            scores.strict.correct += 1
    found = set(matched.values())
    scores.missed.extend(fact.row for index, fact in enumerate(required) if index not in found)


def _one_per_pair(facts: list[GoldFact]) -> list[GoldFact]:
    """Gold facts with the same predicate and arguments become one, with all their roles and
    statuses (the project's own gold writes one line per post; the corpus one per pair)."""
    merged: dict[tuple[str, frozenset[str], frozenset[str]], GoldFact] = {}
    for fact in facts:
        key = (fact.predicate, fact.subject, fact.object)
        if key in merged:
            first = merged[key]
            merged[key] = GoldFact(first.doc, first.predicate, first.subject, first.object,
                                   first.roles | fact.roles, first.statuses | fact.statuses,
                                   False, first.row)
        else:
            merged[key] = fact
    return list(merged.values())


def by_group(gold_rows: list[GoldEntity | GoldFact], predicted_rows: list[dict[str, Any]],
             group: Callable[[str], str]) -> dict[str, Scores]:
    """Scores per group of docs (``group(doc)`` names the group, e.g. a corpus batch)."""
    docs: dict[str, set[str]] = defaultdict(set)
    for gold in gold_rows:
        docs[group(gold.doc)].add(gold.doc)
    return {name: evaluate(gold_rows, predicted_rows, members)
            for name, members in sorted(docs.items())}


def held_out(ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """(development, held out): every fourth id in sorted order is held out, so no rule or
    calibration is fitted on a quarter of an annotated corpus."""
    ordered = sorted(ids)
    held = [doc for index, doc in enumerate(ordered) if index % 4 == 3]
    return [doc for doc in ordered if doc not in held], held


def batch_of(doc: str) -> str:
    """A corpus batch is the letters an id starts with ("a01" → "a")."""
    match = re.match(r"[A-Za-z]+", doc)
    return match.group(0) if match else doc


def report(scores: Scores, misses: int = 20) -> str:
    lines = [f"{'':22s} {'gold':>5s} {'pred':>5s} {'ok':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}"]

    def row(name: str, score: Score) -> None:
        lines.append(f"{name:22s} {score.gold:5d} {score.predicted:5d} {score.correct:5d} "
                     f"{score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}")

    for name, score in sorted(scores.entities.items()):
        row(f"entity {name}", score)
    row("ENTITIES", Scores.total(scores.entities))
    for name, score in sorted(scores.facts.items()):
        row(f"fact {name}", score)
    row("FACTS", Scores.total(scores.facts))
    row("FACTS strict", scores.strict)
    agreement = scores.role_agreement
    if agreement["matched"]:
        lines.append(f"leads qualifiers on matched facts: role {agreement['role']}/"
                     f"{agreement['matched']}, status {agreement['status']}/{agreement['matched']}")
    for title, rows in (("missed", scores.missed), ("spurious", scores.spurious)):
        if rows and misses:
            lines.append(f"{title} facts ({len(rows)}):")
            for item in rows[:misses]:
                lines.append(f"  {item['doc']}: {item['subject']} —{item['predicate']}→ "
                             f"{item['object']} [{item.get('role')}, {item.get('status')}]")
    return "\n".join(lines)


def reliability(scores: Scores, edges: tuple[float, ...] = (0.0, 0.6, 0.7, 0.8, 0.9, 1.01)
                ) -> list[tuple[float, float, int, float]]:
    """Calibration: for each confidence bin, (low, high, facts, share that were right)."""
    table = []
    for low, high in pairwise(edges):
        inside = [ok for confidence, ok in scores.judged if low <= confidence < high]
        if inside:
            table.append((low, min(high, 1.0), len(inside), sum(inside) / len(inside)))
    return table


__all__ += ["batch_of", "by_group", "held_out", "norm", "reliability"]


def probe_gold(probes: Iterable[dict[str, Any]]) -> list[GoldEntity | GoldFact]:
    """Gold facts of construction probes (``{"id", "text", "facts": [[s, p, o], ...]}``)."""
    return [_gold_row({"doc": probe["id"], "kind": "fact", "subject": [subject],
                       "predicate": predicate, "object": [obj]})
            for probe in probes for subject, predicate, obj in probe["facts"]]


def probes_read(probes: list[dict[str, Any]], rows: list[dict[str, Any]]) -> list[str]:
    """The ids of the probes whose every fact is among the predicted ``rows``."""
    gold = probe_gold(probes)
    read = []
    for probe in probes:
        mine = [g for g in gold if g.doc == probe["id"]]
        found = Scores.total(evaluate(mine, rows, [probe["id"]]).facts)
        if found.correct == found.gold:
            read.append(probe["id"])
    return read


__all__ += ["probe_gold", "probes_read"]
