/**
 * Least privilege, read from the built manifests (PRIVACY.md "Permissions"): exactly storage,
 * alarms, notifications and the HPMS host; a content security policy with no remote sources;
 * the content script and its web-accessible panel module limited to HPMS. The Chrome build is the one
 * the e2e suite loads; the Firefox build is made here so both are checked on every run.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR, OUT_DIR, ROOT } from './chromium';

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
};

const HPMS_HOST = 'https://hpms.cms.gov/*';
const API_PERMISSIONS = ['alarms', 'notifications', 'storage'];

const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** The CSP's directives as name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Sources that would let code or objects come from anywhere but the extension itself. */
function remoteOrUnsafe(policy: string): string[] {
  return [...directives(policy).values()].flat().filter((source) => source !== "'self'" && source !== "'none'");
}

let firefox: Manifest;
let chrome: Manifest;

test.beforeAll(() => {
  chrome = read(EXTENSION_DIR);
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: ROOT,
    env: { ...process.env, CTM_OUT_DIR: OUT_DIR.slice(ROOT.length + 1) },
    stdio: 'pipe',
  });
  firefox = read(join(OUT_DIR, 'firefox-mv2'));
});

test.describe('least privilege in the built manifests', () => {
  test('Chrome/Edge (MV3): exactly storage, alarms, notifications and the HPMS host', () => {
    expect(chrome.manifest_version).toBe(3);
    expect([...(chrome.permissions ?? [])].sort()).toEqual(API_PERMISSIONS);
    expect(chrome.host_permissions).toEqual([HPMS_HOST]);
    expect(chrome.optional_permissions ?? []).toEqual([]);
    expect(chrome.optional_host_permissions ?? []).toEqual([]);
    expect(chrome.externally_connectable).toBeUndefined();
  });

  test('Firefox (MV2): exactly storage, alarms, notifications and the HPMS host', () => {
    expect(firefox.manifest_version).toBe(2);
    expect([...(firefox.permissions ?? [])].sort()).toEqual([...API_PERMISSIONS, HPMS_HOST].sort());
    expect(firefox.optional_permissions ?? []).toEqual([]);
  });

  for (const [name, manifest] of [['Chrome', () => chrome], ['Firefox', () => firefox]] as const) {
    test(`${name}: the content script runs on HPMS only`, () => {
      const scripts = manifest().content_scripts ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script.matches).toEqual([HPMS_HOST]);
      const { permissions, host_permissions, optional_permissions } = manifest();
      expect(JSON.stringify({ permissions, host_permissions, optional_permissions, scripts })).not.toMatch(/<all_urls>|\*:\/\/\*\/|tabs|scripting|webRequest|cookies|history|downloads|nativeMessaging|debugger/);
    });
  }

  test('Chrome: a content security policy with no remote sources', () => {
    const policy = (chrome.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages;
    expect(policy, 'an explicit extension_pages policy').toBeTruthy();
    expect(directives(policy!).get('script-src')).toEqual(["'self'"]);
    expect(directives(policy!).get('object-src')).toEqual(["'self'"]);
    expect(remoteOrUnsafe(policy!)).toEqual([]);
  });

  test('Firefox: a content security policy with no remote sources', () => {
    const policy = firefox.content_security_policy;
    expect(typeof policy).toBe('string');
    expect(directives(policy as string).get('script-src')).toEqual(["'self'"]);
    expect(remoteOrUnsafe(policy as string)).toEqual([]);
  });

  test('web-accessible resources: only the panel module and its later part, only for HPMS pages, behind a per-session URL in Chrome', () => {
    const panelFiles = ['ctm-panel.js', 'ctm-panel-later.js'];
    expect(chrome.web_accessible_resources).toEqual([{ resources: panelFiles, matches: [HPMS_HOST], use_dynamic_url: true }]);
    expect(firefox.web_accessible_resources).toEqual(panelFiles);
  });

  test('Chrome: plan-wide settings can be preset by enterprise policy (managed storage schema)', () => {
    expect(chrome.storage).toEqual({ managed_schema: 'managed_schema.json' });
    const schema = JSON.parse(readFileSync(join(EXTENSION_DIR, 'managed_schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual(['budgets', 'caseworker', 'contracts', 'handedOverAskDays', 'mailboxes', 'organization', 'timeZone']);
  });
});
