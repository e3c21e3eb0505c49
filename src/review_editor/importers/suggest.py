"""Review facts a page states, offered as suggestions: never put into the record unasked.

Each heuristic is a regular expression over common phrasings ("commissioned in April 2019",
"carried out independently by …", "delayed due to …"), run sentence by sentence. What it
finds becomes a ``Suggestion`` with the words it rests on and where they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ..model.parts import Organisation, PersonRole, Quote, ThemeRef
from ..model.review import ExternalAssessment, PeriodCovered
from ..model.themes import THEMES
from ..model.vocab import PersonRoleType
from ..model.walk import dump
from ..textdates import MONTH_YEAR_OR_YEAR, PARTIAL_DATE, partial_from
from .publisher import FoundPublisher, publisher_type
from .result import Confidence, Suggestion
from .terms import ACRONYMS, REVIEW_TYPES, THEME_WORDS


@dataclass(frozen=True)
class Passage:
    """A piece of the source's text and where it starts in the source text (None: not in it)."""

    text: str
    offset: int | None


_SENTENCE_END = re.compile(r"(?<=[.!?])[”’\"')]*\s+(?=[A-Z0-9“‘\"(])")


def sentences(passages: list[Passage]) -> list[Passage]:
    result: list[Passage] = []
    for passage in passages:
        start = 0
        for end in [m.end() for m in _SENTENCE_END.finditer(passage.text)] + [len(passage.text)]:
            text = passage.text[start:end]
            if text.strip():
                offset = None if passage.offset is None else passage.offset + start
                result.append(Passage(text, offset))
            start = end
    return result


# phrasings --------------------------------------------------------------------------------

_NAME = (r"(?:(?:Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Sir|Dame|Cllr|Councillor)\.?\s+)?"
         r"[A-Z][a-z'’-]+\b(?:\s+[A-Z][a-z'’-]+\b){1,3}")
_POST_NOMINALS = (r"(?:,?\s+(?:MBE|OBE|CBE|KBE|DBE|QPM|BEM|PhD|DPhil|MA|MSc|BA|BSc|LLB|LLM|RN|"
                  r"RGN|RMN|CQSW|QC|KC|FRCPsych|MRCPsych)\b)*")
_PERSON = re.compile(rf"(?P<name>{_NAME})(?P<post>{_POST_NOMINALS})")
_PEOPLE = rf"{_NAME}{_POST_NOMINALS}(?:\s*(?:,|and|&)\s*{_NAME}{_POST_NOMINALS})*"
_REVIEWED_BY = re.compile(
    r"\b(?P<verb>carried out|conducted|led|written|undertaken|authored|completed|chaired|"
    r"prepared|produced)\s+(?P<independently>independently\s+)?by\s+(?:(?:an?|the)\s+)?"
    r"(?P<independent>independent\s+)?(?:(?:lead\s+)?(?:reviewer|author|chair|consultant|expert)"
    rf"s?,?\s+)?(?P<people>{_PEOPLE})")
_INDEPENDENT_REVIEWER = re.compile(
    rf"\bindependent\s+(?:lead\s+)?(?:reviewer|author|chair)s?,?\s+(?P<people>{_PEOPLE})", re.I)
_REVIEWER_APPOSITION = re.compile(
    rf"(?P<people>{_NAME}{_POST_NOMINALS}),?\s+(?:an?\s+|the\s+)?independent\s+(?:lead\s+)?"
    r"(?:reviewer|author|consultant)")
_NOT_A_PERSON = frozenset({
    "board", "partnership", "council", "panel", "team", "services", "service", "trust", "group",
    "police", "authority", "ltd", "limited", "consultancy", "associates", "review", "reviews",
    "partners", "care", "health", "nhs", "commission", "office", "agency", "foundation",
    "safeguarding", "children", "adults", "district", "borough", "county",
})

_COMMISSIONED_ON = re.compile(
    rf"\bcommissioned\b(?:\s+by\s+(?P<by>[^.,;]{{3,100}}?))?\s+(?:in|on|during)\s+"
    rf"(?P<date>{PARTIAL_DATE})\b", re.I)
_COMMISSIONED_FIELD = re.compile(
    rf"\b(?:date\s+)?commissioned(?:\s+on)?\s*:\s*(?P<date>{PARTIAL_DATE})\b", re.I)
_COMMISSIONED_BY = re.compile(
    r"\bcommissioned\s+by\s+(?:the\s+)?(?P<by>(?:[A-Z][\w’'&-]*\s+(?:(?:and|for|of)\s+)?){0,6}"
    r"(?:Partnership|Board|Panel|Partners|Council))\b")
_COVERS = re.compile(r"\b(?:cover(?:s|ed|ing)?|look(?:s|ed|ing)? at|consider(?:s|ed|ing)?|"
                     r"examin(?:es|ed|ing)|period|time ?frame|span(?:s|ned|ning)?|scope|"
                     r"from|between|since)\b", re.I)
#: A sentence about the review: it names it, or starts with "It" after one that did.
_ABOUT_REVIEW = re.compile(r"\breview|^\s*It\b", re.I)
_PERIOD_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?P<start>{MONTH_YEAR_OR_YEAR})\s+(?:and|to|until|till|–|-)\s+"
    rf"(?P<end>{MONTH_YEAR_OR_YEAR})\b", re.I)
_PERIOD_SINCE = re.compile(rf"\bsince\s+(?P<start>{MONTH_YEAR_OR_YEAR})\b", re.I)
_DELAY = re.compile(
    r"\b(?:delayed|postponed|deferred|held back)\b[^.]{0,30}?\b(?:due to|because of|owing to|"
    r"as a result of|by)\s+(?:the\s+)?(?P<reason>[^.;,()]{3,80})", re.I)
_TRIGGER = re.compile(
    r"\b(?:commissioned|initiated|undertaken|carried out|conducted|started|began|set up)\s+"
    r"(?:following|after|in response to|as a result of)\s+(?P<trigger>[^.]{10,300})", re.I)
_TRIGGERED_BY = re.compile(r"\b(?:was|were) (?:triggered|prompted) by\s+(?P<trigger>[^.]{10,300})",
                           re.I)
_INSPECTORATES = (r"Ofsted|CQC|Care Quality Commission|HMICFRS|HMI Probation|"
                  r"HM Inspectorate of [A-Z]\w+|Estyn|Care Inspectorate(?: Wales)?|"
                  r"Education Scotland|RQIA")
_ASSESSMENT = re.compile(
    rf"\b(?P<body>{_INSPECTORATES})\b(?:’s|'s)?[^.“\"]{{0,80}}?"
    r"(?:(?P<year0>(?:19|20)\d{2})\s+)?(?:(?P<inspection>[A-Z][A-Za-z]{1,12})\s+)?inspection"
    r"(?:\s+(?:of|in)\s+(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d{2}))?"
    r"[^“\"]{0,80}?\b(?:said|found|stated|concluded|noted|judged|reported|described)"
    r"(?:\s+that)?[:,]?\s+[“\"](?P<quote>[^”\"]{5,600})[”\"]")
_SAYS = r"(?:said|says|added|explained|commented)"
_SPEAKER = (rf"(?:{_NAME}|[A-Z][a-z]+(?:'s|’s) "
            r"(?:family|mother|father|parents|sister|brother))")
_QUOTE_THEN_SPEAKER = re.compile(
    rf"[“\"](?P<text>[^”\"]{{20,1000}}?)[,.]?[”\"],?\s+{_SAYS}\s+"
    rf"(?P<who>{_SPEAKER}(?:,\s*[^.“”\"]{{3,150}})?)(?=\.|$)")
_SPEAKER_THEN_QUOTE = re.compile(
    rf"(?P<who>{_SPEAKER}(?:,\s*[^,.“”\"]{{3,150}},)?)\s+{_SAYS}[:,]?\s+"
    rf"[“\"](?P<text>[^”\"]{{20,1000}})[”\"]")
_PSEUDONYM = re.compile(r"\b(?:Adult|Child|Baby|Young Person|Mr|Mrs|Ms|Miss)\s+[A-Z]\b(?![\w’'])")
_QUOTED_NAME = re.compile(r"^\s*(?:[:–-]\s*)?(?:into the death of\s+)?['‘“\"]"
                          r"(?P<name>[A-Z][\w’' -]{0,40}?)['’”\"]")
_NAME_TAIL = re.compile(r"\s+(?:(?:has been|is|was)\s+)?(?:published|publishes|released|"
                        r"launched)\b.*$", re.I)
_LOCATION = re.compile(r"\b(?:within|across|in|throughout)\s+the\s+(?P<place>(?:[A-Z][a-z]+\s+)"
                       r"{1,3}(?:District|Borough|County|City|Region))\b")
_SEXUAL_OFFENCE = re.compile(r"\bsexual(?:ly)?\s+(?:exploit\w*|abuse\w*|offen[cs]es?|assault\w*|"
                             r"harm\w*)|\brape\b|\bCSE\b", re.I)
_TODAY = re.compile(r"\s+today\b")
_LEADING_TODAY = re.compile(r"^\s*Today,?\s+")
_BRACKETED_DATE = re.compile(r"\s*\([^()]*\d[^()]*\)")


def suggest(title: Passage, body: list[Passage], *, publisher: FoundPublisher | None = None,
            summary_hint: str | None = None) -> list[Suggestion]:
    """Suggestions for the review's facts and a few envelope fields, most useful first."""
    return _Suggester(title, body, publisher, summary_hint).run()


class _Suggester:
    def __init__(self, title: Passage, body: list[Passage], publisher: FoundPublisher | None,
                 summary_hint: str | None) -> None:
        self.title = title
        self.body = body
        self.sentences = sentences([title, *body])
        self.body_sentences = sentences(body)
        self.publisher = publisher
        self.summary_hint = summary_hint
        self.found: list[Suggestion] = []
        self.quote_spans: list[tuple[int, int]] = []
        self.text = "\n".join(p.text for p in [title, *body])

    def run(self) -> list[Suggestion]:
        for step in (self._review_type, self._review_name, self._commissioned,
                     self._reviewers, self._period, self._delay, self._trigger,
                     self._assessments, self._quotes, self._summary, self._themes,
                     self._location, self._sexual_offence):
            step()
        return _without_repeats(self.found)

    def add(self, path: str, value: Any, label: str, passage: Passage, match: re.Match[str],
            group: int | str = 0, confidence: Confidence = "medium", append: bool = False
            ) -> None:
        start, end = match.span(group)
        self.add_span(path, value, label, passage, start, end, confidence, append)

    def add_span(self, path: str, value: Any, label: str, passage: Passage, start: int,
                 end: int, confidence: Confidence = "medium", append: bool = False) -> None:
        span = None if passage.offset is None else (passage.offset + start, passage.offset + end)
        self.found.append(Suggestion(path, value, label, passage.text[start:end], confidence,
                                     span, "append" if append else "set"))

    def first(self, pattern: re.Pattern[str], passages: list[Passage]
              ) -> tuple[Passage, re.Match[str]] | None:
        for passage in passages:
            match = pattern.search(passage.text)
            if match:
                return passage, match
        return None

    # the review -------------------------------------------------------------------------

    def _review_type(self) -> None:
        """The first review type named: in the title if it names one, else in the body."""
        for index, passage in enumerate([self.title, *self.body]):
            hits = [(match.start(), kind, match) for kind, pattern in REVIEW_TYPES
                    for match in [pattern.search(passage.text)] if match]
            if hits:
                _start, kind, match = min(hits, key=lambda hit: hit[0])
                self.add("review.review_type", kind.value, "Type of review", passage, match,
                         confidence="high" if index == 0 else "medium")
                return

    def _review_name(self) -> None:
        title = self.title.text
        for _kind, pattern in REVIEW_TYPES:
            match = pattern.search(title)
            if not match:
                continue
            quoted = _QUOTED_NAME.match(title[match.end():])
            if quoted:
                name_match = re.search(re.escape(quoted["name"]), title)
                if name_match:
                    self.add("review.review_name", quoted["name"], "Review name", self.title,
                             name_match, confidence="high")
                    return
            break
        found = self.first(_PSEUDONYM, [self.title]) or self.first(_PSEUDONYM, self.body)
        if found:
            passage, match = found
            self.add("review.review_name", match.group(0), "Review name", passage, match)
            return
        self._review_name_from_title()

    def _review_name_from_title(self) -> None:
        title = self.title.text
        for _kind, pattern in REVIEW_TYPES:
            match = pattern.search(title)
            if not match or not re.match(r"\s+(?:into|of|on)\s+\S|\s*:\s*\S", title[match.end():]):
                continue
            phrase = match.group(0)
            if not phrase.isupper():
                phrase = phrase[:1].upper() + phrase[1:].lower()
            rest = _NAME_TAIL.sub("", title[match.end():])
            for acronym, expansion in ACRONYMS.items():
                if re.search(re.escape(expansion), self.text, re.I):
                    rest = re.sub(rf"\b{acronym}\b", expansion, rest)
            name = (phrase + rest).strip()
            evidence = re.search(re.escape(title[match.start():match.end() + len(rest)]), title)
            if evidence and 3 <= len(name) <= 200:
                self.add("review.review_name", name, "Review name", self.title, evidence)
            return

    def _commissioned(self) -> None:
        found = (self.first(_COMMISSIONED_ON, self.sentences)
                 or self.first(_COMMISSIONED_FIELD, self.sentences))
        if found:
            passage, match = found
            commissioned = partial_from(match["date"])
            if commissioned:
                self.add("review.commissioned_on", commissioned, "Commissioned", passage, match,
                         confidence="high")
        found = self.first(_COMMISSIONED_BY, self.sentences)
        if found:
            passage, match = found
            name = match["by"].strip()
            value = _data(Organisation(name=name, publisher_type=publisher_type(name)))
            self.add("review.commissioned_by", value, "Commissioned by", passage, match)

    def _reviewers(self) -> None:
        seen: set[str] = set()
        for passage in self.sentences:
            for pattern in (_REVIEWED_BY, _INDEPENDENT_REVIEWER, _REVIEWER_APPOSITION):
                for match in pattern.finditer(passage.text):
                    groups = match.groupdict()
                    independent = pattern is not _REVIEWED_BY or bool(
                        groups.get("independently") or groups.get("independent"))
                    role = _reviewer_role(groups.get("verb"), independent)
                    for person in _PERSON.finditer(match["people"]):
                        name = person["name"]
                        if name in seen or _NOT_A_PERSON & set(name.lower().split()):
                            continue
                        seen.add(name)
                        post = " ".join(re.findall(r"[A-Za-z]+", person["post"])) or None
                        value = _data(PersonRole(name=name, post_nominals=post, role=role,
                                                 independent=independent))
                        self.add("review.reviewers", value, "Reviewer", passage, match,
                                 confidence="high", append=True)

    def _period(self) -> None:
        for passage in self.body_sentences:
            if not _ABOUT_REVIEW.search(passage.text) or not _COVERS.search(passage.text):
                continue
            for pattern in (_PERIOD_RANGE, _PERIOD_SINCE):
                match = pattern.search(passage.text)
                if not match:
                    continue
                start = partial_from(match["start"])
                end = partial_from(match["end"]) if "end" in match.groupdict() else None
                if start is None or (end is not None and end[:4] < start[:4]):
                    continue
                value = _data(PeriodCovered(start=start, end=end))
                self.add("review.period_covered", value, "Period covered", passage, match)
                return

    def _delay(self) -> None:
        found = self.first(_DELAY, self.body_sentences)
        if found:
            passage, match = found
            self.add("review.publication_delay_reason", match["reason"].strip(),
                     "Reason for delay", passage, match, confidence="high")

    def _trigger(self) -> None:
        found = (self.first(_TRIGGER, self.body_sentences)
                 or self.first(_TRIGGERED_BY, self.body_sentences))
        if found:
            passage, match = found
            text = match["trigger"].strip().rstrip(",;:")
            self.add("review.trigger", text[:1].upper() + text[1:], "What led to the review",
                     passage, match)

    def _assessments(self) -> None:
        for passage in self.body_sentences:
            for match in _ASSESSMENT.finditer(passage.text):
                year = match["year"] or match["year0"]
                value = _data(ExternalAssessment(
                    body=match["body"], inspection=match["inspection"],
                    year=int(year) if year else None, quote=match["quote"].strip()))
                self.add("review.external_assessments", value, "External assessment",
                         passage, match, append=True)
                self._mark_quote(passage, match)

    # the page ---------------------------------------------------------------------------

    def _quotes(self) -> None:
        for passage in self.body:
            for pattern in (_QUOTE_THEN_SPEAKER, _SPEAKER_THEN_QUOTE):
                for match in pattern.finditer(passage.text):
                    who = match["who"].strip().rstrip(",")
                    if self._quoted_already(passage, match) or \
                            _NOT_A_PERSON & set(who.split(",")[0].lower().split()):
                        continue
                    text = match["text"].strip().rstrip(",")
                    value = _data(Quote(text=text, attributed_to=who))
                    self.add("quotes", value, "Quote", passage, match, append=True)
                    self._mark_quote(passage, match)

    def _mark_quote(self, passage: Passage, match: re.Match[str]) -> None:
        if passage.offset is not None:
            self.quote_spans.append((passage.offset + match.start(), passage.offset + match.end()))

    def _quoted_already(self, passage: Passage, match: re.Match[str]) -> bool:
        if passage.offset is None:
            return False
        start, end = passage.offset + match.start(), passage.offset + match.end()
        return any(start < b and a < end for a, b in self.quote_spans)

    def _summary(self) -> None:
        if self.summary_hint and len(self.summary_hint) <= 300:
            self.found.append(Suggestion("summary", self.summary_hint, "Summary",
                                         self.summary_hint, "medium"))
            return
        first = next(iter(sentences(self.body[:1])), None)
        if first is None:
            return
        summary = first.text.strip()
        if self.publisher and self.publisher.phrase in summary:
            summary = re.sub(re.escape(self.publisher.phrase) + r"(?:\s*,)?",
                             self.publisher.name, summary, count=1)
        # A summary outlives the day: "today" and "(27 July)" go.
        summary = _BRACKETED_DATE.sub("", _TODAY.sub("", _LEADING_TODAY.sub("", summary)))
        summary = " ".join(summary.split())
        summary = summary[:1].upper() + summary[1:]
        if 20 <= len(summary) <= 300:
            start = len(first.text) - len(first.text.lstrip())
            self.add_span("summary", summary, "Summary", first, start, len(first.text.rstrip()))

    def _themes(self) -> None:
        for theme in THEMES:
            found = self.first(THEME_WORDS[theme.id], [self.title, *self.body])
            if found:
                passage, match = found
                value = _data(ThemeRef(id=theme.id, label=theme.label))
                self.add("themes", value, "Theme", passage, match, confidence="low",
                         append=True)

    def _location(self) -> None:
        found = self.first(_LOCATION, [self.title, *self.body])
        if found:
            passage, match = found
            self.add("location", match["place"], "Location", passage, match)

    def _sexual_offence(self) -> None:
        found = self.first(_SEXUAL_OFFENCE, [self.title, *self.body])
        if found:
            passage, match = found
            self.add("sensitivity.sexual_offence_context", True,
                     "Sexual-offence context (private)", passage, match)


def _reviewer_role(verb: str | None, independent: bool) -> PersonRoleType:
    if independent:
        return PersonRoleType.independent_reviewer
    if verb in ("written", "authored"):
        return PersonRoleType.author
    if verb == "chaired":
        return PersonRoleType.chair
    return PersonRoleType.lead_reviewer


def _data(model: BaseModel) -> dict[str, Any]:
    """A sub-record as the record's JSON holds it, so it compares equal once applied."""
    return dump(model)


def _without_repeats(found: list[Suggestion]) -> list[Suggestion]:
    """One suggestion per field that is set; appended items once each."""
    kept: list[Suggestion] = []
    seen: set[str] = set()
    for suggestion in found:
        key = suggestion.field_path if suggestion.action == "set" else \
            f"{suggestion.field_path}={suggestion.value!r}"
        if key not in seen:
            seen.add(key)
            kept.append(suggestion)
    return kept

#: The review's facts are stated in a page's (or a report's) opening pages: suggestions are
#: read from this much text, so a long Word report imports in time proportional to its size.
SUGGESTION_TEXT_CHARS = 60_000


def opening_passages(passages: list[Passage]) -> list[Passage]:
    kept: list[Passage] = []
    size = 0
    for passage in passages:
        if size >= SUGGESTION_TEXT_CHARS:
            break
        kept.append(passage)
        size += len(passage.text)
    return kept
