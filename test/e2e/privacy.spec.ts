/**
 * The privacy proof's own checks (PRIVACY.md). The proof itself runs in the worker fixture
 * (fixtures.ts) over the whole e2e suite; these tests show that its detectors catch what they
 * must, so a green run means something.
 */
import { COMPLAINT_FIXTURES } from '../fixtures/ctm/expected';
import { dumpExtensionStorage, extensionId, fixtureUrl, launchChromium, networkViolation, recordNetwork } from './chromium';
import { expect, fixturePhi, phiFound, stringsIn, test } from './fixtures';

test.describe('zero network: the request recorder', () => {
  test('flags requests by the service worker, extension pages and pages to other hosts; allows the fixture pages', async () => {
    const context = await launchChromium();
    try {
      const network = await recordNetwork(context);
      const id = await extensionId(context);
      const worker = context.serviceWorkers()[0]!;
      await worker.evaluate(async () => {
        await fetch('https://example.org/from-worker').catch(() => undefined);
        await fetch('https://hpms.cms.gov/from-worker.html').catch(() => undefined);
      });
      const page = await context.newPage();
      await page.goto(fixtureUrl('webforms-table.html'));
      await expect(page.locator('[data-ctm-panel]')).toHaveCount(1);
      expect(network.violations(), 'a fixture page with the panel is not a violation').toHaveLength(2);
      await page.evaluate(async () => {
        await fetch('https://example.org/from-page').catch(() => undefined);
        await fetch('https://hpms.cms.gov/hpms/ctm/data.json').catch(() => undefined);
      });
      await page.goto(`chrome-extension://${id}/options.html`);
      await page.evaluate(async () => {
        await fetch('https://example.org/from-extension-page').catch(() => undefined);
      });
      const flagged = network.violations().map((v) => `${new URL(v.url).pathname} ${v.reason}`);
      expect(flagged).toEqual([
        '/from-worker made by the extension service worker',
        '/from-worker.html made by the extension service worker',
        '/from-page to example.org, which is not HPMS',
        '/hpms/ctm/data.json a fetch request to HPMS that the page did not navigate to',
        '/from-extension-page made by an extension page',
      ]);
    } finally {
      await context.close();
    }
  });

  test('classifies without a browser: extension resources and data URLs are not network', () => {
    const base = { method: 'GET', fromServiceWorker: false };
    expect(networkViolation({ ...base, url: 'chrome-extension://abc/ctm-panel.js', resourceType: 'script', frameUrl: fixtureUrl('tabbed.html') })).toBeUndefined();
    expect(networkViolation({ ...base, url: 'data:image/png;base64,AA==', resourceType: 'image' })).toBeUndefined();
    expect(networkViolation({ ...base, url: fixtureUrl('tabbed.html'), resourceType: 'document', frameUrl: 'about:blank' })).toBeUndefined();
    expect(networkViolation({ ...base, url: 'wss://example.org/socket', resourceType: 'websocket', frameUrl: fixtureUrl('tabbed.html') })).toContain('not HPMS');
    expect(networkViolation({ ...base, url: 'https://hpms.cms.gov.evil.example/x', resourceType: 'document' })).toContain('not HPMS');
  });
});

test.describe('no PHI at rest: the storage check', () => {
  test('knows every fixture beneficiary: name, HICN, MBI, date of birth and summary sentences', () => {
    const needles = fixturePhi();
    for (const fixture of COMPLAINT_FIXTURES) {
      const kinds = new Set(needles.filter((n) => n.fixture === fixture.file).map((n) => n.kind));
      expect(kinds, fixture.file).toContain('name');
      expect(kinds, fixture.file).toContain('summary');
      for (const kind of ['hicn', 'mbi', 'dateOfBirth'] as const) if (fixture.phi[kind]) expect(kinds, fixture.file).toContain(kind);
    }
    // The detector finds a value however it is nested, in any letter case, and names only its kind.
    const found = phiFound(stringsIn({ trackedCases: { 1: { note: ['x', 'seen PAT Q. EXAMPLE today'] } } }), needles);
    expect(found).toEqual([expect.stringMatching(/^name of webforms-table\.html \(\d+ characters\)$/)]);
    expect(phiFound(stringsIn({ dob: '1948-04-15' }), needles)).toHaveLength(1);
    expect(phiFound(stringsIn({ contract: 'S1234', complaintId: '4012345' }), needles)).toEqual([]);
  });

  test('after reading every complaint fixture, storage holds the cases but no beneficiary data', async ({ page, extContext, extId }) => {
    for (const fixture of COMPLAINT_FIXTURES) {
      await page.goto(fixtureUrl(fixture.file));
      await expect(page.locator('[data-field="complaintId"]')).toHaveAttribute('data-value', fixture.facts.complaintId);
    }
    let stored = await dumpExtensionStorage(extContext, extId);
    // The background tracks cases asynchronously (and earlier specs may have archived some):
    // wait until all four are kept, working or archived.
    await expect
      .poll(
        async () => {
          stored = await dumpExtensionStorage(extContext, extId);
          const local = stored.local as Record<string, object | undefined>;
          return Object.keys({ ...local.trackedCases, ...local['trackedCases.archive'] });
        },
        { timeout: 20_000 },
      )
      .toEqual(expect.arrayContaining(COMPLAINT_FIXTURES.map((f) => f.facts.complaintId)));
    expect(phiFound(stringsIn(stored), fixturePhi())).toEqual([]);
  });
});
