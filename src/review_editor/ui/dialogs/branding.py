"""Edit › Organisation profile: the partnership's name, logo, colours, footer and the order of
languages in bilingual pages, kept in the workspace folder and shared with colleagues (the
command line reads the same file), and the officer's own display name, kept per user.
The dialog checks WCAG contrast as the colours are typed."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...storage.profile import (
    BILINGUAL_ORDERS,
    LoadedProfile,
    OrganisationProfile,
    ProfileLogo,
    current_hash,
    load_profile,
    officer_display_name,
    save_profile,
    set_officer_display_name,
)
from ..common.asking import ask, choose_file, file_dialog, tell
from ..common.settings import Settings

if TYPE_CHECKING:
    from ...render.branding import Branding

# The renderer's branding module is imported where it is used: the window opens without
# loading the Markdown and HTML libraries, which the preview loads on its worker thread.
DEFAULT_PRIMARY = "#26374a"
LOGO_PREVIEW_HEIGHT = 48
DEFAULT_ACCENT = "#1d70b8"
#: Where versions before the shared profile kept the branding, in the user's settings.
LEGACY_KEY = "branding"
ORDER_LABELS = {"english_first": "English first, then Welsh",
                "welsh_first": "Welsh first, then English"}


def profile_path(settings: Settings) -> Path | None:
    """The profile the window uses: the one for the open folder (see
    ``profile.profile_path_for``). The first time, the branding older versions kept in the
    settings becomes that profile."""
    from ...profile import migrate_settings_branding, profile_path_for

    path = profile_path_for(settings.last_folder)
    legacy = settings.data.get(LEGACY_KEY)
    if path is not None and isinstance(legacy, dict) \
            and migrate_settings_branding(legacy, path):
        del settings.data[LEGACY_KEY]
        settings.save()
    return path


def branding_from(settings: Settings) -> Callable[[], Branding | None]:
    """What the preview and the window's exports ask for: the profile's branding, read
    again only when the file changes (a colleague's save shows at the next update)."""
    cache: dict[str, Any] = {"key": None, "value": None}

    def current() -> Branding | None:
        path = profile_path(settings)
        try:
            stat = path.stat() if path is not None else None
            key = (path, stat.st_mtime_ns, stat.st_size) if stat else (path, None, None)
        except OSError:
            key = (path, None, None)
        if key != cache["key"]:
            cache["key"] = key
            cache["value"] = _branding(path)
        return cache["value"]

    return current


def _branding(path: Path | None) -> Branding | None:
    from ...profile import applied_profile
    from ...storage.errors import StorageError

    if path is None or not path.is_file():
        return None
    try:
        return applied_profile(None, path).branding
    except StorageError:  # a damaged profile: the default look; the dialog says why
        return None


class BrandingDialog(QDialog):
    """The organisation profile and the officer's display name."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog:branding")
        self.setWindowTitle("Organisation profile")
        self.settings = settings
        self.path = profile_path(settings)
        self.loaded, self._load_problem = self._load()
        self._logo: ProfileLogo | None = self.loaded.profile.logo
        self._logo_problem = ""

        self.name = self._line("branding:name", "Organisation name shown in the page header")
        self.name.setPlaceholderText("English")
        self.name_cy = self._line("branding:name_cy", "Organisation name in Welsh (Cymraeg), "
                                  "shown on Welsh pages; empty uses the English name")
        self.name_cy.setPlaceholderText("Cymraeg")
        self.logo = self._line("branding:logo", "Logo (PNG, JPEG, GIF or WebP)")
        self.logo.setReadOnly(True)
        choose = self._button("branding:choose_logo", "C&hoose…", self._choose_logo)
        remove = self._button("branding:remove_logo", "Remo&ve", self._remove_logo)
        logo_row = _row(self.logo, choose, remove)
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("branding:logo_preview")
        self.logo_preview.setAccessibleName("Logo preview")
        self.logo_preview.setFixedHeight(LOGO_PREVIEW_HEIGHT + 8)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.primary = self._line("branding:primary", "Primary colour (header band), as #rrggbb")
        self.accent = self._line("branding:accent", "Accent colour (links, rules), as #rrggbb")
        self.footer = QPlainTextEdit(self)
        self.footer.setObjectName("branding:footer")
        self.footer.setAccessibleName("Footer text")
        self.footer.setTabChangesFocus(True)
        self.footer.setFixedHeight(70)
        self.footer.setPlaceholderText("English")
        self.footer_cy = QPlainTextEdit(self)
        self.footer_cy.setObjectName("branding:footer_cy")
        self.footer_cy.setAccessibleName("Footer text in Welsh (Cymraeg)")
        self.footer_cy.setToolTip("Shown on Welsh pages; empty uses the English footer")
        self.footer_cy.setTabChangesFocus(True)
        self.footer_cy.setFixedHeight(70)
        self.footer_cy.setPlaceholderText("Cymraeg")
        self.order = QComboBox(self)
        self.order.setObjectName("branding:bilingual_order")
        self.order.setAccessibleName("Order of languages in bilingual pages")
        for value in BILINGUAL_ORDERS:
            self.order.addItem(ORDER_LABELS[value], value)
        self.officer = self._line("branding:officer", "Your display name, recorded in export "
                                  "manifests (kept on this computer only)")
        self.officer.setPlaceholderText("Not recorded")
        self.warnings = QLabel(self)
        self.warnings.setObjectName("branding:warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        where = QLabel(self._where_text(), self)
        where.setObjectName("branding:where")
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow(self._label("Organisation &name", self.name), _pair(self.name, self.name_cy))
        form.addRow(self._label("&Logo", self.logo), logo_row)
        form.addRow("", self.logo_preview)
        form.addRow(self._label("&Primary colour", self.primary), self._colour_row(self.primary))
        form.addRow(self._label("&Accent colour", self.accent), self._colour_row(self.accent))
        form.addRow(self._label("&Footer text", self.footer), _pair(self.footer, self.footer_cy))
        form.addRow(self._label("&Bilingual pages", self.order), self.order)
        from PySide6.QtWidgets import QDialogButtonBox  # made on first use, when asked for

        officer_form = QFormLayout()
        officer_form.addRow(self._label("Your &display name", self.officer), self.officer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.warnings)
        layout.addLayout(officer_form)
        layout.addWidget(buttons)
        self._show(self.loaded.profile)
        self.officer.setText(officer_display_name() or "")
        for edit in (self.name, self.name_cy, self.primary, self.accent):
            edit.textChanged.connect(self.update_warnings)
        self.footer.textChanged.connect(self.update_warnings)
        self.footer_cy.textChanged.connect(self.update_warnings)
        self.update_warnings()

    # building ------------------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A label whose mnemonic (the underlined letter) moves the focus to ``buddy``."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _line(self, name: str, description: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(description)
        edit.setToolTip(description)
        return edit

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _colour_row(self, edit: QLineEdit) -> QHBoxLayout:
        """The colour's code, and a button showing the colour that opens a colour picker."""
        pick = QPushButton("Pick colour…", self)
        pick.setObjectName(f"{edit.objectName()}:pick")
        name = edit.accessibleName().split(",")[0].split(" (")[0]
        pick.setAccessibleName(f"Pick the {name.lower()}")
        pick.setToolTip("Choose the colour from a palette")

        def choose() -> None:
            from PySide6.QtWidgets import QColorDialog

            dialog = QColorDialog(QColor(edit.text()), self)
            dialog.setWindowTitle(edit.accessibleName())

            def finished(result: int) -> None:
                colour = dialog.selectedColor()
                if result == QDialog.DialogCode.Accepted and colour.isValid():
                    edit.setText(colour.name())

            ask(dialog, finished)

        def show_swatch(text: str) -> None:
            colour = QColor(text.strip())
            pixmap = QPixmap(18, 18)
            pixmap.fill(colour if colour.isValid() else QColor("transparent"))
            pick.setIcon(QIcon(pixmap))

        pick.clicked.connect(choose)
        edit.textChanged.connect(show_swatch)
        edit.setMaximumWidth(120)
        return _row(edit, pick)

    def _where_text(self) -> str:
        if self.path is None:
            return "Open a folder of records first: the profile is kept there."
        return (f"Shared with everyone who works in {self.path.parent}; the command line "
                "uses it too.")

    def _load(self) -> tuple[LoadedProfile, str]:
        from ...storage.errors import StorageError

        if self.path is None:
            return LoadedProfile(Path(), OrganisationProfile(), None), ""
        try:
            return load_profile(self.path), ""
        except StorageError as error:
            try:
                damaged = current_hash(self.path)
            except StorageError:
                damaged = None
            return LoadedProfile(self.path, OrganisationProfile(), damaged), (
                f"The profile could not be read ({error}); saving replaces it.")

    def _show(self, profile: OrganisationProfile) -> None:
        self.name.setText(profile.name)
        self._logo = profile.logo
        self._show_logo()
        self.primary.setText(profile.primary_colour or DEFAULT_PRIMARY)
        self.accent.setText(profile.accent_colour or DEFAULT_ACCENT)
        self.footer.setPlainText(profile.footer)
        self.name_cy.setText(profile.name_cy)
        self.footer_cy.setPlainText(profile.footer_cy)
        self.order.setCurrentIndex(max(0, self.order.findData(profile.bilingual_order)))

    def _show_logo(self) -> None:
        if self._logo is None:
            self.logo.setText("")
            self.logo.setPlaceholderText("No logo")
            self.logo_preview.clear()
            self.logo_preview.setText("No logo: the page header shows the name only.")
        else:
            size = len(self._logo.data)
            self.logo.setText(f"{self._logo.name or 'logo'} ({max(1, round(size / 1024))} KB)")
            image = QPixmap()
            if image.loadFromData(self._logo.data):
                self.logo_preview.setPixmap(image.scaledToHeight(
                    LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation))
            else:
                self.logo_preview.setText("(this image cannot be shown here)")

    # the logo ------------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        choose_file(file_dialog(self, "Choose a logo", self.path and self.path.parent,
                                "Images (*.png *.jpg *.jpeg *.gif *.webp)"),
                    lambda path: path and self.set_logo_file(path))

    def set_logo_file(self, path: Path) -> bool:
        """Take the logo from ``path`` (stored in the profile, so colleagues have it)."""
        from ...render.branding import Logo
        from ...render.images import MAX_IMAGE_BYTES, sniff_image_type
        from ...storage.special import read_regular

        try:
            data = read_regular(path, MAX_IMAGE_BYTES)  # Logo refuses one byte more
            media_type = sniff_image_type(data) or "unknown"
            Logo(data, media_type)
        except (OSError, ValueError) as error:
            self._logo_problem = f"Logo {path.name}: {error}"
        else:
            self._logo, self._logo_problem = ProfileLogo(data, media_type, path.name), ""
            self._show_logo()
        self.update_warnings()
        return not self._logo_problem

    def _remove_logo(self) -> None:
        self._logo, self._logo_problem = None, ""
        self._show_logo()
        self.update_warnings()

    # checking and saving -------------------------------------------------------------------

    def profile(self) -> OrganisationProfile:
        """The profile as the fields show it; keys a newer version added are kept."""
        return OrganisationProfile(
            name=self.name.text().strip(), logo=self._logo,
            primary_colour=self.primary.text().strip().lower() or None,
            accent_colour=self.accent.text().strip().lower() or None,
            footer=self.footer.toPlainText().strip(),
            bilingual_order=str(self.order.currentData() or BILINGUAL_ORDERS[0]),
            name_cy=self.name_cy.text().strip(), footer_cy=self.footer_cy.toPlainText().strip(),
            extra=self.loaded.profile.extra)

    def update_warnings(self) -> list[str]:
        from ...render.branding import branding_from_profile, check_branding
        from ...storage.profile import is_colour

        profile = self.profile()
        branding, problems = branding_from_profile(profile)
        bad_colours = [text for text in (self.primary.text().strip(), self.accent.text().strip())
                       if text and not is_colour(text)]
        messages = [m for m in (self._load_problem, self._logo_problem) if m]
        messages += problems + check_branding(branding)
        self.warnings.setText("\n".join(messages) or "Colours meet WCAG AA contrast.")
        self.save_button.setEnabled(self.path is not None and not bad_colours)
        return messages

    def accept(self) -> None:
        from ...storage.errors import ConflictError, StorageError

        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            save_profile(self.profile(), self.path, expected_sha256=self.loaded.sha256)
            set_officer_display_name(self.officer.text())
        except ConflictError:
            self.loaded, self._load_problem = self._load()
            self._show(self.loaded.profile)
            tell(self, "Organisation profile",
                 "A colleague saved the profile while you were editing it. Their version is "
                 "shown now; make your change again.")
            self.update_warnings()
            return
        except (StorageError, OSError) as error:
            tell(self, "Organisation profile", f"The profile was not saved: {error}")
            return
        # Should this fail, the command line needs --profile; the window still finds it.
        with contextlib.suppress(OSError):
            paths.record_workspace(self.path.parent)
        super().accept()


def edit_branding(settings: Settings, parent: QWidget, changed: Callable[[], object]
                  ) -> BrandingDialog:
    """Edit › Organisation profile…: modal to the window; ``changed`` runs once it is saved."""
    dialog = BrandingDialog(settings, parent)
    ask(dialog, lambda result: changed() if result == QDialog.DialogCode.Accepted else None)
    return dialog


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for index, widget in enumerate(widgets):
        row.addWidget(widget, 1 if index == 0 else 0)
    return row


def _pair(english: QWidget, welsh: QWidget) -> QHBoxLayout:
    """An English field and its Welsh version side by side, sharing the row."""
    row = QHBoxLayout()
    row.addWidget(english, 1)
    row.addWidget(welsh, 1)
    return row
