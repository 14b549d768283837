"""The gazetteer builder (tools/build_gazetteer.py): the shipped file is what the sources give,
and hospital sites never take a name that is ambiguous or that belongs to another body."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.extract.gazetteer import Gazetteer, _read

ROOT = Path(__file__).resolve().parents[2]
BUILDER = ROOT / "tools" / "build_gazetteer.py"
SHIPPED = ROOT / "kg" / "data" / "organisations.jsonl"


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_gazetteer", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(builder: ModuleType) -> str:
    return builder.build()[0]


@pytest.fixture(scope="module")
def records(built: str) -> dict[str, dict]:
    rows = [json.loads(line) for line in built.splitlines()]
    return {row["key"]: row for row in rows}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(_read(SHIPPED))


def test_shipped_gazetteer_is_what_the_builder_makes_and_the_build_is_deterministic(
        builder, built):
    assert built == SHIPPED.read_text(encoding="utf-8")
    assert builder.build()[0] == built


def test_no_surface_form_is_a_name_of_two_records(builder, records):
    owners: dict[str, set[str]] = {}
    for row in records.values():
        for name in row["names"]:
            owners.setdefault(builder.collision_key(name), set()).add(row["key"])
    assert {form: keys for form, keys in owners.items() if len(keys) > 1} == {}


def test_a_hospital_never_holds_a_form_of_another_body(builder, records):
    others = {builder.collision_key(form) for row in records.values() if row["class"] != "Hospital"
              for form in [*row["names"], *row["short"]]}
    hospital_forms = {builder.collision_key(form) for row in records.values()
                      if row["class"] == "Hospital" for form in [*row["names"], *row["short"]]}
    assert hospital_forms & others == set()
    assert "kingston hospital" in others  # the trust's short form; its main site gives it up
    assert "Kingston Hospital" not in records["RAX01"]["names"]
    assert "Kingston Hospital, Kingston upon Thames" in records["RAX01"]["names"]


def test_names_shared_by_sites_or_made_of_generic_words_are_nobody_s(gazetteer):
    for name in ["Queen Elizabeth Hospital", "County Hospital", "Royal Infirmary",
                 "General Hospital", "Princess Royal Hospital", "St Mary's Hospital",
                 "Manor Hospital", "Priory Hospital"]:
        assert gazetteer.lookup(name) is None, name


def test_a_shared_name_is_kept_with_its_town(gazetteer):
    sentence = ("Patients at the Queen Elizabeth Hospital in Gateshead and at "
                "St Mary's Hospital, Leeds were moved.")
    found = [(sentence[s:e], key) for s, e, key in gazetteer.find(sentence)]
    assert found == [("Queen Elizabeth Hospital in Gateshead", "RR7EN"),
                     ("St Mary's Hospital, Leeds", "RGD17")]
    assert gazetteer.records["RR7EN"].label == "Queen Elizabeth Hospital, Gateshead"


def test_a_site_s_parent_is_the_trust_that_runs_it_now(records):
    assert records["RAL01"]["parent"] == "RAL"
    assert "parent_2018" not in records["RAL01"]
    # Broomfield Hospital: Mid Essex (2018) merged into Mid and South Essex
    assert (records["RQ8L0"]["parent"], records["RQ8L0"]["parent_2018"]) == ("RAJ", "RQ8")
    # a 2018 trust split between two successors: the site keeps its 2018 trust
    assert records["RW603"]["parent"] == "RW6"
    for row in records.values():
        if row["class"] == "Hospital":
            parent = records[row["parent"]]
            assert parent["closed"] is None or len(parent["successors"]) != 1, row["key"]
            assert row.get("parent_2018") != row["parent"]


def test_independent_sites_hang_from_a_curated_company(records, gazetteer):
    site = gazetteer.lookup("The Chiltern Hospital")
    assert site is not None and site.parent == "bmi-healthcare"
    assert records["bmi-healthcare"]["class"] == "Company"
    # "Spire Leeds Hospital" gives no "Leeds Hospital": that would match "a Leeds hospital"
    assert gazetteer.lookup("Spire Leeds Hospital") is not None
    assert gazetteer.lookup("Leeds Hospital") is None


def test_hospital_forms_levels_and_brands(builder):
    label, forms, towns = builder.hospital_forms("BMI The Example Hospital", "Exton", ("BMI",))
    assert label == "BMI The Example Hospital"
    assert forms["The Example Hospital"] == 0 and forms["Example Hospital"] == 0
    assert "BMI The Example Hospital, Exton" in towns
    label, forms, _ = builder.hospital_forms("Spire Exton Hospital", "Exton", ("Spire",))
    assert "Exton Hospital" not in forms
    label, forms, _ = builder.hospital_forms("Exton Hospital - Dermatology Wyton", "Wyton", ())
    assert label == "Exton Hospital" and forms["Exton Hospital"] == 1
    label, forms, _ = builder.hospital_forms("St. Exton's Hospital (HQ)", "", ())
    assert label == "St. Exton's Hospital" and "St Exton's Hospital" in forms
    assert builder.hospital_key("The St. Exton's Hospital") == builder.hospital_key(
        "St Extons Hospital")


def test_ambiguous_words_match_only_in_capitals_or_not_at_all(gazetteer):
    assert [key for *_, key in gazetteer.find("Staff at ISS and BT met.")] == ["iss", "bt"]
    assert gazetteer.find("the iss contract and a bt line") == []
    for word in ["Kier", "Bain", "Reform", "Macmillan", "Priory"]:
        assert gazetteer.find(f"{word} said so.") == [], word
        assert gazetteer.lookup(word, short=True) is not None, word


def test_strategic_health_authorities(gazetteer):
    sha = gazetteer.lookup("North East SHA")
    assert sha is not None and sha.key == "Q30" and sha.closed == "2013-03-31"
    assert gazetteer.lookup("NHS South Central") is not None
    text = "NHS North East London said so."
    assert [key for *_, key in gazetteer.find(text)] == ["QMF"]  # the ICB, not the SHA
