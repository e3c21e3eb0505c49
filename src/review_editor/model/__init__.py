"""The record model: pydantic v2 models, vocabularies, dates. Pure data, no I/O, no Qt.

Names load on first use: the vocabularies, dates and field metadata need no pydantic, so
the window can list records and build its form before the models are loaded.
"""

from typing import TYPE_CHECKING

from ..lazy import lazy_getattr

if TYPE_CHECKING:
    from .dates import LONDON, format_date, format_datetime, format_partial
    from .fields import PartialDate, field_meta
    from .meta import FieldMeta
    from .records import (
        MODELS,
        LearningBrief,
        NewsItem,
        Record,
        RecordBase,
        RecordModel,
        ReviewNotice,
        json_schema,
        new_record,
        parse_record,
    )
    from .version import SCHEMA_VERSION
    from .vocab import APPROVED_OR_LATER, Kind, Status, label
    from .walk import dump, private_paths, public_dump, unknown_keys

_HOMES = {
    **dict.fromkeys(("LONDON", "format_date", "format_datetime", "format_partial"), "dates"),
    **dict.fromkeys(("PartialDate", "field_meta"), "fields"),
    "FieldMeta": "meta",
    **dict.fromkeys(("MODELS", "LearningBrief", "NewsItem", "Record", "RecordBase",
                     "RecordModel", "ReviewNotice", "json_schema", "new_record",
                     "parse_record"), "records"),
    "SCHEMA_VERSION": "version",
    **dict.fromkeys(("APPROVED_OR_LATER", "Kind", "Status", "label"), "vocab"),
    **dict.fromkeys(("dump", "private_paths", "public_dump", "unknown_keys"), "walk"),
}

__getattr__ = lazy_getattr(__name__, _HOMES)

__all__ = [
    "APPROVED_OR_LATER", "LONDON", "MODELS", "SCHEMA_VERSION", "FieldMeta", "Kind",
    "LearningBrief", "NewsItem", "PartialDate", "Record", "RecordBase", "RecordModel",
    "ReviewNotice", "Status", "dump", "field_meta", "format_date", "format_datetime",
    "format_partial", "json_schema", "label", "new_record", "parse_record", "private_paths",
    "public_dump", "unknown_keys",
]
