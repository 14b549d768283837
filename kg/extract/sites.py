"""Hospitals, and the trust that runs them: hospital –partOf→ trust.

News names hospitals as places and as bodies ("the Harbourside General Hospital", "Fellbrook
Infirmary", "the Queen Adela in Hartlepool") and says who runs them in a handful of
ways: a trust "which runs" / "oversees" / "includes" / "is responsible for" a list of them, a
hospital "run by" a trust, "the trust's main hospital, X", "A and B, which oversee X and Y
respectively", "It would also run X". Names come from their shape (capitalised words ending
in Hospital or Infirmary), from the reference data's sites when it has them, and, inside a
list that names at least one hospital, from the other capitalised items.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from kg.extract.context import (
    NEW_BODY,
    TRUSTS,
    definite_org,
    formed_body,
    mention_at,
    mention_ending_at,
    org_named,
    pronoun_org,
    referred_org,
    topic_org,
)
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.gazetteer import load_gazetteer
from kg.extract.organisations import without_leading_words
from kg.extract.registry import extractor
from kg.extract.text import Cue, lazy_pattern
from kg.model import Mention, Sentence

__all__ = ["make_sites"]

NAME = "sites"
_RUN_CUE = lazy_pattern(r"\b(?:run|runs|running|operat\w*|manag\w*|sites?|part\s+of|belong\w*"
                        r"|owned|owns|responsible\s+for|oversee\w*|its\s+(?:[\w-]+\s+)?hospitals?)\b"
                        r"|\w[’']s\s", re.IGNORECASE)
HOSPITAL_CLASS = "Hospital"
_WORD = r"(?:St\.?|[A-Z][\w’'-]*)"
_HOSPITAL = lazy_pattern(
    r"\b(?!(?:January|February|March|April|June|July|August|September|October|November"
    r"|December|Since|From|Until|Before|After)\s)"
    rf"{_WORD}(?:(?:\s+(?:and|of|the|&|on|upon)\s+|\s+){_WORD}){{0,6}}"
    rf"\s+(?:Hospital|Infirmary|(?<=[a-z] )hospital|(?:Elective|Treatment|Surgical|Diagnostic"
    rf"|Surgery|Cancer|Eye|Rehabilitation|Orthopaedic)\s+(?:Centre|Hub|Unit))\b"
    rf"(?!\s+(?i:NHS|Foundation|Trust|Trusts|FT"
    rf"|Services|Healthcare|Health|Charity|Charities|bosses|chiefs|Programme|Program|Plan"
    rf"|Project|Scheme|Fund)\b)(?![’'-]\w)"
)
_DESCRIBED_HOSPITAL = lazy_pattern(r"[A-Z][a-z]+\s+hospital")
_THE_BEFORE = lazy_pattern(r"\b(?i:the)\s+$")
""""The London hospital", "the Leytonstone hospital": a hospital described by its place, not
named."""
_UNIT_CUE = Cue("’s ", "'s ", " its ")
_UNIT_APPOSITION = lazy_pattern(
    r"(?P<name>(?<![\w’'])(?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:for|of|and|&)\s+)?[A-Z][\w’'-]*)"
    r"{0,5})\s*(?:,|\s[–—]\s)\s*(?:(?P<ref>the\s+(?:foundation\s+)?trust)[’']s|its)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:unit|hospital|site|centre|clinic|ward|facility|hospice)\b")
_HOSPITAL_CUE = Cue("Hospital", "Infirmary", "hospital", "Centre", "Hub", "Unit", cased=True)
_UNIT_NAME_CUE = Cue(" Unit", " Centre", " Lodge", " House", " Ward", " Clinic", cased=True)
_DESCRIBED_UNIT = lazy_pattern(
    r"(?<![\w’'-])(?:(?-i:The)\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:for|of|and|&)\s+)?[A-Z][\w’'-]*)"
    r"{0,4}\s+(?:Unit|Centre|Lodge|House|Ward|Clinic))\b(?![’'-]\w)"
    r"(?=\s*,\s*(?:an?|the)\s+(?:[\w’'-]+\s+){0,5}?(?:unit|ward|centre|hospital|service|facility"
    r"|clinic|home)\b|\s*,?\s*(?:which\s+is\s+|that\s+is\s+)?(?:run|operated|managed)\s+by\b"
    r"|\s+(?:has\s+been|have\s+been|was|is|had\s+been)\s+(?:re-?)?rated\b)")
""""Larchwood House, a children's mental health unit run by X"; "The Phoenix Centre, which is
run by X"; "Maister Lodge was rated outstanding": a named unit the sentence says is a care
site (a unit, run by a trust, rated by inspectors)."""
_ACROSS = lazy_pattern(r"\b(?:across|throughout|around|serving)\b")
""""runs hospitals across Northumberland and North Tyneside, including X": the names after
"across" are places; only a site the story knows is one of the trust's."""
_RUNS = lazy_pattern(
    r"\b(?:runs|run|running|ran|operates|operate|operating|oversees|oversee|overseeing"
    r"|manages|manage|managing(?!\s+(?:director|partner|editor|consultant))|includes|include"
    r"|including|included|comprises|comprising"
    r"|(?:is|are|was|were|will be|would be)\s+responsible\s+for|responsible\s+for"
    r"|cares?\s+for\b[^.;]{0,60}?\bat|provided\s+at|based\s+at"
    r"|(?:hospitals|sites)\s+(?:of|including|such as|are|were|at|in))\b"
    r"|\b(?:hospitals|sites)\s*:",
)
_RUN_BY = lazy_pattern(r"(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s*(?:,|[–—(]|\s-)?\s*"
                     r"(?:(?:both|all)\s+of\s+which\s+|which\s+)?(?:(?:is|was|are|were|will\s+be|has\s+been)\s+)?(?:also\s+"
                     r"|now\s+|both\s+)?(?:(?:the|a|one\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?)\s*"
                     r"(?:main\s+|acute\s+|largest\s+|biggest\s+|[\w-]+\s+){0,2}?(?:hospitals?|sites?)"
                     r"\s+)?(?:(?:run|operated|managed|owned)\s+by|of|belonging\s+to|come\s+under"
                     r"|comes\s+under|under)\s+(?:the\s+)?(?:(?:newly[\s-])?(?:formed|created|merged)\s+"
                     r"|new\s+)?")
_ONE_RUN = lazy_pattern(r"\s*,\s*which\s+(?:is|was|has\s+been)\b")
""""A and B, which is run by T": the singular verb says only B is T's."""
_SOMETHING_AT = lazy_pattern(r"\b(?-i:[a-z][\w-]+)\s+(?:at|in|within)\s+(?:the\s+)?$")
"""What is run is something at the hospital ("runs dispensaries at X"), not the hospital."""
_DEFINITE_RUNNER = lazy_pattern(r"(?<=the\s)((?i:trust|foundation\s+trust))\b")
_PART_AT = lazy_pattern(r"\b(?:unit|units|ward|wards|centre|clinic|service|services|department"
                       r"|wing|building|hub|scanner|theatre|theatres|pharmacy|shop|cafe|car\s+park)"
                       r"\s+(?:at|in|on)\s+(?:the\s+)?$", re.IGNORECASE)
_WHICH_RUNS = lazy_pattern(
    r"(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s*,\s*which\s+(?P<body>(?:the\s+)?"
    r"(?:trust|foundation\s+trust|[A-Z][^,;.]{2,90}?))\s+(?:now\s+|also\s+|still\s+)?"
    r"(?:runs|operates|manages|ran|operated|managed|took\s+over|has\s+run|has\s+managed"
    r"|acquired)\b")
_OPERATOR = lazy_pattern(r"[’']s\s+(?:operator|trust|parent\s+trust|parent\s+organisation|owner"
                         r"|provider)\s*,\s*(?:the\s+)?|\s*,\s*whose\s+parent\s+(?:trust"
                         r"|organisation)\s+is\s+(?:the\s+)?|\s*\(\s*(?=(?-i:The\s+)?[A-Z])")
_HOSPITAL_REFERENCE = lazy_pattern(
    r"\s*(?:(?P<both>(?:Both|The\s+two)\s+hospitals\s+(?:are|were|have\s+been)\s+(?:run|managed"
    r"|operated)\s+by)"
    r"|(?:The|This)\s+(?:(?-i:[A-Z])[\w’'-]*\s+|(?:temporary|field|new|main|community)\s+)?"
    r"(?i:hospital|site|facility|Nightingale)(?:\s+in\s+(?-i:[A-Z])[\w’'-]+)?"
    r"\s+(?:has\s+been\s+|is\s+|was\s+"
    r"|will\s+be\s+)?(?:(?:run|managed|operated|owned)\s+by|belongs\s+to|is\s+part\s+of)"
    r"|It\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:run|managed|operated|owned)\s+by"
    r"|Its\s+(?:parent\s+(?:organisation|trust|body)|trust|operator|owner)\s*,)\s*(?:the\s+)?")
_HOSPITAL_WHICH_RUN_BY = lazy_pattern(r"\b(?i:the)\s+hospital\s*,\s*which\s+(?:is|was|has\s+been)"
                                      r"\s+(?:run|managed|operated)\s+by\s+(?:the\s+)?")
""""Inspectors visited the hospital, which is run by X": the hospital the sentence before
named."""
_AMONG_THEM = lazy_pattern(r"\s*(?:Among\s+them\s+(?:are|is)|They\s+(?:include|are)|These\s+"
                          r"(?:include|are))\b")
_RUNS_SEVERAL = lazy_pattern(
    r"\b(?:runs|run|operates|manages)\s+(?:\w+\s+){0,2}?(?:hospitals|sites)\b")
_RUNS_IT = lazy_pattern(r"\s*(?:,\s*which\s+(?:runs|manages|operates)\s+(?:it|the\s+hospital"
                        r"|both(?:\s+hospitals|\s+sites)?|the\s+(?:two|three)\s+(?:hospitals|sites))"
                        r"\s*,"
                        r"|\s+(?:now\s+)?(?:runs|manages|operates)"
                        r"\s+(?:it|them|all\s+(?:two|three|four|five)|both(?:\s+of\s+them)?)\b)")
_RUNS_THEM = lazy_pattern(r"(?:\s*,\s*which)?\s+(?:now\s+)?(?:runs|manages|operates)\s+"
                          r"(?:them|all|both|the\s+(?:two|three)\s+(?:hospitals|sites))\b")
_HOSPITAL_LINK = lazy_pattern(r"(?:\s+in\s+[A-Z][\w’'-]+)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)"
                              r"(?:the\s+)?")
_NAMED_SITE_AFTER = lazy_pattern(r"\s*,\s*(?:the\s+)?")
_OWNERS_SITE = lazy_pattern(r"[’']s\s+(?:[\w-]+\s+){0,2}(?:hospital|site|base)\b")
_MAIN_SITE_AFTER = lazy_pattern(
    r"(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s*,\s*(?P<owner>the\s+trust|its)[’']?s?\s+"
    r"(?:[\w-]+\s+){0,2}(?:hospital|site|base)\b", re.IGNORECASE)
_PLACE_TRUST = lazy_pattern(r"([A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})\s+(?:NHS\s+)?"
                            r"(?:foundation\s+)?trust\b")
_OWNER_POSSESSIVE = lazy_pattern(r"[’']s?\s+$")
_REFERENCE_POSSESSIVE = lazy_pattern(r"\b((?i:the)\s+(?:trust|foundation\s+trust))[’']s\s+$")
_MAIN_SITE = lazy_pattern(r"(?:[’']s?|\b(?P<its>[Ii]ts))\s+(?:[\w-]+\s+){0,2}(?:institution"
                        r"|hospital|site|base)(?:\s*,|\s+(?:is|remains|was))\s+(?:the\s+)?$")
_TRUST_BEFORE = lazy_pattern(r"\b((?i:the)\s+(?:[\w-]+\s+)?trust)$")
_OF_ITS_SITES = lazy_pattern(
    r"(?:Of|Across|At|Among|Between)\s+(?:(?P<owner>the\s+(?:[\w-]+\s+)?trust)[’']s?|(?P<its>its))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:hospitals|sites)\s*,")
_ARE_SITES = lazy_pattern(
    r"\s+(?:are|were|is|was)\s+(?:both\s+|all\s+)?(?:(?P<owner>(?i:the\s+trust|its))[’']?s?|(?P<short>"
    r"(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,2})(?:[’']s)?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:sites?|hospitals?)\b")
_REFERENCE_SUBJECT = lazy_pattern(
    r"\b((?i:the|that|this)\s+(?:[A-Z][a-z]+\s+)?(?:new\s+|hospitals?\s+|merged\s+|acute\s+"
    r"|enlarged\s+|combined\s+)?(?:trust"
    r"|foundation"
    r" trust|organisation|group)\b|It\b|it\b|Its\b|its\b)"
    r"(?P<aside>\s*,\s*(?:which|that)\s+[^,;]{1,200},)?\s*(?:[–—,]\s*)?(?:which\s+|that\s+)?"
    r"(?:[\w’'-]+,?\s+){0,4}$")
_CLAUSE_BREAK = lazy_pattern(r"[;:]|\s[–—]\s|,\s*(?:while|but|and\s+(?:is|was|has|will))\b")
_ITEM_SPLIT = lazy_pattern(r"\s*(?:,\s*(?:and|as well as)\s+|,\s*|\s+and\s+|\s+as well as\s+)")
_ITEM = lazy_pattern(rf"(?:the\s+)?({_WORD}(?:(?:\s+(?:and|of|the|&)\s+|\s+){_WORD}){{0,6}})")
_PERSON_ITEM = lazy_pattern(r"(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Dame|Cllr|Councillor)\s"
                            r"(?!.*\b(?:Hospital|Infirmary|Centre)\b)")
""""..., which runs the Gillingham hospital, and Dr Raj Patel, ...": a person ends the list."""
_PLACE_TAIL = lazy_pattern(r"\s*,?\s+(?:in|at|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*$")
_POSSESSOR = lazy_pattern(r".*[’']s\s+")
_NAMED_FOR = lazy_pattern(r"(?:\bSt\.?\s+\S+|\b(?:King|Queen|Guy|Children|Women|Prince|Princess"
                        r"|Lady|Lord|Mary))[’']s\s+$")
_JOINED_SITES = lazy_pattern(r"(?:(?<=Hospital)|(?<=Infirmary))\s+(?:and|&)\s+")
_INCLUDE_CUE = lazy_pattern(r"includ|compris")
_FORMED_ASIDE = lazy_pattern(r"\s*,\s*(?:which\s+was\s+)?(?:formed|created|established)\b"
                             r"[^,;:]{1,200},\s*(?:now\s+|also\s+)?")
""""X, formed by the merger of A and B, runs Y": the bodies in the aside are X's past."""
_AFTER_PLACE = lazy_pattern(r"\b(?:in|at)\s+$")
_PLURAL_CUE = Cue(" hospitals", " Hospitals", " infirmaries")
_SHARED_KIND_AHEAD = lazy_pattern(r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w’'-]*\s*){1,2})"
                                  r"{1,8}\s+(?:hospitals|infirmaries)\b")
""""Southmead and Frenchay hospitals", "Pinderfields, Pontefract and Dewsbury hospitals": a
one-word item the list's closing plural noun names."""
_SHARED_KIND = lazy_pattern(r"\s+(?:hospitals|Hospitals|infirmaries|Infirmaries)$")
_SITES_RUN_BY = lazy_pattern(r"\s+hospitals\s+(?:are|were|will\s+be)\s+(?:all\s+|both\s+|now\s+)?"
                             r"(?:run|managed|operated)\s+by\s+(?:the\s+)?")
_COUNTED_OPENING = lazy_pattern(r"\s*(?:Both|All|The|These|Those|Its|Their|Two|Three|Four|Five"
                                r"|Six)\b")
_OWNERS_SITES = lazy_pattern(r"[’']s?\s+(?=(?:[A-Z][\w’'-]*(?:\s+|\s*,\s*|\s+and\s+)){2,14}?"
                             r"(hospitals)\b)")
_PLACE_ITEM = lazy_pattern(r"(?:in|at|of)\s+[A-Z]")
_RUNNER_CLASSES = TRUSTS | {"Organisation", "NHSBody", "Company"}


def _is_hospital(mention: Mention) -> bool:
    return mention.category == "Organisation" and mention.cls == HOSPITAL_CLASS


class _Sites:
    def __call__(self, doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            if _HOSPITAL_CUE(sentence.text):
                self.find(doc, sentence)
            if _UNIT_NAME_CUE(sentence.text):
                for match in _DESCRIBED_UNIT.finditer(doc.text, sentence.start, sentence.end):
                    self.add(doc, *match.span("name"))
        for sentence in doc.sentences:
            self.referred_hospital(doc, sentence)
            if _UNIT_CUE(sentence.text):
                self.apposed_unit(doc, sentence)
        for sentence in doc.sentences:
            if " hospitals" in sentence.text:
                self.sites_of_a_runner(doc, sentence)
            if _PLURAL_CUE(sentence.text) or any(
                    _is_hospital(m) for m in doc.mentions_in(sentence, "Organisation")):
                self.relate(doc, sentence)
        records = load_gazetteer().records
        unknown = any(_is_hospital(m) and not (m.key and m.key in records) for m in doc.mentions)
        for sentence in doc.sentences:
            self.known_parent(doc, sentence)
            if unknown:
                self.unknown_site_beside(doc, sentence)
        for first, second in pairwise(doc.sentences):
            self.known_parent_next(doc, first, second)
        self.known_parent_in_story(doc)
        self.namesake_parent(doc)
        return doc

    @staticmethod
    def namesake_parent(doc: StoryDoc) -> None:
        """A hospital the reference data cannot pin down ("Westmorland General Hospital" names
        two sites, "Queen's Hospital" several) run by the one body among the story's that runs
        a site of that name, when nothing else in the story has said what runs it."""
        gazetteer = load_gazetteer()
        keys = {m.key: m for m in doc.mentions if m.category == "Organisation" and m.key}
        for hospital in [m for m in doc.mentions if _is_hospital(m)
                         and not (m.key and m.key in gazetteer.records)]:
            if any(f.predicate == "partOf" and f.subject.text == hospital.text
                   for f in doc.facts):
                continue
            runners = {key for site in gazetteer.sites_named(re.sub(r"^(?i:the)\s+", "",
                                                                      hospital.text))
                       for key in (site.parent, site.parent_2018) if key in keys}
            sentence = next((s for s in doc.sentences if s.start <= hospital.start < s.end),
                            None)
            if len(runners) == 1 and sentence is not None:
                add_fact(doc, sentence, hospital, "partOf", keys[runners.pop()],
                         extractor=NAME, confidence=0.55)

    @staticmethod
    def known_parent_in_story(doc: StoryDoc) -> None:
        """A hospital the reference data says a body runs, in a story that names that body
        further away and says nothing else of what runs the hospital."""
        records = load_gazetteer().records
        for hospital in [m for m in doc.mentions if m.category == "Organisation"
                         and _is_hospital(m) and m.key in records]:
            if any(f.predicate == "partOf" and f.subject.key == hospital.key for f in doc.facts):
                continue
            record = records[hospital.key]
            runner = next((m for m in doc.mentions if m.category == "Organisation" and m.key
                           and m.key in {record.parent, record.parent_2018}), None)
            sentence = next((s for s in doc.sentences if s.start <= hospital.start < s.end),
                            None)
            if runner is not None and sentence is not None:
                add_fact(doc, sentence, hospital, "partOf", runner, extractor=NAME,
                         confidence=0.5)

    @staticmethod
    def known_parent_next(doc: StoryDoc, first: Sentence, second: Sentence) -> None:
        """A hospital named in one sentence and, in the next or the one before, the body the
        reference data says runs it, when nothing has said what runs it: "Surgery at X Hospital
        will stop. Y Trust said the move was temporary." Further apart, see
        ``known_parent_in_story``."""
        records = load_gazetteer().records
        one, two = doc.mentions_in(first, "Organisation"), doc.mentions_in(second, "Organisation")
        for here, there, sentence in ((one, two, first), (two, one, second)):
            for hospital in [m for m in here if _is_hospital(m) and m.key in records]:
                if any(f.predicate == "partOf" and f.subject.key == hospital.key
                       for f in doc.facts):
                    continue
                record = records[hospital.key]
                runner = next((m for m in there if m.key and m.key in {record.parent,
                                                                        record.parent_2018}), None)
                if runner is not None:
                    add_fact(doc, sentence, hospital, "partOf", runner, extractor=NAME,
                             confidence=0.55)

    @staticmethod
    def known_parent(doc: StoryDoc, sentence: Sentence) -> None:
        """A hospital named in one sentence with the body that the reference data says runs it
        (or ran it in 2018), when nothing else in the story has said what runs it: a sentence
        naming both is nearly always about the one as part of the other."""
        orgs = doc.mentions_in(sentence, "Organisation")
        records = load_gazetteer().records
        for hospital in [m for m in orgs if _is_hospital(m) and m.key in records]:
            record = records[hospital.key]
            if any(f.predicate == "partOf" and f.subject.key == hospital.key for f in doc.facts):
                continue
            runner = next((m for m in orgs if m.key and m.key in {record.parent,
                                                                   record.parent_2018}), None)
            if runner is not None:
                add_fact(doc, sentence, hospital, "partOf", runner, extractor=NAME,
                         confidence=0.6)

    @staticmethod
    def unknown_site_beside(doc: StoryDoc, sentence: Sentence) -> None:
        """A hospital the reference data does not know, named in a sentence with one trust and
        a word of running or owning ("the trust's sites", "managed", "part of") that no
        reading took: the trust runs it, at a lower confidence."""
        if not _RUN_CUE.search(sentence.text):
            return
        orgs = doc.mentions_in(sentence, "Organisation")
        records = load_gazetteer().records
        trusts = {m.key or m.text: m for m in orgs if m.cls in TRUSTS}
        if len(trusts) != 1:
            return
        trust = next(iter(trusts.values()))
        for hospital in [m for m in orgs if _is_hospital(m) and not (m.key and m.key in records)]:
            if any(f.predicate == "partOf" and f.subject.text == hospital.text for f in doc.facts):
                continue
            add_fact(doc, sentence, hospital, "partOf", trust, extractor=NAME, confidence=0.5)

    def find(self, doc: StoryDoc, sentence: Sentence) -> None:
        for match in _HOSPITAL.finditer(doc.text, sentence.start, sentence.end):
            start, surface = without_leading_words(doc.text, match.start(), match.end())
            possessive = _POSSESSOR.match(surface)
            if possessive and len(surface[possessive.end():].split()) >= 2 and not (
                    _NAMED_FOR.search(surface[:possessive.end()])):
                start, surface = start + possessive.end(), surface[possessive.end():]
            if _AFTER_PLACE.search(doc.text, sentence.start, start) and " and " in surface:
                cut = surface.index(" and ") + len(" and ")
                start, surface = start + cut, surface[cut:]
            if _DESCRIBED_HOSPITAL.fullmatch(surface) and _THE_BEFORE.search(
                    doc.text, max(0, start - 4), start):
                self.town_hospital(doc, start, match.end())
                continue
            for part in _JOINED_SITES.split(surface):
                offset = doc.text.index(part, start, match.end())
                if len(part.split()) >= 2:
                    self.add(doc, offset, offset + len(part))

    def referred_hospital(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Scarborough Hospital has struggled. Its parent organisation, X, says ..."; "The
        Slough hospital has been run by X"; "It is managed by X"; "X runs it": the hospital
        named in the sentence before belongs to X."""
        text = doc.text
        before = doc.sentence_before(sentence)
        among = _AMONG_THEM.match(text, sentence.start, sentence.end)
        if among and before and _RUNS_SEVERAL.search(before.text):
            runners = [m for m in doc.mentions_in(before, "Organisation")
                       if m.cls in TRUSTS]
            for hospital in [m for m in doc.mentions_in(sentence, "Organisation")
                             if _is_hospital(m)] if runners else []:
                self.emit(doc, sentence, hospital, runners[0], 0.7)
        opening = _HOSPITAL_REFERENCE.match(text, sentence.start, sentence.end) or \
            _HOSPITAL_WHICH_RUN_BY.search(text, sentence.start, sentence.end)
        runner = mention_at(doc, opening.end(), "Organisation") if opening else None
        runs_all = opening.groupdict().get("both") if opening else None
        if runner is None:
            runner = next((m for m in doc.mentions_in(sentence, "Organisation")
                           if _RUNS_IT.match(text, m.end, sentence.end)), None)
            runs_all = _RUNS_THEM.match(text, runner.end, sentence.end) if runner else None
        if runner is None or _is_hospital(runner) or runner.cls not in _RUNNER_CLASSES:
            return
        hospitals = [m for m in doc.mentions_in(before, "Organisation")
                     if _is_hospital(m)] if before else []
        earlier = doc.sentence_before(before) if before and opening and not hospitals else None
        if earlier is not None:
            hospitals = [m for m in doc.mentions_in(earlier, "Organisation") if _is_hospital(m)]
        if len({m.key or m.text for m in hospitals}) == 1 or (runs_all and hospitals):
            for hospital in hospitals if runs_all else hospitals[:1]:
                self.emit(doc, sentence, hospital, runner, 0.7)

    def apposed_unit(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Maister Lodge, the trust's older people's unit in Hull, was rated": a name in
        apposition to one of the trust's units or hospitals is a site the trust runs."""
        for match in _UNIT_APPOSITION.finditer(doc.text, sentence.start, sentence.end):
            start, end = match.span("name")
            if doc.text.startswith("The ", start):
                start += 4
            if " " not in doc.text[start:end]:
                continue
            site = next((m for m in doc.mentions_in(sentence, "Organisation")
                         if m.end == end and m.start >= start), None) or self.add(doc, start, end)
            runner = definite_org(doc, match["ref"], match.start("ref")) if match["ref"] \
                else pronoun_org(doc, sentence.start)
            if site is not None and runner is not None and runner.cls in TRUSTS:
                self.emit(doc, sentence, site, runner, 0.75)

    @staticmethod
    def town_hospital(doc: StoryDoc, start: int, end: int) -> None:
        """"The Guildford hospital": the one hospital the story names before whose reference
        data places it in that town; else no body."""
        town = doc.text[start:end].split()[0]
        records = load_gazetteer().records
        found = {m.key: m for m in doc.mentions_before(start, "Organisation")
                 if m.cls == HOSPITAL_CLASS and m.key in records and any(
                     name.endswith((f", {town}", f" in {town}"))
                     for name in records[m.key].names)}
        if len(found) == 1:
            named = next(iter(found.values()))
            doc.add_mention(replace(named, start=start, end=end, text=doc.text[start:end],
                                    extractor=NAME))

    def add(self, doc: StoryDoc, start: int, end: int) -> Mention | None:
        existing = mention_at(doc, start, "Organisation")
        if existing is not None:
            return existing
        mention = Mention(doc.story.id, start, end, doc.text[start:end], "Organisation",
                          HOSPITAL_CLASS, None, NAME)
        return mention if doc.add_mention(mention) else None

    def relate(self, doc: StoryDoc, sentence: Sentence) -> None:
        text = doc.text
        orgs = doc.mentions_in(sentence, "Organisation")
        hospitals = [m for m in orgs if _is_hospital(m)]
        for index, hospital in enumerate(hospitals):
            last = hospital
            for following in hospitals[index + 1:]:
                if not _HOSPITAL_LINK.fullmatch(text, last.end, following.start):
                    break
                last = following
            sites = _ARE_SITES.match(text, last.end, sentence.end)
            owner = (definite_org(doc, sites["owner"], sites.start("owner")) if sites["owner"]
                     else org_named(doc, sites["short"], sites.start("short"))) if sites else None
            if owner is not None and owner.cls in TRUSTS:
                self.emit(doc, sentence, hospital, owner, 0.75)
            run_by = _RUN_BY.match(text, last.end, sentence.end) if not _PART_AT.search(
                text, max(sentence.start, hospital.start - 60), hospital.start) else None
            if run_by and hospital is not last and _ONE_RUN.match(text, last.end, run_by.end()):
                run_by = None
            runner = mention_at(doc, run_by.end(), "Organisation") if run_by else None
            place = _PLACE_TRUST.match(text, run_by.end(), sentence.end) \
                if run_by and runner is None else None
            if place:
                runner = org_named(doc, place.group(1), run_by.end())
            reference = _DEFINITE_RUNNER.match(text, run_by.end(), sentence.end) \
                if run_by and runner is None else None
            if reference is not None:
                runner = definite_org(doc, "the " + reference.group(1), reference.start(1))
            which = _WHICH_RUNS.match(text, last.end, sentence.end) if runner is None else None
            if which is not None:
                runner = mention_at(doc, which.start("body"), "Organisation") or definite_org(
                    doc, which["body"], which.start("body"))
            operator = _OPERATOR.match(text, hospital.end, sentence.end) if runner is None else None
            if operator is not None:
                runner = mention_at(doc, operator.end(), "Organisation")
                runner = runner if runner is not None and runner.cls in TRUSTS else None
            if runner is not None and not _is_hospital(runner):
                self.emit(doc, sentence, hospital, runner, 0.85)
            after = _MAIN_SITE_AFTER.match(text, hospital.end, sentence.end)
            owner = definite_org(doc, after["owner"], after.start("owner")) if after else None
            apposed = _NAMED_SITE_AFTER.match(text, hospital.end, sentence.end)
            named = mention_at(doc, apposed.end(), "Organisation") if apposed and not after \
                else None
            if named is not None and named.cls in TRUSTS and _OWNERS_SITE.match(
                    text, named.end, sentence.end):
                owner = named
            if owner is not None and not _is_hospital(owner):
                self.emit(doc, sentence, hospital, owner, 0.75)
            possessive = _OWNER_POSSESSIVE.search(text, max(sentence.start, hospital.start - 3),
                                                  hospital.start)
            owner = mention_ending_at(doc, possessive.start(), "Organisation") \
                if possessive else None
            reference = _REFERENCE_POSSESSIVE.search(
                text, max(sentence.start, hospital.start - 24), hospital.start)
            if owner is None and reference is not None:
                owner = definite_org(doc, reference.group(1), reference.start(1))
            if owner is not None and owner.cls in TRUSTS:
                self.emit(doc, sentence, hospital, owner, 0.8)
            main = _MAIN_SITE.search(text[sentence.start:hospital.start])
            if main:
                owner_end = sentence.start + main.start()
                reference = _TRUST_BEFORE.search(text, sentence.start, owner_end)
                owner = definite_org(doc, reference.group(1), reference.start(1)) if reference \
                    and not main["its"] else \
                    self.owner_ending_at(doc, sentence, owner_end) if not main["its"] else (
                    [m for m in doc.mentions_in(sentence, "Organisation")
                     if m.end <= owner_end and not _is_hospital(m)] or [
                        pronoun_org(doc, sentence.start)])[-1]
                if owner is not None:
                    self.emit(doc, sentence, hospital, owner, 0.8)
        self.of_its_sites(doc, sentence, hospitals)
        cues = list(_RUNS.finditer(text, sentence.start, sentence.end))
        for index, cue in enumerate(cues):
            runners = self.runners(doc, sentence, cue.start())
            if not runners:
                continue
            listed = self.listed(doc, sentence, cue.end())
            if not any(_is_hospital(m) for m in listed):
                continue
            later = cues[index + 1] if index + 1 < len(cues) else None
            if later and later.start() < listed[0].start and self.runners(doc, sentence,
                                                                          later.start()):
                continue
            respectively = re.search(r"\brespectively\b", text[cue.end():sentence.end])
            if respectively and len(runners) == len(listed) > 1:
                for runner, hospital in zip(runners, listed, strict=True):
                    self.emit(doc, sentence, hospital, runner, 0.8)
                continue
            for hospital in listed:
                self.emit(doc, sentence, hospital, runners[-1], 0.8)

    def of_its_sites(self, doc: StoryDoc, sentence: Sentence, hospitals: list[Mention]) -> None:
        """"Of the trust's three hospitals, A was rated good, B ... and C ...": every hospital
        the sentence goes on to name is one of the trust's."""
        if not hospitals or not ("hospitals," in sentence.text or "sites," in sentence.text):
            return
        opening = _OF_ITS_SITES.match(doc.text, sentence.start, sentence.end)
        if opening is None:
            return
        owner = definite_org(doc, opening["owner"], sentence.start) if opening["owner"] else \
            pronoun_org(doc, sentence.start)
        if owner is None or owner.cls not in TRUSTS:
            return
        for hospital in hospitals:
            if hospital.start >= opening.end():
                self.emit(doc, sentence, hospital, owner, 0.75)

    @staticmethod
    def owner_ending_at(doc: StoryDoc, sentence: Sentence, offset: int) -> Mention | None:
        for mention in doc.mentions_in(sentence, "Organisation"):
            if mention.end == offset and not _is_hospital(mention):
                return mention
        head = doc.text[sentence.start:offset]
        reference = re.search(r"(?i:the)\s+(?:trust|foundation trust|organisation)$", head)
        if reference is None:
            return None
        org = referred_org(doc, reference.group(0), sentence.start,
                           sentence.start + reference.start())
        return org if org is not None and not _is_hospital(org) else None

    @staticmethod
    def runners(doc: StoryDoc, sentence: Sentence, cue: int) -> list[Mention]:
        """The bodies that run what follows ``cue``: the nearest body named before it in the
        clause (with any bodies joined to it by "and"), else "the trust" or "It"."""
        before = [m for m in doc.mentions_in(sentence, "Organisation")
                  if m.end <= cue and not _is_hospital(m) and m.cls in _RUNNER_CLASSES]
        formed = next((m for m in before if _FORMED_ASIDE.fullmatch(doc.text, m.end, cue)), None)
        if formed is not None:
            return [formed]
        clause_start = sentence.start
        for br in _CLAUSE_BREAK.finditer(doc.text, sentence.start, cue):
            if not re.match(r"\s*which\b", doc.text[br.end():cue]):
                clause_start = br.end()
        head = doc.text[clause_start:cue]
        reference = _REFERENCE_SUBJECT.search(head)
        aside = (clause_start + reference.start("aside"), clause_start + reference.end("aside")) \
            if reference and reference["aside"] else (0, 0)
        if reference and not [m for m in before if m.start >= clause_start + reference.start()
                              and not aside[0] <= m.start < aside[1]]:
            phrase = re.sub(r"^(?:That|This|that|this)\b", "the", reference.group(1))
            offset = clause_start + reference.start(1)
            if NEW_BODY.match(phrase):  # only a body the story formed, never its parties
                formed = formed_body(doc, offset, TRUSTS)
                return [formed] if formed is not None else []
            org = (pronoun_org(doc, sentence.start) if phrase.lower() in {"it", "its"}
                   else definite_org(doc, phrase, offset))
            if org is not None and org.cls not in _RUNNER_CLASSES:
                org = topic_org(doc, TRUSTS)
            if org is not None and not _is_hospital(org):
                return [org]
        if before and _INCLUDE_CUE.match(doc.text, cue) and not re.fullmatch(
                r"\s*,?\s*(?:which\s+|that\s+)?(?:also\s+)?(?:now\s+)?",
                doc.text[before[-1].end:cue]):
            return []
        if not before or before[-1].end < clause_start - 2 or cue - before[-1].end > 90:
            return []
        chained = [before[-1]]
        for other in reversed(before[:-1]):
            if re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?",
                            doc.text[other.end:chained[-1].start]):
                chained.append(other)
            else:
                break
        return chained[::-1]

    def listed(self, doc: StoryDoc, sentence: Sentence, offset: int,
               limit: int | None = None) -> list[Mention]:
        """The hospitals listed after a cue: known mentions, and capitalised items of a list
        that names at least one hospital ("the Marlow Vale hospital in Stockton and the Queen
        Adela in Hartlepool")."""
        text = doc.text
        end = sentence.end if limit is None else limit
        br = _CLAUSE_BREAK.search(text, offset, sentence.end)
        if br:
            end = br.start()
        runner = next((m for m in doc.mentions_in(sentence, "Organisation") if offset < m.start
                       < end and m.cls in _RUNNER_CLASSES and not _is_hospital(m)
                       and re.match(r"\s*,\s*(?:which|that)\b", text[m.end:end])), None)
        if runner is not None:
            end = runner.start
        tail = text[offset:end]
        items: list[Mention] = []
        shared_kind = across = False
        cursor = offset
        for raw in _ITEM_SPLIT.split(tail):
            position = text.find(raw, cursor, end) if raw else -1
            if position < 0:
                continue
            cursor = position + len(raw)
            across = across or _ACROSS.search(raw) is not None
            lead = re.match(r"\s*(?:(?:the|its|two|three|four|five|six|\w+\s+hospitals\s+"
                            r"(?:of|including)|hospitals\s+(?:of|including|such as))\s+)*",
                            raw, re.IGNORECASE)
            item_start = position + (lead.end() if lead else 0)
            known = [m for m in doc.mentions_in(sentence, "Organisation")
                     if item_start <= m.start < cursor]
            if known and _SOMETHING_AT.search(text, item_start, known[0].start):
                break
            if known:
                items.extend(m for m in known if _is_hospital(m))
                continue
            body = text[item_start:cursor].strip().rstrip(".,;:!?")
            body = _PLACE_TAIL.sub("", re.sub(r"\s+respectively$", "", body))
            shared = _SHARED_KIND.search(body)
            if shared:
                body = body[:shared.start()]
                shared_kind = True
            if _PLACE_ITEM.match(body) or across:
                continue
            name = _ITEM.fullmatch(body)
            if name is not None and len(name.group(1).split()) < 2 and not shared_kind:
                site = org_named(doc, name.group(1), item_start)
                start = item_start + name.start(1)
                if site is not None and _is_hospital(site):
                    items.append(Mention(doc.story.id, start, start + len(name.group(1)),
                                         name.group(1), "Organisation", site.cls, site.key
                                         or f"name:{site.text}", NAME))
                elif _SHARED_KIND_AHEAD.match(text, cursor, end):
                    items.append(Mention(doc.story.id, start, start + len(name.group(1)),
                                         name.group(1), "Organisation", HOSPITAL_CLASS, None,
                                         NAME))
                continue
            if name is None or _PERSON_ITEM.match(name.group(1)):
                if items:
                    break
                continue
            start = item_start + name.start(1)
            items.append(Mention(doc.story.id, start, start + len(name.group(1)),
                                 name.group(1), "Organisation", HOSPITAL_CLASS, None, NAME))
            if shared:
                break
        hospitals = []
        if shared_kind or any(m.extractor != NAME or "ospital" in m.text or "nfirmary" in m.text
                              for m in items):
            for item in items:
                added = item if item in doc.mentions else self.add(doc, item.start, item.end)
                if added is not None and _is_hospital(added):
                    hospitals.append(added)
        return hospitals

    def sites_of_a_runner(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X's Frimley Park, Wexham Park and Heatherwood hospitals"; "Pinderfields, Pontefract
        and Dewsbury hospitals are all run by X": a list ending in "hospitals" and the body
        that owns or runs it."""
        text = doc.text
        run_by = _SITES_RUN_BY.search(text, sentence.start, sentence.end)
        runner = mention_at(doc, run_by.end(), "Organisation") if run_by else None
        if run_by is not None and runner is not None and runner.cls in _RUNNER_CLASSES \
                and not _COUNTED_OPENING.match(text, sentence.start, sentence.end):
            for hospital in self.listed(doc, sentence, sentence.start,
                                        limit=run_by.start() + len(" hospitals")):
                self.emit(doc, sentence, hospital, runner, 0.7)
        for owner in doc.mentions_in(sentence, "Organisation"):
            owned = _OWNERS_SITES.match(text, owner.end, sentence.end) \
                if owner.cls in TRUSTS else None
            if owned is not None:
                for hospital in self.listed(doc, sentence, owned.end(), limit=owned.end(1)):
                    self.emit(doc, sentence, hospital, owner, 0.7)

    @staticmethod
    def emit(doc: StoryDoc, sentence: Sentence, hospital: Mention, runner: Mention,
             confidence: float) -> None:
        """A runner named only after the sentence ("The trust that runs X has appointed Y.
        She joins from Z") must be one the reference data says runs X, when it says any."""
        record = load_gazetteer().records.get(hospital.key or "")
        if runner.start > sentence.end and record is not None and record.parent and runner.key \
                and runner.key not in {record.parent, record.parent_2018}:
            return
        if runner.text != hospital.text:
            add_fact(doc, sentence, hospital, "partOf", runner, extractor=NAME,
                     confidence=confidence)


@extractor("sites", requires=("mentions.organisation",),
           assigns=("mentions.hospital", "facts.partOf"))
def make_sites() -> _Sites:
    return _Sites()
