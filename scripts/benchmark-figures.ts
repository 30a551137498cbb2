/**
 * The response benchmarks over the starter dataset, as docs/companies.md shows them: loads the starter
 * into an in-memory SQLite store and prints the overall figures and each breakdown (n, p25, median,
 * p75, p90 in days; "—" where n < 20, with the n).
 *
 * Usage: npx tsx scripts/benchmark-figures.ts [detection_to_notice|start_to_detection|…]
 */
import { benchmarkSummary } from '../src/peers/benchmark.js';
import { DURATION_KEYS, type DurationKey } from '../src/peers/durations.js';
import type { Distribution } from '../src/peers/stats.js';
import { openDatabase } from '../src/store/db.js';
import { loadStarterDataset } from '../src/store/starter.js';

const asked = process.argv[2];
const only = DURATION_KEYS.find((k) => k === asked);
const db = await openDatabase({ sqliteFile: ':memory:' });
await loadStarterDataset(db);
const s = await benchmarkSummary(db, {});
const cell = (d: Distribution | null, n: number) =>
  d ? `${d.n} | ${d.p25} | ${d.median} | ${d.p75} | ${d.p90}` : `${n} | — | — | — | —`;
const out: string[] = [
  `${s.n} incidents`,
  '',
  '| duration | n | p25 | median | p75 | p90 |',
  '|---|---|---|---|---|---|',
];
for (const k of DURATION_KEYS) out.push(`| ${k} | ${cell(s.stats[k], 0)} |`);
for (const k of only
  ? [only]
  : (['detection_to_notice', 'start_to_detection', 'detection_to_containment'] as DurationKey[])) {
  for (const b of s.breakdowns) {
    out.push(
      '',
      `### ${k} by ${b.dimension}`,
      '',
      '| segment | n | p25 | median | p75 | p90 |',
      '|---|---|---|---|---|---|',
    );
    for (const g of b.segments) if (g.n[k] > 0) out.push(`| ${g.label.en} | ${cell(g.stats[k], g.n[k])} |`);
  }
}
console.log(out.join('\n'));
await db.close();
