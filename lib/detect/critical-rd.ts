/**
 * SOP G.4: is a valid retroactive disenrollment critical? Immediate Need cases are always
 * critical; so are MA-PD cases about immediate access to care, and MA-PD or PDP cases about
 * opting out because of employer group coverage.
 */
import type { CaseFacts } from '../case';

export interface CriticalRdInput {
  facts: CaseFacts;
  /** The complaint summary (PHI): read here, never quoted. */
  summary?: string;
}

export interface CriticalRdResult {
  critical: boolean;
  /** Which G.4 criteria hold, in words. Empty when none does. */
  reasons: string[];
}

const ACCESS_TO_CARE =
  /\b(?:access\s+to\s+(?:care|treatment|a\s+doctor|services)|(?:cannot|can't|can\s+not|unable\s+to)\s+(?:get|see|receive|access)\s+(?:care|treatment|a\s+doctor|my\s+doctor|her\s+doctor|his\s+doctor|services)|denied\s+(?:care|treatment|services)|needs?\s+(?:care|treatment|surgery)\s+(?:now|immediately|right\s+away|urgently))\b/i;
// Employer group coverage is what makes an opt-out critical; an opt-out alone is not enough.
const EMPLOYER_OPT_OUT = /\b(?:employer|union|retiree)\b|\bgroup\s+(?:coverage|plan|health|insurance)\b/i;

/** MA-PD: a Medicare Advantage contract (H local, R regional). PDP: a stand-alone S contract. */
function planType(contract: string | undefined): 'MA-PD' | 'PDP' | undefined {
  if (!contract) return undefined;
  if (/^[HR]\d{4}$/.test(contract)) return 'MA-PD';
  if (/^S\d{4}$/.test(contract)) return 'PDP';
  return undefined;
}

export function isCriticalRd(input: CriticalRdInput): CriticalRdResult {
  const reasons: string[] = [];
  const type = planType(input.facts.contractNumber);
  if (input.facts.issueLevel === 'immediate-need') {
    reasons.push('Issue level is Immediate Need: always critical (SOP G.4)');
  }
  if (type === 'MA-PD' && input.summary && ACCESS_TO_CARE.test(input.summary)) {
    reasons.push('MA-PD contract and the summary is about immediate access to care (SOP G.4.a)');
  }
  if (type && input.summary && EMPLOYER_OPT_OUT.test(input.summary)) {
    reasons.push(`${type} contract and the summary is about opting out for employer group coverage (SOP G.4.b)`);
  }
  return { critical: reasons.length > 0, reasons };
}
