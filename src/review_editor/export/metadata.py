"""What the PDF and Word files say about themselves (title, author, subject, keywords,
language, dates), from the public copy of the record only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .. import __version__
from ..model import label
from ..model.records import RecordModel
from ..render import embargo_label, public_copy
from .characters import printable

APPLICATION = "Review Editor"
UNTITLED = "Untitled"


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str  # the publisher: reviewers are named on the page, not as file authors
    subject: str  # the summary
    keywords: list[str] = field(default_factory=list)  # themes, then free keywords
    language: str = "en-GB"
    identifier: str = ""  # urn:uuid:<record id>
    category: str = ""  # the kind of page ("News item")
    created: datetime | None = None
    modified: datetime | None = None
    embargo: str | None = None  # "EMBARGOED UNTIL …" while embargoed

    @property
    def creator_tool(self) -> str:
        return f"{APPLICATION} {__version__}"


def document_info(record: RecordModel, now: datetime) -> DocumentInfo:
    public = public_copy(record)
    keywords = [printable(theme.label) for theme in public.themes if theme.label]
    keywords += [printable(word) for word in public.keywords if word and word not in keywords]
    publisher = public.publisher.name if public.publisher and public.publisher.name else ""
    return DocumentInfo(
        # A document needs a title (PDF/UA-1 refuses one without): a draft may have none.
        title=printable(public.title) if printable(public.title).strip() else UNTITLED,
        author=printable(publisher),
        subject=printable(public.summary or ""),
        keywords=keywords,
        language=printable(public.language or "en-GB"),
        identifier=f"urn:uuid:{public.id}",
        category=label(public.kind),
        created=public.created_at or now,
        modified=now,
        embargo=embargo_label(public, now),
    )
