"""The library's listing of a folder, and the start's quick listing confirmed after the paint.

At start (``begin_provisional``) a folder is listed from its files' JSON, each file read
once; the record opened at start is shown from the same read. ``confirm`` then validates
the record at once and the listing off the UI thread, from those reads (a file is read
again only if it changed since), and corrects the rows it sees otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...paths import path_key, same_path
from ...storage import FolderScan, IndexEntry, confirm_scan, scan_folder
from ..common.background import BackgroundRunner
from ..library.panel import LibraryPanel
from ..record.controller import RecordController
from .status import EditorStatusBar

log = logging.getLogger(__name__)
Scanner = Callable[[Path], FolderScan]


class FolderListing(QObject):
    #: The start's quick listing has been validated (or could not be, and stays as listed).
    confirmed = Signal()

    def __init__(self, library: LibraryPanel, controller: RecordController,
                 status: EditorStatusBar, scan: Scanner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.controller = controller
        self.status = status
        #: A folder is read with ``storage.scan_folder`` unless another scanner is given
        #: (then the start lists nothing provisionally).
        self._scan: Scanner = scan or _validating_scan
        self._own_scan = scan is None
        self._provisional = False
        #: The folder listed at start from its files' JSON, until ``confirm`` validates it.
        self._quick: FolderScan | None = None

    def begin_provisional(self) -> None:
        self._provisional = True
        self.controller.provisional_start = True

    def end_provisional(self) -> None:
        self._provisional = False
        self.controller.provisional_start = False
        self.controller.start_reads = {}

    def scan(self, folder: Path) -> FolderScan:
        """The folder's records: at start as their JSON reads (the controller is given the
        reads, so the record opened at start is not read again), else validated."""
        if not (self._provisional and self._own_scan):
            return self._scan(folder)
        scan = self._quick = scan_folder(folder, validate=False)
        self.controller.start_reads = {path_key(path): read for path, read in scan.read.items()}
        return scan

    def entries(self, folder: Path) -> list[IndexEntry] | None:
        """The library's index of ``folder`` (the workspace checks read it rather than the
        files), or None while it lists another folder. At start it is the quick listing:
        ``confirmed`` follows, and the checks then look again."""
        shown = self.library.folder()
        if shown is None or not same_path(shown, folder):
            return None
        return [row.entry for row in self.library.model.rows if row.entry is not None]

    def confirm(self) -> None:
        """Validates what the start showed. The open record at once: one that turns out
        broken is replaced by its error page. The folder off the UI thread (5,000 records
        take half a second): a file found broken, or read differently, has its row
        corrected; ``confirmed`` follows."""
        self.controller.confirm_provisional()
        quick, self._quick = self._quick, None
        if quick is None:
            self.confirmed.emit()
            return
        runner = BackgroundRunner(self, name="scan")

        def scanned(full: FolderScan | None, error: BaseException | None) -> None:
            runner.shutdown()
            runner.deleteLater()
            quick.read.clear()  # validated: the files' JSON is no longer needed
            if full is not None:
                self._correct(quick, full)
            else:  # the rows stay as listed; opening a broken one still says what is wrong
                log.error("the folder could not be validated after the start", exc_info=error)
            self.confirmed.emit()

        runner.run(lambda: confirm_scan(quick), scanned)  # no file is read again

    def _correct(self, quick: FolderScan, full: FolderScan) -> None:
        """Rows the validating scan sees otherwise than the quick one are corrected, unless
        they have changed since (a save updates its row itself)."""
        folder = self.library.folder()
        if folder is None or not same_path(folder, quick.folder):
            return  # another folder is open now
        model = self.library.model
        listed: dict[Path, object] = {entry.path: entry for entry in quick.entries}
        listed.update({error.path: str(error) for error in quick.problems})

        def unchanged_since_listed(path: Path) -> bool:
            position = model.row_of(path)
            if position is None:
                return path not in listed
            row = model.rows[position]
            return listed.get(path) == (row.entry if row.entry else str(row.error))

        broken = 0
        for entry in full.entries:
            if listed.get(entry.path) != entry and unchanged_since_listed(entry.path):
                model.update_entry(entry)
        for error in full.problems:
            if error.path != full.folder and listed.get(error.path) != str(error) \
                    and unchanged_since_listed(error.path):
                model.mark_broken(error)
                broken += 1
        if broken:
            self.status.showMessage(broken_files(model.broken_count), 8000)


def _validating_scan(folder: Path) -> FolderScan:
    return scan_folder(folder)


def broken_files(count: int) -> str:
    if count == 1:
        return "1 file cannot be opened: it is listed in red in the library."
    return f"{count} files cannot be opened: they are listed in red in the library."
