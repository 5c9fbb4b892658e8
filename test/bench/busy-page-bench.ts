/**
 * CPU on a big or busy complaint page, Chromium with vs without the extension, in interleaved
 * runs so both see the same machine load. The page is the WebForms fixture with a 20,000-row
 * list appended below its form (a long complaint history).
 * - Busy: a page script rewrites one list cell every 10 ms; the figure is the renderer's script
 *   time (CDP Performance.getMetrics ScriptDuration, the page's own script included, hence the
 *   baseline) over 5 s, and beside it the main thread's CPU time (ThreadTime), which a loaded
 *   machine does not stretch, and the self time of the extension's own functions (a CPU
 *   profile over the next 5 s: the profiler's sampling would change the first two figures). CTM_BUSY_RUNS sets the number of runs (3).
 * - Quiet: Press/Hill set to Yes and back, each change's longest task (Long Tasks API, 50 ms and
 *   over) and script and CPU time in the second after it; and 10 characters typed into Resolution Date,
 *   the wall time of typing them (Playwright's keystrokes, one by one) and the script and CPU
 *   time until 1 s after the last.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { fixtureUrl } from '../e2e/chromium';
import { allowNamedFunctions } from './page-bundle';

export const BUSY_BUDGET_RATIO = 2;
export const BUSY_BUDGET_ADDED_MS = 100;
const ROWS = 20_000;
const BUSY_MS = 5_000;
const PRESS_HILL = 'select[name$="ddlPressHill"]';
const RESOLUTION_DATE = 'input[name$="txtResolutionDate"]';

export type Range = { min: number; max: number };
/** Script time (ScriptDuration) is wall time spent in scripts, which a loaded machine stretches; CPU is the renderer main thread's CPU time (ThreadTime). */
export type BusyFigures = {
  busyScriptMs: number;
  busyCpuMs: number;
  /** Self time of the extension's own functions (CPU profile samples in chrome-extension:// scripts). */
  busyExtensionJsMs: number;
  changeLongestTaskMs: number[];
  changeScriptMs: number[];
  changeCpuMs: number[];
  typingWallMs: number;
  typingScriptMs: number;
  typingCpuMs: number;
};
export type BusyPageResult = { runs: number; rows: number; withExtension: BusyFigures[]; withoutExtension: BusyFigures[] };

type Clock = { script: number; cpu: number };

async function clock(cdp: CDPSession): Promise<Clock> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return { script: value('ScriptDuration'), cpu: value('ThreadTime') };
}

const since = async (cdp: CDPSession, start: Clock): Promise<Clock> => {
  const now = await clock(cdp);
  return { script: now.script - start.script, cpu: now.cpu - start.cpu };
};

const settle = (page: Page, ms: number) => page.waitForTimeout(ms);

async function openBigPage(context: BrowserContext, extension: boolean): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.goto(fixtureUrl('webforms-table.html'));
  if (extension) await page.locator('[data-field="complaintId"]').waitFor({ timeout: 15_000 });
  await allowNamedFunctions(page);
  await page.evaluate((rows) => {
    const table = document.createElement('table');
    table.id = 'history';
    const body = table.createTBody();
    for (let i = 0; i < rows; i++) {
      const tr = body.insertRow();
      tr.insertCell().textContent = `${(i % 12) + 1}/${(i % 28) + 1}/2025`;
      tr.insertCell().textContent = `Entry ${i}`;
      tr.insertCell().textContent = 'Called the pharmacy and confirmed the claim paid at the preferred copay.';
    }
    document.body.append(table);
    const longest: number[] = [];
    new PerformanceObserver((list) => longest.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    (window as unknown as { ctmLongTasks: number[] }).ctmLongTasks = longest;
  }, ROWS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await settle(page, 2_000); // the extension reads the grown page once
  return { page, cdp };
}

async function takeLongTasks(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { ctmLongTasks: number[] }).ctmLongTasks;
    const longest = Math.max(0, ...tasks);
    tasks.length = 0;
    return longest;
  });
}

/** With the extension, the panel must have followed each change (a fast but blind panel is no win). */
async function expectPanel(page: Page, extension: boolean, field: string, value: string): Promise<void> {
  if (!extension) return;
  const shown = await page.locator(`[data-field="${field}"]`).getAttribute('data-value');
  if (shown !== value) throw new Error(`The panel shows ${field} as ${shown}, not ${value}, 1 s after the change.`);
}

async function measureQuiet(page: Page, cdp: CDPSession, extension: boolean): Promise<Omit<BusyFigures, 'busyScriptMs' | 'busyCpuMs' | 'busyExtensionJsMs'>> {
  const changeLongestTaskMs: number[] = [];
  const changeScriptMs: number[] = [];
  const changeCpuMs: number[] = [];
  for (const value of ['Y', 'N']) {
    await takeLongTasks(page);
    const before = await clock(cdp);
    await page.selectOption(PRESS_HILL, value);
    await settle(page, 1_000);
    const spent = await since(cdp, before);
    changeScriptMs.push(spent.script);
    changeCpuMs.push(spent.cpu);
    changeLongestTaskMs.push(await takeLongTasks(page));
    await expectPanel(page, extension, 'pressOrHillInterest', value === 'Y' ? 'yes' : 'no');
  }
  const box = page.locator(RESOLUTION_DATE);
  await box.focus();
  const before = await clock(cdp);
  const t0 = Date.now();
  await box.pressSequentially('11/03/2026');
  const typingWallMs = Date.now() - t0;
  await settle(page, 1_000);
  const typing = await since(cdp, before);
  await expectPanel(page, extension, 'resolutionDate', '2026-11-03');
  await box.fill('');
  await settle(page, 500);
  return { changeLongestTaskMs, changeScriptMs, changeCpuMs, typingWallMs, typingScriptMs: typing.script, typingCpuMs: typing.cpu };
}

type Profile = { nodes: { id: number; callFrame: { url: string } }[]; samples: number[]; timeDeltas: number[] };

/** Self time of the samples in the extension's scripts. */
function extensionSelfMs(profile: Profile): number {
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
  let us = 0;
  profile.samples.forEach((id, i) => (us += ours.has(id) ? (profile.timeDeltas[i + 1] ?? 0) : 0));
  return us / 1000;
}

async function measureBusy(page: Page, cdp: CDPSession): Promise<Clock & { extensionJs: number }> {
  await page.evaluate((rows) => {
    const cells = document.querySelectorAll('#history tr > td:nth-child(2)');
    let tick = 0;
    (window as unknown as { ctmBusy: number }).ctmBusy = window.setInterval(() => {
      tick++;
      cells[(tick * 7919) % rows]!.textContent = `Entry updated ${tick}`;
    }, 10);
  }, ROWS);
  await settle(page, 1_000); // past the first reaction to the changes starting
  const before = await clock(cdp);
  await settle(page, BUSY_MS);
  const busy = await since(cdp, before);
  // Profiled separately: the profiler's sampling changes the figures above.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await settle(page, BUSY_MS);
  const { profile } = await cdp.send('Profiler.stop');
  await page.evaluate(() => clearInterval((window as unknown as { ctmBusy: number }).ctmBusy));
  return { ...busy, extensionJs: extensionSelfMs(profile as Profile) };
}

export async function benchBusyPage(ext: BrowserContext, plain: BrowserContext, runs = Number(process.env.CTM_BUSY_RUNS ?? 3)): Promise<BusyPageResult> {
  const withExtension: BusyFigures[] = [];
  const withoutExtension: BusyFigures[] = [];
  for (let run = 0; run < runs; run++) {
    for (const [context, out, extension] of [[ext, withExtension, true], [plain, withoutExtension, false]] as const) {
      const { page, cdp } = await openBigPage(context, extension);
      try {
        const quiet = await measureQuiet(page, cdp, extension);
        const busy = await measureBusy(page, cdp);
        out.push({ busyScriptMs: busy.script, busyCpuMs: busy.cpu, busyExtensionJsMs: busy.extensionJs, ...quiet });
      } finally {
        await page.close();
      }
    }
  }
  return { runs, rows: ROWS, withExtension, withoutExtension };
}

export function range(values: number[]): Range {
  return { min: Math.min(...values), max: Math.max(...values) };
}
