"""post_holders and tenures on facts written for the test (no names from stories)."""

from __future__ import annotations

import pandas as pd

from kg.analysis import post_holders, tenures


def _facts(rows: list[tuple[str, str, str, str | None, str | None, str]]) -> pd.DataFrame:
    return pd.DataFrame([{"subject": person.lower(), "subject_label": person,
                          "predicate": "leads", "object_label": org, "object_class": "NHSTrust",
                          "role": role, "status": status,
                          "date": pd.Timestamp(date) if date else pd.NaT, "story": story}
                         for person, org, role, status, date, story in rows])


FACTS = _facts([
    ("Ann Example", "Testshire Trust", "chief executive", "current", "2023-01-10", "s1"),
    ("Ann Example", "Testshire Trust", "chief executive", "current", "2023-06-01", "s2"),
    ("Ann Example", "Testshire Trust", "chief executive", "former", "2024-02-01", "s4"),
    ("Bob Sample", "Testshire Trust", "chief executive", "interim", "2024-02-01", "s4"),
    ("Cy Person", "Testshire Trust", "chief executive", "designate", "2024-02-01", "s4"),
    ("Dee Other", "Otherton Trust", "chair", "acting", None, "s3"),
])


def test_post_holders_counts_people_per_post_by_status():
    holders = post_holders(FACTS)
    first = holders.iloc[0]
    assert (first["organisation"], first["role"], first["holders"]) == (
        "Testshire Trust", "chief executive", 3)
    assert (first["current"], first["interim"], first["former"], first["designate"]) == (
        "Ann Example", "Bob Sample", "Ann Example", "Cy Person")
    assert first["stories"] == 3
    chair = holders.iloc[1]
    assert (chair["holders"], chair["interim"]) == (1, "Dee Other")


def test_tenures_bound_posts_by_dated_stories():
    spans = tenures(FACTS).set_index("person")
    assert "Dee Other" not in spans.index
    ann = spans.loc["Ann Example"]
    assert ann["statuses"] == "current → former"
    assert (ann["in_post_from"], ann["in_post_until"], ann["gone_by"]) == (
        pd.Timestamp("2023-01-10"), pd.Timestamp("2023-06-01"), pd.Timestamp("2024-02-01"))
    assert ann["stories"] == 3
    assert spans.loc["Bob Sample", "in_post_from"] == pd.Timestamp("2024-02-01")
    assert pd.isna(spans.loc["Cy Person", "in_post_from"])
    assert spans.loc["Cy Person", "first_seen"] == pd.Timestamp("2024-02-01")
    assert ann["first_seen"] == pd.Timestamp("2023-01-10")


def test_tenures_of_undated_facts_are_empty_with_columns():
    spans = tenures(FACTS.assign(date=pd.NaT))
    assert spans.empty
    assert list(spans.columns)[:3] == ["person", "organisation", "role"]
