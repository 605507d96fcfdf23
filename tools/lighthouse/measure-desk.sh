#!/usr/bin/env bash
# Lighthouse accessibility and best practices on the editors' desk, as measure.sh does for reader pages, signed in:
# the desk's pages need the editor cookie, passed as a request header (copy it from a signed-in browser, or sign in
# with curl as below). Lighthouse waits for the circuit to render each page before it audits.
# Usage: tools/lighthouse/measure-desk.sh BASE-URL USERNAME   (password on standard input)
set -euo pipefail
base=$1
user=$2
read -r password
work=${LIGHTHOUSE_DIR:-/tmp/newstreaty-lighthouse}
mkdir -p "$work"
if [ ! -x "$work/node_modules/.bin/lighthouse" ]; then
  (cd "$work" && npm init -y >/dev/null && npm install lighthouse@12 --no-audit --no-fund >/dev/null)
fi
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
# Sign in as the form does: fetch its antiforgery token, post the credentials, keep the cookies.
token=$(curl -s -c "$jar" "$base/editor/sign-in" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=sign-in" \
  --data-urlencode "Input.Username=$user" --data-urlencode "Input.Password=$password" "$base/editor/sign-in"
cookie=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')
flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
for form in desktop mobile; do
preset=""; [ "$form" = desktop ] && preset="--preset=desktop"
for path in "/editor" "/editor/claims" "/editor/claims/kim-comrades-in-arms-message/edit" "/editor/actors/jenny-town/edit" "/editor/outlets/guardian/edit" "/editor/article-desk" "/editor/queue"; do
  out="$work/desk-$form-$(echo "$path" | tr -c 'a-zA-Z0-9\n' '_').json"
  CHROME_PATH=/usr/bin/chromium "$work/node_modules/.bin/lighthouse" "$base$path" --quiet --chrome-flags="$flags" $preset \
    --extra-headers="{\"Cookie\": \"$cookie\"}" --only-categories=accessibility,best-practices --output=json --output-path="$out" >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]);
    const s = (k) => Math.round(r.categories[k].score * 100);
    if (r.finalDisplayedUrl.includes("/editor/sign-in")) { console.log(`${process.argv[3]} ${process.argv[2]}\tNOT SIGNED IN: measured the sign-in page`); process.exit(1); }
    console.log(`${process.argv[3]} ${process.argv[2]}\taccessibility ${s("accessibility")}\tbest-practices ${s("best-practices")}\t(final URL ${r.finalDisplayedUrl})`);
    for (const [k, c] of Object.entries(r.categories))
      for (const ref of c.auditRefs)
        if (ref.weight > 0 && r.audits[ref.id].score !== null && r.audits[ref.id].score < 1)
          console.log(`    ${k}: ${ref.id} (${r.audits[ref.id].score})`);
  ' "$out" "$path" "$form"
done
done
