"""Sub-models shared by every kind of record (DOMAIN B4)."""

from __future__ import annotations

from datetime import date as Date

from pydantic import AwareDatetime

from .fields import Model, PartialDate, meta
from .vocab import (
    Access,
    AgeBand,
    AltFormat,
    ApprovalDecision,
    ApprovalRole,
    AttachmentRole,
    AvailabilityThen,
    PersonRoleType,
    ProceedingsStatus,
    PseudonymChosenBy,
    PublisherType,
    RelationType,
    SubjectRole,
)

SECTION_ID = r"^[a-z0-9][a-z0-9-]*$"
SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
GSS_CODE = r"^E0[6-9][0-9]{6}$"
READ_FROM_FILE = "Read from the file by File › Attach… or review-editor attach."


class Section(Model):
    id: str = meta("Web anchor", "Stable name for links to this section; never changed.",
                   default="section", pattern=SECTION_ID)
    heading: str = meta("Heading", "Plain text, shown as a level-2 heading. May be empty for "
                        "an opening section.", default="", widget="line", max_length=300)
    markdown: str = meta("Text", "Paragraphs, lists, links and tables in Markdown.",
                         default="", widget="markdown")
    heading_cy: str | None = meta("Heading (Cymraeg)", "The heading in Welsh, in a bilingual "
                                  "record.", widget="line", max_length=300)
    markdown_cy: str | None = meta("Text (Cymraeg)", "The text in Welsh, in a bilingual record.",
                                   widget="markdown")


class Quote(Model):
    text: str = meta("Quote", widget="text", default="")
    attributed_to: str = meta("Attributed to", "The person and their role, or for example "
                              "\"Maya's family\".", default="", widget="line")
    source: str | None = meta("Source", "Where it was said or published.", widget="line")
    text_cy: str | None = meta("Quote (Cymraeg)", widget="text")
    attributed_to_cy: str | None = meta("Attributed to (Cymraeg)", widget="line")
    source_cy: str | None = meta("Source (Cymraeg)", widget="line")


class FormerName(Model):
    name: str = meta("Former name", default="", widget="line")
    until: PartialDate | None = meta("Used until", widget="partial_date")


class PersonRole(Model):
    name: str = meta("Name", "Professionals and office holders only.", default="",
                     widget="line")
    post_nominals: str | None = meta("Post-nominals", "For example MBE.", widget="line")
    organisation: str | None = meta("Organisation", widget="line")
    role: PersonRoleType | None = meta("Role")
    independent: bool = meta("Independent", default=False)


class Organisation(Model):
    name: str = meta("Name", default="", widget="line", max_length=200)
    name_cy: str | None = meta("Name (Cymraeg)", widget="line", max_length=200)
    short_name: str | None = meta("Short name", widget="line")
    publisher_type: PublisherType | None = meta("Type of organisation")
    url: str | None = meta("Web address", "https address of the organisation's site.",
                           widget="url")
    email_domains: list[str] = meta("Email domains", "Domains its email addresses use.",
                                    default_factory=list, widget="tags")
    area_served: list[str] = meta("Area served", "Local authority names.",
                                  default_factory=list, widget="tags")
    area_codes: list[str] = meta("Area GSS codes", default_factory=list, widget="tags")
    statutory_partners: list[str] = meta("Statutory partners", default_factory=list,
                                         widget="tags")
    former_names: list[FormerName] = meta("Former names", default_factory=list)
    independent_chair: PersonRole | None = meta("Independent chair")
    independent_scrutineer: PersonRole | None = meta("Independent scrutineer")


class ContactPoint(Model):
    name: str | None = meta("Name", widget="line")
    name_cy: str | None = meta("Name (Cymraeg)", widget="line")
    email: str | None = meta("Email", widget="email")
    telephone: str | None = meta("Telephone", widget="line")
    url: str | None = meta("Web address", widget="url")


class Service(Model):
    name: str = meta("Service", default="", widget="line")
    phone: str | None = meta("Phone", widget="line")
    url: str | None = meta("Web address", widget="url")
    hours: str | None = meta("Hours", widget="line")


class ThemeRef(Model):
    # Empty until the theme is matched to the vocabulary: the default must load back too.
    id: str = meta("Theme id", default="", pattern=r"^([a-z0-9][a-z0-9-]*)?$")
    label: str = meta("Theme", default="", widget="line")


class Relation(Model):
    rel: RelationType = meta("Relation", default=RelationType.see_also)
    target_id: str | None = meta("Record id", "The id of a record in the workspace.",
                                 widget="line")
    url: str | None = meta("Web address", widget="url")


class AttachmentAccessibility(Model):
    tagged_pdf: bool | None = meta("Tagged PDF")
    has_title_metadata: bool | None = meta("Title in metadata")
    lang_set: bool | None = meta("Language set")
    checker: str | None = meta("Checked with", widget="line")
    checked_on: Date | None = meta("Checked on")
    known_issues: str | None = meta("Known issues", widget="text")
    accessible_alternative_id: str | None = meta("Accessible alternative", widget="line")


class Attachment(Model):
    id: str | None = meta("Attachment id", "Needed only when something refers to it.",
                          widget="line")
    title: str = meta("Title", default="", widget="line")
    title_cy: str | None = meta("Title (Cymraeg)", widget="line")
    role: AttachmentRole = meta("Role", default=AttachmentRole.other)
    path: str | None = meta("Local file", "A file beside the record (relative to its folder); "
                            "never published.", widget="line", private=True)
    url: str | None = meta("Web address", widget="url")
    media_type: str | None = meta("Media type", "For example application/pdf.",
                                  widget="line")
    size_bytes: int | None = meta("Size in bytes", READ_FROM_FILE, ge=0)
    pages: int | None = meta("Pages", READ_FROM_FILE, ge=1)
    language: str | None = meta("Language", widget="line")
    sha256: str | None = meta("SHA-256", "The file's fingerprint when its details were read: "
                              "the checks notice a file changed since.", widget="line",
                              pattern=r"^[0-9a-f]{64}$")
    published_on: Date | None = meta("Published on")
    version: str | None = meta("Version", widget="line")
    is_primary: bool = meta("Primary document", default=False)
    accessibility: AttachmentAccessibility | None = meta("Accessibility")
    alt_formats: list[AltFormat] = meta("Alternative formats", default_factory=list)
    access: Access = meta("Access", default=Access.public)


class Link(Model):
    text: str = meta("Link text", "Say where the link goes; never \"click here\".",
                     default="", widget="line")
    text_cy: str | None = meta("Link text (Cymraeg)", widget="line")
    url: str = meta("Web address", default="", widget="url")
    role: AttachmentRole = meta("Role", default=AttachmentRole.other)


class Embargo(Model):
    until: AwareDatetime = meta("Embargoed until", "Europe/London time; 00:01 rather than "
                                "midnight.", default=...)
    reason: str | None = meta("Reason", widget="line")
    recipients: list[str] = meta("Recipients", default_factory=list, widget="tags")
    applies_to_attachments: bool = meta("Applies to attachments", default=True)


class ChangeLogEntry(Model):
    date: Date = meta("Date", default=...)
    note: str = meta("Change", default="", widget="line")
    note_cy: str | None = meta("Change (Cymraeg)", widget="line")


class Availability(Model):
    min_online_until: Date | None = meta("Online at least until")
    then: AvailabilityThen | None = meta("Then")


class Provenance(Model):
    source_url: str | None = meta("Source address", widget="url")
    source_file: str | None = meta("Source file", widget="line")
    imported_on: AwareDatetime | None = meta("Imported on")
    removed_boilerplate: list[str] = meta("Boilerplate removed", default_factory=list,
                                          widget="tags")
    cleanups: list[str] = meta("Clean-ups", default_factory=list, widget="tags")


class TranslationMark(Model):
    """A Welsh text and the English text it was translated from, as fingerprints."""

    welsh: str = meta("Welsh text", "Fingerprint of the Welsh text.", default="",
                      widget="line")
    english: str = meta("English text", "Fingerprint of the English text it translates.",
                        default="", widget="line")


class OverriddenFinding(Model):
    code: str = meta("Check", default="", widget="line")
    field_path: str | None = meta("Field", widget="line")


class Approval(Model):
    role: ApprovalRole | None = meta("Role")
    name: str = meta("Name", default="", widget="line")
    date: Date | None = meta("Date")
    decision: ApprovalDecision | None = meta("Decision")
    note: str | None = meta("Note", widget="text")
    record_hash: str | None = meta("Record version hash", widget="line")
    reason: str | None = meta("Override reason", widget="text")
    overridden: list[OverriddenFinding] = meta("Findings overridden", default_factory=list)


class Subject(Model):
    pseudonym: str = meta("Pseudonym", "Never a real name.", default="", widget="line")
    role: SubjectRole | None = meta("Role")
    age_band: AgeBand | None = meta("Age band", "A band, never an exact age.")
    pseudonym_chosen_by: PseudonymChosenBy | None = meta("Pseudonym chosen by")


class ReportingRestriction(Model):
    type: str = meta("Type of order", default="", widget="line")
    order_ref: str | None = meta("Order reference", widget="line")
    expires: Date | None = meta("Expires")


class IdentifierReview(Model):
    reviewer: str | None = meta("Reviewer", widget="line")
    date: Date | None = meta("Date")
    motivated_intruder_notes: str | None = meta("Motivated-intruder notes", widget="text")
    images_show_no_subject: bool | None = meta("Images show no subject")


class IdentifiabilityScore(Model):
    score: int | None = meta("Score", ge=0)
    computed_at: AwareDatetime | None = meta("Computed at")


class Sensitivity(Model):
    subjects: list[Subject] = meta("Subjects (pseudonyms)", default_factory=list)
    named_professionals: list[str] = meta(
        "Named professionals", "People the page may name in their professional role (for "
        "example panel members): the identification checks do not report their names.",
        default_factory=list)
    not_names: list[str] = meta(
        "Not names in this record", "Words the identification checks took for a person's "
        "name that are not one here (a service, a place, a phrase): they are not reported "
        "again in this record.", default_factory=list)
    sexual_offence_context: bool | None = meta(
        "Sexual-offence context", "Victims of sexual offences have lifelong anonymity "
        "(Sexual Offences (Amendment) Act 1992).")
    proceedings_status: ProceedingsStatus | None = meta("Criminal proceedings")
    proceedings_concluded_on: Date | None = meta("Proceedings concluded on")
    proceedings_checked_by: str | None = meta("Proceedings checked by", widget="line")
    proceedings_checked_on: Date | None = meta("Proceedings checked on")
    reporting_restrictions: list[ReportingRestriction] = meta(
        "Reporting restrictions", default_factory=list)
    inquest_status: str | None = meta("Inquest status", widget="line")
    family_consulted_on: Date | None = meta("Family consulted on")
    family_told_publication_date_on: Date | None = meta("Family told the publication date on")
    family_consent_for_quotes: bool | None = meta("Family consent for quotes")
    identifier_review: IdentifierReview | None = meta("Identifier review")
    dpia_ref: str | None = meta("DPIA reference", widget="line")
    identifiability_score: IdentifiabilityScore | None = meta("Identifiability score")
