import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ComplaintHistory } from '../../../lib/history/case-history';
import { isStoredComplaintHistory } from '../../../lib/history/history-shape';
import { syntheticHistory } from '../../fixtures/case-history';

const stored = Object.values(syntheticHistory(40, '2026-11'));

describe('the cheap check of a stored complaint history', () => {
  it('accepts what the background writes', () => {
    for (const h of stored) expect(isStoredComplaintHistory(h)).toBe(true);
  });

  it('never accepts what the schema rejects: mutated keys, values and events', () => {
    const values = fc.oneof(fc.constantFrom<unknown>(undefined, null, '', 'x', 1, [], {}, '2026-13-45', 'S123', '2026-11-02T14:00:00Z', 'urgent', 'Z', 'closed', 'category'), fc.anything());
    const keys = fc.constantFrom('contract', 'received', 'assigned', 'events', 'note', 't', 'at', 'level', 'scenario', 'reason', 'date', 'status', '__proto__', 'constructor');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: stored.length - 1 }), fc.nat(), keys, values, fc.boolean(), (which, eventIndex, key, value, onEvent) => {
        const h = structuredClone(stored[which]!) as Record<string, unknown> & { events: Record<string, unknown>[] };
        const target = onEvent ? h.events[eventIndex % h.events.length]! : h;
        target[key] = value;
        if (isStoredComplaintHistory(h)) expect(ComplaintHistory.safeParse(h).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves unusual but valid forms to the schema (an instant with an offset)', () => {
    const h = { events: [{ t: 'seen', at: '2026-11-02T09:00:00-05:00' }] };
    expect(isStoredComplaintHistory(h)).toBe(false);
    expect(ComplaintHistory.safeParse(h).success).toBe(true);
  });
});
