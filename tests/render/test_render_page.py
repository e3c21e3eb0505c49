"""The page for the four bundled examples: structure, content, metadata and embargo."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from render_helpers import EXAMPLES, NOW, audit, example, example_data, safety_problems

from review_editor.model import parse_record
from review_editor.render import CSP, render_page


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {name: render_page(example(name), now=NOW) for name in EXAMPLES}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_example_is_a_complete_sealed_document(pages: dict[str, str], name: str) -> None:
    html = pages[name]
    record = example(name)
    page = audit(html)
    assert html.startswith("<!DOCTYPE html>\n")
    [root] = page.elements_with("html")
    assert root.attrs["lang"] == record.language
    assert [e.attrs for e in page.elements_with("meta")][0] == {"charset": "utf-8"}
    csp = [e.attrs["content"] for e in page.elements_with("meta")
           if e.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp == [CSP]
    assert f'content="{CSP}"' in html
    assert record.title in page.text
    assert safety_problems(html) == []
    # Landmarks: banner, main with one article, contentinfo.
    for tag in ("header", "main", "article", "footer"):
        assert page.elements_with(tag), tag
    assert len(page.elements_with("main")) == 1
    assert len(page.elements_with("style")) == 1
    assert not page.elements_with("link")
    # The title is the only h1.
    [h1] = page.elements_with("h1")
    assert h1.attrs["id"] == "f-title"


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_no_external_loads_in_css(pages: dict[str, str], name: str) -> None:
    page = audit(pages[name])
    [css] = page.styles
    assert "url(" not in css
    assert "@import" not in css
    assert not re.search(r"https?://|\s//", css)
    assert "system-ui" in css
    assert "@page" in css and "counter(page)" in css and "size: A4" in css
    assert ":focus-visible" in css
    assert "max-width" in css


def test_title_element_names_the_page_and_publisher(pages: dict[str, str]) -> None:
    assert ("<title>Safeguarding Adults Review: Adult R – Fenmoor Safeguarding Adults Board"
            "</title>") in pages["d1"]


def test_bradford_reads_like_the_partnership_news_page(pages: dict[str, str]) -> None:
    html = pages["bradford"]
    page = audit(html)
    text = page.text
    assert "Published Tuesday 27 July 2021" in html
    assert "The Bradford Partnership" in text
    assert "News" in text and "Bradford District" in text
    # Eight paragraphs verbatim, each a block of the one unheaded section.
    paragraphs = [e for e in page.elements if e.attrs.get("id", "").startswith("b-intro-")]
    assert [e.tag for e in paragraphs] == ["p"] * 8
    assert "these two young woman" in text
    assert "<h2" not in html.split('id="section-intro"')[1].split("</section>")[0]
    # Key facts from the review fields.
    facts = html.split('id="f-keyfacts"')[1].split("</section>")[0]
    for fact in ("Thematic review", "April 2019", "Clare Hyde MBE", "since 2001",
                 "COVID-19 pandemic"):
        assert fact in facts
    assert "<dl>" in facts
    # The Ofsted quote and the link to the report.
    assert "the response to children at risk of child sexual exploitation is a strength" in text
    links = [e.attrs["href"] for e in page.elements_with("a")]
    assert "https://saferbradford.co.uk/learning-resources/learning-reviews/" in links
    # Never the cookie banner.
    assert "Cookie Consent" not in html


def test_review_notice_key_facts_recommendations_and_documents(pages: dict[str, str]) -> None:
    html = pages["d1"]
    facts = html.split('id="f-keyfacts"')[1].split("</section>")[0]
    assert "<dt>Type of review</dt>\n<dd>Safeguarding adults review</dd>" in facts
    assert "<dd>Adult R</dd>" in facts
    assert "<dd>October 2023</dd>" in facts
    assert "<dd>January 2021 to June 2023</dd>" in facts
    assert "Dr Anika Sorensen, Sorensen Review Associates, independent reviewer" in facts
    assert "Fenmoor Safeguarding Adults Board" in facts
    table = html.split('id="f-recommendations"')[1].split("</section>")[0]
    assert '<th scope="col">Number</th><th scope="col">Recommendation</th>' in table
    assert '<th scope="row">R4</th>' in table
    assert "Partially accepted" in table and "Funding is not available" in table
    assert table.count("<tr>") == 5
    documents = html.split('id="f-documents"')[1].split("</section>")[0]
    for label in ("(PDF, 1.4 MB, 46 pages)", "(PDF, 226 KB, 2 pages)", "(PDF, 500 KB, 8 pages)"):
        assert label in documents
    findings = html.split('id="f-key-findings"')[1].split("</section>")[0]
    assert findings.count("<li>") == 3
    contact = html.split('id="f-contact"')[1].split("</section>")[0]
    assert 'href="mailto:sab.business@fenmoor-sab.example"' in contact
    assert 'href="tel:01632960418"' in contact


def test_learning_brief_questions_follow_section_five(pages: dict[str, str]) -> None:
    html = pages["d2"]
    section = html.split('id="section-questions"')[1].split("</section>")[0]
    assert section.index('id="b-questions-0"') < section.index('id="f-questions"')
    assert section.count("<li>") == 3
    assert "Names, ages and some family details have been changed" in html
    assert html.index('id="f-disclaimer"') < html.index('id="section-background"')
    documents = html.split('id="f-documents"')[1].split("</section>")[0]
    assert "(PDF, 209 KB, 2 pages)" in documents
    assert "(MS Word Document, 38 KB)" in documents


def test_learning_brief_of_another_format_lists_questions_after_the_body() -> None:
    data = example_data("d2")
    data["format"] = "one_page"
    html = render_page(parse_record(data), now=NOW)
    questions = html.split('id="f-questions"')[1].split("</section>")[0]
    assert "Questions for reflection" in questions
    assert html.index('id="section-find-out-more"') < html.index('id="f-questions"')
    section = html.split('id="section-questions"')[1].split("</section>")[0]
    assert "f-questions" not in section


def test_news_item_quotes_support_box_and_media_contact(pages: dict[str, str]) -> None:
    html = pages["d3"]
    page = audit(html)
    quotes = html.split('id="f-quotes"')[1].split("</section>")[0]
    assert quotes.count("<blockquote>") == 2
    assert "<figcaption>Maya&#39;s family</figcaption>" in quotes
    assert html.index('id="section-read"') < html.index('id="f-quotes"')
    [support] = [e for e in page.elements_with("aside") if e.attrs.get("id") == "f-signposting"]
    assert support.attrs["aria-labelledby"] == "f-signposting-heading"
    box = html.split('id="f-signposting"')[1].split("</aside>")[0]
    assert ">Get support</h2>" in box
    assert '<a href="tel:08082000247">0808 2000 247</a>' in box
    assert "Media enquiries" in page.text and "Notes to editors" in page.text
    documents = html.split('id="f-documents"')[1].split("</section>")[0]
    for label in ("(PDF, 2.1 MB, 58 pages)", "(PDF, 393 KB, 9 pages)", "(PDF, 118 KB, 2 pages)"):
        assert label in documents


# -- embargo ---------------------------------------------------------------------------------

def _d3_published() -> dict:
    data = example_data("d3")
    data["published_on"] = "2031-05-14"
    return data


BEFORE = datetime(2031, 5, 13, 23, 0, tzinfo=UTC)   # 00:00 BST on 14 May
AFTER = datetime(2031, 5, 13, 23, 1, tzinfo=UTC)    # 00:01 BST: the embargo lifts


def test_embargo_banner_and_no_publication_date_while_embargoed() -> None:
    html = render_page(parse_record(_d3_published()), now=BEFORE)
    page = audit(html)
    banner = html.split('id="f-embargo"')[1].split("</div>")[0]
    assert "EMBARGOED UNTIL 00:01 Wednesday 14 May 2031" in banner
    assert html.index('id="f-embargo"') < html.index('id="f-masthead"')
    ld = page.json_ld()
    assert "datePublished" not in ld
    assert ld["creativeWorkStatus"] == "EMBARGOED UNTIL 00:01 Wednesday 14 May 2031"
    assert page.meta("DCTERMS.issued") == []
    assert page.meta("DCTERMS.available") == ["2031-05-14T00:01:00+01:00"]
    [css] = page.styles
    assert '@top-center { content: "EMBARGOED UNTIL 00:01 Wednesday 14 May 2031"' in css


def test_embargo_lifts_at_its_time() -> None:
    html = render_page(parse_record(_d3_published()), now=AFTER)
    page = audit(html)
    assert "EMBARGOED" not in html
    [placeholder] = [e for e in page.elements if e.attrs.get("id") == "f-embargo"]
    assert "hidden" in placeholder.attrs
    assert page.json_ld()["datePublished"] == "2031-05-14"
    assert page.meta("DCTERMS.issued") == ["2031-05-14"]
    assert "Published Wednesday 14 May 2031" in html


def test_embargo_label_is_london_time_whatever_the_stored_offset() -> None:
    data = _d3_published()
    data["embargo"]["until"] = "2031-05-13T23:01:00+00:00"
    html = render_page(parse_record(data), now=BEFORE)
    assert "EMBARGOED UNTIL 00:01 Wednesday 14 May 2031" in html
    data["embargo"]["until"] = "2031-01-08T00:01:00+00:00"  # winter: GMT
    html = render_page(parse_record(data), now=datetime(2031, 1, 1, tzinfo=UTC))
    assert "EMBARGOED UNTIL 00:01 Wednesday 8 January 2031" in html


def test_now_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError):
        render_page(example("d1"), now=datetime(2026, 11, 25, 12, 0))


def test_mode_is_checked_and_marks_the_body() -> None:
    html = render_page(example("d1"), now=NOW, mode="pdf")
    assert '<body class="mode-pdf">' in html
    with pytest.raises(ValueError):
        render_page(example("d1"), now=NOW, mode="poster")


# -- metadata ------------------------------------------------------------------------------

def test_review_notice_json_ld_follows_b8(pages: dict[str, str]) -> None:
    page = audit(pages["d1"])
    ld = page.json_ld()
    assert ld["@context"] == "https://schema.org"
    assert ld["@type"] == "Report"
    assert ld["name"] == ld["headline"] == "Safeguarding Adults Review: Adult R"
    assert ld["reportNumber"] == "FSAB-SAR-2023-02"
    assert ld["abstract"].startswith("An independent review")
    assert ld["datePublished"] == "2025-03-12"
    assert ld["inLanguage"] == "en-GB"
    assert ld["keywords"] == ["Self-neglect", "Hoarding", "Fire risk", "Mental capacity",
                              "Professional curiosity"]
    assert {"@type": "DefinedTerm", "name": "Hoarding", "termCode": "hoarding"} in ld["about"]
    assert ld["temporalCoverage"] == "2021-01/2023-06"
    assert ld["spatialCoverage"] == {"@type": "AdministrativeArea",
                                     "name": "Fenmoor Borough Council"}
    assert ld["author"] == {"@type": "Person", "name": "Dr Anika Sorensen",
                            "affiliation": {"@type": "Organization",
                                            "name": "Sorensen Review Associates"}}
    publisher = ld["publisher"]
    assert publisher["@type"] == "GovernmentOrganization"
    assert publisher["url"] == "https://fenmoor-sab.example"
    assert publisher["areaServed"] == "Fenmoor Borough Council"
    assert len(publisher["member"]) == 3
    [report, *_] = ld["encoding"]
    assert report == {
        "@type": "DigitalDocument",
        "name": "Safeguarding Adults Review: Adult R – full report",
        "contentUrl": "https://fenmoor-sab.example/files/"
                      "fenmoor-sab-sar-adult-r-full-report-2025-03-12.pdf",
        "encodingFormat": "application/pdf", "contentSize": "1.4 MB", "numberOfPages": 46,
        "inLanguage": "en-GB"}
    assert ld["accessMode"] == ["textual"]
    assert "Easy Read summary available" in ld["accessibilitySummary"]
    assert ld["citation"] == [{"@id": "urn:uuid:b7e0d6c4-2222-4a2b-8c3d-2f9e0a1b2c3d"}]


def test_news_and_brief_json_ld_types(pages: dict[str, str]) -> None:
    news = audit(pages["bradford"]).json_ld()
    assert news["@type"] == "NewsArticle"
    assert news["headline"] == "Publication of the Thematic Review into CSE in Bradford"
    assert news["author"]["name"] == "The Bradford Partnership"
    assert news["contentLocation"] == {"@type": "Place", "name": "Bradford District"}
    assert news["about"]["@type"] == "Report"
    assert news["about"]["temporalCoverage"] == "2001/.."
    d3 = audit(pages["d3"]).json_ld()
    assert d3["about"]["@id"] == "https://saferwrenmouth.example/reviews/dardr-maya"
    assert [m["contentSize"] for m in d3["associatedMedia"]] == ["2.1 MB", "393 KB", "118 KB"]
    brief = audit(pages["d2"]).json_ld()
    assert brief["@type"] == "Article"
    assert brief["learningResourceType"] == "7-minute briefing"
    assert brief["isBasedOn"][0]["name"] == "Baby M"
    assert brief["isBasedOn"][0]["@id"] == "https://harrowdale-scp.example/reviews/lcspr-baby-m"


def test_json_ld_escapes_markup_characters() -> None:
    data = example_data("d1")
    data["title"] = "</script><script>alert(1)</script> & <!-- x"
    html = render_page(parse_record(data), now=NOW)
    block = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in block and ">" not in block and "&" not in block
    assert "\\u003c/script\\u003e" in block
    assert json.loads(block)["name"] == data["title"]
    assert safety_problems(html) == []


def test_dublin_core(pages: dict[str, str]) -> None:
    page = audit(pages["d1"])
    assert page.meta("DC.title") == ["Safeguarding Adults Review: Adult R"]
    assert page.meta("DC.description")[0].startswith("An independent review")
    assert page.meta("DC.publisher") == ["Fenmoor Safeguarding Adults Board"]
    assert page.meta("DC.creator") == ["Dr Anika Sorensen"]
    assert page.meta("DCTERMS.issued") == ["2025-03-12"]
    assert page.meta("DC.type") == ["Review notice", "Safeguarding adults review", "Text"]
    assert page.meta("DC.identifier") == ["urn:uuid:6f1c2a0e-3b7d-4c1e-9a55-0d2f7e1b9c01"]
    assert page.meta("DC.language") == ["en-GB"]
    assert page.meta("DCTERMS.spatial") == ["Fenmoor Borough Council"]
    assert page.meta("DCTERMS.temporal") == ["January 2021 to June 2023"]
    assert "Mental capacity" in page.meta("DC.subject")
    assert page.meta("DCTERMS.audience") == ["Practitioners", "Managers", "Public"]
    assert page.meta("DC.rights") == ["© Fenmoor SAB 2025"]
    assert page.meta("description")[0].startswith("An independent review")
    bradford = audit(pages["bradford"])
    assert bradford.meta("DC.creator") == ["Clare Hyde MBE"]


def test_a_bare_draft_renders() -> None:
    record = parse_record({"schema_version": "1.0", "kind": "news_item", "title": "Draft",
                           "id": "11111111-1111-4111-8111-111111111111"})
    html = render_page(record, now=NOW)
    assert safety_problems(html) == []
    assert '<h1 id="f-title">Draft</h1>' in html
    assert audit(html).json_ld()["headline"] == "Draft"


def test_a_drafts_preview_is_marked_draft_and_its_final_copies_never_are() -> None:
    data = example_data("bradford")
    assert data["status"] == "draft"
    record = parse_record(data)
    preview = render_page(record, now=NOW, mode="preview")
    assert re.search(r'<div class="draft-banner" role="note"><strong>DRAFT</strong>', preview)
    for mode in ("html", "pdf"):
        assert "draft-banner\"" not in render_page(record, now=NOW, mode=mode)
    published = parse_record({**data, "status": "in_review"})
    assert 'class="draft-banner"' not in render_page(published, now=NOW, mode="preview")


def test_a_review_notice_without_a_review_type_is_called_a_review_notice() -> None:
    record = parse_record({"schema_version": "1.1", "kind": "review_notice", "title": "A review",
                           "id": "0b5c3f0e-7a52-4c1e-9a61-2f1d3c4b5a69"})
    assert '>Review notice<' in render_page(record, now=NOW, mode="html")
