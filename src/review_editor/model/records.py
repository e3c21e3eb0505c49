"""The record envelope and its three kinds, a discriminated union on ``kind`` (DOMAIN B3, B6).

The model enforces types and formats only: a draft with nothing but a kind and a title is
valid. What is required before publication is checked in ``checks/``.
"""

# Annotations are evaluated as the classes are made (no ``from __future__ import
# annotations``): pydantic would otherwise compile each one from its text, about 10 ms
# over the record models at start.

import uuid
from datetime import date as Date
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, ConfigDict, Field, TypeAdapter

from .fields import Model, PartialDate, meta
from .parts import (
    SLUG,
    Approval,
    Attachment,
    Availability,
    ChangeLogEntry,
    ContactPoint,
    Embargo,
    Link,
    Organisation,
    PersonRole,
    Provenance,
    Quote,
    Relation,
    Section,
    Sensitivity,
    Service,
    ThemeRef,
    TranslationMark,
)
from .review import ReviewDetails
from .version import SCHEMA_VERSION
from .vocab import Audience, BriefFormat, Kind, ReviewType, Status

TITLE_MAX = 120
SUMMARY_MAX = 300


class RecordBase(Model):
    schema_version: str = meta("Schema version", "MAJOR.MINOR of the record format.",
                               default=..., pattern=r"^[0-9]+\.[0-9]+$")
    id: uuid.UUID = meta("Record id", "Generated when the record is created; never changed.",
                         default=...)
    kind: str = meta(
        "Kind", "What sort of page this is: a review notice, a news item or a learning brief; set "
        "when the record is created.", default=...)
    status: Status = meta(
        "Status", "Where the page is on its way to publication: draft, in review, legal "
        "review, approved, scheduled, published…", default=Status.draft)
    title: str = meta("Title", "The page's headline: 65 characters or fewer.", default=...,
                      widget="line", max_length=TITLE_MAX)
    title_cy: str | None = meta("Title (Cymraeg)", "The headline in Welsh, in a bilingual "
                                "record.", widget="line", max_length=TITLE_MAX)
    slug: str | None = meta("URL slug", "Lower-case words joined by hyphens.",
                            widget="slug", pattern=SLUG, max_length=200)
    summary: str | None = meta("Summary", "One or two sentences: 160 characters or fewer.",
                               widget="text", max_length=SUMMARY_MAX)
    summary_cy: str | None = meta("Summary (Cymraeg)", "The summary in Welsh, in a bilingual "
                                  "record.", widget="text", max_length=SUMMARY_MAX)
    language: str = meta("Language", "en-GB, or cy for a Welsh version.", default="en-GB",
                         pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    bilingual: bool | None = meta("Bilingual (Cymraeg and English)", "Each public text has a "
                                  "Welsh version beside the English one; the main fields hold "
                                  "the English.")
    audience: list[Audience] = meta(
        "Audience", "Who the page is written for; tick all that apply.", default_factory=list)
    themes: list[ThemeRef] = meta(
        "Themes", "The review's themes, from the partnership's list (for example Neglect).",
        default_factory=list, widget="themes")
    keywords: list[str] = meta(
        "Keywords", "Words people may search for that are not in the title.",
        default_factory=list, widget="tags")
    publisher: Organisation | None = meta(
        "Publisher", "The partnership or board that publishes the page.")
    published_on: Date | None = meta(
        "Published on", "The date the page is published; needed before publication.")
    publish_at: AwareDatetime | None = meta("Publish at", "When a scheduled page goes live.")
    updated_on: Date | None = meta(
        "Updated on", "The date of the last change readers should know about.")
    embargo: Embargo | None = meta(
        "Embargo", "Holds the page back from publication until a set date and time; leave "
        "empty if there is no embargo.")
    contact: ContactPoint | None = meta(
        "Contact", "Who readers can contact about the page.")
    contributors: list[PersonRole] = meta(
        "Contributors", "Professionals and office holders who wrote or contributed to the page; "
        "never a family member or subject.", default_factory=list)
    review: ReviewDetails | None = meta(
        "Review details", "The facts of the review: its type, name, dates, findings and "
        "recommendations.")
    body: list[Section] = meta(
        "Body", "The page's text, in sections each with an optional heading.", default_factory=list)
    quotes: list[Quote] = meta(
        "Quotes", "Quotes shown after the text, each with who said it; quotes from the family need"
        " their consent.", default_factory=list)
    signposting: list[Service] = meta(
        "Get support", "Services readers can turn to for help, shown in a “Get support” box.",
        default_factory=list)
    links: list[Link] = meta(
        "Links", "Links to other pages, such as the full report on another site.",
        default_factory=list)
    attachments: list[Attachment] = meta(
        "Documents", "Documents published with the page, such as the full report or an executive "
        "summary.", default_factory=list)
    related: list[Relation] = meta(
        "Related records", "Other records or pages this one is linked to, for example the learning"
        " brief of this review.", default_factory=list)
    availability: Availability | None = meta(
        "Availability", "How long the page stays online and what happens after; needed for some "
        "review types.")
    change_log: list[ChangeLogEntry] = meta(
        "Updates to this page", "Dated notes of the changes readers should know about, shown as "
        "“Updates to this page”.", default_factory=list)
    provenance: Provenance | None = meta(
        "Import details", "Where an imported page came from and what was tidied on import. Never "
        "published.", private=True)
    created_at: AwareDatetime | None = meta(
        "Created at", "When the record was created; set automatically.")
    modified_at: AwareDatetime | None = meta(
        "Modified at", "When the record was last changed; set automatically.")
    sensitivity: Sensitivity | None = meta(
        "Sensitivity", "What keeps the people in the review safe from being identified; needed "
        "before approval. Never published.", private=True)
    approvals: list[Approval] = meta(
        "Approvals", "Who signed off the page, and any findings they agreed to let through; needed"
        " before approval. Never published.", default_factory=list, private=True)
    internal_notes: str | None = meta(
        "Internal notes", "Notes for colleagues; never published or exported.", widget="text",
        private=True)
    translation_sources: list[TranslationMark] | None = meta(
        "Translation record", "Which English text each Welsh text was last written from: a "
        "Welsh text is out of date once its English changes.", private=True)


class NewsItem(RecordBase):
    kind: Literal["news_item"] = meta(
        "Kind", "What sort of page this is: a news item; set when the record is created.",
        default="news_item")
    is_press_release: bool = meta(
        "Press release", "A press release needs a media contact.", default=False)
    about_review_id: str | None = meta(
        "The review this is about", "The record id of the review notice this news item "
        "announces, when it is in your folder.", widget="line")
    about_review_url: str | None = meta(
        "The review's web address", "Where the review's own page is published (https://…).",
        widget="url")
    notes_to_editors: str | None = meta(
        "Notes to editors", "Background for journalists, shown after the story.",
        widget="text")
    notes_to_editors_cy: str | None = meta(
        "Notes to editors (Cymraeg)", "The notes to editors in Welsh, in a bilingual record.",
        widget="text")
    media_contact: ContactPoint | None = meta(
        "Media contact", "Who journalists can contact; needed for a press release.")
    location: str | None = meta("Location", "An area such as \"Bradford District\"; never a "
                                "street.", widget="line")
    location_cy: str | None = meta(
        "Location (Cymraeg)", "The area's name in Welsh, for example “Dyffryn Ogwen”, in a "
        "bilingual record.", widget="line")


class ReviewNotice(RecordBase):
    kind: Literal["review_notice"] = meta(
        "Kind", "What sort of page this is: a review notice; set when the record is created.",
        default="review_notice")
    media_statement_id: str | None = meta(
        "Media statement", "The record id of the news item that is this review's media "
        "statement, when it is in your folder.", widget="line")


class ReviewRef(Model):
    target_id: str | None = meta(
        "Record id", "The record id of the review notice in your folder, if it is there.",
        widget="line")
    url: str | None = meta(
        "Web address", "Where the review is published (https://…), if it is not in your folder.",
        widget="url")
    review_type: ReviewType | None = meta(
        "Type of review", "The kind of review, for example a safeguarding adults review.")
    review_name: str = meta(
        "Review name", "The review's pseudonym or title, for example “Adult R”.",
        default="", widget="line")
    review_name_cy: str | None = meta(
        "Review name (Cymraeg)", "The review's name in Welsh, for example “Oedolyn R”, in a "
        "bilingual record.", widget="line")
    published_on: PartialDate | None = meta(
        "Published", "When the review was published; a year or month and year is enough.",
        widget="partial_date")


class LearningBrief(RecordBase):
    kind: Literal["learning_brief"] = meta(
        "Kind", "What sort of page this is: a learning brief; set when the record is created.",
        default="learning_brief")
    format: BriefFormat | None = meta(
        "Format", "The brief's format: 7-minute briefing, one page, slide pack or podcast; a "
        "7-minute briefing has exactly 7 sections.")
    source_reviews: list[ReviewRef] = meta(
        "Source reviews", "The reviews the brief draws on; at least one, or fill in the thematic "
        "source.", default_factory=list)
    thematic_source: str | None = meta(
        "Thematic source", "What the brief draws on when it is not a single review, for example "
        "several reviews on one theme.", widget="text")
    thematic_source_cy: str | None = meta(
        "Thematic source (Cymraeg)", "The thematic source in Welsh, in a bilingual record.",
        widget="text")
    reflective_questions: list[str] = meta(
        "Questions for reflection", "Questions for practitioners to think about, one a line; at "
        "least two.", default_factory=list, widget="lines")
    reflective_questions_cy: list[str] | None = meta(
        "Questions for reflection (Cymraeg)", "The questions in Welsh, one a line in the same "
        "order, in a bilingual record.", widget="lines")
    practice_points: list[str] = meta(
        "Practice points", "What practitioners should do differently, one a line.",
        default_factory=list, widget="lines")
    practice_points_cy: list[str] | None = meta(
        "Practice points (Cymraeg)", "The practice points in Welsh, one a line in the same "
        "order, in a bilingual record.", widget="lines")
    disclaimer: str | None = meta(
        "Disclaimer", "A note for readers, for example “Names, ages and some family details have "
        "been changed”.", widget="text")
    disclaimer_cy: str | None = meta(
        "Disclaimer (Cymraeg)", "The note for readers in Welsh, in a bilingual record.",
        widget="text")
    action_plan_template_attachment_id: str | None = meta(
        "Action plan template", "The id of the document that is the action plan template for teams"
        " to fill in.", widget="line")


Record = Annotated[NewsItem | ReviewNotice | LearningBrief, Field(discriminator="kind")]
RecordModel = NewsItem | ReviewNotice | LearningBrief

# The union validates outside any model, so it needs the models' promise again: no user
# text in error messages (``str(error)`` ends up in logs and dialogs).
RECORD_ADAPTER: TypeAdapter[RecordModel] = TypeAdapter(
    Record, config=ConfigDict(hide_input_in_errors=True))

MODELS: dict[str, type[RecordBase]] = {
    Kind.news_item: NewsItem,
    Kind.review_notice: ReviewNotice,
    Kind.learning_brief: LearningBrief,
}


def parse_record(data: Any) -> RecordModel:
    """Validate a JSON-like value into a record; raises ``pydantic.ValidationError``."""
    return RECORD_ADAPTER.validate_python(data)


def new_record(kind: str, title: str, now: datetime) -> RecordModel:
    """A fresh draft: the only place an id is generated."""
    model = MODELS[Kind(kind)]
    record = model(schema_version=SCHEMA_VERSION, id=uuid.uuid4(), title=title,
                   created_at=now, modified_at=now)
    return record  # type: ignore[return-value]


def json_schema() -> dict[str, Any]:
    schema = RECORD_ADAPTER.json_schema()
    # Each model defaults its own kind, but in a file the kind is what picks the model.
    for model in MODELS.values():
        required = schema["$defs"][model.__name__]["required"]
        if "kind" not in required:
            required.insert(required.index("id") + 1, "kind")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"Review Editor record, schema version {SCHEMA_VERSION}"
    return schema
