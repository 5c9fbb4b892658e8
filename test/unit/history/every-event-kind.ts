/** Every history event kind as the background writes it, with and without its optional value, and each status. */
export const EVENT_AT = '2026-11-02T14:00:00.000Z';

export const EVERY_EVENT_KIND = [
  { t: 'seen', at: EVENT_AT },
  { t: 'level', at: EVENT_AT, level: 'immediate-need' },
  { t: 'level', at: EVENT_AT, level: 'urgent' },
  { t: 'level', at: EVENT_AT, level: 'none' },
  { t: 'scenario', at: EVENT_AT, scenario: 'A' },
  { t: 'scenario', at: EVENT_AT, scenario: 'P' },
  { t: 'reassign', at: EVENT_AT, reason: 'another-plan' },
  { t: 'reassign', at: EVENT_AT, reason: 'cms-issue' },
  { t: 'reassign', at: EVENT_AT },
  { t: 'reassign-end', at: EVENT_AT },
  { t: 'pause', at: EVENT_AT },
  { t: 'resume', at: EVENT_AT },
  { t: 'resolution', at: EVENT_AT, date: '2026-11-09' },
  { t: 'resolution', at: EVENT_AT },
  { t: 'status', at: EVENT_AT, status: 'open' },
  { t: 'status', at: EVENT_AT, status: 'closed' },
  { t: 'status', at: EVENT_AT, status: 'left-plan' },
  { t: 'status', at: EVENT_AT, status: 'done' },
];
