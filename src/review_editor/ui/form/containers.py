"""Presentational pieces of the form: collapsible blocks, field rows, badges and buttons.

They know nothing of records: the builder fills them and wires their buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model.fields import PRIVATE_NOTE


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def show_added(widget: QWidget) -> None:
    """Shows a widget added to an already visible parent now, not on the next event loop
    turn (as layouts would), so it can take focus at once."""
    parent = widget.parentWidget()
    if parent is not None and parent.isVisible() \
            and not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
        widget.show()


def private_badge(parent: QWidget | None = None) -> QLabel:
    badge = QLabel(PRIVATE_NOTE, parent)
    badge.setObjectName("privateBadge")
    badge.setProperty("badge", "private")
    badge.setAccessibleName(PRIVATE_NOTE)
    badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return badge


def action_button(action: str, path: str, text: str, tip: str,
                  parent: QWidget | None = None) -> QToolButton:
    """A small list button named ``button:<action>:<path>``."""
    button = QToolButton(parent)
    button.setText(text)
    button.setObjectName(f"button:{action}:{path}")
    button.setAccessibleName(f"button:{action}:{path}")
    button.setAccessibleDescription(tip)
    button.setToolTip(tip)
    button.setProperty("itemButton", True)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return button


def add_button(path: str, text: str, tip: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(f"button:add:{path}")
    button.setAccessibleName(f"button:add:{path}")
    button.setAccessibleDescription(tip)
    button.setToolTip(tip)
    button.setProperty("addButton", True)
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return button


class ProblemLabel(QLabel):
    """The red message under a field or at the top of a group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemMessage")
        self.setProperty("problemMessage", True)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()


class FieldRow(QWidget):
    """An editor's container with, when needed, the private badge and a problem message."""

    def __init__(self, editor_widget: QWidget, target: QWidget, private: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target  # the widget that gets the red outline
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self._message: ProblemLabel | None = None
        if private:
            self.setProperty("private", True)
            self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            self._layout.setContentsMargins(6, 4, 6, 4)
            self._layout.addWidget(private_badge(self), 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(editor_widget)

    def show_problems(self, messages: list[str]) -> None:
        if messages and self._message is None:
            self._message = ProblemLabel(self)
            self._message.setAccessibleName(f"problem:{self.target.objectName()[6:]}")
            self._layout.addWidget(self._message)
        if self._message is not None:
            self._message.setText("\n".join(messages))
            self._message.setVisible(bool(messages))
        if bool(self.target.property("problem")) != bool(messages):
            self.target.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            self.target.setProperty("problem", bool(messages))
            repolish(self.target)
        description = self.target.property("helpText") or ""
        if messages:
            description = " ".join(m for m in [*messages, description] if m)
        self.target.setAccessibleDescription(description)

    def message_text(self) -> str:
        return self._message.text() if self._message is not None and self._message.isVisibleTo(
            self) else ""


class ElidingToggle(QToolButton):
    """The disclosure button: shows its title elided when the form is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 32, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 120), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(20, self.width() - 28)
        text = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if text != self.text():
            self.setText(text)


class Disclosure(QFrame):
    """A titled block whose body can be collapsed; the body is built on first expansion.

    ``level`` 0 is a top-level section (a card); deeper levels are nested groups and list
    items. A private block has the badge in its header and a distinct background.
    """

    def __init__(self, title: str, level: int, *, private: bool = False,
                 expanded: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setProperty("level", min(level, 2))
        self.setProperty("private", private)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._build: Callable[[QVBoxLayout], None] | None = None
        #: Called after the body is built (the form re-applies problems to new widgets).
        self.on_built: Callable[[], None] | None = None
        self._built = False
        self._expanded = expanded
        self._outer = QVBoxLayout(self)
        margin = 10 if level == 0 else 6
        self._outer.setContentsMargins(margin, 6, margin, 8 if expanded else 6)
        self._outer.setSpacing(6)

        self.header = QWidget(self)
        self.header.setObjectName("disclosureHeader")
        header_layout = QHBoxLayout(self.header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.setSpacing(4)
        self.toggle = ElidingToggle(self.header)
        self.toggle.setObjectName("disclosureToggle")
        self.toggle.setProperty("sectionTitle", min(level, 2))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(expanded)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.toggle.toggled.connect(self._on_toggled)
        header_layout.addWidget(self.toggle)
        if private:
            header_layout.addWidget(private_badge(self.header))
        header_layout.addStretch(1)
        self._header_layout = header_layout
        self._outer.addWidget(self.header)
        self._message: ProblemLabel | None = None

        self.body = QWidget(self)
        self.body.setObjectName("disclosureBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0 if level == 0 else 14, 0, 0, 0)
        self.body_layout.setSpacing(8)
        self._outer.addWidget(self.body)
        self.body.setVisible(expanded)
        self.set_title(title)

    # header
    def set_title(self, title: str) -> None:
        self.title = title
        self.toggle.set_full_text(title)
        self.toggle.setAccessibleName(title)
        self._show_arrow()

    def _show_arrow(self) -> None:
        collapsible = self._build is not None or self.body_layout.count() > 0
        arrow = Qt.ArrowType.DownArrow if self._expanded else Qt.ArrowType.RightArrow
        self.toggle.setArrowType(arrow if collapsible else Qt.ArrowType.NoArrow)
        self.toggle.setEnabled(collapsible)

    def add_header_widget(self, widget: QWidget) -> None:
        self._header_layout.addWidget(widget)
        show_added(widget)

    # body
    def set_builder(self, build: Callable[[QVBoxLayout], None] | None) -> None:
        """Sets (or replaces) what fills the body; it runs now if the block is expanded."""
        self.clear_body()
        self._build = build
        self._built = False
        if build is not None and self._expanded:
            self.ensure_built()
        self._show_arrow()

    def clear_body(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._built = False

    def ensure_built(self) -> bool:
        """Builds the body if it has not been built; True if it was built just now."""
        if self._built or self._build is None:
            return False
        self._built = True
        self._build(self.body_layout)
        for index in range(self.body_layout.count()):
            child = self.body_layout.itemAt(index).widget()
            if child is not None:
                show_added(child)
        if self.on_built is not None:
            self.on_built()
        return True

    @property
    def built(self) -> bool:
        return self._built

    @property
    def expanded(self) -> bool:
        return self._expanded

    def expand(self) -> None:
        self.toggle.setChecked(True)

    def collapse(self) -> None:
        self.toggle.setChecked(False)

    def _on_toggled(self, expanded: bool) -> None:
        self._expanded = expanded
        if expanded:
            self.ensure_built()
        self.body.setVisible(expanded and self._built)
        margin = self._outer.contentsMargins()
        margin.setBottom(8 if expanded else 6)
        self._outer.setContentsMargins(margin)
        self._show_arrow()

    # problems
    def show_problems(self, messages: list[str]) -> None:
        if messages and self._message is None:
            self._message = ProblemLabel(self)
            self._outer.insertWidget(1, self._message)
        if self._message is not None:
            self._message.setText("\n".join(messages))
            self._message.setVisible(bool(messages))
        if bool(self.property("problem")) != bool(messages):
            self.setProperty("problem", bool(messages))
            repolish(self)

    def message_text(self) -> str:
        return self._message.text() if self._message is not None and self._message.isVisibleTo(
            self) else ""
