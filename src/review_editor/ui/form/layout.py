"""How the record's top-level fields are arranged into sections, declared once.

Everything else about the form comes from the models' field metadata; this table only
groups the envelope's fields, names the read-only ones and the nouns for list items.
"""

from __future__ import annotations

import fnmatch
import re

#: Top-level sections in order. ``KIND`` stands for the fields the record's kind adds
#: (they form one section titled after the kind). Fields named nowhere go to an "Other"
#: section before "Record", so a new model field is never lost.
KIND = "<kind>"
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # What officers write first: the title, the summary and the body.
    ("About this page", ("title", "title_cy", "summary", "summary_cy")),
    ("Body", ("body",)),
    ("Publication", ("status", "published_on", "publish_at", "updated_on", "embargo")),
    ("Page details", ("slug", "language", "bilingual", "audience", "themes", "keywords")),
    ("Quotes", ("quotes",)),
    ("Get support", ("signposting",)),
    ("Links", ("links",)),
    ("Documents", ("attachments",)),
    ("Related records", ("related",)),
    ("Contact", ("contact",)),
    # Then the review's details and the statutory fields, with their completion.
    (KIND, ()),
    ("Review details", ("review",)),
    ("Publisher", ("publisher",)),
    ("Contributors", ("contributors",)),
    ("Availability", ("availability",)),
    ("Updates to this page", ("change_log",)),
    # Then the private fields, which never leave the machine.
    ("Sensitivity", ("sensitivity",)),
    ("Approvals", ("approvals",)),
    ("Internal notes", ("internal_notes",)),
    ("Import details", ("provenance",)),
    ("Record", ("id", "kind", "schema_version", "created_at", "modified_at",
                "translation_sources")),
)

#: Shown but never editable ("*" matches a list index). The translation record is kept by
#: the editor as Welsh texts are written.
READ_ONLY = ("id", "kind", "schema_version", "created_at", "modified_at", "body.*.id",
             "translation_sources.*.*")

#: The later sections: the review's details, statutory and private fields. Their headings
#: say how much is filled in ("Review details · 3 of 7 filled"); each can be collapsed.
LATER_SECTIONS = frozenset({"Review details", "Publisher", "Contributors", "Availability",
                            "Updates to this page", "Sensitivity", "Approvals",
                            "Internal notes", "Import details", "Record", KIND})
#: The sections open when a record opens: what officers write first. The others start
#: folded (their headings stay in view), unless the officer keeps one open for that kind of
#: record (``section_memory``).
OPEN_SECTIONS = frozenset({"About this page", "Body"})

#: Nouns for list items where the model's class name would read badly.
ITEM_NOUNS = {
    "Section": "section",
    "Attachment": "document",
    "PersonRole": "person",
    "Service": "support service",
    "Relation": "related record",
    "ChangeLogEntry": "update",
    "ReviewRef": "source review",
    "OverriddenFinding": "overridden finding",
}

#: The fields whose text summarises a list item in its header, first non-empty wins.
SUMMARY_FIELDS = ("heading", "title", "review_name", "name", "pseudonym", "text",
                  "description", "body", "note", "type", "code", "url", "target_id")


#: ``READ_ONLY`` as one pattern, and a list index in a path ("body.3.id"), which it names
#: by ``*``: a form's first fill asks about every field of every section.
_READ_ONLY_PATTERN = re.compile("|".join(f"(?:{fnmatch.translate(rule)})" for rule in READ_ONLY))
_LIST_INDEX = re.compile(r"\.\d+(?=\.|$)")


def is_read_only(path: str) -> bool:
    return _READ_ONLY_PATTERN.match(_LIST_INDEX.sub(".*", path)) is not None


def item_noun(model_name: str) -> str:
    if model_name in ITEM_NOUNS:
        return ITEM_NOUNS[model_name]
    return re.sub(r"(?<!^)(?=[A-Z])", " ", model_name).lower()
