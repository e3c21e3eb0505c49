"""Exports per language: a Welsh copy, an English copy or one bilingual copy in every format,
each text marked with its language (HTML ``lang``, Word ``w:lang``, PDF structure ``/Lang``)."""

from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from export_helpers import NOW
from pypdf import PdfReader

from review_editor import resources
from review_editor.export import cli_command
from review_editor.export.core import export_record
from review_editor.model import parse_record
from review_editor.storage.profile import PROFILE_FORMAT, PROFILE_VERSION

EXAMPLE = resources.examples_dir() / "adult-practice-review-adult-g.json"
STEM = "adult-practice-review-adult-g"
FORMATS = ["html", "pdf", "docx", "txt", "json"]


def example() -> Any:
    return parse_record(json.loads(EXAMPLE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("copies")
    for language in ("cy", "en", "bilingual"):
        export_record(example(), FORMATS, out, now=NOW, language=language, order="welsh_first")
    return out


def document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode("utf-8")


def styles_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/styles.xml").decode("utf-8")


def structure_languages(path: Path) -> tuple[str, set[str]]:
    pdf = pikepdf.open(path)
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, pikepdf.Dictionary):
            if "/Lang" in node:
                found.add(str(node.Lang))
            kids = node.get("/K")
            for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
                walk(kid)

    walk(pdf.Root.StructTreeRoot)
    return str(pdf.Root.Lang), found


def test_every_format_has_a_copy_per_language(copies: Path) -> None:
    names = sorted(path.name for path in copies.iterdir()
                   if path.name != ".review-editor-exports.json")  # what export wrote there
    assert names == sorted(f"{STEM}-{lang}.{fmt}" for lang in ("cy", "en", "bilingual")
                           for fmt in FORMATS)


def test_the_welsh_copies_are_welsh(copies: Path) -> None:
    record = example()
    text = (copies / f"{STEM}-cy.txt").read_text(encoding="utf-8")
    assert record.title_cy in text and "Cyhoeddwyd dydd Mawrth 10 Mehefin 2025" in text
    assert record.title not in text and "Key facts" not in text
    assert '<html lang="cy"' in (copies / f"{STEM}-cy.html").read_text(encoding="utf-8")
    assert 'w:lang w:val="cy"' in styles_xml(copies / f"{STEM}-cy.docx")
    assert structure_languages(copies / f"{STEM}-cy.pdf")[0] == "cy"
    data = json.loads((copies / f"{STEM}-cy.json").read_text(encoding="utf-8"))
    assert data["language"] == "cy" and data["title"] == record.title_cy
    assert not [key for key in json.dumps(data).split('"') if key.endswith("_cy")]


def test_the_plain_text_links_are_listed_under_a_heading_in_the_copy_language(
        copies: Path) -> None:
    welsh = (copies / f"{STEM}-cy.txt").read_text(encoding="utf-8")
    assert "\nDolenni\n-------\n\n[1] https://" in welsh and "\nLinks\n" not in welsh
    english = (copies / f"{STEM}-en.txt").read_text(encoding="utf-8")
    assert "\nLinks\n-----\n\n[1] https://" in english and "Dolenni\n---" not in english
    welsh_half, english_half = (copies / f"{STEM}-bilingual.txt").read_text(
        encoding="utf-8").split("*" * 72)
    assert "\nDolenni\n-------\n" in welsh_half and "\nLinks\n-----\n" in english_half


def test_the_page_numbers_are_in_the_documents_language(copies: Path) -> None:
    def footer(name: str) -> str:
        with zipfile.ZipFile(copies / name) as package:
            parts = [package.read(part).decode("utf-8") for part in package.namelist()
                     if part.startswith("word/footer")]
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", "".join(parts)))
        return re.sub(r"\d", "", text)  # the page fields' last values

    def pdf_text(name: str) -> str:
        return "".join(page.extract_text() for page in PdfReader(copies / name).pages)

    assert footer(f"{STEM}-cy.docx") == "Tudalen  o " and footer(f"{STEM}-en.docx") == \
        "Page  of "
    assert footer(f"{STEM}-bilingual.docx") == "Tudalen  o "  # welsh_first: Welsh leads
    assert re.search(r"Tudalen 1 o \d", pdf_text(f"{STEM}-cy.pdf"))
    assert "Page 1 of" not in pdf_text(f"{STEM}-cy.pdf")
    assert re.search(r"Page 1 of \d", pdf_text(f"{STEM}-en.pdf"))


def test_the_english_copies_hold_no_welsh(copies: Path) -> None:
    text = (copies / f"{STEM}-en.txt").read_text(encoding="utf-8")
    assert "Cyhoeddi" not in text and "Published Tuesday 10 June 2025" in text
    assert structure_languages(copies / f"{STEM}-en.pdf")[0] == "en-GB"


def test_the_bilingual_copies_hold_both_languages_marked(copies: Path) -> None:
    record = example()
    text = (copies / f"{STEM}-bilingual.txt").read_text(encoding="utf-8")
    assert text.index(record.title_cy) < text.index(record.title)  # Welsh first
    html = (copies / f"{STEM}-bilingual.html").read_text(encoding="utf-8")
    assert re.findall(r'<article class="record" lang="([^"]+)">', html) == ["cy", "en-GB"]
    docx = copies / f"{STEM}-bilingual.docx"
    assert 'w:lang w:val="cy"' in styles_xml(docx)  # the document's language: the first
    body = document_xml(docx)
    english_runs = re.findall(r'<w:r>(?:(?!</w:r>).)*?w:lang w:val="en-GB"(?:(?!</w:r>).)*?'
                              r'</w:r>', body, re.DOTALL)
    english_text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", "".join(english_runs)))
    assert record.title in english_text and record.title_cy not in english_text
    language, tagged = structure_languages(copies / f"{STEM}-bilingual.pdf")
    assert language == "cy" and "en-GB" in tagged
    data = json.loads((copies / f"{STEM}-bilingual.json").read_text(encoding="utf-8"))
    assert data["bilingual"] is True and data["title_cy"] == record.title_cy
    assert "translation_sources" not in data  # private


def test_docx_document_language_follows_the_first_copy() -> None:
    from review_editor.export.docx import docx_bytes
    from review_editor.export.languages import language_copies

    copies = language_copies(example(), "bilingual", "english_first")
    data = docx_bytes(copies[0], now=NOW, also=copies[1:])
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert 'w:lang w:val="en-GB"' in package.read("word/styles.xml").decode("utf-8")
        assert 'w:lang w:val="cy"' in package.read("word/document.xml").decode("utf-8")


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="review-editor export")
    cli_command.add_arguments(parser)
    return cli_command.run(parser.parse_args(argv))


def test_cli_language_and_the_profiles_order(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / EXAMPLE.name)
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps({"format": PROFILE_FORMAT, "version": PROFILE_VERSION,
                                   "name": "Bwrdd Diogelu Dyffryn Ogwen",
                                   "bilingual_order": "welsh_first"}), encoding="utf-8")
    out = tmp_path / "out"
    status = run([str(folder / EXAMPLE.name), "--format", "txt", "--language", "bilingual",
                  "--profile", str(profile), "--out", str(out), "--now", NOW.isoformat()])
    assert status == 0, capsys.readouterr().err
    text = (out / f"{STEM}-bilingual.txt").read_text(encoding="utf-8")
    record = example()
    assert text.index(record.title_cy) < text.index(record.title)


def test_cli_refuses_a_welsh_copy_of_an_english_only_record(
        tmp_path: Path, examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = run([str(examples_dir / "sar-adult-r.json"), "--format", "html", "--language",
                  "cy", "--out", str(tmp_path / "out"), "--now", NOW.isoformat()])
    assert status == 2
    assert "English only" in capsys.readouterr().err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
