/**
 * The unit suite as Stryker runs it for each mutant: without the fuzz tests, which take minutes
 * (thousands of random pages) and would run again for every mutant they reach. They still run in
 * `npm run test:unit`; the mutation score counts the behaviour tests.
 *
 * Setting up happy-dom costs more than most test files' own tests (about 0.7 s a file against a few
 * milliseconds), and every mutant pays it again for each file it runs. So the test files that touch
 * no DOM run in Node, the rest in happy-dom as in `npm run test:unit`. A file is given the DOM when
 * it might need it (JSX, a DOM global, a DOM test helper, or code from components/, entrypoints/ or
 * lib/page); a file wrongly put in Node fails Stryker's first run, loudly, rather than any mutant.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

const exclude = ['test/unit/fuzz/**', 'node_modules/**'];
const needsDom =
  /\b(document|window|DOMParser|HTMLElement|Element|Node|navigator|localStorage|happy-dom)\b|parse-html|preact-root|\/(components|entrypoints|lib\/page)\//;

const testFiles = readdirSync('test/unit', { recursive: true, encoding: 'utf8' })
  .map((name) => `test/unit/${name.replaceAll('\\', '/')}`)
  .filter((file) => /\.test\.tsx?$/.test(file) && !file.startsWith('test/unit/fuzz/'));
const domFiles = testFiles.filter((file) => file.endsWith('.tsx') || needsDom.test(readFileSync(file, 'utf8')));
const nodeFiles = testFiles.filter((file) => !domFiles.includes(file));
// Stryker's instrumented code is slower, and its own timeout (stryker.config.mjs) catches a mutant
// that loops; a test cut off by Vitest first would count as a kill it did not earn.
const testTimeout = 30_000;

// Each project is the base config with its own files and environment (not `extends: true`, which
// would add the base's include, every test file, to each project).
const project = (name: string, environment: string, include: string[]) => ({
  ...base,
  test: { ...base.test, name, environment, include, exclude, testTimeout },
});

export default defineConfig({
  test: { projects: [project('node', 'node', nodeFiles), project('dom', 'happy-dom', domFiles)] },
});
