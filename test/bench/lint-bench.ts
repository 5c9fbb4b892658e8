/**
 * Node benchmark of the note linter: lintNote over the realistic
 * 4,000-character fixture note, median and p95 over many runs, against a baseline measured in
 * the same process. Budget: 50 µs median. Not a test: run it from `npm run bench` or
 * `npx vite-node test/bench/lint-bench-main.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { lintNote } from '../../lib/lint/lint-note';
import { submittedLength } from '../../lib/lint/submitted-length';
import type { LintContext } from '../../lib/lint/types';

export interface BenchResult {
  name: string;
  medianUs: number;
  p95Us: number;
  runs: number;
  /** Median over the baseline's median, when a baseline was measured. */
  ratioToBaseline?: number;
}

export const LINT_BUDGET_MEDIAN_US = 50;

const FIXTURE = fileURLToPath(new URL('../fixtures/notes/realistic-4000.txt', import.meta.url));

/**
 * Variants of the note, each one keystroke apart, so every run lints a new string as typing
 * does (no rule can answer from a cache of the previous text).
 */
function keystrokeVariants(note: string, count: number): string[] {
  const variants: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.floor(((i + 0.5) / count) * note.length);
    const variant = note.slice(0, at) + (i % 2 === 0 ? 'x' : '') + note.slice(at + (i % 2 === 0 ? 1 : 0), note.length - (i % 2));
    // A flat string, as `textarea.value` gives, not a rope of concatenated pieces.
    variants.push(JSON.parse(JSON.stringify(variant)) as string);
  }
  return variants;
}

function time(name: string, runs: number, warmup: number, inputs: readonly string[], work: (text: string) => unknown): BenchResult {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink ^= Number(Boolean(work(inputs[i % inputs.length] ?? '')));
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const input = inputs[i % inputs.length] ?? '';
    const t0 = performance.now();
    sink ^= Number(Boolean(work(input)));
    samples[i] = (performance.now() - t0) * 1000;
  }
  samples.sort();
  if (sink === 2) console.log(''); // keeps `work` observable to the optimiser
  const at = (q: number): number => samples[Math.min(runs - 1, Math.floor(q * runs))] ?? NaN;
  return { name, medianUs: round(at(0.5)), p95Us: round(at(0.95)), runs };
}

const round = (us: number): number => Math.round(us * 100) / 100;

export async function benchLint(runs = 5000): Promise<BenchResult[]> {
  const note = readFileSync(FIXTURE, 'utf8');
  const inputs = keystrokeVariants(note, 64);
  const warmup = Math.max(500, runs / 5);
  const scenarioE: LintContext = { scenario: 'E', requiredPhrases: [], caseworker: 'Jordan Lee' };
  const scenarioD: LintContext = { scenario: 'D', requiredPhrases: ['CTM Case Not Part D'], ownContracts: ['S1234'] };

  // Baseline: the cheapest honest look at every character, timed the same way in this process.
  const baseline = time('baseline: one charCodeAt loop over the note', runs, warmup, inputs, countLetters);
  const meter = time('submittedLength (the meter count)', runs, warmup, inputs, submittedLength);
  const results = [
    time('lintNote, no scenario (general rules)', runs, warmup, inputs, (t) => lintNote(t)),
    time('lintNote, scenario E', runs, warmup, inputs, (t) => lintNote(t, scenarioE)),
    time('lintNote, scenario D with a required phrase', runs, warmup, inputs, (t) => lintNote(t, scenarioD)),
  ];
  for (const r of results) r.ratioToBaseline = round(r.medianUs / Math.max(baseline.medianUs, 0.01));
  return [...results, meter, baseline];
}

function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) letters++;
  }
  return letters;
}
