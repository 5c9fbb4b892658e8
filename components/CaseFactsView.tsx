/**
 * What the panel read from the page: the facts with their hooks, what is missing, what could
 * not be read or used, and fields the page shows with two different values.
 */
import type { CaseSnapshot, FieldConflict } from '../lib/case';
import { HOOK_FIELD_KEYS } from '../lib/case-keys';
import { canonicalLabel, type LabelKey } from '../lib/page/label-vocabulary';

const DISPLAY: Record<string, Record<string, string>> = {
  issueLevel: { 'immediate-need': 'Immediate Need', urgent: 'Urgent', none: 'None' },
  cisControlled: { yes: 'Yes', no: 'No' },
  pressOrHillInterest: { yes: 'Yes', no: 'No' },
  requestedIssueLevel: { 'immediate-need': 'Immediate Need', urgent: 'Urgent', none: 'None' },
  reassignmentRequested: { true: 'Yes', false: 'No' },
  disposition: { resolved: 'Resolved', unresolved: 'Unresolved', withdrawn: 'Withdrawn', closed: 'Closed', open: 'Open' },
  reassignmentReason: {
    'another-plan': 'Belongs to another plan',
    'cms-issue': 'CMS issue',
    category: 'Category reassignment',
    'issue-level': 'Issue level reassignment',
  },
};

const SHORT_LABELS: Record<string, string> = {
  cisControlled: 'Controlled in CIS?',
  assignedDate: 'Assigned to plan',
  receivedDate: 'Received',
};

/** A normalised value as the caseworker knows it: dates as MM/DD/YYYY, levels by name. */
export function shownValue(key: string, value: string): string {
  const mapped = DISPLAY[key]?.[value];
  if (mapped) return mapped;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? `${iso[2]}/${iso[3]}/${iso[1]}` : value;
}

/** "11/02/2026 and 11/03/2026", "A, B and C". */
export function conflictValues(conflict: FieldConflict): string {
  const shown = conflict.values.map((v) => shownValue(conflict.key, v));
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown.join('');
}

function ConflictText({ conflict }: { conflict: FieldConflict }) {
  return <>The page shows different values: {conflictValues(conflict)}. Neither is used.</>;
}

/** Identifiers the email check looks for: one not read cannot be looked for. */
const GUARDED = new Set(['beneficiaryName', 'hicn', 'mbi', 'dateOfBirth']);

const labelOf = (key: string) => SHORT_LABELS[key] ?? canonicalLabel(key as LabelKey);

export function CaseFactsView({ snapshot }: { snapshot: CaseSnapshot }) {
  const facts = snapshot.facts as Record<string, string | undefined>;
  const malformed = new Map(snapshot.malformed.map((m) => [m.key, m]));
  const conflicts = new Map(snapshot.conflicts.map((c) => [c.key, c]));
  const present = HOOK_FIELD_KEYS.filter((key) => !snapshot.missing.includes(key));
  const isHook = (key: string) => (HOOK_FIELD_KEYS as readonly string[]).includes(key);
  const otherConflicts = snapshot.conflicts.filter((c) => !isHook(c.key));
  const otherMalformed = snapshot.malformed.filter((m) => !isHook(m.key));
  return (
    <section class="ctm-section" aria-labelledby="ctm-facts-heading">
      <h2 id="ctm-facts-heading">Case facts</h2>
      <dl class="ctm-facts">
        {present.map((key) => {
          const problem = malformed.get(key);
          const conflict = conflicts.get(key);
          const value = facts[key];
          return (
            <div class="ctm-fact" key={key}>
              <dt>{labelOf(key)}</dt>
              {conflict ? (
                <dd data-field-conflict={key} class="ctm-bad">
                  <ConflictText conflict={conflict} />
                </dd>
              ) : problem ? (
                <dd data-field-malformed={key} class="ctm-bad">
                  Could not read: {problem.reason}
                </dd>
              ) : (
                <dd data-field={key} data-value={value ?? ''}>
                  {value ? shownValue(key, value) : <span class="ctm-muted">(blank)</span>}
                </dd>
              )}
            </div>
          );
        })}
      </dl>
      {otherConflicts.length + otherMalformed.length > 0 && (
        <div class="ctm-missing">
          <p>Not used from this page:</p>
          <ul>
            {otherConflicts.map((c) => (
              <li key={c.key} data-field-conflict={c.key}>
                {labelOf(c.key)}: <ConflictText conflict={c} />
              </li>
            ))}
            {otherMalformed.map((m) => (
              <li key={m.key} data-field-malformed={m.key}>
                {labelOf(m.key)}: {m.reason}
                {GUARDED.has(m.key) ? ' (the email check cannot look for it in drafts)' : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {snapshot.missing.length > 0 && (
        <div class="ctm-missing">
          <p>Could not find on this page:</p>
          <ul>
            {snapshot.missing.map((key) => (
              <li key={key} data-field-missing={key}>
                {canonicalLabel(key as (typeof HOOK_FIELD_KEYS)[number])}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
