import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { EmailCard } from '../../../components/email/EmailCard';
import { EmailList } from '../../../components/email/EmailList';
import { draftPopupEmail } from '../../../lib/email/popup-draft';
import { draftEmail } from '../../../lib/email/draft';
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

  it('keeps the caseworker’s edits when re-rendered with an equal draft, resets on a new one', async () => {
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings, cases })} known={known} />, mounted.el));
    await type('edited');
    await act(() => render(<EmailCard draft={draftEmail('F-will-not-close', { settings, cases })} known={known} />, mounted.el));
    expect(textarea().value).toBe('edited');
    const other = draftEmail('F-will-not-close', { settings, cases: [...cases, { complaintId: '222' }] });
    await act(() => render(<EmailCard draft={other} known={known} />, mounted.el));
    expect(textarea().value).toBe(other.body);
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
  it('renders one card per draft (SOP G.5.b, G.6)', async () => {
    const drafts = [draftEmail('G-critical-rd', { settings, cases }), draftEmail('G-integriguard', { settings, cases })];
    await act(() => render(<EmailList drafts={drafts} known={known} />, mounted.el));
    expect([...mounted.el.querySelectorAll('[data-email]')].map((e) => e.getAttribute('data-email'))).toEqual(['G-critical-rd', 'G-integriguard']);
    // No integriguard mailbox in these settings: that card says so, the other is ready.
    expect(q('[data-email="G-integriguard"] [data-email-missing]')).not.toBeNull();
    expect(q('[data-email="G-critical-rd"] a[data-mailto]')!.getAttribute('href')).toMatch(/^mailto:region-partd@example\.gov\?subject=CRITICAL%20RD%2C%20in%20CTM&/);
  });
});
