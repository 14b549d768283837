"""Person mentions, found from the shape of names and the context around them.

No list of people: a capitalised name becomes a person only with evidence from its context
(an honorific, a role beside it, a verb of saying or doing after it, a possessive) or because
the same name was already accepted elsewhere in the file. Short forms ("Mr Khan", "Sir Ron",
a bare surname) are kept as mentions and joined to the full name by ``kg.resolve``.
"""

from __future__ import annotations

import re

from kg.extract.doc import StoryDoc
from kg.extract.registry import extractor
from kg.extract.roles import ADVERB, ROLE, ROLE_CUE, STATUS_PREFIX
from kg.extract.text import Cue, lazy_pattern, whole_words
from kg.model import Mention

__all__ = ["HONORIFIC", "NAME", "PeopleFinder", "split_honorific"]

_TOKEN = r"(?:[A-Z][’'])?[A-Z][a-zà-öø-ÿ]+(?:[A-Z][a-zà-öø-ÿ]+)?(?:-[A-Z][a-zà-öø-ÿ]+)*"
_PARTICLE = r"(?:van der|van den|van|von|de la|de|del|della|da|di|du|le|la|bin|ibn|al|ter)"
NAME = rf"{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN}){{1,3}}"
HONORIFIC = (
    r"(?:Sir|Dame|Lord|Lady|Baroness|Baron|Dr\.?|Doctor|Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?"
    r"|Miss|Cllr|Councillor|Rev(?:d|\.)?|Rt Hon)"
)
_WITH_HONORIFIC = lazy_pattern(
    rf"\b((?:{HONORIFIC}\s+){{1,2}})({_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN}){{0,3}})"
)
_BARE = lazy_pattern(rf"\b{NAME}")
_PEERS = frozenset({"Lord", "Lady", "Baroness", "Baron"})
_HONORIFIC_START = lazy_pattern(rf"^(?:{HONORIFIC}\s+)+")

_STOP = frozenset("""
The A An In On At But And Or It Its This That These Those He She They We I His Her Their Our
Since Now If When While Some Several Many All Both After Before During Under Over From For With
Without To Of By As Although Though However Yet So Also Meanwhile Today Yesterday Tomorrow Last
Next Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Trust Trusts Hospital Hospitals Foundation
Board Boards Health Care Healthcare Service Services England Britain British English Scotland
Wales Welsh Scottish Ireland Irish London Department Government Council Committee Commission
Authority Agency Office Group Partnership Alliance Network University College Royal Institute
Centre Center Unit Team Function Programme Program Plan Strategy Review Report Framework Fund
Street Road House Square Parliament Covid Coronavirus Brexit Labour Conservative Conservatives
Tory Tories Liberal Democrats Chief Executive Director Chair Chairman Chairwoman Secretary
Minister Deputy Vice Interim Acting Former New Senior National Regional Local Integrated System
Systems Clinical Medical Mental Community Acute Primary Social Public Private Independent Supply
Chain Digital Watch Download Insight Daily Weekly Times News Journal Read More Click Segment Tier
Special Measures Recovery Elective Emergency Ambulance Cancer Urgent Children Women Number
Downing Commercial Central Operating Model Act White Paper Treasury Cabinet Queen King
Prince Princess Greater North South East West Northern Southern Eastern Western Upper Lower
Mid Central United Kingdom Europe European America American Isle Saint Long Term Five Year
Forward View Workforce Lead Leaders Leadership Empowering Nursing Midwifery Quality Safety
Patient Patients Staff People Policy Procurement Finance Financial Officer President General
Professor Sir Dame Lord Lady Doctor Accountable Managing Head Provider Providers Commissioning
Commissioners Commissioner Ombudsman Improvement Transformation Innovation Research Education
Training Standards Inspector Inspectorate Hospitals Partners Support Where Why What Who How
Which There Here Then Despite Unlike Like Until Following Amid Across Among Between Within
Sources Source Figures Data Analysis Exclusive Comment Opinion Briefing Update Updated
One Two Three Four Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundred
Replaces Replacing Succeeds Succeeding Currently Previously Formerly Joins
Pathology Diagnostics Logistics Analytics Labs Laboratories Technologies Technology Software
Imaging Genomics Pharma Pharmaceuticals Therapeutics Capital Ventures Holdings Associates
Advisory Consulting Consultancy Insight Insights Intelligence Strategies Networks Solutions
Scientific Biosciences Biotech Instruments Devices Equipment Supplies Pharmacy Pharmacies
Construction Contractors Builders Engineering Infrastructure Facilities Estates Properties
Couriers Transport Catering Cleaning Recruitment Staffing Locums Outsourcing Telecoms
Analysers Scanners Products Laboratory Clinics Dental Media Communications Partnerships Homes
Living Aids Learning Medicines Vaccines Robotics Surgical Optical Optics Mobility Ambulances
Turnaround Recovery Advisers Advisors
Ltd Limited Plc LLP Inc Corp Company Partnership Federation Alliance Collaborative
Bay Valley Coast Forest Vale Moor Downs Wolds Fens Dales Peninsula Borough County City Park
St Saint Campaigner Consultant Surgeon Nurse Midwife Paramedic Pharmacist Whistleblower Relative
Mother Father Grandmother Grandfather Widow Widower Daughter Son Retired Resident Carer Parent
Spokesman Spokeswoman Spokesperson Founder Governor Economist Analyst Journalist Reporter
Columnist Editor Lawyer Barrister Patient Councillor Comment Analysis Download Coroner Judge
Solicitor Auditor
""".split())

_AREA_OF_POST = lazy_pattern(r"\b(?i:coroner|MP|councillor|commissioner|mayor)\s+for\s+"
                             r"(?:[A-Z][\w-]*\s+)*$")
""""Senior coroner for Norfolk Yvonne Lathbury": the area named before the holder is no part
of their name."""
_SURNAME_PLACES = frozenset("""Vale Park Moor Bay Forest Coast Valley Downs Dales Street Road House
Hall Green Hill Wood Lane Field Fields""".split())
"""Place words that are also surnames: after an honorific and a first name they end a name."""

_BODY_WORDS = frozenset("""Trust Trusts Foundation Hospital Hospitals Board Boards Health Care
Healthcare Service Services England Council Committee Commission Authority Agency Office Group
Partnership Alliance Network University College Institute Centre Center Unit Team Forest Valley
Coast Bay Vale Moor Downs Wolds Fens Dales Peninsula Borough County City Park Ltd Limited Plc
LLP Inc Corp Company Federation Collaborative Programme Plan Strategy Review Report Framework
Fund""".split())
_NEVER_LAST = frozenset("""Expo Conference Summit Awards Festival Week Advisory Consulting
Partners Associates Solicitors Consultants Hospice Surgery Practice Police Constabulary Clinic
Clinics Investments Investors Equity Capital Holdings Ventures Direct Vision Diagnostics Imaging
Pharmacy Pharmacies Dental Laboratories Labs Technologies Analytics Solutions Systems
Charity""".split())
"""Words that end the names of events and firms, never of people ("Confed Expo")."""
_ROLE_AFTER = lazy_pattern(
    rf"(?:\s*\((?:pictured|left|right|above|below|centre|inset)[^)]{{0,20}}\))?"
    rf"\s*(?:,|\(|–|—|-)\s*(?:who\s+(?:is|was|has been|had been)\s+)?(?:{ADVERB}\s+)?"
    rf"(?:the\s+|a\s+|an\s+|its\s+)?"
    rf"(?:(?:(?i:the)\s+(?:[a-z]+\s+){{0,3}}[a-z]+|(?-i:[A-Z][\w’'&-]*)"
    rf"(?:\s+(?-i:[A-Z][\w’'&-]*)){{0,4}})"
    rf"(?:[’']s)?\s+)?{STATUS_PREFIX}*(?:(?:trust|ICB|NHS|hospital|health|board|local"
    rf"|national|regional|clinical|council|company)\s+)?{ROLE}\b", re.IGNORECASE
)
_AS_SUPPLIER_AFTER = lazy_pattern(
    r"\s+as\s+(?:its|their|the|a|an)\s+(?:(?:new|preferred|chosen|main|lead|sole)\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:supplier|contractor|operator|bidder|provider)"
    r"|(?:construction|technology|delivery|building|software|digital|IT|development|commercial"
    r"|strategic|industrial|private)\s+partner)s?\b")
""""appointed Ridgeway Build as its construction partner": a firm, not a person."""
_WINS_DEAL_AFTER = lazy_pattern(r"\s+(?:has\s+|have\s+)?(?:won|wins|secured|secures|landed"
                                r"|clinched|been\s+awarded|was\s+awarded)\s+(?:a|an|the|its)\s+"
                                r"(?:[\w£.,-]+\s+){0,5}?(?:contract|deal|tender|framework)s?\b")
""""Willmott Dixon has won a £50m contract": a firm, not a person."""
_WHICH_AFTER = lazy_pattern(r"\s*,\s*which\b")
_FIRMS_POST_AFTER = lazy_pattern(r"[’']s?\s+(?:managing|senior|lead)\s+partner|[’']s?\s+(?:managing"
                                 r"\s+director|chief\s+executive|consultants|fees?)\b")
""""Harcourt Velden's managing partner": a name with a firm's posts is a firm's."""
_FIRM_BEFORE = lazy_pattern(r"\b(?:consultancy|consultancies|consultants|the\s+firm|law\s+firm"
                            r"|paid\s+(?:about\s+|around\s+|more\s+than\s+)?£[\d.,]+\s*"
                            r"(?:[mk]|million|bn|billion)?\s+to)\s+$", re.IGNORECASE)
""""consultants Calloway Hart", "paid £2m to Harcourt Velden": a firm, not a person."""
_WHO_AFTER = lazy_pattern(r"\s*,?\s*(?:who|whose)\b")
_POSTNOMINAL_AFTER = lazy_pattern(r"\s+(?:CBE|OBE|MBE|KBE|DBE|QC|KC|MP|FRCP|FRCS)\b")
_PERSON_NOUN_AFTER = lazy_pattern(
    r"\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:nurse|midwife|doctor|GP|consultant|surgeon"
    r"|physician|psychiatrist|paediatrician|accountant|lawyer|academic|economist|campaigner"
    r"|solicitor|barrister|banker|businessman|businesswoman|entrepreneur|engineer|scientist"
    r"|civil\s+servant|pharmacist|paramedic|dentist|lecturer|professor|teacher|headteacher"
    r"|judge|magistrate|councillor|politician|MP|peer|former\s+[a-z]+)\b"
    r"|\s*,\s*\d{1,3}\s*,|\s*,\s*(?:the\s+)?(?:(?:senior|area|assistant|deputy)\s+)?coroner\b"
    r"|\s*,\s*from\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*,\s+(?:who|said|says|whose)\b")
_ASIDE_THEN_VERB = lazy_pattern(
    r"\s*(?:,[^,;:.]{1,80},|\([^)]{1,30}\)|\s[–—][^–—;.]{1,120}[–—])\s+(?:has|had|have|is|was|will"
                              r"|said|says|left|joined|joins|took|takes|became|becomes|starts"
                              r"|announced|stepped|resigned|retired|quit|added|told)\b")
_AS_ROLE_AFTER = lazy_pattern(
    rf"\s+as\s+(?:its\s+|the\s+|their\s+|a\s+|an\s+)?{STATUS_PREFIX}*"
    rf"(?:[A-Z][a-z]+\s+)?{ROLE}\b", re.IGNORECASE)
_GAPPED_ROLE_AFTER = lazy_pattern(rf"\s+(?:its|their)\s+{STATUS_PREFIX}*{ROLE}\b(?!\s*[’'])",
                                  re.IGNORECASE)
_AFFILIATION_AFTER = lazy_pattern(r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*|NHS)\b")
_PERSON_NOUN_BEFORE = lazy_pattern(
    r"\b(?:incumbent|predecessor|successor|colleague|founder|spokes(?:man|woman|person)|nurse"
    r"|doctor|consultant|campaigner|patient|surgeon|manager|whistleblower|relative|mother|father"
    r"|son|daughter|wife|husband|GP|paramedic|midwife|physician|economist|analyst|academic"
    r"|professor|lawyer|barrister|journalist|editor|councillor|MP|peer|assistant|deputy"
    r"|counterpart|equivalent|researchers?|fellow|authors?|co-authors?|statistician|epidemiologist"
    r"|psychiatrist|paediatrician|pharmacist|partner|trustee|governor|director|replacement"
    r"|opposite\s+number|coroner|judge|[a-z]{3,}(?:ologist|ician|iatrist))"
    r"(?:\s+(?:at|of|in)\s+(?:the\s+)?(?-i:[A-Z])[^,;.]{0,60})?"
    r"(?:\s+(?:is|was|will\s+be|would\s+be))?\s*,?\s*$",
    re.IGNORECASE)
_COORDINATED = lazy_pattern(r"\s*(?:,|and|&|,\s*and)\s*")
_AND_BEFORE = lazy_pattern(r"\s+(?:and|&)\s+")
_APPOINTED_BEFORE = lazy_pattern(
    r"\b(?:appointed|named|hired|recruited|elected|succeed(?:s|ed|ing)?|replac(?:es|ed|ing)"
    r"|poached|chosen|selected|unveiled|confirmed|thank|thanked|congratulate|congratulated"
    r"|t(?:akes|ook|aking|ake)\s+over\s+from|in\s+place\s+of"
    r"|welcome|welcomed|praised|(?:retirement|departure|resignation|death|appointment|sacking"
    r"|dismissal)\s+(?:(?:last|this)\s+(?:week|month|year)\s+|on\s+\w+\s+)?of)\s+$")
_MADE_BEFORE = lazy_pattern(r"\bmade\s+$")
_ITS_ROLE_AFTER = lazy_pattern(rf"\s+(?:its|their)\s+(?:[a-z-]+\s+){{0,2}}?{ROLE}\b", re.IGNORECASE)
""""The trust made X its first chief data officer": a person given a post."""
_TOOK_OVER_AS_BEFORE = lazy_pattern(r"\bt(?:akes|ook|aking|ake|aken)\s+over\s+as\s+[^.;]{1,120}?"
                                    r"\s+from\s+$")
""""She took over as chief executive of X from Y": Y held the post before."""
_POST_GONE_TO = lazy_pattern(r"\b(?:post|job|role)\b[^.;]{0,100}\b(?:has\s+gone|went|goes"
                             r"|will\s+go)\s+to\s+$")
_POSSESSIVE_AFTER = lazy_pattern(r"[’'](?:s)?\s+[a-z0-9]")
_POSSESSIVE_ROLE = lazy_pattern(rf"[’'](?:s)?\s+{STATUS_PREFIX}*{ROLE}\b", re.IGNORECASE)
_VERB_AFTER = lazy_pattern(
    r"\s*(?:\([^)]{1,20}\))?\s*,?\s+(?:(?:officially|formally|also|recently|previously|currently|now|then|later"
    r"|subsequently|initially|originally|first|finally|temporarily|immediately)\s+)?(?:has|had|have|is|was|will|would|could|can|said|says|told|tells|added|adds|asked|asks"
    r"|speaks|spoke|wrote|writes|co-wrote|co-authored|authored|co-led|outlines|outlined"
    r"|argued|argues|warned|warns|commented|explained"
    r"|explains|quit|quits|resigned|resigns|joined|joins|left|leaves|retired|retires|announced"
    r"|described|describes|called|calls|commissioned|believes|thinks|insisted|claimed|admitted"
    r"|stepped|steps|takes|took|becomes|became|replaces|replaced|succeeds|succeeded|led|leads"
    r"|named|appointed|departs|exits|starts|runs|ran|heads|headed|moves|hired|came|comes"
    r"|chairs|chaired|noted|notes|urged|urges|acknowledged|confirmed|revealed|suggested"
    r"|presented|received|declined|did|does|also|previously|recently|reportedly|looks|examines"
    r"|considers|investigates|explores|reports|argued|questions|sets|set|set out|runs|ran"
    r"|heads|headed|oversees|oversaw|manages|managed|founded|welcomed|praised|thanked"
    r"|criticised|accused|urged|paid|takes|won|will|spent|spends|worked|works|served|serves"
    r"|began|begins|started|starts|moved|moves|trained|qualified|returned|returns|stood|stands"
    r"|died|dies|issued|issues|arrived|arrives|joining|leaving|becoming|went\s+on\s+to"
    r"|goes\s+on\s+to)\b"
)
_QUOTE_SPEAKER_BEFORE = lazy_pattern(
    r"[,?!][’”\"']?\s*(?:says|adds|added|writes|wrote|explains|explained|argues|argued|warns"
    r"|warned|insists|insisted|admits|admitted|continues|continued|recalls|recalled)\s+$")
_SENTENCE_OPENS = lazy_pattern(r"(?:^|[.!?][’”\"']?\s+|\n)$")
_FIRST_NAME_USE = lazy_pattern(r"\s+(?!(?:the|this|that|these|those|they|there|their|its|our|your"
                               r"|you|any|all|and|but|for|not|one|two)\b)(?-i:[a-z]{3,})\b|\s*:"
                               r"|[,.]?\s*$|\s+said\b|\s+(?:is|was|has|had)\s"
                               r"|\s*,\s*(?:who|a|an)\s")
_CLAUSE_OPENS = lazy_pattern(r"(?:^|[.!?][’”\"']?\s+|\n)(?:Before|After|Since|When|While|Having"
                             r"|During|Until|In\s+(?:19|20)\d\d)\b[^.;]{1,80},\s+$")
""""Before moving to Sheffield, Helen was ...": a first name opening the main clause."""
_SAID_BEFORE = lazy_pattern(r"\bsaid\s+$")
_ANY_VERB_AFTER = lazy_pattern(r"\s+(?-i:[a-z]{2,}(?:s|ed))\b(?!\s+(?:of|by)\b)")
_COPULA_END = lazy_pattern(r"\s(?:is|was|will\s+be)\s+$")
_LONG_ROLE_BEFORE = lazy_pattern(
    rf"\b{ROLE}\s+(?:of|at)\s+[^;.]{{2,160}}?\s+(?:is|was|will\s+be)\s+$", re.IGNORECASE)
"""The holder named after a long "The chair of A and B is": the window above is short."""
_CONSTITUENCY_AFTER = lazy_pattern(r"\s+(?:MP|AM|MSP)\s+(?=[A-Z])")
""""Liverpool Walton MP Derek Halloran": the words before "MP" name a constituency."""
_INSTITUTION_OF = lazy_pattern(r"\b(?:Office|Department|Ministry|Institute|College|Faculty"
                               r"|Society|Academy|School|Court|Chamber|Bank)\s+(?:of|for)\s+$")
""""The Office of Fair Trading": words after an institution's "of" are its name, not a
person's."""
_PLACE_BEFORE = lazy_pattern(r"\b(?:in|at|near|across|around)\s+$")
_BY_BEFORE = lazy_pattern(r"\bby\s+$")
_AND_GAP_BEFORE = lazy_pattern(r"\b(?:its|their)\s+[^,;.]{2,60}\s+and\s+$", re.IGNORECASE)
_WORK_APPOSED = lazy_pattern(
    r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:report|review|study|survey|book|paper"
    r"|analysis|audit|investigation|inquiry|plan|strategy|document|film|documentary|programme"
    r"|campaign|project|scheme)\b", re.IGNORECASE)
_WORK_BEFORE = lazy_pattern(
    r"\b(?:the|an?|its|their)\s+(?:[\w-]+\s+)?(?:report|review|study|survey|paper|analysis|audit"
    r"|investigation|evaluation|plan|strategy|document)\s*,\s*[‘“\"']?(?:[A-Z][^,;.:]{0,60}:\s+)?$",
    re.IGNORECASE)
_TITLE_GOES_ON = lazy_pattern(r"(?::|[’”\"']|\s*,\s*(?:was|is|has\s+been|had\s+been|will\s+be|which"
                              r"|published|found|finds|warns|warned|sets\s+out|calls)\b)")
""""The report, Safer Births, was published": the name a work is given is no person."""
_BEFORE_CUE = Cue(*ROLE_CUE.words, "said", "according", "by")
_ROLE_BEFORE = lazy_pattern(
    rf"(?:\b{ROLE}(?:(?:\s+in\s+common)?|\s+(?:of\s+[^,;]{{2,90}}?\s+)?(?:is|was|will\s+be)"
    rf"(?:\s+(?-i:[a-z][\w-]*)){{0,4}}|\s+(?:of|at|for)\s+[^,;]{{2,90}},"
    rf"|\s+(?:of|at)\s+[^,;.]{{2,90}}?\b(?-i:Trust|ICB|CCG|Board|England|Providers|Confederation"
    rf"|Council|Commission))"
    rf"|\bsaid|\baccording to|\bled by|\bwritten by|\bchaired by|\bby)\s*(?:,\s*with|[,:(])?\s*$",
    re.IGNORECASE,
)
"""A role, "said", "by"... ending the window before a name. The three readings that start with
a role share one ``{ROLE}``, which the engine then tries once at each word instead of three
times (the same windows match: only whether one does is read; 2.8x faster, and searching
60-character windows with it was 8% of extraction)."""


def split_honorific(name: str) -> tuple[str, str]:
    """``("Sir Ron Kerr")`` → ``("Sir", "Ron Kerr")``; the honorific may be empty."""
    match = _HONORIFIC_START.match(name)
    if not match:
        return "", name
    return match.group(0).strip(), name[match.end():]


class _Asked(set[str]):
    """An empty set of accepted names that remembers which names it was asked about."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str):
            self.names.add(name)
        return False


_TITLED = "§"
"""Marks a surname the file gives with a title ("Ms Card"): a full name ending in it elsewhere
in the file ("Helen Card", in a list with no other cue) is that person."""


def _clean_tokens(surface: str) -> bool:
    return not any(token.strip(".,") in _STOP for token in surface.split())


_GERUND = lazy_pattern(r"(?!(?:Aisling|Irving|Ewing|Harding|Fielding|Manning|Golding|Spalding"
                       r"|Sterling|Channing|Loring)$)[A-Z][a-z]{2,}ing")
_QUOTE_OPENS = lazy_pattern(r"[“\"‘]\s*$")
""""Leaving Leeds is a wrench," she said: a sentence opening with a gerund names no one."""


class PeopleFinder:
    name = "people"

    def __init__(self) -> None:
        self._accepted: dict[str, set[str]] = {}
        self._first: dict[tuple[int, int], tuple[list[tuple[int, int, float]], set[str]]] = {}

    def __call__(self, doc: StoryDoc) -> StoryDoc:
        text, story = doc.text, doc.story
        accepted = self._names_in_file(doc)
        for sentence in doc.sentences:
            for start, end, _confidence in self._again(text, sentence.start, sentence.end,
                                                        accepted):
                doc.add_mention(Mention(story.id, start, end, text[start:end], "Person",
                                        "Person", None, "people"))
        surnames = {name.split()[-1] for name in accepted if not name.startswith(_TITLED)} - _STOP
        for surname in sorted(surnames):
            for start in whole_words(text, surname, story.start, story.end, "’'-"):
                doc.add_mention(Mention(story.id, start, start + len(surname), surname, "Person",
                                        "Person", None, "people"))
        self._add_first_names(doc)
        return doc

    @staticmethod
    def _add_first_names(doc: StoryDoc) -> None:
        """"Jasper brings 20 years of experience", "Ann said:": a press release's bare first
        name, as the subject of a sentence or a speaker, when one person of the story has it."""
        text, story = doc.text, doc.story
        owners: dict[str, set[str]] = {}
        for mention in doc.mentions:
            words = split_honorific(mention.text)[1].split() \
                if mention.category == "Person" else []
            if len(words) >= 2 and words[0] not in _STOP:
                owners.setdefault(words[0], set()).add(" ".join(words))
        for first in sorted(name for name, full in owners.items() if len(full) == 1):
            if len(first) < 3 or first in _STOP or first in _SURNAME_PLACES:
                continue
            for start in whole_words(text, first, story.start, story.end, "’'-"):
                end = start + len(first)
                if _FIRST_NAME_USE.match(text, end) and (
                        _SENTENCE_OPENS.search(text, max(story.start, start - 3), start)
                        or _SAID_BEFORE.search(text, max(story.start, start - 8), start)
                        or _CLAUSE_OPENS.search(text, max(story.start, start - 100), start)):
                    doc.add_mention(Mention(story.id, start, end, first, "Person", "Person",
                                            None, "people"))

    def _names_in_file(self, doc: StoryDoc) -> set[str]:
        """Names accepted anywhere in the file, so a later bare use is recognised too."""
        key = doc.document.doc
        if key not in self._accepted:
            names: set[str] = set()
            self._first = {}
            for other in doc.document.stories:
                for sentence in other.sentences:
                    asked = _Asked()
                    found = self._candidates(doc.text, sentence.start, sentence.end, asked)
                    self._first[(sentence.start, sentence.end)] = (found, asked.names)
                    for start, end, _ in found:
                        honorific, name = split_honorific(doc.text[start:end])
                        if len(name.split()) >= 2 or honorific in _PEERS:
                            names.add(name)
                        elif honorific:
                            names.add(_TITLED + name)
            self._accepted = {key: names}
        return self._accepted[key]

    def _again(self, text: str, start: int, end: int,
               accepted: set[str]) -> list[tuple[int, int, float]]:
        """``_candidates`` of a sentence of the file whose names ``_names_in_file`` found: the
        same as it found then unless one of the names it asked about then is accepted now
        (``accepted`` is read nowhere else), so each sentence is read once, not twice (the
        finder is a fifth of extraction's time)."""
        first = self._first.get((start, end))
        if first is not None and first[1].isdisjoint(accepted):
            return first[0]
        return self._candidates(text, start, end, accepted)

    def _candidates(
        self, text: str, start: int, end: int, accepted: set[str]
    ) -> list[tuple[int, int, float]]:
        found: list[tuple[int, int, float]] = []
        waiting: list[tuple[int, int]] = []
        for match in _WITH_HONORIFIC.finditer(text, start, end):
            name = match.group(2)
            tokens = name.split()
            while tokens and tokens[-1] in _STOP and not (
                    tokens[-1] == "May" and (len(tokens) < 2 or tokens[-2] not in _STOP)
                    and not re.match(r"\s*\d", text[match.end(2):match.end(2) + 3])) and not (
                    len(tokens) == 2 and tokens[-1] in _SURNAME_PLACES
                    and tokens[0] not in _STOP):
                tokens.pop()
            if not tokens or (tokens[0] in _STOP and len(tokens) < 2):
                continue
            name_end = match.start(2) + len(" ".join(tokens))
            found.append((match.start(), name_end, 0.9))
        for match in _BARE.finditer(text, start, end):
            s, e = match.span()
            if any(s < fe and fs < e for fs, fe, _ in found):
                continue
            surface = match.group(0)
            tokens = surface.split()
            while tokens and tokens[0] in _STOP:
                s += len(tokens[0]) + 1
                tokens = tokens[1:]
            if s > match.start() and tokens:
                rest = _BARE.match(text, s, end)
                if rest is not None and rest.end() > e:
                    e, tokens = rest.end(), rest.group(0).split()
            if len(tokens) > 2 and _AREA_OF_POST.search(text, max(start, s - 30), s):
                s += len(" ".join(tokens[:-2])) + 1
                tokens = tokens[-2:]
            if len(tokens) < 2 or not _clean_tokens(" ".join(tokens[:-1])) \
                    or tokens[-1] in _NEVER_LAST or (_GERUND.fullmatch(tokens[0])
                                                     and _QUOTE_OPENS.search(text, start, s)):
                continue
            surface = text[s:e]
            if _WHICH_AFTER.match(text, e, end) or _AS_SUPPLIER_AFTER.match(text, e, end) \
                    or _CONSTITUENCY_AFTER.match(text, e, end) or _WINS_DEAL_AFTER.match(
                        text, e, end):
                continue
            if _WORK_APPOSED.match(text, e, end) or _FIRMS_POST_AFTER.match(text, e, end) \
                    or _FIRM_BEFORE.search(text, max(start, s - 40), s) \
                    or (_WORK_BEFORE.search(text, max(start, s - 90), s)
                        and _TITLE_GOES_ON.match(text, e, end)) \
                    or _INSTITUTION_OF.search(text, max(start, s - 30), s):
                continue
            confidence = self._context_confidence(text, s, e, end)
            if confidence is not None and confidence < 0.9 and _PLACE_BEFORE.search(
                    text, max(start, s - 12), s):
                continue
            if not _clean_tokens(tokens[-1]) and (tokens[-1] in _BODY_WORDS or _BY_BEFORE.search(
                    text, max(start, s - 4), s) or (
                    (confidence or 0) < 0.9 and not any(
                        _COORDINATED.fullmatch(text, fe, s) for _, fe, _ in found))):
                continue
            if confidence is None and (surface in accepted or _TITLED + tokens[-1] in accepted):
                confidence = 0.7
            if confidence is None and any(_COORDINATED.fullmatch(text, fe, s)
                                          for _, fe, _ in found):
                confidence = 0.7
            if confidence is None and _ASIDE_THEN_VERB.match(text, e, end):
                confidence = 0.65
            if confidence is not None:
                found.append((s, e, confidence))
            elif _clean_tokens(tokens[-1]):
                waiting.append((s, e))
        for s, e in waiting:
            if any(fs > e and _AND_BEFORE.fullmatch(text, e, fs) for fs, _, _ in found):
                found.append((s, e, 0.7))
        return sorted(found)

    @staticmethod
    def _context_confidence(text: str, start: int, end: int, limit: int) -> float | None:
        after = text[end:min(limit, end + 120)]
        before = text[max(0, start - 60):start]
        wide = text[max(0, start - 150):start]
        if (_ROLE_AFTER.match(after) or (_BEFORE_CUE(wide) and _ROLE_BEFORE.search(wide))
                or _AS_ROLE_AFTER.match(after)):
            return 0.9
        if _COPULA_END.search(before) and _LONG_ROLE_BEFORE.search(
                text, max(0, start - 180), start):
            return 0.9
        if (_APPOINTED_BEFORE.search(before) or _TOOK_OVER_AS_BEFORE.search(wide)
                or _PERSON_NOUN_BEFORE.search(before)
                or _QUOTE_SPEAKER_BEFORE.search(before)
                or _POST_GONE_TO.search(text, max(0, start - 140), start)):
            return 0.75
        if _MADE_BEFORE.search(before) and _ITS_ROLE_AFTER.match(after):
            return 0.75
        if _AFFILIATION_AFTER.match(after) and not _VERB_AFTER.match(after):
            return 0.65
        if _WHO_AFTER.match(after) or _VERB_AFTER.match(after):
            return 0.75
        if _POSTNOMINAL_AFTER.match(after) or _PERSON_NOUN_AFTER.match(after) or (
                _GAPPED_ROLE_AFTER.match(after) and _AND_GAP_BEFORE.search(before)):
            return 0.75
        if _POSSESSIVE_AFTER.match(after) and not _POSSESSIVE_ROLE.match(after):
            return 0.6
        if _SENTENCE_OPENS.search(before) and _ANY_VERB_AFTER.match(after):
            return 0.6
        return None


@extractor("people", assigns=("mentions.person",))
def make_people_finder() -> PeopleFinder:
    return PeopleFinder()
