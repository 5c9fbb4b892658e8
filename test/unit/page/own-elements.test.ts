/**
 * CTM Assist's own elements on the page (the docked panel and the keep-open warning beside the
 * close controls) are not read as the page: their text lives in their shadow roots, so a page
 * with them reads exactly as the page without them. Their tag names are what the page watcher
 * and a page inspector see, and tell them apart from the page's own elements.
 *
 * lib/page/own-elements is imported afresh inside the test (not at the top of the file): its
 * constants are set at import, and only values set under the test that uses them are counted
 * by the mutation run (Stryker's ignoreStatic).
 */
import { describe, expect, it, vi } from 'vitest';
import { readCase } from '../../../lib/page/read-case';
import { parseHtml } from '../parse-html';

const PAGE = `<table>
  <tr><td>Complaint ID:</td><td>4012345</td></tr>
  <tr><td>Caseworker:</td><td>Sam Sample</td></tr>
  <tr><td>Issue Level:</td><td>Urgent</td></tr>
  <tr><td>Disposition:</td><td><select id="disp"><option value="">-- Select --</option><option value="O" selected>Open</option></select></td></tr>
</table>`;

describe("CTM Assist's own elements on the page", () => {
  it('the panel and the inline warning are not read: the page reads as without them', async () => {
    vi.resetModules();
    const { PANEL_TAG, INLINE_WARNING_TAG } = await import('../../../lib/page/own-elements');
    expect([PANEL_TAG, INLINE_WARNING_TAG]).toEqual(['ctm-assist-panel', 'ctm-assist-inline-warning']);

    const doc = parseHtml(PAGE);
    const panel = doc.createElement(PANEL_TAG);
    panel.attachShadow({ mode: 'open' }).innerHTML = '<p>Complaint ID: 4099999</p><p>Caseworker: Other Name</p><p>Disposition: Resolved</p>';
    doc.body.append(panel);
    const warning = doc.createElement(INLINE_WARNING_TAG);
    warning.attachShadow({ mode: 'open' }).innerHTML = '<span role="alert">Disposition: keep the case open</span>';
    doc.getElementById('disp')!.after(warning);
    expect(doc.querySelectorAll('ctm-assist-panel, ctm-assist-inline-warning')).toHaveLength(2);

    const { snapshot } = readCase(doc.body);
    expect(snapshot.facts).toEqual({ complaintId: '4012345', caseworker: 'Sam Sample', issueLevel: 'urgent', disposition: 'open' });
    expect(snapshot.conflicts).toEqual([]);
    expect(snapshot.malformed).toEqual([]);
  });
});
