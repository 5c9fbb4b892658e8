import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { EmailComposer } from '../../../components/email/EmailComposer';
import { parseMailto } from '../../../lib/email/mailto';
import type { Settings } from '../../../lib/settings';
import { usePreactRoot } from '../preact-root';

const settings: Settings = {
  schemaVersion: 1,
  organization: 'Acme Health Plan',
  contracts: ['S1234', 'H5678'],
  caseworker: 'Jordan Lee',
  mailboxes: { leadRegionalOffice: 'lead-ro@example.gov' },
};

const mounted = usePreactRoot();

const q = <T extends Element>(selector: string) => mounted.el.querySelector<T>(selector);
const href = () => q<HTMLAnchorElement>('a[data-mailto]')!.getAttribute('href');
async function fill(key: string, value: string) {
  await act(() => {
    const el = q<HTMLInputElement>(`[data-email-field="${key}"]`)!;
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('EmailComposer (popup emails)', () => {
  it('SOP M.2: the access request is held until the required fields are filled, then links to CTMACCESS', async () => {
    const onExtraChange = vi.fn();
    await act(() => render(<EmailComposer templateId="M-access-request" settings={settings} onExtraChange={onExtraChange} />, mounted.el));
    expect(q('[data-email="M-access-request"] [data-email-to]')!.textContent).toBe('CTMACCESS@cms.hhs.gov');
    expect(href()).toBeNull();
    expect(q('[data-email-missing]')!.textContent).toContain("User's HPMS ID");
    await fill('userName', 'Sam Rivera');
    await fill('hpmsId', 'SRIV1');
    await fill('complianceOfficer', 'Alex Chen');
    expect(q('[data-email-missing]')).toBeNull();
    const mail = parseMailto(href()!);
    expect(mail.to).toBe('CTMACCESS@cms.hhs.gov');
    expect(mail.body).toContain("User's name: Sam Rivera\r\nHPMS ID: SRIV1");
    expect(onExtraChange).toHaveBeenLastCalledWith({ userName: 'Sam Rivera', hpmsId: 'SRIV1', complianceOfficer: 'Alex Chen' });
  });

  it('SOP N.2: the follow-up is offered only after 6 business days from the confirmation date', async () => {
    const extra = { userName: 'Sam Rivera', hpmsId: 'SRIV1' };
    await act(() => render(<EmailComposer templateId="N-access-follow-up" settings={settings} today="2026-11-18" initialExtra={extra} />, mounted.el));
    await fill('receiptConfirmedOn', '2026-11-09');
    expect(q('[data-email-held]')!.getAttribute('data-email-held')).toBe('2026-11-19');
    expect(href()).toBeNull();
    await fill('receiptConfirmedOn', '2026-11-02');
    expect(q('[data-email-held]')).toBeNull();
    expect(parseMailto(href()!).to).toBe('CTM@cms.hhs.gov');
  });

  it('SOP P.2: a general question goes to CTM@cms.hhs.gov; PHI typed in a field is caught', async () => {
    await act(() => render(<EmailComposer templateId="P-general-inquiry" settings={settings} />, mounted.el));
    await fill('question', 'Why can we not see complaint 123456789?');
    await fill('complaintIds', '123456789');
    expect(q('[data-phi-warning]')).toBeNull();
    expect(parseMailto(href()!).body).toContain('Complaint ID(s): 123456789');
    await fill('facts', 'Member MBI 1EG4-TE5-MK73');
    expect(q('[data-phi-warning]')!.textContent).toContain('an MBI');
    expect(href()).toBeNull();
  });

  it('no beneficiary is known in the popup: a phone number or an old date typed in the question is caught; the user’s own work phone is not', async () => {
    await act(() => render(<EmailComposer templateId="P-general-inquiry" settings={settings} today="2026-12-05" />, mounted.el));
    await fill('question', 'Why is complaint 123456789 still open?');
    expect(q('[data-phi-warning]')).toBeNull();
    await fill('facts', 'She asked us to call 410-555-0100.');
    expect(q('[data-phi-warning]')!.textContent).toContain('a phone number');
    expect(href()).toBeNull();
    await fill('facts', 'Seen 03/04/1948.');
    expect(q('[data-phi-warning]')!.textContent).toContain('shaped like a date of birth');
    render(null, mounted.el);
    await act(() => render(<EmailComposer templateId="M-access-request" settings={settings} />, mounted.el));
    await fill('userPhone', '410-555-0100');
    expect(q('[data-phi-warning]')).toBeNull();
  });

  it('SOP F.4: one email listing every tracked case worked as F that the user ticks, each with its own caseworker', async () => {
    const tracked = [
      { complaintId: '111111', contractNumber: 'S1234', caseworker: 'Pat Kim' },
      { complaintId: '222222', contractNumber: 'H5678' },
      { complaintId: '333333', contractNumber: 'S1234', caseworker: 'Robin Fox' },
    ];
    await act(() => render(<EmailComposer templateId="F-will-not-close" settings={settings} selectableCases={tracked} />, mounted.el));
    expect(q('[data-email-missing]')!.textContent).toContain('Complaint ID');
    for (const id of ['111111', '222222']) {
      await act(() => q<HTMLInputElement>(`[data-select-case="${id}"]`)!.click());
    }
    const body = q<HTMLTextAreaElement>('textarea[data-email-body]')!.value;
    expect(body).toContain('Complaint ID 111111, caseworker in CTM: Pat Kim');
    // SOP F.4.b: not the user's own name in place of the caseworker shown in CTM.
    expect(body).toContain('Complaint ID 222222, caseworker in CTM: [caseworker name]');
    expect(body).not.toContain('333333');
    expect(body).toContain('contract S1234, H5678');
    expect(href()).toBeNull();
  });

  it('SOP F.4: a case not worked as F joins only after a confirmation that names it', async () => {
    const tracked = [
      { complaintId: '111111', contractNumber: 'S1234', caseworker: 'Pat Kim' },
      { complaintId: '444444', contractNumber: 'S1234', caseworker: 'Robin Fox', notFit: 'worked as scenario D' },
    ];
    await act(() =>
      render(<EmailComposer templateId="F-will-not-close" settings={settings} selectableCases={tracked} initialSelected={['111111', '444444']} />, mounted.el),
    );
    const body = () => q<HTMLTextAreaElement>('textarea[data-email-body]')!.value;
    expect(q('[data-select-case="444444"]')).toBeNull();
    expect(body()).toContain('111111');
    expect(body()).not.toContain('444444');
    const confirm = q('[data-confirm-cases]')!;
    expect(confirm.textContent).toContain('Complaint 444444 (worked as scenario D)');
    await act(() => q<HTMLButtonElement>('[data-confirm-leave-out]')!.click());
    expect(q('[data-confirm-cases]')).toBeNull();
    expect(q<HTMLInputElement>('[data-select-other-case="444444"]')!.checked).toBe(false);
    await act(() => q<HTMLInputElement>('[data-select-other-case="444444"]')!.click());
    expect(body()).not.toContain('444444');
    await act(() => q<HTMLButtonElement>('[data-confirm-include]')!.click());
    expect(body()).toContain('Complaint ID 444444, caseworker in CTM: Robin Fox');
    expect(q('[data-confirm-cases]')).toBeNull();
  });
});
