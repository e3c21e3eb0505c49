"""C7: links and attachments, checked offline (an address's form, a local file's bytes)."""

from __future__ import annotations

import ipaddress
import re
from fnmatch import fnmatch
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ...model.dates import earliest_day
from ...model.vocab import AttachmentRole, PublicationForm
from ...render.markdown import hidden_host
from ...storage.special import NotRegularFile, ensure_regular_file
from ..context import CheckContext
from ..detection import digits
from ..issue import BLOCKING, INFO, WARNING, Issue
from ..localfiles import EXTENSION_TYPES, document_facts, file_sha256, resolve, sniff
from ..registry import check
from ..workdays import days_after
from .common import field_issue

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
PRIMARY_ROLES = {AttachmentRole.full_report, AttachmentRole.executive_summary,
                 AttachmentRole.learning_brief}


def url_problem(url: str, tracking: list[str], *, allow_mail: bool = True) -> str | None:
    """Why an address would break or leak once published, or None."""
    value = url.strip()
    if not value:
        return None
    if value.startswith("\\\\") or value.startswith("//"):
        return "a network path or protocol-relative address"
    hidden = hidden_host(value)
    if hidden is not None:
        return (f"a deceptive address: it reads as “{hidden[0]}” but goes to "
                f"{hidden[1] or 'no host'} (user information before the host)")
    if "\\" in value:
        return "a backslash in the address (browsers and other programs disagree on where " \
               "it goes)"
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme in ("mailto", "tel"):
        return None if allow_mail else f"a {scheme}: address where a web address is needed"
    if scheme == "file":
        return "a file: address points at someone's computer"
    if not scheme:
        return "a relative address (the page would drop it)"
    if scheme != "https":
        return f"an address starting {scheme}: (use https)"
    host = (parts.hostname or "").lower()
    if not host:
        return "an address with no host"
    if host == "localhost" or host.endswith(".localhost") or host.endswith(".local"):
        return "an address on this computer or network"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None and (address.is_private or address.is_loopback
                                or address.is_link_local or address.is_reserved):
        return "an address on a private network"
    for name, _ in parse_qsl(parts.query, keep_blank_values=True):
        if any(fnmatch(name.lower(), pattern) for pattern in tracking):
            return f"a tracking parameter ({name})"
    return None


def _urls(record: Any, ctx: CheckContext) -> list[tuple[str, tuple[int, int] | None, str, bool]]:
    """(field path, span, address, mailto/tel allowed) for every address the page holds."""
    found: list[tuple[str, tuple[int, int] | None, str, bool]] = []
    for field in ctx.facts(record).fields:
        if field.markdown is None:
            continue
        for link in field.markdown.links:
            found.append((field.path, link.source, link.href, True))
    for index, link in enumerate(record.links):
        found.append((f"links.{index}.url", None, link.url, True))
    for index, attachment in enumerate(record.attachments):
        if attachment.url:
            found.append((f"attachments.{index}.url", None, attachment.url, False))
    single = [("publisher.url", record.publisher.url if record.publisher else None),
              ("contact.url", record.contact.url if record.contact else None),
              ("about_review_url", getattr(record, "about_review_url", None))]
    media = getattr(record, "media_contact", None)
    if media is not None:
        single.append(("media_contact.url", media.url))
    for path, value in single:
        if value:
            found.append((path, None, value, False))
    for index, service in enumerate(record.signposting):
        if service.url:
            found.append((f"signposting.{index}.url", None, service.url, False))
    for index, relation in enumerate(record.related):
        if relation.url:
            found.append((f"related.{index}.url", None, relation.url, False))
    for index, ref in enumerate(getattr(record, "source_reviews", [])):
        if ref.url:
            found.append((f"source_reviews.{index}.url", None, ref.url, False))
    if record.review is not None:
        for index, assessment in enumerate(record.review.external_assessments):
            if assessment.source_url:
                found.append((f"review.external_assessments.{index}.source_url", None,
                              assessment.source_url, False))
    return found


@check("C7.1", BLOCKING, "Web addresses")
def url_syntax(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for path, span, url, allow_mail in _urls(record, ctx):
        problem = url_problem(url, ctx.settings.tracking_parameters, allow_mail=allow_mail)
        if problem:
            issues.append(Issue("C7.1", BLOCKING, path, span, f"{problem}: {url}",
                                "use the full https:// address of the public page"))
    return issues


@check("C7.3", BLOCKING, "Local files")
def local_files(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for index, attachment in enumerate(record.attachments):
        if not attachment.path:
            continue
        path = f"attachments.{index}.path"
        local = resolve(attachment.path, ctx.base_dir)
        try:
            size = ensure_regular_file(local).st_size
        except NotRegularFile as error:
            issues.append(field_issue("C7.3", BLOCKING, path,
                                      f"{attachment.path} is not a document: {error.strerror}",
                                      "attach the document itself"))
            continue
        except (OSError, ValueError):
            issues.append(field_issue("C7.3", BLOCKING, path,
                                      f"the file {attachment.path} is missing",
                                      "put the file beside the record, or correct the path"))
            continue
        if attachment.size_bytes is not None and attachment.size_bytes != size:
            issues.append(field_issue("C7.3", BLOCKING, f"attachments.{index}.size_bytes",
                                      f"the file has {size} bytes, not {attachment.size_bytes}",
                                      "refresh the document's details"))
        if attachment.sha256 and attachment.sha256 != file_sha256(local):
            issues.append(field_issue("C7.3", BLOCKING, f"attachments.{index}.sha256",
                                      "the file has changed since its details were recorded",
                                      "refresh the document's details"))
        sniffed = _sniffed(local)
        declared = (attachment.media_type or "").lower()
        by_extension = EXTENSION_TYPES.get(local.suffix.lower())
        if sniffed and declared and sniffed != declared:
            issues.append(field_issue("C7.3", BLOCKING, f"attachments.{index}.media_type",
                                      f"the file is {sniffed}, not {declared}",
                                      "correct the type or the file"))
        if sniffed and by_extension and sniffed != by_extension:
            issues.append(field_issue("C7.3", BLOCKING, path,
                                      f"the file's content ({sniffed}) does not match its "
                                      f"extension {local.suffix}", "rename or replace the file"))
        document = document_facts(local)
        if document is not None and document.limit:
            issues.append(field_issue("C7.3", WARNING, path,
                                      f"{attachment.path} was not inspected for metadata, "
                                      f"comments and hidden text: {document.limit}",
                                      "check the document by hand before publishing"))
    return issues


def _sniffed(local: Any) -> str | None:
    try:
        return sniff(local)
    except OSError:
        return None


@check("C7.4", WARNING, "File names")
def file_names(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for index, attachment in enumerate(record.attachments):
        for name, value in (("path", attachment.path), ("url", attachment.url)):
            if not value:
                continue
            filename = PurePosixPath(urlsplit(value).path if name == "url" else
                                     value.replace("\\", "/")).name
            if " " in filename or "%20" in filename or filename != filename.lower():
                issues.append(field_issue("C7.4", WARNING, f"attachments.{index}.{name}",
                                          f"the file name “{filename}” has spaces or capitals",
                                          "use lower-case words joined by hyphens"))
    return issues


@check("C7.5", BLOCKING, "Primary document")
def primary_document(record: Any, ctx: CheckContext) -> list[Issue]:
    if record.kind != "review_notice" or record.review is None:
        return []
    if record.review.publication_form == PublicationForm.not_published:
        return []
    primary = [a for a in record.attachments if a.is_primary and a.role in PRIMARY_ROLES]
    if len(primary) == 1 and sum(a.is_primary for a in record.attachments) == 1:
        return []
    return [field_issue("C7.5", BLOCKING, "attachments",
                        f"{len(primary)} primary documents: a review page has exactly one "
                        "(the full report, executive summary or learning brief)",
                        "mark one document as primary")]


@check("C7.6", WARNING, "Related records")
def related_records(record: Any, ctx: CheckContext) -> list[Issue]:
    workspace = ctx.workspace
    issues = []
    targets = [(f"related.{i}.target_id", r.target_id) for i, r in enumerate(record.related)]
    targets.append(("about_review_id", getattr(record, "about_review_id", None)))
    refs = getattr(record, "source_reviews", [])
    targets += [(f"source_reviews.{i}.target_id", r.target_id) for i, r in enumerate(refs)]
    for path, target in targets:
        if target and str(target) not in workspace:
            issues.append(field_issue("C7.6", WARNING, path,
                                      f"no record with the id {target} in this workspace",
                                      "open the workspace that holds it, or correct the link"))
    if record.kind == "learning_brief":
        release = ctx.facts(record).release_day
        for index, ref in enumerate(refs):
            entry = workspace.get(str(ref.target_id)) if ref.target_id else None
            source_day = entry.release_day if entry else (
                earliest_day(ref.published_on) if ref.published_on else None)
            if release and source_day and source_day > release:
                issues.append(field_issue(
                    "C7.6", WARNING, f"source_reviews.{index}.published_on",
                    f"the brief is published ({release}) before its source review "
                    f"({source_day})", "publish the brief on or after the review"))
    return issues


@check("C7.7", INFO, "Retention")
def retention(record: Any, ctx: CheckContext) -> list[Issue]:
    availability = record.availability
    if availability is None or availability.min_online_until is None:
        return []
    today = ctx.now.date()
    notice = days_after(availability.min_online_until, -ctx.settings.retention_notice_days)
    submitted = record.review and record.review.nspcc_repository and \
        record.review.nspcc_repository.submitted_on
    if notice <= today and not submitted:
        return [field_issue("C7.7", INFO, "availability.min_online_until",
                            f"the page must stay online until {availability.min_online_until}",
                            "submit the review to the NSPCC repository and record the date")]
    return []


@check("C7.8", WARNING, "Contact details")
def contact_details(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    domains = facts.email_domains
    helplines = {digits(n) for n in ctx.settings.helpline_numbers}
    issues = []
    contacts = [("contact", record.contact), ("media_contact", getattr(record, "media_contact",
                                                                       None))]
    for name, contact in contacts:
        if contact is None:
            continue
        if contact.email:
            email = contact.email.strip()
            domain = email.rsplit("@", 1)[-1].lower()
            if not _EMAIL.match(email):
                issues.append(field_issue("C7.8", WARNING, f"{name}.email",
                                          f"“{email}” is not an email address", "correct it"))
            elif domains and not any(domain == d or domain.endswith("." + d) for d in domains):
                issues.append(field_issue("C7.8", WARNING, f"{name}.email",
                                          f"“{email}” is not on the publisher's domains "
                                          f"({', '.join(domains)})",
                                          "use the partnership's address"))
        if contact.telephone and not _uk_number(contact.telephone, helplines):
            issues.append(field_issue("C7.8", WARNING, f"{name}.telephone",
                                      f"“{contact.telephone}” is not a UK telephone number",
                                      "write it as 01632 960 418"))
    for index, service in enumerate(record.signposting):
        if service.phone and not _uk_number(service.phone, helplines):
            issues.append(field_issue("C7.8", WARNING, f"signposting.{index}.phone",
                                      f"“{service.phone}” is not a UK telephone number",
                                      "check the number"))
    return issues


def _uk_number(value: str, helplines: set[str]) -> bool:
    if re.search(r"[^\d\s()+-]", value):
        return False
    number = digits(value)
    return number in helplines or (number.startswith("0") and len(number) in (10, 11))


@check("C7.9", WARNING, "Slug")
def slug_unique(record: Any, ctx: CheckContext) -> list[Issue]:
    if not record.slug:
        return []
    clashes = [e for key, e in ctx.workspace.items()
               if key != str(record.id) and e.slug == record.slug]
    if clashes:
        return [field_issue("C7.9", WARNING, "slug",
                            f"another record uses the slug “{record.slug}”: {clashes[0].title}",
                            "choose a different slug")]
    return []
