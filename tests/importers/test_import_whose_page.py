"""Whose page it is, and what it is about, when the page says so only indirectly.

- a news site's blurb inviting contributions ("Our articles are written by … Fenmoor Law
  Weekly provides a platform for debate …") names the site, not a body in its story;
- a standfirst naming the writer as a body's officer ("The Safeguarding Board for Northern
  Ireland’s Director of Operations, Jo Bloggs, provides an overview …") gives that body;
- a copied document's running header (a body's name in capitals and a page number) names
  whose document it is;
- a headline whose only other words name a nation ("The Welsh Child Practice Review") is
  about the kind of review, not one review.

Local bodies and people are made up; the national bodies named are those of the shipped list.
"""

from __future__ import annotations

from datetime import datetime

from review_editor.importers import ImportResult, import_text
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def _import(text: str) -> ImportResult:
    return import_text(text, source_name="harrowby-page.txt", now=NOW)


def _publisher(result: ImportResult) -> str | None:
    return result.record.publisher.name if result.record.publisher else None


def test_a_news_sites_blurb_names_the_site_not_the_board_in_its_story() -> None:
    page = ("Our articles are written by experts in their field. Fenmoor Law Weekly provides "
            "a platform for debate on family justice. If you would like to contribute please "
            "email the editor.\n\nRead on\n\nHarrowby reviews released\n\nDate: 3 March 2031\n\n"
            "The first review was commissioned in 2029 by the Harrowby Safeguarding Children "
            "Partnership, which published it today.")
    assert _publisher(_import(page)) == "Fenmoor Law Weekly"


def test_a_blurb_without_an_invitation_names_no_site() -> None:
    page = ("Harrowby reviews released\n\nDate: 3 March 2031\n\nFenmoor Law Weekly provides a "
            "platform for debate, the minister said. The reviews were published today.")
    assert _publisher(_import(page)) != "Fenmoor Law Weekly"


def test_a_standfirst_naming_the_writer_as_a_boards_officer() -> None:
    page = ("Safeguarding children: everyone’s business\n\nThe Safeguarding Board for Northern "
            "Ireland’s Director of Operations, Jo Bloggs, provides an overview of its work and "
            "objectives.\n\nThe board was set up by statute and its members meet quarterly. "
            "Its task is to co-ordinate the work of its member agencies.")
    assert _publisher(_import(page)) == "Safeguarding Board for Northern Ireland"


def test_a_running_header_in_capitals_names_whose_document_it_is() -> None:
    page = ("It was hard to leave: children at risk from exploitation\n\nUpload: others\n\n"
            "Contents\n\nForeword 4\n\nExecutive summary 6\n\nIntroduction 11\n\n"
            "THE CHILD SAFEGUARDING PRACTICE REVIEW PANEL 3\n\n"
            "This review looked at how agencies identify and protect children at risk of harm "
            "through exploitation, and what helps them do so.")
    assert _publisher(_import(page)) == "Child Safeguarding Practice Review Panel"


def test_a_nation_beside_the_kind_is_no_one_review() -> None:
    page = ("The Welsh Child Practice Review\n\nThis briefing presents the main features of the "
            "Child Practice Review framework and how boards use it to learn from cases.")
    sure = [s for s in _import(page).confident() if s.field_path == "review.review_type"]
    assert sure == []


def test_a_subject_beside_the_kind_is_one_review() -> None:
    page = ("Child Practice Review Harrowby 2\n\nThis review looked at how agencies worked "
            "with a child and the family in the year before the incident.")
    sure = [s.value for s in _import(page).confident() if s.field_path == "review.review_type"]
    assert sure == ["child_practice_review_wales"]
