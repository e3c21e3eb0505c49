"""The plain-text copy, for pasting into an email: the page's outline wrapped at 72
columns, headings underlined, lists with "- " and "1. ", and links as numbered footnotes
("[1]") listed under "Links" ("Dolenni" in a Welsh copy) at the end. While embargoed, the
first line is the label."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from ..model.bilingual import is_welsh_tag
from ..model.records import RecordModel
from ..render import Branding, render_blocks
from ..render.wording import speaking, t
from .files import write_output
from .names import export_filename
from .outline import (
    Block,
    Cell,
    Facts,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Runs,
    Table,
    outline,
    plain,
)

WIDTH = 72
UNDERLINES = {1: "=", 2: "-"}
QUOTE_INDENT = "    "
#: Web-page chrome with nothing to say in an email: the masthead repeats the publisher.
SKIPPED_BLOCKS = frozenset({"f-masthead"})


def txt_text(record: RecordModel, *, now: datetime, branding: Branding | None = None,
             base_dir: Path | None = None, also: Sequence[RecordModel] = ()) -> str:
    """The record as plain text; ``also`` are its other language copies, written after it."""
    texts = []
    for copy in (record, *also):
        writer = _Writer("cy" if is_welsh_tag(copy.language) else "en")
        for block_id, html in render_blocks(copy, now=now, branding=branding,
                                            base_dir=base_dir).items():
            if block_id not in SKIPPED_BLOCKS:
                writer.write(outline(html))
        texts.append(writer.text())
    return ("\n" + "*" * WIDTH + "\n\n").join(texts)


def txt_bytes(record: RecordModel, *, now: datetime, branding: Branding | None = None,
              base_dir: Path | None = None, also: Sequence[RecordModel] = ()) -> bytes:
    return txt_text(record, now=now, branding=branding, base_dir=base_dir,
                    also=also).encode("utf-8")


def export_txt(record: RecordModel, folder: Path, *, now: datetime,
               branding: Branding | None = None, base_dir: Path | None = None) -> Path:
    data = txt_bytes(record, now=now, branding=branding, base_dir=base_dir)
    return write_output(Path(folder) / export_filename(record, "txt", now), data)


def wrap(text: str, indent: str = "", hanging: str | None = None) -> list[str]:
    """Lines of at most 72 columns; long words (addresses) are never broken."""
    lines: list[str] = []
    first, rest = indent, indent if hanging is None else hanging
    for part in text.split("\n"):
        wrapped = textwrap.wrap(part, WIDTH, initial_indent=first, subsequent_indent=rest,
                                break_long_words=False, break_on_hyphens=False)
        lines.extend(wrapped or [first.rstrip()])
        first = rest
    return lines


class _Writer:
    def __init__(self, language: str = "en") -> None:
        self.language = language  # of the copy: its own words are in it
        self.chunks: list[list[str]] = []
        self.links: dict[str, int] = {}

    def text(self) -> str:
        chunks = [chunk for chunk in self.chunks if chunk]
        if self.links:
            with speaking(self.language):
                heading = t("Links")
            footnotes = [heading, "-" * len(heading), ""]
            footnotes.extend(f"[{number}] {url}" for url, number in self.links.items())
            chunks.append(footnotes)
        return "\n\n".join("\n".join(line.rstrip() for line in chunk) for chunk in chunks) \
            + "\n"

    def write(self, blocks: list[Block]) -> None:
        for block in blocks:
            self.chunks.append(self.block(block))

    def block(self, block: Block) -> list[str]:
        if isinstance(block, Heading):
            lines = wrap(self.inline(block.runs))
            mark = UNDERLINES.get(block.level, "~")
            return [*lines, mark * max(len(line) for line in lines)] if lines else []
        if isinstance(block, Paragraph):
            if block.role == "code":
                return [QUOTE_INDENT + line for line in plain(block.runs).split("\n")]
            return wrap(self.inline(block.runs))
        if isinstance(block, ListBlock):
            return self.list_block(block, "")
        if isinstance(block, Quote):
            return self.quote(block)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Facts):
            return self.facts(block)
        if isinstance(block, Figure):
            return self.figure(block)
        if isinstance(block, Rule):
            return ["* * *"]
        return []

    def facts(self, block: Facts) -> list[str]:
        lines: list[str] = []
        for term, values in block.items:
            value = "; ".join(self.inline(runs) for runs in values)
            lines.extend(wrap(f"{term}: {value}" if term else value, hanging="  "))
        return lines

    def list_block(self, block: ListBlock, indent: str) -> list[str]:
        lines: list[str] = []
        for number, item in enumerate(block.items, start=block.start):
            marker = f"{number}. " if block.ordered else "- "
            hanging = indent + " " * len(marker)
            first = True
            for part in item.blocks:
                if isinstance(part, ListBlock):
                    lines.extend(self.list_block(part, hanging))
                    continue
                text = self.inline(part)
                lines.extend(wrap(text, indent + marker, hanging) if first
                             else wrap(text, hanging))
                first = False
        return lines

    def quote(self, block: Quote) -> list[str]:
        lines: list[str] = []
        for index, runs in enumerate(block.paragraphs):
            if index:
                lines.append("")
            lines.extend(wrap(self.inline(runs), QUOTE_INDENT))
        if block.attribution:
            lines.extend(wrap("— " + self.inline(block.attribution), QUOTE_INDENT,
                              QUOTE_INDENT + "  "))
        return lines

    def table(self, block: Table) -> list[str]:
        headers = [self.cell(cell) for cell in block.header]
        lines: list[str] = []
        for row in block.rows:
            texts = [self.cell(cell) for cell in row]
            if not headers:
                lines.extend(wrap(" | ".join(texts)))
                continue
            if lines:
                lines.append("")
            lines.extend(wrap(texts[0] if texts else ""))
            for header, text in zip(headers[1:], texts[1:], strict=False):
                if text:
                    lines.extend(wrap(f"{header}: {text}", "  ", "    "))
        return lines

    def cell(self, cell: Cell) -> str:
        return "\n".join(self.inline(runs) for runs in cell.paragraphs)

    def figure(self, block: Figure) -> list[str]:
        lines = wrap(f"[Image: {block.picture.alt}]") if block.picture.alt else []
        if block.caption:
            lines.extend(wrap(self.inline(block.caption)))
        return lines

    def inline(self, runs: Runs) -> str:
        """The text of some runs, each link followed by its footnote number."""
        parts: list[str] = []
        index = 0
        while index < len(runs):
            run = runs[index]
            if run.picture is not None:
                parts.append(f"[Image: {run.picture.alt}]" if run.picture.alt else "")
                index += 1
                continue
            if not run.href:
                parts.append(run.text)
                index += 1
                continue
            text = ""
            while index < len(runs) and runs[index].href == run.href:
                text += runs[index].text
                index += 1
            parts.append(text + self.footnote(run.href, text))
        return "".join(parts)

    def footnote(self, url: str, text: str) -> str:
        if _shows_target(text, url):
            return ""
        number = self.links.setdefault(url, len(self.links) + 1)
        return f" [{number}]"


def _shows_target(text: str, url: str) -> bool:
    """True when the link text already shows where it goes (an address, a number)."""
    shown = text.strip().rstrip("/").lower()
    target = url.strip().rstrip("/").lower()
    if target.startswith("tel:"):
        return re.sub(r"[^0-9+]", "", shown) == target[4:]
    for prefix in ("mailto:", "https://", "http://"):
        target = target.removeprefix(prefix)
        shown = shown.removeprefix(prefix)
    return shown == target
