/**
 * Gzipped size of each part of the built extension (chrome-mv3): the content script (budget
 * 30 KB: it loads on every HPMS page), the background, and the popup and options pages with
 * every script and style their HTML pulls in (shared chunks counted in each page).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../e2e/chromium';

export const CONTENT_SCRIPT_BUDGET_BYTES = 30 * 1024;

export interface PartSize {
  part: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

const gzipOf = (file: string): number => gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;

function sizeOf(part: string, files: string[]): PartSize {
  const present = files.filter((f) => existsSync(join(EXTENSION_DIR, f)));
  return {
    part,
    files: present,
    rawBytes: present.reduce((n, f) => n + readFileSync(join(EXTENSION_DIR, f)).length, 0),
    gzipBytes: present.reduce((n, f) => n + gzipOf(f), 0),
  };
}

/** The scripts and styles an extension page's HTML loads (module preloads included). */
function pageAssets(html: string): string[] {
  const page = readFileSync(join(EXTENSION_DIR, html), 'utf8');
  const refs = [...page.matchAll(/\b(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return [...new Set(refs.filter((r) => r !== ''))];
}

export function bundleSizes(): PartSize[] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const declared = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  // The panel's styles are loaded into its shadow root at run time, not declared in the manifest.
  const shadowStyles = readdirSync(join(EXTENSION_DIR, 'content-scripts'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => `content-scripts/${f}`);
  const scripts = declared.filter((f) => f.endsWith('.js'));
  const styles = [...new Set([...declared.filter((f) => f.endsWith('.css')), ...shadowStyles])];
  return [
    sizeOf('content script', scripts),
    sizeOf('content script styles', styles),
    sizeOf('background', ['background.js']),
    sizeOf('popup page', pageAssets('popup.html')),
    sizeOf('options page', pageAssets('options.html')),
  ];
}
