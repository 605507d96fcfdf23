#!/usr/bin/env bash
# Measures the reader pages with Lighthouse in Debian's Chromium, mobile and desktop, and prints one line per page:
# the three scores, first and largest contentful paint, and the bytes transferred.
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
for form in mobile desktop; do
preset=""; [ "$form" = desktop ] && preset="--preset=desktop"
for path in "/" "/events/russia-ends-1961-treaty" "/claims/russia-left-1961-treaty-1996" "/search?q=Putin+visit+Pyongyang" "/claims"; do
  out="$work/report-$form-$(echo "$path" | tr -c 'a-zA-Z0-9\n' '_').json"
  CHROME_PATH=/usr/bin/chromium "$work/node_modules/.bin/lighthouse" "$base$path" --quiet --chrome-flags="$flags" $preset \
    --only-categories=accessibility,best-practices,performance --output=json --output-path="$out" >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]);
    const s = (k) => Math.round(r.categories[k].score * 100);
    const a = (id) => r.audits[id].numericValue;
    console.log(`${process.argv[3]} ${process.argv[2]}\tperformance ${s("performance")}\taccessibility ${s("accessibility")}\tbest-practices ${s("best-practices")}` +
      `\tFCP ${(a("first-contentful-paint") / 1000).toFixed(1)} s\tLCP ${(a("largest-contentful-paint") / 1000).toFixed(1)} s\tTBT ${Math.round(a("total-blocking-time"))} ms` +
      `\tCLS ${a("cumulative-layout-shift").toFixed(3)}\t${(a("total-byte-weight") / 1024).toFixed(1)} KB`);
    for (const [k, c] of Object.entries(r.categories))
      for (const ref of c.auditRefs)
        if (ref.weight > 0 && r.audits[ref.id].score !== null && r.audits[ref.id].score < 1 && k !== "performance")
          console.log(`    ${k}: ${ref.id} (${r.audits[ref.id].score})`);
  ' "$out" "$path" "$form"
done
done
