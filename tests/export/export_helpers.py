"""Shared by the export tests: example records, pinned clocks, a canary in every private
field, and readers for each format that parse the file (html.parser, pypdf, python-docx,
zipfile) rather than matching bytes."""

from __future__ import annotations

import enum
import io
import json
import tempfile
import types
import typing
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from review_editor import resources
from review_editor.model import MODELS, parse_record, private_paths
from review_editor.model.records import RecordModel

#: Before D3's embargo lifts (00:01 Wednesday 14 May 2031) and after it.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
AFTER_EMBARGO = datetime(2031, 6, 2, 9, 0, tzinfo=UTC)
EMBARGO_LABEL = "EMBARGOED UNTIL 00:01 Wednesday 14 May 2031"

EXAMPLES = {
    "bradford": "thematic-review-into-cse-in-bradford.json",
    "d1": "sar-adult-r.json",
    "d2": "7-minute-briefing-baby-m.json",
    "d3": "dardr-maya-published.json",
}

CANARY = "CANARY-e5b1"
CANARY_DATE = "1911-11-11"
CANARY_DATETIME = "1911-11-11T11:11:00+00:00"
CANARY_NUMBER = 1911
#: What a canary looks like once formatted: the string, the date in ISO and in words.
CANARY_MARKS = (CANARY, CANARY_DATE, "November 1911", "1911")


def example_data(name: str) -> dict[str, Any]:
    return json.loads((resources.examples_dir() / EXAMPLES[name]).read_text(encoding="utf-8"))


def example(name: str) -> RecordModel:
    return parse_record(example_data(name))


# -- canaries -------------------------------------------------------------------------------

def canary_value(annotation: Any) -> Any:
    """A valid value for a field of this type with the canary wherever there is text."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return canary_value(args[0])
    if origin in (typing.Union, types.UnionType):
        return canary_value(next(arg for arg in args if arg is not type(None)))
    if origin is list:
        return [canary_value(args[0])]
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return {name: canary_value(info.annotation)
                    for name, info in annotation.model_fields.items()}
        if issubclass(annotation, enum.Enum):
            return list(annotation)[-1].value
        if annotation is bool:
            return True
        if issubclass(annotation, datetime):
            return CANARY_DATETIME
        if issubclass(annotation, date):
            return CANARY_DATE
        if annotation is int:
            return CANARY_NUMBER
        if annotation is str:
            return CANARY
    if "AwareDatetime" in repr(annotation):
        return CANARY_DATETIME
    raise TypeError(f"no canary for {annotation!r}")


def _field_annotation(model: type[BaseModel], path: list[str]) -> Any:
    annotation: Any = model
    for part in path:
        if part != "*":  # a list's items: the list's annotation already names their model
            annotation = _model_of(annotation).model_fields[part].annotation
    return annotation


def _model_of(annotation: Any) -> type[BaseModel]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        if arg is not type(None):
            return _model_of(arg)
    raise TypeError(f"{annotation!r} is not a model")


def _set_path(data: dict[str, Any], path: list[str], value: Any) -> None:
    """Set ``path`` in ``data``; ``*`` is every item of a list (one is added if empty)."""
    target: Any = data
    for index, part in enumerate(path[:-1]):
        if part == "*":
            if not target:
                target.append({})
            for item in target:
                _set_path(item, path[index + 1:], value)
            return
        following = path[index + 1]
        if following == "*":
            if not isinstance(target.get(part), list):
                target[part] = []
        elif not isinstance(target.get(part), dict):
            target[part] = {}
        target = target[part]
    target[path[-1]] = value


def with_canaries(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with every private field, at any depth, holding canary values."""
    model = MODELS[data["kind"]]
    filled = json.loads(json.dumps(data))
    for dotted in private_paths(model):
        path = dotted.split(".")
        _set_path(filled, path, canary_value(_field_annotation(model, path)))
    return filled


def canary_record(name: str) -> RecordModel:
    return parse_record(with_canaries(example_data(name)))


def private_values(record: RecordModel) -> list[Any]:
    """The value of every private field of ``record`` (to prove the canaries are in)."""
    values: list[Any] = []
    for dotted in private_paths(type(record)):
        found: list[Any] = [record]
        for part in dotted.split("."):
            if part == "*":
                found = [item for items in found for item in items]
            else:
                found = [getattr(value, part) for value in found]
        values.extend(found)
    return values


# -- readers --------------------------------------------------------------------------------

@dataclass
class HtmlAudit(HTMLParser):
    elements: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    scripts: list[tuple[dict[str, str], str]] = field(default_factory=list)
    text_parts: list[str] = field(default_factory=list)
    _in: str = ""
    _buffer: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.elements.append((tag, values))
        if tag in ("script", "style"):
            self._in, self._buffer = tag, []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            if tag == "script":
                self.scripts.append((self.with_tag("script")[-1], "".join(self._buffer)))
            self._in = ""

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buffer.append(data)
        else:
            self.text_parts.append(data)

    def with_tag(self, tag: str) -> list[dict[str, str]]:
        return [attrs for name, attrs in self.elements if name == tag]

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.text_parts).split())

    def json_ld(self) -> Any:
        [(_, text)] = self.scripts
        return json.loads(text)


def read_html(path: Path) -> HtmlAudit:
    audit = HtmlAudit()
    audit.feed(path.read_text(encoding="utf-8"))
    audit.close()
    return audit


@dataclass
class PdfContent:
    pages: int
    text: str
    metadata: dict[str, str]
    catalog: dict[str, Any]
    xmp_title: str | None
    xmp_language: list[str]
    xmp_text: str


def read_pdf(path: Path) -> PdfContent:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    # NFKC undoes the typographic ligatures ("ﬁ") the fonts print with.
    text = unicodedata.normalize(
        "NFKC", "\n".join(page.extract_text() or "" for page in reader.pages))
    xmp = reader.xmp_metadata
    titles = (xmp.dc_title or {}) if xmp is not None else {}
    stream = reader.trailer["/Root"].get("/Metadata")
    return PdfContent(len(reader.pages), text,
                      {str(k): str(v) for k, v in (reader.metadata or {}).items()},
                      dict(reader.trailer["/Root"]), titles.get("x-default"),
                      list(xmp.dc_language or []) if xmp is not None else [],
                      stream.get_object().get_data().decode("utf-8") if stream else "")


def docx_parts(path: Path) -> dict[str, str]:
    """Every XML part of a Word file (document, headers, core and app properties…)."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if name.endswith((".xml", ".rels"))}


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return "\n".join(parts)


def open_docx(path: Path) -> Any:
    import docx

    return docx.Document(str(path))


def docx_from_bytes(data: bytes) -> Any:
    import docx

    return docx.Document(io.BytesIO(data))


# -- one export of every example, shared by the test modules -------------------------------

_EXPORTS: dict[str, Any] = {}


def exported_examples() -> dict[str, dict[str, Path]]:
    """Every example, with canaries in all its private fields, exported once to every
    format at ``NOW`` (D3 still embargoed): example name → format → file."""
    if "examples" not in _EXPORTS:
        from review_editor.export import export_bundle

        folder = Path(tempfile.mkdtemp(prefix="review-editor-export-test-"))
        found: dict[str, dict[str, Path]] = {}
        for name in EXAMPLES:
            record = canary_record(name)
            result = export_bundle(record, folder, now=NOW, base_dir=resources.examples_dir())
            found[name] = {"manifest" if path.name == "manifest.json"
                           else path.suffix.lstrip("."): path for path in result.files}
        _EXPORTS["examples"] = found
    return _EXPORTS["examples"]
