/**
 * Measures the cross-source resolver (src/incidents/resolve.ts) against hand-labelled candidate pairs
 * (test/data/resolver-pairs.tsv): builds every dataset's records from ../shared as the starter build
 * does, resolves them, and counts a pair as joined when both keys end in one incident.
 *
 * Usage: npx tsx scripts/eval-resolver.ts   (LEAKWATCH_SHARED=/path/to/shared to read elsewhere)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceRecord } from '../src/incidents/record.js';
import { resolveRecords } from '../src/incidents/resolve.js';
import { datasetRecords } from './build-starter.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.LEAKWATCH_SHARED ?? join(ROOT, '../shared'));
const records = datasetRecords(shared, [], []).map((r) => SourceRecord.parse(r));
const { incidents } = resolveRecords(records);
const incidentOf = new Map<string, string>();
for (const inc of incidents) for (const r of [inc, ...inc.also]) incidentOf.set(r.key, inc.key);

const pairs = readFileSync(join(ROOT, 'test/data/resolver-pairs.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'));
let tp = 0;
let fp = 0;
let fn = 0;
let tn = 0;
const missing: string[] = [];
const wrong: string[] = [];
for (const [a, b, label, why] of pairs) {
  if (!incidentOf.has(a!) || !incidentOf.has(b!)) {
    missing.push(`${a} ${b}`);
    continue;
  }
  const joined = incidentOf.get(a!) === incidentOf.get(b!);
  const same = label === 'yes';
  if (joined && same) tp++;
  else if (joined) {
    fp++;
    wrong.push(`FP ${a} ${b}: ${why}`);
  } else if (same) {
    fn++;
    wrong.push(`FN ${a} ${b}: ${why}`);
  } else tn++;
}
const precision = tp / (tp + fp);
const recall = tp / (tp + fn);
console.log(`pairs ${pairs.length} (yes ${tp + fn}, no ${fp + tn}); missing keys ${missing.length}`);
console.log(`TP ${tp} FP ${fp} FN ${fn} TN ${tn}`);
console.log(`precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`);
for (const w of wrong) console.log(`  ${w}`);
for (const m of missing) console.log(`  missing: ${m}`);
