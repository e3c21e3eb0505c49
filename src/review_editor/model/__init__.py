"""The record model: pydantic v2 models, vocabularies, dates. Pure data, no I/O, no Qt."""

from .dates import LONDON, PartialDate, format_date, format_datetime, format_partial
from .fields import FieldMeta, field_meta
from .records import (
    MODELS,
    SCHEMA_VERSION,
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
from .vocab import APPROVED_OR_LATER, Kind, Status, label
from .walk import dump, private_paths, public_dump, unknown_keys

__all__ = [
    "APPROVED_OR_LATER", "LONDON", "MODELS", "SCHEMA_VERSION", "FieldMeta", "Kind",
    "LearningBrief", "NewsItem", "PartialDate", "Record", "RecordBase", "RecordModel",
    "ReviewNotice", "Status", "dump", "field_meta", "format_date", "format_datetime",
    "format_partial", "json_schema", "label", "new_record", "parse_record", "private_paths",
    "public_dump", "unknown_keys",
]
