import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { AlsoApplies } from '../../../components/scenarios/AlsoApplies';
import { usePreactRoot } from '../preact-root';

const mounted = usePreactRoot();

describe('AlsoApplies (TEST-HOOKS data-also-applies)', () => {
  it('SOP L with G and H: lists the letters, space-separated, with their titles and what applies', () => {
    render(<AlsoApplies active="L" letters={['G', 'H']} />, mounted.el);
    const el = mounted.el.querySelector<HTMLElement>('[data-also-applies]');
    expect(el?.dataset.alsoApplies).toBe('G H');
    expect(el?.textContent).toContain('Retroactive disenrollment (RD)');
    expect(el?.textContent).toContain('Enrollment exception (EE)');
    expect(el?.textContent).toMatch(/required phrases, keep-open rules and emails/);
  });

  it('shows nothing when no other scenario applies', () => {
    render(<AlsoApplies active="C" letters={[]} />, mounted.el);
    expect(mounted.el.querySelector('[data-also-applies]')).toBeNull();
  });
});
