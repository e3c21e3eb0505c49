#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle and smoke-test it.
#
#   packaging/build.sh              build into packaging/dist/review-editor/, then self-test
#   packaging/build.sh --no-test    build only
#
# Works on Linux and on Windows (Git Bash). PYTHON picks the interpreter; by default the
# project's .venv. The build tools come from packaging/requirements-build.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x .venv/Scripts/python.exe ]]; then PYTHON=.venv/Scripts/python.exe
  else PYTHON=.venv/bin/python; fi
fi
run_test=1
[[ "${1:-}" == "--no-test" ]] && run_test=0

"$PYTHON" -m pip install --quiet -r packaging/requirements-build.txt

started=$SECONDS
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build \
  packaging/pyinstaller/review-editor.spec
echo "build: $((SECONDS - started)) s, $(du -sh packaging/dist/review-editor | cut -f1)"

exe=packaging/dist/review-editor/review-editor
[[ -f "$exe.exe" ]] && exe="$exe.exe"
if (( run_test )); then
  # Chromium refuses to start its sandbox as root (containers, CI).
  if [[ "$(id -u 2>/dev/null || echo 1)" == 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
  "$exe" --version
  "$exe" self-test
fi
