"""embargo checks."""
