"""Preview mode (F5, or Preview on the toolbar): the preview takes most of the window to
judge the page at true widths, desktop (960 CSS pixels or more) or mobile (375), scaled to
fit; Esc (or F5 again) brings the editor back as it was."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


class PreviewMode(QObject):
    def __init__(self, window: QMainWindow, preview_dock: QDockWidget,
                 hidden: list[QWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.dock = preview_dock
        self.hidden = hidden  # the docks and the record's area, hidden meanwhile
        self._state: QByteArray | None = None
        self._shown: list[QWidget] = []
        self.action = QAction("Pre&view mode", window)
        self.action.setObjectName("action:preview_mode")
        self.action.setIconText("Preview")
        self.action.setShortcut(QKeySequence("F5"))
        self.action.setCheckable(True)
        self.action.setStatusTip("Give the preview the whole window to judge the page (Esc "
                                 "to go back)")
        self.action.toggled.connect(self._toggled)
        self.leave_action = QAction("Leave preview mode", window)
        self.leave_action.setObjectName("action:leave_preview_mode")
        self.leave_action.setShortcut(QKeySequence("Esc"))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(lambda _=False: self.action.setChecked(False))
        window.addActions([self.action, self.leave_action])

    @property
    def active(self) -> bool:
        return self.action.isChecked()

    def _toggled(self, on: bool) -> None:
        if on:
            self._enter()
        else:
            self._leave()

    def _enter(self) -> None:
        self._state = self.window.saveState()
        self._shown = [widget for widget in self.hidden if widget.isVisible()]
        for widget in self._shown:
            widget.hide()
        if self.dock.isFloating():
            self.dock.setFloating(False)
        self.dock.show()
        self.dock.raise_()
        self.leave_action.setEnabled(True)
        self.window.statusBar().showMessage(
            "Preview mode: Desktop or Mobile above the page; Esc or F5 returns to editing")
        content = self.dock.widget()
        if content is not None:
            content.setFocus()

    def _leave(self) -> None:
        self.leave_action.setEnabled(False)
        self.window.statusBar().clearMessage()
        for widget in self._shown:
            widget.show()
        self._shown = []
        if self._state is not None:
            self.window.restoreState(self._state)
            self._state = None
