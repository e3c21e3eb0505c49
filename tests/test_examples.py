"""The bundled example records and the File → New templates."""

from __future__ import annotations

import json
import re
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from review_editor import resources, storage
from review_editor.model import (
    LearningBrief,
    NewsItem,
    RecordModel,
    ReviewNotice,
    dump,
    parse_record,
    unknown_keys,
)

EXAMPLES = sorted(resources.examples_dir().glob("*.json"))
TEMPLATES = sorted(resources.path("new").glob("*.json"))
SECTION_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
BRADFORD_SLUG = "thematic-review-into-cse-in-bradford"
BST = timezone(timedelta(hours=1))


def load_example(slug: str) -> RecordModel:
    path = resources.examples_dir() / f"{slug}.json"
    return parse_record(json.loads(path.read_text(encoding="utf-8")))


def test_examples_are_the_reference_records() -> None:
    assert [path.stem for path in EXAMPLES] == sorted(
        [BRADFORD_SLUG, "sar-adult-r", "7-minute-briefing-baby-m", "dardr-maya-published",
         "adult-practice-review-adult-g"]
    )


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_parses_without_unknown_keys(path: Path) -> None:
    record = parse_record(json.loads(path.read_text(encoding="utf-8")))
    assert list(unknown_keys(record)) == []
    assert record.slug == path.stem
    # The bilingual example uses the Welsh fields of 1.1 and 1.2 (findings, recommendations);
    # the others are unchanged 1.0 files.
    assert record.schema_version == ("1.2" if record.bilingual else "1.0")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_file_is_in_canonical_form(path: Path) -> None:
    raw = path.read_bytes()
    record = parse_record(json.loads(raw.decode("utf-8")))
    canonical = json.dumps(dump(record), ensure_ascii=False, indent=2) + "\n"
    assert raw == canonical.encode("utf-8")
    assert raw == storage.to_bytes(record)


def test_example_ids_are_distinct() -> None:
    ids = [load_example(path.stem).id for path in EXAMPLES]
    assert len(set(ids)) == len(ids)


# --- Bradford (DOMAIN B9) -------------------------------------------------------------------

BRADFORD_FIRST_PARAGRAPH = (
    "The Bradford Partnership \u2013 Working Together to Safeguard Children, has published today "
    "(27 July) a review into child sexual exploitation within the Bradford District."
)


@pytest.fixture(scope="module")
def bradford() -> NewsItem:
    record = load_example(BRADFORD_SLUG)
    assert isinstance(record, NewsItem)
    return record


def test_bradford_page_facts(bradford: NewsItem) -> None:
    assert bradford.title == "Publication of the Thematic Review into CSE in Bradford"
    assert bradford.published_on == date(2021, 7, 27)
    assert bradford.status == "draft"
    assert bradford.language == "en-GB"
    assert bradford.summary == (
        "The Bradford Partnership has published a review into child sexual exploitation "
        "within the Bradford District."
    )
    assert bradford.publisher is not None
    assert bradford.publisher.name == "The Bradford Partnership"
    assert bradford.publisher.publisher_type == "safeguarding_children_partnership"
    assert bradford.publisher.url is None  # the page gives no web address
    assert bradford.contact is None
    assert bradford.location == "Bradford District"
    assert [(t.id, t.label) for t in bradford.themes] == [
        ("child-sexual-exploitation", "Child sexual exploitation")
    ]
    assert bradford.quotes == []
    assert bradford.attachments == []
    assert bradford.created_at is not None and bradford.created_at.tzinfo is not None
    assert bradford.modified_at is not None and bradford.modified_at.tzinfo is not None


def test_bradford_review_facts(bradford: NewsItem) -> None:
    review = bradford.review
    assert review is not None
    assert review.review_type == "thematic_review"
    assert review.review_name == "Thematic review into child sexual exploitation in Bradford"
    assert review.commissioned_on == "2019-04"
    assert review.period_covered is not None
    assert (review.period_covered.start, review.period_covered.end) == ("2001", None)
    assert review.trigger == (
        "The sentencing in 2019 of nine men for the sexual exploitation of a child who had "
        "been in the care of the Council"
    )
    assert review.publication_delay_reason == "COVID-19 pandemic"
    [reviewer] = review.reviewers
    assert (reviewer.name, reviewer.post_nominals) == ("Clare Hyde", "MBE")
    assert reviewer.role == "independent_reviewer"
    assert reviewer.independent is True
    [assessment] = review.external_assessments
    assert (assessment.body, assessment.inspection, assessment.year) == ("Ofsted", "ILACS", 2018)
    assert assessment.quote == (
        "the response to children at risk of child sexual exploitation is a strength"
    )
    # what the page does not state stays empty
    assert review.commissioned_by is None
    assert review.number_of_cases is None
    assert review.legal_basis is None
    assert review.publication_form is None
    assert review.key_findings == [] and review.recommendations == []


def test_bradford_body_is_the_pages_eight_paragraphs(bradford: NewsItem) -> None:
    [section] = bradford.body
    assert section.heading == ""
    assert SECTION_ID.match(section.id)
    paragraphs = section.markdown.split("\n\n")
    assert len(paragraphs) == 8
    assert paragraphs[0] == BRADFORD_FIRST_PARAGRAPH
    assert all(p.strip() == p and p for p in paragraphs)
    assert "these two young woman" in paragraphs[5]
    assert "132 years\u2019 and 8 months\u2019 imprisonment" in paragraphs[3]
    assert "\u201cthe response to children at risk" in paragraphs[6]
    assert paragraphs[7].startswith("Since 2019, a new management team")
    assert "Children\u2019s Services" in paragraphs[7]


def test_bradford_has_no_page_furniture(bradford: NewsItem) -> None:
    text = (resources.examples_dir() / f"{BRADFORD_SLUG}.json").read_text(encoding="utf-8")
    markdown = bradford.body[0].markdown
    assert "\u00a0" not in text
    assert "Cookie" not in markdown
    assert "Tue 27 Jul 2021" not in markdown
    assert "Link to Report" not in markdown
    # the only mention of the cookie line is the provenance log of what was removed
    assert text.count("Cookie") == 1


def test_bradford_link_and_provenance(bradford: NewsItem) -> None:
    [link] = bradford.links
    assert link.text == "Link to Report"
    assert link.url == "https://saferbradford.co.uk/learning-resources/learning-reviews/"
    assert link.role == "full_report"
    provenance = bradford.provenance
    assert provenance is not None
    assert provenance.source_file == "bradford-cse-review-news.txt"
    assert provenance.source_url is None
    assert provenance.removed_boilerplate == ["Cookie Consent by FreePrivacyPolicy.com"]
    assert provenance.cleanups == [
        "non-breaking spaces replaced",
        "3 empty paragraphs removed",
        "dateline 'Tue 27 Jul 2021' moved to published_on",
        "'Link to Report' line moved to links",
    ]


def test_bradford_sensitivity(bradford: NewsItem) -> None:
    assert bradford.sensitivity is not None
    assert bradford.sensitivity.sexual_offence_context is True
    assert bradford.sensitivity.subjects == []
    assert bradford.sensitivity.proceedings_status is None


# --- D1 to D3 -------------------------------------------------------------------------------


def test_d1_adult_r_is_a_published_mandatory_sar() -> None:
    record = load_example("sar-adult-r")
    assert isinstance(record, ReviewNotice)
    assert record.id == uuid.UUID("6f1c2a0e-3b7d-4c1e-9a55-0d2f7e1b9c01")
    assert record.review is not None
    assert (record.review.review_type, record.review.sar_basis) == ("sar", "mandatory_s44_1_3")
    assert [r.id for r in record.review.recommendations] == ["R1", "R2", "R3", "R4"]
    assert record.attachments[0].size_bytes == 1468006


def test_d2_baby_m_is_a_seven_minute_briefing() -> None:
    record = load_example("7-minute-briefing-baby-m")
    assert isinstance(record, LearningBrief)
    assert record.format == "seven_minute"
    assert len(record.body) == 7
    assert record.source_reviews[0].review_name == "Baby M"
    assert len(record.reflective_questions) == 3


def test_d3_maya_embargo_is_one_minute_past_midnight_bst() -> None:
    record = load_example("dardr-maya-published")
    assert isinstance(record, NewsItem)
    assert record.is_press_release is True
    assert record.embargo is not None
    until = record.embargo.until
    assert until == datetime(2031, 5, 14, 0, 1, tzinfo=BST)
    assert until.utcoffset() == timedelta(hours=1)
    assert record.publish_at is not None and record.publish_at >= until


# --- File → New templates -------------------------------------------------------------------

SEVEN_MINUTE_HEADINGS = [
    "1. Background",
    "2. Why it matters",
    "3. What the review found",
    "4. Key learning",
    "5. Questions for reflection",
    "6. What you should do",
    "7. Find out more",
]


def read_template(kind: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.path("new", f"{kind}.json").read_text(encoding="utf-8")
    )
    return data


def record_from_template(kind: str) -> RecordModel:
    data = read_template(kind)
    data.update(id=str(uuid.uuid4()), title="A new record", schema_version="1.0")
    return parse_record(data)


def test_a_template_for_each_kind() -> None:
    assert [path.stem for path in TEMPLATES] == ["learning_brief", "news_item", "review_notice"]


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.stem)
def test_template_parses_once_filled(path: Path) -> None:
    data = read_template(path.stem)
    assert data["schema_version"] == "1.0"
    assert data["kind"] == path.stem
    assert not {"id", "title", "created_at", "modified_at"} & data.keys()
    record = record_from_template(path.stem)
    assert list(unknown_keys(record)) == []
    assert record.status == "draft"
    ids = [section.id for section in record.body]
    assert ids and all(SECTION_ID.match(i) for i in ids)
    assert len(set(ids)) == len(ids)


def test_review_notice_template() -> None:
    record = record_from_template("review_notice")
    assert [s.heading for s in record.body] == [
        "About this review", "What the review found", "Read the review"
    ]
    assert record.review is not None
    assert record.review.review_type is None


def test_learning_brief_template_is_a_seven_minute_briefing() -> None:
    record = record_from_template("learning_brief")
    assert isinstance(record, LearningBrief)
    assert record.format == "seven_minute"
    assert [s.heading for s in record.body] == SEVEN_MINUTE_HEADINGS
    assert record.disclaimer == "Names, ages and some family details have been changed."


def test_news_item_template_opens_with_an_untitled_section() -> None:
    record = record_from_template("news_item")
    assert isinstance(record, NewsItem)
    assert [s.heading for s in record.body] == [""]
    assert record.is_press_release is False
