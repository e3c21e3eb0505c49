"""Version history: rotating backups of every saved-over version, byte-exact."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from review_editor.model import LONDON, new_record
from review_editor.model.document import RecordDocument
from review_editor.storage import load_record, save_record, to_bytes
from review_editor.storage.versions import BackupStore, save_with_backup

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=LONDON)


def test_fifty_saves_keep_exactly_the_configured_number_of_loadable_exact_backups(
        tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "app-data" / "backups", keep=20)
    record_path = tmp_path / "records" / "note.json"
    record_path.parent.mkdir()
    record = new_record("news_item", "Version 0", NOW)
    sha = save_record(record, record_path)
    written: list[bytes] = [record_path.read_bytes()]
    for number in range(1, 51):
        doc = RecordDocument(record)
        doc.set("title", f"Version {number}")
        record, problems = doc.validate()
        assert record is not None and not problems
        sha = save_with_backup(record, record_path, expected_sha256=sha, store=store)
        written.append(record_path.read_bytes())

    backups = store.list(str(record.id))
    assert len(backups) == 20
    # Newest first: the version saved over last is version 49, the oldest kept is 30.
    expected = list(reversed(written[30:50]))
    for backup, content in zip(backups, expected, strict=True):
        assert backup.data() == content
        loaded = backup.load()
        assert to_bytes(loaded.record) == content  # restoring it is byte-exact
        assert backup.user and backup.host
    assert not any(p.name.endswith(".json") and p.parent == record_path.parent
                   for p in store.root.rglob("*"))


def test_backups_live_in_app_data_not_beside_the_record(tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "app-data", keep=3)
    record_path = tmp_path / "shared" / "a.json"
    record_path.parent.mkdir()
    record = new_record("review_notice", "First", NOW)
    sha = save_record(record, record_path)
    save_with_backup(record.model_copy(update={"title": "Second"}), record_path,
                     expected_sha256=sha, store=store)
    assert sorted(p.name for p in record_path.parent.iterdir()) == ["a.json"]
    assert len(store.list(str(record.id))) == 1


def test_a_conflicting_save_keeps_no_backup_and_changes_nothing(tmp_path: Path) -> None:
    import pytest

    from review_editor.storage import ConflictError

    store = BackupStore(tmp_path / "app-data")
    record_path = tmp_path / "a.json"
    record = new_record("news_item", "Mine", NOW)
    save_record(record, record_path)
    theirs = record_path.read_bytes().replace(b'"Mine"', b'"Their"')
    record_path.write_bytes(theirs)
    with pytest.raises(ConflictError):
        save_with_backup(record, record_path, expected_sha256="0" * 64, store=store)
    assert record_path.read_bytes() == theirs
    assert store.list(str(record.id)) == []
    # Overwriting on purpose keeps their version as a backup: nothing is lost.
    save_with_backup(record, record_path, expected_sha256=None, overwrite=True, store=store)
    assert [b.data() for b in store.list(str(record.id))] == [theirs]
    assert load_record(record_path).record.title == "Mine"
