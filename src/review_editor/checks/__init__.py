"""Pre-publication checks: a record in, a list of ``Issue`` out (DOMAIN section (c)).

Build a ``CheckContext`` (an aware ``now``, the partnership's ``CheckSettings``, the
record's deny-list, the workspace index) and call ``run_checks(record, ctx)``. No check
writes to the record, reads the clock or makes a network request.

The names below load on first use: the window imports ``Issue`` and the severities for its
Checks dock without loading the checks themselves (their patterns take a while to compile),
which its worker thread loads for the first run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_getattr

_HOMES = {
    "FINAL_EXPORT": "issue", "CheckContext": "context", "WorkspaceEntry": "context",
    "workspace_index": "context", "DenyList": "denylist", "denylist_path": "denylist",
    "load_denylist": "denylist", "BLOCKING": "issue", "INFO": "issue", "WARNING": "issue",
    "Issue": "issue", "Severity": "issue", "blocking": "issue", "findings": "issue",
    "CheckSpec": "registry", "all_checks": "registry", "check": "registry",
    "get_check": "registry", "run_checks": "runner", "sort_issues": "runner",
    "CheckSettings": "settings",
}

__all__ = [
    "BLOCKING", "FINAL_EXPORT", "INFO", "WARNING", "CheckContext", "CheckSettings", "CheckSpec",
    "DenyList", "Issue", "Severity", "WorkspaceEntry", "all_checks", "blocking", "check",
    "denylist_path", "findings", "get_check", "load_denylist", "run_checks", "sort_issues",
    "workspace_index",
]


__getattr__ = lazy_getattr(__name__, _HOMES)

if TYPE_CHECKING:
    from .context import CheckContext, WorkspaceEntry, workspace_index
    from .denylist import DenyList, denylist_path, load_denylist
    from .issue import (
        BLOCKING,
        FINAL_EXPORT,
        INFO,
        WARNING,
        Issue,
        Severity,
        blocking,
        findings,
    )
    from .registry import CheckSpec, all_checks, check, get_check
    from .runner import run_checks, sort_issues
    from .settings import CheckSettings
