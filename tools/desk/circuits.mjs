// Memory per connected editor: signs N editors in (each its own browser context, so its own circuit), opens a claim
// form in each and compares the host process's resident memory before and after. Usage (a running host, an editor account):
//   DESK_URL=http://127.0.0.1:5637 DESK_USER=shot DESK_PASSWORD=... node tools/desk/circuits.mjs HOST-PID [N]
// Playwright's driver comes from the test build (dotnet build first); Chromium is Debian's.
import { createRequire } from 'module';
import { readFileSync } from 'fs';
const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_PACKAGE ?? new URL('../../tests/Web.Tests/bin/Debug/net10.0/.playwright/package', import.meta.url).pathname);
const base = process.env.DESK_URL ?? 'http://127.0.0.1:5637';
const user = process.env.DESK_USER ?? 'shot';
const password = process.env.DESK_PASSWORD;
const hostPid = process.argv[2];
const n = Number(process.argv[3] ?? 20);
const rss = () => Number(readFileSync(`/proc/${hostPid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const signIn = async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + '/editor/sign-in');
  await page.fill('#username', user); await page.fill('#password', password);
  await page.click("form[action^='/editor/sign-in'] button[type=submit]"); await page.waitForURL(base + '/editor');
  return page;
};
// Warm the host (first circuit, first grid query) so the figure is per extra editor, not start-up.
const warm = await signIn(); await warm.goto(base + '/editor/claims/kim-comrades-in-arms-message/edit'); await warm.waitForSelector('#text');
await new Promise(r => setTimeout(r, 3000));
const before = rss();
const pages = [];
for (let i = 0; i < n; i++) {
  const page = await signIn();
  await page.goto(base + '/editor/claims/kim-comrades-in-arms-message/edit');
  await page.waitForSelector('#text');
  pages.push(page);
}
await new Promise(r => setTimeout(r, 5000));
const after = rss();
console.log(`host RSS ${before.toFixed(1)} MiB with 1 warm editor; ${after.toFixed(1)} MiB with ${n} more editors on a claim form: ${((after - before) / n).toFixed(2)} MiB per connected editor`);
await browser.close();
