import { launchChromium, extensionId, fixtureUrl, dumpExtensionStorage, recordNetwork } from './e2e/chromium';
import { COMPLAINT_FIXTURES } from './fixtures/ctm/expected';
const context = await launchChromium();
if (process.env.NET) await recordNetwork(context);
if (process.env.CONS) { context.serviceWorkers().forEach((w) => w.on('console', (m) => console.log('w', m.text()))); context.on('serviceworker', (w) => w.on('console', (m) => console.log('w', m.text()))); }
const t0 = Date.now();
const id = await extensionId(context);
const worker = context.serviceWorkers()[0]!;
console.log('worker', Date.now()-t0);
const page = await context.newPage();
for (const f of COMPLAINT_FIXTURES) {
  await page.goto(fixtureUrl(f.file));
  await page.locator(`[data-field="complaintId"][data-value="${f.facts.complaintId}"]`).waitFor();
  console.log(f.file, Date.now()-t0);
}
for (let i = 0; i < 10; i++) {
  const local = (await dumpExtensionStorage(context, id)).local as Record<string, object>;
  console.log(Date.now()-t0, Object.keys(local), Object.keys(local.trackedCases ?? {}), (await page.locator('.ctm-deadline').innerText()).slice(0, 50), context.pages().length);
}
const w2 = context.serviceWorkers()[0]!;
console.log(await w2.evaluate(`(async () => { const t = performance.now(); const race = (p, ms) => Promise.race([p.then((v) => ['ok', v, performance.now() - t]), new Promise((r) => setTimeout(() => r(['timeout']), ms))]); return JSON.stringify(await race(chrome.storage.managed.get(), 15000)); })()`));
for (let i = 0; i < 3; i++) { const local = (await dumpExtensionStorage(context, id)).local as Record<string, object>; console.log(Date.now()-t0, Object.keys(local), context.pages().length); }
await context.close();
