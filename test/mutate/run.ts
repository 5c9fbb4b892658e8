/**
 * `npm run mutate [-- <folder or file> ...] [--tests <test folders or files>] [-- stryker options]`: Stryker
 * over lib/, or over the folders named (lib/page → lib/page/**\/*.ts). Other arguments go to
 * Stryker; --incremental reuses and updates the results kept in test/mutate/results.json.gz.
 * --tests runs only the unit tests in those folders or files (comma separated) against the mutants
 * (test/mutate/vitest.config.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { mergeRun, mutatedBy, readStoredResults, STORED_RESULTS, withMutantFreeFiles, writeIncrementalInput, writeStoredResults, type MutationReport } from './stored-results';

const rawArgs = process.argv.slice(2);
const testsAt = rawArgs.indexOf('--tests');
const tests = testsAt >= 0 ? rawArgs[testsAt + 1] : undefined;
if (testsAt >= 0 && !tests?.split(',').every((entry) => entry.startsWith('test/unit'))) {
  console.error('--tests needs folders or test files under test/unit, comma separated, e.g. --tests test/unit/sop or --tests test/unit/settings,test/unit/messages.test.ts');
  process.exit(2);
}
const args = testsAt >= 0 ? rawArgs.toSpliced(testsAt, 2) : rawArgs;
const targets = args.filter((arg) => !arg.startsWith('-') && (arg.startsWith('lib') || arg.endsWith('.ts')));
// A bare `--` (as in `npm run mutate -- lib/page -- --incremental`) would end Stryker's options.
const passed = args.filter((arg) => !targets.includes(arg) && arg !== '--');
const globs = targets.map((target) => {
  const path = target.replace(/\/+$/, '');
  return existsSync(path) && statSync(path).isDirectory() ? `${path}/**/*.ts` : path;
});
const mutate = globs.length ? ['--mutate', globs.join(',')] : [];
// --incremental reuses earlier results for unchanged code and tests: those kept in the repository
// (stored-results.ts), which this run's results then update.
const incremental = passed.includes('--incremental') && !passed.includes('--incrementalFile');
const INCREMENTAL_FILE = 'reports/incremental/stored.json';
if (incremental) {
  const stored = readStoredResults();
  if (stored) writeIncrementalInput(stored, INCREMENTAL_FILE);
  else rmSync(INCREMENTAL_FILE, { force: true });
  passed.push('--incrementalFile', INCREMENTAL_FILE);
}
const env = tests ? { ...process.env, MUTATE_TESTS: tests } : process.env;
const run = spawnSync('npx', ['stryker', 'run', ...mutate, ...passed], { stdio: 'inherit', env });
if (incremental && run.status === 0) {
  const results = JSON.parse(readFileSync(INCREMENTAL_FILE, 'utf8')) as MutationReport;
  const mutated = mutatedBy(targets);
  const libFiles = readdirSync('lib', { recursive: true, encoding: 'utf8' })
    .map((name) => `lib/${name.replaceAll('\\', '/')}`)
    .filter((path) => path.endsWith('.ts') && mutated(path));
  const measured = withMutantFreeFiles(results, libFiles, (path) => readFileSync(path, 'utf8'));
  writeStoredResults(mergeRun(readStoredResults(), measured, mutated));
  console.log(`Stored the results in ${relative(process.cwd(), STORED_RESULTS)}: commit it. \`npm run mutate:score\` gives the score of lib/ and of each folder.`);
}
process.exit(run.status ?? 1);
