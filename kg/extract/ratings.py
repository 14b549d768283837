"""organisation –rated→ CQC rating ("rated inadequate", "its ‘requires improvement’ rating").

Every rating word in a rating context counts, so a move ("the regulator moved it down from
good to requires improvement", "went from a rating of inadequate to requires improvement", "rated
good, up from requires improvement") gives both ratings. The body rated is, in order: the
object of an active verb ("The CQC has rated X good"), the body a compound modifies ("the
inadequate-rated X"), a body that a ", which was rated"
clause hangs on, the first body named before the rating, "both trusts", "the trust" / "It",
a story-opening "A hospital trust" (the story's own), or the body after "is" ("The only
other trust rated outstanding is X"). Ratings of a service or a domain ("its surgery was
rated") are left alone, and so are hopes and conditions.
"""

from __future__ import annotations

import re

from kg.extract.context import (
    FORMED_ASIDE,
    OVERSEERS,
    PLURAL_BODIES,
    TRUSTS,
    coordinated_trusts,
    entity_key,
    listed_with,
    mention_at,
    mention_ending_at,
    plural_count,
    reference_pattern,
    referred_org,
    relative_clauses,
    topic_org,
)
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact, so_did, to_the_runner
from kg.extract.registry import extractor
from kg.extract.text import Cue, lazy_pattern
from kg.model import Mention, Sentence

__all__ = ["RATING", "make_ratings"]

NAME = "ratings"
RATING = (r"[“‘\"']?(outstanding|good|requires improvement|require improvement"
          r"|requiring improvement|inadequate)(?!\w)[”’\"']?")
_FLAGS = re.IGNORECASE
_RATED = frozenset({"rated"})
_RATING_CUE = Cue("outstanding", "good", "improvement", "inadequate", "est rating",
                  "top rating", "bottom rating")
_RATING = lazy_pattern(RATING, _FLAGS)
_CONTEXT_BEFORE = lazy_pattern(
    r"\b(?:rated|rating(?:\s+of)?|ratings\s+of|re-rated|judged|branded|deemed|graded|found\s+to\s+be"
    r"|upgraded|downgraded|moved\s+(?:up|down)|marked\s+(?:up|down)|up\s+from|down\s+from|from"
    r"|to|as|an?|its|the|(?:is|are)\s+now"
    r"|overall|cqc|care quality commission)\W*(?:[\w-]+\W+){0,2}$", _FLAGS)
_TOLD = lazy_pattern(r"\b(?:been\s+)?told\s+(?:that\s+)?(?:it|they)\s+(?:is\s+|are\s+|now\s+)?"
                     r"[“‘\"']?$", _FLAGS)
_CONTEXT_AFTER = lazy_pattern(r"\W*(?:overall\s+)?(?:cqc\s+)?(?:rating|ratings|grade|verdict)\b"
                              r"|\W*overall\b", _FLAGS)
_RATING_FIRST = lazy_pattern(rf"\s*(?:[\w’' -]{{0,40}}\s)?rated\s+{RATING}\s*(?::|[—–]|\s-)\s*"
                             rf"(?:the\s+)?", _FLAGS)
_AND_NEXT = lazy_pattern(r"\s*,?\s+and\s+(?:the\s+)?")
_NEXT_RATING = lazy_pattern(rf"\s+(?:as\s+)?{RATING}", _FLAGS)
_VERDICT_ON = lazy_pattern(r"\bverdict\s+on\s+(?:the\s+)?", _FLAGS)
_VERDICT = lazy_pattern(rf"\s*:\s*{RATING}", _FLAGS)
_RATING_WORD = lazy_pattern(r"\b(?:rat(?:ed|es|ing|ings)|re-rated|judged|branded|deemed|graded"
                          r"|upgraded|downgraded|marked\s+(?:up|down))\b", _FLAGS)
_ACTIVE = lazy_pattern(
    r"\b(?:rated|rates|(?<=to\s)rate|judged|found|upgraded|downgraded|re-rated|branded|deemed)\s+"
    r"(?P<object>(?i:the)\s+(?:trust|hospital|foundation trust)|its\s+\w+"
    r"|(?:(?-i:the)\s+(?=(?-i:[A-Z])))?"
    r"(?-i:[A-Z][\w’'&-]*)(?:\s+(?-i:[A-Z][\w’'&-]*|NHS|and|of|in(?=\s+(?-i:[A-Z])))){0,8})\s+"
    r"(?:(?:from\s+)?" + RATING + r"\s+)?(?:as\s+|to\s+be\s+|to\s+)?" + RATING, _FLAGS)
_WHICH_WAS = lazy_pattern(r"\s*,\s*which\s+(?:was|is|has been|had been)\b", _FLAGS)
_REFERENCE = reference_pattern("foundation trust|trust|hospital|practice|surgery")
_POSSESSED_APPOSITION = lazy_pattern(r"(?:\s+(?-i:[a-z][\w-]*)){1,3}\s*,\s*(?:the\s+)?")
""""Its largest provider, X, was rated": the body in apposition is rated, not the owner."""
_OWN_RATING_GAP = lazy_pattern(
    r"(?:\s+in\s+[A-Z][\w-]*)?\s+(?:(?:also|still|again)\s+)?(?:kept|keeps|retained|retains|held"
    r"|holds|was|is|were|are|has\s+been|have\s+been|had\s+been|remains|remained)\s+"
    r"(?:(?:also|still|again)\s+)?(?:rated\s+|its\s+|their\s+|an?\s+)?(?:overall\s+)?")
""""..., B kept its good rating": a rating stated of the last body named, right after it, is
that body's, even when an earlier clause rated another."""
_POSSESSED_SITE = lazy_pattern(r"[’']s?\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}(?:hospital|site|clinic"
                               r"|centre|unit)\s*,\s*(?:the\s+)?", _FLAGS)
""""Meridian's largest hospital, Trentside Hospital, was rated good": the hospital's rating."""
_INDEFINITE = lazy_pattern(r"^\s*(?:A|An)\s+(?:\w+\s+){0,4}?(?:trust|foundation trust)\b")
_RATED_BODY = lazy_pattern(RATING + r"\s+(?:\w+\s+)?(?:trust|foundation trust|provider)\b",
                         _FLAGS)
_INDEFINITE_WHICH = lazy_pattern(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:trust|foundation trust),?"
                               r"\s+which\b", _FLAGS)
_PLURAL = lazy_pattern(rf"\b{PLURAL_BODIES}|^\s*(?P<bare>both|all\s+(?:two|three|four))"
                       r"(?:\s+(?P<site>units|sites|hospitals))?\s+(?:are|were|have\s+been"
                       r"|had\s+been|remain)\b", _FLAGS)
_CLAUSE = lazy_pattern(r";|,?\s+and\s+(?=(?:last|the|this|in|[A-Z]))|,\s+(?:while|but|whereas)\s+"
                      r"|,?\s+(?:after|because|when|once|until|before|since)\s+(?=(?:the\s+)?[A-Z]"
                      r"|the\s+(?:hospital|trust|foundation\s+trust)\s+(?:was|had\s+been|is|has\s+been)"
                      r"\s+rated\b)")
_OPENING_CONCESSIVE = lazy_pattern(r"\s*(?:While|Whilst|Whereas|Although|Though)\b[^,;]{1,200}(,)")
_LISTED = lazy_pattern(r"\s*(?:\([^)]{1,12}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?")
_OPENING_RATED = lazy_pattern(r"\W*(?:Rated|Judged|Graded|Now\s+rated|Once\s+rated)\s+[^,;]{1,60},",
                              _FLAGS)
_AFTER_IS = lazy_pattern(r"\b(?:is|was|are|were)\s+(?:the\s+)?$", _FLAGS)
_SERVICE_LEVEL = lazy_pattern(
    r"\b(?:services?|department|unit|ward|wards|core service"
    r"|care(?!\s+(?:system|board|trust|partnership|group|quality|alliance)\b)|A&E|maternity|surgery"
    r"|leadership|safety|domains?|effective(?:ness)?|caring|responsive|well-led|for\s+being)\b"
    r"[^.;]{0,45}$")
_APPOSITION = lazy_pattern(r"(?<=[A-Za-z]),\s*(?:an?|the)\s+[^,;.]{1,60}?,")
""""Maister Lodge, an older people's unit, was rated": the aside describes the body rated."""
_FOR_DOMAIN = lazy_pattern(r"^\W*(?:ratings?\s+)?(?:for|in)\s+(?!its\s+own\s+right)"
                         r"(?!its\s+(?:(?:most\s+)?recent"
                         r"|latest|last|previous|first|new|\d{4})?\s*(?:inspection|report|visit)\b)"
                         r"(?:being|whether|its|safety"
                         r"|effective|caring"
                         r"|responsive|well-led|leadership)", _FLAGS)
_PART_RATED = lazy_pattern(r"\b(?:rated|judged)\s+(?:its|their)\s+(?!overall\b)[\w-]+"
                          r"(?:\s+[\w-]+){1,4}?\s+(?:as\s+)?$", _FLAGS)
""""inspectors rated its emergency operations centres as requires improvement": a part's."""
_HYPOTHETICAL = lazy_pattern(r"\b(?:could|might|(?-i:may)|would|if|unless|aim(?:s|ing)? (?:to|for)"
                           r"|hopes? to|not an organisation|ambition|want(?:s|ed)? to"
                           r"|(?:goal|target|aim|plan)\s+(?:is|was|will\s+be)\s+to)\b", _FLAGS)
_RATING_LINE = lazy_pattern(rf"\s*[:–—-]\s*{RATING}\s*[.;]?\s*", _FLAGS)
_RATINGS_HEAD = lazy_pattern(r"\b(?:ratings?|rated|CQC|inspections?)\b", _FLAGS)
_EXTREME_RATING = lazy_pattern(r"\b(?:CQC|Care\s+Quality\s+Commission|regulator|watchdog)[’']s\s+"
                               r"(?P<which>lowest|worst|bottom|highest|top|best)\s+"
                               r"(?:possible\s+)?rating\b", _FLAGS)
_LOOSE_CUE = Cue("improvement", "‘", "“", "'", "\"", "cqc", "care quality", "inspect",
                 "regulator", "special measures")
_INSPECTION = lazy_pattern(r"\b(?:CQC|Care Quality Commission|inspect(?:ion|ors?|ed)"
                           r"|regulator|special measures)\b", _FLAGS)
_LOOSE_BEFORE = lazy_pattern(r"\b(?:to|as|be|was|is|remains?|now)\s+$", _FLAGS)
_SUBJECT_CLASSES = TRUSTS | {"Organisation", "Company", "IntegratedCareBoard", "Hospital",
                             "NHSBody", "LocalAuthority", "Charity", "OrganisationalUnit"}
_AND_HAS_BEEN_RATED = lazy_pattern(
    r",?\s+and\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:(?:since\s+)?(?:re-?)?rated"
    r"|judged|found|deemed)\s+(?:as\s+)?[‘'“\"]?$", _FLAGS)
""""A runs X and Y, and has been rated inadequate": the rating is the sentence subject's."""
_VERB_AFTER_SUBJECT = lazy_pattern(r"\s*(?:\([^)]{1,20}\)\s*)?(?:,\s*which\b[^;]{1,200}?,\s*)?"
                                   r"(?:runs|ran|operates|manages|has|is|was|provides|serves|covers"
                                   r"|employs)\b")
_RATED_BEFORE = lazy_pattern(r"-rated\s+(?:the\s+)?(?=(?-i:[A-Z]))", _FLAGS)


_RUNNER_BEFORE = lazy_pattern(r"\b(?:practices|surgeries|hospitals|services|homes|units|clinics"
                              r"|centres|sites)\s+(?:(?:also|now|currently)\s+)?(?:run|operated"
                              r"|owned|managed)\s+by\s+(?:the\s+)?$", _FLAGS)
""""Two GP practices run by Operose Health have been rated inadequate": the practices' rating,
not their owner's."""


def _clause_subject(doc: StoryDoc, sentence: Sentence, orgs: list[Mention],
                    clause: int) -> Mention | None:
    """What "it" in "... after the CQC rated it inadequate" means: the body the sentence is
    about before that clause ("the trust" or a named one), not one named on the way."""
    named = [m for m in orgs if m.start - sentence.start < clause]
    references = [r for r in _REFERENCE.finditer(sentence.text, 0, clause)
                  if r.group(1).lower() not in {"it", "its"}
                  and not any(m.start <= sentence.start + r.start() < m.end for m in named)]
    if references and (not named or references[-1].start() > named[-1].start - sentence.start):
        return referred_org(doc, references[-1].group(1), sentence.start,
                            sentence.start + references[-1].start())
    return named[0] if named else None


_RATING_WORD_AT = lazy_pattern(r"(?:good|outstanding|inadequate|requires)\b", _FLAGS)


def _outside_names(doc: StoryDoc, sentence: Sentence,
                   found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Ratings that are no word of a body's name ("Good Hope Hospital")."""
    names = [(m.start, m.end) for m in doc.mentions_in(sentence, "Organisation")]
    return [(at, rating) for at, rating in found
            if not (_RATING_WORD_AT.match(sentence.text, at)
                    and any(s <= sentence.start + at < e for s, e in names))]


def _ratings(sentence: Sentence, loose: bool = False) -> list[tuple[int, str]]:
    """(offset in the sentence, rating) for each rating word used as a rating.

    ``loose`` also takes the words that are a rating wherever an inspection is in view: the
    regulator's own phrase ("requires improvement"), a quoted rating word, or one after "to"
    or "as" in a sentence naming the regulator or its inspectors."""
    found = []
    text = sentence.text
    active = [m.span() for m in _ACTIVE.finditer(text)]
    previous_end = 0
    for match in _RATING.finditer(text):
        since, previous_end = previous_end, match.end()
        before = text[max(0, match.start() - 60):match.start()]
        after = text[match.end():match.end() + 30]
        in_active = any(s <= match.start() < e for s, e in active)
        if not (in_active or _RATED_BEFORE.match(text, match.end())
                or (_CONTEXT_BEFORE.search(before) and _RATING_WORD.search(text))
                or _CONTEXT_AFTER.match(after) or _RATED_BODY.match(text, match.start())
                or (_TOLD.search(before) and match.group(1).lower() != "good")
                or (loose and _loosely_rating(text, match))):
            continue
        if _HYPOTHETICAL.search(text[max(0, match.start() - 60):match.start()]):
            continue
        aside_end = max((e for _, e in relative_clauses(text, match.start())), default=0)
        if since and _FOR_DOMAIN.match(text[since:match.start()]):
            since = match.start()
        if _SERVICE_LEVEL.search(_APPOSITION.sub(lambda m: " " * len(m.group(0)), text[
                max(aside_end, since, match.start() - 60):match.start()])) \
                or _FOR_DOMAIN.match(after) or _PART_RATED.search(text, since, match.start()):
            continue
        found.append((match.start(), _canonical(match.group(1))))
    for match in _EXTREME_RATING.finditer(text):
        if not _HYPOTHETICAL.search(text[max(0, match.start() - 60):match.start()]):
            found.append((match.start(), "inadequate" if match["which"].lower() in {
                "lowest", "worst", "bottom"} else "outstanding"))
    return sorted(found)


def _rating_line(doc: StoryDoc, sentence: Sentence) -> None:
    """"- Bolton NHS Foundation Trust: good" in a list under "CQC ratings published this
    week:": a line that is only a body and a rating, after a line about ratings."""
    orgs = doc.mentions_in(sentence, "Organisation")
    if len(orgs) != 1:
        return
    line = _RATING_LINE.fullmatch(doc.text, orgs[0].end, sentence.end)
    opening = doc.text[sentence.start:orgs[0].start]
    if line is None or opening.strip(" \t-–•*·") or any(
            f.evidence.start == sentence.start and f.predicate == "rated" for f in doc.facts):
        return
    before = doc.sentence_before(sentence)
    while before is not None and _RATING_LINE.search(before.text) and not _RATINGS_HEAD.search(
            before.text):
        before = doc.sentence_before(before)
    if before is not None and _RATINGS_HEAD.search(before.text):
        add_fact(doc, sentence, orgs[0], "rated", _canonical(line.group(1)), extractor=NAME,
                 confidence=0.7)


def _loosely_rating(text: str, match: re.Match[str]) -> bool:
    word = match.group(1).lower()
    quoted = match.group(0)[0] in "“‘\"'" and match.group(0)[-1] in "”’\"'"
    return (word.startswith(("requires", "requiring")) or (quoted and word != "good")
            or (_INSPECTION.search(text) is not None
                and _LOOSE_BEFORE.search(text, max(0, match.start() - 30), match.start())
                is not None))


def _rating_first(doc: StoryDoc, sentence: Sentence) -> None:
    """"Rated good: A, B and C"; "Ambulance service rated 'inadequate' — X placed in special
    measures"; "The CQC's verdict on X: requires improvement"; "rated A requires improvement
    and B inadequate"."""
    text = doc.text
    orgs = doc.mentions_in(sentence, "Organisation")
    first = _RATING_FIRST.match(text, sentence.start, sentence.end)
    if first is not None:
        named = mention_at(doc, first.end(), "Organisation")
        rated = listed_with(doc, orgs, named, _LISTED, before=False) if named in orgs else []
        for org in rated:
            add_fact(doc, sentence, org, "rated", _canonical(first.group(1)), extractor=NAME,
                     confidence=0.8)
    for active in _ACTIVE.finditer(text, sentence.start, sentence.end):
        link = _AND_NEXT.match(text, active.end(), sentence.end)
        second = mention_at(doc, link.end(), "Organisation") if link else None
        rating = _NEXT_RATING.match(text, second.end, sentence.end) if second else None
        if second is not None and rating is not None:
            add_fact(doc, sentence, second, "rated", _canonical(rating.group(1)), extractor=NAME,
                     confidence=0.8)
    for cue in _VERDICT_ON.finditer(text, sentence.start, sentence.end):
        org = mention_at(doc, cue.end(), "Organisation")
        verdict = _VERDICT.match(text, org.end, sentence.end) if org is not None else None
        if org is not None and verdict is not None:
            add_fact(doc, sentence, org, "rated", _canonical(verdict.group(1)), extractor=NAME,
                     confidence=0.8)


def _canonical(rating: str) -> str:
    word = rating.lower()
    return "requires improvement" if "improvement" in word else word


def _clause_breaks(text: str, limit: int) -> list[tuple[int, int]]:
    """Where the clauses of a sentence meet: at "; ", ", while", "and the ...", "after B ...",
    and after an opening "While A was rated good," (the rest is about B)."""
    breaks = [br.span() for br in _CLAUSE.finditer(text, 0, limit)]
    opening = _OPENING_CONCESSIVE.match(text, 0, limit)
    return sorted([*breaks, opening.span(1)]) if opening else breaks


def _by_clause(doc: StoryDoc, sentence: Sentence,
               found: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Ratings grouped by the clause that states them: "A was rated good, while B is rated
    inadequate" rates A and B once each; a move ("from good to outstanding") is one clause."""
    spans = [(m.start - sentence.start, m.end - sentence.start)
             for m in doc.mentions_in(sentence, "Organisation")]
    breaks = [start for start, _ in _clause_breaks(sentence.text, len(sentence.text))
              if not any(s <= start < e for s, e in spans)]
    positions = [position for position, _ in found]
    breaks += [start for start, end in spans
               if any(p < start for p in positions) and any(
                   _OWN_RATING_GAP.fullmatch(sentence.text, end, p) for p in positions)]
    breaks.sort()
    groups: dict[int, list[tuple[int, str]]] = {}
    for position, rating in found:
        groups.setdefault(sum(b < position for b in breaks), []).append((position, rating))
    return [groups[index] for index in sorted(groups)]


_IT_WAS_RATED = lazy_pattern(r"\s*It\s+(?:had|has|was)\s+(?:been\s+)?(?:previously\s+|also\s+)?"
                             r"(?:rated|judged)\s+(?:as\s+)?[“‘\"']?$")
""""X is run by Y, which was rated good. It had been rated inadequate": the body rated before."""
_WHICH_RATED_IT = lazy_pattern(r"\s*,\s*which\b[^,;]{0,120}?\b(?:rated|judged)\s+it\s+(?:as\s+)?$",
                               _FLAGS)
""""West Lane Hospital, which closed after the CQC rated it inadequate": the hospital's."""
_WHICH_IS_RATED = lazy_pattern(
    r"\s*,\s*which\s+(?:(?:as\s+a\s+whole|overall|itself|also|now|currently)\s+)?(?:is|was"
    r"|has\s+been|had\s+been|remains)\s+(?:(?:also|still|now)\s+)?(?:rated|judged)\s+(?:as\s+)?"
    r"[‘'“\"]?", _FLAGS)
""""A, run by B, which as a whole is rated requires improvement": B's rating."""
_REFERENCE_RUN_BY = lazy_pattern(
    r"\s*((?i:the)\s+(?:hospital|site|trust))\s*,\s*(?:which\s+is\s+)?(?:run|managed|operated"
    r"|owned)\s+by\s+[^,;]{3,120},")
""""The hospital, run by X, was rated ...": the rating is the hospital's, not its runner's."""


def _subject_reference(text: str, start: int, end: int) -> re.Match[str] | None:
    """"At its last inspection, the trust as a whole was rated ...": the reference that is the
    clause's subject, not a possessive before it."""
    references = list(_REFERENCE.finditer(text, start, end))
    subjects = [r for r in references if r.group(1).lower() != "its"
                and text[r.end():r.end() + 1] not in {"’", "'"}]
    return subjects[-1] if subjects and references[0] not in subjects else \
        (references[0] if references else None)


def _subject(doc: StoryDoc, sentence: Sentence, position: int) -> list[Mention]:
    text = sentence.text
    before = doc.sentence_before(sentence) if _IT_WAS_RATED.match(text, 0, position) else None
    rated = [f.subject for f in doc.facts if f.predicate == "rated"
             and f.evidence.start == before.start and f.subject.cls in TRUSTS] if before else []
    if rated:
        return rated[-1:]
    which = _WHICH_RATED_IT.search(text, 0, position)
    if which is not None:
        named = mention_ending_at(doc, sentence.start + which.start(), "Organisation")
        if named is not None and named.cls in _SUBJECT_CLASSES:
            return [named]
    for org in doc.mentions_in(sentence, "Organisation"):
        if org.cls in _SUBJECT_CLASSES and _WHICH_IS_RATED.fullmatch(
                doc.text, org.end, sentence.start + position):
            return [org]
    run_by = _REFERENCE_RUN_BY.match(text)
    if run_by is not None and run_by.end() <= position:
        sites = [m for m in doc.mentions_before(sentence.start, "Organisation")
                 if m.cls == "Hospital"] if run_by.group(1).lower().endswith(("hospital", "site")) \
            else []
        org = sites[-1] if sites else referred_org(doc, run_by.group(1), sentence.start,
                                                   sentence.start + run_by.start(1))
        if org is not None and org.cls in _SUBJECT_CLASSES:
            return [org]
    if _AND_HAS_BEEN_RATED.search(text, 0, position):
        opening = next(iter(doc.mentions_in(sentence, "Organisation")), None)
        if opening is not None and opening.cls in _SUBJECT_CLASSES and _VERB_AFTER_SUBJECT.match(
                doc.text, opening.end, sentence.end) and doc.text[
                sentence.start:opening.start].strip(" \n\"‘“'").lower() in {"", "the"}:
            return [opening]
    for active in _ACTIVE.finditer(text):
        if active.start() <= position <= active.end():
            offset = sentence.start + active.start("object")
            named = [m for m in doc.mentions_in(sentence, "Organisation") if offset <= m.start
                     and m.end <= sentence.start + active.end("object")
                     and m.cls in _SUBJECT_CLASSES]
            if len(named) > 1:
                return listed_with(doc, named, named[0], _LISTED)
            org = mention_at(doc, offset, "Organisation") or (
                mention_at(doc, offset + 4, "Organisation") or referred_org(
                    doc, active["object"], sentence.start, offset)
                if active["object"].lower().startswith("the ") else None)
            if org is not None:
                return [org]
    compound = _RATED_BEFORE.match(text, _RATING.match(text, position).end()) \
        if _RATING.match(text, position) else None
    if compound is not None:
        org = mention_at(doc, sentence.start + compound.end(), "Organisation")
        return [org] if org is not None and org.cls in _SUBJECT_CLASSES else []
    relative = relative_clauses(text, position) + [
        m.span() for m in FORMED_ASIDE.finditer(text, 0, position)]
    orgs = [m for m in doc.mentions_in(sentence, "Organisation")
            if m.cls in _SUBJECT_CLASSES
            and not any(s <= m.start - sentence.start < e for s, e in relative)
            and not _RUNNER_BEFORE.search(text, max(0, m.start - sentence.start - 30),
                                          m.start - sentence.start)]
    spans = [(m.start - sentence.start, m.end - sentence.start)
             for m in doc.mentions_in(sentence, "Organisation")] + relative
    clause = 0
    for start, end in _clause_breaks(text, position):
        if not any(s <= start < e for s, e in spans):
            clause = end
    in_clause = [m for m in orgs if clause <= m.start - sentence.start < position]
    reference = _subject_reference(text, clause, position) if clause and not in_clause else None
    if reference is not None:
        subject = _clause_subject(doc, sentence, orgs, clause) \
            if reference.group(1).lower() in {"it", "its"} else None
        org = subject or referred_org(doc, reference.group(1), sentence.start,
                                      sentence.start + reference.start())
        if org is not None and org.cls in _SUBJECT_CLASSES:
            return [org]
    before = in_clause or [m for m in orgs if m.start - sentence.start < position]
    for org in reversed(before):
        if _WHICH_WAS.match(doc.text, org.end, sentence.end):
            return [org]
    reference = _REFERENCE.search(text[:position])
    if reference is not None and text[reference.end():reference.end() + 1] in {"’", "'"}:
        reference = None
    if reference is not None and before and (_POSSESSED_APPOSITION.fullmatch(
            text, reference.end(), before[0].start - sentence.start) or (
            reference.group(1).lower() in {"its", "their"}
            and not text[reference.end():before[0].start - sentence.start].strip())):
        reference = None
    if reference is not None and before and clause <= reference.start() < before[0].start \
            - sentence.start:
        org = referred_org(doc, reference.group(1), sentence.start,
                           sentence.start + reference.start())
        if org is not None and org.cls in _SUBJECT_CLASSES:
            return [org]
    plural = _PLURAL.search(text[:position])
    if plural and not before:
        sites = plural["bare"] or (plural["pnoun"] or "").lower() == "hospitals"
        return coordinated_trusts(doc, sentence.start,
                                  plural_count(plural["count"] or plural["bare"]),
                                  TRUSTS | {"Hospital"} if sites else TRUSTS)
    if before:
        listed = listed_with(doc, [m for m in orgs if m.start - sentence.start < position],
                             before[0], _LISTED)
        nearest = before[-1]
        if nearest not in listed and _OWN_RATING_GAP.fullmatch(
                text, nearest.end - sentence.start, position):
            return [nearest]
        if nearest is not before[0] and _POSSESSED_SITE.fullmatch(
                doc.text, before[0].end, nearest.start) and _OWN_RATING_GAP.fullmatch(
                text, nearest.end - sentence.start + 1, position) \
                and text[nearest.end - sentence.start] == ",":
            return [nearest]
        return listed
    reference = _subject_reference(text, 0, position)
    if reference is not None:
        org = referred_org(doc, reference.group(1), sentence.start,
                           sentence.start + reference.start())
        if org is not None and org.cls in OVERSEERS and reference.group(1).lower() in {"it", "its"}:
            before_sentence = doc.sentence_before(sentence)
            org = next((m for m in doc.mentions_in(before_sentence, "Organisation")
                        if m.cls in TRUSTS), None) if before_sentence else None
        return [org] if org is not None and org.cls in _SUBJECT_CLASSES else []
    if _INDEFINITE.match(text) or _RATED_BODY.match(text, position) or _INDEFINITE_WHICH.search(
            text[:position]):
        org = topic_org(doc, TRUSTS)
        return [org] if org is not None else []
    after = [m for m in orgs if m.start - sentence.start > position]
    if after and _AFTER_IS.search(text[:after[0].start - sentence.start]):
        return [after[0]]
    opening = _OPENING_RATED.match(text)
    if after and opening and position < opening.end() and re.fullmatch(
            r"\s*(?:the\s+)?", text[opening.end():after[0].start - sentence.start], _FLAGS):
        return [after[0]]
    return []


_RATED_THEN = lazy_pattern(r"\b(?:rated|re-rated|judged)\s", _FLAGS)
_GAP_BEFORE_BODY = lazy_pattern(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", _FLAGS)
_RATING_RIGHT_AFTER = lazy_pattern(rf"\s*{RATING}(?=\s*(?:,|and\b|\.|;|$))", _FLAGS)


def _gapped_ratings(doc: StoryDoc, sentence: Sentence) -> None:
    """"The CQC rated A 'outstanding', B 'good' and C 'requires improvement'": after an active
    "rated", each body listed with its own rating right after it has that rating."""
    rated = _RATED_THEN.search(doc.text, sentence.start, sentence.end)
    if rated is None:
        return
    done = {entity_key(f.subject) for f in doc.facts
            if f.predicate == "rated" and f.evidence.start == sentence.start}
    for org in doc.mentions_in(sentence, "Organisation"):
        if org.start < rated.end() or entity_key(org) in done or org.cls not in _SUBJECT_CLASSES:
            continue
        rating = _RATING_RIGHT_AFTER.match(doc.text, org.end, sentence.end)
        if rating and _GAP_BEFORE_BODY.search(doc.text, rated.end(), org.start):
            add_fact(doc, sentence, org, "rated", _canonical(rating.group(1)), extractor=NAME,
                     confidence=0.7)


_RESPECTIVELY_AFTER = lazy_pattern(r"[^.;]{0,40}?\brespectively\b")
_RATING_RUN = lazy_pattern(rf"(?:{RATING}\s*(?:,\s*(?:and\s+)?|\s+and\s+))+", _FLAGS)
""""rated good and inadequate respectively": one list of ratings, one clause."""


@extractor("ratings", requires=("mentions.organisation",), assigns=("facts.rated",))
def make_ratings() -> object:
    def ratings(doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            if not _RATING_CUE(sentence.text):
                continue
            _rating_first(doc, sentence)
            found = _outside_names(doc, sentence, _ratings(sentence))
            confidence = 0.8
            if not found and _LOOSE_CUE(sentence.text) and not any(
                    f.evidence.start == sentence.start and f.predicate == "rated"
                    for f in doc.facts):
                found = _outside_names(doc, sentence, _ratings(sentence, loose=True))
                confidence = 0.6
            subjects: list[Mention] = []
            listed = len(found) > 1 and _RESPECTIVELY_AFTER.match(sentence.text, found[-1][0]) \
                and _RATING_RUN.fullmatch(sentence.text, found[0][0], found[-1][0])
            for group in [found] if listed else _by_clause(doc, sentence, found):
                subjects = _subject(doc, sentence, group[0][0]) or subjects
                if len(subjects) == len(group) > 1 and _RESPECTIVELY_AFTER.match(
                        sentence.text, group[-1][0]):
                    for org, (_, rating) in zip(subjects, group, strict=True):
                        add_fact(doc, sentence, org, "rated", rating, extractor=NAME,
                                 confidence=confidence)
                    continue
                for org in subjects:
                    for _, rating in group:
                        add_fact(doc, sentence, org, "rated", rating, extractor=NAME,
                                 confidence=confidence)
            so_did(doc, sentence, _RATED, NAME)
            _rating_line(doc, sentence)
            _gapped_ratings(doc, sentence)
        to_the_runner(doc, NAME)
        return doc
    return ratings
