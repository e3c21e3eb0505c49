"""Child process for the save race: in each round, load the round's record, wait at the
barrier for the other saver, then save an edit over it, and report what happened."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def save_rounds(name: str, folder: str, rounds: int, barrier: Any, results: Any) -> None:
    from review_editor.model.document import RecordDocument
    from review_editor.storage import ConflictError, load_record, save_record

    outcomes: list[str] = []
    for number in range(rounds):
        path = Path(folder) / f"round-{number}.json"
        loaded = load_record(path)
        document = RecordDocument(loaded.record)
        document.set("summary", f"Edited by {name} in round {number}.")
        record, problems = document.validate()
        assert record is not None, problems
        barrier.wait(timeout=60)
        try:
            save_record(record, path, expected_sha256=loaded.sha256)
            outcomes.append("saved")
        except ConflictError as error:
            outcomes.append(f"conflict:{error.reason}")
    results.put((name, outcomes))
