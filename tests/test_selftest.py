"""``run_self_test``: one line per step, missing packages fail, the checks it makes bite."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from review_editor import resources, selftest
from review_editor.selftest import STEPS, SelfTest, StepFailed, run_self_test

STEP_NAMES = [name for name, _step in STEPS]


def run(monkeypatch: pytest.MonkeyPatch, only: set[str] | None = None) -> tuple[int, list[str]]:
    if only is not None:
        monkeypatch.setattr(selftest, "STEPS", [s for s in STEPS if s[0] in only])
    lines: list[str] = []
    return run_self_test(lines.append), lines


def outcome(lines: list[str], step: str) -> str:
    (line,) = [line for line in lines if line.split(":")[0].split()[-1] == step]
    return line


def test_every_step_reports_one_line_in_order_and_the_status_follows(
        monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    status, lines = run(monkeypatch)
    *step_lines, summary = lines
    assert [line.split(":")[0].split()[1] for line in step_lines] == STEP_NAMES
    assert all(line.startswith(("ok ", "FAIL ")) for line in step_lines)
    failed = sum(line.startswith("FAIL ") for line in step_lines)
    assert summary == f"self-test: {len(STEPS) - failed} passed, {failed} failed"
    assert status == (0 if failed == 0 else 1)
    for step in ("resources", "examples", "checks", "webengine"):
        assert outcome(lines, step) == f"ok {step}"


def test_all_examples_are_loaded(tmp_path: Path) -> None:
    state = SelfTest(folder=tmp_path)
    selftest.step_examples(state)
    assert sorted(state.records) == sorted(p.name for p in resources.examples_dir().glob("*.json"))
    assert len(state.records) >= 4


def test_a_missing_package_is_a_failure_not_a_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "review_editor.render", None)
    monkeypatch.setitem(sys.modules, "review_editor.export.docx", None)
    status, lines = run(monkeypatch, {"examples", "render", "export-docx"})
    assert status == 1
    assert outcome(lines, "examples") == "ok examples"
    assert outcome(lines, "render").startswith("FAIL render: review_editor.render is not available")
    assert outcome(lines, "export-docx").startswith("FAIL export-docx: review_editor.export.docx")


def test_no_examples_fails_and_the_steps_after_it_say_why(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(resources, "examples_dir", lambda: tmp_path)
    status, lines = run(monkeypatch, {"examples", "checks"})
    assert status == 1
    assert lines[:2] == ["FAIL examples: no example records are bundled",
                         "FAIL checks: no example was loaded"]


def test_an_unreadable_example_fails_naming_the_file(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text('{"kind": "news_item",', encoding="utf-8")
    monkeypatch.setattr(resources, "examples_dir", lambda: tmp_path)
    _status, lines = run(monkeypatch, {"examples"})
    assert lines[0].startswith("FAIL examples:") and "broken.json" in lines[0]


def test_webengine_lays_out_a_page(qapp: Any, tmp_path: Path) -> None:
    selftest.step_webengine(SelfTest(folder=tmp_path))  # raises StepFailed otherwise


# The export steps' verification, against stand-in exporters --------------------------------

GOOD_HTML = (
    "<!doctype html><html lang='en-GB'><head><meta http-equiv='Content-Security-Policy' "
    "content=\"default-src 'none'\"><title>{title}</title>"
    "<script type=\"application/ld+json\">{{}}</script></head>"
    "<body><h1>{title}</h1><img alt='' src='data:image/png;base64,AA=='></body></html>"
)


def fake_exporter(monkeypatch: pytest.MonkeyPatch, fmt: str,
                  write: Callable[[Any, Path], None]) -> None:
    module = types.ModuleType(f"review_editor.export.{fmt}")

    def export(record: Any, folder: Path, *, now: Any, branding: Any = None) -> Path:
        target = folder / f"{record.slug or 'record'}.{fmt}"
        write(record, target)
        return target

    setattr(module, f"export_{fmt}", export)
    monkeypatch.setitem(sys.modules, module.__name__, module)


def html_state(tmp_path: Path) -> SelfTest:
    state = SelfTest(folder=tmp_path)
    selftest.step_examples(state)
    return state


def test_a_clean_html_export_passes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def write(record: Any, target: Path) -> None:
        target.write_text(GOOD_HTML.format(title=record.title.replace("&", "&amp;")), "utf-8")

    fake_exporter(monkeypatch, "html", write)
    selftest.step_export_html(html_state(tmp_path))


@pytest.mark.parametrize(("damage", "reason"), [
    (lambda page: page.replace("</body>", "<script>alert(1)</script></body>"),
     "executable script"),
    (lambda page: page.replace("Content-Security-Policy", "X-Nothing"),
     "no Content-Security-Policy"),
    (lambda page: page.replace("data:image/png;base64,AA==", "logo.png"), "loads a stylesheet"),
    (lambda page: page.replace("</head>", "<link rel='stylesheet' href='//cdn.example/a.css'>"
                                          "</head>"), "loads a stylesheet"),
])
def test_a_faulty_html_export_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                    damage: Callable[[str], str], reason: str) -> None:
    def write(record: Any, target: Path) -> None:
        page = GOOD_HTML.format(title=record.title.replace("&", "&amp;"))
        target.write_text(damage(page), "utf-8")

    fake_exporter(monkeypatch, "html", write)
    with pytest.raises(StepFailed, match=reason):
        selftest.step_export_html(html_state(tmp_path))


def test_a_docx_export_without_the_title_property_fails(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import docx

    def write(record: Any, target: Path) -> None:
        document = docx.Document()
        document.add_heading(record.title, level=1)
        document.core_properties.title = "Untitled"
        document.save(str(target))

    fake_exporter(monkeypatch, "docx", write)
    with pytest.raises(StepFailed, match="title property"):
        selftest.step_export_docx(html_state(tmp_path))


def test_a_docx_export_with_title_and_headings_passes(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import docx

    def write(record: Any, target: Path) -> None:
        document = docx.Document()
        document.add_heading(record.title, level=1)
        document.core_properties.title = record.title
        document.save(str(target))

    fake_exporter(monkeypatch, "docx", write)
    selftest.step_export_docx(html_state(tmp_path))


def write_pdf(title: str, lang: str | None, tagged: bool = True) -> Callable[[Any, Path], None]:
    from pypdf import PdfWriter
    from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject

    def write(record: Any, target: Path) -> None:
        writer = PdfWriter()
        writer.add_blank_page(width=595, height=842)
        writer.add_metadata({"/Title": title or record.title})
        if lang:
            writer._root_object[NameObject("/Lang")] = TextStringObject(lang)
        if tagged:
            writer._root_object[NameObject("/MarkInfo")] = DictionaryObject(
                {NameObject("/Marked"): BooleanObject(True)})
            writer._root_object[NameObject("/StructTreeRoot")] = DictionaryObject(
                {NameObject("/Type"): NameObject("/StructTreeRoot")})
        with open(target, "wb") as handle:
            writer.write(handle)

    return write


def test_a_pdf_export_with_title_and_language_passes(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: Any) -> None:
    fake_exporter(monkeypatch, "pdf", write_pdf("", "en-GB"))
    selftest.step_export_pdf(html_state(tmp_path))


@pytest.mark.parametrize(("title", "lang", "tagged", "reason"), [
    ("", None, True, "language"),
    ("Untitled", "en-GB", True, "title"),
    ("", "en-GB", False, "not tagged"),
])
def test_a_pdf_export_without_title_language_or_tags_fails(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: Any,
        title: str, lang: str | None, tagged: bool, reason: str) -> None:
    fake_exporter(monkeypatch, "pdf", write_pdf(title, lang, tagged))
    with pytest.raises(StepFailed, match=reason):
        selftest.step_export_pdf(html_state(tmp_path))


def test_the_profile_given_brands_the_exports(tmp_path: Path, app_home: Path) -> None:
    from review_editor import paths
    from review_editor.storage import OrganisationProfile, save_profile

    profile = paths.profile_file(tmp_path)
    save_profile(OrganisationProfile(name="Self-test Partnership", primary_colour="#4c2c92"),
                 profile, expected_sha256=None)
    state = SelfTest(folder=tmp_path, profile=profile)
    for step in (selftest.step_examples, selftest.step_profile, selftest.step_export_html):
        step(state)
    page = next((tmp_path / "html").glob("*.html")).read_text(encoding="utf-8")
    assert "Self-test Partnership" in page and "#4c2c92" in page
    profile.write_text("{}", encoding="utf-8")
    with pytest.raises(Exception, match="not an organisation profile"):
        selftest.step_profile(SelfTest(folder=tmp_path, profile=profile))
