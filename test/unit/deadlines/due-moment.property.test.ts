import fc from 'fast-check';
import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dueMoment } from '../../../lib/deadlines/due-moment';

const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico'];

describe('due moment, for any date, level and zone (DOMAIN.md "Due moments")', () => {
  it('is 23:59:59 local time on assignment date + budget, with the offset in force then', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('immediate-need', 'urgent', 'none') ,
        fc.constantFrom(...ZONES),
        (date, level, zone) => {
          const assigned = date.toISOString().slice(0, 10);
          const r = dueMoment({ assignedDate: assigned, issueLevel: level, timeZone: zone });
          if (!r.ok) return false;
          const local = new TZDate(r.ms, zone);
          expect(format(local, 'HH:mm:ss')).toBe('23:59:59');
          expect(r.iso.slice(0, 10)).toBe(format(addDays(parseISO(assigned), r.budget.days), 'yyyy-MM-dd'));
          expect(differenceInCalendarDays(parseISO(r.iso.slice(0, 10)), parseISO(assigned))).toBe(r.budget.days);
          expect(Date.parse(r.iso)).toBe(r.ms);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
