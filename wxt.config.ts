import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Alias } from 'vite';
import { manifestCommands } from './lib/keyboard-commands';

const POLICY = "script-src 'self'; object-src 'self'";

/** The files a complaint page loads from the extension: the panel module, then its later part. */
const PANEL_FILES = ['ctm-panel.js', 'ctm-panel-later.js'];

/**
 * The panel's later part renders inside the panel module's Preact tree: its Preact imports resolve
 * to the panel module's own instance (entrypoints/ctm-panel-later/shared-preact/), never to a
 * second copy, whose hooks would not work in that tree.
 */
const sharedPreact = (file: string) => fileURLToPath(new URL(`./entrypoints/ctm-panel-later/shared-preact/${file}`, import.meta.url));
/**
 * The note's checks there look up the active scenario's lint needs in the panel module's own
 * scenarios (entrypoints/ctm-panel-later/shared-sop/), not in a second copy of them.
 */
const sharedSop = fileURLToPath(new URL('./entrypoints/ctm-panel-later/shared-sop/case-scenarios.ts', import.meta.url));
const LATER_PART_ALIASES: Alias[] = [
  { find: /^preact$/, replacement: sharedPreact('preact.ts') },
  { find: /^preact\/hooks$/, replacement: sharedPreact('hooks.ts') },
  { find: /^preact\/jsx-runtime$/, replacement: sharedPreact('jsx-runtime.ts') },
  { find: /^(?:\.\.?\/)+(?:lib\/)?sop\/case-scenarios$/, replacement: sharedSop },
];

function withAliases(config: { resolve?: { alias?: unknown } }, aliases: Alias[]): void {
  const current = config.resolve?.alias;
  const before: Alias[] = Array.isArray(current)
    ? (current as Alias[])
    : Object.entries((current ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
  config.resolve = { ...config.resolve, alias: [...aliases, ...before] };
}

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
      if (entrypoints.some((entry) => entry.name === 'ctm-panel-later')) return withAliases(config, LATER_PART_ALIASES);
      if (entrypoints.some((entry) => entry.type === 'content-script' || entry.type === 'unlisted-script')) return;
      withAliases(config, [{ find: 'wxt/browser', replacement: '@wxt-dev/webextension-polyfill/browser' }]);
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
    // The panel module and its later part, loaded on complaint pages only (lib/panel-module.ts).
    web_accessible_resources:
      browser === 'firefox'
        ? PANEL_FILES
        : [{ resources: PANEL_FILES, matches: ['https://hpms.cms.gov/*'], use_dynamic_url: true }],
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
