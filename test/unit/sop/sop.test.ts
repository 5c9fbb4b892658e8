/**
 * The SOP as data (lib/sop): every step id, quote, phrase and definition against the SOP text.
 *
 * The module is imported afresh before each test (not at the top of the file): its tables are
 * built at import, and only a table built under the test that checks it is counted by the
 * mutation run (Stryker's ignoreStatic).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { normalise, SOP_TEXT } from './sop-text';

/**
 * Every numbered step and lettered (or roman-numbered) sub-step of scenarios A–P in the SOP.
 * Written out by hand from docs/sop/ctm-plan-sop-2007.txt so that nothing is silently dropped.
 */
const SOP_STEP_IDS: Record<string, string[]> = {
  A: ['A.1', 'A.1.a', 'A.1.b', 'A.2', 'A.3', 'A.4'],
  B: ['B.1', 'B.1.a', 'B.1.b', 'B.2', 'B.3', 'B.4'],
  C: ['C.1', 'C.2', 'C.3', 'C.4'],
  D: ['D.1', 'D.1.a', 'D.1.b', 'D.1.c', 'D.2', 'D.3', 'D.4', 'D.5'],
  E: ['E.1', 'E.2'],
  F: ['F.1', 'F.1.a', 'F.1.b', 'F.2', 'F.2.a', 'F.2.b', 'F.3', 'F.3.a', 'F.3.b', 'F.3.c', 'F.4', 'F.4.a', 'F.4.b', 'F.4.c'],
  G: [
    'G.1', 'G.2', 'G.3', 'G.4', 'G.4.a', 'G.4.b',
    'G.5', 'G.5.a', 'G.5.b', 'G.5.b.i', 'G.5.b.ii', 'G.5.b.iii', 'G.5.b.iv', 'G.5.c', 'G.5.d', 'G.5.e',
    'G.6', 'G.6.a', 'G.6.b', 'G.6.c', 'G.6.d',
  ],
  H: ['H.1', 'H.1.a', 'H.1.b', 'H.2', 'H.3', 'H.4'],
  I: ['I.1', 'I.2', 'I.3', 'I.4', 'I.5'],
  J: ['J.1', 'J.2', 'J.3', 'J.4', 'J.5'],
  K: ['K.1', 'K.1.a', 'K.1.b', 'K.1.c', 'K.1.d', 'K.1.e', 'K.2', 'K.3', 'K.4'],
  L: ['L.1', 'L.2', 'L.3', 'L.4', 'L.5', 'L.6'],
  M: ['M.1', 'M.2'],
  N: ['N.1', 'N.2', 'N.3', 'N.4', 'N.4.a', 'N.4.b'],
  O: ['O.1', 'O.2'],
  P: ['P.1', 'P.2', 'P.2.a', 'P.2.b', 'P.2.c', 'P.2.d'],
};

let sop: typeof import('../../../lib/sop');
let allScenarios: import('../../../lib/sop').Scenario[];

beforeEach(async () => {
  vi.resetModules();
  sop = await import('../../../lib/sop');
  allScenarios = sop.LETTERS.map((letter) => sop.SCENARIOS[letter]);
});

describe('the SOP as data', () => {
  it('has all sixteen scenarios A–P, A–L about one case and M–P as guides', () => {
    expect(Object.keys(SOP_STEP_IDS)).toEqual([...sop.LETTERS]);
    for (const letter of sop.CASE_LETTERS) expect(sop.SCENARIOS[letter].caseScenario, letter).toBe(true);
    for (const letter of sop.GUIDE_LETTERS) expect(sop.SCENARIOS[letter].caseScenario, letter).toBe(false);
  });

  it.each(Object.entries(SOP_STEP_IDS))('scenario %s has exactly the SOP\'s numbered steps, in order', (letter, ids) => {
    expect(sop.SCENARIOS[letter as keyof typeof sop.SCENARIOS].steps.map((step) => step.id)).toEqual(ids);
  });

  it('step ids are unique across the SOP and every sub-step has its parent', () => {
    const ids = allScenarios.flatMap((s) => s.steps.map((step) => step.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const parent = sop.parentStepId(id);
      if (parent) expect(ids, `${id} needs ${parent}`).toContain(parent);
    }
  });

  it('every citation appears verbatim in the SOP text (whitespace aside)', () => {
    const cites = [
      ...allScenarios.flatMap((s) => [
        { where: s.letter, cite: s.cite },
        ...s.steps.map((step) => ({ where: step.id, cite: step.cite })),
        ...s.notes.map((note) => ({ where: `${s.letter} note`, cite: note.cite })),
        ...s.followUps.map((f) => ({ where: `${f.step} follow-up`, cite: f.cite })),
      ]),
      ...sop.DEFINITIONS.map((d) => ({ where: `key ${d.key}`, cite: d.cite })),
      ...sop.ISSUE_LEVEL_DEFINITIONS.flatMap((d) => (d.cite === undefined ? [] : [{ where: d.level, cite: d.cite }])),
    ];
    const missing = cites.filter(({ cite }) => !SOP_TEXT.includes(normalise(cite)));
    expect(missing).toEqual([]);
  });

  // A step's citation is that step's own text: one that runs into the next item ("… complaint.
  // 2. Plan A checks …", A.1.b) or opens the sub-items ("… field that a. the complaint …", F.3)
  // cites words the step does not say.
  it('no step citation spans an SOP item marker (1. / a. / ii.)', () => {
    const ITEM_MARKER = /(?:^|\s)(?:\d{1,2}|[a-h]|i{1,3}|iv|v)\.\s/;
    const spanning = allScenarios
      .flatMap((s) => s.steps)
      .filter((step) => ITEM_MARKER.test(step.cite))
      .map((step) => step.id);
    expect(spanning).toEqual([]);
  });

  // The SOP's issue level definitions (under J) define Immediate Need and Urgent only; the
  // "egregious" clause is about reclassifying to Immediate Need, not a definition of None.
  it('cites no SOP clause for the None issue level, and says the definition is ours', () => {
    const none = sop.ISSUE_LEVEL_DEFINITIONS.find((d) => d.level === 'none');
    expect(none?.cite).toBeUndefined();
    expect(none?.provenance?.kind).toBe('ctm-assist');
  });

  // SOP G.6 names IntegriGuard only; "retroactive processing contractor" is not the SOP's wording.
  it('calls IntegriGuard by the SOP\'s name only', () => {
    const g6 = sop.SCENARIOS.G.steps.find((step) => step.id === 'G.6');
    expect(g6?.text).not.toMatch(/retroactive processing contractor/i);
  });

  it('every step has imperative text for the caseworker', () => {
    for (const step of allScenarios.flatMap((s) => s.steps)) expect(step.text.length, step.id).toBeGreaterThan(5);
  });

  // SOP D.1.a, G.5.a, G.6.a, H.1.a, L.2: the exact note phrases.
  it('requires the SOP note phrases of D, G, H and L', () => {
    const phrases = (...args: Parameters<typeof sop.requiredPhrases>) => sop.requiredPhrases(...args).map((p) => p.phrase);
    expect(phrases('D')).toEqual(['CTM Case Not Part D']);
    expect(phrases('G', 'critical')).toEqual(['CRITICAL RD']);
    expect(phrases('G', 'non-critical')).toEqual(['referred to IntegriGuard']);
    expect(phrases('G')).toEqual([]);
    expect(phrases('H')).toEqual(['EE Complaint']);
    expect(phrases('L')).toEqual(['CIS or Congressional Resolution']);
    for (const letter of ['A', 'B', 'C', 'E', 'F', 'I', 'J', 'K'] as const) expect(phrases(letter), letter).toEqual([]);
  });

  it('each required phrase is asked for by a step that checks it on the page', () => {
    for (const s of allScenarios) {
      for (const required of s.requiredPhrases) {
        const step = s.steps.find((st) => st.id === required.step);
        // Where the SOP asks for a meaning (G.6.a), the step checks that meaning.
        const check = required.meaning
          ? { kind: 'note-mentions', pattern: required.meaning.pattern, what: required.meaning.what }
          : { kind: 'phrase', phrase: required.phrase };
        expect(step?.checks, required.step).toContainEqual(check);
      }
    }
  });

  // SOP A.2, B.2, C.2, D.2, G.5.a, H.2, I.2, J.2, L.4: the indicator's reason.
  it('gives each reassigning scenario its indicator reason', () => {
    const reasons = Object.fromEntries(sop.CASE_LETTERS.map((l) => [l, sop.SCENARIOS[l].reassignmentReason]));
    expect(reasons).toEqual({
      A: 'another-plan', B: 'another-plan', C: 'cms-issue', D: 'category', E: undefined, F: undefined,
      G: 'cms-issue', H: 'cms-issue', I: 'category', J: 'issue-level', K: undefined, L: 'cms-issue',
    });
  });

  // SOP A.3, B.3, C.3, D.4, G.5.c, G.6.a, H.3, I.4, J.4, L.5: do NOT close.
  it('keeps open exactly the scenarios whose steps say not to close', () => {
    const keepOpen = sop.CASE_LETTERS.filter((l) => sop.SCENARIOS[l].keepOpen);
    expect(keepOpen).toEqual(['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J', 'L']);
    for (const letter of keepOpen) {
      const guarded = sop.SCENARIOS[letter].steps.some((step) => step.checks?.some((c) => c.kind === 'keep-open'));
      expect(guarded, letter).toBe(true);
    }
  });

  it('names the email templates of TEST-HOOKS.md for F, G, M, N and P only', () => {
    const emails = Object.fromEntries(allScenarios.filter((s) => s.emails.length).map((s) => [s.letter, s.emails]));
    expect(emails).toEqual({
      F: ['F-will-not-close'],
      G: ['G-critical-rd', 'G-integriguard'],
      M: ['M-access-request'],
      N: ['N-access-follow-up'],
      P: ['P-general-inquiry'],
    });
  });

  it('starts the follow-ups the deadline engine needs', () => {
    // SOP L.3: back to CMS in 2 to 7 days by issue level.
    expect(sop.SCENARIOS.L.followUps).toContainEqual(expect.objectContaining({ kind: 'return-to-cms', days: { 'immediate-need': 2, urgent: 7, none: 7 } }));
    // SOP E note: 3 attempts, the 4th in writing.
    expect(sop.SCENARIOS.E.followUps).toContainEqual(expect.objectContaining({ kind: 'contact-attempts', attempts: 4, writtenAttempt: 4 }));
    // SOP I.4, J.4: the clock stops while the indicator is checked.
    expect(sop.SCENARIOS.I.followUps).toContainEqual(expect.objectContaining({ kind: 'clock-paused-while-reassignment', reason: 'category' }));
    expect(sop.SCENARIOS.J.followUps).toContainEqual(expect.objectContaining({ kind: 'clock-paused-while-reassignment', reason: 'issue-level' }));
    // SOP N.1, N.2: 5 and 6 business days.
    expect(sop.SCENARIOS.N.followUps.map((f) => f.kind === 'business-days' && f.days)).toEqual([5, 6]);
    // SOP O.2: 2 weeks or longer.
    expect(sop.SCENARIOS.O.followUps).toContainEqual(expect.objectContaining({ kind: 'expected-wait', days: 14 }));
  });

  // SOP K.1.a–e, K.2, K.3.
  it('exposes the K note rules', () => {
    expect(sop.NOTE_RULES.map((step) => step.id)).toEqual(['K.1.a', 'K.1.b', 'K.1.c', 'K.1.d', 'K.1.e', 'K.2', 'K.3']);
  });

  // SOP key 1–18 and the issue level definitions under J.
  it('has the 18 key definitions and the three issue levels', () => {
    expect(sop.DEFINITIONS.map((d) => d.key)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(sop.ISSUE_LEVEL_DEFINITIONS.map((d) => [d.level, d.daysOfMedication])).toEqual([
      ['immediate-need', { min: 0, max: 2 }],
      ['urgent', { min: 3, max: 14 }],
      ['none', undefined],
    ]);
  });
});
