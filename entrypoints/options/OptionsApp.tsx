/**
 * Options page: the plan profile as a form, and under it the settings file in and out for IT.
 * The page always offers the form and the import, even when stored settings cannot be read.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, parseSettingsFile, settingsFileText, type Settings } from '../../lib/settings';
import { clearStoredSettings, loadSettings, saveSettings, watchSettings, type LoadedSettings } from '../../lib/store/settings-item';
import { PolicyNotice } from '../../components/options/PolicyNotice';
import { SettingsForm } from '../../components/options/SettingsForm';
import { SettingsImportExport } from '../../components/options/SettingsImportExport';

const UNLOADABLE = 'The settings could not be loaded. The defaults apply; save or import settings to replace them.';

export function OptionsApp() {
  const [loaded, setLoaded] = useState<LoadedSettings | undefined>();

  const reload = () =>
    loadSettings()
      .catch((): LoadedSettings => ({ settings: DEFAULT_SETTINGS, problem: UNLOADABLE, unreadable: 'not-kept' }))
      .then(setLoaded);
  useEffect(() => {
    void reload();
    return watchSettings(() => void reload());
  }, []);

  const save = async (settings: Settings) => {
    await saveSettings(settings);
    await reload();
  };
  const apply = async (text: string) => {
    const result = parseSettingsFile(text);
    if (!result.ok) return result.errors;
    await save(result.settings);
    return [];
  };

  if (!loaded) {
    return (
      <main class="page">
        <h1>CTM Assist settings</h1>
        <p role="status">Loading…</p>
      </main>
    );
  }
  const { settings, problem, unreadable, managed } = loaded;
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
      {managed && <PolicyNotice managed={managed} />}
      <SettingsForm own={loaded.own ?? settings} inForce={settings} locked={managed?.locked ?? []} onSave={save} />
      <h2 class="it-heading">For IT: the settings file</h2>
      <SettingsImportExport exported={settingsFileText(settings)} onApply={apply} />
    </main>
  );
}
