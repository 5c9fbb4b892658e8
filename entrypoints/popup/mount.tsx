/**
 * Draws the popup once the early reads are in (popup-early-read.ts started them before this code
 * loaded), so the first render already shows the list: no "loading" render, no effect waiting
 * for a frame before the read starts. The list comes from the rows the background precomputed
 * when they are current, from the cases otherwise (popupCases).
 */
import { render } from 'preact';
import { popupCases } from '../../lib/store/tracked-cases-view';
import { takeEarlyRows, takeEarlySettings } from './early-read';
import { PopupApp } from './PopupApp';

export async function mount(): Promise<void> {
  const [items, settings] = await Promise.all([takeEarlyRows()?.catch(() => undefined), takeEarlySettings()]);
  const initial = await popupCases(items, settings).catch(() => undefined);
  // Damaged or other-version data goes to the background as before: the app asks it.
  render(<PopupApp initialCases={initial && !('needsBackground' in initial) ? initial : undefined} initialSettings={settings} />, document.getElementById('app')!);
}
