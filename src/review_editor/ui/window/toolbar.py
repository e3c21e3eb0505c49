"""The main toolbar: the everyday tasks with their words under their icons, the very same
actions as the menus (so shortcuts, enabling and tips agree)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

SP = QStyle.StandardPixmap


def build_main_toolbar(window: QMainWindow, entries: list[tuple[QAction, str, SP]]) -> QToolBar:
    """A toolbar (object name ``toolbar:main``) with each action under a short word."""
    bar = QToolBar("Main toolbar", window)
    bar.setObjectName("toolbar:main")
    bar.setAccessibleName("Main toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    bar.setIconSize(QSize(20, 20))
    bar.setMovable(False)
    style = window.style()
    for action, word, pixmap in entries:
        if action.icon().isNull():
            action.setIcon(style.standardIcon(pixmap))
        action.setIconText(word)
        bar.addAction(action)
        button = bar.widgetForAction(action)
        if button is not None:
            button.setObjectName(f"toolbar:{action.objectName().removeprefix('action:')}")
            tip = action.statusTip() or action.text().replace("&", "")
            button.setAccessibleName(tip)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
