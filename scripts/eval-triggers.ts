/**
 * `npx tsx scripts/eval-triggers.ts` — measures the 規則第7条 triggers of the notice check (第1号
 * sensitive, 第2号 financial, 第3号 improper purpose, 第4号 over 1,000 people) against the labels
 * in test/data/appi-triggers.tsv (30 Japanese corpus notices, labelled by hand). Each notice is
 * checked as if it were a draft; per trigger and overall (micro) precision and recall are printed,
 * with every disagreement. Real notices are read here only, never copied into the project. Last
 * line: one JSON object.
 *
 *   npx tsx scripts/eval-triggers.ts           with the extractor's facts (as the page runs)
 *   npx tsx scripts/eval-triggers.ts --rules   rules only (no extractor)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { runNoticeCheck } from '../src/notice-check/run.js';
import { sharedDir } from './eval/paths.js';

const TRIGGERS = ['sensitive', 'financial', 'malicious', 'over_1000'] as const;
type Trigger = (typeof TRIGGERS)[number];

const Row = z.object({
  doc: z.string().regex(/^corpus\/docs\/ja\/\d+\.txt$/),
  triggers: z.array(z.enum(TRIGGERS)),
  reason: z.string().min(1),
});

/** Reads the labels file: comment lines start with '#', then a header, then doc / triggers / reason. */
function readLabels(path: string): z.infer<typeof Row>[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  return lines.slice(1).map((l, i) => {
    const [doc, triggers, reason] = l.split('\t');
    const parsed = Row.safeParse({
      doc,
      triggers: triggers === '-' ? [] : (triggers ?? '').split(','),
      reason,
    });
    if (!parsed.success) throw new Error(`${path}: row ${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
}

const rulesOnly = process.argv.includes('--rules');
const shared = sharedDir();
const labels = readLabels(join(import.meta.dirname, '..', 'test', 'data', 'appi-triggers.tsv'));

const tally = new Map<Trigger, { tp: number; fp: number; fn: number }>(
  TRIGGERS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
);
for (const row of labels) {
  const text = readFileSync(join(shared, row.doc), 'utf8');
  const r = await runNoticeCheck(
    text,
    { today: '2026-01-01', regions: ['jp'] },
    rulesOnly ? { engine: null } : {},
  );
  const wrong: string[] = [];
  for (const t of TRIGGERS) {
    const found = r.appi_reportability.triggers.find((x) => x.id === t);
    const met = found?.met === true;
    const want = row.triggers.includes(t);
    const c = tally.get(t)!;
    if (met && want) c.tp++;
    else if (met) {
      c.fp++;
      wrong.push(`+${t} (${(found?.quote ?? '').slice(0, 40)})`);
    } else if (want) {
      c.fn++;
      wrong.push(`-${t}`);
    }
  }
  if (wrong.length) console.log(`${row.doc.replace('corpus/docs/', '').padEnd(12)} ${wrong.join('  ')}`);
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
const figures: Record<string, number | null> = { 'triggers.n': labels.length };
const all = { tp: 0, fp: 0, fn: 0 };
console.log(`\n${labels.length} notices${rulesOnly ? ' (rules only)' : ''}`);
console.log(`${'trigger'.padEnd(10)} labelled  found  agree  precision  recall`);
for (const [t, c] of tally) {
  all.tp += c.tp;
  all.fp += c.fp;
  all.fn += c.fn;
  const p = ratio(c.tp, c.tp + c.fp);
  const rc = ratio(c.tp, c.tp + c.fn);
  figures[`triggers.${t}.precision`] = p;
  figures[`triggers.${t}.recall`] = rc;
  console.log(
    `${t.padEnd(10)} ${String(c.tp + c.fn).padEnd(9)} ${String(c.tp + c.fp).padEnd(6)} ${String(c.tp).padEnd(6)} ${String(p).padEnd(10)} ${rc}`,
  );
}
figures['triggers.precision'] = ratio(all.tp, all.tp + all.fp);
figures['triggers.recall'] = ratio(all.tp, all.tp + all.fn);
console.log(`overall    precision ${figures['triggers.precision']}  recall ${figures['triggers.recall']}`);
console.log(JSON.stringify(figures));
