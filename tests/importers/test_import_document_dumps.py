"""Pages whose text is a dump of a document or of a page's tools, and how they open.

- a document-sharing site's furniture ("Upload: jdoe", "Post on 12-Mar-2031", "214 views",
  "0 download", "TRANSCRIPT", "advertisement", "Page 3 of 40", a contents list's "Page"
  column) is not content and never the headline;
- a page's own tools ("Listen", "« Previous | Contents | Next »", "Explore subtopics",
  Welsh "Archwilio is-bynciau") are not the headline;
- a line cut short (a site's shortened title ending in "..." or "…", or in "a", "of",
  "for" …) and a bare number (a document's page count) are no headline;
- a line said twice in a row under the headline is a photograph's alternative text and
  caption; the headline said twice (for screen readers and for the eye) is still the headline;
- a report's cover in capitals gives its subject on a line of its own ("CHILD M"), which
  heads no section; a contents line ("1.1 Event triggering this review 1", "Introduction
  ..... 4") is never a listed review;
- a cover's title broken over two or three lines, which the document writes whole further
  down, is the headline, joined; with no headline at all, the sharing site's shortened title
  (without its ellipsis) is a better title than the file's name.

The pages are made up (a fictional Fenmoor and Harrowby).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import ImportResult, import_text
from review_editor.importers.boilerplate import text_boilerplate
from review_editor.importers.pseudonyms import find_pseudonyms
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
BODY = ("The board reviewed how agencies worked together before the incident. The review found "
        "that information was not shared between the school and the health visitor.")


def _import(text: str) -> ImportResult:
    return import_text(text, source_name="fenmoor-page.txt", now=NOW)


@pytest.mark.parametrize("line", [
    "Upload: jdoe", "Uploaded by: fenmoor_docs", "Post on 12-Mar-2031", "214 views",
    "0 download", "1,204 downloads", "TRANSCRIPT", "advertisement", "Page 3 of 40", "Page",
    "Page 2: FENMOOR SAFEGUARDING CHILDREN PARTNERSHIP … · A review is not concerned with",
    "Size: px", "Start display at page:", "Download \"Fenmoor learning review report\"",
    "Transcription", "Similar documents", "Listen", "« Previous | Contents | Next »",
    "Previous | Next", "Explore subtopics", "Archwilio is-bynciau",
])
def test_a_viewer_or_page_tool_line_is_furniture(line: str) -> None:
    assert text_boilerplate(line) is not None


@pytest.mark.parametrize("line", [
    "Page 3 of the report sets out the timeline of events.", "Listening to children",
    "Previous reviews", "Contents of the learning pack", "Transcript of the podcast",
])
def test_sentences_and_headings_with_those_words_are_content(line: str) -> None:
    assert text_boilerplate(line) is None


def test_a_shared_document_dump_is_not_headed_by_its_furniture() -> None:
    text = ("learning review for fenmoor safeguarding children partnership - a revi...\n\n"
            "40\n\nUpload: jdoe\n\nPost on 12-Mar-2031\n\n214 views\n\nCategory:\n\n"
            "Documents\n\n0 download\n\nTRANSCRIPT\n\nPage 1 of 40\n\n"
            f"Learning Review: Child T\n\n{BODY}")
    assert _import(text).record.title == "Learning Review: Child T"


@pytest.mark.parametrize("tool", ["Listen", "« Previous | Contents | Next »",
                                  "Explore subtopics"])
def test_a_page_tool_under_the_headline_does_not_replace_it(tool: str) -> None:
    text = f"Guidance on Conducting Learning Reviews in Fenmoor\n\n{tool}\n\n{BODY}"
    assert _import(text).record.title == "Guidance on Conducting Learning Reviews in Fenmoor"


@pytest.mark.parametrize("first", [
    "National Guidance for Fenmoor Child Protection Committees for Conducting a",
    "Fenmoor Partnership's first annual...",
    "Fenmoor Partnership’s first annual report on local reviews…",
])
def test_a_line_cut_short_is_no_headline(first: str) -> None:
    text = f"{first}\n\nLearning from Local Reviews in Fenmoor\n\n{BODY}"
    assert _import(text).record.title == "Learning from Local Reviews in Fenmoor"


def test_a_caption_said_twice_under_the_headline_is_not_the_headline() -> None:
    text = ("Lessons for the future\n\nBoard chair Jo Bloggs\n\nBoard chair Jo Bloggs\n\n"
            f"{BODY}")
    assert _import(text).record.title == "Lessons for the future"


def test_the_headline_said_twice_is_still_the_headline() -> None:
    text = f"Learning Briefings\n\nLearning Briefings\n\n{BODY}"
    assert _import(text).record.title == "Learning Briefings"


@pytest.mark.parametrize(("cover", "pseudonym"), [
    ("FENMOOR SAFEGUARDING CHILDREN PARTNERSHIP\n\nSERIOUS CASE REVIEW\n\nCHILD M\n\n"
     "JO BLOGGS", "Child M"),
    ("LEARNING REVIEW\n\nBABY T\n\nPublished 2031", "Baby T"),
    ("SAFEGUARDING ADULTS REVIEW\n\nADULT K", "Adult K"),
])
def test_a_covers_pseudonym_in_capitals(cover: str, pseudonym: str) -> None:
    assert [found.pseudonym for found in find_pseudonyms(cover)] == [pseudonym]


@pytest.mark.parametrize("text", ["THE CHILD IS AT THE CENTRE\n\nADULT SOCIAL CARE",
                                  "CHILD M AND HIS SISTER WERE SEEN BY THE HEALTH VISITOR"])
def test_capitals_that_are_no_covers_pseudonym(text: str) -> None:
    assert find_pseudonyms(text) == []


COVER_DUMP = ("FENMOOR SAFEGUARDING CHILDREN PARTNERSHIP\n\nSERIOUS CASE REVIEW\n\nCHILD T\n\n"
              "JO BLOGGS Published 2031\n\nContents\n\n1 INTRODUCTION 1\n\n"
              "1.1 Event triggering this serious case review 1\n\n"
              "1.2 Purpose, scope & process of the review 2\n\n3.7 Birth of child T 11\n\n"
              "Introduction .......... 4\n\n"
              "The review looked at how agencies worked with the family before child T was "
              "injured. It found that the health visitor's concerns were not shared.")


def test_a_documents_contents_lines_are_no_reviews_of_a_listing() -> None:
    result = _import(COVER_DUMP)
    assert result.listed == []
    assert "Event triggering" not in result.record.title


def test_a_covers_subject_line_is_the_sure_subject_not_a_heading() -> None:
    result = _import(COVER_DUMP)
    subjects = [s.value["pseudonym"] for s in result.suggestions
                if s.field_path == "sensitivity.subjects" and s.confidence == "high"]
    assert subjects == ["Child T"]


def test_a_cover_title_over_two_lines_written_whole_below_is_the_headline() -> None:
    text = ("Learning Review Process\n\nPractice Guidance for Fenmoor\n\nThis document is the "
            "property of the partnership\n\nVersion 0.3 / Jo Bloggs / May 2030\n\n"
            "Version 0.4 / Jo Bloggs / June 2030\n\nContents\n\n1. Introduction\n\n"
            "2. Notification\n\nLearning Review Process Practice Guidance for Fenmoor\n\n"
            "This guidance sets out how partners notify the partnership of a case and how the "
            "partnership decides whether to hold a learning review.")
    assert _import(text).record.title == "Learning Review Process Practice Guidance for Fenmoor"


def test_two_opening_lines_not_written_whole_below_stay_apart() -> None:
    text = ("Safeguarding Adults\n\nLearning from Reviews in Fenmoor\n\n"
            "The board shares what its reviews found. Safeguarding Adults Learning from Reviews "
            "is a series of briefings.")
    assert _import(text).record.title == "Learning from Reviews in Fenmoor"


def test_with_no_headline_the_sites_shortened_title_beats_the_files_name() -> None:
    text = ("learning review of the serious case review - fenmoor...\n\n37\n\n"
            "Page 1 of 37 Fenmoor House, Fenmoor Road, FM1 2AB Learning review of a serious "
            "case review, partnership: Fenmoor, date of review 2030, date submitted 2031\n\n"
            "1. Introduction This review follows a letter from the Minister asking boards to "
            "look again at reviews judged inadequate. The child was on the register from birth.")
    result = _import(text)
    assert result.record.title == "Learning review of the serious case review - fenmoor"
    assert any("cut short" in warning for warning in result.warnings)
