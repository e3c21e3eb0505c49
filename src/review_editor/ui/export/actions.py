"""File → Export…: final copies of the open record, or of the records selected in the
library, with progress and Cancel. The export itself is ``review_editor.export``; this
module asks what to export, runs it, and records an override in the open record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..common.asking import choose_file, file_dialog

if TYPE_CHECKING:
    from ...export import ExportResult
    from ..form import RecordForm
    from ..record.controller import RecordController
    from ..record.prompter import Prompter
    from ..window.status import EditorStatusBar

FORMAT_LABELS = {"html": "Web page (HTML)", "pdf": "PDF (A4, accessible)",
                 "docx": "Word document", "txt": "Plain text (for email)",
                 "json": "JSON data (no private fields)"}


@dataclass
class ExportRequest:
    formats: list[str]
    folder: Path
    final: bool = True
    bundle: bool = False
    open_folder: bool = False
    #: A bilingual record's copies: "bilingual", "cy" or "en" (None: as written).
    language: str | None = None


@dataclass
class BatchReport:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    cancelled: bool = False


def stoppers_text(stoppers: list[str] | None, count: int) -> str:
    """What will stop a final copy, said before Export is pressed."""
    if stoppers is None or count != 1:
        return ("Each record is checked as it is exported: anything that blocks its "
                "publication stops its final copy unless you give a reason.")
    if not stoppers:
        return "Nothing stops a final copy: the checks find nothing that blocks publication."
    number = len(stoppers)
    listed = "\n".join(f"• {text}" for text in stoppers[:6])
    more = f"\n• and {number - 6} more" if number > 6 else ""
    return (f"A final copy will stop at {number} finding{'s' if number != 1 else ''} that "
            f"block{'s' if number == 1 else ''} publication:\n{listed}{more}\nFix "
            f"{'it' if number == 1 else 'them'} first, untick Final copy for a draft copy, "
            "or give a reason when asked.")


class ExportDialog(QDialog):
    """Formats, destination, final copy or draft, bundle, open the folder afterwards."""

    def __init__(self, folder: Path, count: int, parent: QWidget | None = None, *,
                 stoppers: list[str] | None = None, bilingual: bool = False) -> None:
        from PySide6.QtWidgets import QDialogButtonBox  # made on first use, when asked for

        super().__init__(parent)
        self.setObjectName("dialog:export")
        self.setWindowTitle("Export" if count == 1 else f"Export {count} records")
        self.formats: dict[str, QCheckBox] = {}
        group = QGroupBox("Formats", self)
        formats = QVBoxLayout(group)
        for fmt, text in FORMAT_LABELS.items():
            box = QCheckBox(text, group)
            box.setObjectName(f"export:format:{fmt}")
            box.setChecked(fmt in ("html", "pdf", "docx"))
            box.toggled.connect(self._update)
            formats.addWidget(box)
            self.formats[fmt] = box
        self.folder = QLineEdit(str(folder), self)
        self.folder.setObjectName("export:folder")
        self.folder.setAccessibleName("Export to folder")
        browse = QPushButton("Choose…", self)
        browse.setObjectName("export:choose_folder")
        browse.clicked.connect(self._choose)
        label = QLabel("&To folder", self)
        label.setBuddy(self.folder)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.final = QCheckBox("Final copy: checked before it is written; anything that blocks "
                               "publication stops it unless you give a reason", self)
        self.final.setObjectName("export:final")
        self.final.setChecked(True)
        self.stoppers = QLabel(stoppers_text(stoppers, count), self)
        self.stoppers.setObjectName("export:stoppers")
        self.stoppers.setAccessibleName(self.stoppers.text())
        self.stoppers.setWordWrap(True)
        self.stoppers.setTextFormat(Qt.TextFormat.PlainText)
        self.final.toggled.connect(self.stoppers.setVisible)
        self.bundle = QCheckBox("Publication bundle: one folder holding every chosen format and "
                                "a list of the files, with a fingerprint of each (to show they "
                                "are unchanged) and a summary of the checks", self)
        self.bundle.setObjectName("export:bundle")
        self.open_folder = QCheckBox("Open the folder afterwards", self)
        self.open_folder.setObjectName("export:open_folder")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton("Export",
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export:go")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.language = QComboBox(self)
        self.language.setObjectName("export:language")
        for text, code in (("One bilingual copy (Dwyieithog)", "bilingual"),
                           ("Welsh copy (Cymraeg)", "cy"), ("English copy", "en")):
            self.language.addItem(text, code)
        language_label = QLabel("&Language", self)
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        if bilingual:  # the record has a Welsh version: which language's copy
            layout.addLayout(language_row)
        else:
            language_label.hide()
            self.language.hide()
        self._bilingual = bilingual
        layout.addLayout(row)
        layout.addWidget(self.final)
        layout.addWidget(self.stoppers)
        for box in (self.bundle, self.open_folder):
            layout.addWidget(box)
        layout.addWidget(buttons)
        self._update()

    def _choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        choose_file(file_dialog(self, "Export to", self.folder.text(),
                                mode=QFileDialog.FileMode.Directory),
                    self._chosen_folder)

    def _chosen_folder(self, chosen: Path | None) -> None:
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _update(self) -> None:
        self.export_button.setEnabled(any(box.isChecked() for box in self.formats.values()))

    def request(self) -> ExportRequest:
        return ExportRequest(
            formats=[fmt for fmt, box in self.formats.items() if box.isChecked()],
            folder=Path(self.folder.text().strip() or "."),
            final=self.final.isChecked(),
            bundle=self.bundle.isChecked(),
            open_folder=self.open_folder.isChecked(),
            language=str(self.language.currentData()) if self._bilingual else None)


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
