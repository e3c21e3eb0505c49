"""The organisation profile: how the preview and exports look (name, logo, colours,
footer), kept in the user's settings and edited in a dialog that checks WCAG contrast."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..common.settings import Settings

if TYPE_CHECKING:
    from ...render.branding import Branding

# The renderer's branding module is imported where it is used: the window opens without
# loading the Markdown and HTML libraries, which the preview loads on its worker thread.
DEFAULT_PRIMARY = "#26374a"
DEFAULT_ACCENT = "#1d70b8"

KEY = "branding"


def profile(settings: Settings) -> dict[str, Any]:
    value = settings.data.get(KEY)
    return dict(value) if isinstance(value, dict) else {}


def build_branding(values: dict[str, Any]) -> tuple[Branding | None, list[str]]:
    """A Branding from the stored profile, and why any part of it was left out."""
    from ...render.branding import Branding, Logo
    from ...render.images import sniff_image_type

    problems: list[str] = []
    logo = None
    logo_path = values.get("logo_path")
    if logo_path:
        try:
            data = Path(logo_path).read_bytes()
            logo = Logo(data, sniff_image_type(data) or "unknown")
        except (OSError, ValueError) as error:
            problems.append(f"Logo {Path(logo_path).name}: {error}")
    try:
        branding = Branding(
            organisation_name=str(values.get("name") or ""),
            logo=logo,
            primary_colour=str(values.get("primary") or DEFAULT_PRIMARY),
            accent_colour=str(values.get("accent") or DEFAULT_ACCENT),
            footer_text=str(values.get("footer") or ""),
        )
    except ValueError as error:
        return None, [*problems, str(error)]
    return branding, problems


def branding_from(settings: Settings) -> Callable[[], Branding | None]:
    """What the preview asks for on every update: rebuilt only when the profile changes."""
    cache: dict[str, Any] = {"key": None, "value": None}

    def current() -> Branding | None:
        values = profile(settings)
        logo = values.get("logo_path")
        try:
            stamp = Path(logo).stat().st_mtime_ns if logo else None
        except OSError:
            stamp = None
        key = (tuple(sorted(values.items())), stamp)
        if key != cache["key"]:
            cache["key"] = key
            cache["value"] = build_branding(values)[0] if values else None
        return cache["value"]

    return current


class BrandingDialog(QDialog):
    """Organisation profile: name, logo, primary and accent colours, footer text."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog:branding")
        self.setWindowTitle("Organisation profile")
        self.settings = settings
        values = profile(settings)
        self.name = self._line("branding:name", values.get("name", ""),
                               "Organisation name shown in the page header")
        self.logo = self._line("branding:logo", values.get("logo_path", ""),
                               "Logo file (PNG, JPEG, GIF or WebP)")
        browse = QPushButton("Choose…", self)
        browse.setObjectName("branding:choose_logo")
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.primary = self._line("branding:primary", values.get("primary", DEFAULT_PRIMARY),
                                  "Primary colour (header band), as #rrggbb")
        self.accent = self._line("branding:accent", values.get("accent", DEFAULT_ACCENT),
                                 "Accent colour (links, rules), as #rrggbb")
        self.footer = QPlainTextEdit(str(values.get("footer", "")), self)
        self.footer.setObjectName("branding:footer")
        self.footer.setAccessibleName("Footer text")
        self.footer.setFixedHeight(70)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("branding:warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow("Organisation &name", self.name)
        form.addRow("&Logo", logo_row)
        form.addRow("&Primary colour", self._colour_row(self.primary))
        form.addRow("&Accent colour", self._colour_row(self.accent))
        form.addRow("&Footer text", self.footer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warnings)
        layout.addWidget(buttons)
        for edit in (self.name, self.logo, self.primary, self.accent):
            edit.textChanged.connect(self.update_warnings)
        self.footer.textChanged.connect(self.update_warnings)
        self.update_warnings()

    def _line(self, name: str, value: Any, description: str) -> QLineEdit:
        edit = QLineEdit(str(value or ""), self)
        edit.setObjectName(name)
        edit.setAccessibleName(description)
        edit.setToolTip(description)
        return edit

    def _colour_row(self, edit: QLineEdit) -> QHBoxLayout:
        pick = QPushButton("Pick…", self)
        pick.setObjectName(f"{edit.objectName()}:pick")
        pick.setAccessibleName(f"Pick {edit.accessibleName().lower()}")

        def choose() -> None:
            colour = QColorDialog.getColor(QColor(edit.text()), self, edit.accessibleName())
            if colour.isValid():
                edit.setText(colour.name())

        pick.clicked.connect(choose)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(pick)
        return row

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a logo", self.logo.text(),
                                              "Images (*.png *.jpg *.jpeg *.gif *.webp)")
        if path:
            self.logo.setText(path)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "logo_path": self.logo.text().strip(),
                "primary": self.primary.text().strip(), "accent": self.accent.text().strip(),
                "footer": self.footer.toPlainText().strip()}

    def update_warnings(self) -> list[str]:
        from ...render.branding import check_branding

        branding, problems = build_branding(self.values())
        messages = problems + (check_branding(branding) if branding else [])
        self.warnings.setText("\n".join(messages) or "Colours meet WCAG AA contrast.")
        self.save_button.setEnabled(branding is not None)
        return messages

    def accept(self) -> None:
        self.settings.data[KEY] = self.values()
        self.settings.save()
        super().accept()
