"""style checks."""
