"""RecordForm: the record's fields as a scrolling form, edited through undo commands.

Every edit in a widget becomes a command on the window's QUndoStack; commands change the
RecordDocument and tell the form which path changed, and the form updates that widget (or
rebuilds that list) without pushing anything. After each change the document is validated
and problems are shown under their fields.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...model.dates import london_now
from ...model.document import RecordDocument
from ...model.schema import ModelSpec, new_item, record_spec, spec_at, unique_id
from .builder import Builder, GroupBlock, ItemBlock, ListBlock, lower_label
from .commands import (
    MODIFIED_AT,
    InsertItemCommand,
    MoveItemCommand,
    RemoveItemCommand,
    SetFieldCommand,
)
from .containers import Disclosure
from .editors.base import FieldEditor, UndoKeyRouter
from .fields_panel import least_fields_width
from .laid_out_once import laid_out_once
from .section_memory import SectionMemory

Problems = list[tuple[str, str]]
PAGE_MARGIN = 12


class RecordForm(QWidget):
    """The editing form for one record, built from its kind's model class."""

    changed = Signal(str)  # dotted path of the field that changed (document already updated)
    structure_changed = Signal()  # list items added, removed or moved

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = london_now,
                 sections: SectionMemory | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self._stack = undo_stack
        self.sections = sections or SectionMemory()
        self._clock = clock
        self._document: RecordDocument | None = None
        self._model: ModelSpec | None = None
        self.read_only = False
        self._widgets: dict[str, QWidget] = {}
        self._problem_targets: dict[str, Any] = {}
        self._section_of: dict[str, str] = {}  # top-level field → "#<section title>"
        self._validation: Problems = []
        self._validating = True  # False while a document is shown before it is validated
        self._external: Problems = []
        self._shown: dict[str, list[str]] = {}
        self._session = 0
        self._applying = False
        self._building = False
        self._pending_focus: str | None = None
        self._hold_from: int | None = None
        self._held: list[Disclosure] = []
        self._key_router = UndoKeyRouter(undo_stack, self)
        self._builder = Builder(self)
        # The later sections' headings say how much is filled in; they follow every edit.
        self.changed.connect(lambda _path: self._builder.refresh_completion())
        self.structure_changed.connect(self._builder.refresh_completion)

        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("formScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self._page = self._new_page()
        self._scroll.setWidget(self._page)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Wide enough for a field beside its whole label, at any font size."""
        width = (least_fields_width(self.fontMetrics()) + 2 * PAGE_MARGIN
                 + self._scroll.verticalScrollBar().sizeHint().width())
        return QSize(width, super().minimumSizeHint().height())

    # ---- public interface -------------------------------------------------------------
    def set_document(self, document: RecordDocument, read_only: bool = False, *,
                     validate: bool = True) -> None:
        """Builds the widgets for ``document.kind``; leaves the undo stack alone.
        ``validate=False``: no problems are looked for until ``revalidate()`` (the models
        may not be loaded yet)."""
        self._document = document
        self._validating = validate
        self._validation = []
        self.read_only = read_only
        self._widgets.clear()
        self._problem_targets.clear()
        self._section_of.clear()
        self._shown = {}
        self._external = []
        self._held = []
        self._page = self._new_page()
        self._model = record_spec(document.kind)
        layout = self._page.layout()
        assert isinstance(layout, QVBoxLayout)
        if self._model is None:
            note = QLabel(f"Records of kind “{document.kind}” can't be edited in this version.")
            note.setWordWrap(True)
            layout.addWidget(note)
        else:
            self._building = True
            try:
                self._held = self._builder.build_record(self._model, layout, self._hold_from)
            finally:
                self._building = False
                self._hold_from = None
        layout.addStretch(1)
        self._scroll.setWidget(self._page)  # shown complete; deletes the previous page
        self._validate()

    def revalidate(self) -> None:
        """Validates the document and shows its problems, from now on after every change."""
        self._validating = True
        self._validate()

    def hold_sections_from(self, index: int | None) -> None:
        """The next record set builds its sections from ``index`` on only when
        ``build_held()`` is called (or a field in them is wanted): the app's first window
        shows sooner with the sections above the fold. None: build every section."""
        self._hold_from = index

    def build_held(self) -> bool:
        """Builds the first section still waiting; True while more wait."""
        while self._held:
            block = self._held.pop(0)
            if block.held:
                block.ensure_built()
                break
        return bool(self._held)

    def document(self) -> RecordDocument | None:
        return self._document

    def field_widget(self, path: str) -> QWidget | None:
        """The editor (or group/list block) for a dotted path, building it if collapsed."""
        widget, rest = self._resolve(path)
        return widget if widget is not None and not rest else None

    def focus_field(self, path: str) -> bool:
        """Expands, scrolls to and focuses the widget for a dotted path (or its nearest part)."""
        widget, rest = self._resolve(path)
        if widget is None:
            return False
        self._expand_ancestors(widget)
        target = self._focus_target(widget, rest)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._scroll.ensureWidgetVisible(target, 40, 60)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def reveal_selection(self, widget: QWidget) -> None:
        """Scrolls the form so a text editor's selection (in ``widget``) is on screen, not
        only the editor's top: a tall editor's later words lie below the form's fold."""
        editors = [widget, *widget.findChildren(QPlainTextEdit), *widget.findChildren(QTextEdit)]
        editor = next((e for e in editors if isinstance(e, QPlainTextEdit | QTextEdit)), None)
        if editor is not None and self._page.isAncestorOf(editor):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            at = editor.viewport().mapTo(self._page, editor.cursorRect().center())
            self._scroll.ensureVisible(at.x(), at.y(), 40, 60)

    def refresh_field(self, path: str) -> None:
        """The widget for ``path`` shows the document's value again, after the document was
        changed by other means than an edit (a save that raised its schema version)."""
        self._refresh(path)

    def set_value(self, path: str, value: Any, *, text: str | None = None) -> None:
        """An edit made by code (a menu command, a replace): one undo step, and the widget
        for ``path`` follows, as after an undo."""
        if self._document is None or self.read_only:
            return
        old = self._document.get(path)
        if old == value:
            return
        self._stack.push(SetFieldCommand(self._document, path, old, value, view=self,
                                         clock=self._clock, text=text or f"Edit {path}"))
        if path.endswith("_cy"):
            self._record_translation(path)

    def show_problems(self, problems: Problems) -> None:
        """Problems from elsewhere (checks, a failed save): shown beside validation's own."""
        self._external = list(problems)
        self._apply_problems()

    def problems(self) -> Problems:
        """What is shown now: validation problems, then those given to show_problems."""
        return [*self._validation, *self._external]

    # ---- building (the Builder's host) ---------------------------------------------------
    def _new_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("formPage")
        # Never wider than the view (there is no horizontal scroll bar): the widest rows
        # give way (titles elide, hints clip) rather than hide the right-hand edge.
        page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(12)
        return page

    def register(self, path: str, widget: QWidget, problems: Any) -> None:
        self._widgets[path] = widget
        self._problem_targets[path] = problems

    def register_section(self, title: str, names: list[str], block: Disclosure) -> None:
        key = f"#{title}"
        self._problem_targets[key] = block
        for name in names:
            self._section_of[name] = key

    def unregister_under(self, path: str) -> None:
        prefix = f"{path}."
        for key in [k for k in self._widgets if k.startswith(prefix)]:
            del self._widgets[key]
            self._problem_targets.pop(key, None)
            self._shown.pop(key, None)

    def connect_editor(self, path: str, editor: FieldEditor) -> None:
        editor.edited.connect(lambda: self._on_edited(path, editor))
        editor.key_filter = self._key_router  # type: ignore[attr-defined]
        container = editor.container()
        inputs: list[QObject] = [editor] if isinstance(editor, QLineEdit | QPlainTextEdit) else []
        inputs += container.findChildren(QLineEdit) + container.findChildren(QAbstractSpinBox)
        for widget in inputs:
            widget.installEventFilter(self._key_router)

    def body_built(self, block: Disclosure) -> None:
        if self._building:
            return
        _chain_tab_order(block)
        self._apply_problems(force=True)

    def suggestions(self, path: str, spec: Any) -> list[str]:
        """Values used elsewhere in the record for fields of the same name."""
        if self._document is None:
            return []
        found: list[str] = []
        _collect(self._document.data, spec.name, found)
        return sorted(set(found), key=str.casefold)

    # ---- edits -----------------------------------------------------------------------------
    def _on_edited(self, path: str, editor: FieldEditor) -> None:
        if self._applying or self.read_only or self._document is None:
            return
        old = self._document.get(path)
        new = editor.value()
        if old == new:
            return
        merge_key = (path, editor.merge_token(), self._session) if editor.merges else None
        label = editor.property("fieldName") or path  # type: ignore[attr-defined]
        self._stack.push(SetFieldCommand(
            self._document, path, old, new, view=self, merge_key=merge_key,
            from_widget=True, clock=self._clock, text=f"Edit {label}"))
        if path.endswith("_cy"):
            self._record_translation(path)

    def _record_translation(self, path: str) -> None:
        """A Welsh text was written: note which English it was written from, so the checks
        see when that English changes later (C3.15)."""
        from ...model.bilingual import english_path, marks_after_edit

        document = self._document
        if document is None:
            return
        marks = marks_after_edit(document.data, document.get(english_path(path)),
                                 document.get(path))
        document.set("translation_sources", marks or None)
        self._refresh("translation_sources")

    def set_group(self, path: str, model: ModelSpec | None, label: str) -> None:
        """Adds (``model`` given) or removes an optional group such as the embargo."""
        if self.read_only or self._document is None:
            return
        old = self._document.get(path)
        new = new_item(model) if model is not None else None
        verb = "Add" if model is not None else "Remove"
        self._stack.push(SetFieldCommand(self._document, path, old, new, view=self,
                                         clock=self._clock, text=f"{verb} {lower_label(label)}"))

    def section_starts_open(self, title: str) -> bool:
        kind = self._document.kind if self._document is not None else ""
        return self.sections.is_open(kind, title)

    def section_toggled(self, title: str, opened: bool) -> None:
        if self._document is not None:
            self.sections.remember(self._document.kind, title, opened)

    def add_item(self, path: str, model: ModelSpec, noun: str) -> None:
        if self.read_only or self._document is None:
            return
        items = self._document.get(path) or []
        self._push_list(InsertItemCommand(
            self._document, path, len(items), new_item(model, items), view=self,
            clock=self._clock, text=f"Add {noun}"), "add")

    def item_action(self, action: str, path: str, index: int, noun: str) -> None:
        if self.read_only or self._document is None:
            return
        items = self._document.get(path) or []
        if not 0 <= index < len(items):
            return
        document, clock = self._document, self._clock
        if action == "remove":
            command: Any = RemoveItemCommand(document, path, index, view=self, clock=clock,
                                             text=f"Remove {noun}")
        elif action in ("up", "down"):
            target = index - 1 if action == "up" else index + 1
            if not 0 <= target < len(items):
                return
            command = MoveItemCommand(document, path, index, target, view=self, clock=clock,
                                      text=f"Move {noun} {action}")
        elif action == "duplicate":
            copied = copy.deepcopy(items[index])
            if isinstance(copied, dict) and isinstance(copied.get("id"), str) and copied["id"]:
                taken = [str(item.get("id", "")) for item in items if isinstance(item, dict)]
                copied["id"] = unique_id(copied["id"], taken)
            command = InsertItemCommand(document, path, index + 1, copied, view=self,
                                        clock=clock, text=f"Duplicate {noun}")
        else:
            raise ValueError(action)
        self._push_list(command, action)

    def _push_list(self, command: Any, action: str) -> None:
        self._pending_focus = action
        try:
            self._stack.push(command)
        finally:
            self._pending_focus = None

    # ---- the commands' view ---------------------------------------------------------------
    def field_changed(self, path: str, *, refresh: bool, focus: bool) -> None:
        if refresh:
            self._session += 1
            self._refresh(path)
            if focus:
                self.focus_field(path)
        if path != MODIFIED_AT:
            self._refresh(MODIFIED_AT)
        self._after_change(path)

    def list_changed(self, path: str, *, focus_index: int | None) -> None:
        self._session += 1
        block = self._widgets.get(path)
        if isinstance(block, ListBlock):
            self._applying = True
            try:
                block.rebuild()
            finally:
                self._applying = False
            if block.built and not self._building:
                _chain_tab_order(block)
        self._refresh(MODIFIED_AT)
        self._focus_after_list_change(path, focus_index)
        self._after_change(path)
        self.structure_changed.emit()

    def _focus_after_list_change(self, path: str, index: int | None) -> None:
        action = self._pending_focus
        if index is None:
            self.focus_field(path)
            button = self._find(f"button:add:{path}")
            if button is not None:
                button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        item = f"{path}.{index}"
        if action in ("up", "down"):
            self.focus_field(path)  # expands the list without focusing inside the item
            button = self._find(f"button:{action}:{item}")
            if button is not None and button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            block = self._widgets.get(item)
            if isinstance(block, Disclosure):
                block.toggle.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.focus_field(item)

    def _refresh(self, path: str) -> None:
        widget = self._widgets.get(path)
        if widget is None or self._document is None:
            return
        self._applying = True
        try:
            if isinstance(widget, GroupBlock | ListBlock):
                widget.rebuild()
                if widget.built and not self._building:
                    _chain_tab_order(widget)
            elif not isinstance(widget, Disclosure):
                widget.set_value(self._document.get(path))  # type: ignore[attr-defined]
        finally:
            self._applying = False

    def _after_change(self, path: str) -> None:
        if path == "bilingual":
            # The Welsh versions appear or go: the form is built again, after this edit's
            # signals have run (the switch that sent them is replaced too).
            QTimer.singleShot(0, self._rebuild_for_languages)
        parts = path.split(".")
        for end in range(1, len(parts)):
            block = self._widgets.get(".".join(parts[:end]))
            if isinstance(block, ItemBlock):
                block.refresh_title()
        self._validate()
        self.changed.emit(path)

    def _rebuild_for_languages(self) -> None:
        if self._document is None:
            return
        scroll = self._scroll.verticalScrollBar().value()
        self.set_document(self._document, self.read_only)
        self.focus_field("bilingual")
        self._scroll.verticalScrollBar().setValue(scroll)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        self._session += 1  # typing after moving elsewhere starts a new undo step

    # ---- finding widgets -------------------------------------------------------------------
    def _find(self, name: str) -> QWidget | None:
        return self._page.findChild(QWidget, name)

    def _resolve(self, path: str) -> tuple[QWidget | None, list[str]]:
        """The widget for ``path``, expanding collapsed blocks on the way; else the nearest
        ancestor's widget and the rest of the path."""
        parts = path.split(".") if path else []
        for _ in range(len(parts) + 3):
            if path in self._widgets:
                return self._widgets[path], []
            for end in range(len(parts) - 1, 0, -1):
                prefix = ".".join(parts[:end])
                if prefix in self._widgets:
                    widget = self._widgets[prefix]
                    break
            else:
                section = self._problem_targets.get(self._section_of.get(parts[0], "")) \
                    if parts else None
                if isinstance(section, Disclosure) and not section.expanded:
                    section.expand()
                    continue
                return None, parts
            if isinstance(widget, Disclosure) and not (widget.built and widget.expanded):
                widget.expand()
                if widget.built:
                    continue
            return widget, parts[end:]
        return None, parts

    def _expand_ancestors(self, widget: QWidget) -> None:
        parent = widget.parentWidget()
        while parent is not None and parent is not self._page:
            if isinstance(parent, Disclosure) and not parent.expanded:
                parent.expand()
            parent = parent.parentWidget()

    def _focus_target(self, widget: QWidget, rest: list[str]) -> QWidget:
        if rest and rest[0].isdigit() and hasattr(widget, "focus_item") \
                and widget.focus_item(int(rest[0])):
            return QApplication.focusWidget() or widget
        if isinstance(widget, Disclosure):
            if not widget.expanded:
                widget.expand()
            if widget.built:
                first = _first_focusable(widget.body)
                if first is not None:
                    return first
            add = widget.findChild(QWidget, f"button:add:{widget.objectName()[6:]}")
            if add is not None and add.isEnabled():
                return add
            return widget.toggle
        return widget

    # ---- problems --------------------------------------------------------------------------
    def _validate(self) -> None:
        if self._document is None or not self._validating:
            return
        _, self._validation = self._document.validate()
        self._apply_problems()

    def _apply_problems(self, force: bool = False) -> None:
        wanted: dict[str, list[str]] = {}
        for path, message in self.problems():
            key, rest = self._nearest_target(path)
            if key is None:
                continue
            from .wording import friendly  # its patterns: only once there is a problem

            text = friendly(message, self._spec_help(path))
            if rest or key.startswith("#"):
                text = f"{self._label_of(path)}: {text}"
            wanted.setdefault(key, [])
            if text not in wanted[key]:
                wanted[key].append(text)
        changes: list[tuple[str, list[str]]] = [
            (key, []) for key in self._shown if key not in wanted and key in self._problem_targets]
        changes += [(key, messages) for key, messages in wanted.items()
                    if force or self._shown.get(key) != messages]
        with laid_out_once(self._page, [self._problem_targets[key] for key, _ in changes]):
            for key, messages in changes:
                self._problem_targets[key].show_problems(messages)
        self._shown = wanted

    def _nearest_target(self, path: str) -> tuple[str | None, bool]:
        """Where a problem at ``path`` is shown: its own widget, else the nearest block
        that hides it (collapsed or not built), else the nearest block at all."""
        parts = path.split(".") if path else []
        fallback: str | None = None
        for end in range(len(parts), 0, -1):
            key = ".".join(parts[:end])
            target = self._widgets.get(key)
            if target is None:
                continue
            if isinstance(target, Disclosure) and end < len(parts) and target.built \
                    and target.expanded:
                fallback = fallback or key  # the field itself has no widget (not shown)
                continue
            return key, end < len(parts)
        if parts and parts[0] in self._section_of:
            return self._section_of[parts[0]], True
        return fallback, True

    def _label_of(self, path: str) -> str:
        if self._model is None:
            return path
        spec = spec_at(self._model, path)
        label = spec.meta.label if spec is not None else path
        index = next((p for p in reversed(path.split(".")) if p.isdigit()), None)
        return f"{label} ({int(index) + 1})" if index is not None and spec is not None else label

    def _spec_help(self, path: str) -> str:
        spec = spec_at(self._model, path) if self._model is not None else None
        return spec.meta.help if spec is not None else ""


def _collect(node: Any, name: str, found: list[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == name and isinstance(value, list):
                found.extend(str(v) for v in value if isinstance(v, str))
            else:
                _collect(value, name, found)
    elif isinstance(node, list):
        for value in node:
            _collect(value, name, found)


def _first_focusable(root: QWidget) -> QWidget | None:
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled() \
                and widget.isVisibleTo(root) and widget.focusProxy() is None:
            return widget
    return None


def _chain_tab_order(block: Disclosure) -> None:
    """Puts widgets built after the form into the tab order right after their header."""
    window = block.window()
    previous: QWidget = block.toggle
    candidates = [w for w in block.header.findChildren(QWidget) if w is not block.toggle]
    candidates += block.body.findChildren(QWidget)
    for widget in candidates:
        # Popups (completers, calendars, combo lists) are windows of their own.
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None \
                and widget.window() is window:
            QWidget.setTabOrder(previous, widget)
            previous = widget
