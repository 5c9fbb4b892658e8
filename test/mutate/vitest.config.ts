/**
 * The unit suite as Stryker runs it for each mutant: without the fuzz tests, which take minutes
 * (thousands of random pages) and would run again for every mutant they reach. They still run in
 * `npm run test:unit`; the mutation score counts the behaviour tests.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config';

export default mergeConfig(base, defineConfig({ test: { exclude: ['test/unit/fuzz/**', 'node_modules/**'] } }));
