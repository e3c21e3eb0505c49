"""File → Export…'s dialog: what to export (``ExportRequest``), asked by the prompter.

Apart from ``actions``, which the window builds at start: the dialog's module is imported
when it is first opened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
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
