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

export type LaunchOptions = { extension?: boolean; headless?: boolean; userDataDir?: string };

export async function launchChromium({ extension = true, headless = true, userDataDir }: LaunchOptions = {}): Promise<BrowserContext> {
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npx wxt build" first.`);
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
    ...(extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
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

/** Serves test/fixtures/ctm/NAME.html at https://hpms.cms.gov/…/NAME.html; no network needed. */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  await context.route(`${HPMS}/**`, async (route) => {
    const url = new URL(route.request().url());
    const name = url.pathname.split('/').pop() || 'index.html';
    const file = join(FIXTURE_DIR, name);
    if (name.endsWith('.html') && existsSync(file)) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
    } else if (route.request().method() === 'POST') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<p>Saved.</p>' });
    } else {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
    }
  });
}

export async function extensionId(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return new URL(worker.url()).host;
}

export const fixtureUrl = (name: string) => `${HPMS}/hpms/ctm/${name}`;
