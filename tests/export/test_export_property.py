"""Every valid record exports in every format, and nothing private or hidden leaks.

Hypothesis draws valid records of every kind from the model's own declarations (hostile
text: control characters, right-to-left marks, astral characters), with long summaries and
keywords, Markdown of every construct and of absurd depth, a canary in every private field
at any depth and in Markdown readers never see; each is exported to HTML, PDF, Word, plain
text and JSON. None may fail, and no file may hold a canary.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from export_helpers import CANARY, CANARY_DATE, NOW, with_canaries
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_TESTS / "storage"), str(_TESTS / "render")]
from markdown_strategies import deep_lists, deep_quotes, markdown  # noqa: E402
from record_strategies import record_data  # noqa: E402

from review_editor.export import export_record  # noqa: E402
from review_editor.model import dump, parse_record  # noqa: E402

FORMATS = {"html", "pdf", "docx", "txt", "json"}
MARKS = (CANARY, CANARY_DATE, "November 1911")
HIDDEN_CANARY = f"<!-- {CANARY} -->\n\n[{CANARY}]: https://x.example/{CANARY}"

BODY_MARKDOWN = st.one_of(
    markdown(hidden=CANARY),
    st.sampled_from([deep_lists(300), deep_quotes(500), "*" * 300 + "x" + "*" * 300]),
)


@st.composite
def hostile_records(draw: st.DrawFn) -> dict[str, Any]:
    data = dump(parse_record(draw(record_data())))  # JSON values (ids and times as text)
    if draw(st.booleans()):
        data["summary"] = draw(st.text(min_size=250, max_size=300).filter(str.strip))
    if draw(st.booleans()):
        data["keywords"] = [draw(st.text(min_size=100, max_size=200)) for _ in range(4)]
    data["body"] = [{"id": f"s{n}", "heading": f"Section {n}",
                     "markdown": draw(BODY_MARKDOWN) + "\n\n" + HIDDEN_CANARY}
                    for n in range(draw(st.integers(1, 3)))]
    review = dict(data.get("review") or {})
    review["executive_summary"] = draw(BODY_MARKDOWN)
    data["review"] = review
    return with_canaries(data)


def _everything_in(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".docx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(archive.read(name).decode("utf-8")
                             for name in archive.namelist()
                             if name.endswith((".xml", ".rels")))
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        parts = [page.extract_text() or "" for page in reader.pages]
        parts.extend(str(value) for value in (reader.metadata or {}).values())
        return "\n".join(parts)
    return data.decode("utf-8")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(hostile_records())
def test_every_valid_record_exports_everywhere_without_a_leak(data: dict[str, Any]) -> None:
    subject = parse_record(data)
    with tempfile.TemporaryDirectory() as folder:
        files = export_record(subject, FORMATS, Path(folder), now=NOW).files
        assert {path.suffix.lstrip(".") for path in files} == FORMATS
        for path in files:
            text = _everything_in(path)
            for mark in MARKS:
                assert mark not in text, f"{mark!r} in {path.name}"
        exported = Path(folder) / next(p.name for p in files if p.suffix == ".json")
        parse_record(json.loads(exported.read_text("utf-8")))
