/** DeadlineList props for popup tests: the given rows at a fixed moment in New York, every handler a mock. */
import { vi } from 'vitest';
import type { DeadlineListProps } from '../../../components/popup/DeadlineList';
import { deadlineRows } from '../../../lib/tracking/deadline-row';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';

export const NY = 'America/New_York';
export const LIST_NOW = Date.parse('2026-06-03T16:00:00Z');

export function deadlineListProps(cases: readonly TrackedCase[], overrides: Partial<DeadlineListProps> = {}): DeadlineListProps {
  const now = overrides.now ?? LIST_NOW;
  return {
    cases: deadlineRows([...cases], { now, timeZone: NY }),
    now,
    timeZone: NY,
    filter: 'all',
    onFilter: vi.fn(),
    onOpen: vi.fn(),
    onDone: vi.fn(),
    onUndo: vi.fn(),
    selected: new Set(),
    onSelect: vi.fn(),
    onEmailSelected: vi.fn(),
    onExportCsv: vi.fn(),
    onExportIcs: vi.fn(),
    ...overrides,
  };
}
