/**
 * What the reassignment indicator already says (SOP A.2, B.2, C.2, D.2, G.5.a, H.2, I.2, J.2,
 * L.4). A reason shared by several scenarios backs those already signalled, and otherwise
 * suggests the one that has no other signal (C for a CMS issue, I for a category).
 */
import type { CaseFacts } from '../case';
import type { Tally } from './tally';
import { WEIGHT } from './tally';

export function reassignmentSignals(facts: CaseFacts, tally: Tally): void {
  if (facts.reassignmentRequested === true) {
    switch (facts.reassignmentReason) {
      case 'another-plan': {
        // A.2 and B.2 share the reason: with a subsidiary signal it backs both alike, so
        // checking the box never flips a B case to A while the caseworker works it.
        const reason = 'The reassignment box is checked: belongs to another plan';
        if (tally.has('B')) {
          tally.add('B', WEIGHT.corroboration, reason);
          tally.add('A', WEIGHT.corroboration, reason);
        } else {
          tally.add('A', WEIGHT.indicator, reason);
        }
        break;
      }
      case 'cms-issue': {
        const reason = 'The reassignment box is checked: CMS issue';
        const backed = (['L', 'G', 'H'] as const).filter((letter) => tally.has(letter));
        for (const letter of backed) tally.add(letter, WEIGHT.corroboration, reason);
        tally.add('C', backed.length ? WEIGHT.corroboration : WEIGHT.indicatorShared, reason);
        break;
      }
      case 'category': {
        const reason = 'The reassignment box is checked: requires category reassignment';
        if (tally.has('D')) tally.add('D', WEIGHT.corroboration, reason);
        tally.add('I', tally.has('D') ? WEIGHT.corroboration : WEIGHT.indicatorShared, reason);
        break;
      }
      case 'issue-level':
        tally.add('J', WEIGHT.indicator, 'The reassignment box is checked: requires issue level reassignment');
        break;
      default:
        break;
    }
  }
  // SOP D.3, I.3 and J.3: a requested category or issue level is already chosen.
  if (facts.requestedCategory) {
    const reason = `A requested complaint category is chosen ("${facts.requestedCategory}")`;
    if (tally.has('D')) tally.add('D', WEIGHT.corroboration, reason);
    tally.add('I', WEIGHT.corroboration, reason);
  }
  if (facts.requestedIssueLevel) tally.add('J', WEIGHT.indicatorShared, 'A requested issue level is chosen');
}
