/** Words the popup views show for codes. */
import type { IssueLevel } from '../../lib/case';
import type { ClockState } from '../../lib/deadlines/clock';

export const ISSUE_LEVEL_LABEL: Record<IssueLevel, string> = {
  'immediate-need': 'Immediate Need',
  urgent: 'Urgent',
  none: 'No issue level',
};

export const CLOCK_LABEL: Record<ClockState, string> = {
  running: 'Clock running',
  paused: 'Clock paused: waiting for CMS',
  stopped: 'Clock stopped',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Wed, Nov 4, 11:59 PM EST" in the plan's time zone. */
export function formatDue(ms: number, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f.format(ms);
}
