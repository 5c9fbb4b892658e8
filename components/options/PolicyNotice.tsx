/**
 * What the organization's enterprise policy sets (docs/admin/): those settings are locked here
 * and an imported file cannot change them. Policy values that were not valid are listed.
 */
import type { ManagedSettings } from '../../lib/managed-policy';

const LABELS: Record<string, string> = {
  organization: 'organization',
  contracts: 'contracts',
  caseworker: 'caseworker',
  mailboxes: 'mailboxes',
  timeZone: 'time zone',
  budgets: 'budgets',
};

export function PolicyNotice({ managed }: { managed: ManagedSettings }) {
  return (
    <section aria-labelledby="policy-heading" data-settings-policy="">
      <h2 id="policy-heading">Set by your organization</h2>
      {managed.locked.length > 0 && (
        <p>
          Your organization's IT presets the {managed.locked.map((key) => LABELS[key] ?? key).join(', ')} by enterprise
          policy. These are locked: a settings file you import cannot change them, and its values for them are not used.
        </p>
      )}
      {managed.problems.length > 0 && (
        <div class="problem" role="alert" data-settings-policy-problem="">
          <p>Some policy values could not be used; ask your IT to correct them:</p>
          <ul>
            {managed.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
