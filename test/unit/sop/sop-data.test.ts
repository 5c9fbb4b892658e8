/**
 * The SOP as data, read the way a caseworker relies on it: each quote is the SOP's own and sits
 * under its own scenario, in the SOP's order; no text on screen is blank; the page ticks the
 * steps the SOP says it can see; the links between steps (phrases, hand-overs, next steps,
 * follow-ups, paths) point to steps that exist.
 *
 * The module is imported afresh before each test (not at the top of the file): its tables are
 * built at import, and only a table built under the test that checks it is counted by the
 * mutation run (Stryker's ignoreStatic).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario, StepCheck } from '../../../lib/sop';
import { normalise, SOP_TEXT } from './sop-text';

let sop: typeof import('../../../lib/sop');
let all: Scenario[];

beforeEach(async () => {
  vi.resetModules();
  sop = await import('../../../lib/sop');
  all = sop.LETTERS.map((letter) => sop.SCENARIOS[letter]);
});

/** Curly quotes and apostrophes as straight ones, for comparing our wording with the SOP's. */
const plain = (text: string) => normalise(text).replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

/** Where each scenario's section of the SOP text starts and ends (the next scenario's row). */
function sections(): Record<string, { start: number; end: number }> {
  const starts = all.map((s) => SOP_TEXT.indexOf(normalise(s.cite)));
  return Object.fromEntries(all.map((s, i) => [s.letter, { start: starts[i]!, end: starts[i + 1] ?? SOP_TEXT.length }]));
}

/** Every string in a value, with its path; functions and patterns are behaviour, not text. */
function strings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (value instanceof RegExp || typeof value === 'function' || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
}

describe('the SOP text behind each scenario', () => {
  it('each scenario row ("Scenario/ Issue") is quoted from the SOP, once, in the order A–P', () => {
    const found = all.map((s) => ({ letter: s.letter, at: SOP_TEXT.indexOf(normalise(s.cite)), length: normalise(s.cite).length }));
    expect(found.filter((f) => f.at < 0 || f.length < 20).map((f) => f.letter)).toEqual([]);
    const positions = found.map((f) => f.at);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(16);
  });

  // A quote that is found anywhere in the SOP can still be another scenario's words, or an
  // emptied quote (found everywhere). Each step quotes its own scenario, in the SOP's order.
  it.each([...'ABCDEFGHIJKLMNOP'])('scenario %s: every step quotes its own section of the SOP, in order, each passage once', (letter) => {
    const section = sections()[letter]!;
    const scenario = sop.SCENARIOS[letter as keyof typeof sop.SCENARIOS];
    let previous = section.start;
    const misplaced: string[] = [];
    for (const step of scenario.steps) {
      const cite = normalise(step.cite);
      const at = SOP_TEXT.indexOf(cite, previous + 1);
      if (cite.length < 10 || at < 0 || at >= section.end) misplaced.push(step.id);
      else previous = at;
    }
    expect(misplaced).toEqual([]);
    expect(scenario.steps.length).toBeGreaterThan(1);
  });

  it('each scenario note quotes the SOP (E and K share the contact-attempts note of E)', () => {
    const bounds = sections();
    const notes = all.flatMap((s) => s.notes.map((note) => ({ letter: s.letter, at: SOP_TEXT.indexOf(normalise(note.cite)), length: note.cite.length })));
    expect(notes.map((n) => n.letter)).toEqual(['D', 'E', 'F', 'G', 'J', 'K']);
    for (const note of notes) {
      expect(note.length, note.letter).toBeGreaterThan(30);
      const home = note.letter === 'K' ? 'E' : note.letter;
      expect(note.at, note.letter).toBeGreaterThanOrEqual(bounds[home]!.start);
      expect(note.at, note.letter).toBeLessThan(bounds[home]!.end);
    }
  });

  it('each follow-up quotes its own step, or the note it comes from (E note: contact attempts)', () => {
    let count = 0;
    for (const s of all) {
      for (const followUp of s.followUps) {
        count += 1;
        const cite = normalise(followUp.cite);
        expect(cite.length, followUp.step).toBeGreaterThan(20);
        const own = s.steps.find((step) => step.id === followUp.step);
        const inStep = normalise(own?.cite ?? '').includes(cite);
        const inNote = s.notes.some((note) => normalise(note.cite).includes(cite));
        expect(inStep || inNote, followUp.step).toBe(true);
      }
    }
    expect(count).toBe(8);
  });

  it('no text the panel or popup shows is blank (E words its next step from the contact attempts)', () => {
    const texts = [
      ...all.flatMap((s) => strings(s, s.letter)),
      ...strings(sop.DEFINITIONS, 'key'),
      ...strings(sop.ISSUE_LEVEL_DEFINITIONS, 'levels'),
      ...strings(sop.NOTE_RULES, 'K rules'),
    ];
    expect(texts.length).toBeGreaterThan(600);
    expect(texts.filter((t) => t.text.trim() === '').map((t) => t.path)).toEqual(['E.nextStep.text']);
    expect(sop.SCENARIOS.E.nextStep).toEqual({ text: '', sop: 'E note', from: 'contact-attempts' });
  });

  it('each scenario has a title and says when it applies, in our words', () => {
    for (const s of all) {
      expect(s.title.length, s.letter).toBeGreaterThan(8);
      expect(s.appliesWhen.length, s.letter).toBeGreaterThan(30);
    }
    expect(sop.SCENARIOS.G.title).toBe('Retroactive disenrollment (RD)');
    expect(sop.SCENARIOS.H.title).toBe('Enrollment exception (EE)');
    expect(sop.SCENARIOS.L.title).toBe('CIS or Congressional case');
    expect(sop.SCENARIOS.K.appliesWhen).toMatch(/Applies to every case\.$/);
  });
});

describe('what the page can tick (SOP steps with checks)', () => {
  /** A check in words: kind, and the reason, phrase, limit or "what" it carries. */
  const said = (check: StepCheck) => {
    if (check.kind === 'reassignment') return `reassignment: ${check.reason}`;
    if (check.kind === 'phrase') return `phrase: ${check.phrase}`;
    if (check.kind === 'note-length') return `note-length: ${check.max}`;
    if (check.kind === 'note-mentions') return `note-mentions: ${check.what}`;
    return check.kind;
  };

  it('ticks exactly these steps, each by what the SOP says is on the page', () => {
    const checks = Object.fromEntries(all.flatMap((s) => s.steps).filter((step) => step.checks).map((step) => [step.id, step.checks!.map(said)]));
    expect(checks).toEqual({
      // SOP A.1.a, B.1.a: the receiving plan named; A.1.b, B.1.b, C.1, D.1.c, H.1.b, I.1, J.1: notes.
      'A.1.a': ['note-names-contract'],
      'A.1.b': ['note'],
      'A.2': ['reassignment: another-plan'],
      'A.3': ['keep-open'],
      'B.1.a': ['note-names-contract'],
      'B.1.b': ['note'],
      'B.2': ['reassignment: another-plan'],
      'B.3': ['keep-open'],
      'C.1': ['note'],
      'C.2': ['reassignment: cms-issue'],
      'C.3': ['keep-open'],
      'D.1.a': ['phrase: CTM Case Not Part D'],
      'D.1.c': ['note'],
      'D.2': ['reassignment: category'],
      'D.3': ['requested-category'],
      'D.4': ['keep-open'],
      'E.1': ['note', 'closed-resolved'],
      'F.1': ['resolution-date'],
      'F.1.a': ['resolution-date'],
      'F.1.b': ['resolution-date'],
      'F.2': ['category-assigned'],
      'F.2.a': ['category-assigned'],
      'F.2.b': ['category-assigned'],
      'F.3.a': ['note-mentions: the lead RO'],
      'F.3.b': ['note-mentions: that the disposition is resolved'],
      'F.3.c': ['note-names-caseworker'],
      'G.4': ['rd-branch'],
      'G.4.a': ['rd-branch'],
      'G.4.b': ['rd-branch'],
      'G.5.a': ['reassignment: cms-issue', 'phrase: CRITICAL RD'],
      'G.5.c': ['keep-open', 'note-mentions: the referral to the home RO'],
      'G.5.d': ['keep-open'],
      'G.6.a': ['keep-open', 'note-mentions: that the case has been referred to IntegriGuard'],
      'H.1.a': ['phrase: EE Complaint'],
      'H.1.b': ['note'],
      'H.2': ['reassignment: cms-issue'],
      'H.3': ['keep-open'],
      'I.1': ['note'],
      'I.2': ['reassignment: category'],
      'I.3': ['requested-category'],
      'I.4': ['keep-open'],
      'J.1': ['note'],
      'J.2': ['reassignment: issue-level'],
      'J.3': ['requested-issue-level'],
      'J.4': ['keep-open'],
      'K.1': ['note-length: 4000'],
      'L.2': ['phrase: CIS or Congressional Resolution'],
      'L.4': ['reassignment: cms-issue'],
      'L.5': ['keep-open'],
    });
  });

  // The reason ticked is the one the step's SOP sentence names.
  it('each reassignment check names the reason its SOP sentence gives, and the scenario asks that reason', () => {
    const words = { 'another-plan': 'belongs to another plan', 'cms-issue': 'cms issue', category: 'category', 'issue-level': 'issue level' };
    let count = 0;
    for (const s of all) {
      for (const step of s.steps) {
        for (const check of step.checks ?? []) {
          if (check.kind !== 'reassignment') continue;
          count += 1;
          expect(plain(step.cite).toLowerCase().replace(/"/g, ''), step.id).toContain(words[check.reason]);
          expect(s.reassignmentReason, step.id).toBe(check.reason);
        }
      }
    }
    expect(count).toBe(9);
  });

  // SOP D.1.a, G.5.a, H.1.a, L.2 quote the phrase the note must carry.
  it('each phrase check is a phrase its SOP sentence quotes', () => {
    const phraseChecks = all.flatMap((s) => s.steps.flatMap((step) => (step.checks ?? []).flatMap((c) => (c.kind === 'phrase' ? [{ step, phrase: c.phrase }] : []))));
    expect(phraseChecks.map((p) => p.step.id)).toEqual(['D.1.a', 'G.5.a', 'H.1.a', 'L.2']);
    for (const { step, phrase } of phraseChecks) {
      expect(plain(step.cite), step.id).toContain(`"${phrase}`);
      expect(step.text, step.id).toContain(`"${phrase}"`);
    }
  });

  it('the K.1 limit is the SOP\'s 4,000 characters', () => {
    expect(sop.NOTE_LIMIT).toBe(4000);
    expect(sop.SCENARIOS.K.steps[0]!.cite).toContain('up to 4,000 characters');
  });
});

describe('the links between steps', () => {
  const stepIds = (s: Scenario) => s.steps.map((step) => step.id);

  // SOP D.1.a, G.5.a, G.6.a, H.1.a, L.2.
  it('each required phrase is asked by a step of its scenario, with its path for G', () => {
    const asked = all.flatMap((s) => s.requiredPhrases.map((r) => [s.letter, r.step, r.phrase, r.branch, r.provenance]));
    expect(asked).toEqual([
      ['D', 'D.1.a', 'CTM Case Not Part D', undefined, undefined],
      ['G', 'G.5.a', 'CRITICAL RD', 'critical', undefined],
      ['G', 'G.6.a', 'referred to IntegriGuard', 'non-critical', undefined],
      ['H', 'H.1.a', 'EE Complaint', undefined, undefined],
      ['L', 'L.2', 'CIS or Congressional Resolution', undefined, undefined],
    ]);
    expect([sop.NOT_PART_D_PHRASE, sop.CRITICAL_RD_PHRASE, sop.INTEGRIGUARD_PHRASE, sop.EE_PHRASE, sop.CIS_CONGRESSIONAL_PHRASE]).toEqual(asked.map((a) => a[2]));
  });

  // SOP G.5: the critical path; G.6: the non-critical path; G.1–G.4 apply to both.
  it('G\'s steps belong to the path they are numbered under, and no other scenario has paths', () => {
    const branches = sop.SCENARIOS.G.steps.map((step) => [step.id, step.branch]);
    for (const [id, branch] of branches) {
      const expected = id!.startsWith('G.5') ? 'critical' : id!.startsWith('G.6') ? 'non-critical' : undefined;
      expect(branch, id).toBe(expected);
    }
    expect(branches.filter(([, b]) => b).length).toBe(15);
    expect(all.filter((s) => s.branching || s.steps.some((step) => step.branch)).map((s) => s.letter)).toEqual(['G']);
  });

  it('G\'s two paths start at G.5 and G.6, decided at G.4, each keeping the case open at its own step', () => {
    const branching = sop.SCENARIOS.G.branching!;
    expect(branching.decidedAt).toBe('G.4');
    expect(branching.paths.map((p) => [p.branch, p.label, p.step, p.keepOpen.step, p.nextStep.sop, p.nextStep.from])).toEqual([
      ['critical', 'critical RD', 'G.5', 'G.5.c', 'G.5.a, G.5.b', undefined],
      ['non-critical', 'non-critical RD', 'G.6', 'G.6.a', 'G.6.c, G.6.d', 'branch-since'],
    ]);
    expect([...sop.RD_BRANCHES]).toEqual(['critical', 'non-critical']);
    const [critical, nonCritical] = branching.paths;
    // SOP G.5.c: the RO acts first; G.6.d: IntegriGuard resolves and tells the plan.
    expect(critical!.keepOpen.waitingFor).toMatch(/\bRO\b/);
    expect(critical!.closeOnlyWhen).toBeUndefined();
    expect(nonCritical!.keepOpen.waitingFor).toMatch(/^IntegriGuard .*\(G\.6\.d\)$/);
    expect(nonCritical!.closeOnlyWhen).toMatch(/^IntegriGuard .*\(G\.6\.d\)$/);
    expect(nonCritical!.nextStep.text).toContain('{since}');
    expect(critical!.nextStep.text).toContain(`"${sop.CRITICAL_RD_PHRASE}"`);
    expect(critical!.nextStep.text).toContain('"CRITICAL RD, in CTM"');
    for (const path of branching.paths) {
      for (const id of [path.step, path.keepOpen.step]) expect(stepIds(sop.SCENARIOS.G), id).toContain(id);
      expect(sop.SCENARIOS.G.steps.find((step) => step.id === path.keepOpen.step)?.checks, path.branch).toContainEqual({ kind: 'keep-open' });
    }
  });

  // SOP A.4, B.4, C.4, D.5, G.5.e, H.4, L.6: once the RO agrees, the complaint leaves the plan.
  it('hands the complaint over at the step that says where it goes', () => {
    const handOvers = Object.fromEntries(all.filter((s) => s.handsOver).map((s) => [s.letter, s.handsOver]));
    expect(Object.fromEntries(Object.entries(handOvers).map(([l, h]) => [l, h!.step]))).toEqual({
      A: 'A.4', B: 'B.4', C: 'C.4', D: 'D.5', G: 'G.5.e', H: 'H.4', L: 'L.6',
    });
    expect(handOvers.A!.to).toBe('another contract');
    expect(handOvers.B!.to).toMatch(/^another contract \(unless .*subsidiary's CTM\)$/);
    expect(handOvers.D!.to).toMatch(/MA only complaint/);
    for (const letter of ['C', 'G', 'H', 'L']) expect(handOvers[letter]!.to, letter).toBe('CMS Issue');
  });

  // SOP G.2, G.6.d: when closing an RD is still right.
  it('only G says when closing is still right, naming G.2 and G.6.d', () => {
    expect(all.filter((s) => s.closeOnlyWhen).map((s) => s.letter)).toEqual(['G']);
    expect(sop.SCENARIOS.G.closeOnlyWhen).toMatch(/\(G\.2\).*\(G\.6\.d\)/);
  });

  it('each next step names SOP items of its own scenario (or its note)', () => {
    const withNext = all.filter((s) => s.nextStep);
    expect(withNext.map((s) => s.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'L']);
    const sops = Object.fromEntries(withNext.map((s) => [s.letter, [s.nextStep!.sop, s.nextStep!.from]]));
    expect(sops).toEqual({
      A: ['A.1, A.2', undefined],
      B: ['A.1, A.2', undefined],
      C: ['C.2', undefined],
      D: ['D.1–D.4', undefined],
      E: ['E note', 'contact-attempts'],
      F: ['F.4', undefined],
      G: ['G.1, G.4', undefined],
      H: ['H.2', undefined],
      I: ['I.2–I.4', undefined],
      J: ['J.2–J.4', undefined],
      L: ['L.2–L.4', 'return-to-cms'],
    });
    for (const s of withNext) {
      const named = s.nextStep!.sop.match(/[A-P]\.\d+(?:\.[a-z]+)*/g) ?? [];
      for (const id of named) expect(all.some((other) => stepIds(other).includes(id)), `${s.letter}: ${id}`).toBe(true);
      if (s.letter !== 'E') expect(s.nextStep!.text.length, s.letter).toBeGreaterThan(20);
    }
    // SOP F.4: the email subject; D.1.a and L.2: the phrase.
    expect(sop.SCENARIOS.F.nextStep!.text).toContain('"CTM Case Resolved But Will Not Close"');
    expect(sop.SCENARIOS.D.nextStep!.text).toContain(`"${sop.NOT_PART_D_PHRASE}"`);
    expect(sop.SCENARIOS.L.nextStep!.text).toContain(`"${sop.CIS_CONGRESSIONAL_PHRASE}"`);
  });

  // SOP A.1.a, B.1.a (the plan to reassign to), F.3.c (the caseworker), E note (attempts).
  it('the scenario lint rules cite the steps that ask for them', () => {
    const lint = Object.fromEntries(all.filter((s) => s.lint).map((s) => [s.letter, s.lint]));
    expect(lint).toEqual({
      A: { referralTarget: { step: 'A.1.a', anyContract: false } },
      B: { referralTarget: { step: 'B.1.a', anyContract: true } },
      E: { contactAttempts: { step: 'E note' } },
      F: { caseworkerName: { step: 'F.3.c' } },
    });
  });

  it('each follow-up starts at a step of its scenario, with the SOP\'s numbers', () => {
    const followUps = all.flatMap((s) => s.followUps.map((f) => ({ ...f, letter: s.letter })));
    expect(followUps.map((f) => [f.letter, f.kind, f.step])).toEqual([
      ['E', 'contact-attempts', 'E.2'],
      ['I', 'clock-paused-while-reassignment', 'I.4'],
      ['J', 'clock-paused-while-reassignment', 'J.4'],
      ['K', 'contact-attempts', 'K.2'],
      ['L', 'return-to-cms', 'L.3'],
      ['N', 'business-days', 'N.1'],
      ['N', 'business-days', 'N.2'],
      ['O', 'expected-wait', 'O.2'],
    ]);
    // SOP E note: "at least 3 times, with the 4th attempt in writing".
    for (const letter of ['E', 'K'] as const) {
      expect(sop.SCENARIOS[letter].followUps[0]).toMatchObject({ attempts: 4, writtenAttempt: 4, cite: 'at least 3 times, with the 4th attempt in writing' });
    }
    // SOP L.3: "2 to 7 days, depending on Issue Level"; the mapping per level is ours.
    expect(sop.SCENARIOS.L.followUps[0]).toMatchObject({
      days: { 'immediate-need': 2, urgent: 7, none: 7 },
      daysFrom: { kind: 'ctm-assist', reason: expect.stringMatching(/^L\.3 gives only the range/) },
    });
    // SOP I.4, J.4: the clock stops for the scenario's own indicator reason.
    for (const letter of ['I', 'J'] as const) {
      expect(sop.SCENARIOS[letter].followUps[0], letter).toMatchObject({ reason: sop.SCENARIOS[letter].reassignmentReason });
    }
    // SOP N.1: five business days; N.2: six; O.2: 2 weeks.
    const actions = followUps.flatMap((f) => ('action' in f ? [[f.step, f.days, f.action]] : []));
    expect(actions).toEqual([
      ['N.1', 5, 'Check for CTM access'],
      ['N.2', 6, 'Email the CTM mailbox if access is still missing'],
      ['O.2', 14, 'HPMS user set-up'],
    ]);
  });

  // SOP L: a CIS or Congressional case can also be an RD (G) or an EE (H).
  it('only L declares scenarios that apply alongside it: G and H', () => {
    expect(all.filter((s) => s.alsoAppliesWith).map((s) => [s.letter, s.alsoAppliesWith])).toEqual([['L', ['G', 'H']]]);
  });

  it('each case scenario but K has detection signals described in words; the guides have none', () => {
    expect(all.filter((s) => s.detection).map((s) => s.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'L']);
    for (const s of all.filter((x) => x.detection)) {
      expect(s.detection!.described.length, s.letter).toBeGreaterThanOrEqual(2);
      expect(typeof s.detection!.signals, s.letter).toBe('function');
    }
    expect(all.filter((s) => s.detection?.corroborate).map((s) => s.letter)).toEqual(['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J', 'L']);
  });

  // Equal scores: explicit CMS flags first (L), the caseworker's calls last (K).
  it('orders equal detection scores L, G, H, F, J, D, B, A, E, C, I, K', () => {
    const ranked = [...sop.CASE_LETTERS].sort((a, b) => sop.SCENARIOS[a].tieRank! - sop.SCENARIOS[b].tieRank!);
    expect(ranked.join('')).toBe('LGHFJDBAECIK');
  });
});

describe('the guides M–P', () => {
  // SOP M.2, N.3, P.1: the CMS mailboxes.
  it('name the CMS mailboxes of the SOP', () => {
    expect(sop.CTM_ACCESS_MAILBOX).toBe('CTMACCESS@cms.hhs.gov');
    expect(sop.CTM_MAILBOX).toBe('CTM@cms.hhs.gov');
    expect(sop.SCENARIOS.M.steps[1]!.text).toContain(sop.CTM_ACCESS_MAILBOX);
    expect(sop.SCENARIOS.N.steps[2]!.text).toContain(sop.CTM_MAILBOX);
    expect(sop.SCENARIOS.P.steps[0]!.text).toContain(sop.CTM_MAILBOX);
  });

  it('ask for no phrase, keep nothing open and carry no notes', () => {
    for (const letter of sop.GUIDE_LETTERS) {
      const guide = sop.SCENARIOS[letter];
      expect([guide.caseScenario, guide.keepOpen, guide.notes, guide.requiredPhrases], letter).toEqual([false, false, [], []]);
    }
  });
});

describe('the SOP key and issue levels', () => {
  // SOP "Key & Definitions" 1–18: each term is the SOP's and each quote is its own entry.
  it('each key term is the SOP\'s, quoted from its own entry', () => {
    expect(sop.DEFINITIONS).toHaveLength(18);
    for (const d of sop.DEFINITIONS) {
      expect(plain(SOP_TEXT), d.term).toContain(plain(d.term));
      expect(d.meaning.length, d.term).toBeGreaterThan(1);
      if (d.key !== 11) expect(plain(d.cite).startsWith(plain(d.term)), d.term).toBe(true);
    }
    // Key 11: the 2-calendar-day rule of Immediate Need.
    expect(sop.DEFINITIONS[10]).toMatchObject({ term: 'Immediate Need complaint', cite: expect.stringContaining('within 2 calendar days') });
  });

  it('expands the abbreviations as the SOP key does', () => {
    const short = Object.fromEntries(sop.DEFINITIONS.filter((d) => plain(d.cite).startsWith(`${d.term} = ${d.meaning}`)).map((d) => [d.term, d.meaning]));
    expect(short).toEqual({
      'C:D': 'Connect:Direct',
      CTM: 'Complaint Tracking Module',
      EE: 'Enrollment exception',
      FE: 'Facilitated enrollments',
      GT: 'Gentran',
      HPMS: 'Health Plan Management System',
      PHI: 'Protected Health Information',
      'Plan A, B, etc.': 'Any Medicare Part D sponsor/plan',
      RD: 'Retroactive disenrollments',
      RO: 'Regional Office',
    });
  });

  // Issue level definitions under SOP J: Immediate Need 2 or fewer days (2 calendar days to
  // resolve, key 11), Urgent 3 to 14; None is CTM's value for every other complaint.
  it('labels the issue levels as CTM does, the SOP\'s two with its definitions', () => {
    expect(sop.ISSUE_LEVEL_DEFINITIONS.map((d) => [d.level, d.label, d.sopBudgetDays])).toEqual([
      ['immediate-need', 'Immediate Need', 2],
      ['urgent', 'Urgent', undefined],
      ['none', 'None', undefined],
    ]);
    for (const d of sop.ISSUE_LEVEL_DEFINITIONS.slice(0, 2)) {
      expect(d.cite!.toLowerCase(), d.level).toContain(`an ${d.label.toLowerCase()} complaint is defined as`);
      expect(d.cite, d.level).toContain(d.level === 'urgent' ? '3 to 14 days' : '2 or less days');
      expect(d.provenance, d.level).toBeUndefined();
      expect(d.meaning.length, d.level).toBeGreaterThan(30);
    }
    expect(sop.ISSUE_LEVEL_DEFINITIONS[2]!.provenance).toEqual({ kind: 'ctm-assist', reason: expect.stringMatching(/only Immediate Need and Urgent/) });
    expect(sop.ISSUE_LEVEL_DEFINITIONS[2]!.meaning).toBe('Every other complaint.');
  });
});
