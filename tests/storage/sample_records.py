"""A fully populated, fictional review notice, as JSON data, for storage tests."""

from __future__ import annotations

import copy
from typing import Any

RECORD_ID = "0b6f7d2e-3c1a-4e55-9a7e-2f4c8d9e1a03"


def rich_record_data() -> dict[str, Any]:
    """Every part of a record in use: review details, body, links, private parts."""
    return copy.deepcopy(_RICH)


def large_record_data(target_bytes: int = 200_000, variant: str = "A") -> dict[str, Any]:
    """The rich record with its body grown to about ``target_bytes`` of text."""
    data = rich_record_data()
    paragraph = (f"Version {variant}. Practitioners across Northvale did not share what they "
                 "knew about the family’s housing and the adult’s care needs. ") * 8
    sections = []
    index = 0
    while sum(len(section["markdown"]) for section in sections) < target_bytes:
        sections.append({"id": f"part-{index}", "heading": f"Part {index} — {variant}",
                         "markdown": paragraph})
        index += 1
    data["body"] = sections
    data["title"] = f"Safeguarding Adults Review: Adult R ({variant})"
    return data


def set_path(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of ``data`` with the dotted ``path`` set to ``value`` (``DELETE`` removes it)."""
    result = copy.deepcopy(data)
    *parents, last = path.split(".")
    target: Any = result
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    key: Any = int(last) if isinstance(target, list) else last
    if value is DELETE:
        del target[key]
    else:
        target[key] = value
    return result


DELETE = object()

_RICH: dict[str, Any] = {
    "schema_version": "1.0",
    "id": RECORD_ID,
    "kind": "review_notice",
    "status": "in_review",
    "title": "Safeguarding Adults Review: ‘Adult R’ — published 2031",
    "slug": "safeguarding-adults-review-adult-r",
    "summary": "Northvale Safeguarding Adults Board publishes the review into the care of "
               "Adult R, with six recommendations.",
    "language": "en-GB",
    "audience": ["practitioners", "public"],
    "themes": [{"id": "self-neglect", "label": "Self-neglect"}],
    "keywords": ["self-neglect", "hoarding"],
    "publisher": {
        "name": "Northvale Safeguarding Adults Board",
        "short_name": "NSAB",
        "publisher_type": "safeguarding_adults_board",
        "url": "https://nsab.example/",
        "email_domains": ["nsab.example"],
        "area_served": ["Northvale"],
        "former_names": [{"name": "Northvale Adult Protection Committee", "until": "2015-03"}],
        "independent_chair": {"name": "Dr Ada Quill", "post_nominals": "OBE", "role": "chair",
                              "independent": True},
    },
    "published_on": "2031-05-14",
    "publish_at": "2031-05-14T00:01:00+01:00",
    "embargo": {"until": "2031-05-14T00:01:00+01:00", "reason": "Publication day",
                "recipients": ["press@nsab.example"]},
    "contact": {"name": "Business unit", "email": "business.unit@nsab.example",
                "telephone": "01632 960123"},
    "review": {
        "review_type": "sar",
        "sar_basis": "mandatory_s44_1_3",
        "legal_basis": "care_act_2014_s44",
        "review_name": "Adult R",
        "commissioned_by": {"name": "Northvale Safeguarding Adults Board"},
        "commissioned_on": "2029-11",
        "trigger": "Adult R died in hospital after a long period of self-neglect.",
        "incident_notified_on": "2029-09-02",
        "period_covered": {"start": "2027", "end": "2029-08-30"},
        "number_of_cases": 1,
        "reviewers": [{"name": "Sam Ortelius", "role": "independent_reviewer",
                       "independent": True}],
        "completed_on": "2030-12-01",
        "publication_form": "full_report",
        "home_office_qa": {"submitted_on": "2030-12-15", "outcome": "approved"},
        "key_findings": [{"id": "F1", "text": "Agencies saw the risk but not the person.",
                          "themes": ["self-neglect"]}],
        "recommendations": [
            {"id": "R1", "text": "The Board should publish a self-neglect protocol.",
             "addressed_to": ["NSAB"], "response": "accepted",
             "actions": [{"id": "A1", "description": "Draft the protocol",
                          "owner_agency": "NSAB", "due": "2031-09", "status": "in_progress",
                          "updated_on": "2031-04-30"}]},
            {"id": "R2", "text": "Housing should share tenancy concerns.",
             "response": "partially_accepted", "response_reason": "Funding is under review.",
             "actions": []},
        ],
        "external_assessments": [{"body": "CQC", "year": 2030,
                                  "quote": "Partners work well together."}],
    },
    "body": [
        {"id": "about", "heading": "", "markdown": "Adult R was a *kind* and private man."},
        {"id": "learning", "heading": "What we learned",
         "markdown": "- Think family\n- Share information early\n"},
    ],
    "quotes": [{"text": "We want others to learn.", "attributed_to": "Adult R's family"}],
    "signposting": [{"name": "Northvale Adult Social Care", "phone": "01632 960000"}],
    "links": [{"text": "Read the full report", "url": "https://nsab.example/adult-r.pdf",
               "role": "full_report"}],
    "attachments": [{"id": "report", "title": "SAR Adult R", "role": "full_report",
                     "path": "adult-r.pdf", "media_type": "application/pdf",
                     "size_bytes": 524288, "pages": 42, "sha256": "ab" * 32,
                     "is_primary": True,
                     "accessibility": {"tagged_pdf": True, "lang_set": True},
                     "alt_formats": ["easy_read"]}],
    "related": [{"rel": "has_learning_brief", "target_id": "7c9e6679-7425-40de-944b-e07fc1f0d5a1"}],
    "change_log": [{"date": "2031-05-20", "note": "Corrected a typing error."}],
    "created_at": "2031-01-05T09:30:00Z",
    "modified_at": "2031-05-13T17:45:12.250000+01:00",
    "sensitivity": {"subjects": [{"pseudonym": "Adult R", "role": "adult",
                                  "age_band": "65_plus"}],
                    "sexual_offence_context": False, "proceedings_status": "none_known"},
    "approvals": [{"role": "chair", "name": "Dr Ada Quill", "date": "2031-05-01",
                   "decision": "approve"}],
    "internal_notes": "Family asked for no photographs.",
}
