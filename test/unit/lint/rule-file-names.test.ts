/**
 * Each file in lib/lint/rules/ holds one rule and is named for the id its findings carry
 * (`data-rule`, TEST-HOOKS.md), so a finding seen in the panel leads straight to its file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES_DIR = resolve(process.cwd(), 'lib/lint/rules');
const ruleFiles = readdirSync(RULES_DIR).filter((name) => name.endsWith('.ts'));

/** The rule ids a rule file writes into its findings (`rule: '…'`). */
function idsEmittedBy(file: string): string[] {
  const source = readFileSync(resolve(RULES_DIR, file), 'utf8');
  return [...new Set([...source.matchAll(/\brule:\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1] ?? ''))];
}

describe('lint rule files', () => {
  it('are found', () => {
    expect(ruleFiles.length).toBeGreaterThan(5);
  });

  it.each(ruleFiles)('%s emits exactly the rule id it is named for', (file) => {
    expect(idsEmittedBy(file)).toEqual([file.replace(/\.ts$/, '')]);
  });
});
