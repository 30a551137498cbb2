import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestNotices } from '../../src/ingest/pipeline.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { openDatabase } from '../../src/store/db.js';

/** Pairwise merge figures: pairs of notices put in one incident, against merge-groups.json. */
export interface MergeRun {
  /** Notices ingested (corpus docs, not_a_notice skipped). */
  notices: number;
  /** Incidents the store holds after ingesting them all. */
  incidents: number;
  /** Notices that failed to ingest (with their reason). */
  failed: { doc: string; message: string }[];
  truePairs: number;
  /** Pairs joined that no group lists. */
  wrongJoins: [string, string][];
  /** Pairs a group lists that were not joined. */
  missedPairs: [string, string][];
  precision: number;
  recall: number;
  f1: number;
  ms: number;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function pairsOf(items: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) out.push(pairKey(items[i]!, items[j]!));
  return out;
}

/** The figures and lines `npm run eval` prints for a merge run. */
export function reportMerge(m: MergeRun): { lines: string[]; figures: Record<string, number> } {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const lines = [
    `\nmerge of successive reports: ${m.notices} notices → ${m.incidents} incidents (${Math.round(m.ms)} ms)`,
    `  pairwise P ${r3(m.precision)}  R ${r3(m.recall)}  F1 ${r3(m.f1)}  (${m.truePairs} true pairs, ${m.wrongJoins.length} wrong joins, ${m.missedPairs.length} missed)`,
    ...m.wrongJoins.map(([a, b]) => `  wrong join   ${a} + ${b}`),
    ...m.missedPairs.map(([a, b]) => `  missed pair  ${a} + ${b}`),
    ...m.failed.map((f) => `  failed       ${f.doc}: ${f.message}`),
  ];
  return {
    lines,
    figures: {
      'merge.f1': r3(m.f1),
      'merge.precision': r3(m.precision),
      'merge.recall': r3(m.recall),
      'merge.wrong_joins': m.wrongJoins.length,
      'merge.incidents': m.incidents,
    },
  };
}

/**
 * Ingests every corpus notice (both batches, in file order, skipping those gold.jsonl marks
 * not_a_notice) into a fresh in-memory SQLite store through the CLI's path (loadDocument →
 * ingestNotice), then scores which notices ended up in one incident: pairs inside a group of
 * merge-groups.json are positives, any other joined pair is a wrong join.
 */
export async function runMerge(shared: string): Promise<MergeRun> {
  const corpus = join(shared, 'corpus');
  const skip = new Set<string>();
  for (const line of readFileSync(join(corpus, 'gold.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as { doc?: string; not_a_notice?: boolean };
    if (g.not_a_notice && g.doc) skip.add(g.doc);
  }
  const docs: string[] = [];
  for (const lang of readdirSync(join(corpus, 'docs')).sort()) {
    for (const f of readdirSync(join(corpus, 'docs', lang)).sort()) {
      const doc = `corpus/docs/${lang}/${f}`;
      if (!skip.has(doc)) docs.push(doc);
    }
  }
  const groups = (
    JSON.parse(readFileSync(join(corpus, 'merge-groups.json'), 'utf8')) as { groups: string[][] }
  ).groups;

  const t0 = performance.now();
  const db = await openDatabase({ sqliteFile: ':memory:' });
  try {
    const summary = await ingestPaths(
      docs.map((d) => join(shared, d)),
      { db, concurrency: 1, ingest: (d, inputs, o) => ingestNotices(d, inputs, o) },
    );
    const byPath = new Map(docs.map((d) => [join(shared, d), d]));
    const incidentOf = new Map<string, string>();
    const failed: { doc: string; message: string }[] = [];
    for (const item of summary.items) {
      const doc = byPath.get(item.target) ?? item.target;
      if (item.incidentId) incidentOf.set(doc, item.incidentId);
      else if (item.status === 'failed') failed.push({ doc, message: item.message ?? '' });
    }
    const members = new Map<string, string[]>();
    for (const [doc, inc] of incidentOf) members.set(inc, [...(members.get(inc) ?? []), doc]);
    const joined = new Set<string>();
    for (const list of members.values()) for (const p of pairsOf(list.sort())) joined.add(p);
    const gold = new Set(groups.flatMap((g) => pairsOf(g)));
    const truePairs = [...joined].filter((p) => gold.has(p)).length;
    const split = (p: string) => p.split('|') as [string, string];
    const wrongJoins = [...joined].filter((p) => !gold.has(p)).map(split);
    const missedPairs = [...gold].filter((p) => !joined.has(p)).map(split);
    const precision = joined.size === 0 ? 1 : truePairs / joined.size;
    const recall = gold.size === 0 ? 1 : truePairs / gold.size;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const row = await db.kysely
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      notices: docs.length,
      incidents: Number(row.n),
      failed,
      truePairs,
      wrongJoins,
      missedPairs,
      precision,
      recall,
      f1,
      ms: performance.now() - t0,
    };
  } finally {
    await db.close();
  }
}
