"""Organisation mentions: the gazetteer, acronyms the text defines, and name patterns."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.doc import StoryDoc
from kg.extract.gazetteer import Gazetteer, OrgRecord, load_gazetteer
from kg.extract.registry import extractor
from kg.model import Mention

__all__ = ["OrganisationFinder", "class_from_suffix"]

_CAP_WORD = r"(?:[A-Z][\w’'.&-]*|St)"
_JOIN = r"(?:,\s+|\s+(?:and|of|the|for|on|upon|in|&)\s+|\s+)"
_SUFFIXES = (
    r"NHS Foundation Trust|NHS Trust|Foundation Trust|NHS FT|FT|Integrated Care Board|ICB"
    r"|Integrated Care System|ICS|Clinical Commissioning Group|CCG|Health and Care Partnership"
    r"|Care Partnership|University Hospitals|Hospitals|County Council|Borough Council|Council"
    r"|Ltd|Limited|plc|LLP|Group|Alliance|Collaborative|Commission|Authority|Agency|Institute"
    r"|Consulting|Consultancy|Partners|Associates|Solutions|Healthcare|Health Partners"
    r"|Provider Collaborative|Foundation|Network|Federation|Partnership|Trusts|Association"
)
_PATTERN = re.compile(
    rf"\b{_CAP_WORD}(?:{_JOIN}{_CAP_WORD}){{0,7}}?\s+(?:{_SUFFIXES})\b(?![’'](?!s\b))"
)
_LEADING = re.compile(
    r"(?:(?:The|A|An|In|At|On|But|And|Or|Its|This|That|Since|For|When|While|After|Before"
    r"|Both|Several|All|Some|Many|Most|These|Those|Such|Which|What|Other|Their|His|Her|Our|Meanwhile|Now|Local|Every|Each|Two"
    r"|Three|Four|Five|Of|By|From|With|To|As|If)\s+)+"
)
_ACRONYM_DEFINITION = re.compile(r"\(([A-Z][A-Za-z&/]{1,9})\)")
_CONTEXT = re.compile(
    r"\b(?:trusts?|segment|tier|rated|rating|CQC|merge[sd]?|merger|hospitals?|ICBs?|ICSs?"
    r"|systems?|promoted|downgraded|upgraded|relegated)\b", re.IGNORECASE
)
_CAP_SPAN = re.compile(rf"{_CAP_WORD}(?:(?:\s+(?:and|of|the|upon|on|&)\s+|\s+){_CAP_WORD})*")
_PLACE = rf"{_CAP_WORD}(?:(?:,\s+|\s+(?:and|of|the|upon|on|&)\s+|\s+){_CAP_WORD})*"
_SYSTEM = re.compile(rf"\b({_PLACE})\s+(?:system|health and care system|ICS area|patch)\b")
_NAME = r"[A-Z][\w&’'.-]*(?:\s+(?:&\s+)?[A-Z][\w&’'.-]*){0,3}"
_COMPANY_NOUNS = (r"company|consultancy|consultants|firm|supplier|start-up|startup|provider"
                  r"|business|subsidiary|social enterprise|charity|developer|contractor|vendor"
                  r"|outsourcer|partnership|federation|joint venture|specialist|giant|insurer")
_COMPANY_APPOSITION = re.compile(
    rf"\b({_NAME})\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,5}}?(?:{_COMPANY_NOUNS})\b")
_COMPANY_BEFORE = re.compile(
    rf"\b(?:management\s+|technology\s+|tech\s+|software\s+|US\s+|American\s+)?"
    rf"(?:consultancy|consultants|company|firm|supplier|contractor|vendor|start-up|outsourcer"
    rf"|provider|specialist|giant)\s+({_NAME})")
_FULL_SUFFIX = re.compile(
    r"(?:\s+(?:(?:and|&|of)\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:NHS\s+Foundation\s+Trust|NHS\s+Trust"
    r"|Foundation\s+Trust|NHS\s+FT|Group|Partnership|Alliance|Collaborative|Trusts))+\b")
_AREA_CLASSES = frozenset({"IntegratedCareBoard", "IntegratedCareSystem",
                           "ClinicalCommissioningGroup"})
_AREA_WORDS = re.compile(r"^NHS\s+|\s+(?:Integrated Care (?:Board|System)|ICB|ICS|CCG"
                         r"|Clinical Commissioning Group)$")
_PLACE_AFTER = re.compile(rf"(?:\s+(?:and\s+)?{_CAP_WORD}){{1,3}}")
_NHS_PLACE = re.compile(rf"\bNHS\s+({_CAP_WORD}(?:(?:\s+(?:and|of|the|upon|on|&)\s+|\s+)"
                        rf"{_CAP_WORD}){{0,5}})")
_SUFFIX_CUE = re.compile(rf"\b(?:{_SUFFIXES})\b")
_SYSTEM_CUE = re.compile(r"\b(?:system|patch|ICS area)\b")
_COMPANY_CUE = re.compile(rf"\b(?:{_COMPANY_NOUNS})\b", re.IGNORECASE)
_ACRONYM_TOKEN = re.compile(r"\b[A-Z][A-Za-z&]{1,7}\b")
_MINOR = frozenset({"and", "of", "the", "for", "in", "on", "upon", "&"})
_SUFFIX_CLASSES = (
    (re.compile(r"(NHS )?Foundation Trust|FT$"), "NHSFoundationTrust"),
    (re.compile(r"NHS Trust$|Hospitals$"), "NHSTrust"),
    (re.compile(r"Integrated Care Board|ICB$"), "IntegratedCareBoard"),
    (re.compile(r"Integrated Care System|ICS$|Care Partnership$"), "IntegratedCareSystem"),
    (re.compile(r"Clinical Commissioning Group|CCG$"), "ClinicalCommissioningGroup"),
    (re.compile(r"Ltd$|Limited$|plc$|LLP$|Consulting$|Consultancy$|Partners$|Associates$"
                r"|Solutions$|Healthcare$"), "Company"),
    (re.compile(r"Council$"), "LocalAuthority"),
)


_NOT_NAMES = frozenset({"NHS", "The", "A", "An", "It", "Its", "This", "That", "He", "She", "They"})


def _without_leading_words(text: str, start: int, end: int) -> tuple[int, str]:
    """Drop sentence-opening words ("The", "In", "Both"...) from a capitalised span."""
    leading = _LEADING.match(text, start, end)
    if leading:
        start = leading.end()
    return start, text[start:end]


@lru_cache(maxsize=65536)
def _initialisms(name: str) -> frozenset[str]:
    """Lower-case initials a journalist might write for a body, with or without its suffix.

    >>> sorted(_initialisms("The Shrewsbury and Telford Hospital NHS Trust"))
    ['sath', 'sathnhst', 'satht', 'sth', 'sthnhst', 'stht']
    """
    words = [w for w in re.split(r"[\s,/-]+", name.replace("’", "'").lower()) if w != "the" and w]
    core = [w for w in words if w not in {"nhs", "foundation", "trust", "&"}]
    suffixes = ("", "t", "nhst") + (("ft", "nhsft") if "foundation" in words else ())
    variants = set()
    for skip_minor in (True, False):
        base = "".join(w[0] for w in core if not (skip_minor and w in _MINOR))
        variants.update(base + suffix for suffix in suffixes)
    return frozenset(v for v in variants if len(v) >= 3)


def class_from_suffix(name: str) -> str:
    for pattern, cls in _SUFFIX_CLASSES:
        if pattern.search(name):
            return cls
    return "Organisation"


class OrganisationFinder:
    """Known names first (gazetteer), then acronyms defined in the file, then name shapes."""

    name = "organisations"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self._acronyms: dict[str, dict[str, tuple[str | None, str, str]]] = {}
        self._orgs_in_file: dict[str, dict[str, set[tuple[str | None, str, str]]]] = {}
        self._area_initials: dict[tuple[str, str], list[OrgRecord]] = {}

    def __call__(self, doc: StoryDoc) -> StoryDoc:
        text, story = doc.text, doc.story
        for start, end, key in self.gazetteer.find(text, story.start, story.end):
            self._add(doc, start, end, key)
        for sentence in doc.sentences:
            if not _SUFFIX_CUE.search(sentence.text):
                continue
            for match in _PATTERN.finditer(text, sentence.start, sentence.end):
                longer = _FULL_SUFFIX.match(text, match.end(), sentence.end)
                self._add_pattern(doc, match.start(), longer.end() if longer else match.end())
        for acronym, (key, cls, label) in self._defined_acronyms(doc).items():
            for match in re.finditer(rf"(?<![\w/&]){re.escape(acronym)}(?![\w/&])", text[
                    story.start:story.end]):
                start = story.start + match.start()
                doc.add_mention(Mention(story.id, start, start + len(acronym), acronym,
                                        "Organisation", cls, key or f"name:{label}",
                                        "organisations"))
        for sentence in doc.sentences:
            if "NHS " in sentence.text:
                for match in _NHS_PLACE.finditer(text, sentence.start, sentence.end):
                    self._add_nhs_place(doc, match.start(), match.end(1))
            if _SYSTEM_CUE.search(sentence.text):
                for match in _SYSTEM.finditer(text, sentence.start, sentence.end):
                    self._add_system(doc, match.start(1), match.end(1))
            if _CONTEXT.search(sentence.text):
                for match in _CAP_SPAN.finditer(text, sentence.start, sentence.end):
                    self._add_short(doc, match.start(), match.end())
            if _COMPANY_CUE.search(sentence.text):
                for pattern in (_COMPANY_APPOSITION, _COMPANY_BEFORE):
                    for match in pattern.finditer(text, sentence.start, sentence.end):
                        self._add_company(doc, match.start(1), match.end(1))
        self._add_initialisms(doc)
        return doc

    def _add_system(self, doc: StoryDoc, start: int, end: int) -> None:
        """"the Kent and Medway system" names the area's integrated care board."""
        start, surface = _without_leading_words(doc.text, start, end)
        record = self.gazetteer.lookup(f"{surface} ICB") or self.gazetteer.lookup(surface)
        if record is not None and record.cls in {"IntegratedCareBoard", "IntegratedCareSystem"}:
            self._add(doc, start, end, record.key)

    def _add_nhs_place(self, doc: StoryDoc, start: int, end: int) -> None:
        """"NHS Greater Manchester", "NHS Sussex": how integrated care boards name themselves."""
        place = doc.text[start + 4:end]
        record = self.gazetteer.lookup(f"{place} ICB")
        if record is not None and record.cls == "IntegratedCareBoard":
            self._add(doc, start, end, record.key)

    def _add_company(self, doc: StoryDoc, start: int, end: int) -> None:
        surface = doc.text[start:end]
        leading = _LEADING.match(surface + " ")
        if leading or surface.split()[0] in _NOT_NAMES:
            return
        record = self.gazetteer.lookup(surface)
        doc.add_mention(Mention(doc.story.id, start, end, surface, "Organisation",
                                record.cls if record else "Company",
                                record.key if record else None, "organisations"))

    def _add_initialisms(self, doc: StoryDoc) -> None:
        """"ULHT", "SaTH": capitals that spell a body named in the same file."""
        in_file = self._file_initialisms(doc)
        in_story: dict[str, set[tuple[str | None, str, str]]] = {}
        for org in doc.mentions:
            if org.category == "Organisation":
                for initials in _initialisms(org.text):
                    in_story.setdefault(initials, set()).add((org.key, org.cls, org.text))
        story = doc.story
        for match in _ACRONYM_TOKEN.finditer(doc.text, story.start, story.end):
            token = match.group(0)
            if sum(c.isupper() for c in token) < 2:
                continue
            initials = token.lower().replace("&", "")
            entries = in_file.get(initials, set()) | in_story.get(initials, set())
            keys = {(key or "name:" + label) for key, _, label in entries}
            if len(keys) == 1:
                key, cls, label = next(iter(entries))
                doc.add_mention(Mention(story.id, match.start(), match.end(), token,
                                        "Organisation", cls, key or f"name:{label}",
                                        "organisations"))

    def _file_initialisms(self, doc: StoryDoc) -> dict[str, set[tuple[str | None, str, str]]]:
        """Initials of every known body named anywhere in the file, computed once per file."""
        key = doc.document.doc
        if key not in self._orgs_in_file:
            known: dict[str, set[tuple[str | None, str, str]]] = {}
            for start, end, record_key in self.gazetteer.find(doc.text):
                record = self.gazetteer.records[record_key]
                for name in (doc.text[start:end], record.label):
                    for initials in _initialisms(name):
                        known.setdefault(initials, set()).add((record.key, record.cls, name))
            self._orgs_in_file = {key: known}
        return self._orgs_in_file[key]

    def _add(self, doc: StoryDoc, start: int, end: int, key: str) -> None:
        record = self.gazetteer.records[key]
        doc.add_mention(Mention(doc.story.id, start, end, doc.text[start:end], "Organisation",
                                record.cls, key, "organisations"))

    def _add_pattern(self, doc: StoryDoc, start: int, end: int) -> None:
        start, surface = _without_leading_words(doc.text, start, end)
        if len(surface.split()) < 2:
            return
        record = self.gazetteer.lookup(surface, short=True) or self._by_short_prefix(surface)
        if record is not None:
            self._add(doc, start, end, record.key)
            return
        longer = _PLACE_AFTER.match(doc.text, end)
        record = self.gazetteer.lookup(doc.text[start:longer.end()], short=True) if longer else None
        if longer and record is not None:
            self._add(doc, start, longer.end(), record.key)
            return
        doc.add_mention(Mention(doc.story.id, start, end, surface, "Organisation",
                                class_from_suffix(surface), None, "organisations"))

    def _by_short_prefix(self, surface: str) -> OrgRecord | None:
        """"GM ICB": a short form of a place plus the body type it names."""
        match = re.fullmatch(r"(.+?)\s+(ICB|ICS|CCG|Integrated Care Board|Integrated Care System)",
                             surface)
        if match is None:
            return None
        wanted = class_from_suffix(match.group(2))
        record = self.gazetteer.lookup(match.group(1), short=True)
        if record is None and match.group(1).isupper():
            record = self._area_by_initials(match.group(1).lower(), wanted)
        if record is None:
            return None
        for key in (record.key, record.key.removeprefix("ICS-"), "ICS-" + record.key):
            candidate = self.gazetteer.records.get(key)
            if candidate is not None and candidate.cls == wanted:
                return candidate
        return None

    def _area_by_initials(self, initials: str, cls: str) -> OrgRecord | None:
        """"NCL ICB", "NEL ICB": the one body of that type whose area those capitals spell
        (an open one first; news also names bodies that have since closed)."""
        if not self._area_initials:
            for record in self.gazetteer.records.values():
                if record.cls in _AREA_CLASSES:
                    area = _AREA_WORDS.sub("", record.label)
                    for variant in _initialisms(area):
                        self._area_initials.setdefault((variant, record.cls), []).append(record)
        found = self._area_initials.get((initials, cls), [])
        open_ones = [record for record in found if record.closed is None]
        for candidates in (open_ones, found):
            if len(candidates) == 1:
                return candidates[0]
        return None

    def _add_short(self, doc: StoryDoc, start: int, end: int) -> None:
        start, surface = _without_leading_words(doc.text, start, end)
        record = self.gazetteer.lookup(surface, short=True)
        if record is not None and record.cls in {"NHSTrust", "NHSFoundationTrust", "CareTrust"}:
            self._add(doc, start, end, record.key)

    def _defined_acronyms(self, doc: StoryDoc) -> dict[str, tuple[str | None, str, str]]:
        """``Full Name (ACR)`` anywhere in the file defines ACR for all its stories."""
        if doc.document.doc in self._acronyms:
            return self._acronyms[doc.document.doc]
        found: dict[str, tuple[str | None, str, str]] = {}
        text = doc.text
        for match in _ACRONYM_DEFINITION.finditer(text):
            before = text[max(0, match.start() - 120):match.start()].rstrip()
            acronym = match.group(1)
            known = self.gazetteer.find(before)
            if known and known[-1][1] == len(before):
                record = self.gazetteer.records[known[-1][2]]
                found[acronym] = (record.key, record.cls, record.label)
                continue
            shape = list(_PATTERN.finditer(before))
            if shape and shape[-1].end() == len(before):
                label = shape[-1].group(0)
                leading = _LEADING.match(label)
                label = label[leading.end():] if leading else label
                found[acronym] = (None, class_from_suffix(label), label)
        self._acronyms = {doc.document.doc: found}
        return found


@extractor("organisations", assigns=("mentions.organisation",))
def make_organisation_finder() -> OrganisationFinder:
    return OrganisationFinder()
