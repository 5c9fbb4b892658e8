/**
 * The layer rules in eslint.config.js: each one fails on a forbidden import and lets the
 * allowed ones through, and the real tree passes them (what `npm run lint` checks).
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('layer rules', () => {
  // The first lint loads the config and the TypeScript parser; the cases below then take milliseconds.
  beforeAll(() => eslint.lintText('', { filePath: 'lib/x.ts' }), 60_000);

  it.each([
    ['lib/ never imports components/', 'lib/tracking/x.ts', "import { x } from '../../components/popup/labels';", 'lib/ is pure logic'],
    ['lib/ never imports entrypoints/', 'lib/x.ts', "export { x } from '../entrypoints/popup/when-idle';", 'lib/ is pure logic'],
    ['components/ never import entrypoints/', 'components/popup/X.tsx', "import { x } from '../../entrypoints/popup/use-settings';", 'never import entrypoints/'],
    ['components/ never import lib/store/', 'components/options/X.tsx', "import { x } from '../../lib/store/settings-item';", 'never lib/store/'],
    ['components/ never import lib/store/, types included', 'components/X.tsx', "import type { X } from '../lib/store/settings-item';", 'never lib/store/'],
    ["an entrypoint never imports another's files", 'entrypoints/ctm-panel/x.ts', "import { x } from '../ctm.content/watch-page';", "another's files"],
    ["a one-file entrypoint never imports another's files", 'entrypoints/x.ts', "import { x } from './popup/mount';", "another's files"],
    ['nor by a dynamic import', 'entrypoints/popup/x.ts', "const m = () => import('../options/OptionsApp');", "another's files"],
    ['lib/sop/ takes only types from lib/case.ts', 'lib/sop/types.ts', "import { CaseFacts } from '../case';", 'only types from lib/case.ts'],
    ['lib/sop/ never imports the rest of lib/', 'lib/sop/scenarios/a.ts', "import { x } from '../../store/tracked-cases';", 'lib/sop/ imports nothing but'],
    ['lib/sop/ never imports the detection engine', 'lib/sop/scenarios/a.ts', "import { detectScenarios } from '../../detect/detect';", 'lib/sop/ imports nothing but'],
    ['lib/sop/ imports no package', 'lib/sop/definitions.ts', "import { z } from 'zod/mini';", 'lib/sop/ imports nothing but'],
  ])('%s', async (_rule, filePath, code, message) => {
    const errors = await layerErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ['entrypoints/popup/x.tsx', "import { a } from '../../components/popup/DeadlineList';\nimport { b } from '../../lib/store/settings-item';\nimport { c } from './when-idle';\nconst d = () => import('./GuidesSection');"],
    ['components/options/X.tsx', "import type { ManagedKey } from '../../lib/managed-policy';\nimport { e } from '../email/EmailCard';"],
    ['lib/sop/scenarios/a.ts', "import type { CaseFacts } from '../../case';\nimport { WEIGHT } from '../../detect/weights';\nimport { KEEP_OPEN } from './shared';\nimport type { Scenario } from '../types';"],
    ['lib/tracking/x.ts', "import { a } from '../store/tracked-cases';\nimport { b } from '../sop';\nimport { z } from 'zod/mini';"],
  ])('lets the allowed imports of %s through', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });

  it('holds on the real tree', { timeout: 120_000 }, async () => {
    const results = await eslint.lintFiles(['lib', 'components', 'entrypoints']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(errors).toEqual([]);
  });
});
