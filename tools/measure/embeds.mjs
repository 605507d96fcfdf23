// Transfer size (gzip) and render time of each NewsTreaty widget and of the home timeline page, and of TimelineJS 3
// rendering the same events from our export (/api/v1/timeline?format=timelinejs), side by side in one headless
// Chromium run; with SHOTS=dir, screenshots of our timeline and TimelineJS at 1440×900 and 390×844.
//
//   cd tools/measure && npm ci && node embeds.mjs http://127.0.0.1:5080 [runs]
//
// The NewsTreaty server must be running with the curated dataset. Sizes are what a CDN would send with gzip
// (each response body gzipped here at level 9, as our server does not compress); times are medians over the runs,
// each in a fresh browser context with an empty cache, measured from navigation start. "Rendered" is the later of
// first contentful paint and the load event (for TimelineJS: its first slide and time markers in the DOM; for our
// home page: its timeline script has made the marks one Tab stop, so keys and the story work).
import { chromium } from "playwright-core";
import { gzipSync } from "node:zlib";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const base = (process.argv[2] || process.env.NEWSTREATY_URL || "http://localhost:5080").replace(/\/$/, "");
const runs = Number(process.argv[3] || 5);
const chromiumPath = process.env.NEWSTREATY_CHROMIUM || "/usr/bin/chromium";
const tlDist = fileURLToPath(new URL("node_modules/@knight-lab/timelinejs/dist/", import.meta.url));

const widgets = [
  ["Timeline widget (all events)", "/embed/timeline", 30],
  ["Event card", "/embed/events/putin-visit-pyongyang-2000", 12],
  ["Claim card", "/embed/claims/putin-first-visit-since-2000", 12],
  ["Actor card", "/embed/actors/vladimir-putin", 12],
  ["Coverage strip", "/embed/coverage/putin-visit-pyongyang-2000", 12],
];

function serveTimelineJs(data) {
  const files = {
    "/": ["text/html", `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/css/timeline.css"><script src="/timeline.js"></script></head>
<body style="margin:0"><div id="tl" style="width:100%;height:600px"></div><script>
fetch("/data.json").then((r) => r.json()).then((d) => {
  new TL.Timeline("tl", d, { font: null });
  const ready = () => document.querySelector(".tl-slide-content .tl-headline") && document.querySelector(".tl-timemarker")
    ? (window.__ready = performance.now()) : requestAnimationFrame(ready);
  ready();
});
</script></body></html>`],
    "/timeline.js": ["text/javascript", readFileSync(tlDist + "js/timeline.js")],
    "/css/timeline.css": ["text/css", readFileSync(tlDist + "css/timeline.css")],
    "/data.json": ["application/json", JSON.stringify(data)],
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    // The icon font, referenced relative to the stylesheet, as on TimelineJS's own CDN.
    const icon = /^\/css\/icons\/(tl-icons\.(woff2|woff|ttf))$/.exec(path);
    const file = icon ? [`font/${icon[2]}`, readFileSync(tlDist + "css/icons/" + icon[1])] : files[path];
    if (!file) { res.writeHead(404).end(); return; }
    res.writeHead(200, { "Content-Type": file[0] }).end(file[1]);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function measure(browser, url, readyExpression, viewport = { width: 700, height: 700 }, shot = null) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const bodies = [];
  let thirdParty = 0;
  await page.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : (thirdParty++, route.abort())));
  page.on("response", async (r) => { try { bodies.push(gzipSync(await r.body(), { level: 9 }).length); } catch { /* aborted */ } });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(readyExpression, null, { timeout: 30000 });
  // Paint entries are queued after the frame is presented: on a quiet machine the load event and the ready signal can
  // come first, so wait for the entry rather than reading it once (which gave NaN).
  // (An observer, not waitForFunction: its polling evaluates strings, which the pages' CSP forbids.)
  await page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("first-contentful-paint").length) { observer.disconnect(); resolve(); }
    }).observe({ type: "paint", buffered: true });
    setTimeout(resolve, 10000);
  }));
  const times = await page.evaluate(`(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    const paint = fcp ? fcp.startTime : NaN;
    return { fcp: paint, ready: Math.max(paint, nav.loadEventEnd, window.__ready || 0) };
  })()`);
  const cookies = (await context.cookies()).length;
  if (shot) await page.screenshot({ path: shot });
  await page.waitForTimeout(100);
  await context.close();
  return { bytes: bodies.reduce((a, b) => a + b, 0), requests: bodies.length, thirdParty, cookies, ...times };
}

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => (n / 1024).toFixed(1);

const timeline = await (await fetch(base + "/api/v1/timeline?format=timelinejs")).json();
const server = await serveTimelineJs(timeline);
if (process.env.SERVE_ONLY) { console.log(server.address().port); await new Promise(() => {}); }
const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
const targets = [
  ...widgets.map(([name, path, budget]) => ({ name, url: base + path, budget, ready: "document.readyState === 'complete'" })),
  { name: "Home page timeline (/), interactive", url: base + "/", ready: "document.querySelectorAll('.tl-mark[tabindex=\"-1\"]').length > 0", shot: "newstreaty" },
  { name: `TimelineJS 3 (${timeline.events.length} events)`, url: `http://127.0.0.1:${server.address().port}/`, ready: "window.__ready > 0", shot: "timelinejs" },
];

console.log(`${timeline.events.length} events; median of ${runs} runs; Chromium ${browser.version()}\n`);
console.log("| Embed | gzip KB | budget KB | requests | third-party | cookies | first paint ms | rendered ms |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const t of targets) {
  await measure(browser, t.url, t.ready); // warm the server, not the browser: each run has a fresh context
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(browser, t.url, t.ready));
  const r = results[0];
  console.log(`| ${t.name} | ${kb(r.bytes)} | ${t.budget ?? "–"} | ${r.requests} | ${r.thirdParty} | ${r.cookies} | ` +
    `${median(results.map((x) => x.fcp)).toFixed(0)} | ${median(results.map((x) => x.ready)).toFixed(0)} |`);
}
if (process.env.SHOTS) {
  for (const t of targets.filter((x) => x.shot))
    for (const [width, height] of [[1440, 900], [390, 844]])
      await measure(browser, t.url, t.ready, { width, height }, `${process.env.SHOTS}/${t.shot}-${width}.png`);
}
await browser.close();
server.close();
