"""Entry point of both executables in the bundle.

``review-editor`` (console) runs the command line, ``self-test`` included;
``review-editor-gui`` (no console window) opens the editor. One script serves both so the
bundle is analysed once; the executable's own name says which it is.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def main() -> int:
    multiprocessing.freeze_support()
    if Path(sys.executable).stem.lower().endswith("-gui"):
        from review_editor.app import main as gui_main

        return gui_main(sys.argv[1:])
    from review_editor import cli

    if sys.argv[1:2] == ["self-test"] and "self-test" not in cli.COMMANDS:
        # The smoke test of a build must run even where the command line does not list it.
        from review_editor.selftest import run_self_test

        return run_self_test()
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
