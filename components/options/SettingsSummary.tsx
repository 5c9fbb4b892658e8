/** The plan profile in force, with the defaults that apply where a setting is not given. */
import { DEFAULT_TIME_ZONE, type Settings } from '../../lib/settings';

const NOT_SET = 'not set';

export function SettingsSummary({ settings }: { settings: Settings }) {
  const rows: [string, string][] = [
    ['Organization', settings.organization ?? NOT_SET],
    ['Contracts', settings.contracts?.join(', ') || NOT_SET],
    ['Caseworker', settings.caseworker ?? NOT_SET],
    ['Lead RO mailbox', settings.mailboxes?.leadRegionalOffice ?? NOT_SET],
    ['Home region Part D mailbox', settings.mailboxes?.homeRegionPartD ?? NOT_SET],
    ['Retroactive processing referrals', settings.mailboxes?.integriguard ?? NOT_SET],
    ['Time zone', settings.timeZone ?? `${DEFAULT_TIME_ZONE} (default)`],
    ['Urgent budget', `${settings.budgets?.urgentDays ?? 7} calendar days${settings.budgets?.urgentDays ? '' : ' (CMS guidance default)'}`],
    ['No issue level budget', `${settings.budgets?.noLevelDays ?? 30} calendar days${settings.budgets?.noLevelDays ? '' : ' (CMS guidance default)'}`],
  ];
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Plan profile</h2>
      <dl class="summary">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd class={value === NOT_SET ? 'muted' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
