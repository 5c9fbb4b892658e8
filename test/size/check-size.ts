/**
 * `npm run size`: the content script, which loads on every HPMS page, fails the run past its
 * 30 KB gzipped budget; what a complaint page loads in all, and the report page, fail
 * past their ceilings.
 * Sizes are deterministic, so this is a check, not a timed test.
 */
import { bundleSizes, COMPLAINT_PAGE_CEILING_BYTES, CONTENT_SCRIPT_BUDGET_BYTES, type PartName, REPORT_PAGE_CEILING_BYTES } from '../bench/bundle-sizes';
import { kb } from '../bench/stats';

const LIMITS: Partial<Record<PartName, { bytes: number; name: string }>> = {
  'content script': { bytes: CONTENT_SCRIPT_BUDGET_BYTES, name: 'budget' },
  'complaint page in all': { bytes: COMPLAINT_PAGE_CEILING_BYTES, name: 'ceiling' },
  'report page': { bytes: REPORT_PAGE_CEILING_BYTES, name: 'ceiling' },
};

const over: string[] = [];
for (const { part, files, rawBytes, gzipBytes } of bundleSizes()) {
  const limit = LIMITS[part];
  const verdict = limit ? `  ${limit.name} ${kb(limit.bytes)}: ${gzipBytes <= limit.bytes ? 'ok' : 'OVER'}` : '';
  if (limit && gzipBytes > limit.bytes) over.push(`${part} is ${kb(gzipBytes)} gzipped, over its ${limit.name} of ${kb(limit.bytes)}`);
  console.log(`${part.padEnd(36)} ${kb(gzipBytes).padStart(9)} gzip ${kb(rawBytes).padStart(9)} raw  ${files.join(', ')}${verdict}`);
}
if (over.length) {
  console.error(over.join('\n'));
  process.exitCode = 1;
}
