"""One sentence or two per phrasing the extractors must read (issue 5), with the facts expected.

People here are invented; organisations are real bodies from the reference data, which also
knows their later names (Southern Health is now Hampshire and Isle of Wight Healthcare).
"""

from __future__ import annotations

import json

import pytest

from kg.build import jsonl_lines


def facts(tmp_path, text: str) -> set[tuple]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    rows = [json.loads(line) for line in jsonl_lines([path])]
    return {(r["subject"], r["predicate"], r["object"], r["role"], r["status"], r["from"],
             r["value"]) for r in rows if r["kind"] == "fact"}


LEEDS = "Leeds Teaching Hospitals NHS Trust"
CASES = [
    ("Board news\n\nAmara Okoye, chief executive of Leeds Teaching Hospitals NHS Trust, said "
     "the plan was sound.",
     ("Amara Okoye", "leads", LEEDS, "chief executive", "current", None, None)),
    ("Board news\n\nLeeds Teaching Hospitals NHS Trust chief executive Amara Okoye said so.",
     ("Amara Okoye", "leads", LEEDS, "chief executive", "current", None, None)),
    ("Board news\n\nNHS Providers’ deputy chief executive Tom Reyes-Hall spoke first.",
     ("Tom Reyes-Hall", "leads", "NHS Providers", "deputy chief executive", "current", None,
      None)),
    ("Board news\n\nLeeds Teaching Hospitals NHS Trust has appointed Amara Okoye as its next "
     "chief executive.",
     ("Amara Okoye", "leads", LEEDS, "chief executive", "designate", None, None)),
    ("Board news\n\nAmara Okoye has stepped down as chair of Leeds Teaching Hospitals NHS Trust.",
     ("Amara Okoye", "leads", LEEDS, "chair", "former", None, None)),
    ("Board news\n\nLeeds Teaching Hospitals NHS Trust is in trouble. Its interim CEO Amara "
     "Okoye quit on Friday.",
     ("Amara Okoye", "leads", LEEDS, "chief executive", "interim", None, None)),
    ("Board news\n\nDame Ruth Okafor-Lane, the former chair of Leeds Teaching Hospitals NHS "
     "Trust, spoke.",
     ("Dame Ruth Okafor-Lane", "leads", LEEDS, "chair", "former", None, None)),
    ("Oversight\n\nLeeds Teaching Hospitals NHS Trust has dropped from segment one to segment "
     "three.",
     (LEEDS, "movedToSegment", "segment 3", None, None, "segment 1", None)),
    ("Oversight\n\nThe two trusts promoted to segment 2 were Leeds Teaching Hospitals; and "
     "Isle of Wight.",
     ("Isle of Wight NHS Trust", "movedToSegment", "segment 2", None, None, None, None)),
    ("Oversight\n\nLeeds Teaching Hospitals NHS Trust remains in segment four.",
     (LEEDS, "inSegment", "segment 4", None, None, None, None)),
    ("Deals\n\nDeloitte has won a £1.2m contract from NHS England to review estates.",
     ("Deloitte", "awardedContract", "NHS England", None, None, None, "£1.2m")),
    ("Deals\n\nKPMG has been brought in to advise Leeds Teaching Hospitals NHS Trust.",
     ("KPMG", "advises", LEEDS, None, "current", None, None)),
    ("Ratings\n\nLeeds Teaching Hospitals NHS Trust has been rated inadequate by the Care "
     "Quality Commission.",
     (LEEDS, "rated", "inadequate", None, None, None, None)),
    ("Mergers\n\nSouthern Health NHS Foundation Trust will merge with Solent NHS Trust next "
     "year.",
     ("Hampshire and Isle of Wight Healthcare NHS Foundation Trust", "mergesWith",
      "Solent NHS Trust", None, None, None, None)),
    ("Reports\n\nThe Better Boards report, which NHS England commissioned, was published.",
     ("NHS England", "commissioned", "Better Boards report", None, None, None, None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][1] + str(i)
                                                           for i, c in enumerate(CASES)])
def test_phrasings_give_the_expected_fact(tmp_path, text, expected):
    found = facts(tmp_path, text)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Policy\n\nSimon Tregarth’s dictum so far has been “horses for courses”.",
    "Policy\n\nTrusts in segment three receive mandated support from NHS England.",
    "Policy\n\nLeeds Teaching Hospitals NHS Trust has not ruled out a merger with Harrogate "
    "and District NHS Foundation Trust.",
    "Policy\n\nIn The Download, Priya Sandhu asks whether integrated care boards can survive.",
])
def test_phrasings_that_state_no_fact(tmp_path, text):
    assert facts(tmp_path, text) == set()
