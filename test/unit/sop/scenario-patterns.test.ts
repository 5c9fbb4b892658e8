/**
 * The wordings each scenario module recognises: in the Current Entry (what a step's check
 * accepts, SOP F.3, G.5.c, G.6.a), in the summary (what points to G, H, L and to G's critical
 * path, SOP G.4) and in the page's error messages (F). Each list holds wordings a caseworker or
 * CMS uses, and near misses that must not count.
 *
 * The module is imported afresh before each test (not at the top of the file): these patterns
 * and criteria are built at import, and only a pattern built under the test that checks it is
 * counted by the mutation run (Stryker's ignoreStatic).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFacts } from '../../../lib/case';
import type { RequiredPhrase, StepCheck } from '../../../lib/sop';

let sop: typeof import('../../../lib/sop');

beforeEach(async () => {
  vi.resetModules();
  sop = await import('../../../lib/sop');
});

const pricing: CaseFacts = { complaintId: '100234', contractNumber: 'S1234', issueLevel: 'none', category: 'Pricing/Co-Insurance' };

/** The `note-mentions` pattern of a step's check. */
function mentions(id: string): RegExp {
  const step = sop.LETTERS.flatMap((letter) => sop.SCENARIOS[letter].steps).find((s) => s.id === id);
  const check = step?.checks?.find((c): c is Extract<StepCheck, { kind: 'note-mentions' }> => c.kind === 'note-mentions');
  return check!.pattern;
}

/** The wordings of `samples` the test accepts, and those it refuses: compared as whole lists. */
function sorted(samples: readonly string[], accepts: (text: string) => boolean) {
  return { accepted: samples.filter(accepts), refused: samples.filter((s) => !accepts(s)) };
}

describe('what a step\'s check accepts in the Current Entry', () => {
  // SOP F.3.a: "the complaint requires further assistance from the lead RO".
  it('F.3.a: the lead RO, by either name', () => {
    const leadRo = mentions('F.3.a');
    const yes = ['Needs help from the lead RO.', 'Referred to the Lead  Regional Office', 'lead regional  office to review', 'LEAD RO asked', 'lead\nro'];
    const no = ['Referred to the RO.', 'lead regional', 'the lead ROs', 'misled RO', 'lead office'];
    expect(sorted([...yes, ...no], (t) => leadRo.test(t))).toEqual({ accepted: yes, refused: no });
  });

  // SOP F.3.b: "the complaint disposition is resolved".
  it('F.3.b: resolved, not unresolved', () => {
    const resolved = mentions('F.3.b');
    const yes = ['Disposition resolved.', 'RESOLVED', 'resolved 3/4'];
    const no = ['Still unresolved', 'resolvedness', 'resolve pending'];
    expect(sorted([...yes, ...no], (t) => resolved.test(t))).toEqual({ accepted: yes, refused: no });
  });

  // SOP G.5.c: "the case and all development have been referred to home RO".
  it('G.5.c: the home RO, region or regional office', () => {
    const homeRo = mentions('G.5.c');
    const yes = ['Referred to home RO.', 'sent to the Home Region', 'home regional office has it', 'Sent to the home regional  office', 'HOME  RO'];
    const no = ['Referred to the RO.', 'home regional', 'nursing home ROster', 'the region', 'home office'];
    expect(sorted([...yes, ...no], (t) => homeRo.test(t))).toEqual({ accepted: yes, refused: no });
  });

  // SOP G.6.a: "indicates in the Current Entry field that case has been referred to IntegriGuard".
  it('G.6.a: the case referred, sent or forwarded to IntegriGuard, and not a referral still to come', () => {
    const [integriguard] = sop.requiredPhrases('G', 'non-critical') as RequiredPhrase[];
    expect(integriguard!.meaning!.what).toBe('that the case has been referred to IntegriGuard');
    const check = mentions('G.6.a');
    const yes = [
      'Valid RD. Referred to IntegriGuard with all development.',
      'Case has been referred to   IntegriGuard.',
      'Sent all development to IntegriGuard 3/4.',
      'forwarded the case file to integriguard',
      'Submitted to IntegriGuard',
      'Transferred to IntegriGuard today',
      'Made a referral of the case to IntegriGuard.',
      'IntegriGuard referral made',
      'IntegriGuard  referral made',
      'REFERRED TO INTEGRIGUARD',
    ];
    const no = [
      'Not referred to IntegriGuard.',
      'Has not been referred to IntegriGuard yet.',
      'never sent to IntegriGuard',
      'not yet referred to IntegriGuard',
      'not  referred to IntegriGuard',
      'Has not been  referred to IntegriGuard',
      'not yet  referred to IntegriGuard',
      'yet to be referred to IntegriGuard',
      'Will be referred to IntegriGuard.',
      'Referred to the RO. IntegriGuard next.',
      'Referred to the RO\nto IntegriGuard',
      `Sent ${'the whole development file again '.repeat(2)}to IntegriGuard`,
      'Preferred to IntegriGuard',
      'Referred to IntegriGuardian',
      'IntegriGuard called',
    ];
    expect(sorted([...yes, ...no], (t) => sop.noteSays(t, integriguard!))).toEqual({ accepted: yes, refused: no });
    expect(sorted([...yes, ...no], (t) => check.test(t))).toEqual({ accepted: yes, refused: no });
  });

  // SOP G.6.a: the note must say the case "has been referred"; a note saying it has not happened yet
  // leaves the step open, however it is worded.
  it('G.6.a: "hasn\'t been", "not yet been", "didn\'t get" or "no referral" is not taken as the referral', () => {
    const [integriguard] = sop.requiredPhrases('G', 'non-critical') as RequiredPhrase[];
    const check = mentions('G.6.a');
    const no = [
      "Hasn't been referred to IntegriGuard.",
      'Wasn’t sent to IntegriGuard',
      "Hasn't yet been referred to IntegriGuard",
      'Has not yet been referred to IntegriGuard.',
      'Never yet sent to IntegriGuard',
      'No referral to IntegriGuard yet.',
      "Didn't get referred to IntegriGuard",
      'Has not yet gotten sent to IntegriGuard',
    ];
    // The same words once the referral is done.
    const yes = ['Has been referred to IntegriGuard.', 'Was sent to IntegriGuard', 'Now referred to IntegriGuard.', 'Noted: referral to IntegriGuard made.', 'Got referred to IntegriGuard today.'];
    expect(sorted([...yes, ...no], (t) => sop.noteSays(t, integriguard!))).toEqual({ accepted: yes, refused: no });
    expect(sorted([...yes, ...no], (t) => check.test(t))).toEqual({ accepted: yes, refused: no });
  });
});

describe('what the summary or page says that points to a scenario', () => {
  const signalled = (letter: 'F' | 'G' | 'H' | 'L', input: { summary?: string; pageErrors?: string[]; facts?: Partial<CaseFacts> }) =>
    sop.SCENARIOS[letter].detection!.signals!({ facts: { ...pricing, ...input.facts }, pageErrors: input.pageErrors ?? [], summary: input.summary });

  // SOP G: "cases related to retroactive disenrollments (RDs)".
  it('G: the summary speaks of a retroactive disenrollment, not an enrollment', () => {
    const yes = [
      'Asks for a retroactive disenrollment.',
      'Retro-disenrollment requested',
      'wants to be retroactively disenrolled',
      'retro dis-enrolment',
      'RetroDisenrollments',
      'retro disenrolls',
      'Was disenrolled retroactively',
      'was dis-enroled retroactively',
      'Retroactive dis enrollment requested',
      'Was dis enrolled retroactively',
      'Was disenrolled  retroactively',
    ];
    const no = ['Asks for a retroactive enrollment.', 'Disenrolled last year.', 'retroactive disenrollmentx', 'Retroactive pricing fix', 'disenrolled retroactivelyx'];
    expect(sorted([...yes, ...no], (t) => signalled('G', { summary: t }).length > 0)).toEqual({ accepted: yes, refused: no });
    expect(signalled('G', { summary: yes[0] })).toEqual([{ weight: expect.any(Number), reason: 'The summary speaks of a retroactive disenrollment (SOP G)' }]);
  });

  // SOP H: "cases related to enrollment exceptions".
  it('H: the summary speaks of an enrollment exception', () => {
    const yes = ['Requests an enrollment exception.', 'ENROLMENT  EXCEPTIONS'];
    const no = ['Enrollment exceptional case', 'An exception to the enrollment', 'Enrollment question'];
    expect(sorted([...yes, ...no], (t) => signalled('H', { summary: t }).length > 0)).toEqual({ accepted: yes, refused: no });
    expect(signalled('H', { summary: yes[0] })).toEqual([{ weight: expect.any(Number), reason: 'The summary speaks of an enrollment exception (SOP H)' }]);
  });

  // SOP key 2 ("Congressmen, Senators, etc.") and key 4 (a congressperson): an L case.
  it('L: the summary names a member of Congress or a senator', () => {
    const yes = [
      'Congressman Smith wrote.',
      'The congresswoman asked.',
      'Her congressperson called.',
      'Two congressmen wrote.',
      'Congresswomen asked too.',
      'Referred by the congressional office.',
      'A member of Congress asked.',
      'Members of  congress wrote.',
      'A member  of Congress asked.',
      "Her senator's office called.",
      'The SENATORS asked.',
    ];
    const no = ['She wrote to Congress.', 'A senatorial staffer called.', 'The Senate is in session.', 'A member of the church called.'];
    expect(sorted([...yes, ...no], (t) => signalled('L', { summary: t }).length > 0)).toEqual({ accepted: yes, refused: no });
  });

  // SOP F: "can not close and/ or save complaint".
  it('F: the page says the complaint could not be saved, closed or submitted', () => {
    const saveError = (message: string) => signalled('F', { pageErrors: [message] }).some((s) => s.reason === 'The page shows that the complaint could not be saved or closed');
    const yes = [
      'The complaint could not be saved.',
      'Could  not save',
      'Cannot close the complaint',
      'CANNOT BE CLOSED',
      'You can not submit this form',
      'Unable to save changes',
      'Failed to close',
      'Failed to be submitted',
      "We won't save that",
      'Record could not be submitted',
      'Unable to submit',
      'Save failed',
      'Saving error',
      'Submit failed',
      'Submit  error',
      'Error while saving',
      'An error occurred; the record was not saved',
      // Typed with two spaces between words.
      'You can  not save this complaint',
      'Unable  to save',
      'Failed  to close',
      'Could not  save',
      'Could not be  saved',
    ];
    const no = ['Could not find the beneficiary.', 'Resolution Date is required.', 'Saved.', 'Unable to load the page', 'Closed.', 'Session timed out'];
    expect(sorted([...yes, ...no], saveError)).toEqual({ accepted: yes, refused: no });
    // Another message is still an error on the page, of less weight.
    expect(signalled('F', { pageErrors: ['Resolution Date is required.'] })).toEqual([{ weight: expect.any(Number), reason: 'The page shows an error message' }]);
  });
});

describe('SOP G.4: what makes a valid RD critical, in the summary', () => {
  const suggest = (summary: string, facts: Partial<CaseFacts> = {}) =>
    sop.SCENARIOS.G.branching!.suggest({ facts: { ...pricing, category: 'Retroactive Disenrollment', ...facts }, summary });
  const critical = (facts: Partial<CaseFacts>) => (summary: string) => suggest(summary, facts).branch === 'critical';

  // G.4.a: "For MA-PD: case concerns immediate need to access to care."
  it('G.4.a: an MA-PD summary about immediate access to care', () => {
    const yes = [
      'Has no access to care.',
      'No access to treatment until fixed',
      'Needs access to a doctor',
      'Lost access to services',
      'She cannot get care.',
      "He can't see my doctor",
      'can not receive treatment',
      'Unable to access services',
      'cannot see a doctor',
      "can't see her doctor",
      "can't see his doctor",
      'Was denied care',
      'denied treatment',
      'denied services',
      'Needs surgery now',
      'need care immediately',
      'needs treatment right away',
      'needs care urgently',
    ];
    const no = ['Needs care next month.', 'Has access to the pharmacy.', 'Can see her doctor.', 'Denied the claim.', 'Cannot get a refill.'];
    expect(sorted([...yes, ...no], critical({ contractNumber: 'H1234' }))).toEqual({ accepted: yes, refused: no });
    expect(suggest(yes[0]!, { contractNumber: 'R1234' })).toEqual({
      branch: 'critical',
      reasons: ['an MA-PD contract and the summary is about immediate access to care (SOP G.4.a)'],
    });
    // G.4.a is for MA-PD only.
    expect(suggest(yes[0]!).branch).toBe('non-critical');
  });

  // G.4.b: "For MA-PD and PDP: case concerns opt-out due to employer group coverage".
  it('G.4.b: an opt-out because of employer, union or retiree group coverage, MA-PD or PDP', () => {
    const yes = [
      'Opts out because of employer group coverage.',
      'She opted-out due to employer group coverage.',
      'Opting out for union coverage.',
      'Optout due to employer coverage.',
      'Disenrolled due to employer coverage.',
      'Dis-enrolling for retiree coverage.',
      'Wants out because of her employer health plan.',
      'Want out: has union insurance now.',
      'Dropped her plan for her employer-based insurance.',
      'Leaving the plan for retiree drug benefits.',
      'Cancels his coverage: employer sponsored prescription benefit.',
      'Ending their enrollment for employer plan.',
      "Opting out for her employer's health plan.",
      'Opting out for union retiree benefits.',
      'Opting out for a group health plan.',
      'Opting out for group drug coverage.',
      'Opting out for group insurance.',
      "Opting out: coverage through her husband's employer.",
      'Opting out: insurance from the union.',
      'Opting out: benefit via an employer.',
      'Opting out: benefits with his employer.',
      'Opting out: coverage through employer.',
      'Opting out: coverage through her new employer.',
      'Wants to disenrol: employer coverage now.',
    ];
    const no = [
      'Has employer group coverage.',
      'Opting out of the plan.',
      'Opting out. Her employer called about something else.',
      'Opting out for group therapy.',
      'Opting out: coverage through her husband.',
      'Dropped the ball on employer paperwork.',
    ];
    expect(sorted([...yes, ...no], critical({ contractNumber: 'S1234' }))).toEqual({ accepted: yes, refused: no });
    expect(sorted([...yes, ...no], critical({ contractNumber: 'H1234' }))).toEqual({ accepted: yes, refused: no });
    expect(suggest(yes[0]!)).toEqual({
      branch: 'critical',
      reasons: ['the summary is about opting out because of employer group coverage (SOP G.4.b)'],
    });
    // Neither criterion holds for a contract that is neither MA-PD nor PDP.
    expect(suggest(yes[0]!, { contractNumber: 'OTHER' }).branch).toBe('non-critical');
  });

  // G.4.a and G.4.b read the summary as typed: two spaces between words change nothing.
  it('G.4.a: a summary about immediate access to care still counts when typed with two spaces', () => {
    const yes = [
      'No access  to care.',
      'No access to  treatment.',
      'Needs access to a  doctor.',
      'She can  not get care.',
      'Unable  to get care.',
      'She cannot  get care.',
      'She cannot get  care.',
      'He cannot see a  doctor.',
      'cannot see my  doctor',
      "can't see her  doctor",
      "can't see his  doctor",
      'Was denied  care.',
      'Needs  care now.',
      'Needs surgery  now.',
      'Needs treatment right  away.',
    ];
    expect(yes.filter((t) => !critical({ contractNumber: 'H1234' })(t))).toEqual([]);
    expect(yes).toHaveLength(15);
  });

  it('G.4.b: an opt-out for employer group coverage still counts when typed with two spaces', () => {
    const yes = [
      'Wants  out because of employer coverage.',
      'Dropped  her plan for employer coverage.',
      'Dropped her  plan for employer coverage.',
      'Opting out for employer  sponsored coverage.',
      'Opting out for employer  coverage.',
      'Opting out for group  insurance.',
      'Opting out for a group health  plan.',
      'Opting out for group drug  coverage.',
      'Opting out: coverage  through her employer.',
      'Opting out: coverage through  her employer.',
      "Opting out: coverage through her  husband's employer.",
      "Opting out: coverage through her husband's  employer.",
    ];
    expect(yes.filter((t) => !critical({ contractNumber: 'S1234' })(t))).toEqual([]);
    expect(yes).toHaveLength(12);
  });

  // G.4: "Cases labeled Immediate Need by 1-800 MEDICARE are ALWAYS considered Critical."
  it('G.4: Immediate Need is always critical, whatever the summary', () => {
    expect(suggest('Wants to opt out.', { issueLevel: 'immediate-need' })).toEqual({
      branch: 'critical',
      reasons: ['the issue level is Immediate Need, always critical (SOP G.4)'],
    });
    expect(suggest('Wants to opt out.', { issueLevel: 'urgent' }).branch).toBe('non-critical');
  });
});
