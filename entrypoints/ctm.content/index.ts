/**
 * The CTM content script, on every HPMS page and frame: it only reads the page's labels. Once
 * they make a complaint page, it loads the panel module (entrypoints/ctm-panel/), which docks
 * the panel and keeps it current as the caseworker works. Other pages carry nothing more.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createFieldCache } from '../../lib/page/field-cache';
import { readCase, withCurrentEntry, type ReadResult } from '../../lib/page/read-case';
import { loadPanelModule, PANEL_MODULE_FILE, type CaseSession } from '../../lib/panel-module';
import { reportQuietly } from '../../lib/report-quietly';
import { watchPage } from './watch-page';

export default defineContentScript({
  matches: ['https://hpms.cms.gov/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    watchForComplaint(ctx);
  },
});

function watchForComplaint(ctx: ContentScriptContext): void {
  let session: CaseSession | undefined;
  let loading = false;
  // One search of the page for fields serves every read until the page's structure changes.
  const fields = createFieldCache();
  const read = (root: Element): ReadResult => readCase(root, fields.find);

  const check = () => {
    if (session) return session.refresh();
    if (loading || ctx.isInvalid || !needsPanel(read)) return;
    loading = true;
    loadPanelModule(browser.runtime.getURL(PANEL_MODULE_FILE))
      .then((panel) => {
        if (!ctx.isInvalid) session = panel.startCaseSession(ctx, read, withCurrentEntry);
      })
      .catch(reportQuietly)
      .finally(() => (loading = false));
  };

  watchPage(ctx, fields, check, (target) => session?.followsInput(target) ?? false);
  check();
}

/** A complaint page, or a page that failed to read: the panel explains which. */
function needsPanel(read: (root: Element) => ReadResult): boolean {
  if (!document.body) return false;
  try {
    return read(document.body).recognized;
  } catch {
    return true;
  }
}
