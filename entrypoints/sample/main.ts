/**
 * The built-in sample complaint (opened from the welcome page): a made-up CTM Plan Resolution
 * page, dated today, with the same panel a complaint page in HPMS gets. The background answers
 * this page without tracking it (entrypoints/background/sample-case.ts).
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PANEL_TAG } from '../../lib/page/own-elements';
import { readCase, withCurrentEntry } from '../../lib/page/read-case';
// The one import across entrypoints: the sample page runs the panel's session in its own bundle.
// Loading ctm-panel.js there as the content script does (lib/panel-module.ts) did not show the
// panel in the sample page yet (test/e2e/welcome.spec.ts), so this stays until it does.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { startCaseSession } from '../ctm-panel/case-session';

/** Received yesterday, assigned to the plan this morning: a fresh case with its clock running. */
function dateTheSample(): void {
  const us = (d: Date) => `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`;
  const today = new Date();
  const yesterday = new Date(today.getTime() - 86_400_000);
  const set = (id: string, text: string) => {
    const span = document.getElementById(id);
    if (span) span.textContent = text;
  };
  set('ctl00_ContentPlaceHolder1_lblReceived', us(yesterday));
  set('ctl00_ContentPlaceHolder1_lblAssigned', `${us(today)} 9:00 AM`);
}

dateTheSample();
// Saving the sample goes nowhere (after the panel's keep-open check has had its say).
document.getElementById('aspnetForm')?.addEventListener('submit', (event) => event.preventDefault());
const session = startCaseSession(new ContentScriptContext('ctm-sample'), readCase, withCurrentEntry);
// What the content script's page watch does on HPMS, enough for one static page. The panel's own
// controls are not the page: re-reading on a tick would answer with the ticks from before it.
const fromPanel = (event: Event) => (event.target as Element | null)?.localName === PANEL_TAG;
for (const type of ['input', 'change']) {
  document.addEventListener(type, (event) => {
    if (!fromPanel(event) && !session.followsInput(event.target)) session.refresh();
  });
}
