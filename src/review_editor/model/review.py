"""ReviewDetails: the facts of a learning review (DOMAIN B5)."""

from __future__ import annotations

from datetime import date as Date

from .fields import Model, PartialDate, meta
from .parts import Organisation, PersonRole
from .vocab import (
    ActionStatus,
    GuidanceEdition,
    HomeOfficeOutcome,
    LegalBasis,
    PublicationForm,
    RecommendationResponse,
    ReviewType,
    SarBasis,
)


class PeriodCovered(Model):
    start: PartialDate | None = meta("From", widget="partial_date")
    end: PartialDate | None = meta("To", "Leave empty for an open period (\"since 2001\").",
                                   widget="partial_date")


class Action(Model):
    id: str = meta("Action id", default="", widget="line")
    description: str = meta("Action", default="", widget="text")
    owner_agency: str | None = meta("Owner agency", widget="line")
    due: PartialDate | None = meta("Due", widget="partial_date")
    status: ActionStatus | None = meta("Status")
    evidence: str | None = meta("Evidence", widget="text")
    updated_on: Date | None = meta("Updated on")


class Recommendation(Model):
    id: str = meta("Number", "R1, R2, …", default="R1", pattern=r"^R[0-9]+$")
    text: str = meta("Recommendation", default="", widget="text")
    addressed_to: list[str] = meta("Addressed to", default_factory=list, widget="tags")
    themes: list[str] = meta("Themes", default_factory=list, widget="tags")
    response: RecommendationResponse | None = meta("Response")
    response_reason: str | None = meta("Reason for the response", widget="text")
    actions: list[Action] = meta("Actions", default_factory=list)


class KeyFinding(Model):
    id: str = meta("Finding id", default="", widget="line")
    text: str = meta("Finding", default="", widget="text")
    themes: list[str] = meta("Themes", default_factory=list, widget="tags")


class ExternalAssessment(Model):
    body: str = meta("Body", "For example Ofsted.", default="", widget="line")
    inspection: str | None = meta("Inspection", "For example ILACS.", widget="line")
    year: int | None = meta("Year", ge=1900, le=2100)
    quote: str | None = meta("Quote", widget="text")
    source_url: str | None = meta("Source", widget="url")


class FamilyContribution(Model):
    involved: bool | None = meta("Family involved")
    tribute_text: str | None = meta("Tribute", "Only with the family's consent.", widget="text")
    consent: bool | None = meta("Consent to publish the tribute")


class HomeOfficeQA(Model):
    submitted_on: Date | None = meta("Submitted on")
    panel_meeting_on: Date | None = meta("Panel meeting on")
    outcome: HomeOfficeOutcome | None = meta("Outcome")
    final_approval_on: Date | None = meta("Final approval on")
    letter_attachment_id: str | None = meta(
        "Home Office letter", "Which of the documents is the Home Office quality assurance "
        "letter (its attachment id).", widget="line")


class NspccRepository(Model):
    submitted_on: Date | None = meta("Submitted on")
    record_url: str | None = meta("Record address", widget="url")


class ReviewDetails(Model):
    review_type: ReviewType | None = meta(
        "Type of review",
        "The kind of review, for example a local child safeguarding practice review "
        "or a safeguarding adults review. Needed before publication.")
    sar_basis: SarBasis | None = meta(
        "Why the SAR was held", "Mandatory under section 44(1) to (3) of the Care Act 2014, "
        "or discretionary under section 44(4). Needed before a SAR is published.")
    legal_basis: LegalBasis | None = meta(
        "Legal basis",
        "The law the review was held under. Needed before publication.")
    guidance_edition: GuidanceEdition | None = meta(
        "Statutory guidance followed", "The edition of the guidance the review followed: "
        "Working Together 2023 for children's reviews commissioned from 15 December 2023.")
    review_name: str | None = meta("Review name", "The pseudonym or thematic title, for "
                                   "example \"Adult R\".", widget="line", max_length=200)
    review_name_cy: str | None = meta("Review name (Cymraeg)", widget="line", max_length=200)
    reference: str | None = meta(
        "Reference",
        "The partnership's own reference for the review, if it has one.", widget="line")
    commissioned_by: Organisation | None = meta(
        "Commissioned by",
        "The partnership or board that commissioned the review.")
    commissioned_by_former_name: str | None = meta("Commissioned by (former name)",
                                                   widget="line")
    commissioned_on: PartialDate | None = meta(
        "Commissioned",
        "When the review was commissioned; a month and year is enough.", widget="partial_date")
    trigger: str | None = meta(
        "What led to the review",
        "In a sentence, what led to the review; never a detail that could identify "
        "someone.", widget="text")
    trigger_cy: str | None = meta("What led to the review (Cymraeg)", widget="text")
    incident_notified_on: Date | None = meta("Serious incident notified on", private=True)
    rapid_review_sent_on: Date | None = meta("Rapid review sent on", private=True)
    period_covered: PeriodCovered | None = meta(
        "Period covered",
        "The years the review looked at; leave the end empty for “since 2001”. Needed"
        " for a thematic review.")
    number_of_cases: int | None = meta(
        "Number of cases",
        "How many cases the review looked at; at least two for a thematic review.", ge=1)
    methodology: str | None = meta(
        "Methodology",
        "How the review was done, for example “systems (SCIE Learning Together)” or "
        "“appreciative inquiry”.", widget="line")
    reviewers: list[PersonRole] = meta(
        "Reviewers",
        "Who carried out the review; at least one independent reviewer for a SAR, DHR"
        " or DARDR.", default_factory=list)
    terms_of_reference: str | None = meta("Terms of reference", widget="text")
    completed_on: PartialDate | None = meta(
        "Completed",
        "When the review was completed; a month and year is enough.", widget="partial_date")
    publication_form: PublicationForm | None = meta(
        "Publication form",
        "Whether the full report, a summary, or only the improvements are published. "
        "Needed before publication.")
    non_publication_reason: str | None = meta("Reason for not publishing in full",
                                              widget="text")
    publication_delay_reason: str | None = meta(
        "Reason for delay",
        "Why publication was delayed, for example “criminal proceedings”.", widget="line")
    panel_notified_on: Date | None = meta("National Panel notified on", private=True)
    sos_sent_on: Date | None = meta("Sent to the Secretary of State on", private=True)
    ofsted_sent_on: Date | None = meta("Sent to Ofsted on", private=True)
    home_office_qa: HomeOfficeQA | None = meta("Home Office quality assurance", private=True)
    executive_summary: str | None = meta(
        "Executive summary",
        "A summary of the review for readers: 600 words or fewer.", widget="markdown")
    key_findings: list[KeyFinding] = meta(
        "Key findings",
        "What the review found; at least one before publication.", default_factory=list)
    good_practice: list[str] = meta(
        "Good practice",
        "Practice the review found worked well.", default_factory=list, widget="lines")
    recommendations: list[Recommendation] = meta(
        "Recommendations",
        "What the review recommends, numbered R1, R2…; each needs a response before "
        "publication.", default_factory=list)
    partnership_response: str | None = meta(
        "Partnership response",
        "The partnership's response to the review.", widget="text")
    external_assessments: list[ExternalAssessment] = meta("External assessments",
                                                          default_factory=list)
    family_contribution: FamilyContribution | None = meta(
        "Family contribution",
        "How the family took part; a tribute is published only with the family's "
        "consent.")
    nspcc_repository: NspccRepository | None = meta("NSPCC repository")
