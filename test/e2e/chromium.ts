/**
 * Launching Debian's Chromium with the built extension loaded. Shared by the e2e tests, the demo
 * and the benchmarks. Fails loudly when Chromium or the build is missing: never a silent skip.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const OUT_DIR = join(ROOT, process.env.CTM_OUT_DIR ?? '.output');
export const EXTENSION_DIR = join(OUT_DIR, 'chrome-mv3');
export const FIXTURE_DIR = join(ROOT, 'test/fixtures/ctm');
export const HPMS = 'https://hpms.cms.gov';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}). Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return found;
}

/** `extensionDir`: another copy of the built extension (the popup benchmark adds an empty page to one). */
export type LaunchOptions = { extension?: boolean; headless?: boolean; userDataDir?: string; extensionDir?: string };

export async function launchChromium({ extension = true, headless = true, userDataDir, extensionDir = EXTENSION_DIR }: LaunchOptions = {}): Promise<BrowserContext> {
  if (extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npx wxt build" first.`);
  }
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    ...(extension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir ?? mkdtempSync(join(tmpdir(), 'ctm-assist-')), {
    executablePath: chromiumPath(),
    headless,
    args,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : undefined,
    viewport: { width: 1400, height: 900 },
  });
  await serveFixtures(context);
  return context;
}

export type FixtureResponse = { status: number; contentType: string; body: string };

/** What https://hpms.cms.gov/…/NAME.html answers in tests: test/fixtures/ctm/NAME.html, a saved form, or 404. */
export function fixtureResponse(requestUrl: string, method: string): FixtureResponse {
  const name = new URL(requestUrl).pathname.split('/').pop() || 'index.html';
  const file = join(FIXTURE_DIR, name);
  if (name.endsWith('.html') && existsSync(file)) return { status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') };
  if (method === 'POST') return { status: 200, contentType: 'text/html; charset=utf-8', body: '<p>Saved.</p>' };
  return { status: 404, contentType: 'text/plain', body: 'not a fixture' };
}

/** Serves test/fixtures/ctm/NAME.html at https://hpms.cms.gov/…/NAME.html; no network needed. */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  await context.route(`${HPMS}/**`, (route) => route.fulfill(fixtureResponse(route.request().url(), route.request().method())));
}

export async function extensionId(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return new URL(worker.url()).host;
}

export const fixtureUrl = (name: string) => `${HPMS}/hpms/ctm/${name}`;

/** A request the extension must not have caused, and why it was flagged. */
export type NetworkViolation = { url: string; method: string; resourceType: string; from: string; reason: string };

export type RequestFacts = { url: string; method: string; resourceType: string; fromServiceWorker: boolean; frameUrl?: string };

/**
 * Why a request is not allowed, or undefined when it is. Extension-internal loads
 * (`chrome-extension:`), data and blob URLs are not network. The only network a run may see is
 * an HPMS fixture page navigating (a document load or a form post), made by the page itself.
 * Anything from the service worker or an extension page, any other host, and any fetch/XHR to
 * HPMS (the fixtures make none; a content script's fetch would look like this) is a violation.
 */
export function networkViolation(request: RequestFacts): string | undefined {
  const url = new URL(request.url);
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return undefined;
  if (request.fromServiceWorker) return 'made by the extension service worker';
  if (request.frameUrl?.startsWith('chrome-extension:')) return 'made by an extension page';
  if (url.origin !== HPMS) return `to ${url.host}, which is not HPMS`;
  if (request.resourceType !== 'document') return `a ${request.resourceType} request to HPMS that the page did not navigate to`;
  return undefined;
}

function frameUrlOf(request: import('playwright-core').Request): string | undefined {
  try {
    return request.frame().url();
  } catch {
    return undefined; // service-worker requests have no frame
  }
}

/**
 * Records every request in the context (pages, frames, extension pages, the service worker) and
 * keeps those `networkViolation` flags. Requests to hosts other than HPMS are also aborted, so a
 * violation never reaches the network even before the run fails.
 */
export async function recordNetwork(context: BrowserContext): Promise<{ violations: () => NetworkViolation[]; seen: () => number }> {
  const violations: NetworkViolation[] = [];
  let seen = 0;
  context.on('request', (request) => {
    seen++;
    const facts: RequestFacts = {
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      fromServiceWorker: request.serviceWorker() !== null,
      frameUrl: frameUrlOf(request),
    };
    const reason = networkViolation(facts);
    if (reason) {
      const from = facts.fromServiceWorker ? 'service worker' : (facts.frameUrl ?? 'unknown');
      violations.push({ url: facts.url, method: facts.method, resourceType: facts.resourceType, from, reason });
    }
  });
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== HPMS,
    (route) => route.abort('blockedbyclient'),
  );
  return { violations: () => [...violations], seen: () => seen };
}

/** Everything the extension keeps in browser storage, read from one of its own pages. */
export type ExtensionStorageDump = { local: unknown; session: unknown; sync: unknown; localStorage: unknown };

export async function dumpExtensionStorage(context: BrowserContext, extId: string): Promise<ExtensionStorageDump> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extId}/options.html`);
    return await page.evaluate(async () => {
      type Area = { get(keys: null): Promise<Record<string, unknown>> };
      const { storage } = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session' | 'sync', Area> } }).chrome;
      return {
        local: await storage.local.get(null),
        session: await storage.session.get(null),
        sync: await storage.sync.get(null),
        localStorage: { ...localStorage },
      };
    });
  } finally {
    await page.close();
  }
}

/**
 * Empties everything the extension keeps (storage.local, .session, .sync, its localStorage) and
 * its alarms, so the next test starts as on a fresh install. Returns what was there first.
 */
export async function takeExtensionStorage(context: BrowserContext, extId: string): Promise<ExtensionStorageDump> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extId}/options.html`);
    return await page.evaluate(async () => {
      type Area = { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> };
      const { storage, alarms } = (globalThis as unknown as {
        chrome: { storage: Record<'local' | 'session' | 'sync', Area>; alarms: { clearAll(): Promise<boolean> } };
      }).chrome;
      const dump = {
        local: await storage.local.get(null),
        session: await storage.session.get(null),
        sync: await storage.sync.get(null),
        localStorage: { ...localStorage },
      };
      await Promise.all([storage.local.clear(), storage.session.clear(), storage.sync.clear(), alarms.clearAll()]);
      localStorage.clear();
      return dump;
    });
  } finally {
    await page.close();
  }
}

/**
 * Stops the extension's service worker, as Chromium does to an idle one: the next event starts
 * it afresh, with nothing in its memory from before (what it said once, what it set aside).
 */
export async function stopExtensionWorker(context: BrowserContext, extId: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extId}/options.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  } finally {
    await page.close();
  }
}
