/** Options page: the plan profile as the extension holds it, and the settings file in and out. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, parseSettingsFile, settingsFileText, type Settings } from '../../lib/settings';
import { clearStoredSettings, loadSettings, saveSettings, watchSettings, type LoadedSettings } from '../../lib/store/settings-item';
import type { ManagedSettings } from '../../lib/store/managed-settings';
import { PolicyNotice } from '../../components/options/PolicyNotice';
import { SettingsImportExport } from '../../components/options/SettingsImportExport';
import { SettingsSummary } from '../../components/options/SettingsSummary';

const UNLOADABLE = 'The settings could not be loaded. The defaults apply; save or import settings to replace them.';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [managed, setManaged] = useState<ManagedSettings | undefined>();
  const [unreadable, setUnreadable] = useState<LoadedSettings['unreadable']>();

  const reload = () =>
    loadSettings()
      .catch((): LoadedSettings => ({ settings: DEFAULT_SETTINGS, problem: UNLOADABLE, unreadable: 'not-kept' }))
      .then((loaded) => {
        setSettings(loaded.settings);
        setProblem(loaded.problem);
        setUnreadable(loaded.unreadable);
        setManaged(loaded.managed);
      });
  useEffect(() => {
    void reload();
    return watchSettings(() => void reload());
  }, []);

  const apply = async (text: string) => {
    const result = parseSettingsFile(text);
    if (!result.ok) return result.errors;
    await saveSettings(result.settings);
    await reload();
    return [];
  };

  return (
    <main class="page">
      <h1>CTM Assist settings</h1>
      <p>
        The plan profile fills the SOP emails and sets the time zone of every deadline. It stays in this browser.
      </p>
      {problem && (
        <div class="problem" role="alert" data-settings-problem="">
          <p>{problem}</p>
          {unreadable && (
            <button type="button" data-settings-clear-unreadable="" onClick={() => void clearStoredSettings().then(reload)}>
              {unreadable === 'kept' ? 'Clear the unreadable settings (the copy kept aside stays)' : 'Clear the unreadable settings'}
            </button>
          )}
        </div>
      )}
      {settings ? (
        <>
          {managed && <PolicyNotice managed={managed} />}
          <SettingsSummary settings={settings} locked={managed?.locked} />
          <SettingsImportExport exported={settingsFileText(settings)} onApply={apply} />
        </>
      ) : (
        <p>Loading…</p>
      )}
    </main>
  );
}
