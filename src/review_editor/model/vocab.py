"""Controlled vocabularies (DOMAIN B2), each with human labels for the form."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    news_item = "news_item"
    review_notice = "review_notice"
    learning_brief = "learning_brief"


class Status(StrEnum):
    draft = "draft"
    in_review = "in_review"
    legal_review = "legal_review"
    approved = "approved"
    scheduled = "scheduled"
    published = "published"
    updated = "updated"
    withdrawn = "withdrawn"
    superseded = "superseded"
    archived = "archived"


#: "Status ≥ approved" in DOMAIN means one of these.
APPROVED_OR_LATER = frozenset(
    {Status.approved, Status.scheduled, Status.published, Status.updated}
)


class PublisherType(StrEnum):
    safeguarding_children_partnership = "safeguarding_children_partnership"
    safeguarding_adults_board = "safeguarding_adults_board"
    community_safety_partnership = "community_safety_partnership"
    joint_safeguarding_partnership = "joint_safeguarding_partnership"
    child_safeguarding_practice_review_panel = "child_safeguarding_practice_review_panel"
    other = "other"


class ReviewType(StrEnum):
    lcspr = "lcspr"
    national_cspr = "national_cspr"
    serious_case_review_legacy = "serious_case_review_legacy"
    sar = "sar"
    dhr = "dhr"
    dardr = "dardr"
    thematic_review = "thematic_review"
    learning_review_non_statutory = "learning_review_non_statutory"
    multi_agency_audit = "multi_agency_audit"
    rapid_review = "rapid_review"
    leder = "leder"
    mental_health_homicide_review = "mental_health_homicide_review"
    child_practice_review_wales = "child_practice_review_wales"
    adult_practice_review_wales = "adult_practice_review_wales"
    susr_wales = "susr_wales"
    learning_review_scotland = "learning_review_scotland"
    case_management_review_ni = "case_management_review_ni"


class SarBasis(StrEnum):
    mandatory_s44_1_3 = "mandatory_s44_1_3"
    discretionary_s44_4 = "discretionary_s44_4"


class LegalBasis(StrEnum):
    children_act_2004_s16F = "children_act_2004_s16F"
    children_act_2004_s16B = "children_act_2004_s16B"
    care_act_2014_s44 = "care_act_2014_s44"
    dvcva_2004_s9 = "dvcva_2004_s9"
    non_statutory = "non_statutory"
    other = "other"


class GuidanceEdition(StrEnum):
    wt2013 = "wt2013"
    wt2015 = "wt2015"
    wt2018 = "wt2018"
    wt2023 = "wt2023"
    care_support_statutory_guidance = "care_support_statutory_guidance"
    dhr_guidance_2016 = "dhr_guidance_2016"
    dardr_guidance_2024_draft = "dardr_guidance_2024_draft"
    other = "other"


class PublicationForm(StrEnum):
    full_report = "full_report"
    executive_summary_only = "executive_summary_only"
    improvements_only = "improvements_only"
    learning_brief_only = "learning_brief_only"
    not_published = "not_published"


class Audience(StrEnum):
    practitioners = "practitioners"
    managers = "managers"
    board_members = "board_members"
    public = "public"
    families = "families"
    children_young_people = "children_young_people"
    media = "media"
    elected_members = "elected_members"


class RecommendationResponse(StrEnum):
    accepted = "accepted"
    partially_accepted = "partially_accepted"
    not_accepted = "not_accepted"
    noted = "noted"


class ActionStatus(StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    complete = "complete"
    overdue = "overdue"
    superseded = "superseded"


class AttachmentRole(StrEnum):
    full_report = "full_report"
    executive_summary = "executive_summary"
    learning_brief = "learning_brief"
    seven_minute_briefing = "seven_minute_briefing"
    easy_read = "easy_read"
    action_plan = "action_plan"
    partnership_response = "partnership_response"
    ho_qa_letter = "ho_qa_letter"
    terms_of_reference = "terms_of_reference"
    slides = "slides"
    recording = "recording"
    annual_report = "annual_report"
    press_release = "press_release"
    other = "other"


class RelationType(StrEnum):
    about_review = "about_review"
    has_learning_brief = "has_learning_brief"
    has_response = "has_response"
    supersedes = "supersedes"
    updates = "updates"
    related_review = "related_review"
    press_release_for = "press_release_for"
    see_also = "see_also"


class PersonRoleType(StrEnum):
    author = "author"
    independent_reviewer = "independent_reviewer"
    lead_reviewer = "lead_reviewer"
    chair = "chair"
    scrutineer = "scrutineer"
    comms_officer = "comms_officer"


class ApprovalRole(StrEnum):
    chair = "chair"
    lead_partner = "lead_partner"
    legal = "legal"
    comms = "comms"
    data_protection = "data_protection"


class ApprovalDecision(StrEnum):
    approve = "approve"
    changes_requested = "changes_requested"
    override = "override"


class AgeBand(StrEnum):
    unborn = "unborn"
    under_1 = "under_1"
    band_1_4 = "1_4"
    band_5_10 = "5_10"
    band_11_15 = "11_15"
    band_16_17 = "16_17"
    band_18_24 = "18_24"
    band_25_64 = "25_64"
    band_65_plus = "65_plus"
    not_stated = "not_stated"


class SubjectRole(StrEnum):
    child = "child"
    adult = "adult"
    victim = "victim"
    family_member = "family_member"
    perpetrator = "perpetrator"
    other = "other"


class PseudonymChosenBy(StrEnum):
    family = "family"
    board = "board"
    reviewer = "reviewer"


class ProceedingsStatus(StrEnum):
    none_known = "none_known"
    active = "active"
    concluded = "concluded"
    unknown = "unknown"


class BriefFormat(StrEnum):
    seven_minute = "seven_minute"
    one_page = "one_page"
    slide_pack = "slide_pack"
    podcast = "podcast"


class AvailabilityThen(StrEnum):
    nspcc_repository = "nspcc_repository"
    on_request = "on_request"
    archive = "archive"


class AltFormat(StrEnum):
    easy_read = "easy_read"
    large_print = "large_print"
    welsh = "welsh"
    bsl_video = "bsl_video"
    audio = "audio"


class Access(StrEnum):
    public = "public"
    on_request = "on_request"


class HomeOfficeOutcome(StrEnum):
    approved = "approved"
    approved_subject_to_changes = "approved_subject_to_changes"
    resubmit = "resubmit"


_LABELS: dict[str, str] = {
    # review types
    "lcspr": "Local child safeguarding practice review",
    "national_cspr": "National child safeguarding practice review",
    "serious_case_review_legacy": "Serious case review (legacy)",
    "sar": "Safeguarding adults review",
    "dhr": "Domestic homicide review",
    "dardr": "Domestic abuse related death review",
    "thematic_review": "Thematic review",
    "learning_review_non_statutory": "Learning review (non-statutory)",
    "multi_agency_audit": "Multi-agency audit",
    "rapid_review": "Rapid review",
    "leder": "Learning from lives and deaths (LeDeR)",
    "mental_health_homicide_review": "Mental health homicide review",
    "child_practice_review_wales": "Child practice review (Wales)",
    "adult_practice_review_wales": "Adult practice review (Wales)",
    "susr_wales": "Single unified safeguarding review (Wales)",
    "learning_review_scotland": "Learning review (Scotland)",
    "case_management_review_ni": "Case management review (Northern Ireland)",
    # legal basis and guidance
    "mandatory_s44_1_3": "Mandatory (Care Act 2014 s44(1)-(3))",
    "discretionary_s44_4": "Discretionary (Care Act 2014 s44(4))",
    "children_act_2004_s16F": "Children Act 2004 s16F",
    "children_act_2004_s16B": "Children Act 2004 s16B",
    "care_act_2014_s44": "Care Act 2014 s44",
    "dvcva_2004_s9": "Domestic Violence, Crime and Victims Act 2004 s9",
    "wt2013": "Working Together 2013",
    "wt2015": "Working Together 2015",
    "wt2018": "Working Together 2018",
    "wt2023": "Working Together 2023",
    "care_support_statutory_guidance": "Care and support statutory guidance",
    "dhr_guidance_2016": "DHR statutory guidance 2016",
    "dardr_guidance_2024_draft": "DARDR guidance 2024 (draft)",
    # kinds
    "news_item": "News item",
    "review_notice": "Review notice",
    "learning_brief": "Learning brief",
    # ages
    "under_1": "Under 1",
    "1_4": "1 to 4",
    "5_10": "5 to 10",
    "11_15": "11 to 15",
    "16_17": "16 to 17",
    "18_24": "18 to 24",
    "25_64": "25 to 64",
    "65_plus": "65 and over",
    "seven_minute": "7-minute briefing",
    "ho_qa_letter": "Home Office quality assurance letter",
    "children_young_people": "Children and young people",
    "bsl_video": "BSL video",
    "comms_officer": "Communications officer",
    "none_known": "None known",
}


def label(value: str | StrEnum) -> str:
    """A human label for a vocabulary value ("lcspr" -> "Local child safeguarding …")."""
    key = str(value)
    if key in _LABELS:
        return _LABELS[key]
    text = key.replace("_", " ")
    return text[:1].upper() + text[1:]
