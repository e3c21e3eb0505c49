"""Hostile input, through the sanitiser alone and in every text field of a record: the page
has no executable script, no handler, no forbidden element and no unsafe URL."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hostile_payloads import PAYLOADS
from pydantic import ValidationError
from render_helpers import NOW, audit, example_data, safety_problems

from review_editor.model import parse_record
from review_editor.model.records import RecordModel
from review_editor.render import render_blocks, render_page
from review_editor.render.markdown import sanitise, to_html

FIXED_KEYS = {"schema_version", "id", "kind"}


def test_there_are_at_least_a_hundred_distinct_payloads() -> None:
    assert len(set(PAYLOADS)) >= 100


def _fragment_problems(html: str) -> list[str]:
    # A fragment has no JSON-LD block; wrap it so the page rules apply to the rest.
    return safety_problems(
        f'<script type="application/ld+json">{{}}</script><div>{html}</div>')


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sanitiser_alone(payload: str) -> None:
    assert _fragment_problems(sanitise(payload)) == []
    assert _fragment_problems(to_html(payload)) == []


# -- every text field of a record ---------------------------------------------------------

def _rich(name: str) -> dict[str, Any]:
    """An example with every optional public text field filled, so each can carry a payload."""
    data = example_data(name)
    data.update({
        "keywords": ["keyword"], "contributors": [{"name": "A writer", "post_nominals": "OBE",
                                                   "organisation": "An org", "role": "author"}],
        "quotes": data.get("quotes") or [{"text": "Quoted.", "attributed_to": "A chair",
                                          "source": "A meeting"}],
        "signposting": [{"name": "A helpline", "phone": "0808 2000 247",
                         "url": "https://help.example", "hours": "24 hours"}],
        "links": [{"text": "A link", "url": "https://a.example/page", "role": "other"}],
        "change_log": [{"date": "2025-04-01", "note": "Corrected a date."}],
        "related": [{"rel": "see_also", "url": "https://a.example/related"}],
        "provenance": {"source_url": "https://a.example/source", "source_file": "page.txt",
                       "removed_boilerplate": ["cookie line"], "cleanups": ["spaces"]},
        "contact": {"name": "Team", "email": "team@a.example", "telephone": "01632 960 000",
                    "url": "https://a.example/contact"},
        "updated_on": "2025-04-01",
    })
    data["publisher"] = {**data["publisher"], "url": "https://a.example",
                         "short_name": "Short", "area_served": ["An area"],
                         "statutory_partners": ["A partner"]}
    review = data.setdefault("review", {})
    review.update({
        "review_type": review.get("review_type", "sar"), "review_name": "A review",
        "reference": "REF-1", "trigger": "A trigger", "methodology": "Systems",
        "commissioned_by": {"name": "A board"}, "commissioned_by_former_name": "An old name",
        "executive_summary": "An **executive** summary.", "good_practice": ["Good."],
        "key_findings": [{"id": "F1", "text": "A finding."}],
        "recommendations": [{"id": "R1", "text": "Do it.", "addressed_to": ["All"],
                             "response": "partially_accepted", "response_reason": "Money."}],
        "partnership_response": "We accept.", "publication_delay_reason": "A delay",
        "external_assessments": [{"body": "Ofsted", "inspection": "ILACS", "year": 2018,
                                  "quote": "A strength.", "source_url": "https://a.example/o"}],
    })
    attachment = {"title": "A document", "role": "full_report", "url": "https://a.example/d.pdf",
                  "media_type": "application/pdf", "size_bytes": 1000, "pages": 2,
                  "alt_formats": ["easy_read"], "accessibility": {
                      "tagged_pdf": False, "known_issues": "Some tables are images."}}
    data["attachments"] = [*data.get("attachments", []), attachment]
    if data["kind"] == "news_item":
        data.update({"notes_to_editors": "Notes.", "location": "A district",
                     "about_review_url": "https://a.example/review",
                     "media_contact": {"name": "Press", "email": "press@a.example",
                                       "telephone": "01632 960 001",
                                       "url": "https://a.example/press"}})
    if data["kind"] == "learning_brief":
        data.update({"practice_points": ["A point."], "thematic_source": "A theme",
                     "disclaimer": "Details changed."})
    return data


def _string_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, str):
        return [path]
    if isinstance(value, dict):
        return [p for key, item in value.items() if not (path == () and key in FIXED_KEYS)
                for p in _string_paths(item, (*path, key))]
    if isinstance(value, list):
        return [p for index, item in enumerate(value) for p in _string_paths(item, (*path, index))]
    return []


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(data, path[:-1])[path[-1]] = value


def _with_payload(base: dict[str, Any], payload: str) -> tuple[RecordModel, int]:
    """The record with the payload in every string field that accepts free text; fields
    with a format (dates, enums, ids, patterns, short limits) keep their value."""
    data = copy.deepcopy(base)
    paths = _string_paths(base)
    for path in paths:
        _set(data, path, payload)
    kept = set()
    for _ in range(20):
        try:
            return parse_record(data), len(paths) - len(kept)
        except ValidationError as error:
            for problem in error.errors():
                loc = tuple(problem["loc"])
                if loc and loc[0] == base["kind"]:
                    loc = loc[1:]
                for path in paths:
                    if path[:len(loc)] == loc or loc[:len(path)] == path:
                        _set(data, path, _get(base, path))
                        kept.add(path)
    raise AssertionError("could not place the payload")


@pytest.fixture(scope="module")
def bases() -> dict[str, dict[str, Any]]:
    return {name: _rich(name) for name in ("bradford", "d1", "d2", "d3")}


@pytest.fixture(scope="module")
def clean_styles(bases: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    return {name: audit(render_page(parse_record(data), now=NOW)).styles
            for name, data in bases.items()}


def test_payloads_reach_most_fields(bases: dict[str, dict[str, Any]]) -> None:
    for data in bases.values():
        record, placed = _with_payload(data, "<b>x</b>")
        assert placed >= 50
        assert record.title == "<b>x</b>" and record.body[0].markdown == "<b>x</b>"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_in_every_text_field(payload: str, bases: dict[str, dict[str, Any]],
                                     clean_styles: dict[str, list[str]],
                                     tmp_path: Path) -> None:
    (tmp_path / "x.png").write_bytes(b"<svg onload=alert(1)>")  # an SVG pretending
    for name, data in bases.items():
        record, _ = _with_payload(data, payload)
        html = render_page(record, now=NOW, base_dir=tmp_path)
        assert safety_problems(html) == [], name
        # No record text reaches the stylesheet.
        assert audit(html).styles == clean_styles[name], name
        blocks = render_blocks(record, now=NOW, base_dir=tmp_path)
        assert all(block in html for block in blocks.values())
