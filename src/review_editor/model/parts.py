"""Sub-models shared by every kind of record (DOMAIN B4)."""

# Annotations are evaluated as the classes are made (no ``from __future__ import
# annotations``): pydantic would otherwise compile each one from its text, about 10 ms
# over the record models at start.

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
    text: str = meta(
        "Quote", "The words quoted, exactly as said or written.", widget="text", default="")
    attributed_to: str = meta("Attributed to", "The person and their role, or for example "
                              "\"Maya's family\".", default="", widget="line")
    source: str | None = meta("Source", "Where it was said or published.", widget="line")
    text_cy: str | None = meta(
        "Quote (Cymraeg)", "The quote in Welsh, in a bilingual record.", widget="text")
    attributed_to_cy: str | None = meta(
        "Attributed to (Cymraeg)", "Who said it, in Welsh, in a bilingual record.", widget="line")
    source_cy: str | None = meta(
        "Source (Cymraeg)", "Where it was said or published, in Welsh, in a bilingual record.",
        widget="line")


class FormerName(Model):
    name: str = meta(
        "Former name", "A name the organisation used before.", default="", widget="line")
    until: PartialDate | None = meta(
        "Used until", "When it stopped using that name; a year or month and year is enough.",
        widget="partial_date")


class PersonRole(Model):
    name: str = meta("Name", "Professionals and office holders only.", default="",
                     widget="line")
    post_nominals: str | None = meta("Post-nominals", "For example MBE.", widget="line")
    organisation: str | None = meta(
        "Organisation", "The organisation the person works for.", widget="line")
    organisation_cy: str | None = meta(
        "Organisation (Cymraeg)", "The organisation's name in Welsh, in a bilingual record.",
        widget="line")
    role: PersonRoleType | None = meta(
        "Role", "Their professional role, for example independent reviewer or chair.")
    independent: bool = meta(
        "Independent", "Tick if the person is independent of the agencies involved in the review.",
        default=False)


class Organisation(Model):
    name: str = meta(
        "Name", "The organisation's full name, as it appears on its own site.",
        default="", widget="line", max_length=200)
    name_cy: str | None = meta(
        "Name (Cymraeg)", "The organisation's name in Welsh, in a bilingual record.",
        widget="line", max_length=200)
    short_name: str | None = meta(
        "Short name", "A shorter name readers know it by, for example its initials.", widget="line")
    publisher_type: PublisherType | None = meta(
        "Type of organisation", "What kind of body it is, for example a children's safeguarding "
        "partnership or a safeguarding adults board.")
    url: str | None = meta("Web address", "https address of the organisation's site.",
                           widget="url")
    email_domains: list[str] = meta("Email domains", "Domains its email addresses use.",
                                    default_factory=list, widget="tags")
    area_served: list[str] = meta("Area served", "Local authority names.",
                                  default_factory=list, widget="tags")
    area_codes: list[str] = meta(
        "Area codes (GSS)", "The official codes of the local authority areas it serves (they start"
        " E06 to E09); leave empty if you do not know them.", default_factory=list, widget="tags")
    statutory_partners: list[str] = meta(
        "Statutory partners", "The organisations that make up the partnership, for example the "
        "council, the police force and the integrated care board.",
        default_factory=list, widget="tags")
    former_names: list[FormerName] = meta(
        "Former names", "Names the organisation used before, so older reviews published under them"
        " are still recognised.", default_factory=list)
    independent_chair: PersonRole | None = meta(
        "Independent chair", "The board's independent chair, a professional who may be named.")
    independent_scrutineer: PersonRole | None = meta(
        "Independent scrutineer", "The partnership's independent scrutineer, a professional who "
        "may be named.")


class ContactPoint(Model):
    name: str | None = meta(
        "Name", "The team or office readers should contact, for example the partnership business "
        "unit.", widget="line")
    name_cy: str | None = meta(
        "Name (Cymraeg)", "The contact's name in Welsh, in a bilingual record.", widget="line")
    email: str | None = meta(
        "Email", "An email address at the publisher's own domain.", widget="email")
    telephone: str | None = meta("Telephone", "A telephone number readers can call.", widget="line")
    url: str | None = meta(
        "Web address", "A web page with contact details (https://…).", widget="url")


class Service(Model):
    name: str = meta(
        "Service", "The service's name, for example a helpline.", default="", widget="line")
    name_cy: str | None = meta(
        "Service (Cymraeg)", "The service's name in Welsh, in a bilingual record.", widget="line")
    phone: str | None = meta("Phone", "The service's phone number.", widget="line")
    url: str | None = meta("Web address", "The service's web address (https://…).", widget="url")
    hours: str | None = meta(
        "Hours", "When the service is open, for example “24 hours a day”.", widget="line")
    hours_cy: str | None = meta(
        "Hours (Cymraeg)", "When the service is open, in Welsh, for example “24 awr y dydd”, in "
        "a bilingual record.", widget="line")


class ThemeRef(Model):
    # Empty until the theme is matched to the vocabulary: the default must load back too.
    id: str = meta(
        "Theme id", "The theme's short name in the partnership's list; filled in when the theme is"
        " matched.", default="", pattern=r"^([a-z0-9][a-z0-9-]*)?$")
    label: str = meta(
        "Theme", "The theme as readers see it, for example Neglect.", default="", widget="line")


class Relation(Model):
    rel: RelationType = meta(
        "Relation", "How the other record relates to this one, for example “has learning brief”.",
        default=RelationType.see_also)
    target_id: str | None = meta("Record id", "The id of a record in the workspace.",
                                 widget="line")
    url: str | None = meta(
        "Web address", "The other page's web address (https://…), if it is not a record in the "
        "workspace.", widget="url")


class AttachmentAccessibility(Model):
    tagged_pdf: bool | None = meta(
        "Tagged PDF", "Tick if the PDF is tagged, so screen readers can follow its structure.")
    has_title_metadata: bool | None = meta(
        "Title in metadata", "Tick if the document's properties hold its title.")
    lang_set: bool | None = meta(
        "Language set", "Tick if the document's properties say which language it is in.")
    checker: str | None = meta(
        "Checked with", "The tool or person that checked the document's accessibility.",
        widget="line")
    checked_on: Date | None = meta(
        "Checked on", "The date the document's accessibility was checked.")
    known_issues: str | None = meta(
        "Known issues", "Accessibility problems the document still has.", widget="text")
    known_issues_cy: str | None = meta(
        "Known issues (Cymraeg)", "The known accessibility problems in Welsh, in a bilingual "
        "record.", widget="text")
    accessible_alternative_id: str | None = meta(
        "Accessible alternative", "The id of another document that is an accessible version of "
        "this one.", widget="line")


class Attachment(Model):
    id: str | None = meta("Attachment id", "Needed only when something refers to it.",
                          widget="line")
    title: str = meta("Title", "The document's title as readers see it.", default="", widget="line")
    title_cy: str | None = meta(
        "Title (Cymraeg)", "The document's title in Welsh, in a bilingual record.", widget="line")
    role: AttachmentRole = meta(
        "Role", "What the document is, for example the full report or an executive summary.",
        default=AttachmentRole.other)
    path: str | None = meta("Local file", "A file beside the record (relative to its folder); "
                            "never published.", widget="line", private=True)
    url: str | None = meta(
        "Web address", "Where the document is published (https://…), if it is not a file beside "
        "the record.", widget="url")
    media_type: str | None = meta(
        "File type", "The kind of file, for example application/pdf for a PDF; it must match "
        "the file.", widget="line")
    size_bytes: int | None = meta("Size in bytes", READ_FROM_FILE, ge=0)
    pages: int | None = meta("Pages", READ_FROM_FILE, ge=1)
    language: str | None = meta(
        "Language", "The document's language, for example en-GB, or cy for Welsh.", widget="line")
    sha256: str | None = meta(
        "File fingerprint (SHA-256)", "The file's fingerprint when its details were read: the "
        "checks notice a file changed since.", widget="line", pattern=r"^[0-9a-f]{64}$")
    published_on: Date | None = meta("Published on", "The date the document was published.")
    version: str | None = meta(
        "Version", "The document's version, if it has one, for example “final” or “2.1”.",
        widget="line")
    is_primary: bool = meta(
        "Primary document", "Tick for the main document of the page, usually the full report.",
        default=False)
    accessibility: AttachmentAccessibility | None = meta(
        "Accessibility", "What is known about how accessible the document is.")
    alt_formats: list[AltFormat] = meta(
        "Alternative formats", "Other formats the document is available in, such as easy read or "
        "large print.", default_factory=list)
    access: Access = meta(
        "Access", "Whether anyone can download the document, or it is sent on request.",
        default=Access.public)


class Link(Model):
    text: str = meta("Link text", "Say where the link goes; never \"click here\".",
                     default="", widget="line")
    text_cy: str | None = meta(
        "Link text (Cymraeg)", "The link text in Welsh, in a bilingual record.", widget="line")
    url: str = meta(
        "Web address", "Where the link goes: https://…, or mailto: or tel:.",
        default="", widget="url")
    role: AttachmentRole = meta(
        "Role", "What the link leads to, for example the full report.",
        default=AttachmentRole.other)


class Embargo(Model):
    until: AwareDatetime = meta("Embargoed until", "Europe/London time; 00:01 rather than "
                                "midnight.", default=...)
    reason: str | None = meta(
        "Reason", "Why the page is embargoed, for example until the family has been told.",
        widget="line")
    recipients: list[str] = meta(
        "Recipients", "Who is sent the page before the embargo ends, for example journalists or "
        "partner agencies.", default_factory=list, widget="tags")
    applies_to_attachments: bool = meta(
        "Applies to attachments", "Tick if the documents are held back until the embargo ends too.",
        default=True)


class ChangeLogEntry(Model):
    date: Date = meta("Date", "The date of the change.", default=...)
    note: str = meta(
        "Change", "What changed, in a few words readers will understand.",
        default="", widget="line")
    note_cy: str | None = meta(
        "Change (Cymraeg)", "What changed, in Welsh, in a bilingual record.", widget="line")


class Availability(Model):
    min_online_until: Date | None = meta(
        "Online at least until", "The page stays online at least until this date; for a local "
        "child safeguarding practice review, at least a year after publication.")
    then: AvailabilityThen | None = meta(
        "Then", "What happens to the report after that date: the NSPCC repository, on request, or "
        "an archive.")


class Provenance(Model):
    source_url: str | None = meta(
        "Source address", "The web address the page was imported from. Never published.",
        widget="url")
    source_file: str | None = meta(
        "Source file", "The file the page was imported from. Never published.", widget="line")
    imported_on: AwareDatetime | None = meta(
        "Imported on", "When the page was imported. Never published.")
    removed_boilerplate: list[str] = meta(
        "Boilerplate removed", "Standard site text removed on import, for example the cookie "
        "notice. Never published.", default_factory=list, widget="tags")
    cleanups: list[str] = meta(
        "Clean-ups", "What was tidied on import, for example spacing or quotation marks. Never "
        "published.", default_factory=list, widget="tags")


class TranslationMark(Model):
    """A Welsh text and the English text it was translated from, as fingerprints."""

    welsh: str = meta("Welsh text", "Fingerprint of the Welsh text.", default="",
                      widget="line")
    english: str = meta("English text", "Fingerprint of the English text it translates.",
                        default="", widget="line")


class OverriddenFinding(Model):
    code: str = meta(
        "Check", "The code of the check finding let through. Never published.",
        default="", widget="line")
    field_path: str | None = meta(
        "Field", "The field the finding was about. Never published.", widget="line")


class Approval(Model):
    role: ApprovalRole | None = meta(
        "Role", "The approver's role, for example chair, legal or communications. Never published.")
    name: str = meta("Name", "The approver's name. Never published.", default="", widget="line")
    date: Date | None = meta("Date", "The date of the decision. Never published.")
    decision: ApprovalDecision | None = meta(
        "Decision", "What the approver decided: approve, ask for changes, or override blocking "
        "findings. Never published.")
    note: str | None = meta(
        "Note", "Anything the approver wants recorded with the decision. Never published.",
        widget="text")
    record_hash: str | None = meta(
        "Version approved", "Identifies the exact version of the record approved; filled in "
        "automatically. Never published.", widget="line")
    reason: str | None = meta(
        "Override reason", "Why the approver let blocking check findings through; needed for an "
        "override. Never published.", widget="text")
    overridden: list[OverriddenFinding] = meta(
        "Findings overridden", "The blocking check findings this override lets through. Never "
        "published.", default_factory=list)


class Subject(Model):
    pseudonym: str = meta("Pseudonym", "Never a real name.", default="", widget="line")
    role: SubjectRole | None = meta(
        "Role", "Who the person is in the review, for example the child, an adult or a family "
        "member. Never published.")
    age_band: AgeBand | None = meta("Age band", "A band, never an exact age.")
    pseudonym_chosen_by: PseudonymChosenBy | None = meta(
        "Pseudonym chosen by", "Who chose the pseudonym: the family, the board or the reviewer. "
        "Never published.")


class ReportingRestriction(Model):
    type: str = meta(
        "Type of order", "The kind of court order, for example a section 45 order. Never "
        "published.", default="", widget="line")
    order_ref: str | None = meta(
        "Order reference", "The court's reference for the order. Never published.", widget="line")
    expires: Date | None = meta(
        "Expires", "When the order ends, if it has an end date. Never published.")


class IdentifierReview(Model):
    reviewer: str | None = meta(
        "Reviewer", "Who read the page for identifying details. Never published.", widget="line")
    date: Date | None = meta("Date", "When they read it. Never published.")
    motivated_intruder_notes: str | None = meta(
        "Notes on what could identify someone", "What someone determined to find out who the "
        "people are could piece together from the page, and what was changed. Never published.",
        widget="text")
    images_show_no_subject: bool | None = meta(
        "Images show no subject", "Tick if no image on the page shows a person the review is "
        "about. Never published.")


class IdentifiabilityScore(Model):
    score: int | None = meta(
        "Score", "The checks' last score for details that together could identify someone; the "
        "higher, the riskier. Never published.", ge=0)
    computed_at: AwareDatetime | None = meta(
        "Computed at", "When the checks worked out the score. Never published.")


class Sensitivity(Model):
    subjects: list[Subject] = meta(
        "Subjects (pseudonyms)", "The people the review is about, by pseudonym, role and age "
        "band; needed before approval, even if empty. Never published.", default_factory=list)
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
    proceedings_status: ProceedingsStatus | None = meta(
        "Criminal proceedings", "Whether there are criminal proceedings linked to the case: none "
        "known, active, concluded or unknown; needed before approval. Never published.")
    proceedings_concluded_on: Date | None = meta(
        "Proceedings concluded on", "When the criminal proceedings ended. Never published.")
    proceedings_checked_by: str | None = meta(
        "Proceedings checked by", "Who checked with the police or Crown Prosecution Service "
        "whether there are proceedings; needed before approval. Never published.", widget="line")
    proceedings_checked_on: Date | None = meta(
        "Proceedings checked on", "When the proceedings were last checked; needed before approval."
        " Never published.")
    reporting_restrictions: list[ReportingRestriction] = meta(
        "Reporting restrictions", "Court orders that limit what may be published about the case. "
        "Never published.", default_factory=list)
    inquest_status: str | None = meta(
        "Inquest status", "Where any inquest has got to, for example pending or concluded. Never "
        "published.",
        widget="line")
    family_consulted_on: Date | None = meta(
        "Family consulted on", "The date the family was consulted about the publication. Never "
        "published.")
    family_told_publication_date_on: Date | None = meta(
        "Family told the publication date on", "The date the family was told when the page will be"
        " published. Never published.")
    family_consent_for_quotes: bool | None = meta(
        "Family consent for quotes", "Tick only if the family agreed to their words being quoted. "
        "Never published.")
    identifier_review: IdentifierReview | None = meta(
        "Identifier review", "A colleague's read of the page for details that could identify "
        "someone. Never published.")
    dpia_ref: str | None = meta(
        "Data protection impact assessment reference", "The reference of the data protection "
        "impact assessment for this publication, if there is one. Never published.", widget="line")
    identifiability_score: IdentifiabilityScore | None = meta(
        "Identifiability score", "The checks' last estimate of how easily someone could be "
        "identified from the page. Never published.")
