/**
 * Mounts the panel in an open shadow root docked to the right edge, and makes room for it by
 * pushing the page over, so the panel never covers the form's fields. Exactly one per document.
 * The page's styles cannot reach into the shadow root; ours (PANEL_CSS) stay inside it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PANEL_TAG } from '../../lib/page/own-elements';
import { PANEL_CSS } from './panel-css';

export const PANEL_WIDTH_PX = 360;
export const COLLAPSED_WIDTH_PX = 40;

/** Keys typed in the panel stay in it: the page's own shortcuts must not act on them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export type PanelDock = {
  container: HTMLElement;
  setCollapsed(collapsed: boolean): void;
  isAttached(): boolean;
  remove(): void;
};

export function dockPanel(ctx: ContentScriptContext): PanelDock {
  // A panel left by an earlier copy of this script (extension reloaded) goes first.
  for (const stale of Array.from(document.querySelectorAll(PANEL_TAG))) stale.remove();

  const html = document.documentElement;
  const previousMargin = html.style.getPropertyValue('margin-right');
  const previousPriority = html.style.getPropertyPriority('margin-right');

  const host = document.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;
  const container = document.createElement('div');
  container.className = 'ctm-root';
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, container);
  document.body.append(host);

  const setCollapsed = (collapsed: boolean) => {
    host.setAttribute('data-collapsed', String(collapsed));
    html.style.setProperty('margin-right', `${collapsed ? COLLAPSED_WIDTH_PX : PANEL_WIDTH_PX}px`, 'important');
  };
  setCollapsed(false);

  const remove = () => {
    host.remove();
    if (previousMargin) html.style.setProperty('margin-right', previousMargin, previousPriority);
    else html.style.removeProperty('margin-right');
  };
  ctx.onInvalidated(remove);

  return { container, setCollapsed, isAttached: () => host.isConnected, remove };
}
