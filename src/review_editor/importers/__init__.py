"""Importing existing pages and Word drafts into records. Pure Python: no Qt here.

``import_file`` reads web page text (.txt), saved web pages (.html, .htm) and Word documents
(.docx); ``import_text`` reads pasted text or HTML. Both return an ``ImportResult``: a valid
draft record holding what the page states, what was detected and from which words, and
suggestions for the review's facts that the user accepts or rejects before
``apply_suggestions`` puts them into the record. Anything that cannot be imported raises
``ImportFailed`` with a message naming the file. ``import_file_each`` gives one result per
review of a page that lists several (``review-editor import --split``).
"""

from .command import import_each_to_folder, import_to_file, report_lines
from .errors import ImportFailed
from .files import (
    MAX_DOCX_BYTES,
    MAX_TEXT_BYTES,
    SUPPORTED,
    import_file,
    import_file_each,
    import_text,
    looks_like_html,
)
from .result import Detection, ImportResult, Suggestion, apply_suggestions

__all__ = [
    "MAX_DOCX_BYTES", "MAX_TEXT_BYTES", "SUPPORTED", "Detection", "ImportFailed",
    "ImportResult", "Suggestion", "apply_suggestions", "import_each_to_folder", "import_file",
    "import_file_each", "import_text", "import_to_file", "looks_like_html", "report_lines",
]
