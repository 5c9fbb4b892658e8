/** A tracked case as the alerts see it: open and counting unless the test says otherwise. */
import type { AlertCase } from '../../../lib/deadlines/alerts';

export const alertCase = (id: string, dueMs: number | undefined, extra: Partial<AlertCase> = {}): AlertCase => ({
  complaintId: id,
  dueMs,
  clock: 'running',
  active: true,
  ...extra,
});
