/**
 * Some WebForms pages put the reassignment reason inside the "Request Reassignment" row, beside
 * the check box, as a RadioButtonList or a drop-down with no label of its own. Such a group is
 * known by its options: each one names a reassignment reason (SOP A.2, C.2, D.2, I.2, J.2).
 */
import type { Candidate } from './find-fields';
import { canonicalLabel } from './label-vocabulary';
import { isPlaceholder, normalizeReassignmentReason } from './normalize-value';
import { controlsIn, optionLabel } from './read-control';

const isReason = (text: string) => normalizeReassignmentReason(text).value !== undefined;

/** The element holding a reason group among `controls`, if they are exactly one such group. */
function reasonGroup(controls: Element[], row: Element): Element | undefined {
  if (controls.length === 1 && controls[0]!.tagName === 'SELECT') {
    // A prompt such as "-- Select --" is no reason, whatever its value ("" or "0").
    const options = Array.from((controls[0] as HTMLSelectElement).options).filter((o) => !isPlaceholder(o.text));
    return options.length > 1 && options.every((o) => isReason(o.text)) ? controls[0] : undefined;
  }
  const radios = controls as HTMLInputElement[];
  const name = radios[0]?.name;
  if (radios.length < 2 || !radios.every((r) => r.type === 'radio' && r.name === name && isReason(optionLabel(r)))) return undefined;
  // The smallest element around every radio: the list itself, or the row when they sit loose in it.
  let group: Element = radios[0]!;
  // Stryker disable next-line ConditionalExpression: the radios are all inside the row, so the climb stops there anyway
  while (group !== row && !radios.every((r) => group.contains(r))) group = group.parentElement ?? row;
  return group;
}

/**
 * A "Request Reassignment" candidate whose value holds the check box and a reason group becomes
 * two: the check box alone, and the reason. Every other candidate is returned as it is.
 */
export function splitReassignmentRow(candidate: Candidate): Candidate[] {
  if (candidate.key !== 'reassignmentRequested' || typeof candidate.value === 'string') return [candidate];
  const controls = controlsIn(candidate.value);
  const boxes = controls.filter((c) => (c as HTMLInputElement).type === 'checkbox');
  if (boxes.length !== 1) return [candidate];
  const group = reasonGroup(controls.filter((c) => c !== boxes[0]), candidate.value);
  if (!group) return [candidate];
  return [
    { ...candidate, value: boxes[0]!, control: true },
    { key: 'reassignmentReason', label: canonicalLabel('reassignmentReason'), value: group, control: true },
  ];
}
