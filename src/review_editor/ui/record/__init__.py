"""The open record's life (new, open, save, conflicts) and what it asks the user."""
