"""Reading a PDF the way an accessibility checker does: the catalogue, the structure tree,
the XMP packet, the fonts, and which text is marked as an artifact (pikepdf and pypdf)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf
from pypdf import PdfReader

LIGATURES = re.compile("[\ufb00-\ufb06]")


@dataclass
class StructureNode:
    role: str
    alt: str | None = None
    children: list[StructureNode] = field(default_factory=list)

    def walk(self) -> list[StructureNode]:
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found


@dataclass
class PdfAudit:
    marked: bool
    language: str | None
    display_title: bool
    title: str | None
    xmp: str
    structure: StructureNode | None
    tabs: list[str]
    fonts_not_embedded: list[str]
    bookmarks: list[str]
    pages_content: list[str]  # text inside the structure (per page)
    pages_artifacts: list[str]  # text marked as an artifact (per page)

    @property
    def roles(self) -> list[str]:
        return [node.role for node in self.structure.walk()] if self.structure else []

    def nodes(self, role: str) -> list[StructureNode]:
        return [node for node in self.structure.walk() if node.role == role] \
            if self.structure else []

    @property
    def text(self) -> str:
        return "\n".join(a + "\n" + c for a, c in zip(self.pages_artifacts,
                                                        self.pages_content, strict=True))


def audit_pdf(source: Path | bytes) -> PdfAudit:
    data = source.read_bytes() if isinstance(source, Path) else source
    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root
        mark_info = root.get("/MarkInfo")
        preferences = root.get("/ViewerPreferences")
        metadata = root.get("/Metadata")
        tree = root.get("/StructTreeRoot")
        with pdf.open_outline() as outline:
            bookmarks = [str(item.title) for item in _outline_items(outline.root)]
        audit = PdfAudit(
            marked=bool(mark_info is not None and mark_info.get("/Marked")),
            language=str(root["/Lang"]) if "/Lang" in root else None,
            display_title=bool(preferences is not None
                               and preferences.get("/DisplayDocTitle")),
            title=str(pdf.docinfo["/Title"]) if "/Title" in pdf.docinfo else None,
            xmp=metadata.read_bytes().decode("utf-8") if metadata is not None else "",
            structure=_structure(tree) if tree is not None else None,
            tabs=[str(page.obj.get("/Tabs")) for page in pdf.pages],
            fonts_not_embedded=_fonts_not_embedded(pdf),
            bookmarks=bookmarks,
            pages_content=[], pages_artifacts=[],
        )
    for page in PdfReader(io.BytesIO(data)).pages:
        content, artifacts = _marked_text(page)
        audit.pages_content.append(content)
        audit.pages_artifacts.append(artifacts)
    return audit


def _outline_items(items: Any) -> list[Any]:
    found = []
    for item in items:
        found.append(item)
        found.extend(_outline_items(item.children))
    return found


def _structure(element: Any) -> StructureNode:
    role = str(element.get("/S", "/StructTreeRoot")).lstrip("/")
    alt = element.get("/Alt")
    node = StructureNode(role, str(alt) if alt is not None else None)
    kids = element.get("/K")
    if isinstance(kids, pikepdf.Dictionary):
        kids = [kids]
    if isinstance(kids, (pikepdf.Array, list)):
        for kid in kids:
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                node.children.append(_structure(kid))
    return node


def _fonts_not_embedded(pdf: pikepdf.Pdf) -> list[str]:
    missing = []
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            for part in [font, *font.get("/DescendantFonts", [])]:
                descriptor = part.get("/FontDescriptor")
                if part.get("/Subtype") == "/Type0":
                    continue
                if descriptor is None or not any(
                        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.append(str(font.get("/BaseFont")))
    return missing


def _marked_text(page: Any) -> tuple[str, str]:
    """The page's text inside the structure and inside /Artifact marked content."""
    stack: list[str] = []
    parts: dict[bool, list[str]] = {True: [], False: []}

    def before(operator: bytes, operands: list[Any], *_: Any) -> None:
        if operator in (b"BDC", b"BMC"):
            stack.append(str(operands[0]))
        elif operator == b"EMC" and stack:
            stack.pop()

    def text(value: str, *_: Any) -> None:
        if value:
            parts["/Artifact" in stack].append(value)

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return "".join(parts[False]), "".join(parts[True])
