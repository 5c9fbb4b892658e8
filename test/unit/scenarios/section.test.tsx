/**
 * The scenario section as a caseworker uses it: the page changes (typing, boxes, dates), the
 * suggestion, checklist and keep-open warning follow.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScenarioSection } from '../../../components/scenarios';
import type { CaseFacts } from '../../../lib/case';
import type { CaseLetter } from '../../../lib/sop';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

interface Page {
  facts: CaseFacts;
  currentEntry?: string;
  noteToPlan?: string;
  summary?: string;
  pageErrors?: string[];
}

/** Stands in for the panel: keeps the pick and the ticks. */
function Harness({ page }: { page: Page }) {
  const [picked, setPicked] = useState<CaseLetter | undefined>(undefined);
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  return (
    <ScenarioSection
      {...page}
      pageErrors={page.pageErrors ?? []}
      ownContracts={['S1234']}
      picked={picked}
      ticks={ticks}
      onPick={setPicked}
      onTick={(id, done) => setTicks((t) => ({ ...t, [id]: done }))}
    />
  );
}

const show = (page: Page) => act(() => render(<Harness page={page} />, root));
const state = (id: string) => root.querySelector<HTMLElement>(`[data-step="${id}"]`)?.dataset.state;
const activeScenario = () => root.querySelector<HTMLElement>('[data-scenario][data-active="true"]')?.dataset.scenario;
const base: CaseFacts = { complaintId: '555', contractNumber: 'S1234', issueLevel: 'none', category: 'Benefits' };

describe('ScenarioSection', () => {
  it('SOP D: suggests D for a Part B summary, and the checklist follows typing and the indicator', async () => {
    await show({ facts: base, summary: 'Part B denied the knee brace.' });
    expect(activeScenario()).toBe('D');
    expect(root.querySelector('[data-scenario="D"][data-rank="1"]')?.textContent).toContain('The summary mentions Part B');
    expect(state('D.1.a')).toBe('todo');
    await show({ facts: base, summary: 'Part B denied the knee brace.', currentEntry: 'CTM Case Not Part D' });
    expect(state('D.1.a')).toBe('done');
    await show({ facts: { ...base, reassignmentRequested: true, reassignmentReason: 'category' }, summary: 'Part B denied the knee brace.', currentEntry: 'CTM Case Not Part D' });
    expect(state('D.2')).toBe('done');
  });

  it('ticks a manual step by hand, and it stays ticked while the page changes', async () => {
    const page = { facts: base, summary: 'Part B denied the knee brace.' };
    await show(page);
    await act(() => root.querySelector<HTMLInputElement>('[data-step="D.1.b"] input')!.click());
    expect(state('D.1.b')).toBe('done');
    await show({ ...page, currentEntry: 'more text' });
    expect(state('D.1.b')).toBe('done');
  });

  it('picking another scenario makes it active with its own checklist', async () => {
    await show({ facts: base, summary: 'Part B denied the knee brace.' });
    await act(() => root.querySelector<HTMLButtonElement>('[data-pick-scenario="I"]')!.click());
    expect(activeScenario()).toBe('I');
    expect(root.querySelector('[data-step="I.2"]')).not.toBeNull();
    expect(root.querySelector('[data-step="D.1.a"]')).toBeNull();
  });

  it('SOP L.5: a resolution date on a Congressional case shows the keep-open warning and blocks L.5', async () => {
    await show({ facts: { ...base, pressOrHillInterest: 'yes' } });
    expect(root.querySelector('[data-keep-open-warning]')).toBeNull();
    expect(state('L.5')).toBe('done');
    await show({ facts: { ...base, pressOrHillInterest: 'yes', resolutionDate: '2026-03-02' } });
    expect(activeScenario()).toBe('L');
    expect(root.querySelector('[data-keep-open-warning]')?.textContent).toContain('L.5');
    expect(state('L.5')).toBe('blocked');
  });

  it('SOP E: closing is no problem in E, so no warning', async () => {
    await show({ facts: { ...base, resolutionDate: '2026-03-02', disposition: 'resolved' } });
    expect(activeScenario()).toBe('E');
    expect(root.querySelector('[data-keep-open-warning]')).toBeNull();
  });

  it('SOP A.4: a Note to Plan where the RO disagreed shows the notice', async () => {
    await show({ facts: base, noteToPlan: 'RO disagrees with reassignment request; complaint belongs to this contract.' });
    expect(root.querySelector('[data-ro-disagreed]')).not.toBeNull();
  });

  it('with no signal, suggests nothing and has no checklist until one is picked', async () => {
    await show({ facts: base });
    expect(root.textContent).toContain('No scenario suggested; pick one.');
    expect(root.querySelector('[data-step]')).toBeNull();
    await act(() => root.querySelector<HTMLButtonElement>('[data-pick-scenario="C"]')!.click());
    expect(root.querySelector('[data-scenario="C"][data-active="true"]')).not.toBeNull();
    expect(state('C.3')).toBe('done');
  });
});
