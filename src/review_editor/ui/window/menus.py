"""The window's actions, menus and docks, made the same way each time: object names the
tests and screen readers find, standard shortcuts with a fallback where a platform has none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..common.widgets import named

StandardKey = QKeySequence.StandardKey


def make_action(parent: QWidget, name: str, text: str,
                slot: Callable[[], object] | None = None, *, keys: StandardKey | None = None,
                fallback: str | None = None, tip: str | None = None) -> QAction:
    """An action of ``parent`` (its shortcut live there), named ``action:<name>``."""
    action = QAction(text, parent)
    action.setObjectName(f"action:{name}")
    if keys is not None:
        shortcuts = QKeySequence.keyBindings(keys)
        if not shortcuts and fallback:
            shortcuts = [QKeySequence(fallback)]
        action.setShortcuts(shortcuts)
    elif fallback:
        action.setShortcut(QKeySequence(fallback))
    if tip:
        action.setStatusTip(tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    return action


def toggle_action(parent: QWidget, dock: QDockWidget, name: str, text: str,
                  shortcut: str) -> QAction:
    """The View menu's entry for ``dock``: shows a hidden dock, brings one that waits in a
    tab behind another to the front (where Qt's own entry would hide it), and hides one
    in sight. Ticked while the dock is in the window."""
    action = QAction(text, parent)
    action.setObjectName(f"action:{name}")
    action.setCheckable(True)
    action.setShortcut(QKeySequence(shortcut))

    def follow(_visible: bool = False) -> None:
        action.setChecked(not dock.isHidden())

    def chosen(_checked: bool) -> None:
        window = dock.parentWidget()
        behind = isinstance(window, QMainWindow) and bool(window.tabifiedDockWidgets(dock)) \
            and dock.isVisible() and dock.visibleRegion().isEmpty()
        if dock.isHidden() or behind:
            dock.show()
            dock.raise_()
        else:
            dock.hide()
        follow()

    action.triggered.connect(chosen)
    dock.visibilityChanged.connect(follow)
    follow()
    parent.addAction(action)
    return action


def named_menu(menu: QMenu, name: str) -> QMenu:
    menu.setObjectName(f"menu:{name}")
    menu.menuAction().setObjectName(f"action:menu_{name}")
    return menu


def make_dock(parent: QWidget, name: str, title: str, widget: QWidget) -> QDockWidget:
    dock = named(QDockWidget(title, parent), name, title)
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                     | QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    return dock


def placeholder(name: str, text: str, parent: QWidget) -> QWidget:
    """What a dock shows until its panel is made."""
    label = named(QLabel(text, parent), name, text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    return label


def fill_recent(menu: QMenu, paths: list[Path], name: str,
                opener: Callable[[Path], bool]) -> None:
    """A Recent files (or folders) menu: numbered entries, or a disabled "No recent items"."""
    menu.clear()
    for number, path in enumerate(paths, start=1):
        text = f"&{number} {path.name}" if number < 10 else f"1&0 {path.name}"
        action = menu.addAction(text)
        action.setObjectName(f"action:{name}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, path=path: opener(path))
    if not paths:
        empty = menu.addAction("No recent items")
        empty.setObjectName(f"action:{name}_none")
        empty.setEnabled(False)


def edit_focused(operation: str) -> None:
    """Edit › Cut, Copy or Paste in the text field that has the focus."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        getattr(widget, operation)()
