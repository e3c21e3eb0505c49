"""Presentational pieces of the form: collapsible blocks, field rows, badges and buttons.

They know nothing of records: the builder fills them and wires their buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model.meta import PRIVATE_NOTE
from .look import PROBLEM, colours, paint_panel, set_text_colour


def show_added(widget: QWidget) -> None:
    """Shows a widget added to an already visible parent now, not on the next event loop
    turn (as layouts would), so it can take focus at once."""
    parent = widget.parentWidget()
    if parent is not None and parent.isVisible() \
            and not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
        widget.show()


class PrivateBadge(QLabel):
    """The "internal — never published" pill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PRIVATE_NOTE, parent)
        self.setObjectName("privateBadge")
        self.setAccessibleName(PRIVATE_NOTE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() - 1)
        self.setFont(font)
        self.setContentsMargins(8, 1, 8, 1)
        set_text_colour(self, colours(self).badge_text)

    def paintEvent(self, event: QPaintEvent) -> None:
        look = colours(self)
        radius = self.height() / 2
        paint_panel(self, QRectF(self.rect()), look.badge, look.badge, radius)
        super().paintEvent(event)


def private_badge(parent: QWidget | None = None) -> QLabel:
    return PrivateBadge(parent)


def action_button(action: str, path: str, text: str, tip: str,
                  parent: QWidget | None = None) -> QToolButton:
    """A small list button named ``button:<action>:<path>``."""
    button = QToolButton(parent)
    button.setText(text)
    button.setObjectName(f"button:{action}:{path}")
    button.setAccessibleName(tip)  # what it does: "Remove recommendation 2"
    button.setAccessibleDescription(tip)
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return button


def add_button(path: str, text: str, tip: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(f"button:add:{path}")
    button.setAccessibleName(tip)  # what it does: "Add recommendation"
    button.setAccessibleDescription(tip)
    button.setToolTip(tip)
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return button


class ProblemLabel(QLabel):
    """The red message under a field or at the top of a group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemMessage")
        self.setWordWrap(True)
        set_text_colour(self, PROBLEM)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()


class FieldRow(QWidget):
    """An editor's container with, when needed, the private badge and a problem message.

    A problem is shown as a red outline drawn around the editor (and a message under it);
    the ``problem`` property of the editor says the same to tests and tools.
    """

    OUTLINE = 2

    def __init__(self, editor_widget: QWidget, target: QWidget, private: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target  # the editor: its property and description say "problem"
        self._outlined = editor_widget  # what the outline goes around
        self._private = private
        self._layout = QVBoxLayout(self)
        margin = self.OUTLINE
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(3)
        self._message: ProblemLabel | None = None
        self.setProperty("private", private)
        if private:
            self._layout.setContentsMargins(8, 5, 8, 6)
            self._layout.addWidget(private_badge(self), 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(editor_widget)

    def paintEvent(self, event: QPaintEvent) -> None:
        look = colours(self)
        if self._private:
            paint_panel(self, QRectF(self.rect()), look.private_fill, look.private_border, 4)
        if self.target.property("problem"):
            area = QRectF(self._outlined.geometry()).adjusted(
                -self.OUTLINE, -self.OUTLINE, self.OUTLINE, self.OUTLINE)
            paint_panel(self, area, None, PROBLEM, 4, self.OUTLINE)

    def show_problems(self, messages: list[str]) -> None:
        if messages and self._message is None:
            self._message = ProblemLabel(self)
            self._message.setAccessibleName(f"problem:{self.target.objectName()[6:]}")
            self._layout.addWidget(self._message)
        if self._message is not None:
            self._message.setText("\n".join(messages))
            self._message.setVisible(bool(messages))
        if bool(self.target.property("problem")) != bool(messages):
            self.target.setProperty("problem", bool(messages))
            self.update()
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
        if self.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent):
            # Not laid out yet (a new header, most of them never shown): the resize it gets
            # before it is first painted elides the title for the width it is given.
            self.setText(text)
        else:
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
    ``hold`` keeps an expanded block's body from being built until ``ensure_built()`` (the
    form builds sections below the fold just after the window first shows).
    ``opened_by_user`` follows a click on the header (True: now open), never the form's own
    expanding (going to a field inside).
    """

    opened_by_user = Signal(bool)

    def __init__(self, title: str, level: int, *, private: bool = False,
                 expanded: bool = True, hold: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.private = private
        self._hold = hold
        self.setProperty("private", private)
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
        header_layout = QGridLayout(self.header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.setHorizontalSpacing(4)
        header_layout.setVerticalSpacing(2)
        self.toggle = ElidingToggle(self.header)
        self.toggle.setObjectName("disclosureToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if level <= 1:
            font = self.toggle.font()
            font.setBold(True)
            if level == 0 and font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() + 2)
            self.toggle.setFont(font)
        self.toggle.clicked.connect(self._toggled_by_user)
        header_layout.addWidget(self.toggle, 0, 0)
        self._badge = private_badge(self.header) if private else None
        if self._badge is not None:
            header_layout.addWidget(self._badge, 0, 1)
        header_layout.setColumnStretch(2, 1)
        self._header_layout = header_layout
        #: The header's buttons (move, duplicate, remove): beside the title, or under it
        #: when both do not fit (a narrow window, a large font), never cut.
        self.header_actions = QWidget(self.header)
        self.header_actions.setObjectName("disclosureActions")
        self._actions_layout = QHBoxLayout(self.header_actions)
        self._actions_layout.setContentsMargins(0, 0, 0, 0)
        self._actions_layout.setSpacing(4)
        self._actions_stacked = True
        self._place_actions(stacked=False)
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

    def _toggled_by_user(self) -> None:
        self.set_expanded(not self._expanded)
        self.opened_by_user.emit(self._expanded)

    # header
    def set_title(self, title: str) -> None:
        self.title = title
        self.toggle.set_full_text(title)
        self.toggle.setAccessibleName(title)
        self._show_arrow()

    def collapsible(self) -> bool:
        """False for an empty optional group, which has only its "Add …" button."""
        return self._build is not None or self.body_layout.count() > 0

    def _show_arrow(self) -> None:
        collapsible = self.collapsible()
        arrow = Qt.ArrowType.DownArrow if self._expanded else Qt.ArrowType.RightArrow
        self.toggle.setArrowType(arrow if collapsible else Qt.ArrowType.NoArrow)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus if collapsible
                                   else Qt.FocusPolicy.NoFocus)
        state = ("expanded" if self._expanded else "collapsed") if collapsible else ""
        self.toggle.setAccessibleDescription(state)

    def add_header_widget(self, widget: QWidget) -> None:
        self._actions_layout.addWidget(widget)
        show_added(widget)
        self._fit_actions(self.width())

    def _place_actions(self, *, stacked: bool) -> None:
        if stacked == self._actions_stacked:
            return
        self._actions_stacked = stacked
        self._header_layout.removeWidget(self.header_actions)
        # Under the title, the buttons share the header's width rather than widen it.
        self.header_actions.setSizePolicy(
            QSizePolicy.Policy.Ignored if stacked else QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Preferred)
        if stacked:
            self._header_layout.addWidget(self.header_actions, 1, 0, 1, 3,
                                          Qt.AlignmentFlag.AlignLeft)
        else:
            self._header_layout.addWidget(self.header_actions, 0, 3)

    def _fit_actions(self, width: int) -> None:
        if not self._actions_layout.count():
            return
        margins = self._outer.contentsMargins()
        room = width - margins.left() - margins.right()
        beside = self.toggle.minimumSizeHint().width() + self.header_actions.sizeHint().width() + 8
        if self._badge is not None:
            beside += self._badge.sizeHint().width() + 4
        self._place_actions(stacked=beside > room)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_actions(event.size().width())
        super().resizeEvent(event)

    # body
    def set_builder(self, build: Callable[[QVBoxLayout], None] | None) -> None:
        """Sets (or replaces) what fills the body; it runs now if the block is expanded."""
        self.clear_body()
        self._build = build
        self._built = False
        if build is not None and self._expanded and not self._hold:
            self.ensure_built()
        self._show_arrow()

    def clear_body(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._built = False

    def ensure_built(self) -> bool:
        """Builds the body if it has not been built; True if it was built just now."""
        if self._built or self._build is None:
            return False
        self._hold = False
        self._built = True
        self._build(self.body_layout)
        for index in range(self.body_layout.count()):
            item = self.body_layout.itemAt(index)
            child = item.widget() if item is not None else None
            if child is not None:
                show_added(child)
        if self.on_built is not None:
            self.on_built()
        return True

    @property
    def built(self) -> bool:
        return self._built

    @property
    def held(self) -> bool:
        """Expanded, but its body waits for ``ensure_built()``."""
        return self._hold and self._expanded and not self._built and self._build is not None

    @property
    def expanded(self) -> bool:
        return self._expanded

    def expand(self) -> None:
        self.set_expanded(True)

    def collapse(self) -> None:
        self.set_expanded(False)

    def set_expanded(self, expanded: bool) -> None:
        if expanded == self._expanded and (self._built or not expanded):
            return
        if not self.collapsible():
            return
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
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        look = colours(self)
        if self.private:
            fill, border = look.private_fill, look.private_border
        else:
            fill, border = (look.card if self.level == 0 else look.nested), look.border
        width = 1.0
        if self.property("problem"):
            border, width = PROBLEM, 2.0
        paint_panel(self, QRectF(self.rect()), fill, border, 6 if self.level == 0 else 4, width)

    def message_text(self) -> str:
        return self._message.text() if self._message is not None and self._message.isVisibleTo(
            self) else ""
