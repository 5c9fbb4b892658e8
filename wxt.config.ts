import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox ships as Manifest V2 (see README "Firefox"): there the HPMS host permission is
// granted at install on every supported release, ESR included.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // CTM_SOURCEMAP=1 for size analysis; never in shipped builds.
    build: { sourcemap: process.env.CTM_SOURCEMAP === '1' },
  }),
  manifest: ({ browser }) => ({
    name: 'CTM Assist',
    description:
      'The CMS CTM Plan SOP on the Plan Resolution page: scenarios, checklists, note linting, RO emails and deadlines. Nothing leaves the browser.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://hpms.cms.gov/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ctm-assist@ctm-assist.example',
              strict_min_version: '140.0',
              // Firefox's data-collection declaration: this extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
