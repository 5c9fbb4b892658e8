/**
 * Mounts the panel in an open shadow root docked to the right edge, and makes room for it by
 * pushing the page over, so the panel never covers the form's fields. Exactly one per document.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PANEL_TAG } from './own-elements';
import { PANEL_CSS } from './panel-css';

export const PANEL_WIDTH_PX = 360;
export const COLLAPSED_WIDTH_PX = 40;

export type PanelDock = {
  container: HTMLElement;
  setCollapsed(collapsed: boolean): void;
  isAttached(): boolean;
  remove(): void;
};

export async function dockPanel(ctx: ContentScriptContext): Promise<PanelDock> {
  // A panel left by an earlier copy of this script (extension reloaded) goes first.
  for (const stale of Array.from(document.querySelectorAll(PANEL_TAG))) stale.remove();

  const html = document.documentElement;
  const previousMargin = html.style.getPropertyValue('margin-right');
  const previousPriority = html.style.getPropertyPriority('margin-right');
  let host: HTMLElement | undefined;

  const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ctx, {
    name: PANEL_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    css: PANEL_CSS,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container, _shadow, shadowHost) {
      host = shadowHost;
      return container;
    },
  });
  ui.mount();

  const setCollapsed = (collapsed: boolean) => {
    host?.setAttribute('data-collapsed', String(collapsed));
    html.style.setProperty('margin-right', `${collapsed ? COLLAPSED_WIDTH_PX : PANEL_WIDTH_PX}px`, 'important');
  };
  setCollapsed(false);

  const remove = () => {
    ui.remove();
    if (previousMargin) html.style.setProperty('margin-right', previousMargin, previousPriority);
    else html.style.removeProperty('margin-right');
  };
  ctx.onInvalidated(remove);

  return {
    container: ui.mounted!,
    setCollapsed,
    isAttached: () => Boolean(host?.isConnected),
    remove,
  };
}
