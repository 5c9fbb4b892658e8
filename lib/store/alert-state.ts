/**
 * What the deadline alerts remember between wake-ups: the caseworker's alert preferences and
 * the notifications already made (so a restarted worker does not repeat them). PHI-free:
 * notification ids carry only complaint IDs. Unreadable data is set aside (checked-item.ts).
 */
import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_ALERT_PREFS, type AlertPrefs } from '../deadlines/alerts';
import { checkedItem } from './checked-item';

const AlertPrefsSchema = z.object({ at24h: z.boolean(), at4h: z.boolean(), overdue: z.boolean() });
const SentSchema = z.array(z.string().check(z.regex(/^ctm:\d+:(?:24h|4h|overdue)$/)));

// Stryker disable next-line ObjectLiteral: WXT's getValue answers null for a missing key when no fallback is given
export const alertPrefsItem = storage.defineItem<unknown>('local:alertPrefs', { fallback: null });
// Stryker disable next-line ObjectLiteral: WXT's getValue answers null for a missing key when no fallback is given
export const sentAlertsItem = storage.defineItem<unknown>('local:alerts.sent', { fallback: null });

const prefsChecked = checkedItem<AlertPrefs>('local:alertPrefs', 'local:alertPrefs.unreadable', 'Saved notification choices', (raw) => {
  const parsed = AlertPrefsSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
});
const sentChecked = checkedItem<string[]>('local:alerts.sent', 'local:alerts.sent.unreadable', 'The record of notifications already shown', (raw) => {
  const parsed = SentSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
});

/** The caseworker's choice (popup): unreadable alert state and its set-aside copies go. */
export async function clearUnreadableAlertState(): Promise<void> {
  await prefsChecked.clearUnreadable();
  await sentChecked.clearUnreadable();
}

/** Preferences in force; unreadable ones fall back to all alerts on (never fewer alerts by accident). */
export async function loadAlertPrefs(): Promise<AlertPrefs> {
  return (await loadAlertPrefsChecked()).prefs;
}

/** The preferences in force and, when stored ones could not be read, why. */
export async function loadAlertPrefsChecked(): Promise<{ prefs: AlertPrefs; problem?: string }> {
  const read = await prefsChecked.load();
  const prefs = read.value ?? { ...DEFAULT_ALERT_PREFS };
  return read.problem ? { prefs, problem: read.problem } : { prefs };
}

export async function saveAlertPrefs(prefs: AlertPrefs): Promise<void> {
  await prefsChecked.save(AlertPrefsSchema.parse(prefs));
}

export function watchAlertPrefs(onChange: () => void): () => void {
  return alertPrefsItem.watch(() => onChange());
}

/** Ids of notifications already made; unreadable data counts as none sent (at worst one repeat). */
export async function loadSentAlerts(): Promise<Set<string>> {
  return new Set((await sentChecked.load()).value ?? []);
}

/** Stores the ids; while an unreadable record could not be set aside, it is left as it is. */
export async function saveSentAlerts(sent: Iterable<string>): Promise<void> {
  await sentChecked.save([...sent].sort()).catch(() => undefined);
}
