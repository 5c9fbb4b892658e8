import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { FollowUpDates } from '../../../components/scenarios/FollowUpDates';
import { usePreactRoot } from '../preact-root';

const mounted = usePreactRoot();
const NY = 'America/New_York';

// SOP L.3: "As a best practice, Plan A returns the complaint to CMS within 2 to 7 days, depending
// on Issue Level." The panel shows that range as the SOP's and the date for this case's level as
// CTM Assist's own mapping, never as a firm SOP date.
describe('FollowUpDates (panel)', () => {
  it('L: the SOP\'s 2 to 7 day range, and our date for the issue level labelled as ours', () => {
    render(<FollowUpDates scenario="L" facts={{ assignedDate: '2026-06-01', issueLevel: 'urgent' }} timeZone={NY} />, mounted.el);
    const sop = mounted.el.querySelector<HTMLElement>('[data-follow-up="return-to-cms"][data-provenance="sop"]');
    expect(sop?.textContent).toMatch(/within 2 to 7 days, depending on Issue Level.*SOP L\.3/);
    const ours = mounted.el.querySelector<HTMLElement>('[data-follow-up="return-to-cms"][data-provenance="ctm-assist"]');
    expect(ours?.textContent).toMatch(/^CTM Assist suggests: .*our mapping/);
    expect(ours?.textContent).toMatch(/Urgent: 7 days, by the end of 06\/08\/2026/);
    expect(mounted.el.textContent).not.toMatch(/Return to CMS by/);
  });

  it('says the date cannot be given when the page shows no assignment or received date', () => {
    render(<FollowUpDates scenario="L" facts={{ issueLevel: 'urgent' }} timeZone={NY} />, mounted.el);
    expect(mounted.el.querySelector('[data-provenance="ctm-assist"]')).toBeNull();
    expect(mounted.el.textContent).toMatch(/within 2 to 7 days/);
  });

  it('shows nothing for a scenario without such a follow-up', () => {
    render(<FollowUpDates scenario="A" facts={{ assignedDate: '2026-06-01' }} timeZone={NY} />, mounted.el);
    expect(mounted.el.querySelector('[data-follow-up]')).toBeNull();
  });
});
