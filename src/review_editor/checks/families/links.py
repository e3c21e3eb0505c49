"""links checks."""
