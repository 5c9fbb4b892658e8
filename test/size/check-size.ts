/**
 * `npm run size`: the content script, which loads on every HPMS page, fails the run past its
 * 30 KB gzipped budget; the panel's later part, what a complaint page loads in all, and the report
 * page fail past their ceilings. What the first paint loads (content script + panel module) is
 * checked against a ceiling just above today's size: the 30 KB budget is not reached yet (the
 * bench prints that verdict), and growth past today's size must be a decision.
 * Sizes are deterministic, so this is a check, not a timed test.
 */
import { bundleSizes, SIZE_LIMITS } from '../bench/bundle-sizes';
import { kb } from '../bench/stats';

const over: string[] = [];
for (const { part, files, rawBytes, gzipBytes } of bundleSizes()) {
  const limit = SIZE_LIMITS[part];
  const ceiling = limit?.ceiling;
  const verdict = !limit
    ? ''
    : `  ${limit.kind} ${kb(limit.bytes)}: ${gzipBytes <= limit.bytes ? 'ok' : 'OVER'}` + (ceiling ? `; ceiling ${kb(ceiling)}: ${gzipBytes <= ceiling ? 'ok' : 'OVER'}` : '');
  const failsPast = ceiling ?? limit?.bytes;
  if (limit && failsPast !== undefined && gzipBytes > failsPast) {
    over.push(`${part} is ${kb(gzipBytes)} gzipped, over its ${ceiling ? 'ceiling' : limit.kind} of ${kb(failsPast)}`);
  }
  console.log(`${part.padEnd(42)} ${kb(gzipBytes).padStart(9)} gzip ${kb(rawBytes).padStart(9)} raw  ${files.join(', ')}${verdict}`);
}
if (over.length) {
  console.error(over.join('\n'));
  process.exitCode = 1;
}
