// Mutation testing of lib/ (`npm run mutate`, or `npm run mutate -- lib/page` for one folder).
// Too slow for every CI run on two cores; README "Mutation testing" gives the times and scores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutate/vitest.config.ts' },
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (a regex or table built at import) needs every test re-run in
  // a fresh process: hours per folder on this machine. Those are left out of the score; the
  // behaviour tests of each table and pattern still run against the mutants inside functions.
  ignoreStatic: true,
  mutate: ['lib/**/*.ts'],
  // The machine is shared: two workers at most.
  concurrency: 2,
  // A mutant that hangs is stopped this long after the covering tests' usual time. Generous: on a
  // busy machine a restarted worker's first run (starting Vitest, importing the modules) takes most
  // of it, and a normal run cut off there would be counted as a kill it did not earn.
  timeoutMS: 40000,
  // The first run takes every related test once, serially: minutes on a shared machine.
  dryRunTimeoutMinutes: 30,
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  // Build outputs and e2e results are not needed to run the unit tests.
  ignorePatterns: ['.output*', 'test-results', 'playwright-report', 'demo-output', 'bench-output', '.firefox-esr-min', 'reports'],
  thresholds: { high: 90, low: 85, break: null },
};
