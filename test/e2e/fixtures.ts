/**
 * Playwright fixtures: one Chromium with the extension per worker, a fresh page per test, and a
 * clean slate after each test (every tab it opened closed, the extension's storage and alarms
 * emptied, its service worker stopped so its memory starts afresh), so each test stands alone
 * whatever ran before it (test/e2e/isolation.spec.ts).
 *
 * The worker's browser is also the privacy proof (PRIVACY.md): every request made in it —
 * pages, frames, extension pages, the service worker — is recorded for the whole run, and when
 * the worker ends its teardown fails the run if the extension caused any network request, if
 * `storage.local`, `storage.session`, `storage.sync` or the extension's localStorage held (after
 * any test) any
 * fixture beneficiary's name, HICN, MBI, date of birth or summary sentence, or if any console
 * message (pages, content script, service worker) carries one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { Window } from 'happy-dom';
import { readCase } from '../../lib/page/read-case';
import { COMPLAINT_FIXTURES } from '../fixtures/ctm/expected';
import {
  dumpExtensionStorage,
  extensionId,
  FIXTURE_DIR,
  launchChromium,
  recordNetwork,
  stopExtensionWorker,
  takeExtensionStorage,
  type ExtensionStorageDump,
  type NetworkViolation,
} from './chromium';

/** The worker's browser, and what the extension had stored at the end of each test so far. */
type SharedBrowser = { context: BrowserContext; stored: ExtensionStorageDump[] };
type WorkerFixtures = { sharedBrowser: SharedBrowser; extId: string };
type TestFixtures = { extContext: BrowserContext; page: Page };

/** One PHI value to look for, and where it came from (never printed in full in a failure). */
export type PhiNeedle = { fixture: string; kind: string; text: string };

/** The different spellings the extension could store a value in (IDs without dashes, ISO dates). */
function spellings(kind: string, value: string): string[] {
  const out = [value];
  if (kind === 'hicn' || kind === 'mbi') out.push(value.replace(/[\s-]/g, ''));
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (kind === 'dateOfBirth' && us) out.push(`${us[3]}-${us[1]}-${us[2]}`);
  if (kind === 'name') out.push(value.replace(/\s+[A-Z]\.\s+/, ' '));
  if (kind === 'summary') {
    out.push(...value.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length >= 20));
  }
  return [...new Set(out)];
}

/**
 * Every beneficiary identifier and summary on the complaint fixtures: what the page reader finds
 * under the PHI labels, plus what expected.ts lists (so a reader regression cannot hide a leak).
 */
export function fixturePhi(): PhiNeedle[] {
  const needles: PhiNeedle[] = [];
  const window = new Window();
  for (const file of readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.html'))) {
    const doc = new window.DOMParser().parseFromString(readFileSync(join(FIXTURE_DIR, file), 'utf8'), 'text/html');
    const { snapshot } = readCase(doc.body as unknown as Element);
    for (const [kind, value] of Object.entries(snapshot.phi)) {
      if (typeof value === 'string' && value.trim()) needles.push(...spellings(kind, value).map((text) => ({ fixture: file, kind, text })));
    }
  }
  void window.happyDOM.close();
  for (const fixture of COMPLAINT_FIXTURES) {
    for (const [kind, value] of Object.entries(fixture.phi)) {
      if (value) needles.push(...spellings(kind, value).map((text) => ({ fixture: fixture.file, kind, text })));
    }
  }
  const unique = new Map(needles.map((needle) => [needle.text.toLowerCase(), needle]));
  return [...unique.values()];
}

/** Every string (keys and values) inside a stored value. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsIn(item, out);
    }
  }
  return out;
}

/** The needles found in the texts, described without repeating the PHI itself. */
export function phiFound(texts: string[], needles: PhiNeedle[]): string[] {
  const haystack = texts.join('\n').toLowerCase();
  return needles
    .filter((needle) => haystack.includes(needle.text.toLowerCase()))
    .map((needle) => `${needle.kind} of ${needle.fixture} (${needle.text.length} characters)`);
}

function describeViolations(violations: NetworkViolation[]): string {
  return violations.map((v) => `${v.method} ${v.url} [${v.resourceType}] from ${v.from}: ${v.reason}`).join('\n');
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sharedBrowser: [
    async ({}, use) => {
      const context = await launchChromium();
      const network = await recordNetwork(context);
      const consoleTexts: string[] = [];
      const listenTo = (worker: import('@playwright/test').Worker) => worker.on('console', (m) => consoleTexts.push(m.text()));
      context.serviceWorkers().forEach(listenTo);
      context.on('serviceworker', listenTo);
      context.on('console', (message) => consoleTexts.push(message.text()));
      context.on('weberror', (error) => consoleTexts.push(String(error.error())));
      const id = await extensionId(context);
      const stored: ExtensionStorageDump[] = [];

      await use({ context, stored });

      stored.push(await dumpExtensionStorage(context, id));
      await context.close();
      const needles = fixturePhi();
      const problems: string[] = [];
      const violations = network.violations();
      if (violations.length) problems.push(`The extension caused network requests:\n${describeViolations(violations)}`);
      const inStorage = phiFound(stringsIn(stored), needles);
      if (inStorage.length) problems.push(`PHI at rest in extension storage: ${inStorage.join('; ')}`);
      const inConsole = phiFound(consoleTexts, needles);
      if (inConsole.length) problems.push(`PHI in console output: ${inConsole.join('; ')}`);
      if (problems.length) throw new Error(`Privacy proof failed for this run (PRIVACY.md):\n${problems.join('\n')}`);
    },
    { scope: 'worker' },
  ],
  extId: [async ({ sharedBrowser }, use) => use(await extensionId(sharedBrowser.context)), { scope: 'worker' }],
  extContext: async ({ sharedBrowser, extId }, use) => {
    const { context, stored } = sharedBrowser;
    await use(context);
    // Pages first, so no content script writes after the storage is emptied.
    await Promise.all(context.pages().map((page) => page.close()));
    stored.push(await takeExtensionStorage(context, extId));
    await stopExtensionWorker(context, extId);
  },
  page: async ({ extContext }, use) => {
    const page = await extContext.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    await page.close();
    expect(errors, 'no uncaught errors on the page').toEqual([]);
  },
});

export { expect };
