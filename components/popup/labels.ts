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
// Due moments are mostly ends of days, so a long list shares a few dozen texts: format each once.
const formatted = new Map<string, string>();

/** "Wed, Nov 4, 11:59 PM EST" in the plan's time zone. */
export function formatDue(ms: number, timeZone: string): string {
  const key = `${timeZone}|${ms}`;
  const hit = formatted.get(key);
  if (hit !== undefined) return hit;
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
  const text = f.format(ms);
  if (formatted.size > 5000) formatted.clear();
  formatted.set(key, text);
  return text;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Jun 2, 2026" in the plan's time zone. */
export function formatDay(ms: number, timeZone: string): string {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric', year: 'numeric' });
    dayFormatters.set(timeZone, f);
  }
  return f.format(ms);
}
