/**
 * The "do not close" warning as the caseworker reads it (KeepOpenWarning, and the question before
 * the form is submitted): the scenario, the step to cite, who must act first, and when closing is
 * right after all.
 */
import { describe, expect, it } from 'vitest';
import { closingSignal, isSetToClose, keepOpenConfirmQuestion, keepOpenMessage, keepOpenStep } from '../../../lib/checklist/closing';
import { open } from './helpers';

describe('the keep-open warning, word for word', () => {
  it('a scenario without paths cites its one step and says the RO must act first', () => {
    expect(keepOpenStep('L')).toBe('L.5');
    expect(keepOpenMessage('L')).toBe('The SOP says do NOT close this case in CTM (Scenario L, CIS or Congressional case, step L.5): the RO must act on the request first.');
  });

  it('the submit question is the warning, then "Submit anyway?"', () => {
    expect(keepOpenConfirmQuestion('A')).toBe(
      'The SOP says do NOT close this case in CTM (Scenario A, Complaint belongs to another plan, step A.3): the RO must act on the request first. Submit anyway?',
    );
  });

  it('a scenario that never says keep open names no step', () => {
    expect(keepOpenStep('E')).toBeUndefined();
    expect(keepOpenMessage('E')).toBe('The SOP says do NOT close this case in CTM (Scenario E, Resolved, beneficiary not yet notified): the RO must act on the request first.');
  });

  it('RD before a path is confirmed: both steps, each path’s own wait, and both ways it may close', () => {
    expect(keepOpenStep('G')).toBe('G.5.c');
    expect(keepOpenMessage('G')).toBe(
      'The SOP says do NOT close this case in CTM (Scenario G, Retroactive disenrollment (RD), steps G.5.c, G.6.a): ' +
        'critical RD: the RO must act on the request first; non-critical RD: IntegriGuard must resolve the RD and tell the plan first (G.6.d). ' +
        'Close it only if the RD request is not valid and resolved (G.2), or IntegriGuard has resolved it (G.6.d).',
    );
  });

  it('RD on a confirmed path: that path’s step and wait only', () => {
    expect(keepOpenStep('G', 'critical')).toBe('G.5.c');
    expect(keepOpenMessage('G', 'critical')).toBe(
      'The SOP says do NOT close this case in CTM (Scenario G, Retroactive disenrollment (RD), step G.5.c): the RO must act on the request first.',
    );
    expect(keepOpenStep('G', 'non-critical')).toBe('G.6.a');
    expect(keepOpenMessage('G', 'non-critical')).toBe(
      'The SOP says do NOT close this case in CTM (Scenario G, Retroactive disenrollment (RD), step G.6.a): ' +
        'IntegriGuard must resolve the RD and tell the plan first (G.6.d). Close it only if IntegriGuard has told you the RD is resolved (G.6.d).',
    );
  });

  it('what sets the case to close, in the words the warning quotes; an open or unresolved case is not', () => {
    expect(closingSignal({ ...open, resolutionDate: '2026-03-01', disposition: 'resolved' })).toBe('a resolution date is entered');
    expect(closingSignal({ ...open, disposition: 'resolved' })).toBe('the disposition is Resolved');
    expect(closingSignal({ ...open, disposition: 'closed' })).toBe('the disposition is Closed');
    expect(closingSignal({ ...open, disposition: 'unresolved' })).toBeUndefined();
    expect(isSetToClose(open)).toBe(false);
  });
});
