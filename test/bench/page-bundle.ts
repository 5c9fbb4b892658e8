/**
 * Bundles a module of this repository into one classic script for a plain web page (no
 * extension): esbuild, IIFE, the module's exports on `globalThis[globalName]`. CSS imported by
 * the module comes back separately, for `page.addStyleTag`.
 */
import { build } from 'esbuild';
import { ROOT } from '../e2e/chromium';

export interface PageBundle {
  js: string;
  css: string;
}

export async function bundleForPage(entry: string, globalName: string): Promise<PageBundle> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    outdir: 'bench-bundle',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    // WXT's auto-imports are not used by the modules bundled here; `browser` stays undefined.
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.MODE': '"production"' },
  });
  const text = (ext: string) => result.outputFiles.filter((f) => f.path.endsWith(ext)).map((f) => f.text).join('\n');
  return { js: text('.js'), css: text('.css') };
}

/**
 * tsx compiles this code with esbuild's keepNames, which wraps named inner functions of the
 * callbacks given to page.evaluate in `__name(…)`; the page has no such helper, so define it.
 */
export async function allowNamedFunctions(page: { evaluate(script: string): Promise<unknown> }): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn; undefined');
}
