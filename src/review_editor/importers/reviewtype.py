"""The kind of review a page is about, across the four nations, and how sure that is.

The words differ by nation: England's local and national child safeguarding practice reviews
(and the serious case reviews before them), safeguarding adults reviews, domestic homicide
and domestic abuse related death reviews; Wales's child and adult practice reviews and single
unified safeguarding reviews; Scotland's learning reviews (statutory guidance, not a
"non-statutory" learning review) and the significant case reviews before them; Northern
Ireland's case management reviews. A national review is not a local one.

A page that explains reviews in general names their kinds in the plural ("Safeguarding Adults
Reviews"); only a page about one review (its headline names one, or a sentence announces one)
gives a confident type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.vocab import ReviewType
from .gazetteer import Nation
from .result import Confidence

_T = ReviewType


def _words(phrase: str, acronym: str | None = None) -> re.Pattern[str]:
    pattern = rf"(?i:\b(?:{phrase})\b)"
    if acronym:
        pattern += rf"|\b(?:{acronym})\b"
    return re.compile(pattern)


#: (type, pattern, nations it belongs to or None for any). Most specific first.
_KINDS: list[tuple[ReviewType | str, re.Pattern[str]]] = [
    (_T.dardr, _words(r"domestic abuse[- ]related death reviews?", r"DARDRs?")),
    (_T.dhr, _words(r"domestic homicide reviews?", r"DHRs?")),
    (_T.mental_health_homicide_review, _words(r"mental health homicide reviews?")),
    (_T.sar, _words(r"safeguarding adults? reviews?|adult safeguarding reviews?|"
                    r"discretionary sars?", r"SARs?")),
    (_T.national_cspr, _words(r"national (?:child safeguarding practice |case |practice )?"
                              r"reviews?|national CSPRs?")),
    (_T.susr_wales, _words(r"single unified safeguarding reviews?", r"SUSRs?")),
    (_T.child_practice_review_wales, _words(r"(?:concise |extended )?child practice reviews?",
                                            r"CPRs?")),
    (_T.adult_practice_review_wales, _words(r"(?:concise |extended )?adult practice reviews?",
                                            r"APRs?")),
    (_T.lcspr, _words(r"(?:local )?child safeguarding practice reviews?", r"L?CSPRs?")),
    ("significant_case_review", _words(r"significant case reviews?")),
    (_T.serious_case_review_legacy, _words(r"serious case reviews?", r"SCRs?")),
    (_T.case_management_review_ni, _words(r"case management reviews?", r"CMRs?")),
    (_T.rapid_review, _words(r"rapid reviews?")),
    (_T.thematic_review, _words(r"thematic (?:learning )?reviews?")),
    (_T.multi_agency_audit, _words(r"multi-agency audits?")),
    (_T.leder, _words(r"learning from lives and deaths", r"LeDeR")),
    ("learning_review", _words(r"learning reviews?|practice learning reviews?")),
    ("practice_review", _words(r"practice reviews?")),
]
_PLURAL = re.compile(r"(?:s|S)\)?$|Reviews?\s*\(\w+s\)")
_ANNOUNCES = re.compile(
    r"\b(?:publish\w*|publication of|launch\w*|releas\w*|announc\w*|welcom\w*|commissioned|"
    r"carried out|undertaken|completed|conducted|findings of|report of|into the|"
    r"(?:has|have) (?:now )?(?:been )?(?:completed|finalised))\b", re.IGNORECASE)
#: A review kind followed by these words names a body or a process, not a review.
_NOT_A_REVIEW = re.compile(
    r"\s*(?:Panel|Framework|Protocol|Process|Guidance|Polic(?:y|ies)|Procedures?|Group|"
    r"Sub-?group|Committee|Toolkit|Team|Referrals?|Criteria|Training|Hub|Library|Repository|"
    r"Notification|Meeting|Standards|Regulations|Coordinator|Manager)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"\b(?:a|an|the|this|our|its|their)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class FoundType:
    value: ReviewType
    evidence: str  # the words naming it
    context: str  # the headline or sentence they stand in
    confidence: Confidence
    start: int  # in ``context``


def review_kinds(text: str) -> list[tuple[ReviewType | str, re.Match[str]]]:
    """Every review kind named in ``text``, in order, without overlaps."""
    hits: list[tuple[ReviewType | str, re.Match[str]]] = []
    for kind, pattern in _KINDS:
        for match in pattern.finditer(text):
            if _NOT_A_REVIEW.match(text, match.end()):
                continue
            if not any(match.start() < m.end() and m.start() < match.end() for _k, m in hits):
                hits.append((kind, match))
    return sorted(hits, key=lambda hit: hit[1].start())


def resolve(kind: ReviewType | str, nation: Nation | None) -> ReviewType | None:
    """A kind named on the page as a vocabulary value, given the nation it is from."""
    if kind == "significant_case_review":
        return _T.learning_review_scotland if nation == "scotland" else \
            _T.serious_case_review_legacy
    if kind == "learning_review":
        return _T.learning_review_scotland if nation == "scotland" else \
            _T.learning_review_non_statutory
    if kind == "practice_review":
        return _T.child_practice_review_wales if nation == "wales" else None
    assert isinstance(kind, ReviewType)
    if kind == _T.lcspr and nation in ("wales", "scotland", "northern_ireland"):
        return None
    if kind in (_T.child_practice_review_wales, _T.adult_practice_review_wales) \
            and nation not in (None, "wales"):
        return None
    return kind


def page_review_type(title: str, sentences: list[str], nation: Nation | None
                     ) -> list[FoundType]:
    """The review type the page is about (first), then any others it names, with evidence."""
    found: list[FoundType] = []
    for kind, match in _named_once(title):
        value = resolve(kind, nation)
        if value is not None:
            plural = bool(_PLURAL.search(match.group()))
            found.append(FoundType(value, match.group(), title, "low" if plural else "high",
                                   match.start()))
    for sentence in sentences:
        for kind, match in review_kinds(sentence):
            value = resolve(kind, nation)
            if value is None:
                continue
            single = not _PLURAL.search(match.group())
            announced = single and bool(_ANNOUNCES.search(sentence)) \
                and bool(_ARTICLE.search(sentence[:match.start()]))
            found.append(FoundType(value, match.group(), sentence,
                                   "medium" if announced else "low", match.start()))
    return _ranked(found)


def _named_once(title: str) -> list[tuple[ReviewType | str, re.Match[str]]]:
    """Kinds in a headline; "Learning Review/DHR" names the statutory kind first."""
    kinds = review_kinds(title)
    statutory = [hit for hit in kinds if hit[0] not in ("learning_review", "practice_review")]
    return statutory or kinds


def _ranked(found: list[FoundType]) -> list[FoundType]:
    """The surest first; a page announcing one kind is about that kind."""
    rank = {"high": 0, "medium": 1, "low": 2}
    announced = [item for item in found if item.confidence == "medium"]
    kinds = {item.value for item in announced}
    if len(kinds) == 1 and not any(item.confidence == "high" for item in found):
        # One kind announced, and no headline naming another: sure enough to apply.
        first = announced[0]
        announced[0] = FoundType(first.value, first.evidence, first.context, "high",
                                 first.start)
        found = [announced[0], *[item for item in found if item is not first]]
    ordered = sorted(enumerate(found), key=lambda pair: (rank[pair[1].confidence], pair[0]))
    result: list[FoundType] = []
    for _n, item in ordered:
        if not any(item.value == kept.value for kept in result):
            result.append(item)
    if len([item for item in result if item.confidence == "high"]) > 1:
        result = [result[0], *[FoundType(i.value, i.evidence, i.context, "low", i.start)
                               for i in result[1:]]]
    return result
