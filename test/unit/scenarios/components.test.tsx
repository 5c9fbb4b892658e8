import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Checklist } from '../../../components/scenarios/Checklist';
import { KeepOpenWarning } from '../../../components/scenarios/KeepOpenWarning';
import { RoDisagreedNotice } from '../../../components/scenarios/RoDisagreedNotice';
import { ScenarioGuide } from '../../../components/scenarios/ScenarioGuide';
import { ScenarioList } from '../../../components/scenarios/ScenarioList';
import { checklistFor } from '../../../lib/checklist/checklist';
import type { ScenarioMatch } from '../../../lib/detect/types';
import { usePreactRoot } from '../preact-root';

const mounted = usePreactRoot();
const all = (selector: string) => [...mounted.el.querySelectorAll<HTMLElement>(selector)];
const one = (selector: string) => {
  const found = mounted.el.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
};

const matches: ScenarioMatch[] = [
  { scenario: 'L', score: 100, reasons: ['Press or Hill Interest is Yes'] },
  { scenario: 'G', score: 90, reasons: ['Category is "Retroactive Disenrollment": a retroactive disenrollment'] },
];

describe('ScenarioList', () => {
  it('renders each suggestion with its rank, reasons and title; the active one marked', () => {
    render(<ScenarioList matches={matches} active="L" onPick={() => {}} />, mounted.el);
    const suggested = all('[data-scenario][data-rank]');
    expect(suggested.map((el) => [el.dataset.scenario, el.dataset.rank, el.dataset.active])).toEqual([
      ['L', '1', 'true'],
      ['G', '2', 'false'],
    ]);
    expect(one('[data-scenario="L"]').textContent).toContain('Press or Hill Interest is Yes');
    expect(one('[data-scenario="L"]').textContent).toContain('CIS or Congressional case');
  });

  it('offers every case scenario A–L as a button; clicking one picks it', () => {
    const onPick = vi.fn();
    render(<ScenarioList matches={matches} active="L" onPick={onPick} />, mounted.el);
    const buttons = all('button[data-pick-scenario]');
    expect(buttons.map((b) => b.dataset.pickScenario)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L']);
    expect(all('[data-pick-scenario="M"]')).toHaveLength(0);
    one('[data-pick-scenario="C"]').click();
    expect(onPick).toHaveBeenCalledWith('C');
    expect(one('[data-pick-scenario="L"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows a picked scenario that was not suggested as active, without a rank', () => {
    render(<ScenarioList matches={matches} active="C" onPick={() => {}} />, mounted.el);
    const active = all('[data-active="true"]');
    expect(active).toHaveLength(1);
    expect(active[0]?.dataset.scenario).toBe('C');
    expect(active[0]?.hasAttribute('data-rank')).toBe(false);
    expect(active[0]?.textContent).toContain('Needs RO assistance');
  });

  it('says so when nothing is suggested, and the picker still works', () => {
    render(<ScenarioList matches={[]} active={undefined} onPick={() => {}} />, mounted.el);
    expect(mounted.el.textContent).toContain('No scenario suggested; pick one.');
    expect(all('[data-scenario]')).toHaveLength(0);
    expect(all('[data-pick-scenario]')).toHaveLength(12);
  });
});

describe('Checklist', () => {
  const steps = checklistFor('D', { facts: { contractNumber: 'S1234' }, currentEntry: 'CTM Case Not Part D', pageErrors: [], ticks: {} });

  it('renders every step with its SOP id and state', () => {
    render(<Checklist scenario="D" steps={steps} onTick={() => {}} />, mounted.el);
    expect(all('[data-step]').map((el) => `${el.dataset.step}=${el.dataset.state}`)).toEqual([
      'D.1=todo', 'D.1.a=done', 'D.1.b=todo', 'D.1.c=todo', 'D.2=todo', 'D.3=todo', 'D.4=done', 'D.5=todo',
    ]);
  });

  it('says where each step comes from: every D step is the SOP item it is numbered after', () => {
    render(<Checklist scenario="D" steps={steps} onTick={() => {}} />, mounted.el);
    expect(all('[data-step]').every((el) => el.dataset.provenance === 'sop')).toBe(true);
    expect(one('[data-step="D.1.a"] summary').textContent).toBe('SOP D.1.a');
  });

  it('manual steps are labelled check boxes that report ticks; page steps show why instead', () => {
    const onTick = vi.fn();
    render(<Checklist scenario="D" steps={steps} onTick={onTick} />, mounted.el);
    const box = one('[data-step="D.1.b"] input[type="checkbox"]') as HTMLInputElement;
    expect(mounted.el.querySelector(`label[for="${box.id}"]`)?.textContent).toContain('recommendation');
    box.click();
    expect(onTick).toHaveBeenCalledWith('D.1.b', true);
    expect(all('[data-step="D.1.a"] input')).toHaveLength(0);
    expect(one('[data-step="D.1.a"]').textContent).toContain('The Current Entry says "CTM Case Not Part D"');
    expect(one('[data-step="D.3"]').textContent).toContain('Choose a Requested Complaint Category');
  });

  it('unticking a ticked manual step reports false', () => {
    const onTick = vi.fn();
    const ticked = checklistFor('D', { facts: {}, pageErrors: [], ticks: { 'D.5': true } });
    render(<Checklist scenario="D" steps={ticked} onTick={onTick} />, mounted.el);
    (one('[data-step="D.5"] input') as HTMLInputElement).click();
    expect(onTick).toHaveBeenCalledWith('D.5', false);
  });
});

describe('KeepOpenWarning and RoDisagreedNotice', () => {
  it('SOP L.5: the warning is an alert that cites the step', () => {
    render(<KeepOpenWarning scenario="L" />, mounted.el);
    const warning = one('[data-keep-open-warning]');
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.textContent).toContain('do NOT close');
    expect(warning.textContent).toContain('L.5');
  });

  it('SOP A.4: the RO-disagreed notice says the case is back with the plan', () => {
    render(<RoDisagreedNotice />, mounted.el);
    expect(one('[data-ro-disagreed]').textContent).toContain('back with your plan');
  });
});

describe('ScenarioGuide', () => {
  it('SOP N: shows the steps of a popup guide with their numbering', () => {
    render(<ScenarioGuide letter="N" />, mounted.el);
    expect(all('[data-guide="N"] [data-guide-step]').map((el) => el.dataset.guideStep)).toEqual(['N.1', 'N.2', 'N.3', 'N.4', 'N.4.a', 'N.4.b']);
    expect(mounted.el.textContent).toContain('5 business days');
  });
});

