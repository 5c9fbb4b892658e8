/**
 * The latest mutation result of every file of lib/, kept in the repository
 * (test/mutate/results.json.gz, Stryker's incremental report format) so that a folder measured in
 * one session is not re-tested in the next: machines here start empty, and a run over the whole of
 * lib/ takes hours. Each run's report replaces the stored entries of the files it mutated.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

export const STORED_RESULTS = join(import.meta.dirname, 'results.json.gz');

export interface MutantResult {
  status: string;
}
export interface MutationReport {
  files: Record<string, { language?: string; source: string; mutants: MutantResult[] }>;
  testFiles?: Record<string, unknown>;
  [key: string]: unknown;
}

export function readStoredResults(): MutationReport | undefined {
  if (!existsSync(STORED_RESULTS)) return undefined;
  return JSON.parse(gunzipSync(readFileSync(STORED_RESULTS)).toString('utf8')) as MutationReport;
}

/** Writes the stored results out as Stryker's incremental input. */
export function writeIncrementalInput(report: MutationReport, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(report));
}

/**
 * The stored results with one run's report laid over them: its test files, and the files it mutated
 * (`mutated(path)`), win. Stryker's report also lists the files it did not mutate, with their code as
 * it is now and their old mutants: taking those would make a file changed since its last run look
 * measured.
 */
export function mergeRun(stored: MutationReport | undefined, run: MutationReport, mutated: (path: string) => boolean): MutationReport {
  const runFiles = Object.entries(run.files).filter(([path]) => mutated(path));
  return {
    ...run,
    files: { ...stored?.files, ...Object.fromEntries(runFiles) },
    testFiles: { ...stored?.testFiles, ...run.testFiles },
  };
}

/**
 * The report with an empty entry for each file the run mutated that Stryker left out because it
 * found nothing to mutate in it (types, `as const` tables): measured, with no mutant.
 */
export function withMutantFreeFiles(run: MutationReport, mutatedFiles: readonly string[], sourceOf: (path: string) => string): MutationReport {
  const missing = mutatedFiles.filter((path) => !(path in run.files));
  const empty = missing.map((path) => [path, { language: 'typescript', source: sourceOf(path), mutants: [] }]);
  return { ...run, files: { ...run.files, ...Object.fromEntries(empty) } };
}

/** Whether a run over `targets` (folders or files of lib/; none: all of lib/) mutated `path`. */
export function mutatedBy(targets: readonly string[]): (path: string) => boolean {
  const named = targets.map((target) => target.replace(/\/+$/, ''));
  return (path) => named.length === 0 || named.some((target) => path === target || path.startsWith(`${target}/`));
}

export function writeStoredResults(report: MutationReport): void {
  // The machine's own path and Stryker's options say nothing about the results.
  const { projectRoot: _root, config: _config, ...kept } = report;
  writeFileSync(STORED_RESULTS, gzipSync(JSON.stringify(kept), { level: 9 }));
}
