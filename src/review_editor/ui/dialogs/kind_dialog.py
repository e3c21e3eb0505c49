"""File › New…: which kind of record, each kind explained in one sentence."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...model import Kind, label

KIND_SENTENCES = {
    Kind.news_item: "A news page or press release announcing that a review has been "
                    "published, with quotes, where to get support and a media contact.",
    Kind.review_notice: "The page for one review (a child safeguarding practice review, a "
                        "safeguarding adults review, a domestic homicide review…): its key "
                        "facts, findings, recommendations and documents.",
    Kind.learning_brief: "A short briefing for practitioners, such as a 7-minute briefing, "
                         "sharing the learning from one or more reviews.",
}


class KindDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog:new_record")
        self.setWindowTitle("New record")
        self.choices = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("What kind of page are you writing?", self))
        for number, kind in enumerate(Kind):
            button = QRadioButton(f"&{number + 1} {label(kind)}", self)
            button.setObjectName(f"new_record:{kind.value}")
            button.setProperty("kind", kind.value)
            sentence = QLabel(KIND_SENTENCES[kind], self)
            sentence.setWordWrap(True)
            sentence.setIndent(24)
            button.setAccessibleDescription(KIND_SENTENCES[kind])
            self.choices.addButton(button)
            layout.addWidget(button)
            layout.addWidget(sentence)
            if number == 0:
                button.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        create = buttons.addButton("Create", QDialogButtonBox.ButtonRole.AcceptRole)
        create.setObjectName("new_record:create")
        create.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def kind(self) -> str | None:
        checked = self.choices.checkedButton()
        return str(checked.property("kind")) if checked is not None else None
