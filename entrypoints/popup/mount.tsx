/**
 * Draws the popup once the early reads are in (popup-early-read.ts started them before this code
 * loaded), so the first render already shows the list: no "loading" render, no effect waiting
 * for a frame before the read starts.
 */
import { render } from 'preact';
import { trackedCasesView } from '../../lib/store/tracked-cases-view';
import { takeEarlyCases, takeEarlySettings } from './early-read';
import { PopupApp } from './PopupApp';

export async function mount(): Promise<void> {
  const [items, settings] = await Promise.all([
    takeEarlyCases()?.catch(() => undefined),
    takeEarlySettings(),
  ]);
  const view = items ? trackedCasesView(items) : undefined;
  // Damaged or other-version data goes to the background as before: the app asks it.
  render(<PopupApp initialCases={view && 'cases' in view ? view : undefined} initialSettings={settings} />, document.getElementById('app')!);
}

