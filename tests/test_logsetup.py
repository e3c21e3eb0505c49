"""The log file: where it goes, how it rotates, and that no record text gets into it."""

from __future__ import annotations

import ast
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from review_editor import logsetup
from review_editor.model.vocab import Kind

SRC = Path(__file__).resolve().parents[1] / "src" / "review_editor"
SECRET = "Jordan Canary of 7 Example Street"


@pytest.fixture
def log_file(app_home: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    path = logsetup.configure_logging()
    yield path
    for handler in list(root.handlers):
        if isinstance(handler, logsetup._AppLogHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def _text(path: Path) -> str:
    _flush()
    return path.read_text(encoding="utf-8")


def test_the_log_lives_in_the_user_log_folder(log_file: Path, app_home: Path) -> None:
    assert log_file == app_home / "logs" / "review-editor.log"
    assert "Review Editor" in _text(log_file) and "started" in _text(log_file)


def test_configuring_twice_installs_one_handler(log_file: Path) -> None:
    assert logsetup.configure_logging() == log_file
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logsetup._AppLogHandler)]
    assert len(handlers) == 1


def test_text_arguments_are_redacted_and_numbers_kept(log_file: Path) -> None:
    log = logging.getLogger("review_editor.somewhere")
    log.warning("saved %s in %d ms (%.1f%%) kind=%s ok=%s", SECRET, 12, 99.5, Kind.news_item, True)
    log.warning("opened %s", Path("/records") / f"{SECRET}.json")
    log.warning("bytes %r", SECRET.encode())
    log.warning("named %(title)s with %(count)d sections", {"title": SECRET, "count": 3})
    text = _text(log_file)
    assert SECRET not in text and "Canary" not in text
    assert "saved <redacted str> in 12 ms (99.5%) kind=news_item ok=True" in text
    assert "opened <redacted PosixPath>" in text or "opened <redacted WindowsPath>" in text
    assert "bytes '<redacted bytes>'" in text
    assert "named <redacted str> with 3 sections" in text


def test_a_message_that_is_not_a_string_is_redacted(log_file: Path) -> None:
    logging.getLogger("review_editor.x").error(ValueError(SECRET))
    logging.getLogger("review_editor.x").error({"title": SECRET})
    text = _text(log_file)
    assert SECRET not in text
    assert "<redacted ValueError>" in text and "<redacted dict>" in text


def test_exceptions_keep_type_and_frames_but_not_their_message(log_file: Path) -> None:
    def load() -> None:
        try:
            raise KeyError(SECRET)
        except KeyError as error:
            raise ValueError(f"cannot load {SECRET}") from error

    try:
        load()
    except ValueError:
        logging.getLogger("review_editor.storage").exception("load failed after %d tries", 2)
    text = _text(log_file)
    assert SECRET not in text
    assert "load failed after 2 tries" in text
    assert "in load" in text and "test_logsetup.py" in text
    assert "ValueError <- KeyError: <message redacted>" in text


def test_logs_from_other_libraries_are_redacted_too(log_file: Path) -> None:
    logging.getLogger("somelibrary.deep.module").warning("got %s", SECRET)
    assert SECRET not in _text(log_file)


def test_the_file_rotates_at_one_megabyte_keeping_five(log_file: Path) -> None:
    log = logging.getLogger("review_editor.volume")
    for number in range(30_000):  # ~90 bytes a line: a little over 2.5 MB
        log.info("autosave snapshot %d written in %d ms", number, 4)
    _flush()
    folder = log_file.parent
    rotated = sorted(p.name for p in folder.glob("review-editor.log.*"))
    assert rotated == ["review-editor.log.1", "review-editor.log.2"]
    for path in [log_file, *(folder / name for name in rotated)]:
        assert path.stat().st_size <= logsetup.MAX_BYTES
    handler = next(h for h in logging.getLogger().handlers
                   if isinstance(h, logsetup._AppLogHandler))
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)


def test_a_rotation_that_cannot_rename_keeps_logging(
        log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    handler = next(h for h in logging.getLogger().handlers
                   if isinstance(h, logsetup._AppLogHandler))

    def locked(source: str, dest: str) -> None:
        raise PermissionError(32, "The process cannot access the file", source)

    monkeypatch.setattr(handler, "rotate", locked)
    monkeypatch.setattr(handler, "maxBytes", 200)
    log = logging.getLogger("review_editor.volume")
    for number in range(20):
        log.info("line %d of a busy log", number)
    text = _text(log_file)
    assert "line 0 of a busy log" in text and "line 19 of a busy log" in text
    assert not list(log_file.parent.glob("review-editor.log.*"))


# The source rule: a logging call's message is a fixed string -------------------------------

LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}


def _looks_like_logger(node: ast.expr) -> bool:
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")
    return name.lower().strip("_") in {"log", "logger", "logging"}


def interpolated_log_messages(source: str) -> list[int]:
    """Line numbers of logging calls whose message is built from values before the call."""
    bad = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in LOG_METHODS and _looks_like_logger(node.func.value)):
            continue
        position = 1 if node.func.attr == "log" else 0
        if len(node.args) <= position:
            continue
        message = node.args[position]
        built = (
            isinstance(message, ast.JoinedStr)
            or (isinstance(message, ast.BinOp) and isinstance(message.op, ast.Mod | ast.Add))
            or (isinstance(message, ast.Call) and isinstance(message.func, ast.Attribute)
                and message.func.attr == "format")
        )
        if built:
            bad.append(node.lineno)
    return bad


def test_the_source_check_finds_built_messages() -> None:
    source = (
        "log.info(f'saved {title}')\n"
        "logger.warning('saved %s' % title)\n"
        "_log.error('saved {}'.format(title))\n"
        "logging.log(20, 'a ' + title)\n"
        "log.info('saved %s', title)\n"
        "something.info(f'not a logger {x}')\n"
    )
    assert interpolated_log_messages(source) == [1, 2, 3, 4]


def test_no_logging_call_in_the_package_builds_its_message() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        for line in interpolated_log_messages(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(SRC)}:{line}")
    assert offenders == [], (
        "log a fixed message with non-text arguments (see review_editor/logsetup.py)"
    )
