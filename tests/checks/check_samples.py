"""Sample records for the check tests: DOMAIN D1–D3 and the Bradford example (B9)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from review_editor.checks import (
    CheckContext,
    CheckSettings,
    DenyList,
    Issue,
    findings,
    run_checks,
    workspace_index,
)
from review_editor.model import parse_record

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
SAMPLE_NAMES = ("d1", "d2", "d3")


def sample_data(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def record_from(data: dict[str, Any]) -> Any:
    return parse_record(data)


def workspace(*records: Any) -> dict[str, Any]:
    """D1–D3 in one workspace, with the given records in place of their originals."""
    by_id = {str(record_from(sample_data(n)).id): record_from(sample_data(n))
             for n in SAMPLE_NAMES}
    for record in records:
        by_id[str(record.id)] = record
    return workspace_index(by_id.values())


def context(record: Any, *, settings: CheckSettings | None = None,
            denylist: DenyList | None = None, now: datetime = NOW, **kwargs: Any) -> CheckContext:
    return CheckContext(now=now, settings=settings or CheckSettings(), denylist=denylist,
                        workspace=kwargs.pop("workspace", None) or workspace(record), **kwargs)


def check(data: dict[str, Any], **kwargs: Any) -> list[Issue]:
    record = record_from(data)
    return run_checks(record, context(record, **kwargs))


def mutated(name: str, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(sample_data(name))
    change(data)
    return data


def finding_codes(issues: list[Issue]) -> set[str]:
    return {issue.code for issue in findings(issues)}


def describe(issues: list[Issue]) -> str:
    return "\n".join(f"{i.code} {i.severity} {i.field_path} {i.span} {i.message}"
                     for i in issues)


def span_text(data: dict[str, Any], issue: Issue) -> str:
    """The text an issue points at, read from the field's own value."""
    value: Any = data
    for part in issue.field_path.split("."):
        value = value[int(part)] if part.isdigit() else value[part]
    assert issue.span is not None
    return value[issue.span[0]:issue.span[1]]


def identification_sentences() -> list[str]:
    """Every identification sentence: the fixture's items and the fresh and held-out sets."""
    texts = [item["text"] for item in json.loads(
        (FIXTURES / "identification.json").read_text(encoding="utf-8"))["items"]]
    for path in sorted(FIXTURES.glob("identification*/*.jsonl")):
        texts += [json.loads(line)["text"] for line in
                  path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts
