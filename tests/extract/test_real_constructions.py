"""Constructions that real news uses and our first rules missed (issue 8), one case each.

Every sentence here is written for the test, with invented people and invented hospitals; the
trusts are real bodies from the reference data. A case states the (subject, predicate, object)
triples the text must give; ``absent`` cases state what must not be read into it.
"""

from __future__ import annotations

import json

import pytest

from kg.build import jsonl_lines


def story_rows(tmp_path, text: str) -> list[dict]:
    """What `kg extract --format jsonl` gives for one story file holding ``text``."""
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return [json.loads(line) for line in jsonl_lines([path])]


def triples(tmp_path, text: str) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in story_rows(tmp_path, text)
            if r["kind"] == "fact"}


NORTH_TEES = "North Tees and Hartlepool NHS Foundation Trust"
YORK = "York and Scarborough Teaching Hospitals NHS Foundation Trust"
LEEDS = "Leeds Teaching Hospitals NHS Trust"
SHROPSHIRE_ICB = "NHS Shropshire, Telford and Wrekin Integrated Care Board"
CASES = [
    ("Trust news\n\nNorth Tees and Hartlepool NHS Foundation Trust, which runs Harbourside "
     "General Hospital and the Fellbrook Infirmary, has a new plan.",
     {("Harbourside General Hospital", "partOf", NORTH_TEES),
      ("Fellbrook Infirmary", "partOf", NORTH_TEES)}),
    ("Trust news\n\nNorth Tees and Hartlepool NHS Foundation Trust is busy. The trust runs "
     "the Marlow Vale hospital in Stockton and the Queen Adela in Hartlepool.",
     {("Marlow Vale hospital", "partOf", NORTH_TEES), ("Queen Adela", "partOf", NORTH_TEES)}),
    ("Trust news\n\nNorth Tees and Hartlepool NHS Foundation Trust and York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust, which oversee Cobble Lane Hospital and the "
     "Minster Park Hospital respectively, will share a chair.",
     {("Cobble Lane Hospital", "partOf", NORTH_TEES), ("Minster Park Hospital", "partOf", YORK)}),
    ("Trust news\n\nThe new organisation would be called North Tees and Hartlepool NHS "
     "Foundation Trust. It would also run Stanmore Quay Hospital, in Redcar, Deane Hospital "
     "and St Aldhelm’s Hospital, in Yarm.",
     {("Stanmore Quay Hospital", "partOf", NORTH_TEES), ("Deane Hospital", "partOf", NORTH_TEES),
      ("St Aldhelm’s Hospital", "partOf", NORTH_TEES)}),
    ("Trust news\n\nPatients at Fellbrook Infirmary, run by North Tees and Hartlepool NHS "
     "Foundation Trust, waited longer.",
     {("Fellbrook Infirmary", "partOf", NORTH_TEES)}),
    ("New boss\n\nAn interim chief executive has been named at North Tees and "
     "Hartlepool NHS Foundation Trust.\n\nOlwen Farrant formally took up the role on 2 May "
     "while Idris Penhale is on leave.\n\nShe has held senior posts including five years as "
     "finance director at York and Scarborough Teaching Hospitals NHS Foundation Trust and "
     "a spell as acting CEO at Leeds Teaching Hospitals NHS Trust.",
     {("Olwen Farrant", "leads", NORTH_TEES), ("Olwen Farrant", "leads", YORK),
      ("Olwen Farrant", "leads", "Leeds Teaching Hospitals NHS Trust")}),
    ("New boss\n\nNorth Tees and Hartlepool NHS Foundation Trust is recruiting.\n\nChair of "
     "the Trust Olwen Farrant said the search had begun.",
     {("Olwen Farrant", "leads", NORTH_TEES)}),
    ("New boss\n\nIdris Penhale, chief executive of North Tees and Hartlepool NHS Foundation "
     "Trust, is to retire. Olwen Farrant will replace Mr Penhale as interim chief executive "
     "in June.",
     {("Olwen Farrant", "leads", NORTH_TEES), ("Idris Penhale", "leads", NORTH_TEES)}),
    ("Ratings\n\nThe Care Quality Commission has rated North Tees and Hartlepool NHS "
     "Foundation Trust “good”, up from “requires improvement”.",
     {(NORTH_TEES, "rated", "good"), (NORTH_TEES, "rated", "requires improvement")}),
    ("Ratings\n\nYork and Scarborough Teaching Hospitals NHS Foundation Trust left special "
     "measures in May and last year North Tees and Hartlepool NHS Foundation Trust went from "
     "a CQC rating of inadequate to good.",
     {(NORTH_TEES, "rated", "inadequate"), (NORTH_TEES, "rated", "good")}),
    ("Ratings\n\nInspectors visited North Tees and Hartlepool NHS Foundation Trust. They "
     "looked at the trust’s main hospital, Harbourside General Hospital, which was rated as "
     "outstanding.",
     {("Harbourside General Hospital", "rated", "outstanding"),
      ("Harbourside General Hospital", "partOf", NORTH_TEES)}),
    ("Review\n\nNHS England has published an independent review into governance and "
     "culture at North Tees and Hartlepool NHS Foundation Trust. The review, conducted by "
     "Marisol Quayle and commissioned by NHS Improvement, found failings.",
     {("Marisol Quayle", "authored",
       "independent review into governance and culture at North Tees and Hartlepool NHS "
       "Foundation Trust"),
      ("NHS Improvement", "commissioned",
       "independent review into governance and culture at North Tees and Hartlepool NHS "
       "Foundation Trust")}),
    ("Review\n\nThe plan was praised by Lord Penrose in his review of hospital catering.",
     {("Lord Penrose", "authored", "review of hospital catering")}),
    ("Review\n\nA report from the National Audit Office found the scheme late.",
     {("National Audit Office", "authored", "report from the National Audit Office")}),
    ("Review\n\nThe draft report, commissioned by NHS England and then carried out by the "
     "consultancy Brightwell Partners, was leaked.",
     {("NHS England", "commissioned", "draft report"),
      ("Brightwell Partners", "authored", "draft report")}),
    ("Review\n\nIn 2021, Amara Okoye was asked by NHS England chief executive, Idris Penhale, "
     "to lead a review into urgent care. The result of the review was ‘The Okoye Stocktake’, "
     "published in May.",
     {("Amara Okoye", "authored", "Okoye Stocktake"),
      ("Idris Penhale", "commissioned", "Okoye Stocktake")}),
    ("Review\n\nThe board discussed the recent Penrose report on rota gaps, led by Dame "
     "Olwen Penrose.",
     {("Dame Olwen Penrose", "authored", "Penrose report on rota gaps")}),
    ("Review\n\nThe King’s Fund published a report titled ‘Waiting for Winter’ on Monday.",
     {("The King's Fund", "authored", "Waiting for Winter")}),
    ("Mergers\n\nThe minister approved the three-way merger of North Tees and Hartlepool NHS "
     "Foundation Trust, York and Scarborough Teaching Hospitals NHS Foundation Trust, and Leeds "
     "Teaching Hospitals NHS Trust.",
     {(NORTH_TEES, "mergesWith", YORK), (NORTH_TEES, "mergesWith", LEEDS),
      (YORK, "mergesWith", LEEDS)}),
    ("Mergers\n\nThe new body would be created from the merger of North Tees and Hartlepool "
     "NHS Foundation Trust – known as NTH – and York and Scarborough Teaching Hospitals NHS "
     "Foundation Trust.",
     {(NORTH_TEES, "mergesWith", YORK)}),
    ("Mergers\n\nNorth Tees and Hartlepool NHS Foundation Trust (NTHT) and York and "
     "Scarborough Teaching Hospitals NHS Foundation Trust have joined to create a new group.",
     {(NORTH_TEES, "mergesWith", YORK)}),
    ("Mergers\n\nAmara Okoye ran North Tees and Hartlepool NHS Foundation Trust before its "
     "merger with nearby Fellbrook hospital.",
     {(NORTH_TEES, "mergesWith", "Fellbrook hospital")}),
    ("Contracts\n\nMedlane Doctors, a GP-led social enterprise, and Tamar Health, a community "
     "interest company, have been chosen by NHS Kernow Clinical Commissioning Group to provide "
     "urgent care from June.",
     {("Medlane Doctors", "awardedContract", "NHS Kernow CCG"),
      ("Tamar Health", "awardedContract", "NHS Kernow CCG")}),
    ("Contracts\n\nSoftware firm Quillon has won the North Tees and Hartlepool NHS Foundation "
     "Trust and York and Scarborough Teaching Hospitals NHS Foundation Trust joint record "
     "procurement.",
     {("Quillon", "awardedContract", NORTH_TEES), ("Quillon", "awardedContract", YORK)}),
    ("Contracts\n\nNorth Tees and Hartlepool NHS Foundation Trust spent £2.4m with "
     "consultancy Brightwell Partners last year.",
     {("Brightwell Partners", "advises", NORTH_TEES)}),
    ("Contracts\n\nNorth Tees and Hartlepool NHS Foundation Trust hired Brightwell Partners "
     "to review its finances.",
     {("Brightwell Partners", "advises", NORTH_TEES)}),
    ("Contracts\n\nNorth Tees and Hartlepool NHS Foundation Trust paid Tarn Logistics £400,000 "
     "to move its stores.",
     {("Tarn Logistics", "awardedContract", NORTH_TEES)}),
    ("Contracts\n\nNorth Tees and Hartlepool NHS Foundation Trust has signed a deal with "
     "software firm Quillon for a new patient record.",
     {("Quillon", "awardedContract", NORTH_TEES)}),
    ("Advisers\n\nNorth Tees and Hartlepool NHS Foundation Trust appointed Brightwell "
     "Partners as its financial adviser.",
     {("Brightwell Partners", "advises", NORTH_TEES)}),
    ("Advisers\n\nBrightwell Partners was commissioned by North Tees and Hartlepool NHS "
     "Foundation Trust to review its estates.",
     {("Brightwell Partners", "advises", NORTH_TEES)}),
    ("Advisers\n\nNorth Tees and Hartlepool NHS Foundation Trust has used Brightwell Partners "
     "to advise on its turnaround plan.",
     {("Brightwell Partners", "advises", NORTH_TEES)}),
    ("Contracts\n\nA consortium of Brightwell Partners, Tarn Digital and Quillon Ltd has won the "
     "contract from North Tees and Hartlepool NHS Foundation Trust.",
     {("Brightwell Partners", "awardedContract", NORTH_TEES),
      ("Tarn Digital", "awardedContract", NORTH_TEES),
      ("Quillon Ltd", "awardedContract", NORTH_TEES)}),
    ("Sites\n\nNorth Tees and Hartlepool NHS Foundation Trust, which runs the Harbourside "
     "General and Fellbrook hospitals, is changing.",
     {("Harbourside General", "partOf", NORTH_TEES), ("Fellbrook", "partOf", NORTH_TEES)}),
    ("Mergers\n\nYork and Scarborough Teaching Hospitals NHS Foundation Trust will join North "
     "Tees and Hartlepool NHS Foundation Trust next year.",
     {(YORK, "mergesWith", NORTH_TEES)}),
    ("Segments\n\nNorth Tees and Hartlepool NHS Foundation Trust came in the bottom Category "
     "Four of the league tables. York and Scarborough Teaching Hospitals NHS Foundation Trust "
     "was placed in Category Three.",
     {(NORTH_TEES, "inSegment", "segment 4"), (YORK, "movedToSegment", "segment 3")}),
    ("Chair\n\nThe board named a chair for two trusts. Olwen Farrant, joint chair of North "
     "Tees and Hartlepool NHS Foundation Trust and York and Scarborough Teaching Hospitals NHS "
     "Foundation Trust, said she was pleased.",
     {("Olwen Farrant", "leads", NORTH_TEES), ("Olwen Farrant", "leads", YORK)}),
    ("Chief\n\nNorth Tees and Hartlepool NHS Foundation Trust has named Dr Olwen Farrant as "
     "its new chief executive.\n\nDr Farrant, currently deputy chief executive of York and "
     "Scarborough Teaching Hospitals NHS Foundation Trust, joins in June.",
     {("Dr Olwen Farrant", "leads", NORTH_TEES), ("Dr Olwen Farrant", "leads", YORK)}),
    ("Chief\n\nIdris Penhale will be interim chief executive North Tees and Hartlepool NHS "
     "Foundation Trust from May.",
     {("Idris Penhale", "leads", NORTH_TEES)}),
    ("Chief\n\nNorth Tees and Hartlepool NHS Foundation Trust is changing. Idris Penhale, the "
     "acute trust’s chief executive, retired in May.",
     {("Idris Penhale", "leads", NORTH_TEES)}),
    ("Chief\n\nNorth Tees and Hartlepool NHS Foundation Trust is changing. We have appointed "
     "Olwen Farrant, who has led two hospitals, as the interim chair.",
     {("Olwen Farrant", "leads", NORTH_TEES)}),
    ("Chief\n\nOlwen Farrant CBE, a qualified midwife, joins in May. For the past three years, "
     "she has been CEO of York and Scarborough Teaching Hospitals NHS Foundation Trust.",
     {("Olwen Farrant", "leads", YORK)}),
    ("Chair\n\nChair of North Tees and Hartlepool NHS Foundation Trust and York and "
     "Scarborough Teaching Hospitals NHS Foundation Trust, Olwen Farrant, said so.",
     {("Olwen Farrant", "leads", NORTH_TEES), ("Olwen Farrant", "leads", YORK)}),
    ("Ratings\n\nNorth Tees and Hartlepool NHS Foundation Trust named a new chair. Its last "
     "chair ran a troubled foundation trust, which regulators have branded ‘inadequate’, for "
     "two years.",
     {(NORTH_TEES, "rated", "inadequate")}),
    ("Systems\n\nIdris Penhale runs the Wessex Vale integrated care system. He is accountable "
     "officer of the system’s three clinical commissioning groups – Fenmoor, Upper Wessex and "
     "Kestrel Downs CCGs – and chairs their joint board.",
     {("Fenmoor", "partOf", "Wessex Vale integrated care system"),
      ("Kestrel Downs", "partOf", "Wessex Vale integrated care system"),
      ("Idris Penhale", "leads", "Upper Wessex")}),
    ("Ratings\n\nLeeds Teaching Hospitals NHS Trust bought the service from York and "
     "Scarborough Teaching Hospitals NHS Foundation Trust in May. Leeds Teaching Hospitals NHS "
     "Trust said it was pleased.\n\nThe old provider, North Tees and Hartlepool NHS Foundation "
     "Trust, lost out. The trust was rated as ‘requires improvement’ in April.",
     {(NORTH_TEES, "rated", "requires improvement")}),
    ("Ratings\n\nNorth Tees and Hartlepool NHS Foundation Trust, York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust and Leeds Teaching Hospitals NHS Trust were all rated "
     "good.",
     {(NORTH_TEES, "rated", "good"), (YORK, "rated", "good"), (LEEDS, "rated", "good")}),
    ("Ratings\n\nThe Princess Adela Hospital Trust appointed a chair.\n\nPrincess Adela was "
     "rated inadequate last year.",
     {("Princess Adela Hospital Trust", "rated", "inadequate")}),
    ("Segments\n\nThe regulator has pushed North Tees and Hartlepool NHS Foundation Trust "
     "into segment 3 over its deficit.",
     {(NORTH_TEES, "movedToSegment", "segment 3")}),
    ("Segments\n\nNorth Tees and Hartlepool NHS Foundation Trust was ranked in segment 2, "
     "whereas York and Scarborough Teaching Hospitals NHS Foundation Trust was put in "
     "segment 4.",
     {(NORTH_TEES, "inSegment", "segment 2"), (YORK, "movedToSegment", "segment 4")}),
    ("Segments\n\nThe tables have North Tees and Hartlepool NHS Foundation Trust sitting in "
     "segment 1 and York and Scarborough Teaching Hospitals NHS Foundation Trust in segment 3.",
     {(NORTH_TEES, "inSegment", "segment 1"), (YORK, "inSegment", "segment 3")}),
    ("Segments\n\nIn segment 4 now sit York and Scarborough Teaching Hospitals NHS Foundation "
     "Trust and Leeds Teaching Hospitals NHS Trust.",
     {(YORK, "inSegment", "segment 4"), (LEEDS, "inSegment", "segment 4")}),
    ("Segments\n\nLeeds Teaching Hospitals NHS Trust is among nine providers in segment 4.",
     {(LEEDS, "inSegment", "segment 4")}),
    ("Mergers\n\nPlans to merge Leeds Teaching Hospitals NHS Trust with York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust were backed by governors.",
     {(LEEDS, "mergesWith", YORK)}),
    ("Mergers\n\nLeeds Teaching Hospitals NHS Trust has finished its takeover of York and "
     "Scarborough Teaching Hospitals NHS Foundation Trust.",
     {(LEEDS, "mergesWith", YORK)}),
    ("Mergers\n\nNHS Sussex and NHS Kent and Medway have begun talks on a merger.",
     {("NHS Sussex Integrated Care Board", "mergesWith",
       "NHS Kent and Medway Integrated Care Board")}),
    ("Contracts\n\nLeeds Teaching Hospitals NHS Trust picked Serco as its preferred catering "
     "provider after a tender.",
     {("Serco", "awardedContract", LEEDS)}),
    ("Contracts\n\nThe cleaning firm Mitie will run portering at Leeds Teaching Hospitals NHS "
     "Trust under a four-year contract.",
     {("Mitie", "awardedContract", LEEDS)}),
    ("Contracts\n\nLeeds Teaching Hospitals NHS Trust has renewed its contract with Capita "
     "for three more years.",
     {("Capita", "awardedContract", LEEDS)}),
    ("Contracts\n\nLeeds Teaching Hospitals NHS Trust will buy two scanners from Siemens "
     "Healthineers.",
     {("Siemens Healthineers", "awardedContract", LEEDS)}),
    ("Contracts\n\nLeeds Teaching Hospitals NHS Trust awarded the pathology contract to "
     "Synlab, with support from Philips.",
     {("Synlab", "awardedContract", LEEDS), ("Philips", "awardedContract", LEEDS)}),
    ("Chief\n\nLeeds Teaching Hospitals NHS Trust, which runs the Harbourside General "
     "Hospital, has named a new interim chief executive. Idris Penhale starts on Monday.",
     {("Idris Penhale", "leads", LEEDS)}),
    ("Chief\n\nThe chief nurse of Leeds Teaching Hospitals NHS Trust has resigned.\n\nOlwen "
     "Farrant told staff she would leave in the spring.",
     {("Olwen Farrant", "leads", LEEDS)}),
    ("Chief\n\nAmara Okoye, currently chief executive of Leeds Teaching Hospitals NHS Trust, "
     "will also lead York and Scarborough Teaching Hospitals NHS Foundation Trust from May.",
     {("Amara Okoye", "leads", LEEDS), ("Amara Okoye", "leads", YORK)}),
    ("Chief\n\nLeeds Teaching Hospitals NHS Trust and York and Scarborough Teaching Hospitals "
     "NHS Foundation Trust work closely. The two trusts have shared a chief executive, Idris "
     "Penhale, since 2021, and a chair in common, Olwen Farrant, since May.",
     {("Idris Penhale", "leads", LEEDS), ("Idris Penhale", "leads", YORK),
      ("Olwen Farrant", "leads", LEEDS), ("Olwen Farrant", "leads", YORK)}),
    ("Chief\n\nLeeds Teaching Hospitals NHS Trust is changing. The previous chief executive "
     "of the Leeds body, Idris Penhale, retired in June.",
     {("Idris Penhale", "leads", LEEDS)}),
    ("Ratings\n\nLeeds Teaching Hospitals NHS Trust, which runs the Harbourside General "
     "Hospital and the Fellbrook Infirmary, kept its good rating.",
     {(LEEDS, "rated", "good")}),
    ("Board\n\nLeeds Teaching Hospitals NHS Trust and York and Scarborough Teaching Hospitals "
     "NHS Foundation Trust will operate as the Ridings Hospitals Group from April.",
     {(LEEDS, "partOf", "Ridings Hospitals Group"), (YORK, "partOf", "Ridings Hospitals Group")}),
    ("Board\n\nLeeds Teaching Hospitals NHS Trust and York and Scarborough Teaching Hospitals "
     "NHS Foundation Trust are close.\n\nLeeds and York are both members of the Northern "
     "Alliance of Teaching Trusts (NATT).",
     {(LEEDS, "partOf", "Northern Alliance of Teaching Trusts"),
      (YORK, "partOf", "Northern Alliance of Teaching Trusts")}),
    ("Reviews\n\nAn independent review of stroke care at Leeds Teaching Hospitals NHS Trust "
     "was published today. The review, led by midwife Olwen Farrant and surgeon Professor "
     "Idris Penhale, looked at 90 cases. It was commissioned jointly by the trust and NHS "
     "England.",
     {("Olwen Farrant", "authored", "independent review of stroke care at Leeds Teaching "
       "Hospitals NHS Trust"),
      ("Professor Idris Penhale", "authored", "independent review of stroke care at Leeds "
       "Teaching Hospitals NHS Trust"),
      (LEEDS, "commissioned", "independent review of stroke care at Leeds Teaching Hospitals "
       "NHS Trust")}),
    ("Reviews\n\nHealth and Social Care Secretary Amara Okoye spoke on Monday. The Secretary "
     "of State has also commissioned an independent review of ambulance handovers, which "
     "will be led by Idris Penhale.",
     {("Amara Okoye", "commissioned", "independent review of ambulance handovers"),
      ("Idris Penhale", "authored", "independent review of ambulance handovers")}),
    ("Contracts\n\nA consortium led by Pellow Diagnostics Ltd has won a £40m contract from "
     "Leeds Teaching Hospitals NHS Trust.",
     {("Pellow Diagnostics Ltd", "awardedContract", LEEDS)}),
    ("Board\n\nLeeds Teaching Hospitals NHS Trust and York and Scarborough Teaching Hospitals "
     "NHS Foundation Trust will operate as the Ridings Hospitals Group. Olwen Farrant, who has "
     "chaired both trusts since 2022, will chair the group. Idris Penhale has been appointed "
     "group chief executive.",
     {("Olwen Farrant", "leads", LEEDS), ("Olwen Farrant", "leads", YORK),
      ("Olwen Farrant", "leads", "Ridings Hospitals Group"),
      ("Idris Penhale", "leads", "Ridings Hospitals Group")}),
    ("Board\n\nThe Ridings Mental Health Partnership was formed in 2020. Amara Okoye is chief "
     "executive of Leeds Teaching Hospitals NHS Trust and also chairs the partnership's board.",
     {("Amara Okoye", "leads", "Ridings Mental Health Partnership")}),
    ("Charity\n\nThe stillbirth charity Little Feet said trusts must act. Its chief executive, "
     "Idris Penhale, said so.",
     {("Idris Penhale", "leads", "Little Feet")}),
    ("Board\n\nLeeds Teaching Hospitals NHS Trust and York and Scarborough Teaching Hospitals "
     "NHS Foundation Trust are close. The two trusts have worked together since 2019. Their "
     "chief nurse Olwen Farrant spoke.",
     {("Olwen Farrant", "leads", LEEDS), ("Olwen Farrant", "leads", YORK)}),
    ("Chair\n\nIdris Penhale will take the reins at Leeds Teaching Hospitals NHS Trust in May.",
     {("Idris Penhale", "leads", LEEDS)}),
    ("Nurse\n\nDr Olwen Farrant will take up the chief nursing role with York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust next year.",
     {("Dr Olwen Farrant", "leads", YORK)}),
    ("Mergers\n\nThe board of Leeds Teaching Hospitals NHS Trust has approved the acquisition "
     "of York and Scarborough Teaching Hospitals NHS Foundation Trust. The trusts were advised "
     "on the deal by KPMG.",
     {(LEEDS, "mergesWith", YORK), ("KPMG", "advises", LEEDS), ("KPMG", "advises", YORK)}),
    ("Ratings\n\nYork and Scarborough Teaching Hospitals NHS Foundation Trust is small. It was "
     "rated inadequate in 2019, while Leeds Teaching Hospitals NHS Trust is rated good.",
     {(YORK, "rated", "inadequate"), (LEEDS, "rated", "good")}),
    ("Contracts\n\nSerco has won the Leeds Teaching Hospitals NHS Trust catering contract. "
     "Mitie has won the cleaning part of the tender.",
     {("Serco", "awardedContract", LEEDS), ("Mitie", "awardedContract", LEEDS)}),
    ("Contracts\n\nRidings Doctors, a GP social enterprise, and Moorside Health have been "
     "chosen by Leeds Teaching Hospitals NHS Trust to provide urgent care. The consortium will "
     "operate under the name Ridings Urgent Care.",
     {("Ridings Doctors", "partOf", "Ridings Urgent Care"),
      ("Moorside Health", "partOf", "Ridings Urgent Care"),
      ("Ridings Urgent Care", "awardedContract", LEEDS)}),
    ("Chief\n\nLeeds's hospitals have appointed a new chief executive, ending a long search. "
     "Olwen Farrant will join Leeds Teaching Hospitals NHS Trust in March.",
     {("Olwen Farrant", "leads", LEEDS)}),
    ("Chief\n\nThe medical director of the trust that runs the city's hospitals has been "
     "suspended. Dr Idris Penhale was excluded from work at Leeds Teaching Hospitals NHS Trust "
     "this month.",
     {("Dr Idris Penhale", "leads", LEEDS)}),
    ("Chief\n\nDr Amara Okoye is chief executive of Leeds Teaching Hospitals NHS Trust. From "
     "May she will also be interim chief executive of York and Scarborough Teaching Hospitals "
     "NHS Foundation Trust. She replaces Idris Penhale, who is leaving the York trust to join "
     "NHS England.",
     {("Dr Amara Okoye", "leads", YORK), ("Idris Penhale", "leads", YORK)}),
    ("Career\n\nDr Olwen Farrant joined Leeds Teaching Hospitals NHS Trust from York and "
     "Scarborough Teaching Hospitals NHS Foundation Trust in Scarborough, where she had been "
     "associate medical director.",
     {("Dr Olwen Farrant", "leads", YORK)}),
    ("Chief\n\nLeeds Teaching Hospitals NHS Trust and York and Scarborough Teaching Hospitals "
     "NHS Foundation Trust have appointed a joint chief finance officer. Olwen Farrant will hold "
     "both posts from January.",
     {("Olwen Farrant", "leads", LEEDS), ("Olwen Farrant", "leads", YORK)}),
    ("Chief\n\nIdris Penhale has been named chief executive of The Leeds Teaching Hospitals NHS "
     "Trust.",
     {("Idris Penhale", "leads", LEEDS)}),
    ("College\n\nThe Royal College of Emergency Medicine elected a new president. Dr Olwen "
     "Farrant has led the college since 2022.",
     {("Dr Olwen Farrant", "leads", "Royal College of Emergency Medicine")}),
    ("Career\n\nIdris Penhale is moving on. Most recently he has been deputy chief nurse for "
     "Yorkshire at NHS England.",
     {("Idris Penhale", "leads", "NHS England")}),
    ("Energy\n\nThe work at Leeds Teaching Hospitals NHS Trust will be carried out by Pellow "
     "Energy Ltd under a 15-year contract. Engineering consultancy Arup has been appointed by "
     "the trust as its technical adviser. York and Scarborough Teaching Hospitals NHS "
     "Foundation Trust signed a smaller deal with the same firm last year.",
     {("Pellow Energy Ltd", "awardedContract", LEEDS), ("Arup", "advises", LEEDS),
      ("Pellow Energy Ltd", "awardedContract", YORK)}),
    ("Groups\n\nNorth Tees and Hartlepool NHS Foundation Trust and York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust are neighbours. The two trusts have worked "
     "together as Northern Hospitals Partnership since 2024.",
     {(NORTH_TEES, "partOf", "Northern Hospitals Partnership"),
      (YORK, "partOf", "Northern Hospitals Partnership")}),
    ("Sites\n\nThe Harbourside General Hospital in Stockton, also run by North Tees and "
     "Hartlepool NHS Foundation Trust, was rated good.",
     {("Harbourside General Hospital", "partOf", NORTH_TEES)}),
    ("Chief\n\nLeeds Teaching Hospitals NHS Trust has appointed an interim chief executive. "
     "Dr Olwen Farrant will lead the organisation for now. Her predecessor, Idris Penhale, "
     "resigned last month.",
     {("Dr Olwen Farrant", "leads", LEEDS), ("Idris Penhale", "leads", LEEDS)}),
    ("Nurse\n\nAmara Okoye, the trust's chief nurse at Leeds Teaching Hospitals NHS Trust, will "
     "step down. She will be replaced by Olwen Farrant.",
     {("Amara Okoye", "leads", LEEDS), ("Olwen Farrant", "leads", LEEDS)}),
    ("Sites\n\nLeeds Teaching Hospitals NHS Trust owns the Harbourside General Hospital. The "
     "Fellbrook Infirmary in Otley, run by the Leeds Teaching trust, is older. Leeds is part of "
     "the Northern Alliance of Teaching Trusts.",
     {("Fellbrook Infirmary", "partOf", LEEDS),
      (LEEDS, "partOf", "Northern Alliance of Teaching Trusts")}),
    ("Chief\n\nLeeds Teaching Hospitals NHS Trust has a new board. Its chief executive is Idris "
     "Penhale. The new chair of York and Scarborough Teaching Hospitals NHS Foundation Trust is "
     "former surgeon Olwen Farrant.",
     {("Idris Penhale", "leads", LEEDS), ("Olwen Farrant", "leads", YORK)}),
    ("Chief\n\nIdris Penhale steps into the role of interim chief executive at Leeds Teaching "
     "Hospitals NHS Trust. York and Scarborough Teaching Hospitals NHS Foundation Trust has "
     "named its new chair: Olwen Farrant.",
     {("Idris Penhale", "leads", LEEDS), ("Olwen Farrant", "leads", YORK)}),
    ("Ratings\n\nBoth Leeds Teaching Hospitals NHS Trust and York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust were judged to require improvement.",
     {(LEEDS, "rated", "requires improvement"), (YORK, "rated", "requires improvement")}),
    ("Advice\n\nPwC was paid £500,000 by Leeds Teaching Hospitals NHS Trust for financial "
     "advice. Mitie was paid £2m by York and Scarborough Teaching Hospitals NHS Foundation Trust "
     "for cleaning.",
     {("PwC", "advises", LEEDS), ("Mitie", "awardedContract", YORK)}),
    ("Advice\n\nYork and Scarborough Teaching Hospitals NHS Foundation Trust has brought in "
     "consultants from KPMG to help it balance its books.",
     {("KPMG", "advises", YORK)}),
    ("Advice\n\nLeeds Teaching Hospitals NHS Trust spent £400,000 on advice from Deloitte "
     "during the year.",
     {("Deloitte", "advises", LEEDS)}),
    ("Advice\n\nNHS England drafted in McKinsey & Company to support its restructuring.",
     {("McKinsey & Company", "advises", "NHS England")}),
    ("Advice\n\nLeeds Teaching Hospitals NHS Trust is working with EY on its estates plan.",
     {("EY", "advises", LEEDS)}),
    ("Advice\n\nThe consultancy Pellow Lane Partners helped the trust with its turnaround, "
     "Leeds Teaching Hospitals NHS Trust said.",
     {("Pellow Lane Partners", "advises", LEEDS)}),
    ("Reviews\n\nLeeds Teaching Hospitals NHS Trust appointed Grant Thornton to carry out an "
     "independent governance review.",
     {("Grant Thornton", "authored", "independent governance review"),
      (LEEDS, "commissioned", "independent governance review")}),
    ("Chief\n\nLeeds Teaching Hospitals NHS Trust has appointed a new chief executive. Dr "
     "Olwen Farrant will join in May from York and Scarborough Teaching Hospitals NHS "
     "Foundation Trust, where she is currently chief operating officer.",
     {("Dr Olwen Farrant", "leads", LEEDS), ("Dr Olwen Farrant", "leads", YORK)}),
    ("Career\n\nIdris Penhale spent nine years at Leeds Teaching Hospitals NHS Trust, "
     "latterly as its director of nursing.",
     {("Idris Penhale", "leads", LEEDS)}),
    ("Chair\n\nAmara Okoye, chair of both Leeds Teaching Hospitals NHS Trust and York and "
     "Scarborough Teaching Hospitals NHS Foundation Trust, spoke.",
     {("Amara Okoye", "leads", LEEDS), ("Amara Okoye", "leads", YORK)}),
    ("Board\n\nLeeds Teaching Hospitals NHS Trust is short of money. The trust board, chaired "
     "by Idris Penhale, met on Monday.",
     {("Idris Penhale", "leads", LEEDS)}),
    ("Reviews\n\nNHS England has asked Dr Olwen Farrant to lead a rapid review of stroke "
     "care in Yorkshire.",
     {("Dr Olwen Farrant", "authored", "rapid review of stroke care in Yorkshire"),
      ("NHS England", "commissioned", "rapid review of stroke care in Yorkshire")}),
    ("Regions\n\nNHS England’s regional director for the South West, Priya Oduya, said the "
     "plan was sound.", {("Priya Oduya", "leads", "NHS England")}),
    ("Support\n\nNHS England’s improvement director for the trust, Colm Ashdown, will leave "
     "next month.", {("Colm Ashdown", "leads", "NHS England")}),
    ("Unions\n\nThe Royal College of Nursing backed the plan. Its general secretary, Ines "
     "Varga, said nurses would be balloted.",
     {("Ines Varga", "leads", "Royal College of Nursing")}),
    ("GPs\n\nDevon LMC welcomed the decision. Its medical secretary, Dr Alun Petrie, said "
     "practices were relieved.", {("Dr Alun Petrie", "leads", "Devon LMC")}),
    ("Careers\n\nDr Mira Castell was medical director at " + LEEDS
     + " before moving south.", {("Dr Mira Castell", "leads", LEEDS)}),
    ("Deals\n\nFellgate Urgent Care CIC and Wrenbury Medical Partners LLP will run the service "
     "from May, after " + YORK + " awarded them a three-year deal worth £12m.",
     {("Fellgate Urgent Care CIC", "awardedContract", YORK),
      ("Wrenbury Medical Partners LLP", "awardedContract", YORK)}),
    ("Ratings\n\n" + NORTH_TEES + ", which also runs Harbourside Hospital and district nursing "
     "services across the town, was rated good by the Care Quality Commission.",
     {(NORTH_TEES, "rated", "good")}),
    ("Oversight\n\n" + NORTH_TEES + " has left the recovery programme. The trust, which runs "
     "Harbourside Hospital, Fellbrook Infirmary in Stockton and Marlow Vale Hospital, has moved "
     "from segment 4 to segment 3.", {(NORTH_TEES, "movedToSegment", "segment 3")}),
    ("Reports\n\nThe report, Left Waiting: a study of discharge delays in the north, was "
     "written by the King’s Fund and commissioned by NHS England.",
     {("The King's Fund", "authored", "Left Waiting: a study of discharge delays in the north"),
      ("NHS England", "commissioned", "Left Waiting: a study of discharge delays in the north")}),
    ("Reports\n\nThe findings echo the Care Quality Commission’s annual Hospital Pressures "
     "report, published in October.",
     {("Care Quality Commission", "authored", "Hospital Pressures report")}),
    ("Careers\n\nDr Hal Verity began his career in 1990. He was chief executive of " + LEEDS
     + " from 2001 to 2008, and then chair of " + YORK + " until 2015.",
     {("Dr Hal Verity", "leads", LEEDS), ("Dr Hal Verity", "leads", YORK)}),
    ("Careers\n\nDr Hal Verity joined the board this year. Since 2019 he has been deputy "
     "vice-chancellor at the University of Leeds.",
     {("Dr Hal Verity", "leads", "University of Leeds")}),
    ("People\n\nNHS England has today confirmed the appointment of a new national director for "
     "cancer care. Dr Ama Lister, currently medical director of " + LEEDS + ", will join NHS "
     "England in May. She succeeds Professor Ivo Brandt, who is returning to research after six "
     "years in the post.",
     {("Dr Ama Lister", "leads", "NHS England"), ("Professor Ivo Brandt", "leads", "NHS England")}),
    ("Deals\n\nPellow Scientific won a £2m contract with " + LEEDS + " for new analysers.",
     {("Pellow Scientific", "awardedContract", LEEDS)}),
    ("Deals\n\nBraddock Construction will build the unit under a £9m contract approved by "
     "Barnsley Council.", {("Braddock Construction", "awardedContract", "Barnsley Council")}),
    ("Mergers\n\n" + YORK + " has a new plan. The trust is preparing for a merger with " + LEEDS
     + " from next April.", {(YORK, "mergesWith", LEEDS)}),
    ("Mergers\n\n" + LEEDS + " and " + YORK + " have shared services since 2022. The boards of "
     "both trusts agreed on Monday to consult on a merger.", {(LEEDS, "mergesWith", YORK)}),
    ("Groups\n\n" + LEEDS + " and " + YORK + " have operated as a group, the Ouse Valley "
     "Partnership, since 2022.", {(LEEDS, "partOf", "Ouse Valley Partnership"),
                                  (YORK, "partOf", "Ouse Valley Partnership")}),
    ("Groups\n\n" + LEEDS + " and " + YORK + " are in talks. Dr Joe Penn used to work at "
     + NORTH_TEES + ". The trusts’ joint chair, Ruth Amery, said no site would close.",
     {("Ruth Amery", "leads", LEEDS), ("Ruth Amery", "leads", YORK)}),
    ("People\n\nThe CQC’s deputy director of hospital and community care for the south, Ivy "
     "Doran, said staff were kind.", {("Ivy Doran", "leads", "Care Quality Commission")}),
    ("Unions\n\nUnite opposed the plan. Regional officer Sam Keel said members would vote.",
     {("Sam Keel", "leads", "Unite")}),
    ("People\n\nRuth Amery will remain chair of " + LEEDS + " until she retires.",
     {("Ruth Amery", "leads", LEEDS)}),
    ("Ratings\n\n" + YORK + " was rated good. Dr Ola Penn was previously chief executive of "
     + LEEDS + ". The trust’s chair, Ruth Amery, said the board was proud.",
     {("Ruth Amery", "leads", YORK)}),
    ("Sites\n\nHarbourside Hospital is run by " + NORTH_TEES + ", which serves the town.",
     {("Harbourside Hospital", "partOf", NORTH_TEES)}),
    ("Sites\n\n" + NORTH_TEES + " has opened a clinic. Staff moved from Harbourside Hospital in "
     "Stockton, the trust’s main site, in May.", {("Harbourside Hospital", "partOf", NORTH_TEES)}),
    ("Groups\n\n" + LEEDS + " shares a chair with " + YORK + " as part of the Ouse Valley Acute "
     "Collaborative.", {(LEEDS, "partOf", "Ouse Valley Acute Collaborative"),
                        (YORK, "partOf", "Ouse Valley Acute Collaborative")}),
    ("Groups\n\n" + LEEDS + " works with " + YORK + " on scans through the Ouse Valley Acute "
     "Federation, of which both trusts are members.",
     {(LEEDS, "partOf", "Ouse Valley Acute Federation"),
      (YORK, "partOf", "Ouse Valley Acute Federation")}),
    ("Companies\n\n" + NORTH_TEES + " has set up a company. The subsidiary, Tees Estates Ltd, "
     "will run its buildings.", {("Tees Estates Ltd", "partOf", NORTH_TEES)}),
    ("Deals\n\n" + LEEDS + " ran a tender. Pellow Scientific beat two rivals to the contract.",
     {("Pellow Scientific", "awardedContract", LEEDS)}),
    ("Deals\n\n" + LEEDS + " has chosen Corvane Pathology Ltd as preferred bidder for scans.",
     {("Corvane Pathology Ltd", "awardedContract", LEEDS)}),
    ("Deals\n\n" + LEEDS + " ran a tender. The contract, worth £30m, went to Corvane Pathology "
     "Ltd.", {("Corvane Pathology Ltd", "awardedContract", LEEDS)}),
    ("Deals\n\n" + LEEDS + " is busy. Corvane Pathology Ltd’s contract was extended by a year.",
     {("Corvane Pathology Ltd", "awardedContract", LEEDS)}),
    ("Deals\n\nThe pharmacy is run by Hallam Pharmacy, whose contract with " + LEEDS + " ends in "
     "June.", {("Hallam Pharmacy", "awardedContract", LEEDS)}),
    ("Mergers\n\n" + LEEDS + " and " + YORK + " are set to become a single organisation in 2027.",
     {(LEEDS, "mergesWith", YORK)}),
    ("Mergers\n\nNHS England will be folded into the Department of Health and Social Care.",
     {("NHS England", "mergesWith", "Department of Health and Social Care")}),
    ("Mergers\n\nNHS Devon and NHS Dorset will become one organisation next year.",
     {("NHS Devon Integrated Care Board", "mergesWith", "NHS Dorset Integrated Care Board")}),
    ("Reviews\n\nDr Jane Ocean will lead an inquiry into maternity care at " + LEEDS + ", the "
     "health secretary announced.",
     {("Dr Jane Ocean", "authored", "inquiry into maternity care at " + LEEDS)}),
    ("Advice\n\n" + LEEDS + " is in deficit. The board was advised by Deloitte.",
     {("Deloitte", "advises", LEEDS)}),
    ("Advice\n\n" + LEEDS + ", with support from EY, drew up the plan.",
     {("EY", "advises", LEEDS)}),
    ("Advice\n\n" + LEEDS + " has appointed KPMG to review its finances.",
     {("KPMG", "advises", LEEDS)}),
    ("People\n\n" + LEEDS + " has a plan. Jane Doe, medical director, said it was bold.",
     {("Jane Doe", "leads", LEEDS)}),
    ("People\n\nJane Doe (medical director, " + LEEDS + ") said it was bold.",
     {("Jane Doe", "leads", LEEDS)}),
    ("People\n\n" + LEEDS + "’s new chief executive will be Jane Doe.",
     {("Jane Doe", "leads", LEEDS)}),
    ("People\n\nDame Ruth May, chief nursing officer of NHS England, spoke in May 2020.",
     {("Dame Ruth May", "leads", "NHS England")}),
    ("Groups\n\n" + LEEDS + " is one of five trusts in the West Yorkshire Association of Acute "
     "Trusts.", {(LEEDS, "partOf", "West Yorkshire Association of Acute Trusts")}),
    ("Deals\n\n" + LEEDS + " spent £2m with McKinsey & Company on a review of beds.",
     {("McKinsey & Company", "advises", LEEDS)}),
    ("Deals\n\n" + YORK + " said Harrow Medical Transport would take over the service under a "
     "five-year deal. The company beat " + LEEDS + " to the contract.",
     {("Harrow Medical Transport", "awardedContract", YORK)}),
    ("Deals\n\nTwo trusts have signed a deal with the software company Epic. The contract, worth "
     "£90m, was signed by " + LEEDS + " and " + YORK + " last week.",
     {("Epic", "awardedContract", LEEDS), ("Epic", "awardedContract", YORK)}),
    ("Advice\n\n" + LEEDS + " and " + YORK + " will merge. The law firm Hallam Legal LLP has "
     "been hired to advise both boards on the deal.",
     {("Hallam Legal LLP", "advises", LEEDS), ("Hallam Legal LLP", "advises", YORK)}),
    ("Advice\n\n" + LEEDS + " and " + YORK + " bought a system. The trusts will be supported in "
     "the roll-out by Ernst & Young, which has been appointed as implementation partner under "
     "a £4m contract.", {("EY", "advises", LEEDS), ("EY", "advises", YORK)}),
    ("Reports\n\nThe report, Running Late: waits in acute trusts, was written by senior fellow "
     "Dr Ama Lister and researcher Ben Ferris.",
     {("Dr Ama Lister", "authored", "Running Late: waits in acute trusts"),
      ("Ben Ferris", "authored", "Running Late: waits in acute trusts")}),
    ("Reviews\n\nThe review, titled Fit to Serve: the future of regional bodies, was led by Dame "
     "Ada Holm, a former permanent secretary.",
     {("Dame Ada Holm", "authored", "Fit to Serve: the future of regional bodies")}),
    ("Reviews\n\nThe plan follows a review of regional bodies that Mr Okoro ordered last year. "
     "Dan Okoro is the health secretary.",
     {("Dan Okoro", "commissioned", "review of regional bodies")}),
    ("Reviews\n\n" + LEEDS + " has a new plan. It follows a Getting It Right First Time review of "
     "hip surgery in Leeds, carried out at the trust’s request.",
     {(LEEDS, "commissioned", "Getting It Right First Time review of hip surgery in Leeds")}),
    ("Reports\n\nThe Centre for Health and the Public Interest published it. Its author, the "
     "centre’s research director Dr Nathan Orrell, used requests.",
     {("Dr Nathan Orrell", "leads", "Centre for Health and the Public Interest")}),
    ("Deals\n\nDoccla won the deal. Doccla’s UK managing director, Sofia Lind, said so.",
     {("Sofia Lind", "leads", "Doccla")}),
    ("Deals\n\n" + LEEDS + ", which runs Harbourside Hospital and Fellbrook Infirmary, has paid "
     "ISS to clean its wards since 2016.", {("ISS", "awardedContract", LEEDS)}),
    ("People\n\nNHS Devon and NHS Dorset will merge. The ICBs have worked as a cluster under a "
     "single chief executive, Ann Bell.",
     {("Ann Bell", "leads", "NHS Devon Integrated Care Board"),
      ("Ann Bell", "leads", "NHS Dorset Integrated Care Board")}),
    ("People\n\nSouth East Coast Ambulance Service NHS Foundation Trust lost the bid. SECAmb’s "
     "interim chief executive, Dr Ivo Dane, said staff were upset.",
     {("Dr Ivo Dane", "leads", "South East Coast Ambulance Service NHS Foundation Trust")}),
    ("Trust news\n\nYork and Scarborough Teaching Hospitals NHS Foundation Trust will take over a "
     "community provider.\n\nYork and Scarborough's chief nurse, Marta Kowalczyk, said the plan "
     "was sound. York’s medical director, Idris Penhale, agreed.",
     {("Marta Kowalczyk", "leads", YORK), ("Idris Penhale", "leads", YORK)}),
    ("Trust news\n\nYork and Scarborough Teaching Hospitals NHS Foundation Trust is growing.\n\n"
     "YSH, which runs Minster Park Hospital, is led by chief executive Olwen Farrant.",
     {("Minster Park Hospital", "partOf", YORK), ("Olwen Farrant", "leads", YORK)}),
    ("Trust news\n\nYork and Scarborough Teaching Hospitals NHS Foundation Trust has picked a "
     "staffing partner. It has signed a three-year contract worth £9m with Quillmark Staffing "
     "Ltd to run its bank service.",
     {("Quillmark Staffing Ltd", "awardedContract", YORK)}),
    ("Trust news\n\nYork and Scarborough Teaching Hospitals NHS Foundation Trust split its "
     "pathology tender in two. The second lot was won by a consortium of Tarnway Diagnostics "
     "Ltd and Brackenfold.",
     {("Tarnway Diagnostics Ltd", "awardedContract", YORK),
      ("Brackenfold", "awardedContract", YORK)}),
    ("Trust news\n\nAmberline Care Ltd has bought a rival. Amberline's managing director, "
     "Petra Loske, said it was a good day.",
     {("Petra Loske", "leads", "Amberline Care Ltd")}),
    ("Trust news\n\nTroubled North Tees and Hartlepool NHS Foundation Trust has found a "
     "successor to its long-serving outgoing chief executive Wendell Ashby. Harrowgate Care "
     "NHS Trust was also mentioned, and Harrowgate Care again, and Harrowgate once more.",
     {("Wendell Ashby", "leads", NORTH_TEES)}),
    ("Trust news\n\nNorth Tees and Hartlepool NHS Foundation Trust has signed a £6m deal with "
     "Pellory Staffing Ltd to run its temporary staffing service across its three hospitals, "
     "including the Harbourside General Hospital.",
     {("Harbourside General Hospital", "partOf", NORTH_TEES)}),
    ("People\n\nNHS England has made changes. Dr Ines Varga, now chief executive of NHS Kent "
     "and Medway Integrated Care Board, will become regional director for the South East in "
     "May. She replaces Hal Brody, who retired in March.",
     {("Dr Ines Varga", "leads", "NHS England"), ("Hal Brody", "leads", "NHS England")}),
    ("People\n\nNorth Tees and Hartlepool NHS Foundation Trust has appointed Rhona Kell as its "
     "chief nurse.\n\nMs Kell is deputy chief nurse at York and Scarborough Teaching Hospitals "
     "NHS Foundation Trust. She will start in June, replacing Tomasz Brill, who retired.",
     {("Tomasz Brill", "leads", NORTH_TEES)}),
    ("People\n\nNHS Devon Integrated Care Board and NHS Cornwall and Isles of Scilly Integrated "
     "Care Board (CIOS ICB) have appointed Nell Ashdown to lead both organisations.",
     {("Nell Ashdown", "leads", "NHS Devon Integrated Care Board"),
      ("Nell Ashdown", "leads", "NHS Cornwall and Isles of Scilly Integrated Care Board")}),
    ("People\n\nDr Sol Brack is deputy chief executive and chief operating officer at North "
     "Tees and Hartlepool NHS Foundation Trust.",
     {("Dr Sol Brack", "leads", NORTH_TEES)}),
    ("People\n\nDr Pia Lund, chief executive of North Tees and Hartlepool NHS Foundation Trust, "
     "has been appointed national clinical director for stroke at NHS England.",
     {("Dr Pia Lund", "leads", "NHS England")}),
    ("Contracts\n\nNHS Devon Integrated Care Board picked the Tamarside Urgent Care Federation "
     "for the service.\n\nDr Ezra Cole, clinical director of the federation, welcomed it.",
     {("Dr Ezra Cole", "leads", "Tamarside Urgent Care Federation")}),
    ("Groups\n\nNorth Tees and Hartlepool NHS Foundation Trust and York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust will share a board. Both trusts are members of the Northern "
     "Rivers Acute Federation, alongside Leeds Teaching Hospitals NHS Trust.",
     {(NORTH_TEES, "partOf", "Northern Rivers Acute Federation"),
      (YORK, "partOf", "Northern Rivers Acute Federation"),
      ("Leeds Teaching Hospitals NHS Trust", "partOf", "Northern Rivers Acute Federation")}),
    ("Money\n\nNorth Tees and Hartlepool NHS Foundation Trust paid £4m to consultancy firms. The "
     "largest sum, £2.2m, went to Carrow Advisory for work on its finances. A further £1m was "
     "paid to Deloitte for support, while the firm Halden Analytics received £300,000.",
     {("Carrow Advisory", "advises", NORTH_TEES), ("Deloitte", "advises", NORTH_TEES)}),
    ("Money\n\nNorth Tees and Hartlepool NHS Foundation Trust is building a centre. The trust "
     "has bought two MRI scanners and a CT scanner for the new centre from Varden Imaging Ltd.",
     {("Varden Imaging Ltd", "awardedContract", NORTH_TEES)}),
    ("Money\n\nNorth Tees and Hartlepool NHS Foundation Trust is busy. The board also approved a "
     "ten-year equipment contract worth £12m with Varden Imaging Ltd.",
     {("Varden Imaging Ltd", "awardedContract", NORTH_TEES)}),
    ("Reports\n\nA birth review has reported. The report, Heard Too Late, looked at 50 cases at "
     "North Tees and Hartlepool NHS Foundation Trust. It was written by midwife Rosa Lind and "
     "obstetrician Kofi Brandt, and commissioned by the trust.",
     {("Rosa Lind", "authored", "Heard Too Late"), ("Kofi Brandt", "authored", "Heard Too Late"),
      (NORTH_TEES, "commissioned", "Heard Too Late")}),
    ("Reports\n\nLeague tables rank trusts. An analysis by the NHS Confederation, Tables Turned, "
     "published last week, argued that they are unfair.",
     {("NHS Confederation", "authored", "Tables Turned")}),
    ("Reports\n\nTwo trusts may merge. A case for change, Better Together, written by the "
     "trusts' joint director of strategy, Ivo Marsh, was published on Friday.",
     {("Ivo Marsh", "authored", "Better Together")}),
    ("Systems\n\nNorth Tees and Hartlepool NHS Foundation Trust employs 9,000 people. It is part "
     "of the North East and North Cumbria integrated care system and works closely with York and "
     "Scarborough Teaching Hospitals NHS Foundation Trust.\n\nThe trust was rated good by the "
     "Care Quality Commission.",
     {(NORTH_TEES, "partOf", "North East and North Cumbria Integrated Care System"),
      (NORTH_TEES, "rated", "good")}),
    ("Advice\n\nNorth Tees and Hartlepool NHS Foundation Trust and York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust agreed a deal. Legal advice for both trusts came from Vane "
     "Mercer.",
     {("Vane Mercer", "advises", NORTH_TEES), ("Vane Mercer", "advises", YORK)}),
    ("Advice\n\nNHS Devon Integrated Care Board chose a provider. The ICB took legal advice from "
     "the law firm Holt Brannan.",
     {("Holt Brannan", "advises", "NHS Devon Integrated Care Board")}),
    ("Advice\n\nNorth Tees and Hartlepool NHS Foundation Trust was criticised. The trust has "
     "since brought in the healthcare consultancy Marlow Vance Consulting to help it plan.",
     {("Marlow Vance Consulting", "advises", NORTH_TEES)}),
    ("Money\n\nNorth Tees and Hartlepool NHS Foundation Trust paid out £2m. The analytics firm "
     "Four Oaks Insight received £80,000 for work on theatre lists.",
     {("Four Oaks Insight", "awardedContract", NORTH_TEES)}),
    ("Mergers\n\nLeeds Teaching Hospitals NHS Trust is to be taken over by York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust.",
     {(YORK, "mergesWith", "Leeds Teaching Hospitals NHS Trust")}),
    ("Mergers\n\nThe acquisition of Leeds Teaching Hospitals NHS Trust by York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust was approved.",
     {(YORK, "mergesWith", "Leeds Teaching Hospitals NHS Trust")}),
    ("People\n\nNHS Wakefield chief executive Ivor Dunne said the PCT would save money.",
     {("Ivor Dunne", "leads", "NHS Wakefield")}),
    ("People\n\nDr Ruth Lane, clinical chair of NHS Leeds West CCG, said it would save money. "
     "Dr Amos Kerr, its chief clinical officer, agreed.",
     {("Dr Ruth Lane", "leads", "NHS Leeds West CCG"),
      ("Dr Amos Kerr", "leads", "NHS Leeds West CCG")}),
    ("Contracts\n\nNorth Tees and Hartlepool NHS Foundation Trust outsourced its patient "
     "transport to Orbis Vale Ltd in 2019.",
     {("Orbis Vale Ltd", "awardedContract", NORTH_TEES)}),
    ("Contracts\n\nThe contract, held by Orbis Vale Ltd since 2019, will be re-let by North Tees "
     "and Hartlepool NHS Foundation Trust.",
     {("Orbis Vale Ltd", "awardedContract", NORTH_TEES)}),
    ("Sites\n\nNorth Tees and Hartlepool NHS Foundation Trust's Harbourside General Hospital is "
     "to close a ward.",
     {("Harbourside General Hospital", "partOf", NORTH_TEES)}),
    ("Mergers\n\nBradford City, Bradford Districts and Airedale, Wharfedale and Craven CCGs "
     "will merge next year.",
     {("NHS Bradford City CCG", "mergesWith", "NHS Airedale, Wharfedale and Craven CCG"),
      ("NHS Bradford Districts CCG", "mergesWith", "NHS Airedale, Wharfedale and Craven CCG")}),
    ("People\n\nJane Birch (pictured), chief executive at Leeds Teaching Hospitals NHS Trust, "
     "said so.",
     {("Jane Birch", "leads", "Leeds Teaching Hospitals NHS Trust")}),
    ("People\n\nJane Birch, the former chief executive of Leeds Teaching Hospitals NHS Trust, now "
     "chairs North Tees and Hartlepool NHS Foundation Trust.",
     {("Jane Birch", "leads", "Leeds Teaching Hospitals NHS Trust"),
      ("Jane Birch", "leads", NORTH_TEES)}),
    ("Reports\n\nThe Harcourt report was published in 2013 after Sir Ewan Harcourt led a public "
     "inquiry.",
     {("Sir Ewan Harcourt", "authored", "Harcourt report")}),
    ("Reports\n\nThe King's Fund published a report on NHS waiting lists, written by Ravi Mehta.",
     {("Ravi Mehta", "authored", "report on NHS waiting lists"),
      ("The King's Fund", "authored", "report on NHS waiting lists")}),
    ("People\n\nDr Nia Holt has been seconded to Leeds Teaching Hospitals NHS Trust as interim "
     "director of finance.",
     {("Dr Nia Holt", "leads", "Leeds Teaching Hospitals NHS Trust")}),
    ("People\n\nLeeds Teaching Hospitals NHS Trust has promoted from within. Dr Nia Holt, "
     "currently deputy chief executive, will step up.",
     {("Dr Nia Holt", "leads", "Leeds Teaching Hospitals NHS Trust")}),
    ("Clusters\n\nThe health authority has picked its managers. Ruth Abel, now chief executive "
     "of Wyre PCT, who will lead the Severn Vale cluster, starts in June.",
     {("Ruth Abel", "leads", "Severn Vale cluster"), ("Ruth Abel", "leads", "Wyre PCT")}),
    ("Mergers\n\nNHS Airedale, Wharfedale and Craven, NHS Bradford City and NHS Bradford "
     "Districts CCGs will merge next year.",
     {("NHS Airedale, Wharfedale and Craven CCG", "mergesWith", "NHS Bradford City CCG"),
      ("NHS Bradford City CCG", "mergesWith", "NHS Bradford Districts CCG")}),
    ("Groups\n\nNorth Tees and Hartlepool NHS Foundation Trust and York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust are busy. North Tees and York are members of the Northern "
     "Acute Alliance.",
     {(NORTH_TEES, "partOf", "Northern Acute Alliance"),
      (YORK, "partOf", "Northern Acute Alliance")}),
    ("Groups\n\nLeeds Teaching Hospitals NHS Trust's subsidiary, Harbour Estates Ltd, will run "
     "the car parks.",
     {("Harbour Estates Ltd", "partOf", "Leeds Teaching Hospitals NHS Trust")}),
    ("Groups\n\nThe West Riding Association of Acute Trusts, which includes Leeds Teaching "
     "Hospitals NHS Trust and Mid Yorkshire Teaching NHS Trust, buys kit.",
     {("Leeds Teaching Hospitals NHS Trust", "partOf",
       "West Riding Association of Acute Trusts"),
      ("Mid Yorkshire Teaching NHS Trust", "partOf", "West Riding Association of Acute Trusts")}),
    ("People\n\nLeeds Teaching Hospitals NHS Trust is in trouble. Vera Lomax and Abel Tranter, "
     "the trust's chief executive and chair, have resigned.",
     {("Vera Lomax", "leads", "Leeds Teaching Hospitals NHS Trust"),
      ("Abel Tranter", "leads", "Leeds Teaching Hospitals NHS Trust")}),
    ("People\n\nThe chief executives of Leeds Teaching Hospitals NHS Trust and Mid Yorkshire "
     "Teaching NHS Trust, Vera Lomax and Abel Tranter, wrote a letter.",
     {("Vera Lomax", "leads", "Leeds Teaching Hospitals NHS Trust"),
      ("Abel Tranter", "leads", "Mid Yorkshire Teaching NHS Trust")}),
    ("People\n\nNHS Yorkshire and the Humber, the strategic health authority, appointed Vera "
     "Lomax as its chief executive.",
     {("Vera Lomax", "leads", "Yorkshire and the Humber Strategic Health Authority")}),
    ("Contracts\n\nCircle took over the running of North Tees and Hartlepool NHS Foundation Trust "
     "in 2012 under a ten-year franchise.",
     {("Circle", "awardedContract", NORTH_TEES)}),
    ("People\n\nLeeds Teaching Hospitals NHS Trust is recruiting a permanent chief executive "
     "after Vera Lomax stepped down.",
     {("Vera Lomax", "leads", "Leeds Teaching Hospitals NHS Trust")}),
    ("People\n\nLeeds Teaching Hospitals NHS Trust's chief executive has quit. Vera Lomax "
     "announced her resignation on Monday.",
     {("Vera Lomax", "leads", "Leeds Teaching Hospitals NHS Trust")}),
    ("Advice\n\nHale Brannock LLP acted for Leeds Teaching Hospitals NHS Trust on the deal.",
     {("Hale Brannock LLP", "advises", "Leeds Teaching Hospitals NHS Trust")}),
    ("Advice\n\nLeeds Teaching Hospitals NHS Trust's advisers, Deloitte, said the deal was sound.",
     {("Deloitte", "advises", "Leeds Teaching Hospitals NHS Trust")}),
    ("Advice\n\nDeloitte provided advice to Leeds Teaching Hospitals NHS Trust on the merger.",
     {("Deloitte", "advises", "Leeds Teaching Hospitals NHS Trust")}),
    ("People\n\nNHS Bedfordshire, Luton and Milton Keynes Integrated Care Board and NHS "
     "Hertfordshire and West Essex Integrated Care Board will share a leader. The previous "
     "chief executive of the Bedfordshire body, Vera Lomax, retired in May.",
     {("Vera Lomax", "leads",
       "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board")}),
    ("Ratings\n\nInspectors found Leeds Teaching Hospitals NHS Trust to be inadequate.",
     {("Leeds Teaching Hospitals NHS Trust", "rated", "inadequate")}),
    ("Reports\n\nTurnover is high, according to a report published today by The King's Fund."
     "\n\nBoards in Flux: NHS Leadership 2015–2025 found that tenure was short. The report was "
     "written by Dr Ada Pike and commissioned by NHS Providers.",
     {("The King's Fund", "authored", "Boards in Flux: NHS Leadership 2015–2025"),
      ("Dr Ada Pike", "authored", "Boards in Flux: NHS Leadership 2015–2025"),
      ("NHS Providers", "commissioned", "Boards in Flux: NHS Leadership 2015–2025")}),
    ("People\n\nThe governors of North Tees and Hartlepool NHS Foundation Trust (NTH) and York "
     "and Scarborough Teaching Hospitals NHS Foundation Trust (YSTH) have approved the "
     "appointment of a joint chair for the two organisations.\n\nUna Fell, currently chair of "
     "Leeds Teaching Hospitals NHS Trust, starts in the role on 1 May.",
     {("Una Fell", "leads", NORTH_TEES), ("Una Fell", "leads", YORK)}),
    ("Lots\n\nThe Wessex Pathology Partnership split the procurement into two lots. Lot 1 has "
     "gone to Tarnway Diagnostics Ltd. Tarnway Diagnostics Ltd runs labs elsewhere. Its UK "
     "chief executive, Rhea Vance, was pleased.",
     {("Tarnway Diagnostics Ltd", "awardedContract", "Wessex Pathology Partnership"),
      ("Rhea Vance", "leads", "Tarnway Diagnostics Ltd")}),
    ("Mergers\n\nNHS England has approved the acquisition of Leeds Teaching Hospitals NHS Trust "
     "by its acute neighbour, York and Scarborough Teaching Hospitals NHS Foundation Trust.",
     {(YORK, "mergesWith", "Leeds Teaching Hospitals NHS Trust")}),
    ("Money\n\nNorth Tees and Hartlepool NHS Foundation Trust and York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust formed a group. Board papers show the trusts paid Vane "
     "Mercer LLP £350,000 to design its governance.",
     {("Vane Mercer LLP", "awardedContract", NORTH_TEES),
      ("Vane Mercer LLP", "awardedContract", YORK)}),
    ("Money\n\nNHS Devon Integrated Care Board spends a lot. Orrin Partners, which was brought in "
     "by NHS Devon to redesign discharge, received £1.9m.",
     {("Orrin Partners", "advises", "NHS Devon Integrated Care Board")}),
    ("Money\n\nNorth Tees and Hartlepool NHS Foundation Trust and York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust merged. The trusts were advised on the deal by KPMG, which "
     "was paid £1.2m.",
     {("KPMG", "awardedContract", NORTH_TEES), ("KPMG", "awardedContract", YORK)}),
    ("Segments\n\nLeeds Teaching Hospitals NHS Trust was placed in segment 3, while North Tees "
     "and Hartlepool NHS Foundation Trust was one of two in the region to make segment 1.",
     {(NORTH_TEES, "movedToSegment", "segment 1")}),
    ("Systems\n\nNHS Bradford City CCG and NHS Bradford Districts CCG will merge. Both are part of "
     "the West Yorkshire and Harrogate Health and Care Partnership.",
     {("NHS Bradford City CCG", "partOf", "West Yorkshire Integrated Care System"),
      ("NHS Bradford Districts CCG", "partOf", "West Yorkshire Integrated Care System")}),
    ("People\n\nLeeds Teaching Hospitals NHS Trust, Mid Yorkshire Teaching NHS Trust and North "
     "Tees and Hartlepool NHS Foundation Trust share a record. The work is led by Dr Ola Reyes, "
     "chief digital information officer for the three trusts, who joined last year.",
     {("Dr Ola Reyes", "leads", "Leeds Teaching Hospitals NHS Trust"),
      ("Dr Ola Reyes", "leads", "Mid Yorkshire Teaching NHS Trust"),
      ("Dr Ola Reyes", "leads", NORTH_TEES)}),
    ("Contracts\n\nNHS Devon Integrated Care Board chose a supplier. Orrin Medical Transport, "
     "which is based in Exeter, also holds transport contracts with NHS Dorset Integrated "
     "Care Board and North Tees and Hartlepool NHS Foundation Trust.",
     {("Orrin Medical Transport", "awardedContract", "NHS Dorset Integrated Care Board"),
      ("Orrin Medical Transport", "awardedContract", NORTH_TEES)}),
    ("Contracts\n\nNHS Dorset Integrated Care Board is merging. Vane Mercer LLP was brought in to "
     "help design the new structure under a £1.2m contract.",
     {("Vane Mercer LLP", "awardedContract", "NHS Dorset Integrated Care Board")}),
    ("Reports\n\nThe health secretary ordered a review of national bodies. The review, titled "
     "Lean and Able: The Future of National Bodies, was led by Dame Ida Lowe and published on "
     "Thursday.",
     {("Dame Ida Lowe", "authored", "Lean and Able: The Future of National Bodies")}),
    ("Mergers\n\nNHS England will be abolished. NHS Digital was merged into it in 2023.",
     {("NHS Digital", "mergesWith", "NHS England")}),
    ("Reports\n\nThe report, titled ‘Paying Twice: Agency Staff in the North’, was published on "
     "Wednesday by the Centre for Health and the Public Interest. Its author, the centre’s "
     "research director Dr Ivo Marsh, used public data.",
     {("Centre for Health and the Public Interest", "authored",
       "Paying Twice: Agency Staff in the North"),
      ("Dr Ivo Marsh", "authored", "Paying Twice: Agency Staff in the North")}),
    ("Reports\n\nThe same problems were found in 2022 by the Royal College of Surgeons of "
     "England, which carried out an invited review of the trust’s cardiac surgery.",
     {("Royal College of Surgeons of England", "authored",
       "invited review of the trust’s cardiac surgery")}),
    ("Bids\n\nA rival bid came from a partnership led by Avon Health and Care, the current "
     "provider. Avon Health and Care’s managing director, Dr Ivo Marsh, was disappointed.",
     {("Dr Ivo Marsh", "leads", "Avon Health and Care")}),
    ("People\n\nNHS England approved the plan. The Salford trust said its deputy chief "
     "executive, Ida Fenn, will act as chief executive. Salford Royal NHS Foundation Trust is "
     "big.",
     {("Ida Fenn", "leads", "Northern Care Alliance NHS Foundation Trust")}),
    ("Reports\n\nThe King's Fund report, Queues Explained, found lists had grown.",
     {("The King's Fund", "authored", "The King's Fund report")}),
    ("Reports\n\nThe report, by the Nuffield Trust, found waiting lists had grown.",
     {("Nuffield Trust", "authored", "report")}),
    ("Reports\n\nThe National Audit Office's report into NHS estates was critical.",
     {("National Audit Office", "authored",
       "National Audit Office's report into NHS estates")}),
    ("Careers\n\nAbe Colvin was confirmed in post. He was previously director of planning at "
     "NHS England and, before that, chief executive of Leeds Teaching Hospitals NHS Trust.",
     {("Abe Colvin", "leads", "Leeds Teaching Hospitals NHS Trust")}),
    ("Careers\n\nIvy Quarles joined NHS Devon Integrated Care Board. Before joining the NHS she "
     "was director of adult social services at Devon County Council.",
     {("Ivy Quarles", "leads", "Devon County Council")}),
    ("Mergers\n\nThey cite Leeds Teaching Hospitals NHS Trust, formed when North Tees and "
     "Hartlepool NHS Foundation Trust merged with The York and Scarborough Teaching Hospitals NHS "
     "Foundation Trust, as a model.",
     {(NORTH_TEES, "mergesWith", YORK)}),
    ("Mergers\n\nNHS Devon Integrated Care Board and NHS Dorset Integrated Care Board (Dorset "
     "ICB) share a chair. The ICBs plan to merge next year.",
     {("NHS Devon Integrated Care Board", "mergesWith", "NHS Dorset Integrated Care Board")}),
    ("Mergers\n\nNorth Tees and Hartlepool NHS Foundation Trust and York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust work together. Their boards will vote on a proposal to "
     "merge the two trusts into a single trust.",
     {(NORTH_TEES, "mergesWith", YORK)}),
    ("Groups\n\nNorth Tees and Hartlepool NHS Foundation Trust and York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust are close. Both trusts are members of the Northern Rivers "
     "Acute and Specialist Trust provider collaborative.",
     {(NORTH_TEES, "partOf",
       "Northern Rivers Acute and Specialist Trust provider collaborative")}),
    ("Systems\n\nCornwall and Isles of Scilly Integrated Care System has a new chair. Its members "
     "include the county's three acute trusts: Royal Cornwall Hospitals NHS Trust, University "
     "Hospitals Plymouth NHS Trust and " + "Torbay and South Devon NHS Foundation Trust, as well "
     "as two councils.",
     {("Royal Cornwall Hospitals NHS Trust", "partOf",
       "Cornwall and Isles of Scilly Integrated Care System"),
      ("University Hospitals Plymouth NHS Trust", "partOf",
       "Cornwall and Isles of Scilly Integrated Care System"),
      ("Torbay and South Devon NHS Foundation Trust", "partOf",
       "Cornwall and Isles of Scilly Integrated Care System")}),
    ("Pathology\n\nHumber Pathology is a partnership between Hull University Teaching Hospitals "
     "NHS Trust and " + YORK + ".",
     {("Hull University Teaching Hospitals NHS Trust", "partOf", "Humber Pathology"),
      (YORK, "partOf", "Humber Pathology")}),
    ("Systems\n\nThe board will sit inside the Devon Integrated Care System, which also takes in "
     "four councils, and the Somerset Integrated Care System, which also includes two councils "
     "and the area's NHS trusts: Yeovil District Hospital NHS Foundation Trust and Somerset NHS "
     "Foundation Trust.",
     {("Yeovil District Hospital NHS Foundation Trust", "partOf",
       "Somerset Integrated Care System"),
      ("Somerset NHS Foundation Trust", "partOf", "Somerset Integrated Care System")}),
    ("CCGs\n\nNHS Bradford City CCG and NHS Bradford Districts CCG share one office. Both CCGs "
     "are part of the West Yorkshire Health and Care Partnership.",
     {("NHS Bradford City CCG", "partOf", "West Yorkshire Integrated Care System"),
      ("NHS Bradford Districts CCG", "partOf", "West Yorkshire Integrated Care System")}),
    ("Groups\n\n" + LEEDS + " forms part of the West Yorkshire Association of Acute Trusts.",
     {(LEEDS, "partOf", "West Yorkshire Association of Acute Trusts")}),
    ("Advice\n\n" + LEEDS + " is in breach of its licence. The trust has also appointed Pellow "
     "Crane LLP as turnaround advisers under a contract worth £600,000.",
     {("Pellow Crane LLP", "advises", LEEDS), ("Pellow Crane LLP", "awardedContract", LEEDS)}),
    ("Advice\n\n" + LEEDS + " will set up a company. The plan was drawn up with advice from "
     "accountancy firm Pellow Crane, which was paid £90,000 for the work.",
     {("Pellow Crane", "advises", LEEDS), ("Pellow Crane", "awardedContract", LEEDS)}),
    ("Advice\n\nNHS Lincolnshire Integrated Care Board and NHS Norfolk and Waveney Integrated "
     "Care Board will share a chief. The ICBs have jointly hired consultancy Foxley Partners to "
     "advise on the design, in a contract worth £300,000.",
     {("Foxley Partners", "advises", "NHS Lincolnshire Integrated Care Board"),
      ("Foxley Partners", "awardedContract", "NHS Norfolk and Waveney Integrated Care Board")}),
    ("Advice\n\nNHS Kent and Medway Integrated Care Board awarded Newgate Consulting a £1.4m "
     "contract to review its spending on beds.",
     {("Newgate Consulting", "advises", "NHS Kent and Medway Integrated Care Board"),
      ("Newgate Consulting", "awardedContract", "NHS Kent and Medway Integrated Care Board")}),
    ("Merger\n\nMedway NHS Foundation Trust, which runs Medway Maritime Hospital, and Dartford "
     "and Gravesham NHS Trust came together in April to form Kent Coast Hospitals NHS Trust. "
     "Jane Hart, who had been chief executive of Dartford and Gravesham since 2004, is chief "
     "executive of the new trust. The chair of the merged trust is Dr Sally Prior.",
     {("Medway NHS Foundation Trust", "mergesWith", "Dartford and Gravesham NHS Trust"),
      ("Jane Hart", "leads", "Kent Coast Hospitals NHS Trust"),
      ("Dr Sally Prior", "leads", "Kent Coast Hospitals NHS Trust")}),
    ("People\n\nAnn Smith, chief executive of NHS Sheffield, will step down in March. Her "
     "successor is Dr Tom Rees, now director of finance at NHS Yorkshire and the Humber. The "
     "appointment was confirmed by the PCT board. Its chairman, Bill Ridd, was pleased.",
     {("Dr Tom Rees", "leads", "NHS Sheffield"), ("Bill Ridd", "leads", "NHS Sheffield")}),
    ("People\n\nJane Hart is chief executive of " + LEEDS + ". Her opposite number at "
     "Bradford Teaching Hospitals NHS Foundation Trust, Paul Lowe, has retired.",
     {("Paul Lowe", "leads", "Bradford Teaching Hospitals NHS Foundation Trust")}),
    ("Sites\n\nWye Valley NHS Trust, which runs Hereford County Hospital, and Worcestershire "
     "Acute Hospitals NHS Trust, which runs the Alexandra Hospital and Kidderminster Hospital, "
     "met on Monday.",
     {("Hereford County Hospital", "partOf", "Wye Valley NHS Trust"),
      ("Alexandra Hospital", "partOf", "Worcestershire Acute Hospitals NHS Trust"),
      ("Kidderminster Hospital", "partOf", "Worcestershire Acute Hospitals NHS Trust")}),
    ("Ratings\n\nThe boards of Kettering General Hospital NHS Foundation Trust and Northampton "
     "General Hospital NHS Trust met today. Both are rated requires improvement by the Care "
     "Quality Commission.",
     {("Kettering General Hospital NHS Foundation Trust", "rated", "requires improvement"),
      ("Northampton General Hospital NHS Trust", "rated", "requires improvement")}),
    ("CCGs\n\nNHS England has approved the merger of the two clinical commissioning groups "
     "covering Bradford. NHS Bradford City CCG and NHS Bradford Districts CCG have shared a team "
     "since 2016.",
     {("NHS Bradford City CCG", "mergesWith", "NHS Bradford Districts CCG")}),
    ("Deals\n\n" + LEEDS + " has signed a five-year deal with Orbis Health Systems.",
     {("Orbis Health Systems", "awardedContract", LEEDS)}),
    ("Deals\n\n" + LEEDS + " has chosen Ardent Digital to supply its new record system.",
     {("Ardent Digital", "awardedContract", LEEDS)}),
    ("Deals\n\n" + LEEDS + " has commissioned Quayside Medical to provide out-of-hours care.",
     {("Quayside Medical", "awardedContract", LEEDS)}),
    ("Deals\n\n" + LEEDS + " has appointed Falcon Medical Transport to run its patient transport "
     "in a deal worth £4m.",
     {("Falcon Medical Transport", "awardedContract", LEEDS)}),
    ("Systems\n\nThe West Yorkshire Integrated Care System covers " + LEEDS + " and Airedale NHS "
     "Foundation Trust.",
     {(LEEDS, "partOf", "West Yorkshire Integrated Care System"),
      ("Airedale NHS Foundation Trust", "partOf", "West Yorkshire Integrated Care System")}),
    ("Groups\n\nThe Shelford Group, whose members include " + LEEDS + " and Sheffield Teaching "
     "Hospitals NHS Foundation Trust, wrote to ministers.",
     {(LEEDS, "partOf", "Shelford Group"),
      ("Sheffield Teaching Hospitals NHS Foundation Trust", "partOf", "Shelford Group")}),
    ("Estates\n\nNHS Property Services, a company owned by the Department of Health and Social "
     "Care, manages the site.",
     {("NHS Property Services", "partOf", "Department of Health and Social Care")}),
    ("Estates\n\n" + LEEDS + " has set up a wholly owned subsidiary, Aire Estates Ltd, to run "
     "its buildings.",
     {("Aire Estates Ltd", "partOf", LEEDS)}),
    ("Systems\n\nNHS Kernow Clinical Commissioning Group and the Royal Cornwall Hospitals NHS "
     "Trust are both members of the Cornwall and Isles of Scilly Integrated Care System.",
     {("NHS Kernow CCG", "partOf",
       "Cornwall and Isles of Scilly Integrated Care System")}),
    ("Advice\n\n" + LEEDS + " is being advised by Northgate Advisory on the merger.",
     {("Northgate Advisory", "advises", LEEDS)}),
    ("Advice\n\n" + LEEDS + " appointed Northgate Advisory as its financial adviser.",
     {("Northgate Advisory", "advises", LEEDS)}),
    ("Advice\n\n" + LEEDS + " has turned to Northgate Advisory for help with its finances.",
     {("Northgate Advisory", "advises", LEEDS)}),
    ("Advice\n\n" + LEEDS + " commissioned Northgate Advisory to produce a report on its "
     "finances.",
     {("Northgate Advisory", "advises", LEEDS)}),
    ("People\n\n" + LEEDS + " has a new chief executive. Jane Roe starts in May.",
     {("Jane Roe", "leads", LEEDS)}),
    ("People\n\n" + LEEDS + " and Airedale NHS Foundation Trust will share a chief executive. "
     "Jane Roe, currently at Airedale, will lead both trusts.",
     {("Jane Roe", "leads", LEEDS), ("Jane Roe", "leads", "Airedale NHS Foundation Trust")}),
    ("People\n\nAiredale NHS Foundation Trust is struggling. The trust, whose chief executive is "
     "Jane Roe, has a deficit.",
     {("Jane Roe", "leads", "Airedale NHS Foundation Trust")}),
    ("Mergers\n\nNHS England has given the go-ahead for " + LEEDS + " to absorb Airedale NHS "
     "Foundation Trust.", {(LEEDS, "mergesWith", "Airedale NHS Foundation Trust")}),
    ("Mergers\n\nThe new trust will be formed from " + LEEDS + " and Airedale NHS Foundation "
     "Trust.", {(LEEDS, "mergesWith", "Airedale NHS Foundation Trust")}),
    ("Mergers\n\n" + LEEDS + " and Airedale NHS Foundation Trust combined in 2019.",
     {(LEEDS, "mergesWith", "Airedale NHS Foundation Trust")}),
    ("Mergers\n\n" + LEEDS + " and Airedale NHS Foundation Trust want to create a single "
     "organisation.", {(LEEDS, "mergesWith", "Airedale NHS Foundation Trust")}),
    ("Reports\n\nIn a report titled Waiting Well, the Nuffield Trust said delays were rising.",
     {("Nuffield Trust", "authored", "Waiting Well")}),
    ("Reports\n\nAn investigation by the Healthcare Safety Investigation Branch found that staff "
     "were overstretched.",
     {("Healthcare Safety Investigation Branch", "authored",
       "investigation by the Healthcare Safety Investigation Branch")}),
    ("Deals\n\nA Manchester company has won a £4m contract to run patient transport for "
     + LEEDS + ". Orbis Health Systems will start in April.",
     {("Orbis Health Systems", "awardedContract", LEEDS)}),
    ("Deals\n\n" + LEEDS + "’s new catering contractor is Orbis Health Systems.",
     {("Orbis Health Systems", "awardedContract", LEEDS)}),
    ("Sites\n\nMedway Maritime Hospital, Medway NHS Foundation Trust's only acute site, was rated "
     "good.", {("Medway Maritime Hospital", "partOf", "Medway NHS Foundation Trust")}),
    ("Sites\n\nSt Aldhelm's Hospital in Chichester is one of the hospitals run by University "
     "Hospitals Sussex NHS Foundation Trust.",
     {("St Aldhelm's Hospital", "partOf", "University Hospitals Sussex NHS Foundation Trust")}),
    ("Sites\n\nUniversity Hospitals Sussex NHS Foundation Trust has three main sites: the Harbour "
     "Road Hospital, Downland Hospital and St Aldhelm's Hospital.",
     {("Harbour Road Hospital", "partOf", "University Hospitals Sussex NHS Foundation Trust"),
      ("St Aldhelm's Hospital", "partOf", "University Hospitals Sussex NHS Foundation Trust")}),
    ("Sites\n\nFellbrook Infirmary and Harbour Road Hospital are both run by " + LEEDS + ".",
     {("Fellbrook Infirmary", "partOf", LEEDS), ("Harbour Road Hospital", "partOf", LEEDS)}),
    ("Sites\n\n" + LEEDS + " apologised. Patients at the trust's Harbour Road Hospital waited "
     "longer. The trust's hospitals include Downland Hospital and the Fellbrook Infirmary.",
     {("Harbour Road Hospital", "partOf", LEEDS), ("Downland Hospital", "partOf", LEEDS),
      ("Fellbrook Infirmary", "partOf", LEEDS)}),
    ("People\n\nCare Quality Commission chief inspector of hospitals Professor Ann Kersh said the "
     "trust had improved.", {("Professor Ann Kersh", "leads", "Care Quality Commission")}),
    ("People\n\nDr Tom Vane, the British Medical Association's council chair, criticised the "
     "deal.", {("Dr Tom Vane", "leads", "British Medical Association")}),
    ("CCGs\n\nNHS Bradford City CCG, one of five CCGs in the West Yorkshire Integrated Care "
     "System, will merge.",
     {("NHS Bradford City CCG", "partOf", "West Yorkshire Integrated Care System")}),
    ("Systems\n\nNHS West Yorkshire Integrated Care Board's member trusts, " + LEEDS + " and "
     "Airedale NHS Foundation Trust, signed the plan.",
     {(LEEDS, "partOf", "NHS West Yorkshire Integrated Care Board"),
      ("Airedale NHS Foundation Trust", "partOf", "NHS West Yorkshire Integrated Care Board")}),
    ("Estates\n\n" + LEEDS + " said so. Aire Estates Ltd, the trust's wholly owned subsidiary, "
     "employs 400 staff.", {("Aire Estates Ltd", "partOf", LEEDS)}),
    ("Groups\n\nAiredale NHS Foundation Trust joined the West Yorkshire Association of Acute "
     "Trusts in 2016.",
     {("Airedale NHS Foundation Trust", "partOf", "West Yorkshire Association of Acute Trusts")}),
    ("Clusters\n\nNHS North of England, the cluster that brings together NHS North East and NHS "
     "North West, will be led by Rosa Ashcroft, now chief executive of NHS North East. Professor "
     "Ian Cotter, chair of NHS North West, will chair the cluster board.",
     {("Rosa Ashcroft", "leads", "NHS North of England"),
      ("Professor Ian Cotter", "leads", "NHS North of England"),
      ("NHS North East", "partOf", "NHS North of England")}),
    ("Boards\n\nNHS Kent and Medway Integrated Care Board has named its executive team. The other "
     "appointments are:\n\nDr Hamid Vossler as chief medical officer.\n\n- Director of nursing: "
     "Cath Barrow, previously at Brighton\n",
     {("Dr Hamid Vossler", "leads", "NHS Kent and Medway Integrated Care Board"),
      ("Cath Barrow", "leads", "NHS Kent and Medway Integrated Care Board")}),
    ("CCGs\n\nNHS Bradford City CCG and NHS Bradford Districts CCG will merge. The new body will "
     "be led by Fiona Calder, who is already accountable officer for both CCGs.",
     {("Fiona Calder", "leads", "NHS Bradford City CCG"),
      ("Fiona Calder", "leads", "NHS Bradford Districts CCG")}),
    ("Deals\n\nNHS Digital selected Brightwell Software and Tannery Data Ltd as suppliers for "
     "the framework.",
     {("Brightwell Software", "awardedContract", "NHS Digital"),
      ("Tannery Data Ltd", "awardedContract", "NHS Digital")}),
    ("Deals\n\nThe Department of Health and Social Care spent £250m on gowns from Haverley "
     "Trading Ltd during the pandemic.",
     {("Haverley Trading Ltd", "awardedContract", "Department of Health and Social Care")}),
    ("Deals\n\nWyvern Staffing Ltd supplied agency nurses to North Bristol NHS Trust worth £14m "
     "in a year.", {("Wyvern Staffing Ltd", "awardedContract", "North Bristol NHS Trust")}),
    ("Deals\n\nRadiance Scanning Ltd, appointed by Cornwall Partnership NHS Foundation Trust, "
     "began work in May.",
     {("Radiance Scanning Ltd", "awardedContract", "Cornwall Partnership NHS Foundation Trust")}),
    ("Deals\n\nLeicestershire Partnership NHS Trust signed a £3m deal for therapy apps. The "
     "supplier, MindMesh Ltd, is a start-up.",
     {("MindMesh Ltd", "awardedContract", "Leicestershire Partnership NHS Trust")}),
    ("Deals\n\nNotice of award. Buyer: Sheffield Health and Social Care NHS Foundation Trust. "
     "Supplier: LinguaMed Ltd.",
     {("LinguaMed Ltd", "awardedContract", "Sheffield Health & Social Care NHS Foundation "
       "Trust")}),
    ("Advice\n\nBristol City Council is being advised by Tallis Strategy on its care homes.",
     {("Tallis Strategy", "advises", "Bristol City Council")}),
    ("Advice\n\nAccountants Fenwick Marr were appointed as financial advisers to the Greater "
     "Manchester Health and Social Care Partnership.",
     {("Fenwick Marr", "advises", "Greater Manchester Integrated Care System")}),
    ("Advice\n\nBedford Hospital NHS Trust and " + LEEDS + " took advice from Marlowe Strategy "
     "Ltd ahead of their merger.",
     {("Marlowe Strategy Ltd", "advises", "Bedford Hospital NHS Trust"),
      ("Marlowe Strategy Ltd", "advises", LEEDS)}),
    ("Advice\n\nAldgate Consulting is providing capacity support to NHS Northamptonshire ICB.",
     {("Aldgate Consulting", "advises", "NHS Northamptonshire Integrated Care Board")}),
    ("Advice\n\n" + LEEDS + "'s lawyers, Hartley Prothero Solicitors, wrote to the family.",
     {("Hartley Prothero Solicitors", "advises", LEEDS)}),
    ("Reviews\n\nAt the request of Monitor, the accountancy firm Hollins Grant produced a report "
     "on the trust's finances.",
     {("Monitor", "commissioned", "report on the trust's finances"),
      ("Hollins Grant", "authored", "report on the trust's finances")}),
    ("Reviews\n\nNHS Improvement has commissioned an external review of governance at " + LEEDS
     + ". Barrister Helen Marchant will lead it.",
     {("Helen Marchant", "authored", "external review of governance at " + LEEDS)}),
    ("Reviews\n\nDr Wendell Ashby will chair an independent inquiry into maternity failings at "
     + LEEDS + ", set up by NHS England.",
     {("NHS England", "commissioned", "independent inquiry into maternity failings at " + LEEDS)}),
    ("Ratings\n\nRated good: Harrogate and District NHS Foundation Trust and Airedale NHS "
     "Foundation Trust.",
     {("Harrogate and District NHS Foundation Trust", "rated", "good"),
      ("Airedale NHS Foundation Trust", "rated", "good")}),
    ("Ratings\n\nThe CQC's verdict on " + LEEDS + ": requires improvement.",
     {(LEEDS, "rated", "requires improvement")}),
    ("Mergers\n\n" + LEEDS + " and Airedale NHS Foundation Trust came together as Kent Coast "
     "Hospitals NHS Trust.", {(LEEDS, "mergesWith", "Airedale NHS Foundation Trust")}),
    ("Mergers\n\nThe Tavistock and Portman NHS Foundation Trust had been expected to fold into "
     + LEEDS + ".", {("Tavistock and Portman NHS Foundation Trust", "mergesWith", LEEDS)}),
    ("People\n\nSue Ramsden will take the helm at " + LEEDS + " this autumn.",
     {("Sue Ramsden", "leads", LEEDS)}),
    ("People\n\nAfter eight years at the helm of " + LEEDS + ", Sir Declan Roper is moving on.",
     {("Sir Declan Roper", "leads", LEEDS)}),
    ("People\n\nThe interim chair of " + LEEDS + " and Airedale NHS Foundation Trust is Alan "
     "Burridge.",
     {("Alan Burridge", "leads", LEEDS),
      ("Alan Burridge", "leads", "Airedale NHS Foundation Trust")}),

    ("Boards\n\n" + LEEDS + " – chief executive: Jon Ebbs; chair: Pat Wain.",
     {("Jon Ebbs", "leads", LEEDS), ("Pat Wain", "leads", LEEDS)}),
    ("Boards\n\n" + LEEDS + " board members: Tess Moult (chair), Dr Olu Ade (chief "
     "executive).", {("Tess Moult", "leads", LEEDS), ("Dr Olu Ade", "leads", LEEDS)}),
    ("Groups\n\n" + LEEDS + " is one of the member organisations of the West Yorkshire "
     "Association of Acute Trusts.",
     {(LEEDS, "partOf", "West Yorkshire Association of Acute Trusts")}),
    ("Estates\n\nCaterwell Partnerships Ltd, which is a subsidiary of the catering giant Compass "
     "Ventures plc, runs the kitchens.",
     {("Caterwell Partnerships Ltd", "partOf", "Compass Ventures plc")}),
    ("Systems\n\nEast Midlands Ambulance Service NHS Trust is a partner of the Lincolnshire "
     "Integrated Care System.",
     {("East Midlands Ambulance Service NHS Trust", "partOf",
       "Lincolnshire Integrated Care System")}),
    ("Advice\n\nSterling Healthcare Advisory is advising Essex County Council on commissioning.",
     {("Sterling Healthcare Advisory", "advises", "Essex County Council")}),
    ("People\n\nSpeaking at a conference, the chief executive of " + LEEDS + " called for longer "
     "budgets. Ben Whitby said trusts \"cannot plan a year at a time\".",
     {("Ben Whitby", "leads", LEEDS)}),
    ("People\n\n" + LEEDS + "'s chief executive spoke to the paper about waiting lists. \"It is "
     "not acceptable,\" said Francis Holme.", {("Francis Holme", "leads", LEEDS)}),
    ("Sites\n\nHarbour Road Hospital has struggled to recruit. Its parent organisation, " + LEEDS
     + ", says the site will keep its A&E.", {("Harbour Road Hospital", "partOf", LEEDS)}),
    ("Sites\n\nHarbour Road Hospital has reopened its birth centre. The Slough hospital has been "
     "run by " + LEEDS + " since 2014.", {("Harbour Road Hospital", "partOf", LEEDS)}),
    ("Sites\n\nHarbour Road Hospital is the largest in the county. It is managed by " + LEEDS
     + ".", {("Harbour Road Hospital", "partOf", LEEDS)}),
    ("Sites\n\nHarbour Road Hospital sits in Bury. " + LEEDS + ", which runs it, is struggling.",
     {("Harbour Road Hospital", "partOf", LEEDS)}),
    ("Advice\n\nNHS England asked Castleford Partners to look at the books. The firm has been "
     "advising NHS Kent and Medway Integrated Care Board since the autumn.",
     {("Castleford Partners", "advises", "NHS Kent and Medway Integrated Care Board")}),
    ("Advice\n\nLawyers from Carrick Wynne LLP represented " + LEEDS + " at the inquest. The firm "
     "also acts for the trust in employment cases.", {("Carrick Wynne LLP", "advises", LEEDS)}),
    ("Reviews\n\n" + LEEDS + " has published an external review of its stroke service. The trust "
     "asked Professor Colm Dwyer, a neurologist, to lead the review after two deaths.",
     {("Professor Colm Dwyer", "authored", "external review of its stroke service"),
      (LEEDS, "commissioned", "external review of its stroke service")}),
    ("Mergers\n\nThe new trust was the product of a merger of two mental health trusts: " + LEEDS
     + " and Airedale NHS Foundation Trust.",
     {(LEEDS, "mergesWith", "Airedale NHS Foundation Trust")}),
    ("People\n\nIts first accountable officer, John Tarrant, had previously run NHS South West "
     "Lincolnshire CCG.", {("John Tarrant", "leads", "NHS South West Lincolnshire CCG")}),
    ("Ratings\n\nThe CQC rated " + LEEDS + " requires improvement and Airedale NHS Foundation "
     "Trust inadequate.",
     {(LEEDS, "rated", "requires improvement"),
      ("Airedale NHS Foundation Trust", "rated", "inadequate")}),
    ("Segments\n\nTwo trusts in the region were placed in segment 3 this week. They are " + LEEDS
     + " and Airedale NHS Foundation Trust.",
     {(LEEDS, "movedToSegment", "segment 3"),
      ("Airedale NHS Foundation Trust", "movedToSegment", "segment 3")}),
    ("People\n\n" + LEEDS + " said Callum Ferris will succeed Kerry Jelf as chief executive in "
     "September.", {("Callum Ferris", "leads", LEEDS), ("Kerry Jelf", "leads", LEEDS)}),
    ("People\n\n" + LEEDS + " lost its chief executive, Richard Fenn, in 2018. His replacement, "
     "Glenys Price, came from Airedale NHS Foundation Trust.",
     {("Glenys Price", "leads", LEEDS)}),
    ("People\n\n" + LEEDS + " said the appointment of Tracy Oller as chief executive was "
     "unanimous.", {("Tracy Oller", "leads", LEEDS)}),
    ("Sites\n\n" + LEEDS + " runs seven hospitals. Among them are Harbour Road Hospital and the "
     "Fellbrook Infirmary.",
     {("Harbour Road Hospital", "partOf", LEEDS), ("Fellbrook Infirmary", "partOf", LEEDS)}),
    ("Deals\n\nThe three CCGs - NHS Barnsley CCG, NHS Rotherham CCG and NHS Doncaster CCG - "
     "jointly tendered for a new service. They awarded it to Northvale Urgent Care Ltd.",
     {("Northvale Urgent Care Ltd", "awardedContract", "NHS Barnsley CCG"),
      ("Northvale Urgent Care Ltd", "awardedContract", "NHS Doncaster CCG")}),
    ("People\n\nFollowing the retirement of Chris Pember, " + LEEDS + " has appointed Dr Leila "
     "Farr to the role of chief executive.",
     {("Chris Pember", "leads", LEEDS), ("Dr Leila Farr", "leads", LEEDS)}),
    ("People\n\n" + LEEDS + "'s chief executive is Pamela Gorrie. Her predecessor, Iain Munro, "
     "left amid an inquiry.", {("Iain Munro", "leads", LEEDS)}),
    ("Deals\n\nRidgeway Build Ltd has won its biggest job. The firm will build a new hospital for "
     + LEEDS + " under a £300m contract.", {("Ridgeway Build Ltd", "awardedContract", LEEDS)}),
    ("Deals\n\nKernow Clean Ltd does the cleaning at " + LEEDS + ". The trust awarded the firm "
     "the contract in 2017.", {("Kernow Clean Ltd", "awardedContract", LEEDS)}),
    ("Deals\n\n" + LEEDS + " appointed Ridgeway Build Ltd as its construction partner.",
     {("Ridgeway Build Ltd", "awardedContract", LEEDS)}),
    ("Systems\n\nAmong the members of the West Yorkshire Integrated Care System are " + LEEDS
     + " and Airedale NHS Foundation Trust.",
     {(LEEDS, "partOf", "West Yorkshire Integrated Care System"),
      ("Airedale NHS Foundation Trust", "partOf", "West Yorkshire Integrated Care System")}),
    ("Sites\n\nHarbour Road Hospital and Downland Hospital came under one trust in 2020. " + LEEDS
     + " now runs both.",
     {("Harbour Road Hospital", "partOf", LEEDS), ("Downland Hospital", "partOf", LEEDS)}),
    ("Advice\n\nBristol City Council's adviser on the care home sale was Tarn Capital.",
     {("Tarn Capital", "advises", "Bristol City Council")}),
    ("Advice\n\nAdvice to the trust board came from Ravensfield Associates. " + LEEDS + " had "
     "engaged the firm in April.", {("Ravensfield Associates", "advises", LEEDS)}),
    ("People\n\nThe letter was signed by the chief executives of both trusts: Mark Vesey of "
     + LEEDS + " and Ayesha Khan of Airedale NHS Foundation Trust.",
     {("Mark Vesey", "leads", LEEDS), ("Ayesha Khan", "leads", "Airedale NHS Foundation Trust")}),
    ("People\n\n" + LEEDS + " (LTHT) has promoted from within. Rajiv Bhatt moves up to be LTHT's "
     "medical director.", {("Rajiv Bhatt", "leads", LEEDS)}),
    ("Mergers\n\nKent Coast Hospitals NHS Trust was created in 2019. It brought together " + LEEDS
     + " and Airedale NHS Foundation Trust.",
     {(LEEDS, "mergesWith", "Airedale NHS Foundation Trust")}),
    ("Board\n\nDr Rhian Cole, GP and clinical chair of NHS Wakefield CCG, said practices "
     "would be paid.", {("Dr Rhian Cole", "leads", "NHS Wakefield CCG")}),
    ("Board\n\n" + LEEDS + "'s chief executive resigned in 2019. Her successor, Jo Lerwick, "
     "is now leaving too.", {("Jo Lerwick", "leads", LEEDS)}),
    ("Board\n\nTim Hale quit as finance director of " + LEEDS + " in 2012. His replacement at "
     "LTHT, Sue Carrow, stayed a year.", {("Sue Carrow", "leads", LEEDS)}),
    ("Board\n\n" + LEEDS + " has made two appointments. The new chief finance officer is Sean "
     "Tullock.", {("Sean Tullock", "leads", LEEDS)}),
    ("Board\n\n" + LEEDS + " has lost its chief executive. Ann Halloran resigned on Tuesday.",
     {("Ann Halloran", "leads", LEEDS)}),
    ("Board\n\n" + LEEDS + " said goodbye to its long-serving chairman this week. Hamid Mirren "
     "retires after nine years.", {("Hamid Mirren", "leads", LEEDS)}),
    ("Board\n\n" + LEEDS + " has lost its second chief executive in three years after Rick "
     "Penwell resigned on Tuesday.", {("Rick Penwell", "leads", LEEDS)}),
    ("Board\n\nDr Ada Roe and Dr Lucia Hartnell have been appointed joint chief executives of "
     + LEEDS + ".", {("Dr Ada Roe", "leads", LEEDS), ("Dr Lucia Hartnell", "leads", LEEDS)}),
    ("Board\n\nDr Ada Roe and Dr Lucia Hartnell will job-share the role of medical director at "
     + LEEDS + ".", {("Dr Ada Roe", "leads", LEEDS), ("Dr Lucia Hartnell", "leads", LEEDS)}),
    ("Board\n\n" + LEEDS + " has appointed two joint interim chief executives. Alys Wade and "
     "Rob Maynell will share the job until May.",
     {("Alys Wade", "leads", LEEDS), ("Rob Maynell", "leads", LEEDS)}),
    ("Board\n\n\"We cannot keep patching,\" says Fergal Lamm. As chief executive of " + LEEDS
     + ", he has lobbied for years.", {("Fergal Lamm", "leads", LEEDS)}),
    ("Board\n\nTrevor Banham wears two hats. He is chief executive of " + LEEDS + " and, since "
     "January, has also been interim chief executive of Wye Valley NHS Trust.",
     {("Trevor Banham", "leads", LEEDS), ("Trevor Banham", "leads", "Wye Valley NHS Trust")}),
    ("Deals\n\nNHS Kent and Medway ICB has extended its contract with Brightwater Pharmacy "
     "Services by two years.", {("Brightwater Pharmacy Services", "awardedContract",
                                 "NHS Kent and Medway Integrated Care Board")}),
    ("Deals\n\n" + LEEDS + " selected Tallon Robotics to supply two surgical robots.",
     {("Tallon Robotics", "awardedContract", LEEDS)}),
    ("Deals\n\n" + LEEDS + " paid £1.2m to the locum agency Medirect Ltd in a single quarter.",
     {("Medirect Ltd", "awardedContract", LEEDS)}),
    ("Deals\n\nCorvex Systems, which supplies " + LEEDS + " with its patient record, has been "
     "fined.", {("Corvex Systems", "awardedContract", LEEDS)}),
    ("Board\n\nDr Felix Amadou will be medical director at Bolton NHS Foundation Trust in place "
     "of Dr Una McGrath, who is moving to a national role.",
     {("Dr Una McGrath", "leads", "Bolton NHS Foundation Trust")}),
    ("Board\n\nThe search for a successor to Hugo Templar, who leaves " + LEEDS + " in May after "
     "six years as chief executive, has been paused.", {("Hugo Templar", "leads", LEEDS)}),
    ("Board\n\nAs director of public health for NHS Manchester, the city's primary care trust, "
     "Dr Abi Fagan led the response.", {("Dr Abi Fagan", "leads", "NHS Manchester")}),
    ("Board\n\n" + LEEDS + " is busy. The trust's chair (Margot Feeny) and chief executive (Anil "
     "Surette) met campaigners.", {("Margot Feeny", "leads", LEEDS),
                                   ("Anil Surette", "leads", LEEDS)}),
    ("Board\n\n" + LEEDS + "'s chair (Margot Feeny) met campaigners.",
     {("Margot Feeny", "leads", LEEDS)}),
    ("Advice\n\nActing on the advice of Marlow Sutton LLP, " + LEEDS + " has delayed the sale.",
     {("Marlow Sutton LLP", "advises", LEEDS)}),
    ("Advice\n\nNHS Somerset ICB has retained Alder Brook Consulting for six more months.",
     {("Alder Brook Consulting", "advises", "NHS Somerset Integrated Care Board")}),
    ("Advice\n\nHalden Pryce, which advises NHS England on procurement, has other clients.",
     {("Halden Pryce", "advises", "NHS England")}),
    ("Advice\n\nThorne Ellis LLP has advised three ICBs on their plans: NHS Devon ICB, NHS Dorset "
     "ICB and NHS Somerset ICB.",
     {("Thorne Ellis LLP", "advises", "NHS Devon Integrated Care Board"),
      ("Thorne Ellis LLP", "advises", "NHS Dorset Integrated Care Board"),
      ("Thorne Ellis LLP", "advises", "NHS Somerset Integrated Care Board")}),
    ("Deals\n\nNHS Improvement paid strategy firm Ellery Sloane £2.4m for advice on its merger "
     "with NHS England.", {("NHS Improvement", "mergesWith", "NHS England")}),
    ("Board\n\n" + LEEDS + " has announced its next chair. Greta Lindgren, a solicitor from "
     "Kendal, joins the board in February.", {("Greta Lindgren", "leads", LEEDS)}),
    ("Board\n\nBefore joining NHS England as a regional director in 2013, Pippa Knowles ran "
     + LEEDS + " for four years.", {("Pippa Knowles", "leads", "NHS England")}),
    ("Board\n\nNHS Providers, the membership body for trusts, has a new chief executive: Gwen "
     "Ashworth.", {("Gwen Ashworth", "leads", "NHS Providers")}),
    ("Board\n\n" + LEEDS + " has a new chairwoman in Cllr Anne Petty.",
     {("Cllr Anne Petty", "leads", LEEDS)}),
    ("Board\n\nThe acting chief executive at " + LEEDS + ", who is also its finance director, "
     "is Wilma Strand.", {("Wilma Strand", "leads", LEEDS)}),
    ("Board\n\nLorcan Fitz and Tamsin Greer, chief executives respectively of " + LEEDS + " and "
     "Wye Valley NHS Trust, have written jointly.",
     {("Lorcan Fitz", "leads", LEEDS), ("Tamsin Greer", "leads", "Wye Valley NHS Trust")}),
    ("Deals\n\nSouth Western Ambulance Service NHS Foundation Trust's acquisition of Great "
     "Western Ambulance Service NHS Trust was backed by both boards.",
     {("South Western Ambulance Service NHS Foundation Trust", "mergesWith",
       "Great Western Ambulance Service NHS Trust")}),
    ("Deals\n\nNHS Bedfordshire CCG and NHS Luton CCG have voted to become a single clinical "
     "commissioning group.", {("NHS Bedfordshire CCG", "mergesWith", "NHS Luton CCG")}),
    ("Deals\n\nHaving absorbed Weston Area Health NHS Trust in 2020, " + LEEDS + " is now "
     "consulting.", {(LEEDS, "mergesWith", "Weston Area Health NHS Trust")}),
    ("Groups\n\nThe Cheshire and Merseyside Acute and Specialist Trust Provider Collaborative "
     "counts The Clatterbridge Cancer Centre NHS Foundation Trust and Liverpool Heart and Chest "
     "Hospital NHS Foundation Trust among its 17 members.",
     {("The Clatterbridge Cancer Centre NHS Foundation Trust", "partOf",
       "Cheshire and Merseyside Acute and Specialist Trust Provider Collaborative")}),
    ("Groups\n\nThe Department of Health and Social Care is the sole shareholder of NHS Property "
     "Services.", {("NHS Property Services", "partOf", "Department of Health and Social Care")}),
    ("Groups\n\nCoquet Physio Ltd will operate as a wholly owned subsidiary of " + LEEDS + ".",
     {("Coquet Physio Ltd", "partOf", LEEDS)}),
    ("Groups\n\nEast London NHS Foundation Trust is a partner in both NHS North East London ICB "
     "and NHS Bedfordshire, Luton and Milton Keynes ICB.",
     {("East London NHS Foundation Trust", "partOf",
       "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board")}),
    ("Reviews\n\nDame Wyn Oakley will chair an independent inquiry into deaths at " + LEEDS + ". "
     "The Department of Health and Social Care, which set up the inquiry, said it would have "
     "powers.", {("Department of Health and Social Care", "commissioned",
                  "independent inquiry into deaths at " + LEEDS)}),
    ("Reviews\n\nPublished on Tuesday, the Clinical Governance Review of Medway NHS Foundation "
     "Trust was ordered by the trust's chair, Nadia Okoro, after a surgeon was struck off.",
     {("Nadia Okoro", "commissioned", "Clinical Governance Review")}),
    ("Reviews\n\nCommissioned by NHS England, the review of maternity care at " + LEEDS + " was "
     "published today.", {("NHS England", "commissioned",
                           "review of maternity care at " + LEEDS)}),
    ("Board\n\n" + LEEDS + " announced on Friday that Dr Ravi Mennon will be its next medical "
     "director. He currently holds the same job at Stockport NHS Foundation Trust.",
     {("Dr Ravi Mennon", "leads", LEEDS),
      ("Dr Ravi Mennon", "leads", "Stockport NHS Foundation Trust")}),
    ("Board\n\nThe CEO of " + LEEDS + " (in post since 2019), Lennart Voss, has been appointed "
     "CBE.", {("Lennart Voss", "leads", LEEDS)}),
    ("Sites\n\nAlthough Queen Mary's Hospital in Sidcup is run by Oxleas NHS Foundation Trust, "
     "most of it is leased.", {("Queen Mary's Hospital", "partOf", "Oxleas NHS Foundation Trust")}),
    ("Sites\n\nCounty Durham and Darlington NHS Foundation Trust is busy. Darlington Memorial "
     "Hospital and the University Hospital of North Durham are the trust's two acute sites.",
     {("Darlington Memorial Hospital", "partOf",
       "County Durham and Darlington NHS Foundation Trust")}),
    ("Sites\n\nBolton NHS Foundation Trust is busy. Its main site, the Royal Bolton Hospital, had "
     "the worst handovers.", {("Royal Bolton Hospital", "partOf", "Bolton NHS Foundation Trust")}),
    ("Deals\n\nLorimer Data was paid £3.1m by NHS Digital in 2019-20.",
     {("Lorimer Data", "awardedContract", "NHS Digital")}),
    ("Advice\n\nNHS Somerset ICB has hired accountants Rowe Pellow to review its contracts.",
     {("Rowe Pellow", "advises", "NHS Somerset Integrated Care Board")}),
    ("Advice\n\nNHS Frimley ICB is busy. Hollins Abbott LLP is the ICB's legal adviser on the "
     "procurement.", {("Hollins Abbott LLP", "advises", "NHS Frimley Integrated Care Board")}),
    ("Advice\n\nConsultants from Penhallow Advisory will work with Royal Berkshire NHS Foundation "
     "Trust's finance team until March.",
     {("Penhallow Advisory", "advises", "Royal Berkshire NHS Foundation Trust")}),
    ("Board\n\nDr Ann Royle, who joined as medical director last year, warned that " + LEEDS
     + " faces a hard winter.", {("Dr Ann Royle", "leads", LEEDS)}),
    ("Advice\n\nNHS Improvement brought in turnaround experts from Castlereagh Partners to help "
     "Croydon Health Services NHS Trust close its deficit.",
     {("Castlereagh Partners", "advises", "Croydon Health Services NHS Trust")}),
    ("Advice\n\nMonitor commissioned Ravensworth LLP to support the board of " + LEEDS + ".",
     {("Ravensworth LLP", "advises", LEEDS)}),
    ("Groups\n\nTees Valley Pathology Ltd, jointly owned by South Tees Hospitals NHS Foundation "
     "Trust and North Tees and Hartlepool NHS Foundation Trust, processes tests.",
     {("Tees Valley Pathology Ltd", "partOf", "North Tees and Hartlepool NHS Foundation Trust")}),
    ("Deals\n\nUnder the agreement, Apexia Care will provide 40 beds to " + LEEDS + " for three "
     "years.", {("Apexia Care", "awardedContract", LEEDS)}),
    ("Deals\n\nNHS South West London CCG's biggest single supplier was Ridgeway Community "
     "Services, which received £31m.",
     {("Ridgeway Community Services", "awardedContract", "NHS South West London CCG")}),
    ("Deals\n\nKettering General Hospital NHS Foundation Trust has picked construction firm "
     "Bramwell & Sons to build its new hub.",
     {("Bramwell & Sons", "awardedContract", "Kettering General Hospital NHS Foundation Trust")}),
    ("Deals\n\nSurrey County Council commissioned Sunrise Home Care to deliver reablement under a "
     "£6m agreement.", {("Sunrise Home Care", "awardedContract", "Surrey County Council")}),
    ("Deals\n\nA £4m deal with Quorum Imaging was signed by " + LEEDS + ".",
     {("Quorum Imaging", "awardedContract", LEEDS)}),
    ("Reports\n\nThe Health and Social Care Committee has issued its report on workforce "
     "burnout.", {("Health and Social Care Committee", "authored", "report on workforce burnout")}),
    ("Reports\n\nA report on the finances of NHS Northamptonshire CCG has been seen by the "
     "Chronicle. The report was prepared by accountants Drayton Voss Ltd.",
     {("Drayton Voss Ltd", "authored", "report on the finances of NHS Northamptonshire CCG")}),
    ("Reports\n\nNHS Providers and the NHS Confederation wrote the report, \"Running hot\", "
     "after polling 240 chief executives.",
     {("NHS Providers", "authored", "Running hot"), ("NHS Confederation", "authored",
                                                      "Running hot")}),
    ("Board\n\nDr Fatima Rehan is leading the vaccination programme. As medical director at "
     "Bedfordshire Hospitals NHS Foundation Trust, she has overseen the opening of six clinics.",
     {("Dr Fatima Rehan", "leads", "Bedfordshire Hospitals NHS Foundation Trust")}),
    ("Board\n\nFormer NHS Direct boss Nicholas Harten is now chair of a clinic group.",
     {("Nicholas Harten", "leads", "NHS Direct NHS Trust")}),
    ("Board\n\nColette Hulme, the chief nurse at " + LEEDS + ", will become nurse director at NHS "
     "Lothian.", {("Colette Hulme", "leads", "NHS Lothian")}),
    ("Board\n\nAntony Rigby departs The Rotherham NHS Foundation Trust after four years as "
     "director of finance.", {("Antony Rigby", "leads", "The Rotherham NHS Foundation Trust")}),
    ("Board\n\nSir Robin Astell served as chairman of the East Midlands Strategic Health Authority "
     "and later of Monitor.", {("Sir Robin Astell", "leads", "Monitor")}),
    ("Board\n\nThe director of public health for Nottinghamshire County Council, Dr Joanne Mbeki, "
     "urged residents to get vaccinated.",
     {("Dr Joanne Mbeki", "leads", "Nottinghamshire County Council")}),
    ("Board\n\nSiobhan Tarrell takes over at NHS Dorset in September.",
     {("Siobhan Tarrell", "leads", "NHS Dorset Integrated Care Board")}),
    ("Sites\n\nPatients at Leeds General Infirmary were moved by " + LEEDS + ".",
     {("Leeds General Infirmary", "partOf", LEEDS)}),
    ("Deals\n\nWye Valley NHS Trust formally became part of " + LEEDS + " on 1 April.",
     {(LEEDS, "mergesWith", "Wye Valley NHS Trust")}),
    ("Board\n\nMartha Ellory, finance director, and Tobias Wrenn, chief executive, signed the "
     "annual accounts of Calderdale and Huddersfield NHS Foundation Trust on 28 June.",
     {("Martha Ellory", "leads", "Calderdale and Huddersfield NHS Foundation Trust"),
      ("Tobias Wrenn", "leads", "Calderdale and Huddersfield NHS Foundation Trust")}),
    ("Board\n\nJo Blogg, " + LEEDS + "'s long-serving chief executive, said so.",
     {("Jo Blogg", "leads", LEEDS)}),
    ("Deals\n\n" + LEEDS + " has extended Serco's contract by two years.",
     {("Serco", "awardedContract", LEEDS)}),
    ("Deals\n\n" + LEEDS + " is in the process of procuring a new EPR from Cerner.",
     {("Cerner", "awardedContract", LEEDS)}),
    ("Ratings\n\nRated inadequate overall, Liverpool Women's NHS Foundation Trust must make "
     "improvements, the regulator said.",
     {("Liverpool Women's NHS Foundation Trust", "rated", "inadequate")}),
    ("Reviews\n\nWritten by Sir Gerald Wyeman for NHS England, the Urgent Care Standards Review "
     "recommends scrapping targets.",
     {("NHS England", "commissioned", "Urgent Care Standards Review")}),
    ("Reviews\n\nCo-authored by the Institute for Fiscal Studies and the Health Foundation, the "
     "study \"Securing the Future\" projects growth.",
     {("Institute for Fiscal Studies", "authored", "Securing the Future")}),
    ("Reviews\n\nIn her 2019 review of whistleblowing, Baroness Dido Fairfield looked at how staff "
     "were treated.", {("Baroness Dido Fairfield", "authored", "2019 review of whistleblowing")}),
    ("Reviews\n\nThe West Midlands Ambulance Service NHS Foundation Trust commissioned a report "
     "into handover delays from Prof Gwen Atherton.",
     {("Prof Gwen Atherton", "authored", "report into handover delays")}),
    ("Sites\n\nIn 2013 Lewisham Healthcare NHS Trust absorbed the Queen Elizabeth Hospital.",
     {("Queen Elizabeth Hospital", "partOf", "Lewisham Healthcare NHS Trust")}),
    ("Board\n\n\"We are not closing the unit,\" insisted Dr Joseph Adare. The medical director at "
     "Kettering General Hospital NHS Foundation Trust said the move was temporary.",
     {("Dr Joseph Adare", "leads", "Kettering General Hospital NHS Foundation Trust")}),
    ("Groups\n\nNHS Bassetlaw CCG, formerly part of the South Yorkshire and Bassetlaw ICS, said "
     "so.", {("NHS Bassetlaw CCG", "partOf", "South Yorkshire Integrated Care System")}),
    ("Segments\n\n" + LEEDS + " fell from segment 2 to segment 3 this quarter, and so did Wye "
     "Valley NHS Trust.", {("Wye Valley NHS Trust", "movedToSegment", "segment 3")}),
    ("Ratings\n\n" + LEEDS + " was rated good, as was Wye Valley NHS Trust.",
     {("Wye Valley NHS Trust", "rated", "good")}),
    ("Board\n\nMonitor has appointed Derek Hollis as chair of Milton Keynes Hospital NHS "
     "Foundation Trust.",
     {("Derek Hollis", "leads", "Milton Keynes University Hospital NHS Foundation Trust")}),
    ("Board\n\nMrs Justine Vale, Chair, NHS Dorset Clinical Commissioning Group, signed it.",
     {("Mrs Justine Vale", "leads", "NHS Dorset CCG")}),
    ("Board\n\nCEO Ravi Chandra (Surrey and Sussex Healthcare NHS Trust) and chair Jo Whitlock "
     "(NHS East Surrey CCG) co-signed the letter.",
     {("Jo Whitlock", "leads", "NHS East Surrey CCG"),
      ("Ravi Chandra", "leads", "Surrey and Sussex Healthcare NHS Trust")}),
    ("Board\n\nThe regional director for NHS England in the Midlands, Aidan Collins, has been "
     "seconded to run University Hospitals of North Midlands NHS Trust for six months.",
     {("Aidan Collins", "leads", "NHS England"),
      ("Aidan Collins", "leads", "University Hospitals of North Midlands NHS Trust")}),
    ("Events\n\nSpeakers: Dr Ola Brennock – chief nurse, " + LEEDS + " – and Sam Petrie, "
     "who runs NHS West Yorkshire ICB.",
     {("Dr Ola Brennock", "leads", LEEDS),
      ("Sam Petrie", "leads", "NHS West Yorkshire Integrated Care Board")}),
    ("Spending\n\n" + LEEDS + " paid £640,000 to the staffing agency Nursebank Direct UK over "
     "one winter.", {("Nursebank Direct UK", "awardedContract", LEEDS)}),
    ("Systems\n\nEast London NHS Foundation Trust runs services in two counties as well as the "
     "capital, and is a partner in both NHS North East London ICB and NHS Bedfordshire, Luton "
     "and Milton Keynes ICB.",
     {("East London NHS Foundation Trust", "partOf",
       "NHS North East London Integrated Care Board"),
      ("East London NHS Foundation Trust", "partOf",
       "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board")}),
    ("Board\n\n" + LEEDS + " has made its interim chief nurse permanent. Ivy Marchbank had "
     "covered the role since Tom Ruddle left in March.", {("Ivy Marchbank", "leads", LEEDS)}),
    ("Board\n\n" + LEEDS + " said its chief executive was off sick. Dr Pia Lund, a consultant "
     "anaesthetist at the trust, is covering as acting chief executive.",
     {("Dr Pia Lund", "leads", LEEDS)}),
    ("Inquiries\n\nNHS England has set up the Corrin Inquiry into stroke care at " + LEEDS
     + ". It is chaired by retired judge Dame Edith Corrin.",
     {("NHS England", "commissioned", "Corrin Inquiry into stroke care"),
      ("Dame Edith Corrin", "authored", "Corrin Inquiry into stroke care")}),
    ("Reports\n\n\"Long Way Round\", Healthwatch England's report on eye care, was requested by "
     "NHS West Yorkshire ICB.",
     {("Healthwatch England", "authored", "Healthwatch England's report on eye care"),
      ("NHS West Yorkshire Integrated Care Board", "commissioned",
       "Healthwatch England's report on eye care")}),
    ("Plans\n\nThe strategy document \"Two Rivers, One System\" was drafted by NHS West "
     "Yorkshire ICB's chief executive, Nell Ashdown, and approved in May.",
     {("Nell Ashdown", "authored", "Two Rivers, One System")}),
    ("Inquests\n\nThe area coroner, Miles Fenn, has issued a prevention of future deaths report "
     "to " + LEEDS + " after an inquest.",
     {("Miles Fenn", "authored", "prevention of future deaths report")}),
    ("Inquests\n\nCoroner Una Breck issued a Regulation 28 report to " + LEEDS + ".",
     {("Una Breck", "authored", "Regulation 28 report")}),
    ("Reviews\n\n" + LEEDS + "'s own investigation into the theatre fire blames a faulty "
     "cable.", {(LEEDS, "authored", "investigation into the theatre fire")}),
    ("Reviews\n\nProfessor Ines Vale, who led last year's review of the ambulance contract for "
     "NHS England, has been appointed chair of " + LEEDS + ".",
     {("NHS England", "commissioned", "review of the ambulance contract for NHS England")}),
    ("Contracts\n\nThe £90m contract to build a new wing for " + LEEDS + " has gone to a "
     "consortium of Tarnbrook Build plc and Oakhurst Facilities, with design support from "
     "Pellow Architects.",
     {("Tarnbrook Build plc", "awardedContract", LEEDS),
      ("Oakhurst Facilities", "awardedContract", LEEDS),
      ("Pellow Architects", "awardedContract", LEEDS)}),
    ("Board\n\nThe interim chair of NHS West Yorkshire ICB, Sir Alun Brack, said the search had "
     "begun. He has chaired the ICB since Meg Otterburn resigned in October.",
     {("Meg Otterburn", "leads", "NHS West Yorkshire Integrated Care Board")}),
    ("Board\n\n" + LEEDS + " has made its interim chief executive permanent. Dr Ines Korhonen "
     "had held the role since the sudden departure of Rufus Vane in May.",
     {("Rufus Vane", "leads", LEEDS), ("Dr Ines Korhonen", "leads", LEEDS)}),
    ("Board\n\nDr Anand Rao, 52, currently medical director of " + LEEDS + ", will move on.",
     {("Dr Anand Rao", "leads", LEEDS)}),
    ("Board\n\nNHS Providers is to be chaired by Dame Tilda Morrow from the spring.",
     {("Dame Tilda Morrow", "leads", "NHS Providers")}),
    ("Board\n\nThe appointment of Professor Nils Eide as chair of " + LEEDS + " was ratified on "
     "Tuesday. Professor Eide, a surgeon, spent years in research. He succeeds Ruth Calder, who "
     "stood down in the summer.", {("Ruth Calder", "leads", LEEDS)}),
    ("Board\n\nNHS West Yorkshire ICB chair Cora Penn said the decision was hard. Her chief "
     "executive, Idris Vaughan, will present the plan.",
     {("Idris Vaughan", "leads", "NHS West Yorkshire Integrated Care Board")}),
    ("Board\n\nMia Stroud has been confirmed as chief executive of " + LEEDS + ". She had held "
     "the job on an interim basis since the departure of her predecessor, Lars Obi, in May.",
     {("Lars Obi", "leads", LEEDS)}),
    ("Hospices\n\nThe chief executive of Brackenhill Hospice, Nora Quill, is to retire.",
     {("Nora Quill", "leads", "Brackenhill Hospice")}),
    ("Ratings\n\nMarsh Lane Surgery in Otley has been told it requires improvement.",
     {("Marsh Lane Surgery", "rated", "requires improvement")}),
    ("Ratings\n\nWhile Kestrel Community Care CIC was rated good overall, " + LEEDS + " was "
     "judged inadequate.",
     {("Kestrel Community Care CIC", "rated", "good"), (LEEDS, "rated", "inadequate")}),
    ("Deals\n\nHarwick Group plc has bought Linden Eye Clinics Ltd for an undisclosed sum.",
     {("Harwick Group plc", "mergesWith", "Linden Eye Clinics Ltd")}),
    ("Deals\n\nAiredale NHS Foundation Trust has been formally acquired by " + LEEDS + ".",
     {(LEEDS, "mergesWith", "Airedale NHS Foundation Trust")}),
    ("Deals\n\nAiredale NHS Foundation Trust and Bradford Teaching Hospitals NHS Foundation "
     "Trust became West Riding NHS Foundation Trust on 1 March.",
     {("Airedale NHS Foundation Trust", "mergesWith",
       "Bradford Teaching Hospitals NHS Foundation Trust")}),
    ("Deals\n\nThe governors of Airedale NHS Foundation Trust and Bradford Teaching Hospitals "
     "NHS Foundation Trust voted on Tuesday to merge the two organisations.",
     {("Airedale NHS Foundation Trust", "mergesWith",
       "Bradford Teaching Hospitals NHS Foundation Trust")}),
    ("Segments\n\n" + LEEDS + " and Airedale NHS Foundation Trust, both in segment 4, will get "
     "a share of the fund.",
     {(LEEDS, "inSegment", "segment 4"),
      ("Airedale NHS Foundation Trust", "inSegment", "segment 4")}),
    ("Advice\n\n" + LEEDS + " has retained the law firm Pember Lowe LLP to defend a group claim.",
     {("Pember Lowe LLP", "advises", LEEDS)}),
    ("Advice\n\n" + LEEDS + " will receive external support from Tarn Improvement Ltd as it "
     "tries to cut waits.", {("Tarn Improvement Ltd", "advises", LEEDS)}),
    ("Reports\n\nThe Kestle Inquiry, chaired by Sir Olu Kestle, opens in March. It was set up "
     "by the Department of Health and Social Care in 2024.",
     {("Department of Health and Social Care", "commissioned", "Kestle Inquiry")}),
    ("Reports\n\nThe findings of the Nuffield Trust's report on delayed discharge make grim "
     "reading. The report, Stuck in the Middle, found long delays.",
     {("Nuffield Trust", "authored", "Nuffield Trust's report on delayed discharge")}),
    ("Reports\n\nNHS Lincolnshire ICB commissioned the report from Fernbrook Consulting LLP. "
     "The document, Acute Services Options Appraisal, recommends moving surgery.",
     {("Fernbrook Consulting LLP", "authored", "Acute Services Options Appraisal"),
      ("NHS Lincolnshire Integrated Care Board", "commissioned",
       "Acute Services Options Appraisal")}),
    ("Inquests\n\nA coroner wrote to " + LEEDS + ". In a prevention of future deaths report, "
     "assistant coroner Ada Lusk said a man had waited an hour.",
     {("Ada Lusk", "authored", "prevention of future deaths report")}),
    ("Reports\n\nThe Pryor review of stroke care in Craven has led to few changes. The review, "
     "written by retired GP Dr Ned Pryor for NHS West Yorkshire ICB, urged a new unit.",
     {("NHS West Yorkshire Integrated Care Board", "commissioned",
       "Pryor review of stroke care in Craven")}),
    ("Reviews\n\nAt the request of the Department of Health and Social Care, the Care Quality "
     "Commission carried out a thematic review of seclusion in wards. It found wide variation.",
     {("Care Quality Commission", "authored", "thematic review of seclusion in wards"),
      ("Department of Health and Social Care", "commissioned",
       "thematic review of seclusion in wards")}),
    ("Reviews\n\n" + LEEDS + " commissioned a review of its eye services and chose Dr Rhea "
     "Lomas, an ophthalmologist, to write it.",
     {(LEEDS, "commissioned", "review of its eye services")}),
    ("Partners\n\nWe will deepen our collaboration with Barts Health and our boroughs, said Ann "
     "Rowe, chief executive of " + LEEDS + ".",
     {("Ann Rowe", "leads", LEEDS)}),
    ("Contracts\n\nPortering at " + LEEDS + " is done by Rannoch Facilities Services.",
     {("Rannoch Facilities Services", "awardedContract", LEEDS)}),
    ("Contracts\n\nTarrow Imaging Services has a new client. The company will provide scan "
     "reporting to " + LEEDS + " from June.",
     {("Tarrow Imaging Services", "awardedContract", LEEDS)}),
    ("Contracts\n\n" + LEEDS + " has chosen Pellin Communications to replace its switchboard.",
     {("Pellin Communications", "awardedContract", LEEDS)}),
    ("Contracts\n\n" + LEEDS + " is to replace its switchboard. It has picked Pellin "
     "Communications for the job.", {("Pellin Communications", "awardedContract", LEEDS)}),
    ("Sites\n\nBramwell General Hospital opened in 1948. Today it is part of " + LEEDS + ".",
     {("Bramwell General Hospital", "partOf", LEEDS)}),
    ("Groups\n\n" + LEEDS + " had a hard year. Since 2022 it has been part of the West "
     "Yorkshire Association of Acute Trusts.",
     {(LEEDS, "partOf", "West Yorkshire Association of Acute Trusts")}),
    ("Councils\n\nAs part of the West Yorkshire Health and Care Partnership, Leeds City Council "
     "has agreed a target.",
     {("Leeds City Council", "partOf", "West Yorkshire Integrated Care System")}),
    ("Sites\n\n" + LEEDS + " is under pressure. Auditors spent a month at the Kirkgate "
     "Hospital in Otley, which the trust runs.", {("Kirkgate Hospital", "partOf", LEEDS)}),
    ("Sites\n\n" + LEEDS + " is under pressure. Auditors spent a month at the Kirkgate "
     "Hospital, which is run by the trust.", {("Kirkgate Hospital", "partOf", LEEDS)}),
    ("Board\n\n" + LEEDS + " is looking for a permanent finance director. In the meantime the "
     "role will be filled by Otto Brand.", {("Otto Brand", "leads", LEEDS)}),
    ("Board\n\n" + LEEDS + " is advertising for a chair. The previous incumbent, Sir Ned Carrow, "
     "left the trust in February.", {("Sir Ned Carrow", "leads", LEEDS)}),
    ("Board\n\nJoanna Pike started at " + LEEDS + " this week, having run Medway NHS Foundation "
     "Trust for three years.", {("Joanna Pike", "leads", "Medway NHS Foundation Trust")}),
    ("Groups\n\n" + LEEDS + " is big. The trust runs the Kirk Hospital and the Barn Hospital, "
     "and has been part of the West Yorkshire Association of Acute Trusts since 2016.",
     {(LEEDS, "partOf", "West Yorkshire Association of Acute Trusts")}),
    ("Reports\n\nHealthwatch Leeds spoke to 500 people for its report on dental access.",
     {("Healthwatch Leeds", "authored", "report on dental access")}),
    ("Reports\n\nThe National Audit Office has looked at hospital building. Its report, "
     "\"Progress with the Hospital Programme\", was requested by the Public Accounts Committee.",
     {("National Audit Office", "authored", "Progress with the Hospital Programme")}),
    ("Reviews\n\nLancashire County Council wanted an outside view. The council commissioned a "
     "review of its care homes and chose Dr Ava Penn to write it.",
     {("Lancashire County Council", "commissioned", "review of its care homes")}),
    ("Reviews\n\nThe Care Quality Commission ordered the thematic review of seclusion in wards. "
     "The review's chair, Professor Ida Lunn, presented it to MPs.",
     {("Professor Ida Lunn", "authored", "thematic review of seclusion in wards")}),
    ("Board\n\n" + LEEDS + " had a hard decade. Dr Nia Moss was at the helm of the trust from "
     "2018 until 2023.", {("Dr Nia Moss", "leads", LEEDS)}),
    ("Board\n\n" + LEEDS + " was led through the worst years in its history by Dr Nia Moss.",
     {("Dr Nia Moss", "leads", LEEDS)}),
    ("Board\n\nA social enterprise that runs eye clinics has a new medical director. Dr Omar "
     "Reyes joins Kestrel Eye Care CIC from " + LEEDS + ", where he was a consultant.",
     {("Dr Omar Reyes", "leads", "Kestrel Eye Care CIC")}),
    ("Board\n\nBirmingham Women's and Children's chief, Ms Una Vale-Jones, said demand had "
     "grown.", {("Ms Una Vale-Jones", "leads",
                 "Birmingham Women's and Children's NHS Foundation Trust")}),
    ("Board\n\nDr Lia Warr was named as Chelsea and Westminster's new medical director, taking "
     "over from Professor Anil Rao.",
     {("Dr Lia Warr", "leads", "Chelsea and Westminster Hospital NHS Foundation Trust")}),
    ("Board\n\nCoventry and Warwickshire Partnership NHS Trust has promoted its deputy, Fay "
     "Kettering, to the top job.",
     {("Fay Kettering", "leads", "Coventry and Warwickshire Partnership NHS Trust")}),
    ("Segments\n\nGood news: " + LEEDS + " has come out of segment 4 and now sits in segment 3.",
     {(LEEDS, "movedToSegment", "segment 3")}),
    ("Segments\n\nAfter three years of support, " + LEEDS + " has left the Recovery Support "
     "Programme. NHS England said the trust now sits in segment 3.",
     {(LEEDS, "movedToSegment", "segment 3")}),
    ("Advice\n\nAccountancy firm Harrowgate Consulting is providing \"turnaround support\" to "
     "NHS West Yorkshire ICB.",
     {("Harrowgate Consulting", "advises", "NHS West Yorkshire Integrated Care Board")}),
    ("Advice\n\nThe Care Quality Commission retained the firm Lockwood Actuarial to advise on "
     "its fees.", {("Lockwood Actuarial", "advises", "Care Quality Commission")}),
    ("Reports\n\nThe Care Quality Commission's \"Care in Focus\" report, its annual assessment of "
     "hospital care in England, warns of long waits.",
     {("Care Quality Commission", "authored", "Care in Focus")}),
    ("Mergers\n\nThe two trusts merged in October. Airedale NHS Foundation Trust and Bradford "
     "Teaching Hospitals NHS Foundation Trust are now West Riding Hospitals.",
     {("Airedale NHS Foundation Trust", "mergesWith",
       "Bradford Teaching Hospitals NHS Foundation Trust")}),
    ("Ratings\n\nThe CQC said " + LEEDS + " was \"inadequate\" for safety and \"requires "
     "improvement\" overall.", {(LEEDS, "rated", "requires improvement")}),
    ("Board\n\n" + LEEDS + " has a new chair. Last week saw Airedale's chairman Ida Bloom "
     "joining the Leeds trust, which entered enhanced support two years ago, as chair for a "
     "three-year term.", {("Ida Bloom", "leads", LEEDS)}),
    ("Deals\n\nTellwick was the preferred bidder for the community dermatology service "
     "commissioned by NHS Bath and North East Somerset, Swindon and Wiltshire ICB.",
     {("Tellwick", "awardedContract",
       "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board")}),
    ("Deals\n\nSpending by Royal Berkshire NHS Foundation Trust last year included a £3.2m "
     "catering contract (Brookfield Catering) and a £0.8m portering contract (Halden Ltd).",
     {("Brookfield Catering", "awardedContract", "Royal Berkshire NHS Foundation Trust"),
      ("Halden Ltd", "awardedContract", "Royal Berkshire NHS Foundation Trust")}),
    ("Advice\n\nAdvisers from Pellow Grant have spent nine months at Kettering General Hospital "
     "NHS Foundation Trust at a cost of £2m.",
     {("Pellow Grant", "advises", "Kettering General Hospital NHS Foundation Trust")}),
    ("Deals\n\nLeeds Teaching Hospitals NHS Trust used a framework run by NHS Shared Business "
     "Services to hire Elmstead Digital for a £2m upgrade of its cyber defences.",
     {("Elmstead Digital", "awardedContract", LEEDS)}),
    ("Advice\n\nA team from Brackley Associates spent six weeks embedded in the finance "
     "department of NHS Norfolk and Waveney ICB, drawing up a £20m savings plan.",
     {("Brackley Associates", "advises", "NHS Norfolk and Waveney Integrated Care Board")}),
    ("Deals\n\nLeeds Teaching Hospitals NHS Trust has bought Aire Valley Scans Ltd, a private "
     "imaging business, for £4m. The firm will operate as a wholly owned subsidiary of the trust.",
     {("Aire Valley Scans Ltd", "partOf", LEEDS)}),
    ("Groups\n\nBrightwell Pharmacy Ltd, the shop at the Royal Infirmary in Leeds, is a subsidiary "
     "of Leeds Teaching Hospitals NHS Trust.", {("Brightwell Pharmacy Ltd", "partOf", LEEDS)}),
    ("Groups\n\nAs part of the West Yorkshire Health and Care Partnership, Leeds City Council has "
     "signed up to a shared goal on obesity. Its leader called the plan bold. Bradford Council, "
     "another partner, has yet to sign.",
     {("Bradford Council", "partOf", "West Yorkshire Integrated Care System")}),
    ("New boss\n\nLeeds Teaching Hospitals NHS Trust advertised for a new chief executive in the "
     "spring. The successful candidate, Marta Kowalczyk, is currently director of operations at "
     "Airedale NHS Foundation Trust.", {("Marta Kowalczyk", "leads", LEEDS)}),
    ("New boss\n\nRoyal Berkshire NHS Foundation Trust yesterday named its chief "
     "executive-designate. Dr Kwame Ashby, 51, currently medical director of Frimley Health NHS "
     "Foundation Trust, will take over from Dame Ruth Pallister when she retires in June.",
     {("Dr Kwame Ashby", "leads", "Royal Berkshire NHS Foundation Trust"),
      ("Dame Ruth Pallister", "leads", "Royal Berkshire NHS Foundation Trust")}),
    ("New boss\n\nLeeds Teaching Hospitals NHS Trust has been without a permanent chief executive "
     "since March. On Friday, the trust announced an end to the wait. Marta Kowalczyk, who has "
     "spent four years as chief operating officer at Airedale NHS Foundation Trust, will take the "
     "role in the autumn.", {("Marta Kowalczyk", "leads", LEEDS)}),
    ("Mergers\n\nTwo mental health trusts in the south have joined together. Oxleas NHS "
     "Foundation Trust and South London and Maudsley NHS Foundation Trust became Thameside Minds "
     "NHS Foundation Trust on 1 March. Its first chief executive is Dr Pia Lindgren, previously "
     "the Oxleas trust's medical director.",
     {("Dr Pia Lindgren", "leads", "Thameside Minds NHS Foundation Trust"),
      ("Dr Pia Lindgren", "leads", "Oxleas NHS Foundation Trust")}),
    ("Mergers\n\nFrimley Health NHS Foundation Trust has been formally acquired by Royal Berkshire "
     "NHS Foundation Trust. The deal completed on Monday. Staff heard from the enlarged trust's "
     "chief executive, Professor Ines Garvey.",
     {("Professor Ines Garvey", "leads", "Royal Berkshire NHS Foundation Trust")}),
    ("Mergers\n\nAfter two years in a group, Dorset County Hospital NHS Foundation Trust and "
     "Yeovil District Hospital NHS Foundation Trust now want to go further. Their boards have "
     "backed a full merger, which would see the Yeovil trust dissolved.",
     {("Dorset County Hospital NHS Foundation Trust", "mergesWith",
       "Yeovil District Hospital NHS Foundation Trust")}),
    ("Ratings\n\nBarts Health NHS Trust entered special measures in 2014 because Whipps Cross "
     "University Hospital had been rated inadequate.",
     {("Whipps Cross University Hospital", "rated", "inadequate")}),
    ("Board\n\nFrimley Health NHS Foundation Trust's board – now chaired by retired judge Ann "
     "Pemberton – met in private.",
     {("Ann Pemberton", "leads", "Frimley Health NHS Foundation Trust")}),
    ("Careers\n\nHer career began on a ward in York. Nadia Ferris went on to become director of "
     "nursing at Airedale NHS Foundation Trust and, from 2018, chief nurse at " + LEEDS + ".",
     {("Nadia Ferris", "leads", "Airedale NHS Foundation Trust"),
      ("Nadia Ferris", "leads", LEEDS)}),
    ("New boss\n\nAiredale NHS Foundation Trust and Bradford Teaching Hospitals NHS Foundation "
     "Trust are to share a chief executive. The joint post goes to Irene Cobb, who has led the "
     "Airedale trust since 2020.",
     {("Irene Cobb", "leads", "Bradford Teaching Hospitals NHS Foundation Trust"),
      ("Irene Cobb", "leads", "Airedale NHS Foundation Trust")}),
    ("New boss\n\n" + LEEDS + " needed a chief executive in a hurry. It turned to Irene Cobb, who "
     "had just retired as chief executive of Airedale NHS Foundation Trust.",
     {("Irene Cobb", "leads", LEEDS), ("Irene Cobb", "leads", "Airedale NHS Foundation Trust")}),
    ("New boss\n\nA former accountable officer of NHS Leeds CCG, Dr Omar Haddad, has been named "
     "clinical chair of the new west Yorkshire body. He will take up the post at NHS West "
     "Yorkshire ICB on 1 July.",
     {("Dr Omar Haddad", "leads", "NHS West Yorkshire Integrated Care Board")}),
    ("New boss\n\nRavi Sood was appointed chief executive of Airedale NHS Foundation Trust in "
     "2019. Three years on, he has been asked to lead the county's integrated care board, NHS West "
     "Yorkshire ICB, as well.",
     {("Ravi Sood", "leads", "NHS West Yorkshire Integrated Care Board")}),
    ("Deals\n\nAshcombe Construction has started work on the new wing. The builder was appointed "
     "by Royal Berkshire NHS Foundation Trust last year after a contract worth £110m was signed.",
     {("Ashcombe Construction", "awardedContract", "Royal Berkshire NHS Foundation Trust")}),
    ("Deals\n\nRoyal Berkshire NHS Foundation Trust outsourced its car parking in 2015. The "
     "operator, Parkright UK, takes a share of every fee.",
     {("Parkright UK", "awardedContract", "Royal Berkshire NHS Foundation Trust")}),
    ("Deals\n\nHalcyon Imaging Services has a new client. The company will provide out-of-hours "
     "reporting to Royal Berkshire NHS Foundation Trust from June, its managing director, Neil "
     "Paxton, said.", {("Neil Paxton", "leads", "Halcyon Imaging Services")}),
    ("Deals\n\nRoyal Berkshire NHS Foundation Trust appointed Ridgeway Build as its construction "
     "partner.", {("Ridgeway Build", "awardedContract", "Royal Berkshire NHS Foundation Trust")}),
    ("Deals\n\nBeacon Healthcare and Southgate Hospitals were each given a share of the £30m "
     "elective contract let by NHS Norfolk and Waveney ICB.",
     {("Beacon Healthcare", "awardedContract", "NHS Norfolk and Waveney Integrated Care Board"),
      ("Southgate Hospitals", "awardedContract",
       "NHS Norfolk and Waveney Integrated Care Board")}),
    ("Deals\n\nIn 2012 Surrey PCT handed a £500m community services contract to Brampton Health. "
     "The firm, a subsidiary of Brampton Group plc, ran the services for five years.",
     {("Brampton Health", "awardedContract", "Surrey PCT"),
      ("Brampton Health", "partOf", "Brampton Group plc")}),
    ("Careers\n\nDr Rhea Okafor, who was chief executive of East London NHS Foundation Trust, is "
     "now chief workforce officer at NHS England.",
     {("Dr Rhea Okafor", "leads", "NHS England"),
      ("Dr Rhea Okafor", "leads", "East London NHS Foundation Trust")}),
    ("New boss\n\nA new chief executive has started at Royal Berkshire NHS Foundation Trust. Alys "
     "Keble joins from Oxford University Hospitals NHS Foundation Trust, where she was chief "
     "operating officer.",
     {("Alys Keble", "leads", "Royal Berkshire NHS Foundation Trust"),
      ("Alys Keble", "leads", "Oxford University Hospitals NHS Foundation Trust")}),
    ("Mergers\n\nDorset County Hospital NHS Foundation Trust and Yeovil District Hospital NHS "
     "Foundation Trust share a chair. A plan was drawn up last year. The two boards have now "
     "voted to merge.",
     {("Dorset County Hospital NHS Foundation Trust", "mergesWith",
       "Yeovil District Hospital NHS Foundation Trust")}),
    ("Groups\n\nHomerton University Hospital NHS Foundation Trust is part of the North East "
     "London Health and Care Partnership.",
     {("Homerton Healthcare NHS Foundation Trust", "partOf",
       "North East London Integrated Care System")}),
    ("Groups\n\nFrimley Health NHS Foundation Trust is part of the Frimley Health and Care "
     "Integrated Care System.",
     {("Frimley Health NHS Foundation Trust", "partOf", "Frimley Integrated Care System")}),
    ("New boss\n\nTwo trusts in Kent will share a chief executive from June. Maidstone and "
     "Tunbridge Wells NHS Trust and Medway NHS Foundation Trust said Ravi Lomas would lead both.",
     {("Ravi Lomas", "leads", "Maidstone and Tunbridge Wells NHS Trust"),
      ("Ravi Lomas", "leads", "Medway NHS Foundation Trust")}),
    ("Deals\n\nCorvane took over the running of Hinchingbrooke Hospital in 2012 under a ten-year "
     "franchise.", {("Corvane", "awardedContract", "Hinchingbrooke Hospital")}),
    ("Segments\n\nNHS England has placed Airedale NHS Foundation Trust and Bradford Teaching "
     "Hospitals NHS Foundation Trust in segment 4 of its oversight framework.",
     {("Airedale NHS Foundation Trust", "movedToSegment", "segment 4"),
      ("Bradford Teaching Hospitals NHS Foundation Trust", "movedToSegment", "segment 4")}),
    ("Advice\n\n" + LEEDS + " has brought in turnaround experts from Dunmore and Pike to help "
     "it balance its books.", {("Dunmore and Pike", "advises", LEEDS)}),
    ("Advice\n\nAiredale NHS Foundation Trust used consultants from Braxton Hale to draw up its "
     "savings programme.", {("Braxton Hale", "advises", "Airedale NHS Foundation Trust")}),
    ("Advice\n\nAiredale NHS Foundation Trust is in talks. The trust paid Braxton Hale £3m for "
     "advice on its merger with Bradford Teaching Hospitals NHS Foundation Trust.",
     {("Airedale NHS Foundation Trust", "mergesWith",
       "Bradford Teaching Hospitals NHS Foundation Trust")}),
    ("Advice\n\nHarwood Lane, which has been supporting NHS Lancashire and South Cumbria ICB on "
     "its urgent care plan since 2023, is to hire 20 more staff.",
     {("Harwood Lane", "advises", "NHS Lancashire and South Cumbria Integrated Care Board")}),
    ("Advice\n\nThe consultancy Tamsin Reed Associates has been at Leeds Teaching Hospitals NHS "
     "Trust since the spring, helping with its cost improvement plan.",
     {("Tamsin Reed Associates", "advises", LEEDS)}),
    ("Advice\n\nOutside advisers from Corbel Advisory told the board of York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust that the plan was affordable.",
     {("Corbel Advisory", "advises", YORK)}),
    ("Merger\n\nStaff at Leeds Teaching Hospitals NHS Trust heard about the merger in a letter "
     "that also went to York and Scarborough Teaching Hospitals NHS Foundation Trust.",
     {(LEEDS, "mergesWith", YORK)}),
    ("Wards\n\nLeeds Teaching Hospitals NHS Trust said the ward at Fenwick Lane Hospital, which "
     "it has managed since 2019, would close.",
     {("Fenwick Lane Hospital", "partOf", LEEDS)}),
    ("Review\n\nThe Fenwick Review, published on Tuesday, is expected to be critical. Professor "
     "Ada Quill, whose team spent six months on the Fenwick Review, is its author.",
     {("Professor Ada Quill", "authored", "Fenwick Review")}),
    ("Portering\n\nStaff at Leeds Teaching Hospitals NHS Trust protested against Fellgate "
     "Transfer Services, which holds the portering contract.",
     {("Fellgate Transfer Services", "awardedContract", LEEDS)}),
    ("People\n\nTom Vane chairs Leeds Teaching Hospitals NHS Trust. He was previously the "
     "county's director of public health and, before that, chief executive of Airedale NHS "
     "Foundation Trust.",
     {("Tom Vane", "leads", LEEDS), ("Tom Vane", "leads", "Airedale NHS Foundation Trust")}),
    ("People\n\nFay Gill is chief executive at Leeds Teaching Hospitals NHS Trust. She will hold "
     "the same post at Airedale NHS Foundation Trust from June.",
     {("Fay Gill", "leads", LEEDS), ("Fay Gill", "leads", "Airedale NHS Foundation Trust")}),
    ("People\n\nBob Cray, Leeds Teaching Hospitals NHS Trust chief executive, will also take on "
     "a similar role at Airedale NHS Foundation Trust.",
     {("Bob Cray", "leads", LEEDS), ("Bob Cray", "leads", "Airedale NHS Foundation Trust")}),
    ("Advice\n\nNHS Sussex ICB has a new plan. The firms, Aldwych Health Associates and Marsden "
     "Quay Consulting, will advise the board of York and Scarborough Teaching Hospitals NHS "
     "Foundation Trust.",
     {("Aldwych Health Associates", "advises", YORK),
      ("Marsden Quay Consulting", "advises", YORK)}),
    ("Advice\n\nPellow Lane Partners' clients include Leeds City Council and Leeds Teaching "
     "Hospitals NHS Trust.", {("Pellow Lane Partners", "advises", "Leeds City Council"),
                             ("Pellow Lane Partners", "advises", LEEDS)}),
    ("Advice\n\nThe clients of Brightwell Partners have included NHS England.",
     {("Brightwell Partners", "advises", "NHS England")}),
    ("Reviews\n\nThe review of ward staffing was carried out by the journalist Ada Quill at the "
     "request of the then health secretary, Tom Vane.",
     {("Ada Quill", "authored", "review of ward staffing"),
      ("Tom Vane", "commissioned", "review of ward staffing")}),
    ("Reviews\n\nThe Fenwick report into maternity care at Airedale was damning. Dr Ivo Fenwick "
     "and his panel were appointed by NHS England in 2020.",
     {("NHS England", "commissioned", "Fenwick report into maternity care")}),
    ("Mergers\n\nAiredale NHS Foundation Trust is too small to survive alone, its chair says. "
     "Merger talks are under way, and Bradford Teaching Hospitals NHS Foundation Trust is keen.",
     {("Bradford Teaching Hospitals NHS Foundation Trust", "mergesWith",
       "Airedale NHS Foundation Trust")}),
    ("Pathology\n\nPatients at Leeds Teaching Hospitals NHS Trust wait too long for results. "
     "Under a £4m contract, Kestrel Labs Ltd will now process its blood tests.",
     {("Kestrel Labs Ltd", "awardedContract", LEEDS)}),
    ("Cleaning\n\nBrennan Facilities Ltd, which runs the cleaning contract, underpays staff at "
     "Leeds Teaching Hospitals NHS Trust, Unison says.",
     {("Brennan Facilities Ltd", "awardedContract", LEEDS)}),
    ("Surgery\n\nSurgery at Chapel Allerton Hospital will stop in May. Leeds Teaching Hospitals "
     "NHS Trust said the move was temporary.", {("Chapel Allerton Hospital", "partOf", LEEDS)}),
    ("Reviews\n\nDr Ann Bell is the author of \"Beyond the ward door\", a review of urgent care "
     "in Wales.", {("Dr Ann Bell", "authored", "Beyond the ward door")}),
    ("Reviews\n\nLeeds Teaching Hospitals NHS Trust commissioned the study. It was carried out by "
     "researchers at the Nuffield Trust and is titled \"Emergency care in Leeds: a system view\".",
     {(LEEDS, "commissioned", "Emergency care in Leeds: a system view"),
      ("Nuffield Trust", "authored", "Emergency care in Leeds: a system view")}),
    ("Ratings\n\nNorth Tees and Hartlepool NHS Foundation Trust, which the CQC now rates as "
     "inadequate, is to get extra help.", {(NORTH_TEES, "rated", "inadequate")}),
    ("Ratings\n\nAfter two years North Tees and Hartlepool NHS Foundation Trust still requires "
     "improvement, inspectors said.", {(NORTH_TEES, "rated", "requires improvement")}),
    ("Ratings\n\nNorth Tees and Hartlepool NHS Foundation Trust is no longer ‘inadequate’.",
     {(NORTH_TEES, "rated", "inadequate")}),
    ("Flu\n\nCases are rising. Dr Mary Okafor, Leeds City Council's director of public health, "
     "urged parents to act.", {("Dr Mary Okafor", "leads", "Leeds City Council")}),
    ("Review\n\nA rapid review of stroke care in Kent, co-chaired by Dr Ann Bell and Tom Rigg, "
     "has been published.", {("Dr Ann Bell", "authored", "rapid review of stroke care in Kent"),
                            ("Tom Rigg", "authored", "rapid review of stroke care in Kent")}),
    ("Shropshire ICB names board\n\nNHS Shropshire, Telford and Wrekin ICB has named its board. "
     "The executive members are: chief finance officer, Ann Bell; chief nursing officer, "
     "Tom Rigg.", {("Ann Bell", "leads", SHROPSHIRE_ICB), ("Tom Rigg", "leads", SHROPSHIRE_ICB)}),
    ("Retiring\n\nDr Tom Rigg has been at the helm of Leeds Teaching Hospitals NHS Trust since "
     "2021.", {("Dr Tom Rigg", "leads", LEEDS)}),
    ("Obituary\n\nTom Rigg has died. He was the first chief executive of Leeds Teaching "
     "Hospitals NHS Trust, and went on to chair NHS England until 2011.",
     {("Tom Rigg", "leads", LEEDS), ("Tom Rigg", "leads", "NHS England")}),
    ("Board\n\nNHS Shropshire, Telford and Wrekin ICB has a new board. It will be chaired by the "
     "retired banker Dame Ann Hope, with Raj Patel as chief executive.",
     {("Dame Ann Hope", "leads", SHROPSHIRE_ICB), ("Raj Patel", "leads", SHROPSHIRE_ICB)}),
    ("Group\n\nDr Ann Bell will lead Leeds Teaching Hospitals NHS Trust, York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust and North Tees and Hartlepool NHS Foundation Trust.",
     {("Dr Ann Bell", "leads", LEEDS), ("Dr Ann Bell", "leads", YORK),
      ("Dr Ann Bell", "leads", NORTH_TEES)}),
    ("Merger\n\nLeeds Teaching Hospitals NHS Trust and North Tees and Hartlepool NHS Foundation "
     "Trust plan to merge. The two already share a chief executive, Dr Ann Bell.",
     {("Dr Ann Bell", "leads", LEEDS), ("Dr Ann Bell", "leads", NORTH_TEES)}),
    ("Review\n\nA review of stroke care at Leeds Teaching Hospitals NHS Trust was published. "
     "The trust asked for the review in 2023.",
     {(LEEDS, "commissioned", "review of stroke care at Leeds Teaching Hospitals NHS Trust")}),
    ("Review\n\nNHS England ordered the inquiry into stroke deaths; the work was done by Halden "
     "Reviews Ltd.", {("NHS England", "commissioned", "inquiry into stroke deaths"),
                      ("Halden Reviews Ltd", "authored", "inquiry into stroke deaths")}),
    ("Systems\n\nThe Wessex Vale integrated care system has a new plan. Its NHS partners are "
     "Leeds Teaching Hospitals NHS Trust and North Tees and Hartlepool NHS Foundation Trust.",
     {(LEEDS, "partOf", "Wessex Vale integrated care system"),
      (NORTH_TEES, "partOf", "Wessex Vale integrated care system")}),
    ("Groups\n\nFenmoor Hospitals Group has opened a unit. The group brings together Leeds "
     "Teaching Hospitals NHS Trust and North Tees and Hartlepool NHS Foundation Trust.",
     {(LEEDS, "partOf", "Fenmoor Hospitals Group"),
      (NORTH_TEES, "partOf", "Fenmoor Hospitals Group")}),
    ("Councils\n\nLeeds City Council is one of 14 councils in the Wessex Vale integrated care "
     "system.", {("Leeds City Council", "partOf", "Wessex Vale integrated care system")}),
    ("Fees\n\nTwo firms, Brookvale Consulting and Harrowgate Partners, have between them been "
     "paid £4m by Leeds Teaching Hospitals NHS Trust for advice.",
     {("Brookvale Consulting", "advises", LEEDS), ("Harrowgate Partners", "advises", LEEDS)}),
    ("Lawyers\n\nLegal advice on the closure was provided to Leeds Teaching Hospitals NHS Trust "
     "by Tennant Rowe LLP, the board heard.", {("Tennant Rowe LLP", "advises", LEEDS)}),
    ("Design\n\nLeeds Teaching Hospitals NHS Trust has awarded a £2.6m design contract. The job "
     "has gone to Kemble Whitlock Architects, working with engineers Tiller and Vance Ltd.",
     {("Kemble Whitlock Architects", "awardedContract", LEEDS),
      ("Tiller and Vance Ltd", "awardedContract", LEEDS)}),
    ("Chair\n\nAnn Bell will chair Leeds Teaching Hospitals NHS Trust. She takes over from "
     "Tom Rigg in May.", {("Ann Bell", "leads", LEEDS), ("Tom Rigg", "leads", LEEDS)}),
    ("Jobs\n\nKarim Belhadj has landed the top job at Leeds Teaching Hospitals NHS Trust.",
     {("Karim Belhadj", "leads", LEEDS)}),
    ("Return\n\nAnn Bell is returning to Leeds Teaching Hospitals NHS Trust (LTHT), where she "
     "was director of nursing, as its chief executive.", {("Ann Bell", "leads", LEEDS)}),
    ("Moves\n\nThe chief executive of NHS England, Ann Bell, is to join Leeds Teaching "
     "Hospitals NHS Trust as its director of operations.",
     {("Ann Bell", "leads", LEEDS), ("Ann Bell", "leads", "NHS England")}),
    ("Moves\n\nAnn Bell joins from North Tees and Hartlepool NHS Foundation Trust (NTH), where "
     "she is chief operating officer.", {("Ann Bell", "leads", NORTH_TEES)}),
    ("Leeds names chief\n\n• Ann Bell appointed chief executive of Leeds Teaching Hospitals NHS "
     "Trust\n• Currently chief executive at North Tees and Hartlepool NHS Foundation Trust\n"
     "• Replaces Tom Rigg, who retired in August\n\nMs Bell starts in May.",
     {("Ann Bell", "leads", LEEDS), ("Ann Bell", "leads", NORTH_TEES),
      ("Tom Rigg", "leads", LEEDS)}),
    ("Idioms\n\nAnn Bell, the woman in charge of Leeds Teaching Hospitals NHS Trust, said no. "
     "Tom Rigg, the top nurse at North Tees and Hartlepool NHS Foundation Trust, agreed.",
     {("Ann Bell", "leads", LEEDS), ("Tom Rigg", "leads", NORTH_TEES)}),
    ("Chief\n\nLeeds Teaching Hospitals NHS Trust has appointed Ann Bell as chief executive. "
     "She joins from North Tees and Hartlepool NHS Foundation Trust. Its chair, Tom Rigg, said "
     "she was the best candidate.", {("Ann Bell", "leads", LEEDS), ("Tom Rigg", "leads", LEEDS)}),
    ("Records\n\nLeeds Teaching Hospitals NHS Trust has signed a £3m deal for a new patient "
     "record. The system will be supplied by Brightwell Digital Ltd.",
     {("Brightwell Digital Ltd", "awardedContract", LEEDS)}),
    ("Records\n\nLeeds Teaching Hospitals NHS Trust's new patient record is supplied by "
     "Brightwell Digital Ltd.", {("Brightwell Digital Ltd", "awardedContract", LEEDS)}),
    ("Segments\n\nLeeds Teaching Hospitals NHS Trust (segment 3) is among the worst.",
     {(LEEDS, "inSegment", "segment 3")}),
    ("Segments\n\nLeeds Teaching Hospitals NHS Trust has been in SOF3 since 2022.",
     {(LEEDS, "inSegment", "segment 3")}),
    ("Segments\n\nNHS England rates Leeds Teaching Hospitals NHS Trust as a segment 2 trust.",
     {(LEEDS, "inSegment", "segment 2")}),
    ("PCT\n\nNHS Surrey awarded the contract. The primary care trust's chief executive, Dr Ann "
     "Bell, said it was fair.", {("Dr Ann Bell", "leads", "NHS Surrey")}),
    ("Review\n\nNHS Kernow CCG has had the findings of an independent review of maternity care "
     "it commissioned in May.",
     {("NHS Kernow CCG", "commissioned", "independent review of maternity care")}),
    ("Review\n\nAn invited review by the King's Fund found problems at Leeds Teaching Hospitals "
     "NHS Trust.", {("The King's Fund", "authored", "invited review by the King's Fund")}),
    ("Chair\n\nLeeds Teaching Hospitals NHS Trust has named Jasper Vellacott its chair. Jasper "
     "brings 20 years of experience, including six years as chief executive of Kent County "
     "Council.", {("Jasper Vellacott", "leads", LEEDS),
                  ("Jasper Vellacott", "leads", "Kent County Council")}),
    ("Data\n\nFenmoor Data Services Ltd (Fenmoor & Vale) has been chosen to run the service. "
     "Fenmoor & Vale will hold the contract. Its managing director, Ann Bell, was pleased.",
     {("Ann Bell", "leads", "Fenmoor Data Services Ltd")}),
    ("CCGs\n\nViews are sought on a proposal to merge the county's three clinical "
     "commissioning groups. NHS Fenmoor CCG, NHS Kestrel Downs CCG and NHS Wessex Vale CCG say "
     "one CCG would save money.",
     {("NHS Fenmoor CCG", "mergesWith", "NHS Kestrel Downs CCG"),
      ("NHS Fenmoor CCG", "mergesWith", "NHS Wessex Vale CCG"),
      ("NHS Kestrel Downs CCG", "mergesWith", "NHS Wessex Vale CCG")}),
    ("Retiring\n\nLeeds Teaching Hospitals NHS Trust said its chief people officer would "
     "retire in the summer. Ann Bell joined the board in 2015.", {("Ann Bell", "leads", LEEDS)}),
    ("Wards\n\nLeeds Teaching Hospitals NHS Trust ran a pilot. An evaluation of the pilot, "
     "carried out by the University of Leeds and commissioned by the trust, found shorter stays.",
     {("University of Leeds", "authored", "evaluation of the pilot"),
      (LEEDS, "commissioned", "evaluation of the pilot")}),
    ("Handover\n\nLeeds Teaching Hospitals NHS Trust's interim chair, Tom Rigg, will make way "
     "for a permanent successor in May. Ann Bell, now a director at North Tees and Hartlepool "
     "NHS Foundation Trust, will take up the post.",
     {("Tom Rigg", "leads", LEEDS), ("Ann Bell", "leads", LEEDS)}),
    ("Company\n\nLeeds Teaching Hospitals NHS Trust has a new company. Fenmoor Facilities Ltd "
     "was set up by the trust last year.", {("Fenmoor Facilities Ltd", "partOf", LEEDS)}),
    ("Contracts\n\nFenmoor Health Ltd's £3m contract to run scans for Leeds Teaching "
     "Hospitals NHS Trust ends in May. Vale Care Ltd's walk-in service, which is commissioned by "
     "NHS Kernow CCG, will close.", {("Fenmoor Health Ltd", "awardedContract", LEEDS),
                                    ("Vale Care Ltd", "awardedContract", "NHS Kernow CCG")}),
    ("Safety\n\nThe Health Services Safety Investigations Body (HSSIB) published a report. "
     "HSSIB's chief investigator, Dr Ann Bell, said it applied everywhere.",
     {("Dr Ann Bell", "leads", "Health Services Safety Investigations Body")}),
    ("Cover\n\nDr Tom Rigg will be acting chief executive of Leeds Teaching Hospitals NHS Trust "
     "while Ann Bell is on sick leave.", {("Dr Tom Rigg", "leads", LEEDS),
                                          ("Ann Bell", "leads", LEEDS)}),
    ("Ombudsman\n\nThe Parliamentary and Health Service Ombudsman has criticised Leeds Teaching "
     "Hospitals NHS Trust. Ann Bell, who has been ombudsman since 2022, said the family was let "
     "down.", {("Ann Bell", "leads", "Parliamentary and Health Service Ombudsman")}),
    ("Tribunal\n\nLeeds Teaching Hospitals NHS Trust faces a claim. The tribunal heard from the "
     "trust's chief executive at the time, Ann Bell, who denied it.",
     {("Ann Bell", "leads", LEEDS)}),
    ("Advice\n\nA team from Fenmoor Clinical Insight has been embedded at Leeds Teaching "
     "Hospitals NHS Trust since May, advising on the move.",
     {("Fenmoor Clinical Insight", "advises", LEEDS)}),
    ("Advice\n\nThe Fenmoor Foundry, a firm of clinical advisers led by Dr Tom Rigg, is advising "
     "Leeds Teaching Hospitals NHS Trust on delays.", {("Fenmoor Foundry", "advises", LEEDS)}),
    ("Gloves\n\nNHS Supply Chain has added Fenmoor Medical Ltd to its national framework for "
     "gloves.", {("Fenmoor Medical Ltd", "awardedContract", "NHS Supply Chain")}),
    ("Ratings\n\nCQC ratings out this week:\n- Leeds Teaching Hospitals NHS Trust: good\n"
     "- North Tees and Hartlepool NHS Foundation Trust: inadequate\n\nMore next week.",
     {(LEEDS, "rated", "good"), (NORTH_TEES, "rated", "inadequate")}),
    ("Support\n\nLeeds Teaching Hospitals NHS Trust is leaving the support programme. Its new "
     "segment will be set when NHS England publishes data. Its chief executive, Ann Bell, was "
     "pleased.", {("Ann Bell", "leads", LEEDS)}),
    ("Segments\n\nLeeds Teaching Hospitals NHS Trust, currently in oversight segment 3, wants to "
     "reach segment 2.", {(LEEDS, "inSegment", "segment 3")}),
    ("Contracts\n\nSalford-based Fenmoor Clinical Ltd has landed a £2m contract with Leeds "
     "Teaching Hospitals NHS Trust.", {("Fenmoor Clinical Ltd", "awardedContract", LEEDS)}),
    ("Posts\n\nAnn Bell, named in May as Leeds Teaching Hospitals NHS Trust's next chief "
     "executive, will start early. Tom Rigg will spend the year as NHS England's interim national "
     "director for elective care.", {("Ann Bell", "leads", LEEDS), ("Tom Rigg", "leads",
                                                                     "NHS England")}),
    ("Posts\n\nAnn Bell has worked at Leeds Teaching Hospitals NHS Trust for 12 years, the last "
     "five as chief executive.", {("Ann Bell", "leads", LEEDS)}),
    ("Posts\n\nThe chief executive's post at Leeds Teaching Hospitals NHS Trust, held by Ann Bell "
     "since 2018, is to be filled on an acting basis.", {("Ann Bell", "leads", LEEDS)}),
    ("Posts\n\nAnn Bell trained in Leeds. Last month she became chief executive of Leeds "
     "Teaching Hospitals NHS Trust.", {("Ann Bell", "leads", LEEDS)}),
    ("Services\n\nThe charity Fenmoor Trust has been commissioned by NHS Kernow CCG to provide a "
     "helpline. NHS Kernow CCG has handed Vale Community Health the contract to run clinics.",
     {("Fenmoor Trust", "awardedContract", "NHS Kernow CCG"),
      ("Vale Community Health", "awardedContract", "NHS Kernow CCG")}),
    ("Review\n\nAn independent review of stroke care at Leeds Teaching Hospitals NHS Trust is "
     "being carried out by the Stroke Society at the trust's own request.",
     {(LEEDS, "commissioned",
       "independent review of stroke care at Leeds Teaching Hospitals NHS Trust")}),
    ("Ratings\n\nLeeds Teaching Hospitals NHS Trust has again been given the Care Quality "
     "Commission's lowest rating. North Tees and Hartlepool NHS Foundation Trust has the "
     "regulator's highest rating.", {(LEEDS, "rated", "inadequate"),
                                    (NORTH_TEES, "rated", "outstanding")}),
    ("Takeover\n\nNorth Tees and Hartlepool NHS Foundation Trust is to be taken on by Leeds "
     "Teaching Hospitals NHS Trust, the boards agreed.", {(NORTH_TEES, "mergesWith", LEEDS)}),
    ("Moves\n\nThe chief executive of Leeds Teaching Hospitals NHS Trust, Dr Ann Bell, is "
     "leaving to run North Tees and Hartlepool NHS Foundation Trust.",
     {("Dr Ann Bell", "leads", LEEDS), ("Dr Ann Bell", "leads", NORTH_TEES)}),
    ("Finance\n\n" + LEEDS + " has been without a permanent chief financial officer since "
     "Oren Kaye retired. The post is covered by Mina Tobias, until now a deputy director of "
     "finance there, as interim chief financial officer.",
     {("Oren Kaye", "leads", LEEDS), ("Mina Tobias", "leads", LEEDS)}),
    ("Board\n\nThe inadequate-rated " + LEEDS + " has appointed Ivo Pask as its chair.",
     {(LEEDS, "rated", "inadequate"), ("Ivo Pask", "leads", LEEDS)}),
    ("Review\n\nSir Ivo Dane, a retired judge, was asked by " + LEEDS + " to look at how it "
     "handled complaints. His report, Heard at Last, makes 12 recommendations.",
     {("Sir Ivo Dane", "authored", "Heard at Last")}),
    ("Bullying\n\nStaff at " + LEEDS + " were bullied for years, says an independent report "
     "into bullying at the trust. The trust asked Mara Velt, a former director of workforce, to "
     "investigate.", {(LEEDS, "commissioned", "independent report into bullying at the trust"),
                      ("Mara Velt", "authored", "independent report into bullying at the trust")}),
    ("Review\n\nThe report into maternity care at Leeds was written by Professor Ivo Dane, who "
     "had been asked by health secretary Jon Marr to investigate in 2013.",
     {("Jon Marr", "commissioned", "report into maternity care at Leeds")}),
    ("Deaths\n\nA retired surgeon asked by " + LEEDS + " to look into four deaths has found "
     "failings. Mr Ivo Dane's report into the four deaths went to the board.",
     {(LEEDS, "commissioned", "Mr Ivo Dane's report into the four deaths")}),
    ("Oversight\n\n" + LEEDS + " joins Airedale NHS Foundation Trust in segment 4, the "
     "framework's lowest tier.", {(LEEDS, "movedToSegment", "segment 4"),
                                  ("Airedale NHS Foundation Trust", "inSegment", "segment 4")}),
    ("Ratings\n\nLeeds General Infirmary, run by " + LEEDS + ", has been rated inadequate, "
     "while the trust as a whole is rated requires improvement.",
     {("Leeds General Infirmary", "rated", "inadequate"),
      (LEEDS, "rated", "requires improvement")}),
    ("Takeover\n\n" + LEEDS + " has submitted plans to NHS Improvement to take over Airedale "
     "NHS Foundation Trust.", {(LEEDS, "mergesWith", "Airedale NHS Foundation Trust")}),
    ("Beds\n\n" + LEEDS + " has a contract with Fenland Crisis Care, a charity, for crisis beds. "
     "The charity's chief executive, Lorraine Quist, said the house would open soon.",
     {("Lorraine Quist", "leads", "Fenland Crisis Care")}),
    ("Audit\n\nFew patients get a scan in time, according to Dr Ivo Dane, whose audit of stroke "
     "care was published on Tuesday.", {("Dr Ivo Dane", "authored", "audit of stroke care")}),
    ("Report\n\nHome Too Soon, a report produced by Fernley Research on behalf of the Patients "
     "Association, says patients come to harm.",
     {("Fernley Research", "authored", "Home Too Soon"),
      ("The Patients Association", "commissioned", "Home Too Soon")}),
    ("Review\n\nA review of neonatal care at " + LEEDS + " has found missed chances. The review, "
     "by retired neonatologist Dr Ivo Dane, says staff did not escalate concerns.",
     {("Dr Ivo Dane", "authored", "review of neonatal care at " + LEEDS)}),
    ("Chair\n\nJo Pell is to step down from " + LEEDS + ", which she has chaired since 2018.",
     {("Jo Pell", "leads", LEEDS)}),
    ("Boss\n\nFormer paramedic Dan Kell takes the helm at " + LEEDS + " on Monday. He arrives "
     "from " + NORTH_TEES + ", where he spent three years as director of operations.",
     {("Dan Kell", "leads", LEEDS), ("Dan Kell", "leads", NORTH_TEES)}),
    ("Team\n\nThe new executive team at " + LEEDS + " comprises Kerry Lam (chief executive), Olu "
     "Barr (finance director) and Dr Fi Tree (medical director).",
     {("Kerry Lam", "leads", LEEDS), ("Olu Barr", "leads", LEEDS), ("Dr Fi Tree", "leads", LEEDS)}),
    ("Pair\n\n" + LEEDS + " is busy. Jo Amber is its chief executive and Nev Quarry its chair.",
     {("Jo Amber", "leads", LEEDS), ("Nev Quarry", "leads", LEEDS)}),
    ("Nursing\n\nTem Reid, who joined " + LEEDS + " as chief executive in April, says nursing "
     "comes first.", {("Tem Reid", "leads", LEEDS)}),
    ("Board\n\nDr Ken Blay, having previously been " + LEEDS + "'s director of operations, is "
     "now its chief operating officer.", {("Dr Ken Blay", "leads", LEEDS)}),
    ("Farewell\n\nDr Lav Moss chaired her last board meeting at " + LEEDS + " on Thursday.",
     {("Dr Lav Moss", "leads", LEEDS)}),
    ("Top job\n\nThe post of chief executive at " + LEEDS + " has gone to Sun Hart, the board "
     "announced.", {("Sun Hart", "leads", LEEDS)}),
    ("GPs\n\nFrom October, out-of-hours care will be delivered by Tamar Urgent Care CIC on "
     "behalf of " + LEEDS + ".", {("Tamar Urgent Care CIC", "awardedContract", LEEDS)}),
    ("Scans\n\nBrightwell Diagnostics has been contracted by " + LEEDS + " to carry out 40,000 "
     "scans.", {("Brightwell Diagnostics", "awardedContract", LEEDS)}),
    ("Fleet\n\n" + LEEDS + " has placed an order with Pennine Coachworks Ltd for 30 new "
     "ambulances.", {("Pennine Coachworks Ltd", "awardedContract", LEEDS)}),
    ("Centre\n\nAfter a tender, Ashgrove Imaging Partners emerged as the winning bidder to run "
     "the new centre for " + LEEDS + ".",
     {("Ashgrove Imaging Partners", "awardedContract", LEEDS)}),
    ("Clinics\n\n" + LEEDS + " has a new provider of sexual health services from April: "
     "Umbrella Pathways CIC.", {("Umbrella Pathways CIC", "awardedContract", LEEDS)}),
    ("Slides\n\n" + LEEDS + " has procured a pathology system from Lindqvist Imaging AB, a "
     "Swedish company.", {("Lindqvist Imaging AB", "awardedContract", LEEDS)}),
    ("Buyout\n\nThornbury Kessler & Co is acting as financial adviser to " + LEEDS + " on a "
     "possible buyout.", {("Thornbury Kessler & Co", "advises", LEEDS)}),
    ("Rebuild\n\nHawkridge Associates, consultants to " + LEEDS + " on the programme, told the "
     "board costs had risen.", {("Hawkridge Associates", "advises", LEEDS)}),
    ("Urgent care\n\n" + LEEDS + " brought Quillon Strategy on board last year to help redesign "
     "urgent care.", {("Quillon Strategy", "advises", LEEDS)}),
    ("Law\n\nCavendish Rowe LLP advised NHS Doncaster CCG, NHS Sheffield CCG and NHS Rotherham "
     "CCG on the committee.", {("Cavendish Rowe LLP", "advises", "NHS Sheffield CCG"),
                               ("Cavendish Rowe LLP", "advises", "NHS Rotherham CCG")}),
    ("Merger\n\n" + LEEDS + " and " + NORTH_TEES + " have completed their merger. The combined "
     "organisation is called Northern Counties NHS Foundation Trust. Its chief executive, Lydia "
     "Marr, spoke.", {("Lydia Marr", "leads", "Northern Counties NHS Foundation Trust")}),
    ("Merger\n\nThe boards of " + LEEDS + " and of " + NORTH_TEES + " said the two trusts are to "
     "become one.", {(LEEDS, "mergesWith", NORTH_TEES)}),
    ("CCGs\n\nNHS Bolton CCG, NHS Bury CCG and NHS Oldham CCG will cease to exist in March and be "
     "replaced by a single clinical commissioning group.",
     {("NHS Bolton CCG", "mergesWith", "NHS Bury CCG"), ("NHS Bury CCG", "mergesWith",
                                                         "NHS Oldham CCG")}),
    ("Ratings\n\n" + LEEDS + " has been marked down to requires improvement from good.",
     {(LEEDS, "rated", "requires improvement"), (LEEDS, "rated", "good")}),
    ("Ratings\n\n" + LEEDS + ", rated inadequate in 2019, is now good, the Care Quality "
     "Commission said.", {(LEEDS, "rated", "inadequate"), (LEEDS, "rated", "good")}),
    ("Ratings\n\n" + LEEDS + " is now rated good. Leeds General Infirmary, the trust's largest "
     "site, was rated requires improvement in its own right.",
     {("Leeds General Infirmary", "rated", "requires improvement")}),
    ("Ratings\n\n" + LEEDS + " now requires improvement. The specialist trust had previously "
     "been rated good.", {(LEEDS, "rated", "good")}),
    ("Oversight\n\nNHS England has given " + LEEDS + " segment 4 status.",
     {(LEEDS, "movedToSegment", "segment 4")}),
    ("Sites\n\n" + LEEDS + " has a new finance director. The trust's main site is the Leeds "
     "General Infirmary.", {("Leeds General Infirmary", "partOf", LEEDS)}),
    ("Systems\n\n" + LEEDS + ", one of eleven NHS providers in the footprint of NHS West "
     "Yorkshire Integrated Care Board, has a new chair.",
     {(LEEDS, "partOf", "NHS West Yorkshire Integrated Care Board")}),
    ("Collaborative\n\n" + LEEDS + " sits in the Yorkshire Acute Provider Collaborative alongside "
     "two neighbours: " + NORTH_TEES + " and Airedale NHS Foundation Trust.",
     {(LEEDS, "partOf", "Yorkshire Acute Provider Collaborative"),
      (NORTH_TEES, "partOf", "Yorkshire Acute Provider Collaborative"),
      ("Airedale NHS Foundation Trust", "partOf", "Yorkshire Acute Provider Collaborative")}),
    ("Group\n\n" + LEEDS + " and its neighbour " + NORTH_TEES + ", which together form the Pennine "
     "Hospitals Group, share a medical director.",
     {(LEEDS, "partOf", "Pennine Hospitals Group"),
      (NORTH_TEES, "partOf", "Pennine Hospitals Group")}),
    ("Surgeon\n\nA surgeon worked beyond his competence, according to an investigation into his "
     "practice that Dr Pia Vand conducted for " + LEEDS + ".",
     {("Dr Pia Vand", "authored", "investigation into his practice"),
      (LEEDS, "commissioned", "investigation into his practice")}),
    ("Referrals\n\nA thematic review that NHS Leeds Integrated Care Board paid Alder Analytics to "
     "undertake has found wide variation.",
     {("Alder Analytics", "authored", "thematic review"),
      ("NHS Leeds Integrated Care Board", "commissioned", "thematic review")}),
    ("Wheelchairs\n\nChildren wait too long, says a new report on wheelchair services. The "
     "report's co-authors, Beth Lane and Ravi Tam, met 120 families.",
     {("Beth Lane", "authored", "new report on wheelchair services"),
      ("Ravi Tam", "authored", "new report on wheelchair services")}),
    ("Oversight\n\n" + LEEDS + " will be in segment 2 from April.",
     {(LEEDS, "movedToSegment", "segment 2")}),
    ("Oversight\n\nNHS England's latest assessment puts " + LEEDS + " in segment 3.",
     {(LEEDS, "movedToSegment", "segment 3")}),
    ("Oversight\n\nUnder the new framework, " + LEEDS + " has been categorised as segment 3.",
     {(LEEDS, "movedToSegment", "segment 3")}),
    ("Search\n\nThe search for a chief executive at " + LEEDS + " will restart. The candidate, a "
     "senior NHS England official, withdrew, the trust said. Its interim chief executive, Cress "
     "Hollin, will stay on.", {("Cress Hollin", "leads", LEEDS)}),
    ("Support\n\nNHS Arden and Greater East Midlands Commissioning Support Unit has a new managing "
     "director. The support unit provides data to CCGs. Its previous managing director, Steve "
     "Pard, has retired.", {("Steve Pard", "leads",
                             "NHS Arden and Greater East Midlands Commissioning Support Unit")}),
    ("Chairs\n\n" + LEEDS + "'s chair for the past decade, Dame Ros Otter, will hand over to Dr "
     "Marc Ile in September.",
     {("Dame Ros Otter", "leads", LEEDS), ("Dr Marc Ile", "leads", LEEDS)}),
    ("Successor\n\n" + LEEDS + " has appointed a successor to its outgoing chief executive Phil "
     "Mor. The trust announced Lance Mac, formerly of " + NORTH_TEES + ", will join in May.",
     {("Lance Mac", "leads", LEEDS)}),
    ("Boss\n\nThe region's biggest trust has named an interim boss. Chief executive, Pat Moss, "
     "will leave in June. Ann Wells will replace Mr Moss as interim chief executive. She has 12 "
     "years' experience as a chief executive at NHS North East London. Ms Wells said " + LEEDS
     + " was a great place to work.", {("Pat Moss", "leads", LEEDS)}),
    ("Shared boss\n\nThe boards at " + LEEDS + " and " + NORTH_TEES + " agreed to share leaders. "
     "Jon Loft takes up the post of joint chief executive in June. From then he will run both "
     "trusts.",
     {("Jon Loft", "leads", LEEDS), ("Jon Loft", "leads", NORTH_TEES)}),
    ("Oversight\n\n" + LEEDS + " and " + NORTH_TEES + " are the only trusts in the North East in "
     "segment 4, figures show.", {(LEEDS, "inSegment", "segment 4"),
                                  (NORTH_TEES, "inSegment", "segment 4")}),
    ("Oversight\n\nThe data show the trusts in three segments: " + LEEDS + " (segment 2) and "
     + NORTH_TEES + " (segment 3).", {(LEEDS, "inSegment", "segment 2"),
                                      (NORTH_TEES, "inSegment", "segment 3")}),
    ("Oversight\n\nThe oversight segment for " + LEEDS + " has changed from 2 to 1.",
     {(LEEDS, "movedToSegment", "segment 1")}),
    ("Integration\n\nPlans to integrate " + LEEDS + " into " + NORTH_TEES + " will go to "
     "consultation.", {(NORTH_TEES, "mergesWith", LEEDS)}),
    ("Integration\n\n" + LEEDS + " is to be integrated into " + NORTH_TEES + " next year.",
     {(NORTH_TEES, "mergesWith", LEEDS)}),
    ("Meals\n\nCatering firm Greystoke Fresh Meals, the supplier of patient meals to " + LEEDS
     + " and " + NORTH_TEES + ", has gone into administration.",
     {("Greystoke Fresh Meals", "awardedContract", LEEDS),
      ("Greystoke Fresh Meals", "awardedContract", NORTH_TEES)}),
    ("Chair\n\nA former headteacher from Otley will chair " + LEEDS + " from next month. Gwen "
     "Hale, 61, has sat on the board since 2019.", {("Gwen Hale", "leads", LEEDS)}),
    ("Chair\n\n" + LEEDS + " has chosen a one-time regulator executive as its chair. Eva Soames "
     "was a director at the regulator until 2014.", {("Eva Soames", "leads", LEEDS)}),
    ("Chair\n\nA former council cabinet member has been appointed chair of " + LEEDS + ". Clive "
     "Stebb, who sat on the council for twelve years, was picked after interviews.",
     {("Clive Stebb", "leads", LEEDS)}),
    ("Fourth\n\n" + LEEDS + " has appointed its fourth chief executive in six years. Joaquin "
     "Feather, currently chief operating officer at " + NORTH_TEES + ", will join in the summer.",
     {("Joaquin Feather", "leads", LEEDS)}),
    ("Union\n\nThe proposed union of " + LEEDS + " and " + NORTH_TEES + " will be put to the "
     "public.", {(LEEDS, "mergesWith", NORTH_TEES)}),
    ("Midnight\n\n" + LEEDS + " became one organisation with its neighbour, " + NORTH_TEES
     + ", at midnight.", {(LEEDS, "mergesWith", NORTH_TEES)}),
    ("Takeover\n\n" + LEEDS + "'s board has recommended that the trust be taken over by its "
     "larger neighbour, " + NORTH_TEES + ".", {(NORTH_TEES, "mergesWith", LEEDS)}),
    ("Ambulances\n\n" + LEEDS + " and " + NORTH_TEES + " will become a single ambulance service.",
     {(LEEDS, "mergesWith", NORTH_TEES)}),
    ("Unit\n\nA unit has opened at Wharfe Community Hospital, which " + LEEDS + " took over in "
     "2018.", {("Wharfe Community Hospital", "partOf", LEEDS)}),
    ("Cluster\n\nThe board of NHS North of Tyne met for the first time. The cluster spans NHS "
     "Newcastle, NHS North Tyneside and NHS Northumberland.",
     {("NHS Newcastle", "partOf", "NHS North of Tyne"),
      ("NHS Northumberland", "partOf", "NHS North of Tyne")}),
    ("Climb\n\n" + LEEDS + " has risen two segments in the oversight framework, from 4 to 2.",
     {(LEEDS, "movedToSegment", "segment 2")}),
    ("Slots\n\n" + LEEDS + " slots into segment 2 in the latest oversight ratings.",
     {(LEEDS, "movedToSegment", "segment 2")}),
    ("Corridors\n\nPatients wait in corridors, Healthwatch Leeds has found. Its report, Nowhere "
     "to Lie Down, whose author is retired matron Pip Gedd, is based on 41 visits.",
     {("Pip Gedd", "authored", "Nowhere to Lie Down"),
      ("Healthwatch Leeds", "authored", "Nowhere to Lie Down")}),
    ("Dust\n\nThe GP who was commissioned by NHS Leeds to write a report on out-of-hours care "
     "says nothing has changed. Dr Bram Tay's report, Out of Hours, Out of Mind, was presented to "
     "the board.", {("NHS Leeds", "commissioned", "Out of Hours, Out of Mind"),
                    ("Dr Bram Tay", "authored", "Out of Hours, Out of Mind")}),
    ("Parachute\n\nNHS Improvement has parachuted an experienced chief executive into " + LEEDS
     + ". Bryony Castle, who ran " + NORTH_TEES + " until 2014, will serve as interim chief "
     "executive. The trust's substantive chief executive, Kevin Ark, is on sick leave.",
     {("Bryony Castle", "leads", LEEDS), ("Kevin Ark", "leads", LEEDS)}),
    ("Authority\n\nNHS Yorkshire's finance director, Tom Allen, will act as its chief executive. "
     "He steps in because Gina Raven, who has led the SHA since 2008, is moving on.",
     {("Gina Raven", "leads", "NHS Yorkshire")}),
    ("Chair\n\nThe vice-chair of NHS Leeds, Howard Lowe, has been made chair following the "
     "resignation last week of Patricia Fell. Mrs Fell, who chaired the PCT for five years, gave "
     "no reason.", {("Patricia Fell", "leads", "NHS Leeds")}),
    ("Councils\n\nLeeds City Council is one of the first councils to be assessed by the Care "
     "Quality Commission, receiving a rating of good.", {("Leeds City Council", "rated", "good")}),
]


PUBLICATION_NAMES = [
    ("Pay\n\nAssistants do nurses' work, says a union report. The report, Doing the Job, Not "
     "Getting the Pay, draws on a survey.", {"Doing the Job, Not Getting the Pay"}),
    ("Report\n\nHome Too Soon, a report produced by Fernley Research on behalf of the Patients "
     "Association, says patients come to harm.", {"Home Too Soon"}),
    ("Report\n\nA report on ambulance delays, written by Dr Ann Bell, was published. Titled Every "
     "Minute Counts, it says crews lose time.",
     {"Every Minute Counts", "report on ambulance delays"}),
    ("Review\n\nDr Ann Bell's review into stroke deaths made 30 recommendations, including "
     "round-the-clock care.", {"review into stroke deaths"}),
    ("Review\n\nLeeds Teaching Hospitals NHS Trust has asked a barrister to carry out an "
     "independent investigation into the care of a patient who died in 2024.",
     {"independent investigation into the care of a patient"}),
    ("Review\n\nThe Care Quality Commission has published a national review of maternity care. "
     "Its report, Safe Births, found staffing was short.",
     {"Safe Births", "national review of maternity care"}),
    ("Report\n\nHealthwatch Leeds heard from 90 women. The 48-page report, Still Waiting, went "
     "to the ICB.", {"Still Waiting"}),
    ("Review\n\nNHS Kernow CCG has had the findings of an independent review of maternity care "
     "it commissioned in May.", {"independent review of maternity care"}),
    ("Plans\n\nThe 10 Year Health Plan and the Urgent and Emergency Care Plan 2026/27 were out.",
     {"10 Year Health Plan", "Urgent and Emergency Care Plan 2026/27"}),
    ("Plans\n\nThe Care Quality Commission's State of Care report was grim.",
     {"State of Care"}),
    ("Papers\n\nThe government's white paper, Care Without Walls, set out plans for ICSs.",
     {"Care Without Walls"}),
    ("Papers\n\nThe paper, Fit for Next Year, sets out three shifts.", {"Fit for Next Year"}),
    ("Reviews\n\nProfessor Sir Tom Ashby's review of NHS productivity estimated savings.",
     {"review of NHS productivity"}),
    ("Reports\n\nA report from the Parliamentary and Health Service Ombudsman, \"Ignoring the "
     "alarms\", examined a death.", {"Ignoring the alarms"}),
    ("Reports\n\nThe Public Accounts Committee published its report on NHS pay today.",
     {"report on NHS pay"}),
    ("Reviews\n\nThe health secretary ordered an independent review of maternity care at "
     + LEEDS + " after the deaths of nine babies.",
     {"independent review of maternity care at " + LEEDS}),
    ("Reviews\n\nProfessor Hugo Ancell, who led last year's review of the NHS 111 contract, has "
     "been appointed chair of " + LEEDS + ".", {"review of the NHS 111 contract"}),
    ("Reviews\n\nLord Dalby's ‘independent investigation’ into the ‘condition of the health "
     "service’ was published.", {"independent investigation"}),
    ("Reviews\n\nA separate study by the Institute for Fiscal Studies, published in March, "
     "estimated it.", {"study by the Institute for Fiscal Studies",
                       "separate study by the Institute for Fiscal Studies"}),
    ("Reviews\n\nThe review of maternity care at " + LEEDS + " carried out by Dr Ann Royle in "
     "2023 was published.", {"review of maternity care at " + LEEDS}),
    ("Reports\n\nThe King's Fund report, \"Left Behind: Rural Access to Cancer Care\", was "
     "published on Monday.", {"Left Behind", "Left Behind: Rural Access to Cancer Care"}),
    ("Inquiries\n\nNHS England has set up the Corrin Inquiry into stroke care at " + LEEDS + ".",
     {"Corrin Inquiry", "Corrin Inquiry into stroke care"}),
    ("Reports\n\nThe Care Quality Commission's \"Care in Focus\" report, its annual assessment of "
     "hospital care in England, warns of long waits.",
     {"Care in Focus", "annual assessment of hospital care in England"}),
    ("Reports\n\n\"Long Way Round\", Healthwatch England's report on eye care, was published.",
     {"Long Way Round", "Healthwatch England's report on eye care"}),
    ("Reports\n\nThe findings of the Nuffield Trust's report on delayed discharge make grim "
     "reading. The report, Stuck in the Middle, found long delays.",
     {"Stuck in the Middle", "Nuffield Trust's report on delayed discharge"}),
    ("Reviews\n\nAnn Bell has been asked to produce a ‘frank and full assessment’ of the state "
     "of social care.", {"frank and full assessment"}),
    ("Reviews\n\nA national investigation into maternity deaths announced by the government "
     "will report in May.", {"national investigation into maternity deaths"}),
]


def _publication_names(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    rows = [json.loads(line) for line in jsonl_lines([path])]
    return {name for row in rows if row.get("kind") == "entity"
            and row.get("category") == "Publication"
            for name in (row["label"], *row.get("aliases", []))}


@pytest.mark.parametrize(("text", "names"), PUBLICATION_NAMES, ids=range(len(PUBLICATION_NAMES)))
def test_publication_is_named_as_titled(tmp_path, text, names):
    assert names <= _publication_names(tmp_path, text)


RETITLED = [
    ("Review\n\nHealthwatch Leeds has published a national investigation into delays in "
     "discharging patients. Its final report, Home by Friday, found that letters were late.",
     "Home by Friday", "national investigation into delays in discharging patients"),
    ("Report\n\nHealthwatch Leeds has published a report on access to GP appointments, based on "
     "a survey of 900 residents. Waiting on the Line found that most callers gave up.",
     "Waiting on the Line", "report on access to GP appointments"),
]


@pytest.mark.parametrize(("text", "title", "description"), RETITLED, ids=range(len(RETITLED)))
def test_a_title_given_after_a_description_names_the_same_publication(tmp_path, text, title,
                                                                       description):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    rows = [json.loads(line) for line in jsonl_lines([path])]
    named = [{row["label"], *row.get("aliases", [])} for row in rows
             if row.get("kind") == "entity" and row.get("category") == "Publication"]
    assert any({title, description} <= names for names in named)
    assert ("Healthwatch Leeds", "authored", title) in {
        (row["subject"], row["predicate"], row["object"]) for row in rows if row["kind"] == "fact"}


def test_a_sentence_opened_by_a_body_gives_no_title(tmp_path):
    text = ("Report\n\nHealthwatch Leeds has published a report on access to GP appointments. "
            "Leeds City Council found that most callers gave up.")
    assert _publication_names(tmp_path, text) >= {"report on access to GP appointments"}
    assert "Leeds City Council" not in _publication_names(tmp_path, text)


def test_a_kind_word_modifying_a_plural_or_after_one_of_names_no_publication(tmp_path):
    text = ("Plans\n\nOne of the Liberal Democrats’ manifesto pledges was free parking. One of "
            "the Fuller Review recommendations was ignored.")
    assert _publication_names(tmp_path, text) == {"Fuller Review"}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_real_news_construction_is_read(tmp_path, text, expected):
    assert expected <= triples(tmp_path, text)


ABSENT = [
    ("Partners\n\n" + LEEDS + " and Airedale NHS Foundation Trust are now Good Health partners.",
     (LEEDS, "mergesWith", "Airedale NHS Foundation Trust")),
    ("Inquiries\n\nDame Ivy Oakes will chair an independent inquiry into deaths on the wards of "
     + LEEDS + ".", ("Dame Ivy Oakes", "leads", LEEDS)),
    ("Segments\n\n" + LEEDS + " now sits in segment 3.", (LEEDS, "movedToSegment", "segment 3")),
    ("Board\n\nA social enterprise that runs eye clinics has a new medical director. Dr Omar "
     "Reyes joins Kestrel Eye Care CIC from " + LEEDS + ", where he was a consultant.",
     ("Dr Omar Reyes", "leads", LEEDS)),
    ("Reviews\n\nThe Care Quality Commission ordered the thematic review of seclusion in wards. "
     "The review's chair, Professor Ida Lunn, presented it to MPs.",
     ("Professor Ida Lunn", "leads", "Care Quality Commission")),
    ("Reviews\n\nNHS England said " + LEEDS + " must publish its review of maternity deaths.",
     ("NHS England", "authored", "review of maternity deaths")),
    ("Groups\n\n" + LEEDS + " is big. The trust runs the Kirk Hospital and the Barn Hospital, "
     "and has been part of the West Yorkshire Association of Acute Trusts since 2016.",
     ("Barn Hospital", "partOf", "West Yorkshire Association of Acute Trusts")),
    ("Pathology\n\nThe contract was let by " + LEEDS + " for Pennine Pathology Services, the "
     "network it hosts.", ("Pennine Pathology Services", "awardedContract", LEEDS)),
    ("Plans\n\nAs part of the plan, " + LEEDS + " will close a ward.",
     (LEEDS, "partOf", "plan")),
    ("Support\n\nDr Ann Bloom will provide support to " + LEEDS + " this winter.",
     ("Dr Ann Bloom", "awardedContract", LEEDS)),
    ("Reviews\n\nAt the request of the Department of Health and Social Care, the Care Quality "
     "Commission carried out a thematic review of seclusion in wards.",
     ("Department of Health and Social Care", "authored", "thematic review of seclusion in wards")),
    ("Segments\n\n" + LEEDS + " will exit enhanced support after a review by NHS England this "
     "autumn.", ("NHS England", "authored", "review by NHS England")),
    ("Segments\n\n" + LEEDS + " remains in segment 2, according to the latest quarterly review by "
     "NHS England.", ("NHS England", "authored", "quarterly review by NHS England")),
    ("Deals\n\n" + LEEDS + " bought Siemens scanners last year.",
     (LEEDS, "mergesWith", "Siemens")),
    ("Contracts\n\nThe £90m contract to build a new wing for " + LEEDS + " has gone to "
     "Tarnbrook Build plc, with design support from Pellow Architects.",
     ("Pellow Architects", "advises", LEEDS)),
    ("Reports\n\nDr Ada Pike was asked to lead a review. The result of the review was ‘The Pike "
     "Stocktake’ which was published by NHS England in May.",
     ("NHS England", "authored", "The Pike Stocktake")),
    ("People\n\nNHS England approved the plan. NHS Devon Integrated Care Board named its new "
     "team.\n\n• Ula Brandt is appointed chief nursing officer.",
     ("Ula Brandt", "leads", "NHS England")),
    ("Contracts\n\nNHS Devon Integrated Care Board spent £2m, while NHS Dorset Integrated Care "
     "Board hired Deloitte on a contract worth £455,000.",
     ("NHS Dorset Integrated Care Board", "awardedContract", "NHS Devon Integrated Care Board")),
    ("Contracts\n\nNHS Devon Integrated Care Board bought operations. Orrin Care Ltd will provide "
     "2,000 a year under a contract worth £9m, while Tallis Health will carry out the rest at "
     "Beacon Park Hospital under a £5m deal.",
     ("Orrin Care Ltd", "awardedContract", "Beacon Park Hospital")),
    ("Plans\n\nLeeds Teaching Hospitals NHS Trust is in trouble. Its medical director, Dr Ada "
     "Pike, will lead an improvement plan.",
     ("Dr Ada Pike", "authored", "improvement plan")),
    ("People\n\nThe chief executives of Leeds Teaching Hospitals NHS Trust and Mid Yorkshire "
     "Teaching NHS Trust, Vera Lomax and Abel Tranter, wrote a letter.",
     ("Vera Lomax", "leads", "Mid Yorkshire Teaching NHS Trust")),
    ("Mergers\n\nNHS Devon Integrated Care Board and NHS Dorset Integrated Care Board will merge. "
     "Devon’s chair, Ula Brandt, will chair the combined board.",
     ("Ula Brandt", "leads", "NHS Dorset Integrated Care Board")),
    ("Reports\n\nThe review, commissioned by the health secretary, was carried out by Dr Ann "
     "Colby. Leeds Teaching Hospitals NHS Trust welcomed it.",
     ("Dr Ann Colby", "commissioned", "review")),
    ("People\n\nNHS England is changing. Ms Olu Fenn, who has been regional director since 2020, "
     "previously led NHS Improvement’s work in the region.",
     ("Ms Olu Fenn", "leads", "NHS Improvement")),
    ("Systems\n\nNorth Tees and Hartlepool NHS Foundation Trust employs 9,000 people. It is part "
     "of the North East and North Cumbria integrated care system and works closely with York and "
     "Scarborough Teaching Hospitals NHS Foundation Trust.\n\nThe trust was rated good by the "
     "Care Quality Commission.",
     (YORK, "rated", "good")),
    ("Contracts\n\nThe union wants out-of-hours contracts to be given to GP-led organisations "
     "instead of NHS Devon Integrated Care Board's current supplier.",
     ("GP-led", "awardedContract", "NHS Devon Integrated Care Board")),
    ("People\n\nNHS England has made changes. Dr Ines Varga will become regional director for "
     "the South East in May.",
     ("Dr Ines Varga", "leads", "South East")),
    ("People\n\nNorth Tees and Hartlepool NHS Foundation Trust has appointed Rhona Kell as its "
     "chief nurse.\n\nMs Kell is deputy chief nurse at York and Scarborough Teaching Hospitals "
     "NHS Foundation Trust. She will start in June, replacing Tomasz Brill, who retired.",
     ("Tomasz Brill", "leads", YORK)),
    ("Trust news\n\nNorth Tees and Hartlepool NHS Foundation Trust has signed a £6m deal with "
     "Pellory Staffing Ltd to run its temporary staffing service across its three hospitals, "
     "including the Harbourside General Hospital.",
     ("Harbourside General Hospital", "partOf", "Pellory Staffing Ltd")),
    ("Trust news\n\nYork and Scarborough Teaching Hospitals NHS Foundation Trust is growing. "
     "Family doctors in York and Harrogate worry, said Dr Ada Pike, chair of the York and "
     "Harrogate medical committee.",
     ("Dr Ada Pike", "leads", YORK)),
    ("Trust news\n\nAmara Okoye has worked in organisations including Harbourside General "
     "Hospital and North Tees and Hartlepool NHS Foundation Trust.",
     ("Harbourside General Hospital", "partOf", NORTH_TEES)),
    ("New boss\n\nAn interim chief executive has been named at North Tees and "
     "Hartlepool NHS Foundation Trust.\n\nOlwen Farrant took up the role on 2 May while Idris "
     "Penhale is on leave.\n\nShe was previously finance director at York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust.",
     ("Idris Penhale", "leads", "York and Scarborough Teaching Hospitals NHS Foundation Trust")),
    ("Ratings\n\nThe Care Quality Commission rated North Tees and Hartlepool NHS Foundation "
     "Trust good, while its maternity services were rated inadequate.",
     (NORTH_TEES, "rated", "inadequate")),
    ("Mergers\n\nStaff fear services would suffer if North Tees and Hartlepool NHS Foundation "
     "Trust were to merge with York and Scarborough Teaching Hospitals NHS Foundation Trust.",
     (NORTH_TEES, "mergesWith", YORK)),
    ("Contracts\n\nNorth Tees and Hartlepool NHS Foundation Trust signed a partnership "
     "agreement with York and Scarborough Teaching Hospitals NHS Foundation Trust.",
     (NORTH_TEES, "awardedContract", YORK)),
    ("Board\n\nNew members are Olwen Farrant, NHS Chief Financial Officer, Idris Penhale, "
     "Deputy Chief Executive of NHS England, and Amara Okoye, National Director for Strategy "
     "& Innovation.",
     ("Idris Penhale", "leads", "NHS")),
    ("Board\n\nAmara Okoye, National Director for Strategy & Innovation, spoke.",
     ("Amara Okoye", "leads", "Strategy & Innovation")),
    ("Mergers\n\nOlwen Farrant, once finance director of York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust, joined North Tees and Hartlepool NHS Foundation Trust in "
     "2020.",
     (YORK, "mergesWith", NORTH_TEES)),
    ("Review\n\nThe CQC’s new report praised North Tees and Hartlepool NHS Foundation Trust.",
     ("Care Quality Commission", "authored", "new report")),
    ("Reviews\n\nThe inquiry, chaired by Idris Penhale, sat for a year.",
     ("Idris Penhale", "leads", "inquiry")),
    ("Segments\n\nThey join Leeds Teaching Hospitals NHS Trust and York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust, both of which are in segment 4.",
     (LEEDS, "mergesWith", YORK)),
    ("Ratings\n\nLeeds Teaching Hospitals NHS Trust, which runs the Harbourside General "
     "Hospital and the Fellbrook Infirmary, kept its good rating.",
     ("Fellbrook Infirmary", "rated", "good")),
    ("Money\n\nLeeds Teaching Hospitals NHS Trust and York and Scarborough Teaching Hospitals "
     "NHS Foundation Trust will have a combined turnover of £2bn.",
     (LEEDS, "mergesWith", YORK)),
    ("Merger\n\nHealth boss Idris Penhale approves merger of Leeds Teaching Hospitals NHS "
     "Trust and York and Scarborough Teaching Hospitals NHS Foundation Trust.",
     ("Idris Penhale", "leads", LEEDS)),
    ("Ratings\n\nYork and Scarborough Teaching Hospitals NHS Foundation Trust is small. It was "
     "rated inadequate in 2019, while Leeds Teaching Hospitals NHS Trust is rated good.",
     (YORK, "rated", "good")),
    ("Regulator\n\nMinister Amara Okoye said the regulator must change.\n\nIdris Penhale, "
     "the CQC's chief inspector of hospitals, will step down.",
     ("Amara Okoye", "leads", "Care Quality Commission")),
    ("Advice\n\nIdris Penhale, a senior adviser at NHS England, welcomed the plan.",
     ("Idris Penhale", "leads", "NHS England")),
    ("Advice\n\nMicrosoft is working with Leeds Teaching Hospitals NHS Trust on a new "
     "records system.",
     ("Microsoft", "advises", LEEDS)),
    ("Reviews\n\nLeeds Teaching Hospitals NHS Trust has published an external review by "
     "consultancy Pellow Lane Consulting.",
     (LEEDS, "authored", "external review")),
    ("Deals\n\nFellgate Urgent Care CIC and Wrenbury Medical Partners LLP will take over the "
     "service in May.", ("Fellgate Urgent Care CIC", "mergesWith",
                           "Wrenbury Medical Partners LLP")),
    ("Oversight\n\n" + NORTH_TEES + " has left the recovery programme. The trust, which runs "
     "Harbourside Hospital, Fellbrook Infirmary in Stockton and Marlow Vale Hospital, has moved "
     "from segment 4 to segment 3.", ("Fellbrook Infirmary", "movedToSegment", "segment 3")),
    ("Groups\n\n" + LEEDS + " and " + YORK + " are in talks. Dr Joe Penn used to work at "
     + NORTH_TEES + ". The trusts’ joint chair, Ruth Amery, said no site would close.",
     ("Ruth Amery", "leads", NORTH_TEES)),
    ("Ratings\n\n" + YORK + " was rated good. Dr Ola Penn was previously chief executive of "
     + LEEDS + ". The trust’s chair, Ruth Amery, said the board was proud.",
     ("Ruth Amery", "leads", LEEDS)),
    ("Reviews\n\nAn independent review of maternity services at " + LEEDS + ", led by Dr Jane "
     "Ocean, found failings.", ("Dr Jane Ocean", "leads", LEEDS)),
    ("Deals\n\nFellgate Care will take over the service from " + LEEDS + " in May.",
     ("Fellgate Care", "mergesWith", LEEDS)),
    ("Advice\n\n" + LEEDS + " has appointed Dr Ann Bell to review its finances.",
     ("Dr Ann Bell", "advises", LEEDS)),
    ("People\n\n" + LEEDS + " has a plan. Jane Doe, a partner, said it was bold.",
     ("Jane Doe", "leads", LEEDS)),
    ("Deals\n\n" + YORK + " said Harrow Medical Transport would take over the service under a "
     "five-year deal. The company beat " + LEEDS + " to the contract.",
     ("Harrow Medical Transport", "awardedContract", LEEDS)),
    ("Deals\n\nThree trusts in Norfolk and Waveney have signed a deal with the software company "
     "Epic.", ("Waveney", "awardedContract", "Epic")),
    ("Advice\n\n" + LEEDS + " was supported by NHS England.", ("NHS England", "advises", LEEDS)),
    ("Deals\n\n" + LEEDS + ", which runs Harbourside Hospital and Fellbrook Infirmary, has paid "
     "ISS to clean its wards since 2016.", ("ISS", "awardedContract", "Fellbrook Infirmary")),
    ("Politics\n\nShadow health secretary Kate Ellwood said the Department of Health and Social "
     "Care had failed.", ("Kate Ellwood", "leads", "Department of Health and Social Care")),
    ("Politics\n\nLabour's shadow health minister, Rupa Mistry, said the Department of Health "
     "and Social Care had failed.",
     ("Rupa Mistry", "leads", "Department of Health and Social Care")),
    ("Pathology\n\nHumber Pathology is run by four trusts. It is part of NHS England's programme "
     "to bring laboratories into networks.",
     ("Humber Pathology", "partOf", "NHS England")),
    ("Sites\n\nWye Valley NHS Trust, which runs Hereford County Hospital, and Worcestershire "
     "Acute Hospitals NHS Trust, which runs the Alexandra Hospital, met on Monday.",
     ("Alexandra Hospital", "partOf", "Wye Valley NHS Trust")),
    ("Cloud\n\nNHS England has commissioned NHS Digital to deliver a cloud programme.",
     ("NHS Digital", "awardedContract", "NHS England")),
    ("Reviews\n\nThe review, commissioned by the Department of Health and Social Care and "
     "chaired by Dr Jane Roe, will report in June.", ("Dr Jane Roe", "commissioned", "review")),
    ("Sites\n\nThe review covers Russells Hall Hospital, the trust's main site. Jane Roe, the "
     "trust's chief executive, said sorry.", ("Jane Roe", "leads", "Russells Hall Hospital")),
    ("Deals\n\nStockport NHS Foundation Trust is to acquire Tameside and Glossop Integrated Care "
     "NHS Foundation Trust.", ("Stockport NHS Foundation Trust", "partOf",
                              "Tameside and Glossop Integrated Care NHS Foundation Trust")),
    ("People\n\nShe is leaving the King's Fund, a think tank, to join the Department of Health "
     "and Social Care.", ("The King's Fund", "partOf", "Department of Health and Social Care")),
    ("Events\n\nSpeaking at the Confed Expo, NHS Confederation chief executive Lionel Barra warned "
     "of a hard winter.", ("Confed Expo", "leads", "NHS Confederation")),
    ("Groups\n\nThe West Yorkshire Association of Acute Trusts was set up in 2016. It brought "
     "together " + LEEDS + " and Airedale NHS Foundation Trust.",
     (LEEDS, "mergesWith", "Airedale NHS Foundation Trust")),
    ("Board\n\nAda Roe and Lucia Hartnell said Jim Bellamy is chief executive of " + LEEDS + ".",
     ("Ada Roe", "leads", LEEDS)),
    ("Deals\n\nIt is a second win for Bexford Labs. Having secured a contract with " + LEEDS
     + ", the firm has been chosen again.", ("Having", "awardedContract", LEEDS)),
    ("Board\n\nDr Ann Royle and Jim Bellamy, medical director, warned that " + LEEDS
     + " faces a hard winter.", ("Dr Ann Royle", "leads", LEEDS)),
    ("Advice\n\nNHS England asked " + LEEDS + " to help Wye Valley NHS Trust.",
     (LEEDS, "advises", "Wye Valley NHS Trust")),
    ("Deals\n\nBarnsley Council has appointed a contractor to build a £19m diagnostic centre, "
     "which will be run by Barnsley Hospital NHS Foundation Trust.",
     ("Barnsley Council", "awardedContract", "Barnsley Hospital NHS Foundation Trust")),
    ("Reviews\n\nOrdered by the Secretary of State for Health and Social Care, the Pendle Inquiry "
     "into care at Royal Cornwall Hospitals NHS Trust will report in March. It is chaired by "
     "retired judge Dame Honor Pendle.",
     ("Dame Honor Pendle", "leads", "Royal Cornwall Hospitals NHS Trust")),
    ("Sites\n\nIn 2013 Lewisham Healthcare NHS Trust absorbed the Queen Elizabeth Hospital.",
     ("Lewisham Healthcare NHS Trust", "mergesWith", "Queen Elizabeth Hospital")),
    ("Board\n\nNHS Hampshire and Isle of Wight ICB has a contract. Dr Lorna Whitley, chair of the "
     "Hampshire and Isle of Wight local medical committee, said so.",
     ("Dr Lorna Whitley", "leads", "NHS Hampshire and Isle of Wight Integrated Care Board")),
    ("Deals\n\nNHS Devon ICB has a contract. Doccla’s UK managing director, Sofia Lind, said it "
     "was the largest.", ("Sofia Lind", "leads", "NHS Devon Integrated Care Board")),
    ("Reviews\n\nDaniel Okafor, the health secretary, has asked Professor Naledi Brooks to review "
     "East of England Ambulance Service NHS Trust.",
     ("Daniel Okafor", "leads", "East of England Ambulance Service NHS Trust")),
    ("Deals\n\nNHS Airedale, Wharfedale and Craven, NHS Bradford City and NHS Bradford Districts "
     "CCGs will merge to form NHS Bradford District and Craven Clinical Commissioning Group.",
     ("NHS Bradford City CCG", "partOf", "NHS Bradford District and Craven CCG")),
    ("Board\n\nNicola Thwait, chief executive of the NHS Confederation’s ICS Network, has been "
     "elected.", ("Nicola Thwait", "leads", "NHS Confederation")),
    ("Board\n\nCouncillor Bev Amble, chairman of Hampshire County Council's health and adult "
     "social care select committee, called it a disgrace.",
     ("Councillor Bev Amble", "leads", "Hampshire County Council")),
    ("Board\n\nAmira Farook, managing director of Pennine Care NHS Foundation Trust's community "
     "division, spoke.", ("Amira Farook", "leads", "Pennine Care NHS Foundation Trust")),
    ("Board\n\nCEO Ravi Chandra (Surrey and Sussex Healthcare NHS Trust) and chair Jo Whitlock "
     "(NHS East Surrey CCG) co-signed the letter.",
     ("Jo Whitlock", "leads", "Surrey and Sussex Healthcare NHS Trust")),
    ("Deals\n\nTellwick was the preferred bidder, but the contract was never signed by Royal "
     "Berkshire NHS Foundation Trust.",
     ("Tellwick", "awardedContract", "Royal Berkshire NHS Foundation Trust")),
    ("Deals\n\nLeeds Teaching Hospitals NHS Trust wants to hire Elmstead Digital for the job.",
     ("Elmstead Digital", "awardedContract", LEEDS)),
    ("Posts\n\nLeeds Teaching Hospitals NHS Trust moved to hire Jane Smith for the post.",
     ("Jane Smith", "awardedContract", LEEDS)),
    ("Mutual aid\n\nStaff from Royal Berkshire NHS Foundation Trust spent a month at Frimley "
     "Health NHS Foundation Trust.",
     ("Royal Berkshire NHS Foundation Trust", "advises", "Frimley Health NHS Foundation Trust")),
    ("Groups\n\nBrightwell Pharmacy Ltd, the shop at the Royal Infirmary in Leeds, is a subsidiary "
     "of Leeds Teaching Hospitals NHS Trust.", ("Royal Infirmary", "partOf", LEEDS)),
    ("Mergers\n\nFrimley Health NHS Foundation Trust has been formally acquired by Royal Berkshire "
     "NHS Foundation Trust. The deal completed on Monday. Staff heard from the enlarged trust's "
     "chief executive, Professor Ines Garvey.",
     ("Professor Ines Garvey", "leads", "Frimley Health NHS Foundation Trust")),
    ("Ratings\n\nBarts Health NHS Trust entered special measures in 2014 because Whipps Cross "
     "University Hospital had been rated inadequate.",
     ("Barts Health NHS Trust", "rated", "inadequate")),
    ("New boss\n\n" + LEEDS + " needs a chief executive. Irene Cobb, a local GP, said the trust "
     "was in crisis.", ("Irene Cobb", "leads", LEEDS)),
    ("Deals\n\nHalcyon Imaging Services has a new client. The company will provide out-of-hours "
     "reporting to Royal Berkshire NHS Foundation Trust from June, its managing director, Neil "
     "Paxton, said.", ("Neil Paxton", "leads", "Royal Berkshire NHS Foundation Trust")),
    ("Reviews\n\n" + LEEDS + " said Ravi Lomas would lead both the review and the audit.",
     ("Ravi Lomas", "leads", LEEDS)),
    ("Board\n\nThe NHS Trust Development Authority has sent an improvement director, Tom Verey, "
     "to Barking, Havering and Redbridge University Hospitals NHS Trust.",
     ("NHS Trust Development Authority", "partOf",
      "Barking, Havering and Redbridge University Hospitals NHS Trust")),
    ("Advice\n\n" + LEEDS + " has brought in consultants from Leeds and Bradford to help it.",
     ("Leeds and Bradford", "advises", LEEDS)),
    ("Advice\n\nThe trust paid Braxton Hale £3m for advice on its merger with Bradford Teaching "
     "Hospitals NHS Foundation Trust.",
     ("Braxton Hale", "mergesWith", "Bradford Teaching Hospitals NHS Foundation Trust")),
    ("Inquiry\n\nAnn Bell said she would lead " + LEEDS + "'s response to the inquiry.",
     ("Ann Bell", "leads", LEEDS)),
    ("Advice\n\nConsultants from Deloitte said the market was growing, according to Royal "
     "Berkshire NHS Foundation Trust.",
     ("Deloitte", "advises", "Royal Berkshire NHS Foundation Trust")),
    ("Mutual aid\n\nRoyal Berkshire NHS Foundation Trust, which has been supporting Frimley Health "
     "NHS Foundation Trust with its backlog, will take 200 more patients.",
     ("Royal Berkshire NHS Foundation Trust", "advises", "Frimley Health NHS Foundation Trust")),
    ("Offices\n\nThe consultancy Tamsin Reed Associates has moved its offices next door to "
     "Leeds Teaching Hospitals NHS Trust.",
     ("Tamsin Reed Associates", "advises", LEEDS)),
    ("Merger\n\nLeeds Teaching Hospitals NHS Trust said talk of a merger with York and "
     "Scarborough Teaching Hospitals NHS Foundation Trust was speculation.",
     (LEEDS, "mergesWith", YORK)),
    ("Transfers\n\nPatients from Marsh Road Hospital were sent to Leeds Teaching Hospitals NHS "
     "Trust.", ("Marsh Road Hospital", "partOf", LEEDS)),
    ("Review\n\nThe Fenwick Review was discussed at length by Professor Ada Quill, who called "
     "it thin.", ("Professor Ada Quill", "authored", "Fenwick Review")),
    ("Turnaround\n\nNHS England has appointed turnaround specialists Brightwell Partners to work "
     "with the trust's board.", ("Brightwell Partners", "advises", "NHS England")),
    ("Lots\n\nFellgate Transfer Services and Peat Moor Direct were appointed to lot 1, while "
     "lot 2 went to Ormsby Nursing Agency.",
     ("Ormsby Nursing Agency", "awardedContract", "Fellgate Transfer Services")),
    ("Report\n\nThe report, which Ann Bell commissioned from the former Leeds Teaching "
     "Hospitals NHS Trust chief executive, was critical.", ("Ann Bell", "leads", LEEDS)),
    ("Inquiry\n\nThe Bell Inquiry into stroke services at Leeds Teaching Hospitals NHS Trust "
     "will report soon. It is chaired by retired judge Dame Ann Hope.",
     ("Dame Ann Hope", "leads", LEEDS)),
    ("Jobs\n\nCandidates to lead Leeds Teaching Hospitals NHS Trust include Tom Rigg, finance "
     "director at North Tees and Hartlepool NHS Foundation Trust.", ("Tom Rigg", "leads", LEEDS)),
    ("Board\n\nAnn Bell joined the board of Leeds Teaching Hospitals NHS Trust as a "
     "non-executive director in 2019.", ("Ann Bell", "leads", LEEDS)),
    ("Chief\n\nLeeds Teaching Hospitals NHS Trust has appointed Ann Bell as chief executive. "
     "She joins from North Tees and Hartlepool NHS Foundation Trust. Its chair, Tom Rigg, said "
     "she was the best candidate.", ("Tom Rigg", "leads", NORTH_TEES)),
    ("Wards\n\nLeeds Teaching Hospitals NHS Trust opened a ward. The ward was built by Kier "
     "Construction Ltd.", ("Kier Construction Ltd", "awardedContract", LEEDS)),
    ("Segments\n\nLeeds Teaching Hospitals NHS Trust hopes to reach segment 1 by 2027.",
     (LEEDS, "movedToSegment", "segment 1")),
    ("Segments\n\nLeeds Teaching Hospitals NHS Trust is no longer in oversight framework (NOF) "
     "segment 4.", (LEEDS, "inSegment", "segment 4")),
    ("Meeting\n\nLeeds Teaching Hospitals NHS Trust's chief executive spoke at the meeting. Ann "
     "Bell, a patient, said she was pleased.", ("Ann Bell", "leads", LEEDS)),
    ("Company\n\nFenmoor Facilities Ltd was set up by two former nurses from Leeds Teaching "
     "Hospitals NHS Trust.", ("Fenmoor Facilities Ltd", "partOf", LEEDS)),
    ("Advice\n\nThe Fenmoor Foundry, a firm of clinical advisers led by Dr Tom Rigg, is advising "
     "Leeds Teaching Hospitals NHS Trust on delays.", ("Dr Tom Rigg", "advises", LEEDS)),
    ("Pharmacy\n\nLeeds Teaching Hospitals NHS Trust's pharmacy company, Fenmoor Pharmacy Ltd, "
     "opened a shop. It already runs dispensaries at Leeds General Infirmary.",
     ("Leeds General Infirmary", "partOf", "Fenmoor Pharmacy Ltd")),
    ("Sharing\n\nLeeds Teaching Hospitals NHS Trust and North Tees and Hartlepool NHS Foundation "
     "Trust will share services. The trusts stressed that a merger was not being considered.",
     (LEEDS, "mergesWith", NORTH_TEES)),
    ("Staffing\n\nNorth Tees and Hartlepool NHS Foundation Trust said its staffing was "
     "inadequate.", (NORTH_TEES, "rated", "inadequate")),
    ("Staffing\n\nNorth Tees and Hartlepool NHS Foundation Trust told inspectors its results "
     "were good.", (NORTH_TEES, "rated", "good")),
    ("Board\n\nThe trust's deputy director of finance, Wen Halloran, said savings were due.\n\n"
     + LEEDS + " expects a deficit.", ("Wen Halloran", "leads", LEEDS)),
    ("Unions\n\nThe Royal College of Nursing backed the plan. Its regional organiser, Pim Aldous, "
     "said nurses would be balloted.", ("Pim Aldous", "leads", "Royal College of Nursing")),
    ("Careers\n\nDr Rhea Fenn was head of procurement at " + LEEDS + " before moving south.",
     ("Dr Rhea Fenn", "leads", LEEDS)),
    ("Review\n\nSir Ivo Dane, a former chief constable, was brought in by " + LEEDS + " to "
     "review how it handled complaints.", ("Sir Ivo Dane", "leads", LEEDS)),
    ("Boards\n\nSir Ivo Dane, a former " + LEEDS + " chair, is to chair the Care Quality "
     "Commission's advisory board.", ("Sir Ivo Dane", "leads", "Care Quality Commission")),
    ("Oversight\n\n" + LEEDS + " joins Airedale NHS Foundation Trust in segment 4.",
     (LEEDS, "mergesWith", "Airedale NHS Foundation Trust")),
    ("Goals\n\n" + LEEDS + "'s new chief executive wants the trust to be in segment 2 by 2027.",
     (LEEDS, "inSegment", "segment 2")),
    ("Goals\n\nLeeds hospital aims for good rating\n\n" + LEEDS + " hopes to be rated good next "
     "year.", ("Leeds hospital", "rated", "good")),
    ("Care homes\n\nOakvale House, a care home in Stockport, is in special measures after "
     "inspectors rated it inadequate.",
     ("Stockport NHS Foundation Trust", "rated", "inadequate")),
    ("Search\n\nThe search for a chief executive at " + LEEDS + " will restart. The candidate, a "
     "senior NHS England official, withdrew, the trust said. Its interim chief executive, Cress "
     "Hollin, will stay on.", ("Cress Hollin", "leads", "NHS England")),
    ("Inquiry\n\nAn independent investigation into three deaths at " + LEEDS + " found failings. "
     "NHS England commissioned the investigation; the work was done by Holbrook Grange Ltd, a "
     "firm specialising in investigations.",
     ("Holbrook Grange Ltd", "advises", "NHS England")),
    ("Dialysis\n\nA new unit at Leeds General Infirmary will be run by Lugg Renal Services Ltd "
     "under a contract let by " + LEEDS + ".", ("Leeds General Infirmary", "partOf",
                                               "Lugg Renal Services Ltd")),
    ("Dialysis\n\nA new unit at Leeds General Infirmary will be run by Lugg Renal Services Ltd "
     "under a contract let by " + LEEDS + ".", ("Lugg Renal Services Ltd", "awardedContract",
                                               "Leeds General Infirmary")),
    ("Ratings\n\nLeeds, one of a handful of outstanding-rated trusts, fell to good in 2022.",
     ("Leeds", "rated", "outstanding")),
    ("Careers\n\nIn 2014 Cal Imrie moved to " + LEEDS + " as head of communications.",
     ("Cal Imrie", "leads", LEEDS)),
]


@pytest.mark.parametrize(("text", "unwanted"), ABSENT, ids=range(len(ABSENT)))
def test_real_news_construction_reads_nothing_more(tmp_path, text, unwanted):
    assert unwanted not in triples(tmp_path, text)


def test_a_role_stops_where_the_clause_does(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Finance\n\nLeeds Teaching Hospitals NHS Trust is short of money. Olwen "
                    "Farrant, the trust's director of finance, told the board the gap was "
                    "closing.\n", encoding="utf-8")
    roles = {json.loads(line)["role"] for line in jsonl_lines([path])
             if json.loads(line).get("predicate") == "leads"}
    assert roles == {"director of finance"}


def test_in_a_list_of_names_and_titles_each_title_follows_its_name(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Board\n\nThe new executive group at NHS England includes Olwen Farrant, "
                    "Chief Financial Officer, Idris Penhale, National Medical Director, and "
                    "Amara Okoye, Director of Strategy.\n", encoding="utf-8")
    roles = {(row["subject"], row["role"]) for row in map(json.loads, jsonl_lines([path]))
             if row.get("predicate") == "leads"}
    assert ("Idris Penhale", "chief finance officer") not in roles
    assert ("Amara Okoye", "national medical director") not in roles


def test_in_a_list_of_titles_and_names_each_name_follows_its_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Board\n\nIsle of Wight NHS Trust has a new board. Its chief executive, "
                    "Mora Lane, its finance director, Col Derry, and its chief nurse, Pia "
                    "Laurie, joined in May.\n", encoding="utf-8")
    roles = {(row["subject"], row["role"]) for row in map(json.loads, jsonl_lines([path]))
             if row.get("predicate") == "leads"}
    assert roles == {("Mora Lane", "chief executive"), ("Col Derry", "finance director"),
                     ("Pia Laurie", "chief nurse")}


def test_two_reports_named_in_one_breath_stay_two(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Reports\n\nThe findings echo the Hartwell report into stroke care in Leeds "
                    "and Waiting in the Dark, the 2021 report on York's ambulance delays.\n",
                    encoding="utf-8")
    publications = {row["label"]: set(row["aliases"]) for row in map(json.loads,
                    jsonl_lines([path])) if row.get("category") == "Publication"}
    assert "Hartwell report into stroke care in Leeds" in publications
    assert any("Waiting in the Dark" in names for names in publications.values())


def test_a_suppliers_buying_framework_is_no_publication(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Deals\n\nThe scanners were bought through the NHS Supply Chain framework "
                    "for imaging.\n", encoding="utf-8")
    assert not [row for row in map(json.loads, jsonl_lines([path]))
                if row.get("category") == "Publication"]


def test_a_post_one_was_named_to_is_held_now(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("People\n\nJane Doe was named chief executive at " + LEEDS + " last week.\n",
                    encoding="utf-8")
    statuses = {row["status"] for row in map(json.loads, jsonl_lines([path]))
                if row.get("predicate") == "leads"}
    assert statuses == {"current"}


def test_bodies_named_by_their_context_are_organisations(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Deals\n\nPellow Labs, Abbott and Beckman Coulter were also named as "
                    "suppliers on the framework. The firm beat three other bidders, including "
                    "Huma. An evaluation was carried out by the University of Southampton. "
                    "Healthwatch Isle of Wight welcomed it.\n", encoding="utf-8")
    organisations = {row["label"] for row in map(json.loads, jsonl_lines([path]))
                     if row.get("category") == "Organisation"}
    assert {"Abbott", "Beckman Coulter", "Huma", "University of Southampton",
            "Healthwatch Isle of Wight"} <= organisations


def test_company_names_keep_their_whole_tail(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Deals\n\nThe consultancy Hallam Health and Social Care carried out the "
                    "review. Kestrel Pharmacy Services Ltd will run the dispensary, and Fenwick "
                    "Medical Transport Services will drive patients.\n", encoding="utf-8")
    organisations = {row["label"] for row in map(json.loads, jsonl_lines([path]))
                     if row.get("category") == "Organisation"}
    assert {"Hallam Health and Social Care", "Kestrel Pharmacy Services Ltd",
            "Fenwick Medical Transport Services"} <= organisations


def test_people_named_by_age_home_town_or_a_departure(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Patients\n\nEdna Marlow, 86, spent 40 days on a ward. Kerys Fenn, from "
                    "Beeston, who had her son there, said so. The board has been led by Ola "
                    "Penn since Rhodri Vane stood down. Mother Tess Arden said it was awful.\n",
                    encoding="utf-8")
    people = {row["label"] for row in map(json.loads, jsonl_lines([path]))
              if row.get("category") == "Person"}
    assert {"Edna Marlow", "Kerys Fenn", "Rhodri Vane", "Tess Arden"} <= people


def test_a_known_company_keeps_its_trading_tail_and_a_river_is_no_trust(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Deals\n\nOptum Health Solutions UK won the deal. Trusts on both sides of "
                    "the Humber will soon share one chair.\n", encoding="utf-8")
    rows = list(map(json.loads, jsonl_lines([path])))
    names = {alias for row in rows if row.get("category") == "Organisation"
             for alias in row["aliases"]}
    assert "Optum Health Solutions UK" in names
    assert "Humber" not in names


def test_a_place_after_in_is_no_person(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("People\n\nDr Ivo Dane, a partner at a practice in Newton Abbot, will join "
                    "the board. Matt Rowe will take over from Tony Gale who joined in May.\n",
                    encoding="utf-8")
    people = {row["label"] for row in map(json.loads, jsonl_lines([path]))
              if row.get("category") == "Person"}
    assert "Newton Abbot" not in people
    assert "Tony Gale" in people


STATUSES = [
    ("People\n\nDan Ely moves from Leeds Teaching Hospitals NHS Trust to Airedale NHS Foundation "
     "Trust, where he will be chief executive.",
     ("Dan Ely", "Airedale NHS Foundation Trust", "designate")),
    ("People\n\nDr Nia Holt will take up the role of chief executive at Leeds Teaching Hospitals "
     "NHS Trust in May.", ("Dr Nia Holt", "Leeds Teaching Hospitals NHS Trust", "designate")),
    ("People\n\nDr Nia Holt, who retired in 2019 as chief executive of Leeds Teaching Hospitals "
     "NHS Trust, died.", ("Dr Nia Holt", "Leeds Teaching Hospitals NHS Trust", "former")),
    ("People\n\nEx-Leeds Teaching Hospitals NHS Trust boss Dr Nia Holt died.",
     ("Dr Nia Holt", "Leeds Teaching Hospitals NHS Trust", "former")),
    ("People\n\nJane Hart, who had been chief executive of Medway NHS Foundation Trust since "
     "2004, is chief executive of Kent Coast Hospitals NHS Trust.",
     ("Jane Hart", "Kent Coast Hospitals NHS Trust", "current")),
    ("People\n\nJane Hart is chief executive of " + LEEDS + ". Her opposite number at "
     "Bradford Teaching Hospitals NHS Foundation Trust, Paul Lowe, has retired.",
     ("Paul Lowe", "Bradford Teaching Hospitals NHS Foundation Trust", "former")),
]


@pytest.mark.parametrize(("text", "post"), STATUSES, ids=range(len(STATUSES)))
def test_post_status_is_read(tmp_path, text, post):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    rows = [json.loads(line) for line in jsonl_lines([path])]
    statuses = {(row["subject"], row["object"], row["status"]) for row in rows
                if row.get("kind") == "fact" and row["predicate"] == "leads"}
    assert post in statuses


def test_bodies_named_by_their_distinctive_short_names_and_outlets(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Partners\n\nWe will deepen our collaboration with Barts Health, the MS "
                    "Society told BBC Radio Kent and the Northern Echo.\n", encoding="utf-8")
    rows = [json.loads(line) for line in jsonl_lines([path])]
    found = {row["label"]: row["class"] for row in rows if row["kind"] == "entity"}
    assert found["Barts Health NHS Trust"] == "NHSTrust"
    assert found["BBC Radio Kent"] == "NewsOutlet"
    assert found["Northern Echo"] == "NewsOutlet"
    assert "MS Society" in found


def test_a_short_name_in_lower_case_is_a_description_not_a_body(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Maternity\n\nStaff at the Derby and Burton hospitals raised concerns.\n",
                    encoding="utf-8")
    rows = [json.loads(line) for line in jsonl_lines([path])]
    assert not [row for row in rows if row["kind"] == "entity"
                and row["label"] == "Burton Hospitals NHS Foundation Trust"]


def test_a_post_waits_one_sentence_only_for_a_holder_who_takes_the_role(tmp_path):
    rows = story_rows(tmp_path, "New boss\n\n" + LEEDS + " has appointed a new chief executive. "
                      "The decision was unanimous. Its chair, Ann Brook, said she was delighted "
                      "with the choice.")
    roles = {r["role"] for r in rows if r["kind"] == "fact" and r["subject"] == "Ann Brook"}
    assert roles == {"chair"}


def test_a_closed_trust_named_like_an_open_hospital_is_the_hospital(tmp_path):
    rows = story_rows(tmp_path, "Sites\n\nWaits were longest for patients at Whipps Cross "
                      "University Hospital.")
    classes = {r["label"]: r["class"] for r in rows if r["kind"] == "entity"}
    assert classes == {"Whipps Cross University Hospital": "Hospital"}


def test_a_bare_first_name_is_the_one_person_of_the_story_with_it(tmp_path):
    rows = story_rows(tmp_path, "Chair\n\nLeeds Teaching Hospitals NHS Trust has named Jasper "
                                "Vellacott its chair. Jasper starts in May. Will the trust "
                                "cope? Will Hart, a governor, said it would.")
    people = {row["label"]: set(row["aliases"]) for row in rows
              if row["kind"] == "entity" and row.get("category") == "Person"}
    assert people["Jasper Vellacott"] == {"Jasper", "Jasper Vellacott"}
    assert "Will" not in people and "Will" not in people.get("Will Hart", set())


def test_a_brand_named_system_is_a_body_wherever_the_file_names_it(tmp_path):
    found = triples(tmp_path, "Systems\n\nBetter Together Wessex, the county's integrated care "
                              "system, met on Monday. Poole Hospital NHS Foundation Trust is part "
                              "of Better Together Wessex.")
    assert found == {("Poole Hospital NHS Foundation Trust", "partOf", "Better Together Wessex")}


def test_a_network_known_by_a_brand_name_is_a_body_later_too(tmp_path):
    rows = story_rows(tmp_path, "Pathology\n\nThe pathology network known as Clearwater Labs "
                                "was formed in 2019. Clearwater Labs said demand had doubled.")
    bodies = [r for r in rows if r["kind"] == "entity" and r["label"] == "Clearwater Labs"]
    assert len(bodies) == 1 and bodies[0]["category"] == "Organisation"


def test_a_person_apposed_to_a_system_role_does_not_name_a_system(tmp_path):
    rows = story_rows(tmp_path, "Systems\n\nAnna Pryce, the ICS lead, said the work was done.")
    assert {r["label"] for r in rows if r["kind"] == "entity"} == {"Anna Pryce"}


def test_an_area_name_runs_on_over_health_and_care_partnership(tmp_path):
    rows = story_rows(tmp_path, "Systems\n\n" + LEEDS + " is part of the Humber, Coast and Vale "
                                "Health and Care Partnership.")
    aliases = {a for r in rows if r["kind"] == "entity" for a in r["aliases"]}
    assert "Humber, Coast and Vale Health and Care Partnership" in aliases
    assert any(r["kind"] == "fact" and r["predicate"] == "partOf" for r in rows)


def test_a_system_described_in_an_aside_covers_the_trusts_after_it(tmp_path):
    found = triples(tmp_path, "Systems\n\nBetter Together Wessex, the integrated care system for "
                              "the county, covers " + LEEDS + " and " + YORK + ".")
    assert found == {(LEEDS, "partOf", "Better Together Wessex"),
                     (YORK, "partOf", "Better Together Wessex")}


def test_a_post_at_the_new_body_is_read_beside_a_post_held_elsewhere(tmp_path):
    found = triples(tmp_path, "ICB\n\nHilda Marsh has been named as the chief executive of the "
                              "new Humber and North Yorkshire ICB. She is currently chief "
                              "executive of " + LEEDS + ".")
    assert found == {("Hilda Marsh", "leads", "NHS Humber and North Yorkshire Integrated Care "
                                               "Board"),
                     ("Hilda Marsh", "leads", LEEDS)}


def test_the_new_organisation_is_still_a_reference_not_a_modifier(tmp_path):
    rows = story_rows(tmp_path, "CCGs\n\nNHS Bradford City CCG and NHS Airedale, Wharfedale and "
                                "Craven CCG will merge. Their joint accountable officer, Tobias "
                                "Fenn, is expected to become accountable officer of the new "
                                "organisation.")
    assert {r["object"] for r in rows if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert not [r for r in rows if r["kind"] == "entity" and r["label"] == "organisation"]


def test_an_appointee_described_by_a_post_elsewhere_takes_the_new_post(tmp_path):
    found = triples(tmp_path, "New boss\n\n" + YORK + " has appointed " + LEEDS + " chief "
                              "executive Hilda Marsh as its next chief executive.")
    assert found == {("Hilda Marsh", "leads", YORK), ("Hilda Marsh", "leads", LEEDS)}


def test_bodies_that_work_together_within_a_system_are_part_of_it(tmp_path):
    found = triples(tmp_path, "CCGs\n\nThe two CCGs, NHS Hull CCG and NHS Vale of York CCG, "
                              "already work together within the Humber and North Yorkshire "
                              "Health and Care Partnership. NHS Hull CCG worked within NHS "
                              "England guidance.")
    parts = {(s, o) for s, p, o in found if p == "partOf"}
    assert parts == {("NHS Hull CCG", "Humber and North Yorkshire Integrated Care System"),
                     ("NHS Vale of York CCG", "Humber and North Yorkshire Integrated Care System")}


def test_the_place_trust_is_the_trust_when_a_hospital_there_is_named_too(tmp_path):
    found = triples(tmp_path, "Merger\n\nThe Royal Bournemouth and Christchurch Hospitals NHS "
                              "Foundation Trust and Poole Hospital NHS Foundation Trust will "
                              "merge. The new trust would run the Royal Bournemouth Hospital and "
                              "Poole Hospital. Nora Vint, chief executive of the Bournemouth "
                              "trust, will lead it.")
    assert ("Nora Vint", "leads", "The Royal Bournemouth and Christchurch Hospitals NHS "
                                  "Foundation Trust") in found
    assert ("Nora Vint", "leads", "Poole Hospital NHS Foundation Trust") not in found


def test_initials_of_a_university_hospitals_trust_may_drop_hospitals(tmp_path):
    found = triples(tmp_path, "Segments\n\nBarking, Havering and Redbridge University Hospitals "
                              "NHS Trust is out of segment 4. BHRUT chief executive Colm Avery "
                              "said staff had worked hard.")
    assert ("Colm Avery", "leads", "Barking, Havering and Redbridge University Hospitals NHS "
                                   "Trust") in found


def test_a_body_given_a_post_holder_is_the_body_of_the_clause(tmp_path):
    found = triples(tmp_path, "Segments\n\n" + YORK + " has left special measures. " + LEEDS +
                    " stays in segment 4 and has been given a new improvement director, Rhoda "
                    "Quist.")
    assert ("Rhoda Quist", "leads", LEEDS) in found
    assert ("Rhoda Quist", "leads", YORK) not in found


def test_the_group_that_appoints_can_be_a_clinical_commissioning_group(tmp_path):
    found = triples(tmp_path, "CCGs\n\nDr Ivo Brandt has been elected chair of NHS Leeds North "
                              "Clinical Commissioning Group. The group, which covers 190,000 "
                              "patients, has appointed Sabine Kettle, currently a manager at "
                              "NHS Leeds, as its chief officer.")
    assert ("Sabine Kettle", "leads", "NHS Leeds North CCG") in found


def test_a_post_after_a_relative_clause_with_a_post_of_its_own(tmp_path):
    found = triples(tmp_path, "CCGs\n\nNHS Leeds West CCG is the largest of the three. Piers "
                              "Ashby, who was director of commissioning at Leeds Community "
                              "Healthcare NHS Trust until last year, is its chief officer.")
    assert found == {("Piers Ashby", "leads", "NHS Leeds West CCG"),
                     ("Piers Ashby", "leads", "Leeds Community Healthcare NHS Trust")}


def test_a_pathology_network_is_a_named_nhs_body_that_buys(tmp_path):
    rows = story_rows(tmp_path, "Pathology\n\nOrvane Diagnostics was named preferred bidder by "
                                "the Kent and Medway Pathology Network after a long procurement.")
    bodies = {r["label"]: r["class"] for r in rows if r["kind"] == "entity"}
    assert bodies["Kent and Medway Pathology Network"] == "NHSBody"
    assert ("Orvane Diagnostics", "awardedContract", "Kent and Medway Pathology Network") in {
        (r["subject"], r["predicate"], r["object"]) for r in rows if r["kind"] == "fact"}


def test_of_the_trusts_hospitals_lists_its_sites_with_their_own_ratings(tmp_path):
    found = triples(tmp_path, "Ratings\n\nMid Yorkshire Teaching NHS Trust was rated good. Of "
                              "the trust's three hospitals, Pinderfields Hospital was rated "
                              "requires improvement, Dewsbury and District Hospital kept its good "
                              "rating, and Pontefract Hospital was not visited.")
    trust = "Mid Yorkshire Teaching NHS Trust"
    assert {("Pinderfields Hospital", "partOf", trust), ("Dewsbury and District Hospital",
            "partOf", trust), ("Pontefract Hospital", "partOf", trust),
            ("Pinderfields Hospital", "rated", "requires improvement"),
            ("Dewsbury and District Hospital", "rated", "good")} <= found
    assert (trust, "rated", "requires improvement") not in found
    assert ("Pinderfields Hospital", "rated", "good") not in found


WYE = "Wye Valley NHS Trust"
WORCS = "Worcestershire Acute Hospitals NHS Trust"
TWO_TRUSTS = WYE + " and " + WORCS + " are to form a hospital group. "


def test_a_second_buyer_signs_up_to_the_same_terms(tmp_path):
    found = triples(tmp_path, "Transport\n\nNHS Norfolk awarded the contract to Greyline "
                              "Transport Ltd. Great Yarmouth and Waveney PCT, which buys care "
                              "for the east of the county, has signed up to the same terms.")
    assert {("Greyline Transport Ltd", "awardedContract", "NHS Norfolk"),
            ("Greyline Transport Ltd", "awardedContract", "Great Yarmouth and Waveney PCT")} \
        <= found


def test_a_contract_signed_with_a_firm_is_the_story_bodys(tmp_path):
    found = triples(tmp_path, "Estates\n\n" + LEEDS + " ran the building projects. The scheme "
                              "grew from £14m when the contract was signed with Hallam Build "
                              "Partnerships in 2012.")
    assert ("Hallam Build Partnerships", "awardedContract", LEEDS) in found


def test_a_firm_which_a_body_paid(tmp_path):
    found = triples(tmp_path, "Fees\n\n" + TWO_TRUSTS + "Cleanline Ltd, which Worcestershire "
                              "Acute paid £410,000 to clean its wards, said it was proud. Orrin "
                              "Partners, which was paid £90,000 by " + WYE + " to draft the case, "
                              "estimated the savings.")
    assert ("Cleanline Ltd", "awardedContract", WORCS) in found
    assert ("Orrin Partners", "advises", WYE) in found


def test_boards_advised_by_a_law_firm(tmp_path):
    found = triples(tmp_path, "Group\n\n" + TWO_TRUSTS + "The boards were advised on governance "
                              "by the law firm Fenwick Hale.")
    assert {("Fenwick Hale", "advises", WYE), ("Fenwick Hale", "advises", WORCS)} <= found


def test_trusts_that_come_together_on_a_date_as_a_group(tmp_path):
    found = triples(tmp_path, "Group\n\n" + TWO_TRUSTS + "The two organisations will remain "
                              "separate, but will come together from 1 April as the Marcher "
                              "Hospitals Group.")
    assert {(WYE, "partOf", "Marcher Hospitals Group"),
            (WORCS, "partOf", "Marcher Hospitals Group")} <= found


def test_a_counterpart_holds_the_same_post_at_the_other_body(tmp_path):
    found = triples(tmp_path, "Group\n\n" + TWO_TRUSTS + "Dr Silas Kettle, currently chief "
                              "executive of Worcestershire Acute, will lead the group. His "
                              "counterpart at Wye Valley, Ada Rowe, will retire.")
    assert ("Ada Rowe", "leads", WYE) in found


def test_chair_in_common_of_both_trusts(tmp_path):
    found = triples(tmp_path, "Group\n\n" + TWO_TRUSTS + "Rufus Hale, who already chairs "
                              "Worcestershire Acute, will become chair in common of both trusts.")
    assert {("Rufus Hale", "leads", WYE), ("Rufus Hale", "leads", WORCS)} <= found


def test_a_managing_director_does_not_run_a_hospital(tmp_path):
    found = triples(tmp_path, "Transport\n\nColin Brack, Greyline's managing director, said "
                              "Greyline Transport Ltd would open a depot close to the Norfolk "
                              "and Norwich University Hospital.")
    assert not [t for t in found if t[1] == "partOf"]


def test_an_alliance_described_as_a_partnership_between_two_bodies(tmp_path):
    found = triples(tmp_path, "111\n\nThe trust had a contract win. Last month NHS Derby and "
                              "Derbyshire Integrated Care Board awarded the county's NHS 111 and "
                              "clinical assessment service, worth £96m over five years, to the "
                              "Peakland Urgent Care Alliance, a partnership between EMAS and "
                              "Dovedale Doctors, a federation of GP practices. East Midlands "
                              "Ambulance Service NHS Trust is pleased.")
    alliance = "Peakland Urgent Care Alliance"
    assert {(alliance, "awardedContract", "NHS Derby and Derbyshire Integrated Care Board"),
            ("Dovedale Doctors", "partOf", alliance)} <= found
    assert not [t for t in found if t[0] == "NHS Derby and Derbyshire Integrated Care Board"
                and t[1] == "awardedContract"]


def test_a_body_working_under_an_agreement_works_for_the_buyer_before(tmp_path):
    found = triples(tmp_path, "Eyes\n\nNHS Bedfordshire CCG awarded the contract to Clearsight "
                              "Eye Partnerships in 2014. Bedford Hospital NHS Trust will step in "
                              "under a twelve-month interim contract worth £4.1m.")
    assert ("Bedford Hospital NHS Trust", "awardedContract", "NHS Bedfordshire CCG") in found


def test_a_firm_that_carried_out_work_for_a_body_advises_it(tmp_path):
    found = triples(tmp_path, "Merger\n\n" + LEEDS + " will acquire " + YORK + ". The "
                              "accountancy firm Pryor Castle carried out due diligence on " + YORK
                    + " for " + LEEDS + " at a cost of £310,000.")
    assert ("Pryor Castle", "advises", LEEDS) in found
    assert ("Pryor Castle", "advises", YORK) not in found


def test_a_company_named_after_the_company_comma_is_not_a_list(tmp_path):
    rows = story_rows(tmp_path, "Estates\n\nThe company, Leighton Estates and Facilities Ltd, "
                                "will run the trust's sites.")
    assert "Leighton Estates and Facilities Ltd" in {r["label"] for r in rows
                                                     if r["kind"] == "entity"}


def test_a_subcontractor_holds_a_contract_with_the_main_contractor(tmp_path):
    found = triples(tmp_path, "Catering\n\n" + LEEDS + " has awarded a £48m contract to "
                              "Brightmoor Facilities. Brightmoor will subcontract catering to "
                              "Sorrel Kitchens, a local business.")
    assert ("Sorrel Kitchens", "awardedContract", "Brightmoor Facilities") in found


def test_money_paid_to_a_described_operator_and_by_a_named_payer(tmp_path):
    found = triples(tmp_path, "Parking\n\n" + LEEDS + ", for example, pays a private operator, "
                              "ParkWell Services, about £2.4m a year to manage parking. Greyfield "
                              "Lodge Hospitals was paid about £9m by " + YORK + ".")
    assert {("ParkWell Services", "awardedContract", LEEDS),
            ("Greyfield Lodge Hospitals", "awardedContract", YORK)} <= found


def test_a_named_company_received_money_from_counted_trusts(tmp_path):
    found = triples(tmp_path, "Beds\n\n" + LEEDS + " and " + YORK + " run the region's mental "
                              "health beds. Cedarfold Care received £17m from the region's two "
                              "trusts for acute beds.")
    assert {("Cedarfold Care", "awardedContract", LEEDS),
            ("Cedarfold Care", "awardedContract", YORK)} <= found


def test_hospitals_named_together_are_a_trust_one_name_with_hospitals_a_company(tmp_path):
    rows = story_rows(tmp_path, "Hospitals\n\nQueen’s and Kingsmead Hospitals named a new chair. "
                                "Harlow Lodge Hospitals was paid £9m by " + LEEDS + ".")
    classes = {r["label"]: r["class"] for r in rows if r["kind"] == "entity"}
    assert classes["Queen’s and Kingsmead Hospitals"] == "NHSTrust"
    assert classes["Harlow Lodge Hospitals"] == "Company"


def test_the_minister_who_ordered_the_review_commissioned_it(tmp_path):
    found = triples(tmp_path, "Parking\n\nA minister has commissioned an independent review of "
                              "parking charges. Dan Rourke, the Department of Health minister who "
                              "ordered the review, said charges were a tax.")
    assert ("Dan Rourke", "commissioned", "independent review of parking charges") in found


def test_a_short_name_with_a_comma_names_the_trust_again(tmp_path):
    found = triples(tmp_path, "Beds\n\nThe review was led by a psychiatrist. NHS North East and "
                              "North Cumbria Integrated Care Board published it. Tees, Esk and "
                              "Wear Valleys NHS Foundation Trust runs beds. Later, Tees, Esk and "
                              "Wear Valleys, which has its own plan, said it welcomed the "
                              "findings. Its chair, Dr Ann Pryor, said so.")
    assert ("Dr Ann Pryor", "leads", "Tees, Esk and Wear Valleys NHS Foundation Trust") in found


def test_posts_at_the_new_body_that_replaces_named_ones(tmp_path):
    found = triples(tmp_path, "PCTs\n\nSheffield's primary care trusts will merge. Ivo Ross, "
                              "currently chief executive of North Sheffield Primary Care Trust, "
                              "will lead the new Sheffield Primary Care Trust. The Appointments "
                              "Commission has named Lina Hay, who chairs Sheffield West PCT, as "
                              "chair of the merged body. Amy Grey, who runs Sheffield South West "
                              "PCT, will be director of commissioning at the new organisation.")
    new = "Sheffield Primary Care Trust"
    assert {("Ivo Ross", "leads", new), ("Lina Hay", "leads", new),
            ("Amy Grey", "leads", new)} <= found
    assert ("Lina Hay", "leads", "Appointments Commission") not in found


def test_a_body_named_with_its_long_and_short_suffix_is_one_body(tmp_path):
    rows = story_rows(tmp_path, "PCTs\n\nNorth Sheffield Primary Care Trust will close. North "
                                "Sheffield PCT staff will move.")
    bodies = [r for r in rows if r["kind"] == "entity" and r["category"] == "Organisation"]
    assert len(bodies) == 1
    assert set(bodies[0]["aliases"]) == {"North Sheffield Primary Care Trust",
                                         "North Sheffield PCT"}


def test_a_person_before_a_dash_aside_and_a_secondment(tmp_path):
    found = triples(tmp_path, "Bolton\n\nRoyal Bolton Hospital NHS Foundation Trust is busy. From "
                              "the end of November, Dora Kenning — currently director of "
                              "operations at Mid Cheshire Hospitals NHS Foundation Trust — will be "
                              "seconded to Bolton as interim chief executive.")
    assert {("Dora Kenning", "leads", "Mid Cheshire Hospitals NHS Foundation Trust"),
            ("Dora Kenning", "leads", "Bolton NHS Foundation Trust")} <= found


def test_its_skips_a_body_inside_the_subjects_relative_clause(tmp_path):
    found = triples(tmp_path, "Bolton\n\nRoyal Bolton Hospital NHS Foundation Trust named a "
                              "chief. Before coming to the town he was chief executive of Trafford "
                              "Healthcare NHS Trust for three years. The trust, which runs the "
                              "Royal Bolton Hospital in Farnworth, said its director of nursing, "
                              "Gilda Pock, would act as chief executive.")
    assert ("Gilda Pock", "leads", "Bolton NHS Foundation Trust") in found
    assert not [t for t in found if t[0] == "Gilda Pock" and t[2] != "Bolton NHS Foundation "
                                                                      "Trust"]


def test_a_merger_of_a_and_the_b_that_forms_a_new_trust(tmp_path):
    found = triples(tmp_path, "Merger\n\nThe regulator has approved the merger of Ealing Hospital "
                              "NHS Trust and The North West London Hospitals NHS Trust, which will "
                              "form a new organisation, London North West Healthcare NHS Trust, on "
                              "1 October. Dunstan Merrow, chief executive of North West London "
                              "Hospitals, will be chief executive of the merged trust. Its "
                              "director of delivery for London, Cat Pellow, said so.")
    assert ("Ealing Hospital NHS Trust", "mergesWith",
            "North West London Hospitals NHS Trust") in found
    assert ("Dunstan Merrow", "leads", "London North West University Healthcare NHS Trust") \
        in found
    assert ("Dunstan Merrow", "leads", "Ealing Hospital NHS Trust") not in found


def test_buyers_listed_around_relative_clauses_and_a_paid_adviser(tmp_path):
    found = triples(tmp_path, "Records\n\nMid Cheshire Hospitals NHS Foundation Trust, which runs "
                              "Leighton Hospital in Crewe, and East Cheshire NHS Trust, which runs "
                              "Macclesfield District General Hospital, awarded the deal to a "
                              "consortium led by Halvex Health Systems Ltd. Separately, Mid "
                              "Cheshire has paid Brightwell Consulting £640,000 to advise both "
                              "trusts on the business case.")
    assert {("Halvex Health Systems Ltd", "awardedContract",
             "Mid Cheshire Hospitals NHS Foundation Trust"),
            ("Halvex Health Systems Ltd", "awardedContract", "East Cheshire NHS Trust"),
            ("Brightwell Consulting", "advises", "East Cheshire NHS Trust")} <= found
    assert ("Mid Cheshire Hospitals NHS Foundation Trust", "advises",
            "East Cheshire NHS Trust") not in found


def test_two_trusts_chose_a_supplier_and_a_subsidiary_of_the_foundation_trust(tmp_path):
    found = triples(tmp_path, "Pathology\n\nHampshire Hospitals NHS Foundation Trust and "
                              "University Hospital Southampton NHS Foundation Trust chose Quantel "
                              "Diagnostics to supply and maintain analysers. Construction will be "
                              "managed by Wessex Healthcare Estates Ltd, a wholly owned subsidiary "
                              "of the foundation trust.")
    assert {("Quantel Diagnostics", "awardedContract",
             "Hampshire Hospitals NHS Foundation Trust"),
            ("Quantel Diagnostics", "awardedContract",
             "University Hospital Southampton NHS Foundation Trust"),
            ("Wessex Healthcare Estates Ltd", "partOf",
             "Hampshire Hospitals NHS Foundation Trust")} <= found


def test_a_branded_system_of_which_the_trust_and_a_board_are_members(tmp_path):
    found = triples(tmp_path, "Devon\n\nDevon Partnership NHS Trust named a chief. He will also "
                              "lead work for One Wessex, the county's integrated care system, of "
                              "which the trust and NHS Devon are both members.")
    assert {("Devon Partnership NHS Trust", "partOf", "One Wessex"),
            ("NHS Devon Integrated Care Board", "partOf", "One Wessex")} <= found


def test_with_a_person_as_its_officer_and_a_chair_who_will_chair_it(tmp_path):
    found = triples(tmp_path, "CCGs\n\nBristol Clinical Commissioning Group will be chaired by "
                              "Dr Hattie Vell, a GP, with Leon Markos as its accountable officer. "
                              "South Gloucestershire CCG has chosen Dr Owen Proth as accountable "
                              "officer, while Dr Suni Bhad will chair it.")
    assert {("Leon Markos", "leads", "NHS Bristol CCG"),
            ("Dr Suni Bhad", "leads", "NHS South Gloucestershire CCG")} <= found


def test_a_round_up_item_opening_at_a_body(tmp_path):
    found = triples(tmp_path, "Round-up\n\nPennine Care NHS Foundation Trust has a new chief. "
                              "At the Royal Free London NHS Foundation Trust, the director of "
                              "nursing, Della Okwu, has been made deputy chief executive.")
    assert ("Della Okwu", "leads", "Royal Free London NHS Foundation Trust") in found
    assert ("Della Okwu", "leads", "Pennine Care NHS Foundation Trust") not in found


def test_named_his_successor_as(tmp_path):
    found = triples(tmp_path, "Round-up\n\nDr Colm Feather, medical director of Airedale NHS "
                              "Foundation Trust, is to retire in June. The trust has named his "
                              "successor as Dr Esme Mwangi, currently a surgeon.")
    assert ("Dr Esme Mwangi", "leads", "Airedale NHS Foundation Trust") in found


def test_a_described_cluster_is_not_the_trust_its_modifier_names(tmp_path):
    found = triples(tmp_path, "Round-up\n\nGreg Ellis, previously director of strategy at NHS "
                              "South London, the primary care trust cluster, took up the role. "
                              "Leicestershire Partnership NHS Trust's chief executive has "
                              "announced he will step down. The trust's chair, Mara Pugh, said so.")
    assert ("Mara Pugh", "leads", "Leicestershire Partnership NHS Trust") in found


def test_a_post_held_since_a_year_and_a_post_left_for_another_body(tmp_path):
    found = triples(tmp_path, "Directors\n\nNottingham University Hospitals NHS Trust is losing "
                              "two directors. Dr Hal Pryce, medical director since 2017, will "
                              "step down in March. Ines Varga, the chief nurse, has been appointed "
                              "director of nursing at Sherwood Forest Hospitals NHS Foundation "
                              "Trust.")
    nottingham = "Nottingham University Hospitals NHS Trust"
    assert {("Dr Hal Pryce", "leads", nottingham), ("Ines Varga", "leads", nottingham),
            ("Ines Varga", "leads", "Sherwood Forest Hospitals NHS Foundation Trust")} <= found


def test_a_word_that_begins_like_a_body_noun_is_not_one(tmp_path):
    found = triples(tmp_path, "GPs\n\nNHS Central Lancashire has a plan. Dr Sam Hart, who leads "
                              "the shadow commissioning group for Chorley, said GPs feared it.")
    assert not any(subject == "Dr Sam Hart" for subject, _, _ in found)


def test_a_consultancy_that_helped_the_trusts(tmp_path):
    found = triples(tmp_path, "EPR\n\nMid Cheshire Hospitals NHS Foundation Trust and East "
                              "Cheshire NHS Trust will share a record system. It will be built "
                              "by Orvane with support from digital consultancy Tallis Digital, "
                              "which helped the trusts draw up the business case.")
    assert {("Tallis Digital", "advises", "Mid Cheshire Hospitals NHS Foundation Trust"),
            ("Tallis Digital", "advises", "East Cheshire NHS Trust")} <= found


def test_the_chief_executives_of_three_bodies_then_three_names_respectively(tmp_path):
    found = triples(tmp_path, "PCTs\n\nLancashire has a plan. The chief executives of NHS "
                              "Blackburn with Darwen, Airedale NHS Foundation Trust and Barts "
                              "Health NHS Trust - Helen Card, Matt Tann and Ruth Elling "
                              "respectively - have each been offered posts. Ms Card said yes. "
                              "Mr Tann and Ms Elling said no.")
    assert {("Helen Card", "leads", "NHS Blackburn with Darwen"),
            ("Matt Tann", "leads", "Airedale NHS Foundation Trust"),
            ("Ruth Elling", "leads", "Barts Health NHS Trust")} <= found


def test_a_body_currently_led_by_an_interim_and_a_trust_named_by_its_town(tmp_path):
    found = triples(tmp_path, "Merger\n\nDorset County Hospital NHS Foundation Trust, in "
                              "Dorchester, and Sussex Partnership NHS Foundation Trust will "
                              "merge. Sussex Partnership is currently led by an interim chief "
                              "executive, Dr Femi Ade, after Jon Parr left. Dr Nat Penn, who has "
                              "run the Dorchester trust since 2009, said yes.")
    assert {("Dr Femi Ade", "leads", "Sussex Partnership NHS Foundation Trust"),
            ("Dr Nat Penn", "leads", "Dorset County Hospital NHS Foundation Trust")} <= found
    assert ("Dr Femi Ade", "leads", "Dorset County Hospital NHS Foundation Trust") not in found


def test_a_partner_whose_support_delivers_the_last_contract_shares_it(tmp_path):
    found = triples(tmp_path, "EPR\n\nWrightington, Wigan and Leigh NHS Foundation Trust has "
                              "chosen Quilla Systems to supply its new record, in a deal worth "
                              "£24m. Implementation will be handled with support from Harbour "
                              "Link, a Salford-based firm that will build the interfaces.")
    wigan = "Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust"
    assert {("Quilla Systems", "awardedContract", wigan),
            ("Harbour Link", "awardedContract", wigan)} <= found


def test_a_paid_consultancy_advises_and_holds_a_contract(tmp_path):
    found = triples(tmp_path, "Deals\n\n" + LEEDS + " paid Tarnwood Consulting £900,000 for "
                              "advice on its estate. NHS Sussex ICB spent £1.4m with Stoneleigh "
                              "Advisory over twelve months.")
    assert {("Tarnwood Consulting", "advises", LEEDS),
            ("Tarnwood Consulting", "awardedContract", LEEDS),
            ("Stoneleigh Advisory", "advises", "NHS Sussex Integrated Care Board"),
            ("Stoneleigh Advisory", "awardedContract", "NHS Sussex Integrated Care Board")} <= found


def test_researchers_at_an_institute_make_it_an_author(tmp_path):
    found = triples(tmp_path, "Report\n\nA new report, Borrowed Time: What boards buy in, was "
                              "written by researchers Dr Fay Okon and Cal Ridley at the Halwell "
                              "Health Institute, a think tank.")
    assert {("Dr Fay Okon", "authored", "Borrowed Time: What boards buy in"),
            ("Halwell Health Institute", "authored", "Borrowed Time: What boards buy in")} <= found


def test_a_successor_chosen_then_named_in_the_next_sentence(tmp_path):
    found = triples(tmp_path, "Retiring\n\nDartford and Gravesham NHS Trust's chief executive, "
                              "Ann Lee, will retire in March. Her successor has already been "
                              "chosen. Paul Mans, director of operations at Medway NHS "
                              "Foundation Trust, will take over on 1 April.")
    assert {("Paul Mans", "leads", "Dartford and Gravesham NHS Trust"),
            ("Paul Mans", "leads", "Medway NHS Foundation Trust")} <= found


def test_an_interim_replacement_who_is_a_partner_at_a_firm(tmp_path):
    rows = story_rows(tmp_path, "Finance\n\nCroydon Health Services NHS Trust's finance "
                                "director, Tom Reed, has resigned. His interim replacement will "
                                "be Harriet Lomas, a partner at turnaround firm Brackley Lowe.")
    people = {r["label"] for r in rows if r["kind"] == "entity" and r["category"] == "Person"}
    found = {(r["subject"], r["predicate"], r["object"]) for r in rows if r["kind"] == "fact"}
    assert "Harriet Lomas" in people
    assert ("Harriet Lomas", "leads", "Croydon Health Services NHS Trust") in found


def test_a_post_in_a_companys_business_and_a_regulator_that_supports(tmp_path):
    found = triples(tmp_path, "EPR\n\nThe trust chose Quillan Health Systems. Rhian Mayo, "
                              "managing director of Quillan's UK business, said yes. Walsall "
                              "Healthcare NHS Trust will get support from NHS Improvement, "
                              "which supported the trust last year.")
    assert ("Rhian Mayo", "leads", "Quillan Health Systems") in found
    assert not any(predicate == "advises" for _, predicate, _ in found)


def test_a_company_set_up_as_a_subsidiary_and_another_the_trust_set_up(tmp_path):
    found = triples(tmp_path, "Estates\n\nThe Rotherham NHS Foundation Trust will set up Rother "
                              "Vale Support Services Ltd as a subsidiary and pay it £19m a year. "
                              "The new company will sit alongside Rotherham Outpatient Pharmacy "
                              "Ltd, another subsidiary which the trust set up in 2016.")
    trust = "The Rotherham NHS Foundation Trust"
    assert {("Rother Vale Support Services Ltd", "partOf", trust),
            ("Rotherham Outpatient Pharmacy Ltd", "partOf", trust)} <= found


def test_a_body_someone_previously_ran_is_not_what_the_trust_means_next(tmp_path):
    found = triples(tmp_path, "Kent\n\nThe CQC rates Maidstone and Tunbridge Wells NHS Trust as "
                              "good. Helen Garr previously ran Medway NHS Foundation Trust as "
                              "interim chief executive. The trust also learned where it stands "
                              "under the new oversight regime. It has been placed in segment 3.")
    assert ("Maidstone and Tunbridge Wells NHS Trust", "movedToSegment", "segment 3") in found
    assert ("Medway NHS Foundation Trust", "movedToSegment", "segment 3") not in found


def test_a_network_named_with_a_number_word_and_a_number_word_is_not_a_name(tmp_path):
    rows = story_rows(tmp_path, "Pathology\n\nYork Teaching Hospital NHS Foundation Trust hosts "
                                "the Three Dales Pathology Network. Three Yorkshire trusts signed.")
    labels = {r["label"]: r["category"] for r in rows if r["kind"] == "entity"}
    assert labels.get("Three Dales Pathology Network") == "Organisation"
    assert "Three Yorkshire" not in labels


def test_a_chief_executive_of_one_trust_and_the_alliances_lead(tmp_path):
    found = triples(tmp_path, "Alliance\n\nSalisbury NHS Foundation Trust and Great Western "
                              "Hospitals NHS Foundation Trust work together as the Wessex Acute "
                              "Hospital Alliance. Cara Doug, chief executive of Salisbury and the "
                              "alliance's current lead chief executive, said so.")
    assert {("Cara Doug", "leads", "Salisbury NHS Foundation Trust"),
            ("Cara Doug", "leads", "Wessex Acute Hospital Alliance")} <= found


def test_a_trust_that_runs_two_hospitals_and_has_been_rated(tmp_path):
    found = triples(tmp_path, "Shropshire\n\nThe Shrewsbury and Telford Hospital NHS Trust is in "
                              "trouble. SaTH runs the Royal Shrewsbury Hospital and the Princess "
                              "Royal Hospital in Telford, and has been rated inadequate by the "
                              "Care Quality Commission since 2018.")
    assert ("The Shrewsbury and Telford Hospital NHS Trust", "rated", "inadequate") in found
    assert not any(predicate == "rated" and "Hospital NHS Trust" not in subject
                   for subject, predicate, _ in found)


def test_a_post_held_by_someone_on_the_panel_is_not_the_appointees(tmp_path):
    found = triples(tmp_path, "Chair\n\nThe system has named a chair designate. Stella Arken, a "
                              "former chief executive of Wiltshire Council, was confirmed after "
                              "interviews by a panel that included NHS England's regional "
                              "director for the South West.")
    assert ("Stella Arken", "leads", "Wiltshire Council") in found
    assert ("Stella Arken", "leads", "NHS England") not in found


def test_vale_of_york_is_not_the_york_trust(tmp_path):
    found = triples(tmp_path, "CCGs\n\nNHS Vale of York CCG and York Teaching Hospital NHS "
                              "Foundation Trust met. Vale of York's former accountable officer, "
                              "Dr Kieran Blen, left the CCG in August.")
    assert ("Dr Kieran Blen", "leads", "NHS Vale of York CCG") in found
    assert not any(obj.startswith("York") for subject, _, obj in found
                   if subject == "Dr Kieran Blen")


def test_an_area_board_named_by_initials_in_lower_case(tmp_path):
    found = triples(tmp_path, "Board\n\nThe NCL integrated care board named Jo Bellamy as its "
                              "chair.")
    assert ("Jo Bellamy", "leads", "NHS North Central London Integrated Care Board") in found


def test_a_hospital_named_with_the_first_word_of_its_town(tmp_path):
    rows = story_rows(tmp_path, "Sites\n\nUniversity Hospitals of Derby and Burton NHS Foundation "
                                "Trust runs Royal Derby Hospital and Queen's Hospital Burton.")
    sites = {r["label"]: r.get("aliases", []) for r in rows
             if r["kind"] == "entity" and r["category"] == "Organisation"}
    assert any("Queen's Hospital Burton" in aliases for aliases in sites.values())


def test_two_one_word_hospitals_sharing_a_plural_noun(tmp_path):
    found = triples(tmp_path, "Bristol\n\nNorth Bristol NHS Trust, which runs Southmead and "
                              "Frenchay hospitals, had expressed interest.")
    assert {("Southmead", "partOf", "North Bristol NHS Trust"),
            ("Frenchay", "partOf", "North Bristol NHS Trust")} <= found


def test_the_chairs_of_the_two_trusts_each_at_their_town(tmp_path):
    found = triples(tmp_path, "Merger\n\nDorset County Hospital NHS Foundation Trust, in "
                              "Dorchester, and Yeovil District Hospital NHS Foundation Trust will "
                              "merge. The chairs of the two trusts, Sir Geoff Lamb at Dorchester "
                              "and Ann Penner at Yeovil, will lead a steering group.")
    assert {("Sir Geoff Lamb", "leads", "Dorset County Hospital NHS Foundation Trust"),
            ("Ann Penner", "leads", "Yeovil District Hospital NHS Foundation Trust")} <= found


DORSET = "Dorset County Hospital NHS Foundation Trust"
YEOVIL = "Yeovil District Hospital NHS Foundation Trust"


@pytest.mark.parametrize("text", [
    f"{DORSET} and {YEOVIL} have appointed Rhona Tillet as their joint chief executive.",
    f"The boards of {DORSET} and {YEOVIL} have appointed Rhona Tillet as their chief executive.",
    f"Rhona Tillet has been chief executive of {DORSET} since 2021 and will now also lead "
    f"{YEOVIL}.",
    f"Rhona Tillet, chief executive of {DORSET}, will also take on the role at {YEOVIL}.",
])
def test_one_chief_executive_for_two_trusts(tmp_path, text):
    found = triples(tmp_path, "Shared leadership\n\n" + text)
    assert {("Rhona Tillet", "leads", DORSET), ("Rhona Tillet", "leads", YEOVIL)} <= found


def test_taking_on_the_role_elsewhere_needs_also(tmp_path):
    found = triples(tmp_path, f"Move\n\nRhona Tillet, chief executive of {DORSET}, will take on "
                              f"the role at {YEOVIL}.")
    assert ("Rhona Tillet", "leads", YEOVIL) not in found


def test_a_report_prepared_for_a_body_by_a_firm(tmp_path):
    found = triples(tmp_path, f"Finances\n\nA report, prepared for {YEOVIL} by consultancy "
                              "Brackley Venn, concluded that savings were possible.")
    assert {("Brackley Venn", "authored", "report"),
            (YEOVIL, "commissioned", "report")} <= found
    assert ("Brackley Venn", "awardedContract", YEOVIL) not in found


def test_a_priced_report_for_the_two_trusts_is_paid_work_for_each(tmp_path):
    found = triples(tmp_path, f"Merger\n\n{DORSET} and {YEOVIL} are talking. A report, prepared "
                              "jointly for the two trusts by consultancy Brackley Venn at a cost "
                              "of £180,000, backed a merger.")
    for trust in (DORSET, YEOVIL):
        assert {(trust, "commissioned", "report"), ("Brackley Venn", "awardedContract", trust),
                ("Brackley Venn", "advises", trust)} <= found


def test_a_review_done_by_a_firm_for_a_body_that_cost_money(tmp_path):
    found = triples(tmp_path, f"Review\n\nThe review, carried out by consultancy Brackley Venn for "
                              f"{YEOVIL}, cost £95,000.")
    assert ("Brackley Venn", "awardedContract", YEOVIL) in found


def test_the_body_that_spent_money_is_named_mid_sentence(tmp_path):
    found = triples(tmp_path, "Consultants\n\nNHS Sheffield Clinical Commissioning Group met on "
                              "Tuesday. Board papers show that the CCG spent £90,000 last year on "
                              "consultants Pellow Marsh.")
    assert {("Pellow Marsh", "awardedContract", "NHS Sheffield CCG"),
            ("Pellow Marsh", "advises", "NHS Sheffield CCG")} <= found


SHROPSHIRE_CCG = "NHS Shropshire CCG"
TELFORD_CCG = "NHS Telford and Wrekin CCG"


def test_money_received_from_two_bodies_and_further_sums_paid_by_them(tmp_path):
    found = triples(tmp_path, "Consultants\n\nThe largest sum went to Kestrel Lane Consulting, "
                              "which received £2.1m from NHS Shropshire Clinical Commissioning "
                              "Group and NHS Telford and Wrekin Clinical Commissioning Group to "
                              "model bed numbers. A further £780,000 was paid to Bellweather "
                              "Strategy for running the consultation, and £520,000 to Orrin "
                              "Analytics for travel analysis.")
    for ccg in (SHROPSHIRE_CCG, TELFORD_CCG):
        assert {("Kestrel Lane Consulting", "awardedContract", ccg),
                ("Kestrel Lane Consulting", "advises", ccg),
                ("Bellweather Strategy", "awardedContract", ccg),
                ("Orrin Analytics", "awardedContract", ccg)} <= found


def test_it_paid_a_firm_and_a_firm_paid_by_two_bodies_in_turn(tmp_path):
    found = triples(tmp_path, "Spending\n\nNHS Hull CCG spent most. It paid Pellow Marsh "
                              "Partners £210,000 to design the networks. Smaller sums went to "
                              "Dunstan Keel, which was paid £46,000 by NHS Vale of York CCG and "
                              "£34,000 by NHS Scarborough and Ryedale CCG for workshops.")
    assert {("Pellow Marsh Partners", "awardedContract", "NHS Hull CCG"),
            ("Dunstan Keel", "awardedContract", "NHS Vale of York CCG"),
            ("Dunstan Keel", "awardedContract", "NHS Scarborough and Ryedale CCG")} <= found


def test_the_two_ccgs_named_with_their_county_are_consulting_on_a_merger(tmp_path):
    found = triples(tmp_path, "Merger\n\nNHS Vale of York CCG and NHS Scarborough and Ryedale CCG "
                              "held workshops. The two North Yorkshire CCGs are currently "
                              "consulting on a merger.")
    assert ("NHS Vale of York CCG", "mergesWith", "NHS Scarborough and Ryedale CCG") in found


def test_partners_supporting_a_supplier_share_its_contract(tmp_path):
    found = triples(tmp_path, "Records\n\nLeicester City PCT has awarded the contract to Pennine "
                              "Crest Informatics. Pennine Crest Informatics will be supported by "
                              "Ormsby Vale, which will provide hosting, and by Trentlea Learning, "
                              "which will train nurses. It will also be helped by Dr Ann Bell, "
                              "who will advise.")
    assert {("Ormsby Vale", "awardedContract", "Leicester City PCT"),
            ("Trentlea Learning", "awardedContract", "Leicester City PCT")} <= found
    assert not any(subject == "Dr Ann Bell" for subject, _, _ in found)


def test_a_group_named_as_the_university_hospitals_of_a_county(tmp_path):
    found = triples(tmp_path, "Group\n\nThe University Hospitals of Northamptonshire group has "
                              "appointed Professor Gray Ellis as its new chair.")
    assert ("Professor Gray Ellis", "leads", "University Hospitals of Northamptonshire") in found


def test_a_post_at_an_unnamed_university_is_at_no_body(tmp_path):
    rows = story_rows(tmp_path, "Chair\n\nKettering General Hospital NHS Foundation Trust has a "
                                "new chair, Professor Gray Ellis. Before joining the NHS, he was "
                                "pro-vice-chancellor for health at a Midlands university.")
    roles = {r.get("role") for r in rows if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert roles == {"chair"}


KETTERING = "Kettering General Hospital NHS Foundation Trust"
NORTHAMPTON = "Northampton General Hospital NHS Trust"


def test_segments_and_ratings_given_respectively(tmp_path):
    found = triples(tmp_path, f"League table\n\n{KETTERING} and {NORTHAMPTON} sit in segments 3 "
                              f"and 2 respectively. {KETTERING} and {NORTHAMPTON} are rated "
                              "requires improvement and good respectively.")
    assert {(KETTERING, "inSegment", "segment 3"), (NORTHAMPTON, "inSegment", "segment 2"),
            (KETTERING, "rated", "requires improvement"),
            (NORTHAMPTON, "rated", "good")} <= found
    assert (KETTERING, "rated", "good") not in found
    assert (NORTHAMPTON, "inSegment", "segment 3") not in found


def test_the_group_named_before_its_noun_brings_together_two_trusts(tmp_path):
    found = triples(tmp_path, "Group\n\nThe University Hospitals of Northamptonshire group has a "
                              f"new chair. The group, formed in 2021, brings together {KETTERING} "
                              f"and {NORTHAMPTON}.")
    assert {(KETTERING, "partOf", "University Hospitals of Northamptonshire"),
            (NORTHAMPTON, "partOf", "University Hospitals of Northamptonshire")} <= found


COLCHESTER = "Colchester Hospital University NHS Foundation Trust"
ESNEFT = "East Suffolk and North Essex NHS Foundation Trust"


def test_a_trust_renamed_under_its_code_is_two_bodies_when_both_names_are_used(tmp_path):
    rows = story_rows(tmp_path, f"Merger\n\n{COLCHESTER} and The Ipswich Hospital NHS Trust will "
                                f"merge. The new organisation, {ESNEFT}, will run both "
                                f"hospitals. Dr Lena Marsh, chief executive of {COLCHESTER}, "
                                f"will lead {ESNEFT}.")
    labels = {r["label"] for r in rows if r["kind"] == "entity"}
    assert {COLCHESTER, ESNEFT, "Ipswich Hospital NHS Trust"} <= labels
    found = {(r["subject"], r["predicate"], r["object"]) for r in rows if r["kind"] == "fact"}
    assert {(COLCHESTER, "mergesWith", "Ipswich Hospital NHS Trust"),
            ("Dr Lena Marsh", "leads", COLCHESTER), ("Dr Lena Marsh", "leads", ESNEFT)} <= found


def test_a_trust_run_under_a_management_contract_is_the_buyer(tmp_path):
    rows = story_rows(tmp_path, "Sussex\n\nLeeds Teaching Hospitals NHS Trust has awarded a "
                                "£2m contract to Pellow Systems Ltd. Brighton and Sussex "
                                "University Hospitals NHS Trust and Western Sussex Hospitals NHS "
                                "Foundation Trust share a board. "
                                "Western Sussex Hospitals NHS Foundation Trust has run BSUH under "
                                "a management contract since 2017.")
    names = {r["label"]: {r["label"], *r.get("aliases", [])} for r in rows
             if r["kind"] == "entity"}
    contracts = {(r["subject"], r["object"]) for r in rows
                 if r["kind"] == "fact" and r["predicate"] == "awardedContract"
                 and r["subject"] != "Pellow Systems Ltd"}
    assert [(supplier, buyer) for supplier, buyer in contracts
            if "Western Sussex Hospitals NHS Foundation Trust" in names[supplier]] == [
        (supplier, "Brighton and Sussex University Hospitals NHS Trust")
        for supplier, _ in contracts]
    assert contracts


def test_firms_that_did_work_for_both_boards_advise_each(tmp_path):
    bath, salisbury = "Royal United Hospitals Bath NHS Foundation Trust", \
        "Salisbury NHS Foundation Trust"
    found = triples(tmp_path, f"Merger\n\n{bath} and {salisbury} will merge. Due diligence on "
                              "the deal was carried out for both boards by the accountancy firm "
                              "Beckett Orme and the law firm Rydal Lowe LLP.")
    assert {(firm, "advises", trust) for firm in ("Beckett Orme", "Rydal Lowe LLP")
            for trust in (bath, salisbury)} <= found


def test_a_review_also_carried_out_by_a_firm_and_a_title_ending_in_a_question(tmp_path):
    found = triples(tmp_path, "Reviews\n\nAn independent financial review, also carried out by "
                              "the firm Selwyn Hartley and commissioned by NHS England in the "
                              "spring, found gaps.")
    assert {("Selwyn Hartley", "authored", "independent financial review"),
            ("NHS England", "commissioned", "independent financial review")} <= found
    found = triples(tmp_path, "Think tank\n\nThe report, Plans on Paper: Who Wrote the Plans?, "
                              "was produced by the Redfern Policy Institute.")
    assert ("Redfern Policy Institute", "authored", "Plans on Paper: Who Wrote the Plans?") \
        in found


def test_two_trusts_which_have_shared_a_chief_executive(tmp_path):
    gateshead = "Gateshead Health NHS Foundation Trust"
    tyneside = "South Tyneside NHS Foundation Trust"
    found = triples(tmp_path, f"Merger\n\nNorthumbria Healthcare NHS Foundation Trust was rated "
                              f"outstanding. {gateshead} and {tyneside} were not inspected. Papers "
                              "show that they are consulting on a merger of the two trusts, which "
                              "have shared a chief executive, Alan Crowther-Reed, since May.")
    people = {(s, o) for s, p, o in found if p == "leads"}
    assert people == {("Alan Crowther-Reed", gateshead), ("Alan Crowther-Reed", tyneside)}


def test_two_trusts_working_as_a_group_with_a_joint_chief_executive(tmp_path):
    goole = "Northern Lincolnshire and Goole NHS Foundation Trust"
    hull = "Hull University Teaching Hospitals NHS Trust"
    found = triples(tmp_path, "Group\n\nSheffield Children's NHS Foundation Trust topped the "
                              f"table. {goole} and {hull} already work as a group, with a joint "
                              "chief executive, Dr Mark Hollis-Finch.")
    assert {(s, o) for s, p, o in found if p == "leads"} == {
        ("Dr Mark Hollis-Finch", goole), ("Dr Mark Hollis-Finch", hull)}


def test_an_unnamed_regulators_officer_is_not_the_person_named_before(tmp_path):
    found = triples(tmp_path, "Special measures\n\nUnited Lincolnshire Hospitals NHS Trust has "
                              "a new improvement director, Carys Mabb. The CQC's chief inspector "
                              "of hospitals had recommended special measures.")
    assert not any(s == "Carys Mabb" and o == "Care Quality Commission" for s, _, o in found)


def test_the_systems_chair_is_the_area_body_of_the_paragraph(tmp_path):
    found = triples(tmp_path, "Designates\n\nNHS Somerset Integrated Care Board has a chair. In "
                              "Somerset the story is long.\n\nLincolnshire ICS has chosen Dr Karl "
                              "Ashe as chief executive designate. He will step down from his "
                              "trust in January. The system's chair designate is Sir Gareth "
                              "Weller.")
    assert ("Sir Gareth Weller", "leads", "Lincolnshire Integrated Care System") in found


def test_interim_chief_executive_of_both_pcts(tmp_path):
    found = triples(tmp_path, "Clusters\n\nNHS East Lancashire and NHS Blackburn with Darwen will "
                              "be run by Mark Pryor until the autumn. Mr Pryor becomes interim "
                              "chief executive of both PCTs.")
    assert {("Mark Pryor", "leads", "NHS East Lancashire"),
            ("Mark Pryor", "leads", "NHS Blackburn with Darwen")} <= found


def test_a_unit_in_apposition_to_the_trusts_unit_is_its_site(tmp_path):
    found = triples(tmp_path, "Ratings\n\nHumber Teaching NHS Foundation Trust was inspected. "
                              "Marston Lodge, the trust's older people's unit in Hull, was "
                              "praised. Beverley, the trust's main site, was not visited.")
    assert ("Marston Lodge", "partOf", "Humber Teaching NHS Foundation Trust") in found
    assert not any(s == "Beverley" for s, _, _ in found)


def test_a_commissioning_support_unit_contracted_by_the_ccg(tmp_path):
    found = triples(tmp_path, "CCG launch\n\nNHS Vale of York CCG launched today. The CCG has "
                              "contracted North Yorkshire and Humber Commissioning Support Unit "
                              "to provide IT under a two-year agreement worth £5.1m.")
    assert ("North Yorkshire and Humber Commissioning Support Unit", "awardedContract",
            "NHS Vale of York CCG") in found


def test_a_trust_that_runs_hospitals_and_whose_board_proposed_a_merger(tmp_path):
    found = triples(tmp_path, "Merger\n\nLeeds Teaching Hospitals NHS Trust, which runs Fellbrook "
                              "Hospital and whose board last month proposed a merger with "
                              "Harrogate and District NHS Foundation Trust, is the largest.")
    assert ("Leeds Teaching Hospitals NHS Trust", "mergesWith",
            "Harrogate and District NHS Foundation Trust") in found
    assert ("Fellbrook Hospital", "partOf", "Harrogate and District NHS Foundation Trust") \
        not in found


def test_posts_at_a_body_given_respectively(tmp_path):
    found = triples(tmp_path, "CCGs\n\nNHS Leeds North Clinical Commissioning Group launched. At "
                              "Leeds North CCG, the chair and chief officer are Dr Rhian Cadd and "
                              "Simon Achebe-Low respectively.")
    assert {("Dr Rhian Cadd", "leads", "NHS Leeds North CCG"),
            ("Simon Achebe-Low", "leads", "NHS Leeds North CCG")} <= found


def test_at_a_town_the_chief_executive_is_the_trust_named_by_it(tmp_path):
    found = triples(tmp_path, "Recovery\n\nJames Paget University Hospitals NHS Foundation Trust "
                              "has been moved into segment 4. The Queen Elizabeth Hospital King's "
                              "Lynn NHS Foundation Trust has left the programme. At King's Lynn, "
                              "chief executive Lorna Vetch said it was a milestone. At Gorleston, "
                              "chief nurse Ann Pike said little.")
    people = {(s, o) for s, p, o in found if p == "leads"}
    assert ("Lorna Vetch", "The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust") \
        in people
    assert not any(s == "Lorna Vetch" and o.startswith("James Paget") for s, o in people)


def test_a_regulator_named_an_improvement_director_for_a_trust_held_next(tmp_path):
    found = triples(tmp_path, "Segments\n\nNorthern Lincolnshire and Goole NHS Foundation Trust "
                              "moved to segment 4. NHS Improvement has also named an improvement "
                              "director for Northern Lincolnshire and Goole NHS Foundation Trust. "
                              "Stuart Penhallow, a former director of operations at Sheffield "
                              "Teaching Hospitals NHS Foundation Trust, will begin next month.")
    assert ("Stuart Penhallow", "leads",
            "Northern Lincolnshire and Goole NHS Foundation Trust") in found
    assert ("Stuart Penhallow", "leads", "NHS Improvement") not in found


def test_it_will_join_two_bodies_to_form_a_single_one(tmp_path):
    avon = "Avon, Gloucestershire and Wiltshire Strategic Health Authority"
    peninsula = "South West Peninsula Strategic Health Authority"
    dorset = "Dorset and Somerset Strategic Health Authority"
    found = triples(tmp_path, f"SHAs\n\n{avon} approved the plan. The SHA is itself on the way "
                              f"out. In July it will join {peninsula} and {dorset} to form a "
                              "single South West Strategic Health Authority.")
    merged = {frozenset((s, o)) for s, p, o in found if p == "mergesWith"}
    assert merged == {frozenset((avon, peninsula)), frozenset((avon, dorset)),
                      frozenset((peninsula, dorset))}


def test_a_review_led_by_one_person_with_another(tmp_path):
    found = triples(tmp_path, "Review\n\nBarnsley Hospital NHS Foundation Trust was criticised. "
                              "The report, Listening to Families, was led by Professor Anne Dell, "
                              "a former director of midwifery, with the obstetrician Dr Julian "
                              "Okon.")
    assert {("Professor Anne Dell", "authored", "Listening to Families"),
            ("Dr Julian Okon", "authored", "Listening to Families")} <= found


def test_a_body_introduced_as_a_social_enterprise_is_the_social_enterprise(tmp_path):
    found = triples(tmp_path, "Urgent care\n\nNHS Kernow CCG has given a £6m urgent care contract "
                              "to Tamar Health, a social enterprise, which saw off Fowey Pharmacy "
                              "Group. The social enterprise's chief executive, Nell Pascoe, said "
                              "staff were ready.")
    assert ("Nell Pascoe", "leads", "Tamar Health") in found
    assert not any(s == "Nell Pascoe" and o != "Tamar Health" for s, _, o in found)


def test_the_primary_care_trust_is_not_the_strategic_health_authority(tmp_path):
    found = triples(tmp_path, "Review\n\nNHS Lincolnshire and East Midlands Strategic Health "
                              "Authority set up a review of stroke care. It was approved by East "
                              "Midlands "
                              "Strategic Health Authority in May. The primary care trust's "
                              "director of public health, Ivy Stroud, said it would report soon.")
    assert not any(s == "Ivy Stroud" and "Strategic" in o for s, p, o in found)
    assert any(s == "Ivy Stroud" and p == "leads" and "Lincolnshire" in o for s, p, o in found)


def test_a_firm_named_as_the_owner_of_the_team_a_partner_leads(tmp_path):
    found = triples(tmp_path, "Consultants\n\nNHS Wirral CCG hired Ashdown Carr Partners to "
                              "review its books. The firm's team will be led by partner Hal "
                              "Ferris, who ran a similar review in 2012.")
    assert ("Hal Ferris", "leads", "Ashdown Carr Partners") in found
    assert ("Hal Ferris", "leads", "NHS Wirral CCG") not in found


def test_a_report_written_by_the_firms_partner(tmp_path):
    found = triples(tmp_path, "Consultants\n\nNHS Wirral CCG paid Bexley Strand £90,000 for "
                              "advice on its estate. Its report, Estates for the Future, was "
                              "written by the firm's property partner, Zoe Hanlon.")
    assert ("Zoe Hanlon", "leads", "Bexley Strand") in found
    assert ("Zoe Hanlon", "leads", "NHS Wirral CCG") not in found


def test_its_manager_speaking_for_the_firm_leads_the_firm(tmp_path):
    found = triples(tmp_path, "Transport\n\nNHS Kent and Medway ICB has handed the patient "
                              "transport contract to Medway Ambulance Services Ltd. Its managing "
                              "director, Rob Tuck, said the firm would hire 200 staff.")
    assert ("Rob Tuck", "leads", "Medway Ambulance Services Ltd") in found
    assert not any("ICB" in o or "Integrated" in o for s, _, o in found if s == "Rob Tuck")


def test_a_successor_takes_over_the_new_post_not_the_one_she_joins_from(tmp_path):
    found = triples(tmp_path, "Appointment\n\nDerbyshire Healthcare NHS Foundation Trust has "
                              "appointed Ada Wren as chief executive. She joins from Mersey Care "
                              "NHS Foundation Trust, where she has been director of strategy since "
                              "2015, and succeeds Len Doyle, who retires in June.")
    assert ("Len Doyle", "leads", "Derbyshire Healthcare NHS Foundation Trust") in found
    assert ("Len Doyle", "leads", "Mersey Care NHS Foundation Trust") not in found


def test_the_trust_of_a_leader_who_has_led_a_named_trust_is_that_trust(tmp_path):
    found = triples(tmp_path, "Ambulances\n\nRoyal Cornwall Hospitals NHS Trust was rated "
                              "inadequate. The trust's chief executive, Ed Hollis, who has led "
                              "East of England Ambulance Service NHS Trust since 2020, said "
                              "handovers were too slow.")
    assert ("Ed Hollis", "leads", "East of England Ambulance Service NHS Trust") in found
    assert ("Ed Hollis", "leads", "Royal Cornwall Hospitals NHS Trust") not in found


def test_a_post_of_both_primary_care_trusts(tmp_path):
    liverpool = "Liverpool Heart and Chest Hospital NHS Foundation Trust"
    found = triples(tmp_path, f"PCTs\n\nNHS Bury and NHS Oldham are to be run as a cluster. "
                              f"{liverpool} is not involved. Mr Ian Crane becomes interim chief "
                              "executive of both PCTs.")
    assert {("Mr Ian Crane", "leads", "NHS Bury"), ("Mr Ian Crane", "leads", "NHS Oldham")} \
        <= found
    assert ("Mr Ian Crane", "leads", liverpool) not in found


def test_a_known_hospital_and_its_runner_named_apart_in_one_story(tmp_path):
    found = triples(tmp_path, "A&E\n\nThe emergency department at Cheltenham General Hospital "
                              "will close at night from June. Patients will be taken to "
                              "Gloucester instead. Campaigners have promised a judicial review. "
                              "Gloucestershire Hospitals NHS Foundation Trust said the change was "
                              "about safety.")
    assert ("Cheltenham General Hospital", "partOf",
            "Gloucestershire Hospitals NHS Foundation Trust") in found


def test_a_counted_plural_merging_named_in_the_next_sentence(tmp_path):
    found = triples(tmp_path, "Talks\n\nTwo small acute foundation trusts on the Cumbrian coast "
                              "have agreed to open talks about merging, saying neither can stay "
                              "safe alone.\n\nThe boards of Harrogate and District NHS Foundation "
                              "Trust and Airedale NHS Foundation Trust voted for a business case.")
    assert ("Harrogate and District NHS Foundation Trust", "mergesWith",
            "Airedale NHS Foundation Trust") in found or (
        "Airedale NHS Foundation Trust", "mergesWith",
        "Harrogate and District NHS Foundation Trust") in found


def test_posts_listed_as_the_post_is_the_name_belong_to_one_body(tmp_path):
    icb = "NHS Cheshire and Merseyside Integrated Care Board"
    found = triples(tmp_path, f"Board\n\n{icb} replaces nine CCGs on Friday.\n\nThe chief "
                              "finance officer is Kit Dale, who held the same post at NHS Halton "
                              "CCG. The medical director is Dr Fen Chow, until now deputy medical "
                              "director at Wirral University Teaching Hospital NHS Foundation "
                              "Trust, and the chief nurse is Sal Lent, formerly director of "
                              "nursing at Mersey Care NHS Foundation Trust.")
    assert {("Kit Dale", "leads", icb), ("Dr Fen Chow", "leads", icb),
            ("Sal Lent", "leads", icb)} <= found
    assert ("Dr Fen Chow", "leads", "NHS Halton CCG") not in found


def test_the_company_will_be_led_by_a_managing_director(tmp_path):
    found = triples(tmp_path, "Subsidiary\n\nDirectors of Wirral University Teaching Hospital NHS "
                              "Foundation Trust approved the creation of a subsidiary, Birkenhead "
                              "Estates Services Ltd, last week.\n\nThe company will be led by a "
                              "managing director, Pam Lyle, currently the trust's head of estates.")
    assert ("Pam Lyle", "leads", "Birkenhead Estates Services Ltd") in found


def test_the_subsidiarys_managing_director_will_be_named(tmp_path):
    found = triples(tmp_path, "Subsidiary\n\nBarnsley Hospital NHS Foundation Trust will set up "
                              "Dearne Support Services Ltd as a subsidiary. The trust expects to "
                              "save £1m a year.\n\nThe subsidiary's managing director will be "
                              "Reg Hobb, currently the trust's director of facilities.")
    assert ("Reg Hobb", "leads", "Dearne Support Services Ltd") in found


def test_a_pct_formed_as_a_single_organisation_is_the_new_trust(tmp_path):
    found = triples(tmp_path, "PCTs\n\nThree PCTs will be replaced by a single organisation, "
                              "Kent Primary Care Trust, in April. West Kent PCT backed the plan."
                              "\n\nAnn Rook – currently chief executive of West Kent PCT – has "
                              "been appointed chief executive designate of the new trust. Len Fry, "
                              "finance director of Medway PCT, will act as its finance director "
                              "for now.")
    assert ("Ann Rook", "leads", "Kent Primary Care Trust") in found
    assert ("Len Fry", "leads", "Kent Primary Care Trust") in found
    assert ("Len Fry", "leads", "West Kent PCT") not in found


_TWO_TRUSTS = ("Pair\n\nKettering General Hospital NHS Foundation Trust and Northampton "
               "General Hospital NHS Trust are to work as one group. ")
_TWO_CCGS = "Pair\n\nNHS Bury CCG and NHS Oldham CCG are to work as one. "


@pytest.mark.parametrize(("text", "bodies"), [
    (_TWO_TRUSTS + "The chair of both trusts, Mo Pike, said the vote was clear.",
     ("Kettering General Hospital NHS Foundation Trust", "Northampton General Hospital NHS Trust")),
    (_TWO_TRUSTS + "Mo Pike will chair both trust boards from June.",
     ("Kettering General Hospital NHS Foundation Trust", "Northampton General Hospital NHS Trust")),
    (_TWO_CCGS + "The joint chair of both groups, Mo Pike, said the vote was clear.",
     ("NHS Bury CCG", "NHS Oldham CCG")),
])
def test_a_post_of_both_bodies_named_before(tmp_path, text, bodies):
    found = triples(tmp_path, text)
    assert {("Mo Pike", "leads", body) for body in bodies} <= found


def test_a_replacement_on_an_interim_basis_holds_the_post_interim(tmp_path):
    rows = story_rows(tmp_path, "Ratings\n\nAiredale NHS Foundation Trust was rated "
                                "inadequate. Its chief executive, Al Whitby, left in May. His "
                                "replacement on an interim basis, Gus Core, until now deputy "
                                "chief executive of Harrogate and District NHS Foundation Trust, "
                                "said the ratings were old.")
    held = {(r["subject"], r["object"], r["status"]) for r in rows
            if r.get("predicate") == "leads"}
    assert ("Gus Core", "Airedale NHS Foundation Trust", "interim") in held


def test_where_she_becomes_names_the_post_of_the_person_who_leaves(tmp_path):
    found = triples(tmp_path, "Finance\n\nStockport NHS Foundation Trust has appointed Nat Trew "
                              "as interim director of finance after the departure of Cara Hale to "
                              "Airedale NHS Foundation Trust, where she becomes finance director "
                              "in April.")
    assert ("Cara Hale", "leads", "Airedale NHS Foundation Trust") in found
    assert ("Nat Trew", "leads", "Airedale NHS Foundation Trust") not in found


@pytest.mark.parametrize("where", ["the trust", "the Barnstaple-based trust"])
def test_starting_at_a_body_as_a_post(tmp_path, where):
    found = triples(tmp_path, "Special measures\n\nNorthern Devon Healthcare NHS Trust is in "
                              f"special measures. Dr Ros Pell will start at {where} on Monday as "
                              "improvement director.")
    assert ("Dr Ros Pell", "leads", "Northern Devon Healthcare NHS Trust") in found


def test_the_merged_trust_is_the_new_pct_not_a_later_new_authority(tmp_path):
    found = triples(tmp_path, "PCTs\n\nLeeds North East PCT and Leeds West PCT will merge in "
                              "October. The new body, to be called Leeds Primary Care Trust, will "
                              "buy care for the city. In July the SHA will join two others to form "
                              "a single Yorkshire and the Humber Strategic Health Authority.\n\n"
                              "Maud Cole, who runs Leeds West PCT, has been appointed chief "
                              "executive of the merged trust.")
    assert ("Maud Cole", "leads", "Leeds Primary Care Trust") in found
    assert not any(s == "Maud Cole" and "Strategic" in o for s, _, o in found)


def test_appointed_chair_after_an_aside_on_past_posts_is_the_storys_body(tmp_path):
    icb = "NHS Lancashire and South Cumbria Integrated Care Board"
    found = triples(tmp_path, f"Chair\n\n{icb} met in public for the first time in July. Ida "
                              "Kemp, a former chief executive of a housing group and until March "
                              "a non-executive director of Blackpool Teaching Hospitals NHS "
                              "Foundation Trust, has been appointed chair.")
    assert ("Ida Kemp", "leads", icb) in found


def test_will_chair_the_new_organisation(tmp_path):
    found = triples(tmp_path, "PCTs\n\nBristol North PCT and Bristol South and West PCT will "
                              "merge. The new body, to be called Bristol Primary Care Trust, will "
                              "buy care for the city. Rosa Fenn, chair of Bristol North PCT, will "
                              "chair the new organisation.")
    assert ("Rosa Fenn", "leads", "Bristol Primary Care Trust") in found


def test_a_colleague_he_will_work_alongside_holds_a_post_at_his_new_body(tmp_path):
    icb = "NHS Somerset Integrated Care Board"
    found = triples(tmp_path, f"ICBs\n\nIn Somerset, Jo Pryce, until now accountable officer of "
                              f"NHS Somerset CCG, becomes chief executive designate of {icb}. He "
                              "will work alongside chair designate Lady Ada Quill, a former chair "
                              "of Yeovil District Hospital NHS Foundation Trust.")
    assert ("Lady Ada Quill", "leads", icb) in found


def test_the_trusts_financial_advisers_named_after_them(tmp_path):
    found = triples(tmp_path, "Deficit\n\nAiredale NHS Foundation Trust is in deficit. The "
                              "trust's financial advisers, Grant Thornton, said the plan was "
                              "sound.")
    assert ("Grant Thornton", "advises", "Airedale NHS Foundation Trust") in found


def test_a_person_appointed_as_an_independent_adviser(tmp_path):
    found = triples(tmp_path, "Adviser\n\nThe Department of Health and Social Care has appointed "
                              "Sir Iain Rook as an independent adviser on the programme.")
    assert ("Sir Iain Rook", "advises", "Department of Health and Social Care") in found


def test_a_bodys_national_adviser_advises_and_does_not_lead_it(tmp_path):
    found = triples(tmp_path, "Review\n\nThe review will be led by Dr Una Lees, NHS England's "
                              "national adviser for maternity.")
    assert ("Dr Una Lees", "advises", "NHS England") in found
    assert ("Dr Una Lees", "leads", "NHS England") not in found


def test_will_chair_a_panel_is_no_post_at_the_body_one_advised(tmp_path):
    found = triples(tmp_path, "Panel\n\nDr Una Lees, a former adviser to NHS England, will chair "
                              "the panel.")
    assert ("Dr Una Lees", "leads", "NHS England") not in found


def test_two_trusts_both_in_one_segment(tmp_path):
    found = triples(tmp_path, "Segments\n\nAiredale NHS Foundation Trust and Harrogate and "
                              "District NHS Foundation Trust are both in segment 2.")
    assert {("Airedale NHS Foundation Trust", "inSegment", "segment 2"),
            ("Harrogate and District NHS Foundation Trust", "inSegment", "segment 2")} <= found


def test_two_trusts_rated_two_ratings_respectively(tmp_path):
    found = triples(tmp_path, "Ratings\n\nAiredale NHS Foundation Trust and Harrogate and "
                              "District NHS Foundation Trust were rated good and inadequate "
                              "respectively.")
    rated = {(s, o) for s, p, o in found if p == "rated"}
    assert rated == {("Airedale NHS Foundation Trust", "good"),
                     ("Harrogate and District NHS Foundation Trust", "inadequate")}


def test_partners_in_a_suppliers_bid_share_its_contract(tmp_path):
    trust = "Airedale NHS Foundation Trust"
    found = triples(tmp_path, f"Pathology\n\n{trust} has awarded its pathology contract to "
                              "Torvane Diagnostics. Torvane's bid was made jointly with Kell "
                              "Couriers, which will move samples.")
    assert ("Kell Couriers", "awardedContract", trust) in found


def test_partners_named_with_what_they_provide_share_the_contract(tmp_path):
    trust = "Airedale NHS Foundation Trust"
    found = triples(tmp_path, f"Pathology\n\n{trust} has awarded its pathology contract to "
                              "Torvane Diagnostics. Torvane will lead the service, with Kell "
                              "Couriers providing transport and Brill Lab Systems supplying the "
                              "software.")
    assert {("Kell Couriers", "awardedContract", trust),
            ("Brill Lab Systems", "awardedContract", trust)} <= found


def test_a_body_supplied_by_a_firm_under_a_service(tmp_path):
    trust = "Harrogate and District NHS Foundation Trust"
    found = triples(tmp_path, f"Labs\n\n{trust}'s laboratory has been supplied since 2011 by "
                              "Lumen Instruments, under a managed equipment service that ends in "
                              "May.")
    assert ("Lumen Instruments", "awardedContract", trust) in found


def test_a_system_described_then_bringing_together_listed_trusts(tmp_path):
    ics = "Derby and Derbyshire Integrated Care System"
    found = triples(tmp_path, "System\n\nThe ICB sits at the centre of Joined Up Care Derbyshire, "
                              "the county's integrated care system, which brings together the two "
                              "acute trusts - University Hospitals of Derby and Burton NHS "
                              "Foundation Trust and Chesterfield Royal Hospital NHS Foundation "
                              "Trust - with Derbyshire Healthcare NHS Foundation Trust, which runs "
                              "mental health services, and Derbyshire Community Health Services "
                              "NHS Foundation Trust.")
    members = {s for s, p, o in found if p == "partOf" and o == ics}
    assert members == {"University Hospitals of Derby and Burton NHS Foundation Trust",
                       "Chesterfield Royal Hospital NHS Foundation Trust",
                       "Derbyshire Healthcare NHS Foundation Trust",
                       "Derbyshire Community Health Services NHS Foundation Trust"}


def test_names_a_firm_context_shows_are_no_people(tmp_path):
    rows = story_rows(tmp_path, "Consultants\n\nNHS Wirral CCG paid £2m to Hargreave Vellum for "
                                "its work on the plan. Hargreave Vellum's managing partner, Gil "
                                "Amery, said the firm was proud. The lab is supplied by Lucent "
                                "Analysers.")
    people = {r["label"] for r in rows if r.get("category") == "Person"}
    assert people == {"Gil Amery"}
    assert ("Gil Amery", "Hargreave Vellum") in {(r["subject"], r["object"]) for r in rows
                                                  if r.get("predicate") == "leads"}


def test_a_trusts_university_hospitals_short_name_names_it_anywhere(tmp_path):
    rows = story_rows(tmp_path, "System\n\nTwo acute trusts - University Hospitals of Derby and "
                                "Burton and Chesterfield Royal Hospital NHS Foundation Trust - "
                                "face cuts.")
    labels = {r["label"] for r in rows if r.get("category") == "Organisation"}
    assert "University Hospitals of Derby and Burton NHS Foundation Trust" in labels


def test_the_social_enterprise_is_the_community_interest_company(tmp_path):
    found = triples(tmp_path, "Urgent care\n\nA consortium led by a GP-owned social enterprise "
                              "will run NHS 111 in Devon. Moorland Urgent Care CIC, owned by 300 "
                              "GPs, bid with Tavy Pharmacy Group. The social enterprise's chief "
                              "executive, Meg Dunn, said GPs were ready.")
    assert ("Meg Dunn", "leads", "Moorland Urgent Care CIC") in found


def test_firms_a_winner_bid_alongside_share_its_contract(tmp_path):
    found = triples(tmp_path, "111\n\nNHS Devon CCG has awarded the NHS 111 contract to Moorland "
                              "Urgent Care CIC. Moorland Urgent Care CIC bid alongside Tamar "
                              "Medical Partners, a Plymouth company supplying clinicians, and Tavy "
                              "Pharmacy Group, which will give advice.")
    assert {("Tamar Medical Partners", "awardedContract", "NHS Devon CCG"),
            ("Tavy Pharmacy Group", "awardedContract", "NHS Devon CCG")} <= found


def test_trusts_a_winner_bid_in_partnership_with_share_its_contract(tmp_path):
    ccg = "NHS Bath and North East Somerset CCG"
    found = triples(tmp_path, f"Community\n\n{ccg} has awarded the community services contract "
                              "to Holm Health. Holm Health bid in partnership with Royal United "
                              "Hospitals Bath NHS Foundation Trust and Avon and Wiltshire Mental "
                              "Health Partnership NHS Trust, which will provide specialist care.")
    assert {("Royal United Hospitals Bath NHS Foundation Trust", "awardedContract", ccg),
            ("Avon and Wiltshire Mental Health Partnership NHS Trust", "awardedContract", ccg)} \
        <= found


def test_advice_given_at_a_cost_is_a_contract(tmp_path):
    found = triples(tmp_path, "Merger\n\nAiredale NHS Foundation Trust will take over Harrogate "
                              "and District NHS Foundation Trust. The accountancy firm Prior "
                              "Castle carried out due diligence on Harrogate for Airedale NHS "
                              "Foundation Trust at a cost of £210,000.")
    assert ("Prior Castle", "awardedContract", "Airedale NHS Foundation Trust") in found


def test_a_firm_appointed_on_a_contract_holds_it(tmp_path):
    found = triples(tmp_path, "Turnaround\n\nAiredale NHS Foundation Trust is in deficit. The "
                              "trust has since appointed Whitefriars Turnaround on a six-month "
                              "contract worth £1.2m.")
    assert ("Whitefriars Turnaround", "awardedContract", "Airedale NHS Foundation Trust") in found


@pytest.mark.parametrize("work", [
    "An options appraisal carried out for the two boards by consultancy Marrow Greaves backed it.",
    "A strategic case, prepared jointly for the two trusts by consultancy Marrow Greaves at a "
    "cost of £75,000, backed it.",
])
def test_work_done_for_two_bodies_by_a_consultancy(tmp_path, work):
    found = triples(tmp_path, "Merger\n\nAiredale NHS Foundation Trust and Harrogate and District "
                              "NHS Foundation Trust plan to merge. " + work)
    assert {("Marrow Greaves", "advises", "Airedale NHS Foundation Trust"),
            ("Marrow Greaves", "advises", "Harrogate and District NHS Foundation Trust")} <= found


def test_a_body_opening_after_an_aside_commissioned_a_consultancy(tmp_path):
    found = triples(tmp_path, "Consultants\n\nNHS Sheffield CCG wants change. In Sheffield, the "
                              "CCG commissioned consultancy Gannet & Rowe to review how practices "
                              "could work together.")
    assert ("Gannet & Rowe", "advises", "NHS Sheffield CCG") in found


def test_a_firm_brought_in_to_assess_advises(tmp_path):
    found = triples(tmp_path, "Estates\n\nA third ICB, NHS Dorset ICB, brought in the firm Hart "
                              "& Moss to assess its estates strategy.")
    assert ("Hart & Moss", "advises", "NHS Dorset Integrated Care Board") in found


def test_bodies_one_new_body_of_their_kind_replaces_merge(tmp_path):
    found = triples(tmp_path, "PCTs\n\nLeeds's three primary care trusts will become one in "
                              "October. Ida Kell will lead the new Leeds Primary Care Trust. It "
                              "replaces Leeds North East PCT, Leeds West PCT and Leeds South PCT, "
                              "all of which will be abolished.")
    merged = {frozenset((s, o)) for s, p, o in found if p == "mergesWith"}
    assert merged == {frozenset(("Leeds North East PCT", "Leeds West PCT")),
                      frozenset(("Leeds North East PCT", "Leeds South PCT")),
                      frozenset(("Leeds West PCT", "Leeds South PCT"))}


def test_the_two_boards_agreeing_to_consult_on_a_merger(tmp_path):
    found = triples(tmp_path, "Merger\n\nWalsall Healthcare NHS Trust has left special "
                              "measures. NHS Improvement and the Care Quality Commission agreed. "
                              "Ken Dunn, chief executive of The Royal Wolverhampton NHS Trust, "
                              "said the two trusts would keep working closely and that the two "
                              "boards had agreed to consult next year on a formal merger.")
    assert ("Walsall Healthcare NHS Trust", "mergesWith", "The Royal Wolverhampton NHS Trust") \
        in found or ("The Royal Wolverhampton NHS Trust", "mergesWith",
                     "Walsall Healthcare NHS Trust") in found


def test_trusts_choosing_a_partnership_rather_than_a_merged_lab_do_not_merge(tmp_path):
    found = triples(tmp_path, "Pathology\n\nAiredale NHS Foundation Trust, Harrogate and District "
                              "NHS Foundation Trust and Barnsley Hospital NHS Foundation Trust "
                              "share pathology. The three trusts have chosen a partnership model "
                              "rather than a single merged laboratory.")
    assert not any(p == "mergesWith" for _, p, _ in found)


def test_a_trusts_short_name_with_a_comma(tmp_path):
    found = triples(tmp_path, "Ratings\n\nDerek Hoy, who chairs Wrightington, Wigan and Leigh, "
                              "said the rating belonged to staff.")
    assert ("Derek Hoy", "leads",
            "Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust") in found


def test_the_new_board_will_be_chaired_by(tmp_path):
    found = triples(tmp_path, "Merger\n\nEaling Hospital NHS Trust and The North West London "
                              "Hospitals NHS Trust will merge to form London North West Healthcare "
                              "NHS Trust. The new board will be chaired by Sir Ned Ashby, now "
                              "chair of Ealing.")
    assert any(s == "Sir Ned Ashby" and p == "leads" and o.startswith("London North West")
               for s, p, o in found)


def test_bodies_listed_each_with_its_own_rating_after_rated(tmp_path):
    found = triples(tmp_path, "Ratings\n\nThe Care Quality Commission rated Northumbria Healthcare "
                              "NHS Foundation Trust \"outstanding\", City Hospitals Sunderland NHS "
                              "Foundation Trust \"good\" and County Durham and Darlington NHS "
                              "Foundation Trust \"requires improvement\".")
    rated = {(s, o) for s, p, o in found if p == "rated"}
    assert rated == {("Northumbria Healthcare NHS Foundation Trust", "outstanding"),
                     ("City Hospitals Sunderland NHS Foundation Trust", "good"),
                     ("County Durham and Darlington NHS Foundation Trust",
                      "requires improvement")}


def test_an_undefined_acronym_spelt_by_a_body_named_before(tmp_path):
    rjah = "The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust"
    found = triples(tmp_path, f"Chairs\n\nThe Shrewsbury and Telford Hospital NHS Trust and {rjah} "
                              "will share a chair. RJAH, which runs the orthopaedic hospital at "
                              "Gobowen, is rated good.")
    assert (rjah, "rated", "good") in found


def test_a_consultancys_won_deal_with_an_advisory_purpose_is_advice(tmp_path):
    found = triples(tmp_path, "Deals\n\nWalsall Healthcare NHS Trust has signed a £450,000 deal "
                              "with consultancy Brightwell Analytics to improve discharge times.")
    assert ("Brightwell Analytics", "advises", "Walsall Healthcare NHS Trust") in found
    assert ("Brightwell Analytics", "awardedContract", "Walsall Healthcare NHS Trust") in found


def test_a_firms_won_deal_to_run_a_service_is_no_advice(tmp_path):
    found = triples(tmp_path, "Deals\n\nWalsall Healthcare NHS Trust has signed a £450,000 deal "
                              "with Ferncastle Partners to run its car parks.")
    assert ("Ferncastle Partners", "awardedContract", "Walsall Healthcare NHS Trust") in found
    assert not any(p == "advises" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Dudley Group NHS Foundation Trust has spent more than £1m on consultancy firm Harlow "
    "Stone since April.",
    "Dudley Group NHS Foundation Trust spent £2.2m on management consultants last year, "
    "including £700,000 with Harlow Stone.",
])
def test_money_spent_on_a_consultancy(tmp_path, text):
    found = triples(tmp_path, "Spending\n\n" + text)
    assert ("Harlow Stone", "awardedContract", "The Dudley Group NHS Foundation Trust") in found
    assert ("Harlow Stone", "advises", "The Dudley Group NHS Foundation Trust") in found


def test_consultants_called_in_by_a_trust(tmp_path):
    found = triples(tmp_path, "Finances\n\nAccountants Pellow Marsh have been called in by "
                              "Walsall Healthcare NHS Trust after it reported a deficit.")
    assert ("Pellow Marsh", "advises", "Walsall Healthcare NHS Trust") in found


def test_two_ccgs_asking_a_consultancy_to_model(tmp_path):
    found = triples(tmp_path, "Services\n\nNHS Wirral CCG and NHS Knowsley CCG have asked Tarn "
                              "Consulting to model the effect of moving stroke care.")
    assert {("Tarn Consulting", "advises", "NHS Wirral CCG"),
            ("Tarn Consulting", "advises", "NHS Knowsley CCG")} <= found


def test_advisers_from_a_firm_sent_in_to_a_trust(tmp_path):
    found = triples(tmp_path, "Turnaround\n\nThe regulator sent in turnaround advisers from "
                              "Kestrel Rowe to Walsall Healthcare NHS Trust.")
    assert ("Kestrel Rowe", "advises", "Walsall Healthcare NHS Trust") in found


@pytest.mark.parametrize("text, predicate", [
    ("Walsall Healthcare NHS Trust has been placed in the Recovery Support Programme, which is "
     "segment 4 of the oversight framework.", "movedToSegment"),
    ("Walsall Healthcare NHS Trust has been put into the NHS Oversight Framework's segment 4 "
     "after a poor winter.", "movedToSegment"),
    ("Walsall Healthcare NHS Trust is one of nine trusts in NOF segment 4.", "inSegment"),
    ("Walsall Healthcare NHS Trust, in segment 3 since 2022, has now been moved to segment 4.",
     "movedToSegment"),
])
def test_segment_statements_of_news(tmp_path, text, predicate):
    found = triples(tmp_path, "Oversight\n\n" + text)
    assert ("Walsall Healthcare NHS Trust", predicate, "segment 4") in found


def test_bodies_included_among_those_in_a_segment(tmp_path):
    found = triples(tmp_path, "League tables\n\nOf the acute trusts, nine are in segment 1, "
                              "including Harrogate and District NHS Foundation Trust and "
                              "Walsall Healthcare NHS Trust.")
    assert {("Harrogate and District NHS Foundation Trust", "inSegment", "segment 1"),
            ("Walsall Healthcare NHS Trust", "inSegment", "segment 1")} <= found


def test_a_body_that_stayed_while_another_moved(tmp_path):
    found = triples(tmp_path, "Oversight\n\nWalsall Healthcare NHS Trust moved from segment 2 to "
                              "segment 3, while Dudley Group NHS Foundation Trust stayed in "
                              "segment 2.")
    assert ("Walsall Healthcare NHS Trust", "movedToSegment", "segment 3") in found
    assert ("The Dudley Group NHS Foundation Trust", "inSegment", "segment 2") in found
    assert ("The Dudley Group NHS Foundation Trust", "movedToSegment", "segment 3") not in found


def test_former_opening_a_sentence_is_no_part_of_a_bodys_name(tmp_path):
    found = triples(tmp_path, "Chairs\n\nFormer Leeds City Council chief executive Ada Kimble "
                              "has been named chair of Leeds Teaching Hospitals NHS Trust.")
    assert ("Ada Kimble", "leads", "Leeds City Council") in found
    assert ("Ada Kimble", "leads", LEEDS) in found


@pytest.mark.parametrize("text, title", [
    ("The Care Quality Commission published its annual Safe Wards report on Friday.",
     "Safe Wards report"),
    ("The Care Quality Commission published its Ward Staffing Review on Tuesday.",
     "Ward Staffing Review"),
])
def test_a_report_published_on_a_weekday(tmp_path, text, title):
    found = triples(tmp_path, "Reports\n\n" + text)
    assert ("Care Quality Commission", "authored", title) in found


def test_its_after_a_body_in_apposition_to_a_possessive(tmp_path):
    found = triples(tmp_path, "Support\n\nWalsall Healthcare NHS Trust has been rated inadequate. "
                              "Walsall's neighbour, The Royal Wolverhampton NHS Trust, has offered "
                              "to help. Its chief executive, Professor Ada Quill, said the two "
                              "would work together.")
    assert ("Professor Ada Quill", "leads", "The Royal Wolverhampton NHS Trust") in found
    assert ("Professor Ada Quill", "leads", "Walsall Healthcare NHS Trust") not in found


def test_a_consultancy_brought_in_by_the_trusts(tmp_path):
    found = triples(tmp_path, "Merger\n\nMedway NHS Foundation Trust and Dartford and Gravesham "
                              "NHS Trust are exploring a merger. Consultancy Harlow Stone has been "
                              "paid £900,000. The firm was brought in by the trusts in May.")
    assert {("Harlow Stone", "advises", "Medway NHS Foundation Trust"),
            ("Harlow Stone", "advises", "Dartford and Gravesham NHS Trust")} <= found


def test_a_review_at_the_trust_led_by_someone_is_no_post_there(tmp_path):
    found = triples(tmp_path, "Maternity\n\nWalsall Healthcare NHS Trust has been rated "
                              "inadequate. An independent review of maternity care at the trust, "
                              "led by midwife Ada Quill, will report next year.")
    assert not any(s == "Ada Quill" and p == "leads" for s, p, _ in found)


def test_a_post_after_an_aside_on_a_past_post_is_not_at_that_past_body(tmp_path):
    rows = story_rows(tmp_path, "Chairs\n\nNHS Black Country Integrated Care Board has named its "
                                "team. Sir Ned Ashby, a former chief executive of Health Education "
                                "England, was appointed chair designate in May.")
    posts = [r["role"] for r in rows
             if r["kind"] == "fact" and r["object"] == "Health Education England"]
    assert posts == ["chief executive"]


def test_a_body_led_by_a_titled_person_gives_no_post_at_the_storys_main_body(tmp_path):
    found = triples(tmp_path, "Groups\n\nKettering General Hospital NHS Foundation Trust and "
                              "Northampton General Hospital NHS Trust will form a group. NHS "
                              "Northamptonshire Integrated Care Board, led by chief executive "
                              "Ada Quill, backed the plan.")
    assert ("Ada Quill", "leads", "NHS Northamptonshire Integrated Care Board") in found
    assert ("Ada Quill", "leads", "Kettering General Hospital NHS Foundation Trust") not in found


def test_a_headlines_generic_noun_is_no_company(tmp_path):
    found = triples(tmp_path, "Trust signs £90m deal for new record system\n\nLeeds Teaching "
                              "Hospitals NHS Trust has signed a ten-year contract worth £90m with "
                              "Kestrel Health Systems.")
    assert ("Kestrel Health Systems", "awardedContract", LEEDS) in found
    assert not any(s == "Trust" for s, _, _ in found)


@pytest.mark.parametrize("text", [
    "Ada Quill, chief executive of neighbouring Medway NHS Foundation Trust, will lead Maidstone "
    "and Tunbridge Wells NHS Trust on an interim basis.",
    "The chief executive of nearby Medway NHS Foundation Trust, Ada Quill, will also chair "
    "Maidstone and Tunbridge Wells NHS Trust.",
])
def test_a_post_at_a_neighbouring_body(tmp_path, text):
    found = triples(tmp_path, "Support\n\n" + text)
    assert ("Ada Quill", "leads", "Medway NHS Foundation Trust") in found


def test_has_led_the_organisation_means_the_body_the_person_leads(tmp_path):
    found = triples(tmp_path, "Contract\n\nNHS Kent and Medway Integrated Care Board has awarded a "
                              "contract to Kent Community Health NHS Foundation Trust. The trust's "
                              "chief executive, Ada Quill, was pleased. Ms Quill has led the "
                              "organisation since 2018.")
    assert ("Ada Quill", "leads", "Kent Community Health NHS Foundation Trust") in found
    assert ("Ada Quill", "leads", "NHS Kent and Medway Integrated Care Board") not in found


def test_the_trust_is_one_of_several_in_the_partnership(tmp_path):
    found = triples(tmp_path, "Support\n\nHumber and North Yorkshire Health and Care Partnership "
                              "will support York and Scarborough Teaching Hospitals NHS Foundation "
                              "Trust. The trust is one of nine in the partnership.")
    assert any(s == YORK and p == "partOf" and o.startswith("Humber and North Yorkshire")
               for s, p, o in found)


def test_the_review_after_an_inquiry_is_that_inquiry(tmp_path):
    found = triples(tmp_path, "Inquiry\n\nAn independent inquiry into baby deaths at Nottingham "
                              "University Hospitals NHS Trust will be led by midwife Ada Quill. "
                              "The review was ordered by NHS England. Ms Quill previously chaired "
                              "the review of maternity services at Walsall Healthcare NHS Trust.")
    inquiry = ("independent inquiry into baby deaths at Nottingham University Hospitals NHS "
               "Trust")
    assert ("NHS England", "commissioned", inquiry) in found
    assert not any(s == "NHS England" and p == "commissioned" and o != inquiry
                   for s, p, o in found)


def test_a_described_reviews_name_ends_before_whose(tmp_path):
    found = triples(tmp_path, "Reviews\n\nMs Ada Quill chaired the review of maternity services "
                              "at Walsall Healthcare NHS Trust, whose final report was published "
                              "in 2022.")
    assert ("Ms Ada Quill", "authored",
            "review of maternity services at Walsall Healthcare NHS Trust") in found


@pytest.mark.parametrize("text", [
    "Walsall Healthcare NHS Trust shares its chief executive, Ada Quill, with the Royal "
    "Wolverhampton NHS Trust.",
    "Walsall Healthcare NHS Trust and The Royal Wolverhampton NHS Trust have shared a chief "
    "executive, Ada Quill, since 2015.",
])
def test_a_post_shared_by_named_bodies(tmp_path, text):
    found = triples(tmp_path, "Shared posts\n\n" + text)
    assert {("Ada Quill", "leads", "Walsall Healthcare NHS Trust"),
            ("Ada Quill", "leads", "The Royal Wolverhampton NHS Trust")} <= found


def test_losing_bidders_and_an_outgoing_incumbent_hold_no_contract(tmp_path):
    found = triples(tmp_path, "Records\n\nLeeds Teaching Hospitals NHS Trust signed the deal "
                              "with Epic after a procurement that also attracted bids from Oracle "
                              "Health and Altera Digital Health. A consortium of Kestrel Labs and "
                              "Atos has won a £30m contract. The deal, awarded by Walsall "
                              "Healthcare NHS Trust, will see the consortium take over the work "
                              "from NHS Shared Business Services.")
    winners = {s for s, p, _ in found if p == "awardedContract"}
    assert ("Atos", "awardedContract", "Walsall Healthcare NHS Trust") in found
    assert not winners & {"Oracle", "Altera Digital Health", "NHS Shared Business Services"}


def test_hospitals_a_buyer_runs_are_no_party_to_its_deal(tmp_path):
    found = triples(tmp_path, "Records\n\nUniversity Hospitals Birmingham NHS Foundation Trust, "
                              "which runs Queen Elizabeth Hospital Birmingham, Heartlands Hospital "
                              "and Good Hope Hospital, signed a £90m deal with Oracle in 2021.")
    assert ("Oracle", "awardedContract",
            "University Hospitals Birmingham NHS Foundation Trust") in found
    assert not any(p == "awardedContract" and "Hospital" in o and "Trust" not in o
                   for _, p, o in found)


def test_a_bid_from_the_winner_is_no_rival(tmp_path):
    found = triples(tmp_path, "Cleaning\n\nAt £4m, the bid from Kestrel Facilities Services came "
                              "in lowest, and the firm has been awarded the cleaning contract for "
                              "Walsall Healthcare NHS Trust.")
    assert ("Kestrel Facilities Services", "awardedContract",
            "Walsall Healthcare NHS Trust") in found


def test_a_predecessor_holds_no_post_at_the_successors_present_body(tmp_path):
    found = triples(tmp_path, "Nursing\n\nAda Quill, deputy chief nurse at Walsall Healthcare NHS "
                              "Trust, will join Medway NHS Foundation Trust in January, succeeding "
                              "Professor Ned Ashby, who retired in the summer.")
    assert not any(s == "Professor Ned Ashby" and o == "Walsall Healthcare NHS Trust"
                   for s, _, o in found)


@pytest.mark.parametrize("text", [
    "Dr Ada Quill, interim chief executive of Pennine Acute Hospitals NHS Trust, will leave once "
    "the acquisition completes to join Stockport NHS Foundation Trust as medical director.",
    "Harrogate and District NHS Foundation Trust moved up to segment 1, joining Sheffield "
    "Children's NHS Foundation Trust and Leeds Community Healthcare NHS Trust in the top tier.",
    "Medway NHS Foundation Trust has a new chair, Ada Quill. She joins from Barking, Havering and "
    "Redbridge University Hospitals NHS Trust. Before that she was a non-executive director at "
    "Basildon and Thurrock University Hospitals NHS Foundation Trust, one of the three trusts "
    "that merged in 2020 to form Mid and South Essex NHS Foundation Trust.",
])
def test_no_merger_read_into_careers_tiers_or_past_mergers_of_unnamed_bodies(tmp_path, text):
    found = triples(tmp_path, "News\n\n" + text)
    assert not any(p == "mergesWith" for _, p, _ in found)


def test_a_post_in_a_part_of_a_body_is_not_a_post_of_the_body(tmp_path):
    found = triples(tmp_path, "Health\n\nCllr Ada Quill, chair of Medway Council's health and "
                              "wellbeing board, said the plan was welcome.")
    assert not any(p == "leads" for _, p, _ in found)


def test_a_quoted_gerund_is_nobody(tmp_path):
    found = triples(tmp_path, "Moves\n\nDr Ada Quill joined the Leeds trust from Airedale NHS "
                              "Foundation Trust, where she was medical director. \"Leaving Leeds "
                              "is a wrench,\" she said.")
    assert {s for s, p, _ in found if p == "leads"} == {"Dr Ada Quill"}


@pytest.mark.parametrize("text", [
    "The ICB confirmed interim arrangements at Royal Cornwall Hospitals NHS Trust following the "
    "departure of its chief executive, Dr Ada Quill.",
    "Royal Cornwall Hospitals NHS Trust will recruit a new chief nursing officer following the "
    "retirement of Dr Ada Quill.",
])
def test_a_post_left_before_the_story(tmp_path, text):
    rows = story_rows(tmp_path, "Posts\n\n" + text)
    statuses = [r["status"] for r in rows if r["kind"] == "fact" and r["subject"] == "Dr Ada Quill"]
    assert statuses == ["former"]


def test_a_short_form_means_the_trust_named_before_not_another_body_it_names(tmp_path):
    found = triples(tmp_path, "Mergers\n\nCentral Manchester University Hospitals NHS Foundation "
                              "Trust has a new chair. In a separate move, Central Manchester and "
                              "University Hospital of South Manchester NHS Foundation Trust are in "
                              "talks about a formal merger.")
    merged = {frozenset((s, o)) for s, p, o in found if p == "mergesWith"}
    assert merged == {frozenset(("Central Manchester University Hospitals NHS Foundation Trust",
                                 "University Hospital of South Manchester NHS Foundation Trust"))}


def test_a_regulator_placed_the_trust_in_a_segment(tmp_path):
    found = triples(tmp_path, "Oversight\n\nWalsall Healthcare NHS Trust has a deficit. NHS "
                              "England placed the trust in segment 4 last month.")
    assert ("Walsall Healthcare NHS Trust", "movedToSegment", "segment 4") in found


def test_a_segment_the_trust_was_in_last_year_is_not_where_it_is(tmp_path):
    found = triples(tmp_path, "Oversight\n\nWalsall Healthcare NHS Trust, which was in segment 3 "
                              "last year, is now in segment 4.")
    assert ("Walsall Healthcare NHS Trust", "movedToSegment", "segment 4") in found
    assert ("Walsall Healthcare NHS Trust", "inSegment", "segment 3") not in found


def test_a_post_held_before_after_leading(tmp_path):
    rows = story_rows(tmp_path, "Moves\n\nAda Quill was appointed to Leeds Teaching Hospitals NHS "
                                "Trust in 2015 after leading Blackpool Teaching Hospitals NHS "
                                "Foundation Trust.")
    assert [r["status"] for r in rows if r["kind"] == "fact"
            and r["object"] == "Blackpool Teaching Hospitals NHS Foundation Trust"] == ["former"]


@pytest.mark.parametrize("verb", ["is expected to", "is due to"])
def test_a_post_someone_is_expected_to_take_up(tmp_path, verb):
    rows = story_rows(tmp_path, f"Moves\n\nDr Ada Quill {verb} join Stockport NHS Foundation "
                                "Trust as medical director.")
    assert [(r["object"], r["status"]) for r in rows if r["kind"] == "fact"] == [
        ("Stockport NHS Foundation Trust", "designate")]


def test_bodies_listed_that_will_become_one_named_body_merge(tmp_path):
    found = triples(tmp_path, "CCGs\n\nNHS Brighton and Hove CCG, NHS Hastings and Rother CCG and "
                              "NHS Crawley CCG will become NHS Sussex Clinical Commissioning Group "
                              "on 1 April.")
    merged = {frozenset((s, o)) for s, p, o in found if p == "mergesWith"}
    assert frozenset(("NHS Brighton and Hove CCG", "NHS Crawley CCG")) in merged
    assert len(merged) == 3


def test_a_count_before_a_shared_suffix_names_no_bodies(tmp_path):
    found = triples(tmp_path, "Five Surrey and Sussex CCGs to merge into one from April\n\nNHS "
                              "Crawley CCG and NHS Horsham and Mid Sussex CCG are among them.")
    assert not any("Five" in s or s == "Sussex" for s, _, _ in found)


def test_the_hospital_run_by_a_trust_keeps_its_own_earlier_rating(tmp_path):
    found = triples(tmp_path, "Ratings\n\nGood Hope Hospital has been rated good by the CQC. The "
                              "hospital, run by University Hospitals Birmingham NHS Foundation "
                              "Trust, was rated inadequate in 2015.")
    assert ("Good Hope Hospital", "rated", "inadequate") in found
    assert not any(s.startswith("University Hospitals Birmingham") and p == "rated"
                   for s, p, _ in found)


def test_whoever_commissioned_a_report_did_not_write_it(tmp_path):
    found = triples(tmp_path, "Reports\n\nThe deal follows a critical report, Support Matters: The "
                              "Case for Change, written by health think tank the King's Fund and "
                              "commissioned by NHS England's then chief executive, Sir Ned "
                              "Ashby.")
    assert ("Sir Ned Ashby", "commissioned", "Support Matters: The Case for Change") in found
    assert not any(s == "Sir Ned Ashby" and p == "authored" for s, p, _ in found)


def test_firms_that_advised_the_trusts_named_in_the_sentence_before(tmp_path):
    found = triples(tmp_path, "Deal\n\nWalsall Healthcare NHS Trust is to be acquired by The "
                              "Royal Wolverhampton NHS Trust. Harlow Stone and KPMG advised the "
                              "trusts on the business case.")
    assert {("KPMG", "advises", "Walsall Healthcare NHS Trust"),
            ("KPMG", "advises", "The Royal Wolverhampton NHS Trust")} <= found


def test_a_consultancy_whose_name_begins_like_at_is_paid(tmp_path):
    found = triples(tmp_path, "Merger\n\nNHS Crawley CCG has paid consultancy Atherley Reed "
                              "£650,000 to support the merger process.")
    assert ("Atherley Reed", "awardedContract", "NHS Crawley CCG") in found


def test_someone_elses_departure_leaves_a_post_current(tmp_path):
    rows = story_rows(tmp_path, "Posts\n\nAda Quill, chief executive of Nottingham University "
                                "Hospitals NHS Trust, replaced Ned Ashby, who left to run "
                                "Walsall Healthcare NHS Trust.")
    assert [(r["subject"], r["status"]) for r in rows if r["kind"] == "fact"
            and r["subject"] == "Ada Quill"] == [("Ada Quill", "current")]


def test_a_current_role_held_alongside_a_new_one_stays_current(tmp_path):
    rows = story_rows(tmp_path, "Posts\n\nThe regional post will be filled by Ada Quill, who will "
                                "hold it alongside her current role as chief executive of "
                                "Lancashire Teaching Hospitals NHS Foundation Trust for a "
                                "six-month transition period.")
    assert [r["status"] for r in rows if r["kind"] == "fact" and r["object"].startswith(
        "Lancashire Teaching")] == ["current"]


def test_the_cluster_is_the_cluster_named_before_not_the_authority(tmp_path):
    found = triples(tmp_path, "Clusters\n\nNHS North West has set up the Greater Manchester "
                              "cluster. Ada Quill will become chief executive of the cluster.")
    assert ("Ada Quill", "leads", "Greater Manchester cluster") in found
    assert ("Ada Quill", "leads", "NHS North West") not in found


def test_a_franchise_pulled_out_of_after_the_hospital_was_rated(tmp_path):
    found = triples(tmp_path, "Franchise\n\nIn 2012 Kestrel Care took over the running of "
                              "Hinchingbrooke Health Care NHS Trust under a ten-year franchise, "
                              "though the company pulled out in 2015 after the hospital was rated "
                              "inadequate by the CQC.")
    assert ("Hinchingbrooke Health Care NHS Trust", "rated", "inadequate") in found
    assert ("Kestrel Care", "awardedContract", "Hinchingbrooke Health Care NHS Trust") in found
    assert not any(o == "Care Quality Commission" or (s == "Kestrel Care" and p == "rated")
                   for s, p, o in found)


def test_bodies_that_signed_the_deal_the_sentence_before_gave(tmp_path):
    found = triples(tmp_path, "Records\n\nKestrel Health Systems has been awarded a contract worth "
                              "£18m to provide a shared record across two West Yorkshire trusts. "
                              "Leeds Teaching Hospitals NHS Trust and Bradford Teaching Hospitals "
                              "NHS Foundation Trust signed the ten-year deal.")
    assert {("Kestrel Health Systems", "awardedContract", LEEDS),
            ("Kestrel Health Systems", "awardedContract",
             "Bradford Teaching Hospitals NHS Foundation Trust")} <= found


def test_a_contract_handed_from_one_company_to_another(tmp_path):
    found = triples(tmp_path, "Out of hours\n\nSerco held the out-of-hours contract for NHS "
                              "Cambridgeshire and Peterborough CCG from 2011 until last month, "
                              "when it was handed to Herts Urgent Care.")
    assert ("Herts Urgent Care", "awardedContract",
            "NHS Cambridgeshire and Peterborough CCG") in found


def test_its_after_the_icb_confirmed_that(tmp_path):
    found = triples(tmp_path, "ICB\n\nNHS Humber and North Yorkshire ICB has named Ned Ashby as "
                              "chief executive. Hull University Teaching Hospitals NHS Trust runs "
                              "Hull Royal Infirmary. The ICB also confirmed that its chief medical "
                              "officer, Dr Ada Quill, will step down.")
    assert ("Dr Ada Quill", "leads",
            "NHS Humber and North Yorkshire Integrated Care Board") in found


def test_a_post_at_a_firm_named_before_a_possessive_and_a_descriptor(tmp_path):
    found = triples(tmp_path, "Records\n\nThe chief executive of Leeds Teaching Hospitals NHS "
                              "Trust is Ned Ashby. Kainos's healthcare director, Ada Quill, said "
                              "the firm was proud.")
    assert ("Ada Quill", "leads", LEEDS) not in found


def test_firms_that_also_bid_hold_no_contract(tmp_path):
    found = triples(tmp_path, "Analytics\n\nNHS West Yorkshire ICB has appointed Accenture to "
                              "build an analytics service. The contract, worth £6.5m, was awarded "
                              "after a mini-competition in which IBM and Capita also bid.")
    assert not {s for s, p, _ in found if p == "awardedContract"} & {"IBM", "Capita"}


def test_a_trust_that_runs_a_hospital_is_the_member_not_the_hospital(tmp_path):
    found = triples(tmp_path, "Groups\n\nLeeds Teaching Hospitals NHS Trust, which runs St "
                              "James's University Hospital, is part of the West Yorkshire "
                              "Association of Acute Trusts.")
    assert (LEEDS, "partOf", "West Yorkshire Association of Acute Trusts") in found
    assert ("St James's University Hospital", "partOf",
            "West Yorkshire Association of Acute Trusts") not in found


def test_the_group_a_trust_belongs_to_is_not_placed_in_its_segment(tmp_path):
    found = triples(tmp_path, "Segments\n\nNorthern Care Alliance NHS Foundation Trust is part of "
                              "the Greater Manchester Provider Federation and was placed in "
                              "segment 4 in the September league tables.")
    assert ("Greater Manchester Provider Federation", "movedToSegment", "segment 4") not in found
    assert ("Northern Care Alliance NHS Foundation Trust", "movedToSegment",
            "segment 4") in found


def test_a_competition_that_drew_a_bid_from_a_loser(tmp_path):
    found = triples(tmp_path, "Contracts\n\nThe contract, worth about £1bn, was awarded by NHS "
                              "East of England after a competition which also drew a bid from "
                              "Serco.")
    assert not any(s == "Serco" for s, _, _ in found)


def test_a_regulator_appointing_a_trusts_interim_chair(tmp_path):
    found = triples(tmp_path, "Chairs\n\nNed Ashby is chief executive of University Hospitals of "
                              "Morecambe Bay NHS Foundation Trust. Monitor has appointed Ada Quill "
                              "as interim chair.")
    assert ("Ada Quill", "leads", "Monitor") not in found
    assert ("Ada Quill", "leads",
            "University Hospitals of Morecambe Bay NHS Foundation Trust") in found


def test_an_improvement_director_is_at_the_trust_not_the_regulator(tmp_path):
    found = triples(tmp_path, "Segments\n\nNHS Improvement said Barking, Havering and Redbridge "
                              "University Hospitals NHS Trust would move from segment 4 to segment "
                              "3. Its improvement director, Ada Quill, will step down next month.")
    assert ("Ada Quill", "leads",
            "Barking, Havering and Redbridge University Hospitals NHS Trust") in found
    assert ("Ada Quill", "leads", "NHS Improvement") not in found


def test_a_cluster_formed_from_authorities_is_no_merger(tmp_path):
    found = triples(tmp_path, "Clusters\n\nNHS North of England, the strategic health "
                              "authority cluster formed from NHS North West, NHS North East and "
                              "NHS Yorkshire and the Humber, has a new chief executive.")
    assert not any(p == "mergesWith" for _, p, _ in found)


def test_a_hospital_in_a_whose_aside_is_not_moved_between_segments(tmp_path):
    found = triples(tmp_path, "Segments\n\nNorth Cumbria University Hospitals NHS Trust, whose "
                              "West Cumberland Hospital was rated inadequate last year, has been "
                              "moved into segment 4.")
    assert ("West Cumberland Hospital", "movedToSegment", "segment 4") not in found
    assert ("North Cumbria University Hospitals NHS Trust", "movedToSegment",
            "segment 4") in found


def test_the_owners_of_a_winning_partnership_are_not_its_buyers(tmp_path):
    found = triples(tmp_path, "Contracts\n\nKestrel Partnership, a limited liability partnership "
                              "owned by Cambridge University Hospitals NHS Foundation Trust and "
                              "Cambridgeshire and Peterborough NHS Foundation Trust, won the £800m "
                              "contract from NHS Cambridgeshire and Peterborough CCG.")
    buyers = {o for s, p, o in found if p == "awardedContract" and s == "Kestrel Partnership"}
    assert buyers == {"NHS Cambridgeshire and Peterborough CCG"}


def test_her_predecessor_at_a_named_body_holds_no_post_of_hers_elsewhere(tmp_path):
    found = triples(tmp_path, "Posts\n\nMs Ada Quill previously ran Stockport NHS Foundation "
                              "Trust and was director of nursing at Tameside and Glossop "
                              "Integrated Care NHS Foundation Trust. Her predecessor at Northern "
                              "Care Alliance NHS Foundation Trust, Sir Ned Ashby, is now chair of "
                              "Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation "
                              "Trust.")
    assert not any(s == "Sir Ned Ashby" and o.startswith("Tameside") for s, _, o in found)


def test_a_rating_given_in_the_most_recent_inspection(tmp_path):
    found = triples(tmp_path, "Ratings\n\nThe CQC rated Leeds Teaching Hospitals NHS Trust "
                              "requires improvement in its most recent inspection.")
    assert (LEEDS, "rated", "requires improvement") in found


def test_a_post_someone_has_himself_been_appointed_to(tmp_path):
    found = triples(tmp_path, "Posts\n\nNed Ashby said the plans were sound. Mr Ashby has himself "
                              "been appointed chief executive designate of the NHS Confederation.")
    assert ("Ned Ashby", "leads", "NHS Confederation") in found


def test_a_supplier_which_holds_a_contract_with_a_body(tmp_path):
    found = triples(tmp_path, "Support\n\nCommissioning support will continue to be provided by "
                              "NHS South, Central and West Commissioning Support Unit, which holds "
                              "a £7.5m-a-year contract with NHS Crawley CCG.")
    assert ("NHS South, Central and West Commissioning Support Unit", "awardedContract",
            "NHS Crawley CCG") in found


def test_consortium_members_however_described_award_nothing_to_each_other(tmp_path):
    found = triples(tmp_path, "Bids\n\nA consortium of Circle Holdings, Bedford Hospital NHS Trust "
                              "and the GP federation Beds Health has been named preferred bidder "
                              "for a £120m contract with NHS Bedfordshire CCG.")
    buyers = {o for _, p, o in found if p == "awardedContract"}
    assert buyers == {"NHS Bedfordshire CCG"}


def test_leading_a_bodys_work_is_no_post_at_it(tmp_path):
    rows = story_rows(tmp_path, "Clusters\n\nDr Ada Quill, the former medical director of NHS "
                                "Bristol, will lead the cluster's work on clinical commissioning.")
    assert [(r["object"], r["role"], r["status"]) for r in rows if r["kind"] == "fact"] == [
        ("NHS Bristol", "medical director", "former")]


def test_its_after_a_programme_that_is_no_body(tmp_path):
    found = triples(tmp_path, "Regimes\n\nThe contract was let by NHS Basildon and Brentwood CCG. "
                              "The success regime is led by its programme director, Dr Ada "
                              "Quill.")
    assert not any(s == "Dr Ada Quill" for s, _, _ in found)


def test_a_body_that_dismissed_its_chief_executive_lost_her(tmp_path):
    rows = story_rows(tmp_path, "Exits\n\nNorth Tees and Hartlepool NHS Foundation Trust has "
                                "dismissed its chief executive. Ruth Penhale left the trust on "
                                "Friday.")
    assert [(r["subject"], r["object"], r["status"]) for r in rows if r["kind"] == "fact"] == [
        ("Ruth Penhale", NORTH_TEES, "former")]


def test_a_lede_with_an_unnamed_body_and_a_holder_who_left_a_named_one(tmp_path):
    rows = story_rows(tmp_path, "Exits\n\nA hospital trust in the north east has lost its chief "
                                "executive. Ruth Penhale left North Tees and Hartlepool NHS "
                                "Foundation Trust on Friday.")
    assert [(r["subject"], r["object"], r["role"], r["status"]) for r in rows
            if r["kind"] == "fact"] == [("Ruth Penhale", NORTH_TEES, "chief executive", "former")]


def test_a_successor_takes_the_post_the_predecessor_leaves(tmp_path):
    rows = story_rows(tmp_path, "Posts\n\nOwen Tarrant will join in the spring, succeeding Iris "
                                "Vane, who retires after nine years as chief executive of Leeds "
                                "Teaching Hospitals NHS Trust.")
    assert {(r["subject"], r["object"], r["status"]) for r in rows if r["kind"] == "fact"} == {
        ("Iris Vane", LEEDS, "former"), ("Owen Tarrant", LEEDS, "designate")}


def test_a_predecessor_held_the_post_the_successor_was_appointed_to(tmp_path):
    rows = story_rows(tmp_path, "Posts\n\nLeeds Teaching Hospitals NHS Trust has appointed Owen "
                                "Tarrant as chief nurse. Owen joins from York and Scarborough "
                                "Teaching Hospitals NHS Foundation Trust, where he is director of "
                                "nursing. He will start in June, replacing Iris Vane, who retires "
                                "in May.")
    assert {r["object"] for r in rows if r["kind"] == "fact" and r["subject"] == "Iris Vane"} == {
        LEEDS}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust went into special measures in May. NHS Improvement has "
    "appointed Dr Kit Morrow as improvement director.",
    "NHS England has appointed an improvement director, Dr Kit Morrow, to work with the board "
    "of Leeds Teaching Hospitals NHS Trust.",
    "The NHS Trust Development Authority has sent an improvement director to Leeds Teaching "
    "Hospitals NHS Trust. Dr Kit Morrow, previously a nurse in Hull, will take up the "
    "improvement director role next week.",
])
def test_an_overseers_improvement_director_serves_at_the_trust(tmp_path, text):
    found = triples(tmp_path, "Oversight\n\n" + text)
    assert {o for s, p, o in found if s == "Dr Kit Morrow" and p == "leads"} == {LEEDS}


@pytest.mark.parametrize(("text", "author"), [
    ("Leeds Teaching Hospitals NHS Trust was split up after a damning review by Dr Ivo Marsh.",
     "Dr Ivo Marsh"),
    ("The trust was criticised in 2016 after an independent review by Verita found failings.",
     "Verita"),
    ("A separate review of district nursing by the Nuffield Trust found gaps in every region.",
     "Nuffield Trust"),
])
def test_a_described_review_by_its_author(tmp_path, text, author):
    found = triples(tmp_path, "Reviews\n\n" + text)
    assert any(s == author and p == "authored" for s, p, _ in found)


def test_a_review_of_care_given_by_a_body_is_not_by_that_body(tmp_path):
    found = triples(tmp_path, "Reviews\n\nAn investigation into deaths of patients cared for by "
                              "Leeds Teaching Hospitals NHS Trust was published.")
    assert not any(p == "authored" for _, p, _ in found)


def test_a_holder_replaced_at_a_time_by_a_successor(tmp_path):
    rows = story_rows(tmp_path, "Chairs\n\nLeeds Teaching Hospitals NHS Trust's chair, Ada Voss, "
                                "is retiring. She will be replaced in April by Kofi Mensah.")
    assert ("Kofi Mensah", LEEDS, "designate") in {
        (r["subject"], r["object"], r["status"]) for r in rows if r["kind"] == "fact"}


def test_a_career_sentence_opening_before_that(tmp_path):
    found = triples(tmp_path, "Careers\n\nKofi Mensah has been finance director of Leeds "
                              "Teaching Hospitals NHS Trust since 2021. Before that he spent six "
                              "years as finance director at York and Scarborough Teaching "
                              "Hospitals NHS Foundation Trust.")
    assert ("Kofi Mensah", "leads", YORK) in found


def test_its_after_a_membership_clause_is_the_member(tmp_path):
    found = triples(tmp_path, "Chairs\n\nLeeds Teaching Hospitals NHS Trust is part of the West "
                              "Yorkshire integrated care system, and its chair, Ada Voss, also "
                              "chairs York and Scarborough Teaching Hospitals NHS Foundation "
                              "Trust.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {LEEDS, YORK}


def test_a_committee_post_is_not_at_the_body_named_before(tmp_path):
    found = triples(tmp_path, "Strikes\n\nNurses at Leeds Teaching Hospitals NHS Trust walked "
                              "out. The BMA's junior doctors committee co-chair, Dr Ada Voss, "
                              "said members would strike again.")
    assert not any(s == "Dr Ada Voss" for s, _, _ in found)


def test_a_rating_set_as_a_goal_is_no_rating(tmp_path):
    found = triples(tmp_path, "Ratings\n\nLeeds Teaching Hospitals NHS Trust is rated requires "
                              "improvement. Its chair said the trust's target was to be rated "
                              "good within two years.")
    assert {o for _, p, o in found if p == "rated"} == {"requires improvement"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Leeds Teaching Hospitals NHS Trust was inspected in June. NHS West Yorkshire Integrated "
     "Care Board said the trust remained in segment 4.", (LEEDS, "inSegment", "segment 4")),
    ("Yorkshire Ambulance Service NHS Trust missed its targets. NHS England said the ambulance "
     "trust would be moved into segment 3 from May.",
     ("Yorkshire Ambulance Service NHS Trust", "movedToSegment", "segment 3")),
])
def test_the_body_a_speaker_reports_on_is_the_one_placed(tmp_path, text, expected):
    found = triples(tmp_path, "Segments\n\n" + text)
    assert {f for f in found if f[1] in {"inSegment", "movedToSegment"}} == {expected}


@pytest.mark.parametrize("text", [
    "NHS England said Leeds Teaching Hospitals NHS Trust would be moved into segment 4 if its "
    "finances worsened.",
    "Ada Voss, chief executive of NHS West Yorkshire Integrated Care Board, said: \"Our plan is "
    "to move every trust into segment 2 by 2027.\"",
])
def test_a_condition_or_a_speakers_plan_places_no_body(tmp_path, text):
    found = triples(tmp_path, "Segments\n\n" + text)
    assert not any(p in {"inSegment", "movedToSegment"} for _, p, _ in found)


@pytest.mark.parametrize(("text", "site", "runner"), [
    ("University Hospitals of Morecambe Bay NHS Foundation Trust has opened a ward at "
     "Westmorland General Hospital.", "Westmorland General Hospital",
     "University Hospitals of Morecambe Bay NHS Foundation Trust"),
    ("Barking, Havering and Redbridge University Hospitals NHS Trust was inspected. Inspectors "
     "visited Queen's Hospital in March.", "Queen's Hospital",
     "Barking, Havering and Redbridge University Hospitals NHS Trust"),
    ("Somerset NHS Foundation Trust will open a theatre at Yeovil District Hospital.",
     "Yeovil District Hospital", "Somerset NHS Foundation Trust"),
])
def test_a_site_name_several_hospitals_share_is_run_by_the_story_body(tmp_path, text, site,
                                                                       runner):
    found = triples(tmp_path, "Sites\n\n" + text)
    assert (site, "partOf", runner) in found


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust and York and Scarborough Teaching Hospitals NHS "
    "Foundation Trust together make up the Yorkshire Hospitals Group.",
    "Leeds Teaching Hospitals NHS Trust and York and Scarborough Teaching Hospitals NHS "
    "Foundation Trust have agreed to form a hospital group, to be known as Yorkshire Hospitals "
    "Group.",
    "Leeds Teaching Hospitals NHS Trust and York and Scarborough Teaching Hospitals NHS "
    "Foundation Trust formed a group last spring. The group is known as the Yorkshire Hospitals "
    "Group.",
])
def test_trusts_that_make_up_or_form_a_named_group(tmp_path, text):
    found = triples(tmp_path, "Groups\n\n" + text)
    assert {s for s, p, o in found if p == "partOf" and o == "Yorkshire Hospitals Group"} == {
        LEEDS, YORK}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust moved 400 porters to Leeds Estates Ltd, a company it set "
    "up in 2019 to run its buildings.",
    "Porters at Leeds Teaching Hospitals NHS Trust moved to a new employer. Leeds Estates "
    "Services (LES), a subsidiary of the trust, took them on in May.",
])
def test_a_company_a_trust_set_up(tmp_path, text):
    found = triples(tmp_path, "Subsidiaries\n\n" + text)
    assert any(p == "partOf" and o == LEEDS and s.startswith("Leeds Estates")
               for s, p, o in found)


def test_a_consortiums_members_win_what_it_wins(tmp_path):
    found = triples(tmp_path, "Contracts\n\nYorkshire Care Partnership, a consortium of Leeds "
                              "Teaching Hospitals NHS Trust and York and Scarborough Teaching "
                              "Hospitals NHS Foundation Trust, won the deal from NHS West "
                              "Yorkshire Integrated Care Board.")
    winners = {s for s, p, o in found if p == "awardedContract"}
    assert {LEEDS, YORK, "Yorkshire Care Partnership"} <= winners


def test_a_body_hired_the_firm_the_sentence_before_named(tmp_path):
    found = triples(tmp_path, "Consultants\n\nA hospital trust spent £3m with management "
                              "consultants Carnall Farrar last year. Leeds Teaching Hospitals NHS "
                              "Trust hired the firm in 2021.")
    assert ("Carnall Farrar", "awardedContract", LEEDS) in found


@pytest.mark.parametrize(("text", "unwanted"), [
    ("The public inquiry into failings at Leeds General Infirmary has published its final "
     "report.", "Leeds General Infirmary"),
    ("The Leeds Teaching Hospitals public inquiry was chaired by Dame Ivy Holt.", LEEDS),
    ("The National Audit Office investigation was ordered after a request from the Commons "
     "Health Committee, chaired by Ivo Marsh.", "Ivo Marsh"),
])
def test_what_an_inquiry_looks_into_or_a_body_beside_it_did_not_write_it(tmp_path, text,
                                                                          unwanted):
    found = triples(tmp_path, "Inquiries\n\n" + text)
    assert not any(s == unwanted and p == "authored" for s, p, _ in found)


def test_a_review_chaired_after_its_commissioner_is_no_post_at_it(tmp_path):
    found = triples(tmp_path, "Reviews\n\nThe review, commissioned by NHS England, chaired by Dr "
                              "Ivy Holt, reported in May.")
    assert ("Dr Ivy Holt", "authored", "review") in found
    assert not any(p == "leads" for _, p, _ in found)


def test_the_trust_with_a_relative_clause_is_a_member_of_a_system(tmp_path):
    found = triples(tmp_path, "Systems\n\nLeeds Teaching Hospitals NHS Trust has a new chair. The "
                              "Trust, which runs Leeds General Infirmary, is a member of the West "
                              "Yorkshire Integrated Care System.")
    assert (LEEDS, "partOf", "West Yorkshire Integrated Care System") in found


def test_of_two_companies_the_contract_is_the_one_that_won_it(tmp_path):
    found = triples(tmp_path, "Contracts\n\nKPMG was appointed to review the plans, while "
                              "Balfour Beatty later won a £90m contract to build a new wing for "
                              "Leeds Teaching Hospitals NHS Trust.")
    assert {s for s, p, _ in found if p == "awardedContract"} == {"Balfour Beatty"}


def test_a_contract_signed_with_a_company_beside_an_adviser(tmp_path):
    found = triples(tmp_path, "Contracts\n\nLeeds Teaching Hospitals NHS Trust has appointed "
                              "Deloitte to advise on its finances, and signed a £9m contract with "
                              "Cerner for a new patient record.")
    assert ("Cerner", "awardedContract", LEEDS) in found


def test_a_think_tank_named_trust_is_its_chiefs_body_not_the_trust_before(tmp_path):
    found = triples(tmp_path, "Reports\n\nThe study drew on staff at Leeds Teaching Hospitals NHS "
                              "Trust. The Nuffield Trust's chief executive, Ada Voss, said it "
                              "was timely.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {"Nuffield Trust"}


def test_the_system_that_trusts_are_in_is_not_placed_in_their_segment(tmp_path):
    found = triples(tmp_path, "Segments\n\nLeeds Teaching Hospitals NHS Trust and York and "
                              "Scarborough Teaching Hospitals NHS Foundation Trust, two of the "
                              "trusts in the Yorkshire ICS, are both in segment 3.")
    assert {s for s, p, _ in found if p == "inSegment"} == {LEEDS, YORK}


def test_its_merger_after_a_hospital_the_trust_runs_is_the_trusts(tmp_path):
    found = triples(tmp_path, "Mergers\n\nLeeds Teaching Hospitals NHS Trust runs Leeds General "
                              "Infirmary and, since its merger with York and Scarborough Teaching "
                              "Hospitals NHS Foundation Trust, Scarborough Hospital.")
    assert {frozenset((s, o)) for s, p, o in found if p == "mergesWith"} == {
        frozenset((LEEDS, YORK))}


def test_the_name_after_an_office_of_is_no_person(tmp_path):
    rows = story_rows(tmp_path, "Competition\n\nThe Office of Fair Trading had cleared the deal "
                                "between Leeds Teaching Hospitals NHS Trust and York and "
                                "Scarborough Teaching Hospitals NHS Foundation Trust in the "
                                "spring.")
    assert not any(r["kind"] == "entity" and r["category"] == "Person" for r in rows)


def test_a_trust_overseer_appoints_an_interim_chair_to_the_trust(tmp_path):
    rows = story_rows(tmp_path, "Chairs\n\nThe chairman of Leeds Teaching Hospitals NHS Trust has "
                                "resigned. The NHS Trust Development Authority has appointed Ada "
                                "Voss as interim chair.")
    assert [(r["subject"], r["object"]) for r in rows if r["kind"] == "fact"] == [
        ("Ada Voss", LEEDS)]


def test_both_sites_named_before_share_their_ratings(tmp_path):
    found = triples(tmp_path, "Ratings\n\nLeeds Teaching Hospitals NHS Trust runs maternity units "
                              "at Leeds General Infirmary and St James's University Hospital. "
                              "Both units were rated inadequate in 2022, having previously been "
                              "rated good.")
    for site in ("Leeds General Infirmary", "St James's University Hospital"):
        assert {(site, "rated", "inadequate"), (site, "rated", "good")} <= found


def test_a_post_left_in_a_lede_is_former_for_the_holder_named_next(tmp_path):
    rows = story_rows(tmp_path, "Exits\n\nThe chief executive of NHS West Yorkshire Integrated "
                                "Care Board has left the organisation after a year. Ada Voss "
                                "joined the ICB last spring.")
    assert [(r["subject"], r["status"]) for r in rows if r["kind"] == "fact"] == [
        ("Ada Voss", "former")]


def test_a_post_held_at_the_time_is_former(tmp_path):
    rows = story_rows(tmp_path, "Inquiries\n\nLeeds Teaching Hospitals NHS Trust was criticised. "
                                "The trust's medical director at the time, Dr Ivo Marsh, told "
                                "the inquiry he had not known.")
    assert [(r["subject"], r["status"]) for r in rows if r["kind"] == "fact"] == [
        ("Dr Ivo Marsh", "former")]


def test_bodies_that_announced_they_will_share_a_chief_executive(tmp_path):
    found = triples(tmp_path, "Clusters\n\nNHS West Yorkshire Integrated Care Board and NHS "
                              "Humber and North Yorkshire Integrated Care Board have announced "
                              "that they will share a single chief executive, Ada Voss.")
    assert len({o for s, p, o in found if s == "Ada Voss" and p == "leads"}) == 2


def test_an_interim_chief_leading_both_trusts(tmp_path):
    found = triples(tmp_path, "Posts\n\nIvo Marsh has resigned as chief executive of Leeds "
                              "Teaching Hospitals NHS Trust. Ada Voss, currently chief executive "
                              "of York and Scarborough Teaching Hospitals NHS Foundation Trust, "
                              "will become interim chief executive, leading both trusts.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {LEEDS, YORK}


def test_its_after_a_college_that_spoke_is_the_college(tmp_path):
    found = triples(tmp_path, "Unions\n\nMaternity care at Royal Berkshire NHS Foundation Trust "
                              "was rated inadequate. The Royal College of Midwives said staff were "
                              "exhausted. Its chief executive, Ada Voss, said so too.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {"Royal College of Midwives"}


def test_an_officer_of_both_ccgs_is_at_the_ccgs_not_the_trusts_named_before(tmp_path):
    found = triples(tmp_path, "CCGs\n\nAda Voss left Leeds Teaching Hospitals NHS Trust last year. "
                              "NHS Leeds North CCG and NHS Leeds South and East CCG are to merge. "
                              "Ivo Marsh, accountable officer of both CCGs, welcomed the move.")
    assert {o for s, p, o in found if s == "Ivo Marsh"} == {
        "NHS Leeds North CCG", "NHS Leeds South and East CCG"}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust is rated good. Leeds City Council health scrutiny chair "
    "Councillor Ada Voss said the council would watch closely.",
    "Councillor Ada Voss, chair of Leeds City Council's adult social care scrutiny panel, said "
    "the council would watch closely.",
])
def test_a_councils_scrutiny_chair_leads_no_body(tmp_path, text):
    found = triples(tmp_path, "Councils\n\n" + text)
    assert not any(p == "leads" for _, p, _ in found)


@pytest.mark.parametrize(("text", "role"), [
    ("Leeds Teaching Hospitals NHS Trust has appointed Dr Ada Voss as its new Medical Director.",
     "medical director"),
    ("Dr Ada Voss has been appointed Vice Chair of Leeds Teaching Hospitals NHS Trust.",
     "vice chair"),
    ("Dr Ada Voss previously spent four years as Director of Strategy at Leeds Teaching Hospitals "
     "NHS Trust.", "director of strategy"),
    ("Leeds Teaching Hospitals NHS Trust has a new board. It includes the Trust's Director of "
     "Nursing and Midwifery, Dr Ada Voss.", "director of nursing and midwifery"),
    ("Dr Ada Voss, NHS England's Executive Regional Managing Director for the North East, said "
     "the plan was sound.", "executive regional managing director"),
])
def test_a_capitalised_title_is_read_whole(tmp_path, text, role):
    rows = story_rows(tmp_path, "Appointments\n\n" + text)
    assert [r["role"] for r in rows if r["kind"] == "fact" and r["subject"] == "Dr Ada Voss"] == [
        role]


@pytest.mark.parametrize(("text", "expected"), [
    ("Leeds Teaching Hospitals NHS Trust has a new chair. Last year the Trust was rated good by "
     "the CQC.", (LEEDS, "rated", "good")),
    ("Leeds Teaching Hospitals NHS Trust is in special measures. The Trust has been placed in "
     "segment 4 of the NHS Oversight Framework.", (LEEDS, "movedToSegment", "segment 4")),
])
def test_the_trust_capitalised_as_its_own_pages_write_it(tmp_path, text, expected):
    assert expected in triples(tmp_path, "News\n\n" + text)


def test_a_body_named_before_its_bracketed_acronym_appoints(tmp_path):
    rows = story_rows(tmp_path, "Appointments\n\nLeeds Teaching Hospitals NHS Trust (LTHT) has "
                                "appointed Ada Voss as interim chief executive following the "
                                "departure of Ivo Marsh.")
    assert ("Ada Voss", LEEDS, "interim") in {(r["subject"], r["object"], r["status"])
                                              for r in rows if r["kind"] == "fact"}


def test_it_has_been_working_with_a_consultancy(tmp_path):
    found = triples(tmp_path, "Consultants\n\nLeeds Teaching Hospitals NHS Trust is in segment 4. "
                              "It has been working with McKinsey & Company on a productivity "
                              "programme since May.")
    assert ("McKinsey & Company", "advises", LEEDS) in found


@pytest.mark.parametrize(("text", "role"), [
    ("Leeds Teaching Hospitals NHS Trust went live with Epic. Dr Ada Voss, the trust's group "
     "chief information officer, said it went well.", "group chief information officer"),
    ("Leeds Teaching Hospitals NHS Trust has named Dr Ada Voss as acting CIO.",
     "chief information officer"),
    ("Dr Ada Voss, CCIO at Leeds Teaching Hospitals NHS Trust, said the system was safe.",
     "chief clinical information officer"),
    ("Dr Ada Voss, director general of informatics at the Department of Health, said so.",
     "director general of informatics"),
])
def test_digital_leaders_titles(tmp_path, text, role):
    rows = story_rows(tmp_path, "Digital\n\n" + text)
    assert role in {r["role"] for r in rows
                    if r["kind"] == "fact" and r["subject"] == "Dr Ada Voss"}


@pytest.mark.parametrize("text", [
    "Harrogate, Ripon and Selby hospitals are all run by Leeds Teaching Hospitals NHS Trust.",
    "The system will be used across Leeds Teaching Hospitals NHS Trust's Harrogate, Ripon and "
    "Selby hospitals.",
])
def test_a_list_of_hospitals_and_the_trust_that_runs_or_owns_them(tmp_path, text):
    found = triples(tmp_path, "Sites\n\n" + text)
    assert {s for s, p, o in found if p == "partOf" and o == LEEDS} == {
        "Harrogate", "Ripon", "Selby"}


def test_both_hospitals_run_by_a_trust_names_no_hospital_both(tmp_path):
    found = triples(tmp_path, "Sites\n\nLeeds General Infirmary and St James's University "
                              "Hospital are busy. Both hospitals are run by Leeds Teaching "
                              "Hospitals NHS Trust.")
    assert not any(s == "Both" for s, _, _ in found)


def test_a_regulator_named_before_a_contract_is_not_its_buyer(tmp_path):
    found = triples(tmp_path, "Contracts\n\nBoth trusts were rated good by the Care Quality "
                              "Commission. Balfour Beatty has been awarded a £90m contract to "
                              "finish the new hospital.")
    assert not any(p == "awardedContract" for _, p, _ in found)


def test_a_regulator_rating_trusts_is_not_part_of_their_system(tmp_path):
    found = triples(tmp_path, "Systems\n\nLeeds Teaching Hospitals NHS Trust and York and "
                              "Scarborough Teaching Hospitals NHS Foundation Trust will form a "
                              "group. Both trusts are rated good by the Care Quality Commission, "
                              "and both are part of the West Yorkshire integrated care system.")
    assert not any(s == "Care Quality Commission" for s, _, _ in found)


def test_a_constituency_before_mp_is_no_person(tmp_path):
    rows = story_rows(tmp_path, "Reaction\n\nSheffield Hallam MP Ada Voss said the cuts were "
                                "wrong.")
    assert [r["label"] for r in rows if r["kind"] == "entity" and r["category"] == "Person"] == [
        "Ada Voss"]


def test_a_body_someone_joined_from_is_not_led_by_them(tmp_path):
    found = triples(tmp_path, "Reaction\n\nAda Voss, who joined as chief executive from Leeds "
                              "Teaching Hospitals NHS Trust last year, said: \"We are sorry.\"")
    assert not any(p == "leads" for _, p, _ in found)


def test_the_chief_inspector_of_hospitals_is_no_post_at_a_trust(tmp_path):
    found = triples(tmp_path, "Oversight\n\nLeeds Teaching Hospitals NHS Trust was placed in "
                              "special measures on the recommendation of the chief inspector of "
                              "hospitals, Prof Ivo Marsh.")
    assert not any(p == "leads" for _, p, _ in found)


def test_calling_a_report_damning_is_not_writing_it(tmp_path):
    found = triples(tmp_path, "Reaction\n\nLabour's shadow health secretary, Ada Voss, called the "
                              "report \"a disgrace\".")
    assert not any(p == "authored" for _, p, _ in found)


def test_the_acquirers_chief_will_lead_the_enlarged_trust_not_the_acquired_one(tmp_path):
    found = triples(tmp_path, "Mergers\n\nThe takeover of York and Scarborough Teaching Hospitals "
                              "NHS Foundation Trust by Leeds Teaching Hospitals NHS Trust has "
                              "been approved. Ada Voss, the chief executive of Leeds Teaching "
                              "Hospitals NHS Trust, will lead the enlarged trust.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {LEEDS}


def test_a_headlines_short_name_of_a_trust_is_no_company(tmp_path):
    found = triples(tmp_path, "Royal Free signs EPR deal\n\nRoyal Free London NHS Foundation "
                              "Trust has awarded a £48m contract to Cerner for a new patient "
                              "record.")
    assert {s for s, p, _ in found if p == "awardedContract"} == {"Cerner"}


def test_the_pct_cluster_is_no_named_body(tmp_path):
    rows = story_rows(tmp_path, "Clusters\n\nAda Voss, who leads both NHS Leeds and NHS Bradford "
                                "and Airedale as chief executive of the PCT cluster, will step "
                                "down.")
    assert not any(r["kind"] == "entity" and "cluster" in r["label"] for r in rows)


def test_a_segment_left_told_in_the_next_sentence(tmp_path):
    rows = story_rows(tmp_path, "Segments\n\nLeeds Teaching Hospitals NHS Trust has been moved "
                                "into segment 4 of the oversight framework. It was previously in "
                                "segment 3.")
    assert [(r["object"], r["from"]) for r in rows if r["kind"] == "fact"] == [
        ("segment 4", "segment 3")]


def test_reviewers_joined_after_a_postnominal(tmp_path):
    found = triples(tmp_path, "Reviews\n\nThe review will be led by Ada Voss MP and Professor Ivo "
                              "Marsh.")
    assert {s for s, p, _ in found if p == "authored"} == {"Ada Voss", "Professor Ivo Marsh"}


def test_a_police_force_is_no_person(tmp_path):
    found = triples(tmp_path, "Chairs\n\nSir Ivo Marsh, a former chief constable of West Mercia "
                              "Police, became chair of NHS West Yorkshire Integrated Care Board in "
                              "2022.")
    assert ("Sir Ivo Marsh", "leads", "West Mercia Police") in found
    assert not any(s == "Mercia Police" for s, _, _ in found)


def test_a_regional_post_for_an_area_at_a_body(tmp_path):
    found = triples(tmp_path, "Posts\n\nDr Ada Voss left NHS West Yorkshire ICB in May to become "
                              "regional director for the North East at NHS England.")
    assert ("Dr Ada Voss", "leads", "NHS England") in found


def test_commissioned_by_an_unnamed_body_is_not_by_the_next_person(tmp_path):
    found = triples(tmp_path, "Reports\n\nThe report, by accountancy firm Grant Thornton, was "
                              "commissioned by the SHA after the PCT's finance director, Ada "
                              "Voss, raised concerns about the deficit.")
    assert not any(p == "commissioned" for _, p, _ in found)


def test_a_hospital_the_trust_runs_is_not_in_the_trusts_system(tmp_path):
    found = triples(tmp_path, "Systems\n\nLeeds Teaching Hospitals NHS Trust runs Leeds General "
                              "Infirmary and is one of the trusts in the West Yorkshire integrated "
                              "care system.")
    assert not any(s == "Leeds General Infirmary" and o != LEEDS for s, p, o in found
                   if p == "partOf")


def test_a_company_that_bought_another(tmp_path):
    found = triples(tmp_path, "Deals\n\nCircle Health Group has bought BMI Healthcare.")
    assert ("Circle Health Group", "mergesWith", "BMI Healthcare") in found


def test_a_consultancys_deal_is_advice_only_in_its_own_clause(tmp_path):
    found = triples(tmp_path, "Contracts\n\nLeeds Teaching Hospitals NHS Trust has signed a £45m "
                              "contract with Hitachi Consulting to replace its IT system, and "
                              "appointed Deloitte to advise on the programme.")
    assert ("Hitachi Consulting", "awardedContract", LEEDS) in found
    assert ("Hitachi Consulting", "advises", LEEDS) not in found


def test_talks_with_suppliers_are_no_contract(tmp_path):
    found = triples(tmp_path, "Contracts\n\nLeeds Teaching Hospitals NHS Trust is in talks with "
                              "Oracle Cerner and Epic about a shared record, although no contract "
                              "has been signed.")
    assert not any(p == "awardedContract" for _, p, _ in found)


def test_a_deal_signed_with_two_suppliers(tmp_path):
    found = triples(tmp_path, "Contracts\n\nLeeds Teaching Hospitals NHS Trust signed a £200m "
                              "deal with Epic and Hewlett-Packard in 2013.")
    assert {s for s, p, o in found if p == "awardedContract" and o == LEEDS} == {
        "Epic", "Hewlett Packard"}


def test_a_second_appointee_named_as_another_post(tmp_path):
    found = triples(tmp_path, "Posts\n\nLeeds Teaching Hospitals NHS Trust has also named Dr Ada "
                              "Voss as its medical director and Ivo Marsh as chief finance "
                              "officer.")
    assert {s for s, p, o in found if p == "leads" and o == LEEDS} == {"Dr Ada Voss", "Ivo Marsh"}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust has a new board. The board's other executive members are "
    "Dr Ada Voss, chief medical officer; Ivo Marsh, director of nursing; and Kit Low, chief "
    "finance officer.",
    "Leeds Teaching Hospitals NHS Trust's executive members are Dr Ada Voss, chief medical "
    "officer, Ivo Marsh, director of nursing, and Kit Low, chief finance officer.",
])
def test_a_list_of_members_with_their_posts(tmp_path, text):
    found = triples(tmp_path, "Boards\n\n" + text)
    assert {s for s, p, o in found if p == "leads" and o == LEEDS} == {
        "Dr Ada Voss", "Ivo Marsh", "Kit Low"}


def test_its_chair_after_the_board_met_is_the_boards(tmp_path):
    found = triples(tmp_path, "Boards\n\nNHS Leeds CCG closed at midnight and NHS West Yorkshire "
                              "Integrated Care Board took over. The board met this morning under "
                              "its chair, Ada Voss.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {
        "NHS West Yorkshire Integrated Care Board"}


def test_a_rating_of_the_body_apposed_to_its_owners_noun(tmp_path):
    found = triples(tmp_path, "Ratings\n\nNHS West Yorkshire ICB is forecasting a deficit. Its "
                              "largest provider, Leeds Teaching Hospitals NHS Trust, was rated "
                              "inadequate in 2018.")
    assert {s for s, p, o in found if p == "rated"} == {LEEDS}


def test_the_collaborative_refers_back_as_a_member(tmp_path):
    found = triples(tmp_path, "Systems\n\nThe West Yorkshire Acute Provider Collaborative brings "
                              "together Leeds Teaching Hospitals NHS Trust and York and "
                              "Scarborough Teaching Hospitals NHS Foundation Trust. The "
                              "collaborative forms part of the West Yorkshire integrated care "
                              "system.")
    assert ("West Yorkshire Acute Provider Collaborative", "partOf",
            "West Yorkshire Integrated Care System") in found


def test_the_trust_he_had_chaired_is_the_one_he_just_left(tmp_path):
    found = triples(tmp_path, "Briefing\n\nYork and Scarborough Teaching Hospitals NHS Foundation "
                              "Trust has appointed Kit Low as chief executive. Ivo Marsh, chair of "
                              "Leeds Teaching Hospitals NHS Trust, has resigned. He had chaired "
                              "the trust since 2015.")
    assert {o for s, p, o in found if s == "Ivo Marsh"} == {LEEDS}


def test_appointing_another_bodys_post_holder_named_after_their_post(tmp_path):
    found = triples(tmp_path, "Digital\n\nLeeds Teaching Hospitals NHS Trust has appointed York "
                              "and Scarborough Teaching Hospitals NHS Foundation Trust's chief "
                              "information officer, Ada Voss, as its new chief digital officer.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {LEEDS, YORK}


def test_and_is_part_of_belongs_to_the_sentences_subject(tmp_path):
    found = triples(tmp_path, "Systems\n\nLeeds Teaching Hospitals NHS Trust runs the city's "
                              "hospitals. It took over services from York and Scarborough Teaching "
                              "Hospitals NHS Foundation Trust in 2015, and is part of the West "
                              "Yorkshire Integrated Care System.")
    assert {s for s, p, o in found if p == "partOf"} == {LEEDS}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust is on track to be moved to segment 3 by next spring.",
    "Governors have called for Leeds Teaching Hospitals NHS Trust to be moved to segment 4.",
    "Leeds Teaching Hospitals NHS Trust faces being placed in segment 4 if it fails to cut costs.",
    "NHS West Yorkshire ICB said it expected to move to segment 2 next year.",
])
def test_a_move_hoped_for_called_for_or_threatened_is_no_move(tmp_path, text):
    found = triples(tmp_path, "Segments\n\n" + text)
    assert not any(p == "movedToSegment" for _, p, _ in found)


@pytest.mark.parametrize(("text", "predicate"), [
    ("The framework was published. In segment 2: Leeds Teaching Hospitals NHS Trust and York "
     "and Scarborough Teaching Hospitals NHS Foundation Trust.", "inSegment"),
    ("Segment 2, for trusts with minor concerns, now includes Leeds Teaching Hospitals NHS Trust "
     "and York and Scarborough Teaching Hospitals NHS Foundation Trust.", "inSegment"),
    ("Trusts in segment 2 include Leeds Teaching Hospitals NHS Trust and York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust.", "inSegment"),
    ("Of the 200 trusts, 40 were placed in segment 2. They include Leeds Teaching Hospitals NHS "
     "Trust and York and Scarborough Teaching Hospitals NHS Foundation Trust.", "movedToSegment"),
    ("Leeds Teaching Hospitals NHS Trust is in segment 2, as is York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust.", "inSegment"),
])
def test_bodies_listed_under_a_segment(tmp_path, text, predicate):
    found = triples(tmp_path, "Segments\n\n" + text)
    assert {(s, o) for s, p, o in found if p == predicate} == {
        (LEEDS, "segment 2"), (YORK, "segment 2")}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust has signed a deal with Epic. The trust was advised "
    "throughout the procurement by Deloitte.",
    "Leeds Teaching Hospitals NHS Trust has signed a deal with Epic. The trust was supported "
    "during the procurement by Deloitte.",
])
def test_a_body_advised_by_a_firm_during_some_work(tmp_path, text):
    assert ("Deloitte", "advises", LEEDS) in triples(tmp_path, "Advice\n\n" + text)


@pytest.mark.parametrize("text", [
    "NHS Leeds CCG and NHS Bradford CCG are both being advised by Carnall Farrar on a merger.",
    "NHS Leeds CCG and NHS Bradford CCG called in Carnall Farrar.",
])
def test_two_bodies_advised_by_one_firm(tmp_path, text):
    found = triples(tmp_path, "Advice\n\n" + text)
    assert {o for s, p, o in found if s == "Carnall Farrar" and p == "advises"} == {
        "NHS Leeds CCG", "NHS Bradford CCG"}


def test_an_auditor_is_no_adviser(tmp_path):
    found = triples(tmp_path, "Audit\n\nGrant Thornton, the external auditor of NHS Leeds CCG, "
                              "said the CCG did not have adequate arrangements.")
    assert not any(p == "advises" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "York and Scarborough Teaching Hospitals NHS Foundation Trust is the largest trust. Leeds "
    "Teaching Hospitals NHS Trust, which runs Leeds General Infirmary, is led by chief executive "
    "Ada Voss.",
    "York and Scarborough Teaching Hospitals NHS Foundation Trust has a new chair. Leeds Teaching "
    "Hospitals NHS Trust, which runs Leeds General Infirmary, has a new interim chief executive, "
    "Ada Voss.",
])
def test_a_post_at_the_clauses_subject_not_the_storys_first_body(tmp_path, text):
    found = triples(tmp_path, "Posts\n\n" + text)
    assert {o for s, p, o in found if s == "Ada Voss"} == {LEEDS}


def test_an_improvement_director_to_work_alongside_its_board(tmp_path):
    found = triples(tmp_path, "Oversight\n\nYork and Scarborough Teaching Hospitals NHS Foundation "
                              "Trust is doing well. Leeds Teaching Hospitals NHS Trust has had a "
                              "harder year. NHS Improvement has appointed an improvement "
                              "director, Ada Voss, to work alongside its board.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {LEEDS}


@pytest.mark.parametrize("text", [
    "NHS West Yorkshire Integrated Care Board, chaired by Ada Voss, commissioned an independent "
    "review of stroke care, led by Professor Ivo Marsh.",
    "NHS West Yorkshire Integrated Care Board, which is chaired by Kit Low and whose chief "
    "executive is Ada Voss, commissioned an independent review of stroke care.",
    "NHS West Yorkshire Integrated Care Board has appointed a director, Ada Voss, and "
    "commissioned an independent review of stroke care.",
])
def test_a_post_holder_in_an_aside_did_not_commission_the_review(tmp_path, text):
    found = triples(tmp_path, "Reviews\n\n" + text)
    assert {s for s, p, _ in found if p == "commissioned"} == {
        "NHS West Yorkshire Integrated Care Board"}


@pytest.mark.parametrize("text", [
    "Ada Voss, the trust special administrator of Leeds Teaching Hospitals NHS Trust, published "
    "her final report on Monday.",
    "The Secretary of State appointed Ada Voss as trust special administrator of Leeds Teaching "
    "Hospitals NHS Trust.",
])
def test_a_trust_special_administrator_runs_the_trust(tmp_path, text):
    assert ("Ada Voss", "leads", LEEDS) in triples(tmp_path, "Administrators\n\n" + text)


def test_its_chief_and_it_is_chaired_by(tmp_path):
    found = triples(tmp_path, "Bodies\n\nLeeds Teaching Hospitals NHS Trust was set up in 1998. "
                              "Its chief executive is Ada Voss, and it is chaired by Ivo Marsh.")
    assert {s for s, p, o in found if p == "leads" and o == LEEDS} == {"Ada Voss", "Ivo Marsh"}


def test_bodies_that_began_sharing_an_officer(tmp_path):
    found = triples(tmp_path, "CCGs\n\nNHS Leeds CCG, NHS Bradford CCG and NHS Wakefield CCG "
                              "have begun sharing a single accountable officer, Ada Voss.")
    assert len({o for s, p, o in found if s == "Ada Voss"}) == 3


def test_a_second_shared_post_after_the_first(tmp_path):
    found = triples(tmp_path, "Trusts\n\nLeeds Teaching Hospitals NHS Trust and York and "
                              "Scarborough Teaching Hospitals NHS Foundation Trust have shared a "
                              "chief executive, Ada Voss, since 2020, and a joint chair, Ivo "
                              "Marsh, since 2021.")
    assert {o for s, p, o in found if s == "Ivo Marsh"} == {LEEDS, YORK}


def test_a_move_in_the_clause_after_while_is_not_the_first_bodys(tmp_path):
    rows = story_rows(tmp_path, "Segments\n\nLeeds Teaching Hospitals NHS Trust was moved to "
                                "segment 3, while York and Scarborough Teaching Hospitals NHS "
                                "Foundation Trust was moved from segment 3 to segment 4.")
    assert {(r["subject"], r["object"]) for r in rows if r["kind"] == "fact"} == {
        (LEEDS, "segment 3"), (YORK, "segment 4")}


def test_a_move_to_a_segment_from_another(tmp_path):
    rows = story_rows(tmp_path, "Segments\n\nLeeds Teaching Hospitals NHS Trust was moved to "
                                "segment 3 from segment 2 in 2022.")
    assert [(r["object"], r["from"]) for r in rows if r["kind"] == "fact"] == [
        ("segment 3", "segment 2")]


def test_a_person_named_as_her_interim_replacement(tmp_path):
    rows = story_rows(tmp_path, "Posts\n\nThe chief executive of Leeds Teaching Hospitals NHS "
                                "Trust, Dr Ada Voss, resigned this month. Ivo Marsh, who has been "
                                "finance director at York and Scarborough Teaching Hospitals NHS "
                                "Foundation Trust since 2015, has been named as her interim "
                                "replacement.")
    assert ("Ivo Marsh", LEEDS, "interim") in {(r["subject"], r["object"], r["status"])
                                               for r in rows if r["kind"] == "fact"}


def test_the_person_a_post_holder_took_over_from(tmp_path):
    found = triples(tmp_path, "Posts\n\nAda Voss, interim chief executive of Leeds Teaching "
                              "Hospitals NHS Trust, took over when Ivo Marsh stepped down in "
                              "September.")
    assert ("Ivo Marsh", "leads", LEEDS) in found


def test_a_cluster_named_at_the_opening_led_by_a_person(tmp_path):
    found = triples(tmp_path, "Clusters\n\nNHS London has named the leaders of its clusters. The "
                              "South East London cluster will be led by Ada Voss.")
    assert ("Ada Voss", "leads", "South East London cluster") in found


def test_the_trust_asked_a_firm_to_review_it(tmp_path):
    found = triples(tmp_path, "Reviews\n\nLeeds Teaching Hospitals NHS Trust has a new chair. The "
                              "trust has asked Ernst & Young to undertake an independent review "
                              "of its governance.")
    assert (LEEDS, "commissioned", "independent review of its governance") in found


def test_years_spent_chairing_a_body_before(tmp_path):
    rows = story_rows(tmp_path, "Chairs\n\nAda Voss became chair of NHS West Yorkshire ICB in "
                                "2022 after three years chairing NHS Leeds CCG.")
    assert ("NHS Leeds CCG", "former") in {(r["object"], r["status"]) for r in rows
                                           if r["kind"] == "fact"}


def test_legal_advice_a_firm_will_provide(tmp_path):
    found = triples(tmp_path, "Advice\n\nDAC Beachcroft will provide legal advice to Leeds "
                              "Teaching Hospitals NHS Trust.")
    assert ("DAC Beachcroft", "advises", LEEDS) in found


def test_money_paid_to_two_firms(tmp_path):
    found = triples(tmp_path, "Advice\n\nLeeds Teaching Hospitals NHS Trust paid £2m to KPMG and "
                              "Deloitte for advice on its recovery plan.")
    assert {("KPMG", "advises", LEEDS), ("Deloitte", "advises", LEEDS)} <= found


@pytest.mark.parametrize("text, person, status", [
    ("Ada Voss will take on the role of chief executive at Leeds Teaching Hospitals NHS Trust "
     "from 1 April on an interim basis.", "Ada Voss", "interim"),
    ("Ivo Marsh, chair of Leeds Teaching Hospitals NHS Trust, is to leave. He will be replaced "
     "on an acting basis by Ada Voss.", "Ada Voss", "acting"),
    ("Ada Voss has been appointed chair of Leeds Teaching Hospitals NHS Trust on an interim "
     "basis.", "Ada Voss", "interim"),
])
def test_a_post_held_on_an_interim_basis(tmp_path, text, person, status):
    rows = story_rows(tmp_path, "Posts\n\n" + text)
    assert (person, LEEDS, status) in {(r["subject"], r["object"], r["status"]) for r in rows
                                        if r["kind"] == "fact"}


def test_leaving_to_become_a_post_elsewhere(tmp_path):
    rows = story_rows(tmp_path, "Posts\n\nAda Voss, director of quality at Leeds Teaching "
                                "Hospitals NHS Trust, is leaving to become NHS England's chief "
                                "nurse for the North East and Yorkshire region.")
    assert ("NHS England", "designate") in {(r["object"], r["status"]) for r in rows
                                            if r["kind"] == "fact"}


def test_the_list_of_bodies_moved_into_a_segment(tmp_path):
    found = triples(tmp_path, "Segments\n\nNine trusts have been moved into segment 4. The list "
                              "includes Leeds Teaching Hospitals NHS Trust and Mid Yorkshire "
                              "Hospitals NHS Trust.")
    assert (LEEDS, "movedToSegment", "segment 4") in found


def test_a_move_told_as_up_from_a_segment(tmp_path):
    rows = story_rows(tmp_path, "Segments\n\nLeeds Teaching Hospitals NHS Trust was placed in "
                                "segment 3 of the oversight framework, up from segment 4.")
    assert ("segment 3", "segment 4") in {(r["object"], r.get("from")) for r in rows
                                          if r["kind"] == "fact"}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust hired KPMG to review its controls after it reported a "
    "deficit of £40m.",
    "Leeds Teaching Hospitals NHS Trust has hired KPMG to help it close a £9 million deficit.",
])
def test_a_deficit_is_no_contract_value(tmp_path, text):
    rows = story_rows(tmp_path, "Advice\n\n" + text)
    contracts = [r for r in rows if r["kind"] == "fact" and r["predicate"] == "awardedContract"]
    assert contracts and all(r.get("value") is None for r in contracts)


@pytest.mark.parametrize("text, status", [
    ("NHS England said Ada Voss has been confirmed as its chief nursing officer, having served "
     "in the role on an interim basis since March.", "current"),
    ("Her duties will be picked up on an interim basis by Ada Voss, the chief executive of "
     "NHSX.", "current"),
])
def test_an_interim_basis_that_is_not_the_posts(tmp_path, text, status):
    rows = story_rows(tmp_path, "Posts\n\n" + text)
    assert {r["status"] for r in rows if r["kind"] == "fact" and r["subject"] == "Ada Voss"} == {
        status}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust and Mid Yorkshire Hospitals NHS Trust were also in "
    "segment 2.",
    "Leeds Teaching Hospitals NHS Trust is itself in segment 2.",
])
def test_also_and_itself_in_a_segment(tmp_path, text):
    assert (LEEDS, "inSegment", "segment 2") in triples(tmp_path, "Segments\n\n" + text)


def test_an_overseer_names_the_trusts_improvement_director(tmp_path):
    found = triples(tmp_path, "Support\n\nLeeds Teaching Hospitals NHS Trust was placed in "
                              "segment 4. NHS England has appointed Ada Voss as the trust's "
                              "improvement director.")
    assert ("Ada Voss", "leads", LEEDS) in found


def test_a_trust_names_the_trusts_officer(tmp_path):
    found = triples(tmp_path, "Posts\n\nLeeds Teaching Hospitals NHS Trust has a new chair. Mid "
                              "Yorkshire Hospitals NHS Trust has appointed Ada Voss as the "
                              "trust's chief executive.")
    assert ("Ada Voss", "leads", LEEDS) not in found
    assert any(s == "Ada Voss" and p == "leads" and "Mid Yorkshire" in o for s, p, o in found)


@pytest.mark.parametrize("text, author", [
    ("Leeds Teaching Hospitals NHS Trust has commissioned an independent review of its "
     "complaints handling from the consultancy Carnall Farrar.", "Carnall Farrar"),
    ("Leeds Teaching Hospitals NHS Trust was fined. The trust has since commissioned an "
     "independent culture review from Dr Ada Voss.", "Dr Ada Voss"),
])
def test_a_review_commissioned_from_its_author(tmp_path, text, author):
    found = triples(tmp_path, "Reviews\n\n" + text)
    assert {p for s, p, _ in found if s in {LEEDS, author}} >= {"commissioned", "authored"}
    assert any(s == author and p == "authored" for s, p, _ in found)


@pytest.mark.parametrize("tail", [", from segment 3.", ", moving from segment 3."])
def test_a_moves_origin_after_a_comma(tmp_path, tail):
    rows = story_rows(tmp_path, "Segments\n\nLeeds Teaching Hospitals NHS Trust was moved into "
                                "segment 4 of the oversight framework" + tail)
    assert ("segment 4", "segment 3") in {(r["object"], r.get("from")) for r in rows
                                          if r["kind"] == "fact"}


def test_previously_chief_executive_of_a_former_body(tmp_path):
    rows = story_rows(tmp_path, "Careers\n\nMr Voss was previously chief executive of the former "
                                "NHS North West strategic health authority.")
    assert [r["status"] for r in rows if r["kind"] == "fact"] == ["former"]


def test_a_former_post_before_a_role_to_come(tmp_path):
    rows = story_rows(tmp_path, "Support\n\nAda Voss, a former finance director at Mid Yorkshire "
                                "Hospitals NHS Trust, will take up the role of financial "
                                "improvement director at Leeds Teaching Hospitals NHS Trust.")
    assert (LEEDS, "designate") in {(r["object"], r["status"]) for r in rows
                                    if r["kind"] == "fact"}


def test_an_improvement_director_sent_to_support_advises_no_one(tmp_path):
    found = triples(tmp_path, "Support\n\nAn improvement director, Ada Voss, was appointed by NHS "
                              "Improvement to support Leeds Teaching Hospitals NHS Trust.")
    assert ("Ada Voss", "leads", LEEDS) in found
    assert not any(p == "advises" for _, p, _ in found)


def test_two_consultancies_hired_together(tmp_path):
    found = triples(tmp_path, "Advice\n\nConsultancies KPMG and McKinsey were hired by NHS "
                              "England to help develop the metrics.")
    assert {("KPMG", "advises", "NHS England"),
            ("McKinsey & Company", "advises", "NHS England")} <= found


def test_sums_paid_to_firms_in_turn(tmp_path):
    rows = story_rows(tmp_path, "Advice\n\nLeeds Teaching Hospitals NHS Trust paid £2.2m to "
                                "Deloitte, £1.4m to Capita and £900,000 to Newton Europe for "
                                "management consultancy.")
    paid = {(r["subject"], r["value"]) for r in rows if r["kind"] == "fact"
            and r["predicate"] == "awardedContract"}
    assert paid == {("Deloitte", "£2.2m"), ("Capita", "£1.4m"), ("Newton Europe", "£900,000")}


def test_a_regional_post_announced_then_filled(tmp_path):
    rows = story_rows(tmp_path, "Regions\n\nNHS England has appointed a new regional director for "
                                "the North West. Ada Voss, who is currently chief executive of "
                                "Leeds Teaching Hospitals NHS Trust, will take up the post in "
                                "April. She replaces Ivo Marsh, who is retiring.")
    posts = {(r["subject"], r["object"], r["status"]) for r in rows if r["kind"] == "fact"}
    assert {("Ada Voss", "NHS England", "designate"), ("Ivo Marsh", "NHS England", "current"),
            ("Ada Voss", LEEDS, "current")} == posts


def test_expected_to_become_a_post(tmp_path):
    rows = story_rows(tmp_path, "Posts\n\nAda Voss is expected to become chief executive of Leeds "
                                "Teaching Hospitals NHS Trust.")
    assert [r["status"] for r in rows if r["kind"] == "fact"] == ["designate"]


def test_a_group_post_is_no_member_trusts(tmp_path):
    rows = story_rows(tmp_path, "Groups\n\nLeeds Teaching Hospitals NHS Trust and Mid Yorkshire "
                                "Hospitals NHS Trust will form a group. The group chair will be "
                                "Ada Voss, who already chairs both trusts.")
    posts = {(r["object"], r["role"]) for r in rows if r["kind"] == "fact"}
    assert (LEEDS, "chair") in posts
    assert not any(role.startswith("group") for _, role in posts)


def test_chaired_by_after_a_which_clause(tmp_path):
    found = triples(tmp_path, "Chairs\n\nLeeds Teaching Hospitals NHS Trust, which runs St James's "
                              "University Hospital, is chaired by Ada Voss.")
    assert ("Ada Voss", "leads", LEEDS) in found


def test_the_chair_in_a_which_clause_runs_nothing(tmp_path):
    found = triples(tmp_path, "Chairs\n\nLeeds Teaching Hospitals NHS Trust, which is chaired by "
                              "Ada Voss, runs St James's University Hospital.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {LEEDS}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust was rated good overall, although inspectors rated its "
    "emergency operations centres as requires improvement.",
    "Leeds Teaching Hospitals NHS Trust was rated good in 2018, following a requires improvement "
    "rating for its safety domain in 2017.",
])
def test_a_parts_rating_is_not_the_trusts(tmp_path, text):
    found = triples(tmp_path, "Ratings\n\n" + text)
    assert {o for s, p, o in found if s == LEEDS and p == "rated"} == {"good"}


def test_a_hospital_rated_in_its_which_clause(tmp_path):
    found = triples(tmp_path, "Ratings\n\nLeeds Teaching Hospitals NHS Trust was rated good. "
                              "Campaigners spoke of Seacroft Hospital, which closed after the CQC "
                              "rated it inadequate.")
    assert ("Seacroft Hospital", "rated", "inadequate") in found
    assert (LEEDS, "rated", "inadequate") not in found


def test_the_regulator_rated_two_hospitals(tmp_path):
    found = triples(tmp_path, "Ratings\n\nThe CQC rated Worthing Hospital and St Richard's "
                              "Hospital in Chichester outstanding.")
    assert {("Worthing Hospital", "rated", "outstanding"),
            ("St Richard's Hospital", "rated", "outstanding")} <= found


def test_joined_from_where_she_held_the_same_post(tmp_path):
    rows = story_rows(tmp_path, "Posts\n\nLeeds Teaching Hospitals NHS Trust's chief nurse, Ada "
                                "Voss, joined in January from Mid Yorkshire Hospitals NHS Trust, "
                                "where she held the same post.")
    posts = {(r["object"], r["role"], r["status"]) for r in rows if r["kind"] == "fact"}
    assert any("Mid Yorkshire" in o and role == "chief nurse" and status == "former"
               for o, role, status in posts)


def test_the_hospital_which_is_run_by(tmp_path):
    found = triples(tmp_path, "Sites\n\nThe CQC has raised concerns about Stafford Hospital. "
                              "Inspectors visited the hospital, which is run by Mid Staffordshire "
                              "NHS Foundation Trust, in April.")
    assert ("Stafford Hospital", "partOf", "Mid Staffordshire NHS Foundation Trust") in found


def test_a_council_leader_is_no_chief_executive(tmp_path):
    rows = story_rows(tmp_path, "Councils\n\nLeeds City Council leader Ada Voss called for the "
                                "government to intervene.")
    assert [r["role"] for r in rows if r["kind"] == "fact"] == ["leader"]


def test_chairing_the_audit_committee_writes_nothing(tmp_path):
    found = triples(tmp_path, "Boards\n\nMr Voss will chair the audit committee of Leeds Teaching "
                              "Hospitals NHS Trust.")
    assert not any(p == "authored" for _, p, _ in found)


def test_acting_up_as_chief_executive(tmp_path):
    rows = story_rows(tmp_path, "Posts\n\nAda Voss, chief operating officer of Leeds Teaching "
                                "Hospitals NHS Trust, will act up as chief executive from 1 March.")
    assert ("chief executive", "acting") in {(r["role"], r["status"]) for r in rows
                                             if r["kind"] == "fact"}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust is under pressure. NHS West Yorkshire Integrated Care "
    "Board said it had moved the trust to segment 3 of the oversight framework.",
    "Leeds Teaching Hospitals NHS Trust is struggling. NHS England has placed the trust in "
    "segment 3.",
    "The CQC rated Leeds Teaching Hospitals NHS Trust inadequate last year. It was placed in "
    "segment 3.",
])
def test_the_trust_placed_by_another_body(tmp_path, text):
    found = triples(tmp_path, "Segments\n\n" + text)
    assert {s for s, p, _ in found if p == "movedToSegment"} == {LEEDS}


@pytest.mark.parametrize("partners", [", including Accenture and PwC.",
                                      ", with Accenture and PwC.",
                                      " and including Accenture and PwC."])
def test_a_consortium_leaders_partners(tmp_path, partners):
    found = triples(tmp_path, "Contracts\n\nLeeds Teaching Hospitals NHS Trust has awarded a "
                              "£20m contract to a consortium led by Graphnet Health" + partners)
    assert {s for s, p, o in found if p == "awardedContract" and o == LEEDS} == {
        "Graphnet Health", "Accenture", "PwC"}


def test_awarded_two_firms_a_joint_contract(tmp_path):
    found = triples(tmp_path, "Contracts\n\nLeeds Teaching Hospitals NHS Trust has awarded Capita "
                              "and Sopra Steria a joint £14m contract.")
    assert {s for s, p, _ in found if p == "awardedContract"} == {"Capita", "Sopra Steria"}


def test_a_consortium_leader_writes_no_framework(tmp_path):
    found = triples(tmp_path, "Contracts\n\nThrough the Health Systems Support Framework, Leeds "
                              "Teaching Hospitals NHS Trust has awarded a contract to a consortium "
                              "led by Graphnet Health.")
    assert ("Graphnet Health", "awardedContract", LEEDS) in found
    assert not any(p == "authored" for _, p, _ in found)


def test_a_holder_after_a_long_trust_name_in_a_list(tmp_path):
    found = triples(tmp_path, "Posts\n\nThe chief executive of the Countess of Chester Hospital "
                              "NHS Foundation Trust, Ada Voss, and the medical director, Ivo "
                              "Marsh, had failed to act.")
    assert {s for s, p, _ in found if p == "leads"} == {"Ada Voss", "Ivo Marsh"}


@pytest.mark.parametrize("text", [
    "The executive team at Leeds Teaching Hospitals NHS Trust includes Ada Voss, director of "
    "finance, and Ivo Marsh, chief nurse.",
    "The executive team of Leeds Teaching Hospitals NHS Trust is completed by Ada Voss as "
    "director of finance and Ivo Marsh as chief nurse.",
])
def test_a_bodys_executive_team_listed(tmp_path, text):
    rows = story_rows(tmp_path, "Boards\n\n" + text)
    posts = {(r["subject"], r["object"], r["role"]) for r in rows if r["kind"] == "fact"}
    assert posts == {("Ada Voss", LEEDS, "director of finance"),
                     ("Ivo Marsh", LEEDS, "chief nurse")}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust and Mid Yorkshire Hospitals NHS Trust already share a "
    "chief executive, with Ada Voss leading both.",
    "Ada Voss chairs the boards of both Leeds Teaching Hospitals NHS Trust and Mid Yorkshire "
    "Hospitals NHS Trust.",
])
def test_one_person_leading_both_bodies(tmp_path, text):
    found = triples(tmp_path, "Posts\n\n" + text)
    assert len({o for s, p, o in found if s == "Ada Voss" and p == "leads"}) == 2


def test_posts_at_the_body_a_sentence_opens_with(tmp_path):
    found = triples(tmp_path, "Boards\n\nAt Leeds Teaching Hospitals NHS Trust, Ada Voss is chief "
                              "nursing officer and Ivo Marsh is chief finance officer.")
    assert {("Ada Voss", "leads", LEEDS), ("Ivo Marsh", "leads", LEEDS)} <= found


def test_hospitals_a_trust_runs_are_no_members_of_its_system(tmp_path):
    found = triples(tmp_path, "Systems\n\nLeeds Teaching Hospitals NHS Trust, which runs St "
                              "James's University Hospital, Seacroft Hospital and Wharfedale "
                              "Hospital, is part of the West Yorkshire integrated care system.")
    assert {s for s, p, o in found if p == "partOf" and "West Yorkshire" in o} == {LEEDS}


@pytest.mark.parametrize("text, status", [
    ("Ada Voss, director of finance at Mid Yorkshire Hospitals NHS Trust, is to leave in May to "
     "join Leeds Teaching Hospitals NHS Trust as chief finance officer.", "designate"),
    ("Ada Voss, director of finance at Mid Yorkshire Hospitals NHS Trust, left in 2019 to join "
     "Leeds Teaching Hospitals NHS Trust as chief finance officer.", "current"),
    ("She replaces Ada Voss, who moves to Leeds Teaching Hospitals NHS Trust as chief finance "
     "officer.", "current"),
])
def test_leaving_to_join_another_body_as(tmp_path, text, status):
    rows = story_rows(tmp_path, "Posts\n\n" + text)
    assert (LEEDS, "chief finance officer", status) in {
        (r["object"], r["role"], r["status"]) for r in rows if r["kind"] == "fact"}


def test_a_hospital_in_a_which_clause_orders_no_review(tmp_path):
    found = triples(tmp_path, "Reviews\n\nLeeds Teaching Hospitals NHS Trust, which runs St "
                              "James's University Hospital, commissioned the review.")
    assert {s for s, p, _ in found if p == "commissioned"} == {LEEDS}


def test_a_body_described_in_an_apposition_takes_nothing_over(tmp_path):
    found = triples(tmp_path, "Takeovers\n\nOperose Health, a subsidiary of US company Centene "
                              "Corporation, took over AT Medics in 2021.")
    assert {(s, o) for s, p, o in found if p == "mergesWith"} == {("Operose Health", "AT Medics")}


def test_a_unit_between_two_bodies_is_headed_by(tmp_path):
    found = triples(tmp_path, "Units\n\nNHSX, the joint unit between the Department of Health "
                              "and Social Care and NHS England, is headed by chief executive Ada "
                              "Voss.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {"NHSX"}


def test_each_clause_of_a_contrast_its_own_system(tmp_path):
    found = triples(tmp_path, "Systems\n\nLeeds Teaching Hospitals NHS Trust is part of NHS West "
                              "Yorkshire Integrated Care Board, while North Cumbria Integrated "
                              "Care NHS Foundation Trust sits within North East and North Cumbria "
                              "Integrated Care Board.")
    assert {o for s, p, o in found if s == LEEDS and p == "partOf"} == {
        "NHS West Yorkshire Integrated Care Board"}


def test_a_regulator_approving_an_appointment_leads_nothing(tmp_path):
    found = triples(tmp_path, "Chairs\n\nLeeds Teaching Hospitals NHS Trust is in special "
                              "measures. Monitor has approved the appointment of Ada Voss as "
                              "chair.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {LEEDS}


def test_a_commissioner_described_in_an_apposition(tmp_path):
    found = triples(tmp_path, "Reviews\n\nNHS North West, the strategic health authority, "
                              "commissioned a review of stroke services across Greater "
                              "Manchester.")
    assert any(s == "NHS North West" and p == "commissioned" for s, p, _ in found)


def test_contracts_awarded_to_three_firms(tmp_path):
    found = triples(tmp_path, "Contracts\n\nLeeds Teaching Hospitals NHS Trust has awarded "
                              "facilities contracts worth £150m to Sodexo, Mitie and ISS.")
    assert {s for s, p, _ in found if p == "awardedContract"} == {"Sodexo", "Mitie", "ISS"}


def test_a_reviews_author_set_off_by_commas(tmp_path):
    found = triples(tmp_path, "Reviews\n\nAn independent review of the procurement, by the law "
                              "firm Bevan Brittan, was commissioned by Leeds Teaching Hospitals "
                              "NHS Trust last year.")
    assert ("Bevan Brittan", "authored", "independent review of the procurement") in found


@pytest.mark.parametrize("text, body", [
    ("The Independent Reconfiguration Panel, chaired by Lord Ada Voss, said the plans were "
     "flawed.", "Independent Reconfiguration Panel"),
    ("The independent inquiry into the deaths will report in May.", None),
])
def test_the_independent_that_is_no_newspaper(tmp_path, text, body):
    rows = story_rows(tmp_path, "Panels\n\n" + text)
    bodies = {r["label"] for r in rows if r["kind"] == "entity" and r["category"] == "Organisation"}
    assert "The Independent" not in bodies
    assert body is None or body in bodies


def test_a_regulator_that_found_a_trust_in_breach_orders_the_review(tmp_path):
    found = triples(tmp_path, "Reviews\n\nMonitor has found Leeds Teaching Hospitals NHS Trust in "
                              "breach of its licence and has appointed KPMG to carry out an "
                              "independent review of the trust's finances.")
    assert {s for s, p, _ in found if p == "commissioned"} == {"Monitor"}
    assert not any(p == "advises" and o == LEEDS for _, p, o in found)


def test_the_confederations_chief_executive(tmp_path):
    found = triples(tmp_path, "Pay\n\nNHS Employers, part of the NHS Confederation, said trusts "
                              "needed funding. The confederation's chief executive, Ada Voss, "
                              "said care must come first.")
    assert {o for s, p, o in found if s == "Ada Voss"} == {"NHS Confederation"}


def test_in_a_segment_having_been_moved_there(tmp_path):
    rows = story_rows(tmp_path, "Segments\n\nLeeds Teaching Hospitals NHS Trust is in segment 4 of "
                                "the oversight framework, having been moved there from segment 3 "
                                "in 2023.")
    assert ("movedToSegment", "segment 3") in {(r["predicate"], r.get("from")) for r in rows
                                               if r["kind"] == "fact"}


def test_the_uk_subsidiary_of_a_company(tmp_path):
    found = triples(tmp_path, "Owners\n\nOperose Health is the UK subsidiary of Centene "
                              "Corporation, the US health insurer.")
    assert ("Operose Health", "partOf", "Centene") in found


def test_a_reports_author_is_no_buyer(tmp_path):
    found = triples(tmp_path, "Contracts\n\nA National Audit Office report has criticised NHS "
                              "England for its handling of the £330m contract awarded to Capita.")
    assert {o for s, p, o in found if p == "awardedContract"} == {"NHS England"}


@pytest.mark.parametrize("text", [
    "Leeds Teaching Hospitals NHS Trust is part of the West Yorkshire integrated care system "
    "and is rated good by the CQC.",
    "Leeds Teaching Hospitals NHS Trust, which runs St James's University Hospital and Seacroft "
    "Hospital, is part of the West Yorkshire integrated care system and is rated good by the CQC.",
])
def test_a_rating_after_a_care_system_is_the_trusts(tmp_path, text):
    assert (LEEDS, "rated", "good") in triples(tmp_path, "Ratings\n\n" + text)


CASES_18 = [
    ("Chairs\n\nThe NHS Trust Development Authority has appointed a new chairman to Leeds "
     "Teaching Hospitals NHS Trust. Olwen Farrant will take up the role in May. She succeeds "
     "Idris Penhale, who stood down in March.",
     {("Olwen Farrant", "leads", LEEDS), ("Idris Penhale", "leads", LEEDS)}),
    ("Chairs\n\nOlwen Farrant, who was chief executive of " + LEEDS + ", has been named "
     "chair of " + YORK + ". She takes over from Idris Penhale, who has been acting chair since "
     "the death of Nye Bevan-Price.",
     {("Idris Penhale", "leads", YORK), ("Nye Bevan-Price", "leads", YORK)}),
]

HARROGATE = "Harrogate and District NHS Foundation Trust"
LEEDS_CCGS = ("NHS Leeds North CCG", "NHS Leeds South and East CCG", "NHS Leeds West CCG")
WEST_YORKSHIRE_CCGS = ("NHS Bradford City CCG", "NHS Bradford Districts CCG", "NHS Calderdale CCG",
                       "NHS Greater Huddersfield CCG", "NHS Wakefield CCG")


def _each(person: str, bodies) -> set[tuple[str, str, str]]:
    return {(person, "leads", body) for body in bodies}


SHARED_POSTS_18 = [
    (", ".join(LEEDS_CCGS[:2]) + " and " + LEEDS_CCGS[2] + " plan to merge. The three CCGs have "
     "worked together since 2016, sharing a chief officer, Ruth Ambler, and a finance director, "
     "Colm Pryor.", _each("Ruth Ambler", LEEDS_CCGS) | _each("Colm Pryor", LEEDS_CCGS)),
    (", ".join(LEEDS_CCGS[:2]) + " and " + LEEDS_CCGS[2] + " will merge. Ruth Ambler, who is chief "
     "officer for all three, will lead the new CCG.", _each("Ruth Ambler", LEEDS_CCGS)),
    (HARROGATE + " is to be taken over by " + YORK + ". The two trusts have shared a chief "
     "executive, Ruth Ambler, since 2022.", _each("Ruth Ambler", (HARROGATE, YORK))),
    (HARROGATE + " and " + YORK + ", which already share a chief executive, Ruth Ambler, have "
     "formed a group.", _each("Ruth Ambler", (HARROGATE, YORK))),
    (HARROGATE + " and " + YORK + " have agreed to form a group, with a shared chair, Ruth Ambler, "
     "who chaired the York trust.", _each("Ruth Ambler", (HARROGATE, YORK))),
    (HARROGATE + " and " + YORK + " have formed a group, with Ruth Ambler appointed as joint chief "
     "executive.", _each("Ruth Ambler", (HARROGATE, YORK))),
    ("NHS West Yorkshire Integrated Care Board and NHS Humber and North Yorkshire Integrated Care "
     "Board will be run as a cluster. Ruth Ambler will lead both organisations.",
     _each("Ruth Ambler", ("NHS West Yorkshire Integrated Care Board",
                           "NHS Humber and North Yorkshire Integrated Care Board"))),
    (", ".join(WEST_YORKSHIRE_CCGS[:4]) + " and " + WEST_YORKSHIRE_CCGS[4] + " will merge. Ruth "
     "Ambler, currently accountable officer of the five CCGs, will lead the merged body.",
     _each("Ruth Ambler", WEST_YORKSHIRE_CCGS)),
    (HARROGATE + " is in a group with " + YORK + " and " + LEEDS + ", and the three share a joint "
     "chair, Ruth Ambler.", _each("Ruth Ambler", (HARROGATE, YORK, LEEDS))),
    (", ".join(LEEDS_CCGS[:2]) + " and " + LEEDS_CCGS[2] + " are all led by chief officer Ruth "
     "Ambler.", _each("Ruth Ambler", LEEDS_CCGS)),
    (HARROGATE + " and " + YORK + " have appointed a single chair to lead both organisations. Ruth "
     "Ambler, who has been acting chair of the Harrogate trust since May, was confirmed in the "
     "role.", _each("Ruth Ambler", (HARROGATE, YORK))),
]
CASES_18 += [("Shared posts\n\n" + text, expected) for text, expected in SHARED_POSTS_18]

STATUSES_18 = [
    ("Chairs\n\nThe chair of " + LEEDS + ", which runs Fellbrook Infirmary, is to retire this "
     "year. Olwen Farrant will leave in March.", ("Olwen Farrant", LEEDS, "current")),
    ("Chiefs\n\nThe chief executive of " + LEEDS + " is leaving to run a trust in the south. "
     "Olwen Farrant will become chief executive of " + YORK + ".",
     ("Olwen Farrant", LEEDS, "current")),
    ("Chiefs\n\nOlwen Farrant, chief executive of " + LEEDS + ", said on Friday that she would "
     "step down with immediate effect.", ("Olwen Farrant", LEEDS, "former")),
]


@pytest.mark.parametrize(("text", "post"), STATUSES_18, ids=range(len(STATUSES_18)))
def test_post_status_read_in_session_18(tmp_path, text, post):
    rows = story_rows(tmp_path, text)
    assert post in {(r["subject"], r["object"], r["status"]) for r in rows
                    if r["kind"] == "fact" and r["predicate"] == "leads"}


@pytest.mark.parametrize(("text", "expected"), CASES_18, ids=range(len(CASES_18)))
def test_constructions_read_in_session_18(tmp_path, text, expected):
    assert expected <= triples(tmp_path, text)


REVIEWS_18 = [
    (LEEDS + " and " + YORK + " have appointed Grant Thornton to carry out a due diligence review "
     "of the planned merger.",
     {("Grant Thornton", "authored", "due diligence review of the planned merger"),
      (LEEDS, "commissioned", "due diligence review of the planned merger"),
      (YORK, "commissioned", "due diligence review of the planned merger")}),
    ("Grant Thornton has been appointed by " + LEEDS + " to carry out an independent review of "
     "its theatre scheduling.",
     {("Grant Thornton", "authored", "independent review of its theatre scheduling"),
      (LEEDS, "commissioned", "independent review of its theatre scheduling")}),
    (LEEDS + " commissioned a review of its outpatient bookings from Deloitte.",
     {("Deloitte", "authored", "review of its outpatient bookings")}),
    ("A separate report was commissioned by " + LEEDS + " in 2016 from the Royal College of "
     "Nursing.", {("Royal College of Nursing", "authored", "separate report")}),
    (LEEDS + " paid Grant Thornton £60,000 for an independent review of its waiting lists.",
     {("Grant Thornton", "authored", "independent review of its waiting lists"),
      (LEEDS, "commissioned", "independent review of its waiting lists")}),
    ("Monitor has appointed KPMG to carry out a review of the trust's finances, and has sent in "
     "a turnaround director.", {("KPMG", "authored", "review of the trust's finances")}),
]


@pytest.mark.parametrize(("text", "expected"), REVIEWS_18, ids=range(len(REVIEWS_18)))
def test_reviews_read_in_session_18(tmp_path, text, expected):
    found = triples(tmp_path, "Reviews\n\n" + text)
    assert expected <= found
    assert not {(s, o) for s, p, o in found if p == "authored" and s == LEEDS}


def test_what_a_review_looks_at_is_not_what_was_commissioned(tmp_path):
    found = triples(tmp_path, "Reviews\n\nThe King's Fund has been commissioned by the Department "
                              "of Health and Social Care to review the NHS long-term plan.")
    assert not {(s, o) for s, p, o in found if p == "commissioned" and o == "NHS long-term plan"}


CONTRACTS_18 = [
    (LEEDS + " has signed a seven-year deal worth £90m with Epic for a new patient record.",
     {("Epic", "awardedContract", LEEDS)}),
    ("Oracle Health has secured a three-year extension worth £12m with " + LEEDS + ".",
     {("Oracle", "awardedContract", LEEDS)}),
    ("Care UK won a £50m deal from NHS Leeds North CCG for dermatology, while Serco was awarded a "
     "£30m contract by NHS Leeds West CCG.",
     {("Care UK", "awardedContract", "NHS Leeds North CCG"),
      ("Serco", "awardedContract", "NHS Leeds West CCG")}),
    ("Alcidion already supplies its patient flow system to " + LEEDS + " and " + YORK + ".",
     {("Alcidion", "awardedContract", LEEDS), ("Alcidion", "awardedContract", YORK)}),
    ("The framework was let last year. " + LEEDS + " is the first to use it. It has signed a "
     "contract worth £4m with the staffing firm Medacs Healthcare.",
     {("Medacs Healthcare", "awardedContract", LEEDS)}),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACTS_18, ids=range(len(CONTRACTS_18)))
def test_contracts_read_in_session_18(tmp_path, text, expected):
    assert expected <= triples(tmp_path, "Contracts\n\n" + text)


WHICH_CLAUSES_18 = [
    (LEEDS + " has hired nurses. " + YORK + " has 90 vacancies. The trust, which is in special "
     "measures, is run by chief executive Ada Voss.", {("Ada Voss", "leads", YORK)}),
    ("Finally, NHS Humber and North Yorkshire Integrated Care Board will be chaired by Ada Voss.",
     {("Ada Voss", "leads", "NHS Humber and North Yorkshire Integrated Care Board")}),
    ("NHS West Yorkshire Integrated Care Board has ordered a review. The ICB, which replaced "
     "nine CCGs in 2022, is led by Ada Voss.",
     {("Ada Voss", "leads", "NHS West Yorkshire Integrated Care Board")}),
    (LEEDS + ", which is in talks about a merger with " + YORK + ", has named Ada Voss as its "
     "new chair.", {("Ada Voss", "leads", LEEDS)}),
    (LEEDS + " has a new chair. The trust, which runs Fellbrook Infirmary, has also confirmed "
     "that Dr Ada Voss will become medical director.", {("Dr Ada Voss", "leads", LEEDS)}),
]


@pytest.mark.parametrize(("text", "expected"), WHICH_CLAUSES_18, ids=range(len(WHICH_CLAUSES_18)))
def test_which_clauses_read_in_session_18(tmp_path, text, expected):
    assert expected <= triples(tmp_path, "Posts\n\n" + text)


def test_hospitals_a_which_clause_names_are_no_parties(tmp_path):
    found = triples(tmp_path, "Spending\n\n" + LEEDS + ", which runs Fellbrook Infirmary, Minster "
                              "Park Hospital and Cobble Lane Hospital, paid £2m to McKinsey & "
                              "Company. " + YORK + ", which runs Deane Hospital, said it had been "
                              "advised by KPMG. The trust, which runs Stanmore Quay Hospital, Holt "
                              "Hospital and Vale Hospital, remains in segment 3.")
    assert {("McKinsey & Company", "awardedContract", LEEDS), ("KPMG", "advises", YORK)} <= found
    hospitals = {"Fellbrook Infirmary", "Minster Park Hospital", "Cobble Lane Hospital",
                 "Deane Hospital", "Stanmore Quay Hospital", "Holt Hospital", "Vale Hospital"}
    assert not {(s, p, o) for s, p, o in found if p != "partOf" and {s, o} & hospitals}


SEGMENTS_18 = [
    ("Other acute trusts in segment 1 include " + LEEDS + " and " + YORK + ".",
     {(LEEDS, "inSegment", "segment 1"), (YORK, "inSegment", "segment 1")}),
    ("The league tables place 14 acute trusts in segment 5. They include " + LEEDS + ".",
     {(LEEDS, "inSegment", "segment 5")}),
    (LEEDS + " is in segment 2 of the oversight framework, while " + YORK + " was moved to "
     "segment 3 from segment 2 in June.",
     {(LEEDS, "inSegment", "segment 2"), (YORK, "movedToSegment", "segment 3")}),
]


@pytest.mark.parametrize(("text", "expected"), SEGMENTS_18, ids=range(len(SEGMENTS_18)))
def test_segments_read_in_session_18(tmp_path, text, expected):
    found = triples(tmp_path, "Segments\n\n" + text)
    assert expected <= found
    assert (LEEDS, "movedToSegment", "segment 3") not in found


ADVISERS_18 = [
    (LEEDS + " has appointed KPMG and Capsticks to advise on its takeover of " + YORK + ".",
     {("KPMG", "advises", LEEDS), ("Capsticks", "advises", LEEDS)}),
    (LEEDS + " was advised on the talks by law firm Capsticks and by consultancy firm Deloitte.",
     {("Capsticks", "advises", LEEDS), ("Deloitte", "advises", LEEDS)}),
    ("Ernst & Young was drafted in by the NHS Trust Development Authority to draw up a recovery "
     "plan for " + LEEDS + ".", {("EY", "advises", LEEDS)}),
    ("Ernst & Young advised " + LEEDS + " on the deal and KPMG advised Monitor.",
     {("EY", "advises", LEEDS), ("KPMG", "advises", "Monitor")}),
    (LEEDS + " and " + YORK + " merged this year. The two trusts were supported through the "
     "merger by consultants from PA Consulting.",
     {("PA Consulting", "advises", LEEDS), ("PA Consulting", "advises", YORK)}),
]


@pytest.mark.parametrize(("text", "expected"), ADVISERS_18, ids=range(len(ADVISERS_18)))
def test_advisers_read_in_session_18(tmp_path, text, expected):
    found = triples(tmp_path, "Advisers\n\n" + text)
    assert expected <= found
    assert not {(s, o) for s, p, o in found if p == "mergesWith" and "KPMG" in (s, o)}
    assert ("EY", "advises", "Monitor") not in found


MERGERS_18 = [
    (LEEDS + " and " + YORK + " have completed their merger to form West and North Yorkshire "
     "Hospitals NHS Foundation Trust.", {(LEEDS, "mergesWith", YORK)}),
    ("Mid Yorkshire Teaching NHS Trust was formed in May when " + LEEDS + " merged with part "
     "of the former " + YORK + ".", {(LEEDS, "mergesWith", YORK)}),
    (LEEDS + " and " + YORK + " will consult on joining together next year.",
     {(LEEDS, "mergesWith", YORK)}),
]


@pytest.mark.parametrize(("text", "expected"), MERGERS_18, ids=range(len(MERGERS_18)))
def test_mergers_read_in_session_18(tmp_path, text, expected):
    assert expected <= triples(tmp_path, "Mergers\n\n" + text)


def test_a_merger_found_not_justified_is_none(tmp_path):
    found = triples(tmp_path, "Mergers\n\n" + LEEDS + " and " + YORK + " considered a formal "
                              "merger but concluded that the costs could not be justified.")
    assert not {t for t in found if t[1] == "mergesWith"}


LEADS_18 = [
    ("Ada Voss, who joined from " + YORK + " where she was director of finance, said little.",
     ("Ada Voss", YORK, "former")),
    ("The chair of " + LEEDS + ", Idris Penhale, was pleased. The trust's chief executive, Ada "
     "Voss, retired in June, and Olwen Farrant has been named as her permanent successor.",
     ("Ada Voss", LEEDS, "former")),
    ("Ada Voss was previously chief executive of NHS North West and, before that, of " + YORK
     + ".", ("Ada Voss", YORK, "former")),
    ("Nia Holt has been named chair of " + LEEDS + ". She succeeds Ada Voss, who becomes "
     "chair of NHS West Yorkshire Integrated Care Board.", ("Ada Voss", LEEDS, "former")),
    ("Monitor had appointed an interim chair, Ada Voss, at " + YORK + ".",
     ("Ada Voss", YORK, "interim")),
    ("Monitor has appointed two trust special administrators to run " + YORK + ". Ada Voss and "
     "Nia Holt, both partners at Ernst & Young, will take control of the trust.",
     ("Ada Voss", YORK, "current")),
    (YORK + " was rated inadequate by the Care Quality Commission, and its chief executive, Ada "
     "Voss, left the trust in March.", ("Ada Voss", YORK, "former")),
    ("The Healthcare Commission criticised " + YORK + " in 2009. The trust's chair at the time, "
     "Nia Holt, and its chief executive, Ada Voss, both resigned.", ("Ada Voss", YORK, "former")),
    ("An interim chief executive has been appointed at the trust which runs St James's "
     "University Hospital. " + LEEDS + " said Ada Voss would take charge from Monday.",
     ("Ada Voss", LEEDS, "interim")),
]


@pytest.mark.parametrize(("text", "post"), LEADS_18, ids=range(len(LEADS_18)))
def test_leaders_read_in_session_18(tmp_path, text, post):
    rows = story_rows(tmp_path, "People\n\n" + text)
    posts = {(r["subject"], r["object"], r["status"], r["role"]) for r in rows
             if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert post in {p[:3] for p in posts}
    assert not {p for p in posts if p[0] == "Olwen Farrant" and p[3] == "chair"}


BRISTOL_CCGS = ("NHS Bristol CCG", "NHS North Somerset CCG", "NHS South Gloucestershire CCG")
WORCESTER = "Worcestershire Acute Hospitals NHS Trust"
WYE_VALLEY = "Wye Valley NHS Trust"
CONSTRUCTIONS_19 = [
    ("The new CCG was created in April by the merger of Bristol, North Somerset and South "
     "Gloucestershire CCGs.",
     {(BRISTOL_CCGS[0], "mergesWith", BRISTOL_CCGS[1]),
      (BRISTOL_CCGS[1], "mergesWith", BRISTOL_CCGS[2])}),
    ("NHS Herefordshire CCG awarded the contract to " + WYE_VALLEY + " after a tender.",
     {(WYE_VALLEY, "awardedContract", "NHS Herefordshire CCG")}),
    ("NHS Herefordshire CCG has handed a five-year contract to " + WYE_VALLEY + " and "
     + WORCESTER + ".",
     {(WYE_VALLEY, "awardedContract", "NHS Herefordshire CCG"),
      (WORCESTER, "awardedContract", "NHS Herefordshire CCG")}),
    (WORCESTER + " has appointed Hargreave Lowe as legal adviser and Pellam & Crane as "
     "financial adviser for the deal.",
     {("Hargreave Lowe", "advises", WORCESTER), ("Pellam & Crane", "advises", WORCESTER)}),
    (WORCESTER + " and " + WYE_VALLEY + " are working with consultancy Tarrant Reid on a "
     "joint plan.",
     {("Tarrant Reid", "advises", WORCESTER), ("Tarrant Reid", "advises", WYE_VALLEY)}),
    ("NHS Herefordshire and Worcestershire Integrated Care Board (H&W ICB) has a new chair. "
     "Ada Voss, chief executive of H&W ICB, welcomed her.",
     {("Ada Voss", "leads", "NHS Herefordshire and Worcestershire Integrated Care Board")}),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS_19, ids=range(len(CONSTRUCTIONS_19)))
def test_constructions_read_in_session_19(tmp_path, text, expected):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert not {t for t in found if t[2] in {"H&W ICB", "Bristol, North Somerset and South "
                                             "Gloucestershire CCGs"}}


SHREWSBURY = "The Shrewsbury and Telford Hospital NHS Trust"
STOKE = "University Hospitals of North Midlands NHS Trust"
REFERENCES_19 = [
    (SHREWSBURY + " has a new leader. Its interim chief executive is Ada Voss, who was until "
     "recently chief executive of " + WYE_VALLEY + ". The trust was rated inadequate in 2018.",
     {(SHREWSBURY, "rated", "inadequate")}, {(WYE_VALLEY, "rated", "inadequate")}),
    ("Mid and South Essex NHS Foundation Trust has chosen Epic. Its former chief executive, Dr "
     "Bartholomew Quennell, left to become chief executive of " + YORK + ". The trust is in "
     "segment 3 of the oversight framework.",
     {("Mid and South Essex NHS Foundation Trust", "inSegment", "segment 3")},
     {(YORK, "inSegment", "segment 3")}),
    (STOKE + " runs the Royal Stoke University Hospital. The Stoke trust's chief executive, "
     "Ada Voss, praised staff.", {("Ada Voss", "leads", STOKE)},
     {("Ada Voss", "leads", "Royal Stoke University Hospital")}),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), REFERENCES_19,
                         ids=range(len(REFERENCES_19)))
def test_references_read_in_session_19(tmp_path, text, expected, wrong):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert not wrong & found


LEDES_19 = [
    ("The chief executive of a Worcestershire hospital trust has stepped down. Ada Voss said on "
     "Friday that she would leave " + WORCESTER + " at once.",
     ("Ada Voss", WORCESTER, "chief executive", "former")),
    ("The chief executive of a hospital trust in Kent has resigned. Ada Voss left Medway NHS "
     "Foundation Trust on Friday.",
     ("Ada Voss", "Medway NHS Foundation Trust", "chief executive", "former")),
    ("A Hereford GP has been named chief medical officer of the local integrated care board. Dr "
     "Ada Voss will join NHS Herefordshire and Worcestershire Integrated Care Board in May.",
     ("Dr Ada Voss", "NHS Herefordshire and Worcestershire Integrated Care Board",
      "chief medical officer", "designate")),
    ("A trust director is to become chief executive of a neighbouring trust. Ada Voss will join "
     + WYE_VALLEY + " in June.", ("Ada Voss", WYE_VALLEY, "chief executive", "designate")),
    (SHREWSBURY + " has named an interim chief executive. Stepping in on an interim basis is "
     "Dr Ada Voss.", ("Dr Ada Voss", SHREWSBURY, "chief executive", "interim")),
    (WYE_VALLEY + " said its chief executive, Nia Holt, will retire in June. Ada Voss will "
     "succeed her.", ("Ada Voss", WYE_VALLEY, "chief executive", "designate")),
]


@pytest.mark.parametrize(("text", "post"), LEDES_19, ids=range(len(LEDES_19)))
def test_posts_read_in_session_19(tmp_path, text, post):
    rows = story_rows(tmp_path, "People\n\n" + text)
    posts = {(r["subject"], r["object"], r["role"], r["status"]) for r in rows
             if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert post in posts


STRUCTURE_19 = [
    ("NHS Herefordshire CCG buys care locally. The CCG is part of the Herefordshire and "
     "Worcestershire Integrated Care System.",
     {("NHS Herefordshire CCG", "partOf", "Herefordshire and Worcestershire Integrated Care "
       "System")}),
    ("NHS Herefordshire CCG buys care locally. The Herefordshire and Worcestershire integrated "
     "care system includes the CCG, " + WYE_VALLEY + " and " + WORCESTER + ".",
     {("NHS Herefordshire CCG", "partOf", "Herefordshire and Worcestershire Integrated Care "
       "System"),
      (WYE_VALLEY, "partOf", "Herefordshire and Worcestershire Integrated Care System")}),
    (WYE_VALLEY + " and " + WORCESTER + " bought the system through the Herefordshire and "
     "Worcestershire Integrated Care System, of which both are members.",
     {(WYE_VALLEY, "partOf", "Herefordshire and Worcestershire Integrated Care System"),
      (WORCESTER, "partOf", "Herefordshire and Worcestershire Integrated Care System")}),
]



@pytest.mark.parametrize("text", [
    WORCESTER + " commissioned Tarrant Reid to examine its books after a shortfall of £64m.",
    WORCESTER + " commissioned Tarrant Reid to review its finances after a £40m overspend.",
])
def test_a_deficit_is_no_sum_of_an_advisers_contract(tmp_path, text):
    rows = story_rows(tmp_path, "Money\n\n" + text)
    assert {r["subject"] for r in rows if r["kind"] == "fact"} == {"Tarrant Reid"}
    assert not {r["value"] for r in rows if r["kind"] == "fact" and r["value"]}


MORE_19 = [
    (WORCESTER + " took over the struggling " + WYE_VALLEY + " in April 2012.",
     {(WORCESTER, "mergesWith", WYE_VALLEY)}),
    ("Fenwick Clinics Ltd, which runs 30 practices, was bought in March by Harlow Medical Group "
     "Ltd.", {("Fenwick Clinics Ltd", "mergesWith", "Harlow Medical Group Ltd")}),
    ("Kidderminster Hospital is run by " + WORCESTER + ", which was rated good by the Care "
     "Quality Commission last year. It had been rated inadequate in 2015.",
     {(WORCESTER, "rated", "inadequate")}),
    ("Elm Road Surgery in Hereford has been rated inadequate by the CQC. The practice had been "
     "rated good at its previous inspection.", {("Elm Road Surgery", "rated", "good")}),
]


@pytest.mark.parametrize(("text", "expected"), MORE_19, ids=range(len(MORE_19)))
def test_more_read_in_session_19(tmp_path, text, expected):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert ("Kidderminster Hospital", "rated", "inadequate") not in found


POSTS_LATER_19 = [
    ("Croydon Health Services NHS Trust will be assigned a financial improvement director. The "
     "role will be taken by Ada Voss.", ("Ada Voss", "Croydon Health Services NHS Trust")),
    (WYE_VALLEY + " has a new chief executive. The trust also has a new chair. Ada Voss, a "
     "former chief executive of Herefordshire Council, took up the post in May.",
     ("Ada Voss", WYE_VALLEY, "chair")),
    (WYE_VALLEY + " now has a new chief executive. Dr Ada Voss was appointed in March, "
     "replacing Nia Holt, who resigned last year.", ("Nia Holt", WYE_VALLEY)),
    ("Health Education England was set up in 2012 and is chaired by Sir Idris Penhale.",
     ("Sir Idris Penhale", "Health Education England", "chair", "current")),
]


@pytest.mark.parametrize(("text", "post"), POSTS_LATER_19, ids=range(len(POSTS_LATER_19)))
def test_posts_named_later_read_in_session_19(tmp_path, text, post):
    rows = story_rows(tmp_path, "People\n\n" + text)
    posts = {(r["subject"], r["object"], r["role"], r["status"]) for r in rows
             if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert post in {p[:len(post)] for p in posts}
    assert ("Ada Voss", WYE_VALLEY, "chief executive") not in {p[:3] for p in posts}


def test_that_trust_runs_a_list_of_hospitals(tmp_path):
    found = triples(tmp_path, "Sites\n\nAda Voss was sent in to run " + WORCESTER + ". That "
                              "trust runs Kidderminster Hospital, the Alexandra Hospital in "
                              "Redditch and Worcestershire Royal Hospital.")
    assert {("Kidderminster Hospital", "partOf", WORCESTER),
            ("Worcestershire Royal Hospital", "partOf", WORCESTER)} <= found


DEALS_19 = [
    ("Mid and South Essex NHS Foundation Trust has named Epic as preferred supplier for a new "
     "patient record.", {("Epic", "awardedContract", "Mid and South Essex NHS Foundation Trust")}),
    (WORCESTER + " signed a ten-year contract with a consortium of Hewlett-Packard and Epic.",
     {("Epic", "awardedContract", WORCESTER),
      ("Hewlett Packard", "awardedContract", WORCESTER)}),
]



def test_the_trust_board_names_its_officer_to_a_second_post(tmp_path):
    rows = story_rows(tmp_path, "People\n\n" + WORCESTER + " is in deficit. The trust board has "
                                "named its chief operating officer, Ada Voss, as acting chief "
                                "executive.")
    posts = {(r["subject"], r["object"], r["role"], r["status"]) for r in rows
             if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert ("Ada Voss", WORCESTER, "chief executive", "acting") in posts


BOARDS_19 = [
    ("Ada Voss joins Health Education England from " + LEEDS + ". The board is chaired by Nia "
     "Holt.", ("Nia Holt", "Health Education England", "chair")),
    (YORK + " has a deficit of £24m. Monitor had already appointed an interim chair, Nia Holt, "
     "and sent in advisers.", ("Nia Holt", YORK, "chair")),
]


@pytest.mark.parametrize(("text", "post"), BOARDS_19, ids=range(len(BOARDS_19)))
def test_boards_read_in_session_19(tmp_path, text, post):
    rows = story_rows(tmp_path, "People\n\n" + text)
    posts = {(r["subject"], r["object"], r["role"]) for r in rows
             if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert post in posts
    assert not {p for p in posts if p[1] in {LEEDS, "Monitor"}}


SYSTEMS_19 = [
    ("The UK Health Security Agency is an executive agency of the Department of Health and "
     "Social Care.", {("UK Health Security Agency", "partOf",
                       "Department of Health and Social Care")}),
    ("An independent review by the East of England Clinical Senate, published in 2019, backed "
     "the plan.", {("East of England Clinical Senate", "authored",
                    "independent review by the East of England Clinical Senate")}),
    ("The report lists an independent review, Safer Emergency Care in Herefordshire, "
     "commissioned by the two CCGs from the West Midlands Clinical Senate.",
     {("West Midlands Clinical Senate", "authored", "Safer Emergency Care in Herefordshire")}),
]


@pytest.mark.parametrize(("text", "expected"), SYSTEMS_19, ids=range(len(SYSTEMS_19)))
def test_bodies_read_in_session_19(tmp_path, text, expected):
    found = triples(tmp_path, "Bodies\n\n" + text)
    assert expected <= found
    assert not {t for t in found if t[1] == "commissioned" and "Senate" in t[0]}


@pytest.mark.parametrize("text", [
    YORK + " was rated inadequate. Professor Ada Voss, the deputy chief inspector of hospitals, "
    "said the systems were failing.",
    "Ada Voss, chief executive of " + YORK + ", has been named regional director.",
])
def test_a_national_post_is_never_at_a_trust(tmp_path, text):
    rows = story_rows(tmp_path, "People\n\n" + text)
    assert not {(r["object"], r["role"]) for r in rows if r["kind"] == "fact"
                and r["predicate"] == "leads" and r["role"] != "chief executive"}


def test_a_rival_challenging_an_award_holds_no_contract(tmp_path):
    found = triples(tmp_path, "Deals\n\nCare UK has launched a legal challenge against NHS "
                              "Herefordshire CCG over its decision to award a £60m contract to "
                              "a group of local NHS providers.")
    assert ("Care UK", "awardedContract", "NHS Herefordshire CCG") not in found


HOSPITALS_19 = [
    ("The A&E at Kidderminster Hospital will close. The hospital in Kidderminster has been run by "
     + WORCESTER + " since 2000.", {("Kidderminster Hospital", "partOf", WORCESTER)}),
    ("Plans to close beds at Kidderminster Hospital have been approved. The health secretary "
     "accepted the advice of the panel. The hospital, which is run by " + WORCESTER + ", will "
     "also lose its birth centre.", {("Kidderminster Hospital", "partOf", WORCESTER)}),
    ("Kidderminster Hospital will lose beds, making Worcestershire Royal Hospital the main "
     "site. Both hospitals are run by " + WORCESTER + ".",
     {("Kidderminster Hospital", "partOf", WORCESTER),
      ("Worcestershire Royal Hospital", "partOf", WORCESTER)}),
]



REVIEWS_19 = [
    ("NHS Herefordshire CCG and " + WYE_VALLEY + " are both in deficit. The CCG and the trust "
     "have jointly commissioned a review of urgent care from KPMG.",
     {("NHS Herefordshire CCG", "commissioned", "review of urgent care"),
      (WYE_VALLEY, "commissioned", "review of urgent care")}),
    ("Tarrant Reid carried out a review of the trust's governance at the request of the NHS "
     "Trust Development Authority.",
     {("NHS Trust Development Authority", "commissioned", "review of the trust's governance")}),
]


READ_19 = [*STRUCTURE_19, *DEALS_19, *HOSPITALS_19, *REVIEWS_19]


@pytest.mark.parametrize(("text", "expected"), READ_19, ids=range(len(READ_19)))
def test_read_in_session_19(tmp_path, text, expected):
    assert expected <= triples(tmp_path, "News\n\n" + text)


def test_a_body_whose_name_holds_its_article_is_found_after_by_or_from(tmp_path):
    found = triples(tmp_path, "Reports\n\nWaiting lists will keep growing, according to an "
                              "analysis from The King's Fund.")
    assert {(s, p) for s, p, _ in found} == {("The King's Fund", "authored")}


def test_the_body_someone_joins_from_is_not_the_post(tmp_path):
    rows = story_rows(tmp_path, "People\n\n" + YORK + " confirmed the news. Dr Ann Tarrow has "
                      "been appointed medical director and will join the trust in May from "
                      + LEEDS + ".")
    posts = {(r["subject"], r["object"]) for r in rows
             if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert posts == {("Dr Ann Tarrow", YORK)}


def test_firms_hired_for_a_merger_are_not_merging(tmp_path):
    found = triples(tmp_path, "Deals\n\n" + LEEDS + " has hired Deloitte, KPMG and Grant "
                              "Thornton to prepare the merger.")
    assert ("Deloitte", "advises", LEEDS) in found
    assert not {t for t in found if t[1] == "mergesWith"}


CHECKED_20 = [
    ("Solent NHS Trust and Southern Health NHS Foundation Trust have merged, creating Hampshire "
     "and Isle of Wight Healthcare NHS Foundation Trust. The trust's medical director, Dr Ola "
     "Berg, said the day had gone well.",
     {("Dr Ola Berg", "leads", "Hampshire and Isle of Wight Healthcare NHS Foundation Trust")},
     {("Dr Ola Berg", "leads", "Solent NHS Trust")}),
    ("Ann Tarrow, accountable officer of NHS Walsall CCG, left in May. NHS England has put the "
     "CCG under legal directions, and Deloitte has been brought in to advise the CCG on its "
     "recovery plan.",
     {("Deloitte", "advises", "NHS Walsall CCG")},
     {("Deloitte", "advises", "NHS England")}),
    ("NHS Frimley Integrated Care Board today published an independent review of urgent care, "
     "which it commissioned in March.",
     {("NHS Frimley Integrated Care Board", "commissioned", "independent review of urgent care")},
     {("NHS Frimley Integrated Care Board", "authored", "independent review of urgent care")}),
    ("Mid and South Essex NHS Foundation Trust, formed by the merger of Southend University "
     "Hospital NHS Foundation Trust and Mid Essex Hospital Services NHS Trust, runs Broomfield "
     "Hospital.",
     {("Broomfield Hospital", "partOf", "Mid and South Essex NHS Foundation Trust")},
     {("Broomfield Hospital", "partOf", "Mid Essex Hospital Services NHS Trust")}),
    ("The boards of Derby Teaching Hospitals NHS Foundation Trust and Burton Hospitals NHS "
     "Foundation Trust have approved a merger. Ian Rowe, chief executive of the Derby trust, has "
     "been named chief executive designate of the merged organisation, which will be called "
     "University Hospitals of Derby and Burton NHS Foundation Trust.",
     {("Ian Rowe", "leads", "University Hospitals of Derby and Burton NHS Foundation Trust")},
     {("Derby Teaching Hospitals NHS Foundation Trust", "mergesWith",
       "University Hospitals of Derby and Burton NHS Foundation Trust")}),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), CHECKED_20, ids=range(len(CHECKED_20)))
def test_read_and_not_misread_in_session_20(tmp_path, text, expected, wrong):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert not wrong & found


READ_20 = [
    ("NHS Devon ICB has named its team. It includes chief finance officer Rita Holm, chief "
     "medical officer Dr Sam Oyelaran and chief nurse Tom Keyes.",
     {("Rita Holm", "leads", "NHS Devon Integrated Care Board"),
      ("Dr Sam Oyelaran", "leads", "NHS Devon Integrated Care Board"),
      ("Tom Keyes", "leads", "NHS Devon Integrated Care Board")}),
    (LEEDS + " paid £3.2m to consultancies including KPMG and Deloitte.",
     {("KPMG", "awardedContract", LEEDS), ("Deloitte", "awardedContract", LEEDS)}),
    (LEEDS + " paid £1.2m to EY for a recovery plan and £800,000 to PwC for work on its "
     "estates.", {("EY", "awardedContract", LEEDS), ("PwC", "awardedContract", LEEDS)}),
    ("PwC and the law firm Mills & Reeve advised " + YORK + " on the deal.",
     {("PwC", "advises", YORK), ("Mills & Reeve", "advises", YORK)}),
    (YORK + " is being advised on the deal by EY, which built the model, and by the law firm "
     "Capsticks.", {("EY", "advises", YORK), ("Capsticks", "advises", YORK)}),
    (YORK + " was rated good. The trust has asked the consultancy firm KPMG to review its "
     "rotas.", {("KPMG", "advises", YORK)}),
    ("Yorkshire Ambulance Service NHS Trust has been awarded the NHS 111 contract by NHS "
     "Wakefield CCG.",
     {("Yorkshire Ambulance Service NHS Trust", "awardedContract", "NHS Wakefield CCG")}),
    ("NHS Wakefield CCG has awarded the £30m contract to a partnership of Care UK and " + LEEDS
     + ".", {("Care UK", "awardedContract", "NHS Wakefield CCG"),
             (LEEDS, "awardedContract", "NHS Wakefield CCG")}),
    ("NHS Gloucestershire Integrated Care Board, which oversees services in the county, has "
     "commissioned an independent review of stroke care.",
     {("NHS Gloucestershire Integrated Care Board", "commissioned",
       "independent review of stroke care")}),
    ("NHS Wirral CCG's finance chief was arrested in 2016. After his arrest, the CCG "
     "commissioned Grant Thornton to carry out an independent review of its controls.",
     {("NHS Wirral CCG", "commissioned", "independent review of its controls")}),
    ("Rachel Hume is chief executive of " + YORK + ". Ms Hume's predecessor, Colin Tait, left "
     "the trust in 2020.", {("Colin Tait", "leads", YORK)}),
    (LEEDS + " recently appointed Ola Brandt as director of nursing. He was previously chief "
     "nurse at " + YORK + ".", {("Ola Brandt", "leads", LEEDS)}),
    ("Health Education England and NHS Digital are to be merged into NHS England.",
     {("Health Education England", "mergesWith", "NHS England"),
      ("NHS Digital", "mergesWith", "NHS England")}),
    ("NHS Walsall CCG and NHS Wolverhampton CCG combined into NHS Black Country and West "
     "Birmingham CCG in April 2021.",
     {("NHS Walsall CCG", "mergesWith", "NHS Black Country and West Birmingham CCG")}),
    ("NHS Bradford District and Craven CCG was formed in 2020 from the merger of the three "
     "Bradford CCGs - Bradford Districts, Bradford City and Airedale, Wharfedale and Craven.",
     {("NHS Bradford Districts CCG", "mergesWith", "NHS Bradford City CCG")}),
    ("The merger of Peterborough and Stamford Hospitals NHS Foundation Trust with Hinchingbrooke "
     "Health Care NHS Trust takes effect on 1 April. The new organisation, North West Anglia NHS "
     "Foundation Trust, will run three hospitals. Dr Ann Coyle will chair the new trust.",
     {("Dr Ann Coyle", "leads", "North West Anglia NHS Foundation Trust")}),
    (LEEDS + " has appointed Balfour Beatty to complete its new children's hospital.",
     {("Balfour Beatty", "awardedContract", LEEDS)}),
    ("Rita Okafor, Shropshire Council's director of public health, said the plan was sound.",
     {("Rita Okafor", "leads", "Shropshire Council")}),
    ("In a report published on Tuesday, the National Audit Office said costs had doubled.",
     {("National Audit Office", "authored", "report")}),
    ("NHS Dorset ICB has brought in Deloitte to support its digital strategy, while KPMG has "
     "been advising NHS Kent and Medway ICB on its shared care record.",
     {("KPMG", "advises", "NHS Kent and Medway Integrated Care Board")}),
    (LEEDS + " has a new hospital. It will replace Fellbrook Hospital and Kingsmead Infirmary, "
     "both of which are run by the trust.", {("Kingsmead Infirmary", "partOf", LEEDS)}),
    ("Tamsin Hale joins NHSX as chief information officer from " + YORK + ", where she held the "
     "same role.", {("Tamsin Hale", "leads", YORK)}),
    ("Ash Grove Surgery in Slough was rated inadequate by the Care Quality Commission.",
     {("Ash Grove Surgery", "rated", "inadequate")}),
    (LEEDS + " has taken over Kingston Health Centre.",
     {(LEEDS, "mergesWith", "Kingston Health Centre")}),
    ("The contract was awarded to Serco and " + LEEDS + " by NHS Wakefield CCG.",
     {("Serco", "awardedContract", "NHS Wakefield CCG"),
      (LEEDS, "awardedContract", "NHS Wakefield CCG")}),
]
NOT_READ_20 = [
    (YORK + " was rated good. Dr Ann Lowe has been named acting chief executive of " + LEEDS
     + ". Dr Lowe, the trust's medical director, will hold the role for six months.",
     {("Dr Ann Lowe", "leads", YORK)}),
    ("Serco has appointed Ian Dove as managing director of its health business. " + YORK
     + " has appointed Ann Pell as chief executive.", {("Ian Dove", "leads", YORK)}),
    (YORK + " has appointed Ann Pell as chief executive. Deloitte has hired Dr Ravi Sen as a "
     "director in its health practice.", {("Dr Ravi Sen", "leads", YORK)}),
    (YORK + " joins " + LEEDS + " among trusts to have chosen Epic.",
     {(YORK, "mergesWith", LEEDS)}),
    ("The CQC has commissioned an independent review, led by Professor Ann Hale of the "
     "University of Kent, into how it handled concerns.",
     {("University of Kent", "authored", "independent review")}),
    ("Patients travel to Frimley Park Hospital and St Peter's Hospital, which is run by Ashford "
     "and St Peter's Hospitals NHS Foundation Trust.",
     {("Frimley Park Hospital", "partOf", "Ashford and St Peter's Hospitals NHS Foundation "
                                          "Trust")}),
    ("Mira Cole, chief financial officer at Spire Healthcare, will join Practice Plus Group.",
     {("Spire Healthcare", "partOf", "Practice Plus Group")}),
    ("St Mary's Hospital is run by Isle of Wight NHS Trust, which was moved from segment 3 to "
     "segment 2 last year.", {("St Mary's Hospital", "movedToSegment", "segment 2")}),
    ("KPMG will examine the performance of Care UK, which was awarded the £40m contract by NHS "
     "Bristol CCG.", {("KPMG", "awardedContract", "NHS Bristol CCG")}),
    ("NHS Lancashire and South Cumbria Integrated Care Board welcomed the news that University "
     "Hospitals of Morecambe Bay NHS Foundation Trust has moved to segment 2.",
     {("NHS Lancashire and South Cumbria Integrated Care Board", "movedToSegment",
       "segment 2")}),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_READ_20, ids=range(len(NOT_READ_20)))
def test_not_read_in_session_20(tmp_path, text, wrong):
    assert not wrong & triples(tmp_path, "News\n\n" + text)


def test_a_post_in_a_clause_on_someone_else_is_not_the_speakers(tmp_path):
    rows = story_rows(tmp_path, "Board news\n\nThe Chair, Lena Marsh, thanked Omar Quist, who "
                                "has been interim director of finance at " + YORK + " since June.")
    roles = {(r["subject"], r["role"]) for r in rows
             if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert ("Omar Quist", "director of finance") in roles
    assert ("Lena Marsh", "director of finance") not in roles


def test_a_hospital_named_like_its_old_trust_stays_a_hospital(tmp_path):
    found = triples(tmp_path, "Mergers\n\nWhipps Cross University Hospital NHS Trust became part "
                              "of Barts Health NHS Trust in 2012. Barts Health now runs the Royal "
                              "London Hospital and Whipps Cross University Hospital.")
    assert ("Whipps Cross University Hospital", "partOf", "Barts Health NHS Trust") in found
    assert ("Whipps Cross University Hospital NHS Trust", "partOf",
            "Barts Health NHS Trust") not in found


SITES_20 = [
    ("Salford Royal NHS Foundation Trust has acquired Pennine Acute Hospitals NHS Trust and has "
     "been renamed Northern Care Alliance NHS Foundation Trust. The enlarged trust runs "
     "Fairfield General Hospital and Rochdale Infirmary.",
     {("Fairfield General Hospital", "partOf", "Northern Care Alliance NHS Foundation Trust"),
      ("Rochdale Infirmary", "partOf", "Northern Care Alliance NHS Foundation Trust")}),
    ("Western Sussex Hospitals NHS Foundation Trust and Brighton and Sussex University Hospitals "
     "NHS Trust have merged, creating University Hospitals Sussex NHS Foundation Trust. The new "
     "trust, which was launched on 1 April, runs the Royal Sussex County Hospital and Worthing "
     "Hospital.",
     {("Royal Sussex County Hospital", "partOf", "University Hospitals Sussex NHS Foundation "
                                                 "Trust")}),
    ("South London Healthcare NHS Trust ran Queen Elizabeth Hospital in Woolwich. Since October "
     "Queen Elizabeth Hospital has been run by the newly formed Lewisham and Greenwich NHS Trust.",
     {("Queen Elizabeth Hospital", "partOf", "Lewisham and Greenwich NHS Trust")}),
]


STRUCTURE_20 = [
    ("The NHS Tees cluster brings together NHS Middlesbrough, NHS Stockton-on-Tees and NHS "
     "Hartlepool.", {("NHS Middlesbrough", "partOf", "NHS Tees"),
                     ("NHS Hartlepool", "partOf", "NHS Tees")}),
    ("Hampshire and Isle of Wight Healthcare NHS Foundation Trust brings together Southern "
     "Health NHS Foundation Trust and Solent NHS Trust.",
     {("Southern Health NHS Foundation Trust", "mergesWith", "Solent NHS Trust")}),
    ("The NHS Nightingale Hospital Yorkshire and the Humber is run by Harrogate and District "
     "NHS Foundation Trust.", {("NHS Nightingale Hospital Yorkshire and the Humber", "partOf",
                               "Harrogate and District NHS Foundation Trust")}),
    ("NHS Nightingale Birmingham is run by University Hospitals Birmingham NHS Foundation Trust.",
     {("NHS Nightingale Birmingham", "partOf",
       "University Hospitals Birmingham NHS Foundation Trust")}),
    ("Black Country Pathology Services opened a hub. The network is hosted by The Royal "
     "Wolverhampton NHS Trust.",
     {("Black Country Pathology Services", "partOf", "The Royal Wolverhampton NHS Trust")}),
]
STRUCTURE_20.append(
    ("NHS Lancashire and South Cumbria ICB faces a deficit across its trusts, which include "
     "Blackpool Teaching Hospitals NHS Foundation Trust and East Lancashire Hospitals NHS Trust.",
     {("East Lancashire Hospitals NHS Trust", "partOf",
       "NHS Lancashire and South Cumbria Integrated Care Board")}))
READ_20 += SITES_20 + STRUCTURE_20


@pytest.mark.parametrize(("text", "expected"), READ_20, ids=range(len(READ_20)))
def test_read_in_session_20(tmp_path, text, expected):
    assert expected <= triples(tmp_path, "News\n\n" + text)


@pytest.mark.parametrize("text", [
    "The city's three clinical commissioning groups - Bradford Districts, Bradford City and "
    "Airedale, Wharfedale and Craven - are to merge next year.",
    "Meanwhile, the city's three clinical commissioning groups – Bradford Districts, Bradford "
    "City and Airedale, Wharfedale and Craven CCGs – are to merge next year.",
])
def test_places_listed_after_a_count_of_ccgs_are_the_ccgs(tmp_path, text):
    found = triples(tmp_path, "Mergers\n\n" + text)
    bodies = ["NHS Bradford Districts CCG", "NHS Bradford City CCG",
              "NHS Airedale, Wharfedale and Craven CCG"]
    merged = {frozenset((s, o)) for s, p, o in found if p == "mergesWith"}
    assert merged == {frozenset((a, b)) for i, a in enumerate(bodies) for b in bodies[i + 1:]}


CHECKED_21 = [
    ("Monitor and the NHS Trust Development Authority will merge to form a single body, NHS "
     "Improvement, from April.",
     {("Monitor", "mergesWith", "NHS Trust Development Authority")},
     {("Monitor", "mergesWith", "NHS Improvement")}),
    ("Monitor and the NHS Trust Development Authority are to merge. Monitor approved the merger "
     "of " + YORK + " and " + LEEDS + ".",
     {(YORK, "mergesWith", LEEDS), ("Monitor", "mergesWith", "NHS Trust Development Authority")},
     {("Monitor", "mergesWith", YORK), ("Monitor", "mergesWith", LEEDS)}),
    (LEEDS + " has published an independent review of its maternity services carried out by "
     "KPMG. The Health Services Safety Investigations Body published its own report into "
     "maternity triage at the trust, written by its director of investigations, Ruth Hale.",
     {("KPMG", "authored", "independent review of its maternity services"),
      ("Health Services Safety Investigations Body", "authored",
       "report into maternity triage at the trust")},
     {(LEEDS, "authored", "independent review of its maternity services")}),
    ("Sam Tait, who led the turnaround at Tameside Hospital NHS Foundation Trust, was named "
     "improvement director at Medway NHS Foundation Trust. The trust, which runs Medway Maritime "
     "Hospital, was put into special measures.",
     {("Medway Maritime Hospital", "partOf", "Medway NHS Foundation Trust")},
     {("Medway Maritime Hospital", "partOf", "Tameside and Glossop Integrated Care NHS "
                                             "Foundation Trust")}),
    (YORK + " runs Scarborough Hospital. " + LEEDS + " was placed in special measures after the "
     "Care Quality Commission rated it inadequate.",
     {(LEEDS, "rated", "inadequate")}, {(YORK, "rated", "inadequate")}),
    ("Dr Ian Dove left NHS Vale of York CCG last week. NHS England has appointed Sam Carrow as "
     "interim accountable officer.",
     {("Sam Carrow", "leads", "NHS Vale of York CCG")}, {("Sam Carrow", "leads", "NHS England")}),
    ("Ian Dove left " + YORK + " last month. Monitor has since appointed Dr Ann Sefton as interim "
     "chief executive.", {("Dr Ann Sefton", "leads", YORK)},
     {("Dr Ann Sefton", "leads", "Monitor")}),
    ("Leeds City Council has extended its contract with Leeds Community Healthcare NHS Trust.",
     {("Leeds Community Healthcare NHS Trust", "awardedContract", "Leeds City Council")},
     {("Leeds City Council", "awardedContract", "Leeds Community Healthcare NHS Trust")}),
    ("The contract went to Cambridgeshire Community Services NHS Trust rather than " + LEEDS
     + ". Norfolk County Council awarded the contract to Cambridgeshire Community Services NHS "
     "Trust.", {("Cambridgeshire Community Services NHS Trust", "awardedContract",
                 "Norfolk County Council")},
     {("Cambridgeshire Community Services NHS Trust", "awardedContract", LEEDS)}),
    ("The Royal Free London NHS Foundation Trust has appointed Ian Cald as director of finance. "
     "He succeeds Ann Moor, who left in February to become chief financial officer of the "
     "Whittington Health NHS Trust. The trust runs Barnet Hospital.",
     {("Barnet Hospital", "partOf", "Royal Free London NHS Foundation Trust")},
     {("Barnet Hospital", "partOf", "Whittington Health NHS Trust")}),
    ("The trust that runs Scunthorpe General Hospital has been rated inadequate.", set(),
     {("Scunthorpe General Hospital", "rated", "inadequate")}),
    ("The trust that runs Scunthorpe General Hospital has been moved from segment 3 into "
     "segment 4. The CQC now rates " + LEEDS + " good.", {(LEEDS, "rated", "good")},
     {("Scunthorpe General Hospital", "movedToSegment", "segment 4")}),
    ("Northern Lincolnshire and Goole NHS Foundation Trust has been rated inadequate. NHS "
     "Improvement has appointed Ann Wragg as improvement director to support the trust. Its chief "
     "executive, Ian Pick, said the trust accepted the findings.",
     {("Ian Pick", "leads", "Northern Lincolnshire and Goole NHS Foundation Trust")},
     {("Ian Pick", "leads", "NHS Improvement")}),
    ("University Hospitals Sussex NHS Foundation Trust was formed by the merger of Western Sussex "
     "Hospitals NHS Foundation Trust and Brighton and Sussex University Hospitals NHS Trust. The "
     "trust's hospitals include Worthing Hospital. Ian Trel, chief executive of the merged trust, "
     "previously led Western Sussex Hospitals. Western Sussex had been rated outstanding.",
     {("Worthing Hospital", "partOf", "University Hospitals Sussex NHS Foundation Trust"),
      ("Ian Trel", "leads", "University Hospitals Sussex NHS Foundation Trust")},
     {("Worthing Hospital", "partOf", "Western Sussex Hospitals NHS Foundation Trust")}),
    ("Two London GP practices run by Operose Health have been rated inadequate by the CQC. "
     "Fairfield Medical Centre, run by Operose Health, was rated inadequate.",
     {("Fairfield Medical Centre", "rated", "inadequate")},
     {("Operose Health", "rated", "inadequate")}),
    ("The contract was awarded to Epic. Monitor has appointed Ian Sutt as interim chief "
     "executive of Papworth Hospital NHS Foundation Trust.",
     {("Ian Sutt", "leads", "Royal Papworth Hospital NHS Foundation Trust")},
     {("Monitor", "awardedContract", "Royal Papworth Hospital NHS Foundation Trust")}),
    ("University Hospitals Birmingham (UHB) runs the QE. The regulator brought in UHB's leadership "
     "in 2015, the CQC said. The six CCGs, NHS East Riding of Yorkshire, NHS Hull and NHS Vale of "
     "York CCGs, form part of the Humber, Coast and Vale Health and Care Partnership.",
     {("NHS Hull CCG", "partOf", "Humber and North Yorkshire Integrated Care System")},
     {("University Hospitals Birmingham NHS Foundation Trust", "awardedContract",
       "Care Quality Commission"),
      ("CCGs", "partOf", "Humber and North Yorkshire Integrated Care System")}),
    ("The chief executive of Heart of England NHS Foundation Trust is to leave ahead of its "
     "planned acquisition by University Hospitals Birmingham NHS Foundation Trust. Meanwhile, "
     "UHB's finance director, Ann Soh, has been named chief financial officer of the enlarged "
     "organisation.",
     {("Ann Soh", "leads", "University Hospitals Birmingham NHS Foundation Trust")},
     {("Ann Soh", "leads", "Heart of England NHS Foundation Trust")}),
    ("Bristol City Council has approved the plan. Ann Oju, Bristol's director of public health, "
     "said the service would save lives.", {("Ann Oju", "leads", "Bristol City Council")},
     {("Ann Oju", "leads", "Bristol NHS Foundation Trust")}),
    ("The board of NHS Lancashire and South Cumbria Integrated Care Board is chaired by Ian Holl, "
     "a former chief executive of Lancashire County Council, while Ann Fen is its chief "
     "executive.",
     {("Ann Fen", "leads", "NHS Lancashire and South Cumbria Integrated Care Board")},
     {("Ann Fen", "leads", "Lancashire County Council")}),
    ("The £12m contract, awarded by NHS Hull CCG in March, went to City Health Care Partnership "
     "CIC in a consortium with Humber NHS Foundation Trust.",
     {("Humber Teaching NHS Foundation Trust", "awardedContract", "NHS Hull CCG")},
     {("City Health Care Partnership", "awardedContract", "Humber Teaching NHS Foundation "
                                                          "Trust")}),
    ("NHS Frimley Integrated Care Board has welcomed the Care Quality Commission's decision to "
     "rate Frimley Health NHS Foundation Trust good overall. The CQC said " + LEEDS + " must "
     "improve. Its overall rating was cut from good to requires improvement.",
     {("Frimley Health NHS Foundation Trust", "rated", "good"),
      (LEEDS, "rated", "requires improvement")},
     {("NHS Frimley Integrated Care Board", "rated", "good")}),
    ("Care UK has won the contract to run the NHS 111 service in Devon, replacing NHS Direct.",
     set(), {("Care UK", "awardedContract", "NHS Direct NHS Trust")}),
    ("University Hospitals of Derby and Burton NHS Foundation Trust has a new EPR. The trust, "
     "which was formed when Derby Teaching Hospitals NHS Foundation Trust merged with Burton "
     "Hospitals NHS Foundation Trust, runs Royal Derby Hospital.",
     {("Royal Derby Hospital", "partOf",
       "University Hospitals of Derby and Burton NHS Foundation Trust")},
     {("Royal Derby Hospital", "partOf", "Burton Hospitals NHS Foundation Trust")}),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), CHECKED_21, ids=range(len(CHECKED_21)))
def test_read_and_not_misread_in_session_21(tmp_path, text, expected, wrong):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert not wrong & found


READ_21 = [
    ("The board of NHS Cheshire and Merseyside Integrated Care Board approved the appointment of "
     "Rita Holm as the ICB's interim director of finance, following the departure of Ian Dove.",
     {("Rita Holm", "leads", "NHS Cheshire and Merseyside Integrated Care Board")}),
    ("Taunton and Somerset NHS Foundation Trust, which runs Musgrove Park Hospital, and " + YORK
     + " are working more closely. The trusts will consult on a merger next year.",
     {("Taunton and Somerset NHS Foundation Trust", "mergesWith", YORK)}),
    ("NHS England has awarded contracts to Serco, Tarn Digital and Capita.",
     {("Serco", "awardedContract", "NHS England"), ("Tarn Digital", "awardedContract",
                                                     "NHS England"),
      ("Capita", "awardedContract", "NHS England")}),
    ("NHS England has awarded the contract to a consortium led by US software company Quillon.",
     {("Quillon", "awardedContract", "NHS England")}),
    ("NHS Digital has awarded a contract to software developer Tarn.",
     {("Tarn", "awardedContract", "NHS Digital")}),
    ("Lancashire County Council has awarded a contract to run sexual health services to "
     "Blackpool Teaching Hospitals NHS Foundation Trust.",
     {("Blackpool Teaching Hospitals NHS Foundation Trust", "awardedContract",
       "Lancashire County Council")}),
    ("Healthwatch Norfolk's chief executive, Ann Penrose, said the waits were too long.",
     {("Ann Penrose", "leads", "Healthwatch Norfolk")}),
    ("NHS Somerset Clinical Commissioning Group has launched a review. Dr Ed Rans, a Frome GP and "
     "clinical chair of the CCG, said it was needed.",
     {("Dr Ed Rans", "leads", "NHS Somerset CCG")}),
    (YORK + " is in breach of its licence. Monitor has appointed Ian Pett as turnaround director "
     "to the trust.", {("Ian Pett", "leads", YORK)}),
    ("NHS England has named Ann Crow as system improvement director for NHS Norfolk and Waveney "
     "Integrated Care Board.",
     {("Ann Crow", "leads", "NHS Norfolk and Waveney Integrated Care Board")}),
    ("Dr Chloe Mercer, who chaired the former NHS Isle of Wight Clinical Commissioning Group, "
     "welcomed the plan.", {("Dr Chloe Mercer", "leads", "NHS Isle of Wight CCG")}),
    ("Ian Dunmore is the interim chief executive of " + LEEDS + ". Mr Dunmore took over in "
     "January from Rupert Penn, who retired after three years in post.",
     {("Rupert Penn", "leads", LEEDS)}),
    ("NHS England has awarded a £20m contract to Capita despite a legal challenge.",
     {("Capita", "awardedContract", "NHS England")}),
    ("The Department of Health and Social Care awarded Tarn Capital a £252m contract for face "
     "masks, many of which could not be used.",
     {("Tarn Capital", "awardedContract", "Department of Health and Social Care")}),
    ("NHS Wakefield CCG has awarded the contract to Care UK, beating a bid from Serco.",
     {("Care UK", "awardedContract", "NHS Wakefield CCG")}),
    ("Barnet, Camden and Enfield CCGs will pay Babylon Health £2.4m over two years for the app.",
     {("Babylon Health", "awardedContract", "NHS Barnet CCG"),
      ("Babylon Health", "awardedContract", "NHS Enfield CCG")}),
    ("NHS Greater Manchester Integrated Care Board has confirmed two appointments. Dr Vik Seth, "
     "who has been medical director of Bolton NHS Foundation Trust since 2016, will become chief "
     "medical officer.",
     {("Dr Vik Seth", "leads", "NHS Greater Manchester Integrated Care Board")}),
    ("Care UK has won the out-of-hours contract, following a procurement led jointly by Herts "
     "Valleys and East and North Hertfordshire clinical commissioning groups.",
     {("Care UK", "awardedContract", "NHS Herts Valleys CCG"),
      ("Care UK", "awardedContract", "NHS East and North Hertfordshire CCG")}),
    ("NHS Birmingham and Solihull CCG was created in 2018 by the merger of three CCGs - "
     "Birmingham CrossCity, Birmingham South Central and Solihull.",
     {("NHS Birmingham CrossCity CCG", "mergesWith", "Birmingham South Central"),
      ("NHS Birmingham CrossCity CCG", "mergesWith", "NHS Solihull CCG")}),
    ("Manchester Clinical Commissioning Group will be formed in April from the merger of North, "
     "Central and South Manchester CCGs.",
     {("NHS North Manchester CCG", "mergesWith", "NHS Central Manchester CCG"),
      ("NHS Central Manchester CCG", "mergesWith", "NHS South Manchester CCG")}),
    ("The merger of Derby Teaching Hospitals NHS Foundation Trust and Burton Hospitals NHS "
     "Foundation Trust has been approved, and University Hospitals of Derby and Burton NHS "
     "Foundation Trust will be formed in July. Ian Tyldes, chief executive of Derby Teaching "
     "Hospitals, will be chief executive of the merged trust.",
     {("Ian Tyldes", "leads", "University Hospitals of Derby and Burton NHS Foundation Trust")}),
    ("The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust welcomed the launch of the "
     "Norfolk and Waveney Integrated Care System, of which the trust is a founding partner.",
     {("The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust", "partOf",
       "Norfolk and Waveney Integrated Care System")}),
    ("NHS Cheshire and Merseyside Integrated Care Board has confirmed its executive team. Ann "
     "Bapt, director of finance, joins from Wirral University Teaching Hospital NHS Foundation "
     "Trust, where she has been chief finance officer since 2018.",
     {("Ann Bapt", "leads", "NHS Cheshire and Merseyside Integrated Care Board")}),
    ("NHS Nottingham and Nottinghamshire Integrated Care Board has a new director of nursing. The "
     "ICB chair is Lady Ann Whit.",
     {("Lady Ann Whit", "leads", "NHS Nottingham and Nottinghamshire Integrated Care Board")}),
    ("Ann Mwan, director of nursing at " + LEEDS + ", is also acting chief executive of the "
     "county's community health trust, Shropshire Community Health NHS Trust.",
     {("Ann Mwan", "leads", "Shropshire Community Health NHS Trust")}),
    ("The emergency department at Stafford Hospital will close overnight. Mid Staffordshire NHS "
     "Foundation Trust, which runs the hospital, said the unit would shut at 22:00.",
     {("Stafford Hospital", "partOf", "Mid Staffordshire NHS Foundation Trust")}),
    ("A report by the Nuffield Trust and the Health Foundation warns that ICBs are struggling.",
     {("The Health Foundation", "authored", "report by the Nuffield Trust")}),
    ("Monitor has appointed an interim chair at " + LEEDS + ". The regulator has installed Dr Ian "
     "Hall, a former chair of Mid Essex Hospital Services NHS Trust, as interim chair with "
     "immediate effect.", {("Dr Ian Hall", "leads", LEEDS)}),
    ("Ian Tull is chief executive of Northumbria Healthcare NHS Foundation Trust. Mr Tull's "
     "trust, which runs Wansbeck General Hospital, was rated outstanding by the Care Quality "
     "Commission earlier this year. Ann Arm is chief executive of Calderdale and Huddersfield "
     "NHS Foundation Trust. Her trust has been in segment 3 of the oversight framework.",
     {("Northumbria Healthcare NHS Foundation Trust", "rated", "outstanding"),
      ("Calderdale and Huddersfield NHS Foundation Trust", "inSegment", "segment 3")}),
    ("The contract was awarded by NHS Wakefield CCG, whose chief officer at the time was Ian "
     "Sand.", {("Ian Sand", "leads", "NHS Wakefield CCG")}),
    ("The three-year contract, worth around £9m, was awarded to NHS Direct by NHS Staffordshire, "
     "together with NHS Stoke on Trent.",
     {("NHS Direct NHS Trust", "awardedContract", "NHS Stoke on Trent")}),
    ("Black Country Partnership NHS Foundation Trust and Dudley and Walsall Mental Health "
     "Partnership NHS Trust will become Black Country Healthcare NHS Foundation Trust.",
     {("Black Country Partnership NHS Foundation Trust", "mergesWith",
       "Dudley Integrated Health and Care NHS Trust")}),
    ("NHS Herts Valleys CCG and NHS East and North Hertfordshire CCG ran the tender. The CCGs "
     "were advised by Attain.", {("Attain", "advises", "NHS Herts Valleys CCG"),
                                 ("Attain", "advises", "NHS East and North Hertfordshire CCG")}),
]


@pytest.mark.parametrize(("text", "expected"), READ_21, ids=range(len(READ_21)))
def test_read_in_session_21(tmp_path, text, expected):
    assert expected <= triples(tmp_path, "News\n\n" + text)


def test_a_partner_member_of_a_board_is_no_partner(tmp_path):
    rows = story_rows(tmp_path, "News\n\nThe Queen Elizabeth Hospital King's Lynn NHS Foundation "
                                "Trust welcomed the launch of the Norfolk and Waveney Integrated "
                                "Care System. The trust's chair, Ann Tide, has been appointed as a "
                                "partner member of the board of NHS Norfolk and Waveney Integrated "
                                "Care Board.")
    roles = {r["role"] for r in rows if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert "chair" in roles
    assert "partner" not in roles


CHECKED_22 = [
    ("Lena Vos, chief executive of Dorset County Hospital NHS Foundation Trust, has been "
     "appointed NHS England regional director for the South West. She replaces Carl Inge, who "
     "is retiring.",
     {("Carl Inge", "leads", "NHS England")},
     {("Carl Inge", "leads", "Dorset County Hospital NHS Foundation Trust")}),
    ("Poole Hospital NHS Foundation Trust has appointed an interim director of finance. Ruth "
     "Anand joins on secondment from Yeovil District Hospital NHS Foundation Trust, where she is "
     "director of nursing. She replaces Tom Beck, who left in May.",
     set(),
     {("Tom Beck", "leads", "Yeovil District Hospital NHS Foundation Trust")}),
    ("Poole Hospital NHS Foundation Trust runs the clinic. Ada Lamb, the Wellcome Trust's "
     "chief executive, said it should be copied.",
     set(),
     {("Ada Lamb", "leads", "Poole Hospital NHS Foundation Trust")}),
    ("Somerset NHS Foundation Trust, formed in 2023 by the merger of Taunton and Somerset NHS "
     "Foundation Trust and Yeovil District Hospital NHS Foundation Trust, acquired Minehead "
     "Community Hospital in 2024.",
     {("Taunton and Somerset NHS Foundation Trust", "mergesWith",
       "Yeovil District Hospital NHS Foundation Trust")},
     {("Somerset NHS Foundation Trust", "mergesWith",
       "Yeovil District Hospital NHS Foundation Trust")}),
    ("NHS Dorset CCG has awarded a £2m contract to Capita for payroll, which had been provided by "
     "South Central and West Commissioning Support Unit.",
     {("Capita", "awardedContract", "NHS Dorset CCG")},
     {("Capita", "awardedContract", "South Central and West Commissioning Support Unit")}),
    ("NHS Dorset Integrated Care Board has awarded a £3m contract to Accurx. A second contract, "
     "worth £1m, was awarded to Redcentric after a mini-competition under the NHS England "
     "framework.",
     {("Redcentric", "awardedContract", "NHS Dorset Integrated Care Board")},
     {("Redcentric", "awardedContract", "NHS England")}),
    ("Three acute trusts in Lancashire and South Cumbria have signed a contract with Dedalus.",
     set(),
     {("Dedalus", "awardedContract", "Lancashire & South Cumbria NHS Foundation Trust")}),
    ("Five trusts in Yorkshire and the Humber have awarded a contract to Sectra.",
     set(),
     {("Sectra", "awardedContract", "Humber Teaching NHS Foundation Trust")}),
    ("An independent review of urgent care has reported. The review was commissioned by NHS "
     "Dorset Integrated Care Board. It was led by Professor Nia Hale, a former GP.",
     {("Professor Nia Hale", "authored", "independent review of urgent care")},
     {("Professor Nia Hale", "leads", "NHS Dorset Integrated Care Board")}),
    ("A review of the culture at Salisbury NHS Foundation Trust, led by former hospital chief "
     "executive Dr Ken Loft, will report in June.",
     set(),
     {("Dr Ken Loft", "leads", "Salisbury NHS Foundation Trust")}),
    ("Ann Roe will lead the procurement. He was appointed in May, having previously been chief "
     "information officer at Salisbury NHS Foundation Trust.",
     set(),
     {("He", "awardedContract", "Salisbury NHS Foundation Trust")}),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), CHECKED_22, ids=range(len(CHECKED_22)))
def test_read_and_not_misread_in_session_22(tmp_path, text, expected, wrong):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert not wrong & found


READ_22 = [
    ("The chief executive of a Dorset hospital trust has resigned. Mia Holt stepped down from "
     "Dorset County Hospital NHS Foundation Trust on Monday.",
     {("Mia Holt", "leads", "Dorset County Hospital NHS Foundation Trust")}),
    ("A finance director has been appointed at a Somerset hospital trust. Edward Parkes will join "
     "Yeovil District Hospital NHS Foundation Trust in June.",
     {("Edward Parkes", "leads", "Yeovil District Hospital NHS Foundation Trust")}),
    ("An improvement director has been appointed at a Devon hospital trust. Jo Marr will work "
     "alongside the board of Torbay and South Devon NHS Foundation Trust.",
     {("Jo Marr", "leads", "Torbay and South Devon NHS Foundation Trust")}),
    ("Salisbury NHS Foundation Trust is pleased to announce the appointment of its next chief "
     "executive. Ada Roe will join the trust in May from Poole Hospital NHS Foundation Trust, "
     "where she is currently director of operations.",
     {("Ada Roe", "leads", "Salisbury NHS Foundation Trust"),
      ("Ada Roe", "leads", "Poole Hospital NHS Foundation Trust")}),
    ("Yeovil District Hospital NHS Foundation Trust has appointed an interim chief executive as "
     "it works to clear a deficit. Neil Ash joins from PwC.",
     {("Neil Ash", "leads", "Yeovil District Hospital NHS Foundation Trust")}),
    ("Salisbury NHS Foundation Trust has appointed Una Brook as its new chair. She was most "
     "recently chair of Dorset County Hospital NHS Foundation Trust. The trust also confirmed "
     "that Dr Vik Rao has been appointed medical director.",
     {("Dr Vik Rao", "leads", "Salisbury NHS Foundation Trust")}),
    ("Somerset NHS Foundation Trust has been awarded a contract to run community dental services "
     "in Dorset. The contract, worth about £6m a year, was awarded by NHS Dorset Integrated Care "
     "Board.",
     {("Somerset NHS Foundation Trust", "awardedContract", "NHS Dorset Integrated Care Board")}),
    ("Serco has won a £9m contract to run patient transport. The deal was agreed by NHS Dorset "
     "Integrated Care Board and NHS Somerset Integrated Care Board.",
     {("Serco", "awardedContract", "NHS Dorset Integrated Care Board"),
      ("Serco", "awardedContract", "NHS Somerset Integrated Care Board")}),
    ("Salisbury NHS Foundation Trust has opened a new ward. It was rated good by the Care Quality "
     "Commission. Its chief executive, Tom Ure, thanked staff.",
     {("Tom Ure", "leads", "Salisbury NHS Foundation Trust")}),
    ("Dr Anna Kell is stepping down as clinical chair of NHS Dorset CCG. Her replacement as "
     "clinical chair will be Dr Ben Sole.",
     {("Dr Ben Sole", "leads", "NHS Dorset CCG")}),
    ("NHS Dorset CCG came into being in April. The new CCG's accountable officer is Jan Pryce.",
     {("Jan Pryce", "leads", "NHS Dorset CCG")}),
    ("Rhys Dale will chair the new Dorset County Hospital NHS Foundation Trust.",
     {("Rhys Dale", "leads", "Dorset County Hospital NHS Foundation Trust")}),
    ("NHS Dorset Integrated Care Board said Dorset County Hospital NHS Foundation Trust (DCH) "
     "would take over the clinics under a five-year contract.",
     {("Dorset County Hospital NHS Foundation Trust", "awardedContract",
       "NHS Dorset Integrated Care Board")}),
    ("NHS Dorset CCG has extended its contract with social enterprise Wessex Care Partners for "
     "another year.",
     {("Wessex Care Partners", "awardedContract", "NHS Dorset CCG")}),
    ("The Healthcare Safety Investigation Branch looked into the death of a patient. Its report, "
     "published on Monday, says a scan was missed.",
     {("Healthcare Safety Investigation Branch", "authored", "report")}),
    ("Salisbury NHS Foundation Trust and South Western Ambulance Service NHS Foundation Trust "
     "signed the plan. The ambulance trust's medical director, Dr Amy Holt, backed it.",
     {("Dr Amy Holt", "leads", "South Western Ambulance Service NHS Foundation Trust")}),
    ("NHS Dorset CCG has a new clinical chair. Dr Omar Latif, a Poole GP, succeeds Dr Jill Cope.",
     {("Dr Omar Latif", "leads", "NHS Dorset CCG"), ("Dr Jill Cope", "leads", "NHS Dorset CCG")}),
    ("Salisbury NHS Foundation Trust's chief nurse, Rose Kent, will retire in June. Hal Brent has "
     "been appointed as her successor.",
     {("Hal Brent", "leads", "Salisbury NHS Foundation Trust")}),
    ("Poole Hospital NHS Foundation Trust has named Lia Ward interim director of finance following "
     "the resignation of Max Pell.",
     {("Lia Ward", "leads", "Poole Hospital NHS Foundation Trust")}),
    ("Yeovil District Hospital NHS Foundation Trust has signed a contract with imaging specialist "
     "Scanwell to run MRI lists.",
     {("Scanwell", "awardedContract", "Yeovil District Hospital NHS Foundation Trust")}),
    ("Medicare Partners, the clinic operator, was bought last year by Serco.",
     {("Medicare Partners", "mergesWith", "Serco")}),
    ("Somerset NHS Foundation Trust was created in April 2023 from Taunton and Somerset NHS "
     "Foundation Trust and Yeovil District Hospital NHS Foundation Trust.",
     {("Taunton and Somerset NHS Foundation Trust", "mergesWith",
       "Yeovil District Hospital NHS Foundation Trust")}),
    ("NHS Improvement was formed in 2016 by bringing together Monitor and the NHS Trust "
     "Development Authority.",
     {("Monitor", "mergesWith", "NHS Trust Development Authority")}),
    ("Dorset County Hospital and Poole Hospital have a new scanner. University Hospitals Dorset "
     "NHS Foundation Trust, which runs both hospitals, paid for it.",
     {("Dorset County Hospital", "partOf", "University Hospitals Dorset NHS Foundation Trust"),
      ("Poole Hospital", "partOf", "University Hospitals Dorset NHS Foundation Trust")}),
    ("Serco will run the county's patient transport service from June, Dorset Council said.",
     {("Serco", "awardedContract", "Dorset Council")}),
    ("Inspectors visited Larkfield Group Practice in May. The practice had previously been rated "
     "inadequate in 2016.",
     {("Larkfield Group Practice", "rated", "inadequate")}),
    ("Monitor stepped in after a review by PwC found weak controls.",
     {("PwC", "authored", "review by PwC")}),
    ("Helen Morrow, senior coroner for Dorset, has issued a prevention of future deaths report "
     "after the inquest.",
     {("Helen Morrow", "authored", "prevention of future deaths report")}),
    ("Dr Ian Tait, who joined Poole Hospital NHS Foundation Trust in 2009 and is now its medical "
     "director, will retire.",
     {("Dr Ian Tait", "leads", "Poole Hospital NHS Foundation Trust")}),
    ("Salisbury NHS Foundation Trust has switched on its new record system. Deloitte advised on "
     "the move.",
     {("Deloitte", "advises", "Salisbury NHS Foundation Trust")}),
    ("Poole Hospital NHS Foundation Trust has a new estates plan. Consultancy firm Kestrel "
     "Consulting has been engaged to help write the business case.",
     {("Kestrel Consulting", "advises", "Poole Hospital NHS Foundation Trust")}),
    ("Medicare Partners was bought by the private equity firm Harbour Capital.",
     {("Harbour Capital", "mergesWith", "Medicare Partners")}),
    ("Rowan Pike has been appointed chief executive of NHS Dorset Integrated Care Board. Rowan "
     "is currently accountable officer of NHS Somerset CCG.",
     {("Rowan Pike", "leads", "NHS Somerset CCG")}),
    ("A new chief executive has been appointed to run Dorset's hospitals. Dorset County Hospital "
     "NHS Foundation Trust confirmed on Monday that Alma Reyes would take over in the spring.",
     {("Alma Reyes", "leads", "Dorset County Hospital NHS Foundation Trust")}),
    ("Commissioning groups across Dorset have been given the go-ahead to merge. NHS England "
     "approved the "
     "application from NHS Dorset CCG, NHS Poole CCG and NHS Bournemouth CCG on Monday.",
     {("NHS Dorset CCG", "mergesWith", "NHS Poole CCG"),
      ("NHS Poole CCG", "mergesWith", "NHS Bournemouth CCG")}),
    ("Salisbury NHS Foundation Trust is part of the Wessex Acute Alliance with Poole Hospital NHS "
     "Foundation Trust and Yeovil District Hospital NHS Foundation Trust.",
     {("Poole Hospital NHS Foundation Trust", "partOf", "Wessex Acute Alliance"),
      ("Yeovil District Hospital NHS Foundation Trust", "partOf", "Wessex Acute Alliance")}),
    ("Salisbury NHS Foundation Trust and Poole Hospital NHS Foundation Trust share a laboratory. "
     "Kestrel Labs was awarded a ten-year contract in 2019 to run pathology for the two trusts.",
     {("Kestrel Labs", "awardedContract", "Salisbury NHS Foundation Trust"),
      ("Kestrel Labs", "awardedContract", "Poole Hospital NHS Foundation Trust")}),
]


@pytest.mark.parametrize(("text", "expected"), READ_22, ids=range(len(READ_22)))
def test_read_in_session_22(tmp_path, text, expected):
    assert expected <= triples(tmp_path, "News\n\n" + text)


POSTS_22 = [
    ("The new chair of Dorset's mental health trust has been named. Ivy Lund will take over at "
     "Dorset HealthCare University NHS Foundation Trust in May.",
     ("Ivy Lund", "Dorset Healthcare University NHS Foundation Trust", "chair", "designate")),
    ("NHS Dorset Integrated Care Board has appointed an interim chief executive following the "
     "retirement of Sam Oduya.",
     ("Sam Oduya", "NHS Dorset Integrated Care Board", "chief executive", "former")),
    ("An acting medical director has been appointed at a Wiltshire hospital trust. Raj Pal will "
     "join Salisbury NHS Foundation Trust next week.",
     ("Raj Pal", "Salisbury NHS Foundation Trust", "medical director", "acting")),
    ("Poole Hospital NHS Foundation Trust's acting chief executive, Zoe Frost, has been confirmed "
     "in the post permanently.",
     ("Zoe Frost", "Poole Hospital NHS Foundation Trust", "chief executive", "current")),
    ("At Salisbury NHS Foundation Trust, Ravi Dean, who has been interim chief nurse since the "
     "spring, has been confirmed in the role permanently.",
     ("Ravi Dean", "Salisbury NHS Foundation Trust", "chief nurse", "current")),
]


@pytest.mark.parametrize(("text", "post"), POSTS_22, ids=range(len(POSTS_22)))
def test_post_and_status_read_in_session_22(tmp_path, text, post):
    rows = story_rows(tmp_path, "News\n\n" + text)
    posts = {(r["subject"], r["object"], r["role"], r["status"]) for r in rows
             if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert post in posts
    person, org = post[0], post[1]
    assert not {p for p in posts if p[:2] == (person, org) and p != post}


def test_an_interim_successor_keeps_the_post_named_before_them(tmp_path):
    rows = story_rows(tmp_path, "News\n\nKay Lowe, chief executive of Salisbury NHS Foundation "
                                "Trust, will retire. She will be succeeded on an interim basis by "
                                "the trust's director of finance, Ian Moss.")
    posts = {(r["role"], r["status"]) for r in rows if r["kind"] == "fact"
             and r["predicate"] == "leads" and r["subject"] == "Ian Moss"}
    assert posts == {("chief executive", "interim"), ("director of finance", "current")}


def test_a_month_before_a_council_is_not_part_of_its_name(tmp_path):
    rows = story_rows(tmp_path, "News\n\nThe clinic moves in March, Dorset Council said.")
    labels = {r["label"] for r in rows if r["kind"] == "entity"}
    assert "Dorset Council" in labels
    assert not any(label.startswith("March") for label in labels)


ENTITIES_22 = [
    ("The ICB has appointed turnaround specialist Nora Vance as interim chief executive of "
     "Salisbury NHS Foundation Trust.", "Person", "Nora Vance"),
    ("Medicare Partners, the clinic chain set up by Sir Alan Brook's Brook Group, has been sold.",
     "Organisation", "Brook Group"),
]


@pytest.mark.parametrize(("text", "category", "label"), ENTITIES_22, ids=range(len(ENTITIES_22)))
def test_entity_read_in_session_22(tmp_path, text, category, label):
    rows = story_rows(tmp_path, "News\n\n" + text)
    entities = {(r["category"], r["label"]) for r in rows if r["kind"] == "entity"}
    assert (category, label) in entities
    assert not any(found == label and kind != category for kind, found in entities)


def test_a_headline_role_noun_is_no_company(tmp_path):
    rows = story_rows(tmp_path, "Administrator appointed to run Poole Hospital NHS Foundation "
                                "Trust\n\nThe trust owes £90m.")
    assert not any(r["kind"] == "entity" and r["label"] == "Administrator" for r in rows)


CHECKED_23 = [
    ("Hal Dunn, chair of Salisbury NHS Foundation Trust, will leave in the spring to chair NHS "
     "Dorset Integrated Care Board.",
     {("Hal Dunn", "leads", "NHS Dorset Integrated Care Board")},
     set()),
    ("Poole Hospital NHS Foundation Trust has named a new chair. The news came as the trust "
     "confirmed that its chief executive, Ada Crane, will leave in the summer to lead Yeovil "
     "District Hospital NHS Foundation Trust.",
     {("Ada Crane", "leads", "Yeovil District Hospital NHS Foundation Trust"),
      ("Ada Crane", "leads", "Poole Hospital NHS Foundation Trust")},
     set()),
    ("Dorset HealthCare University NHS Foundation Trust, known as DHC, was formed in 2001. DHC "
     "was rated good by the Care Quality Commission in 2019.",
     {("Dorset Healthcare University NHS Foundation Trust", "rated", "good")},
     {("DHC", "rated", "good")}),
    ("Salisbury NHS Foundation Trust has a new chief executive. Former Poole Hospital NHS "
     "Foundation Trust finance director Kim Rowe will become chief executive in May. She "
     "replaces Ian Hart, who has been interim chief executive since the departure of Lyn Dale.",
     {("Kim Rowe", "leads", "Salisbury NHS Foundation Trust"),
      ("Ian Hart", "leads", "Salisbury NHS Foundation Trust"),
      ("Lyn Dale", "leads", "Salisbury NHS Foundation Trust")},
     {("Ian Hart", "leads", "Poole Hospital NHS Foundation Trust"),
      ("Lyn Dale", "leads", "Poole Hospital NHS Foundation Trust")}),
    ("Yeovil District Hospital NHS Foundation Trust was rated inadequate. Dr Paul Ash, currently "
     "chief executive of Dorset County Hospital NHS Foundation Trust, will join in May.\n\n"
     "Ruth Cole, the trust's chair, said the board accepted the findings.",
     {("Ruth Cole", "leads", "Yeovil District Hospital NHS Foundation Trust")},
     {("Ruth Cole", "leads", "Dorset County Hospital NHS Foundation Trust")}),
    ("Yeovil District Hospital NHS Foundation Trust was rated inadequate. Its chief executive "
     "left in May. Dr Paul Ash is now chief executive of Dorset County Hospital NHS Foundation "
     "Trust.\n\nRuth Cole, the trust's chair, said the board accepted the findings.",
     {("Ruth Cole", "leads", "Yeovil District Hospital NHS Foundation Trust")},
     {("Ruth Cole", "leads", "Dorset County Hospital NHS Foundation Trust")}),
    ("The Care Quality Commission has issued a warning notice to Salisbury NHS Foundation Trust. "
     "The visit was led by Jo Pike, the CQC's head of inspection. A spokesman for the trust said "
     "its acting chief executive, Dr Alan Moss, had taken charge of the response.",
     {("Dr Alan Moss", "leads", "Salisbury NHS Foundation Trust")},
     {("Dr Alan Moss", "leads", "Care Quality Commission")}),
    ("Salisbury NHS Foundation Trust chair Ken Bright has resigned. Chief executive Ann Poll "
     "said: \"Ken has given a great deal to this organisation.\"",
     {("Ken Bright", "leads", "Salisbury NHS Foundation Trust")},
     {("Ken", "awardedContract", "Salisbury NHS Foundation Trust")}),
    ("Poole Hospital NHS Foundation Trust has picked Nexa UK, the British arm of Nexa Group, to "
     "supply its bed management software.",
     {("Nexa UK", "awardedContract", "Poole Hospital NHS Foundation Trust")},
     {("Poole Hospital NHS Foundation Trust", "partOf", "Nexa Group")}),
    ("The Independent Review of Maternity Services at Yeovil District Hospital NHS Foundation "
     "Trust, led by Dame Ruth Quill, will report in May.",
     set(),
     {("Dame Ruth Quill", "leads", "Yeovil District Hospital NHS Foundation Trust")}),
    ("NHS England asked Dr Ann Lee, the former medical director at Poole Hospital NHS Foundation "
     "Trust, to lead a review of the unit.",
     {("Dr Ann Lee", "authored", "review of the unit"),
      ("NHS England", "commissioned", "review of the unit")},
     {("Poole Hospital NHS Foundation Trust", "authored", "review of the unit")}),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), CHECKED_23, ids=range(len(CHECKED_23)))
def test_read_and_not_misread_in_session_23(tmp_path, text, expected, wrong):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert not wrong & found


READ_23 = [
    ("The review was co-authored by Dr Ann Lee, Professor Bob Marr, Sam Tate and Jo Ray.",
     {("Dr Ann Lee", "authored", "review"), ("Professor Bob Marr", "authored", "review"),
      ("Sam Tate", "authored", "review"), ("Jo Ray", "authored", "review")}),
    ("The Health Foundation published the study on Monday. Its lead author is Dr Ann Lee.",
     {("Dr Ann Lee", "authored", "study")}),
    ("Salisbury NHS Foundation Trust has appointed a new finance chief. Kieran Dowd, previously "
     "director of finance at Poole Hospital NHS Foundation Trust, has been appointed chief "
     "finance officer and will start in March.",
     {("Kieran Dowd", "leads", "Salisbury NHS Foundation Trust"),
      ("Kieran Dowd", "leads", "Poole Hospital NHS Foundation Trust")}),
    ("Dr Ann Lee joined Poole Hospital NHS Foundation Trust in 2005 and served as its medical "
     "director for six years.",
     {("Dr Ann Lee", "leads", "Poole Hospital NHS Foundation Trust")}),
    ("NHS Dorset Integrated Care Board has placed 30 patients out of area. Dorset HealthCare "
     "University NHS Foundation Trust said its beds were full. A spokeswoman for the ICB, whose "
     "chief executive is Priya Nair, said the placements were safe.",
     {("Priya Nair", "leads", "NHS Dorset Integrated Care Board")}),
    ("Poole Hospital NHS Foundation Trust chooses Nervecentre for its new electronic patient "
     "record.",
     {("Nervecentre", "awardedContract", "Poole Hospital NHS Foundation Trust")}),
    ("Medefer will run the clinics under a £3m contract awarded by NHS Dorset Integrated Care "
     "Board.",
     {("Medefer", "awardedContract", "NHS Dorset Integrated Care Board")}),
    ("The Care Quality Commission has rated the Shrewsbury and Telford Hospital NHS Trust "
     "inadequate.",
     {("The Shrewsbury and Telford Hospital NHS Trust", "rated", "inadequate")}),
    ("Kestrel Labs is owned by the private equity firm Castlegate Capital.",
     {("Kestrel Labs", "partOf", "Castlegate Capital")}),
    ("Kestrel Labs is a subsidiary of the Leipzig-based laboratory group Medivant AG.",
     {("Kestrel Labs", "partOf", "Medivant AG")}),
    ("Kestrel Labs, whose parent company is Medivant AG, won the contract.",
     {("Kestrel Labs", "partOf", "Medivant AG")}),
]


@pytest.mark.parametrize(("text", "expected"), READ_23, ids=range(len(READ_23)))
def test_read_in_session_23(tmp_path, text, expected):
    assert expected <= triples(tmp_path, "News\n\n" + text)


def test_the_one_away_holds_the_post_covered_not_the_coverers_own(tmp_path):
    rows = story_rows(tmp_path, "News\n\nDr Ruth Haig, medical director of Yeovil District "
                                "Hospital NHS Foundation Trust, is to become acting chief "
                                "executive while Tom Fenn is on sick leave.")
    posts = {(r["role"], r["status"]) for r in rows if r["kind"] == "fact"
             and r["predicate"] == "leads" and r["subject"] == "Tom Fenn"}
    assert posts == {("chief executive", "current")}


CHECKED_23_LATER = [
    ("Yeovil District Hospital NHS Foundation Trust has a new chair. The trust is part of the "
     "Somerset Integrated Care System, alongside Somerset NHS Foundation Trust and Taunton and "
     "Somerset NHS Foundation Trust.",
     {("Somerset NHS Foundation Trust", "partOf", "Somerset Integrated Care System"),
      ("Yeovil District Hospital NHS Foundation Trust", "partOf",
       "Somerset Integrated Care System")},
     set()),
    ("Willmott Dixon has won a £50m contract from Salisbury NHS Foundation Trust to build the "
     "new wing.",
     {("Willmott Dixon", "awardedContract", "Salisbury NHS Foundation Trust")},
     set()),
    ("Professor Sam Reid of Imperial College London will chair the review.",
     {("Professor Sam Reid", "authored", "review")},
     {("Imperial College London", "authored", "review"),
      ("Professor Sam Reid of Imperial College London", "authored", "review")}),
    ("Poole Hospital NHS Foundation Trust has a new chair. Last year it awarded a £45m contract "
     "to Oracle Health to replace its clinical systems, with consultancy Deloitte advising the "
     "trust on the procurement.",
     {("Oracle", "awardedContract", "Poole Hospital NHS Foundation Trust"),
      ("Deloitte", "advises", "Poole Hospital NHS Foundation Trust")},
     {("Oracle", "awardedContract", "Deloitte")}),
    ("Northumbria Healthcare NHS Foundation Trust runs hospitals across Northumberland and North "
     "Tyneside, including the Northumbria Specialist Emergency Care Hospital.",
     {("Northumbria Specialist Emergency Care Hospital", "partOf",
       "Northumbria Healthcare NHS Foundation Trust")},
     {("North Tyneside", "partOf", "Northumbria Healthcare NHS Foundation Trust")}),
    ("Ann Lee, a former partner at PwC, has been appointed chair of Salisbury NHS Foundation "
     "Trust.",
     {("Ann Lee", "leads", "Salisbury NHS Foundation Trust")},
     {("PwC", "advises", "Salisbury NHS Foundation Trust")}),
    ("NHS Dorset Integrated Care Board has awarded contracts to Priory, Elysium Healthcare and "
     "Active Care Group.",
     {("Priory", "awardedContract", "NHS Dorset Integrated Care Board"),
      ("Elysium Healthcare", "awardedContract", "NHS Dorset Integrated Care Board"),
      ("Active Care Group", "awardedContract", "NHS Dorset Integrated Care Board")},
     set()),
    ("Greater Manchester's integrated care board said it was working with councils. Its chief "
     "executive, Omar Hale, said beds were full.",
     {("Omar Hale", "leads", "NHS Greater Manchester Integrated Care Board")},
     set()),
    ("Sherwood Forest Hospitals NHS Foundation Trust and Nottingham University Hospitals NHS "
     "Trust are to merge. King's Mill Hospital, Newark Hospital and Queen's Medical Centre will "
     "all be part of the merged trust.",
     {("Sherwood Forest Hospitals NHS Foundation Trust", "mergesWith",
       "Nottingham University Hospitals NHS Trust")},
     {("King's Mill Hospital", "mergesWith", "Newark Hospital"),
      ("Newark Hospital", "mergesWith", "Queen's Medical Centre")}),
    ("NHS Dorset Integrated Care Board's audit and risk committee met on Tuesday. The ICB's "
     "chief executive, Sam Bright, said the accounts were sound.",
     {("Sam Bright", "leads", "NHS Dorset Integrated Care Board")},
     set()),
    ("The Dorset Integrated Care System covers the county. Poole Hospital NHS Foundation Trust "
     "and Dorset County Hospital NHS Foundation Trust are also part of the ICS.",
     {("Poole Hospital NHS Foundation Trust", "partOf", "Dorset Integrated Care System"),
      ("Dorset County Hospital NHS Foundation Trust", "partOf", "Dorset Integrated Care System")},
     set()),
    ("The Care Quality Commission has rated the Marsh Practice in Leeds inadequate.",
     set(),
     {("Care Quality Commission", "rated", "inadequate")}),
    ("Poole Hospital NHS Foundation Trust has appointed Dr Ann Lee as chief executive. She spent "
     "four years as medical director of Yeovil District Hospital NHS Foundation Trust before "
     "moving to Dorset in 2019. The trust's chair, Sir Tony Reed, said she was an outstanding "
     "leader.",
     {("Sir Tony Reed", "leads", "Poole Hospital NHS Foundation Trust")},
     {("Sir Tony Reed", "leads", "Yeovil District Hospital NHS Foundation Trust")}),
    ("Salisbury NHS Foundation Trust is part of the New Hospital Programme.",
     set(),
     {("Salisbury NHS Foundation Trust", "partOf", "New Hospital"),
      ("New Hospital", "partOf", "Salisbury NHS Foundation Trust")}),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), CHECKED_23_LATER,
                         ids=range(len(CHECKED_23_LATER)))
def test_read_and_not_misread_later_in_session_23(tmp_path, text, expected, wrong):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert not wrong & found


CHECKED_24 = [
    ("NHS Kent and Medway Integrated Care Board gave £500,000 to Hartwell Consulting for a "
     "review of community nursing.",
     {("Hartwell Consulting", "awardedContract", "NHS Kent and Medway Integrated Care Board")},
     set()),
    ("NHS Kent and Medway Integrated Care Board spent £1m on agency staff last year. The same "
     "ICB handed a further £640,000 to Hartwell Consulting to carry out a review of community "
     "nursing in Medway.",
     {("Hartwell Consulting", "awardedContract", "NHS Kent and Medway Integrated Care Board")},
     set()),
    ("NHS Lincolnshire Integrated Care Board spent £1.2m with Hartwell Consulting on a review of "
     "beds, and a further £300,000 with Pemberton Analytics, which has advised it since 2022.",
     {("Hartwell Consulting", "awardedContract", "NHS Lincolnshire Integrated Care Board"),
      ("Pemberton Analytics", "awardedContract", "NHS Lincolnshire Integrated Care Board")},
     set()),
    ("A scanner will ease pressure on Barnsley Hospital, the trust's main site. Barnsley "
     "Hospital NHS Foundation Trust said it was pleased.",
     {("Barnsley Hospital", "partOf", "Barnsley Hospital NHS Foundation Trust")},
     set()),
    ("Chesterfield Royal Hospital NHS Foundation Trust named a chair. Chesterfield Royal "
     "Hospital, the trust's only acute site, was rated good in 2022.",
     {("Chesterfield Royal Hospital", "partOf",
       "Chesterfield Royal Hospital NHS Foundation Trust")},
     set()),
    ("Barnsley Hospital has appointed Jane Fox as its chief executive.",
     {("Jane Fox", "leads", "Barnsley Hospital NHS Foundation Trust")},
     set()),
    ("Northern Lincolnshire and Goole NHS Foundation Trust is under review. The chair will be "
     "helped by Dr Ravi Chandra, a consultant at Guy's and St Thomas' NHS Foundation Trust, who "
     "will advise. The trust, which runs Scunthorpe General Hospital, was rated inadequate. Its "
     "chief executive, Peter Lowe, said the trust would help.",
     {("Peter Lowe", "leads", "Northern Lincolnshire and Goole NHS Foundation Trust"),
      ("Northern Lincolnshire and Goole NHS Foundation Trust", "rated", "inadequate")},
     {("Peter Lowe", "leads", "Guy's and St Thomas' NHS Foundation Trust"),
      ("Guy's and St Thomas' NHS Foundation Trust", "rated", "inadequate")}),
    ("Leeds Teaching Hospitals NHS Trust has apologised. Dr Priya Raman, 49, the trust's "
     "interim medical director, told the inquest the delay was wrong.",
     {("Dr Priya Raman", "leads", "Leeds Teaching Hospitals NHS Trust")},
     set()),
    ("Leeds Teaching Hospitals NHS Trust apologised. Dr Priya Raman, 49, medical director, told "
     "the inquest.",
     {("Dr Priya Raman", "leads", "Leeds Teaching Hospitals NHS Trust")},
     set()),
    ("Harrow Lane Partners, which was hired by Walsall Healthcare NHS Trust in 2022, is also "
     "advising NHS Black Country Integrated Care Board.",
     {("Harrow Lane Partners", "awardedContract", "Walsall Healthcare NHS Trust"),
      ("Harrow Lane Partners", "advises", "NHS Black Country Integrated Care Board")},
     {("Harrow Lane Partners", "awardedContract", "NHS Black Country Integrated Care Board")}),
    ("Walsall Healthcare NHS Trust hired London-based firm Harrow Lane Partners to review its "
     "finances.",
     {("Harrow Lane Partners", "awardedContract", "Walsall Healthcare NHS Trust")},
     set()),
    ("Dr Jo Bell was brought in by Walsall Healthcare NHS Trust as interim chief "
     "executive.",
     {("Dr Jo Bell", "leads", "Walsall Healthcare NHS Trust")},
     set()),
    ("Dr Jo Bell was appointed by NHS England as chief executive of Walsall Healthcare NHS "
     "Trust.",
     {("Dr Jo Bell", "leads", "Walsall Healthcare NHS Trust")},
     {("Dr Jo Bell", "leads", "NHS England")}),
    ("Primary Care Sheffield has appointed Dr Mark Ellis as its new chief executive.",
     {("Dr Mark Ellis", "leads", "Primary Care Sheffield")},
     set()),
    ("Locala Health and Wellbeing has named Sarah Pike as its chair.",
     {("Sarah Pike", "leads", "Locala Health and Wellbeing")},
     set()),
    ("Royal Manchester Children's Hospital is run by Manchester University NHS Foundation "
     "Trust. The hospital was rated good by the CQC in its most recent inspection.",
     {("Royal Manchester Children's Hospital", "rated", "good")},
     {("Manchester University NHS Foundation Trust", "rated", "good")}),
    ("Northern Devon Healthcare NHS Trust was criticised. The report found delays at North "
     "Devon District Hospital, the trust's main site. The hospital was itself rated inadequate. "
     "At its previous inspection, in 2015, the trust as a whole was rated requires improvement.",
     {("North Devon District Hospital", "rated", "inadequate"),
      ("Northern Devon Healthcare NHS Trust", "rated", "requires improvement")},
     {("North Devon District Hospital", "rated", "requires improvement")}),
    ("Medway NHS Foundation Trust has been awarded a contract worth £4m to run community "
     "services. NHS Kent and Medway Integrated Care Board awarded the deal after a procurement "
     "in which the trust beat a bid from independent provider Acme Care Ltd.",
     {("Medway NHS Foundation Trust", "awardedContract",
       "NHS Kent and Medway Integrated Care Board")},
     {("Acme Care Ltd", "awardedContract", "NHS Kent and Medway Integrated Care Board")}),
    ("St Oswald's Hospice was rated outstanding by the Care Quality Commission.",
     {("St Oswald's Hospice", "rated", "outstanding")},
     set()),
    ("Pendleside Hospice and St Catherine's Hospice are to merge.",
     {("Pendleside Hospice", "mergesWith", "St Catherine's Hospice")},
     set()),
    ("Inspectors rated Colchester General Hospital inadequate in May. The hospital is one of "
     "the sites run by East Suffolk and North Essex NHS Foundation Trust, which as a whole is "
     "rated good.",
     {("Colchester General Hospital", "rated", "inadequate"),
      ("East Suffolk and North Essex NHS Foundation Trust", "rated", "good")},
     {("Colchester General Hospital", "rated", "good")}),
    ("Wessex Cancer Alliance is hosted by University Hospital Southampton NHS Foundation Trust.",
     {("Wessex Cancer Alliance", "partOf", "University Hospital Southampton NHS Foundation Trust")},
     set()),
    ("Wessex Cancer Alliance, hosted by University Hospital Southampton NHS Foundation Trust, "
     "has a new chair.",
     {("Wessex Cancer Alliance", "partOf", "University Hospital Southampton NHS Foundation Trust")},
     set()),
    ("University Hospital Southampton NHS Foundation Trust, which hosts Wessex Cancer Alliance, "
     "has a new chair.",
     {("Wessex Cancer Alliance", "partOf", "University Hospital Southampton NHS Foundation Trust")},
     {("University Hospital Southampton NHS Foundation Trust", "partOf",
       "Wessex Cancer Alliance")}),
    ("NHS England published Safer Births, a review of maternity care, on Tuesday. The report, "
     "written by Dr Ann Marsh, found failings.",
     {("Dr Ann Marsh", "authored", "Safer Births")},
     {("Dr Ann Marsh", "authored", "report")}),
    ("The Healthcare Quality Improvement Partnership has awarded the Royal College of "
     "Physicians a £4.2m contract to run the national audit.",
     {("Royal College of Physicians", "awardedContract",
       "Healthcare Quality Improvement Partnership")},
     set()),
    ("Dr Amy Hart took over as president of the Royal College of Nursing from Colin Webb in "
     "2021.",
     {("Dr Amy Hart", "leads", "Royal College of Nursing"),
      ("Colin Webb", "leads", "Royal College of Nursing")},
     set()),
    ("Harbourside Healthcare is owned by Laurentian Pension Investments.",
     {("Harbourside Healthcare", "partOf", "Laurentian Pension Investments")},
     set()),
    ("Wessex Clinic was rated good in 2023.",
     {("Wessex Clinic", "rated", "good")},
     set()),
    ("Meridian Healthcare's largest hospital, Trentside Hospital, was rated good by the CQC.",
     {("Trentside Hospital", "rated", "good"),
      ("Trentside Hospital", "partOf", "Meridian Healthcare")},
     {("Meridian Healthcare", "rated", "good")}),
    ("Acorn Estates Ltd, owned by Wigan NHS Foundation Trust, has appointed Paul Dean as its "
     "acting managing director.",
     {("Paul Dean", "leads", "Acorn Estates Ltd"),
      ("Acorn Estates Ltd", "partOf", "Wigan NHS Foundation Trust")},
     {("Paul Dean", "leads", "Wigan NHS Foundation Trust")}),
    ("Jane Fox, the ex-chief executive of Leeds Teaching Hospitals NHS Trust, gave evidence.",
     {("Jane Fox", "leads", "Leeds Teaching Hospitals NHS Trust")},
     set()),
    ("The National Audit Office found that Deloitte had advised NHS England on the programme.",
     {("Deloitte", "advises", "NHS England")},
     {("National Audit Office", "advises", "NHS England")}),
    ("Dame Helen Marr has been appointed chair of the inquiry, NHS England announced on "
     "Monday.",
     set(),
     {("Dame Helen Marr", "leads", "NHS England")}),
    ("The committee heard from Jane Fox, chief executive of Medway NHS Foundation Trust, which "
     "runs the Gillingham hospital, and Dr Raj Patel, chief medical officer of NHS Kent and "
     "Medway Integrated Care Board.",
     {("Dr Raj Patel", "leads", "NHS Kent and Medway Integrated Care Board"),
      ("Jane Fox", "leads", "Medway NHS Foundation Trust")},
     {("Dr Raj Patel", "partOf", "Medway NHS Foundation Trust"),
      ("Jane Fox", "leads", "NHS Kent and Medway Integrated Care Board")}),
    ("NHS England has placed eight trusts in segment 4. Among them are Leeds Teaching Hospitals "
     "NHS Trust, Medway NHS Foundation Trust and Walsall Healthcare NHS Trust.",
     {("Leeds Teaching Hospitals NHS Trust", "movedToSegment", "segment 4"),
      ("Medway NHS Foundation Trust", "movedToSegment", "segment 4"),
      ("Walsall Healthcare NHS Trust", "movedToSegment", "segment 4")},
     set()),
    ("Jane Fox, chair of trustees at St Oswald's Hospice, said the charity was pleased.",
     {("Jane Fox", "leads", "St Oswald's Hospice")},
     set()),
    ("A former police chief has been named as the new chair of a hospital trust. Mark Dean, "
     "61, will take up the role at East Cheshire NHS Trust in April.",
     {("Mark Dean", "leads", "East Cheshire NHS Trust")},
     set()),
    ("A new chief executive has been appointed to run Norfolk and Norwich University Hospitals "
     "NHS Foundation Trust. Dr Priya Raman will join Norfolk and Norwich University Hospitals NHS "
     "Foundation Trust in September from Cambridge University Hospitals NHS Foundation Trust, "
     "where she is currently chief operating officer. She replaces Martin Egerton, who stepped "
     "down in March after five years in the role.",
     {("Dr Priya Raman", "leads", "Norfolk and Norwich University Hospitals NHS Foundation Trust"),
      ("Dr Priya Raman", "leads", "Cambridge University Hospitals NHS Foundation Trust")},
     {("Martin Egerton", "leads", "Cambridge University Hospitals NHS Foundation Trust")}),
    ("Oxford University Hospitals NHS Foundation Trust has apologised. Mr Otway, who went on to "
     "chair the Royal Berkshire NHS Foundation Trust until last year, said he had acted on "
     "advice. The trust's current chief executive, Prof Sanjay Desai, apologised last week.",
     {("Prof Sanjay Desai", "leads", "Oxford University Hospitals NHS Foundation Trust")},
     {("Prof Sanjay Desai", "leads", "Royal Berkshire NHS Foundation Trust")}),
    ("Jane Fox has since moved to Kent Community Health NHS Foundation Trust as its director of "
     "finance.",
     {("Jane Fox", "leads", "Kent Community Health NHS Foundation Trust")},
     set()),
    ("The plan, seen by the Health Service Journal, sets out cuts at Leeds Teaching Hospitals "
     "NHS Trust. Its medical director, Dr Sam Cole, said the plan was needed.",
     {("Dr Sam Cole", "leads", "Leeds Teaching Hospitals NHS Trust")},
     {("Dr Sam Cole", "leads", "Health Service Journal")}),
    ("Leeds Teaching Hospitals NHS Trust has paid tribute. Former trust chairman Colin Webb has "
     "died aged 80.",
     {("Colin Webb", "leads", "Leeds Teaching Hospitals NHS Trust")},
     set()),
    ("Professor Ann Lee co-authored the Nursing Futures Review, commissioned by Macmillan Cancer "
     "Support, with Dr Tom Hale.",
     {("Professor Ann Lee", "authored", "Nursing Futures Review"),
      ("Macmillan Cancer Support", "commissioned", "Nursing Futures Review")},
     {("Dr Tom Hale", "commissioned", "Nursing Futures Review")}),
    ("Main contractor Integrated Health Projects, a joint venture between Vinci Building and "
     "Sir Robert McAlpine, won the contract.",
     {("Integrated Health Projects", "partOf", "Vinci Building"),
      ("Integrated Health Projects", "partOf", "Sir Robert McAlpine")},
     {("Vinci Building", "partOf", "Integrated Health Projects")}),
    ("NHS Airedale CCG, NHS Bradford City CCG and NHS Bradford Districts CCG are to merge. "
     "Harlow Consulting was paid £340,000 by the three CCGs for merger support.",
     {("Harlow Consulting", "awardedContract", "NHS Airedale CCG"),
      ("Harlow Consulting", "awardedContract", "NHS Bradford City CCG"),
      ("Harlow Consulting", "awardedContract", "NHS Bradford Districts CCG")},
     set()),
    ("Medway NHS Foundation Trust, which runs Medway Maritime Hospital in Gillingham, was rated "
     "requires improvement in 2023, while Darent Valley Hospital, run by Dartford and Gravesham "
     "NHS Trust, holds a good rating.",
     {("Darent Valley Hospital", "rated", "good"),
      ("Medway NHS Foundation Trust", "rated", "requires improvement")},
     {("Medway NHS Foundation Trust", "rated", "good")}),
    ("Practice Plus Group was sold in 2022 to Bridgepoint Capital.",
     {("Practice Plus Group", "mergesWith", "Bridgepoint Capital")},
     set()),
    ("Dr Amy Hart, the president-elect of the Royal College of Nursing, said members were angry.",
     {("Dr Amy Hart", "leads", "Royal College of Nursing")},
     set()),
    ("Former chief executive of Leeds Teaching Hospitals NHS Trust Jane Fox gave evidence.",
     {("Jane Fox", "leads", "Leeds Teaching Hospitals NHS Trust")},
     set()),
    ("Leeds Teaching Hospitals NHS Trust was fined. The trust has also awarded engineering "
     "company Veolia a contract worth £9m to replace its boilers.",
     {("Veolia", "awardedContract", "Leeds Teaching Hospitals NHS Trust")},
     set()),
    ("Telford and Wrekin Council opposed the plan. NHS Shropshire, Telford and Wrekin ICB chair "
     "Sir Neil McKay said the plan was safe.",
     {("Sir Neil McKay", "leads", "NHS Shropshire, Telford and Wrekin Integrated Care Board")},
     {("Sir Neil McKay", "leads", "Telford and Wrekin Council")}),
    ("South Central Ambulance Service NHS Foundation Trust was fined. Its chief executive, "
     "Helen Yardley, said it was a sobering day. She was appointed in April 2024 after three "
     "years as director of operations at London Ambulance Service NHS Trust. The trust's chair, "
     "Sir Patrick Lomax, said he would step down in September.",
     {("Sir Patrick Lomax", "leads", "South Central Ambulance Service NHS Foundation Trust")},
     {("Sir Patrick Lomax", "leads", "London Ambulance Service NHS Trust")}),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), CHECKED_24, ids=range(len(CHECKED_24)))
def test_read_and_not_misread_in_session_24(tmp_path, text, expected, wrong):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert not wrong & found


def test_a_headline_name_after_and_is_no_company(tmp_path):
    """"Birmingham Women's and Children's wins ...": "Children's" ends a trust's short name."""
    found = story_rows(tmp_path, "Birmingham Women's and Children's wins £48m community "
                                 "contract\n\nBirmingham Women's and Children's NHS Foundation "
                                 "Trust has won a contract to run services.")
    assert not any(r["kind"] == "entity" and r["label"] == "Children's" for r in found)
    assert not any(r["kind"] == "fact" and r["subject"] == "Children's" for r in found)


@pytest.mark.parametrize("name", ["Physiocare Direct", "Wessex Clinic", "Northway Equity",
                                  "Laurentian Pension Investments", "Optima Vision"])
def test_a_firm_shaped_name_is_no_person(tmp_path, name):
    rows = story_rows(tmp_path, f"News\n\n{name} said it would appeal against the decision.")
    assert not any(r["kind"] == "entity" and r["label"] == name and r["category"] == "Person"
                   for r in rows)


def test_described_reviews_of_two_stories_are_two_reviews(tmp_path):
    """"An independent review of maternity care" in two stories names two reviews, each with
    its own author; a capitalised title would name one."""
    (tmp_path / "a01.txt").write_text("One\n\nNHS England commissioned an independent review of "
                                      "maternity care, led by Dr Ann Marsh.\n")
    (tmp_path / "a02.txt").write_text("Two\n\nThe ICB commissioned an independent review of "
                                      "maternity care, led by Professor Bob Hale.\n")
    rows = [json.loads(line) for line in jsonl_lines(sorted(tmp_path.glob("a0*.txt")))]
    authored = {(r["subject"], r["object_id"]) for r in rows
                if r["kind"] == "fact" and r["predicate"] == "authored"}
    assert len(authored) == 2
    assert len({object_id for _, object_id in authored}) == 2


def test_a_rating_word_in_a_hospital_name_is_no_rating(tmp_path):
    found = triples(tmp_path, "News\n\nInspectors rated Good Hope Hospital inadequate.")
    assert ("Good Hope Hospital", "rated", "inadequate") in found
    assert ("Good Hope Hospital", "rated", "good") not in found


FORMER_24 = [
    ("Dr Amy Hart took over from Colin Webb as chief executive of Leeds Teaching Hospitals NHS "
     "Trust in 2019.", "Colin Webb"),
    ("The Dudley Group NHS Foundation Trust was criticised. Gareth Pilling, Dudley's chief "
     "executive at the time, declined to comment.", "Gareth Pilling"),
    ("Dr Iain Marr, medical director of Leeds Teaching Hospitals NHS Trust from 2012 to 2016, was "
     "interviewed.", "Dr Iain Marr"),
]
"""Posts left before the story: "A took over from B as", "X, Dudley's chief executive at the
time,", "medical director from 2012 to 2016"."""


@pytest.mark.parametrize(("text", "holder"), FORMER_24, ids=range(len(FORMER_24)))
def test_a_post_read_as_left_in_session_24(tmp_path, text, holder):
    rows = story_rows(tmp_path, "News\n\n" + text)
    assert {r["status"] for r in rows if r["kind"] == "fact" and r["subject"] == holder} == {
        "former"}


KENT_ICB = "NHS Kent and Medway Integrated Care Board"
CHECKED_25 = [
    ("Rotaweave Ltd was acquired last year by US software firm Halvergate Systems Ltd.",
     {("Halvergate Systems Ltd", "mergesWith", "Rotaweave Ltd")}, set()),
    ("Rotaweave Ltd was acquired in 2021 by Halvergate Systems Ltd.",
     {("Halvergate Systems Ltd", "mergesWith", "Rotaweave Ltd")}, set()),
    ("NHS Kent and Medway Integrated Care Board has awarded a £45m framework for bank nurses to "
     "Ashgrove Staffing Ltd.",
     {("Ashgrove Staffing Ltd", "awardedContract", KENT_ICB)},
     set()),
    ("NHS Kent and Medway ICB has awarded contracts to three suppliers: Ashgrove Staffing Ltd, "
     "Pellbrook Medical Recruitment Ltd and Tamsin Care Solutions Ltd.",
     {("Ashgrove Staffing Ltd", "awardedContract", KENT_ICB),
      ("Pellbrook Medical Recruitment Ltd", "awardedContract",
       KENT_ICB),
      ("Tamsin Care Solutions Ltd", "awardedContract", KENT_ICB)},
     set()),
    ("NHS Kent and Medway ICB has awarded a £45m framework to three staffing agencies: Orwell "
     "Healthcare Staffing, Pellbrook Medical Recruitment and Tamsin Nursing.",
     {("Orwell Healthcare Staffing", "awardedContract", KENT_ICB),
      ("Pellbrook Medical Recruitment", "awardedContract",
       KENT_ICB)},
     {("Orwell Healthcare", "awardedContract", KENT_ICB)}),
    ("Ruth Pengelly, chief executive of Lancashire Teaching Hospitals Charity, said the appeal "
     "had raised £2m.",
     {("Ruth Pengelly", "leads", "Lancashire Teaching Hospitals Charity")},
     {("Ruth Pengelly", "leads", "Lancashire Teaching Hospitals NHS Foundation Trust")}),
    ("Fenwick Charity chief executive Ruth Pengelly said the grant would fund a new unit.",
     {("Ruth Pengelly", "leads", "Fenwick Charity")}, set()),
    ("Ruth Pengelly, audit committee chair at Leeds Teaching Hospitals NHS Trust, said the "
     "findings were serious.",
     set(), {("Ruth Pengelly", "leads", LEEDS)}),
    ("Kettering General Hospital NHS Foundation Trust and Northampton General Hospital NHS Trust, "
     "which together form the Nene Valley Hospitals group, have named a chair.",
     {("Kettering General Hospital NHS Foundation Trust", "partOf", "Nene Valley Hospitals"),
      ("Northampton General Hospital NHS Trust", "partOf", "Nene Valley Hospitals")}, set()),
    ("Professor Ian Corby is to step down as director of the NIHR Leeds Biomedical Research "
     "Centre, which is hosted by Leeds Teaching Hospitals NHS Trust.",
     {("Professor Ian Corby", "leads", "NIHR Leeds Biomedical Research Centre"),
      ("NIHR Leeds Biomedical Research Centre", "partOf", LEEDS)},
     {("Professor Ian Corby", "leads", "National Institute for Health and Care Research")}),
    ("Dr Ann Lowe has been appointed chief operating officer of the NIHR Clinical Research "
     "Network North West Coast.",
     {("Dr Ann Lowe", "leads", "NIHR Clinical Research Network North West Coast")}, set()),
    ("United Lincolnshire Hospitals NHS Trust reported the fraud to police. The prosecution was "
     "brought with support from the NHS Counter Fraud Authority. Its chief executive, Owen "
     "Farrant, said the sentence sent a message.",
     {("Owen Farrant", "leads", "NHS Counter Fraud Authority")},
     {("Owen Farrant", "leads", "United Lincolnshire Teaching Hospitals NHS Trust")}),
    ("Sherwood Forest Hospitals NHS Foundation Trust has appointed Grant Thornton as its external "
     "auditor under a three-year contract worth £1.2m.",
     {("Grant Thornton", "awardedContract", "Sherwood Forest Hospitals NHS Foundation Trust")},
     set()),
    ("NHS Bedfordshire, Luton and Milton Keynes ICB has signed a deal with Calder Imaging Ltd. "
     "Calder Imaging Ltd is led by chief executive Tobias Wren.",
     {("Tobias Wren", "leads", "Calder Imaging Ltd")},
     {("Tobias Wren", "leads",
       "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board")}),
    ("Earlier this year Alliance Medical merged with mobile imaging specialist Calder Imaging Ltd.",
     {("Alliance Medical", "mergesWith", "Calder Imaging Ltd")}, set()),
    ("Alliance Medical has acquired imaging provider Calder Imaging Ltd.",
     {("Alliance Medical", "mergesWith", "Calder Imaging Ltd")}, set()),
    ("Alliance Medical's Wolds Diagnostic Centre was rated outstanding by the CQC.",
     {("Wolds Diagnostic Centre", "rated", "outstanding")},
     {("Alliance Medical", "rated", "outstanding")}),
    ("NHS Kent and Medway ICB awarded contracts to InHealth (£4m), Alliance Medical (£3m) and "
     "Calder Imaging Ltd (£2m).",
     {("InHealth", "awardedContract", KENT_ICB), ("Alliance Medical", "awardedContract", KENT_ICB),
      ("Calder Imaging Ltd", "awardedContract", KENT_ICB)}, set()),
    ("Rotaweave Ltd was advised on the deal by Rothschild & Co and law firm Addleshaw Goddard.",
     {("Rothschild & Co", "advises", "Rotaweave Ltd"),
      ("Addleshaw Goddard", "advises", "Rotaweave Ltd")}, set()),
    ("Rotaweave Ltd has been sold to Halvergate Systems Ltd.",
     {("Rotaweave Ltd", "mergesWith", "Halvergate Systems Ltd")}, set()),
    ("Rotaweave Ltd was sold by Bridgepoint to Halvergate Systems Ltd.",
     {("Rotaweave Ltd", "mergesWith", "Halvergate Systems Ltd")}, set()),
    ("The purchase of Rotaweave Ltd by Halvergate Systems Ltd was completed in May.",
     {("Halvergate Systems Ltd", "mergesWith", "Rotaweave Ltd")}, set()),
    ("Halvergate Systems Ltd completed the acquisition of Rotaweave Ltd.",
     {("Halvergate Systems Ltd", "mergesWith", "Rotaweave Ltd")}, set()),
    ("Halvergate Systems Ltd bought electronic prescribing supplier Rotaweave Ltd in 2022.",
     {("Halvergate Systems Ltd", "mergesWith", "Rotaweave Ltd")}, set()),
    ("Rotaweave Ltd said its parent company, Halvergate plc, had entered administration.",
     {("Rotaweave Ltd", "partOf", "Halvergate plc")}, set()),
    ("Rotaweave Ltd's US parent company, Halvergate plc, had entered administration.",
     {("Rotaweave Ltd", "partOf", "Halvergate plc")}, set()),
    ("Ashby & Company advised Hull University Teaching Hospitals NHS Trust on the business case.",
     {("Ashby & Company", "advises", "Hull University Teaching Hospitals NHS Trust")}, set()),
    ("Healthcare group Tenbury has agreed to buy Calder Nursing Ltd.",
     {("Tenbury", "mergesWith", "Calder Nursing Ltd")}, set()),
    ("Leeds Teaching Hospitals NHS Trust named a new chair. Chief information officer Ruth "
     "Pengelly has left Royal Cornwall Hospitals NHS Trust after six years.",
     {("Ruth Pengelly", "leads", "Royal Cornwall Hospitals NHS Trust")},
     {("Ruth Pengelly", "leads", LEEDS)}),
    ("Leeds Teaching Hospitals NHS Trust made Ruth Pengelly its first chief data officer.",
     {("Ruth Pengelly", "leads", LEEDS)}, set()),
    ("The Wellingborough Elective Treatment Centre, run by Kettering General Hospital NHS "
     "Foundation Trust, opened in May.",
     {("Wellingborough Elective Treatment Centre", "partOf",
       "Kettering General Hospital NHS Foundation Trust")}, set()),
    ("The Ripon Elective Surgical Hub, which is run by Harrogate and District NHS Foundation Trust,"
     " was rated good.",
     {("Ripon Elective Surgical Hub", "partOf", "Harrogate and District NHS Foundation Trust"),
      ("Ripon Elective Surgical Hub", "rated", "good")},
     {("Harrogate and District NHS Foundation Trust", "rated", "good")}),
    ("Calder Imaging Ltd will take over the Corby Community Diagnostic Centre from October.",
     set(), {("Calder Imaging Ltd", "mergesWith", "Corby Community Diagnostic Centre")}),
    ("Leeds Teaching Hospitals NHS Trust tops the list. Second is Mid and South Essex NHS "
     "Foundation Trust, where chief finance officer Owen Farrant said the gap was recoverable.",
     {("Owen Farrant", "leads", "Mid and South Essex NHS Foundation Trust")},
     {("Owen Farrant", "leads", LEEDS)}),
    ("Leeds Teaching Hospitals NHS Trust was rated good. West Midlands Ambulance Service "
     "University NHS Foundation Trust had a hard year. Its long-serving chief executive, Owen "
     "Farrant, retired in March, and the trust is now led by acting chief executive Ruth Pengelly.",
     {("Ruth Pengelly", "leads",
       "West Midlands Ambulance Service University NHS Foundation Trust")},
     {("Ruth Pengelly", "leads", LEEDS)}),
    ("1. Leeds Teaching Hospitals NHS Trust, which is in segment 2.\n2. United Lincolnshire "
     "Hospitals NHS Trust, which runs Lincoln County Hospital. Ruth Pengelly has been acting chief "
     "executive since the summer.",
     {("Ruth Pengelly", "leads", "United Lincolnshire Teaching Hospitals NHS Trust")},
     {("Ruth Pengelly", "leads", LEEDS)}),
    ("Leeds Teaching Hospitals NHS Trust opened a unit. Owen Farrant is interim chief executive "
     "of Isle of Wight NHS Trust. Mr Farrant stepped in after the departure of the previous chief "
     "executive, Ruth Pengelly, who left in January.",
     {("Ruth Pengelly", "leads", "Isle of Wight NHS Trust")},
     {("Ruth Pengelly", "leads", LEEDS)}),
    ("United Lincolnshire Hospitals NHS Trust was discussed at The King's Fund. The seminar was "
     "hosted by the fund's director of policy, Ruth Pengelly.",
     {("Ruth Pengelly", "leads", "The King's Fund")},
     {("Ruth Pengelly", "leads", "United Lincolnshire Teaching Hospitals NHS Trust")}),
    ("The Nuffield Trust published a report. The think tank's chief executive, Ruth Pengelly, "
     "said it was bleak.",
     {("Ruth Pengelly", "leads", "Nuffield Trust")}, set()),
    ("Calder Imaging Ltd is thrilled to welcome Ruth Pengelly as its new chief medical officer.",
     {("Ruth Pengelly", "leads", "Calder Imaging Ltd")}, set()),
    ("Leeds Teaching Hospitals NHS Trust and Harrogate and District NHS Foundation Trust appointed "
     "Ridge and Partners, which has advised both trusts since 2019.",
     {("Ridge and Partners", "advises", LEEDS)},
     {("Harrogate and District NHS Foundation Trust", "advises", LEEDS),
      (LEEDS, "advises", "Harrogate and District NHS Foundation Trust")}),
    ("The £86m contract with Calder Imaging Ltd was signed following approval from NHS England "
     "and the Treasury.",
     set(), {("Calder Imaging Ltd", "awardedContract", "NHS England"),
             ("Calder Imaging Ltd", "awardedContract", "HM Treasury")}),
    ("The trust's board, which is chaired by Ruth Pengelly, will receive a report on the outage "
     "next month. East Kent Hospitals University NHS Foundation Trust said it was cooperating.",
     {("Ruth Pengelly", "leads", "East Kent Hospitals University NHS Foundation Trust")},
     {("Ruth Pengelly", "authored", "report on the outage")}),
    ("Calder Imaging Ltd has launched legal proceedings against East Kent Hospitals University NHS "
     "Foundation Trust after losing out on a £31m electronic patient record contract.",
     set(), {("Calder Imaging Ltd", "awardedContract",
              "East Kent Hospitals University NHS Foundation Trust")}),
    ("Medway NHS Foundation Trust and Dartford and Gravesham NHS Trust are being advised on the "
     "merger by KPMG.",
     {("KPMG", "advises", "Medway NHS Foundation Trust"),
      ("Medway NHS Foundation Trust", "mergesWith", "Dartford and Gravesham NHS Trust")},
     {("Medway NHS Foundation Trust", "mergesWith", "KPMG"),
      ("Dartford and Gravesham NHS Trust", "mergesWith", "KPMG")}),
    ("The Black Country STP is led by Dudley Group chief executive Ruth Pengelly.",
     {("Ruth Pengelly", "leads", "Black Country Integrated Care System"),
      ("Ruth Pengelly", "leads", "The Dudley Group NHS Foundation Trust")}, set()),
    ("Both trusts host students from Lancaster Medical School, part of Lancaster University.",
     {("Lancaster Medical School", "partOf", "Lancaster University")}, set()),
    ("The deal was awarded to Cumbrian software company Rotaweave Ltd by North Cumbria Integrated "
     "Care NHS Foundation Trust.",
     {("Rotaweave Ltd", "awardedContract", "North Cumbria Integrated Care NHS Foundation Trust")},
     {("Cumbrian", "awardedContract", "North Cumbria Integrated Care NHS Foundation Trust")}),
    ("Rotaweave Ltd supplies rota software. Last year it was bought by Halvergate Systems Ltd.",
     {("Halvergate Systems Ltd", "mergesWith", "Rotaweave Ltd")}, set()),
    ("The Black Country STP will bring together The Dudley Group NHS Foundation Trust, Walsall "
     "Healthcare NHS Trust and The Royal Wolverhampton NHS Trust.",
     {("Walsall Healthcare NHS Trust", "partOf", "Black Country Integrated Care System"),
      ("The Royal Wolverhampton NHS Trust", "partOf", "Black Country Integrated Care System")},
     set()),
    ("University Hospitals Dorset NHS Foundation Trust, formed by the merger of Poole Hospital and "
     "Royal Bournemouth and Christchurch Hospitals, has confirmed that its medical director, Dr "
     "Ruth Pengelly, will retire in the summer.",
     {("Dr Ruth Pengelly", "leads", "University Hospitals Dorset NHS Foundation Trust")},
     {("University Hospitals Dorset NHS Foundation Trust", "mergesWith",
       "The Royal Bournemouth and Christchurch Hospitals NHS Foundation Trust"),
      ("Dr Ruth Pengelly", "leads",
       "The Royal Bournemouth and Christchurch Hospitals NHS Foundation Trust")}),
    ("Leeds Teaching Hospitals NHS Trust was advised on the scheme by Mott MacDonald.",
     {("Mott MacDonald", "advises", LEEDS)}, set()),
    ("Fujitsu Services chief executive Owen Farrant said the contract was over.",
     {("Owen Farrant", "leads", "Fujitsu")}, set()),
    ("Calder Imaging Ltd received a £37m contract from NHS Test and Trace in 2020.",
     {("Calder Imaging Ltd", "awardedContract", "NHS Test and Trace")}, set()),
    ("Pelworth, which received a £37m contract from NHS Test and Trace in 2020, declined to "
     "comment.",
     {("Pelworth", "awardedContract", "NHS Test and Trace")}, set()),
    ("Pendle View Nursing Home, run by Calder Care Ltd, was rated inadequate.",
     {("Pendle View Nursing Home", "rated", "inadequate")},
     {("Calder Care Ltd", "rated", "inadequate")}),
    ("NHS Nightingale Hospital North West opened in April 2020. The temporary hospital was run by "
     "Manchester University NHS Foundation Trust.",
     {("NHS Nightingale Hospital North West", "partOf",
       "Manchester University NHS Foundation Trust")}, set()),
    ("The Newcastle upon Tyne Hospitals NHS Foundation Trust has appointed Ruth Pengelly, chief "
     "operating officer of South Tyneside and Sunderland NHS Foundation Trust, as chief operating "
     "officer. She will take up the Newcastle post in April, replacing Owen Farrant, who is "
     "stepping down after 14 years.",
     {("Owen Farrant", "leads", "The Newcastle Upon Tyne Hospitals NHS Foundation Trust")},
     {("Owen Farrant", "leads", "South Tyneside and Sunderland NHS Foundation Trust")}),
    ("Leeds Teaching Hospitals NHS Trust has appointed Dr Ruth Pengelly as chief executive. At "
     "Leeds she succeeds Owen Farrant, who retired in October after a decade in the role.",
     {("Owen Farrant", "leads", LEEDS)}, set()),
    ("Lancashire Teaching Hospitals NHS Foundation Trust has signed a £6.5m deal with Calder "
     "Logistics Ltd to supply storage, replacing a contract previously held by the DHSC.",
     {("Calder Logistics Ltd", "awardedContract",
       "Lancashire Teaching Hospitals NHS Foundation Trust")}, set()),
    ("The chief executive of Leeds Teaching Hospitals NHS Trust, Ruth Pengelly, is paid £255,000, "
     "while the chief executive of The Newcastle upon Tyne Hospitals NHS Foundation Trust, Owen "
     "Farrant, receives £290,000.",
     {("Ruth Pengelly", "leads", LEEDS),
      ("Owen Farrant", "leads", "The Newcastle Upon Tyne Hospitals NHS Foundation Trust")},
     {("Ruth Pengelly", "leads", "The Newcastle Upon Tyne Hospitals NHS Foundation Trust")}),
    ("Royal Cornwall Hospitals NHS Trust is in segment 3 of NHS England's oversight framework. Its "
     "new finance director, Owen Farrant, was appointed in February from University Hospitals "
     "Plymouth NHS Trust.",
     {("Owen Farrant", "leads", "Royal Cornwall Hospitals NHS Trust")},
     {("Royal Cornwall Hospitals NHS Trust", "awardedContract",
       "University Hospitals Plymouth NHS Trust")}),
    ("Leeds Teaching Hospitals NHS Trust has been in trouble. NHS England has installed Ruth "
     "Pengelly as interim chief executive.",
     {("Ruth Pengelly", "leads", LEEDS)}, {("Ruth Pengelly", "leads", "NHS England")}),
    ("Sheffield Teaching Hospitals NHS Foundation Trust has appointed Owen Farrant as its chief "
     "people officer. He replaces Ruth Pengelly, who retired in March. Before moving to Sheffield "
     "he was workforce director of Chesterfield Royal Hospital NHS Foundation Trust. Mrs Pengelly "
     "said she was delighted.",
     {("Owen Farrant", "leads", "Chesterfield Royal Hospital NHS Foundation Trust")},
     {("Ruth Pengelly", "leads", "Chesterfield Royal Hospital NHS Foundation Trust")}),
    ("Mid and South Essex NHS Foundation Trust has signed a support agreement with Royal Free "
     "London NHS Foundation Trust.",
     set(), {("Mid and South Essex NHS Foundation Trust", "awardedContract",
              "Royal Free London NHS Foundation Trust")}),
    ("Yorkshire and Humber Shared Services is hosted by Leeds Teaching Hospitals NHS Trust.",
     {("Yorkshire and Humber Shared Services", "partOf", LEEDS)}, set()),
    ("Leeds Teaching Hospitals NHS Trust was in crisis. Owen Farrant was drafted in as interim "
     "chief executive from King's College Hospital NHS Foundation Trust.",
     set(), {("Owen Farrant", "leads", "King's College Hospital NHS Foundation Trust")}),
    ("Western Sussex Hospitals NHS Foundation Trust and Brighton and Sussex University Hospitals "
     "NHS Trust merged in 2021 to form University Hospitals Sussex NHS Foundation Trust. Ten years "
     "on, the combined trust is rated requires improvement.",
     {("University Hospitals Sussex NHS Foundation Trust", "rated", "requires improvement")},
     {("Western Sussex Hospitals NHS Foundation Trust", "rated", "requires improvement")}),
    ("The South London Mental Health and Community Partnership is led by Oxleas NHS Foundation "
     "Trust. Its members include South West London and St George's Mental Health NHS Trust and "
     "South London and Maudsley NHS Foundation Trust.",
     {("South London and Maudsley NHS Foundation Trust", "partOf",
       "South London Mental Health and Community Partnership")},
     {("South London and Maudsley NHS Foundation Trust", "partOf", "Oxleas NHS Foundation Trust")}),
    ("Hull University Teaching Hospitals NHS Trust, which together with Northern Lincolnshire and "
     "Goole NHS Foundation Trust forms the Humber Health Partnership, is in segment 3.",
     {("Hull University Teaching Hospitals NHS Trust", "partOf", "Humber Health Partnership"),
      ("Northern Lincolnshire and Goole NHS Foundation Trust", "partOf",
       "Humber Health Partnership")}, set()),
    ("Halvergate Systems Ltd has agreed to acquire Lincolnshire-based Rotaweave Ltd.",
     {("Halvergate Systems Ltd", "mergesWith", "Rotaweave Ltd")}, set()),
]


def test_a_board_list_of_post_and_name_lines(tmp_path):
    """"Chair: Jane Smith" lines are a board list inside the story, not headings that start new
    stories: each is a post at the body the story is about."""
    rows = story_rows(tmp_path, "Board named\n\nSouth Tyneside and Sunderland NHS Foundation Trust "
                                "has published its new board.\n\nChair: Ruth Pengelly\nChief "
                                "executive: Owen Farrant\nMedical director (interim): Dr Amy Hart"
                                "\n\nThe board meets monthly.\n")
    posts = {(r["subject"], r["object"], r["role"], r["status"]) for r in rows
             if r["kind"] == "fact" and r["predicate"] == "leads"}
    trust = "South Tyneside and Sunderland NHS Foundation Trust"
    assert posts == {("Ruth Pengelly", trust, "chair", "current"),
                     ("Owen Farrant", trust, "chief executive", "current"),
                     ("Dr Amy Hart", trust, "medical director", "interim")}


def test_a_post_led_by_its_holder_is_named_without_its(tmp_path):
    rows = story_rows(tmp_path, "News\n\nHarrogate and District NHS Foundation Trust has a new "
                                "chair. At Leeds Teaching Hospitals NHS Trust, Dr Amy Hart "
                                "succeeds Owen Farrant, who retired in March after nine years. "
                                "Since then the trust has been led by its chief operating officer, "
                                "Ruth Pengelly, as acting chief executive.\n")
    roles = {r["role"] for r in rows if r["kind"] == "fact" and r["subject"] == "Ruth Pengelly"}
    assert roles and not any(role.startswith("its ") or role.endswith(",") for role in roles)


def test_posts_named_in_a_list_under_a_heading(tmp_path):
    """"The regional directors have been named as follows:" then one bullet per region: each
    person listed holds the heading's post at the body such posts are at."""
    rows = story_rows(tmp_path, "Regional team named\n\nNHS England has announced its new "
                                "regional teams.\n\nThe regional directors have been named as "
                                "follows:\n\n- North – Ruth Pengelly, currently chief executive "
                                "of Leeds Teaching Hospitals NHS Trust.\n\n- South – Owen "
                                "Farrant, already a regional director.\n")
    posts = {(r["subject"], r["object"], r["role"], r["status"]) for r in rows
             if r["kind"] == "fact" and r["predicate"] == "leads"}
    assert ("Ruth Pengelly", "NHS England", "regional director", "designate") in posts
    assert ("Ruth Pengelly", LEEDS, "chief executive", "current") in posts
    assert ("Owen Farrant", "NHS England", "regional director", "designate") in posts


@pytest.mark.parametrize(("text", "expected", "wrong"), CHECKED_25, ids=range(len(CHECKED_25)))
def test_read_and_not_misread_in_session_25(tmp_path, text, expected, wrong):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert not wrong & found


CHECKED_26 = [
    ("The trust that runs Furness General Hospital has appointed Karen Lowe as its chief "
     "executive. She joins from Salford Royal NHS Foundation Trust.",
     set(), {("Furness General Hospital", "partOf", "Northern Care Alliance NHS Foundation Trust"),
             ("Furness General Hospital", "partOf", "Salford Royal NHS Foundation Trust")}),
    ("Royal Cornwall Hospitals NHS Trust has appointed Dr Owen Trevithick as its new chief "
     "executive. Dr Trevithick, currently chief executive of Torbay and South Devon NHS "
     "Foundation Trust, will take up the post in October. He succeeds Janet Polglase, who has "
     "been interim chief executive since March.",
     {("Janet Polglase", "leads", "Royal Cornwall Hospitals NHS Trust")},
     {("Janet Polglase", "leads", "Torbay and South Devon NHS Foundation Trust")}),
    ("NHS Kent and Medway ICB has awarded the contract to Q-vec Patient Transport Services. "
     "Q-vec, whose managing director is Gareth Pryce, already runs transport for two trusts.",
     {("Gareth Pryce", "leads", "Q-vec Patient Transport Services")}, set()),
    ("Tolvane Transport Ltd has lost its contract with NHS Kent and Medway ICB. The company's "
     "founder, Colin Ashworth, stepped down as managing director in the summer.",
     {("Colin Ashworth", "leads", "Tolvane Transport Ltd")},
     {("Colin Ashworth", "leads", KENT_ICB)}),
    ("South Central Ambulance Service NHS Foundation Trust (SCAS) has been awarded a five-year "
     "contract by NHS Sussex.",
     {("South Central Ambulance Service NHS Foundation Trust", "awardedContract",
       "NHS Sussex Integrated Care Board")}, set()),
    ("The report, 'Long Roads: Patients' Views of Hospital Transport', was written by "
     "Healthwatch England.",
     {("Healthwatch England", "authored", "Long Roads: Patients' Views of Hospital Transport")},
     {("Healthwatch England", "authored", "Long Roads: Patients")}),
    ("Yorkshire Ambulance Service NHS Trust has been moved into segment 3. NHS England's "
     "regional director for the North East and Yorkshire, Catherine Ellwood, said the trust "
     "would get support.",
     {("Catherine Ellwood", "leads", "NHS England")}, set()),
    ("Royal Cornwall Hospitals NHS Trust has a new chair. And at Northern Devon Healthcare NHS "
     "Trust, chief nurse Janet Pollard has been made acting chief executive.",
     {("Janet Pollard", "leads", "Northern Devon Healthcare NHS Trust")},
     {("Janet Pollard", "leads", "Royal Cornwall Hospitals NHS Trust")}),
    ("Royal Cornwall Hospitals NHS Trust has a new chair. Meanwhile, at Northern Devon "
     "Healthcare NHS Trust, chief nurse Janet Pollard has been made acting chief executive.",
     {("Janet Pollard", "leads", "Northern Devon Healthcare NHS Trust")},
     {("Janet Pollard", "leads", "Royal Cornwall Hospitals NHS Trust")}),
    ("Marsh Health and Care Partners is chaired by Mike Thornbury, who also chairs University "
     "Hospitals of Morecambe Bay NHS Foundation Trust.",
     {("Mike Thornbury", "leads", "Marsh Health and Care Partners"),
      ("Mike Thornbury", "leads", "University Hospitals of Morecambe Bay NHS Foundation Trust")},
     set()),
    ("Healthier Tarnley Partnership is chaired by Jonathan Caffrey.",
     {("Jonathan Caffrey", "leads", "Healthier Tarnley Partnership")}, set()),
    ("Tarnley Cares Partnership is one of five place partnerships in the West Yorkshire "
     "integrated care system.",
     {("Tarnley Cares Partnership", "partOf", "West Yorkshire Integrated Care System")}, set()),
    ("Tarnley Partnership has a new chair. The partnership, which is one of nine place "
     "partnerships within NHS Cheshire and Merseyside ICB, met on Monday.",
     {("Tarnley Partnership", "partOf", "NHS Cheshire and Merseyside Integrated Care Board")},
     set()),
    ("Tolvane Private Healthcare, the private patients division of Imperial College Healthcare "
     "NHS Trust, has chosen a new billing system.",
     {("Tolvane Private Healthcare", "partOf", "Imperial College Healthcare NHS Trust")}, set()),
    ("Leeds Teaching Hospitals NHS Trust's commercial subsidiary, Tolvane Enterprise Ltd, will "
     "advise a hospital group in China.",
     {("Tolvane Enterprise Ltd", "partOf", LEEDS)}, set()),
    ("Humber Teaching NHS Foundation Trust has a new chair. The Christie NHS Foundation Trust "
     "says chief executive Raymond Colquhoun will stand down next spring.",
     {("Raymond Colquhoun", "leads", "The Christie NHS Foundation Trust")},
     {("Raymond Colquhoun", "leads", "Humber Teaching NHS Foundation Trust")}),
    ("Humber Teaching NHS Foundation Trust has a new chair. Leeds Teaching Hospitals NHS Trust "
     "confirmed that chief executive Raymond Colquhoun will stand down next spring.",
     {("Raymond Colquhoun", "leads", LEEDS)},
     {("Raymond Colquhoun", "leads", "Humber Teaching NHS Foundation Trust")}),
    ("Humber Teaching NHS Foundation Trust has a new chair. Chief executive Raymond Colquhoun of "
     "The Christie NHS Foundation Trust will stand down.",
     {("Raymond Colquhoun", "leads", "The Christie NHS Foundation Trust")},
     {("Raymond Colquhoun", "leads", "Humber Teaching NHS Foundation Trust")}),
    ("Leeds Teaching Hospitals NHS Trust is being represented by Hempsons.",
     {("Hempsons", "advises", LEEDS)}, set()),
    ("Tolvane Medical Ltd has appointed Owen Carmichael as interim finance director while it "
     "searches for a permanent replacement for Liz Farrow, who left in December.",
     {("Liz Farrow", "leads", "Tolvane Medical Ltd")}, set()),
    ("\"Nobody wins when a contract ends up in front of lawyers,\" said Leeds Teaching "
     "Hospitals NHS Trust.",
     set(), {("Nobody", "awardedContract", LEEDS)}),
    ("Royal Cornwall Hospitals NHS Trust has a new chief executive. Ms Polglase will return to "
     "her substantive role as the trust's chief nursing officer.",
     {("Ms Polglase", "leads", "Royal Cornwall Hospitals NHS Trust")}, set()),
    ("Frimley Health NHS Foundation Trust is expanding. Ashford and St Peter's Hospitals NHS "
     "Foundation Trust and Royal Surrey NHS Foundation Trust plan to merge. The trusts already "
     "share a chair, Dame Patricia Wolstenholme, who was appointed to both boards in January.",
     {("Dame Patricia Wolstenholme", "leads", "Royal Surrey NHS Foundation Trust"),
      ("Dame Patricia Wolstenholme", "leads",
       "Ashford and St Peter's Hospitals NHS Foundation Trust")},
     {("Dame Patricia Wolstenholme", "leads", "Frimley Health NHS Foundation Trust")}),
    ("Mersey Care NHS Foundation Trust and Cheshire and Wirral Partnership NHS Foundation Trust "
     "will merge. Dame Eleanor Pryce-Williams ran Alder Hey Children's NHS Foundation Trust from "
     "2008 to 2016. Dr Ifeoma Nwosu-Clarke, chief executive of Mersey Care since 2021, will be "
     "chief executive designate of the merged trust.",
     {("Mersey Care NHS Foundation Trust", "mergesWith",
       "Cheshire and Wirral Partnership NHS Foundation Trust")},
     {("Mersey Care NHS Foundation Trust", "mergesWith",
       "Alder Hey Children's NHS Foundation Trust")}),
    ("Larchwood House, a children's mental health unit run by Humber Teaching NHS Foundation "
     "Trust, has been rated inadequate by the Care Quality Commission.",
     {("Larchwood House", "rated", "inadequate"),
      ("Larchwood House", "partOf", "Humber Teaching NHS Foundation Trust")},
     {("Humber Teaching NHS Foundation Trust", "rated", "inadequate")}),
    ("Inspectors rated the Phoenix Centre, which is run by Leeds and York Partnership NHS "
     "Foundation Trust, requires improvement.",
     {("Phoenix Centre", "partOf", "Leeds and York Partnership NHS Foundation Trust")}, set()),
    ("Tarnlow Lodge, an older people's unit in Hull, was rated outstanding.",
     {("Tarnlow Lodge", "rated", "outstanding")}, set()),
    ("Leeds Teaching Hospitals NHS Trust's maternity unit, a 20-bed ward, was rated inadequate.",
     set(), {(LEEDS, "rated", "inadequate")}),
    ("Tarnley Health Authority has awarded a £1.2m contract to Bromley Hospitals NHS Trust.",
     {("Bromley Hospitals NHS Trust", "awardedContract", "Tarnley Health Authority")},
     {("Tarnley Health Authority", "awardedContract", "Bromley Hospitals NHS Trust")}),
    ("A Devon GP who led the county's LMC has been appointed chief medical officer of NHS Kent "
     "and Medway ICB. Dr Alasdair Kerswell, a GP partner in Crediton, will start on 1 June.",
     {("Dr Alasdair Kerswell", "leads", KENT_ICB)}, set()),
    ("The medical director of Leeds Teaching Hospitals NHS Trust is to become chief executive of "
     "York and Scarborough Teaching Hospitals NHS Foundation Trust. Dr Anne Reece will take up "
     "the post in May.",
     {("Dr Anne Reece", "leads", LEEDS), ("Dr Anne Reece", "leads", YORK)}, set()),
    ("The outgoing chief executive of Sheffield Teaching Hospitals NHS Foundation Trust has been "
     "named as NHS England's new regional director for the North East and Yorkshire. Kirsten "
     "Lockwood, who announced in January that she was leaving, will start in May. She replaces "
     "Graham Thursby, who retired in December.",
     {("Kirsten Lockwood", "leads", "NHS England"), ("Graham Thursby", "leads", "NHS England")},
     {("Graham Thursby", "leads", "Sheffield Teaching Hospitals NHS Foundation Trust")}),
    ("The report, Safer Births: Continuing Risk, was written by the Health Services Safety "
     "Investigations Body.",
     {("Health Services Safety Investigations Body", "authored",
       "Safer Births: Continuing Risk")},
     {("Continuing Risk", "authored", "Safer Births: Continuing Risk")}),
    ("The medical director of Nottingham University Hospitals NHS Trust is to become chief "
     "executive of neighbouring University Hospitals of Derby and Burton NHS Foundation Trust. "
     "Dr Simon Ravenscroft has been NUH's medical director since 2021. He will replace Tessa "
     "Marwood, who left UHDB in the summer to become chief executive of NHS Derby and "
     "Derbyshire ICB.",
     {("Dr Simon Ravenscroft", "leads",
       "University Hospitals of Derby and Burton NHS Foundation Trust"),
      ("Tessa Marwood", "leads", "University Hospitals of Derby and Burton NHS Foundation Trust")},
     set()),
    ("Dr Jawad Mirza has been medical director of East Lancashire Hospitals NHS Trust since 2016. "
     "Before joining ELHT he was medical director at Airedale NHS Foundation Trust for five "
     "years. He will leave in the spring. His successor, Dr Claire Etherington, is currently "
     "chief medical officer of NHS Lancashire and South Cumbria ICB.",
     {("Dr Claire Etherington", "leads", "East Lancashire Hospitals NHS Trust")},
     {("Dr Claire Etherington", "leads", "Airedale NHS Foundation Trust")}),
    ("Ben Oduya, Vantia Health Ltd's founder and chief executive, said it was proud.",
     {("Ben Oduya", "leads", "Vantia Health Ltd")}, set()),
    ("Vantia Health Ltd won the contract from NHS Kent and Medway ICB. Ben Oduya, its chief "
     "executive, said it was proud.",
     {("Ben Oduya", "leads", "Vantia Health Ltd")}, {("Ben Oduya", "leads", KENT_ICB)}),
    ("The Ministry of Defence has awarded a £35m contract to Tolvane Systems Ltd.",
     {("Tolvane Systems Ltd", "awardedContract", "Ministry of Defence")}, set()),
    ("Robert Ashworth-Kane, chief executive of Combat Stress, said the charity was pleased.",
     {("Robert Ashworth-Kane", "leads", "Combat Stress")}, set()),
    ("NHS Kent and Medway ICB awarded the contract to children's charity Barnardo's.",
     {("Barnardo's", "awardedContract", KENT_ICB)}, set()),
    ("The West Yorkshire Mental Health Provider Collaborative runs children's beds. Its partners "
     "in the collaborative are Leeds and York Partnership NHS Foundation Trust and Bradford "
     "District Care NHS Foundation Trust.",
     {("Leeds and York Partnership NHS Foundation Trust", "partOf",
       "West Yorkshire Mental Health Provider Collaborative"),
      ("Bradford District Care NHS Foundation Trust", "partOf",
       "West Yorkshire Mental Health Provider Collaborative")}, set()),
    ("Wye Valley NHS Trust chief executive Jane Ives paused the plan with Gloucestershire "
     "Hospitals NHS Foundation Trust. Her Gloucestershire counterpart, interim chief executive "
     "Owen Latchford, agreed the pause was sensible.",
     {("Owen Latchford", "leads", "Gloucestershire Hospitals NHS Foundation Trust")},
     {("Owen Latchford", "leads", "Wye Valley NHS Trust")}),
    ("George Eliot Hospital NHS Trust and University Hospitals Coventry and Warwickshire NHS "
     "Trust are in talks. The news that both trusts have moved into segment 2 was welcomed.",
     {("George Eliot Hospital NHS Trust", "movedToSegment", "segment 2"),
      ("University Hospitals Coventry and Warwickshire NHS Trust", "movedToSegment",
       "segment 2")}, set()),
    ("Robert Kane, chief executive of veterans' charity Walking With The Wounded, spoke.",
     {("Robert Kane", "leads", "Walking With The Wounded")}, set()),
    ("After leaving Walsall, Dr Gollins became chief medical officer of private provider Tolvane "
     "Health Ltd.",
     {("Dr Gollins", "leads", "Tolvane Health Ltd")}, set()),
    ("Swansea Bay University Health Board has appointed Dr Gethin Lloyd-Price as executive "
     "medical director.",
     {("Dr Gethin Lloyd-Price", "leads", "Swansea Bay University Health Board")}, set()),
    ("A review written by Grant Thornton and commissioned by the Welsh Government found problems.",
     {("Welsh Government", "commissioned", "review")}, set()),
    ("MFT's chair, Kathy Lindqvist, said the trust would improve.",
     {("Kathy Lindqvist", "leads", "Manchester University NHS Foundation Trust")}, set()),
    ("UHSx was moved into segment 3.",
     {("University Hospitals Sussex NHS Foundation Trust", "movedToSegment", "segment 3")},
     set()),
    ("Wye Valley NHS Trust has opened a clinic. She added that the trust, which is part of the "
     "Herefordshire and Worcestershire integrated care system, would share lessons.",
     {("Wye Valley NHS Trust", "partOf",
       "Herefordshire and Worcestershire Integrated Care System")}, set()),
    ("Tolvane Diagnostics Ltd is 51 per cent owned by Hartwell Capital Partners.",
     {("Tolvane Diagnostics Ltd", "partOf", "Hartwell Capital Partners")}, set()),
    ("Tolvane Diagnostics Ltd is majority owned by Hartwell Capital Partners.",
     {("Tolvane Diagnostics Ltd", "partOf", "Hartwell Capital Partners")}, set()),
    ("Hartwell Group has completed its £340m acquisition of Tolvane Diagnostics Ltd.",
     {("Hartwell Group", "mergesWith", "Tolvane Diagnostics Ltd")}, set()),
    ("The Information Commissioner's Office has reprimanded Leeds Teaching Hospitals NHS Trust. "
     "Its chief executive, Jane Smith, apologised.",
     {("Jane Smith", "leads", LEEDS)},
     {("Jane Smith", "leads", "Information Commissioner's Office")}),
    ("NHS England has published new guidance. Its chief executive, Jane Smith, said it mattered.",
     {("Jane Smith", "leads", "NHS England")}, set()),
    ("The CQC issued Leeds Teaching Hospitals NHS Trust with a warning notice requiring "
     "improvements to its maternity service.",
     set(), {(LEEDS, "rated", "requires improvement")}),
    ("The list places Leeds Teaching Hospitals NHS Trust and Airedale NHS Foundation Trust in "
     "segment 4.",
     {(LEEDS, "movedToSegment", "segment 4"),
      ("Airedale NHS Foundation Trust", "movedToSegment", "segment 4")}, set()),
    ("Coralbay Systems Ltd's parent company, Hartwell Group, said it would review security.",
     {("Coralbay Systems Ltd", "partOf", "Hartwell Group")},
     {("Hartwell Group", "partOf", "Coralbay Systems Ltd")}),
    ("Tolvane Diagnostics Ltd is growing. Its Preston Community Diagnostic Centre was rated "
     "inadequate by the CQC.",
     {("Preston Community Diagnostic Centre", "rated", "inadequate")},
     {("Tolvane Diagnostics Ltd", "rated", "inadequate")}),
    ("Leeds Teaching Hospitals NHS Trust has a new boss. Jane Smith, who has been interim chief "
     "executive since the departure of Mark Dunn, will return to her role as chief executive of "
     "Airedale NHS Foundation Trust.",
     {("Jane Smith", "leads", "Airedale NHS Foundation Trust"), ("Mark Dunn", "leads", LEEDS)},
     {("Mark Dunn", "leads", "Airedale NHS Foundation Trust")}),
    ("West Yorkshire Police has awarded a £3m custody healthcare contract to Tolvane Care Ltd.",
     {("Tolvane Care Ltd", "awardedContract", "West Yorkshire Police")}, set()),
    ("She spent six years at KPMG advising NHS providers on their finances.",
     set(), {("KPMG", "advises", "NHS Providers")}),
    ("Jane Smith spent eight years at Airedale NHS Foundation Trust, latterly as director of "
     "nursing.",
     {("Jane Smith", "leads", "Airedale NHS Foundation Trust")}, set()),
    ("A Medway care home that takes patients discharged from hospital has been rated inadequate "
     "by the Care Quality Commission.",
     set(), {("Medway NHS Foundation Trust", "rated", "inadequate")}),
    ("Nurses at Leeds Teaching Hospitals NHS Trust are represented by Unison.",
     set(), {("Unison", "advises", LEEDS)}),
    ("Leeds Teaching Hospitals NHS Trust has hired Kingsley Napley to advise on the inquiry.",
     {("Kingsley Napley", "advises", LEEDS)}, set()),
    ("Leeds Teaching Hospitals NHS Trust has appointed Korn Ferry to run the search for its next "
     "chief executive.",
     set(), {("Korn Ferry", "leads", LEEDS)}),
]

ACTS_AS_26 = [
    ("Leeds Teaching Hospitals NHS Trust's board has asked its chief financial officer, Marcus "
     "Ellery, to act as chief executive from April.", "Marcus Ellery", "acting"),
]


@pytest.mark.parametrize(("text", "holder", "status"), ACTS_AS_26, ids=range(len(ACTS_AS_26)))
def test_asked_to_act_as_chief_executive(tmp_path, text, holder, status):
    rows = story_rows(tmp_path, "News\n\n" + text)
    assert (holder, LEEDS, "chief executive", status) in {
        (r["subject"], r["object"], r["role"], r["status"]) for r in rows
        if r["kind"] == "fact" and r["predicate"] == "leads"}


@pytest.mark.parametrize(("text", "expected", "wrong"), CHECKED_26, ids=range(len(CHECKED_26)))
def test_read_and_not_misread_in_session_26(tmp_path, text, expected, wrong):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert not wrong & found


def test_who_led_the_board_was_its_chair(tmp_path):
    rows = story_rows(tmp_path, "News\n\nLeeds Teaching Hospitals NHS Trust, whose chair Moira "
                                "Ellacott has led the board since 2003, was rated good.")
    roles = {r["role"] for r in rows if r["kind"] == "fact" and r["predicate"] == "leads"
             and r["subject"] == "Moira Ellacott"}
    assert roles == {"chair"}


def test_the_one_who_departed_held_the_post_before(tmp_path):
    rows = story_rows(tmp_path, "News\n\nLeeds Teaching Hospitals NHS Trust has named an interim "
                                "chief executive. He steps in following the departure of Harriet "
                                "Lowther, who left last month to become chief executive of Frimley "
                                "Health NHS Foundation Trust.")
    assert ("Harriet Lowther", LEEDS, "former") in {
        (r["subject"], r["object"], r["status"]) for r in rows
        if r["kind"] == "fact" and r["predicate"] == "leads"}


def test_who_returns_to_her_role_keeps_it(tmp_path):
    rows = story_rows(tmp_path, "News\n\nRoyal Cornwall Hospitals NHS Trust has a new chief "
                                "executive. Ms Polglase will return to her substantive role as "
                                "the trust's chief nursing officer.")
    assert {r["role"] for r in rows if r["kind"] == "fact" and r["predicate"] == "leads"} == {
        "chief nursing officer"}


def test_the_title_a_report_is_given_is_no_person(tmp_path):
    rows = story_rows(tmp_path, "News\n\nThe report, Safer Births, was written by NHS England.")
    assert not [r for r in rows if r["kind"] == "entity" and r["class"] == "Person"]


POSTS_26 = [
    ("Leeds Teaching Hospitals NHS Trust is in deficit. Its finance chief, Amy Cole, said "
     "savings were needed.", "Amy Cole", "chief finance officer"),
    ("Leeds Teaching Hospitals NHS Trust is in deficit. Finance chief Amy Cole said savings were "
     "needed.", "Amy Cole", "chief finance officer"),
    ("Leeds Teaching Hospitals NHS Trust is in deficit. Amy Cole, interim chief finance officer "
     "since March, said savings were needed.", "Amy Cole", "chief finance officer"),
    ("Leeds Teaching Hospitals NHS Trust is in deficit. Amy Cole will step in as interim chief "
     "executive.", "Amy Cole", "chief executive"),
    ("Amy Cole is understood to be joining Leeds Teaching Hospitals NHS Trust as its chief "
     "executive.", "Amy Cole", "chief executive"),
    ("Leeds Teaching Hospitals NHS Trust has reshuffled its board. Amy Cole is now interim chief "
     "nurse.", "Amy Cole", "chief nurse"),
    ("Leeds Teaching Hospitals NHS Trust has reshuffled its board. Amy Cole will take up the post "
     "of chief nurse in May.", "Amy Cole", "chief nurse"),
    ("An interim finance director at Leeds Teaching Hospitals NHS Trust was paid £1,500 a day. "
     "Amy Cole was hired through an agency in 2019 while the trust searched for a permanent "
     "director of finance.", "Amy Cole", "finance director"),
    ("Leeds Teaching Hospitals NHS Trust's deputy finance director Amy Cole has been promoted to "
     "chief finance officer, succeeding Mark Dunn.", "Amy Cole", "chief finance officer"),
    ("Leeds Teaching Hospitals NHS Trust's deputy finance director Amy Cole has been promoted to "
     "chief finance officer, succeeding Mark Dunn.", "Mark Dunn", "chief finance officer"),
]


@pytest.mark.parametrize(("text", "holder", "role"), POSTS_26, ids=range(len(POSTS_26)))
def test_posts_read_in_session_26(tmp_path, text, holder, role):
    rows = story_rows(tmp_path, "News\n\n" + text)
    assert (holder, LEEDS, role) in {(r["subject"], r["object"], r["role"]) for r in rows
                                     if r["kind"] == "fact" and r["predicate"] == "leads"}


def test_who_left_another_body_held_the_post_taken_there(tmp_path):
    rows = story_rows(tmp_path, "News\n\nThe medical director of Nottingham University Hospitals "
                                "NHS Trust is to become chief executive of neighbouring University "
                                "Hospitals of Derby and Burton NHS Foundation Trust. Dr Simon "
                                "Ravenscroft has been NUH's medical director since 2021. He will "
                                "replace Tessa Marwood, who left UHDB in the summer to become "
                                "chief executive of NHS Derby and Derbyshire ICB.")
    assert {r["role"] for r in rows if r["kind"] == "fact" and r["subject"] == "Tessa Marwood"
            and r["object"].startswith("University Hospitals of Derby")} == {"chief executive"}


def test_nhs_providers_in_lower_case_is_no_body(tmp_path):
    rows = story_rows(tmp_path, "News\n\nShe spent six years at KPMG advising NHS providers on "
                                "their finances.")
    assert "NHS Providers" not in {r["label"] for r in rows if r["kind"] == "entity"}


def test_a_post_served_before_the_comma_is_past(tmp_path):
    rows = story_rows(tmp_path, "News\n\nAfter serving as medical director of Airedale NHS "
                                "Foundation Trust, Jane Smith joined NHS England.")
    assert ("Airedale NHS Foundation Trust", "former") in {
        (r["object"], r["status"]) for r in rows if r["kind"] == "fact"
        and r["predicate"] == "leads"}


def test_a_council_leader_named_as_chair_is_its_chair(tmp_path):
    rows = story_rows(tmp_path, "News\n\nNHS Kent and Medway ICB has named former council "
                                "leader Margaret Ashworth-Reid as its next chair.")
    assert {r["role"] for r in rows if r["kind"] == "fact" and r["predicate"] == "leads"} == {
        "chair"}


CHECKED_27 = [
    ("Leeds Teaching Hospitals NHS Trust has reshaped its board. Taking over as chief nurse is "
     "Margaret Holt, who joins from Bradford.",
     {("Margaret Holt", "leads", LEEDS)}, set()),
    ("Leeds Teaching Hospitals NHS Trust has reshaped its board. Stepping in as the new chair "
     "will be Alun Pryce, a former council leader.",
     {("Alun Pryce", "leads", LEEDS)}, set()),
    ("Fenella Quist co-authored Waiting Well, a national review of hospital waiting lists.",
     {("Fenella Quist", "authored", "Waiting Well")}, set()),
    ("York and Scarborough Teaching Hospitals NHS Foundation Trust runs two hospitals. Hugo "
     "Starling, chief executive of NHS Kent and Medway ICB, spoke. Last year the ICB awarded a "
     "£12m contract to Serco for patient transport.",
     {("Serco", "awardedContract", KENT_ICB)},
     {("Serco", "awardedContract", YORK)}),
    ("Leeds Teaching Hospitals NHS Trust has left the recovery programme. NHS England appointed "
     "Professor Idris Vane as interim chair in June after the previous chair, Dame Orla Penrose, "
     "stepped down.",
     {("Professor Idris Vane", "leads", LEEDS), ("Dame Orla Penrose", "leads", LEEDS)},
     {("Professor Idris Vane", "leads", "NHS England"),
      ("Dame Orla Penrose", "leads", "NHS England")}),
    ("Leeds Teaching Hospitals NHS Trust has left the recovery programme. NHS England has named "
     "Professor Idris Vane as the trust's new chair.",
     {("Professor Idris Vane", "leads", LEEDS)},
     {("Professor Idris Vane", "leads", "NHS England")}),
    ("Leeds Teaching Hospitals NHS Trust has left the recovery programme. Professor Idris Vane "
     "has been appointed by NHS England as interim chair.",
     {("Professor Idris Vane", "leads", LEEDS)},
     {("Professor Idris Vane", "leads", "NHS England")}),
    ("NHS England has appointed Professor Idris Vane as national director for urgent care.",
     {("Professor Idris Vane", "leads", "NHS England")}, set()),
    ("Nadia Corr was chief executive of Leicestershire Health Authority. She then joined Leeds "
     "Teaching Hospitals NHS Trust as chief executive.",
     {("Nadia Corr", "leads", LEEDS)}, set()),
    ("Nadia Corr trained in Hull. By 1994 she was chief executive of Leicestershire Health "
     "Authority, and in 2002 she was named chief executive of Leeds Teaching Hospitals NHS Trust.",
     {("Nadia Corr", "leads", LEEDS)}, set()),
    ("Nadia Corr trained in Hull. A qualified accountant, she spent the 1990s as director of "
     "finance at Sheffield Health Authority before becoming finance director of Leeds Teaching "
     "Hospitals NHS Trust in 2001.",
     {("Nadia Corr", "leads", LEEDS)}, set()),
    ("Bruno Kell has died. A former Leeds Teaching Hospitals NHS Trust chief executive, he was "
     "also chair of Liverpool Health Partners until 2020.",
     {("Bruno Kell", "leads", LEEDS)}, set()),
    ("Leeds Teaching Hospitals NHS Trust said its thoughts were with the family. Former Sussex "
     "health chair Edith Marlowe has died at 88.",
     set(), {("Edith Marlowe", "leads", LEEDS)}),
    ("York and Scarborough Teaching Hospitals NHS Foundation Trust paid tribute. Former York "
     "hospitals chief executive Edith Marlowe has died.",
     {("Edith Marlowe", "leads", YORK)}, set()),
    ("Herts Primary Care Ltd has won the contract. Dominic Ashby, the company's chief executive, "
     "said it was good news.",
     {("Dominic Ashby", "leads", "Herts Primary Care Ltd")}, set()),
    ("Leeds Teaching Hospitals NHS Trust has named Wendy Tarr as its new CMO.",
     {("Wendy Tarr", "leads", LEEDS)}, set()),
    ("Wendy Tarr, CNO at Leeds Teaching Hospitals NHS Trust, said staff were tired.",
     {("Wendy Tarr", "leads", LEEDS)}, set()),
    ("Wendy Tarr, chief operating officer at Leeds Teaching Hospitals NHS Trust, heads to York "
     "and Scarborough Teaching Hospitals NHS Foundation Trust as chief executive.",
     {("Wendy Tarr", "leads", YORK), ("Wendy Tarr", "leads", LEEDS)}, set()),
    ("Comings and goings.\n\nLeeds Teaching Hospitals NHS Trust – new chair Wendy Tarr took up "
     "post in April.\n\nYork and Scarborough Teaching Hospitals NHS Foundation Trust – CEO Simon "
     "Bale exits in July after seven years.",
     {("Wendy Tarr", "leads", LEEDS), ("Simon Bale", "leads", YORK)},
     {("Simon Bale", "leads", LEEDS)}),
    ("Tamworth Community Care has kept the contract. Tamworth Community Care's chief executive, "
     "Gail Pym, said staff were relieved.",
     {("Gail Pym", "leads", "Tamworth Community Care")}, set()),
    ("Cobalde's chief executive, Gail Pym, said the contract was good news.",
     {("Gail Pym", "leads", "Cobalde")}, set()),
    ("South East Coast Ambulance Service NHS Foundation Trust won the contract. Secamb's chief "
     "executive, Gail Pym, said it was good news.",
     {("Gail Pym", "leads", "South East Coast Ambulance Service NHS Foundation Trust")},
     {("Gail Pym", "leads", "Secamb")}),
    ("Dr Rhys Tully has been appointed medical director of Leeds Teaching Hospitals NHS Trust. He "
     "succeeds Dr Fenella Cathro. He was previously medical director at York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust.",
     {("Dr Rhys Tully", "leads", YORK), ("Dr Fenella Cathro", "leads", LEEDS)},
     {("Dr Fenella Cathro", "leads", YORK)}),
    ("Leeds Teaching Hospitals NHS Trust hired PwC last year. York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust is also in deficit. York and Scarborough's turnaround was "
     "supported by KPMG, which was brought in to advise the trust in 2021.",
     {("KPMG", "advises", YORK)}, {("KPMG", "advises", LEEDS)}),
    ("Leeds Teaching Hospitals NHS Trust is the subject of this story. York and Scarborough "
     "Teaching Hospitals NHS Foundation Trust was rated requires improvement last year, while "
     "the Leeds trust was rated good.",
     {(LEEDS, "rated", "good")}, {(YORK, "rated", "good")}),
    ("Leeds Community Healthcare NHS Trust is to become part of Leeds Teaching Hospitals NHS "
     "Trust next year.",
     {(LEEDS, "mergesWith", "Leeds Community Healthcare NHS Trust")}, set()),
    ("Leeds Teaching Hospitals NHS Trust is set to become part of the West Yorkshire Association "
     "of Acute Trusts.",
     {(LEEDS, "partOf", "West Yorkshire Association of Acute Trusts")}, set()),
    ("Great Ormond Street Hospital for Children NHS Foundation Trust has a new leader. Idris "
     "Vane has been named interim chief executive of the London hospital.",
     set(), {("Idris Vane", "leads", "London hospital")}),
    ("Royal Surrey NHS Foundation Trust runs the Royal Surrey County Hospital. Owain Bebb, the "
     "trust's chief operating officer, will become managing director of the Guildford hospital.",
     set(), {("Owain Bebb", "leads", "Guildford hospital")}),
    ("Dr Tamsin Orrell, chief executive of Leeds Teaching Hospitals NHS Trust, is leaving. Tamsin "
     "leaves to become chief executive of NHS Kent and Medway ICB in October.",
     {("Dr Tamsin Orrell", "leads", KENT_ICB)}, set()),
    ("Hartcliffe PCN will merge with Bedminster and Knowle PCN in April.",
     {("Hartcliffe PCN", "mergesWith", "Bedminster and Knowle PCN")}, set()),
    ("Exmoor Hospice Care has appointed Ruth Kimber as its chief executive.",
     {("Ruth Kimber", "leads", "Exmoor Hospice Care")},
     {("Ruth Kimber", "leads", "Exmoor Hospice")}),
    ("NWAS chief executive Anya Rusk said the handover delays were unacceptable.",
     {("Anya Rusk", "leads", "North West Ambulance Service NHS Trust")}, set()),
    ("Anya Rusk, the chair of SECAmb, said the service was improving.",
     {("Anya Rusk", "leads", "South East Coast Ambulance Service NHS Foundation Trust")}, set()),
    ("NPA chair Olwen Tamm said pharmacies were closing. Rhodri Vance, chief executive of Boots, "
     "said the closures were regrettable.",
     {("Olwen Tamm", "leads", "National Pharmacy Association"), ("Rhodri Vance", "leads", "Boots")},
     set()),
    ("Labworx, which is owned by US private equity firm Clearlake Capital, beat two other "
     "bidders.",
     {("Labworx", "partOf", "Clearlake Capital")}, set()),
    ("NHS Kent and Medway ICB has announced its executive team: Dr Ilse Marr, chief medical "
     "officer; Piers Tandy, chief nursing officer; and Rhona Greig, chief finance officer.",
     {("Dr Ilse Marr", "leads", KENT_ICB), ("Piers Tandy", "leads", KENT_ICB),
      ("Rhona Greig", "leads", KENT_ICB)}, set()),
    ("NHS Kent and Medway ICB has named its new team. Rhona Greig becomes chief finance officer, "
     "having spent six years as finance director at Leeds Teaching Hospitals NHS Trust.",
     {("Rhona Greig", "leads", KENT_ICB), ("Rhona Greig", "leads", LEEDS)}, set()),
    ("NHS Kent and Medway ICB has named its new team. Leeds Teaching Hospitals NHS Trust's chief "
     "finance officer, Rhona Greig, is to join as chief finance officer.",
     {("Rhona Greig", "leads", KENT_ICB), ("Rhona Greig", "leads", LEEDS)}, set()),
    ("NHS Kent and Medway ICB has announced its executive team.\n\n• Chief medical officer – Dr "
     "Ilse Marr\n• Chief finance officer – Dr Rhona Greig",
     {("Dr Ilse Marr", "leads", KENT_ICB), ("Dr Rhona Greig", "leads", KENT_ICB)}, set()),
    ("Leeds Teaching Hospitals NHS Trust struggled. Maura Hollins was chief executive until 2019. "
     "She was followed by Tobias Reade.",
     {("Tobias Reade", "leads", LEEDS)}, set()),
    ("Maura Hollins was chief executive of Leeds Teaching Hospitals NHS Trust. Hollins's "
     "successor at the trust, Tobias Reade, lasted two years.",
     {("Tobias Reade", "leads", LEEDS)}, set()),
    ("Leeds Teaching Hospitals NHS Trust said it had not engaged PwC on the programme.",
     set(), {("PwC", "advises", LEEDS), ("PwC", "awardedContract", LEEDS)}),
    ("Leeds Teaching Hospitals NHS Trust has denied that it paid McKinsey £2m.",
     set(), {("McKinsey & Company", "advises", LEEDS),
             ("McKinsey & Company", "awardedContract", LEEDS)}),
    ("NHS Kent and Medway ICB spent £3m on consultants. PwC's UK health industries leader, "
     "Quinn Colby, said the work saved money.",
     set(), {("Quinn Colby", "leads", KENT_ICB)}),
    ("Leeds Teaching Hospitals NHS Trust struggled for years. Under chief executive Maura "
     "Hollins, the trust cut waiting lists.",
     {("Maura Hollins", "leads", LEEDS)}, set()),
    ("Leeds Teaching Hospitals NHS Trust declared a critical incident on Saturday.\n\nYork and "
     "Scarborough Teaching Hospitals NHS Foundation Trust followed on Sunday. Interim chief "
     "executive Carys Lowther said staff were working hard.",
     {("Carys Lowther", "leads", YORK)}, {("Carys Lowther", "leads", LEEDS)}),
    ("Leeds Teaching Hospitals NHS Trust has a new finance director.\n\nMr Orme has been "
     "finance director at York and Scarborough Teaching Hospitals NHS Foundation Trust since "
     "2015. He replaces Carys Lowther, who has been interim director of finance here since May.",
     {("Carys Lowther", "leads", LEEDS)}, {("Carys Lowther", "leads", YORK)}),
    ("Sir Robert McAlpine has won a £400m contract from Barts Health NHS Trust to build the "
     "hospital.",
     {("Sir Robert McAlpine", "awardedContract", "Barts Health NHS Trust")}, set()),
    ("NHS Charities Together gave £2m to Leeds Teaching Hospitals NHS Trust. Slaughter and May "
     "advised the trust.",
     {("Slaughter and May", "advises", LEEDS)}, set()),
    ("NHS England published the figures. London's regional medical director, Dr Orla Strand, "
     "said waits were falling.",
     {("Dr Orla Strand", "leads", "NHS England")}, set()),
    ("A separate report by Deloitte, the Kent System Sustainability Review, commissioned by NHS "
     "Kent and Medway ICB, found a gap.",
     {("Deloitte", "authored", "Kent System Sustainability Review"),
      (KENT_ICB, "commissioned", "Kent System Sustainability Review")}, set()),
    ("King's College Hospital NHS Foundation Trust has gone live with Epic. King's chief "
     "information officer Ola Adebayo said the launch went well.",
     {("Ola Adebayo", "leads", "King's College Hospital NHS Foundation Trust")}, set()),
    ("East Kent Hospitals is in segment 4 of the oversight framework.",
     {("East Kent Hospitals University NHS Foundation Trust", "inSegment", "segment 4")}, set()),
    ("Leeds Teaching Hospitals NHS Trust has appointed Helena Marr as chief executive. Before "
     "moving to Leeds, Helena was chief operating officer at York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust.",
     {("Helena Marr", "leads", YORK)}, set()),
    ("Leeds Teaching Hospitals NHS Trust has appointed Jonah Pike as chair. Jonah, who chaired "
     "York and Scarborough Teaching Hospitals NHS Foundation Trust for six years, starts in May.",
     {("Jonah Pike", "leads", YORK)}, set()),
    ("Leeds Teaching Hospitals NHS Trust and York and Scarborough Teaching Hospitals NHS "
     "Foundation Trust have abandoned talks on a full merger.",
     set(), {(LEEDS, "mergesWith", YORK), (YORK, "mergesWith", LEEDS)}),
    ("Plans to merge Leeds Teaching Hospitals NHS Trust and York and Scarborough Teaching "
     "Hospitals NHS Foundation Trust have been scrapped.",
     set(), {(LEEDS, "mergesWith", YORK), (YORK, "mergesWith", LEEDS)}),
    ("The Care Quality Commission has appointed Piers Rede as chief executive. Leeds Teaching "
     "Hospitals NHS Trust was inspected last year.",
     {("Piers Rede", "leads", "Care Quality Commission")}, {("Piers Rede", "leads", LEEDS)}),
    ("The NMC has appointed Piers Rede as interim chief executive. Leeds Teaching Hospitals NHS "
     "Trust said it welcomed the move.",
     {("Piers Rede", "leads", "Nursing and Midwifery Council")}, {("Piers Rede", "leads", LEEDS)}),
    ("Monitor has appointed Piers Rede as interim chair. Leeds Teaching Hospitals NHS Foundation "
     "Trust is in special measures.",
     {("Piers Rede", "leads", "Leeds Teaching Hospitals NHS Foundation Trust")}, set()),
    ("East Suffolk and North Essex NHS Foundation Trust, formed by the merger of Colchester "
     "Hospital University NHS Foundation Trust and Ipswich Hospital NHS Trust, has been rated "
     "good.",
     {("East Suffolk and North Essex NHS Foundation Trust", "rated", "good")},
     {("Ipswich Hospital NHS Trust", "rated", "good"),
      ("Colchester Hospital University NHS Foundation Trust", "rated", "good")}),
    ("Leeds Teaching Hospitals NHS Trust has appointed Jana Dove as chief executive. She is "
     "currently chief operating officer at York and Scarborough Teaching Hospitals NHS "
     "Foundation Trust, and will join in May, succeeding Tomas Reede.",
     {("Tomas Reede", "leads", LEEDS)}, {("Tomas Reede", "leads", YORK)}),
    ("The review by Baroness Jane Strand was critical of Alun Whitby, who ran the trust until "
     "2021 and now heads York and Scarborough Teaching Hospitals NHS Foundation Trust.",
     {("Alun Whitby", "leads", YORK)}, {("Baroness Jane Strand", "leads", YORK)}),
]


@pytest.mark.parametrize(("text", "person"), [
    ("Senior coroner for Norfolk Yvonne Lathwell said the trust must act.", "Yvonne Lathwell"),
    ("Area coroner for North Yorkshire Jon Heathcote said the trust must act.", "Jon Heathcote"),
])
def test_the_area_of_a_post_is_no_part_of_the_name(tmp_path, text, person):
    rows = story_rows(tmp_path, "News\n\n" + text)
    assert person in {r["label"] for r in rows if r["kind"] == "entity"}


def test_a_predecessor_held_the_post_said_before_not_after(tmp_path):
    rows = story_rows(tmp_path, "News\n\nLinnea Moss has been acting chief executive of Leeds "
                                "Teaching Hospitals NHS Trust since May, when her predecessor, "
                                "Cyril Dunne, left. She remains the trust's chief operating "
                                "officer.")
    assert {r["role"] for r in rows if r["kind"] == "fact" and r["subject"] == "Cyril Dunne"} == {
        "chief executive"}


@pytest.mark.parametrize(("text", "expected", "wrong"), CHECKED_27, ids=range(len(CHECKED_27)))
def test_read_and_not_misread_in_session_27(tmp_path, text, expected, wrong):
    found = triples(tmp_path, "News\n\n" + text)
    assert expected <= found
    assert not wrong & found


@pytest.mark.parametrize(("text", "body", "status"), [
    ("The list honours Professor Kathryn Lowe, chief executive of Health Education England until "
     "its merger with NHS England in 2023, for services to the workforce.",
     "Health Education England", "former"),
    ("Ian Trelawney, former chief executive of Leeds Teaching Hospitals NHS Trust and now chair of "
     "York and Scarborough Teaching Hospitals NHS Foundation Trust, is knighted.", YORK, "current"),
    ("Ian Trelawney, former chief executive of Leeds Teaching Hospitals NHS Trust and now chair of "
     "York and Scarborough Teaching Hospitals NHS Foundation Trust, is knighted.", LEEDS, "former"),
])
def test_a_past_or_present_post_in_an_apposition(tmp_path, text, body, status):
    rows = story_rows(tmp_path, "News\n\n" + text)
    assert {r["status"] for r in rows if r["kind"] == "fact" and r["object"] == body
            and r["predicate"] == "leads"} == {status}


def test_a_post_joined_to_a_deputy_post_keeps_its_own_title(tmp_path):
    rows = story_rows(tmp_path, "News\n\nJo Lane, the trust's director of finance and deputy chief "
                                "executive, said staff were tired. Leeds Teaching Hospitals NHS "
                                "Trust is in deficit.")
    assert {r["role"] for r in rows if r["kind"] == "fact" and r["subject"] == "Jo Lane"} == {
        "director of finance"}
