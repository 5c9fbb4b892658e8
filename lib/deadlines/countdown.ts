/** Human countdown to a due moment: "due in 5 h", "due in 2 d 3 h", "overdue by 2 d". */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function duration(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.floor(ms / MINUTE))} min`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`;
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  return hours > 0 && days < 3 ? `${days} d ${hours} h` : `${days} d`;
}

export function countdown(dueMs: number, now: number): string {
  return dueMs >= now ? `due in ${duration(dueMs - now)}` : `overdue by ${duration(now - dueMs)}`;
}
