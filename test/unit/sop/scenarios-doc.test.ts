import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIOS_DOC, scenariosMarkdown } from '../../docs/scenarios-doc';

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
