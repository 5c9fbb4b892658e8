/**
 * What the deadline alerts remember between wake-ups: the caseworker's alert preferences and
 * the notifications already made (so a restarted worker does not repeat them). PHI-free:
 * notification ids carry only complaint IDs.
 */
import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_ALERT_PREFS, type AlertPrefs } from '../deadlines/alerts';

const AlertPrefsSchema = z.object({ at24h: z.boolean(), at4h: z.boolean(), overdue: z.boolean() });
const SentSchema = z.array(z.string().check(z.regex(/^ctm:\d+:(?:24h|4h|overdue)$/)));

export const alertPrefsItem = storage.defineItem<unknown>('local:alertPrefs', { fallback: null });
export const sentAlertsItem = storage.defineItem<unknown>('local:alerts.sent', { fallback: null });

/** Preferences in force; unreadable ones fall back to all alerts on (never fewer alerts by accident). */
export async function loadAlertPrefs(): Promise<AlertPrefs> {
  const parsed = AlertPrefsSchema.safeParse(await alertPrefsItem.getValue());
  return parsed.success ? parsed.data : { ...DEFAULT_ALERT_PREFS };
}

export async function saveAlertPrefs(prefs: AlertPrefs): Promise<void> {
  await alertPrefsItem.setValue(AlertPrefsSchema.parse(prefs));
}

export function watchAlertPrefs(onChange: () => void): () => void {
  return alertPrefsItem.watch(() => onChange());
}

/** Ids of notifications already made; unreadable data counts as none sent (at worst one repeat). */
export async function loadSentAlerts(): Promise<Set<string>> {
  const parsed = SentSchema.safeParse(await sentAlertsItem.getValue());
  return new Set(parsed.success ? parsed.data : []);
}

export async function saveSentAlerts(sent: Iterable<string>): Promise<void> {
  await sentAlertsItem.setValue([...sent].sort());
}
