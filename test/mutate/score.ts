/**
 * `npm run mutate:score`: the mutation score of lib/ as a whole and of each folder, from the results
 * kept in test/mutate/results.json.gz (see stored-results.ts). A file whose code changed since its
 * last run is listed as out of date, and a file never run as not measured: neither is counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readStoredResults } from './stored-results';

const ROOT = join(import.meta.dirname, '../..');
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function libFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return libFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** lib/page/read-case.ts → lib/page; lib/lint/rules/x.ts → lib/lint; lib/case.ts → lib (top level). */
function folderOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : 'lib (top-level files)';
}

interface Tally {
  detected: number;
  undetected: number;
  timeouts: number;
  files: number;
}
const empty = (): Tally => ({ detected: 0, undetected: 0, timeouts: 0, files: 0 });
const percent = (t: Tally): string =>
  t.detected + t.undetected ? `${((100 * t.detected) / (t.detected + t.undetected)).toFixed(2)} %` : '–';

const stored = readStoredResults();
const byFolder = new Map<string, Tally>();
const whole = empty();
const outOfDate: string[] = [];
const notMeasured: string[] = [];
for (const path of libFiles('lib').sort()) {
  const result = stored?.files[path];
  if (!result) notMeasured.push(path);
  else if (result.source !== readFileSync(join(ROOT, path), 'utf8')) outOfDate.push(path);
  else {
    const folder = byFolder.get(folderOf(path)) ?? empty();
    byFolder.set(folderOf(path), folder);
    for (const tally of [folder, whole]) {
      tally.files++;
      for (const { status } of result.mutants) {
        if (DETECTED.has(status)) tally.detected++;
        if (UNDETECTED.has(status)) tally.undetected++;
        if (status === 'Timeout') tally.timeouts++;
      }
    }
  }
}

console.log('| Folder | Files | Mutants tested | Detected (of them timed out) | Undetected | Score |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [folder, t] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`| \`${folder}\` | ${t.files} | ${t.detected + t.undetected} | ${t.detected} (${t.timeouts}) | ${t.undetected} | ${percent(t)} |`);
}
const wholeLabel = outOfDate.length || notMeasured.length ? 'lib/, the files measured' : 'lib/ as a whole';
console.log(`| **${wholeLabel}** | ${whole.files} | ${whole.detected + whole.undetected} | ${whole.detected} (${whole.timeouts}) | ${whole.undetected} | **${percent(whole)}** |`);
const list = (paths: string[]): string => paths.map((path) => relative('lib', path)).join(', ');
if (outOfDate.length) console.log(`\nOut of date (changed since their last run; not counted): ${list(outOfDate)}`);
if (notMeasured.length) console.log(`\nNot measured yet (not counted): ${notMeasured.length} files: ${list(notMeasured)}`);
if (outOfDate.length || notMeasured.length) console.log('\nSo this is not yet the score of lib/ as a whole.');
