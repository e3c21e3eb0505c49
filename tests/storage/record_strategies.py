"""Hypothesis strategies for whole records, built from the model's own field declarations.

Walking ``model_fields`` means a field added to the model is generated (and round-tripped)
without touching this module. Strings are deliberately hostile: astral characters,
combining marks, right-to-left text, NUL and other control characters, quotes, backslashes
and line separators.
"""

from __future__ import annotations

import enum
import re
import types
import typing
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import strategies as st
from pydantic import AfterValidator, AwareDatetime, BaseModel

from review_editor.model import MODELS, SCHEMA_VERSION
from review_editor.model.parts import Section
from review_editor.model.records import RecordBase
from review_editor.model.review import Action, PeriodCovered, Recommendation, ReviewDetails

SNIPPETS = [
    "Child Q", "Adult R", "Learning review", "safeguarding", " ", "\n", "\n\n", "\t", "\r\n",
    '"', "'", "\\", "\\n", "\\u0000", "\x00", "\x01", "\x1b", "\x7f", "\x85", "\u00a0",
    "\u2028", "\u2029", "\ufeff", "\u200b", "\u200d", "\u202e", "\u2066",
    "e\u0301", "a\u0308\u0323", "\u0928\u093f", "Zalgo\u0336\u0337\u0338",
    "مراجعة التعلم", "לימוד", "Ysgol Gymraeg", "Ŵ", "ß", "ı", "İ", "ﬁ",
    "😀", "👩🏽‍⚕️", "🏳️‍🌈", "𝕏", "\U0010fffd", "\U0001f600\ufe0f", "𐍈", "中文", "한국어",
    "<script>alert(1)</script>", "[link](https://partnership.example/review)", "# Heading",
    "| a | b |\n|---|---|", "&amp;", "</", "{", "}", "[", "]", ",", ":",
]

# Everything but surrogates: pydantic refuses lone surrogates in known fields.
ANY_CHARACTER = st.characters(exclude_categories=["Cs"])

LONDON = ZoneInfo("Europe/London")
ZONES: list[Any] = [
    LONDON, LONDON, LONDON, LONDON, LONDON, ZoneInfo("Europe/Dublin"), ZoneInfo("America/New_York"),
    ZoneInfo("Asia/Kolkata"), ZoneInfo("Asia/Kathmandu"), ZoneInfo("Pacific/Chatham"),
    ZoneInfo("America/St_Johns"), ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Pacific/Niue"),
    ZoneInfo("UTC"), UTC, timezone(timedelta(hours=1)),
    timezone(timedelta(hours=-9, minutes=-30)), timezone(timedelta(hours=13, minutes=45)),
    timezone(timedelta(hours=-23, minutes=-59)),
]


def texts(max_size: int = 60) -> st.SearchStrategy[str]:
    """Arbitrary text, text built from awkward snippets, or a mixture of both."""
    snippets = st.lists(st.sampled_from(SNIPPETS), max_size=6).map("".join)
    mixed = st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(ANY_CHARACTER, max_size=5)),
                     max_size=6).map("".join)
    anything = st.text(ANY_CHARACTER, max_size=max_size)
    return st.one_of(anything, snippets, mixed).map(lambda text: text[:max_size])


@st.composite
def partial_dates(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=date(1, 1, 1)))
    precision = draw(st.sampled_from([4, 7, 10]))
    return day.isoformat()[:precision]


@st.composite
def aware_datetimes(draw: st.DrawFn) -> datetime:
    moment = draw(st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1),
                               timezones=st.sampled_from(ZONES), allow_imaginary=False))
    # An hour that occurs twice (the autumn clock change) never compares equal across zones
    # in Python (PEP 495), so pin such moments to their fixed offset.
    if moment.replace(fold=1 - moment.fold).utcoffset() != moment.utcoffset():
        moment = moment.replace(tzinfo=timezone(moment.utcoffset() or timedelta()))
    return moment


def _constraint(info: Any, name: str) -> Any:
    for item in info.metadata:
        value = getattr(item, name, None)
        if value is not None:
            return value
    return None


def _ascii_pattern(pattern: str) -> str:
    return pattern.replace(r"\d", "[0-9]")


def strategy_for(annotation: Any, info: Any = None) -> st.SearchStrategy[Any]:
    """Values pydantic accepts for one annotation (``info`` gives a field's constraints)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        base, *metadata = typing.get_args(annotation)
        if any(isinstance(item, AfterValidator) for item in metadata):
            return partial_dates()
        return strategy_for(base, info)
    if origin in (typing.Union, types.UnionType):
        options = [strategy_for(arg, info) for arg in typing.get_args(annotation)
                   if arg is not type(None)]
        return st.one_of(*options)
    if origin is list:
        (item,) = typing.get_args(annotation)
        return st.lists(strategy_for(item), max_size=3)
    if origin is typing.Literal:
        return st.sampled_from(typing.get_args(annotation))
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return st.deferred(lambda: model_data(annotation))
        if issubclass(annotation, enum.Enum):
            return st.sampled_from(list(annotation))
        if annotation is bool:
            return st.booleans()
        if annotation is int:
            low = _constraint(info, "ge") if info is not None else None
            high = _constraint(info, "le") if info is not None else None
            return st.integers(min_value=low if low is not None else -(2**70),
                               max_value=high if high is not None else 2**70)
        if annotation is uuid.UUID:
            return st.uuids()
        if annotation is AwareDatetime or annotation is datetime:
            return aware_datetimes()
        if annotation is date:
            return st.dates()
        if annotation is str:
            return _strings(info)
    raise TypeError(f"no strategy for {annotation!r}")


def _strings(info: Any) -> st.SearchStrategy[str]:
    pattern = _constraint(info, "pattern") if info is not None else None
    max_length = _constraint(info, "max_length") if info is not None else None
    if pattern is not None:
        strategy = st.from_regex(re.compile(_ascii_pattern(pattern)), fullmatch=True)
        if max_length is not None:
            strategy = strategy.filter(lambda text: len(text) <= max_length)
        return strategy
    return texts(max_length if max_length is not None else 60)


@cache
def model_data(model: type[BaseModel]) -> st.SearchStrategy[dict[str, Any]]:
    """A dict of field values for ``model``: required fields always, optional ones sometimes."""
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for name, info in model.model_fields.items():
        if name == "schema_version":
            required[name] = st.just(SCHEMA_VERSION)
            continue
        strategy = strategy_for(info.annotation, info)
        if _allows_none(info.annotation):
            strategy = st.one_of(st.none(), strategy)
        # The kind has a default on each model, but the union needs it to pick the model.
        is_required = info.is_required() or name == "kind"
        (required if is_required else optional)[name] = strategy
    return st.fixed_dictionaries(required, optional=optional)


def _allows_none(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType) and any(
        arg is type(None) for arg in typing.get_args(annotation))


def record_data(kinds: list[str] | None = None) -> st.SearchStrategy[dict[str, Any]]:
    """Data for records of every kind (or of ``kinds``), ready for ``parse_record``; one in
    three carries full review details, with recommendations and their actions."""
    chosen = [MODELS[kind] for kind in (kinds or list(MODELS))]
    plain = st.one_of(*(model_data(model) for model in chosen))
    return st.one_of(plain, plain, _with_review(plain))


@st.composite
def _with_review(draw: st.DrawFn, plain: st.SearchStrategy[dict[str, Any]]) -> dict[str, Any]:
    data = draw(plain)
    review = draw(model_data(ReviewDetails))
    recommendation = st.tuples(model_data(Recommendation),
                               st.lists(model_data(Action), min_size=1, max_size=3))
    review["recommendations"] = [
        {**fields, "actions": actions}
        for fields, actions in draw(st.lists(recommendation, min_size=1, max_size=3))
    ]
    review["period_covered"] = draw(model_data(PeriodCovered))
    return {**data, "review": review}


# ---- unknown keys, for files written by a newer minor version -------------------------

JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False), texts(20),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(texts(10), inner, max_size=3)),
    max_leaves=8,
)


def extra_keys(model: type[BaseModel]) -> st.SearchStrategy[dict[str, Any]]:
    """Keys ``model`` does not declare, with JSON values."""
    declared = set(model.model_fields)
    if issubclass(model, RecordBase):
        for other in MODELS.values():
            declared |= set(other.model_fields)
    names = st.one_of(st.from_regex(r"[a-z][a-z_]{0,15}", fullmatch=True), texts(12))
    return st.dictionaries(names.filter(lambda key: key not in declared), JSON_VALUES,
                           min_size=1, max_size=3)


@st.composite
def newer_minor_data(draw: st.DrawFn) -> dict[str, Any]:
    """Record data as a newer minor version writes it: unknown keys after the known ones,
    at the top level and inside nested parts."""
    data = draw(record_data())
    model = MODELS[data["kind"]]
    data = {key: value for key, value in data.items() if value is not None}
    minor = int(SCHEMA_VERSION.split(".")[1])
    data["schema_version"] = f"1.{draw(st.integers(min_value=minor + 1, max_value=99))}"
    data.update(draw(extra_keys(model)))
    if draw(st.booleans()):
        data["review"] = dict(data.get("review") or {})
        data["review"].update(draw(extra_keys(ReviewDetails)))
    if data.get("body") and draw(st.booleans()):
        data["body"][0] = dict(data["body"][0])
        data["body"][0].update(draw(extra_keys(Section)))
    return data
