import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteMeter } from '../../../components/note/NoteMeter';

const mount = (props: Parameters<typeof NoteMeter>[0]) => {
  render(<NoteMeter {...props} />, document.body);
  const meter = document.querySelector<HTMLElement>('[data-note-count]');
  if (!meter) throw new Error('no meter');
  return meter;
};

afterEach(() => render(null, document.body));

describe('NoteMeter (SOP K.1: 4,000 characters as submitted)', () => {
  it('shows "3,412 / 4,000 as submitted" with the count and limit hooks', () => {
    const meter = mount({ count: 3412, limit: 4000 });
    expect(meter.textContent).toContain('3,412 / 4,000 as submitted');
    expect(meter.getAttribute('data-note-count')).toBe('3412');
    expect(meter.getAttribute('data-note-limit')).toBe('4000');
    expect(meter.getAttribute('data-state')).toBe('ok');
  });

  it('warns from 90 % and turns to error over the limit', () => {
    expect(mount({ count: 3599, limit: 4000 }).getAttribute('data-state')).toBe('ok');
    const warn = mount({ count: 3600, limit: 4000 });
    expect(warn.className).toContain('ctm-note-meter--warn');
    expect(warn.textContent).toContain('near the limit');
    const over = mount({ count: 4010, limit: 4000 });
    expect(over.className).toContain('ctm-note-meter--error');
    expect(over.textContent).toContain('10 over');
  });

  it("says when the page's maxlength differs from CTM's limit", () => {
    const meter = mount({ count: 100, limit: 4000, maxLength: 3000 });
    expect(meter.textContent).toContain(
      'The page limits this box to 3,000 characters as typed; browsers submit each line break as 2',
    );
    expect(meter.querySelector('[data-note-maxlength="3000"]')).not.toBeNull();
  });

  it('says nothing about a maxlength of 4,000 until line breaks push the note over', () => {
    expect(mount({ count: 3900, limit: 4000, maxLength: 4000 }).querySelector('[data-note-maxlength]')).toBeNull();
    expect(mount({ count: 4010, limit: 4000, maxLength: 4000 }).textContent).toContain('counting each line break as 1');
    expect(mount({ count: 100, limit: 4000, maxLength: -1 }).querySelector('[data-note-maxlength]')).toBeNull();
  });
});
