"""Builds the form's widgets from a model class: sections, field rows, groups and lists.

It reads only field specs (``schema``) and asks the registry for editors; what happens on
an edit or a button press is the host's business (the form).
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...model.document import RecordDocument
from ...model.schema import FieldSpec, ModelSpec, description, fields_of
from ...model.vocab import label as vocab_label
from .containers import Disclosure, FieldRow, action_button, add_button
from .editors.base import EditorContext, FieldEditor, name_widget
from .fields_panel import FieldsPanel, label_width, spanning_label
from .layout import (
    KIND,
    LATER_SECTIONS,
    OPEN_SECTIONS,
    SECTIONS,
    SUMMARY_FIELDS,
    is_read_only,
    item_noun,
)
from .look import colours, set_text_colour
from .registry import editor_class

#: A field's Welsh version is the field of the same name with this suffix
#: (``model.bilingual``, not imported here: the form is built before the models load).
WELSH_SUFFIX = "_cy"
SUMMARY_LENGTH = 70
#: A nested group with at most this many fields starts expanded.
SMALL_GROUP = 5


class Host(EditorContext, Protocol):
    """What the builder needs from the form."""

    read_only: bool

    def document(self) -> RecordDocument | None: ...

    def register(self, path: str, widget: QWidget, problems: Any) -> None: ...

    def unregister_under(self, path: str) -> None: ...

    def register_section(self, title: str, names: list[str], block: Disclosure) -> None: ...

    def connect_editor(self, path: str, editor: FieldEditor) -> None: ...

    def body_built(self, block: Disclosure) -> None: ...

    def add_item(self, path: str, model: ModelSpec, noun: str) -> None: ...

    def item_action(self, action: str, path: str, index: int, noun: str) -> None: ...

    def set_group(self, path: str, model: ModelSpec | None, label: str) -> None: ...

    def section_starts_open(self, title: str) -> bool: ...

    def section_toggled(self, title: str, opened: bool) -> None: ...


def _join(prefix: str, name: str | int) -> str:
    return f"{prefix}.{name}" if prefix else str(name)


class Builder:
    def __init__(self, host: Host) -> None:
        self.host = host
        #: The later sections whose headings say how much is filled in: (block, title,
        #: fields, path of the group holding them or "" for top-level fields).
        self.completions: list[tuple[Disclosure, str, list[FieldSpec], str]] = []

    def refresh_completion(self) -> None:
        """The later sections' "3 of 7 filled", after an edit."""
        for entry in self.completions:
            self._show_completion(*entry)

    def _track_completion(self, block: Disclosure, title: str, specs: list[FieldSpec],
                          path: str) -> None:
        self.completions.append((block, title, specs, path))
        self._show_completion(block, title, specs, path)

    def _show_completion(self, block: Disclosure, title: str, specs: list[FieldSpec],
                         path: str) -> None:
        document = self.host.document()
        data = document.data if document is not None else None
        values = data.get(path) if path and isinstance(data, dict) else data
        filled, total = completion(specs, values)
        text = f"{title} · {filled} of {total} filled"
        if block.title != text:
            block.set_title(text)

    def _data(self, path: str) -> Any:
        document = self.host.document()
        return document.get(path) if document is not None else None

    # top level
    def build_record(self, model: ModelSpec, layout: QVBoxLayout,
                     hold_from: int | None = None) -> list[Disclosure]:
        """Adds the record's sections to ``layout``. From section ``hold_from`` on, their
        bodies wait: the held sections are returned, for the host to build later."""
        self.completions = []  # the previous record's sections go with its page
        held = []
        kind_title = vocab_label(str(next((s.default for s in fields_of(model)
                                           if s.name == "kind"), "")))
        for index, (title, specs) in enumerate(record_sections(model)):
            block = self._section(title, specs, hold=hold_from is not None and index >= hold_from,
                                  kind_section=title == kind_title)
            layout.addWidget(block)
            if block.held:
                held.append(block)
        return held

    def _section(self, title: str, specs: list[FieldSpec], hold: bool = False,
                 kind_section: bool = False) -> Disclosure:
        # A folded section's heading says how much it holds ("Page details · 2 of 6
        # filled"), so the officer knows what is inside without opening it.
        later = title in LATER_SECTIONS or kind_section or title not in OPEN_SECTIONS
        expanded = self.host.section_starts_open(title)
        if len(specs) == 1 and specs[0].shape != "value":
            block = self._container(specs[0], specs[0].name, 0, title=title,
                                    expanded=expanded, hold=hold)
            if later and specs[0].shape == "group":
                self._track_completion(block, title, list(fields_of(specs[0].type)),
                                       specs[0].name)
            self._remember_toggles(block, title)
            return block
        private = all(spec.meta.private for spec in specs)
        block = Disclosure(title, 0, private=private, expanded=expanded, hold=hold)
        if later:
            self._track_completion(block, title, list(specs), "")
        block.setObjectName(f"section:{title}")
        block.on_built = lambda: self.host.body_built(block)
        self.host.register_section(title, [spec.name for spec in specs], block)
        block.set_builder(lambda layout: layout.addWidget(self.fields_panel(specs, "", 0)))
        self._remember_toggles(block, title)
        return block

    def _remember_toggles(self, block: Disclosure, title: str) -> None:
        block.opened_by_user.connect(
            lambda opened: self.host.section_toggled(title, opened))

    # fields
    def fields_panel(self, specs: list[FieldSpec] | tuple[FieldSpec, ...], prefix: str,
                     level: int) -> QWidget:
        panel = FieldsPanel()
        form = panel.form
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        names = {spec.name for spec in specs}
        welsh_specs = {spec.name: spec for spec in specs
                       if spec.name.endswith(WELSH_SUFFIX)
                       and spec.name.removesuffix(WELSH_SUFFIX) in names}
        # Welsh versions are shown (beside their English) only in a bilingual record; the
        # form is built again when the record's "bilingual" switch changes.
        bilingual = bool(self._data("bilingual"))
        for spec in specs:
            path = _join(prefix, spec.name)
            if spec.name in welsh_specs:
                continue  # beside its English, or not shown
            welsh = welsh_specs.get(spec.name + WELSH_SUFFIX) if bilingual else None
            if spec.shape == "value" and welsh is not None:
                _add_value_row(panel, spec, *self.language_pair(spec, welsh, path))
            elif spec.shape == "value":
                _add_value_row(panel, spec, *self.value_row(spec, path))
            else:
                form.addRow(self._container(spec, path, level + 1))
        return panel

    def value_row(self, spec: FieldSpec, path: str) -> tuple[QLabel, FieldRow]:
        read_only = is_read_only(path)
        editor: Any = editor_class(spec, read_only)(spec, self.host)
        name_widget(editor, path, spec)
        editor.setProperty("helpText", spec.meta.help)
        editor.setProperty("fieldName", spec.meta.label)
        if hasattr(editor, "set_path"):
            editor.set_path(path)
        editor.set_value(self._data(path))
        editor.set_read_only(self.host.read_only or read_only)
        row = FieldRow(editor.container(), editor, spec.meta.private)
        label = QLabel(spec.meta.label)
        label.setWordWrap(True)
        label.setFixedWidth(label_width(label.fontMetrics()))
        label.setBuddy(editor)
        label.setContentsMargins(0, 4, 0, 0)  # level with the editor's text
        if spec.meta.help:
            label.setToolTip(spec.meta.help)
        if spec.meta.private:
            set_text_colour(label, colours(label).badge)
        self.host.register(path, editor, row)
        if not read_only:
            self.host.connect_editor(path, editor)
        return label, row

    def language_pair(self, english: FieldSpec, welsh: FieldSpec, path: str) \
            -> tuple[QLabel, QWidget]:
        """A text and its Welsh version side by side: English on the left, Cymraeg on the
        right."""
        label, english_row = self.value_row(english, path)
        welsh_label, welsh_row = self.value_row(welsh, path + WELSH_SUFFIX)
        english_caption = QLabel("English")
        welsh_label.setText("Cymraeg")  # stays the Welsh editor's buddy, as its caption
        welsh_label.setAccessibleName(welsh.meta.label)
        spanning_label(welsh_label)
        pair = QWidget()
        pair.setObjectName(f"pair:{path}")
        # Two editors side by side must not widen the window's least width: the pair
        # shares what the form has.
        pair.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        columns = QHBoxLayout(pair)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(10)
        for caption, row, code in ((english_caption, english_row, "en"),
                                   (welsh_label, welsh_row, "cy")):
            column = QWidget()
            column.setObjectName(f"language-column:{code}")
            stack = QVBoxLayout(column)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(2)
            caption.setObjectName("language-caption")
            caption.setContentsMargins(0, 0, 0, 0)
            set_text_colour(caption, colours(caption).badge)
            stack.addWidget(caption)
            stack.addWidget(row)
            columns.addWidget(column, 1)
        return label, pair

    # groups and lists
    def _container(self, spec: FieldSpec, path: str, level: int, *, title: str | None = None,
                   expanded: bool | None = None, hold: bool = False) -> Disclosure:
        if spec.shape == "group":
            block: Disclosure = GroupBlock(self, spec, path, level, title, expanded, hold)
        else:
            block = ListBlock(self, spec, path, level, title, expanded, hold)
        return block


class GroupBlock(Disclosure):
    """A nested model (publisher, embargo, review…); "Add …" while an optional one is empty."""

    def __init__(self, builder: Builder, spec: FieldSpec, path: str, level: int,
                 title: str | None, expanded: bool | None, hold: bool = False) -> None:
        if expanded is None:
            expanded = level == 0 or len(fields_of(spec.type)) <= SMALL_GROUP
        super().__init__(title or spec.label, level, private=spec.meta.private,
                         expanded=expanded, hold=hold)
        self.builder, self.spec, self.path = builder, spec, path
        name_widget(self, path, spec)
        self.on_built = lambda: builder.host.body_built(self)
        self._header_buttons: list[QWidget] = []
        builder.host.register(path, self, self)
        self.rebuild()

    def rebuild(self) -> None:
        host = self.builder.host
        host.unregister_under(self.path)
        for button in self._header_buttons:
            button.deleteLater()
        self._header_buttons = []
        present = self.builder._data(self.path) is not None
        if not present and self.spec.optional:
            text = f"Add {lower_label(self.spec.label)}"
            button = add_button(self.path, text, text)
            button.setEnabled(not host.read_only)
            button.clicked.connect(
                lambda: host.set_group(self.path, self.spec.type, self.spec.label))
            self.add_header_widget(button)
            self._header_buttons.append(button)
            self.set_builder(None)
            return
        if self.spec.optional and not host.read_only:
            remove = action_button("remove", self.path, "Remove",
                                   f"Remove {lower_label(self.spec.label)}")
            remove.clicked.connect(lambda: host.set_group(self.path, None, self.spec.label))
            self.add_header_widget(remove)
            self._header_buttons.append(remove)
        self.set_builder(self._fill)

    def _fill(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.builder.fields_panel(fields_of(self.spec.type), self.path,
                                                   self.level))


class ListBlock(Disclosure):
    """A list of groups (sections, recommendations, documents…) with add and item buttons."""

    def __init__(self, builder: Builder, spec: FieldSpec, path: str, level: int,
                 title: str | None, expanded: bool | None, hold: bool = False) -> None:
        super().__init__(title or spec.label, level, private=spec.meta.private,
                         expanded=True if expanded is None else expanded, hold=hold)
        self.builder, self.spec, self.path = builder, spec, path
        self.base_title = title or spec.label
        self.noun = item_noun(spec.type.name)
        name_widget(self, path, spec)
        self.items: list[ItemBlock] = []
        self.on_built = lambda: builder.host.body_built(self)
        builder.host.register(path, self, self)
        self.rebuild()

    def rebuild(self) -> None:
        self.builder.host.unregister_under(self.path)
        self.items = []
        count = len(self.builder._data(self.path) or [])
        self.set_title(f"{self.base_title} ({count})" if count else self.base_title)
        self.set_builder(self._fill)

    def _fill(self, layout: QVBoxLayout) -> None:
        host = self.builder.host
        data = self.builder._data(self.path) or []
        model = self.spec.type
        opens = any(s.meta.widget == "markdown" for s in fields_of(model)) or len(data) <= 2
        for index in range(len(data)):
            item = ItemBlock(self, index, len(data), opens)
            layout.addWidget(item)
            self.items.append(item)
        button = add_button(self.path, f"Add {self.noun}", f"Add {self.noun}")
        button.setEnabled(not host.read_only)
        button.clicked.connect(lambda: host.add_item(self.path, model, self.noun))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def item_path(self, index: int) -> str:
        return f"{self.path}.{index}"


class ItemBlock(Disclosure):
    """One item of a list, titled by its content, with move, duplicate and remove buttons."""

    def __init__(self, owner: ListBlock, index: int, count: int, expanded: bool) -> None:
        super().__init__("", owner.level + 1, expanded=expanded)
        self.owner, self.index = owner, index
        self.path = owner.item_path(index)
        host = owner.builder.host
        self.setObjectName(f"field:{self.path}")
        self.setAccessibleName(f"{owner.noun.capitalize()} {index + 1}")
        self.on_built = lambda: host.body_built(self)
        noun = owner.noun
        for action, text, tip, enabled in (
            ("up", "↑", f"Move {noun} {index + 1} up", index > 0),
            ("down", "↓", f"Move {noun} {index + 1} down", index < count - 1),
            ("duplicate", "Duplicate", f"Duplicate {noun} {index + 1}", True),
            ("remove", "Remove", f"Remove {noun} {index + 1}", True),
        ):
            button = action_button(action, self.path, text, tip)
            button.setEnabled(enabled and not host.read_only)
            button.setVisible(not host.read_only)
            button.clicked.connect(
                lambda _=False, a=action: host.item_action(a, owner.path, self.index, noun))
            self.add_header_widget(button)
        host.register(self.path, self, self)
        self.refresh_title()
        self.set_builder(self._fill)

    def _fill(self, layout: QVBoxLayout) -> None:
        specs = fields_of(self.owner.spec.type)
        layout.addWidget(self.owner.builder.fields_panel(specs, self.path, self.level))

    def refresh_title(self) -> None:
        data = self.owner.builder._data(self.path) or {}
        self.set_title(item_title(self.owner.noun, self.index, data,
                                  show_id=not is_read_only(f"{self.path}.id")))


def lower_label(label: str) -> str:
    """"Embargo" → "embargo", but "NSPCC repository" and "Home Office …" keep their capitals."""
    words = label.split()
    if not words or words[0].isupper() or (len(words) > 1 and words[1][:1].isupper()):
        return label
    return label[:1].lower() + label[1:]


def item_title(noun: str, index: int, data: dict[str, Any], show_id: bool = True) -> str:
    """"3. R3 — All partners should audit…", or "Section 2" while it is empty."""
    summary = ""
    for name in SUMMARY_FIELDS:
        value = data.get(name) if isinstance(data, dict) else None
        if isinstance(value, str) and value.strip():
            summary = " ".join(value.split())
            break
    if not summary and isinstance(data, dict):
        for name in ("role", "rel", "decision"):
            if isinstance(data.get(name), str):
                summary = vocab_label(data[name])
                break
    if len(summary) > SUMMARY_LENGTH:
        summary = summary[: SUMMARY_LENGTH - 1].rstrip() + "…"
    ident = data.get("id") if isinstance(data, dict) and show_id else None
    if isinstance(ident, str) and ident and ident not in summary:
        summary = f"{ident} — {summary}" if summary else ident
    if not summary:
        return f"{noun[:1].upper()}{noun[1:]} {index + 1}"
    if re.match(rf"{index + 1}\s*[.):]\s", summary):
        return summary  # a numbered heading ("1. Background") at its own place
    return f"{index + 1}. {summary}"


def completion(specs: list[FieldSpec] | tuple[FieldSpec, ...], data: Any) -> tuple[int, int]:
    """How many of ``specs`` hold a value in ``data`` (a dict), and how many there are."""
    values = data if isinstance(data, dict) else {}
    editable = [spec for spec in specs if not is_read_only(spec.name)] or list(specs)
    filled = sum(1 for spec in editable if values.get(spec.name) not in (None, "", [], {}))
    return filled, len(editable)


def record_sections(model: ModelSpec) -> list[tuple[str, list[FieldSpec]]]:
    """The record's top-level fields grouped into titled sections (``layout.SECTIONS``)."""
    specs = fields_of(model)
    by_name = {spec.name: spec for spec in specs}
    shared = {spec.name for spec in description().base.fields}
    kind_fields = [s for s in specs if s.name not in shared]
    placed: set[str] = {s.name for s in kind_fields}
    sections: list[tuple[str, list[FieldSpec]]] = []
    for title, names in SECTIONS:
        if title == KIND:
            if kind_fields:
                kind = str(by_name["kind"].default if "kind" in by_name else "")
                sections.append((vocab_label(kind), kind_fields))
            continue
        chosen = [by_name[name] for name in names if name in by_name]
        placed.update(spec.name for spec in chosen)
        if chosen:
            sections.append((title, chosen))
    others = [spec for spec in specs if spec.name not in placed]
    if others:
        sections.insert(len(sections) - 1, ("Other", others))
    return sections


def _add_value_row(panel: FieldsPanel, spec: FieldSpec, label: QLabel, row: QWidget) -> None:
    """A field's row: prose (Markdown) gets the full width, under its label."""
    if spec.meta.widget == "markdown":
        spanning_label(label)
        panel.form.addRow(label)
        panel.form.addRow(row)
    else:
        panel.add_row(label, row)
