import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Findings } from '../../../components/note/Findings';
import { lintNote } from '../../../lib/lint/lint-note';
import type { Finding } from '../../../lib/lint/types';

afterEach(() => render(null, document.body));

const text = 'Called bene. “ok”';
const findings = lintNote(text, { scenario: 'D', requiredPhrases: ['CTM Case Not Part D'] });

describe('Findings', () => {
  it('renders each finding with data-rule and data-severity, most severe first', () => {
    render(<Findings findings={[...findings].reverse()} onSelect={() => {}} onFix={() => {}} />, document.body);
    const items = [...document.querySelectorAll('[data-rule]')];
    expect(items.map((el) => el.getAttribute('data-rule'))).toEqual([
      'required-phrase',
      'contact-date-missing',
      'abbreviation',
      'pasted-characters',
    ]);
    expect(items.map((el) => el.getAttribute('data-severity'))).toEqual(['error', 'warning', 'warning', 'warning']);
  });

  it('carries data-phrase on a required phrase and data-term on an abbreviation, and shows the message', () => {
    render(<Findings findings={findings} onSelect={() => {}} onFix={() => {}} />, document.body);
    const phrase = document.querySelector('[data-rule="required-phrase"]');
    expect(phrase?.getAttribute('data-phrase')).toBe('CTM Case Not Part D');
    expect(phrase?.textContent).toContain('CTM Case Not Part D');
    expect(document.querySelector('[data-rule="abbreviation"]')?.getAttribute('data-term')).toBe('bene');
    expect(document.querySelector('[data-rule="contact-date-missing"]')?.hasAttribute('data-term')).toBe(false);
  });

  it('a required phrase says in words which SOP item asks for it and carries data-provenance (SOP D.1.a, G.5.a)', () => {
    render(<Findings findings={findings} onSelect={() => {}} onFix={() => {}} />, document.body);
    const phrase = document.querySelector('[data-rule="required-phrase"]')!;
    expect(phrase.getAttribute('data-provenance')).toBe('sop');
    expect(phrase.querySelector('.ctm-finding-source')?.textContent).toBe('SOP D.1.a');
    const critical = lintNote('Member called.', { scenario: 'G', requiredPhrases: ['CRITICAL RD'] });
    render(<Findings findings={critical} onSelect={() => {}} onFix={() => {}} />, document.body);
    expect(document.querySelector('[data-rule="required-phrase"] .ctm-finding-source')?.textContent).toBe('SOP G.5.a');
    // Every finding says where it comes from, in words.
    render(<Findings findings={findings} onSelect={() => {}} onFix={() => {}} />, document.body);
    for (const item of document.querySelectorAll('[data-rule]')) expect(item.querySelector('.ctm-finding-source')?.textContent).toMatch(/^(SOP |CMS guidance|CTM Assist suggests)/);
  });

  it('reports clicks on Show and on the fix, with the finding', () => {
    const onSelect = vi.fn<(f: Finding) => void>();
    const onFix = vi.fn<(f: Finding) => void>();
    render(<Findings findings={findings} onSelect={onSelect} onFix={onFix} />, document.body);
    const item = document.querySelector('[data-rule="abbreviation"]');
    item?.querySelector<HTMLButtonElement>('.ctm-finding-select')?.click();
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ rule: 'abbreviation', data: { term: 'bene' } }));
    const fix = item?.querySelector<HTMLButtonElement>('[data-fix]');
    expect(fix?.textContent).toBe('Write "beneficiary"');
    fix?.click();
    expect(onFix).toHaveBeenCalledWith(expect.objectContaining({ rule: 'abbreviation' }));
  });

  it('offers a fix button only where a fix exists; every button is a labelled, focusable button', () => {
    render(<Findings findings={findings} onSelect={() => {}} onFix={() => {}} />, document.body);
    expect(document.querySelector('[data-rule="contact-date-missing"] [data-fix]')).toBeNull();
    const buttons = [...document.querySelectorAll('button')];
    // A Show button for each of the four findings, and one fix button each for those with a fix.
    expect(buttons.filter((b) => b.textContent === 'Show')).toHaveLength(4);
    expect(buttons.filter((b) => b.hasAttribute('data-fix')).map((b) => b.closest('[data-rule]')?.getAttribute('data-rule'))).toEqual(['required-phrase', 'abbreviation', 'pasted-characters']);
    for (const button of buttons) {
      expect(button.getAttribute('type')).toBe('button');
      expect((button.getAttribute('aria-label') ?? button.textContent ?? '').length).toBeGreaterThan(3);
    }
  });

  it('says so when there is nothing to report', () => {
    render(<Findings findings={[]} onSelect={() => {}} onFix={() => {}} />, document.body);
    expect(document.querySelector('[data-findings-empty]')?.textContent).toContain('No findings');
    expect(document.querySelector('[data-rule]')).toBeNull();
  });
  it('keeps an item while typing moves its range, and Show selects the range as of the latest keystroke', () => {
    const onSelect = vi.fn<(f: Finding) => void>();
    const before = lintNote('Spoke to bene.');
    render(<Findings findings={before} onSelect={onSelect} onFix={() => {}} />, document.body);
    const item = document.querySelector('[data-rule="abbreviation"]');
    const after = lintNote('We spoke to bene.'); // three characters typed before the finding
    render(<Findings findings={after} onSelect={onSelect} onFix={() => {}} />, document.body);
    expect(document.querySelector('[data-rule="abbreviation"]')).toBe(item);
    item?.querySelector<HTMLButtonElement>('.ctm-finding-select')?.click();
    const moved = after.find((f) => f.rule === 'abbreviation');
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ start: moved?.start, end: moved?.end }));
    expect(moved?.start).toBe((before.find((f) => f.rule === 'abbreviation')?.start ?? 0) + 3);
  });
});
