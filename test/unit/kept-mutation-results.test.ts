/**
 * The mutation results kept in the repository (test/mutate/stored-results.ts): a run replaces the
 * results of the files it mutated and of no other, so `npm run mutate:score` never counts a changed
 * file as measured before it is run again.
 */
import { describe, expect, it } from 'vitest';
import { mergeRun, mutatedBy, withMutantFreeFiles, type MutationReport } from '../mutate/stored-results';

const killed = { status: 'Killed' };
const survived = { status: 'Survived' };

describe('kept mutation results after a folder run', () => {
  const stored: MutationReport = {
    files: {
      'lib/settings.ts': { source: 'old settings', mutants: [survived, survived] },
      'lib/tracking/merge.ts': { source: 'old merge', mutants: [survived] },
    },
    testFiles: { 'test/unit/settings/a.test.ts': { tests: [] } },
  };
  // Stryker's report of a run over lib/tracking also lists lib/settings.ts, with its code as it
  // is now and its old mutants.
  const run: MutationReport = {
    files: {
      'lib/settings.ts': { source: 'new settings', mutants: [survived] },
      'lib/tracking/merge.ts': { source: 'new merge', mutants: [killed] },
      'lib/tracking/rows/x.ts': { source: 'x', mutants: [killed] },
    },
    testFiles: { 'test/unit/tracking/b.test.ts': { tests: [] } },
  };

  it('replaces the results of the folder run and keeps the other files as they were measured', () => {
    expect(mergeRun(stored, run, mutatedBy(['lib/tracking/'])).files).toEqual({
      'lib/settings.ts': { source: 'old settings', mutants: [survived, survived] },
      'lib/tracking/merge.ts': { source: 'new merge', mutants: [killed] },
      'lib/tracking/rows/x.ts': { source: 'x', mutants: [killed] },
    });
  });

  it('keeps the test files of earlier runs beside those of this run', () => {
    expect(mergeRun(stored, run, mutatedBy(['lib/tracking'])).testFiles).toEqual({
      'test/unit/settings/a.test.ts': { tests: [] },
      'test/unit/tracking/b.test.ts': { tests: [] },
    });
  });

  it('takes every file from a run over all of lib/, and from the first run when nothing is kept', () => {
    expect(Object.keys(mergeRun(stored, run, mutatedBy([])).files)).toEqual(['lib/settings.ts', 'lib/tracking/merge.ts', 'lib/tracking/rows/x.ts']);
    expect(mergeRun(stored, run, mutatedBy([])).files['lib/settings.ts']?.source).toBe('new settings');
    expect(mergeRun(undefined, run, mutatedBy(['lib/settings.ts'])).files).toEqual({
      'lib/settings.ts': { source: 'new settings', mutants: [survived] },
    });
  });

  it('takes a file named on its own, and not a file whose name only starts the same', () => {
    const mutated = mutatedBy(['lib/case.ts', 'lib/page']);
    expect([mutated('lib/case.ts'), mutated('lib/case-keys.ts'), mutated('lib/page/read-case.ts'), mutated('lib/page-errors.ts')]).toEqual([true, false, true, false]);
  });
});

describe('files with nothing to mutate', () => {
  it('are kept as measured with no mutant, so the score of lib/ as a whole does not wait for them', () => {
    const run: MutationReport = { files: { 'lib/case.ts': { source: 'case', mutants: [killed] } } };
    const measured = withMutantFreeFiles(run, ['lib/case.ts', 'lib/sop/types.ts'], (path) => `code of ${path}`);
    expect(measured.files).toEqual({
      'lib/case.ts': { source: 'case', mutants: [killed] },
      'lib/sop/types.ts': { language: 'typescript', source: 'code of lib/sop/types.ts', mutants: [] },
    });
  });
});
