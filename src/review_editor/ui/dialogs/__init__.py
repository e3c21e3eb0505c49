"""The real dialogs: message boxes and file dialogs, import, the organisation profile."""
