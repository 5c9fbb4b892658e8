/**
 * SOP G.4: the RD path on the panel. CTM Assist's suggestion is shown with its reasons and
 * provenance; both paths stay until one click confirms one; the choice can be changed or withdrawn.
 */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Checklist } from '../../../components/scenarios/Checklist';
import { checklistFor } from '../../../lib/checklist/checklist';
import { branchChoice } from '../../../lib/sop/case-scenarios';
import type { CaseFacts } from '../../../lib/case';
import type { RdBranch } from '../../../lib/sop';
import { usePreactRoot } from '../preact-root';

const mounted = usePreactRoot();
const all = (selector: string) => [...mounted.el.querySelectorAll<HTMLElement>(selector)];
const one = (selector: string) => {
  const found = mounted.el.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
};

const rd: CaseFacts = { complaintId: '4100707', category: 'Retroactive Disenrollment', contractNumber: 'H5678', issueLevel: 'immediate-need' };

function show(confirmed?: RdBranch, onConfirm = vi.fn()) {
  const branch = branchChoice('G', { facts: rd, confirmed });
  const steps = checklistFor('G', { facts: rd, pageErrors: [], ticks: {}, branch });
  render(<Checklist scenario="G" steps={steps} onTick={() => {}} branch={branch} onConfirmBranch={onConfirm} />, mounted.el);
  return onConfirm;
}

describe('the RD path choice in the checklist (SOP G.4)', () => {
  it('shows the suggestion in words with its reason and provenance, after G.4.b and before G.5; both paths listed', () => {
    show();
    const choice = one('[data-branch-choice]');
    expect(choice.dataset.suggested).toBe('critical');
    expect(choice.hasAttribute('data-confirmed')).toBe(false);
    const suggestion = one('[data-branch-suggestion]');
    expect(suggestion.dataset.provenance).toBe('ctm-assist');
    expect(suggestion.textContent).toBe('CTM Assist suggests: critical RD, because the issue level is Immediate Need, always critical (SOP G.4).');
    const order = all('.ctm-steps > li').map((li) => li.dataset.step ?? 'choice');
    expect(order.slice(0, 7)).toEqual(['G.1', 'G.2', 'G.3', 'G.4', 'G.4.a', 'G.4.b', 'choice']);
    expect(order).toEqual(expect.arrayContaining(['G.5.a', 'G.6.a', 'G.6.d']));
    expect(all('[data-confirm-branch]').map((b) => [b.dataset.confirmBranch, b.getAttribute('aria-pressed')])).toEqual([
      ['critical', 'false'],
      ['non-critical', 'false'],
    ]);
  });

  it('one click confirms a path; clicking the confirmed one again withdraws it', () => {
    const onConfirm = show();
    one('[data-confirm-branch="non-critical"]').click();
    expect(onConfirm).toHaveBeenLastCalledWith('non-critical');
    show('non-critical', onConfirm);
    expect(one('[data-branch-choice]').dataset.confirmed).toBe('non-critical');
    expect(one('[data-confirm-branch="non-critical"]').getAttribute('aria-pressed')).toBe('true');
    expect(all('[data-step="G.5.a"]')).toHaveLength(0);
    expect(one('[data-step="G.4"]').dataset.state).toBe('done');
    one('[data-confirm-branch="non-critical"]').click();
    expect(onConfirm).toHaveBeenLastCalledWith(null);
    one('[data-confirm-branch="critical"]').click();
    expect(onConfirm).toHaveBeenLastCalledWith('critical');
  });

  it('a scenario without paths shows no choice', () => {
    const steps = checklistFor('H', { facts: {}, pageErrors: [], ticks: {} });
    render(<Checklist scenario="H" steps={steps} onTick={() => {}} branch={{}} onConfirmBranch={() => {}} />, mounted.el);
    expect(all('[data-branch-choice]')).toHaveLength(0);
  });
});
