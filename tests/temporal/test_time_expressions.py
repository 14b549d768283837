"""Time expressions: found with exact offsets, resolved against the story date at the precision
the text gives, never guessed without a date, and never a crash on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.temporal.dates import first_day, is_value, last_day, parse_printed_date, precision
from kg.temporal.expressions import find_times, resolve


@pytest.mark.parametrize(
    ("sentence", "story", "tense", "expected"),
    [
        ("She has been chief executive since 2020.", "2024-05-20", None, ["2020"]),
        ("He will take up the post from 1 March.", "2024-05-20", "future", ["2025-03-01"]),
        ("He took up the post on 1 March.", "2024-05-20", "past", ["2024-03-01"]),
        ("She is interim chair until June.", "2024-05-20", None, ["2024-06"]),
        ("He left the trust in 2019.", None, None, ["2019"]),
        ("She stepped down last month.", "2024-03-05", None, ["2024-02"]),
        ("She stepped down last month.", "2024", None, [None]),
        ("He will join in April.", "2024-05-20", "future", ["2025-04"]),
        ("He joined in April.", "2024-05-20", "past", ["2024-04"]),
        ("He joined in April.", None, "past", [None]),
        ("The trust was placed in segment 4 in March 2021.", None, None, ["2021-03"]),
        ("Earlier this year the board met.", "2023-11-02", None, ["2023"]),
        ("The merger will happen next month.", "2023-12-15", None, ["2024-01"]),
        ("It was agreed two years ago.", "2023-12-15", None, ["2021"]),
        ("She was in post from January 2024 to May 2025.", None, None, ["2024-01", "2025-05"]),
        ("She served between 2015 and 2019.", None, None, ["2015", "2019"]),
        ("He chaired it from January to March 2024.", None, None, ["2024-01", "2024-03"]),
        ("The deal was signed on 3 March 2024.", None, None, ["2024-03-03"]),
        ("The deal was signed on March 3, 2024.", None, None, ["2024-03-03"]),
        ("It opened today.", "2024-03-05", None, ["2024-03-05"]),
        ("It opened yesterday.", "2024-03-01", None, ["2024-02-29"]),
        ("It closes last March.", "2024-03-05", None, ["2023-03"]),
    ],
)
def test_time_expressions_resolve_at_the_precision_given(sentence, story, tense, expected):
    found = find_times(sentence)
    assert [resolve(t, story, tense) for t in found] == expected


@pytest.mark.parametrize("sentence", [
    "Theresa May said the trust may merge.",
    "The 2019/20 accounts and the 2019-20 plan were late.",
    "The trust raised £2019 for the appeal.",
    "Jan Smith chairs the board.",
    "The Mayor of London met Marsh.",
    "The 2019 plan was published.",
])
def test_time_expressions_leave_what_is_not_a_time_alone(sentence):
    assert find_times(sentence) == []


def test_time_expressions_give_the_introducing_word_and_mark_ranges():
    found = find_times("Chief executive from January 2024 to May 2025, and may return.")
    assert [(t.text, t.signal, t.range) for t in found] == [
        ("January 2024", "from", "start"), ("May 2025", "to", "end")]


@pytest.mark.parametrize(("printed", "value"), [
    ("2023-07-10", "2023-07-10"), ("10 April 2012", "2012-04-10"), ("1st March 2024", "2024-03-01"),
    ("17.07.14", "2014-07-17"), ("Friday 18th February 2016", "2016-02-18"),
    ("20.10.15", "2015-10-20"), ("March 5, 2024", "2024-03-05"), ("Sept 2021", "2021-09"),
    ("2019", "2019"), ("31 February 2024", None), ("next Tuesday", None), ("", None),
])
def test_printed_dates_become_iso_values(printed, value):
    assert parse_printed_date(printed) == value


def test_values_are_periods_with_first_and_last_days():
    assert precision("2024") == "year" and precision("2024-02") == "month"
    assert str(first_day("2024-02")) == "2024-02-01" and str(last_day("2024-02")) == "2024-02-29"
    assert str(last_day("2023")) == "2023-12-31"


_WORDS = st.sampled_from([
    "since", "from", "until", "to", "in", "on", "between", "and", "last", "next", "this",
    "earlier", "year", "month", "May", "March", "Jan.", "Sept", "2019", "2020-21", "2019/20",
    "1st", "31", "29", "February", "ago", "two", "today", "the", "end", "of", "–", "-", ",",
    "£2020", "2024-02-30", "2024-02-29", "he", "will", "join", "left",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=14),
       st.one_of(st.none(), st.sampled_from(["2024", "2024-01", "2024-12-31", "2000-02-29"])),
       st.sampled_from([None, "past", "future"]))
def test_time_expressions_never_crash_and_slice_exactly(words, story, tense):
    sentence = " ".join(words)
    for expression in find_times(sentence):
        assert sentence[expression.start:expression.end] == expression.text
        value = resolve(expression, story, tense)
        assert value is None or is_value(value)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_printed_dates_never_crash(text):
    value = parse_printed_date(text)
    assert value is None or is_value(value)
