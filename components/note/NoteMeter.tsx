/**
 * The count of the Current Entry (Plan Response) as the browser submits it, right under the
 * textarea: "3,412 / 4,000 as submitted" (SOP K.1; line breaks count 2). Warns from 90 % and over the limit,
 * and says when the page's own `maxlength` counts differently.
 *
 * While typing, `showCount` moves the count in place (its number, hooks and bar) without a
 * render; a render follows only when the meter's state (ok, near the limit, over) changes.
 */
import type { Ref } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatCount } from '../../lib/lint/format-count';
import { NOTE_NEAR_LIMIT_RATIO } from '../../lib/lint/submitted-length';

export type NoteMeterProps = {
  /** `submittedLength(textarea.value)`. */
  count: number;
  /** `NOTE_LIMIT` (4,000). */
  limit: number;
  /** The textarea's `maxlength`, when it has one (`textarea.maxLength` is -1 without). */
  maxLength?: number;
  /** The meter's element, for `showCount`. */
  meterRef?: Ref<HTMLDivElement>;
};

export type MeterState = 'ok' | 'warn' | 'error';

export function meterState(count: number, limit: number): MeterState {
  if (count > limit) return 'error';
  if (count >= limit * NOTE_NEAR_LIMIT_RATIO) return 'warn';
  return 'ok';
}

// By hand, not toLocaleString: the meter redraws on every keystroke.
const format = formatCount;

const stateText = (state: MeterState, count: number, limit: number): string =>
  state === 'error' ? ` · ${format(count - limit)} over the SOP's ${format(limit)} (K.1)` : state === 'warn' ? ' · near the limit' : '';

/** A transform, not a width: moving the bar on every keystroke then needs no layout. */
const barTransform = (count: number, limit: number): string => `scaleX(${Math.min(1, count / Math.max(limit, 1))})`;

export function NoteMeter({ count, limit, maxLength, meterRef }: NoteMeterProps) {
  const state = meterState(count, limit);
  const hasMaxLength = maxLength !== undefined && maxLength >= 0;
  const own = useRef<HTMLDivElement | null>(null);
  // `showCount` may have moved the count past what this render was given: put it back in step.
  useLayoutEffect(() => {
    if (own.current) showCount(own.current, count, limit);
  });
  const setRef = (element: HTMLDivElement | null) => {
    own.current = element;
    if (typeof meterRef === 'function') meterRef(element);
    else if (meterRef) meterRef.current = element;
  };
  return (
    <div
      ref={setRef}
      class={`ctm-note-meter ctm-note-meter--${state}`}
      data-note-count={String(count)}
      data-note-limit={String(limit)}
      data-state={state}
    >
      <span class="ctm-note-meter-count">
        <span class="ctm-note-meter-number">{format(count)}</span> / {format(limit)} as submitted
      </span>
      {/* Announced when its text changes: the state, and over the limit how far over. */}
      <span class="ctm-note-meter-state" aria-live="polite">
        {stateText(state, count, limit)}
      </span>
      <span class="ctm-note-meter-bar" aria-hidden="true">
        <span class="ctm-note-meter-fill" style={{ transform: barTransform(count, limit) }} />
      </span>
      {hasMaxLength && maxLength !== limit ? (
        <p class="ctm-note-meter-maxlength" data-note-maxlength={String(maxLength)}>
          The page limits this box to {format(maxLength)} characters as typed; browsers submit each line break as 2.
        </p>
      ) : hasMaxLength && count > limit ? (
        <p class="ctm-note-meter-maxlength" data-note-maxlength={String(maxLength)}>
          The page lets you type {format(maxLength)} characters counting each line break as 1; browsers submit
          each line break as 2, so as submitted this note is over the SOP's {format(limit)}.
        </p>
      ) : null}
    </div>
  );
}

/**
 * Moves a drawn meter to `count` in place: the number, `data-note-count`, the over-limit text and
 * the bar, each written only when it differs. Returns false, changing nothing, when the meter's
 * state would change (its colour, words and maxlength note): that takes a render.
 */
export function showCount(meter: HTMLElement, count: number, limit: number): boolean {
  const state = meterState(count, limit);
  if (meter.getAttribute('data-state') !== state || meter.getAttribute('data-note-limit') !== String(limit)) return false;
  const value = String(count);
  if (meter.getAttribute('data-note-count') === value) return true;
  meter.setAttribute('data-note-count', value);
  setText(meter.querySelector('.ctm-note-meter-number'), format(count));
  setText(meter.querySelector('.ctm-note-meter-state'), stateText(state, count, limit));
  const fill = meter.querySelector<HTMLElement>('.ctm-note-meter-fill');
  if (fill) fill.style.transform = barTransform(count, limit);
  return true;
}

/** Rewrites the element's text only when it differs (a live region announces every rewrite). */
function setText(element: Element | null, text: string): void {
  if (!element) return;
  const node = element.firstChild;
  if (node instanceof Text && !node.nextSibling) {
    if (node.data !== text) node.data = text;
  } else if (element.textContent !== text) element.textContent = text;
}
