/**
 * The count of the Current Entry (Plan Response) as the browser submits it, right under the
 * textarea: "3,412 / 4,000 as submitted" (SOP K.1; line breaks count 2). Warns from 90 % and over the limit,
 * and says when the page's own `maxlength` counts differently.
 */
import { formatCount } from '../../lib/lint/format-count';
import { NOTE_NEAR_LIMIT_RATIO } from '../../lib/lint/submitted-length';

export type NoteMeterProps = {
  /** `submittedLength(textarea.value)`. */
  count: number;
  /** `NOTE_LIMIT` (4,000). */
  limit: number;
  /** The textarea's `maxlength`, when it has one (`textarea.maxLength` is -1 without). */
  maxLength?: number;
};

export type MeterState = 'ok' | 'warn' | 'error';

export function meterState(count: number, limit: number): MeterState {
  if (count > limit) return 'error';
  if (count >= limit * NOTE_NEAR_LIMIT_RATIO) return 'warn';
  return 'ok';
}

// By hand, not toLocaleString: the meter redraws on every keystroke.
const format = formatCount;

export function NoteMeter({ count, limit, maxLength }: NoteMeterProps) {
  const state = meterState(count, limit);
  const hasMaxLength = maxLength !== undefined && maxLength >= 0;
  return (
    <div
      class={`ctm-note-meter ctm-note-meter--${state}`}
      data-note-count={String(count)}
      data-note-limit={String(limit)}
      data-state={state}
    >
      <span class="ctm-note-meter-count">
        {format(count)} / {format(limit)} as submitted
      </span>
      {/* Announced only when the state changes, not on every keystroke. */}
      <span class="ctm-note-meter-state" aria-live="polite">
        {state === 'error'
          ? ` · ${format(count - limit)} over the SOP's ${format(limit)} (K.1)`
          : state === 'warn'
            ? ' · near the limit'
            : ''}
      </span>
      <span class="ctm-note-meter-bar" aria-hidden="true">
        {/* A transform, not a width: moving the bar on every keystroke then needs no layout. */}
        <span style={{ transform: `scaleX(${Math.min(1, count / Math.max(limit, 1))})` }} />
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
