"""A report is found by the shorter names news gives it, and not by names that are generic."""

from __future__ import annotations

import pytest

from kg.resolve.aliases import publication_short_forms

SHORT_FORMS = [
    ("Fairer Waits report", ("Fairer Waits",)),
    ("Pendry Inquiry into neonatal care", ("Pendry Inquiry",)),
    ("Healthwatch Kent's report on dental access in Thanet",
     ("Healthwatch Kent's report", "report on dental access in Thanet",
      "Healthwatch Kent's report on dental access", "report on dental access")),
    ("review of the NHS 111 contract for NHS England", ("review of the NHS 111 contract",)),
    ("inquiry into stroke care at Airedale NHS Foundation Trust", ("inquiry into stroke care",)),
    ("Marlow Review on patient safety across the health service", ("Marlow Review",)),
    ("investigation into two deaths at Fenmoor NHS Trust's mental health unit in Leeds",
     ("investigation into two deaths",
      "investigation into two deaths at Fenmoor NHS Trust's mental health unit")),
    ("Dr Ann Bell's 2020 report on stroke deaths for Leeds Teaching Hospitals NHS Trust",
     ("report on stroke deaths for Leeds Teaching Hospitals NHS Trust",
      "Dr Ann Bell's 2020 report on stroke deaths", "report on stroke deaths")),
]
NO_SHORTER = ["Kerr report", "NHS Long Term Plan", "Independent Investigation into East Kent "
              "Maternity Services", "report on NHS pay", "Time to Treat"]


@pytest.mark.parametrize(("title", "forms"), SHORT_FORMS)
def test_a_report_has_its_short_names(title, forms):
    assert publication_short_forms(title) == forms


@pytest.mark.parametrize("title", NO_SHORTER)
def test_a_short_name_keeps_a_distinctive_head(title):
    assert publication_short_forms(title) == ()
