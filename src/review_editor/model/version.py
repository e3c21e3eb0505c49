"""The record schema's version, apart from the models so a file's version can be read and
compared without loading them."""

SCHEMA_VERSION = "1.2"

#: The fields each minor version added, as (model class, field name). A file is written with
#: the lowest version that holds every field it uses (or its own, when that is newer), so a
#: record that uses nothing new keeps its version and older copies of the app still open it.
FIELDS_ADDED: dict[str, frozenset[tuple[str, str]]] = {
    "1.1": frozenset({
        ("RecordBase", "title_cy"), ("RecordBase", "summary_cy"), ("RecordBase", "bilingual"),
        ("RecordBase", "translation_sources"), ("Section", "heading_cy"),
        ("Section", "markdown_cy"), ("Quote", "text_cy"), ("Quote", "attributed_to_cy"),
        ("Quote", "source_cy"), ("Organisation", "name_cy"), ("ContactPoint", "name_cy"),
        ("Attachment", "title_cy"), ("Link", "text_cy"), ("ChangeLogEntry", "note_cy"),
        ("ReviewDetails", "review_name_cy"), ("ReviewDetails", "trigger_cy"),
    }),
    "1.2": frozenset({
        ("PersonRole", "organisation_cy"), ("Service", "name_cy"), ("Service", "hours_cy"),
        ("AttachmentAccessibility", "known_issues_cy"), ("NewsItem", "notes_to_editors_cy"),
        ("NewsItem", "location_cy"), ("ReviewRef", "review_name_cy"),
        ("LearningBrief", "thematic_source_cy"), ("LearningBrief", "reflective_questions_cy"),
        ("LearningBrief", "practice_points_cy"), ("LearningBrief", "disclaimer_cy"),
        ("Action", "description_cy"), ("Recommendation", "text_cy"),
        ("Recommendation", "addressed_to_cy"), ("Recommendation", "response_reason_cy"),
        ("KeyFinding", "text_cy"), ("ExternalAssessment", "body_cy"),
        ("ExternalAssessment", "inspection_cy"), ("ExternalAssessment", "quote_cy"),
        ("FamilyContribution", "tribute_text_cy"),
        ("ReviewDetails", "commissioned_by_former_name_cy"),
        ("ReviewDetails", "publication_delay_reason_cy"),
        ("ReviewDetails", "executive_summary_cy"), ("ReviewDetails", "good_practice_cy"),
        ("ReviewDetails", "partnership_response_cy"),
    }),
}
