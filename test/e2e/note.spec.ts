/**
 * The plan-response note in the browser: the built extension on the fixture complaint pages, typing into the
 * Current Entry (Plan Response) box and reading the note hooks (docs/TEST-HOOKS.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURE_DIR, ROOT, fixtureUrl } from './chromium';
import { expect, test } from './fixtures';

const NOTE_BOX = 'textarea[name$="txtCurrentEntry"]'; // webforms-table.html
const meter = (page: Page) => page.locator('[data-note-count][data-note-limit="4000"]');
const finding = (page: Page, rule: string) => page.locator(`[data-rule="${rule}"]`);

/** A note of `length` characters (as the textarea holds it) with `breaks` line breaks. */
function noteWithBreaks(length: number, breaks: number): string {
  const lineLength = Math.floor((length - breaks) / (breaks + 1));
  const lines = Array.from({ length: breaks + 1 }, (_, i) => `${String(i + 1).padStart(2, '0')} `.padEnd(lineLength, 'a'));
  const text = lines.join('\n');
  return text + 'b'.repeat(length - text.length);
}

/** Records, in the page's own (main) world, every input/change event the textarea receives. */
async function recordPageEvents(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const box = document.querySelector<HTMLTextAreaElement>(sel)!;
    const seen: string[] = [];
    (window as unknown as { seenEvents: string[] }).seenEvents = seen;
    box.addEventListener('input', () => seen.push(`input:${box.value}`));
    box.addEventListener('change', () => seen.push(`change:${box.value}`));
  }, selector);
}

const pageEvents = (page: Page) => page.evaluate(() => (window as unknown as { seenEvents: string[] }).seenEvents);

const selection = (page: Page, selector: string) =>
  page.locator(selector).evaluate((box: HTMLTextAreaElement) => [box.selectionStart, box.selectionEnd]);

/** Records, in the page, the note section the moment the panel first appeared (its first paint). */
const RECORD_NOTE_FIRST_PAINT = `
  new MutationObserver((_, observer) => {
    const root = document.querySelector('ctm-assist-panel')?.shadowRoot;
    if (!root || !root.querySelector('[data-ctm-panel]')) return;
    observer.disconnect();
    window.__ctmNoteFirstPaint = {
      count: root.querySelector('[data-note-count]')?.getAttribute('data-note-count'),
      loadingLine: root.querySelector('[data-findings-loading]')?.textContent,
      findings: root.querySelectorAll('[data-rule]').length,
      saysNoFindings: !!root.querySelector('[data-findings-empty]'),
    };
  }).observe(document, { childList: true, subtree: true });
`;

test.describe('the plan-response note', () => {
  test('the first paint has the count and says the note is being checked; the findings come with the later part, and the count follows typing', async ({ page, extContext }) => {
    const laterLoads: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (request.url().endsWith('/ctm-panel-later.js')) laterLoads.push(request.url());
    };
    extContext.on('request', onRequest);
    try {
      await page.addInitScript(RECORD_NOTE_FIRST_PAINT);
      await page.goto(fixtureUrl('webforms-table.html'));
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __ctmNoteFirstPaint?: unknown }).__ctmNoteFirstPaint))
        .toEqual({ count: '0', loadingLine: 'Checking the note…', findings: 0, saysNoFindings: false });
      // The later part is in: the empty note is checked without a key.
      await expect(page.locator('[data-findings-empty]')).toHaveCount(1);
      await expect(page.locator('[data-findings-loading]')).toHaveCount(0);
      expect(laterLoads.length).toBeGreaterThan(0);

      const box = page.locator(NOTE_BOX);
      await box.pressSequentially('Spoke w/ the');
      await expect(meter(page)).toHaveAttribute('data-note-count', '12');
      await box.press('Enter');
      await box.pressSequentially('mbr');
      await expect(meter(page)).toHaveAttribute('data-note-count', '17');
      await expect(page.locator('[data-rule="abbreviation"][data-term="w/"]')).toHaveCount(1);
      await expect(page.locator('[data-rule="abbreviation"][data-term="mbr"]')).toHaveCount(1);
    } finally {
      extContext.off('request', onRequest);
    }
  });

  test('the count is the length as submitted: each typed line break counts 2 (SOP K.1)', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    await expect(meter(page)).toHaveAttribute('data-note-count', '0');
    const typed = '03/04/2026 reviewed claims.\nCalled the prescriber 03/04/2026.\n\nResolved.';
    await page.locator(NOTE_BOX).pressSequentially(typed);
    await expect(page.locator(NOTE_BOX)).toHaveValue(typed);
    const breaks = 3;
    await expect(meter(page)).toHaveAttribute('data-note-count', String(typed.length + breaks));
    await expect(meter(page)).toContainText(`${typed.length + breaks} / 4,000 as submitted`);
  });

  test('findings appear while typing and go when the text is corrected', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    const box = page.locator(NOTE_BOX);
    await box.pressSequentially('Spoke w/ the mbr about the claim.');
    // SOP K.1.c: minimise abbreviations; K.2: the contact needs its date.
    await expect(page.locator('[data-rule="abbreviation"][data-severity="warning"][data-term="w/"]')).toHaveCount(1);
    await expect(page.locator('[data-rule="abbreviation"][data-term="mbr"]')).toHaveCount(1);
    await expect(page.locator('[data-rule="contact-date-missing"][data-severity="warning"]')).toHaveCount(1);
    await box.fill('03/04/2026 spoke with the member about the claim.');
    await expect(finding(page, 'abbreviation')).toHaveCount(0);
    await expect(finding(page, 'contact-date-missing')).toHaveCount(0);
  });

  test('the count follows every key; the findings list follows once typing pauses (150 ms), and at once on blur', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    await expect(meter(page)).toHaveAttribute('data-note-count', '0');
    const text = 'Spoke w/ the mbr';
    // In the page: when each key's input came, and when the count and the finding first showed.
    await page.evaluate((expectedCount) => {
      const box = document.querySelector<HTMLTextAreaElement>('textarea[name$="txtCurrentEntry"]')!;
      const root = document.querySelector('ctm-assist-panel')!.shadowRoot!;
      const seen = { lastInput: 0, count: 0, finding: 0 };
      (window as unknown as { seen: typeof seen }).seen = seen;
      box.addEventListener('input', () => (seen.lastInput = performance.now()));
      new MutationObserver(() => {
        if (!seen.count && root.querySelector(`[data-note-count="${expectedCount}"]`)) seen.count = performance.now();
        if (!seen.finding && root.querySelector('[data-rule="abbreviation"][data-term="mbr"]')) seen.finding = performance.now();
      }).observe(root, { subtree: true, childList: true, attributes: true });
    }, text.length);
    await page.locator(NOTE_BOX).pressSequentially(text);
    await expect(finding(page, 'abbreviation').and(page.locator('[data-term="mbr"]'))).toHaveCount(1);
    const seen = await page.evaluate(() => (window as unknown as { seen: { lastInput: number; count: number; finding: number } }).seen);
    expect(seen.count, 'the count is drawn before the findings').toBeLessThan(seen.finding);
    expect(seen.finding - seen.lastInput, 'the findings wait for the pause after the last key').toBeGreaterThanOrEqual(149);

    // Blur: the findings follow at once, without waiting for the pause.
    const onBlur = await page.evaluate(async () => {
      const box = document.querySelector<HTMLTextAreaElement>('textarea[name$="txtCurrentEntry"]')!;
      const root = document.querySelector('ctm-assist-panel')!.shadowRoot!;
      box.focus();
      box.value = 'Spoke with the bene';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const before = !!root.querySelector('[data-term="bene"]');
      box.blur();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { before, after: !!root.querySelector('[data-term="bene"]'), mbr: !!root.querySelector('[data-term="mbr"]') };
    });
    expect(onBlur).toEqual({ before: false, after: true, mbr: false });
  });

  test('3,990 characters with 20 line breaks is 4,010 as submitted: note-too-long (SOP K.1)', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    const text = noteWithBreaks(3990, 20);
    expect(text.length).toBe(3990);
    await page.locator(NOTE_BOX).fill(text);
    await expect(meter(page)).toHaveAttribute('data-note-count', '4010');
    await expect(meter(page)).toHaveAttribute('data-state', 'error');
    await expect(page.locator('[data-rule="note-too-long"][data-severity="error"]')).toHaveCount(1);
    // Twenty characters fewer is exactly the limit: no error.
    await page.locator(NOTE_BOX).fill(text.slice(0, 3980));
    await expect(meter(page)).toHaveAttribute('data-note-count', '4000');
    await expect(finding(page, 'note-too-long')).toHaveCount(0);
  });

  test('a summary line that points at the dates above is not asked for a date (SOP K.2)', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    const box = page.locator(NOTE_BOX);
    const summary = '03/02/2026 called the member, no answer.\nResolved; member contacted (dates above).';
    await box.fill(summary);
    await expect(meter(page)).toHaveAttribute('data-note-count', String(summary.length + 1)); // drawn
    await expect(finding(page, 'contact-date-missing')).toHaveCount(0);
    await box.fill('03/02/2026 reviewed the claim.\nResolved; member contacted.');
    await expect(finding(page, 'contact-date-missing')).toHaveCount(1);
  });

  test('the realistic 4,000-character note is counted as submitted', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    const note = readFileSync(join(ROOT, 'test/fixtures/notes/realistic-4000.txt'), 'utf8');
    const breaks = note.split('\n').length - 1;
    await page.locator(NOTE_BOX).fill(note);
    await expect(meter(page)).toHaveAttribute('data-note-count', String(note.length + breaks));
    await expect(page.locator('[data-rule="abbreviation"][data-term="b/c"]')).toHaveCount(1);
    await expect(finding(page, 'contact-date-missing')).toHaveCount(0);
    await expect(finding(page, 'note-too-long')).toHaveCount(0);
  });

  test('clicking a finding selects its text in the note', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    const text = '03/04/2026 spoke with the member b/c the claim was rejected.';
    await page.locator(NOTE_BOX).fill(text);
    const item = page.locator('[data-rule="abbreviation"][data-term="b/c"]');
    await item.getByRole('button', { name: /^Show in the note/ }).click();
    const start = text.indexOf('b/c');
    await expect.poll(() => selection(page, NOTE_BOX)).toEqual([start, start + 3]);
    await expect(page.locator(NOTE_BOX)).toBeFocused();
  });

  test('a fix edits the note, the page sees input and change, and Ctrl+Z undoes it', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    const text = '03/04/2026 spoke with the member w/ the daughter present.';
    await page.locator(NOTE_BOX).fill(text);
    await recordPageEvents(page, NOTE_BOX);
    await page.locator('[data-rule="abbreviation"][data-term="w/"] [data-fix]').click();
    const fixedText = '03/04/2026 spoke with the member with the daughter present.';
    await expect(page.locator(NOTE_BOX)).toHaveValue(fixedText);
    const events = await pageEvents(page);
    expect(events).toContain(`input:${fixedText}`);
    expect(events).toContain(`change:${fixedText}`);
    await expect(page.locator('[data-rule="abbreviation"][data-term="w/"]')).toHaveCount(0);
    await expect(meter(page)).toHaveAttribute('data-note-count', String(fixedText.length));

    await page.locator(NOTE_BOX).press('ControlOrMeta+z');
    await expect(page.locator(NOTE_BOX)).toHaveValue(text);
    await expect(page.locator('[data-rule="abbreviation"][data-term="w/"]')).toHaveCount(1);
  });

  test('scenario D asks for "CTM Case Not Part D" and the fix inserts it exactly (SOP D.1.a)', async ({ page }) => {
    // A complaint ID of its own, so the picked scenario (kept by the background) touches no other test.
    const html = readFileSync(join(FIXTURE_DIR, 'webforms-table.html'), 'utf8').replaceAll('4012345', '4098765');
    await page.route('**/note-scenario-d/webforms-table.html', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await page.goto('https://hpms.cms.gov/note-scenario-d/webforms-table.html');
    await expect(page.locator('[data-field="complaintId"]')).toHaveAttribute('data-value', '4098765');
    const text = '03/04/2026 reviewed the complaint: the drug is covered under Part B.';
    await page.locator(NOTE_BOX).fill(text);
    await page.locator('[data-pick-scenario="D"]').click();
    await expect(page.locator('[data-scenario="D"][data-active="true"]')).toHaveCount(1);
    const required = page.locator('[data-rule="required-phrase"][data-severity="error"][data-phrase="CTM Case Not Part D"]');
    await expect(required).toHaveCount(1);

    await recordPageEvents(page, NOTE_BOX);
    await required.locator('[data-fix]').click();
    await expect(page.locator(NOTE_BOX)).toHaveValue(`CTM Case Not Part D\n${text}`);
    expect(await pageEvents(page)).toContain(`input:CTM Case Not Part D\n${text}`);
    await expect(finding(page, 'required-phrase')).toHaveCount(0);
  });

  test('a page maxlength of 4,000 that counts line breaks as 1 is called out', async ({ page }) => {
    await page.goto(fixtureUrl('modern-form.html'));
    const box = page.locator('textarea#plan-response');
    await expect(box).toHaveAttribute('maxlength', '4000');
    const short = '03/04/2026 reviewed the claim.\nResolved.';
    await box.fill(short);
    await expect(meter(page)).toHaveAttribute('data-note-count', String(short.length + 1));
    await expect(page.locator('[data-note-maxlength]')).toHaveCount(0);
    // The page lets this in (3,990 ≤ 4,000 typed) but CTM receives 4,010.
    await box.fill(noteWithBreaks(3990, 20));
    await expect(box).toHaveValue(/b$/);
    await expect(meter(page)).toHaveAttribute('data-note-count', '4010');
    const disagreement = page.locator('[data-note-maxlength="4000"]');
    await expect(disagreement).toBeVisible();
    await expect(disagreement).toContainText('browsers submit each line break as 2');
    await expect(page.locator('[data-rule="note-too-long"][data-severity="error"]')).toHaveCount(1);
  });
});
