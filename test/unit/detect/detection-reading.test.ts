/**
 * How detection reads the page's free text, as the caseworker would notice it: the days of
 * medication left (Immediate Need is 2 or fewer), a meaning only within one sentence, phrases in any
 * case or spacing, contract numbers named in a note, and the plan type from the contract.
 */
import { describe, expect, it } from 'vitest';
import { criteriaMet, planType, type Criterion } from '../../../lib/detect/criteria';
import { contractsIn, mentionsAnotherPlan } from '../../../lib/detect/contracts';
import { hasMeaning } from '../../../lib/detect/meaning';
import { daysOfMedicationLeft } from '../../../lib/detect/medication-days';
import { containsPhrase, withoutPhrases } from '../../../lib/detect/phrase';
import { shownBlank } from '../../../lib/detect/blank-field';
import { Tally } from '../../../lib/detect/tally';

describe('days of medication left, as a summary says it', () => {
  it('the shortest supply mentioned counts, so one running out is never hidden by another', () => {
    expect(daysOfMedicationLeft('Has 10 days of pills, but only 2 days of insulin left.')).toBe(2);
    expect(daysOfMedicationLeft('Only 2 days of insulin left; 10 days of pills.')).toBe(2);
  });

  it('weeks count as 7 days, in words or digits, however the supply is said', () => {
    expect(daysOfMedicationLeft('one week of pills left')).toBe(7);
    expect(daysOfMedicationLeft('enough medication for another two weeks')).toBe(14);
    expect(daysOfMedicationLeft('enough to last 3 weeks')).toBe(21);
    expect(daysOfMedicationLeft('the inhaler runs out in 2 weeks')).toBe(14);
    expect(daysOfMedicationLeft('running out in three days')).toBe(3);
    expect(daysOfMedicationLeft('enough meds to last a couple of days')).toBe(2);
    expect(daysOfMedicationLeft('enough meds for a couple of days')).toBe(2);
  });

  it('numbers in words and in any case are read', () => {
    expect(daysOfMedicationLeft('Has Two Days of medication left.')).toBe(2);
    expect(daysOfMedicationLeft('has a few days of tablets remaining')).toBe(3);
    expect(daysOfMedicationLeft('has no days of medication left')).toBe(0);
  });

  it('no medication left, or ran out, is zero days', () => {
    expect(daysOfMedicationLeft('There are no pills left.')).toBe(0);
    expect(daysOfMedicationLeft('She ran out yesterday.')).toBe(0);
    expect(daysOfMedicationLeft(undefined)).toBeUndefined();
  });
});

describe('a meaning is found only within one sentence, close together', () => {
  const optOut = { all: [/\bemployer\b/i, /\bopt(?:ed)?\s+out\b/i], withinWords: 3 };

  it('both words close in one sentence', () => {
    expect(hasMeaning('Her employer opted out of the plan.', optOut)).toBe(true);
    expect(hasMeaning('Opted out by employer.', optOut)).toBe(true);
    expect(hasMeaning('Opted out, as told by her employer.', optOut)).toBe(false);
  });

  it('not across sentences, lines or semicolons, and not too far apart', () => {
    expect(hasMeaning('Her employer called. She opted out.', optOut)).toBe(false);
    expect(hasMeaning('Her employer called\nShe opted out', optOut)).toBe(false);
    expect(hasMeaning('Her employer called; she opted out', optOut)).toBe(false);
    expect(hasMeaning('Her employer, as the letter of March says, opted out', optOut)).toBe(false);
    expect(hasMeaning('Her employer has opted out', optOut)).toBe(true);
  });

  it('nothing is found in no text, or with no words to look for', () => {
    expect(hasMeaning(undefined, optOut)).toBe(false);
    expect(hasMeaning('Her employer opted out.', { all: [], withinWords: 3 })).toBe(false);
  });
});

describe('phrases in the Current Entry', () => {
  it('match in any case and spacing', () => {
    expect(containsPhrase('Note: ctm  case\nNOT part d.', 'CTM Case Not Part D')).toBe(true);
    expect(containsPhrase('CTM Case Part D', 'CTM Case Not Part D')).toBe(false);
    expect(containsPhrase(undefined, 'CRITICAL RD')).toBe(false);
  });

  it('what is left once the phrases are taken out is the caseworker’s own note', () => {
    expect(withoutPhrases('CTM Case Not Part D.', ['CTM Case Not Part D'])).toBe('');
    expect(withoutPhrases('"CTM Case Not Part D" - called member', ['CTM Case Not Part D'])).toBe('called member');
    expect(withoutPhrases(undefined, [])).toBe('');
  });

  it('a phrase given with spaces around it still matches (SOP D.1.a)', () => {
    expect(containsPhrase('CTM Case Not Part D', '  CTM Case Not Part D ')).toBe(true);
  });

  it('the caseworker’s own note keeps one space between its words, whatever separated them', () => {
    expect(withoutPhrases('Called member,  left voicemail; CRITICAL RD.', ['CRITICAL RD'])).toBe('called member left voicemail');
    expect(withoutPhrases('DoneCRITICAL RDtoday', ['CRITICAL RD'])).toBe('done today');
  });
});

describe('contracts and plans named in free text', () => {
  it('contract numbers, upper-cased, once each, in the order first named, without the plan benefit package', () => {
    expect(contractsIn('moved to h1234-001, then S5678 and H1234 again')).toEqual(['H1234', 'S5678']);
    expect(contractsIn('R9999 E1234 F1234 X1234 91234 Z1234 H12345')).toEqual(['R9999', 'E1234', 'F1234', 'X1234', '91234']);
    expect(contractsIn(undefined)).toEqual([]);
  });

  it('another plan named in words', () => {
    expect(mentionsAnotherPlan('Member switched to a new plan in January.')).toBe(true);
    expect(mentionsAnotherPlan('Member is enrolled with a different sponsor.')).toBe(true);
    expect(mentionsAnotherPlan('Member called the plan.')).toBe(false);
    expect(mentionsAnotherPlan(undefined)).toBe(false);
  });

  it('the plan type from the contract: H and R are MA-PD, S is a PDP, others unknown', () => {
    expect(planType('H1234')).toBe('MA-PD');
    expect(planType('R1234')).toBe('MA-PD');
    expect(planType('S1234')).toBe('PDP');
    expect(planType('E1234')).toBeUndefined();
    expect(planType('H12345')).toBeUndefined();
    expect(planType('S12345')).toBeUndefined();
    expect(planType('XH1234')).toBeUndefined();
    expect(planType('XS1234')).toBeUndefined();
    expect(planType('OTHER')).toBeUndefined();
    expect(planType(undefined)).toBeUndefined();
  });
});

describe('criteria a scenario declares', () => {
  const facts = { complaintId: '1', contractNumber: 'H1234', issueLevel: 'immediate-need' as const };
  const urgentMaPd: Criterion = { step: 'G.4', planTypes: ['MA-PD'], issueLevel: 'immediate-need', reason: 'immediate need on an MA-PD' };
  const saysHospital: Criterion = { step: 'G.4', summary: { all: [/\bhospital\b/i], withinWords: 0 }, reason: 'in hospital' };
  const planOnly: Criterion = { step: 'G.4', planTypes: ['MA-PD'], reason: 'any MA-PD' };

  it('hold only when the plan type, the issue level and the summary all fit; a plan type alone never does', () => {
    expect(criteriaMet([urgentMaPd, saysHospital, planOnly], { facts, summary: 'Admitted to hospital.' })).toEqual([urgentMaPd, saysHospital]);
    expect(criteriaMet([urgentMaPd], { facts: { ...facts, contractNumber: 'S1234' } })).toEqual([]);
    expect(criteriaMet([urgentMaPd], { facts: { ...facts, contractNumber: undefined } })).toEqual([]);
    expect(criteriaMet([urgentMaPd], { facts: { ...facts, issueLevel: 'urgent' } })).toEqual([]);
    expect(criteriaMet([saysHospital], { facts, summary: 'At home.' })).toEqual([]);
  });
});

describe('ranking the scenarios found', () => {
  it('the highest score first, its reasons in the order found; equal scores by the scenario’s rank', () => {
    const tally = new Tally();
    tally.add('C', 2, 'one');
    tally.add('A', 3, 'two');
    tally.add('C', 2, 'three');
    tally.add('B', 3, 'four');
    const ranked = tally.ranked((letter) => ({ A: 2, B: 1 })[letter as 'A' | 'B'] ?? 9);
    expect(ranked.map((m) => [m.scenario, m.score])).toEqual([['C', 4], ['B', 3], ['A', 3]]);
    expect(ranked[0]!.reasons).toEqual(['one', 'three']);
    expect(tally.has('A')).toBe(true);
    expect(tally.has('D')).toBe(false);
  });

  it('a field is shown blank only when the page let it be read', () => {
    const input = { facts: { complaintId: '1' }, pageErrors: [] };
    expect(shownBlank(input, 'category')).toBe(true);
    expect(shownBlank({ ...input, unknownFields: ['category'] }, 'category')).toBe(false);
    expect(shownBlank({ ...input, facts: { complaintId: '1', category: 'Pricing' } }, 'category')).toBe(false);
  });
});
