/**
 * The plan profile in force, with the defaults that apply where a setting is not given. Settings
 * preset by the organization's enterprise policy are marked locked (`data-setting-locked`).
 */
import { DEFAULT_TIME_ZONE, type Settings } from '../../lib/settings';
import type { ManagedKey } from '../../lib/store/managed-settings';

const NOT_SET = 'not set';

type Props = { settings: Settings; locked?: readonly ManagedKey[] };

export function SettingsSummary({ settings, locked = [] }: Props) {
  const rows: [label: string, value: string, key: ManagedKey | undefined][] = [
    ['Organization', settings.organization ?? NOT_SET, 'organization'],
    ['Contracts', settings.contracts?.join(', ') || NOT_SET, 'contracts'],
    ['Caseworker', settings.caseworker ?? NOT_SET, 'caseworker'],
    ['Lead RO mailbox', settings.mailboxes?.leadRegionalOffice ?? NOT_SET, 'mailboxes'],
    ['Home region Part D mailbox', settings.mailboxes?.homeRegionPartD ?? NOT_SET, 'mailboxes'],
    ['Retroactive processing referrals', settings.mailboxes?.integriguard ?? NOT_SET, 'mailboxes'],
    ['Time zone', settings.timeZone ?? `${DEFAULT_TIME_ZONE} (default)`, 'timeZone'],
    ['Urgent budget', `${settings.budgets?.urgentDays ?? 7} calendar days${settings.budgets?.urgentDays ? '' : ' (CMS guidance default)'}`, 'budgets'],
    ['No issue level budget', `${settings.budgets?.noLevelDays ?? 30} calendar days${settings.budgets?.noLevelDays ? '' : ' (CMS guidance default)'}`, 'budgets'],
  ];
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Plan profile</h2>
      <dl class="summary">
        {rows.map(([label, value, key]) => {
          const isLocked = key !== undefined && locked.includes(key);
          return (
            <div key={label}>
              <dt>{label}</dt>
              <dd class={value === NOT_SET ? 'muted' : undefined} data-setting-locked={isLocked ? key : undefined}>
                {value}
                {isLocked && <span class="locked"> (locked by your organization's policy)</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
