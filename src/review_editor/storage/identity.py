"""Who and where: the user and host names written into locks and backups."""

from __future__ import annotations

import getpass
import os
import platform


def user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some service contexts
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def host_name() -> str:
    # The machine's network name, as socket.gethostname() gives it; platform reads it
    # without importing the socket module (some 3 ms of the window's start) except on
    # Windows.
    return platform.node() or "unknown"
