"""Windows- and SharePoint-safe file names.

Records sit in folders synced by OneDrive/SharePoint and opened on Windows, so a name must
survive all three: no forbidden characters, no reserved device names (``CON``, ``COM¹``,
``CONIN$``, also with an extension or trailing spaces: ``AUX .json``), no trailing dot or
space, NFC, a sane length, and unique ignoring case (Windows and SharePoint fold case).
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from pathlib import Path

MAX_NAME = 100  # characters, extension included: leaves room in SharePoint's 400-char path
_FORBIDDEN = re.compile(r'[<>:"/\\|?*#%{}~&\x00-\x1f\x7f]')
_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
    *(f"COM{n}" for n in "0123456789¹²³"),
    *(f"LPT{n}" for n in "0123456789¹²³"),
}
_RESERVED_FILES = {"desktop.ini", "thumbs.db", ".lock", "forms"}


def _device_stem(name: str) -> str:
    # Windows reads "AUX .json" and "aux.tar.json" as the device AUX.
    return name.split(".", 1)[0].rstrip(" ").upper()


def is_device_name(name: str) -> bool:
    """True if Windows reads ``name`` as a device ("con.pdf", "COM1 .txt", "nul")."""
    return _device_stem(name) in _RESERVED


def _invisible(char: str) -> bool:
    """Controls and format characters: among them the direction overrides (U+202E) that
    make "report\u202eFDP.json" display as "reportnosj.PDF"."""
    return unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")


def escaped(text: str, keep: str = "") -> str:
    """``text`` safe to print: each control or format character shown as its code (but
    those in ``keep``, such as a line break)."""
    # Printable ASCII never needs escaping: only the other characters are looked at, each
    # distinct one once, however long the text (a command's output is written in blocks).
    others = text.encode("utf-8", "surrogatepass").translate(None, _PRINTABLE_ASCII)
    if not others:
        return text
    codes = {ord(c): escape_code(c) for c in set(others.decode("utf-8", "surrogatepass"))
             if _invisible(c) and c not in keep}
    return text.translate(codes) if codes else text


def escape_code(char: str) -> str:
    """``char`` as JSON writes it escaped: ``\\u202e``, and a character beyond
    U+FFFF (the tags of a flag such as Wales') as its two UTF-16 halves, ``\\udb40\\udc67``,
    since four hex digits follow ``\\u`` (``\\ue0067`` would read as U+E006 and a 7)."""
    point = ord(char)
    if point <= 0xFFFF:
        return f"\\u{point:04x}"
    point -= 0x10000
    return f"\\u{0xD800 + (point >> 10):04x}\\u{0xDC00 + (point & 0x3FF):04x}"


_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


def problems(name: str) -> list[str]:
    """Why ``name`` is not a safe file name (an empty list when it is)."""
    found: list[str] = []
    if not name or not name.strip():
        return ["the name is empty"]
    if unicodedata.normalize("NFC", name) != name:
        found.append("the name is not in Unicode NFC form")
    bad = sorted(set(_FORBIDDEN.findall(name)))
    if bad:
        shown = " ".join(repr(c) if c.isprintable() else f"U+{ord(c):04X}" for c in bad)
        found.append(f"it contains characters Windows or SharePoint forbid: {shown}")
    hidden = sorted({c for c in name if _invisible(c) and not _FORBIDDEN.match(c)})
    if hidden:
        shown = " ".join(f"U+{ord(c):04X}" for c in hidden)
        found.append(f"it contains invisible or direction-changing characters: {shown}")
    if name[-1] in ". ":
        found.append("it ends with a dot or a space")
    if name[0] == " ":
        found.append("it starts with a space")
    if name.startswith("~$") or name.startswith("."):
        found.append("names starting with '.' or '~$' are hidden or treated as temporary")
    if _device_stem(name) in _RESERVED:
        found.append(f"{_device_stem(name)} is a reserved device name on Windows")
    if name.lower() in _RESERVED_FILES or "_vti_" in name.lower():
        found.append("SharePoint does not allow this name")
    if len(name) > MAX_NAME:
        found.append(f"it is longer than {MAX_NAME} characters")
    return found


def folder_problems(folder: Path) -> list[str]:
    """Why files cannot be written into ``folder`` (an empty list when they can): a part
    of it that is there but not a folder, one that cannot be looked at (a name too long, no
    permission), or a part still to be made whose name is not safe (the rules above)."""
    missing: list[str] = []
    current = Path(folder)
    while True:
        try:
            mode = os.stat(current).st_mode
        except FileNotFoundError:
            if current.parent == current:
                return ["it does not exist"]
            missing.append(current.name)
            current = current.parent
            continue
        except OSError as error:
            return [f"it cannot be used: {error.strerror or error}"]
        if not stat.S_ISDIR(mode):
            return [f"{escaped(str(current))} is not a folder"]
        break
    found = []
    for name in reversed(missing):
        found += [f"the new folder “{escaped(name)}”: {problem}" for problem in problems(name)]
    return found


def safe_filename(title: str, existing: Iterable[str] = (), extension: str = ".json") -> str:
    """A safe, unique (ignoring case) file name made from ``title``."""
    stem = unicodedata.normalize("NFC", title)
    stem = _FORBIDDEN.sub(" ", stem)
    stem = "".join(c if c.isprintable() and not _invisible(c) else " " for c in stem)
    stem = re.sub(r"\s+", " ", stem).strip(" .")
    stem = stem.lstrip("~$").strip(" .")
    stem = _without_vti(stem) or "Untitled record"
    stem = _not_a_device(stem)
    taken = {key for name in existing for key in _case_keys(name)}
    counter = 1
    while True:
        suffix = "" if counter == 1 else f" ({counter})"
        room = MAX_NAME - len(extension) - len(suffix)
        candidate = stem[:room].rstrip(" .") or "Untitled record"
        name = unicodedata.normalize("NFC", f"{candidate}{suffix}{extension}")
        if name.lower() in _RESERVED_FILES:
            stem = f"{stem} record"
            continue
        if taken.isdisjoint(_case_keys(name)):
            return name
        counter += 1


def _without_vti(stem: str) -> str:
    # Removing one "_vti_" can join its neighbours into another ("__vti__").
    while (cleaned := re.sub("_vti_", "vti", stem, flags=re.IGNORECASE)) != stem:
        stem = cleaned
    return stem


def _not_a_device(stem: str) -> str:
    """"CON.txt" → "CON record.txt": Windows reads the part before the first dot."""
    if _device_stem(stem) not in _RESERVED:
        return stem
    first, dot, rest = stem.partition(".")
    return f"{first.rstrip(' ')} record{dot}{rest}"


def _case_keys(name: str) -> set[str]:
    # Windows and SharePoint compare upper-cased names ("ı" and "i" both become "I");
    # case folding catches the rest ("ß" and "ss").
    name = unicodedata.normalize("NFC", name)
    return {name.casefold(), name.upper().casefold()}
