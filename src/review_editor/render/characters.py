"""Characters a page or document may carry: XML 1.0 refuses control characters (Word files
are XML, and python-docx raises on them), in HTML each is a parse error (a NUL shows as a
replacement box), and in an email they can drive a terminal. The preview and every copy
leave out the same ones."""

from __future__ import annotations

import re

# C0 controls except tab, line feed and carriage return; DEL and the C1 controls; lone
# surrogates; and the two non-characters XML forbids.
_UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """``text`` without control characters and non-characters."""
    return _UNWANTED.sub("", text)
