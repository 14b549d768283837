"""organisation –mergesWith→ organisation: completed, approved, proposed or planned mergers.

News states a merger in a few shapes, and every shape names the parties as a list or a pair:
- "the (three-way) merger of/between A, B and C" (every pair of the list);
- "A’s merger with B", "its merger with nearby B", "A will merge with B", "A joined with B";
- "A and B have merged / will merge / have joined to create C / agreed to combine";
- "the acquisition of B by A", "A acquired B", "A took over B";
- "a new trust formed from A and B", "created from the merger of A – known as X – and B";
- "A and B were folded into C" (A and B each merge into C).
Hypotheticals and denials ("could", "ruled out", "if it were to merge") are left alone.
"""

from __future__ import annotations

import re
from itertools import combinations, pairwise

from kg.extract.context import (
    DEFINITE_ORG,
    FORMED_ASIDE,
    OVERSEERS,
    PLURAL_BODIES,
    coordinated_bodies,
    coordinated_trusts,
    definite_org,
    entity_key,
    formed_body,
    listed_with,
    mention_at,
    mention_ending_at,
    plural_count,
    pronoun_org,
    relative_clauses,
)
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.registry import extractor
from kg.extract.roles import ROLE_CUE
from kg.extract.text import Cue, lazy_pattern
from kg.model import Mention, Sentence

__all__ = ["make_mergers"]

NAME = "mergers"
_FLAGS = re.IGNORECASE
_FIRM_KIND = (r"(?:firm|company|supplier|provider|specialist|business|chain|rival|operator"
              r"|developer|maker)")
"""What a bought or merging firm is called before its name ("imaging provider X")."""
_TRIGGER = lazy_pattern(
    r"\b(?:merg(?:e|es|ed|ing|er|ers)|amalgamat\w+|acqui(?:re|res|red|ring|sition)|takeover"
    r"|taken\s+over(?=\s+by\b)|taken\s+on(?=\s+by\b)"
    r"|t(?:ake|akes|ook|aking|aken)\s+over(?:\s+the\s+(?:struggling|ailing|troubled|neighbouring"
    r"|smaller))?(?=\s+(?:the\s+)?(?-i:[A-Z])|\s*[,.;]|\s+its\s+neighbou?r)"
    r"|(?:bought|purchased|acquired)(?:\s+in\s+(?-i:[A-Z])\w+(?:\s+\d{4})?|\s+in\s+\d{4}"
    r"|\s+(?:last|this|earlier\s+this)\s+(?:year|month|week|summer|spring|autumn|winter))?"
    r"(?=\s+by\b)"
    r"|join(?:s|ed|ing)?\s+(?:with|forces|together)|joined\s+to\s+(?:create"
    r"|form)|join(?:s|ed|ing)?(?=\s+(?:the\s+)?[A-Z])|joined\s+to\s+(?:create"
    r"|form)|c(?:ame|ome|omes|oming)\s+together(?=[^.;]{0,30}\bto\s+(?:form|create)\b"
    r"|\s+as\s+(?:the\s+)?(?-i:[A-Z])|\s+as\s+one\b)|fold(?:s|ed|ing)?\s+into"
    r"|bec(?:ome|omes|ame|oming)\s+one\b(?!\s+of)(?!\s+(?:[\w-]+\s+)?(?:organisation|trust|body"
    r"|service|provider)\b)|replaced\s+by\s+a\s+single\b"
    r"|(?:b(?:uy|uys|ought|uying)|purchas(?:e|es|ed|ing))(?=\s+(?:the\s+)?(?:(?!(?:in|on|at|by"
    r"|from|for|of|to|with|last|this|earlier)\b)(?-i:[a-z][\w-]*)\s+){0,3}?"
    rf"(?:{_FIRM_KIND}\s+)?(?-i:[A-Z]))"
    r"|(?:(?<=\bwas\s)|(?<=\bbeen\s))sold(?:\s+in\s+\d{4})?(?:\s+by\s+(?-i:[A-Z])[^,.;]{0,60}?)?"
    r"\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|purchase(?=\s+of\b)"
    r"|became(?=\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,8}?\s+(?:NHS\s+)?(?:Foundation\s+)?Trust\b)"
    r"|(?<=are\s)now(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){0,5}?(?-i:Hospitals|Trust|Health"
    r"|Healthcare|Care)\b(?:\s+(?-i:[A-Z])[\w’'-]*){0,4}(?=\s*(?:[.,;]|$|\s+(?:on|from|in|since"
    r"|after|and)\b)))"
    r"|combin(?:e|es|ing)|combined(?=\s+into\b)|(?<=\bIt\s)brought\s+together|(?<=Trust\s)brings\s+together|(?:(?<=have\s)|(?<=has\s)|(?<=had\s)|(?<=been\s)|(?<=were\s)"
    r"|(?<=was\s)|(?<=they\s)|(?<=and\s))combined(?!\s+(?:turnover|budget|income|workforce"
    r"|staff|population|deficit|value|total|spend|size))|combined(?=\s+(?:in|on|last|this|earlier)\b)"
    r"|(?:form|creat)(?:e|es|ed|ing)?\s+a\s+(?:single|new)\s+(?:organisation|trust)"
    r"|absorb(?:s|ed|ing)?(?=\s+(?:the\s+)?(?-i:[A-Z]))|(?:formed|created)(?:\s+(?:in|on)\s+"
    r"(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?\d{4})?\s+(?:from|by\s+bringing\s+together)"
    r"|bec(?:ome|omes|ame|oming)\s+(?:one|a\s+single)\s+(?:[\w-]+\s+)?(?:organisation|trust"
    r"|body|ICB|service|provider|integrated\s+care\s+board|CCG|clinical\s+commissioning\s+group)"
    r"|(?:proposed\s+)?union\s+of"
    r"|folded\s+into|absorbed\s+(?:into|by)|subsumed\s+into|(?:body|organisation|trust)\s+"
    r"(?:form(?:ed)?|created)\s+(?:between|from)|(?:soon\s+to\s+be\s+)?aligned"
    r"|alignment\s+(?:of|between)|closer\s+working\s+(?:arrangements?|relationship)\s+between)"
    r"\b", _FLAGS)
_MERGER_CUE = Cue("merg", "amalgam", "acqui", "takeover", "take over", "took over", "taken over",
                  "taken on by",
                  "bought", "buy", "purchas", "are now", "sold",
                  "becom", "became",
                  "taking over", "join", "combin", "form", "folded", "absorbed", "subsumed",
                  "created", "creat", "align", "closer working", "together", "absorb", "fold",
                  "brought together", "replaced by a single", "integrat", "union of")
_MERGED_BODY = lazy_pattern(r"(?i:the)\s+merged\s+(?:trust|organisation|body)\b")
""""A, B and C hospitals will be part of the merged trust": the hospitals do not merge."""
_NOT_A_MERGER = lazy_pattern(
    r"\b(?:not|no plans|ruled? out|rules out|could|might|(?-i:may)|rumou?r\w*|speculation"
    r"|opposed|against|resist\w*|if|whether|neither|nor|no|rather\s+than|instead\s+of)\b", _FLAGS)
_DENIED_AFTER = lazy_pattern(r"\b(?:ruled\s+out|speculation|speculative|rumou?rs?|denied"
                             r"|not\s+(?:being\s+)?(?:considered|planned|proposed|pursued"
                             r"|on\s+the\s+(?:table|agenda))|decided\s+against|abandoned|shelved"
                             r"|scrapped|called\s+off|could\s+not\s+be\s+justified)\b", _FLAGS)
_CALLED_OFF = lazy_pattern(
    r"\b(?:abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|called\s+off"
    r"|drop(?:s|ped|ping)?)\s+(?:(?:the|their|its|all)\s+)?(?:talks|plans?|proposals?)\b"
    r"|\b(?:talks|plans?|proposals?)\b[^.;]{0,160}\b(?:been|was|were|are|is|have|has)\s+"
    r"(?:been\s+)?(?:abandoned|scrapped|shelved|called\s+off|dropped)\b", _FLAGS)
""""have abandoned talks on a full merger", "Plans to merge A and B have been scrapped": no
merger."""
_CLUSTER_OF = lazy_pattern(r"\bcluster\b[^.;]{0,40}$", _FLAGS)
""""X, the strategic health authority cluster formed from A, B and C": a cluster keeps its
members, so they do not merge."""
_ONE_OF_THOSE = lazy_pattern(r"\bone\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:trusts|organisations"
                             r"|CCGs|bodies|PCTs)\s+(?:that|which)\s+(?:have\s+|had\s+)?$", _FLAGS)
""""B, one of the three trusts that merged to form C": a past merger whose other parties the
sentence does not name."""
_JOINED_IN_A_TIER = lazy_pattern(r"[^.;]{0,160}?\s+in\s+(?:the\s+)?(?:(?:top|bottom|highest|lowest)"
                                 r"\s+(?:tier|segment|category|rank)|(?:segment|tier|category)\s+\d)"
                                 r"|[^.;]{0,160}?\s+among(?:st)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                                 r"(?:trusts|organisations|bodies|ICBs|CCGs|providers|hospitals)\b",
                                 _FLAGS)
""""A moved up to segment 1, joining B and C in the top tier", "A joins B among trusts to have
chosen Cerner": no merger."""
_PERSON_MOVES = lazy_pattern(r"\b(?:leave|leaves|leaving|left)\b[^.;]{0,80}?\bto\s+join\b", _FLAGS)
""""X will leave once the acquisition completes to join B": a career move beside a merger."""
_TO_FORM = lazy_pattern(r"\bto\s+(?:form|create)\b")
_IT_JOINS = lazy_pattern(r"\bit\s+(?:will\s+|is\s+to\s+|would\s+)?$")
_JOINING_CLASSES = frozenset({"NHSTrust", "NHSFoundationTrust", "CareTrust", "NHSBody",
                              "ClinicalCommissioningGroup", "IntegratedCareBoard"})
""""X will join A and B to form a single C": bodies that join to form one are merging."""
_PARTY_CLASSES = frozenset({
    "NHSTrust", "NHSFoundationTrust", "CareTrust", "IntegratedCareBoard", "IntegratedCareSystem",
    "ClinicalCommissioningGroup", "CommissioningHub", "NationalBody", "Organisation", "NHSBody",
    "Hospital", "Company", "OrganisationalUnit", "LocalAuthority", "MembershipBody",
    "ProfessionalBody", "TradeUnion", "ThinkTank", "GovernmentDepartment", "Charity"})
_LINK = lazy_pattern(
    r"\s*(?:[–—]\s*(?:known as|or)\s+[^–—]{1,30}[–—]\s*|,\s*(?:which|that)\s+(?:runs|run|ran"
    r"|manages|managed|operates|operated|provides|provided|covers|covered)\b[^,;.]{1,120}(?=,))?"
    r"(?:,\s*(?:and\s+)?|and\s+|&\s*|with\s+)(?:[Tt]he\s+)?(?:nearby\s+|neighbouring\s+)?")
_OF_LIST = lazy_pattern(r"\s*(?:of|between|from)\s+(?:the\s+)?", _FLAGS)
_WITH = lazy_pattern(r"^\s*(?:(?:last|this|earlier\s+this)\s+(?:year|month|week|summer|spring"
                   r"|autumn|winter)\s+|in\s+(?:(?-i:[A-Z])[a-z]+\s+)?\d{4}\s+)?"
                   r"(?:with|into|by)\s+(?:(?:part|parts|most|some)\s+of\s+)?(?:the\s+)?"
                   r"(?:former\s+|nearby\s+|neighbouring\s+"
                   r"|(?:its|their)\s+(?:[\w-]+\s+)?(?:neighbour|partner|sister),?\s+"
                   r"|(?:(?:private\s+equity|investment|US|American|healthcare|hospital)\s+)?"
                   r"(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?-i:firm|group|company|investor|giant"
                   r"|operator|specialist|provider|business|chain|rival)\s+"
                   r"(?=(?-i:[A-Z])))?", _FLAGS)
_ITS = lazy_pattern(r"\b(?:its|their)\s+(?:[\w£.,-]+\s+){0,2}?$", _FLAGS)
_OPENING_PARTICIPLE = lazy_pattern(r"\W*(?:Having|After|Since)\s+(?:successfully\s+|already\s+)?",
                                   _FLAGS)
_SITE_NAME = lazy_pattern(r"(?:Hospital|Infirmary|Centre|Hub|Unit)$")
_POSSESSIVE_GAP = lazy_pattern(r"[’']s?\s+(?:[\w-]+\s+){0,2}")
_ADDRESSED = lazy_pattern(r"\b(?:to|from|asked|told|urged|allowed|permitted|persuaded)\s+"
                          r"(?:the\s+)?$", _FLAGS)
_COUNTED_BEFORE = lazy_pattern(rf"\b{PLURAL_BODIES}\s+(?:are|were|will|would|have|had|could)?"
                               r"[^.;,]{0,60}$", _FLAGS)
_SUBJECT_GAP = lazy_pattern(
    r"^[^.;:]{0,80}$")
_TRUST_CLASSES = frozenset({"NHSTrust", "NHSFoundationTrust", "CareTrust"})
_OPENING_SUBJECT = lazy_pattern(
    rf"\s*(?:(?:last|this|earlier\s+this)\s+(?:year|month|week|spring|summer|autumn|winter)\s*,?\s*"
    rf"|in\s+(?:(?-i:[A-Z])[a-z]+\s+)?\d{{4}}\s*,?\s*)?"
    rf"(?:(?:The\s+)?boards?\s+of\s+)?(?:{PLURAL_BODIES}|the\s+(?P<plural>trusts|ICBs|CCGs"
    rf"|integrated\s+care\s+boards|clinical\s+commissioning\s+groups)\b"
    rf"|(?P<reference>{DEFINITE_ORG}|it)\b)", _FLAGS)
_THEIR_BOARDS = lazy_pattern(r"\s*(?:(?:Their|The\s+two|Both)\s+boards|They)\b")
_PAIR_GAP = lazy_pattern(r"\s+(?:and|&)\s+(?:the\s+)?")
_PLURAL_OBJECT = lazy_pattern(
    rf"\s+(?:(?:the|its|their)\s+[\w-]+[’']s\s+(?=(?:two|three|four|five)\s))?"
    rf"(?:{PLURAL_BODIES}|(?P<number>two|three|four|five)\s+(?P<noun>trusts|ICBs|CCGs"
    rf"|clinical\s+commissioning\s+groups)\b|the\s+(?P<plural>trusts|ICBs|CCGs"
    rf"|integrated\s+care\s+boards|clinical\s+commissioning\s+groups)\b)", _FLAGS)
_PLURAL_CLASSES = {"trusts": _TRUST_CLASSES, "icbs": frozenset({"IntegratedCareBoard"}),
                   "integrated care boards": frozenset({"IntegratedCareBoard"}),
                   "ccgs": frozenset({"ClinicalCommissioningGroup"}),
                   "clinical commissioning groups": frozenset({"ClinicalCommissioningGroup"})}
_DESCRIBED_LIST = lazy_pattern(r"[^.;:–—]{0,60}?(?::|\s[-–—])\s*(?:the\s+)?")
_PLURAL_OF = lazy_pattern(
    rf"\s+(?:of|between)\s+(?:{PLURAL_BODIES}|the\s+(?P<plural>trusts|ICBs|CCGs"
    rf"|integrated\s+care\s+boards|clinical\s+commissioning\s+groups)\b)", _FLAGS)
_ARTICLE = lazy_pattern(r"\s*(?:the\s+)?")
_DESCRIBED_NEXT = lazy_pattern(r"\s*(?:the\s+)?(?:(?-i:[A-Z][a-z]+)-based\s+(?=(?-i:[A-Z])))?"
                               rf"(?:(?-i:[a-z][\w-]*\s+){{0,2}}?{_FIRM_KIND}\s+"
                               r"(?=(?-i:[A-Z])))?", _FLAGS)
""""acquired imaging provider X": what the party is, before its name."""
_ACQUIRED = lazy_pattern(r"acqui(?:re|res|red|ring|sition)|takeover|absorb(?:s|ing)?$"
                         r"|t(?:ake|akes|ook|aking|aken)\s+over|b(?:uy|uys|ought|uying)$"
                         r"|purchas|sold\b.*\bto$", _FLAGS)
_BOUGHT = lazy_pattern(r"b(?:uy|uys|ought|uying)|purchas", _FLAGS)
_BUSINESS_NAME = lazy_pattern(r"\b(?:Ltd|Limited|plc|LLP|Group|Holdings|Inc|Trust)$")
_PASSIVE_BEFORE = lazy_pattern(r"\b(?:been|was|were|is|are|being|be)\s+(?:\w+ly\s+)?$", _FLAGS)
_BY = lazy_pattern(r"\s+by\s+(?:the\s+)?(?:its\s+(?:[\w-]+\s+)?neighbou?r,?\s+(?:the\s+)?)?",
                   _FLAGS)
_APPROVED = lazy_pattern(r"\b(?:approved|agreed|completed|confirmed|backed|announced|voted\s+for"
                         r"|signed\s+off)\s+(?:the\s+|its\s+|a\s+)?"
                         r"(?:£[\d.,]+\s*(?:m|bn|k|million|billion)?\s+)?(?:planned\s+|proposed\s+)?$",
                         _FLAGS)
_JOINED_IN_STATE = lazy_pattern(r"\s+(?:in|on)\s+(?:the\s+)?(?:segment|special\s+measures|tier"
                                r"|category|recovery|list|league|bottom|top|oversight|national)\b",
                                re.IGNORECASE)
_TRANSITIVE = frozenset({"merge", "merging", "combine", "combining", "amalgamate",
                         "amalgamating"})
_INTO = lazy_pattern(r"fold(?:s|ed|ing)?|absorbed|subsumed", _FLAGS)


def _parties(doc: StoryDoc, orgs: list[Mention]) -> list[Mention]:
    """Bodies that can merge, without an acronym defined in brackets after its body's name.
    A regulator only among national bodies ("Monitor and the TDA will merge"): beside trusts
    it is the one approving."""
    text = doc.text
    national = all(m.cls in OVERSEERS for m in orgs)
    return [m for m in orgs if (m.cls in _PARTY_CLASSES or (national and m.cls in OVERSEERS))
            and not (text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")"
                     and any(o.end in (m.start - 2, m.start - 1) for o in orgs))]


def _past_brackets(doc: StoryDoc, offset: int, end: int) -> int:
    """Skip an acronym in brackets right after a name: "The Pennine Acute Trust (PAT)"."""
    bracket = re.match(r"\s*\([^)]{1,15}\)", doc.text[offset:end])
    return offset + bracket.end() if bracket else offset


def _chain_after(doc: StoryDoc, orgs: list[Mention], offset: int, end: int) -> list[Mention]:
    """Bodies listed from ``offset``: the first named there and those linked to it."""
    first = next((m for m in orgs if offset <= m.start <= offset + 2
                  or doc.text[m.start:offset].lower() == "the "), None)
    if first is None:
        return []
    chain = [first]
    while True:
        link = _LINK.match(doc.text, _past_brackets(doc, chain[-1].end, end), end)
        following = next((m for m in orgs if link and (m.start == link.end() or (
            m.start == link.end() - 4 and doc.text[m.start:link.end()].lower() == "the "))),
            None)
        if following is None:
            return chain
        chain.append(following)


def _chain_before(doc: StoryDoc, orgs: list[Mention], offset: int) -> list[Mention]:
    """Bodies listed just before ``offset`` ("A and B have merged")."""
    before = [m for m in orgs if m.end <= offset]
    if not before:
        return []
    chain = [before[-1]]
    for other in reversed(before[:-1]):
        link = _LINK.match(doc.text, _past_brackets(doc, other.end, chain[-1].start),
                           chain[-1].start)
        if link and link.end() == chain[-1].start:
            chain.append(other)
        else:
            break
    return chain[::-1]


_ADVISED_BY_AFTER = lazy_pattern(r"\s+by\b", re.IGNORECASE)
""""The trusts are being advised on the merger by KPMG": the adviser is no party."""
_ADVISING_ON = lazy_pattern(r"\b(?:(?:advise|advising|advised|advisers?|help|helping|support"
                            r"|supporting)\s+(?:it\s+|them\s+)?(?:on|with)|to\s+(?:prepare"
                            r"|plan|deliver|manage|support|oversee|work\s+on|assist\s+with))\s+"
                            r"(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}$",
                            re.IGNORECASE)
""""X has appointed A and B to advise on the acquisition of Y", "hired A and B to prepare the
merger": firms working on a deal are no parties to it."""
""""X, formed in 2017 by the merger of A and B, acquired Y": A and B are not who acquired."""
_DESCRIBED_APPOSITION = lazy_pattern(r",\s*(?:a|an|the)\s+(?-i:[a-z])(?:(?!\s-\s)[^,;–—]){1,80}?,")
""""Operose Health, a subsidiary of US company Centene, took over AT Medics": a body named
inside a description is no party."""


class _Mergers:
    def __call__(self, doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            if not _MERGER_CUE(sentence.text) or _CALLED_OFF.search(sentence.text):
                if " become " in sentence.text:
                    _listed_become(doc, sentence)
                if "application" in sentence.text:
                    _merger_applicants(doc, sentence)
                continue
            for trigger in _TRIGGER.finditer(doc.text, sentence.start, sentence.end):
                window = doc.text[max(sentence.start, trigger.start() - 80):trigger.end()]
                if _NOT_A_MERGER.search(window) or _DENIED_AFTER.search(
                        doc.text, trigger.end(), sentence.end) or _ONE_OF_THOSE.search(
                        doc.text, sentence.start, trigger.start()) or _JOINED_IN_A_TIER.match(
                        doc.text, trigger.end(), sentence.end) or _CLUSTER_OF.search(
                        doc.text, max(sentence.start, trigger.start() - 40), trigger.start()):
                    continue
                advising = _ADVISING_ON.search(doc.text, sentence.start, trigger.start())
                for first, second in self.pairs(doc, sentence, trigger):
                    if (first.key or first.text) == (second.key or second.text) or (
                            advising and (first.cls == second.cls == "Company"
                                          or _ADVISED_BY_AFTER.match(doc.text, trigger.end(),
                                                                     sentence.end))) or (
                            first.cls == second.cls == "Hospital" and _MERGED_BODY.match(
                                doc.text, trigger.start() - 4, sentence.end)):
                        continue
                    site, owner = (first, second) if first.cls == "Hospital" else (second,
                                                                                   first)
                    if site.cls == "Hospital" != owner.cls and _SITE_NAME.search(site.text):
                        runner = next((f.object for f in doc.facts if f.predicate == "partOf"
                                       and f.subject.start == site.start
                                       and isinstance(f.object, Mention)), None)
                        formed = _formed_head(doc, sentence, trigger.start())
                        if runner is not None and formed is not None \
                                and entity_key(runner) == entity_key(formed):
                            add_fact(doc, sentence, site, "mergesWith", owner, extractor=NAME,
                                     confidence=0.7)
                        elif runner is None:
                            add_fact(doc, sentence, site, "partOf", owner, extractor=NAME,
                                     confidence=0.7)
                        elif entity_key(runner) != entity_key(owner):
                            add_fact(doc, sentence, runner, "mergesWith", owner, extractor=NAME,
                                     confidence=0.7)
                        continue
                    add_fact(doc, sentence, first, "mergesWith", second, extractor=NAME,
                             confidence=0.75)
            if _MERGER_WORD_CUE(sentence.text):
                _merger_beside(doc, sentence)
                _named_next(doc, sentence)
            if "become" in sentence.text or "became" in sentence.text:
                _listed_become(doc, sentence)
        for sentence in doc.sentences:
            if "replac" in sentence.text or "take over from" in sentence.text \
                    or "takes over from" in sentence.text:
                _replaced_together(doc, sentence)
            if " into " in sentence.text:
                _moved_into(doc, sentence)
        return doc

    def pairs(self, doc: StoryDoc, sentence: Sentence,
              trigger: re.Match[str]) -> list[tuple[Mention, Mention]]:
        text = doc.text
        orgs = _parties(doc, doc.mentions_in(sentence, "Organisation"))
        word = trigger.group(0).lower()
        if _OPENING_PARTICIPLE.fullmatch(text, sentence.start, trigger.start()):
            return self.opening(doc, sentence, orgs, trigger)
        listed = _OF_LIST.match(text, trigger.end(), sentence.end)
        if word.endswith(("between", "from", "aligned", " of", "bringing together")):
            listed = _ARTICLE.match(text, trigger.end(), sentence.end)
        if listed:
            chain = _chain_after(doc, orgs, listed.end(), sentence.end)
            if len(chain) >= 2:
                return list(combinations(chain, 2))
            colon = _DESCRIBED_LIST.match(text, listed.end(), sentence.end) if not chain else None
            if colon is not None:
                chain = _chain_after(doc, orgs, colon.end(), sentence.end)
                if len(chain) >= 2:
                    return list(combinations(chain, 2))
            plural = _PLURAL_OF.match(text, trigger.end(), sentence.end) if not chain else None
            if plural:
                return list(combinations(self.referred(doc, sentence, plural), 2))
            owner = self.subjects(doc, sentence, orgs, trigger.start())
            if chain and owner and (_ITS.search(text[sentence.start:trigger.start()])
                                    or _POSSESSIVE_GAP.fullmatch(text, owner[-1].end,
                                                                 trigger.start())):
                return [(owner[-1], chain[0])]
            buyer = _BY.match(text, chain[-1].end, sentence.end) if len(chain) == 1 \
                and _ACQUIRED.match(word) else None
            bought_by = _chain_after(doc, orgs, buyer.end(), sentence.end) if buyer else []
            if bought_by:
                return [(bought_by[0], chain[0])]
            approved = _APPROVED.search(text, sentence.start, trigger.start())
            if chain and owner and approved and (
                    (owner[-1].cls in _TRUST_CLASSES and chain[0].cls in _TRUST_CLASSES)
                    or owner[-1].cls == chain[0].cls == "Company"):
                return [(owner[-1], chain[0])]
        if _INTO.match(word):
            target = next((m for m in orgs if m.start >= trigger.end()), None)
            members = _chain_before(doc, orgs, trigger.start())
            return [(m, target) for m in members] if target else []
        partner_at = _WITH.match(text[trigger.end():sentence.end])
        partners = _chain_after(doc, orgs, trigger.end() + partner_at.end(),
                                sentence.end) if partner_at else []
        if partner_at and not partners and re.match(r"it\b", text[trigger.end()
                                                                   + partner_at.end():]):
            found = pronoun_org(doc, sentence.start)
            partners = [found] if found is not None and found.cls in _PARTY_CLASSES else []
        named_next = _chain_after(doc, orgs, _DESCRIBED_NEXT.match(text, trigger.end()).end(),
                                  sentence.end)
        if word.startswith("brings") and len(named_next) >= 2:
            formed = mention_ending_at(doc, trigger.start() - 1, "Organisation")
            return list(combinations(named_next, 2)) if formed is not None \
                and formed.cls in _TRUST_CLASSES and all(m.cls in _TRUST_CLASSES
                                                         for m in named_next) else []
        if word.startswith("brought") and len(named_next) >= 2:
            formed = pronoun_org(doc, sentence.start)
            return list(combinations(named_next, 2)) if formed is not None \
                and formed.cls in _TRUST_CLASSES else []
        if not partners and "with" in word:
            partners = named_next
        if not partners and not named_next and word in _TRANSITIVE:
            plural = _PLURAL_OBJECT.match(text, trigger.end(), sentence.end)
            if plural:
                return list(combinations(self.referred(doc, sentence, plural,
                                                       trigger.start()), 2))
        if not partners and len(named_next) >= 2 and word in _TRANSITIVE \
                and not self.subjects(doc, sentence, orgs, trigger.start()):
            return list(combinations(named_next, 2))
        if not partners and named_next:
            joined = _WITH.match(text[named_next[-1].end:sentence.end])
            others = _chain_after(doc, orgs, named_next[-1].end + joined.end(),
                                  sentence.end) if joined else []
            if others:
                return [(named_next[0], other) for other in others]
        subjects = self.subjects(doc, sentence, orgs, trigger.start())
        joins = word.startswith("join") and trigger.group(0)[-1:].isalpha() and " " not in word
        if joins and (ROLE_CUE(text[sentence.start:trigger.start()]) or any(
                m.start < trigger.start() for m in doc.mentions_in(sentence, "Person"))):
            return []
        if joins and not partners:
            forming = _TO_FORM.search(text, trigger.end(), sentence.end)
            allowed = _JOINING_CLASSES if forming else _TRUST_CLASSES
            partners = [m for m in named_next if m.cls in allowed
                        and (forming is None or m.end <= forming.start())
                        and not _JOINED_IN_STATE.match(text, m.end, sentence.end)]
            subjects = [m for m in subjects if m.cls in allowed]
            if forming and not subjects and _IT_JOINS.search(text, sentence.start,
                                                             trigger.start()):
                found = pronoun_org(doc, sentence.start)
                subjects = [found] if found is not None and found.cls in allowed else []
            if forming:
                return list(combinations(subjects[-1:] + partners, 2))
            return [(s, p) for s in subjects[-1:] for p in partners]
        if _ACQUIRED.match(word) and not partners:
            partners = named_next
        if _BOUGHT.match(word):
            partners = [m for m in partners if m.cls in _TRUST_CLASSES
                        or _BUSINESS_NAME.search(m.text)
                        or (m.cls == "Company" and any(s.cls == "Company" for s in subjects))]
        if partners and subjects and _ACQUIRED.match(word) and partner_at and "by" in \
                partner_at.group(0).lower() and _PASSIVE_BEFORE.search(text, sentence.start,
                                                                        trigger.start()):
            return [(p, s) for s in subjects[-1:] for p in partners]
        if partners and subjects:
            into = "into" in partner_at.group(0).lower() if partner_at else False
            return [(s, p) for s in (subjects if into else subjects[-1:]) for p in partners]
        if len(subjects) >= 2 and not partners:
            return list(combinations(subjects, 2))
        return []

    @staticmethod
    def opening(doc: StoryDoc, sentence: Sentence, orgs: list[Mention],
                trigger: re.Match[str]) -> list[tuple[Mention, Mention]]:
        """"Having absorbed X in 2020, Y is consulting": Y, the subject after the opening
        clause, merged with X."""
        text = doc.text
        after = text[trigger.end():sentence.end]
        start = trigger.end() + (_WITH.match(after) or _ARTICLE.match(after)).end()
        partners = _chain_after(doc, orgs, start, sentence.end)
        comma = text.find(",", partners[-1].end, sentence.end) if partners else -1
        article = _ARTICLE.match(text, comma + 1) if comma >= 0 else None
        subject = next((m for m in orgs if article and m.start == article.end()), None)
        return [(subject, p) for p in partners] if subject is not None else []

    @staticmethod
    def referred(doc: StoryDoc, sentence: Sentence, plural: re.Match[str],
                 offset: int | None = None) -> list[Mention]:
        """The bodies "both trusts", "the three trusts" or "the ICBs" mean: named before
        ``offset`` (by default, before the sentence)."""
        count = plural["count"] or plural.groupdict().get("number")
        if count:
            noun = " ".join((plural["pnoun"] or plural.groupdict().get("noun")
                             or "trusts").lower().split())
            return coordinated_trusts(doc, sentence.start if offset is None else offset,
                                      plural_count(count),
                                      _PLURAL_CLASSES.get(noun, _TRUST_CLASSES))
        noun = " ".join(plural["plural"].lower().split())
        return coordinated_bodies(doc, sentence.start, _PLURAL_CLASSES[noun])

    @staticmethod
    def subjects(doc: StoryDoc, sentence: Sentence, orgs: list[Mention],
                 trigger: int) -> list[Mention]:
        """Who merges: the body "its" points at, or the bodies listed before the trigger in
        its clause."""
        head = doc.text[sentence.start:trigger]
        its = _ITS.search(head)
        before = [m for m in orgs if m.end <= trigger]
        listed = _chain_before(doc, before, trigger) if its and "their" in its.group(0).lower() \
            else []
        if len(listed) >= 2:
            return listed
        if its and before:
            bodies = [m for m in before if m.cls != "Company"]
            bodies = [m for m in bodies if m.cls != "Hospital"] or bodies
            opening = _OPENING_SUBJECT.match(head) if not bodies else None
            if opening is not None and opening["reference"] and opening["reference"].lower() \
                    not in {"its", "their", "our"}:
                found = definite_org(doc, opening["reference"], sentence.start + opening.start(
                    "reference"))
                return [found] if found is not None and found.cls != "Company" else []
            return [(bodies or before)[-1]]
        aside = [(sentence.start + start, sentence.start + end) for start, end
                 in relative_clauses(sentence.text, trigger - sentence.start)] + [
            (sentence.start + m.start(), sentence.start + m.end())
            for m in _DESCRIBED_APPOSITION.finditer(sentence.text, 0, trigger - sentence.start)] + [
            (sentence.start + m.start(), sentence.start + m.end())
            for m in FORMED_ASIDE.finditer(sentence.text, 0, trigger - sentence.start)]
        counted = _COUNTED_BEFORE.search(head)
        if counted is not None:
            return _Mergers.referred(doc, sentence, counted, sentence.start + counted.start())
        chain = _chain_before(doc, [m for m in orgs if not any(
            start <= m.start < end for start, end in aside) and not _ADDRESSED.search(
                doc.text, max(sentence.start, m.start - 30), m.start)], trigger)
        if chain and _SUBJECT_GAP.match(doc.text[chain[-1].end:trigger]):
            return chain
        opening = _OPENING_SUBJECT.match(head)
        their = _THEIR_BOARDS.match(head) if not before else None
        pair = _previous_pair(doc, sentence) if their is not None and _SUBJECT_GAP.match(
            head[their.end():]) else []
        if pair:
            return pair
        if before or opening is None or not _SUBJECT_GAP.match(head[opening.end():]):
            return []
        if opening["count"] or opening["plural"]:
            return _Mergers.referred(doc, sentence, opening)
        found = pronoun_org(doc, sentence.start) if opening["reference"].lower() == "it" \
            else definite_org(doc, opening["reference"], sentence.start + opening.start(
                "reference"))
        return [found] if found is not None and found.cls in _PARTY_CLASSES else []


def _formed_head(doc: StoryDoc, sentence: Sentence, offset: int) -> Mention | None:
    """"X, formed by the merger of A and B,": X, the body a merger at ``offset`` formed."""
    for apposed in FORMED_ASIDE.finditer(doc.text, sentence.start, sentence.end):
        if apposed.start() <= offset < apposed.end():
            return mention_ending_at(doc, apposed.start(), "Organisation")
    return None


def _previous_pair(doc: StoryDoc, sentence: Sentence) -> list[Mention]:
    """What "Their boards" or "They" opening a sentence means: the two bodies the sentence
    before named as a pair ("A and B now want to go further")."""
    before = doc.sentence_before(sentence)
    orgs = [m for m in doc.mentions_in(before, "Organisation")
            if m.cls in _PARTY_CLASSES] if before else []
    for first, second in pairwise(orgs):
        if _PAIR_GAP.fullmatch(doc.text, first.end, second.start):
            return [first, second]
    return []


@extractor("mergers", requires=("mentions.organisation",),
           assigns=("facts.mergesWith", "facts.partOf"))
def make_mergers() -> _Mergers:
    return _Mergers()


_MERGER_WORD_CUE = Cue("merg", "acqui", "takeover")
_MERGER_WORD = lazy_pattern(r"\b(?:merg(?:e|es|ed|ing|er)|acqui(?:re|res|red|ring|sition)"
                            r"|takeover)\b", _FLAGS)
_THE_MERGED = lazy_pattern(r"\bthe\s+(?:newly\s+)?merged\b", _FLAGS)


def _a_past_post_at(doc: StoryDoc, body: Mention) -> bool:
    """"Y ran Alder Hey from 2008 to 2016. X will be chief executive of the merged trust":
    a body named for someone's past post is no party to the merger the next sentence means."""
    return any(f.predicate == "leads" and f.status == "former" and isinstance(f.object, Mention)
               and f.object.start == body.start for f in doc.facts)
_SAME_KIND = (frozenset({"NHSTrust", "NHSFoundationTrust", "CareTrust"}),
              frozenset({"IntegratedCareBoard"}), frozenset({"ClinicalCommissioningGroup"}))


_BECOME = lazy_pattern(r"\s+(?:will|are\s+to|are\s+set\s+to|are\s+due\s+to)\s+become\s+"
                       r"|\s+(?:became|have\s+become)\s+", _FLAGS)


_APPLICATION_FROM = lazy_pattern(r"\b(?:approved|backed|rejected|considered|received)\s+(?:the|an|a"
                                 r"|their)\s+application\s+(?:from|by)\s+(?:the\s+)?", _FLAGS)


def _merger_applicants(doc: StoryDoc, sentence: Sentence) -> None:
    """"Six CCGs have been given the go-ahead to merge. NHS England approved the application
    from A, B and C": the bodies that applied, when the sentence before is about a merger."""
    cue = _APPLICATION_FROM.search(doc.text, sentence.start, sentence.end)
    before = doc.sentence_before(sentence)
    if cue is None or before is None or not _MERGER_WORD.search(before.text):
        return
    chain = _chain_after(doc, _parties(doc, doc.mentions_in(sentence, "Organisation")),
                         cue.end(), sentence.end)
    if len(chain) >= 2:
        for first, second in combinations(chain, 2):
            add_fact(doc, sentence, first, "mergesWith", second, extractor=NAME,
                     confidence=0.7)


def _listed_become(doc: StoryDoc, sentence: Sentence) -> None:
    """"A, B and C will become NHS Sussex CCG on 1 April": bodies listed together that become
    one named body are merging."""
    orgs = _parties(doc, doc.mentions_in(sentence, "Organisation"))
    chain = _chain_after(doc, orgs, sentence.start, sentence.end) if orgs else []
    become = _BECOME.match(doc.text, chain[-1].end, sentence.end) if len(chain) >= 2 else None
    formed = mention_at(doc, become.end(), "Organisation") if become else None
    if formed is None or formed in chain or _NOT_A_MERGER.search(sentence.text):
        return
    for first, second in combinations(chain, 2):
        if first.cls == second.cls or {first.cls, second.cls} <= _TRUST_CLASSES:
            add_fact(doc, sentence, first, "mergesWith", second, extractor=NAME,
                     confidence=0.7)


def _merger_beside(doc: StoryDoc, sentence: Sentence) -> None:
    """A sentence with a merger word that no reading above took, naming two bodies of one kind
    (two trusts, two ICBs, two CCGs) and at most one other body: the two are the merger's
    parties ("staff at A heard about the merger in a letter that also went to B"), at a lower
    confidence; a sentence naming only one of them takes the other from the sentence before
    when that names just one body of its kind ("A is too small to survive alone. Merger talks
    are under way, and B is keen"). Denials and hypotheticals anywhere in the sentence stop
    it. A body the merger forms ("which will be called C") is none of its parties."""
    cue = _MERGER_WORD.search(sentence.text)
    if cue is None or _NOT_A_MERGER.search(sentence.text) or _ONE_OF_THOSE.search(
            sentence.text, 0, cue.start()) or (
            doc.mentions_in(sentence, "Person") and _PERSON_MOVES.search(sentence.text)):
        return
    if any(f.evidence.start == sentence.start and f.predicate in ("mergesWith", "partOf")
           for f in doc.facts):
        return
    orgs = {m.key or m.text: m for m in doc.mentions_in(sentence, "Organisation")}
    before = doc.sentence_before(sentence)
    earlier = {m.key or m.text: m for m in doc.mentions_in(before, "Organisation")
               if (m.key or m.text) not in orgs} if before else {}
    for kind in _SAME_KIND:
        parties = [m for m in orgs.values() if m.cls in kind
                   and formed_body(doc, m.end, kind) is not m]
        if len(parties) == 1 and len(orgs) == 1:
            others = [m for m in earlier.values() if m.cls in kind
                      and not (_THE_MERGED.search(sentence.text) and _a_past_post_at(doc, m))]
            parties += others if len(others) == 1 and len(earlier) <= 2 else []
        if len(parties) == 2 and len(orgs) <= 3:
            add_fact(doc, sentence, parties[0], "mergesWith", parties[1], extractor=NAME,
                     confidence=0.5)


_REPLACES = lazy_pattern(r"\b(?:replaces|replaced|will\s+replace|would\s+replace|is\s+to\s+replace"
                        r"|is\s+replacing|takes\s+over\s+from|will\s+take\s+over\s+from)\s+"
                        r"(?:the\s+)?", _FLAGS)
_REPLACER = lazy_pattern(r"\s*(?:It|The\s+new\s+(?:body|organisation|trust|PCT|CCG|ICB))\b")


def _replaced_together(doc: StoryDoc, sentence: Sentence) -> None:
    """"The new Sheffield PCT ... It replaces A, B, C and D": bodies of one kind that one new
    body of their kind replaces merge into it, so with each other."""
    orgs = doc.mentions_in(sentence, "Organisation")
    for cue in _REPLACES.finditer(doc.text, sentence.start, sentence.end):
        first = mention_at(doc, cue.end(), "Organisation")
        if first is None or first not in orgs:
            continue
        listed = {entity_key(m): m for m in listed_with(doc, orgs, first, _LINK, before=False)}
        before = [m for m in orgs if m.end <= cue.start()]
        replacer = before[-1] if before else (
            formed_body(doc, sentence.start) if _REPLACER.match(
                doc.text, sentence.start, cue.start()) else None)
        kind = next((k for k in (*_SAME_KIND, frozenset({"NHSBody"})) if first.cls in k), None)
        if replacer is None or kind is None or replacer.cls not in kind or len(listed) < 2 \
                or entity_key(replacer) in listed or any(m.cls not in kind
                                                         for m in listed.values()):
            continue
        for one, other in combinations(listed.values(), 2):
            add_fact(doc, sentence, one, "mergesWith", other, extractor=NAME, confidence=0.7)


_COUNTED_OPENING = lazy_pattern(
    r"\W*(?P<count>Two|Three|Four)\s+(?:of\s+the\s+)?(?:[\w’'–-]+\s+){0,6}?"
    r"(?P<noun>trusts|organisations|providers|bodies|CCGs|ICBs|PCTs|primary\s+care\s+trusts"
    r"|clinical\s+commissioning\s+groups)\b")


def _named_next(doc: StoryDoc, sentence: Sentence) -> None:
    """"Two foundation trusts on the county border have agreed to talk about merging. The
    boards of A and B ...": a counted plural that opens a merger sentence naming fewer bodies
    than it counts means the first bodies of its kind the next sentence names."""
    opening = _COUNTED_OPENING.match(sentence.text)
    cue = _MERGER_WORD.search(sentence.text) if opening else None
    if cue is None or _NOT_A_MERGER.search(sentence.text, max(0, cue.start() - 80),
                                           cue.end()) or len(doc.mentions_in(
            sentence, "Organisation")) >= plural_count(opening["count"]):
        return
    after = doc.sentences.index(sentence) + 1
    if after >= len(doc.sentences):
        return
    noun = " ".join(opening["noun"].lower().split())
    classes = _PLURAL_CLASSES.get(noun, _PARTY_CLASSES)
    named: dict[str, Mention] = {}
    for mention in doc.mentions_in(doc.sentences[after], "Organisation"):
        if mention.cls in classes and mention.cls in _PARTY_CLASSES:
            named.setdefault(entity_key(mention), mention)
    count = plural_count(opening["count"])
    parties = list(named.values())[:count]
    if len(parties) < count:
        return
    for first, second in combinations(parties, 2):
        add_fact(doc, sentence, first, "mergesWith", second, extractor=NAME, confidence=0.7)


_MOVED_INTO = lazy_pattern(r"\b(?:integrat(?:e|es|ed|ing)|fold(?:s|ed|ing)?|absorb(?:s|ed|ing)?"
                           r"|merg(?:e|es|ed|ing))\s+(?:the\s+)?$", _FLAGS)
_INTO_BODY = lazy_pattern(r"\s+(?:fully\s+)?into\s+(?:the\s+)?", _FLAGS)
_PASSIVE_INTO = lazy_pattern(r"\s+(?:is|are|was|were|will\s+be|would\s+be|is\s+to\s+be|has\s+been"
                             r"|have\s+been)\s+(?:fully\s+)?(?:integrated|folded|absorbed|merged)"
                             r"\s+into\s+(?:the\s+)?", _FLAGS)


def _moved_into(doc: StoryDoc, sentence: Sentence) -> None:
    """"Plans to integrate A into B"; "A is to be folded into B": B takes A over."""
    text = doc.text
    if _NOT_A_MERGER.search(sentence.text):
        return
    for org in doc.mentions_in(sentence, "Organisation"):
        taken = _MOVED_INTO.search(text, max(sentence.start, org.start - 30), org.start)
        into = _INTO_BODY.match(text, org.end, sentence.end) if taken else None
        passive = _PASSIVE_INTO.match(text, org.end, sentence.end) if not into else None
        cue = into or passive
        taker = mention_at(doc, cue.end(), "Organisation") if cue else None
        if taker is not None and taker.cls in _PARTY_CLASSES and org.cls in _PARTY_CLASSES \
                and (taker.key or taker.text) != (org.key or org.text):
            add_fact(doc, sentence, taker, "mergesWith", org, extractor=NAME, confidence=0.7)
