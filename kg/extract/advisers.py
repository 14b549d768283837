"""person or firm –advises→ organisation ("adviser to Y", "a Y health adviser", "brought in to
advise Y", "X, which previously advised Y", "X has been advising the trust")."""

from __future__ import annotations

import re

from kg.extract.context import (
    COMPANY_NAME,
    COUNT,
    DEAL_MONEY,
    DEFINITE_ORG,
    MONEY,
    PLURAL_BODIES,
    PLURAL_NOUN_CLASSES,
    TRUSTS,
    bodies_at,
    body_named_at,
    coordinated_bodies,
    coordinated_trusts,
    definite_org,
    listed_with,
    mention_at,
    mention_ending_at,
    new_company,
    plural_count,
    plural_trusts,
    topic_org,
)
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact, drop_commissioned_work
from kg.extract.gazetteer import load_gazetteer
from kg.extract.registry import extractor
from kg.extract.text import Cue, lazy_pattern
from kg.model import Mention, Sentence

__all__ = ["CONSULTANCY_NAME", "consultancies", "make_advisers"]

NAME = "advisers"
_FLAGS = re.IGNORECASE
_ADVICE_CUE = Cue("advis", "advice", "counsel", "represented", "acted for", "acting for",
                  "acts for", "hired",
                  "brought in", "engaged", "appointed", "asked", "commissioned", "drafted in",
                  "called in", "sent in", "retained", "used", "uses", "using", "employ",
                  "turned to", "turns to", "chosen", "selected", "picked", "support", "help",
                  "assist", "working with", "worked with", "work with", "lawyer", "solicitor",
                  "auditor", "accountant", "relying on", "relied on", "team from",
                  "staff from", "client", "consultants to", "on board", "carried out",
                  "conducted", "undertook", "undertaken", "performed")
_CONSULTANCY_NOUN = (r"(?:management\s+|global\s+|professional\s+services\s+|accountancy\s+"
                     r"|advisory\s+|audit\s+)?(?:consultanc(?:y|ies)|consultants|consulting|"
                     r"accountants|advisers|firm)(?:\s+firm)?")
_DESCRIBED_BEFORE = lazy_pattern(r"\b(?:consultanc(?:y|ies)|consultants|consulting firm|accountants"
                                 r"|accountancy firm|advisory firm|professional services firm"
                                 r"|audit firm|law firm|legal firm|solicitors)(?:\s+firm)?"
                                 r"\s+(?:from\s+|at\s+)?$", _FLAGS)
_DESCRIBED_AFTER = lazy_pattern(rf"\s*,\s*(?:a|the)\s+(?:[\w-]+\s+){{0,2}}?"
                                rf"{_CONSULTANCY_NOUN}\b", _FLAGS)
CONSULTANCY_NAME = lazy_pattern(r"Consult|Partners\b|Associates\b|Advisory\b"
                                r"|Commissioning Support Unit")
_HIRED_TO = lazy_pattern(rf"\s+(?:(?:more\s+than\s+|about\s+|almost\s+)?{MONEY}\s+)?"
                         r"(?:a\s+year\s+)?to\s+")
_HIRER_VERB = lazy_pattern(r"\b(?:paid|pays|paying|hired|engaged|appointed|commissioned"
                           r"|brought\s+in|retained|asked)\s+$")
""""The trust paid Brightwater Consulting £640,000 to advise both trusts": the paid firm
advises."""
_DID_WORK_FOR = lazy_pattern(
    r"\s+(?:has\s+|have\s+|had\s+|was\s+|will\s+)?(?:carried\s+out|conducted|undertook|undertaken"
    r"|performed|completed|did|led)\s+[^.;]{1,100}?\s+for\s+(?:the\s+)?(?=[A-Z])")
_WORKED_FOR = lazy_pattern(
    r"(?:\s*,\s*(?:which|who)\b)?"
    r"\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+|will\s+|is\s+to\s+|are\s+to\s+)?"
    r"(?:been\s+|be\s+)?(?:also\s+)?"
    r"(?:supported|supporting|support|supports|helped|helping|help|helps|assisted|assisting"
    r"|assist|worked with|working with"
    r"|work with|(?:acts|acted|acting)\s+for"
    r"|providing\s+(?:[“\"]?[\w-]+[”\"]?\s+){0,5}?(?:support|advice|help)[”\"]?\s+to)\s+", _FLAGS)
_WORKING_WITH = lazy_pattern(
    r"\s+(?:has\s+|have\s+|is\s+|are\s+|was\s+|were\s+)?(?:been\s+)?(?:also\s+)?"
    r"(?:worked|working|work)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?", _FLAGS)
_REFERENCE_WORKING_WITH = lazy_pattern(
    r"\s*(?P<reference>It|(?i:the\s+(?:trust|foundation\s+trust|ICB|CCG)))\s+(?:has|have|is|was"
    r"|had)\s+(?:also\s+)?(?:been\s+)?(?:working|worked)\s+with\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?")
""""It has been working with X on a programme": the body the story is about works with X."""
_AUDITOR = lazy_pattern(r"\baudit(?:or|ors|ing)?\b", _FLAGS)
""""Grant Thornton, the external auditor of X": auditing is not advice."""
_STAFF_FROM = lazy_pattern(r"\b(?:consultants|advisers|advisors|experts|specialists"
                           r"|(?P<team>(?:a\s+)?team|staff))"
                           r"\s+(?:from|at)\s+(?:the\s+)?(?:(?:consultancy|firm|company)\s+)?",
                           _FLAGS)
_AT_BODY = lazy_pattern(r"[^;:]*?\b(?:at|with|for|inside|into|to|(?:department|directorate|team"
                        r"|office)\s+of)\s+(?:the\s+)?(?=(?-i:[A-Z]))", _FLAGS)
_FIRM_CLASSES = frozenset({"Company", "Organisation"})
_HIRED_STAFF = lazy_pattern(
    r"(?<=\w)\s+(?:has\s+|have\s+|had\s+)?(?:used|uses|hired|hires|brought\s+in|brings\s+in"
    r"|engaged|engages|employed|employs|drafted\s+in|called\s+in|turned\s+to)\s+"
    r"(?:[\w-]+\s+){0,2}$", _FLAGS)
""""The trust used consultants from X": the body that hired them, just before the verb."""
_FIRM_WHICH_HELPED = lazy_pattern(
    rf"\s*(?P<name>{COMPANY_NAME})\s*,\s*which\s+(?:has|have|had)\s+(?:been\s+)?(?:also\s+)?"
    r"(?i:supporting|supported|advising|advised|working\s+with|worked\s+with|helping|helped"
    r"|assisting|assisted)\s+(?:the\s+)?")
_WORKS_FOR_BODY = frozenset({"NHSTrust", "NHSFoundationTrust", "CareTrust", "IntegratedCareBoard",
                             "IntegratedCareSystem", "ClinicalCommissioningGroup", "NationalBody",
                             "GovernmentDepartment", "LocalAuthority", "Hospital", "NHSBody",
                             "Regulator"})
_ADVISER = (r"(?:senior\s+|special\s+|chief\s+|health\s+|policy\s+|political\s+|clinical\s+"
            r"|independent\s+|strategic\s+|financial\s+|legal\s+|turnaround\s+|property\s+"
            r"|technical\s+|commercial\s+|transaction\s+|professional\s+)*advis[eo]r")
_CUE = lazy_pattern(
    rf"\b(?:{_ADVISER}s?\s+(?:to|for|at)|(?<=,\s)consultants\s+to|advis(?:e|es|ed|ing)"
    rf"|counsel(?:s|led|ling)?"
    rf"|act(?:ed|s|ing)\s+for|(?:provide|provided|provides|providing|give|gave|gives|giving)\s+"
    rf"(?:[\w-]+\s+)?"
    rf"advice\s+to)\s+"
    rf"(?=(?P<definite>{DEFINITE_ORG}\b)?)(?:the\s+)?(?:former\s+|then\s+|new\s+)?", _FLAGS
)
_APPOSED_UNTIL = lazy_pattern(r"\s*,\s*(?:a|an|the)\s+[^,;]{1,120},\s*(?:is|was|has|have|had|will"
                              r"|are|were)?\s*(?:been\s+)?")
_ANOTHER_CLIENT = lazy_pattern(r"\bthe\s+(?:[\w-]+\s+)?(?:trust|hospital|foundation\s+trust)\b",
                               _FLAGS)
_CLIENTS_INCLUDE = lazy_pattern(
    r"(?:[’']s?\s+(?:client\s+list|clients)|\bclients\s+of\s+(?P<after>(?-i:[A-Z]))"
    r"[^,;.]{0,60}?)\s+(?:include|includes|included|have\s+included|has\s+included"
    r"|are|were|have\s+been)\s+(?:the\s+)?", _FLAGS)
_OF_BODY = lazy_pattern(r"(?:board|team|leadership|management|executive|finance\s+team)\s+(?:of|at)"
                        r"\s+(?:the\s+)?", _FLAGS)
_HIRED_BY = lazy_pattern(
    r"\b(?:hired|brought in|engaged|appointed|commissioned|drafted in|called in|retained)\s+by\s+"
    r"(?:the\s+)?(?P<org>)", _FLAGS)
_APPOINTED_BY = lazy_pattern(r"\s+(?:has|have|had)\s+been\s+(?:appointed|hired|engaged|retained"
                             r"|chosen|selected|brought\s+in)\s+by\s+", _FLAGS)
_ADVICE_FROM = lazy_pattern(
    r"\b(?:(?:took|takes|taking|take|sought|seeks|received|receives|receiving|receive|got|gets|with"
    r"|relying\s+on|relied\s+on)\s+(?:[\w-]+\s+){0,2}?(?:advice|support|help)|advice\s+(?:for|to)\s+(?P<for>[^.;]{1,80}?)\s+(?:came|comes|was|is)(?:\s+provided)?"
    r"|advice\s+(?:on\s+[^.;]{1,80}?\s+)?(?:was|were|has\s+been|had\s+been|is|are)\s+(?:provided"
    r"|given|offered)\s+to\s+(?P<to>[^.;]{1,80}?))"
    r"(?:\s+(?:on|about)\s+[^.;]{1,60}?)?\s+(?:from|by)\s+(?:the\s+)?(?:(?:law|legal|accountancy"
    r"|consultancy|advisory)\s+)?(?:firm\s+|consultancy\s+)?", _FLAGS)
_ON_ADVICE_OF = lazy_pattern(r"\bon\s+the\s+(?:[\w-]+\s+)?advice\s+of\s+(?:the\s+)?(?:(?:law"
                             r"|legal|accountancy|consultancy|advisory)\s+)?(?:firm\s+)?",
                             _FLAGS)
_OPENING_FIRM = lazy_pattern(r"\s*(?P<name>(?-i:[A-Z][\w&’'-]*)(?:\s+(?:&\s+)?"
                             r"(?-i:[A-Z][\w&’'-]*)){0,3})\s*")
_COUNTED_CLIENTS = lazy_pattern(r"(?:(?:both|all|the)\s+)?(?:two|three|four|five|six|several"
                                r"|\d+)\s+"
                                r"(?:trusts|ICBs|CCGs|organisations|bodies|providers|boards"
                                r"|councils|systems)\b", _FLAGS)
_COLON_LIST = lazy_pattern(r"[^.;:]{0,80}:\s*(?:the\s+)?")
_IS_ADVISER_OF = lazy_pattern(r"\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be|remains)"
                              r"\s+(?:also\s+)?", _FLAGS)
_REFERENCE_ADVISER = lazy_pattern(rf"({DEFINITE_ORG})[’']s?\s+(?:[\w-]+\s+)?advis[eo]rs?\b", _FLAGS)
_BROUGHT_IN = lazy_pattern(
    r"\b(?:commissioned|commissions|brought\s+in|brings\s+in|hired|hires|appointed|appoints"
    r"|engaged|engages|drafted\s+in|called\s+in|retained|sent\s+in|parachuted\s+in|asked)\s+"
    r"(?:(?:[\w-]+\s+){0,3}?from\s+)?(?:the\s+)?$", _FLAGS)
_TO_HELP = lazy_pattern(
    r"(?:\s*,[^,;.]{1,60},)?\s+to\s+(?:help|support|advise|assist|work\s+with|review|turn\s+around"
    r"|improve|run\s+the\s+finances\s+of)\s+(?:the\s+(?:board|finances|leadership|management"
    r"|team)\s+(?:of|at)\s+)?(?:the\s+)?", _FLAGS)
_CLAUSE_SUBJECT = lazy_pattern(r"\s*,\s*(?:the\s+)?")
_WHICH_WAS_PAID = lazy_pattern(
    r"\s*,\s*which\s+(?:was|were|has\s+been|had\s+been|is\s+being)\s+paid\s+(?:more\s+than\s+"
    r"|almost\s+|nearly\s+|about\s+|around\s+)?(?P<money>" + MONEY + ")", _FLAGS)
_OWNERS_ADVISERS = lazy_pattern(r"[’']s?\s+(?:[\w-]+\s+)?(?:advis[eo]rs?|lawyers|solicitors"
                                r"|auditors|accountants)\s*,\s*(?:the\s+)?", _FLAGS)
_FIRM_NAME = lazy_pattern(COMPANY_NAME)
_DEFINITE_OWNER = lazy_pattern(rf"\b({DEFINITE_ORG})$", _FLAGS)
_OWNERS_ADVISER_WAS = lazy_pattern(
    rf"[’']s?\s+(?:[\w-]+\s+)?{_ADVISER}s?(?:\s+on\s+[^.;,]{{1,80}}?)?\s+(?:was|were|is|are)\s+"
    r"(?:the\s+)?(?:(?:law|accountancy|consultancy)\s+)?(?:firm\s+)?", _FLAGS)
_ADVISED_BY = lazy_pattern(r"\b(?:was|were|is|are|been|being|be)\s+(?:both\s+|also\s+)?"
                           r"(?:being\s+)?(?P<verb>advised|supported|represented"
                           r"|assisted|helped)\s+(?:(?:on|in|with|throughout|during|through"
                           r"|for)\s+[^,.;]{1,60}?\s+)?by\s+"
                           r"(?:the\s+)?(?:(?:law|accountancy|accounting|consultancy|consulting"
                           r"|management\s+consultancy|professional\s+services)\s+)?"
                           r"(?:consultancy\s+|firm\s+|consultants\s+(?:from\s+(?:the\s+)?)?"
                           r"|(?:advisers|a\s+team)\s+from\s+(?:the\s+)?)?", _FLAGS)
_FIRM_KIND = (r"(?:(?:law|legal|accountancy|audit|consultancy|consulting|management\s+consultancy)"
              r"\s+)?(?:consultancy\s+|firm\s+|consultants\s+)?")
_AND_BY = lazy_pattern(r"(?:\s*,\s*(?:which|who)\s+[^,;]{1,80}?,)?\s*,?\s+(?:and|as\s+well\s+as)"
                       rf"\s+(?:also\s+)?(?:by\s+)?(?:the\s+)?{_FIRM_KIND}", _FLAGS)
""""advised on the talks by law firm A and by consultancy firm B", "by A, which built the
model, and by the law firm B": each firm advises."""
_FIRM_LIST = lazy_pattern(rf"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?{_FIRM_KIND}", _FLAGS)
""""KPMG and the law firm Mills & Reeve advised X": the firms of one list."""
_OPENING_ASIDE = (r"(?:(?:In|At|Meanwhile|Elsewhere|Separately|Last\s+year|This\s+year)"
                  r"(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}\s*,\s*)?")
""""In Sheffield, the CCG commissioned X": an opening aside before the clause's subject."""
_PLURAL_CLIENTS = lazy_pattern(r"\s*" + _OPENING_ASIDE + r"(?:The|Both)\s+(?P<count>two\s+"
                               r"|three\s+)?(?P<noun>trusts|organisations|ICBs|CCGs|boards)\b",
                               _FLAGS)
_PLURAL_OBJECT = lazy_pattern(PLURAL_BODIES, _FLAGS)
_CLIENT_LIST = lazy_pattern(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?")
_TO_ADVISE = lazy_pattern(r"\s+(?:to\s+(?:advise|support|help)\b|(?:[\w-]+\s+){0,3}?for\s+(?:help"
                          r"|advice|support)\b)", _FLAGS)
_TO_ASSESS = lazy_pattern(r"\s+to\s+(?:advise|review|assess|evaluate|audit|examine|look\s+at"
                         r"|scrutinise|model|appraise|investigate)\b", _FLAGS)
""""brought in the firm X to assess its estates strategy": work that is advice."""
_TO_ADVISE_ONLY = lazy_pattern(r"\s+to\s+advise\b", _FLAGS)
_TO_WORK = lazy_pattern(r"\s+to\s+(?:advise|support|help|review|assess|evaluate|audit|examine"
                        r"|look at|improve|carry out|deliver|develop|run|oversee|redesign"
                        r"|design|transform|reduce|cut|plan|draw up|lead|produce|prepare|write"
                        r"|conduct|undertake|model|scrutinise)\b", _FLAGS)
_APPOINTED_AS = lazy_pattern(
    r"\b(?:appointed|hired|engaged|retained|chosen|selected|picked)\s+(?P<adviser>)", _FLAGS)
_AS_ADVISER = lazy_pattern(rf"\s+as\s+(?:(?:its|their|the|an?)\s+)?(?:[\w-]+\s+){{0,2}}?"
                           rf"{_ADVISER}s?\b", _FLAGS)
_AND_NEXT_ADVISER = lazy_pattern(r"\s*,?\s+(?:and|with|while)\s+(?:the\s+)?(?:(?:law|accountancy"
                                r"|consultancy)\s+)?(?:firm\s+)?", _FLAGS)
""""appointed A as legal adviser and B as commercial adviser": each firm advises."""
_CONTRACT_TERMS = lazy_pattern(rf"\b(?:contract|deal)\b|{DEAL_MONEY}", _FLAGS)
_MONEY = lazy_pattern(DEAL_MONEY)
_USED_TO = lazy_pattern(r"\b(?:used|uses|using|employed|employs|turned to|turns to)\s+(?:the\s+)?",
                        _FLAGS)
_ON_BOARD_WHEN = lazy_pattern(r"(?:\s+on\s+board)?(?:\s+(?:last|this)\s+(?:year|month|week|spring"
                              r"|summer|autumn|winter)|\s+in\s+(?:\d{4}|[A-Z][a-z]+))?")
_ENGAGED = lazy_pattern(
    r"\b(?:appointed|hired|engaged|commissioned|brought\s+in|drafted\s+in|retained|asked"
    r"|brought(?=\s+[A-Z][^.;]{2,60}?\s+on\s+board\b)"
    r"|with\s+(?:support|help)\s+from)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?"
    r"(?:consultancy|consultants|firm)(?:\s+firm)?\s+)?", _FLAGS)
_OPENING_CLIENT = lazy_pattern(
    rf"\s*(?:(?:In|At)\s+(?P<place>(?-i:[A-Z])[\w’'-]*)\s*,\s*|{_OPENING_ASIDE})"
    rf"(?P<ref>{DEFINITE_ORG}|The\s+board|It)\b", _FLAGS)
_ADVISER_NOUN = lazy_pattern(rf"{_ADVISER}s?\s+(?:to|for|at)\b", _FLAGS)
_ORG_ADVISER = lazy_pattern(rf"(?:[’']s?\s+(?:(?:national|senior|special|chief|independent"
                            rf"|clinical|policy|health)\s+){{0,2}}|\s+){_ADVISER}\b", _FLAGS)
_THE_FIRM = lazy_pattern(r"\s*(?:(?:The|This)\s+(?:firm|consultancy|company|consultants|advisers"
                         r"|practice)|It)\b(?:\s+(?:has|have|had|is|was|will|also|now|been|being|be)\b)*\s*$")
_ANTECEDENT_GAP = lazy_pattern(r"\s*(?:\([^()]{1,30}\))?\s*(?:,\s*(?:a|an|the)\s+[^,;.]{1,60})?\s*")
""""A and B appointed Ridge and Partners, which has advised both trusts": "which" hangs on the
words right before it, here no known body, so neither trust is the adviser."""
_RELATIVE = lazy_pattern(r",?\s*\b(?P<pronoun>which|who|that)\s+(?:[\w-]+\s+){0,4}$", _FLAGS)
_FORMER = lazy_pattern(r"\b(?:had|former|formerly|previously|ex-|once|used to|until)\b", _FLAGS)
_HYPOTHETICAL = lazy_pattern(r"\b(?:could|might|would|(?-i:may)|will be asked|if|whether|not)\b",
                           _FLAGS)


_FIRM_THEN_VERB = lazy_pattern(r"\s+(?:has\s+|had\s+|also\s+|then\s+|been\s+|is\s+|was\s+)*"
                               r"(?:(?:been|was|were|is|will\s+be)\s+(?:brought\s+in|hired|appointed|engaged|retained|drafted\s+in"
                               r"|called\s+in|asked)\s+to\s+)?")
_NEW_CLAUSE = lazy_pattern(r"(?:,?\s+(?:and|while|but|whereas)|;|,\s+with)\s+(?:the\s+)?"
                          r"(?:(?:consultancy|consultants|firm|law\s+firm|accountancy\s+firm"
                          r"|accountants|lawyers)\s+)?$", _FLAGS)
""""EY advised X on the deal and KPMG advised Y", "X has been placed under directions, and KPMG
has been brought in to advise the CCG", "X bought Y, with consultancy Z advising the trust": each
clause's firm advises its client."""


_REPORTED_ADVISER = lazy_pattern(
    r"\b(?:found|said|says|concluded|revealed|showed|shows|reported|noted|claimed|confirmed)\s+"
    r"(?:that\s+)?(?P<name>(?-i:[A-Z])[\w&’'.-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w&’'.-]*){0,3})\s+"
    r"(?:(?:had|has|have|was|were|is|also)\s+)*$", re.IGNORECASE)
""""The NAO found that Deloitte had advised NHS England": the adviser is whoever the report
says advised, not the body reporting it."""


def _subject(doc: StoryDoc, sentence: Sentence, cue_start: int) -> Mention | None:
    """The adviser: the body a "which"/"who" clause hangs on, else the sentence's first
    person or organisation before the cue."""
    head = doc.text[sentence.start:cue_start]
    if _ADVISER_NOUN.match(doc.text, cue_start):
        people = [m for m in doc.mentions_in(sentence, "Person") if m.end <= cue_start]
        if people:
            return people[-1]
    joined = next((m for m in doc.mentions_in(sentence, "Organisation") if m.cls == "Company"
                   and _FIRM_THEN_VERB.fullmatch(doc.text, m.end, cue_start)
                   and _NEW_CLAUSE.search(doc.text, sentence.start, m.start)), None)
    if joined is not None:
        return joined
    reported = _REPORTED_ADVISER.search(head)
    if reported:
        at = sentence.start + reported.start("name")
        named_here = mention_at(doc, at, "Person") or mention_at(doc, at, "Organisation")
        return named_here or new_company(doc, NAME, at, sentence.start + reported.end("name"))
    relative = _RELATIVE.search(head)
    if relative:
        before = sentence.start + relative.start()
        wanted = "Person" if relative["pronoun"].lower() == "who" else "Organisation"
        candidates = [m for m in doc.mentions_in(sentence, wanted) if m.end <= before]
        if candidates and wanted == "Organisation" and not _ANTECEDENT_GAP.fullmatch(
                doc.text, candidates[-1].end, before):
            return None
        if candidates or wanted == "Person":
            return candidates[-1] if candidates else None
        named = _OPENING_FIRM.fullmatch(doc.text, sentence.start, before)
        if named and mention_at(doc, named.start("name"), "Person") is None:
            return new_company(doc, NAME, named.start("name"), named.end("name"))
        return None
    people = [m for m in doc.mentions_in(sentence, "Person") if m.end <= cue_start]
    firm = next((m for m in doc.mentions_in(sentence, "Organisation")
                 if m.cls in _FIRM_CLASSES and m.end <= cue_start
                 and _APPOSED_UNTIL.fullmatch(doc.text, m.end, cue_start)), None)
    if firm is not None:
        return firm
    hired = next((m for m in doc.mentions_in(sentence, "Organisation")
                  if m.cls == "Company" and _HIRED_TO.fullmatch(doc.text, m.end, cue_start)
                  and _HIRER_VERB.search(doc.text, sentence.start, m.start)), None)
    if hired is not None:
        return hired
    if people:
        return people[-1]
    candidates = [m for m in doc.mentions_in(sentence) if m.end <= cue_start
                  and m.category == "Organisation"]
    if candidates:
        return candidates[0]
    return _firm_referred(doc, sentence) if _THE_FIRM.match(head) else None


def _firm_referred(doc: StoryDoc, sentence: Sentence) -> Mention | None:
    """What "The firm", "The consultancy" or "It" opening a sentence means: the consultancy
    (else the company) named last before it."""
    earlier = [m for m in doc.mentions_before(sentence.start, "Organisation")
               if m.cls in {"Company", "Organisation"}]
    known = consultancies(doc)
    firms = [m for m in earlier if (m.key or m.text) in known] or [
        m for m in earlier if m.cls == "Company"]
    return firms[-1] if firms else None


_DONE_FOR_BY = lazy_pattern(
    r"\b(?:(?:was|were|has\s+been|had\s+been|is\s+being|will\s+be)\s+)?(?:carried\s+out"
    r"|conducted|undertaken|done|performed|completed|provided|prepared|produced|drawn\s+up)\s+"
    r"(?:jointly\s+)?for\s+(?P<client>[^,;.]{1,90}?)\s+by\s+(?:the\s+)?", _FLAGS)


_PRICED = lazy_pattern(rf"\b(?:at\s+a\s+cost\s+of|costing|cost|for|worth|fees?\s+of)\s+"
                      rf"(?:about\s+|around\s+|almost\s+|nearly\s+|more\s+than\s+)?{MONEY}",
                      _FLAGS)


def _priced_advice(doc: StoryDoc, sentence: Sentence) -> None:
    """"X carried out due diligence for Y at a cost of £310,000": advice with a price is a
    contract too."""
    price = _PRICED.search(sentence.text)
    if price is None:
        return
    for fact in [f for f in doc.facts if f.predicate == "advises" and f.evidence.extractor == NAME
                 and f.evidence.start == sentence.start and f.subject.category == "Organisation"
                 and isinstance(f.object, Mention)]:
        add_fact(doc, sentence, fact.subject, "awardedContract", fact.object, extractor=NAME,
                 confidence=0.65, value=_MONEY.search(price.group(0)).group(0))


def _done_for_by(doc: StoryDoc, sentence: Sentence, known: frozenset[str]) -> None:
    """"Due diligence was carried out for both boards by the accountancy firm X and the law
    firm Y": the firms named after "by" advise the bodies the work was done for."""
    for cue in _DONE_FOR_BY.finditer(doc.text, sentence.start, sentence.end):
        clients = bodies_at(doc, cue.start("client"), cue.end("client"), sentence.start)
        firms = [m for m in doc.mentions_in(sentence, "Organisation")
                 if 0 <= m.start - cue.end() < 120
                 and (m.cls == "Company" or (m.key or m.text) in known)]
        for firm in firms:
            for client in clients:
                add_fact(doc, sentence, firm, "advises", client, extractor=NAME,
                         confidence=0.7, status="current")


_DENIED = lazy_pattern(r"\b(?:had|has|have|did)\s+not\s+(?:engaged|hired|appointed|used|paid"
                       r"|retained|commissioned|brought\s+in)\b|\bden(?:ied|ies|y)\s+that\b",
                       _FLAGS)
""""The trust said it had not engaged PwC", "has denied that it paid McKinsey": no adviser."""


@extractor("advisers", requires=("mentions.person", "mentions.organisation"),
           assigns=("facts.advises", "facts.awardedContract"))
def make_advisers() -> object:
    def advisers(doc: StoryDoc) -> StoryDoc:
        text = doc.text
        known: frozenset[str] | None = None
        for sentence in doc.sentences:
            if "contract" in sentence.text:
                known = consultancies(doc) if known is None else known
                _contracted_to_work(doc, sentence, known)
            if " by " in sentence.text and _DONE_FOR_BY.search(sentence.text):
                _done_for_by(doc, sentence, consultancies(doc))
            if not _ADVICE_CUE(sentence.text) or _DENIED.search(sentence.text):
                continue
            for cue in _CUE.finditer(text, sentence.start, sentence.end):
                window = text[max(sentence.start, cue.start() - 40):cue.start()]
                if _HYPOTHETICAL.search(window):
                    continue
                advised = mention_at(doc, cue.end(), "Organisation")
                if advised is None and cue["definite"]:
                    of_body = _OF_BODY.match(text, cue.end(), sentence.end)
                    advised = mention_at(doc, of_body.end(), "Organisation") if of_body else (
                        definite_org(doc, cue["definite"], cue.end()))
                plural = _PLURAL_OBJECT.match(text, cue.end(), sentence.end)
                bare = _PLURAL_HIRERS.match(text, cue.end(), sentence.end) \
                    if advised is None and plural is None and text[cue.start():cue.end()] \
                    .lower().rstrip().endswith("the") else None
                counted = _COUNTED_CLIENTS.match(text, cue.end(), sentence.end)
                listing = _COLON_LIST.match(text, counted.end(), sentence.end) if counted else None
                first = mention_at(doc, listing.end(), "Organisation") if listing else None
                clients = _bodies_meant(doc, bare, sentence.start) if bare else listed_with(
                    doc, doc.mentions_in(sentence, "Organisation"), first, _CLIENT_LIST,
                    before=False) if first is not None else (
                    coordinated_trusts(doc, cue.start(), plural_count(
                        plural["count"])) if plural and advised is None else (
                        listed_with(doc, doc.mentions_in(sentence, "Organisation"), advised,
                                    _CLIENT_LIST, before=False)
                        if advised is not None and advised.start == cue.end() else
                        [advised] if advised is not None else []))
                subject = _subject(doc, sentence, cue.start())
                named = doc.mentions_in(sentence, "Organisation")
                firms = listed_with(doc, named, subject, _FIRM_LIST) if subject in named \
                    else [subject]
                for client in clients:
                    for firm in firms:
                        if firm is not None and firm.text != client.text:
                            add_fact(doc, sentence, firm, "advises", client, extractor=NAME,
                                     confidence=0.75, status="former" if _FORMER.search(window)
                                     else "current")
            _advised_by(doc, sentence)
            _staff_from(doc, sentence)
            _firm_which_helped(doc, sentence)
            _advice_from(doc, sentence)
            _brought_in_to_help(doc, sentence)
            _owner_advisers(doc, sentence)
            for hired in _HIRED_BY.finditer(text, sentence.start, sentence.end):
                _hired_by(doc, sentence, hired)
            _hired_as(doc, sentence)
            _appointed_by_as(doc, sentence)
            if known is None:
                known = consultancies(doc)
            _engaged_to_work(doc, sentence, known)
            _consultancy_at_work(doc, sentence, known)
            _consultancy_beside(doc, sentence, known)
            _advised_the_subject(doc, sentence, known)
            for org in doc.mentions_in(sentence, "Organisation"):
                if _ORG_ADVISER.match(text, org.end, sentence.end):
                    person = _person_for_modifier(doc, sentence, org)
                    if person is not None:
                        context = text[person.end:org.start] if person.end <= org.start else ""
                        add_fact(doc, sentence, person, "advises", org, extractor=NAME,
                                 confidence=0.7,
                                 status="former" if _FORMER.search(context) or re.search(
                                     r"\bhad been\b", context) else "current")
        drop_commissioned_work(doc, NAME)
        for sentence in doc.sentences:
            if "£" in sentence.text:
                _priced_advice(doc, sentence)
        return doc
    return advisers


_PLURAL_HIRERS = lazy_pattern(rf"(?:(?P<count>{COUNT}|both)\s+)?(?P<noun>trusts|CCGs|ICBs"
                              r"|boards|organisations)\b", _FLAGS)


_POST_APPOSED = lazy_pattern(r"\b(?:director|chair|chief\s+executive|officer)\s*,\s*$", _FLAGS)
""""An improvement director, X, was appointed by NHS Improvement to support Y": X holds a
post there and advises no one."""


def _hired_by(doc: StoryDoc, sentence: Sentence, hired: re.Match[str]) -> None:
    """"X was hired by Y to review ...": the firm advises Y. A consultancy "brought in by the
    trusts" advises the bodies the plural means, whatever it was brought in to do."""
    text = doc.text
    hirer = mention_at(doc, hired.end(), "Organisation")
    subject = _subject(doc, sentence, hired.start())
    work = _TO_ADVISE if subject is None or subject.cls != "Company" else _TO_WORK
    if subject is not None and subject.category == "Person" and _POST_APPOSED.search(
            text, max(sentence.start, subject.start - 40), subject.start):
        return
    working = hirer is not None and work.match(text, hirer.end, sentence.end) is not None
    target = _WORK_FOR.match(text, hirer.end, sentence.end) \
        if hirer is not None and hirer.cls in {"Regulator", "NationalBody"} else None
    client = mention_at(doc, target.end(), "Organisation") if target else None
    hirer = client if client is not None and client.cls in _WORKS_FOR_BODY else hirer
    if hirer and subject and subject.text != hirer.text and working:
        named = doc.mentions_in(sentence, "Organisation")
        firms = [m for m in listed_with(doc, named, subject, _CLIENT_LIST, before=False)
                 if m.cls in _FIRM_CLASSES and m.end <= hired.start()] if subject in named else []
        for firm in firms or [subject]:
            add_fact(doc, sentence, firm, "advises", hirer, extractor=NAME, confidence=0.7,
                     status="current")
    plural = _PLURAL_HIRERS.match(text, hired.end(), sentence.end) if hirer is None else None
    if plural is None or subject is None or hired.group(0).lower().startswith("commissioned") \
            or (subject.key or subject.text) not in consultancies(doc):
        return
    for body in _bodies_meant(doc, plural, sentence.start):
        if body.cls in _WORKS_FOR_BODY and body.text != subject.text:
            add_fact(doc, sentence, subject, "advises", body, extractor=NAME, confidence=0.65,
                     status="current")


_WORK_FOR = lazy_pattern(r"\s+to\s+(?:[\w-]+\s+){1,6}?for\s+(?:the\s+)?", _FLAGS)
""""EY was drafted in by the regulator to draw up a recovery plan for X": the firm works for X."""


def _bodies_meant(doc: StoryDoc, plural: re.Match[str], offset: int) -> list[Mention]:
    """The bodies "the trusts", "both CCGs" or "the two boards" at ``offset`` mean."""
    classes = PLURAL_NOUN_CLASSES.get(plural["noun"].lower(), TRUSTS)
    count = plural["count"] or ("two " if plural.group(0).split()[0].lower() == "both"
                                else None)
    if count:
        return coordinated_trusts(doc, offset, plural_count(count), classes)
    found = coordinated_bodies(doc, offset, classes)
    before = [s for s in doc.sentences if s.end <= offset][-1:]
    named = {m.key or m.text: m for m in doc.mentions_in(before[0], "Organisation")
             if m.cls in classes} if before and not found else {}
    return found or (list(named.values()) if 2 <= len(named) <= 4 else [])


_AND_ENGAGED = lazy_pattern(r"\band\s+(?:has\s+|have\s+|had\s+)?(?:appointed|hired|engaged"
                           r"|commissioned|brought\s+in|asked)\b", _FLAGS)
""""Monitor found X in breach and has appointed KPMG": the firm works for the sentence's
subject, not the body it found in breach."""


def _clients(doc: StoryDoc, sentence: Sentence, cue_start: int) -> list[Mention]:
    """Whom a firm engaged in the clause before ``cue_start`` works for: the last body named
    there, else the bodies "The ICBs" or "Both trusts" opening it mean, else the body "The
    trust" or "It" opening it means."""
    opener = next(iter(doc.mentions_in(sentence, "Organisation")), None)
    named = [m for m in doc.mentions_in(sentence, "Organisation") if m.end <= cue_start
             and m.cls in _WORKS_FOR_BODY]
    if named and opener is not None and opener.start < named[-1].start and \
            _AND_ENGAGED.search(doc.text, named[-1].end, cue_start + 40):
        return [opener] if opener.cls in _WORKS_FOR_BODY else []
    if named:
        return listed_with(doc, named, named[-1], _CLIENT_LIST, after=False)
    head = doc.text[sentence.start:cue_start]
    plural = _PLURAL_CLIENTS.match(head)
    if plural is not None:
        return _bodies_meant(doc, plural, sentence.start)
    opening = _OPENING_CLIENT.match(head)
    found = definite_org(doc, _placed(opening), sentence.start + opening.start("ref")) \
        if opening else None
    return [found] if found is not None else []


def _placed(opening: re.Match[str]) -> str:
    """"In Sheffield, the CCG": the phrase "the Sheffield CCG"."""
    reference = opening["ref"]
    if opening["place"] and reference.lower().startswith("the "):
        return f"the {opening['place']} {reference[4:]}"
    return reference


def _engaged(doc: StoryDoc, sentence: Sentence, firm: Mention, clients: list[Mention], *,
             confidence: float) -> None:
    """The firm advises each client; a contract or a sum named after it makes the work a
    contract too ("appointed X as advisers under a contract worth £850,000")."""
    terms = _CONTRACT_TERMS.search(doc.text, firm.end, sentence.end)
    money = _MONEY.search(doc.text, firm.end, sentence.end) if terms is not None else None
    for client in clients:
        if client.text == firm.text:
            continue
        add_fact(doc, sentence, firm, "advises", client, extractor=NAME, confidence=confidence,
                 status="current")
        if terms is not None:
            add_fact(doc, sentence, firm, "awardedContract", client, extractor=NAME,
                     confidence=confidence, value=money.group(0) if money else None)


def _staff_from(doc: StoryDoc, sentence: Sentence) -> None:
    """"Consultants from X have spent a year at the trust", "A team from X spent weeks in the
    finance department of Y": the firm advises the body they work at, with or for, named later
    in the same clause."""
    text = doc.text
    for cue in _STAFF_FROM.finditer(text, sentence.start, sentence.end):
        firm = mention_at(doc, cue.end(), "Organisation")
        if firm is None or firm.cls not in (("Company",) if cue["team"] else _FIRM_CLASSES):
            continue
        place = _AT_BODY.match(text, firm.end, sentence.end)
        client = mention_at(doc, place.end(), "Organisation") if place else None
        hired = _HIRED_STAFF.search(text, sentence.start, cue.start()) if client is None else None
        if hired is not None:
            client = mention_ending_at(doc, hired.start(), "Organisation")
        if client is not None and client.cls in _WORKS_FOR_BODY:
            add_fact(doc, sentence, firm, "advises", client, extractor=NAME, confidence=0.7,
                     status="current")


def _firm_which_helped(doc: StoryDoc, sentence: Sentence) -> None:
    """"Harwood Lane, which has been supporting the ICB on its plan, ...": a name that opens the
    sentence and is "which", not "who", is a firm, and it advises the body it helped."""
    opening = _FIRM_WHICH_HELPED.match(doc.text, sentence.start, sentence.end)
    if opening is None or mention_at(doc, opening.start("name"), "Person") is not None:
        return
    client = mention_at(doc, opening.end(), "Organisation")
    if client is None or client.cls not in _WORKS_FOR_BODY:
        return
    firm = mention_at(doc, opening.start("name"), "Organisation")
    if firm is None:
        firm = new_company(doc, NAME, opening.start("name"), opening.end("name"))
    if firm is not None and firm.cls in _FIRM_CLASSES and firm.text != client.text:
        add_fact(doc, sentence, firm, "advises", client, extractor=NAME, confidence=0.7,
                 status="current")


def _advice_from(doc: StoryDoc, sentence: Sentence) -> None:
    """"The ICB took legal advice from the law firm X"; "Legal advice for both trusts came
    from X": the firm advises whoever took the advice or whom it was for."""
    text = doc.text
    cues = [(cue, False) for cue in _ADVICE_FROM.finditer(text, sentence.start, sentence.end)]
    cues += [(cue, True) for cue in _ON_ADVICE_OF.finditer(text, sentence.start, sentence.end)]
    for cue, on_advice in cues:
        if cue.group(0).lower().startswith("with") and _CONTRACT_TERMS.search(
                text, sentence.start, cue.start()):
            continue
        adviser = mention_at(doc, cue.end(), "Organisation")
        name = _FIRM_NAME.match(text, cue.end(), sentence.end) if adviser is None else None
        if name and mention_at(doc, cue.end(), "Person") is None:
            adviser = new_company(doc, NAME, name.start(), name.end())
        if adviser is None:
            continue
        clients: list[Mention] = []
        recipient = "to" if not on_advice and cue["for"] is None else "for"
        if not on_advice and cue[recipient] is not None:
            plural = _PLURAL_OBJECT.match(text, cue.start(recipient))
            named = mention_at(doc, cue.start(recipient), "Organisation")
            if plural:
                clients = coordinated_trusts(doc, sentence.start, plural_count(plural["count"]))
            elif named is not None:
                clients = [named]
        else:
            clients = _clients(doc, sentence, cue.start())
            subject = _CLAUSE_SUBJECT.match(text, adviser.end, sentence.end) \
                if on_advice and not clients else None
            named = mention_at(doc, subject.end(), "Organisation") if subject else None
            if named is not None and named.cls in _WORKS_FOR_BODY:
                clients = [named]
            if not clients and cue.group(0).lower().startswith("with") \
                    and adviser.cls in {"Company", "Organisation"}:
                topic = topic_org(doc)
                clients = [topic] if topic is not None else []
        _engaged(doc, sentence, adviser,
                 [client for client in clients if client.cls in _WORKS_FOR_BODY], confidence=0.7)


def _owner_advisers(doc: StoryDoc, sentence: Sentence) -> None:
    """"The trust's advisers, Deloitte, said"; "The council's adviser on the sale was Tarn
    Capital": the firm named advises the body whose advisers they are."""
    text = doc.text
    for cue in _OWNERS_ADVISER_WAS.finditer(text, sentence.start, sentence.end):
        client = mention_ending_at(doc, cue.start(), "Organisation")
        name = _FIRM_NAME.match(text, cue.end(), sentence.end)
        adviser = mention_at(doc, cue.end(), "Organisation") or (
            new_company(doc, NAME, name.start(), name.end()) if name and mention_at(
                doc, cue.end(), "Person") is None else None)
        if client is not None and adviser is not None and client.cls in _WORKS_FOR_BODY \
                and client.text != adviser.text:
            add_fact(doc, sentence, adviser, "advises", client, extractor=NAME,
                     confidence=0.7, status="current")
    for adviser in doc.mentions_in(sentence, "Organisation"):
        copula = _IS_ADVISER_OF.match(text, adviser.end, sentence.end)
        article = re.match(r"the\s+", text[copula.end():copula.end() + 4], _FLAGS) \
            if copula else None
        named = mention_at(doc, copula.end() + (article.end() if article else 0),
                           "Organisation") if copula else None
        owned = _ORG_ADVISER.match(text, named.end, sentence.end) if named else None
        reference = _REFERENCE_ADVISER.match(text, copula.end(), sentence.end) \
            if copula and owned is None else None
        client = named if owned else definite_org(doc, reference.group(1), copula.end()) \
            if reference else None
        if client is not None and client.cls in _WORKS_FOR_BODY and client.text != adviser.text \
                and adviser.cls in {"Company", "Organisation"}:
            add_fact(doc, sentence, adviser, "advises", client, extractor=NAME,
                     confidence=0.7, status="current")
    if "client" in sentence.text:
        _clients_include(doc, sentence)
    for cue in _OWNERS_ADVISERS.finditer(text, sentence.start, sentence.end):
        client = mention_ending_at(doc, cue.start(), "Organisation")
        owner = _DEFINITE_OWNER.search(text, sentence.start, cue.start()) if client is None \
            else None
        client = definite_org(doc, owner.group(1), owner.start(1)) if owner else client
        adviser = mention_at(doc, cue.end(), "Organisation")
        if client is not None and adviser is not None and client.cls in _WORKS_FOR_BODY \
                and client.text != adviser.text:
            add_fact(doc, sentence, adviser, "advises", client, extractor=NAME,
                     confidence=0.7, status="current")


def _clients_include(doc: StoryDoc, sentence: Sentence) -> None:
    """"X's clients include A and B"; "The clients of X have included A": a firm advises the
    bodies named as its clients."""
    text = doc.text
    orgs = doc.mentions_in(sentence, "Organisation")
    for cue in _CLIENTS_INCLUDE.finditer(text, sentence.start, sentence.end):
        firm = mention_ending_at(doc, cue.start(), "Organisation") if cue["after"] is None \
            else mention_at(doc, cue.start("after"), "Organisation")
        first = mention_at(doc, cue.end(), "Organisation")
        if firm is None or first is None or firm.cls not in _FIRM_CLASSES:
            continue
        for client in listed_with(doc, orgs, first, _CLIENT_LIST, before=False):
            if client.cls in _WORKS_FOR_BODY:
                add_fact(doc, sentence, firm, "advises", client, extractor=NAME,
                         confidence=0.7, status="current")


def _brought_in_to_help(doc: StoryDoc, sentence: Sentence) -> None:
    """"Monitor commissioned X to support the board of Y"; "NHSI brought in turnaround experts
    from X to help Y": the firm brought in advises the body it is to help."""
    text = doc.text
    for firm in doc.mentions_in(sentence, "Organisation"):
        if firm.cls not in {"Company", "Organisation"} or not _BROUGHT_IN.search(
                text, max(sentence.start, firm.start - 80), firm.start):
            continue
        purpose = _TO_HELP.match(text, firm.end, sentence.end)
        client = mention_at(doc, purpose.end(), "Organisation") if purpose else None
        if client is not None and client.cls in _WORKS_FOR_BODY:
            add_fact(doc, sentence, firm, "advises", client, extractor=NAME, confidence=0.7,
                     status="current")


def _advised_by(doc: StoryDoc, sentence: Sentence) -> None:
    """"The trusts were advised on the deal by KPMG": the firm advises the bodies before; a
    company "advised on the deal by" a bank or law firm is its client too."""
    for cue in _ADVISED_BY.finditer(doc.text, sentence.start, sentence.end):
        adviser = mention_at(doc, cue.end(), "Organisation")
        name = _FIRM_NAME.match(doc.text, cue.end(), sentence.end) if adviser is None else None
        if name and mention_at(doc, cue.end(), "Person") is None and cue["verb"].lower() \
                == "advised":
            adviser = new_company(doc, NAME, name.start(), name.end())
        if adviser is None or (cue["verb"].lower() != "advised" and adviser.cls != "Company"):
            continue
        head = doc.text[sentence.start:cue.start()]
        plural = _PLURAL_CLIENTS.match(head)
        pair = plural is not None and re.search(r"\b(?:both|two)\b", plural.group(0), _FLAGS)
        three = plural is not None and re.search(r"\bthree\b", plural.group(0), _FLAGS)
        dealer = cue["verb"].lower() == "advised" and adviser.cls == "Company"
        before = [m for m in doc.mentions_in(sentence, "Organisation") if m.end <= cue.start()
                  and (m.cls in _WORKS_FOR_BODY or (dealer and m.cls == "Company"))]
        kinds = PLURAL_NOUN_CLASSES.get(plural["noun"].lower(), TRUSTS) if plural else TRUSTS
        clients = coordinated_trusts(doc, sentence.start, 3 if three else 2, kinds) if plural \
            and (pair or three) else plural_trusts(doc, sentence.start, None, kinds) \
            if plural else (
            listed_with(doc, before, before[-1], _CLIENT_LIST, after=False) if before else [])
        opening = _OPENING_CLIENT.match(head) if not clients else None
        if opening is not None:
            found = definite_org(doc, _placed(opening), sentence.start + opening.start("ref"))
            clients = [found] if found is not None else []
        paid = _WHICH_WAS_PAID.match(doc.text, adviser.end, sentence.end)
        also = _AND_BY.match(doc.text, adviser.end, sentence.end)
        second = mention_at(doc, also.end(), "Organisation") if also else None
        advisers = [adviser] + ([second] if second is not None and second.cls == "Company"
                                else [])
        for client in clients:
            for firm in advisers:
                if client.text == firm.text:
                    continue
                add_fact(doc, sentence, firm, "advises", client, extractor=NAME,
                         confidence=0.7, status="current")
                if paid and firm is adviser:
                    add_fact(doc, sentence, adviser, "awardedContract", client, extractor=NAME,
                             confidence=0.7, value=paid["money"])


def _appointed_by_as(doc: StoryDoc, sentence: Sentence) -> None:
    """"Engineering consultancy Arup has been appointed by the trust as its technical
    adviser"."""
    text = doc.text
    for cue in _APPOINTED_BY.finditer(text, sentence.start, sentence.end):
        adviser = next((m for m in doc.mentions_in(sentence, "Organisation")
                        if m.end <= cue.start() and not text[m.end:cue.start()].strip()), None)
        article = re.match(r"the\s+", text[cue.end():cue.end() + 4], _FLAGS)
        client = mention_at(doc, cue.end() + (article.end() if article else 0), "Organisation")
        named_end = client.end if client is not None else cue.end()
        reference = re.match(DEFINITE_ORG, text[cue.end():sentence.end], _FLAGS) \
            if client is None and article else None
        if reference:
            client, named_end = definite_org(doc, reference.group(0), cue.start()), \
                cue.end() + reference.end()
        if adviser is None or client is None or adviser.text == client.text:
            continue
        if _AS_ADVISER.match(text, named_end, sentence.end):
            add_fact(doc, sentence, adviser, "advises", client, extractor=NAME,
                     confidence=0.7, status="current")


def _hired_as(doc: StoryDoc, sentence: Sentence) -> None:
    """"Y appointed X as its financial adviser"; "Y has used X to advise on the merger"."""
    text = doc.text
    orgs = doc.mentions_in(sentence, "Organisation")
    for pattern, tail in ((_APPOINTED_AS, _AS_ADVISER), (_USED_TO, _TO_ADVISE)):
        for cue in pattern.finditer(text, sentence.start, sentence.end):
            adviser = next((m for m in orgs if m.start == cue.end()), None) or (
                mention_at(doc, cue.end(), "Person") if pattern is _APPOINTED_AS else None)
            name = _FIRM_NAME.match(text, cue.end(), sentence.end) if adviser is None else None
            if name and tail.match(text, name.end(), sentence.end) \
                    and mention_at(doc, name.start(), "Person") is None:
                adviser = new_company(doc, NAME, name.start(), name.end())
            role = tail.match(text, adviser.end, sentence.end) if adviser is not None else None
            if adviser is None or role is None:
                continue
            client = [m for m in orgs if m.end <= cue.start() and m.text != adviser.text]
            clients = client[-1:] or _clients(doc, sentence, cue.start())
            _engaged(doc, sentence, adviser, clients, confidence=0.7)
            while pattern is _APPOINTED_AS and (more := _AND_NEXT_ADVISER.match(
                    text, role.end(), sentence.end)):
                adviser = next((m for m in orgs if m.start == more.end()), None)
                name = _FIRM_NAME.match(text, more.end(), sentence.end) if adviser is None \
                    else None
                role = _AS_ADVISER.match(text, adviser.end if adviser else name.end(),
                                         sentence.end) if adviser or name else None
                if role is None:
                    break
                if adviser is None and mention_at(doc, more.end(), "Person") is None:
                    adviser = new_company(doc, NAME, name.start(), name.end())
                if adviser is None:
                    break
                _engaged(doc, sentence, adviser, clients, confidence=0.7)


def _engaged_to_work(doc: StoryDoc, sentence: Sentence, known: frozenset[str]) -> None:
    """"The trust appointed KPMG to review its finances"; "Y, with support from EY, drew up
    the plan": a consultancy's work for a body is advice."""
    text = doc.text
    orgs = doc.mentions_in(sentence, "Organisation")
    for cue in _ENGAGED.finditer(text, sentence.start, sentence.end):
        firm = next((m for m in orgs if m.start == cue.end()), None)
        name = _FIRM_NAME.match(text, cue.end(), sentence.end) if firm is None else None
        hired = _ON_BOARD_WHEN.match(text, name.end(), sentence.end) if name else None
        if name and hired and not doc.starting_at(name.start()) and _TO_WORK.match(
                text, hired.end(), sentence.end) and not cue.group(0).lower().startswith("with"):
            firm = new_company(doc, NAME, name.start(), name.end())
            _engaged(doc, sentence, firm, _clients(doc, sentence, cue.start()), confidence=0.6)
            continue
        if firm is None and re.search(r"\bthe\s+(?:firm|consultancy|consultants)\s*$",
                                      cue.group(0), _FLAGS):
            firm = _firm_referred(doc, sentence)
            if firm is not None and (firm.key or firm.text) in known:
                _engaged(doc, sentence, firm, _clients(doc, sentence, cue.start()),
                         confidence=0.65)
            continue
        firms = [m for m in listed_with(doc, orgs, firm, _CLIENT_LIST, before=False)
                 if m.cls in {"Company", "Organisation"}] if firm in orgs else [firm]
        last = firms[-1] if firms and firm is not None else firm
        advise = last is not None and (_TO_ADVISE_ONLY.match(text, last.end, sentence.end) or (
            re.search(r"\b(?:consultancy|consultants|firm)\s*$", cue.group(0), _FLAGS)
            and _TO_ASSESS.match(text, last.end, sentence.end)))
        if firm is None or last is None or ((firm.key or firm.text) not in known and not (
                advise and firm.cls in {"Company", "Organisation"})):
            continue
        support = cue.group(0).lower().startswith("with")
        if not support and not _TO_WORK.match(text, last.end, sentence.end):
            continue
        for each in firms:
            _engaged(doc, sentence, each, _clients(doc, sentence, cue.start()), confidence=0.65)


def _contracted_to_work(doc: StoryDoc, sentence: Sentence, known: frozenset[str]) -> None:
    """"The ICB awarded PA Consulting a £1.1m contract to review its spending": a
    consultancy's contract to review, plan or advise is advice too."""
    for fact in [f for f in doc.facts if f.predicate == "awardedContract"
                 and f.evidence.start == sentence.start]:
        firm, client = fact.subject, fact.object
        if (firm.key or firm.text) in known and isinstance(client, Mention) and re.search(
                r"\bcontract\b[^.;]{0,40}?" + _TO_WORK.pattern, doc.text[firm.end:sentence.end],
                _FLAGS):
            add_fact(doc, sentence, firm, "advises", client, extractor=NAME, confidence=0.65,
                     status="current")


_ADVISED_UNNAMED = lazy_pattern(
    r"\s+(?:(?:has\s+)?advised\s+on|(?:is|was|has\s+been)\s+advising\s+on|(?:has\s+been|was|were"
    r"|is|are)\s+(?:engaged|appointed|hired|brought\s+in|retained)\s+to\s+(?:help|support|advise"
    r"|provide\s+assurance))\b", _FLAGS)
_FIRM_OPENS = lazy_pattern(rf"\s*(?:(?:[\w-]+\s+)?{_CONSULTANCY_NOUN}\s+)?", _FLAGS)


def _advised_the_subject(doc: StoryDoc, sentence: Sentence, known: frozenset[str]) -> None:
    """"X has switched on its new record. Deloitte advised on the transition"; "Consultancy
    Y has been engaged to help write the business case": a consultancy the sentence opens
    with, naming no client, advises the body the sentence before is about."""
    orgs = doc.mentions_in(sentence, "Organisation")
    opening = _FIRM_OPENS.match(doc.text, sentence.start, sentence.end)
    before = doc.sentence_before(sentence)
    if len(orgs) != 1 or before is None or orgs[0].start != opening.end() \
            or (orgs[0].key or orgs[0].text) not in known \
            or not _ADVISED_UNNAMED.match(doc.text, orgs[0].end, sentence.end):
        return
    earlier = doc.mentions_in(before, "Organisation")
    client = earlier[0] if earlier and earlier[0].start - before.start <= 4 else None
    if client is not None and client.cls in TRUSTS | {
            "IntegratedCareBoard", "ClinicalCommissioningGroup", "NHSBody", "NationalBody"}:
        add_fact(doc, sentence, orgs[0], "advises", client, extractor=NAME, confidence=0.6,
                 status="current")


def consultancies(doc: StoryDoc) -> frozenset[str]:
    """Names the story presents as consultancies ("consultancy X", "X, the accountancy firm",
    "X Consulting"): their help to a body is advice, not a supply contract."""
    text = doc.text
    gazetteer = load_gazetteer()
    found = set()
    for org in doc.mentions:
        if org.category != "Organisation" or org.cls not in {"Company", "Organisation"}:
            continue
        record = gazetteer.records.get(org.key) if org.key else None
        if ((record is not None and record.sector == "consultancy")
                or CONSULTANCY_NAME.search(org.text)
                or _DESCRIBED_BEFORE.search(text, max(0, org.start - 60), org.start)
                or _DESCRIBED_AFTER.match(text, org.end)):
            found.add(org.key or org.text)
    return frozenset(found)


def _consultancy_at_work(doc: StoryDoc, sentence: Sentence, known: frozenset[str]) -> None:
    """ "Consultancy X supported the trust with its bid", "X is working with Y on a plan", "X
    carried out due diligence for Y"."""
    for firm in doc.mentions_in(sentence, "Organisation"):
        if (firm.key or firm.text) not in known:
            continue
        client = None
        verb = _WORKED_FOR.match(doc.text, firm.end, sentence.end) or _DID_WORK_FOR.match(
            doc.text, firm.end, sentence.end)
        if verb is not None:
            named = re.match(r"(?:the\s+)?", doc.text[verb.end():sentence.end])
            client = mention_at(doc, verb.end() + (named.end() if named else 0), "Organisation")
            phrase = re.match(DEFINITE_ORG, doc.text[verb.end():sentence.end], _FLAGS)
            if client is None and phrase:
                client = definite_org(doc, phrase.group(0), verb.end())
            plural = _PLURAL_CLIENTS.match(doc.text, verb.end(), sentence.end) \
                if client is None else None
            if plural is not None:
                for body in _bodies_meant(doc, plural, sentence.start):
                    if body.cls in _WORKS_FOR_BODY:
                        add_fact(doc, sentence, firm, "advises", body, extractor=NAME,
                                 confidence=0.65, status="current")
                continue
            if client is None:
                client = body_named_at(doc, verb.end(), sentence.end)[0]
        else:
            named = [m for m in doc.mentions_in(sentence, "Organisation") if m.end < firm.start]
            bodies = [m for m in named if _WORKING_WITH.fullmatch(doc.text, m.end, firm.start)]
            client = bodies[-1] if bodies else None
            for other in listed_with(doc, named, client, _CLIENT_LIST)[:-1] if client else []:
                if other.cls in _WORKS_FOR_BODY:
                    add_fact(doc, sentence, firm, "advises", other, extractor=NAME,
                             confidence=0.65, status="current")
            opening = _REFERENCE_WORKING_WITH.fullmatch(doc.text, sentence.start, firm.start) \
                if client is None else None
            if opening is not None:
                client = definite_org(doc, opening["reference"], sentence.start)
        if client is not None and client.cls in _WORKS_FOR_BODY:
            add_fact(doc, sentence, firm, "advises", client, extractor=NAME, confidence=0.65,
                     status="current")


def _person_for_modifier(doc: StoryDoc, sentence: Sentence, org: Mention) -> Mention | None:
    """"X – who had been a Number 10 health adviser –": the person before, or after "adviser"."""
    before = [m for m in doc.mentions_in(sentence, "Person") if m.end <= org.start]
    if before:
        return before[-1]
    match = re.match(rf"(?:[’']s?)?\s+{_ADVISER}\s*,?\s*", doc.text[org.end:sentence.end], _FLAGS)
    return mention_at(doc, org.end + match.end(), "Person") if match else None


def _consultancy_beside(doc: StoryDoc, sentence: Sentence, known: frozenset[str]) -> None:
    """A consultancy of the story and one NHS body, in a sentence with a cue of advice or
    hiring that no sharper reading took: real news states the work in many ways ("has been at
    the trust since May", "told the board", "retained on a rolling contract"), and the firm's
    being a consultancy is what makes the pair advice. Not when "the trust" after the firm
    may be its client instead ("X appointed the firm to work with the trust's board"). Lower
    confidence than the readings. Not a firm the sentence gives someone a post at ("X, a former
    partner at PwC, has been appointed chair of the trust")."""
    firms = [m for m in doc.mentions_in(sentence, "Organisation") if (m.key or m.text) in known]
    if len(firms) != 1:
        return
    firm = firms[0]
    if any((f.subject.text == firm.text and f.predicate in ("advises", "awardedContract"))
           or (f.predicate == "leads" and isinstance(f.object, Mention)
               and f.object.text == firm.text)
           for f in doc.facts if f.evidence.start == sentence.start):
        return
    bodies = {m.key or m.text: m for m in doc.mentions_in(sentence, "Organisation")
              if m.cls in _WORKS_FOR_BODY}
    if _AUDITOR.search(sentence.text):
        return
    if len(bodies) == 1 and not _ANOTHER_CLIENT.search(doc.text, firm.end, sentence.end):
        add_fact(doc, sentence, firm, "advises", next(iter(bodies.values())), extractor=NAME,
                 confidence=0.6, status="current")
        return
    named = [m for m in doc.mentions_in(sentence, "Organisation") if m.cls in _WORKS_FOR_BODY]
    listed = listed_with(doc, named, named[0], _CLIENT_LIST, before=False) if named else []
    if len(bodies) > 1 and len(listed) == len(named) and named[-1].end <= firm.start:
        for body in listed:
            add_fact(doc, sentence, firm, "advises", body, extractor=NAME, confidence=0.6,
                     status="current")
