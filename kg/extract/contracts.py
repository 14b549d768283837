"""supplier –awardedContract→ buyer, with the contract's value when stated."""

from __future__ import annotations

import re

from kg.extract.context import NHS_BODIES, topic_org
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.registry import extractor
from kg.model import Mention

__all__ = ["MONEY", "make_contracts"]

NAME = "contracts"
_FLAGS = re.IGNORECASE
MONEY = r"£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|k|million|billion|mn)\b)?"
_MONEY = re.compile(MONEY)
_CONTRACT = re.compile(r"\b(?:contract|deal|framework agreement|agreement|tender|work)\b", _FLAGS)
_WON = re.compile(
    r"\b(?:won|wins|win|secured|secures|landed|lands|clinched|bagged|scooped|signed|signs"
    r"|awarded|handed|given|chosen|selected|picked|appointed)\b", _FLAGS
)
_AWARDED_TO = re.compile(r"\b(?:awarded|handed|given|granted)\b[^.;]{0,80}?\bto\s+(?:the\s+)?$",
                         _FLAGS)
_PASSIVE = re.compile(r"\s+(?:has been|have been|was|were|is|had been)\s+(?:awarded|handed"
                      r"|given|chosen|selected|picked|appointed)\b", _FLAGS)
_BUYER_AFTER = re.compile(r"\s+(?:by|from|with|for)\s+(?:the\s+)?$", _FLAGS)
_NOT_DONE = re.compile(
    r"\b(?:out to tender|bidding|will tender|expected to award|could|might|may|is considering"
    r"|plans to award|not (?:been )?awarded|failed to win|lost|bid for)\b", _FLAGS
)
_SUPPLIER_CLASSES = frozenset({"Company", "Organisation"})


def _supplier(doc: StoryDoc, orgs: list[Mention], text: str, start: int) -> Mention | None:
    for org in orgs:
        before = text[start:org.start]
        if _AWARDED_TO.search(before):
            return org
    for org in orgs:
        if _PASSIVE.match(text, org.end):
            return org
    verb = _WON.search(text, start)
    if verb is None:
        return None
    before = [m for m in orgs if m.end <= verb.start()]
    companies = [m for m in before if m.cls in _SUPPLIER_CLASSES]
    return (companies or before or [None])[-1]


@extractor("contracts", requires=("mentions.organisation",), assigns=("facts.awardedContract",))
def make_contracts() -> object:
    def contracts(doc: StoryDoc) -> StoryDoc:
        text = doc.text
        for sentence in doc.sentences:
            body = sentence.text
            money = _MONEY.search(body)
            if not (_CONTRACT.search(body) and _WON.search(body)) or _NOT_DONE.search(body):
                continue
            orgs = doc.mentions_in(sentence, "Organisation")
            supplier = _supplier(doc, orgs, text, sentence.start)
            if supplier is None:
                continue
            buyer = None
            for org in orgs:
                if org.start > supplier.end and _BUYER_AFTER.search(text[supplier.end:org.start]):
                    buyer = org
                    break
            if buyer is None:
                others = [m for m in orgs if m.text != supplier.text and m.cls in NHS_BODIES
                          and m.cls not in _SUPPLIER_CLASSES]
                buyer = others[0] if others else None
            confidence = 0.8
            if buyer is None:
                buyer = topic_org(doc, NHS_BODIES - _SUPPLIER_CLASSES)
                confidence = 0.55
            if buyer is None or buyer.text == supplier.text:
                continue
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=confidence, value=money.group(0) if money else None)
        return doc
    return contracts
