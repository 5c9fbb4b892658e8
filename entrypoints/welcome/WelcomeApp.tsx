/**
 * The first-run page (opened on install by entrypoints/background/first-run.ts): what the panel
 * does, that nothing leaves the browser, the three settings to set first, a sample complaint to
 * try the panel on, and the keyboard shortcuts as the browser has them now.
 */
import { useEffect, useState } from 'preact/hooks';
import { KEYBOARD_COMMANDS } from '../../lib/keyboard-commands';

/** `key`: as assigned now, empty when the browser assigned none; `suggested`: our default. */
type Shortcut = { name: string; key: string; suggested: string; description: string };

/** The shortcuts as assigned now (the caseworker may have changed them), else the defaults. */
function useShortcuts(): Shortcut[] {
  const defaults = KEYBOARD_COMMANDS.map(({ name, key, description }) => ({ name, key, suggested: key, description }));
  const [shortcuts, setShortcuts] = useState<Shortcut[]>(defaults);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) =>
        setShortcuts(
          defaults.map((d) => {
            const now = commands.find((c) => c.name === d.name || (d.name === '_execute_action' && c.name === '_execute_browser_action'));
            return now ? { ...d, key: now.shortcut ?? '' } : d;
          }),
        ),
      )
      .catch(() => undefined);
  }, []);
  return shortcuts;
}

export function WelcomeApp() {
  const shortcuts = useShortcuts();
  const optionsUrl = browser.runtime.getURL('/options.html');
  const openSample = () => void browser.tabs.create({ url: browser.runtime.getURL('/sample.html') });

  return (
    <main class="page welcome" data-welcome="">
      <h1>Welcome to CTM Assist</h1>
      <p class="lead">
        When you open a complaint in CTM (HPMS), a panel docks beside it. It reads the complaint by its labels, says which
        scenario of the CMS CTM Plan SOP (2007) the case is and why, walks you through that scenario's steps, checks your
        plan response note against the 4,000-character limit and the SOP's rules, drafts the emails the SOP prescribes,
        and keeps every case's deadline in view (the toolbar button lists them).
      </p>

      <h2>Nothing leaves the browser</h2>
      <p>
        CTM Assist makes no network request. In this browser it keeps your settings and, for each complaint you open,
        only what the deadlines need: complaint ID, contract, dates, issue level, category, flags, scenario, the page
        address and your checklist ticks. It never stores a beneficiary's name, HICN or MBI, date of birth, address or
        phone, the complaint summary, or the text of your notes and emails.
      </p>

      <h2>Three settings first</h2>
      <ol class="first-settings">
        <li>
          <strong>Organization and contracts</strong>: your plan's name and contract numbers, as the emails name them.
        </li>
        <li>
          <strong>Caseworker</strong>: your name as CTM shows it.
        </li>
        <li>
          <strong>Lead RO mailbox</strong>: where the "case resolved but will not close" email goes.
        </li>
      </ol>
      <p>Your plan's IT may give you a settings file instead; it is imported on the same page.</p>
      <div class="actions">
        <a class="button" href={optionsUrl} data-welcome-settings="">
          Open the settings
        </a>
        <button type="button" data-welcome-sample="" onClick={openSample}>
          Try the panel on a sample complaint
        </button>
      </div>
      <p>
        The sample is a made-up complaint shipped with the extension, shown in a tab of its own: the panel works on it as
        on CTM, but the sample is not tracked and no HPMS page is needed.
      </p>

      <h2>Keyboard shortcuts</h2>
      <table class="keys" data-welcome-shortcuts="">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name} data-shortcut={s.name}>
              <td>
                {s.key ? (
                  <kbd>{s.key}</kbd>
                ) : (
                  <>
                    not set; suggested <kbd>{s.suggested}</kbd>
                  </>
                )}
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        The browser may leave a suggested key unset, for instance when another extension already uses it. Set or change them in your
        browser: in Chrome at <code>chrome://extensions/shortcuts</code>, in Edge at <code>edge://extensions/shortcuts</code>,
        in Firefox under Add-ons and themes, the gear menu, Manage Extension Shortcuts.
      </p>
    </main>
  );
}
