"""legal checks."""
