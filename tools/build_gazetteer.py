"""Build the organisation gazetteer, kg/data/organisations.jsonl.

Reads only the files under kg/data/sources/ (byte-for-byte copies of public ODS, ONS, NHS Digital,
GOV.UK, NHS Improvement and NHS Choices files; see kg/data/README.md) and the hand-curated list
kg/data/curated_organisations.jsonl. Standard library only; the output is deterministic.

Usage:
    python tools/build_gazetteer.py            # write kg/data/organisations.jsonl
    python tools/build_gazetteer.py --check    # exit 1 if the file on disk is out of date
    python tools/build_gazetteer.py --collisions   # also list every name collision
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
SOURCES = DATA / "sources"
CURATED = DATA / "curated_organisations.jsonl"
OUTPUT = DATA / "organisations.jsonl"

# Trust snapshots, freshest first, with the date each snapshot describes (see README.md).
ETR_SNAPSHOTS: list[tuple[str, str]] = [
    ("ods/2026-07/etr.csv", "2026-07-08"),
    ("ods/2025-12/etr.csv", "2025-12-29"),
    ("ods/2020-04/etr.csv", "2020-04-01"),
    ("ods/2015/etr.csv", "2015-12-31"),
]
ECT = ("ods/2023-06/ect.csv", "2023-06-22")
ECCG = ("ods/2025-12/eccg.csv", "2025-12-29")
SUCC = "ods/2026-05/succ.csv"
ONS_ICB = ("ons/icb_names_codes_dec_2024.csv", "2024-12-31")
ONS_CCG = "ons/Clinical_Commissioning_Groups_(April_2021)_Names_and_Codes_in_England.csv"
ONS_SICBL = (
    "ons/Sub_ICB_Locations_to_Integrated_Care_Boards_to_NHS_England_(Region)"
    "_(July_2022)_Lookup_in_England.csv"
)
GP_MAP = "nhs-digital/gp-reg-pat-prac-map.csv"
GOVUK = "govuk/govuk_extant_orgs.json"
NHSI = "nhs-improvement/organisations.json"
HOSPITALS = "nhs-choices/Hospital.csv"  # NHS Choices, January 2018: cp1252, "¬"-separated

DHSC = "department-of-health-and-social-care"
ICB_GO_LIVE = "2022-07-01"  # ICBs replaced CCGs on 1 July 2022 (Health and Care Act 2022)
CCG_ABOLISHED = "2022-06-30"  # last day of CCGs; the ONS July 2022 lookup maps each to its ICB

CLASSES = {
    "NHSTrust",
    "NHSFoundationTrust",
    "CareTrust",
    "IntegratedCareBoard",
    "IntegratedCareSystem",
    "ClinicalCommissioningGroup",
    "CommissioningHub",
    "NationalBody",
    "Regulator",
    "GovernmentDepartment",
    "ParliamentaryBody",
    "Company",
    "MembershipBody",
    "ThinkTank",
    "TradeUnion",
    "ProfessionalBody",
    "NewsOutlet",
    "OrganisationalUnit",
    "Organisation",
    "NHSBody",
    "Charity",
    "Hospital",
}
TRUST_CLASSES = {"NHSTrust", "NHSFoundationTrust", "CareTrust"}
# Lower rank wins a shared surface form when both holders are equally open and current.
CLASS_RANK = {
    "NHSFoundationTrust": 0,
    "NHSTrust": 0,
    "CareTrust": 0,
    "IntegratedCareBoard": 1,
    "IntegratedCareSystem": 2,
    "ClinicalCommissioningGroup": 3,
    "CommissioningHub": 4,
}
# Short forms left after removing a suffix that are ordinary words, not names.
GENERIC_SHORT = {"Online"}
GOVUK_FORMAT_CLASS = {
    "Ministerial department": "GovernmentDepartment",
    "Non-ministerial department": "GovernmentDepartment",
    "Executive office": "GovernmentDepartment",
}

# --------------------------------------------------------------------------- records


@dataclass
class Record:
    key: str
    cls: str
    label: str
    ods: str | None = None
    govuk: str | None = None
    closed: str | None = None
    opened: str | None = None
    # surface form -> True when it derives from the current name (False: an older name)
    names: dict[str, bool] = field(default_factory=dict)
    short: dict[str, bool] = field(default_factory=dict)
    successors: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    parent: str | None = None  # hospitals: the body that runs the site now
    parent_2018: str | None = None  # hospitals: the 2018 parent, when it differs from `parent`
    label_is_name: bool = True  # False: the label is for display only (hospitals, "Reform")
    sector: str | None = None  # companies: "consultancy" for management and advisory firms

    def add_names(self, forms: set[str], current: bool) -> None:
        for form in sorted(forms):
            self.names[form] = self.names.get(form, False) or current

    def add_short(self, forms: set[str], current: bool) -> None:
        for form in sorted(forms):
            self.short[form] = self.short.get(form, False) or current

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "ods": self.ods,
            "govuk": self.govuk,
            "label": self.label,
            "class": self.cls,
            "names": sorted(self.names),
            "short": sorted(self.short),
            "closed": self.closed,
            "successors": sorted(self.successors),
            "source": sorted(self.sources),
        } | ({"parent": self.parent} if self.parent else {}) | (
            {"parent_2018": self.parent_2018} if self.parent_2018 else {}
        ) | ({"sector": self.sector} if self.sector else {}) | (
            {"opened": self.opened} if self.opened else {})


def src(rel: str) -> str:
    """Repository-relative path of a source file, as written in the `source` field."""
    return f"kg/data/sources/{rel}"


CURATED_SRC = "kg/data/curated_organisations.jsonl"

# --------------------------------------------------------------------------- readers


def read_csv_rows(rel: str) -> list[list[str]]:
    with (SOURCES / rel).open(encoding="utf-8-sig", newline="") as fh:
        return [row for row in csv.reader(fh) if row]


def read_csv_dicts(rel: str) -> list[dict[str, str]]:
    with (SOURCES / rel).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def ods_date(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    return f"{value[0:4]}-{value[4:6]}-{value[6:8]}"


def day_before(iso: str) -> str:
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def is_welsh(row: list[str]) -> bool:
    region = row[2].strip()
    gor = row[23].strip() if len(row) > 23 else ""
    return region == "W00" or gor == "W"


# --------------------------------------------------------------------------- names


UPPER_WORDS = {"NHS", "ICB", "CCG", "UK", "CSU", "GP", "ICS", "STP", "H&J"}
SMALL_WORDS = {"and", "of", "the", "for", "upon", "on", "in", "at", "to", "with"}
SPECIAL_WORDS = {"2GETHER": "2gether", "CROSSCITY": "CrossCity"}


def _case_word(word: str, first: bool) -> str:
    if word in SPECIAL_WORDS:
        return SPECIAL_WORDS[word]
    if word in UPPER_WORDS or word == "-":
        return word
    if "-" in word:
        parts = word.split("-")
        return "-".join(_case_word(p, first and i == 0) for i, p in enumerate(parts))
    if not first and word.lower() in SMALL_WORDS:
        return word.lower()
    match = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9']*)$", word)
    if not match:
        return word
    lead, core, trail = match.groups()
    if core.rstrip(",") in UPPER_WORDS:
        return word
    return lead + core[:1].upper() + core[1:].lower() + trail


def title_case(upper: str) -> str:
    """Convert an ODS upper-case name to display case.

    NHS/ICB/CCG/UK stay upper case; and/of/the/for/upon/on/in are lower case inside a name;
    hyphenated parts are cased one by one (Stoke-on-Trent); apostrophes keep the following
    letter lower case (King's, Guy's, St Thomas').
    """
    words = re.sub(r"\s+", " ", upper.strip()).split(" ")
    return " ".join(_case_word(w, i == 0) for i, w in enumerate(words))


def norm(name: str) -> str:
    """Comparison key for two spellings of the same name."""
    text = name.upper().replace("&", " AND ").replace("\u2019", "'")
    text = re.sub(r"[.,'()]", " ", text)
    return " ".join(text.split())


def collision_key(form: str) -> str:
    return " ".join(form.replace("\u2019", "'").replace("\u2018", "'").casefold().split())


def place_key(name: str) -> str:
    """Looser key for comparing place names ('Shropshire, Telford and Wrekin')."""
    words = re.sub(r"[-,()]", " ", name.lower()).split()
    return " ".join(w for w in words if w not in {"and", "the", "&"})


def spelling_variants(name: str) -> set[str]:
    """The name itself, with '&' spelt 'and', without commas, and without a leading 'The'."""
    out = {name}
    if " & " in name:
        out.add(name.replace(" & ", " and "))
    for item in sorted(out):
        if "," in item:
            out.add(" ".join(item.replace(",", " ").split()))
    for item in sorted(out):
        if item.startswith("The "):
            out.add(item.removeprefix("The "))
    return out


TRUST_SUFFIXES: list[tuple[str, bool]] = [
    (" NHS Foundation Trust", True),
    (" National Health Service Foundation Trust", True),
    (" NHS Trust", False),
    (" National Health Service Trust", False),
]


def trust_forms(name: str) -> tuple[set[str], set[str]]:
    """Names and short forms of a trust name."""
    names: set[str] = set()
    short: set[str] = set()
    for variant in sorted(spelling_variants(name)):
        names.add(variant)
        for suffix, foundation in TRUST_SUFFIXES:
            if not variant.endswith(suffix):
                continue
            stem = variant[: -len(suffix)].rstrip(" ,")
            if foundation:
                names.update(
                    {
                        f"{stem} NHS Foundation Trust",
                        f"{stem} Foundation Trust",
                        f"{stem} NHS FT",
                        f"{stem} FT",
                    }
                )
            else:
                names.update({f"{stem} NHS Trust", f"{stem} Trust"})
            short.add(stem.removeprefix("The "))
            break
    return names, short


def ccg_forms(name: str) -> tuple[set[str], set[str]]:
    match = re.match(r"^(?:NHS )?(.*?) (?:CCG|Clinical Commissioning Group)$", name)
    if not match:
        return spelling_variants(name), set()
    names = {name}
    short: set[str] = set()
    for place in sorted(spelling_variants(match.group(1))):
        names.update(
            {
                f"NHS {place} CCG",
                f"{place} CCG",
                f"NHS {place} Clinical Commissioning Group",
                f"{place} Clinical Commissioning Group",
            }
        )
        short.add(place)
    return names, short


def icb_place(label: str) -> str:
    match = re.match(r"^NHS (.*) Integrated Care Board$", label)
    if not match:
        raise ValueError(f"unexpected ICB name: {label!r}")
    return match.group(1)


def icb_forms(label: str) -> tuple[set[str], set[str]]:
    names = {label}
    short: set[str] = set()
    for place in sorted(spelling_variants(icb_place(label))):
        names.update(
            {
                f"NHS {place} Integrated Care Board",
                f"{place} Integrated Care Board",
                f"{place} ICB",
                f"NHS {place} ICB",
                f"NHS {place}",
            }
        )
        short.add(place)
    return names, short


def ics_suffix_forms(stem: str) -> set[str]:
    return {f"{stem} ICS", f"{stem} Integrated Care System", f"{stem} integrated care system"}


STP_SUFFIXES = [
    " Health and Social Care Partnership",
    " Health and Care Partnership",
    " Partners in Health and Care",
    " Health and Care ICS",
    " Health and Care",
]


def stp_forms(stp: str, place: str) -> tuple[set[str], set[str]]:
    """Names and short forms from a pre-2022 STP/ICS name (NHS Digital, January 2022)."""
    names: set[str] = set()
    short: set[str] = set()
    full = " ".join(stp.replace("(", " ").replace(")", " ").split())
    stem = " ".join(re.sub(r"\(.*?\)", " ", stp).split())
    for suffix in STP_SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    same_as_place = place_key(stem) == place_key(place)
    if full != stem:
        names.update(spelling_variants(full))  # a partnership name is distinctive
    elif not same_as_place:
        names.update(spelling_variants(full))  # "Healthier Lancashire and South Cumbria"
    if full != stem and not same_as_place:
        short.update(
            spelling_variants(stem)
        )  # "West Yorkshire and Harrogate": a place, in context only
    for variant in sorted(spelling_variants(stem)):
        names.update(ics_suffix_forms(variant))
        names.update({f"{variant} STP", f"{variant} Sustainability and Transformation Partnership"})
    return names, short


def hub_forms(label: str) -> set[str]:
    names = spelling_variants(label)
    if " - H&J " in label:
        names.add(label.replace(" - H&J ", " Health and Justice "))
    return names


# --------------------------------------------------------------------------- hospital sites

HOSPITAL_HEAD = re.compile(r"\b(?:Hospitals?|Infirmary|Centre|Unit|Clinic)\b", re.IGNORECASE)
# A unit ("Riverside Centre", "Fermoy Unit") is short only; a hospital's name is matched anywhere.
HOSPITAL_NAME = re.compile(
    r"\b(?:Hospitals?|Infirmary|Medical Centre|Treatment Centre)\b", re.IGNORECASE
)
TRUST_WORD = re.compile(r"\bTrusts?\b", re.IGNORECASE)
# Words that do not tell one hospital from another: a name made only of these ("County
# Hospital", "Royal Infirmary", "Princess Royal Hospital") is never matched on its own.
HOSPITAL_GENERIC = set(
    """
    hospital hospitals infirmary centre center unit clinic general district county community
    royal university city memorial war cottage day children's childrens women's womens teaching
    new old private independent main site nhs treatment specialist rehabilitation mental health
    eye dental orthopaedic psychiatric maternity park manor house lodge hall court grange wing
    north south east west central st saint princess prince queen king the and of for in on at
    upon care campus hq urgent inpatient outpatient surgery surgical medical services service
    """.split()
)
HOSPITAL_SMALL = {"of", "for", "and", "in", "on", "upon", "at"}
HOSPITAL_UPPER = {"nhs": "NHS", "uclh": "UCLH", "hq": "HQ", "uk": "UK"}
# Postcode areas outside England (the file lists a few Scottish and Welsh independent sites).
NOT_ENGLAND = set("AB DD DG EH FK G HS IV KA KW KY ML PA PH ZE CF LD NP SA".split())


def hospital_case(text: str) -> str:
    """Tidy the case of an NHS Choices name: "Hospital For ..." -> "Hospital for ..."."""
    out = []
    for i, word in enumerate(" ".join(text.split()).split(" ")):
        pieces = []
        for j, piece in enumerate(word.split("-")):
            low = piece.lower()
            if low in HOSPITAL_UPPER:
                piece = HOSPITAL_UPPER[low]
            elif len(low) > 1 and re.fullmatch(r"[ivx]+", low):  # "King Edward VII"
                piece = piece.upper()
            elif (i or j) and low in HOSPITAL_SMALL and piece[:1].isupper() and piece[1:].islower():
                piece = low
            pieces.append(piece)
        out.append("-".join(pieces))
    return " ".join(out)


def hospital_words(form: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", form.lower().replace("\u2019", "'"))


def distinctive(form: str, ignore: set[str] = frozenset()) -> bool:
    return any(w not in HOSPITAL_GENERIC and w not in ignore for w in hospital_words(form))


def hospital_spellings(name: str) -> set[str]:
    out = set()
    for variant in spelling_variants(name):
        out.add(variant)
        out.add(variant.replace("St. ", "St "))
        out.add(re.sub(r"\b(Children|Women)s\b", r"\1's", variant))
    return out


def hospital_name(form: str) -> bool:
    """Whether a site's form is safe to match anywhere (else it is at most a short form)."""
    return bool(HOSPITAL_NAME.search(form)) and distinctive(form) and not TRUST_WORD.search(form)


def hospital_key(form: str) -> str:
    """Comparison key for two sites' names: "St. Mary's" = "St Marys" = "The St Mary's"."""
    key = collision_key(re.sub(r"[.'\u2019]", "", form))
    return key.removeprefix("the ")


def postcode_area(postcode: str) -> str:
    match = re.match(r"[A-Z]+", postcode.strip().upper())
    return match.group(0) if match else ""


def hospital_forms(
    raw: str, town: str, brands: tuple[str, ...]
) -> tuple[str, dict[str, int], set[str]]:
    """Display label and surface forms of one site, each with a level.

    Level 0: the name itself, its spellings, and the name without a parenthesis, a trailing
    ", Town" or the operator's brand before "The" ("BMI "). Level 1: a part cut from a "Name - qualifier"
    entry, which may name a unit at another site ("X Hospital - Dermatology Y"). The town
    forms of the label ("X Hospital, Town", "X Hospital in Town") are returned apart.
    """
    parts = [p.strip() for p in " ".join(raw.split()).split(" - ") if p.strip()]
    usable = [p for p in parts if not TRUST_WORD.search(p)]
    headed = [p for p in usable if HOSPITAL_HEAD.search(p)]
    if not usable:
        return hospital_case(raw), {}, set()
    main = hospital_case((headed or usable)[0])
    level = 0 if len(parts) == 1 else 1
    core = " ".join(re.sub(r"\([^)]*\)", " ", main).split())
    head, _, tail = core.rpartition(", ")
    if head and not HOSPITAL_HEAD.search(tail) and HOSPITAL_HEAD.search(head):
        core = head
    if core.endswith(" Site") and HOSPITAL_HEAD.search(core[:-5]):
        main, core = core, core[:-5]  # "Friarage Hospital Site" is called "Friarage Hospital"
    bases = [core] + ([main] if "(" not in main else [])
    town_words = set(hospital_words(town))
    for brand in brands:
        for sep in (", ", " "):
            if core.startswith(brand + sep):
                rest = core[len(brand) + len(sep):]
                # "BMI The Alexandra Hospital" -> "The Alexandra Hospital"; not "Spire Leeds
                # Hospital" -> "Leeds Hospital", which would match "a Leeds hospital"
                if rest.startswith("The ") and distinctive(rest, town_words):
                    bases.append(rest)
    forms: dict[str, int] = {}
    for base in bases:
        for form in hospital_spellings(base):
            forms.setdefault(form, level)
    towns: set[str] = set()
    if town_words and HOSPITAL_NAME.search(core):
        for base in sorted(hospital_spellings(core)):
            if not town_words <= set(hospital_words(base)):
                towns.update({f"{base}, {town}", f"{base} in {town}"})
    for form in sorted(towns):
        forms.setdefault(form, level)
    return core, forms, towns - set(bases)


# --------------------------------------------------------------------------- builders


class Builder:
    def __init__(self) -> None:
        self.records: dict[str, Record] = {}
        self.succ: dict[str, list[tuple[str, str]]] = {}
        self.nhsi: dict[str, str] = {}
        self.warnings: list[str] = []
        self.skipped: Counter[str] = Counter()
        self.govuk_mentioned: set[str] = set()  # slugs named in GOV.UK relationship lists

    # -- helpers
    def add(self, record: Record) -> Record:
        if record.key in self.records:
            raise ValueError(f"duplicate key {record.key}")
        self.records[record.key] = record
        return record

    def display(self, code: str, ods_name: str) -> tuple[str, bool]:
        """Display form of an ODS name: the NHSI mixed-case name when it is the same name."""
        nhsi = self.nhsi.get(code)
        if nhsi and norm(nhsi) == norm(ods_name):
            return nhsi, True
        return title_case(ods_name), False

    def apply_succession(self, record: Record, snapshot: str) -> None:
        """Add successors; a succession dated after the record's snapshot also closes it."""
        entries = self.succ.get(record.key, [])
        if not entries:
            return
        record.successors.update(code for code, _ in entries)
        record.sources.add(src(SUCC))
        latest = max(when for _, when in entries)
        if record.closed is None and latest > snapshot:
            record.closed = day_before(latest)

    # -- sources
    def load_succ(self) -> None:
        for row in read_csv_rows(SUCC):
            pred, succ, when = row[0].strip(), row[1].strip(), ods_date(row[3])
            if pred and succ and when and pred != succ:
                self.succ.setdefault(pred, []).append((succ, when))

    def load_nhsi(self) -> None:
        with (SOURCES / NHSI).open(encoding="utf-8") as fh:
            fixture = json.load(fh)
        for item in fixture:
            fields = item["fields"]
            # provider and commissioner codes are ODS codes; alb/other rows use NHSI Z-codes
            if fields["organisation_type"] in {"provider", "commissioner"}:
                self.nhsi[fields["code"].strip()] = " ".join(fields["name"].split())

    def build_trusts(self) -> None:
        history: dict[str, list[tuple[str, list[str]]]] = {}
        for rel, _ in ETR_SNAPSHOTS:
            for row in read_csv_rows(rel):
                history.setdefault(row[0].strip(), []).append((rel, row))
        for code in sorted(history):
            snaps = history[code]
            rel, row = snaps[0]
            if is_welsh(row):
                self.skipped["Welsh trust"] += 1
                continue
            cls = "NHSFoundationTrust" if "FOUNDATION TRUST" in row[1].upper() else "NHSTrust"
            snapshot = dict(ETR_SNAPSHOTS)[rel]
            self.add_ods_body(code, cls, [(r, x[1]) for r, x in snaps], row, snapshot)

    def add_ods_body(
        self, code: str, cls: str, names: list[tuple[str, str]], row: list[str], snapshot: str
    ) -> Record:
        """A trust or care trust: current name first in `names`, then older names."""
        label, from_nhsi = self.display(code, names[0][1])
        record = self.add(
            Record(
                key=code,
                ods=code,
                cls=cls,
                label=label,
                closed=ods_date(row[11]),
                opened=ods_date(row[10]),
            )
        )
        if from_nhsi:
            record.sources.add(src(NHSI))
        current_key = norm(names[0][1])
        seen: set[str] = set()
        for rel, ods_name in names:
            record.sources.add(src(rel))
            if norm(ods_name) in seen:
                continue
            seen.add(norm(ods_name))
            current = norm(ods_name) == current_key
            shown = label if current else title_case(ods_name)
            forms, short = trust_forms(shown)
            record.add_names(forms, current)
            record.add_short(short, current)
        nhsi = self.nhsi.get(code)
        if nhsi and norm(nhsi) not in seen:  # an older (about 2019) name of the same code
            forms, short = trust_forms(nhsi)
            record.add_names(forms, False)
            record.add_short(short, False)
            record.sources.add(src(NHSI))
        self.apply_succession(record, snapshot)
        return record

    def build_care_trusts(self) -> None:
        rel, snapshot = ECT
        for row in read_csv_rows(rel):
            code = row[0].strip()
            if is_welsh(row):
                self.skipped["Welsh care trust"] += 1
                continue
            if code in self.records:
                self.warnings.append(f"care trust {code} is also in etr.csv; kept the etr record")
                continue
            self.add_ods_body(code, "CareTrust", [(rel, row[1])], row, snapshot)

    def build_ccgs_and_hubs(self) -> None:
        ons_names = {r["CCG21CDH"].strip(): r["CCG21NM"].strip() for r in read_csv_dicts(ONS_CCG)}
        to_icb = {r["SICBL22CDH"].strip(): r["ICB22CDH"].strip() for r in read_csv_dicts(ONS_SICBL)}
        rel, snapshot = ECCG
        for row in read_csv_rows(rel):
            code, ods_name = row[0].strip(), row[1].strip()
            if is_welsh(row):
                self.skipped["Welsh commissioner"] += 1
                continue
            if "COMMISSIONING HUB" in ods_name:
                label = title_case(ods_name)
                record = self.add(
                    Record(
                        key=code,
                        ods=code,
                        cls="CommissioningHub",
                        label=label,
                        closed=ods_date(row[11]),
                        opened=ods_date(row[10]),
                    )
                )
                record.sources.add(src(rel))
                record.add_names(hub_forms(label), True)
                self.apply_succession(record, snapshot)
            elif code in ons_names:
                # A CCG that survived to 2022: ODS now names the code as a Sub-ICB Location of its
                # ICB, so the CCG name comes from ONS (April 2021) and it closes with the CCGs.
                label = ons_names[code]
                record = self.add(
                    Record(
                        key=code,
                        ods=code,
                        cls="ClinicalCommissioningGroup",
                        label=label,
                        closed=CCG_ABOLISHED,
                        opened=ods_date(row[10]),
                    )
                )
                record.sources.update({src(rel), src(ONS_CCG)})
                forms, short = ccg_forms(label)
                record.add_names(forms, True)
                record.add_short(short, True)
                self.add_nhsi_old_name(record, label)
                if code in to_icb:
                    record.successors.add(to_icb[code])
                    record.sources.add(src(ONS_SICBL))
                self.apply_succession(record, snapshot)
            elif ods_name.endswith(" CCG"):
                label, from_nhsi = self.display(code, ods_name)
                record = self.add(
                    Record(
                        key=code,
                        ods=code,
                        cls="ClinicalCommissioningGroup",
                        label=label,
                        closed=ods_date(row[11]),
                        opened=ods_date(row[10]),
                    )
                )
                record.sources.add(src(rel))
                if from_nhsi:
                    record.sources.add(src(NHSI))
                forms, short = ccg_forms(label)
                record.add_names(forms, True)
                record.add_short(short, True)
                self.add_nhsi_old_name(record, label)
                if record.closed is None:
                    self.warnings.append(f"CCG {code} {label} has no close date")
                self.apply_succession(record, snapshot)
            elif "SUB-ICB REPORTING ENTITY" in ods_name:
                self.skipped["Sub-ICB reporting entity (not a news entity)"] += 1
            else:
                self.skipped[f"eccg row not recognised: {code} {ods_name}"] += 1

    def add_nhsi_old_name(self, record: Record, label: str) -> None:
        nhsi = self.nhsi.get(record.key)
        if nhsi and norm(nhsi) != norm(label):
            forms, short = ccg_forms(nhsi)
            record.add_names(forms, False)
            record.add_short(short, False)
            record.sources.add(src(NHSI))

    def build_icbs(self, curated_icbs: list[dict[str, object]]) -> None:
        rel, snapshot = ONS_ICB
        icbs: list[tuple[str, str, str | None, list[str]]] = [
            (r["ICB24CDH"].strip(), r["ICB24NM"].strip(), ICB_GO_LIVE, [src(rel)])
            for r in read_csv_dicts(rel)
        ]
        icbs.extend(
            (str(item["ods"]), str(item["label"]), _opt_str(item.get("opened")), [CURATED_SRC])
            for item in curated_icbs
        )
        stp_names: dict[str, str] = {}
        for row in read_csv_dicts(GP_MAP):
            stp_names[row["STP_CODE"].strip()] = row["STP_NAME"].strip()
        # the ICB codes in use in the freshest trust file (after the April 2026 mergers)
        current_icbs = {
            row[3].strip() for row in read_csv_rows(ETR_SNAPSHOTS[0][0]) if not row[11].strip()
        }
        for code, label, opened, sources in sorted(icbs):
            icb = self.add(
                Record(key=code, ods=code, cls="IntegratedCareBoard", label=label, opened=opened)
            )
            icb.sources.update(sources)
            forms, short = icb_forms(label)
            icb.add_names(forms, True)
            icb.add_short(short, True)
            self.apply_succession(icb, snapshot if src(rel) in sources else "9999-12-31")
            if (icb.closed is None) != (code in current_icbs):
                self.warnings.append(
                    f"ICB {code}: closed={icb.closed} but in-use={code in current_icbs}"
                )

            place = icb_place(label)
            ics = self.add(
                Record(
                    key=f"ICS-{code}",
                    ods=None,
                    cls="IntegratedCareSystem",
                    label=f"{place} Integrated Care System",
                    closed=icb.closed,
                    opened=None,
                )
            )
            ics.sources.update(sources)
            for variant in sorted(spelling_variants(place)):
                ics.add_names(ics_suffix_forms(variant), True)
            ics.successors.update(f"ICS-{s}" for s in icb.successors)
            if icb.successors:
                ics.sources.add(src(SUCC))
            if code in stp_names:
                names, short = stp_forms(stp_names[code], place)
                ics.add_names(names, False)
                ics.add_short(short, False)
                ics.sources.add(src(GP_MAP))

    def build_govuk(self, curated: list[dict[str, object]]) -> None:
        with (SOURCES / GOVUK).open(encoding="utf-8") as fh:
            orgs = json.load(fh)
        by_slug = {o["details"]["slug"]: o for o in orgs}

        def slugs(org: dict[str, object], rel: str) -> list[str]:
            links = org.get(rel) or []
            if not isinstance(links, list):
                raise TypeError(f"{GOVUK}: {rel} is not a list")
            return [str(link["id"]).rstrip("/").rsplit("/", 1)[-1] for link in links]

        self.govuk_mentioned = {
            s
            for o in orgs
            for rel in (
                "parent_organisations",
                "child_organisations",
                "superseded_organisations",
                "superseding_organisations",
            )
            for s in slugs(o, rel)
        }
        wanted = {DHSC} | set(slugs(by_slug[DHSC], "child_organisations"))
        wanted |= {o["details"]["slug"] for o in orgs if DHSC in slugs(o, "parent_organisations")}
        curated_slugs = {str(c["govuk"]) for c in curated if c.get("govuk")}
        for slug in sorted(curated_slugs):
            if slug not in by_slug and slug not in self.govuk_mentioned:
                self.warnings.append(f"curated GOV.UK slug {slug} not found in {GOVUK}")
        for slug in sorted((wanted & set(by_slug)) | (curated_slugs & set(by_slug))):
            org = by_slug[slug]
            title = " ".join(str(org["title"]).split())
            details = org["details"]
            record = self.add(
                Record(
                    key=slug,
                    govuk=slug,
                    label=title,
                    cls=GOVUK_FORMAT_CLASS.get(str(org.get("format")), "NationalBody"),
                    closed=(str(details["closed_at"])[:10] if details.get("closed_at") else None),
                )
            )
            record.sources.add(src(GOVUK))
            record.add_names({title}, True)
            abbreviation = " ".join(str(details.get("abbreviation") or "").split())
            if slug not in curated_slugs and re.fullmatch(r"[A-Z][A-Z0-9 ]{3,}", abbreviation):
                record.add_names({abbreviation}, True)
        self.skipped["GOV.UK slugs under DHSC with no record and not curated"] += len(
            {s for s in wanted if s not in by_slug} - curated_slugs
        )

    def apply_curated(self, curated: list[dict[str, object]]) -> None:
        for item in curated:
            key = str(item["key"])
            if item.get("class") == "IntegratedCareBoard" or item.get("hospital"):
                continue  # built with the ONS ICBs; aliases of hospital sites come later
            names = {str(n) for n in _str_list(item.get("names"))}
            short = {str(n) for n in _str_list(item.get("short"))}
            if item.get("extends"):
                if key not in self.records:
                    self.warnings.append(f"curated alias record for unknown key {key}")
                    continue
                record = self.records[key]
            else:
                cls = str(item["class"])
                if cls not in CLASSES:
                    raise ValueError(f"{key}: unknown class {cls}")
                record = self.records.get(key) or self.add(
                    Record(key=key, cls=cls, label=str(item["label"]))
                )
                record.cls = cls
                record.label = str(item["label"])
                record.ods = _opt_str(item.get("ods"))
                record.govuk = _opt_str(item.get("govuk"))
                record.sector = _opt_str(item.get("sector"))
                if record.govuk in self.govuk_mentioned:
                    record.sources.add(src(GOVUK))
                if record.govuk and record.govuk != key:
                    self.warnings.append(f"{key}: key differs from its GOV.UK slug {record.govuk}")
                record.closed = _opt_str(item.get("closed")) or record.closed
                record.successors.update(_str_list(item.get("successors")))
                if record.label in short:  # an ordinary word ("Reform"): context only
                    record.label_is_name = False
                else:
                    names.add(record.label)
            record.sources.add(CURATED_SRC)
            record.add_names(names, True)
            record.add_short(short, True)

    def build_hospitals(self, curated: list[dict[str, object]]) -> None:
        """Hospital sites (NHS Choices, 2018) run by a trust in the gazetteer or by a curated
        company; names shared by two sites, or made only of generic words, are not kept."""
        companies: dict[str, tuple[str, tuple[str, ...]]] = {}
        for item in curated:
            for code in _str_list(item.get("hospital_parent_codes")):
                companies[code] = (str(item["key"]), tuple(_str_list(item.get("hospital_brands"))))
        with (SOURCES / HOSPITALS).open(encoding="cp1252", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\u00ac"))
        by_code: dict[str, dict[str, str]] = {}
        for row in rows:
            code = row["OrganisationCode"].strip()
            if code not in by_code or (
                row["Sector"] == "NHS Sector" and by_code[code]["Sector"] != "NHS Sector"
            ):
                by_code[code] = row
        self.skipped["hospital rows repeating a site code"] += len(rows) - len(by_code)
        holders: dict[str, list[tuple[int, str, str]]] = {}
        sites: dict[str, tuple[str, set[str], str, str | None]] = {}
        all_towns: dict[str, set[str]] = {}
        parents: dict[str, str] = {}
        for code in sorted(by_code):
            row = by_code[code]
            parent = row["ParentODSCode"].strip()
            town = hospital_case(row["City"]).replace("St. ", "St ")
            company = companies.get(parent)
            label, forms, towns = hospital_forms(row["OrganisationName"], town,
                                                 company[1] if company else ())
            all_towns[code] = towns
            parents[code] = parent
            parent_record = self.records.get(parent)
            # a site of a body we do not know (a GP federation's unit "Royal London Hospital")
            # does not make the name of a trust's or a known company's site ambiguous
            unknown = 2 if company is None and (
                parent_record is None or parent_record.cls not in TRUST_CLASSES) else 0
            for form, level in forms.items():
                holders.setdefault(hospital_key(form), []).append((level + unknown, code, form))
            if parent_record is not None and parent_record.cls in TRUST_CLASSES:
                sites[code] = (label, towns, parent, None)
            elif company is None:
                self.skipped["hospital sites run by a body not in the gazetteer"] += 1
            elif postcode_area(row["Postcode"]) in NOT_ENGLAND:
                self.skipped["independent hospital sites outside England"] += 1
            else:
                sites[code] = (label, towns, company[0], CURATED_SRC)
        taken = {  # every form of the other bodies: they keep it (see resolve_collisions)
            collision_key(n)
            for r in self.records.values()
            for n in [*r.names, *r.short, r.label]
        }
        # "Priory Hospital" starts "Priory Hospital Roehampton", a site another body runs:
        # not a name ("University College Hospital ..." sites of the same trust do not count)
        longer: dict[str, set[str]] = {}
        for entries in holders.values():
            for level, code, form in entries:
                if level or form in all_towns[code]:
                    continue
                words = form.split(" ")
                for n in range(1, len(words)):
                    if words[n][:1].isupper():  # "... Roehampton", not "... for Integrated ..."
                        longer.setdefault(hospital_key(" ".join(words[:n])), set()).add(
                            parents[code])
        won: dict[str, dict[str, set[str]]] = {}  # site code -> hospital key -> its forms
        for hkey in sorted(holders):
            entries = holders[hkey]
            best = min(level for level, _, _ in entries)
            codes = {code for level, code, _ in entries if level == best}
            if len(codes) == 1 and longer.get(hkey, set()) <= {parents[next(iter(codes))]}:
                code = codes.pop()
                won.setdefault(code, {})[hkey] = {f for _, c, f in entries if c == code}
            else:
                self.skipped["hospital surface forms shared by two or more sites"] += 1
        for code in sorted(sites):
            label, towns, parent_2018, extra_source = sites[code]
            record = self.add(Record(key=code, ods=code, cls="Hospital", label=label,
                                     label_is_name=False))
            record.sources.add(src(HOSPITALS))
            if extra_source:
                record.sources.add(extra_source)
            parent = self.current_body(parent_2018)
            record.parent = parent
            record.parent_2018 = parent_2018 if parent != parent_2018 else None
            mine = won.get(code, {})
            # the town forms only when the name alone is ambiguous, or belongs to a trust
            bare = hospital_key(label) in mine and hospital_name(label) and not {
                collision_key(label), collision_key(label.removeprefix("The "))} & taken
            for form in sorted(set().union(*mine.values())):
                if bare and form in towns:
                    continue
                if hospital_name(form):
                    record.add_names({form}, True)
                elif distinctive(form) and len(hospital_words(form.removeprefix("The "))) > 1:
                    record.add_short({form}, True)
            if hospital_key(label) not in mine:
                town = next((f for f in sorted(record.names) if f.startswith(label + ", ")), None)
                record.label = town or label

    def apply_hospital_aliases(self, curated: list[dict[str, object]]) -> None:
        """Curated names of a site that the 2018 file spells without "Hospital"."""
        for item in curated:
            if not item.get("hospital"):
                continue
            record = self.records.get(str(item["key"]))
            if record is None or record.cls != "Hospital":
                self.warnings.append(f"curated hospital alias for unknown site {item['key']}")
                continue
            record.add_names(set(_str_list(item.get("names"))), True)
            record.add_short(set(_str_list(item.get("short"))), True)
            record.sources.add(CURATED_SRC)
            if item.get("label"):
                record.label = str(item["label"])

    def current_body(self, key: str) -> str:
        """Follow single successors from a closed body to the open one that replaced it."""
        seen = {key}
        record = self.records[key]
        while record.closed and len(record.successors) == 1:
            nxt = next(iter(record.successors))
            if nxt in seen or nxt not in self.records:
                break
            seen.add(nxt)
            record = self.records[nxt]
        return record.key

    # -- final passes
    def check_successors(self) -> int:
        dropped = 0
        for record in self.records.values():
            missing = {s for s in record.successors if s not in self.records}
            if missing:
                dropped += len(missing)
                self.warnings.append(
                    f"{record.key}: successors not in the gazetteer: {sorted(missing)}"
                )
                record.successors -= missing
        return dropped

    def resolve_collisions(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """Give each surface form to one record.

        Returns {form: [keys it was dropped from]} for names and for short forms.
        """
        for record in self.records.values():
            if record.label_is_name:
                record.add_names({record.label}, True)
            own = {collision_key(n) for n in record.names}
            record.short = {
                s: c
                for s, c in record.short.items()
                if collision_key(s) not in own and len(s) > 1 and s not in GENERIC_SHORT
            }

        def rank(record: Record, current: bool) -> tuple[object, ...]:
            recency = record.closed or record.opened or ""
            return (
                record.closed is not None,  # open first
                not current,  # a current name before an old one
                CLASS_RANK.get(record.cls, 9),
                -date.fromisoformat(recency).toordinal() if recency else 0,  # most recent first
                record.key,
            )

        holders: dict[str, list[tuple[tuple[object, ...], str, bool]]] = {}
        for key in sorted(self.records):
            record = self.records[key]
            for form, current in sorted(record.names.items()):
                holders.setdefault(collision_key(form), []).append(
                    (rank(record, current), key, True)
                )
            for form, current in sorted(record.short.items()):
                holders.setdefault(collision_key(form), []).append(
                    (rank(record, current), key, False)
                )
        name_losers: dict[str, list[str]] = {}
        short_losers: dict[str, list[str]] = {}
        for ckey in sorted(holders):
            entries = holders[ckey]
            if len({k for _, k, _ in entries}) < 2:
                continue
            # a hospital site never takes a form from another body; then a full name beats a
            # short form; then the ranking above
            entries.sort(key=lambda e: (self.records[e[1]].cls == "Hospital", not e[2], e[0]))
            winner = entries[0][1]
            for _, key, is_name in entries[1:]:
                if key == winner:
                    continue
                record = self.records[key]
                if is_name:
                    record.names = {
                        n: c for n, c in record.names.items() if collision_key(n) != ckey
                    }
                    name_losers.setdefault(ckey, []).append(key)
                else:
                    record.short = {
                        n: c for n, c in record.short.items() if collision_key(n) != ckey
                    }
                    short_losers.setdefault(ckey, []).append(key)
        for record in self.records.values():
            if not record.label_is_name:
                continue
            if collision_key(record.label) not in {collision_key(n) for n in record.names}:
                self.warnings.append(
                    f"{record.key}: its label {record.label!r} went to another record"
                )
        return name_losers, short_losers


def _opt_str(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def _str_list(value: object) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {value!r}")
    return [str(v) for v in value]


def load_curated() -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    with CURATED.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                item = json.loads(line)
                if not isinstance(item, dict) or "key" not in item:
                    raise ValueError(f"{CURATED}:{number}: not a record with a key")
                items.append(item)
    return items


def build() -> tuple[str, Builder, dict[str, list[str]], dict[str, list[str]], int]:
    builder = Builder()
    curated = load_curated()
    builder.load_succ()
    builder.load_nhsi()
    builder.build_trusts()
    builder.build_care_trusts()
    builder.build_ccgs_and_hubs()
    builder.build_icbs(
        [c for c in curated if c.get("class") == "IntegratedCareBoard" and not c.get("extends")]
    )
    builder.build_govuk(curated)
    builder.apply_curated(curated)
    dropped = builder.check_successors()
    builder.build_hospitals(curated)
    builder.apply_hospital_aliases(curated)
    name_losers, short_losers = builder.resolve_collisions()
    lines = [
        json.dumps(builder.records[key].to_json(), ensure_ascii=False, sort_keys=True)
        for key in sorted(builder.records)
    ]
    return "".join(line + "\n" for line in lines), builder, name_losers, short_losers, dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="compare with the file on disk instead of writing it"
    )
    parser.add_argument(
        "--collisions", action="store_true", help="list every surface form that two records shared"
    )
    args = parser.parse_args(argv)

    text, builder, name_losers, short_losers, dropped = build()
    records = builder.records.values()
    by_class = Counter(r.cls for r in records)
    print(f"records: {len(builder.records)}")
    for cls in sorted(by_class):
        print(f"  {cls}: {by_class[cls]}")
    print(f"names: {sum(len(r.names) for r in records)}")
    print(f"short forms: {sum(len(r.short) for r in records)}")
    print(
        f"name collisions resolved: {len(name_losers)} names dropped from "
        f"{sum(map(len, name_losers.values()))} records"
    )
    print(
        f"short-form collisions resolved: {len(short_losers)} short forms dropped from "
        f"{sum(map(len, short_losers.values()))} records"
    )
    if dropped:
        print(f"successor links dropped (unknown key): {dropped}")
    for reason in sorted(builder.skipped):
        print(f"skipped: {reason}: {builder.skipped[reason]}")
    for warning in builder.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.collisions:
        for title, losers in (("name", name_losers), ("short", short_losers)):
            for form in sorted(losers):
                print(
                    f"collision ({title}): {form!r} dropped from {', '.join(sorted(losers[form]))}"
                )

    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(
                f"{OUTPUT.relative_to(ROOT)} is out of date: run python tools/build_gazetteer.py",
                file=sys.stderr,
            )
            return 1
        print(f"{OUTPUT.relative_to(ROOT)} is up to date")
        return 0
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text.encode('utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
