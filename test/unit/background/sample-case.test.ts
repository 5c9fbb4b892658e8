import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleCaseSeen, samplePickScenario, sampleSetTick, watchSampleTabs } from '../../../entrypoints/background/sample-case';

const SAMPLE_URL = 'chrome-extension://test-extension-id/sample.html';
const inTab = (id: number) => ({ url: SAMPLE_URL, tab: { id } });
const tick = (tabId: number, stepId: string) => sampleSetTick({ complaintId: '1000001', stepId, done: true }, inTab(tabId));
const ticksIn = async (tabId: number) => (await sampleCaseSeen({}, inTab(tabId))).progress.ticks;

describe('the sample complaint’s ticks', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    watchSampleTabs();
  });

  it('are kept while the sample tab stays open (a reload of the page included)', async () => {
    tick(41, 'D.1.a');
    expect(await ticksIn(41)).toEqual({ 'D.1.a': true });
  });

  it('are forgotten when the sample tab closes: the sample opened again starts unticked', async () => {
    tick(42, 'D.1.a');
    samplePickScenario({ complaintId: '1000001', scenario: 'D' }, inTab(42));
    await fakeBrowser.tabs.onRemoved.trigger(42, { windowId: 0, isWindowClosing: false });
    expect(await sampleCaseSeen({}, inTab(42))).toMatchObject({ progress: { ticks: {} } });
    expect((await sampleCaseSeen({}, inTab(42))).progress.picked).toBeUndefined();
    expect(await ticksIn(43)).toEqual({});
  });

  it('are each sample tab’s own: a second sample tab starts unticked, and closing it leaves the first one’s', async () => {
    tick(44, 'D.1.a');
    expect(await ticksIn(45)).toEqual({});
    tick(45, 'D.2');
    await fakeBrowser.tabs.onRemoved.trigger(45, { windowId: 0, isWindowClosing: false });
    expect(await ticksIn(44)).toEqual({ 'D.1.a': true });
  });
});
