/**
 * The popup marks the moment its rows are first shown (User Timing), once per page: `npm run
 * bench` times the real toolbar popup by that mark, so it must be made when the rows are there.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeadlineList } from '../../../components/popup/DeadlineList';
import { ROWS_SHOWN_MARK } from '../../../components/popup/DeadlineRows';
import { trackedCase as tc } from '../../fixtures/tracked-case';
import { deadlineListProps } from './deadline-list-props';

const marks = () => performance.getEntriesByName(ROWS_SHOWN_MARK) as PerformanceMark[];

// Marks are the page's, not the test's: another file in the same page may have left some.
beforeEach(() => performance.clearMarks());
afterEach(() => render(null, document.body));

describe('the rows-shown mark', () => {
  it('is made once, when the first rows are in the list, with their count', () => {
    render(<DeadlineList {...deadlineListProps([])} />, document.body);
    expect(marks()).toHaveLength(0);
    render(<DeadlineList {...deadlineListProps([tc('100'), tc('200'), tc('300')])} />, document.body);
    expect(marks()).toHaveLength(1);
    expect(marks()[0]?.detail).toEqual({ rows: 3 });
    expect(document.querySelectorAll('[data-case]')).toHaveLength(3);
    render(<DeadlineList {...deadlineListProps([tc('100'), tc('400')])} />, document.body);
    expect(marks()).toHaveLength(1);
  });
});
