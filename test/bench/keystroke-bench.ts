/**
 * Per-keystroke input latency in Chromium: the realistic 4,000-character note
 * in the Current Entry box of a complaint fixture page, typed into with the extension loaded and
 * in the same page of a second Chromium without it, in one run, in short interleaved rounds so
 * both see the same machine load.
 *
 * Method (instrumented in the page's main world; the Event Timing API only reports events of
 * 16 ms or more, too coarse for a 1 ms budget):
 * - `keydown` on the box (window, capture) records t0.
 * - An `input` listener (window, capture) posts a MessageChannel message; it is delivered after
 *   the whole input task, i.e. after every input listener, the extension's synchronous lint
 *   included: `sync` = that moment − t0.
 * - The same listener asks for the next animation frame; in the rAF callback, whose argument is
 *   the frame's start time, another message is posted, delivered after that frame's rendering
 *   (rAF callbacks, the extension's batched draw, style, layout, paint):
 *   `frame` = that moment − frame start.
 * - `processing` = sync + frame: the work a keystroke causes, without the wait for the display's
 *   next frame (that wait is up to 16.7 ms at 60 Hz, depends only on when the key arrives, and
 *   would swamp a 1 ms budget with noise). `total` = keydown to after the next frame, also shown.
 * The budget verdict is on `processing` p95 with minus without.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, fixtureUrl } from '../e2e/chromium';
import { allowNamedFunctions } from './page-bundle';
import { median, p95 } from './stats';

export const KEYSTROKE_BUDGET_ADDED_P95_MS = 1;
/** With the CPU slowed 4×: processing added at p95, and keydown → after the next frame at p95 no more than one frame later. */
export const SLOW_CPU_RATE = 4;
export const SLOW_BUDGET_ADDED_P95_MS = 4;
export const FRAME_MS = 16.7;
const FIXTURE = 'webforms-table.html';
const NOTE_BOX = 'textarea[name$="txtCurrentEntry"]';

export interface LatencyStats {
  processingMedianMs: number;
  processingP95Ms: number;
  syncMedianMs: number;
  syncP95Ms: number;
  frameP95Ms: number;
  drawMedianMs: number;
  drawP95Ms: number;
  totalMedianMs: number;
  totalP95Ms: number;
}

export interface KeystrokeResult {
  keystrokes: number;
  noteLength: number;
  withExtension: LatencyStats;
  withoutExtension: LatencyStats;
  addedP95Ms: number;
  ratioP95: number;
  budgetAddedP95Ms: number;
  withinBudget: boolean;
}

type Sample = { sync: number; frame: number; draw: number; total: number };

/** Opens the fixture, fills the note and installs the instrumentation. */
export async function preparePage(context: BrowserContext, note: string, extension: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(fixtureUrl(FIXTURE));
  if (extension) await page.locator('[data-note-count]').waitFor({ timeout: 15_000 });
  await page.locator(NOTE_BOX).fill(note);
  if (extension) await page.locator(`[data-note-count="${note.length + note.split('\n').length - 1}"]`).waitFor();
  // The note's checks come with the panel's later part: measure typing with them in, as a caseworker types.
  if (extension) await page.locator('[data-findings-loading]').waitFor({ state: 'detached' });
  await allowNamedFunctions(page);
  await page.evaluate((selector) => {
    const box = document.querySelector<HTMLTextAreaElement>(selector)!;
    const samples: { sync: number; frame: number; draw: number; total: number }[] = [];
    const waiters: { n: number; resolve: () => void }[] = [];
    let keydownAt = -1;
    let frameFirst = -1;
    let frameAfterDraw = -1;
    window.addEventListener('keydown', (e) => {
      if (e.target === box) keydownAt = performance.now();
    }, true);
    // Capture phase, before any listener of the box: a frame callback that runs before the
    // extension's (callbacks run in the order they were requested).
    window.addEventListener('input', (e) => {
      if (e.target !== box || keydownAt < 0) return;
      requestAnimationFrame(() => (frameFirst = performance.now()));
    }, true);
    // Bubble phase on window: after every listener of the box and the document.
    window.addEventListener('input', (e) => {
      if (e.target !== box || keydownAt < 0) return;
      const start = keydownAt;
      const sync = performance.now() - start;
      keydownAt = -1;
      requestAnimationFrame(() => {
        frameAfterDraw = performance.now();
        const afterFrame = new MessageChannel();
        afterFrame.port1.onmessage = () => {
          const end = performance.now();
          samples.push({ sync, frame: end - frameFirst, draw: frameAfterDraw - frameFirst, total: end - start });
          for (const w of waiters.splice(0)) {
            if (samples.length >= w.n) w.resolve();
            else waiters.push(w);
          }
        };
        afterFrame.port2.postMessage(0);
      });
    });
    (window as unknown as Record<string, unknown>).ctmKeystrokes = {
      samples,
      waitFor: (n: number) => (samples.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve }))),
    };
  }, NOTE_BOX);
  await page.locator(NOTE_BOX).evaluate((box: HTMLTextAreaElement) => {
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  });
  return page;
}

/** Types `count` keystrokes (a letter, then Backspace, so the note stays at its length), one at a time. */
export async function typeKeys(page: Page, count: number, done: number): Promise<void> {
  await page.bringToFront();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    await page.evaluate((n) => (window as unknown as { ctmKeystrokes: { waitFor(n: number): Promise<void> } }).ctmKeystrokes.waitFor(n), done + i + 1);
    // Typists pause: every 50 keys, long enough for the panel's settle redraw (250 ms).
    if ((done + i + 1) % 50 === 0) await page.waitForTimeout(300);
  }
}

export const readSamples = (page: Page) =>
  page.evaluate(() => (window as unknown as { ctmKeystrokes: { samples: Sample[] } }).ctmKeystrokes.samples);

export function stats(samples: Sample[]): LatencyStats {
  const processing = samples.map((s) => s.sync + s.frame);
  return {
    processingMedianMs: median(processing),
    processingP95Ms: p95(processing),
    syncMedianMs: median(samples.map((s) => s.sync)),
    syncP95Ms: p95(samples.map((s) => s.sync)),
    frameP95Ms: p95(samples.map((s) => s.frame)),
    drawMedianMs: median(samples.map((s) => s.draw)),
    drawP95Ms: p95(samples.map((s) => s.draw)),
    totalMedianMs: median(samples.map((s) => s.total)),
    totalP95Ms: p95(samples.map((s) => s.total)),
  };
}

export async function benchKeystrokes(
  withExt: BrowserContext,
  withoutExt: BrowserContext,
  { rounds = 40, perRound = 10, warmup = 30, cpuSlowdown = 1 } = {},
): Promise<KeystrokeResult> {
  const note = readFileSync(join(ROOT, 'test/fixtures/notes/realistic-4000.txt'), 'utf8');
  const pages = [await preparePage(withExt, note, true), await preparePage(withoutExt, note, false)] as const;
  try {
    // A slow desktop (old hardware, a virtual desktop): Chromium slows its main thread `cpuSlowdown`×.
    if (cpuSlowdown !== 1) {
      for (const page of pages) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const typed = [0, 0];
    for (const [i, page] of pages.entries()) {
      await typeKeys(page, warmup, 0);
      typed[i] = warmup;
    }
    for (let r = 0; r < rounds; r++) {
      // Alternate which goes first, so neither always types right after the other's pause.
      const order = r % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) {
        await typeKeys(pages[i as 0 | 1], perRound, typed[i] ?? 0);
        typed[i] = (typed[i] ?? 0) + perRound;
      }
    }
    const [ext, plain] = await Promise.all(pages.map(async (p) => (await readSamples(p)).slice(warmup)));
    const withExtension = stats(ext ?? []);
    const withoutExtension = stats(plain ?? []);
    const addedP95Ms = withExtension.processingP95Ms - withoutExtension.processingP95Ms;
    return {
      keystrokes: rounds * perRound,
      noteLength: note.length + note.split('\n').length - 1,
      withExtension,
      withoutExtension,
      addedP95Ms,
      ratioP95: withExtension.processingP95Ms / withoutExtension.processingP95Ms,
      budgetAddedP95Ms: KEYSTROKE_BUDGET_ADDED_P95_MS,
      withinBudget: addedP95Ms <= KEYSTROKE_BUDGET_ADDED_P95_MS,
    };
  } finally {
    for (const page of pages) await page.close();
  }
}
