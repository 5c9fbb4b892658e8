/**
 * The settings file (TEST-HOOKS.md schema) in and out. Invalid input names the offending keys
 * and changes nothing; the pasted text stays in the box to be corrected.
 */
import { useState } from 'preact/hooks';
import { decodeSettingsFile, SETTINGS_FILE_MAX } from '../../lib/settings';

type Props = {
  exported: string;
  /** Resolves to the errors; an empty list means the settings were applied. */
  onApply: (text: string) => Promise<string[]>;
};

export function SettingsImportExport({ exported, onApply }: Props) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [applied, setApplied] = useState(false);

  const apply = async () => {
    const found = await onApply(text);
    setErrors(found);
    setApplied(found.length === 0);
  };

  const loadFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setApplied(false);
    if (file.size > SETTINGS_FILE_MAX) {
      // Not read into the box: a file this size is not a settings file, and would slow the page.
      setErrors([`The chosen file is ${Math.ceil(file.size / 1024)} KB; a settings file is under ${SETTINGS_FILE_MAX / 1024} KB. Choose the settings file your plan's IT provided.`]);
      return;
    }
    setErrors([]);
    setText(decodeSettingsFile(new Uint8Array(await file.arrayBuffer())));
  };

  const downloadHref = `data:application/json;charset=utf-8,${encodeURIComponent(exported)}`;

  return (
    <>
      <section aria-labelledby="import-heading">
        <h3 id="import-heading">Import a settings file</h3>
        <p>
          Paste the JSON settings file your plan's IT provided (schema version 1), or choose the file. Every key but
          <code>schemaVersion</code> is optional.
        </p>
        <label for="settings-file">Settings file</label>
        <input id="settings-file" type="file" accept="application/json,.json" onChange={loadFile} />
        <label for="settings-import">Settings JSON</label>
        <textarea
          id="settings-import"
          data-settings-import=""
          rows={12}
          spellcheck={false}
          value={text}
          onInput={(e) => {
            setText((e.currentTarget as HTMLTextAreaElement).value);
            setApplied(false);
          }}
        />
        <button type="button" data-settings-import-apply="" onClick={() => void apply()} disabled={!text.trim()}>
          Apply settings
        </button>
        {errors.length > 0 && (
          <div class="problem" role="alert" data-settings-error="">
            <p>Nothing was changed. Fix these and apply again:</p>
            <ul>
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
        )}
        {applied && (
          <p role="status" class="ok" data-settings-applied="">
            Settings applied.
          </p>
        )}
      </section>
      <section aria-labelledby="export-heading">
        <h3 id="export-heading">Export</h3>
        <label for="settings-export">Current settings file</label>
        <textarea id="settings-export" data-settings-export="" readOnly rows={12} value={exported} />
        <a class="button" href={downloadHref} download="ctm-assist-settings.json">
          Download settings file
        </a>
      </section>
    </>
  );
}
