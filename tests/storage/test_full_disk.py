"""A save that runs out of space (RLIMIT_FSIZE stands in for a full disk) is reported,
and the original file stays byte-identical, with no temp file left behind."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")

CHILD = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    from review_editor.storage import SaveError, load_record, save_record
    path = Path(sys.argv[1])
    loaded = load_record(path)
    bigger = loaded.record.model_copy(update={"summary": "x" * 250})
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
    limit = path.stat().st_size + 100
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        save_record(bigger, path, expected_sha256=loaded.sha256)
    except SaveError as error:
        print("REPORTED:", error)
        sys.exit(3)
    print("SAVED")
""")


def test_a_save_that_hits_the_size_limit_is_reported_and_changes_nothing(
        tmp_path: Path, examples_dir: Path) -> None:
    path = tmp_path / "record.json"
    path.write_bytes((examples_dir / "sar-adult-r.json").read_bytes())
    original = path.read_bytes()
    result = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "REPORTED: Could not save record.json" in result.stdout
    assert "unchanged" in result.stdout
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["record.json"]
