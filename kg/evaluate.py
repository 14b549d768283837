"""Precision, recall and F1 of extraction against gold JSON Lines (``kg eval``).

Scores the public JSONL rows, as an outside reviewer would. Entities match one-to-one within a
doc and category when their names overlap (label or any alias, compared folded: case, quotes,
spacing, a leading "the", a trailing possessive, honorifics such as Dr); an unresolved
duplicate is therefore an error.
Facts match within a doc on predicate, subject and object (``mergesWith`` in either order);
role and status agreement is reported on top, and as a strict score.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import EvaluationError
from kg.extract.text import normalise_name

__all__ = ["Score", "Scores", "evaluate", "read_gold"]

_SYMMETRIC = {"mergesWith"}


_HONORIFICS = re.compile(r"^(?:(?:dr|prof|professor|mr|mrs|ms|miss|sir|dame|cllr|rev|revd)\.?\s+)+")


def _norm(name: str | None) -> str:
    """Comparison form: folded, without a trailing possessive or leading honorifics, so that
    "Dr Sunita Varma" and "Sunita Varma" are the same name (peerages such as "Lord" stay)."""
    if name is None:
        return ""
    return _HONORIFICS.sub("", re.sub(r"[’']s?$", "", normalise_name(name)).strip())


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

    @staticmethod
    def total(scores: dict[str, Score]) -> Score:
        total = Score()
        for score in scores.values():
            total.add(score)
        return total


def read_gold(paths: Iterable[Path | str]) -> list[dict[str, Any]]:
    rows = []
    for raw in paths:
        path = Path(raw)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise EvaluationError(path, f"cannot read: {exc.strerror or exc}") from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                required = ("doc", "label") if row["kind"] == "entity" else ("doc", "predicate")
                missing = [name for name in required if name not in row]
                if missing:
                    raise KeyError(", ".join(missing))
            except (ValueError, KeyError, TypeError) as exc:
                raise EvaluationError(path, f"not a gold entity or fact line ({exc})",
                                      number) from None
            rows.append(row)
    return rows


def _names(row: dict[str, Any]) -> set[str]:
    return {_norm(n) for n in [row["label"], *row.get("aliases", [])]} - {""}


def _align(gold: list[dict[str, Any]], predicted: list[dict[str, Any]],
           score: Score) -> dict[str, str]:
    """One-to-one matching of predicted to gold entities; returns predicted id → gold label."""
    score.gold += len(gold)
    score.predicted += len(predicted)
    pairs = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            shared = _names(g) & _names(p)
            if shared:
                exact = _norm(g["label"]) == _norm(p["label"])
                pairs.append((-int(exact), -len(shared), g_index, p_index))
    used_g, used_p, aligned = set(), set(), {}
    for _, _, g_index, p_index in sorted(pairs):
        if g_index in used_g or p_index in used_p:
            continue
        used_g.add(g_index)
        used_p.add(p_index)
        aligned[predicted[p_index]["id"]] = gold[g_index]["label"]
    score.correct += len(aligned)
    return aligned


def evaluate(gold_rows: list[dict[str, Any]], predicted_rows: list[dict[str, Any]]) -> Scores:
    scores = Scores()
    docs = sorted({row["doc"] for row in gold_rows})
    for doc in docs:
        gold = [r for r in gold_rows if r["doc"] == doc]
        predicted = [r for r in predicted_rows if r["doc"] == doc]
        aligned: dict[str, str] = {}
        by_name: dict[str, str] = {}
        for category in sorted({r["category"] for r in gold + predicted if r["kind"] == "entity"}):
            g = [r for r in gold if r["kind"] == "entity" and r["category"] == category]
            p = [r for r in predicted if r["kind"] == "entity" and r["category"] == category]
            aligned.update(_align(g, p, scores.entities[category]))
            for entity in g:
                for name in _names(entity):
                    by_name.setdefault(name, entity["label"])
        _score_facts(scores, [r for r in gold if r["kind"] == "fact"],
                     [r for r in predicted if r["kind"] == "fact"], aligned, by_name)
    return scores


def _fact_key(row: dict[str, Any], subject: str, obj: str) -> tuple[str, ...]:
    ends = sorted([subject, obj]) if row["predicate"] in _SYMMETRIC else [subject, obj]
    return (row["predicate"], *ends)


def _score_facts(scores: Scores, gold: list[dict[str, Any]], predicted: list[dict[str, Any]],
                 aligned: dict[str, str], by_name: dict[str, str]) -> None:
    def resolve(label: str, entity_id: str | None) -> str:
        if entity_id and entity_id in aligned:
            return _norm(aligned[entity_id])
        return _norm(by_name.get(_norm(label), label))

    gold_keys: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in gold:
        gold_keys[_fact_key(row, _norm(row["subject"]), _norm(row["object"]))].append(row)
        scores.facts[row["predicate"]].gold += 1
        scores.strict.gold += 1
    used: Counter[tuple[str, ...]] = Counter()
    for row in sorted(predicted, key=lambda r: -float(r.get("confidence") or 0)):
        key = _fact_key(row, resolve(row["subject"], row.get("subject_id")),
                        resolve(row["object"], row.get("object_id")))
        scores.facts[row["predicate"]].predicted += 1
        scores.strict.predicted += 1
        candidates = gold_keys.get(key, [])
        if used[key] >= len(candidates):
            scores.spurious.append(row)
            continue
        gold_row = _best_candidate(candidates, row, used[key])
        used[key] += 1
        scores.facts[row["predicate"]].correct += 1
        role_ok = _norm(gold_row.get("role")) == _norm(row.get("role"))
        status_ok = (gold_row.get("status") or "") == (row.get("status") or "")
        if row["predicate"] == "leads":
            scores.role_agreement["role"] += role_ok
            scores.role_agreement["status"] += status_ok
            scores.role_agreement["matched"] += 1
        if role_ok and status_ok:
            scores.strict.correct += 1
    for key, rows in gold_keys.items():
        scores.missed.extend(rows[used[key]:])


def _best_candidate(candidates: list[dict[str, Any]], row: dict[str, Any],
                    taken: int) -> dict[str, Any]:
    """Among gold facts with the same ends, prefer the one whose role and status agree."""
    ranked = sorted(candidates, key=lambda g: (_norm(g.get("role")) != _norm(row.get("role")),
                                               g.get("status") != row.get("status")))
    candidates[:] = ranked
    return candidates[taken] if taken < len(candidates) else candidates[-1]


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


__all__ += ["report"]
