/**
 * Contract numbers and other plans named in a complaint summary or note: what SOP A (another
 * Part D sponsor), SOP B (a subsidiary), key 12 ("Other") and key 17 ("Unknown") read in the text.
 *
 * The module is imported afresh inside each test (not at the top of the file), so that its
 * patterns, which are built at import, are built under the test that checks them.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshContracts() {
  vi.resetModules();
  return import('../../../lib/detect/contracts');
}

describe('SOP A and B: contract numbers named in the text', () => {
  it.each([
    ['Member says she is in H1234.', ['H1234']],
    ['Member says she is in R5678.', ['R5678']],
    ['Member says she is in S9012.', ['S9012']],
    ['Member says she is in E3456.', ['E3456']],
    ['Member says she is in F7890.', ['F7890']],
    ['Member says she is in X1357.', ['X1357']],
    ['Member says she is in 92468.', ['92468']],
    ['Member says she is in H1234-001.', ['H1234']],
    ['Plans H1234-001 and S5678-002 both bill her.', ['H1234', 'S5678']],
  ])('reads %s as %j', async (text, contracts) => {
    const { contractsIn } = await freshContracts();
    expect(contractsIn(text)).toEqual(contracts);
  });

  it('reads a number written in lower case as the upper-case contract', async () => {
    const { contractsIn } = await freshContracts();
    expect(contractsIn('moved to h1234 and then s5678-003')).toEqual(['H1234', 'S5678']);
  });

  it('names each contract once, in the order first mentioned', async () => {
    const { contractsIn } = await freshContracts();
    expect(contractsIn('S5678 first, then H1234, then s5678 again and H1234-001.')).toEqual(['S5678', 'H1234']);
  });

  it.each([
    ['Member called about her refill.'],
    ['Another letter, A1234, came from the broker.'],
    ['Reference H123 is too short.'],
    ['Reference H12345 is too long.'],
    ['Claim QH1234 is a claim number.'],
    ['H-1234 is not written as a contract.'],
    [''],
  ])('reads no contract in "%s"', async (text) => {
    const { contractsIn } = await freshContracts();
    expect(contractsIn(text)).toEqual([]);
  });

  it('reads no contract in a missing text', async () => {
    const { contractsIn } = await freshContracts();
    expect(contractsIn(undefined)).toEqual([]);
  });
});

describe('SOP A: another plan named in words', () => {
  const ANOTHER_PLAN = [
    'She joined another plan in March.',
    'Member is in a different plan.',
    'Billed by the other plan.',
    'Member chose a new plan.',
    'The broker put her in the wrong plan.',
    'Her previous plan still bills her.',
    'Her former plan still bills her.',
    'Her old plan still bills her.',
    'Joined a new drug plan.',
    'Joined a new prescription plan.',
    'Joined a new Part D plan.',
    'Joined a new PartD plan.',
    'Joined a new Medicare plan.',
    'Joined a new health plan.',
    'Member switched plans in January.',
    'Member switched plan in January.',
    'Member switched to a plan with lower copays.',
    'Member switched to the plan her daughter uses.',
    'Her son switched the plan for her.',
    'The couple switched to new plans.',
    'The couple switched to different plans.',
    "She is enrolled in another sponsor's plan.",
    'She is enrolled with another sponsor.',
    "She is enrolled in a different sponsor's plan.",
    'She is enrolled with a different sponsor.',
  ];

  it.each(ANOTHER_PLAN)('reads another plan in "%s"', async (text) => {
    const { mentionsAnotherPlan } = await freshContracts();
    expect(mentionsAnotherPlan(text)).toBe(true);
  });

  it('reads them in any case, with double spaces or a line break between the words', async () => {
    const { mentionsAnotherPlan } = await freshContracts();
    for (const text of ANOTHER_PLAN) {
      expect(mentionsAnotherPlan(text.toUpperCase()), text).toBe(true);
      expect(mentionsAnotherPlan(text.replaceAll(' ', '  ')), text).toBe(true);
      expect(mentionsAnotherPlan(text.replaceAll(' ', '\n ')), text).toBe(true);
    }
  });

  it.each([
    'Member called the plan.',
    'No other planned changes.',
    'She wants to renew plan benefits.',
    'Member switched pharmacies.',
    'She is enrolled in the plan.',
    'She is enrolled in a plan with her spouse.',
    'A new pharmacy plans to call her.',
    '',
    undefined,
  ])('reads no other plan in "%s"', async (text) => {
    const { mentionsAnotherPlan } = await freshContracts();
    expect(mentionsAnotherPlan(text)).toBe(false);
  });
});
