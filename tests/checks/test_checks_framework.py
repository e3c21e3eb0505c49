"""The check framework: issues, registry, settings, context, ordering, offsets."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from typing import Any

import pytest
from check_samples import NOW, context, mutated, record_from, sample_data, span_text

from review_editor.checks import (
    BLOCKING,
    INFO,
    WARNING,
    CheckContext,
    CheckSettings,
    DenyList,
    Issue,
    all_checks,
    blocking,
    findings,
    get_check,
    run_checks,
)
from review_editor.checks.issue import issues_from
from review_editor.checks.text import markdown_field


def test_issue_is_frozen_and_findings_are_blocking_and_warning() -> None:
    issues = [Issue("C1.4", BLOCKING, "title", (0, 3), "m"),
              Issue("C4.4", WARNING, "summary", None, "m"),
              Issue("C4.1", INFO, "summary", None, "m")]
    with pytest.raises(AttributeError):
        issues[0].code = "C9.9"  # type: ignore[misc]
    assert blocking(issues) == issues[:1]
    assert findings(issues) == issues[:2]



def test_an_issue_is_the_value_of_its_fields() -> None:
    issue = Issue("C4.12", WARNING, "body.0.markdown", (3, 8), "m", suggestion="s")
    same = Issue(code="C4.12", severity=WARNING, field_path="body.0.markdown", span=(3, 8),
                 message="m", suggestion="s")
    assert issue == same and hash(issue) == hash(same) and len({issue, same}) == 1
    assert tuple(issue) == ("C4.12", WARNING, "body.0.markdown", (3, 8), "m", "s")
    assert issue._replace(span=None) == Issue("C4.12", WARNING, "body.0.markdown", None, "m", "s")
    assert Issue("C4.1", INFO, "summary", None, "m").suggestion == ""
    assert repr(same).startswith("Issue(code='C4.12', severity='warning'")
    with pytest.raises(AttributeError):
        issue.message = "other"  # type: ignore[misc]
    rows = [("C4.12", WARNING, "body.0.markdown", (3, 8), "m", "s"),
            ("C4.1", INFO, "summary", None, "m", "")]
    made = list(issues_from(rows))
    assert made == [Issue(*row) for row in rows] and all(type(i) is Issue for i in made)
    assert made[0].span == (3, 8) and made[1].is_finding is False


def test_every_catalogue_check_is_registered_with_family_and_severity() -> None:
    codes = [spec.code for spec in all_checks()]
    expected = (["C1." + str(n) for n in range(1, 12)] + ["C2." + str(n) for n in range(1, 6)]
                + ["C3.1", "C3.2", "C3.3", "C3.4", "C3.7", "C3.8", "C3.9", "C3.10", "C3.11",
                   "C3.12", "C3.13", "C3.14", "C3.15"]
                + ["C4." + str(n) for n in range(1, 17)] + ["C5." + str(n) for n in range(1, 10)]
                + ["C6." + str(n) for n in range(1, 10)]
                + ["C7.1", "C7.3", "C7.4", "C7.5", "C7.6", "C7.7", "C7.8", "C7.9"]
                + ["C8.1", "C8.3", "C8.4", "C8.5"])
    assert codes == expected
    assert get_check("C6.3").family == "C6"
    assert get_check("C4.1").severity == INFO


def test_settings_load_from_a_dict_and_extend_lists() -> None:
    settings = CheckSettings.from_dict({"jigsaw_threshold": 4,
                                        "extra_helpline_numbers": ["01632 960 000"],
                                        "extra_glossary": {"YOT": "youth offending team"},
                                        "unknown_key": 1})
    assert settings.jigsaw_threshold == 4
    assert "999" in settings.helpline_numbers and "01632 960 000" in settings.helpline_numbers
    assert settings.glossary["YOT"] == "youth offending team"
    assert settings.glossary["CSE"] == "child sexual exploitation"
    assert CheckSettings.from_dict(None).jigsaw_threshold == 5


def test_context_needs_an_aware_now() -> None:
    with pytest.raises(ValueError):
        CheckContext(now=datetime(2026, 11, 25, 12, 0))


def test_issues_come_in_reading_order() -> None:
    data = mutated("d3", lambda d: (
        d.update(title="Domestic abuse review: Maya published today!"),
        d["body"][1].update(markdown="The MASH met. The HV & GP agreed.")))
    issues = findings(run_checks(record_from(data), context(record_from(data))))
    order = [(i.field_path, i.span) for i in issues]
    assert order[0][0] == "title"
    body = [span for path, span in order if path == "body.1.markdown"]
    assert body == sorted(body)


def test_spans_map_back_to_the_markdown_source() -> None:
    markdown = "Intro *with* [a link](https://x.example) and **CSE** café &amp; more CSE."
    field = markdown_field("body.0.markdown", markdown)
    start = field.text.index("CSE")
    source = field.source_span(start, start + 3)
    assert markdown[source[0]:source[1]] == "CSE"
    start = field.text.rindex("CSE")
    source = field.source_span(start, start + 3)
    assert markdown[source[0]:source[1]] == "CSE" and source[0] > 60
    start = field.text.index("a link")
    assert markdown[slice(*field.source_span(start, start + 6))] == "a link"


def test_spans_survive_lists_tables_and_non_ascii_lines() -> None:
    markdown = ("Café – intro.\n\n- first item\n- second **item** with ILACS\n\n"
                "| Name | Note |\n|---|---|\n| Zoë | ILACS again |\n")
    data = mutated("d3", lambda d: d["body"][1].update(markdown=markdown))
    issues = [i for i in run_checks(record_from(data), context(record_from(data)), {"C4.4"})
              if i.field_path == "body.1.markdown"]
    assert [span_text(data, i) for i in issues] == ["ILACS"]
    assert issues[0].span[0] == markdown.index("ILACS")


def test_private_fields_are_never_scanned_for_text() -> None:
    canary = "Kai Brennan of 12 Harlow Close, GH4 7QT, born 4 June 2019, 07700 900123"

    def hide(data: dict[str, Any]) -> None:
        data["internal_notes"] = canary
        data["sensitivity"]["identifier_review"] = {"motivated_intruder_notes": canary}
        data["approvals"][0]["note"] = canary
        data["review"]["home_office_qa"] = {"outcome": "approved"}

    denylist = DenyList.create()
    denylist.add("Kai Brennan")
    data = mutated("d1", hide)
    record = record_from(data)
    issues = run_checks(record, context(record, denylist=denylist))
    assert findings(issues) == []


def test_target_status_final_export_counts_as_published() -> None:
    data = mutated("d3", lambda d: d.update(status="draft"))
    record = record_from(data)
    assert not context(record).publishing(record)
    for target in ("final_export", "final export"):
        ctx = context(record, target_status=target)
        assert ctx.publishing(record) and ctx.effective_status(record) == "published"


def test_runs_do_not_change_the_record() -> None:
    record = record_from(sample_data("bradford"))
    before = record.model_dump()
    run_checks(record, context(record))
    assert record.model_dump() == before


def test_checks_import_no_qt() -> None:
    code = ("import sys, review_editor.checks as c; from review_editor.checks import spelling;"
            "c.all_checks(); assert not [m for m in sys.modules if m.startswith('PySide6')]")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_context_is_usable_for_single_checks_outside_a_run() -> None:
    record = record_from(sample_data("d2"))
    ctx = CheckContext(now=NOW)
    assert get_check("C3.8").function(record, ctx) == []


def test_cached_results_follow_edits_settings_and_the_deny_list() -> None:
    data = sample_data("d3")
    record = record_from(data)
    denylist = DenyList.create()

    def codes(settings: CheckSettings | None = None) -> set[str]:
        ctx = context(record, denylist=denylist, settings=settings)
        return {i.code for i in findings(run_checks(record, ctx))}

    assert codes() == set()
    denylist.add("Penhallow")
    record.body[1].markdown += " Ruth Penhallow agreed."
    assert "C1.1" in codes()
    denylist.remove("Penhallow")
    assert "C1.1" not in codes()
    record.body[1].markdown += " We will act going forward."
    assert "C4.3" not in codes()
    raised = CheckSettings(severity_overrides={"C4.3": "warning"})
    assert "C4.3" in codes(raised)
    record.title = record.body[1].heading
    assert "C4.7" in codes()
