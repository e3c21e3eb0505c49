"""No private (🔒) field reaches the page: a canary in every one of them is never shown."""

from __future__ import annotations

from typing import Any

import pytest
from render_helpers import NOW, example_data

from review_editor.model import parse_record, private_paths
from review_editor.model.parts import Approval, Sensitivity
from review_editor.model.records import MODELS
from review_editor.model.review import HomeOfficeQA
from review_editor.render import Branding, render_blocks, render_page

CANARY = "CANARY-7f3a"
CANARY_DATE = "1911-11-11"
CANARY_DATETIME = "1911-11-11T11:11:00+00:00"


def _private_data() -> dict[str, Any]:
    text = CANARY
    return {
        "sensitivity": {
            "subjects": [{"pseudonym": f"{text} subject", "role": "child", "age_band": "1_4",
                          "pseudonym_chosen_by": "family"}],
            "sexual_offence_context": True, "proceedings_status": "active",
            "proceedings_concluded_on": CANARY_DATE, "proceedings_checked_by": text,
            "proceedings_checked_on": CANARY_DATE,
            "reporting_restrictions": [{"type": text, "order_ref": text,
                                        "expires": CANARY_DATE}],
            "inquest_status": text, "family_consulted_on": CANARY_DATE,
            "family_told_publication_date_on": CANARY_DATE, "family_consent_for_quotes": True,
            "identifier_review": {"reviewer": text, "date": CANARY_DATE,
                                  "motivated_intruder_notes": text,
                                  "images_show_no_subject": True},
            "dpia_ref": text, "named_professionals": [text], "not_names": [text],
            "identifiability_score": {"score": 1911, "computed_at": CANARY_DATETIME},
        },
        "approvals": [{"role": "legal", "name": text, "date": CANARY_DATE,
                       "decision": "override", "note": text, "record_hash": text,
                       "reason": text, "overridden": [{"code": text, "field_path": text}]}],
        "internal_notes": text,
        "translation_sources": [{"welsh": text, "english": text}],
        "provenance": {"source_url": f"https://example.org/{text}",
                       "source_file": f"C:/Users/{text}/case.docx",
                       "imported_on": CANARY_DATETIME, "removed_boilerplate": [text],
                       "cleanups": [text]},
        "attachments": [{"title": "Full report", "path": f"{text}/report.pdf",
                         "media_type": "application/pdf"}],
    }


def _review_private() -> dict[str, Any]:
    return {
        "incident_notified_on": CANARY_DATE, "rapid_review_sent_on": CANARY_DATE,
        "panel_notified_on": CANARY_DATE, "sos_sent_on": CANARY_DATE,
        "ofsted_sent_on": CANARY_DATE,
        "home_office_qa": {"submitted_on": CANARY_DATE, "panel_meeting_on": CANARY_DATE,
                           "outcome": "resubmit", "final_approval_on": CANARY_DATE,
                           "letter_attachment_id": CANARY},
    }


def test_the_canary_data_covers_every_private_field() -> None:
    covered = {*_private_data(), *(f"review.{key}" for key in _review_private()),
               "attachments.*.path"}
    for model in MODELS.values():
        assert set(private_paths(model)) <= covered
    data = _private_data()
    assert set(data["sensitivity"]) == set(Sensitivity.model_fields)
    assert set(data["approvals"][0]) == set(Approval.model_fields)
    assert set(_review_private()["home_office_qa"]) == set(HomeOfficeQA.model_fields)


@pytest.mark.parametrize("name", ["bradford", "d1", "d2", "d3"])
def test_no_private_field_reaches_the_page(name: str) -> None:
    data = example_data(name)
    data.update(_private_data())
    data["review"] = {**(data.get("review") or {"review_type": "sar"}), **_review_private()}
    record = parse_record(data)
    assert record.internal_notes == CANARY  # the canary is really in the record
    outputs = [render_page(record, now=NOW, mode=mode) for mode in ("preview", "html", "pdf")]
    outputs.append(render_page(record, now=NOW, branding=Branding(organisation_name="Board")))
    outputs.extend(render_blocks(record, now=NOW).values())
    for output in outputs:
        assert CANARY not in output
        assert "1911" not in output
        assert "11 November" not in output
        assert "Resubmit" not in output and "resubmit" not in output


def test_unknown_keys_do_not_reach_the_page() -> None:
    data = example_data("d1")
    data["future_field"] = CANARY
    data["review"]["future_field"] = CANARY
    html = render_page(parse_record(data), now=NOW)
    assert CANARY not in html
