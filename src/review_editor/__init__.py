"""Review Editor: edit, check, preview and export safeguarding publication records."""

__version__ = "0.1.0"
