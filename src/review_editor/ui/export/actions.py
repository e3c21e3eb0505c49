"""File → Export…: final copies of the open record, or of the records selected in the
library, with progress and Cancel. The export itself is ``review_editor.export``; this
module asks what to export (``dialog``), runs it, and records an override in the open
record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ...export import ExportResult
    from ..form import RecordForm
    from ..record.controller import RecordController
    from ..record.prompter import Prompter
    from ..window.status import EditorStatusBar
    from .dialog import ExportRequest


@dataclass
class BatchReport:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    cancelled: bool = False


class ExportActions:
    """Runs exports for the window; asks its prompter, never opens dialogs itself."""

    def __init__(self, *, controller: RecordController, form: RecordForm, prompter: Prompter,
                 status: EditorStatusBar, selected: Callable[[], list[Path]],
                 now: Callable[[], datetime], branding: Callable[[], Any],
                 parent: QWidget | None = None) -> None:
        self.controller = controller
        self.form = form
        self.prompter = prompter
        self.status = status
        self.selected = selected  # the records selected in the library
        self.now = now
        self.branding = branding
        self.parent = parent  # of the progress dialog

    # the open record ----------------------------------------------------------------------
    def _final_stoppers(self, record: Any, folder: Path | None, kind: str) -> list[str] | None:
        """What would stop a final copy now, in plain words (None if the checks fail)."""
        from ...checks import blocking, run_checks
        from ...checks.titles import check_title
        from ...export.final import default_check_context
        from ..common.labels import describe_path

        try:
            context = default_check_context(record, now=self.now(), final=True,
                                            base_dir=folder)
            found = blocking(run_checks(record, context))
        except Exception:  # noqa: BLE001 - the export itself still checks and reports
            return None
        return [f"{check_title(issue.code)} ({describe_path(kind, issue.field_path)})"
                if issue.field_path else check_title(issue.code) for issue in found]

    def export_current(self) -> ExportResult | None:
        """Asks what to export, then exports the open record: the result, when it was
        exported before this returns (a prompter that answers at once)."""
        current = self.controller.current
        if current is None:
            return None
        record, problems = current.document.validate()
        if record is None:
            self.prompter.show_error(
                "Cannot export", "Correct the fields marked in red first: "
                + ", ".join(path for path, _ in problems[:5]))
            return None
        folder = current.path.parent if current.path is not None else None
        results: list[ExportResult] = []

        def chosen(request: ExportRequest | None) -> None:
            if request is not None and self.controller.current is current:
                self._export_record(record, request, current.path, results.append)

        self.prompter.choose_export(
            self._default_folder(folder), 1, chosen,
            stoppers=self._final_stoppers(record, folder, current.document.kind),
            bilingual=bool(record.bilingual))
        return results[0] if results else None

    def _export_record(self, record: Any, request: ExportRequest, path: Path | None,
                       done: Callable[[ExportResult], object], reason: str | None = None,
                       replace: tuple[Path, ...] = ()) -> None:
        """Exports; a final copy that the checks stop asks for a reason, and files this app
        did not write ask before being replaced: each answer runs the export again."""
        from ...export import ExportBlocked, ExportError, ExportNotOwned
        from ...storage import officer_display_name

        def overridden(given: str | None) -> None:
            if given:  # none given: the final copy is not made
                self._export_record(record, request, path, done, given, replace)

        try:
            result = self._run(record, request, path.parent if path else None, reason,
                               officer_display_name(), record_path=path, replace=[*replace])
        except ExportBlocked as blocked:
            self.prompter.ask_export_override(blocked.issues, overridden)
            return
        except ExportNotOwned as refused:
            more = (*replace, *refused.paths)

            def replacing(yes: bool) -> None:
                if yes:
                    self._export_record(record, request, path, done, reason, more)

            names = "\n".join(f"{path.name} ({why})"
                              for path, why in zip(refused.paths, refused.reasons,
                                                   strict=True))
            self.prompter.confirm(
                "Replace files?", "These files are already in the folder, and this app did "
                f"not write them for this record:\n{names}", "Replace",
                replacing, destructive=True)
            return
        except (ExportError, OSError, ValueError) as error:
            self.prompter.show_error("Export failed", str(error))
            return
        if result.record is not record:  # an override was recorded: keep it in the record
            from ...model import dump

            approvals = [dump(a) for a in result.record.approvals]
            self.form.set_value("approvals", approvals)
            self.status.showMessage(
                "Exported; the override is recorded in the record's approvals: save to keep "
                "it", 10000)
        else:
            self.status.showMessage(f"Exported {len(result.files)} files", 5000)
        self._done(request, result.files)
        done(result)

    # the records selected in the library -------------------------------------------------
    def export_selected(self) -> BatchReport | None:
        """Asks what to export, then exports the selected records: the report, when they
        were exported before this returns (a prompter that answers at once)."""
        paths = self.selected()
        if not paths:
            self.prompter.show_error("Nothing selected",
                                       "Select one or more records in the library first.")
            return None
        reports: list[BatchReport] = []
        self.prompter.choose_export(
            self._default_folder(paths[0].parent), len(paths),
            lambda request: reports.append(self._export_batch(paths, request))
            if request is not None else None)
        return reports[0] if reports else None

    def _export_batch(self, paths: list[Path], request: ExportRequest) -> BatchReport:
        from PySide6.QtWidgets import QProgressDialog

        from ...storage import LoadError, load_record, officer_display_name

        report = BatchReport()
        progress = QProgressDialog("Exporting…", "Cancel", 0, len(paths), self.parent)
        progress.setObjectName("progress:export")
        progress.setWindowTitle("Export")
        progress.setMinimumDuration(0)
        progress.setValue(0)
        for number, path in enumerate(paths):
            if progress.wasCanceled():
                report.cancelled = True
                break
            progress.setLabelText(f"Exporting {path.name} ({number + 1} of {len(paths)})")
            def step(message: str, name: str = path.name) -> None:
                progress.setLabelText(f"{name}: {message}")

            try:
                record = load_record(path).record
                result = self._run(record, request, path.parent, None,
                                   officer_display_name(), step=step, record_path=path)
                report.written.extend(result.files)
            except LoadError as error:
                report.failed.append((path, error.message()))
            except Exception as error:  # noqa: BLE001 - one record must not stop the batch
                report.failed.append((path, str(error)))
            progress.setValue(number + 1)
        progress.close()
        if report.failed or report.cancelled:
            lines = [f"{path.name}: {problem}" for path, problem in report.failed]
            if report.cancelled:
                lines.append("Cancelled: the remaining records were not exported.")
            self.prompter.show_error("Export", "\n".join(lines))
        self.status.showMessage(f"Exported {len(report.written)} files", 5000)
        self._done(request, report.written)
        return report

    # helpers ------------------------------------------------------------------------------
    def _run(self, record: Any, request: ExportRequest, base_dir: Path | None,
             reason: str | None, user: str | None,
             step: Callable[[str], None] | None = None, record_path: Path | None = None,
             replace: list[Path] | None = None) -> ExportResult:
        from ...export import export_bundle, export_record

        kwargs: dict[str, Any] = {"now": self.now(), "final": request.final,
                                  "override_reason": reason, "user": user,
                                  "base_dir": base_dir, "branding": self.branding(),
                                  "progress": step or self.status.showMessage,
                                  "record_path": record_path, "replace": replace or (),
                                  "language": getattr(request, "language", None)
                                  if getattr(record, "bilingual", False) else None}
        request.folder.mkdir(parents=True, exist_ok=True)
        if request.bundle:
            return export_bundle(record, request.folder, formats=request.formats, **kwargs)
        return export_record(record, request.formats, request.folder, **kwargs)

    def _default_folder(self, folder: Path | None) -> Path:
        base = folder or Path.home()
        return base / "Exports"

    def _done(self, request: ExportRequest, files: list[Path]) -> None:
        if request.open_folder and files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(files[0].parent)))
