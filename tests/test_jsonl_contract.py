"""The `kg extract --format jsonl` contract, checked line by line on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.model import CATEGORIES, PREDICATES, STATUSES

ENTITY_KEYS = ["kind", "doc", "id", "label", "category", "class", "aliases"]
FACT_KEYS = ["kind", "doc", "story", "subject", "subject_id", "predicate", "object", "object_id",
             "role", "status", "from", "value", "evidence", "extractor", "confidence",
             "as_of", "start", "end"]


@pytest.fixture(scope="module")
def rows(seeds_dir: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["extract", str(seeds_dir), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_jsonl_every_line_is_an_entity_or_a_fact_with_exact_keys(rows):
    assert rows
    for row in rows:
        assert list(row) == (ENTITY_KEYS if row["kind"] == "entity" else FACT_KEYS)


def test_jsonl_entities_have_valid_fields(rows, seeds_dir):
    entities = [r for r in rows if r["kind"] == "entity"]
    assert {r["category"] for r in entities} <= set(CATEGORIES)
    seen = set()
    for row in entities:
        assert row["id"].startswith("https://w3id.org/nhskg/id/")
        assert row["label"] and row["class"] and row["aliases"]
        text = (seeds_dir / f"{row['doc']}.txt").read_text(encoding="utf-8")
        assert all(alias in text for alias in row["aliases"]), row
        assert (row["doc"], row["id"]) not in seen, "one line per entity per doc"
        seen.add((row["doc"], row["id"]))


def test_jsonl_facts_have_valid_fields_and_exact_offsets(rows, seeds_dir):
    facts = [r for r in rows if r["kind"] == "fact"]
    assert facts
    entity_ids = {(r["doc"], r["id"]) for r in rows if r["kind"] == "entity"}
    for row in facts:
        assert row["predicate"] in PREDICATES
        assert row["story"].startswith(row["doc"] + "/")
        assert (row["doc"], row["subject_id"]) in entity_ids
        assert row["status"] is None or row["status"] in STATUSES
        assert 0 < row["confidence"] <= 1 and row["extractor"]
        source = (seeds_dir / f"{row['doc']}.txt").read_bytes().decode("utf-8-sig")
        evidence = row["evidence"]
        assert source[evidence["start"]:evidence["end"]] == evidence["text"]
        if row["predicate"] == "leads":
            assert row["role"] and row["status"]


def test_jsonl_literal_objects_are_segments_and_ratings(rows):
    for row in rows:
        if row["kind"] == "fact" and row["predicate"] in {"movedToSegment", "inSegment"}:
            assert row["object"].split()[0] in {"segment", "tier"}
            assert row["object_id"].endswith(row["object"].replace(" ", "/"))
