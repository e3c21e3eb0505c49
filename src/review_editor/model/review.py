"""ReviewDetails: the facts of a learning review (DOMAIN B5)."""

# Annotations are evaluated as the classes are made (no ``from __future__ import
# annotations``): pydantic would otherwise compile each one from its text, about 10 ms
# over the record models at start.

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
    start: PartialDate | None = meta(
        "From", "The start of the period the review looked at; a year is enough.",
        widget="partial_date")
    end: PartialDate | None = meta("To", "Leave empty for an open period (\"since 2001\").",
                                   widget="partial_date")


class Action(Model):
    id: str = meta(
        "Action id", "A short name for the action, for example A1, so its progress can be "
        "followed.", default="", widget="line")
    description: str = meta("Action", "What will be done.", default="", widget="text")
    description_cy: str | None = meta(
        "Action (Cymraeg)", "What will be done, in Welsh, in a bilingual record.", widget="text")
    owner_agency: str | None = meta(
        "Owner agency", "The agency responsible for the action.", widget="line")
    due: PartialDate | None = meta(
        "Due", "When the action should be finished; a month and year is enough.",
        widget="partial_date")
    status: ActionStatus | None = meta(
        "Status", "How far the action has got: not started, in progress, complete, overdue or "
        "superseded.")
    evidence: str | None = meta(
        "Evidence", "What shows the action has made a difference.", widget="text")
    updated_on: Date | None = meta("Updated on", "The date the action's status was last checked.")


class Recommendation(Model):
    id: str = meta("Number", "R1, R2, …", default="R1", pattern=r"^R[0-9]+$")
    text: str = meta(
        "Recommendation", "What the review recommends, as the report words it.",
        default="", widget="text")
    text_cy: str | None = meta(
        "Recommendation (Cymraeg)", "The recommendation in Welsh, in a bilingual record.",
        widget="text")
    addressed_to: list[str] = meta(
        "Addressed to", "The agencies or boards the recommendation is for.",
        default_factory=list, widget="tags")
    addressed_to_cy: list[str] | None = meta(
        "Addressed to (Cymraeg)", "The agencies' or boards' names in Welsh, in the same order, "
        "in a bilingual record.", widget="tags")
    themes: list[str] = meta(
        "Themes", "The themes this recommendation is about, from the partnership's list.",
        default_factory=list, widget="tags")
    response: RecommendationResponse | None = meta(
        "Response", "Whether the partnership accepted the recommendation: accepted, partially "
        "accepted, not accepted or noted; needed before publication.")
    response_reason: str | None = meta(
        "Reason for the response", "Why the recommendation was only partly accepted or not "
        "accepted.", widget="text")
    response_reason_cy: str | None = meta(
        "Reason for the response (Cymraeg)", "The reason for the response in Welsh, in a "
        "bilingual record.", widget="text")
    actions: list[Action] = meta(
        "Actions", "What is being done in response, by whom and by when.", default_factory=list)


class KeyFinding(Model):
    id: str = meta(
        "Finding id", "A short name for the finding, for example F1.", default="", widget="line")
    text: str = meta("Finding", "What the review found, in plain words.", default="", widget="text")
    text_cy: str | None = meta(
        "Finding (Cymraeg)", "The finding in Welsh, in a bilingual record.", widget="text")
    themes: list[str] = meta(
        "Themes", "The themes this finding is about, from the partnership's list.",
        default_factory=list, widget="tags")


class ExternalAssessment(Model):
    body: str = meta("Body", "For example Ofsted.", default="", widget="line")
    body_cy: str | None = meta(
        "Body (Cymraeg)", "The body's name in Welsh, for example Arolygiaeth Gofal Cymru, in a "
        "bilingual record.", widget="line")
    inspection: str | None = meta("Inspection", "For example ILACS.", widget="line")
    inspection_cy: str | None = meta(
        "Inspection (Cymraeg)", "The inspection's name in Welsh, in a bilingual record.",
        widget="line")
    year: int | None = meta("Year", "The year of the inspection or assessment.", ge=1900, le=2100)
    quote: str | None = meta(
        "Quote", "The words of the inspection report you want to quote.", widget="text")
    quote_cy: str | None = meta(
        "Quote (Cymraeg)", "The words quoted, in Welsh, in a bilingual record.", widget="text")
    source_url: str | None = meta(
        "Source", "Where the inspection report is published (https://…).", widget="url")


class FamilyContribution(Model):
    involved: bool | None = meta("Family involved", "Tick if the family took part in the review.")
    tribute_text: str | None = meta("Tribute", "Only with the family's consent.", widget="text")
    tribute_text_cy: str | None = meta(
        "Tribute (Cymraeg)", "The tribute in Welsh, in a bilingual record; only with the "
        "family's consent.", widget="text")
    consent: bool | None = meta(
        "Consent to publish the tribute", "Tick only when the family has agreed to the tribute "
        "being published.")


class HomeOfficeQA(Model):
    submitted_on: Date | None = meta(
        "Submitted on", "The date the report was sent to the Home Office quality assurance panel. "
        "Never published.")
    panel_meeting_on: Date | None = meta(
        "Panel meeting on", "The date the Home Office panel considered the report. Never "
        "published.")
    outcome: HomeOfficeOutcome | None = meta(
        "Outcome", "What the panel decided: approved, approved subject to changes, or resubmit. "
        "Never published.")
    final_approval_on: Date | None = meta(
        "Final approval on", "When the changes the panel asked for were approved; needed before "
        "publication after “approved subject to changes”. Never published.")
    letter_attachment_id: str | None = meta(
        "Home Office letter", "Which of the documents is the Home Office quality assurance "
        "letter (its attachment id).", widget="line")


class NspccRepository(Model):
    submitted_on: Date | None = meta(
        "Submitted on", "The date the report was sent to the NSPCC repository.")
    record_url: str | None = meta(
        "Record address", "The report's address in the NSPCC repository (https://…).", widget="url")


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
    review_name_cy: str | None = meta(
        "Review name (Cymraeg)", "The review's name in Welsh, in a bilingual record.",
        widget="line", max_length=200)
    reference: str | None = meta(
        "Reference",
        "The partnership's own reference for the review, if it has one.", widget="line")
    commissioned_by: Organisation | None = meta(
        "Commissioned by",
        "The partnership or board that commissioned the review.")
    commissioned_by_former_name: str | None = meta(
        "Commissioned by (former name)", "The name the commissioning partnership had when the "
        "review was commissioned, if it has changed since.", widget="line")
    commissioned_by_former_name_cy: str | None = meta(
        "Commissioned by (former name) (Cymraeg)", "The former name in Welsh, in a bilingual "
        "record.", widget="line")
    commissioned_on: PartialDate | None = meta(
        "Commissioned",
        "When the review was commissioned; a month and year is enough.", widget="partial_date")
    trigger: str | None = meta(
        "What led to the review",
        "In a sentence, what led to the review; never a detail that could identify "
        "someone.", widget="text")
    trigger_cy: str | None = meta(
        "What led to the review (Cymraeg)", "What led to the review, in Welsh, in a bilingual "
        "record.", widget="text")
    incident_notified_on: Date | None = meta(
        "Serious incident notified on", "The date the serious incident was notified to the "
        "national panel; used to check the rapid review's timing. Never published.", private=True)
    rapid_review_sent_on: Date | None = meta(
        "Rapid review sent on", "The date the rapid review was sent to the national panel; due "
        "within 15 working days of the notification. Never published.", private=True)
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
    terms_of_reference: str | None = meta(
        "Terms of reference", "What the review was asked to look at, or the id of the document "
        "that sets it out.", widget="text")
    completed_on: PartialDate | None = meta(
        "Completed",
        "When the review was completed; a month and year is enough.", widget="partial_date")
    publication_form: PublicationForm | None = meta(
        "Publication form",
        "Whether the full report, a summary, or only the improvements are published. "
        "Needed before publication.")
    non_publication_reason: str | None = meta(
        "Reason for not publishing in full", "Why the full report is not published; needed when "
        "only the improvements, or nothing, is published.", widget="text")
    publication_delay_reason: str | None = meta(
        "Reason for delay",
        "Why publication was delayed, for example “criminal proceedings”.", widget="line")
    publication_delay_reason_cy: str | None = meta(
        "Reason for delay (Cymraeg)", "Why publication was delayed, in Welsh, in a bilingual "
        "record.", widget="line")
    panel_notified_on: Date | None = meta(
        "National Panel notified on", "The date the Child Safeguarding Practice Review Panel was "
        "told of the publication; needed before a local child safeguarding practice review is "
        "approved. Never published.", private=True)
    sos_sent_on: Date | None = meta(
        "Sent to the Secretary of State on", "The date the report was sent to the Secretary of "
        "State before publication. Never published.", private=True)
    ofsted_sent_on: Date | None = meta(
        "Sent to Ofsted on", "The date the report was sent to Ofsted before publication. Never "
        "published.", private=True)
    home_office_qa: HomeOfficeQA | None = meta(
        "Home Office quality assurance", "The Home Office quality assurance of a domestic homicide"
        " review or domestic abuse related death review; needed before one is published. Never "
        "published.", private=True)
    executive_summary: str | None = meta(
        "Executive summary",
        "A summary of the review for readers: 600 words or fewer.", widget="markdown")
    executive_summary_cy: str | None = meta(
        "Executive summary (Cymraeg)", "The executive summary in Welsh, in a bilingual record.",
        widget="markdown")
    key_findings: list[KeyFinding] = meta(
        "Key findings",
        "What the review found; at least one before publication.", default_factory=list)
    good_practice: list[str] = meta(
        "Good practice",
        "Practice the review found worked well.", default_factory=list, widget="lines")
    good_practice_cy: list[str] | None = meta(
        "Good practice (Cymraeg)", "The good practice in Welsh, one a line in the same order, in "
        "a bilingual record.", widget="lines")
    recommendations: list[Recommendation] = meta(
        "Recommendations",
        "What the review recommends, numbered R1, R2…; each needs a response before "
        "publication.", default_factory=list)
    partnership_response: str | None = meta(
        "Partnership response",
        "The partnership's response to the review.", widget="text")
    partnership_response_cy: str | None = meta(
        "Partnership response (Cymraeg)", "The partnership's response in Welsh, in a bilingual "
        "record.", widget="text")
    external_assessments: list[ExternalAssessment] = meta(
        "External assessments", "What inspectors said about the services involved, for example an "
        "Ofsted inspection.", default_factory=list)
    family_contribution: FamilyContribution | None = meta(
        "Family contribution",
        "How the family took part; a tribute is published only with the family's "
        "consent.")
    nspcc_repository: NspccRepository | None = meta(
        "NSPCC repository", "When the report was sent to the NSPCC national case review "
        "repository, and where it is held there.")
