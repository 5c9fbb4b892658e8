/**
 * The panel module: everything a complaint page needs beyond recognising it (the SOP, checklist,
 * note linter, emails and the Preact panel). Loaded by the content script from
 * lib/panel-module.ts, never on other pages.
 */
import { registerPanelModule } from '../../lib/panel-module';
import { startCaseSession } from './case-session';

export default defineUnlistedScript(() => {
  registerPanelModule({ startCaseSession });
});
