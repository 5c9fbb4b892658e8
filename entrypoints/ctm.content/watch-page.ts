/**
 * Calls back when what the panel shows may have changed: the caseworker typed or chose
 * something, switched a tab, or the page re-rendered part of its form (a partial postback).
 * Coalesced so a burst of changes means one re-read; listeners and timers go through `ctx`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { INLINE_WARNING_TAG, PANEL_TAG } from './own-elements';

/** Our own elements in the page: their changes are not the page's. */
const OWN_TAGS = new Set([PANEL_TAG, INLINE_WARNING_TAG]);

export type PageChange = { kind: 'input' | 'change' | 'mutation'; target?: EventTarget | null };

export function watchPage(
  ctx: ContentScriptContext,
  onChange: (change: PageChange) => void,
  /** Events from targets that have their own faster path (the note box) are left to it. */
  ignore: (target: EventTarget | null) => boolean = () => false,
  delayMs = 60,
): void {
  let timer: number | undefined;
  let pending: PageChange | undefined;
  const schedule = (change: PageChange) => {
    pending = change;
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      const change = pending!;
      pending = undefined;
      onChange(change);
    }, delayMs);
  };

  const fromPanel = (event: Event) => (event.target as Element | null)?.localName === PANEL_TAG;
  for (const kind of ['input', 'change'] as const) {
    ctx.addEventListener(
      document,
      kind,
      (event) => {
        if (!fromPanel(event) && !ignore(event.target)) schedule({ kind, target: event.target });
      },
      { capture: true },
    );
  }
  ctx.addEventListener(document, 'click', (event) => {
    // Tabs switch by click; their content may load right after.
    if ((event.target as Element | null)?.closest?.('[role=tab], a, button')) schedule({ kind: 'mutation' });
  }, { capture: true });

  const observer = new MutationObserver((records) => {
    if (records.some((r) => !isOwn(r))) schedule({ kind: 'mutation' });
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value', 'checked', 'selected', 'hidden'],
  });
  ctx.onInvalidated(() => observer.disconnect());
}

function isOwn(record: MutationRecord): boolean {
  const target = record.target as Element;
  if (target.closest && (OWN_TAGS.has(target.localName) || target.closest(PANEL_TAG))) return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => OWN_TAGS.has((n as Element).localName));
}
