"""accessibility checks."""
