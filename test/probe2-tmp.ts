import { launchChromium, extensionId } from './e2e/chromium';
const context = await launchChromium();
if (process.env.CONS) { context.serviceWorkers().forEach((w) => w.on('console', (m) => console.log('w', m.text()))); context.on('serviceworker', (w) => w.on('console', (m) => console.log('w', m.text()))); }
const t0 = Date.now();
await extensionId(context);
const worker = context.serviceWorkers()[0]!;
const r = await worker.evaluate(`(async () => {
  const t = performance.now();
  const race = (p, ms) => Promise.race([p.then((v) => ['ok', v, performance.now() - t]), new Promise((r) => setTimeout(() => r(['timeout']), ms))]);
  const l = await race(chrome.storage.local.get(), 30000);
  const m = await race(chrome.storage.managed.get(), 30000);
  return { m, l };
})()`);
console.log(JSON.stringify(r), Date.now()-t0, context.pages().map(p=>p.url()));
await context.close();
