/** Prints the note-lint benchmark: `npx vite-node test/bench/lint-bench-main.ts`. */
import { LINT_BUDGET_MEDIAN_US, benchLint } from './lint-bench';

const results = await benchLint();
for (const r of results) {
  const ratio = r.ratioToBaseline === undefined ? '' : `  (${r.ratioToBaseline}× baseline)`;
  console.log(`${r.name}: median ${r.medianUs} µs, p95 ${r.p95Us} µs over ${r.runs} runs${ratio}`);
}
const worst = Math.max(...results.filter((r) => r.name.startsWith('lintNote')).map((r) => r.medianUs));
console.log(`budget ${LINT_BUDGET_MEDIAN_US} µs median: ${worst <= LINT_BUDGET_MEDIAN_US ? 'met' : 'NOT met'} (worst median ${worst} µs)`);
