from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.extract import DEFAULT_PIPELINE, Pipeline, StoryDoc, extract, extractor, names
from kg.extract.registry import check_order
from kg.ingest import read_corpus

REGISTERED = ["advisers", "careers", "consortia", "contracts", "leadership", "mergers",
              "organisations", "part_of", "people", "publications", "ratings", "segments",
              "sites"]


def test_registry_holds_every_built_in_extractor():
    assert names() == REGISTERED
    assert sorted(DEFAULT_PIPELINE) == REGISTERED


def test_registry_refuses_a_second_function_under_a_taken_name():
    with pytest.raises(ValueError, match="taken"):
        extractor("people")(lambda: (lambda doc: doc))
    with pytest.raises(ValueError, match="no dots"):
        extractor("a.b")


def test_registry_checks_order_before_running():
    with pytest.raises(ConfigError, match=r"requires mentions\.person"):
        check_order(["leadership", "people", "organisations"])
    with pytest.raises(ConfigError, match="no extractor named"):
        Pipeline(["organisations", "nope"])


def test_registry_failures_name_the_extractor_and_story(seeds_dir):
    @extractor("test_broken")
    def make_broken():
        def broken(doc: StoryDoc) -> StoryDoc:
            raise RuntimeError("boom")
        return broken

    documents = list(read_corpus([seeds_dir / "000_9bf80674cb74edf6.txt"]))
    with pytest.raises(Exception, match=r"'test_broken' failed on story 000_9bf80674cb74edf6/1"):
        extract(documents, Pipeline(["test_broken"]))


def test_registry_pipeline_option_selects_extractors(seeds_dir, tmp_path):
    import json

    from kg.build import jsonl_lines

    rows = [json.loads(line) for line in jsonl_lines([seeds_dir], ["organisations", "people"])]
    assert rows and all(row["kind"] == "entity" for row in rows)
    with pytest.raises(ConfigError, match="no extractor named 'nope'"):
        list(jsonl_lines([seeds_dir], ["organisations", "nope"]))
