/**
 * Draws the popup once the early reads are in (lib/store/popup-list.ts), so the first render
 * already shows the list when the precomputed rows are current: no "loading" render, no effect
 * waiting for a frame before the read starts. Otherwise the app asks the background (the fallback).
 */
import { h, render } from 'preact';
import { takeEarlyRows, takeEarlySettings } from '../../lib/store/popup-early-read';
import { currentRows } from '../../lib/store/popup-list';
import { PopupApp } from './PopupApp';

export async function mount(): Promise<void> {
  const [items, settings] = await Promise.all([takeEarlyRows()?.catch(() => undefined), takeEarlySettings()]);
  render(h(PopupApp, { initialCases: currentRows(items, settings), initialSettings: settings }), document.getElementById('app')!);
}
