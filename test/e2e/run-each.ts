/**
 * `npm run test:e2e:each [-- <spec name> ...]`: runs every browser spec file on its own, one
 * after another (`playwright test test/e2e/<file>`), so a test that only passes because an
 * earlier file left something behind fails here. Prints each file's result and wall time, and
 * exits non-zero if any file failed. Expects a fresh build (the npm script builds first).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './chromium';

const picked = process.argv.slice(2).filter((arg) => arg !== '--');
const specs = readdirSync(join(ROOT, 'test/e2e'))
  .filter((name) => name.endsWith('.spec.ts'))
  .filter((name) => !picked.length || picked.some((pick) => name.includes(pick)))
  .sort();
if (!specs.length) {
  console.error(`No spec file matches ${picked.join(', ')}.`);
  process.exit(1);
}

const results: { spec: string; ok: boolean; seconds: number }[] = [];
for (const spec of specs) {
  console.log(`\n== ${spec}`);
  const started = performance.now();
  const run = spawnSync('npx', ['playwright', 'test', `test/e2e/${spec}`], { cwd: ROOT, stdio: 'inherit' });
  results.push({ spec, ok: run.status === 0, seconds: (performance.now() - started) / 1000 });
}

console.log('\n== each spec file on its own');
for (const { spec, ok, seconds } of results) console.log(`${ok ? 'pass' : 'FAIL'}  ${seconds.toFixed(1).padStart(6)} s  ${spec}`);
const failed = results.filter((result) => !result.ok);
console.log(failed.length ? `${failed.length} of ${results.length} spec files failed on their own.` : `All ${results.length} spec files passed on their own.`);
process.exit(failed.length ? 1 : 0);
