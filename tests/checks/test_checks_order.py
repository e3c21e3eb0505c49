"""The runner's last steps, taken by code and by field rather than issue by issue: the
issues are the same, in the same order, as when each issue is looked at in turn and the
whole list sorted by one key."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from review_editor.checks import CheckContext, sort_issues
from review_editor.checks.issue import BLOCKING, INFO, WARNING, Issue
from review_editor.checks.reading import path_key
from review_editor.checks.runner import _adjusted
from review_editor.checks.settings import CheckSettings
from review_editor.checks.welsh import english_only_on_welsh, field_language, is_welsh, welsh_paths
from review_editor.model import parse_record

NOW = datetime(2031, 3, 4, 10, 0, tzinfo=UTC)

#: Paths of the page, Welsh versions, an attachment's, and made-up ones the model cannot
#: place (they share a place in the order, so their issues interleave by span).
_PATHS = ["title", "title_cy", "summary", "body.0.heading", "body.0.markdown",
          "body.0.markdown_cy", "body.1.markdown", "body.10.markdown", "body.2.markdown",
          "links.0.text", "attachments.0.title", "attachments.1.title", "unknown",
          "neither"]
_CODES = ["C1.1", "C3.1", "C3.12", "C4.1", "C4.2", "C4.10", "C4.12", "C4.15", "C5.1", "C6.6"]
_ISSUES = st.builds(Issue, st.sampled_from(_CODES), st.sampled_from([BLOCKING, WARNING, INFO]),
                    st.sampled_from(_PATHS),
                    st.sampled_from([None, (0, 3), (0, 4), (2, 3), (5, 9), (12, 20)]),
                    st.sampled_from(["m", "other"]), st.sampled_from(["", "s"]))


@st.composite
def _lists(draw: st.DrawFn) -> list[Issue]:
    """Runs of a field's issues (as the checks give them), then repeats of some of them."""
    issues = [issue for run in draw(st.lists(st.lists(_ISSUES, max_size=6), max_size=12))
              for issue in run]
    if issues:
        issues += draw(st.lists(st.sampled_from(issues), max_size=6))
    return issues


_LISTS = _lists()


def _record(language: str = "en-GB", **extra: Any) -> Any:
    return parse_record({
        "schema_version": "1.0", "id": "3b8f4a52-1c9d-4e7a-8f3b-5d6c7e8f9a01",
        "kind": "news_item", "title": "Page", "language": language,
        "body": [{"id": f"s{i}", "heading": "", "markdown": "Text."} for i in range(11)],
        "attachments": [{"id": "a0", "title": "Adroddiad", "filename": "a.pdf",
                         "language": "cy"},
                        {"id": "a1", "title": "Report", "filename": "b.pdf"}],
        **extra})


def _sorted_one_key(record: Any, issues: list[Issue]) -> list[Issue]:
    def key(issue: Issue) -> tuple[Any, ...]:
        family, _, number = issue.code[1:].partition(".")
        span = issue.span or (-1, -1)
        return (path_key(type(record), issue.field_path), span[0], span[1],
                (int(family), int(number or 0)))

    return sorted(dict.fromkeys(issues), key=key)


def _adjusted_one_by_one(record: Any, ctx: CheckContext, issues: list[Issue]) -> list[Issue]:
    publishing = ctx.publishing(record)
    overrides = ctx.settings.severity_overrides
    adjusted = []
    for issue in issues:
        if english_only_on_welsh(record, issue):
            continue
        if issue.code.startswith("C3.") and not publishing and issue.severity != INFO:
            issue = Issue(issue.code, INFO, issue.field_path, issue.span,
                          issue.message + " (needed before publication)", issue.suggestion)
        if issue.code in overrides:
            issue = Issue(issue.code, overrides[issue.code], issue.field_path, issue.span,
                          issue.message, issue.suggestion)
        adjusted.append(issue)
    return adjusted


_RECORD = _record()


@settings(max_examples=300, deadline=None)
@given(_LISTS)
def test_issues_sorted_field_by_field_are_in_the_one_key_order(issues: list[Issue]) -> None:
    assert sort_issues(_RECORD, issues) == _sorted_one_key(_RECORD, issues)


@settings(max_examples=200, deadline=None)
@given(_LISTS, st.sampled_from(["en-GB", "cy"]), st.booleans(), st.booleans(),
       st.sampled_from([{}, {"C4.1": WARNING}, {"C3.1": BLOCKING, "C4.12": INFO}]))
def test_issues_adjusted_code_by_code_are_those_adjusted_one_by_one(
        issues: list[Issue], language: str, bilingual: bool, publishing: bool,
        overrides: dict[str, Any]) -> None:
    record = _record(language, bilingual=bilingual)
    ctx = CheckContext(now=NOW, settings=CheckSettings(severity_overrides=overrides),
                       target_status="published" if publishing else None)
    assert _adjusted(record, ctx, list(issues)) == _adjusted_one_by_one(record, ctx, issues)


def test_a_long_records_issues_keep_their_order_and_lose_their_repeats() -> None:
    record = _record()
    issues = [Issue("C4.12", WARNING, f"body.{i % 11}.markdown", (j, j + 2), "m")
              for i in range(40) for j in range(0, 30, 3)]
    issues += [Issue("C4.10", BLOCKING, "body.3.markdown", (0, 2), "m"), issues[5]]
    assert sort_issues(record, issues) == _sorted_one_key(record, issues)
    assert len(sort_issues(record, issues)) == 11 * 10 + 1


@settings(max_examples=100, deadline=None)
@given(st.sets(st.sampled_from(_PATHS)), st.sampled_from(["en-GB", "cy", "cy-GB"]),
       st.booleans())
def test_welsh_paths_are_those_whose_field_language_is_welsh(
        paths: set[str], language: str, bilingual: bool) -> None:
    record = _record(language, bilingual=bilingual)
    expected = {path for path in paths if is_welsh(field_language(record, path))}
    assert welsh_paths(record, paths) == expected
