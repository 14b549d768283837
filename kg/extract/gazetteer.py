"""Organisation names from the reference data, matched with Aho–Corasick.

pyahocorasick matches the ~10k names at millions of words per second, where spaCy's
PhraseMatcher would cost more than the rest of the pipeline (docs/MEASURED.md). Matching runs
on folded text (same length as the source) so offsets stay exact.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick

from kg.errors import ConfigError
from kg.extract import text
from kg.extract.text import fold, normalise_name
from kg.startup_cache import cached, compile_pattern

__all__ = ["Gazetteer", "OrgRecord", "load_gazetteer"]

_DATA_FILE = "organisations.jsonl"


@dataclass(frozen=True)
class OrgRecord:
    key: str
    label: str
    cls: str
    ods: str | None
    names: tuple[str, ...]
    short: tuple[str, ...]
    closed: str | None = None
    successors: tuple[str, ...] = ()
    govuk: str | None = None
    parent: str | None = None  # a hospital site: the key of the body that runs it now
    parent_2018: str | None = None  # ... and of the one that ran it in 2018, when different
    sector: str | None = None  # companies: "consultancy" for management and advisory firms


_TRUST_CLASSES = frozenset({"NHSTrust", "NHSFoundationTrust", "CareTrust"})
_DISTINCTIVE = compile_pattern(r"\S\s+(?:Health|Healthcare|Hospitals|Care)$"
                               r"|^University\s+Hospitals\s+\S")
_LOWER_BODY_WORDS = frozenset({
    "trust", "board", "system", "group", "partnership", "council", "authority", "service",
    "services", "hospital", "hospitals", "commission", "agency", "unit", "centre", "network",
    "collaborative", "alliance", "infirmary", "health", "care", "department", "office"})
""""NHS providers" (the trusts) is not NHS Providers (the body): a name whose last word is
written in lower case is that body only when the word is one for a body ("integrated care
board")."""
_TITLE_CASED = compile_pattern(
    r"[A-Z][\w’'-]*(?:,?\s+(?:(?:and|of|the|upon|on|&)\s+)*[A-Z][\w’'-]*)*")
_TRUST_TAIL = compile_pattern(r"[\s,]+(?:NHS\s+|University\s+)?(?:Foundation\s+)?(?:Trust|FT)\b"
                              r"|\s+and\s+(?:Social\s+)?Care\b|\s+(?:Integrated|Partnership|Alliance"
                              r"|Collaborative|ICS|ICB)\b")
"""A trust's short name that ends like a body ("Barts Health", "Mersey Care") names it
wherever it stands, unless a longer name goes on ("Frimley Health and Care Integrated Care
System"); other short names need a context that says a body is meant."""
_PLACE_NAMED_CLASSES = _TRUST_CLASSES | {"IntegratedCareBoard", "IntegratedCareSystem",
                                         "ClinicalCommissioningGroup", "Hospital", "NHSBody"}
_BODY_WORDS = frozenset("""nhs trust foundation hospital hospitals university teaching health
healthcare care community mental partnership services service integrated board system clinical
commissioning group and of the for general district royal county city infirmary ambulance primary
acute specialist children women children's women's national area strategic authority""".split())
_LONGER_PLACE = compile_pattern(
    r"\b(?:North|South|East|West|Mid|Greater|Central|Inner|Outer)[\s-]$")
"""A known name right after a compass word ("East London ..." in "North East London Health and
Care Partnership") is the tail of a longer name the reference data does not hold: another body."""


def _town_variants(record: OrgRecord) -> list[str]:
    """"Queen's Hospital Burton" for "Queen's Hospital, Burton -on- Trent": a hospital named
    with the first word of its town, as local news writes it."""
    if record.cls != "Hospital":
        return []
    variants = []
    for name in record.names:
        head, _, town = name.partition(", ")
        first = town.split()[0] if town else ""
        if first[:1].isupper() and first.isalpha() and len(town.split()) > 1:
            variants.append(f"{head} {first}")
    return variants


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and " " not in name.strip()


def _word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


class Gazetteer:
    """Known organisations: find their names in text, or look a name up."""

    def __init__(self, records: list[OrgRecord]) -> None:
        self.records = {record.key: record for record in records}
        self._names: dict[str, str] = {}
        self._short: dict[str, str] = {}
        self._prefixes: dict[str, str] | None = None
        self._sites: dict[str, list[str]] | None = None
        self._places: frozenset[str] | None = None
        self._automaton = ahocorasick.Automaton()
        forms: dict[str, tuple[str, list[str]]] = {}
        sites = {normalise_name(record.label) for record in records if record.cls == "Hospital"
                 and not record.closed}
        for record in records:
            for name in [*record.names, *_town_variants(record)]:
                self._names.setdefault(normalise_name(name), record.key)
                key, names = forms.setdefault(fold(name), (record.key, []))
                if key == record.key:
                    names.append(name)
            for name in record.short:
                normal = normalise_name(name)
                if not (record.closed and normal in sites):
                    self._short.setdefault(normal, record.key)
        shorts = {fold(name): record.key for record in records if record.cls in _TRUST_CLASSES
                  for name in record.short if _DISTINCTIVE.search(name)}
        for folded, (key, names) in forms.items():
            cased = tuple(name for name in names if _is_acronym(name))
            self._automaton.add_word(folded, (key, len(folded), cased,
                                              len(cased) < len(names), False))
        for folded, key in shorts.items():
            if folded not in forms:
                self._automaton.add_word(folded, (key, len(folded), (), True, True))
        if records:
            self._automaton.make_automaton()

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Leftmost-longest whole-word matches ``(start, end, key)`` within ``text[start:end]``."""
        if not self.records:
            return []
        end = len(text) if end is None else end
        folded = fold(text[start:end])
        candidates = []
        for last, (key, length, acronyms, any_case, short) in self._automaton.iter(folded):
            s, e = last - length + 1 + start, last + 1 + start
            if _word_char(text, s - 1) or _word_char(text, e) or _LONGER_PLACE.search(
                    text, max(0, s - 12), s) or (short and (
                    _TRUST_TAIL.match(text, e) or not _TITLE_CASED.fullmatch(text, s, e))):
                continue
            surface = text[s:e]
            capitalised = surface[0].isupper() or surface[0].isdigit()
            if not (surface in acronyms or (any_case and capitalised)):
                continue
            last = surface.rsplit(" ", 1)[-1] if " " in surface else ""
            if last[:1].islower() and last not in _LOWER_BODY_WORDS \
                    and surface not in self.records[key].names:
                continue
            candidates.append((s, e, key))
        candidates.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        chosen: list[tuple[int, int, str]] = []
        for match in candidates:
            if not chosen or match[0] >= chosen[-1][1]:
                chosen.append(match)
        return chosen

    def place_words(self) -> frozenset[str]:
        """Words of the names of NHS bodies and hospitals that are not words for a body: the
        places they are named after ("leeds", "bradford", "tees"), computed once."""
        if self._places is None:
            words = {word for record in self.records.values()
                     if record.cls in _PLACE_NAMED_CLASSES
                     for word in re.findall(r"[a-z][a-z’'-]+", record.label.lower())}
            self._places = frozenset(words - _BODY_WORDS)
        return self._places

    def trust_by_prefix(self, name: str) -> OrgRecord | None:
        """The one open trust whose name starts with ``name`` ("Chelsea and Westminster"), if
        only one does; ``name`` must be two words or more."""
        if self._prefixes is None:
            owners: dict[str, set[str]] = {}
            for record in self.records.values():
                if record.cls not in _TRUST_CLASSES or record.closed:
                    continue
                words = normalise_name(record.label).split()
                for size in range(2, len(words)):
                    owners.setdefault(" ".join(words[:size]), set()).add(record.key)
            self._prefixes = {prefix: next(iter(keys)) for prefix, keys in owners.items()
                              if len(keys) == 1}
        key = self._prefixes.get(normalise_name(name))
        return self.records.get(key) if key else None

    def sites_named(self, name: str) -> list[OrgRecord]:
        """Open hospitals called ``name``, also before a town ("Queen's Hospital, Romford"):
        a name several sites share, or one a closed trust's short name hides, which the
        automaton leaves unresolved."""
        if self._sites is None:
            self._sites = {}
            for record in self.records.values():
                if record.cls == "Hospital" and not record.closed:
                    for label in {record.label, record.label.split(",")[0], *record.names}:
                        self._sites.setdefault(normalise_name(label), []).append(record.key)
        return [self.records[key] for key in self._sites.get(normalise_name(name), [])]

    def lookup(self, name: str, *, short: bool = False) -> OrgRecord | None:
        """The record a whole name means; with ``short``, also accept short forms."""
        normal = normalise_name(name)
        key = self._names.get(normal) or (self._short.get(normal) if short else None)
        return self.records.get(key) if key else None


def _read(path: Path) -> list[OrgRecord]:
    records = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                row = json.loads(line)
                records.append(OrgRecord(
                    key=row["key"], label=row["label"], cls=row["class"], ods=row.get("ods"),
                    names=tuple(row.get("names", ())), short=tuple(row.get("short", ())),
                    closed=row.get("closed"), successors=tuple(row.get("successors", ())),
                    govuk=row.get("govuk"), parent=row.get("parent"),
                    parent_2018=row.get("parent_2018"), sector=row.get("sector"),
                ))
            except (ValueError, KeyError) as exc:
                raise ConfigError(f"{path}:{number}: bad gazetteer record ({exc})") from None
    return records


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The packaged gazetteer (or one at ``path``), built once per process."""
    if path is None:
        with resources.as_file(resources.files("kg.data") / _DATA_FILE) as packaged:
            return cached("gazetteer", [packaged, Path(__file__), Path(text.__file__)],
                          lambda: Gazetteer(_read(packaged)))
    return Gazetteer(_read(Path(path)))
