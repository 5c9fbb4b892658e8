/**
 * The IANA time zones offered by the settings form: the United States' zones first (where Part D
 * plans work CTM), then every other zone the browser knows, alphabetically. Only a suggestion
 * list: the setting accepts any zone the browser knows (lib/settings.ts).
 */
export const US_TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'America/St_Thomas',
  'Pacific/Guam',
  'Pacific/Saipan',
  'Pacific/Pago_Pago',
  'America/Detroit',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Boise',
  'America/Juneau',
  'America/Adak',
] as const;

/** `known`: the browser's zones (Intl.supportedValuesOf('timeZone')). */
export function timeZoneChoices(known: readonly string[]): string[] {
  const us: readonly string[] = US_TIME_ZONES;
  return [...us, ...known.filter((zone) => !us.includes(zone)).sort()];
}

/** The browser's zones; an older browser without the list still gets the US ones. */
export function browserTimeZones(): string[] {
  try {
    return timeZoneChoices(Intl.supportedValuesOf('timeZone'));
  } catch {
    return [...US_TIME_ZONES];
  }
}
