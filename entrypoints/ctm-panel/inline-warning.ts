/**
 * The keep-open warning next to the page's close controls: a small note right after
 * the Resolution Date (or Disposition) control while the SOP says leave the case open. It lives
 * in its own open shadow root so the page's CSS cannot hide or restyle it; the panel keeps the
 * full warning (`data-keep-open-warning`), this one carries `data-keep-open-inline`.
 */
import { INLINE_WARNING_TAG } from '../../lib/page/own-elements';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; }
.warning {
  display: inline-block; box-sizing: border-box; max-width: 360px; margin: 2px 0 2px 6px;
  padding: 3px 8px; border: 2px solid #b50909; border-radius: 4px; background: #fff4f4;
  color: #6f0000; font: 600 12px/1.35 system-ui, -apple-system, "Segoe UI", Arial, sans-serif;
}
`;

export interface InlineWarning {
  /** Shows (or moves, or rewords) the one warning right after `anchor`. */
  show(anchor: Element, message: string): void;
  hide(): void;
}

export function createInlineWarning(): InlineWarning {
  // A warning left by an earlier copy of this script (extension reloaded) goes first.
  for (const stale of Array.from(document.querySelectorAll(INLINE_WARNING_TAG))) stale.remove();
  let host: HTMLElement | undefined;
  let text: HTMLElement | undefined;

  const build = () => {
    const element = document.createElement(INLINE_WARNING_TAG);
    element.setAttribute('data-keep-open-inline', '');
    const shadow = element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const box = document.createElement('span');
    box.className = 'warning';
    box.setAttribute('role', 'alert');
    shadow.append(style, box);
    host = element;
    text = box;
    return element;
  };

  return {
    show(anchor, message) {
      const element = host ?? build();
      // Touch the page only on a change: every page mutation makes the session re-read it.
      if (text && text.textContent !== message) text.textContent = message;
      if (!element.isConnected || anchor.nextElementSibling !== element) anchor.after(element);
    },
    hide() {
      if (host?.isConnected) host.remove();
    },
  };
}
