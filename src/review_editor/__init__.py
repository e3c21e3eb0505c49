"""Review Editor: edit, check, preview and export safeguarding publication records."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("review-editor")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"
