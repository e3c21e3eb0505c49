"""Deceptive links: an address with user information before its host reads as one site and
goes to another ("https://www.gov.uk@elsewhere.example/" goes to elsewhere.example). It is
a blocking C7 finding wherever an address is written, and the page never links to it."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from review_editor.checks import CheckContext, run_checks
from review_editor.model import parse_record
from review_editor.render import render_page

NOW = datetime(2031, 3, 4, 10, 0, tzinfo=UTC)
DECEPTIVE = [
    "https://www.gov.uk@elsewhere.example/",
    "https://www.gov.uk@elsewhere.example/guidance/working-together",
    "https://www.nspcc.org.uk:443@elsewhere.example/",
    "https://reviews:secret@elsewhere.example/report.pdf",
    "https://www.gov.uk%2Fguidance@elsewhere.example/",
    "https://@elsewhere.example/",
    "HTTPS://WWW.GOV.UK@ELSEWHERE.EXAMPLE/",
    "http://www.gov.uk@elsewhere.example/",
]
HONEST = [
    "https://www.gov.uk/guidance/@partnership",
    "https://www.example.org/search?q=name@example.org",
    "https://www.example.org/page#@top",
]


def _record(url: str, *, where: str) -> Any:
    data: dict[str, Any] = {
        "schema_version": "1.0", "id": "5d3c0f6e-7b1a-4c2d-8e5f-0a1b2c3d4e5f",
        "kind": "news_item", "title": "Learning from a review", "language": "en-GB",
        "body": [{"id": "main", "heading": "Background",
                  "markdown": "The partnership published its report."}],
    }
    if where == "markdown":
        data["body"][0]["markdown"] = f"Read [the guidance on GOV.UK]({url}) first."
    elif where == "autolink":
        data["body"][0]["markdown"] = f"Read the guidance at <{url}> first."
    elif where == "links":
        data["links"] = [{"text": "Guidance on GOV.UK", "url": url}]
    elif where == "attachment":
        data["attachments"] = [{"title": "The full report", "url": url}]
    elif where == "publisher":
        data["publisher"] = {"name": "Northmoor Safeguarding Partnership", "url": url}
    elif where == "signposting":
        data["signposting"] = [{"name": "Advice line", "url": url}]
    return parse_record(data)


WHERE = ["markdown", "autolink", "links", "attachment", "publisher", "signposting"]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("url", DECEPTIVE)
def test_a_deceptive_address_blocks_and_names_where_it_goes(url: str, where: str):
    record = _record(url, where=where)
    found = [i for i in run_checks(record, CheckContext(now=NOW)) if i.code == "C7.1"]
    deceptive = [i for i in found if "deceptive" in i.message]
    assert [i.severity for i in deceptive] == ["blocking"], found
    assert "elsewhere.example" in deceptive[0].message.lower()


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("url", DECEPTIVE)
def test_the_page_never_links_to_it(url: str, where: str):
    html = render_page(_record(url, where=where), now=NOW)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert not [h for h in hrefs if "elsewhere.example" in h.lower()], hrefs


@pytest.mark.parametrize("url", HONEST)
def test_an_at_sign_after_the_host_is_not_deceptive(url: str):
    record = _record(url, where="markdown")
    found = [i for i in run_checks(record, CheckContext(now=NOW)) if i.code == "C7.1"]
    assert not [i for i in found if "deceptive" in i.message], found
    assert 'href="https://www.' in render_page(record, now=NOW)


def test_a_backslash_before_the_at_sign_is_refused_too():
    # Browsers read "\" as "/" (the host is www.gov.uk), other programs do not: ambiguous.
    record = _record("https://www.gov.uk\\@elsewhere.example/", where="links")
    found = [i for i in run_checks(record, CheckContext(now=NOW)) if i.code == "C7.1"]
    assert [i.severity for i in found] == ["blocking"]
