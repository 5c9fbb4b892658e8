import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween, isBusinessDay, isFederalHoliday } from '../../../lib/deadlines/business-days';

describe('business days skip weekends and observed US federal holidays (DOMAIN.md, 5 U.S.C. 6103)', () => {
  it('observes Saturday July 4, 2026 on Friday July 3', () => {
    expect(isFederalHoliday('2026-07-03')).toBe(true);
    expect(isBusinessDay('2026-07-03')).toBe(false);
    // Thursday July 2 + 1 business day skips Fri (observed), Sat, Sun → Monday July 6.
    expect(addBusinessDays('2026-07-02', 1)).toBe('2026-07-06');
  });

  it('observes Sunday July 4, 2027 on Monday July 5', () => {
    expect(isFederalHoliday('2027-07-05')).toBe(true);
    expect(addBusinessDays('2027-07-02', 1)).toBe('2027-07-06');
  });

  it('observes Christmas 2027 (Saturday) on Friday Dec 24 and New Year 2028 (Saturday) on Friday Dec 31, 2027', () => {
    expect(isFederalHoliday('2027-12-24')).toBe(true);
    expect(isFederalHoliday('2027-12-31')).toBe(true);
    expect(addBusinessDays('2027-12-23', 1)).toBe('2027-12-27');
    expect(addBusinessDays('2027-12-30', 1)).toBe('2028-01-03');
  });

  it('treats an ordinary weekday as a business day and weekends as not', () => {
    expect(isBusinessDay('2026-07-07')).toBe(true);
    expect(isBusinessDay('2026-07-11')).toBe(false);
    expect(isBusinessDay('2026-07-12')).toBe(false);
  });

  it('counts Thanksgiving week correctly', () => {
    // Thanksgiving 2026 is Thursday Nov 26.
    expect(addBusinessDays('2026-11-23', 5)).toBe('2026-12-01');
    expect(businessDaysBetween('2026-11-23', '2026-12-01')).toBe(5);
  });
});
