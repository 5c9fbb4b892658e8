import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { manifestCommands } from './lib/keyboard-commands';

const POLICY = "script-src 'self'; object-src 'self'";

// Firefox ships as Manifest V2 (see README "Install"): there the HPMS host permission is
// granted with the install.
export default defineConfig({
  // CTM_OUT_DIR lets parallel work build into its own folder; tests read the same variable.
  outDir: process.env.CTM_OUT_DIR ?? '.output',
  hooks: {
    // webextension-polyfill serves the background, popup and options. The content script, which
    // loads on every HPMS page within a 30 KB budget, and the panel module it loads on complaint
    // pages use the browser's own promise-based `browser`/`chrome` namespace (WXT's default),
    // which is all they need for messaging.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entry) => entry.type === 'content-script' || entry.type === 'unlisted-script')) return;
      const alias = { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' };
      config.resolve = { ...config.resolve, alias: { ...(config.resolve?.alias as Record<string, string>), ...alias } };
    },
  },
  vite: () => ({
    plugins: [preact()],
    // CTM_SOURCEMAP=1 for size analysis; never in shipped builds.
    build: { sourcemap: process.env.CTM_SOURCEMAP === '1' },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'CTM Assist',
    description:
      'The CMS CTM Plan SOP on the Plan Resolution page: scenarios, checklists, note linting, RO emails and deadlines. Nothing leaves the browser.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://hpms.cms.gov/*'],
    // Keyboard shortcuts (lib/keyboard-commands.ts); the commands API needs no permission.
    commands: manifestCommands(manifestVersion),
    // The panel module, loaded by the content script on complaint pages only (panel-module.ts).
    web_accessible_resources:
      browser === 'firefox'
        ? ['ctm-panel.js']
        : [{ resources: ['ctm-panel.js'], matches: ['https://hpms.cms.gov/*'], use_dynamic_url: true }],
    // No remote sources, no eval, not even wasm: only the extension's own files run.
    content_security_policy:
      browser === 'firefox' ? POLICY : { extension_pages: POLICY },
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
      : {
          // Plan-wide settings IT can preset by Chrome/Edge policy (docs/admin/). Firefox reads
          // the same keys from policies.json "3rdparty" without a schema file.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
