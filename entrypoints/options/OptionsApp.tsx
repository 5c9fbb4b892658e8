/** Options page: the plan profile as the extension holds it, and the settings file in and out. */
import { useEffect, useState } from 'preact/hooks';
import { parseSettingsFile, settingsFileText, type Settings } from '../../lib/settings';
import { loadSettings, saveSettings, watchSettings } from '../../lib/store/settings-item';
import type { ManagedSettings } from '../../lib/store/managed-settings';
import { PolicyNotice } from '../../components/options/PolicyNotice';
import { SettingsImportExport } from '../../components/options/SettingsImportExport';
import { SettingsSummary } from '../../components/options/SettingsSummary';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [managed, setManaged] = useState<ManagedSettings | undefined>();

  const reload = () =>
    loadSettings().then((loaded) => {
      setSettings(loaded.settings);
      setProblem(loaded.problem);
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
        <p class="problem" role="alert" data-settings-problem="">
          {problem}
        </p>
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
