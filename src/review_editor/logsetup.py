"""The app's log file: rotated, in the user's log folder, and free of record content.

The rule for everyone who logs: **the message is a fixed format string; only non-text values
go in as arguments.** ``log.info("saved %d sections in %.1f ms", count, elapsed)`` is fine;
``log.info(f"saved {title}")`` and ``log.info("saved %s", title)`` are not. Record text (a
title, a name, a file path, which can carry a name too) must never reach the log, because
the log is what gets attached to a support ticket. The filter enforces what it can at run
time:

- a text argument (``str``, ``bytes``, ``Path``, or any type not in ``SAFE_ARG_TYPES``) is
  replaced by ``<redacted str>``;
- a message that is not a string (an exception or a dict passed as the message) is replaced
  by ``<redacted TypeName>``;
- an exception keeps its type and stack frames but loses its message, which often quotes
  the input (pydantic errors do).

What it cannot see is text already pasted into the message with an f-string or ``%``
before the call; ``tests/test_logsetup.py`` rejects such calls in the source.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import enum
import logging
import os
import platform
import sys
import traceback
import uuid
from pathlib import Path
from types import TracebackType

from . import __version__, paths

LOG_FILE_NAME = "review-editor.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

# bool is an int; Enum members are our fixed vocabularies (their values are not user text).
SAFE_ARG_TYPES: tuple[type, ...] = (
    int, float, type(None), uuid.UUID, _dt.date, _dt.time, _dt.timedelta, enum.Enum,
)


def _redacted(value: object) -> str:
    return f"<redacted {type(value).__name__}>"


def _safe_arg(value: object) -> object:
    # A str-valued Enum is a str too: the Enum check must come first.
    if isinstance(value, enum.Enum) or (
        isinstance(value, SAFE_ARG_TYPES) and not isinstance(value, str)
    ):
        return value
    return _redacted(value)


def _exception_summary(exc_info: tuple[type[BaseException], BaseException,
                                       TracebackType | None]) -> str:
    """The traceback's frames and exception types, without any exception's message."""
    _kind, error, tb = exc_info
    lines = ["Traceback (most recent call last):"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
    chain = [error]
    while chain[-1].__cause__ is not None or (
        chain[-1].__context__ is not None and not chain[-1].__suppress_context__
    ):
        chain.append(chain[-1].__cause__ or chain[-1].__context__)  # type: ignore[arg-type]
        if len(chain) > 10:
            break
    lines.append(" <- ".join(type(e).__qualname__ for e in chain) + ": <message redacted>")
    return "\n".join(lines)


class RedactingFilter(logging.Filter):
    """Strips text arguments, non-string messages and exception messages from a record.

    Put it on the handler, not a logger: a logger's filters do not see records that
    propagate up from child loggers.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if not isinstance(record.msg, str):
            record.msg, record.args = _redacted(record.msg), None
        elif isinstance(record.args, dict):
            record.args = {key: _safe_arg(value) for key, value in record.args.items()}
        elif record.args:
            record.args = tuple(_safe_arg(value) for value in record.args)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = _exception_summary(record.exc_info)  # type: ignore[arg-type]
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = "<exception text redacted>"
        return True


class _AppLogHandler(logging.FileHandler):
    """The app's handler (a type of its own, so configuring twice adds nothing): a file of
    at most ``maxBytes``, then renamed ``.1``, the older ones ``.2`` … ``.<backupCount>``,
    as ``logging.handlers.RotatingFileHandler`` does. That module is not used because
    importing it (sockets, pickling, queues) took about 8 ms of the window's start."""

    def __init__(self, filename: Path, max_bytes: int, backup_count: int) -> None:
        super().__init__(filename, encoding="utf-8", delay=True)
        self.maxBytes, self.backupCount = max_bytes, backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.shouldRollover(record):
                self.doRollover()
            super().emit(record)
        except Exception:  # noqa: BLE001 - logging's own way: report and carry on
            self.handleError(record)

    def shouldRollover(self, record: logging.LogRecord) -> bool:  # noqa: N802
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never roll anything but a regular file
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.maxBytes

    def doRollover(self) -> None:  # noqa: N802
        if self.stream:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        # Windows cannot rename a file another copy of the app has open: keep appending to
        # the current file and try again at the next record.
        with contextlib.suppress(OSError):
            for number in range(self.backupCount - 1, 0, -1):
                older = f"{self.baseFilename}.{number}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{number + 1}")
            self.rotate(self.baseFilename, f"{self.baseFilename}.1")

    def rotate(self, source: str, dest: str) -> None:
        if os.path.exists(source):
            os.replace(source, dest)


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the app's logs to a rotating file in the user's log folder; return its path.

    1 MB per file, five old files kept. Safe to call more than once.
    """
    log_file = paths.ensure(paths.log_dir()) / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _AppLogHandler) and Path(handler.baseFilename) == log_file:
            return log_file
        if isinstance(handler, _AppLogHandler):  # the log folder moved (REVIEW_EDITOR_HOME)
            root.removeHandler(handler)
            handler.close()
    handler = _AppLogHandler(log_file, MAX_BYTES, BACKUP_COUNT)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.getLogger(__name__).info(_started_message())
    return log_file


def _started_message() -> str:
    # Fixed for a given installation, so it may be the message itself (no arguments).
    return (f"Review Editor {__version__} started (Python {platform.python_version()}, "
            f"{sys.platform})")
