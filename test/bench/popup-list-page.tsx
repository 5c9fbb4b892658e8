/**
 * Page-side half of the popup fallback benchmark: renders the popup's DeadlineList with N
 * tracked cases into a plain page and times it, against a baseline of N bare list items built
 * in the same page. Bundled by popup-bench.ts with esbuild; exports land on `CtmPopupBench`.
 */
import { render } from 'preact';
import { DeadlineList } from '../../components/popup/DeadlineList';
import '../../components/popup/deadlines.css';
import { deadlineRows } from '../../lib/tracking/deadline-row';
import { BENCH_NOW, BENCH_TIME_ZONE, typicalCase } from '../fixtures/typical-case';

export interface ListTiming {
  /** render() until it returns, with the rows it drew (the first screen of a long list). */
  renderMs: number;
  /** render() until the frame that shows the list has been rendered. */
  paintedMs: number;
  /** render() until the Nth `[data-case]` row exists (the rest of a long list follows the first paint). */
  allMs: number;
  rows: number;
}

const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

function freshContainer(): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

/** Rows computed beforehand: the popup gets them from the background's data the same way. */
export async function timeDeadlineList(count: number): Promise<ListTiming> {
  const rows = deadlineRows(
    Array.from({ length: count }, (_, i) => typicalCase(i)),
    { now: BENCH_NOW, timeZone: BENCH_TIME_ZONE },
  );
  const root = freshContainer();
  await afterNextFrame();
  const noop = () => undefined;
  const shown = () => root.querySelectorAll('[data-case]').length;
  const allIn = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (shown() < count) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { childList: true, subtree: true });
  });
  const t0 = performance.now();
  render(
    <DeadlineList
      cases={rows}
      now={BENCH_NOW}
      timeZone={BENCH_TIME_ZONE}
      filter="all"
      onFilter={noop}
      onOpen={noop}
      onDone={noop}
      onUndo={noop}
      selected={new Set()}
      onSelect={noop}
    />,
    root,
  );
  const renderMs = performance.now() - t0;
  await afterNextFrame();
  const paintedMs = performance.now() - t0;
  const allMs = (await allIn) - t0;
  const drawn = shown();
  render(null, root);
  return { renderMs, paintedMs, allMs, rows: drawn };
}

/** Baseline: N list items with a line of text each, built with the DOM API in this page. */
export async function timeBareList(count: number): Promise<ListTiming> {
  const root = freshContainer();
  await afterNextFrame();
  const t0 = performance.now();
  const list = document.createElement('ol');
  for (let i = 0; i < count; i++) {
    const item = document.createElement('li');
    item.setAttribute('data-case', String(100_000 + i));
    item.textContent = `Complaint ${100_000 + i} due 2026-06-${String((i % 28) + 1).padStart(2, '0')}`;
    list.append(item);
  }
  root.append(list);
  const renderMs = performance.now() - t0;
  await afterNextFrame();
  const paintedMs = performance.now() - t0;
  return { renderMs, paintedMs, allMs: renderMs, rows: list.children.length };
}
