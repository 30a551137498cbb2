/**
 * `npx tsx scripts/eval-notice-check.ts` — runs the notice check on the five seed notices and the
 * shared corpus as if they were drafts, and reports how many of the APPI report items (規則第8条)
 * each real notice covers, plus the GDPR and California counts. Where the gold labels say a notice
 * states a fact (data classes, a count, a cause, a prevention measure), the matching item should be
 * found: that agreement is reported as a recall figure. Real notices are read here only, never
 * copied into the project. Last line: one JSON object.
 *
 *   npx tsx scripts/eval-notice-check.ts            table + JSON
 *   npx tsx scripts/eval-notice-check.ts --rules    rules only (no extractor)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measure } from '../src/extract/types.js';
import { PREVENTION_MEASURES } from '../src/notice-check/items.js';
import { quantile } from '../src/notice-check/peers.js';
import { runNoticeCheck } from '../src/notice-check/run.js';
import type { NoticeCheckResult } from '../src/notice-check/types.js';
import { sharedDir } from './eval/paths.js';

const rulesOnly = process.argv.includes('--rules');
const shared = sharedDir();

interface Gold {
  doc: string;
  data_classes: string[];
  affected: unknown;
  causes: string[];
  measures: Measure[];
}
const gold = new Map<string, Gold>();
for (const line of readFileSync(join(shared, 'corpus', 'gold.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as Gold;
  gold.set(g.doc, g);
}

const docs: string[] = [
  ...readdirSync(join(shared, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `seeds/${f}`),
  ...['ja', 'en'].flatMap((l) =>
    readdirSync(join(shared, 'corpus', 'docs', l))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => `corpus/docs/${l}/${f}`),
  ),
];

/** item id → whether gold says the notice states it. */
const GOLD_CHECKS: [string, (g: Gold) => boolean][] = [
  ['appi.data_items', (g) => g.data_classes.length > 0],
  ['appi.count', (g) => g.affected !== null],
  ['appi.cause', (g) => g.causes.length > 0],
  ['appi.prevention', (g) => g.measures.some((m) => PREVENTION_MEASURES.has(m))],
];

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const itemCover = new Map<string, number>();
const agree = new Map<string, { stated: number; found: number; unstated: number; foundUnstated: number }>();
const rows: {
  doc: string;
  lang: string;
  appi: number;
  individual: number;
  gdpr: number;
  ca: number;
  reportable: boolean;
}[] = [];
const start = performance.now();
console.log(
  `${pad('notice', 34)} ${pad('lang', 4)} ${pad('APPI/9', 6)} ${pad('本人/5', 6)} ${pad('GDPR/7', 6)} ${pad('CA', 6)} 報告義務  missing APPI items`,
);
for (const doc of docs) {
  const text = readFileSync(join(shared, doc), 'utf8');
  let r: NoticeCheckResult;
  try {
    r = await runNoticeCheck(
      text,
      { today: '2026-01-01', regions: ['jp', 'eu', 'ca'] },
      rulesOnly ? { engine: null } : {},
    );
  } catch (err) {
    console.log(`${pad(doc, 34)} ERROR ${(err as Error).message}`);
    continue;
  }
  const appi = r.regimes[0]!;
  const individual = appi.items.filter((i) => appi.individual_item_ids.includes(i.id) && i.present).length;
  const gdpr = r.regimes[1]!;
  const ca = r.regimes[2]!;
  for (const i of appi.items) if (i.present) itemCover.set(i.id, (itemCover.get(i.id) ?? 0) + 1);
  const g = gold.get(doc);
  if (g) {
    for (const [id, stated] of GOLD_CHECKS) {
      const a = agree.get(id) ?? { stated: 0, found: 0, unstated: 0, foundUnstated: 0 };
      const found = appi.items.find((i) => i.id === id)?.present === true;
      if (stated(g)) {
        a.stated++;
        if (found) a.found++;
      } else {
        // Gold has no value: the notice may still mention the item loosely, so this is an upper bound
        // on false positives, not a count of them.
        a.unstated++;
        if (found) a.foundUnstated++;
      }
      agree.set(id, a);
    }
  }
  rows.push({
    doc,
    lang: r.lang,
    appi: appi.present,
    individual,
    gdpr: gdpr.present,
    ca: ca.present,
    reportable: r.appi_reportability.mandatory,
  });
  const missing = appi.items.filter((i) => !i.present).map((i) => i.id.replace('appi.', ''));
  console.log(
    `${pad(doc.replace('corpus/docs/', ''), 34)} ${pad(r.lang, 4)} ${pad(appi.present, 6)} ${pad(individual, 6)} ${pad(gdpr.present, 6)} ${pad(`${ca.present}/${ca.required}`, 6)} ${pad(r.appi_reportability.mandatory ? 'yes' : 'no', 8)}  ${missing.join(', ')}`,
  );
}
const ms = Math.round(performance.now() - start);
const n = rows.length;
const mean = (f: (r: (typeof rows)[number]) => number) =>
  Math.round((rows.reduce((s, r) => s + f(r), 0) / n) * 100) / 100;
console.log(`\n${n} notices checked in ${ms} ms${rulesOnly ? ' (rules only)' : ''}`);
console.log('APPI item coverage (share of notices where the item was found):');
for (const [id, c] of [...itemCover].sort((a, b) => b[1] - a[1])) console.log(`  ${pad(id, 22)} ${c}/${n}`);
console.log('Agreement with the gold labels (item found where gold says the notice states it):');
for (const [id, a] of agree) {
  console.log(
    `  ${pad(id, 22)} ${a.found}/${a.stated}   (found although gold has no value: ${a.foundUnstated}/${a.unstated})`,
  );
}
// The distribution the notice check shows beside a draft ("notices like mine"), here over the corpus.
console.log('APPI items per notice (what /notice-check shows beside a draft, by language):');
const distribution: Record<string, number> = {};
for (const lang of ['ja', 'en', 'all']) {
  const counts = rows
    .filter((r) => lang === 'all' || r.lang === lang)
    .map((r) => r.appi)
    .sort((a, b) => a - b);
  if (!counts.length) continue;
  const hist = Array.from({ length: 10 }, (_, k) => counts.filter((c) => c === k).length);
  const [p25, median, p75] = [0.25, 0.5, 0.75].map((q) => Math.round(quantile(counts, q) * 10) / 10);
  console.log(
    `  ${pad(lang, 4)} n=${pad(counts.length, 4)} median ${median}  p25 ${p25}  p75 ${p75}   0..9 items: ${hist.join(' ')}`,
  );
  Object.assign(distribution, {
    [`notice_check.appi_items.${lang}.median`]: median!,
    [`notice_check.appi_items.${lang}.p25`]: p25!,
    [`notice_check.appi_items.${lang}.p75`]: p75!,
  });
}
const figures: Record<string, number> = {
  ...distribution,
  'notice_check.n': n,
  'notice_check.appi_mean_items': mean((r) => r.appi),
  'notice_check.appi_all_9': rows.filter((r) => r.appi === 9).length,
  'notice_check.individual_mean_items': mean((r) => r.individual),
  'notice_check.gdpr_mean_items': mean((r) => r.gdpr),
  'notice_check.reportable': rows.filter((r) => r.reportable).length,
  'notice_check.ms': ms,
};
for (const [id, a] of agree) {
  const key = id.replace('appi.', '');
  figures[`notice_check.gold_recall.${key}`] = Math.round((a.found / a.stated) * 1000) / 1000;
  figures[`notice_check.found_without_gold.${key}`] = a.foundUnstated;
}
console.log(JSON.stringify(figures));
