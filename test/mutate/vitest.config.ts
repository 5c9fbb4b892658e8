/**
 * The unit suite as Stryker runs it for each mutant: without the fuzz tests, which take minutes
 * (thousands of random pages) and would run again for every mutant they reach. They still run in
 * `npm run test:unit`; the mutation score counts the behaviour tests.
 *
 * Setting up happy-dom costs more than most test files' own tests (about 0.7 s a file against a few
 * milliseconds), and every mutant pays it again for each file it runs. So the test files that touch
 * no DOM run in Node, the rest in happy-dom as in `npm run test:unit`. A file is given the DOM when
 * it might need it (JSX, a DOM global, a DOM test helper, or code from components/, entrypoints/ or
 * lib/page), in its own text or in a test helper it imports; a file wrongly put in Node fails Stryker's first run, loudly, rather than any mutant.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

const exclude = ['test/unit/fuzz/**', 'node_modules/**'];
const needsDom =
  /\b(document|window|DOMParser|HTMLElement|Element|Node|navigator|localStorage|happy-dom)\b|parse-html|preact-root|\/(components|entrypoints|lib\/page)\//;

// `npm run mutate -- lib/sop --tests test/unit/sop` sets MUTATE_TESTS (folders or test files, comma
// separated): only those tests run against the mutants. For code that most of the suite reaches
// (the SOP data) a full run takes hours; the score against a folder's own tests is lower or equal,
// never higher, than against the whole suite.
const picked = (process.env.MUTATE_TESTS ?? 'test/unit').split(',').map((entry) => entry.trim()).filter(Boolean);
const isPicked = (file: string) => picked.some((entry) => (/\.tsx?$/.test(entry) ? file === entry : file.startsWith(entry.replace(/\/*$/, '/'))));
const testFiles = readdirSync('test/unit', { recursive: true, encoding: 'utf8' })
  .map((name) => `test/unit/${name.replaceAll('\\', '/')}`)
  .filter((file) => /\.test\.tsx?$/.test(file) && !file.startsWith('test/unit/fuzz/') && isPicked(file));
/** A test file's text with that of the test helpers it imports (test/…), which may need the DOM for it. */
function textWithHelpers(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const helpers = [...text.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)]
    .map(([, spec]) => normalize(join(dirname(file), spec ?? '')))
    .filter((path) => path.startsWith('test/'))
    .flatMap((path) => [path, `${path}.ts`, `${path}.tsx`].filter((candidate) => existsSync(candidate) && statSync(candidate).isFile()).slice(0, 1));
  return [text, ...helpers.map((helper) => textWithHelpers(helper, seen))].join('\n');
}

const domFiles = testFiles.filter((file) => file.endsWith('.tsx') || needsDom.test(textWithHelpers(file)));
/**
 * Files that need fresh modules (and a fresh page): they mock modules (a module another file already
 * imported stays unmocked) or reset them (the files after them would get a second copy of a module
 * whose state they share), or test what happens once per page.
 */
const ONCE_PER_PAGE = ['test/unit/popup/first-rows.test.tsx', 'test/unit/popup/rows-shown-mark.test.tsx'];
const ownModules = testFiles.filter((file) => ONCE_PER_PAGE.includes(file) || /\bvi\.(?:(?:do)?[mM]ock|resetModules)\(/.test(readFileSync(file, 'utf8')));
const shared = (files: string[]) => files.filter((file) => !ownModules.includes(file));
const own = (files: string[]) => files.filter((file) => ownModules.includes(file));
const nodeFiles = testFiles.filter((file) => !domFiles.includes(file));
// Stryker's instrumented code is slower, and its own timeout (stryker.config.mjs) catches a mutant
// that loops; a test cut off by Vitest first would count as a kill it did not earn.
const testTimeout = 30_000;

// Each project is the base config with its own files and environment (not `extends: true`, which
// would add the base's include, every test file, to each project).
// Files share one module graph and one page per worker (isolate: false): setting up happy-dom
// and importing the modules again for every file cost most of a mutant's run.
const project = (name: string, environment: string, include: string[], isolate = false) => ({
  ...base,
  test: { ...base.test, name, environment, include, exclude, testTimeout, isolate },
});

export default defineConfig({
  test: { projects: [
      project('node', 'node', shared(nodeFiles)),
      project('node-own-modules', 'node', own(nodeFiles), true),
      project('dom', 'happy-dom', shared(domFiles)),
      project('dom-own-page', 'happy-dom', own(domFiles), true),
    ], },
});
