"""The preview's first page at start is rendered from the record's JSON, before pydantic and
the models are loaded (``model.view``, ``render.public.public_data``): it is the validated
record's page exactly, and it never shows a private field or Markdown readers do not see."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from markdown_strategies import hidden_block_kinds, hidden_inline_kinds
from render_helpers import EXAMPLES, NOW, example_data
from test_render_private import CANARY, _private_data, _review_private

from model.model_fill import PRIVATE_CANARY, PRIVATE_DATE, filled_data
from review_editor.model import parse_record
from review_editor.model.records import MODELS
from review_editor.model.schema import record_spec
from review_editor.model.view import DataView, record_view, source_of
from review_editor.render import Branding, public_copy, render_page, render_preview
from review_editor.render.public import public_data

HIDDEN_CANARY = "CANARY-2b9d"


def _same_page(data: dict[str, Any], **options: Any) -> str:
    """The preview's page of ``data`` read from its JSON, asserted equal to the validated
    record's (structure, blocks and page)."""
    from_json = render_preview(record_view(data), now=NOW, **options)  # type: ignore[arg-type]
    validated = render_preview(parse_record(data), now=NOW, **options)
    assert from_json[0] == validated[0]
    assert from_json[1] == validated[1]
    assert from_json[2] == validated[2]
    assert from_json[2] is not None
    return from_json[2]


def _one_language(data: dict[str, Any]) -> dict[str, Any]:
    data["bilingual"] = False  # a bilingual record's first page waits for the models
    return data


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_an_example_reads_the_same_from_its_json(name: str) -> None:
    _same_page(example_data(name))
    _same_page(example_data(name), branding=Branding(organisation_name="A board"))


@pytest.mark.parametrize("kind", sorted(MODELS))
def test_every_field_of_every_kind_reads_the_same_from_its_json(kind: str) -> None:
    """Every field, at every depth, set (private ones with a canary): the same page, and
    nothing private on it."""
    page = _same_page(_one_language(filled_data(kind)))
    assert PRIVATE_CANARY not in page
    assert PRIVATE_DATE.isoformat() not in page and str(PRIVATE_DATE.year) not in page


@pytest.mark.parametrize("name", ["bradford", "d1", "d2", "d3"])
def test_no_private_field_reaches_the_page_from_the_json(name: str) -> None:
    data = example_data(name)
    data.update(_private_data())
    data["review"] = {**(data.get("review") or {"review_type": "sar"}), **_review_private()}
    for page in (_same_page(data), render_page(record_view(data), now=NOW)):  # type: ignore[arg-type]
        assert CANARY not in page
        assert "1911" not in page and "11 November" not in page
        assert "resubmit" not in page.lower()


def test_unknown_keys_do_not_reach_the_page_from_the_json() -> None:
    data = example_data("d1")
    data["future_field"] = CANARY
    data["review"]["future_field"] = CANARY
    assert CANARY not in _same_page(data)


@pytest.mark.parametrize("hidden", [kind for kind in [*hidden_inline_kinds(HIDDEN_CANARY),
                                                      *hidden_block_kinds(HIDDEN_CANARY)]
                                    if HIDDEN_CANARY in kind])
def test_markdown_readers_do_not_see_is_not_on_the_page_from_the_json(hidden: str) -> None:
    """Comments, raw HTML the sanitiser drops, unused reference definitions…: in a
    section's text and in the review's executive summary."""
    data = example_data("d1")
    data["body"][0]["markdown"] = f"Text before.\n\n{hidden}\n\nText after."
    data["review"]["executive_summary"] = hidden
    page = _same_page(data)
    assert HIDDEN_CANARY not in page


def test_the_public_copy_of_the_json_leaves_out_every_private_field() -> None:
    for kind in MODELS:
        data = _one_language(filled_data(kind))
        spec = record_spec(kind)
        assert spec is not None
        public = public_data(data, spec)
        text = json.dumps(public)
        assert PRIVATE_CANARY not in text and PRIVATE_DATE.isoformat() not in text
        assert PRIVATE_CANARY in json.dumps(data)  # the record's own data is untouched
        # The copy reads as the models' public copy reads.
        from_json = public_copy(record_view(data))
        validated = public_copy(parse_record(data))
        for name in type(validated).model_fields:
            assert _plain(getattr(from_json, name)) == _plain(getattr(validated, name)), name


def _plain(value: Any) -> Any:
    """A model's or a view's value as comparable data."""
    if hasattr(value, "model_dump"):
        return {name: _plain(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, DataView):
        return {spec.name: _plain(getattr(value, spec.name))
                for spec in source_of(value)[1].fields}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


@pytest.mark.parametrize("change", [
    lambda data: data.pop("title"),  # required
    lambda data: data.update(title=None),
    lambda data: data.update(published_on="27 July 2021"),
    lambda data: data.update(status="nearly-done"),
    lambda data: data.update(embargo={"until": "2031-05-14T00:01:00"}),  # no offset
    lambda data: data.update(body={"heading": "Not a list"}),
    lambda data: data.update(kind="leaflet"),
    lambda data: data.update(id="not-a-uuid"),
])
def test_json_the_models_would_refuse_is_not_read(change: Any) -> None:
    data = example_data("d1")
    change(data)
    with pytest.raises(ValueError):
        record_view(data)


def test_a_view_is_read_only() -> None:
    view = record_view(example_data("d1"))
    with pytest.raises(AttributeError):
        view.title = "Changed"


def test_reading_the_json_and_rendering_its_page_loads_no_pydantic() -> None:
    """Nor what only the template build (py_compile) or a document's size (decimal)
    needs: the first page at start is rendered on the way to the preview."""
    code = (
        "import json, sys\n"
        "from datetime import UTC, datetime\n"
        "from review_editor import resources\n"
        "from review_editor.model.view import record_view\n"
        "from review_editor.render import render_preview\n"
        f"data = json.loads((resources.examples_dir() / {EXAMPLES['bradford']!r})"
        ".read_text(encoding='utf-8'))\n"
        "page = render_preview(record_view(data), now=datetime.now(UTC))[2]\n"
        "print(json.dumps([page is not None, not data.get('attachments'),\n"
        "                  [name for name in ('pydantic', 'py_compile', 'decimal')\n"
        "                   if name in sys.modules]]))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [True, True, []]
