"""Private fields (🔒) never leave through ``public_dump``, at any depth, in any kind."""

from __future__ import annotations

import json
from typing import Any

import pytest
from model_fill import PRIVATE_CANARY, PRIVATE_DATE, PUBLIC_TEXT, filled_data

from review_editor.model import MODELS, dump, parse_record, private_paths, public_dump

EXPECTED_PRIVATE = {
    "sensitivity", "approvals", "internal_notes", "review.incident_notified_on",
    "review.rapid_review_sent_on", "review.panel_notified_on", "review.sos_sent_on",
    "review.ofsted_sent_on", "review.home_office_qa", "provenance", "attachments.*.path",
    "translation_sources",  # which English each Welsh text was written from (bilingual records)
}


def _resolve(data: Any, path: str) -> list[Any]:
    """Every value at ``path`` (``*`` stands for each item of a list)."""
    found = [data]
    for part in path.split("."):
        step: list[Any] = []
        for value in found:
            if part == "*" and isinstance(value, list):
                step.extend(value)
            elif isinstance(value, dict) and part in value:
                step.append(value[part])
        found = step
    return found


@pytest.mark.parametrize("kind", list(MODELS))
def test_the_private_paths_are_the_ones_domain_lists(kind: str):
    assert set(private_paths(MODELS[kind])) == EXPECTED_PRIVATE


@pytest.mark.parametrize("kind", list(MODELS))
def test_public_dump_strips_every_private_field(kind: str):
    record = parse_record(filled_data(kind))
    full = dump(record)
    public = public_dump(record)
    full_text = json.dumps(full, ensure_ascii=False)
    public_text = json.dumps(public, ensure_ascii=False)

    paths = list(private_paths(type(record)))
    for path in paths:
        assert _resolve(full, path), f"{path} was not filled"
        assert _resolve(public, path) == [], f"{path} reached the public dump"
    assert PRIVATE_CANARY in full_text
    assert PRIVATE_CANARY not in public_text
    assert PRIVATE_DATE.isoformat() not in public_text
    assert "1999-12" not in public_text  # private partial dates and datetimes too
    # Everything else is still there.
    assert public_text.count(PUBLIC_TEXT) == full_text.count(PUBLIC_TEXT)
    assert public["review"]["review_name"] == f"{PUBLIC_TEXT} review_name"
    assert public["review"]["recommendations"][0]["actions"][0]["description"]


@pytest.mark.parametrize("kind", list(MODELS))
def test_public_dump_drops_unknown_keys_at_every_depth(kind: str):
    data = filled_data(kind)
    data["schema_version"] = "1.9"
    data["future_secret"] = PRIVATE_CANARY
    data["review"]["future_secret"] = PRIVATE_CANARY
    data["body"][0]["future_secret"] = PRIVATE_CANARY
    data["review"]["recommendations"][0]["actions"][0]["future_secret"] = PRIVATE_CANARY
    record = parse_record(data)
    public_text = json.dumps(public_dump(record), ensure_ascii=False)
    assert "future_secret" not in public_text and PRIVATE_CANARY not in public_text
    assert json.dumps(dump(record), ensure_ascii=False).count("future_secret") == 4


def test_public_dump_of_a_draft_has_no_private_keys_even_when_empty():
    record = parse_record({"schema_version": "1.0", "id": "7c9e6679-7425-40de-944b-e07fc1f0d5a1",
                           "kind": "review_notice", "title": "Adult R"})
    public = public_dump(record)
    assert "approvals" not in public  # an empty list is still a private field
    assert "approvals" in dump(record)
