"""C1: identifying details in what is published."""

from __future__ import annotations

import bisect
from typing import Any

from ...field_cache import FieldCache
from .. import c1_gates, spelling
from ..context import CheckContext
from ..contextual import contextual_detections, number_detections
from ..detection import Detection
from ..facts import RecordFacts
from ..identifiers import Detector
from ..issue import BLOCKING, INFO, WARNING, Issue
from ..localfiles import document_facts, jpeg_has_gps, resolve
from ..registry import check
from ..text import FieldText
from ..welsh import field_language, is_welsh
from ..welsh_names import without_welsh_words
from .common import field_issue, text_issue

#: Two kinds of result per field (detections, jigsaw scores).
_FIELD_CACHE: FieldCache[Any] = FieldCache(4096)


def _key(kind: str, facts: RecordFacts, field: FieldText) -> tuple[Any, ...]:
    return kind, facts.fingerprint_id, field.text, field.prose, field.markdown is not None


def _cached(kind: str, facts: RecordFacts, field: FieldText, compute: Any) -> Any:
    """A per-field result kept across runs while the field and the record's facts agree."""
    key = _key(kind, facts, field)
    value = _FIELD_CACHE.get(key)
    if value is None:
        value = compute()
        _FIELD_CACHE.put(key, value)
    return value


#: The gated detectors, in the order their findings are kept, each with its gate's name:
#: those reading every field, then those reading prose only.
_EVERY_FIELD: tuple[tuple[str, Any], ...] = (
    (c1_gates.ADDRESSES, Detector.addresses),
    (c1_gates.SETTINGS, Detector.settings_and_workplaces),
    (c1_gates.DIRECT, Detector.direct_identifiers),
    (c1_gates.NUMBERS, number_detections))
_PROSE: tuple[tuple[str, Any], ...] = (
    (c1_gates.AGES, Detector.ages),
    (c1_gates.DATES, Detector.dates),
    (c1_gates.PSEUDONYMS, Detector.pseudonym_forms))
_IN_PROSE = _EVERY_FIELD + _PROSE


def _detect_field(detector: Detector, field: FieldText,
                  runs: frozenset[str] = c1_gates.GATED) -> list[Detection]:
    """The field's detections; of the gated detectors only those in ``runs`` are asked (the
    others can find nothing in it)."""
    facts = detector.facts
    found: list[Detection] = []
    for name, detect in _IN_PROSE if field.prose else _EVERY_FIELD:
        if name in runs:
            found += detect(detector, field)
    if field.prose:
        found += detector.practitioners(field)
        skip = [(d.start, d.end) for d in found if d.code in ("C1.4", "C1.5", "C1.11")]
        if facts.ctx.denylist is not None:
            skip += facts.ctx.denylist.matches(field.text,
                                               facts.settings.denylist_fuzzy_min_length)
        welsh = is_welsh(field_language(facts.record, field.path))
        found += contextual_detections(detector, field, skip, welsh)
        if welsh:
            found = without_welsh_words(found)
    return _first_of_overlapping(_without_reference_days(found))


def _without_reference_days(found: list[Detection]) -> list[Detection]:
    """"CAD 1234 of 03/05/21": the day a police log was opened is part of its reference, not a
    date in someone's life as well."""
    references = [(d.start, d.end) for d in found if d.kind == "case_number"]
    if not references:
        return found
    return [d for d in found if not (d.code == "C1.3" and d.kind == "date" and any(
        start <= d.start and d.end <= end for start, end in references))]


def _first_of_overlapping(found: list[Detection]) -> list[Detection]:
    """One detection per detail and check: the earlier detectors' wording wins."""
    kept: list[Detection] = []
    for detection in found:
        if not any(k.code == detection.code and k.start < detection.end
                   and detection.start < k.end for k in kept):
            kept.append(detection)
    return kept


def detections(facts: RecordFacts) -> dict[str, list[Detection]]:
    """All C1 detections per field path, computed once per run (and per changed field)."""

    def compute() -> dict[str, list[Detection]]:
        detector = Detector(facts)
        fields = facts.identify_fields
        _FIELD_CACHE.fit(2 * len(fields))
        keys = [_key("detections", facts, field) for field in fields]
        kept = [_FIELD_CACHE.get(key) for key in keys]
        # the gates read only the fields not kept from an earlier run (all of them on a first
        # check, the edited one on a re-check)
        runs = c1_gates.gated_runs(facts, [field for field, found in zip(fields, kept,
                                                                         strict=True)
                                           if found is None])
        result = {}
        for field, key, found in zip(fields, keys, kept, strict=True):
            if found is None:
                found = _FIELD_CACHE.get(key)  # found since, for a field of the same text
                if found is None:
                    found = _detect_field(detector, field, runs(field))
                    _FIELD_CACHE.put(key, found)
            result[field.path] = found
        return result

    return facts.remember("c1", compute)


def _by_code(facts: RecordFacts) -> dict[str, list[tuple[FieldText, Detection]]]:
    """The detections of each check, in field order: each check reads only its own."""

    def compute() -> dict[str, list[tuple[FieldText, Detection]]]:
        found = detections(facts)
        grouped: dict[str, list[tuple[FieldText, Detection]]] = {}
        for field in facts.identify_fields:
            for detection in found.get(field.path, ()):
                grouped.setdefault(detection.code, []).append((field, detection))
        return grouped

    return facts.remember("c1 by code", compute)


def _issues(facts: RecordFacts, code: str, severity_of: Any) -> list[Issue]:
    return [text_issue(code, severity_of(detection), field, detection.start, detection.end,
                       detection.message, detection.suggestion)
            for field, detection in _by_code(facts).get(code, ())]


@check("C1.1", BLOCKING, "Names of people in the case")
def protected_names(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    issues: list[Issue] = []
    denylist = ctx.denylist
    minimum = ctx.settings.denylist_fuzzy_min_length
    if denylist is not None and len(denylist):
        for field in facts.identify_fields:
            for match in denylist.find(field.text, minimum):
                found = field.text[match.start:match.end]
                if not match.exact and _ordinary_words(found):
                    continue
                issues.append(text_issue(
                    "C1.1", BLOCKING, field, match.start, match.end,
                    ("a protected term from this record's deny-list"
                     if match.exact else "a near miss of a protected term from the deny-list")
                    + f": “{found}”", "use the pseudonym, or leave it out"))
            if field.markdown is not None:
                issues += _denied_addresses(field, denylist, minimum)
    issues += _issues(facts, "C1.1", lambda d: BLOCKING if d.blocking else WARNING)
    return issues


def _ordinary_words(text: str) -> bool:
    """A one-typo match on everyday lower-case words ("walked" for "Walker") is noise."""
    words = text.split()
    return all(w.islower() and spelling.is_known(w) for w in words)


def _denied_addresses(field: FieldText, denylist: Any, minimum: int) -> list[Issue]:
    issues = []
    assert field.markdown is not None
    targets = [(link.href, link.source) for link in field.markdown.links]
    targets += [(image.src, image.source) for image in field.markdown.images]
    for address, source in targets:
        readable = address.replace("-", " ").replace("_", " ").replace("/", " ")
        if denylist.matches(readable, minimum):
            issues.append(Issue("C1.1", BLOCKING, field.path, source,
                                "a link or image address holds a protected term",
                                "rename the file or page"))
    return issues


@check("C1.2", WARNING, "Exact ages")
def exact_ages(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    severity = BLOCKING if facts.soaa else WARNING
    return _issues(facts, "C1.2", lambda d: severity)


@check("C1.3", WARNING, "Exact dates tied to people")
def exact_dates(record: Any, ctx: CheckContext) -> list[Issue]:
    return _issues(ctx.facts(record), "C1.3", lambda d: BLOCKING if d.blocking else WARNING)


@check("C1.4", BLOCKING, "Addresses and places")
def addresses(record: Any, ctx: CheckContext) -> list[Issue]:
    return _issues(ctx.facts(record), "C1.4", lambda d: BLOCKING)


@check("C1.5", WARNING, "Schools, settings and workplaces")
def settings_and_workplaces(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    return _issues(facts, "C1.5", lambda d: BLOCKING if facts.soaa else WARNING)


@check("C1.6", BLOCKING, "Direct identifiers")
def direct_identifiers(record: Any, ctx: CheckContext) -> list[Issue]:
    return _issues(ctx.facts(record), "C1.6", lambda d: BLOCKING)


def jigsaw_scores(record: Any, ctx: CheckContext) -> list[tuple[FieldText, int, int, int,
                                                              list[tuple[str, str, int]]]]:
    """(field, start, end, score, items) for each paragraph that mentions a person."""
    facts = ctx.facts(record)
    detector = Detector(facts)
    found = detections(facts)
    scored = []
    for field in facts.identify_fields:
        if not field.prose:
            continue
        paragraphs = _cached("jigsaw", facts, field, lambda field=field: _paragraph_scores(
            detector, field, found.get(field.path, [])))
        for start, end, score, items in paragraphs:
            scored.append((field, start, end, score, items))
    return scored


def _paragraph_scores(detector: Detector, field: FieldText,
                      found: list[Detection]) -> list[tuple[int, int, int, list[Any]]]:
    """(start, end, score, items) for each of the field's paragraphs that mention a person."""
    refs = detector.facts.subject_refs(field)
    if not refs:
        return []
    starts = [start for start, _ in refs]  # in order
    result = []
    for block in field.blocks:
        first = bisect.bisect_left(starts, block.start)
        if first == len(starts) or starts[first] >= block.end:
            continue  # no reference starts in the paragraph
        items = detector.jigsaw_items(field, block.start, block.end, found)
        result.append((block.start, block.end, sum(weight for _, _, weight in items), items))
    return result


@check("C1.7", WARNING, "Jigsaw identification")
def jigsaw(record: Any, ctx: CheckContext) -> list[Issue]:
    threshold = ctx.settings.jigsaw_threshold
    issues = []
    flagged: list[tuple[str, int, int]] = []
    for field, start, end, score, items in jigsaw_scores(record, ctx):
        if score < threshold:
            continue
        flagged.append((field.path, start, end))
        listed = "; ".join(f"{category.replace('_', ' ')} “{text}” ({weight})"
                           for category, text, weight in items if weight)
        issues.append(text_issue(
            "C1.7", WARNING, field, start, end,
            f"together these details could identify someone (score {score}, threshold "
            f"{threshold}): {listed}",
            "remove or generalise details until the score is below the threshold, and record "
            "a motivated-intruder note"))
    # a combination inside a paragraph already flagged is part of that finding
    facts = ctx.facts(record)
    paragraphs = []
    for path, start, end in flagged:
        flagged_field = facts.field(path)
        if flagged_field is not None:
            paragraphs.append((path, *flagged_field.source_span(start, end)))
    for issue in _issues(facts, "C1.7", lambda d: WARNING):
        span = issue.span or (0, 0)
        if not any(path == issue.field_path and start <= span[0] and span[1] <= end
                   for path, start, end in paragraphs):
            issues.append(issue)
    return issues


@check("C1.8", WARNING, "Pseudonym consistency")
def pseudonyms(record: Any, ctx: CheckContext) -> list[Issue]:
    return _issues(ctx.facts(record), "C1.8", lambda d: WARNING)


@check("C1.9", BLOCKING, "Images of people in the case")
def images(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    sensitivity = record.sensitivity
    has_subjects = bool(sensitivity and sensitivity.subjects)
    confirmed = bool(sensitivity and sensitivity.identifier_review
                     and sensitivity.identifier_review.images_show_no_subject)
    issues = []
    for field in facts.fields:
        if field.markdown is None:
            continue
        for image in field.markdown.images:
            if has_subjects and image.alt.strip() and not confirmed:
                issues.append(Issue(
                    "C1.9", BLOCKING, field.path, image.source,
                    "an image in a record about people in a case",
                    "confirm in the identifier review that no image shows a subject, or "
                    "mark the image decorative (empty alt text)"))
            if image.src and not image.src.startswith(("data:", "http:", "https:")):
                local = resolve(image.src, ctx.base_dir)
                if local.is_file() and jpeg_has_gps(local):
                    issues.append(Issue("C1.9", BLOCKING, field.path, image.source,
                                        "the image file holds GPS location data",
                                        "export strips it; remove it from the file as well"))
    return issues


@check("C1.10", BLOCKING, "Attachment metadata leaks")
def attachment_metadata(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    issues: list[Issue] = []
    names = {n.lower() for n in facts.organisation_names}
    for index, attachment in enumerate(record.attachments):
        if not attachment.path:
            continue
        local = resolve(attachment.path, ctx.base_dir)
        document = document_facts(local)
        if document is None or document.error:
            continue
        path = f"attachments.{index}.path"
        for key, value in document.metadata.items():
            lowered = value.lower()
            if key in ("Author", "Last modified by", "XMP creator") and lowered not in names:
                issues.append(field_issue("C1.10", BLOCKING, path,
                                          f"the file's {key} metadata names “{value}”",
                                          "clear the author or set it to the partnership"))
            if key == "Title" and ("microsoft word" in lowered or "draft" in lowered
                                   or lowered.endswith((".doc", ".docx"))):
                issues.append(field_issue("C1.10", BLOCKING, path,
                                          f"the file's title metadata is “{value}”",
                                          "set the title to the document's published title"))
            if ctx.denylist is not None and ctx.denylist.matches(value):
                issues.append(field_issue("C1.10", BLOCKING, path,
                                          f"the file's {key} metadata holds a protected term",
                                          "clear the metadata"))
        if document.comments:
            issues.append(field_issue("C1.10", BLOCKING, path,
                                      f"the file holds {document.comments} comment(s) or "
                                      "annotation(s)", "remove them before publishing"))
        if document.tracked_changes:
            issues.append(field_issue("C1.10", BLOCKING, path,
                                      f"the file holds {document.tracked_changes} tracked "
                                      "change(s)", "accept or reject all changes"))
        if document.hidden_layers:
            issues.append(field_issue("C1.10", BLOCKING, path, "the PDF has optional (hidden) "
                                      "layers", "flatten the PDF"))
        if ctx.denylist is not None and ctx.denylist.matches(document.text):
            issues.append(field_issue("C1.10", BLOCKING, path,
                                      "the file's text holds a protected term (text under a "
                                      "redaction box is still there)",
                                      "redact with a tool that removes the text"))
    return issues


@check("C1.11", INFO, "Practitioners and teams named")
def practitioners(record: Any, ctx: CheckContext) -> list[Issue]:
    """Professionals are not C1 findings: a named practitioner or team is a note."""
    return _issues(ctx.facts(record), "C1.11", lambda d: INFO)

