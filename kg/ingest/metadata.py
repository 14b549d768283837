"""What a story file says about itself, besides its text: date, URL, headline and outlet.

Three places, in this order of precedence for each field: YAML front matter at the top of a
``.md`` file (PyYAML's ``safe_load``), a manifest beside the stories (``sources.tsv`` or
``sources.csv`` with an ``id`` column holding file stems, and ``url``, ``title``, ``outlet``,
``date``; other columns are ignored), and a dateline printed on its own line near the top of
the text ("25 November 2026", "Published: 3 March 2024"). A story stays undated when none of
them gives a date: nothing is guessed from the text of the story.

Front matter and a dateline are part of the source text (offsets still index it), but not of
any story: ``mask`` blanks them out, keeping every other character where it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.startup_cache import compile_pattern
from kg.temporal.dates import parse_printed_date, precision

__all__ = ["MANIFESTS", "Manifests", "Metadata", "front_matter", "mask", "printed_dateline",
           "read_manifest"]

MANIFESTS = ("sources.tsv", "sources.csv")
_COLUMNS = {"id": "id", "url": "url", "title": "headline", "headline": "headline",
            "outlet": "outlet", "publisher": "outlet", "date": "date"}
_URL = compile_pattern(r"https?://[^\s<>\"{}|\\^`]+", re.IGNORECASE)
_FENCE = compile_pattern(r"(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)")
_KEY_LINE = compile_pattern(r"\s*[A-Za-z_][\w -]*:")
_DATELINE = compile_pattern(
    r"(?:(?:first\s+)?(?:published|posted|dated?)(?:\s+on)?\s*:?\s*)?(?P<date>.+?)"
    r"(?:\s*(?:,|at|\||-|–)?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*(?:GMT|BST|UTC)?)?",
    re.IGNORECASE)
_DATELINE_LINES = 4
_LINE = compile_pattern(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass(frozen=True)
class Metadata:
    """Fields a source states about a story file; ``None`` where it says nothing."""

    date: str | None = None
    url: str | None = None
    headline: str | None = None
    outlet: str | None = None

    def over(self, other: Metadata | None) -> Metadata:
        """These fields, with ``other``'s where these are missing."""
        if other is None:
            return self
        return Metadata(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                           for f in fields(self)})


def _url(value: str, where: Path, row: str) -> str:
    if not _URL.fullmatch(value):
        raise InputError(where, f"{row}url {value!r} is not an http(s) URL")
    return value


def read_manifest(path: Path) -> dict[str, Metadata]:
    """The rows of one manifest by file stem. A bad row is an ``InputError`` naming the file
    and row (rows count from 1 at the header)."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text; re-save the manifest as UTF-8") from None
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""),
                               delimiter="\t" if path.suffix == ".tsv" else ","))
    except csv.Error as exc:
        raise InputError(path, f"not a readable table: {' '.join(str(exc).split())}") from None
    return _rows(path, rows)


def _rows(path: Path, table: list[list[str]]) -> dict[str, Metadata]:
    """Rows count from 1 at the header, as a spreadsheet numbers them."""
    reader = iter(table)
    header = [name.strip().lower() for name in next(reader, [])]
    if "id" not in header:
        raise InputError(path, "no 'id' column in the header (expected id, url, title, "
                         "outlet, date)")
    found: dict[str, Metadata] = {}
    rows: dict[str, int] = {}
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise InputError(path, f"row {number}: {len(row)} fields but the header has "
                             f"{len(header)}")
        cells = {_COLUMNS[name]: cell.strip() for name, cell in zip(header, row, strict=False)
                 if name in _COLUMNS}
        stem = cells.get("id", "")
        if not stem:
            raise InputError(path, f"row {number}: empty id")
        if stem in rows:
            raise InputError(path, f"row {number}: id {stem!r} is already on row {rows[stem]}")
        where = f"row {number} ({stem}): "
        date = cells.get("date") or None
        if date is not None:
            parsed = parse_printed_date(date)
            if parsed is None:
                raise InputError(path, f"{where}date {date!r} is not a date (write 2024-03-05, "
                                 "5 March 2024 or 05.03.2024)")
            date = parsed
        url = _url(cells["url"], path, where) if cells.get("url") else None
        rows[stem] = number
        found[stem] = Metadata(date, url, cells.get("headline") or None,
                               cells.get("outlet") or None)
    return found


class Manifests:
    """Manifests beside story files, each read once: a file's metadata comes from the nearest
    manifest listing its stem, in its own folder or a folder above it up to the folder the
    user named."""

    def __init__(self) -> None:
        self._folders: dict[Path, dict[str, Metadata]] = {}

    def _in(self, folder: Path) -> dict[str, Metadata]:
        if folder not in self._folders:
            rows: dict[str, Metadata] = {}
            for name in MANIFESTS:
                path = folder / name
                if path.is_file():
                    rows = {**read_manifest(path), **rows}
            self._folders[folder] = rows
        return self._folders[folder]

    def lookup(self, path: Path, name: str) -> Metadata | None:
        """Metadata for the story file ``path``, found as ``name`` (relative to its root)."""
        folder = path.parent
        for _ in range(name.count("/") + 1):
            found = self._in(folder).get(path.stem)
            if found is not None:
                return found
            folder = folder.parent
        return None


def _front_end(text: str) -> int:
    """Where a front matter block opening the text ends (0 when there is none)."""
    first = _FENCE.match(text)
    if first is None or not text.startswith("---"):
        return 0
    for line in _LINE.finditer(text, first.end()):
        if _FENCE.fullmatch(line.group()):
            return line.end()
        if not line.group():
            break
    return 0


def front_matter(path: Path, text: str) -> tuple[Metadata | None, int]:
    """The front matter of a ``.md`` file and where it ends (``None``, 0 when it has none)."""
    import yaml

    end = _front_end(text)
    if end == 0:
        return None, 0
    body = text[:end].splitlines()[1:-1]
    block = "\n".join(body)
    try:
        data = yaml.safe_load(block)
    except (yaml.YAMLError, ValueError) as exc:
        if body and _KEY_LINE.match(body[0]):
            if isinstance(exc, ValueError):
                problem = " ".join(str(exc).split())
                raise InputError(path, f"front matter holds an impossible date ({problem})") \
                    from None
            mark = getattr(exc, "problem_mark", None)
            line = f" at line {mark.line + 2}" if mark is not None else ""
            problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
            raise InputError(path, f"front matter is not valid YAML{line}: {problem}") from None
        return None, 0
    if data is None:
        return Metadata(), end
    if not isinstance(data, dict):
        return None, 0
    found: dict[str, str | None] = {}
    for key, value in data.items():
        field = _COLUMNS.get(str(key).strip().lower())
        if field is None or field == "id" or value is None:
            continue
        found[field] = _front_value(path, field, value)
    return Metadata(**found), end


def _front_value(path: Path, field: str, value: Any) -> str:
    if field == "date":
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        parsed = parse_printed_date(str(value))
        if parsed is None:
            raise InputError(path, f"front matter: date {value!r} is not a date (write "
                             "2024-03-05 or 5 March 2024)")
        return parsed
    text = " ".join(str(value).split())
    return _url(text, path, "front matter: ") if field == "url" else text


def printed_dateline(text: str, start: int = 0) -> tuple[str | None, tuple[int, int]]:
    """A date printed on a line of its own among the first lines after ``start``, to the day
    ("25 November 2026", "Published: Tuesday 3 March 2024, 09:30"), and that line's span."""
    seen = 0
    for line in _LINE.finditer(text, start):
        if not line.group():
            break
        content = line.group().strip()
        if not content:
            continue
        seen += 1
        if seen > _DATELINE_LINES:
            break
        match = _DATELINE.fullmatch(content) if len(content) <= 60 else None
        if match is None:
            continue
        value = parse_printed_date(match.group("date").rstrip(",|–- "))
        if value is not None and precision(value) == "day":
            offset = line.start() + line.group().index(content)
            return value, (offset, offset + len(content))
    return None, (0, 0)


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` made spaces, line ends kept."""
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] not in "\r\n":
                chars[index] = " "
    return "".join(chars)
