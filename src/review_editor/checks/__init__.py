"""Pre-publication checks: a record in, a list of ``Issue`` out (DOMAIN section (c)).

Build a ``CheckContext`` (an aware ``now``, the partnership's ``CheckSettings``, the
record's deny-list, the workspace index) and call ``run_checks(record, ctx)``. No check
writes to the record, reads the clock or makes a network request.
"""

from .context import FINAL_EXPORT, CheckContext, WorkspaceEntry, workspace_index
from .denylist import DenyList, denylist_path, load_denylist
from .issue import BLOCKING, INFO, WARNING, Issue, Severity, blocking, findings
from .registry import CheckSpec, all_checks, check, get_check
from .runner import run_checks, sort_issues
from .settings import CheckSettings

__all__ = [
    "BLOCKING", "FINAL_EXPORT", "INFO", "WARNING", "CheckContext", "CheckSettings", "CheckSpec",
    "DenyList", "Issue", "Severity", "WorkspaceEntry", "all_checks", "blocking", "check",
    "denylist_path", "findings", "get_check", "load_denylist", "run_checks", "sort_issues",
    "workspace_index",
]
