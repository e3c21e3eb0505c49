"""The kind of review a text is about, across the four nations, and how sure that is.

Shared by the importers (which suggest a record's review type from a page) and the checks
(which warn when the record's review type contradicts its text).

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
from typing import Literal

from .model.vocab import ReviewType

Nation = Literal["england", "wales", "scotland", "northern_ireland", "uk"]
Confidence = Literal["high", "medium", "low"]
_NATIONS: tuple[Nation | None, ...] = ("england", "wales", "scotland", "northern_ireland", None)

_T = ReviewType


def _words(phrase: str, acronym: str | None = None) -> re.Pattern[str]:
    pattern = rf"(?i:\b(?:{phrase})\b)"
    if acronym:
        pattern += rf"|\b(?:{acronym})\b"
    return re.compile(pattern)


#: (type, pattern, nations it belongs to or None for any). Most specific first.
_KINDS: list[tuple[ReviewType | str, re.Pattern[str]]] = [
    (_T.dardr, _words(r"domestic abuse[- ]related death reviews?", r"DARDRs?")),
    (_T.dhr, _words(r"domestic homicide reviews?|adolygiad (?:o )?(?:dynladdiad|lladdiad|"
                    r"laddiad) domestig", r"DHRs?")),
    (_T.mental_health_homicide_review, _words(r"mental health homicide reviews?|"
                                              r"adolygiad dynladdiad iechyd meddwl")),
    (_T.sar, _words(r"safeguarding adults? reviews?|adult safeguarding reviews?|"
                    r"discretionary sars?", r"SARs?")),
    (_T.national_cspr, _words(r"national (?:child safeguarding practice |case |practice )?"
                              r"reviews?|national CSPRs?")),
    (_T.susr_wales, _words(r"single unified safeguarding reviews?|"
                           r"adolygiad diogelu unedig sengl", r"SUSRs?|ADUS")),
    (_T.child_practice_review_wales, _words(r"(?:concise |extended )?child practice reviews?|"
                                            r"adolygiad ymarfer (?:plant|plentyn)|"
                                            r"adolygiad plentyn", r"CPRs?|AYP")),
    (_T.adult_practice_review_wales, _words(r"(?:concise |extended )?adult practice reviews?|"
                                            r"adolygiad ymarfer (?:oedolion|oedolyn)",
                                            r"APRs?|AYO")),
    (_T.lcspr, _words(r"(?:local )?child safeguarding practice reviews?", r"L?CSPRs?")),
    ("significant_case_review", _words(r"significant case reviews?")),
    (_T.serious_case_review_legacy, _words(r"serious case reviews?", r"SCRs?")),
    (_T.case_management_review_ni, _words(r"case management reviews?", r"CMRs?")),
    (_T.rapid_review, _words(r"rapid reviews?")),
    (_T.thematic_review, _words(r"thematic (?:[\w-]+ ){0,2}?reviews?")),
    (_T.multi_agency_audit, _words(r"multi-?\s?agency audits?")),
    (_T.leder, _words(r"learning from lives and deaths", r"LeDeR")),
    ("learning_review", _words(r"learning reviews?|practice learning reviews?|"
                               r"learning lessons reviews?|lessons learn(?:ed|t) reviews?")),
    ("practice_review", _words(r"practice reviews?")),
]
#: Every kind's words hold one of these: texts without any name no kind of review.
_KIND_WORDS = ("review", "adolygiad", "adus", "sar", "dhr", "dardr", "cspr", "scr", "susr",
               "cpr", "apr", "cmr", "leder", "lives and deaths", "audit", "ayp", "ayo")


def may_name_a_kind(text: str) -> bool:
    """False when ``text`` cannot name a kind of review (a quick test before reading it)."""
    lowered = text.lower()
    return any(word in lowered for word in _KIND_WORDS)
_PLURAL = re.compile(r"(?:s|S)\)?$|Reviews?\s*\(\w+s\)")
#: A sentence about one particular review: it is published, announced or welcomed, or it
#: says whose death or case the review is about, or points at "this review".
_SPECIFIC = re.compile(
    r"\b(?:publish(?:ed|es|ing)?|will publish|publication of|launch(?:ed|es)?|releas(?:ed|es)|"
    r"welcom(?:ed|es)|announc(?:ed|es)|findings of|outcome of|decided to (?:conduct|commission|"
    r"undertake)|(?:into|following|after|concerning|concerns|about) the (?:tragic )?(?:death|"
    r"deaths|murder|killing|serious injury|case|circumstances|experiences?) of|known as|"
    r"referred to as)\b", re.IGNORECASE)
#: Words of a sentence about reviews in general: what happens when, what must be done.
_GENERIC = re.compile(r"\b(?:when|whenever|if|where|must|should|may|might|can|could|would|"
                      r"purpose|criteria|responsib\w+|duty|required?|requirements?)\b",
                      re.IGNORECASE)
#: A review kind followed by these words names a body or a process, not a review.
_NOT_A_REVIEW = re.compile(
    r"\s*(?:Panel|Framework|Protocol|Process|Guidance|Polic(?:y|ies)|Procedures?|Group|"
    r"Sub-?group|Committee|Toolkit|Team|Referrals?|Criteria|Training|Hub|Library|Repository|"
    r"Notification|Meeting|Standards|Regulations|Coordinator|Manager)\b", re.IGNORECASE)
#: A headline of guidance on reviews ("National Guidance for … Conducting a Significant
#: Case Review", "Rapid Review Procedure"): about reviews in general, not one review.
#: A headline naming one subject by a role and a letter and no kind of review ("Adult R -
#: published June 2031"): the page is about that case, so the one kind its text names is its.
_SUBJECT_HEADLINE = re.compile(r"\b(?:Baby|Child|Infant|Adult|Mr|Mrs|Ms|Miss|Family|Oedolyn|"
                               r"Plentyn|Babi)\s+[A-Z]{1,2}\d?\b(?![’'][a-rt-z])")
_GUIDE_TITLE = re.compile(r"\b(?:guidance|guide|procedures?|protocol|policy|framework|"
                          r"handbook|toolkit|template|criteria|what happens|"
                          r"how (?:\w+\s+){0,4}works?|explained|an introduction|introduction to|"
                          r"(?:conducting|carrying out|undertaking|commissioning|contributing to|"
                          r"taking part in|referring for)\s+an?|e-?learning|online learning|"
                          r"training(?: course)?)\b",
                          re.IGNORECASE)
#: A headline of what many reviews taught ("Domestic homicide review: lessons learned",
#: "… : common themes"), when it names no subject: not one review.
_LESSONS_TITLE = re.compile(r"(?i):\s*(?:lessons learn(?:ed|t)|common themes|key (?:themes|"
                            r"findings)|learning from (?:\w+\s+)?reviews)\s*$")
#: One review told by the panel that carried it out: "a review carried out by a Domestic
#: Homicide Review Panel", "The Domestic Homicide Review Panel examined the circumstances".
_PANELS_REVIEW = re.compile(
    r"\b(?i:(?:a|the)\s+review\s+(?:carried out|undertaken|conducted)\s+by\s+(?:a|the))\s+"
    r"(?P<kind>(?:[A-Z][\w-]*\s+){1,5}Review)\s+Panel\b|"
    r"\b(?i:a|the)\s+(?P<examined>(?:[A-Z][\w-]*\s+){1,5}Review)\s+Panel\s+"
    r"(?i:examined|reviewed|considered|looked at)\s+the\s+circumstances")
_THIS = re.compile(r"\b(?:this|our)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_ARTICLE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
#: Words a headline adds to a review's kind without naming a review.
_TITLE_FILLER = frozenset("""publication of the a an published publishes new report reports
    final overview executive summary and our about what is""".split())
_ANNOUNCING_TITLE = re.compile(r"\b(?:publication|publish\w*|launch\w*|releas\w*)\b",
                               re.IGNORECASE)


@dataclass(frozen=True)
class FoundType:
    value: ReviewType
    evidence: str  # the words naming it
    context: str  # the headline or sentence they stand in
    confidence: Confidence
    start: int  # in ``context``
    named: ReviewType | str = ""  # the kind as the words name it, before the nation decides


#: Words every naming of a kind holds one of (lower case): a cheap test before its pattern.
_GATE_WORDS: dict[ReviewType | str, tuple[str, ...]] = {
    _T.dardr: ("domestic", "dardr"), _T.dhr: ("domestic", "dhr", "laddiad domestig"),
    _T.mental_health_homicide_review: ("mental health", "dynladdiad iechyd"),
    _T.sar: ("safeguarding adult", "adult safeguarding", "sar"),
    _T.national_cspr: ("national",), _T.susr_wales: ("unified", "susr", "unedig", "adus"),
    _T.child_practice_review_wales: ("child practice", "cpr", "ymarfer plant", "ymarfer plentyn",
                                     "adolygiad plentyn", "ayp"),
    _T.adult_practice_review_wales: ("adult practice", "apr", "ymarfer oedolion",
                                     "ymarfer oedolyn", "ayo"),
    _T.lcspr: ("safeguarding practice", "cspr"), "significant_case_review": ("significant",),
    _T.serious_case_review_legacy: ("serious case", "scr"),
    _T.case_management_review_ni: ("case management", "cmr"), _T.rapid_review: ("rapid",),
    _T.thematic_review: ("thematic",), _T.multi_agency_audit: ("audit",),
    _T.leder: ("lives and deaths", "leder"), "learning_review": ("learn",),
    "practice_review": ("practice",),
}
_GATES = [_GATE_WORDS[kind] for kind, _pattern in _KINDS]


def review_kinds(text: str) -> list[tuple[ReviewType | str, re.Match[str]]]:
    """Every review kind named in ``text``, in order, without overlaps."""
    hits: list[tuple[ReviewType | str, re.Match[str]]] = []
    lowered = text.lower()
    for (kind, pattern), gate in zip(_KINDS, _GATES, strict=True):
        if not any(word in lowered for word in gate):
            continue
        for match in pattern.finditer(text):
            if _NOT_A_REVIEW.match(text, match.end()):
                continue
            if not any(match.start() < m.end() and m.start() < match.end() for _k, m in hits):
                hits.append((kind, match))
    return sorted(hits, key=lambda hit: hit[1].start())


_PANEL_PUBLISHES = re.compile(r"\b(?:Child Safeguarding Practice Review Panel|the Panel)\b"
                             r"[^.]{0,40}\b(?:published|publishes|publish)", re.IGNORECASE)


def described_kind(sentence: str, nation: Nation | None) -> ReviewType | None:
    """The kind of review a sentence describes; a review the national Panel publishes is a
    national review, whatever else it is called ("its thematic review")."""
    if _PANEL_PUBLISHES.search(sentence):
        return _T.national_cspr
    for kind, _match in review_kinds(sentence):
        value = resolve(kind, nation)
        if value is not None:
            return value
    return None


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


def page_review_type(title: str, sentences: list[tuple[str, bool]], nation: Nation | None
                     ) -> list[FoundType]:
    """The review type the page is about (first), then any others it names, with evidence.

    ``sentences`` are the body's, each with whether it is in the page's lead (its opening
    paragraphs). A headline naming one review ("Baby D Serious Case Review", "Publication of
    Extended Child Practice Review") is sure; a headline that is only a kind ("Learning
    Review") is sure once a sentence speaks of one review of that kind ("the findings of this
    Learning Review"); a kind in the plural or a question ("What is a Practice Review?")
    heads a page about reviews in general, which gives no sure type. A headline naming only
    one subject ("Adult R") is sure of the one kind the text names.
    """
    found: list[FoundType] = []
    topic_page = False
    for kind, match in _named_once(title):
        value = resolve(kind, nation)
        if value is None:
            continue
        plural = bool(_PLURAL.search(match.group())) or title.rstrip().endswith("?") \
            or bool(_GUIDE_TITLE.search(title))
        topic_page = topic_page or plural
        rest = _content_words(title[:match.start()] + " " + title[match.end():])
        named = bool(rest) or bool(_ANNOUNCING_TITLE.search(title))
        confidence: Confidence = "low" if plural else "high" if named else "medium"
        found.append(FoundType(value, match.group(), title, confidence, match.start(), kind))
    if found and not _SUBJECT_HEADLINE.search(title) and _LESSONS_TITLE.search(title):
        topic_page = True  # "Domestic homicide review: lessons learned" from many reviews
        found = [_with(item, "low") for item in found]
    specific: list[FoundType] = []
    for sentence, lead in sentences:
        if not may_name_a_kind(sentence):
            continue
        panel = _PANELS_REVIEW.search(sentence) if lead else None
        if panel is not None:  # "a review carried out by a Domestic Homicide Review Panel"
            for kind, _match in review_kinds(panel["kind"] or panel["examined"]):
                value = resolve(kind, nation)
                if value is not None:
                    specific.append(FoundType(value, panel.group(), sentence, "low",
                                              panel.start(), kind))
                    found.append(specific[-1])
        for kind, match in review_kinds(sentence):
            value = resolve(kind, nation)
            if value is None:
                continue
            item = FoundType(value, match.group(), sentence, "low", match.start(), kind)
            found.append(item)
            if _about_one(sentence, match) and (lead or _THIS.search(sentence[:match.start()])):
                specific.append(item)
    ranked = _ranked(found, specific, topic_page)
    if ranked and ranked[0].confidence != "high" and not review_kinds(title) \
            and len({item.value for item in ranked}) == 1 \
            and len(_SUBJECT_HEADLINE.findall(title)) == 1:
        ranked[0] = _with(ranked[0], "high")  # "Adult R - published June 2031" … "a SAR"
    return ranked


def _about_one(sentence: str, match: re.Match[str]) -> bool:
    """Whether a sentence speaks of one review, not of reviews in general."""
    if _PLURAL.search(match.group()):
        return False
    before = sentence[:match.start()]
    if _THIS.search(before):
        return True
    published = re.search(r"\b(?:published|publishes|publication of)\b", sentence, re.I)
    return bool(_ARTICLE.search(before)) and bool(_SPECIFIC.search(sentence)) \
        and not (_GENERIC.search(sentence) and not published)


def _content_words(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", text)}
    return {w for w in words if w not in _TITLE_FILLER and len(w) > 1 or w.isdigit()}


def _named_once(title: str) -> list[tuple[ReviewType | str, re.Match[str]]]:
    """Kinds in a headline; "Learning Review/DHR" names the statutory kind first."""
    kinds = review_kinds(title)
    statutory = [hit for hit in kinds if hit[0] not in ("learning_review", "practice_review")]
    return statutory or kinds


def _ranked(found: list[FoundType], specific: list[FoundType], topic_page: bool
            ) -> list[FoundType]:
    """The surest first, one per kind; at most one is sure."""
    kinds = {item.value for item in specific}
    result: list[FoundType] = []
    headline = next((item for item in found if item.confidence in ("high", "medium")
                     and item.context is not None and item is found[0]), None)
    if headline is not None and headline.confidence == "medium" and headline.value in kinds:
        headline = _with(headline, "high")
    elif headline is None and len(kinds) == 1 and not topic_page:
        headline = _with(specific[0], "high")
    if headline is not None:
        result.append(headline)
    for item in found:
        if all(item.value != kept.value for kept in result):
            result.append(_with(item, "low" if result else item.confidence))
    if result and result[0].confidence == "high":
        result = [result[0], *[_with(item, "low") for item in result[1:]]]
    return result


def _with(item: FoundType, confidence: Confidence) -> FoundType:
    return FoundType(item.value, item.evidence, item.context, confidence, item.start,
                     item.named)


#: Kinds that name the same review under an old and a new name.
_SAME = [{ReviewType.dhr, ReviewType.dardr},
         {ReviewType.serious_case_review_legacy, ReviewType.lcspr}]


def agrees(review_type: ReviewType | str, named: ReviewType | str) -> bool:
    """Whether a record's review type fits a kind the text names, in any of the nations."""
    possible = {resolve(named, nation) for nation in _NATIONS}
    if review_type in possible:
        return True
    return any(review_type in same and possible & same for same in _SAME)
