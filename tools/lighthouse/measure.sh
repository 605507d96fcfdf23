#!/usr/bin/env bash
# Measures the reader pages with Lighthouse in Debian's Chromium and prints one line per page.
# Lighthouse is a measuring tool, not a product dependency: it is installed under /tmp.
# Usage: tools/lighthouse/measure.sh [base-url]   (default http://127.0.0.1:5304, a running NewsTreaty)
set -euo pipefail
base=${1:-http://127.0.0.1:5304}
work=${LIGHTHOUSE_DIR:-/tmp/newstreaty-lighthouse}
mkdir -p "$work"
if [ ! -x "$work/node_modules/.bin/lighthouse" ]; then
  (cd "$work" && npm init -y >/dev/null && npm install lighthouse@12 --no-audit --no-fund >/dev/null)
fi
flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
for path in "/" "/events/russia-ends-1961-treaty" "/claims"; do
  out="$work/report-$(echo "$path" | tr -c 'a-z0-9\n' '_').json"
  CHROME_PATH=/usr/bin/chromium "$work/node_modules/.bin/lighthouse" "$base$path" --quiet --chrome-flags="$flags" \
    --only-categories=accessibility,best-practices,performance --output=json --output-path="$out" >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]);
    const s = (k) => Math.round(r.categories[k].score * 100);
    console.log(`${process.argv[2]}\tperformance ${s("performance")}\taccessibility ${s("accessibility")}\tbest-practices ${s("best-practices")}`);
    for (const [k, c] of Object.entries(r.categories))
      for (const ref of c.auditRefs)
        if (ref.weight > 0 && r.audits[ref.id].score !== null && r.audits[ref.id].score < 1 && k !== "performance")
          console.log(`    ${k}: ${ref.id} (${r.audits[ref.id].score})`);
  ' "$out" "$path"
done
