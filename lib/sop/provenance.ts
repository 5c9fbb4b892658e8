/** Where each rule on screen comes from, and how the panel says so. */
import type { SopStep } from './types';

/**
 * Where a rule comes from: the 2007 SOP (the item that says it), later CMS guidance (which), or
 * CTM Assist's own inference or best-practice mapping (why). Rendered as `data-provenance`.
 */
export type Provenance =
  | { kind: 'sop'; item: string }
  | { kind: 'cms-guidance'; which: string }
  | { kind: 'ctm-assist'; reason: string };
export type ProvenanceKind = Provenance['kind'];

/** The provenance in words for the panel: "SOP G.5.a", "CMS guidance after 2007 …", "CTM Assist suggests …". */
export function provenanceText(p: Provenance): string {
  switch (p.kind) {
    case 'sop':
      return `SOP ${p.item}`;
    case 'cms-guidance':
      return `CMS guidance after 2007, set in options: ${p.which}`;
    case 'ctm-assist':
      return `CTM Assist suggests: ${p.reason}`;
  }
}

/** A step's provenance: its own, else the SOP item it is numbered after. */
export function stepProvenance(step: SopStep): Provenance {
  return step.provenance ?? { kind: 'sop', item: step.id };
}
