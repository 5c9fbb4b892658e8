/**
 * `npm run mutate [-- <folder or file> ...] [-- stryker options]`: Stryker over lib/, or over the
 * folders named (lib/page → lib/page/**\/*.ts). Other arguments go to Stryker;
 * --incremental keeps one results file per target under reports/incremental/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const args = process.argv.slice(2);
const targets = args.filter((arg) => !arg.startsWith('-') && (arg.startsWith('lib') || arg.endsWith('.ts')));
// A bare `--` (as in `npm run mutate -- lib/page -- --incremental`) would end Stryker's options.
const passed = args.filter((arg) => !targets.includes(arg) && arg !== '--');
const globs = targets.map((target) => {
  const path = target.replace(/\/+$/, '');
  return existsSync(path) && statSync(path).isDirectory() ? `${path}/**/*.ts` : path;
});
const mutate = globs.length ? ['--mutate', globs.join(',')] : [];
// --incremental reuses the last run's results for unchanged code and tests: one file per target.
if (passed.includes('--incremental') && !passed.includes('--incrementalFile')) {
  const name = targets.length ? targets.join('+').replace(/[^\w+.-]+/g, '_') : 'lib';
  passed.push('--incrementalFile', `reports/incremental/${name}.json`);
}
const run = spawnSync('npx', ['stryker', 'run', ...mutate, ...passed], { stdio: 'inherit' });
process.exit(run.status ?? 1);
