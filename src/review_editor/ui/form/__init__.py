"""The record form: widgets generated from the model's field metadata, with undo/redo."""

from .commands import InsertItemCommand, MoveItemCommand, RemoveItemCommand, SetFieldCommand
from .form import RecordForm

__all__ = [
    "InsertItemCommand", "MoveItemCommand", "RecordForm", "RemoveItemCommand", "SetFieldCommand",
]
