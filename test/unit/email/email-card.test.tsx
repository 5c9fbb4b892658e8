import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { EmailCard } from '../../../components/email/EmailCard';
import { EmailList } from '../../../components/email/EmailList';
import { draftPopupEmail } from '../../../lib/email/popup-draft';
import { draftEmail } from '../../../lib/email/draft';
import { createEditStore } from '../../../lib/email/draft-edit';
import { parseMailto } from '../../../lib/email/mailto';
import type { Settings } from '../../../lib/settings';
import { usePreactRoot } from '../preact-root';

const settings: Settings = {
  schemaVersion: 1,
  organization: 'Acme Health Plan',
  contracts: ['S1234'],
  caseworker: 'Jordan Lee',
  mailboxes: { leadRegionalOffice: 'lead-ro@example.gov', homeRegionPartD: 'region-partd@example.gov' },
};
const cases = [{ complaintId: '123456789', caseworker: 'Pat Kim', contractNumber: 'S1234' }];
const known = { name: 'Maria Gonzalez', hicn: '987-65-4321A', dateOfBirth: '01/02/1950' };

const mounted = usePreactRoot();

const q = <T extends Element>(selector: string) => mounted.el.querySelector<T>(selector);
const link = () => q<HTMLAnchorElement>('a[data-mailto]')!;
const textarea = () => q<HTMLTextAreaElement>('textarea[data-email-body]')!;
async function clickAndSettle(selector: string) {
  await act(async () => {
    q<HTMLButtonElement>(selector)!.click();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the clipboard promise
  });
}
async function type(text: string) {
  await act(() => {
    textarea().value = text;
    textarea().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('EmailCard', () => {
  it('renders the hooks: template, to, subject, body and a mailto link built from the body (SOP F.4)', async () => {
    const draft = draftEmail('F-will-not-close', { settings, cases });
    await act(() => render(<EmailCard draft={draft} known={known} />, mounted.el));
    expect(q('[data-email="F-will-not-close"]')).not.toBeNull();
    expect(q('[data-email-to]')!.textContent).toBe('lead-ro@example.gov');
    expect(q('[data-email-subject]')!.textContent).toBe('CTM Case Resolved But Will Not Close');
    expect(textarea().value).toBe(draft.body);
    expect(q('[data-phi-warning]')).toBeNull();
    const back = parseMailto(link().getAttribute('href')!);
    expect(back).toEqual({ to: 'lead-ro@example.gov', subject: draft.subject, body: draft.body.replace(/\n/g, '\r\n') });
  });

  it('says where the email and its subject come from, in words and as data-provenance (SOP F.4; the IntegriGuard subject is ours)', async () => {
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings, cases })} known={known} />, mounted.el));
    expect(q('[data-email="F-will-not-close"]')!.getAttribute('data-provenance')).toBe('sop');
    expect(q('[data-email-provenance]')!.textContent).toBe('SOP F.4');
    expect(q('[data-subject-provenance]')!.getAttribute('data-provenance')).toBe('sop');
    expect(q('[data-subject-provenance]')!.textContent).toContain('SOP F.4');
    render(null, mounted.el);
    const referral = draftEmail('G-integriguard', { settings: { ...settings, mailboxes: { integriguard: 'rd@example.com' } }, cases });
    await act(() => render(<EmailCard draft={referral} known={known} />, mounted.el));
    expect(q('[data-email-provenance]')!.textContent).toBe('SOP G.6');
    expect(q('[data-subject-provenance]')!.getAttribute('data-provenance')).toBe('ctm-assist');
    expect(q('[data-subject-provenance]')!.textContent).toMatch(/^CTM Assist suggests/);
  });

  it('rebuilds the link from the edited body', async () => {
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings, cases })} known={known} />, mounted.el));
    await type('Short & sweet?\nSecond line');
    expect(parseMailto(link().getAttribute('href')!).body).toBe('Short & sweet?\r\nSecond line');
  });

  it('typing the page’s HICN shows the PHI warning, disables the link and copy; Redact clears it', async () => {
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings, cases })} known={known} />, mounted.el));
    await type('Hello,\nMember 987654321A called.');
    const warning = q('[data-phi-warning]')!;
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.textContent).toContain("the beneficiary's HICN, in the body, line 2");
    expect(warning.textContent).not.toContain('987654321');
    expect(link().hasAttribute('href')).toBe(false);
    expect(link().getAttribute('aria-disabled')).toBe('true');
    expect(q<HTMLButtonElement>('[data-copy-body]')!.disabled).toBe(true);
    expect(q<HTMLButtonElement>('[data-copy-subject]')!.disabled).toBe(true);

    await act(() => q<HTMLButtonElement>('[data-phi-redact]')!.click());
    expect(textarea().value).toBe('Hello,\nMember [REDACTED HICN] called.');
    expect(q('[data-phi-warning]')).toBeNull();
    expect(link().getAttribute('href')).toMatch(/^mailto:lead-ro@example\.gov\?/);
    expect(q<HTMLButtonElement>('[data-copy-body]')!.disabled).toBe(false);
  });

  it('flags the beneficiary’s surname in another case', async () => {
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings, cases })} known={known} />, mounted.el));
    await type('Spoke with GONZALEZ today');
    expect(q('[data-phi-warning]')!.textContent).toContain("the beneficiary's name");
  });

  it('says what is missing, links to the options page and disables the link (no lead RO mailbox)', async () => {
    const draft = draftEmail('F-will-not-close', { settings: { ...settings, mailboxes: {} }, cases });
    await act(() => render(<EmailCard draft={draft} known={known} optionsUrl="chrome-extension://x/options.html" />, mounted.el));
    expect(q('[data-email-missing]')!.textContent).toContain('Lead RO mailbox');
    expect(q('[data-email-to]')!.textContent).toBe('Not set: Lead RO mailbox');
    expect(q<HTMLAnchorElement>('[data-email-options-link]')!.getAttribute('href')).toBe('chrome-extension://x/options.html');
    expect(link().hasAttribute('href')).toBe(false);
    expect(link().getAttribute('aria-disabled')).toBe('true');
  });

  it('SOP F.4.b: an unknown caseworker is a visible gap that blocks the link until the caseworker types the name over it', async () => {
    const draft = draftEmail('F-will-not-close', { settings, cases: [{ complaintId: '123456789', contractNumber: 'S1234' }] });
    await act(() => render(<EmailCard draft={draft} known={known} />, mounted.el));
    expect(textarea().value).toContain('caseworker in CTM: [caseworker name]');
    expect(q('[data-missing-key="caseworker"]')!.textContent).toContain('Caseworker shown on the complaint in CTM');
    expect(link().getAttribute('href')).toBeNull();
    await type(textarea().value.replace('[caseworker name]', 'Pat Kim'));
    expect(q('[data-email-missing]')).toBeNull();
    expect(parseMailto(link().getAttribute('href')!).body).toContain('caseworker in CTM: Pat Kim');
  });

  it('says mail apps truncate a link past ~2,000 characters and keeps copy available', async () => {
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings, cases })} known={known} />, mounted.el));
    expect(q('[data-mailto-too-long]')).toBeNull();
    await type('word '.repeat(400));
    expect(q('[data-mailto-too-long]')!.textContent).toContain('cut it off');
    expect(q<HTMLButtonElement>('[data-copy-body]')!.disabled).toBe(false);
  });

  it('copies the body, and says so gracefully when the browser refuses', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const draft = draftEmail('F-will-not-close', { settings, cases });
    await act(() => render(<EmailCard draft={draft} known={known} />, mounted.el));
    await clickAndSettle('[data-copy-body]');
    expect(writeText).toHaveBeenCalledWith(draft.body);
    expect(mounted.el.textContent).toContain('Copied the body.');
    await clickAndSettle('[data-copy-subject]');
    expect(writeText).toHaveBeenLastCalledWith('CTM Case Resolved But Will Not Close');
    expect(mounted.el.textContent).toContain('did not allow copying');
  });

  it('keeps the caseworker’s edits when re-rendered with an equal draft', async () => {
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings, cases })} known={known} />, mounted.el));
    await type('edited');
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings, cases })} known={known} />, mounted.el));
    expect(textarea().value).toBe('edited');
    expect(q('[data-email-draft-changed]')).toBeNull();
  });

  it('the caseworker on the page changes: the edit stays, the card names the changed line, “Use the new draft” takes it', async () => {
    const before = draftEmail('F-will-not-close', { settings, cases });
    await act(() => render(<EmailCard draft={before} known={known} />, mounted.el));
    await type(`${before.body}
Called the plan twice.`);
    const after = draftEmail('F-will-not-close', { settings, cases: [{ ...cases[0]!, caseworker: 'Sam Rivera' }] });
    await act(() => render(<EmailCard draft={after} known={known} />, mounted.el));
    expect(textarea().value).toBe(`${before.body}
Called the plan twice.`);
    const notice = q('[data-email-draft-changed]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('Line 5 now reads “Complaint ID 123456789, caseworker in CTM: Sam Rivera” (was “Complaint ID 123456789, caseworker in CTM: Pat Kim”)');
    await act(() => q<HTMLButtonElement>('[data-use-new-draft]')!.click());
    expect(textarea().value).toBe(after.body);
    expect(q('[data-email-draft-changed]')).toBeNull();
    expect(parseMailto(link().getAttribute('href')!).body).toBe(after.body.replace(/\n/g, '\r\n'));
  });

  it('settings change in another tab: the edit stays; “Keep mine” keeps it and ends the question', async () => {
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings, cases })} known={known} />, mounted.el));
    await type('My own words.');
    const changed = draftEmail('F-will-not-close', { settings: { ...settings, organization: 'Beta Health' }, cases });
    await act(() => render(<EmailCard draft={changed} known={known} />, mounted.el));
    expect(textarea().value).toBe('My own words.');
    expect(q('[data-email-draft-changed]')!.textContent).toContain('now reads “Plan: Beta Health, contract S1234”');
    await act(() => q<HTMLButtonElement>('[data-keep-mine]')!.click());
    expect(q('[data-email-draft-changed]')).toBeNull();
    expect(textarea().value).toBe('My own words.');
    expect(parseMailto(link().getAttribute('href')!).body).toBe('My own words.');
  });

  it('settings that load after the caseworker started typing fill nothing over their text', async () => {
    const early = draftEmail('F-will-not-close', { settings: { schemaVersion: 1 }, cases });
    await act(() => render(<EmailCard draft={early} known={known} />, mounted.el));
    await type(`${early.body}
Member 987654321A called.`);
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings, cases })} known={known} />, mounted.el));
    expect(textarea().value).toBe(`${early.body}
Member 987654321A called.`);
    expect(q('[data-phi-warning]')).not.toBeNull();
    expect(q('[data-email-draft-changed]')!.textContent).toContain('“Plan: Acme Health Plan, contract S1234” (was “Plan: [Plan name], contract [Contract number]”)');
  });

  it('without an edit, a late settings load simply shows the new draft', async () => {
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings: { schemaVersion: 1 }, cases })} known={known} />, mounted.el));
    const full = draftEmail('F-will-not-close', { settings, cases });
    await act(() => render(<EmailCard draft={full} known={known} />, mounted.el));
    expect(textarea().value).toBe(full.body);
    expect(q('[data-email-draft-changed]')).toBeNull();
  });

  it('SOP N.2: holds the N email back before 6 business days, saying from when', async () => {
    const extra = { userName: 'Sam Rivera', hpmsId: 'SRIV1', receiptConfirmedOn: '2026-11-09' };
    const draft = draftPopupEmail('N-access-follow-up', { settings, cases: [], extra, today: '2026-11-12' });
    await act(() => render(<EmailCard draft={draft} known={{}} />, mounted.el));
    expect(q('[data-email-held="2026-11-19"]')!.textContent).toContain('2026-11-19');
    expect(link().hasAttribute('href')).toBe(false);
  });
});

describe('EmailList', () => {
  it('an edit survives its card leaving and coming back (Press/Hill Yes, then No), per complaint', async () => {
    const edits = createEditStore();
    const draft = draftEmail('F-will-not-close', { settings, cases });
    const list = (drafts: typeof draft[], editScope = '123456789') =>
      act(() => render(<EmailList drafts={drafts} known={known} edits={edits} editScope={editScope} />, mounted.el));
    await list([draft]);
    await type('Kept while the card is away.');
    await list([]);
    expect(q('[data-email]')).toBeNull();
    await list([draft]);
    expect(textarea().value).toBe('Kept while the card is away.');
    await list([draft], '987654321');
    expect(textarea().value).toBe(draft.body);
  });


  it('renders one card per draft (SOP G.5.b, G.6)', async () => {
    const drafts = [draftEmail('G-critical-rd', { settings, cases }), draftEmail('G-integriguard', { settings, cases })];
    await act(() => render(<EmailList drafts={drafts} known={known} />, mounted.el));
    expect([...mounted.el.querySelectorAll('[data-email]')].map((e) => e.getAttribute('data-email'))).toEqual(['G-critical-rd', 'G-integriguard']);
    // No integriguard mailbox in these settings: that card says so, the other is ready.
    expect(q('[data-email="G-integriguard"] [data-email-missing]')).not.toBeNull();
    expect(q('[data-email="G-critical-rd"] a[data-mailto]')!.getAttribute('href')).toMatch(/^mailto:region-partd@example\.gov\?subject=CRITICAL%20RD%2C%20in%20CTM&/);
  });
});
