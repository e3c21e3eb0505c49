"""A command run as the process's own command line leaves its objects to the process's
end, without a last garbage collection over them; called with arguments (as the tests and
other code call it), it leaves the collector as it was."""

from __future__ import annotations

import sys

import pytest

from review_editor import cli, resources


@pytest.mark.parametrize("own_command_line", [True, False])
def test_only_the_process_command_line_skips_the_last_collection(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        own_command_line: bool) -> None:
    frozen: list[bool] = []
    monkeypatch.setattr(cli.gc, "freeze", lambda: frozen.append(True))
    words = ["validate", str(resources.examples_dir() / "sar-adult-r.json")]
    monkeypatch.setattr(sys, "argv", ["review-editor", *words])
    status = cli.main() if own_command_line else cli.main(words)
    assert status == cli.EXIT_OK
    assert frozen == ([True] if own_command_line else [])
    assert "sar-adult-r.json" not in capsys.readouterr().err
