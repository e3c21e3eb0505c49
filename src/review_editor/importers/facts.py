"""The page's key facts as suggestions: review type, subjects' pseudonyms, other dates.

Each carries its evidence and a confidence: "high" only when the page is plainly about one
review of that kind, or plainly uses that pseudonym. ``review-editor import
--accept-suggestions`` applies only those, so a guess never reaches the public key facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..reviewkinds import page_review_type, review_kinds
from .gazetteer import Nation
from .listing import ListedReview
from .pagedates import PageDate, PartialPageDate
from .pseudonyms import find_pseudonyms
from .result import Confidence, Span, Suggestion
from .suggest import Passage, sentences

_OWN = ("review.review_type", "review.review_name", "sensitivity.subjects")
_TYPE_LABEL = "Type of review"


def page_facts(found: list[Suggestion], title: Passage, body: list[Passage], *,
               nation: Nation | None, review: ListedReview | None, dates: list[PageDate],
               chosen: str | None) -> list[Suggestion]:
    """``found`` with the review type, pseudonyms and alternative dates this module reads."""
    kept = [s for s in found if s.field_path not in _OWN]
    facts: list[Suggestion] = []
    if review is not None:
        facts.extend(_listed_review(review, title))
    else:
        facts.extend(_review_type(title, body, nation))
        facts.extend(_subjects(title, body))
        facts = _kind_of_one_subject(facts, title)
        lead = [title.text, *(p.text for p in body[:2])]
        named = {found.pseudonym for text in lead for found in find_pseudonyms(text)}
        if (len(named) >= 2 or any(_LETTERS.search(text) for text in lead)) \
                and several_reviews(lead):
            facts = [_unsure(s) for s in facts]  # several reviews' news: no one review's facts
    name = _review_name(found, facts)
    facts.extend(name)
    facts.extend(_other_dates(dates, chosen))
    return facts + kept


_COUNT = (r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?:new|more|further|"
          r"local|separate|recent|published)\s+)?")
#: "the overview reports of four Serious Case Reviews", "learning briefs from two SCRs".
_SEVERAL = re.compile(_COUNT + r"(?P<kind>(?:[A-Z][\w-]*\s+){0,4}[Rr]eviews|[A-Z]{2,6}s)\b")


#: Several subjects under one role: "Child LB and LD", "Adults F, H and J".
_LETTERS = re.compile(r"\b(?:Child|Children|Adults?|Bab(?:y|ies)|Young (?:Person|People))\s+"
                      r"[A-Z]{1,2}\d?(?:\s*(?:,|;|&|and)\s*(?:and\s+)?[A-Z]{1,2}\d?\b)+")


def several_reviews(texts: list[str]) -> bool:
    """Whether the headline or the lead counts two or more reviews ("four Serious Case
    Reviews", "two SCRs"); with two subjects named there, the page is news of several."""
    for text in texts:
        for match in _SEVERAL.finditer(text):
            kinds = review_kinds(match["kind"])
            if kinds or match["kind"].lower().endswith("reviews"):
                return True
    return False


def _unsure(fact: Suggestion) -> Suggestion:
    return replace(fact, confidence="medium") if fact.confidence == "high" else fact


def _listed_review(review: ListedReview, title: Passage) -> list[Suggestion]:
    facts = []
    if review.review_type is not None:
        facts.append(Suggestion("review.review_type", review.review_type.value, _TYPE_LABEL,
                                review.title, "high", _span(title, 0, len(title.text))))
    for found in find_pseudonyms(review.title):
        facts.append(_subject(found.pseudonym, found.role,
                              review.title[found.start:found.end], "high",
                              _span(title, found.start, found.end)))
    return facts


def _review_type(title: Passage, body: list[Passage], nation: Nation | None
                 ) -> list[Suggestion]:
    said = sentences(body)
    lead = {p.text for p in sentences(body[:2])}
    found = page_review_type(title.text, [(p.text, p.text in lead) for p in said], nation)
    facts = []
    for item in found:
        passage = title if item.context == title.text else next(
            (p for p in said if p.text == item.context), title)
        start = passage.text.find(item.evidence, item.start)
        confidence = item.confidence
        if passage is title and confidence == "high" and _only_a_nation_besides(
                title.text, start, start + len(item.evidence)):
            confidence = "medium"  # "The Welsh Child Practice Review": the kind, in general
        facts.append(Suggestion("review.review_type", item.value.value, _TYPE_LABEL,
                                item.evidence, confidence,
                                _span(passage, start, start + len(item.evidence)),
                                context=" ".join(item.context.split())))
    return facts


#: Words that say only whose system a kind of review belongs to.
_NATION_WORDS = frozenset("""the a welsh wales scottish scotland english england northern
    irish ireland uk british cymru cymreig yr y""".split())


def _only_a_nation_besides(title: str, start: int, end: int) -> bool:
    """Whether the headline's words besides the kind only name a nation ("The Welsh Child
    Practice Review", "Scotland's learning review"): a page about the kind, not one review."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", title[:start] + " " + title[end:])}
    words.discard("s")  # "Scotland's"
    return bool(words) and words <= _NATION_WORDS


def _subjects(title: Passage, body: list[Passage]) -> list[Suggestion]:
    facts: list[Suggestion] = []
    texts = [title, *body]
    whole = "\n".join(p.text for p in texts)
    seen: set[str] = set()
    for passage in texts:
        for found in find_pseudonyms(passage.text):
            if found.pseudonym in seen:
                continue
            seen.add(found.pseudonym)
            confidence: Confidence = found.confidence
            uses = _uses(found.pseudonym, whole, any_case=found.role is not None)
            introduced = _INTRODUCING.search(passage.text[:found.start])
            if passage is title or (confidence == "high" and found.role is None) or uses >= 2 \
                    or introduced:
                confidence = "high"
            else:
                confidence = "medium"
            facts.append(_subject(found.pseudonym, found.role,
                                  passage.text[found.start:found.end], confidence,
                                  _span(passage, found.start, found.end)))
    return facts


#: "the baby, referred to as ‘Child N’ in the report": the page says it is the pseudonym.
_INTRODUCING = re.compile(r"\b(?:referred to as|known as|called)\s*[‘'\"“]?$")


def _uses(pseudonym: str, text: str, *, any_case: bool) -> int:
    """How often the text uses the pseudonym as words of their own ("CHILD M" … "child M"
    when ``any_case``), not as the start of another word ("Oedolyn B" in "oedolyn bregus")."""
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, pseudonym.split())) + r"(?!\w)"
    return len(re.findall(pattern, text, re.IGNORECASE if any_case else 0))


def _kind_of_one_subject(facts: list[Suggestion], title: Passage) -> list[Suggestion]:
    """A headline naming a kind of review ("DOMESTIC HOMICIDE REVIEW Overview Report", "Baby P
    serious case reviews released") on a page naming one subject surely, and no other kind:
    the page is about that subject's review (or reviews), so its kind is sure. A kind in the
    plural counts only with the subject in the headline too."""
    types = [s for s in facts if s.field_path == "review.review_type"]
    subjects = [s for s in facts if s.field_path == "sensitivity.subjects"]
    kinds = review_kinds(title.text)
    if len(subjects) != 1 or subjects[0].confidence != "high" or not types \
            or types[0].confidence == "high" or len({s.value for s in types}) != 1 \
            or not kinds:
        return facts
    plural = any(match.group().endswith(("s", "S")) for _kind, match in kinds)
    if plural and not find_pseudonyms(title.text):
        return facts  # "Safeguarding Adults Reviews" naming one example below: reviews in general
    return [replace(s, confidence="high") if s is types[0] else s for s in facts]


def _review_name(found: list[Suggestion], facts: list[Suggestion]) -> list[Suggestion]:
    """The review's name: a pseudonym the page uses surely, else what was found in the words."""
    subject = next((s for s in facts if s.field_path == "sensitivity.subjects"
                    and s.confidence == "high"), None)
    if subject is not None:
        return [Suggestion("review.review_name", subject.value["pseudonym"], "Review name",
                           subject.evidence, "high", subject.span)]
    named = [s for s in found if s.field_path == "review.review_name"]
    return [Suggestion(s.field_path, s.value, s.label, s.evidence, "medium", s.span,
                       s.action) for s in named[:1]]


def _subject(pseudonym: str, role: object, evidence: str, confidence: Confidence,
             span: tuple[int, int] | None) -> Suggestion:
    value: dict[str, object] = {"pseudonym": pseudonym}
    if role is not None:
        value["role"] = str(role)
    return Suggestion("sensitivity.subjects", value, "Pseudonym (private)", evidence,
                      confidence, span, "append")


def _other_dates(dates: list[PageDate], chosen: str | None) -> list[Suggestion]:
    facts = []
    seen = {chosen}
    for item in dates:
        value = item.value.isoformat()
        if value in seen or item.kind != "published":
            continue
        seen.add(value)
        facts.append(Suggestion("published_on", value, "Another date on the page",
                                " ".join(item.evidence.split())[:160], "low"))
    return facts


def _span(passage: Passage, start: int, end: int) -> tuple[int, int] | None:
    if passage.offset is None or start < 0:
        return None
    return passage.offset + start, passage.offset + end



def review_month(partial: PartialPageDate | None, suggestions: list[Suggestion],
                 span_of: Callable[[str], Span | None]) -> list[Suggestion]:
    """A page about one review dated only by a month or year ("Adult P - published May
    2031"): that is when the review was published, offered for the review's own date (which
    may be partial) and never applied unasked; the page's own date needs a day."""
    about_one = any(s.field_path == "review.review_type" and s.confidence == "high"
                    for s in suggestions)
    if partial is None or not about_one:
        return []
    return [Suggestion("review.published_on", partial.value, "Review published", partial.text,
                       "medium", span_of(partial.text), context=partial.evidence)]
