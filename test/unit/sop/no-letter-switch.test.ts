/**
 * A scenario's behaviour is written once, in its module under lib/sop/scenarios. Code elsewhere
 * reads the registry; a comparison, switch or list of scenario letters outside lib/sop would
 * let the two drift apart (as a keep-open list once left out G).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SCANNED = ['lib', 'components', 'entrypoints'];
const EXEMPT = /^lib\/sop\//;

const LETTER = `'[A-P]'`;
const PATTERNS: readonly RegExp[] = [
  new RegExp(`(?:===|!==|==|!=)\\s*${LETTER}`),
  new RegExp(`${LETTER}\\s*(?:===|!==|==|!=)`),
  new RegExp(`case\\s+${LETTER}\\s*:`),
  // A list of letters: ['F', 'G'].includes(…), new Set(['A', 'B']), a union type 'A' | 'B'.
  new RegExp(`\\[\\s*${LETTER}\\s*(?:,\\s*${LETTER}\\s*)*,?\\s*\\]`),
  new RegExp(`${LETTER}\\s*\\|\\s*${LETTER}`),
];
// HTML tag names that happen to be one capital letter ('P', 'A') compared with a tag.
const TAG_NAME = /\b(?:tag|tagName|nodeName|localName)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function letterSwitches(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const rel = relative(ROOT, file).split('\\').join('/');
    if (EXEMPT.test(rel)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (TAG_NAME.test(line)) return;
        if (PATTERNS.some((re) => re.test(line))) found.push(`${rel}:${index + 1}: ${line.trim()}`);
      });
  }
  return found;
}

describe('scenario letters outside lib/sop', () => {
  it('are never compared, switched on or listed: the registry says what each scenario does', () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(50);
    expect(letterSwitches(files)).toEqual([]);
  });

  it('catches each shape of letter test', () => {
    const samples = [
      "if (active === 'G') {}",
      "if ('F' !== letter) {}",
      "  case 'L':",
      "if (['F', 'G'].includes(active)) {}",
      "type T = 'F' | 'G';",
    ];
    for (const sample of samples) expect(PATTERNS.some((re) => re.test(sample)), sample).toBe(true);
    expect(PATTERNS.some((re) => re.test("tally.add(letter, 5, 'Reason')"))).toBe(false);
  });
});
