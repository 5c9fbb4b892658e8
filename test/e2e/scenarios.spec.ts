/**
 * Scenarios A–L on realistic complaint pages in Chromium with the built extension: the right
 * suggestion with its reasons, picking, the checklist following what the caseworker does, ticks
 * and picks remembered per complaint ID, the keep-open guard (panel, next to the close control,
 * confirmation on submit) and the RO-disagreed notice. Fixtures: test/fixtures/ctm/scenario-*.html.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { fixtureUrl } from './chromium';
import { importSettings } from './import-settings';
import { SAMPLE_SETTINGS } from '../fixtures/settings';
import { expect, test } from './fixtures';



const scenario = (page: Page, letter: string) => page.locator(`[data-scenario="${letter}"]`);
const stepOf = (page: Page, id: string) => page.locator(`[data-step="${id}"]`);
const warning = (page: Page) => page.locator('[data-keep-open-warning]');
const inlineWarning = (page: Page) => page.locator('[data-keep-open-inline]');

async function expectTop(page: Page, letter: string, reasons: (string | RegExp)[]): Promise<void> {
  const top = page.locator('[data-scenario][data-rank="1"]');
  await expect(top).toHaveAttribute('data-scenario', letter);
  await expect(top).toHaveAttribute('data-active', 'true');
  for (const reason of reasons) await expect(top).toContainText(reason);
}

async function expectSteps(page: Page, states: Record<string, 'done' | 'todo' | 'blocked'>): Promise<void> {
  for (const [id, state] of Object.entries(states)) await expect(stepOf(page, id), id).toHaveAttribute('data-state', state);
}

/** The form posts a page makes (the fixture server answers a POST with "Saved."). */
function recordPosts(page: Page): string[] {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  return posts;
}

/** Clicks Save twice: the first confirmation dismissed (nothing is sent), the second accepted. */
async function saveDismissThenAccept(page: Page, save: () => Promise<void>, scenarioLetter: string): Promise<void> {
  const posts = recordPosts(page);
  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await save();
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toContain(`Scenario ${scenarioLetter}`);
  expect(questions[0]).toContain('do NOT close');
  // Still on the complaint: the form did not go.
  await expect(page.locator('[data-ctm-panel]')).toHaveCount(1);
  expect(posts).toEqual([]);

  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.accept();
  });
  await save();
  await expect(page.getByText('Saved.')).toBeVisible();
  expect(questions).toHaveLength(2);
  expect(posts).toHaveLength(1);
}

test.describe('scenario A: belongs to another plan (webforms table)', () => {
  test('SOP A / key 12: contract Other and another contract named → A first, with reasons', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-a.html'));
    await expectTop(page, 'A', ['Contract assignment is Other', 'H9999']);
    await expect(page.locator('[data-scenario][data-active="true"]')).toHaveCount(1);
  });

  test('SOP A.1–A.2: the checklist follows the Current Entry and the reassignment box', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-a.html'));
    await expectSteps(page, { 'A.1.a': 'todo', 'A.1.b': 'todo', 'A.2': 'todo', 'A.3': 'done' });
    await page.locator('textarea[name$="txtCurrentEntry"]').fill('Belongs to contract H9999: the beneficiary enrolled there in October 2026.');
    await expectSteps(page, { 'A.1.a': 'done', 'A.1.b': 'done', 'A.1': 'done' });
    await page.locator('input[name$="cbReassign"]').check();
    // Checked with the wrong reason is still to do (A.2 asks for "belongs to another plan").
    await page.locator('select[name$="ddlReason"]').selectOption({ label: 'CMS issue' });
    await expectSteps(page, { 'A.2': 'todo' });
    await expect(stepOf(page, 'A.2')).toContainText('belongs to another plan');
    await page.locator('select[name$="ddlReason"]').selectOption({ label: 'Belongs to another plan' });
    await expectSteps(page, { 'A.2': 'done' });
  });

  test('SOP A.3: a resolution date on a keep-open case warns in the panel and by the date, and Save asks first', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-a.html'));
    await expectTop(page, 'A', []);
    await expect(warning(page)).toHaveCount(0);
    await expect(inlineWarning(page)).toHaveCount(0);
    const resolutionDate = page.locator('input[name$="txtResolutionDate"]');
    await resolutionDate.fill('11/06/2026');
    await expect(warning(page)).toBeVisible();
    await expect(warning(page)).toContainText('Do not close this case');
    await expectSteps(page, { 'A.3': 'blocked' });
    // Next to the close control, in its own shadow root, exactly one.
    await expect(inlineWarning(page)).toHaveCount(1);
    await expect(inlineWarning(page)).toContainText('Scenario A (A.3)');
    expect(await resolutionDate.evaluate((el) => el.nextElementSibling?.localName)).toBe('ctm-assist-inline-warning');
    // Typing more does not add a second one; clearing the date removes both warnings.
    await resolutionDate.fill('11/07/2026');
    await expect(inlineWarning(page)).toHaveCount(1);
    await resolutionDate.fill('');
    await expect(warning(page)).toHaveCount(0);
    await expect(inlineWarning(page)).toHaveCount(0);
    await expectSteps(page, { 'A.3': 'done' });

    await resolutionDate.fill('11/06/2026');
    await expect(warning(page)).toBeVisible();
    await saveDismissThenAccept(page, () => page.locator('input[type=submit][value="Save"]').click(), 'A');
  });
});

test.describe('scenario B: a subsidiary (modern form)', () => {
  test('SOP B: the summary names one of the plan\'s own contracts → B first, A second', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SAMPLE_SETTINGS);
    await page.goto(fixtureUrl('scenario-b.html'));
    await expectTop(page, 'B', ['H5678', 'your own contracts']);
    await expect(scenario(page, 'A')).toHaveAttribute('data-rank', '2');
  });

  test('SOP B.1–B.2: naming the subsidiary and requesting reassignment tick themselves', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SAMPLE_SETTINGS);
    await page.goto(fixtureUrl('scenario-b.html'));
    await expectTop(page, 'B', []);
    await expectSteps(page, { 'B.1.a': 'todo', 'B.2': 'todo' });
    await page.locator('#plan-response').fill('Member of our subsidiary plan, contract H5678. Premium billing issue.');
    await expectSteps(page, { 'B.1.a': 'done', 'B.1.b': 'done' });
    await page.getByLabel('Plan requests case reassignment', { exact: true }).check();
    await page.getByLabel('Belongs to another plan', { exact: true }).check();
    await expectSteps(page, { 'B.2': 'done', 'B.3': 'done' });
    // The box's reason is shared by A.2 and B.2: checking it does not flip the case to A.
    await expectTop(page, 'B', []);
  });
});

test.describe('scenario C: needs RO assistance (picked by hand)', () => {
  test('SOP C: no signal, nothing suggested; picking C makes it active and survives a reload', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-c.html'));
    await expect(page.locator('[data-ctm-panel]')).toHaveCount(1);
    await expect(page.locator('[data-field="complaintId"]')).toHaveAttribute('data-value', '4100303');
    await expect(page.locator('[data-scenario][data-rank]')).toHaveCount(0);
    await expect(page.locator('[data-ctm-panel]')).toContainText('No scenario suggested');
    // Every case scenario can be picked on the panel.
    for (const letter of 'ABCDEFGHIJKL') await expect(page.locator(`[data-pick-scenario="${letter}"]`)).toHaveCount(1);
    await page.locator('[data-pick-scenario="C"]').click();
    await expect(scenario(page, 'C')).toHaveAttribute('data-active', 'true');
    await expectSteps(page, { 'C.1': 'todo', 'C.2': 'todo', 'C.3': 'done' });
    await page.locator('textarea[name$="txtCurrentEntry"]').fill('The agent in question is not ours; CMS needs to review the agent.');
    await expectSteps(page, { 'C.1': 'done' });
    await page.locator('input[name$="cbReassign"]').check();
    await page.locator('select[name$="ddlReason"]').selectOption({ label: 'CMS issue' });
    await expectSteps(page, { 'C.2': 'done' });

    await page.reload();
    await expect(scenario(page, 'C')).toHaveAttribute('data-active', 'true');
    await expect(page.locator('[data-pick-scenario="C"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(stepOf(page, 'C.1')).toHaveCount(1);
  });
});

test.describe('scenario D: not a Part D complaint (modern form)', () => {
  test('SOP D: hospital and therapy in the summary → D first; D.1.a and D.2 follow the page', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-d.html'));
    await expectTop(page, 'D', ['hospital care']);
    await expectSteps(page, { 'D.1.a': 'todo', 'D.2': 'todo', 'D.4': 'done' });
    await page.locator('#plan-response').fill('CTM Case Not Part D. Hospital and outpatient therapy bills are Part A/B; recommend category Part A/B.');
    await expectSteps(page, { 'D.1.a': 'done', 'D.1.c': 'done' });
    await page.getByLabel('Plan requests case reassignment', { exact: true }).check();
    await page.getByLabel('Requires category reassignment', { exact: true }).check();
    await expectSteps(page, { 'D.2': 'done' });
  });

  test('picking another scenario (I) makes it active, and the pick is remembered per complaint', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-d.html'));
    await expectTop(page, 'D', []);
    await page.locator('[data-pick-scenario="I"]').click();
    await expect(page.locator('[data-scenario][data-active="true"]')).toHaveAttribute('data-scenario', 'I');
    await expect(scenario(page, 'D').first()).toHaveAttribute('data-active', 'false');
    await expect(stepOf(page, 'I.2')).toHaveCount(1);
    await expect(stepOf(page, 'D.1.a')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('[data-scenario][data-active="true"]')).toHaveAttribute('data-scenario', 'I');
    // D is still suggested first; the caseworker's pick wins.
    await expect(page.locator('[data-scenario][data-rank="1"]')).toHaveAttribute('data-scenario', 'D');
    await page.locator('[data-pick-scenario="D"]').click();
    await expect(scenario(page, 'D')).toHaveAttribute('data-active', 'true');
  });
});

test.describe('scenario E: resolved, beneficiary not yet notified (definition list)', () => {
  test('SOP E: resolution date and Resolved → E first; E.2 ticked by hand stays ticked after reload; no keep-open warning', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-e.html'));
    await expectTop(page, 'E', ['resolution date is entered', 'Disposition is Resolved']);
    await expectSteps(page, { 'E.1': 'done', 'E.2': 'todo' });
    // E closes the case: no keep-open guard.
    await expect(warning(page)).toHaveCount(0);
    await expect(inlineWarning(page)).toHaveCount(0);
    await stepOf(page, 'E.2').getByRole('checkbox').check();
    await expectSteps(page, { 'E.2': 'done' });
    await page.reload();
    await expectSteps(page, { 'E.1': 'done', 'E.2': 'done' });
    await expect(stepOf(page, 'E.2').getByRole('checkbox')).toBeChecked();
    // Unticking is remembered too.
    await stepOf(page, 'E.2').getByRole('checkbox').uncheck();
    await expectSteps(page, { 'E.2': 'todo' });
    await page.reload();
    await expectSteps(page, { 'E.2': 'todo' });
  });
});

test.describe('scenario F: resolved but will not close (webforms table with a save error)', () => {
  test('SOP F: "could not be saved" → F first; F.1 from the date; F.3 follows the note', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-f.html'));
    await expectTop(page, 'F', ['could not be saved', 'resolution date is entered']);
    await expect(scenario(page, 'E')).toHaveAttribute('data-rank', '2');
    await expectSteps(page, { 'F.1': 'done', 'F.2': 'done', 'F.3.a': 'todo', 'F.3.b': 'todo', 'F.3.c': 'todo' });
    await expect(warning(page)).toHaveCount(0);
    await page.locator('textarea[name$="txtCurrentEntry"]').fill('Resolved on 11/04/2026 but CTM will not save; needs further help from the lead RO. Caseworker: Jordan Lee.');
    await expectSteps(page, { 'F.3.a': 'done', 'F.3.b': 'done', 'F.3.c': 'done', 'F.3': 'done' });
  });
});

test.describe('scenario G: retroactive disenrollment', () => {
  const branchChoice = (page: Page) => page.locator('[data-branch-choice]');
  const confirm = (page: Page, branch: 'critical' | 'non-critical') => page.locator(`[data-confirm-branch="${branch}"]`);

  test('SOP G.1, G.4–G.6: the path is a suggestion with its reason; both paths and emails stay until one click confirms one, remembered per complaint', async ({ page, extContext, extId }) => {
    await page.goto(fixtureUrl('scenario-g-critical.html'));
    await expectTop(page, 'G', ['Retroactive Disenrollment']);
    // G.1's validity check stays first; the suggestion hides nothing.
    await expect(page.locator('[data-step]').first()).toHaveAttribute('data-step', 'G.1');
    await expect(branchChoice(page)).toHaveAttribute('data-suggested', 'critical');
    await expect(branchChoice(page)).not.toHaveAttribute('data-confirmed', /./);
    const suggestion = page.locator('[data-branch-suggestion]');
    await expect(suggestion).toHaveAttribute('data-provenance', 'ctm-assist');
    await expect(suggestion).toContainText('CTM Assist suggests: critical RD, because the issue level is Immediate Need');
    await expectSteps(page, { 'G.4': 'todo', 'G.5.a': 'todo', 'G.6.a': 'todo', 'G.6.d': 'todo' });
    await expect(page.locator('[data-email="G-critical-rd"]')).toHaveCount(1);
    await expect(page.locator('[data-email="G-integriguard"]')).toHaveCount(1);

    // One click: the non-critical path (the caseworker's call, against the suggestion).
    await confirm(page, 'non-critical').click();
    await expect(branchChoice(page)).toHaveAttribute('data-confirmed', 'non-critical');
    await expect(confirm(page, 'non-critical')).toHaveAttribute('aria-pressed', 'true');
    await expect(stepOf(page, 'G.5.a')).toHaveCount(0);
    await expectSteps(page, { 'G.4': 'done', 'G.6.c': 'todo', 'G.6.d': 'todo' });
    await expect(page.locator('[data-email="G-critical-rd"]')).toHaveCount(0);
    await expect(page.locator('[data-email="G-integriguard"]')).toHaveCount(1);

    // Remembered for this complaint: a reload keeps it.
    await page.reload();
    await expect(branchChoice(page)).toHaveAttribute('data-confirmed', 'non-critical');
    await expect(stepOf(page, 'G.5.a')).toHaveCount(0);

    // SOP G.6.d: the keep-open warning on this path waits for IntegriGuard, not the RO.
    await page.getByLabel('Plan Disposition', { exact: true }).selectOption('Resolved');
    await expect(warning(page)).toContainText('IntegriGuard must resolve the RD');
    await expect(warning(page)).not.toContainText('the RO must act');
    await expect(warning(page)).toHaveAttribute('data-sop-step', 'G.6.a');

    // SOP G.6.c, G.6.d: the popup's next step waits for IntegriGuard since the confirmation.
    const popup = await extContext.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html`);
    await expect(popup.locator('[data-case="4100707"] [data-next-step]')).toContainText('Waiting for IntegriGuard since');
    await expect(popup.locator('[data-case="4100707"] [data-next-step]')).toContainText('G.6.c, G.6.d');
    await popup.close();

    // The caseworker can change the path.
    await confirm(page, 'critical').click();
    await expect(branchChoice(page)).toHaveAttribute('data-confirmed', 'critical');
    await expect(stepOf(page, 'G.6.a')).toHaveCount(0);
    await expect(stepOf(page, 'G.5.a')).toHaveCount(1);
    await expect(warning(page)).toContainText('the RO must act');
  });

  test('SOP G.5: a confirmed critical RD — CRITICAL RD + CMS issue tick G.5.a; Resolved warns', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-g-critical.html'));
    await expectTop(page, 'G', ['Retroactive Disenrollment']);
    await expect(stepOf(page, 'G.4')).toContainText('Immediate Need');
    await confirm(page, 'critical').click();
    await expect(stepOf(page, 'G.6.a')).toHaveCount(0);
    await expectSteps(page, { 'G.4': 'done', 'G.5.a': 'todo', 'G.5.d': 'done' });
    await page.locator('#plan-response').fill('CRITICAL RD. Case and all development referred to the home RO; case left open.');
    await page.getByLabel('Plan requests case reassignment', { exact: true }).check();
    await page.getByRole('radio', { name: 'CMS issue' }).check();
    await expectSteps(page, { 'G.4': 'done', 'G.5.a': 'done', 'G.5.c': 'done' });
    await page.getByLabel('Plan Disposition', { exact: true }).selectOption('Resolved');
    await expect(warning(page)).toBeVisible();
    await expectSteps(page, { 'G.5.c': 'blocked', 'G.5.d': 'blocked' });
    await expect(inlineWarning(page)).toHaveCount(1);
    expect(await page.getByLabel('Plan Disposition', { exact: true }).evaluate((el) => el.nextElementSibling?.localName)).toBe('ctm-assist-inline-warning');
  });

  test('SOP G.6: a note referring the RD to IntegriGuard makes it the suggestion; confirming it leaves only the G.6 path', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-g.html'));
    await expectTop(page, 'G', ['Retroactive Disenrollment']);
    await expectSteps(page, { 'G.4': 'todo' });
    await page.locator('textarea[name$="txtCurrentEntry"]').fill('Valid RD request, non-critical: referred to IntegriGuard on 11/05/2026. Case left open.');
    await expect(page.locator('[data-branch-suggestion]')).toContainText('the Current Entry mentions IntegriGuard');
    await expect(stepOf(page, 'G.5.a')).toHaveCount(1);
    await confirm(page, 'non-critical').click();
    await expectSteps(page, { 'G.4': 'done', 'G.6.a': 'done', 'G.6.b': 'todo' });
    await expect(stepOf(page, 'G.5.a')).toHaveCount(0);
  });
});

test.describe('scenario H: enrollment exception (definition list with a reassignment form)', () => {
  test('SOP H: EE category → H first; "EE Complaint" and CMS issue tick H.1.a and H.2; a date warns and Save asks', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-h.html'));
    await expectTop(page, 'H', ['Enrollment Exception']);
    await expectSteps(page, { 'H.1.a': 'todo', 'H.2': 'todo', 'H.3': 'done' });
    await page.getByLabel('Current Entry (Plan Response)', { exact: true }).fill('EE Complaint. Validated: the beneficiary was in a nursing facility during the enrollment period.');
    await expectSteps(page, { 'H.1.a': 'done', 'H.1.b': 'done' });
    await page.getByLabel('Request Case Reassignment', { exact: true }).check();
    await page.getByLabel('Reason for Reassignment', { exact: true }).selectOption('CMS issue');
    await expectSteps(page, { 'H.2': 'done' });
    await page.getByLabel('Resolution Date (MM/DD/YYYY)', { exact: true }).fill('11/06/2026');
    await expect(warning(page)).toBeVisible();
    await expect(inlineWarning(page)).toHaveCount(1);
    await saveDismissThenAccept(page, () => page.getByRole('button', { name: 'Save', exact: true }).click(), 'H');
  });
});

test.describe('scenario I: miscategorized, and the RO disagreed', () => {
  test('SOP I / A.4: the Note to Plan says the RO disagreed → notice; I picked, I.2 and I.3 follow the page', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-i.html'));
    const notice = page.locator('[data-ro-disagreed]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('RO disagreed');
    await expect(notice).toContainText('back');
    await page.locator('[data-pick-scenario="I"]').click();
    await expect(scenario(page, 'I')).toHaveAttribute('data-active', 'true');
    await expectSteps(page, { 'I.2': 'todo', 'I.3': 'todo', 'I.4': 'done' });
    await page.locator('input[name$="cbReassign"]').check();
    await page.locator('select[name$="ddlReason"]').selectOption({ label: 'Requires category reassignment' });
    await expectSteps(page, { 'I.2': 'done' });
    // The category picker posts back and CTM shows the choice in the blue box.
    await page.locator('span[id$="lblReqCategory"]').evaluate((el) => (el.textContent = 'Pharmacy Access'));
    await expectSteps(page, { 'I.3': 'done' });
    // With the box checked for a category, I is now suggested too.
    await expect(scenario(page, 'I')).toHaveAttribute('data-rank', /\d/);
  });
});

test.describe('scenario J: Immediate Need that should not be', () => {
  test('SOP J: Immediate Need with 10 days of medication → J first; J.2 and J.3 follow the page', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-j.html'));
    await expectTop(page, 'J', ['Immediate Need', '10 days']);
    await expectSteps(page, { 'J.2': 'todo', 'J.3': 'todo', 'J.4': 'done' });
    await page.locator('input[name$="cbReassign"]').check();
    await page.locator('select[name$="ddlReason"]').selectOption({ label: 'Requires issue level reassignment' });
    await expectSteps(page, { 'J.2': 'done' });
    await page.locator('span[id$="lblReqIssueLevel"]').evaluate((el) => (el.textContent = 'Urgent'));
    await expectSteps(page, { 'J.3': 'done' });
  });
});

test.describe('scenario L: CIS or Congressional (modern form)', () => {
  test('SOP L: CIS and Press/Hill Yes on an RD → L first, G second; L.2 and L.4 follow the page', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-l.html'));
    await expectTop(page, 'L', ['Controlled in CIS? is Yes', 'Press or Hill Interest is Yes']);
    await expect(scenario(page, 'G')).toHaveAttribute('data-rank', '2');
    await expectSteps(page, { 'L.2': 'todo', 'L.4': 'todo', 'L.5': 'done' });
    await page.locator('#plan-response').fill('CIS or Congressional Resolution: contacted the beneficiary and the senator\'s office on 11/05/2026.');
    await page.getByLabel('Plan requests case reassignment', { exact: true }).check();
    await page.getByRole('radio', { name: 'CMS issue' }).check();
    await expectSteps(page, { 'L.2': 'done', 'L.4': 'done' });
  });

  test('SOP L.5: choosing Resolved on a keep-open case warns, and Save asks before the form goes', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-l.html'));
    await expectTop(page, 'L', []);
    await page.getByLabel('Plan Disposition', { exact: true }).selectOption('Resolved');
    await expect(warning(page)).toBeVisible();
    await expect(warning(page)).toContainText('Scenario L');
    await expectSteps(page, { 'L.5': 'blocked' });
    await expect(inlineWarning(page)).toHaveCount(1);
    await saveDismissThenAccept(page, () => page.getByRole('button', { name: 'Save', exact: true }).click(), 'L');
  });
});
