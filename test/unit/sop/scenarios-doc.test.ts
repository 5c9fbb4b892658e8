/**
 * docs/SCENARIOS.md is generated from the scenario registry and must match it.
 *
 * The generator (and with it lib/sop) is imported afresh before each test (not at the top of the
 * file): the scenario tables are built at import, and only a table built under the test that
 * reads it is counted by the mutation run (Stryker's ignoreStatic).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

let SCENARIOS_DOC: string;
let scenariosMarkdown: () => string;

beforeEach(async () => {
  vi.resetModules();
  ({ SCENARIOS_DOC, scenariosMarkdown } = await import('../../docs/scenarios-doc'));
});

describe('docs/SCENARIOS.md', () => {
  it('matches the scenario registry (run `npm run docs:scenarios` after changing a scenario)', () => {
    const onDisk = readFileSync(join(__dirname, '../../..', SCENARIOS_DOC), 'utf8');
    expect(onDisk).toBe(scenariosMarkdown());
  });

  it('has one row per case scenario, G with its keep-open rule and both emails', () => {
    const doc = scenariosMarkdown();
    expect(doc.match(/^\| \*\*[A-L]\*\*/gm)).toHaveLength(12);
    const g = doc.split('\n').find((line) => line.startsWith('| **G**')) ?? '';
    expect(g).toContain('G-critical-rd');
    expect(g).toContain('G-integriguard');
    expect(g).toContain('Yes; close only if');
  });
});
