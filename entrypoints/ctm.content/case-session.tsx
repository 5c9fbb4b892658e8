/**
 * One complaint document's session: read the page, dock or remove the panel, render it, and
 * re-read when the page changes. Any failure shows in the panel; nothing throws into the page.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readCase, type ReadResult } from '../../lib/page/read-case';
import { Panel } from '../../components/Panel';
import { CaseFactsView } from '../../components/CaseFactsView';
import { dockPanel, type PanelDock } from './panel-dock';
import { watchPage } from './watch-page';

export function startCaseSession(ctx: ContentScriptContext): void {
  let dock: PanelDock | undefined;
  let docking: Promise<PanelDock> | undefined;
  let collapsed = false;
  let latest: ReadResult | undefined;
  let failure: string | undefined;
  let rendered = false;

  const draw = () => {
    if (!dock) return;
    dock.setCollapsed(collapsed);
    render(
      <Panel collapsed={collapsed} onToggle={toggle} complaintId={latest?.snapshot.facts.complaintId}>
        {failure ? (
          <p class="ctm-error-box" role="alert">
            CTM Assist could not read this page: {failure}. The page itself is unaffected.
          </p>
        ) : latest ? (
          <CaseFactsView snapshot={latest.snapshot} />
        ) : null}
      </Panel>,
      dock.container,
    );
  };

  const toggle = () => {
    collapsed = !collapsed;
    draw();
  };

  const ensureDocked = async () => {
    if (dock?.isAttached()) return;
    if (dock) {
      dock.remove(); // the page re-rendered its body and took the panel with it
      dock = undefined;
    }
    docking ??= dockPanel(ctx);
    try {
      dock = await docking;
    } finally {
      docking = undefined;
    }
  };

  const refresh = async () => {
    if (ctx.isInvalid || !document.body) return;
    try {
      latest = readCase(document.body);
      failure = undefined;
    } catch (error) {
      failure = error instanceof Error ? error.name : 'unexpected page markup';
    }
    if (!failure && !latest?.recognized) {
      dock?.remove();
      dock = undefined;
      return;
    }
    await ensureDocked();
    draw();
    if (!rendered) {
      rendered = true;
      // Read by `npm run bench` (panel render time after DOMContentLoaded).
      performance.mark('ctm-assist:panel-rendered');
    }
  };

  watchPage(ctx, () => void refresh().catch(reportQuietly));
  void refresh().catch(reportQuietly);
}

/** Errors never reach the page's console as uncaught; one line, no page or note content. */
function reportQuietly(error: unknown): void {
  console.debug('[CTM Assist]', error instanceof Error ? error.name : 'error');
}
