"""The preview's renders, run on its thread: Qt-free, so that the first page's render can
start (``first_render``) before the modules of the web view are loaded.

The renderer itself (Jinja2, the templates) is imported on that thread too, on the first
render, so that it loads while the window is being shown rather than before.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...model.document import RecordDocument

log = logging.getLogger(__name__)


@dataclass
class RenderResult:
    generation: int
    requested_at: float
    structure: Any = None
    blocks: dict[str, str] = field(default_factory=dict)
    page: str | None = None  # a full page when the structure changed
    invalid: bool = False
    #: A page rendered from the record's JSON before it was validated (``model.view``):
    #: what it was rendered from (data, now, branding, folder), to check it once validated.
    unvalidated: tuple[Any, ...] | None = None


def _render(generation: int, requested_at: float, data: dict[str, Any], structure: Any,
            now: datetime, branding: Any, base_dir: Path | None,
            language: str = "bilingual") -> RenderResult:
    # Imported here, on the worker thread, so the renderer (Jinja2, templates) loads
    # while the window is being shown rather than before.
    from pydantic import ValidationError

    from ...model import parse_record
    from ...render import render_preview

    result = RenderResult(generation, requested_at)
    try:
        record = parse_record(data)
    except ValidationError:
        result.invalid = True
        return result
    shown = language if record.bilingual else None  # a one-language record shows as written
    result.structure, result.blocks, result.page = render_preview(
        record, now=now, known=structure, branding=branding, base_dir=base_dir,
        language=shown)
    return result


def _render_unvalidated(generation: int, requested_at: float, data: dict[str, Any],
                        now: datetime, branding: Any, base_dir: Path | None) -> RenderResult:
    """The first page of a record shown before it is validated, from its JSON read as the
    models read it (``model.view``), so that neither pydantic nor the models (a tenth of a
    second) are loaded first; its public copy is made from the JSON too
    (``render.public_copy``). A record that cannot be read so, or a bilingual one, is
    rendered as usual."""
    from ...model.view import record_view
    from ...render import render_preview

    try:
        record = record_view(data)
        if not record.bilingual:
            result = RenderResult(generation, requested_at,
                                  unvalidated=(data, now, branding, base_dir))
            result.structure, result.blocks, result.page = render_preview(
                record, now=now, branding=branding, base_dir=base_dir)  # type: ignore[arg-type]
            return result
    except Exception:  # noqa: BLE001 - validating it says what is wrong
        log.debug("the first page waits for the record's validation", exc_info=True)
    return _render(generation, requested_at, data, None, now, branding, base_dir)


def _load_models() -> None:
    from ...storage import validate_record_data  # noqa: F401 - loads the models


def preview_executor() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview")


def first_render(executor: ThreadPoolExecutor, document: RecordDocument,
                 base_dir: Path | None, now: datetime, branding: Any, *,
                 validated: bool = True) -> Future[RenderResult]:
    """A document's first full render, started before its view exists (the renderer needs
    no Qt), for ``PreviewController.adopt``; for a record not yet ``validated``, from its
    JSON (``_render_unvalidated``)."""
    render = _render_unvalidated if not validated else partial(_render, structure=None)
    return executor.submit(render, 1, time.perf_counter(), document.snapshot(), now=now,
                           branding=branding, base_dir=base_dir)
