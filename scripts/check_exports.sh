#!/usr/bin/env bash
# Export every example record to HTML, then check the files with the W3C Nu HTML Checker
# (errors only) and axe-core (WCAG 2.2 AA). Needs Java, Node.js and Chromium, which the
# test suite does not: run it by hand after changing templates or CSS.
#
#   apt-get install -y default-jre-headless chromium nodejs npm
#   scripts/check_exports.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tools=$(mktemp -d)
out=$(mktemp -d)
trap 'rm -rf "$tools" "$out"' EXIT
(cd "$tools" && npm install --silent vnu-jar axe-core playwright-core >/dev/null)
for record in resources/examples/*.json; do
  .venv/bin/review-editor export "$record" --format html --out "$out" \
    --now 2026-11-25T12:00:00+00:00 >/dev/null
  if grep -q '"bilingual": true' "$record"; then  # its Welsh and bilingual copies too
    for language in cy bilingual; do
      .venv/bin/review-editor export "$record" --format html --out "$out" \
        --language "$language" --now 2026-11-25T12:00:00+00:00 >/dev/null
    done
  fi
done
java -jar "$tools/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only "$out"/*.html
echo "Nu HTML Checker: no errors"
NODE_PATH="$tools/node_modules" node scripts/axe_check.js "$out"/*.html
