/** What the panel read from the page: the facts with their hooks, what is missing or unreadable. */
import type { CaseSnapshot } from '../lib/case';
import { HOOK_FIELD_KEYS } from '../lib/case-keys';
import { canonicalLabel } from '../lib/page/label-vocabulary';

const DISPLAY: Record<string, Record<string, string>> = {
  issueLevel: { 'immediate-need': 'Immediate Need', urgent: 'Urgent', none: 'None' },
  cisControlled: { yes: 'Yes', no: 'No' },
  pressOrHillInterest: { yes: 'Yes', no: 'No' },
};

const SHORT_LABELS: Record<string, string> = {
  cisControlled: 'Controlled in CIS?',
  assignedDate: 'Assigned to plan',
  receivedDate: 'Received',
};

function shown(key: string, value: string): string {
  const mapped = DISPLAY[key]?.[value];
  if (mapped) return mapped;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? `${iso[2]}/${iso[3]}/${iso[1]}` : value;
}

export function CaseFactsView({ snapshot }: { snapshot: CaseSnapshot }) {
  const facts = snapshot.facts as Record<string, string | undefined>;
  const malformed = new Map(snapshot.malformed.map((m) => [m.key, m]));
  const present = HOOK_FIELD_KEYS.filter((key) => !snapshot.missing.includes(key));
  return (
    <section class="ctm-section" aria-labelledby="ctm-facts-heading">
      <h2 id="ctm-facts-heading">Case facts</h2>
      <dl class="ctm-facts">
        {present.map((key) => {
          const label = SHORT_LABELS[key] ?? canonicalLabel(key);
          const problem = malformed.get(key);
          const value = facts[key];
          return (
            <div class="ctm-fact" key={key}>
              <dt>{label}</dt>
              {problem ? (
                <dd data-field-malformed={key} class="ctm-bad">
                  Could not read: {problem.reason}
                </dd>
              ) : (
                <dd data-field={key} data-value={value ?? ''}>
                  {value ? shown(key, value) : <span class="ctm-muted">(blank)</span>}
                </dd>
              )}
            </div>
          );
        })}
      </dl>
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
