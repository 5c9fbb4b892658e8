/**
 * Calls back when what the panel shows may have changed: the caseworker typed or chose
 * something in a field, switched a tab, or the page re-rendered part of its form (a partial
 * postback). Changes that touch no field (a list or a clock elsewhere on a big page) are left
 * alone; a field's new value is read again soon; a new search of the page for fields waits
 * longer while the page keeps changing (lib/refresh-schedule.ts). Listeners go through `ctx`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldCache } from '../../lib/page/field-cache';
import { inputNeed, mutationsNeed } from '../../lib/page/page-change';
import { createRefreshSchedule } from '../../lib/refresh-schedule';
import { INLINE_WARNING_TAG, PANEL_TAG } from '../../lib/page/own-elements';

/** Our own elements in the page: their changes are not the page's. */
const OWN_TAGS = new Set([PANEL_TAG, INLINE_WARNING_TAG]);

export function watchPage(
  ctx: ContentScriptContext,
  fields: FieldCache,
  onChange: () => void,
  /** Events from targets that have their own faster path (the note box) are left to it. */
  ignore: (target: EventTarget | null) => boolean = () => false,
): void {
  // Plain timers, cancelled on invalidation: ctx.setTimeout adds a listener per call.
  const schedule = createRefreshSchedule(
    { now: () => performance.now(), setTimeout: (run, ms) => window.setTimeout(run, ms), clearTimeout: (id) => window.clearTimeout(id) },
    (need) => {
      if (ctx.isInvalid) return;
      if (need === 'structure') fields.invalidate();
      onChange();
    },
  );

  const fromPanel = (event: Event) => (event.target as Element | null)?.localName === PANEL_TAG;
  for (const kind of ['input', 'change'] as const) {
    ctx.addEventListener(
      document,
      kind,
      (event) => {
        if (fromPanel(event) || ignore(event.target)) return;
        const need = inputNeed(event.target, fields);
        if (need) schedule.request(need);
      },
      { capture: true },
    );
  }
  ctx.addEventListener(document, 'click', (event) => {
    // A tab, link or button may show a page error by its style (a validator); new content
    // that it loads comes as mutations.
    if ((event.target as Element | null)?.closest?.('[role=tab], a, button')) schedule.request('values');
  }, { capture: true });

  const observer = new MutationObserver((records) => {
    const need = mutationsNeed(records.filter((r) => !isOwn(r)), fields);
    if (need) schedule.request(need);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value', 'checked', 'selected', 'hidden'],
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    schedule.cancel();
  });
}

function isOwn(record: MutationRecord): boolean {
  const target = record.target as Element;
  if (target.closest && (OWN_TAGS.has(target.localName) || target.closest(PANEL_TAG))) return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => OWN_TAGS.has((n as Element).localName));
}
