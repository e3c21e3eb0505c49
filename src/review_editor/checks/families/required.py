"""required checks."""
