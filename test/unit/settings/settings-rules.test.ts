/** The settings rules README "Settings" states, each as a caseworker would meet it on import. */
import { describe, expect, it } from 'vitest';
import { validateSettings } from '../../../lib/settings';

const check = (fields: Record<string, unknown>) => validateSettings({ schemaVersion: 1, ...fields });

describe('settings a caseworker imports', () => {
  it('accepts a contract number that starts with 9 (a type letter H, R, S, E, F, X or 9)', () => {
    expect(check({ contracts: ['90123', 's1234'] })).toEqual({ ok: true, settings: { schemaVersion: 1, contracts: ['90123', 'S1234'] } });
  });

  it('refuses a mailbox without a dot in the domain, such as lead-ro@localhost', () => {
    const result = check({ mailboxes: { leadRegionalOffice: 'lead-ro@localhost' } });
    expect(!result.ok && result.errors).toEqual([
      'mailboxes.leadRegionalOffice: is not a plain email address (name@example.gov: one address, no spaces, commas, angle brackets, ? or &, and a dot in the domain).',
    ]);
  });

  it('accepts a plain address with a dotted domain and keeps it as typed', () => {
    expect(check({ mailboxes: { leadRegionalOffice: 'lead-ro@cms.hhs.gov' } })).toEqual({
      ok: true,
      settings: { schemaVersion: 1, mailboxes: { leadRegionalOffice: 'lead-ro@cms.hhs.gov' } },
    });
  });

  it.each(['organization', 'caseworker'])('refuses an %s of only spaces as empty, rather than saving a blank name', (key) => {
    const result = check({ [key]: '    ' });
    expect(!result.ok && result.errors).toEqual([`${key}: is empty.`]);
  });

  it('keeps an organization name without the spaces around it', () => {
    expect(check({ organization: '  Acme Health Plan  ' })).toEqual({ ok: true, settings: { schemaVersion: 1, organization: 'Acme Health Plan' } });
  });
});
