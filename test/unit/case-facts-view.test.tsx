/** The panel's Case facts section on pages that try to mislead: conflicts and absurd values. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CaseFactsView } from '../../components/CaseFactsView';
import { readCase } from '../../lib/page/read-case';
import { parseHtml } from './parse-html';
import { usePreactRoot } from './preact-root';

const WEBFORMS = readFileSync(resolve(__dirname, '../fixtures/ctm/webforms-table.html'), 'utf8');
const HEAD_ROW = '<tr><td colspan="4" class="SectionHead">Complaint Information</td></tr>';
const mounted = usePreactRoot();

function show(html: string): HTMLElement {
  render(<CaseFactsView snapshot={readCase(parseHtml(html).body).snapshot} />, mounted.el);
  return mounted.el;
}

describe('CaseFactsView', () => {
  it('a field with two values shows both, marked data-field-conflict, and no value', () => {
    const el = show(WEBFORMS.replace(HEAD_ROW, `<tr><td>Complaint ID: 4199999</td></tr><tr><td>Date Received: 11/09/2026</td></tr>${HEAD_ROW}`));
    const id = el.querySelector('[data-field-conflict="complaintId"]')!;
    expect(id.textContent).toBe('The page shows different values: 4199999 and 4012345. Neither is used.');
    expect(el.querySelector('[data-field="complaintId"]')).toBeNull();
    expect(el.querySelector('[data-field-conflict="receivedDate"]')!.textContent).toContain('11/09/2026 and 11/02/2026');
    expect(el.querySelector('[data-field="issueLevel"]')!.getAttribute('data-value')).toBe('immediate-need');
  });

  it('a conflict in a field without a hook of its own is listed too', () => {
    const el = show(WEBFORMS.replace(HEAD_ROW, `<tr><td>Requested Issue Level: Urgent</td></tr><tr><td>Requested Issue Level: None</td></tr>${HEAD_ROW}`));
    expect(el.querySelector('[data-field-conflict="requestedIssueLevel"]')!.textContent).toBe(
      'Requested Issue Level: The page shows different values: Urgent and None. Neither is used.',
    );
  });

  it('a 40,000-character caseworker and beneficiary name: said to be too long, never shown', () => {
    const long = 'Q'.repeat(40_000);
    const el = show(WEBFORMS.replace('>Jordan Lee<', `>${long}<`).replace('>Pat Q. Example<', `>${long}<`));
    expect(el.querySelector('[data-field-malformed="caseworker"]')!.textContent).toBe('Could not read: longer than 200 characters, so not used');
    expect(el.querySelector('[data-field-malformed="beneficiaryName"]')!.textContent).toBe(
      'Beneficiary Name: longer than 200 characters, so not used (the email check cannot look for it in drafts)',
    );
    expect(el.textContent).not.toContain('QQQ');
  });
});
