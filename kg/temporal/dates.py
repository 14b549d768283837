"""Calendar values at the precision a text gives: ``2024`` (a year), ``2024-03`` (a month) or
``2024-03-05`` (a day), always as ISO 8601 strings so that they sort, compare and map one to
one onto ``xsd:gYear``, ``xsd:gYearMonth`` and ``xsd:date``.

A value is a period, not a point: ``2024-03`` is the whole of March, so comparing two values
means comparing their first and last days (``first_day``, ``last_day``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.startup_cache import compile_pattern

__all__ = [
    "MONTHS",
    "Precision",
    "first_day",
    "is_value",
    "last_day",
    "parse_printed_date",
    "precision",
    "value_of",
]

Precision = str  # "year" | "month" | "day"

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
        ("January February March April May June July August September October November "
         "December").split(), start=1):
    MONTHS[_name.lower()] = _number
    MONTHS[_name[:3].lower()] = _number
MONTHS["sept"] = 9

_VALUE = compile_pattern(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_WEEKDAY = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?")
_PRINTED = [
    compile_pattern(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?:[T ][\d:.+\-Z]*)?"),
    compile_pattern(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})"),
    compile_pattern(r"(?P<year>\d{4})"),
    compile_pattern(_WEEKDAY + r"(?P<day>\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?" + _MONTH
                    + r",?\s+(?P<year>\d{4})", re.IGNORECASE),
    compile_pattern(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORDINAL + r",?\s+(?P<year>\d{4})",
                    re.IGNORECASE),
    compile_pattern(_MONTH + r",?\s+(?P<year>\d{4})", re.IGNORECASE),
    compile_pattern(_WEEKDAY + r"(?P<day>\d{1,2})[./](?P<mnum>\d{1,2})[./](?P<year>\d{4}|\d{2})",
                    re.IGNORECASE),
]


def parse_printed_date(text: str) -> str | None:
    """A date as newsrooms print it, as an ISO value; ``None`` if it is not one.

    Day-first where numbers alone are given (British usage: ``17.07.14`` is 17 July 2014);
    two-digit years are 20xx. The whole text must be the date (white space aside).

    >>> [parse_printed_date(t) for t in ("2023-07-10", "1st March 2024", "17.07.14",
    ...                                   "Friday 18th February 2016", "March 2021", "2019")]
    ['2023-07-10', '2024-03-01', '2014-07-17', '2016-02-18', '2021-03', '2019']
    >>> parse_printed_date("31 February 2024") is None
    True
    """
    text = " ".join(text.split())
    for pattern in _PRINTED:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        if len(parts["year"]) == 2:
            year += 2000
        month: int | None
        if parts.get("month"):
            month = MONTHS.get(parts["month"].lower())
            if month is None:
                return None
        else:
            month = int(parts["mnum"]) if parts.get("mnum") else None
        day = int(parts["day"]) if parts.get("day") else None
        return value_of(year, month, day)
    return None


def value_of(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """The ISO value of a year, month of a year, or day; ``None`` for an impossible date.

    >>> value_of(2024, 2, 29), value_of(2023, 2, 29), value_of(2024, 13)
    ('2024-02-29', None, None)
    """
    if not 1000 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def is_value(text: str) -> bool:
    """Whether ``text`` is an ISO value as this module writes them."""
    match = _VALUE.fullmatch(text)
    if match is None:
        return False
    year, month, day = match.groups()
    return value_of(int(year), int(month) if month else None, int(day) if day else None) == text


def precision(value: str) -> Precision:
    return {4: "year", 7: "month"}.get(len(value), "day")


def first_day(value: str) -> date:
    """The first day of a value's period.

    >>> first_day("2024-03")
    datetime.date(2024, 3, 1)
    """
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(value: str) -> date:
    """The last day of a value's period.

    >>> last_day("2024-02"), last_day("2023")
    (datetime.date(2024, 2, 29), datetime.date(2023, 12, 31))
    """
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(parts[0], parts[1], parts[2])
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    following = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
    return following - timedelta(days=1)
