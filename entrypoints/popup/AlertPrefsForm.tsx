/** Which deadline notifications the caseworker wants (all on by default). */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_ALERT_PREFS, type AlertPrefs } from '../../lib/deadlines/alerts';
import { loadAlertPrefsChecked, saveAlertPrefs } from '../../lib/store/alert-state';

const CHOICES: { key: keyof AlertPrefs; label: string }[] = [
  { key: 'at24h', label: '24 hours before due' },
  { key: 'at4h', label: '4 hours before due' },
  { key: 'overdue', label: 'When overdue' },
];

export function AlertPrefsForm() {
  const [prefs, setPrefs] = useState<AlertPrefs>(DEFAULT_ALERT_PREFS);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    void loadAlertPrefsChecked().then((loaded) => {
      setPrefs(loaded.prefs);
      setProblem(loaded.problem);
    });
  }, []);
  const change = (key: keyof AlertPrefs, on: boolean) => {
    const next = { ...prefs, [key]: on };
    setPrefs(next);
    // The background watches this item and re-arms its alarm.
    saveAlertPrefs(next).catch((error: unknown) => setProblem(error instanceof Error ? error.message : 'The choice could not be saved.'));
  };
  return (
    <fieldset class="alert-prefs" data-alert-prefs>
      <legend>Notify me</legend>
      {problem ? (
        <p class="problem" role="alert" data-alert-problem>
          {problem}
        </p>
      ) : null}
      {CHOICES.map(({ key, label }) => (
        <label key={key} class="inline">
          <input
            type="checkbox"
            data-alert-pref={key}
            checked={prefs[key]}
            onChange={(e) => change(key, (e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
