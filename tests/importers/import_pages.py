"""Fictional pages for the importer tests, each written out as text, HTML and Word.

Every organisation, person and address here is invented (.example domains only).
A page is a list of blocks; ``as_text``, ``as_html`` and ``as_docx`` write the same page the
way a browser copy, a saved web page and a Word draft would hold it, messy parts included.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from review_editor.importers.command import import_each_to_folder

HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

# Blocks: ("p", text) ("h", text) ("ul", items) ("ol", items) ("table", rows) ("link", text, url)
# A list item is a string or (string, [sub-items]).
Block = tuple[Any, ...]


@dataclass
class Page:
    key: str
    title: str
    dateline: str  # as the page writes it
    published_on: str
    publisher: str
    publisher_type: str | None
    blocks: list[Block]
    date_in_title: bool = False  # "Title Tue 27 Jul 2021" on one line, as some sites print it
    suggestions: dict[str, Any] = field(default_factory=dict)  # field path -> expected value

    @property
    def paragraphs(self) -> list[str]:
        return [block[1] for block in self.blocks if block[0] == "p"]

    @property
    def headings(self) -> list[str]:
        return [block[1] for block in self.blocks if block[0] == "h"]

    @property
    def links(self) -> list[tuple[str, str]]:
        return [(block[1], block[2]) for block in self.blocks if block[0] == "link"]


PAGES = [
    Page(
        key="fenmoor-sar",
        title="Safeguarding Adults Review: Adult R published",
        dateline="Published: 12/03/2031",
        published_on="2031-03-12",
        publisher="Fenmoor Safeguarding Adults Board",
        publisher_type="safeguarding_adults_board",
        blocks=[
            ("p", "Today the Fenmoor Safeguarding Adults Board (FSAB) has published its "
                  "Safeguarding Adults Review into the death of Adult R, a man who lived "
                  "alone in the Fenmoor District."),
            ("p", "The review was commissioned in March 2029 and written by independent "
                  "reviewer Dr Priya Natarajan. It considered events from January 2026 to "
                  "June 2028."),
            ("h", "What the review found"),
            ("p", "Agencies did not always share what they knew about his self-neglect and "
                  "hoarding."),
            ("ul", ["Professional curiosity was limited", ("Escalation routes were unclear",
                                                          ["between housing and health",
                                                           "between police and fire"])]),
            ("p", "“We accept every recommendation and have already started work,” said "
                  "Margaret Okafor, Independent Chair of the Fenmoor Safeguarding Adults "
                  "Board."),
            ("link", "Read the full report", "https://fenmoor-sab.example/adult-r-report.pdf"),
            ("link", "Easy Read summary", "https://fenmoor-sab.example/adult-r-easy-read.pdf"),
        ],
        suggestions={
            "review.review_type": "sar",
            "review.review_name": "Adult R",
            "review.commissioned_on": "2029-03",
            "review.period_covered": {"start": "2026-01", "end": "2028-06"},
            "review.reviewers": {"name": "Dr Priya Natarajan", "role": "independent_reviewer",
                                 "independent": True},
            "quotes": {"text": "We accept every recommendation and have already started work",
                       "attributed_to": "Margaret Okafor, Independent Chair of the Fenmoor "
                                        "Safeguarding Adults Board"},
        },
    ),
    Page(
        key="harrowdale-lcspr",
        title="Local Child Safeguarding Practice Review: Baby M",
        dateline="Thursday 12 June 2031",
        published_on="2031-06-12",
        publisher="The Harrowdale Safeguarding Children Partnership",
        publisher_type="safeguarding_children_partnership",
        blocks=[
            ("p", "The Harrowdale Safeguarding Children Partnership has published a Local "
                  "Child Safeguarding Practice Review about Baby M, who was seriously injured "
                  "at seven weeks old."),
            ("p", "The review was carried out by Tom Reeve and Asha Lindqvist OBE. It was "
                  "commissioned following a rapid review of the injuries in 2029."),
            ("h", "Learning for practitioners"),
            ("ol", ["Ask about safe sleep at every contact", "Involve fathers in every "
                    "assessment", ("Record who lives in the household", ["adults",
                                                                           "visitors"])]),
            ("h", "Recommendations"),
            ("table", [["Number", "Recommendation", "Response"],
                       ["R1", "Review the safe sleep pathway", "Accepted"],
                       ["R2", "Train staff in working with fathers", "Accepted"]]),
            ("link", "7-minute briefing: Baby M",
             "https://harrowdale-scp.example/7mb-baby-m.pdf"),
        ],
        suggestions={
            "review.review_type": "lcspr",
            "review.review_name": "Baby M",
            "review.reviewers": {"name": "Asha Lindqvist", "post_nominals": "OBE",
                                 "role": "lead_reviewer", "independent": False},
            "review.trigger": "A rapid review of the injuries in 2029",
        },
    ),
    Page(
        key="wrenmouth-dardr",
        title="Domestic Abuse Related Death Review ‘Maya’ published",
        dateline="14th May 2031",
        published_on="2031-05-14",
        publisher="The Wrenmouth Community Safety Partnership",
        publisher_type="community_safety_partnership",
        blocks=[
            ("p", "The Wrenmouth Community Safety Partnership has today published the "
                  "Domestic Abuse Related Death Review into the death of Maya."),
            ("p", "Publication was delayed because of criminal proceedings, which ended "
                  "in 2030. The review looked at contact with services between 2019 and 2022."),
            ("p", "Maya’s family said: “She was funny, kind and brave, and we want her story "
                  "to change how services listen.”"),
            ("h", "Support"),
            ("p", "If you are affected by domestic abuse you can call 01632 960123 at any "
                  "time."),
            ("link", "Overview report", "https://saferwrenmouth.example/maya-overview.pdf"),
        ],
        suggestions={
            "review.review_type": "dardr",
            "review.review_name": "Maya",
            "review.publication_delay_reason": "criminal proceedings",
            "review.period_covered": {"start": "2019", "end": "2022"},
            "quotes": {"text": "She was funny, kind and brave, and we want her story to change "
                               "how services listen.",
                       "attributed_to": "Maya’s family"},
        },
    ),
    Page(
        key="kestrel-vale-thematic",
        title="Thematic review into neglect in Kestrel Vale",
        dateline="Tue 14 Oct 2031",
        published_on="2031-10-14",
        publisher="The Kestrel Vale Safeguarding Partnership",
        publisher_type=None,
        date_in_title=True,
        blocks=[
            ("p", "Thematic review into neglect in Kestrel Vale"),  # the title, repeated
            ("p", "The Kestrel Vale Safeguarding Partnership – Protecting Children and "
                  "Adults at Risk, has published a thematic review of neglect across the "
                  "Kestrel Vale Borough."),
            ("p", "The review was commissioned in September 2029 and led by independent "
                  "reviewer Helen Marsh MBE. Ofsted’s 2028 JTAI inspection found “neglect "
                  "is recognised late in adolescence”."),
            ("p", "The review covered twelve families since 2024."),
            ("link", "Read the partnership’s response",
             "https://kestrelvale-sp.example/neglect-response"),
        ],
        suggestions={
            "review.review_type": "thematic_review",
            "review.review_name": "Thematic review into neglect in Kestrel Vale",
            "review.commissioned_on": "2029-09",
            "review.reviewers": {"name": "Helen Marsh", "post_nominals": "MBE",
                                 "role": "independent_reviewer", "independent": True},
            "review.period_covered": {"start": "2024"},
            "review.external_assessments": {"body": "Ofsted", "inspection": "JTAI",
                                            "year": 2028,
                                            "quote": "neglect is recognised late in "
                                                     "adolescence"},
            "location": "Kestrel Vale Borough",
        },
    ),
    Page(
        key="ashby-marsh-chair",
        title="New independent scrutineer for Ashby Marsh",
        dateline="Posted on 2 January 2031",
        published_on="2031-01-02",
        publisher="The Ashby Marsh Safeguarding Children Partnership",
        publisher_type="safeguarding_children_partnership",
        blocks=[
            ("p", "The Ashby Marsh Safeguarding Children Partnership welcomes Sam Ortiz as "
                  "its independent scrutineer from February."),
            ("p", "Sam said: “I look forward to working with all three partners and with "
                  "young people across the area.”"),
            ("ul", ["Police", "Health", "The council"]),
            ("link", "Contact the partnership", "mailto:hello@ashbymarsh-scp.example"),
        ],
        suggestions={},
    ),
]


# writers ----------------------------------------------------------------------------------

def _items_text(items: list[Any], ordered: bool, depth: int = 0) -> list[str]:
    lines = []
    for number, item in enumerate(items, start=1):
        text, children = (item, []) if isinstance(item, str) else item
        marker = f"{number}." if ordered else "-"
        lines.append(f"{'    ' * depth}{marker} {text}")
        lines.extend(_items_text(children, ordered, depth + 1))
    return lines


def as_text(page: Page) -> str:
    """As a browser copy gives it: blank lines between paragraphs, nbsp in empty lines."""
    lines = ["Skip to main content", ""]
    if page.date_in_title:
        lines += [f"{page.title} {page.dateline}", ""]
    else:
        lines += [page.title, "", page.dateline, ""]
    for block in page.blocks:
        kind = block[0]
        if kind in ("p", "h"):
            lines += [block[1], "\u00a0"] if kind == "p" else [block[1]]
        elif kind in ("ul", "ol"):
            lines += _items_text(block[1], kind == "ol")
        elif kind == "table":
            lines += ["\t".join(row) for row in block[1]]
        elif kind == "link":
            lines.append(f"{block[1]} {block[2]}")
        lines.append("")
    lines += ["Share this page", "", "© 2031 All rights reserved"]
    return "\n".join(lines)


def _items_html(items: list[Any], tag: str) -> str:
    parts = []
    for item in items:
        text, children = (item, []) if isinstance(item, str) else item
        inner = _items_html(children, tag) if children else ""
        parts.append(f"<li>{html.escape(text)}{inner}</li>")
    return f"<{tag}>{''.join(parts)}</{tag}>"


def as_html(page: Page) -> str:
    """As a CMS saves it: cookie banner, navigation, header, footer and a sidebar."""
    body = []
    for block in page.blocks:
        kind = block[0]
        if kind == "p":
            body.append(f"<p>{html.escape(block[1]).replace(' ', '&nbsp;', 1)}</p>\n"
                        "<p>&nbsp;</p>")
        elif kind == "h":
            body.append(f"<h2>{html.escape(block[1])}</h2>")
        elif kind in ("ul", "ol"):
            body.append(_items_html(block[1], kind))
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{html.escape(c)}"
                                            f"</{'th' if i == 0 else 'td'}>" for c in row)
                           + "</tr>" for i, row in enumerate(block[1]))
            body.append(f"<table><tbody>{rows}</tbody></table>")
        elif kind == "link":
            body.append(f'<p><a href="{html.escape(block[2])}">{html.escape(block[1])}</a></p>')
    title = html.escape(page.title)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title} | {page.publisher}</title>
<script>window.tracking = "ignore me";</script><style>p {{ color: red }}</style></head>
<body>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve this site.</p>
<button>Accept all</button></div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a>
</li><li><a href="/reviews">Reviews</a></li></ul></nav></header>
<main id="main"><article>
<h1>{title}</h1>
<p class="date">{html.escape(page.dateline)}</p>
{chr(10).join(body)}
<div class="share-links"><a href="https://social.example/share">Share on Social</a></div>
</article>
<aside class="related"><h2>Related news</h2><p>Annual report published</p></aside>
</main>
<footer><p>{html.escape(page.publisher)} · Privacy · Accessibility</p></footer>
</body></html>"""


def add_hyperlink(paragraph: Any, text: str, url: str) -> None:
    rel_id = paragraph.part.relate_to(url, HYPERLINK_REL, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def _items_docx(document: Any, items: list[Any], ordered: bool, depth: int = 1) -> None:
    for item in items:
        text, children = (item, []) if isinstance(item, str) else item
        style = f"List {'Number' if ordered else 'Bullet'}{'' if depth == 1 else f' {depth}'}"
        document.add_paragraph(text, style=style)
        _items_docx(document, children, ordered, depth + 1)


def as_docx(page: Page) -> bytes:
    """As a Word draft: Title style, empty paragraphs, headings, list styles, a table."""
    document = docx.Document()
    document.add_paragraph(page.title, style="Title")
    document.add_paragraph(page.dateline)
    document.add_paragraph("")
    for block in page.blocks:
        kind = block[0]
        if kind == "p":
            document.add_paragraph(block[1])
            document.add_paragraph("\u00a0")
        elif kind == "h":
            document.add_paragraph(block[1], style="Heading 1")
        elif kind in ("ul", "ol"):
            _items_docx(document, block[1], kind == "ol")
        elif kind == "table":
            rows = block[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        elif kind == "link":
            add_hyperlink(document.add_paragraph(), block[1], block[2])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def split_page(tmp_path: Path, text: str, now: datetime) -> list[tuple[str, str | None]]:
    """(title, review type) of each record ``import --split`` writes for a page's text."""
    source = tmp_path / "page.txt"
    source.write_text(text, encoding="utf-8")
    written = import_each_to_folder(source, tmp_path / "out", now=now, accept_suggestions=True)
    return [(result.record.title, result.record.review.review_type
             if result.record.review and result.record.review.review_type else None)
            for _path, result in written]
