"""Facts derived from a record once per run and shared by the checks."""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import cached_property
from itertools import count
from typing import TYPE_CHECKING, Any

from ..field_cache import per_text
from ..model.dates import LONDON
from ..model.vocab import Status
from . import batch as batches
from .batch import may_match
from .language import (
    CAPITAL_AFTER_BOUNDARY,
    Phrases,
    cached_phrases,
    holds_any,
    matches_at,
    normalise_word,
)
from .reading import text_fields
from .text import FieldText

if TYPE_CHECKING:
    from .context import CheckContext

_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Master|Dr)"
#: What a pseudonym of the usual form ("Child A", "Mr R") starts with.
_PSEUDONYM_HEADS = ("Child", "Adult", "Baby", "Young Person", "Person", "Infant", "Sibling",
                    "Mother", "Father", "Mr", "Mrs", "Ms", "Miss", "Mx", "Master")
PSEUDONYM_FORM = re.compile(
    r"\b(?:" + "|".join(_PSEUDONYM_HEADS) + r")\s+[A-Z](?:\.[A-Z])*\.?(?![\w'’])")
#: The first words of ``PSEUDONYM_FORM``'s matches: each stands as a whole run of word
#: characters (a word boundary before it, white space after it), so a text without one of
#: them as a word holds no match.
PSEUDONYM_FORM_WORDS = frozenset(head.split()[0] for head in _PSEUDONYM_HEADS)
INITIALS = re.compile(r"(?<![\w.])[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)*")

#: Where a run keeps the subject references' gate, and how many fields it has asked about.
_REFS_GATE = "subject refs gate"
_REFS_ASKED = "subject refs asked"

_CONTEXT_IDS: dict[tuple[Any, ...], int] = {}
_NEXT_ID = count()


@per_text(4096)
def _first_phrase(pattern: Phrases, text: str) -> str | None:
    """The first of the phrases in ``text`` (kept per field text: a re-check reads only
    the fields that changed)."""
    match = pattern.search(text)
    return match.group() if match else None


def context_id(value: tuple[Any, ...]) -> int:
    """The same small number for equal record-level contexts, across runs.

    The contexts hold the settings and the record's facts; comparing them in every per-field
    cache lookup cost more than the lookups themselves. Numbers are never reused, so clearing
    the table only costs a recomputation.
    """
    found = _CONTEXT_IDS.get(value)
    if found is None:
        if len(_CONTEXT_IDS) > 256:
            _CONTEXT_IDS.clear()
        found = _CONTEXT_IDS[value] = next(_NEXT_ID)
    return found


class RecordFacts:
    """Reading fields, release day, sexual-offence context, names and subject references."""

    def __init__(self, record: Any, ctx: CheckContext) -> None:
        self.record = record
        self.ctx = ctx
        self.settings = ctx.settings
        self._cache: dict[str, Any] = {}

    # -- fields --------------------------------------------------------------------------
    @cached_property
    def fields(self) -> list[FieldText]:
        return text_fields(self.record)

    @cached_property
    def prose_fields(self) -> list[FieldText]:
        return [f for f in self.fields if f.prose]

    @cached_property
    def identify_fields(self) -> list[FieldText]:
        return [f for f in self.fields if f.identify]

    def field(self, path: str) -> FieldText | None:
        return self._fields_by_path.get(path)

    @cached_property
    def _fields_by_path(self) -> dict[str, FieldText]:
        # A dict, not a scan: checks look fields up one by one (C6.1 for every section).
        return {field.path: field for field in self.fields}

    # -- time -----------------------------------------------------------------------------
    @cached_property
    def release_day(self) -> date | None:
        """``published_on``; while scheduled, the day of ``embargo.until`` or ``publish_at``."""
        record = self.record
        moment = record.embargo.until if record.embargo else record.publish_at
        scheduled = self.ctx.effective_status(record) == Status.scheduled
        if record.published_on and not scheduled:
            return record.published_on
        if moment is not None:
            return moment.astimezone(LONDON).date()
        return record.published_on

    @cached_property
    def own_dates(self) -> list[str]:
        """The record's own dates as ISO partial dates: not tied to a subject (C1.3)."""
        record = self.record
        values: list[str] = []
        for value in (record.published_on, record.updated_on):
            if value:
                values.append(value.isoformat())
        for moment in (record.publish_at, record.embargo.until if record.embargo else None):
            if moment:
                values.append(moment.date().isoformat())
        if self.release_day:
            values.append(self.release_day.isoformat())
        review = record.review
        if review is not None:
            for partial in (review.commissioned_on, review.completed_on):
                if partial:
                    values.append(partial)
            if review.period_covered:
                for partial in (review.period_covered.start, review.period_covered.end):
                    if partial:
                        values.append(partial)
        for attachment in record.attachments:
            if attachment.published_on:
                values.append(attachment.published_on.isoformat())
        for ref in getattr(record, "source_reviews", []):
            if ref.published_on:
                values.append(ref.published_on)
        for entry in record.change_log:
            values.append(entry.date.isoformat())
        return values

    # -- sexual-offence context (C2.1) ----------------------------------------------------
    @cached_property
    def soaa_reasons(self) -> list[str]:
        reasons: list[str] = []
        record = self.record
        sensitivity = record.sensitivity
        if sensitivity is not None and sensitivity.sexual_offence_context:
            reasons.append("the record is marked as about sexual offences")
        theme_ids = {t.id for t in record.themes} | {
            re.sub(r"[^a-z0-9]+", "-", t.label.lower()).strip("-") for t in record.themes}
        themed = sorted(theme_ids & set(self.settings.sexual_offence_themes))
        if themed:
            reasons.append(f"its themes include {', '.join(themed)}")
        pattern = cached_phrases(tuple(self.settings.sexual_offence_words))
        if pattern is not None:
            for text_field in may_match(pattern, self.identify_fields):
                found = _first_phrase(pattern, text_field.text)
                if found is not None:
                    reasons.append(f"the text mentions \"{found}\"")
                    break
        return reasons

    @cached_property
    def soaa(self) -> bool:
        """Whether the Sexual Offences (Amendment) Act 1992 applies: computed, never stored."""
        return bool(self.soaa_reasons)

    # -- people and names -----------------------------------------------------------------
    @cached_property
    def pseudonyms(self) -> list[str]:
        sensitivity = self.record.sensitivity
        if sensitivity is None:
            return []
        return [s.pseudonym.strip() for s in sensitivity.subjects if s.pseudonym.strip()]

    @cached_property
    def _pseudonym_forms(self) -> set[str]:
        """Declared pseudonyms and their variants ("Mr R" for "Adult R")."""
        forms: set[str] = set()
        for pseudonym in self.pseudonyms:
            forms.add(pseudonym)
            last = pseudonym.split()[-1]
            if re.fullmatch(r"[A-Z]\.?", last):
                initial = last.rstrip(".")
                for title in ("Mr", "Mrs", "Ms", "Miss", "Mx", "Master", "Dr"):
                    forms.add(f"{title} {initial}")
        return forms

    @cached_property
    def pseudonym_pattern(self) -> re.Pattern[str] | None:
        """Declared pseudonyms and their variants, as whole words."""
        forms = self._pseudonym_forms
        if not forms:
            return None
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")

    @cached_property
    def _pseudonym_starts(self) -> re.Pattern[str]:
        """Where a ``pseudonym_pattern`` match can start: a form's first character, after
        anything but a word character."""
        firsts = re.escape("".join(sorted({form[0] for form in self._pseudonym_forms})))
        return re.compile(rf"[{firsts}](?<!\w[{firsts}])")

    @cached_property
    def role_pattern(self) -> Phrases | None:
        return cached_phrases(tuple(self.settings.subject_role_words))

    @cached_property
    def modifier_pattern(self) -> Phrases | None:
        return cached_phrases(tuple(self.settings.modifier_terms))

    def subject_refs(self, text_field: FieldText) -> list[tuple[int, int]]:
        """Spans of subject references: pseudonyms, their variants, role words as nouns."""
        key = f"subjects:{text_field.path}"
        if key in self._cache:
            return self._cache[key]
        spans: list[tuple[int, int]] = []
        if self.may_refer(text_field):
            spans = self._find_subject_refs(text_field.text)
        self._cache[key] = spans
        return spans

    def may_refer(self, text_field: FieldText, *, every_field: bool = False) -> bool:
        """False only for a field where no subject reference can stand: once a run has asked
        about enough fields to pay for it (or a caller about to ask about ``every_field``
        says so), one scan of all the fields' joined text finds those holding a pseudonym,
        a pseudonym form's first word or a role word, and every other field is answered
        without a look at its text."""
        cache = self._cache
        gate = cache.get(_REFS_GATE)
        if gate is None:
            asked = cache[_REFS_ASKED] = cache.get(_REFS_ASKED, 0) + 1
            if asked < batches.GATED_FROM and not every_field:
                return True
            gate = cache[_REFS_GATE] = self._subject_refs_gate()
        read, found = gate
        key = id(text_field)
        return key not in read or key in found

    def _subject_refs_gate(self) -> tuple[set[int], set[int]]:
        """The fields read (by identity: the short ones, ``batch.SHORT_FIELD``) and, of
        those, the ones that may hold a subject reference."""
        fields = [field for field in self.fields if len(field.text) <= batches.SHORT_FIELD]
        if len(fields) < batches.GATED_FROM:
            return set(), set()
        batch = batches.batch_of(fields)
        found = batches.union(batch.holding_any(tuple(self._pseudonym_forms)),
                              batch.holding_any(PSEUDONYM_FORM_WORDS),
                              batch.holding_phrases_read_whole(self.role_pattern))
        if found is None:
            return set(), set()
        return {id(field) for field in fields}, {id(fields[p]) for p in found}

    def _find_subject_refs(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        if self.pseudonym_pattern is not None:
            spans += [m.span() for m in matches_at(self.pseudonym_pattern, text,
                                                   self._pseudonym_starts)]
        if holds_any(text, PSEUDONYM_FORM_WORDS):
            spans += [m.span() for m in matches_at(PSEUDONYM_FORM, text,
                                                   CAPITAL_AFTER_BOUNDARY)]
        roles = [] if self.role_pattern is None else \
            [(m.start(), m.end()) for m in self.role_pattern.finditer(text)]
        if roles:  # the modifiers are read only where a role word stands
            modifiers: list[tuple[int, int]] = []  # in order, never overlapping
            if self.modifier_pattern is not None:
                modifiers = [(m.start(), m.end()) for m in self.modifier_pattern.finditer(text)]
            modifier_starts = [start for start, _ in modifiers]
            for start, end in roles:
                at = bisect.bisect_right(modifier_starts, start) - 1
                if at >= 0 and start < modifiers[at][1]:
                    continue
                spans.append((start, end))
        spans.sort()
        return spans

    @cached_property
    def allowed_names(self) -> list[str]:
        """Names the record may publish: professionals, organisations, places (C1.1)."""
        record = self.record
        names: list[str] = []

        def add(value: str | None) -> None:
            if value and value.strip():
                names.append(value.strip())

        def organisation(org: Any) -> None:
            if org is None:
                return
            add(org.name)
            add(org.short_name)
            for value in [*org.area_served, *org.statutory_partners]:
                add(value)
            for former in org.former_names:
                add(former.name)
            for person in (org.independent_chair, org.independent_scrutineer):
                if person is not None:
                    add(person.name)
                    add(person.organisation)

        organisation(record.publisher)
        for person in record.contributors:
            add(person.name)
            add(person.organisation)
        for quote in record.quotes:
            add(quote.attributed_to)
            for part in re.split(r",|\band\b", quote.attributed_to):
                add(part)
        for contact in (record.contact, getattr(record, "media_contact", None)):
            if contact is not None:
                add(contact.name)
        for service in record.signposting:
            add(service.name)
        add(getattr(record, "location", None))
        review = record.review
        if review is not None:
            organisation(review.commissioned_by)
            add(review.commissioned_by_former_name)
            for person in review.reviewers:
                add(person.name)
                add(person.organisation)
            for rec in review.recommendations:
                for agency in rec.addressed_to:
                    add(agency)
                for action in rec.actions:
                    add(action.owner_agency)
            for assessment in review.external_assessments:
                add(assessment.body)
        for theme in record.themes:
            add(theme.label)
        names += self.settings.glossary.values()
        names += self.settings.known_bodies
        names += self.settings.allowed_names
        names += self.pseudonyms
        if record.sensitivity is not None:
            names += [n for n in record.sensitivity.named_professionals if n.strip()]
            names += [n for n in record.sensitivity.not_names if n.strip()]
        return names

    @cached_property
    def organisation_names(self) -> list[str]:
        """Agencies named in the record's own fields (a C1.7 quasi-identifier in text)."""
        record = self.record
        names: list[str] = []
        orgs = [record.publisher]
        review = record.review
        if review is not None:
            orgs.append(review.commissioned_by)
        for org in orgs:
            if org is not None:
                names += [n for n in (org.name, org.short_name) if n]
                names += org.statutory_partners
        if review is not None:
            for rec in review.recommendations:
                names += rec.addressed_to
                names += [a.owner_agency for a in rec.actions if a.owner_agency]
            names += [a.body for a in review.external_assessments if a.body]
        return [n.strip() for n in names if n and len(n.strip()) > 2]

    @cached_property
    def allowed_name_words(self) -> set[str]:
        words: set[str] = set()
        for name in self.allowed_names:
            for word in re.findall(r"\w+(?:['’]\w+)*", name):
                words.add(normalise_word(word))
        return words

    @cached_property
    def post_nominals(self) -> set[str]:
        record = self.record
        people = list(record.contributors)
        if record.review is not None:
            people += record.review.reviewers
        if record.publisher is not None:
            people += [p for p in (record.publisher.independent_chair,
                                   record.publisher.independent_scrutineer) if p]
        found: set[str] = set()
        for person in people:
            if person.post_nominals:
                found.update(re.findall(r"[A-Za-z]+", person.post_nominals))
        return found

    @cached_property
    def email_domains(self) -> list[str]:
        publisher = self.record.publisher
        if publisher is None:
            return []
        domains = [d.lower().lstrip("@") for d in publisher.email_domains]
        if not domains and publisher.url:
            from urllib.parse import urlsplit

            host = (urlsplit(publisher.url).hostname or "").lower()
            if host:
                domains.append(host.removeprefix("www."))
        return domains

    @cached_property
    def fingerprint(self) -> tuple[Any, ...]:
        """Everything besides a field's own text that the C1 detectors read.

        Per-field results are cached across runs under this key, so re-checking after an
        edit re-reads only the fields that changed.
        """
        record = self.record
        denylist = self.ctx.denylist
        contacts = [c for c in (record.contact, getattr(record, "media_contact", None)) if c]
        return (
            self.settings.model_dump_json(),
            tuple(self.pseudonyms), tuple(self.allowed_names), tuple(self.organisation_names),
            self.soaa, tuple(self.own_dates), tuple(self.email_domains),
            tuple((c.email, c.telephone) for c in contacts),
            tuple(s.phone for s in record.signposting),
            record.review.reference if record.review else None,
            (id(denylist), denylist.version) if denylist is not None else None,
            bool(record.sensitivity and record.sensitivity.subjects),
            record.language, bool(getattr(record, "bilingual", False)),  # Welsh text is read
        )

    @cached_property
    def text_context(self) -> tuple[Any, ...]:
        """The record-level inputs of the per-field text checks (see ``runner``)."""
        record = self.record
        review = record.review
        review_facts = None
        if review is not None:
            period = review.period_covered
            review_facts = (review.commissioned_on, review.completed_on, review.number_of_cases,
                            (period.start, period.end) if period else None)
        return (self.fingerprint, record.title, self.release_day, review_facts,
                self.ctx.effective_status(record), self.ctx.now.date())

    @cached_property
    def fingerprint_id(self) -> int:
        """A small number standing for ``fingerprint``: cache keys compare it in one step."""
        return context_id(self.fingerprint)

    @cached_property
    def text_context_id(self) -> int:
        """A small number standing for ``text_context`` (see ``fingerprint_id``)."""
        return context_id(self.text_context)

    def only(self, field: FieldText) -> RecordFacts:
        """A view of these facts that reads a single field (shares every other cache)."""
        return self.subset([field])

    def subset(self, fields: list[FieldText]) -> RecordFacts:
        """A view of these facts that reads only ``fields`` (shares every other cache)."""
        # A plain dict copy, which is several times cheaper than copy.copy.
        view = object.__new__(RecordFacts)
        view.__dict__.update(self.__dict__, fields=fields,
                             _fields_by_path={field.path: field for field in fields},
                             prose_fields=[field for field in fields if field.prose],
                             identify_fields=[field for field in fields if field.identify])
        return view

    def remember(self, key: str, compute: Any) -> Any:
        """Cache a value computed by one check for the others (``compute`` is a callable)."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]
