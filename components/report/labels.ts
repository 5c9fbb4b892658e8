/** Words for the report's codes. */
import type { IssueLevel } from '../../lib/case';
import { duration } from '../../lib/deadlines/countdown';

export const LEVEL_NAMES: Record<IssueLevel, string> = { 'immediate-need': 'Immediate Need', urgent: 'Urgent', none: 'No issue level' };

/** "—" for nothing, else "2 d 3 h". */
export function span(ms: number | undefined): string {
  return ms === undefined || ms <= 0 ? '—' : duration(ms);
}
