"""Pydantic's validation wording, made readable for officers ("String should have at most
120 characters" → "Too long: at most 120 characters.")."""

from __future__ import annotations

import re

_RULES = (
    (re.compile(r"String should have at most (\d+) characters?"),
     "Too long: at most {0} characters."),
    (re.compile(r"String should have at least (\d+) characters?"),
     "Too short: at least {0} characters."),
    (re.compile(r"Input should be greater than or equal to (\S+)"), "At least {0}."),
    (re.compile(r"Input should be less than or equal to (\S+)"), "At most {0}."),
    (re.compile(r"Input should be greater than (\S+)"), "More than {0}."),
    (re.compile(r"Input should be less than (\S+)"), "Less than {0}."),
)


def friendly(message: str, help_text: str) -> str:
    """``message`` as an officer reads it; ``help_text`` (the field's help) says what form a
    value that does not match its pattern should take."""
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
        return message[:1].upper() + message[1:]
    if message.startswith("String should match pattern"):
        return f"Not in the expected form. {help_text}".strip()
    if message == "Field required":
        return "Required."
    for pattern, wording in _RULES:
        found = pattern.fullmatch(message)
        if found:
            return wording.format(found.group(1))
    return message
