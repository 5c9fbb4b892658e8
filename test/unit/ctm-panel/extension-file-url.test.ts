/** Where the panel imports its later part from: the sample page is the extension's own page. */
import { describe, expect, it } from 'vitest';
import { extensionFileUrl, PANEL_LATER_FILE } from '../../../lib/panel-module';

const getURL = (path: string) => `chrome-extension://0f3c9d2e-session-address${path}`;

describe('the later part of the panel is imported', () => {
  it('on an HPMS page, from the file\'s web-accessible address', () => {
    expect(extensionFileUrl(PANEL_LATER_FILE, 'https://hpms.cms.gov/app/ctm/plan-resolution.aspx', getURL)).toBe(
      'chrome-extension://0f3c9d2e-session-address/ctm-panel-later.js',
    );
  });

  it.each(['chrome-extension://abcdefghijklmnopabcdefghijklmnop/sample.html', 'moz-extension://7c1e0b5a-4f3d-4c2a-9d7e-2b1f0c9a8e6d/sample.html'])(
    'on the extension\'s own sample page (%s), from that page\'s origin, which its policy allows',
    (page) => {
      expect(extensionFileUrl(PANEL_LATER_FILE, page, getURL)).toBe('/ctm-panel-later.js');
    },
  );

  it.each(['web+chrome-extension://abcdefghijklmnop/sample.html', 'chrome-extensions://abcdefghijklmnop/sample.html', 'moz-extension-x://7c1e0b5a/sample.html'])(
    'on a page whose scheme only looks like the extension\'s own (%s), from the web-accessible address',
    (page) => {
      expect(extensionFileUrl(PANEL_LATER_FILE, page, getURL)).toBe('chrome-extension://0f3c9d2e-session-address/ctm-panel-later.js');
    },
  );
});
