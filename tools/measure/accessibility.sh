#!/usr/bin/env bash
# Lighthouse accessibility score of each widget page (light and dark), using Debian's Chromium.
#   tools/measure/accessibility.sh http://127.0.0.1:5080
# Uses a lighthouse already on PATH or in node_modules/.bin, else `npx lighthouse@12`.
set -euo pipefail
base=${1:-http://localhost:5080}
lighthouse=$(command -v lighthouse || true)
[ -z "$lighthouse" ] && [ -x "$(dirname "$0")/node_modules/.bin/lighthouse" ] && lighthouse="$(dirname "$0")/node_modules/.bin/lighthouse"
[ -z "$lighthouse" ] && lighthouse="npx --yes lighthouse@12"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for path in /embed/timeline /embed/events/putin-visit-pyongyang-2000 /embed/claims/putin-first-visit-since-2000 \
            /embed/actors/vladimir-putin /embed/coverage/putin-visit-pyongyang-2000 "/embed/timeline?theme=dark" \
            "/embed/claims/putin-first-visit-since-2000?theme=dark&compact=1"; do
  CHROME_PATH=${NEWSTREATY_CHROMIUM:-/usr/bin/chromium} $lighthouse "$base$path" --only-categories=accessibility --quiet \
    --chrome-flags="--headless --no-sandbox --disable-gpu" --output=json --output-path="$out" >/dev/null 2>&1
  node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(`| ${process.argv[2]} | ${Math.round(r.categories.accessibility.score * 100)} |`)' "$out" "$path"
done
