"""The time stage on sentences written for these tests: tenures and event times resolved
against the story date, status made relative to it, and nothing guessed without a date."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.build import knowledge_base
from kg.ingest.newsletter import split_stories
from kg.model import Document
from kg.records import records


def _facts(sentence: str, date: str | None) -> list[dict]:
    text = "News\n\n" + sentence + "\n"
    stories = tuple(replace(story, date=date) for story in split_stories("t", text))
    kb = knowledge_base([Document("t.txt", "t", text, stories, date)])
    return [row for row in records(kb) if row["kind"] == "fact"]


def _one(sentence: str, date: str | None, subject: str) -> dict:
    rows = [row for row in _facts(sentence, date) if row["subject"] == subject]
    assert len(rows) == 1, rows
    return rows[0]


TRUST = "Leeds Teaching Hospitals NHS Trust"


@pytest.mark.parametrize(("sentence", "date", "subject", "status", "start", "end"), [
    (f"Jane Holloway has been chief executive of {TRUST} since 2019.", "2024-03-05",
     "Jane Holloway", "current", "2019", None),
    (f"Amir Khan will join {TRUST} as chief executive in April.", "2024-05-20",
     "Amir Khan", "designate", "2025-04", None),
    (f"Amir Khan will join {TRUST} as chief executive in April 2024.", "2024-05-20",
     "Amir Khan", "current", "2024-04", None),
    (f"Tom Ash, who was chair of {TRUST} until June, has retired.", "2024-09-01",
     "Tom Ash", "former", None, "2024-06"),
    (f"Rosa Lind, chief executive of {TRUST}, will step down in June.", "2024-05-02",
     "Rosa Lind", "current", None, "2024-06"),
    (f"Ben Ford was chief executive of {TRUST} from January 2015 to May 2019.", "2024-05-02",
     "Ben Ford", "former", "2015-01", "2019-05"),
    (f"Ann Bell, who joined {TRUST} as chief executive in 2019, replaces Carl Dunn, the trust's "
     "former chief executive, who left in March.", "2024-05-02",
     "Carl Dunn", "former", None, "2024-03"),
    (f"Lena Marsh has stepped down as chief executive of {TRUST}.", "2025-09-10",
     "Lena Marsh", "former", None, "2025-09-10"),
    (f"Priya Nair, currently chief executive of {TRUST}, will join NHS England in June.",
     "2024-02-01", "Priya Nair", "current", None, None),
])
def test_posts_get_their_tenure_and_a_status_relative_to_the_story_date(
        sentence, date, subject, status, start, end):
    row = _one(sentence, date, subject)
    assert (row["status"], row["start"], row["end"], row["as_of"]) == (status, start, end, date)


def test_an_undated_story_keeps_only_what_the_sentence_dates_itself():
    row = _one(f"Jane Holloway has been chief executive of {TRUST} since 2019.", None,
               "Jane Holloway")
    assert (row["start"], row["as_of"]) == ("2019", None)
    row = _one(f"Tom Ash, who was chair of {TRUST} until June, has retired.", None, "Tom Ash")
    assert (row["status"], row["end"], row["as_of"]) == ("former", None, None)
    row = _one(f"Amir Khan will join {TRUST} as chief executive in April 2024.", None,
               "Amir Khan")
    assert (row["status"], row["start"]) == ("designate", "2024-04")


@pytest.mark.parametrize(("sentence", "date", "predicate", "start", "end"), [
    ("The Shrewsbury and Telford Hospital NHS Trust was moved into segment 4 last month.",
     "2024-05-02", "movedToSegment", "2024-04", "2024-04"),
    (f"{TRUST} was rated good by the Care Quality Commission in March 2021.", None,
     "rated", "2021-03", "2021-03"),
    (f"Synnovis won a £10m contract from {TRUST} in January.", "2024-05-02",
     "awardedContract", "2024-01", "2024-01"),
    (f"{TRUST} will merge with Harrogate and District NHS Foundation Trust from April 2025.",
     "2024-05-02", "mergesWith", "2025-04", None),
    ("The Shrewsbury and Telford Hospital NHS Trust was moved into segment 4 last month.",
     None, "movedToSegment", None, None),
])
def test_events_get_the_time_the_sentence_gives(sentence, date, predicate, start, end):
    rows = [row for row in _facts(sentence, date) if row["predicate"] == predicate]
    assert rows and all((row["start"], row["end"]) == (start, end) for row in rows)


def test_extract_text_takes_the_story_date():
    import kg
    from kg.errors import ConfigError

    text = f"News\n\nTom Ash, who was chair of {TRUST} until March, has retired.\n"
    [row] = kg.extract_text(text, date="2024-06-01")
    assert (row["status"], row["end"], row["as_of"]) == ("former", "2024-03", "2024-06-01")
    [row] = kg.extract_text(text)
    assert (row["end"], row["as_of"]) == (None, None)
    with pytest.raises(ConfigError, match="not an ISO date"):
        kg.extract_text(text, date="June 2024")


def test_two_posts_of_one_person_in_one_sentence_are_told_apart_by_role():
    import kg

    text = (f"News\n\n{TRUST} has been run by its deputy chief executive, Nina Ross, who was made "
            "interim chief executive in December.\n")
    rows = {row["role"]: row for row in kg.extract_text(text, date="2024-06-01")}
    assert (rows["chief executive"]["status"], rows["chief executive"]["start"]) == (
        "interim", "2023-12")
    assert rows["deputy chief executive"]["start"] is None


@pytest.mark.parametrize(("sentence", "objects"), [
    (f"{TRUST} was rated requires improvement in 2016 before moving up to good in 2018.",
     {"requires improvement": ("2016", "2016"), "good": ("2018", "2018")}),
    (f"{TRUST} has been led by Ada Price since 2012 and was rated outstanding in 2015.",
     {"outstanding": ("2015", "2015")}),
    (f"{TRUST} was rated good after inspectors visited late in 2018.",
     {"good": ("2018", "2018")}),
])
def test_each_event_takes_its_own_time(sentence, objects):
    rows = [row for row in _facts(sentence, None) if row["predicate"] == "rated"]
    assert {row["object"]: (row["start"], row["end"]) for row in rows} == objects


def test_a_contract_that_closes_ends_then():
    rows = [row for row in _facts(f"Synnovis won a £2m contract from {TRUST}, set to end in "
                                  "March 2026.", None) if row["predicate"] == "awardedContract"]
    assert [(row["start"], row["end"]) for row in rows] == [(None, "2026-03")]


@pytest.mark.parametrize(("sentence", "start"), [
    (f"Ada Price, a nurse since 1990, will be interim chief executive of {TRUST}.", None),
    (f"Since 2019, Ada Price has been chief executive of {TRUST}.", "2019"),
])
def test_a_since_said_of_something_else_is_not_the_posts(sentence, start):
    assert _one(sentence, "2024-05-01", "Ada Price")["start"] == start


_PARTS = st.sampled_from([
    "Jane Holloway", "Carl Dunn", ",", "who", "was", "has been", "will join", "left",
    "has stepped down as", "chief executive of", "interim chair of", TRUST, "since", "from",
    "until", "in", "to", "between", "and", "2019", "2021", "March", "May", "1 June",
    "last month", "next year", "earlier this year", "March 2020", "was rated good",
    "moved into segment 3", "while",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PARTS, min_size=3, max_size=16),
       st.sampled_from([None, "2024", "2024-05", "2024-05-20"]))
def test_the_stage_never_crashes_and_gives_ordered_valid_times(parts, date):
    import kg
    from kg.temporal.dates import first_day, is_value, last_day

    text = "News\n\n" + " ".join(parts) + ".\n"
    for row in kg.extract_text(text, date=date):
        assert row["as_of"] == date
        for value in (row["start"], row["end"]):
            assert value is None or is_value(value)
        if row["start"] and row["end"]:
            assert first_day(row["start"]) <= last_day(row["end"])
        assert text[row["evidence"]["start"]:row["evidence"]["end"]] == row["evidence"]["text"]
