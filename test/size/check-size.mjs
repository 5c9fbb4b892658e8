// Size budget: the content script loads on every HPMS page, so it must stay under 30 KB gzipped
// (for all features). Sizes are deterministic, so this is a check, not a timed test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = `${process.env.CTM_OUT_DIR ?? '.output'}/chrome-mv3`;
const BUDGET = 30 * 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function bundleSizes() {
  const list = (dir) => readdirSync(join(OUT, dir)).filter((f) => /\.(js|css)$/.test(f)).map((f) => join(dir, f));
  const files = ['background.js', ...list('content-scripts'), ...list('chunks')];
  return files.map((f) => ({ file: f, raw: statSync(join(OUT, f)).size, gzip: gz(join(OUT, f)) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const { file, raw, gzip } of bundleSizes()) {
    const budgeted = file === 'content-scripts/ctm.js';
    const over = budgeted && gzip > BUDGET;
    failed ||= over;
    console.log(`${file.padEnd(40)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(9)} gzip${budgeted ? `  (budget ${kb(BUDGET)}${over ? ': OVER' : ': ok'})` : ''}`);
  }
  if (failed) {
    console.error('The content script is over its 30 KB gzipped budget.');
    process.exit(1);
  }
}
