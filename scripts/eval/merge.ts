import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';
import { ingestNotices } from '../../src/ingest/pipeline.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { openDatabase } from '../../src/store/db.js';
import { excerptAsNotice } from './excerpts.js';
import { REPO_ROOT } from './paths.js';

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

/**
 * Pairwise scores of a run: which notices ended in one incident (`incidentOf`: notice → incident)
 * against the gold groups. Pairs inside a group are positives; any other joined pair is a wrong join.
 * `counted` narrows which joined pairs are scored at all (the held-out check: pairs touching a
 * held-out notice). With no gold pairs, recall (and F1) are NaN: nothing measures them.
 */
export function scorePairs(
  incidentOf: ReadonlyMap<string, string>,
  groups: readonly string[][],
  counted: (a: string, b: string) => boolean = () => true,
): Pick<MergeRun, 'truePairs' | 'wrongJoins' | 'missedPairs' | 'precision' | 'recall' | 'f1'> {
  const members = new Map<string, string[]>();
  for (const [doc, inc] of incidentOf) members.set(inc, [...(members.get(inc) ?? []), doc]);
  const joined = new Set<string>();
  for (const list of members.values())
    for (const p of pairsOf(list.sort())) if (counted(...(p.split('|') as [string, string]))) joined.add(p);
  const gold = new Set(groups.flatMap((g) => pairsOf(g)));
  const truePairs = [...joined].filter((p) => gold.has(p)).length;
  const split = (p: string) => p.split('|') as [string, string];
  const wrongJoins = [...joined].filter((p) => !gold.has(p)).map(split);
  const missedPairs = [...gold].filter((p) => !joined.has(p)).map(split);
  const precision = joined.size === 0 ? 1 : truePairs / joined.size;
  const recall = gold.size === 0 ? Number.NaN : truePairs / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs, wrongJoins, missedPairs, precision, recall, f1 };
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
    const scored = scorePairs(incidentOf, groups);
    const row = await db.kysely
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      notices: docs.length,
      incidents: Number(row.n),
      failed,
      ...scored,
      ms: performance.now() - t0,
    };
  } finally {
    await db.close();
  }
}

/** data/eval/excerpt-merge-groups.json: groups of one breach, and the pairs most likely joined wrongly. */
export const EXCERPT_MERGE_GROUPS = join(REPO_ROOT, 'data', 'eval', 'excerpt-merge-groups.json');

interface ExcerptMergeLabels {
  /** Excerpt indexes of the held-out sets (B, C): never ingested here. */
  held_out: number[];
  groups: number[][];
  apart: [[number, number], string][];
  later_alone: [number, string][];
}

/** An excerpt run: the merge figures, with why a wrongly joined pair was listed as apart. */
export interface ExcerptMergeRun extends MergeRun {
  /** Excerpt ids (`excerpts/<line>`) → the reason the labels give for keeping them apart. */
  apartReasons: Map<string, string>;
  /** Later reports that joined an incident although their earlier reports are absent. */
  laterJoined: string[];
}

const excerptId = (i: number) => `excerpts/${i}`;

/**
 * The excerpts of `src` that `keep` admits, each as excerptAsNotice builds it, in date order (the
 * date shown on the page, else the extracted publication date; undated ones after, in file order).
 */
function excerptsByDate(src: string, keep: (i: number) => boolean): { i: number; text: string }[] {
  const excerpts = readFileSync(src, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { url: string; title: string; text: string; posted?: string | null });
  const items = excerpts
    .map((e, i) => ({ i, text: excerptAsNotice(e), posted: e.posted ?? null }))
    .filter((x) => keep(x.i))
    .map((x) => ({ ...x, date: x.posted ?? extract(x.text).published?.value ?? null }));
  items.sort((a, b) =>
    a.date && b.date ? a.date.localeCompare(b.date) || a.i - b.i : a.date ? -1 : b.date ? 1 : a.i - b.i,
  );
  return items;
}

/**
 * Ingests the excerpts in order into a fresh in-memory store: which incident each ended in, those
 * that failed, and how long it took.
 */
async function ingestExcerpts(items: { i: number; text: string }[]): Promise<{
  incidentOf: Map<string, string>;
  failed: { doc: string; message: string }[];
  ms: number;
}> {
  const t0 = performance.now();
  const db = await openDatabase({ sqliteFile: ':memory:' });
  try {
    const outcomes = await ingestNotices(
      db,
      items.map((x) => ({ text: x.text, via: 'file' })),
    );
    const incidentOf = new Map<string, string>();
    const failed: { doc: string; message: string }[] = [];
    outcomes.forEach((o, k) => {
      const doc = excerptId(items[k]!.i);
      if (o.status === 'failed') failed.push({ doc, message: o.error.message });
      else if (o.incidentId) incidentOf.set(doc, o.incidentId);
    });
    return { incidentOf, failed, ms: performance.now() - t0 };
  } finally {
    await db.close();
  }
}

/**
 * The second merge check, on notices nobody tuned the rules for: every excerpt of
 * shared/datasets/jp_notice_excerpts.jsonl outside the held-out sets, as excerptAsNotice builds it,
 * ingested in date order (the date shown on the page, else the extracted publication date; undated
 * ones after, in file order) into a fresh in-memory store, scored against
 * data/eval/excerpt-merge-groups.json. Null when the excerpts or the labels are absent.
 */
export async function runExcerptMerge(shared: string): Promise<ExcerptMergeRun | null> {
  const src = join(shared, 'datasets', 'jp_notice_excerpts.jsonl');
  if (!existsSync(src) || !existsSync(EXCERPT_MERGE_GROUPS)) return null;
  const labels = JSON.parse(readFileSync(EXCERPT_MERGE_GROUPS, 'utf8')) as ExcerptMergeLabels;
  const held = new Set(labels.held_out);
  const items = excerptsByDate(src, (i) => !held.has(i));
  const { incidentOf, failed, ms } = await ingestExcerpts(items);
  const scored = scorePairs(
    incidentOf,
    labels.groups.map((g) => g.map(excerptId)),
  );
  const apartReasons = new Map<string, string>();
  for (const [[a, b], why] of labels.apart) apartReasons.set(pairKey(excerptId(a), excerptId(b)), why);
  const together = new Map<string, number>();
  for (const inc of incidentOf.values()) together.set(inc, (together.get(inc) ?? 0) + 1);
  const laterJoined = labels.later_alone
    .map(([i]) => excerptId(i))
    .filter((d) => incidentOf.has(d) && (together.get(incidentOf.get(d)!) ?? 0) > 1);
  return {
    notices: items.length,
    incidents: together.size,
    failed,
    ...scored,
    apartReasons,
    laterJoined,
    ms,
  };
}

/** The figures and lines `npm run eval` prints for the excerpt merge check. */
export function reportExcerptMerge(m: ExcerptMergeRun): { lines: string[]; figures: Record<string, number> } {
  const r3 = (x: number) => (Number.isNaN(x) ? 'n/a' : String(Math.round(x * 1000) / 1000));
  const lines = [
    `\nmerge (excerpts): ${m.notices} notices outside the held-out sets → ${m.incidents} incidents (${Math.round(m.ms)} ms)`,
    `  pairwise P ${r3(m.precision)}  R ${r3(m.recall)}  F1 ${r3(m.f1)}  (${m.truePairs} true pairs, ${m.wrongJoins.length} wrong joins, ${m.missedPairs.length} missed${m.truePairs + m.missedPairs.length === 0 ? '; no groups labelled, so recall is not measured' : ''})`,
    ...m.wrongJoins.map(([a, b]) => {
      const why = m.apartReasons.get(pairKey(a, b));
      return `  wrong join   ${a} + ${b}${why ? `  (${why})` : ''}`;
    }),
    ...m.missedPairs.map(([a, b]) => `  missed pair  ${a} + ${b}`),
    ...m.laterJoined.map((d) => `  later report joined although its earlier reports are absent: ${d}`),
    ...m.failed.map((f) => `  failed       ${f.doc}: ${f.message}`),
  ];
  const figures: Record<string, number> = {
    'merge_excerpts.precision': Math.round(m.precision * 1000) / 1000,
    'merge_excerpts.wrong_joins': m.wrongJoins.length,
    'merge_excerpts.incidents': m.incidents,
  };
  if (!Number.isNaN(m.f1)) figures['merge_excerpts.f1'] = Math.round(m.f1 * 1000) / 1000;
  return { lines, figures };
}

/** data/eval/excerpt-merge-groups-held.json: the held-out excerpts' groups and apart pairs. */
export const HELD_MERGE_GROUPS = join(REPO_ROOT, 'data', 'eval', 'excerpt-merge-groups-held.json');

/** The held-out excerpt run: figures only, and how many wrong joins were pairs labelled apart. */
export interface HeldMergeRun extends Omit<MergeRun, 'wrongJoins' | 'missedPairs' | 'failed'> {
  wrongJoins: number;
  apartJoined: number;
  missedPairs: number;
  failed: number;
}

/**
 * The held-out merge check: every excerpt (held-out or not) ingested in the same date order as
 * runExcerptMerge into a fresh in-memory store, scored over the held-out sets only against
 * data/eval/excerpt-merge-groups-held.json: pairs inside a group must join; any other joined pair
 * with a held-out member (an apart pair or not) is a wrong join. Pairs of two excerpts outside the
 * held-out sets are left to runExcerptMerge. Only counts come back, so nobody reads which held-out
 * notice went wrong and tunes the rules on it. Null when the excerpts or a label file is absent.
 */
export async function runHeldExcerptMerge(shared: string): Promise<HeldMergeRun | null> {
  const src = join(shared, 'datasets', 'jp_notice_excerpts.jsonl');
  if (!existsSync(src) || !existsSync(EXCERPT_MERGE_GROUPS) || !existsSync(HELD_MERGE_GROUPS)) return null;
  const held = new Set(
    (JSON.parse(readFileSync(EXCERPT_MERGE_GROUPS, 'utf8')) as ExcerptMergeLabels).held_out.map(excerptId),
  );
  const labels = JSON.parse(readFileSync(HELD_MERGE_GROUPS, 'utf8')) as Pick<
    ExcerptMergeLabels,
    'groups' | 'apart'
  >;
  const items = excerptsByDate(src, () => true);
  const { incidentOf, failed, ms } = await ingestExcerpts(items);
  const scored = scorePairs(
    incidentOf,
    labels.groups.map((g) => g.map(excerptId)),
    (a, b) => held.has(a) || held.has(b),
  );
  const apart = new Set(labels.apart.map(([[a, b]]) => pairKey(excerptId(a), excerptId(b))));
  return {
    notices: items.length,
    incidents: new Set(incidentOf.values()).size,
    failed: failed.length,
    truePairs: scored.truePairs,
    wrongJoins: scored.wrongJoins.length,
    apartJoined: scored.wrongJoins.filter(([a, b]) => apart.has(pairKey(a, b))).length,
    missedPairs: scored.missedPairs.length,
    precision: scored.precision,
    recall: scored.recall,
    f1: scored.f1,
    ms,
  };
}

/** The figures and lines `npm run eval` prints for the held-out excerpt merge check (counts only). */
export function reportHeldExcerptMerge(m: HeldMergeRun): {
  lines: string[];
  figures: Record<string, number>;
} {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const shown = (x: number) => (Number.isNaN(x) ? 'n/a' : String(r3(x)));
  const lines = [
    `\nmerge (held-out excerpts): all ${m.notices} excerpts → ${m.incidents} incidents (${Math.round(m.ms)} ms), scored on pairs with a held-out member`,
    `  pairwise P ${shown(m.precision)}  R ${shown(m.recall)}  F1 ${shown(m.f1)}  (${m.truePairs} true pairs, ${m.wrongJoins} wrong joins of which ${m.apartJoined} labelled apart, ${m.missedPairs} missed, ${m.failed} failed${m.truePairs + m.missedPairs === 0 ? '; no groups labelled, so recall is not measured' : ''})`,
  ];
  const figures: Record<string, number> = {
    'merge_held.precision': r3(m.precision),
    'merge_held.wrong_joins': m.wrongJoins,
    'merge_held.incidents': m.incidents,
  };
  if (!Number.isNaN(m.recall)) figures['merge_held.recall'] = r3(m.recall);
  if (!Number.isNaN(m.f1)) figures['merge_held.f1'] = r3(m.f1);
  return { lines, figures };
}

/** data/eval/ca-ag-merge-groups.json: CA AG rows of one organisation sorted into breaches. */
export const CA_AG_MERGE_GROUPS = join(REPO_ROOT, 'data', 'eval', 'ca-ag-merge-groups.json');

interface CaAgMergeLabels {
  lines: number[];
  half: Record<string, 'fit' | 'check'>;
  groups: { lines: number[] }[];
  unsure: { lines: number[] }[];
}

/** The CA AG merge check: all rows, and each half of the organisations (rules were written on 'fit'). */
export interface CaAgMergeRun {
  all: MergeRun;
  fit: ReturnType<typeof scorePairs>;
  check: ReturnType<typeof scorePairs>;
}

/**
 * The development merge check on real English letters: each labelled CA AG row (never a held-out
 * line) as a letter — the listed organisation on its first line, then the abstract — ingested in line
 * order into a fresh in-memory store, scored against data/eval/ca-ag-merge-groups.json (pairs labelled
 * unsure are not scored). Null when the dataset or the labels are absent.
 */
export async function runCaAgMerge(shared: string): Promise<CaAgMergeRun | null> {
  const src = join(shared, 'datasets', 'ca_ag_notice_abstracts.jsonl');
  if (!existsSync(src) || !existsSync(CA_AG_MERGE_GROUPS)) return null;
  const labels = JSON.parse(readFileSync(CA_AG_MERGE_GROUPS, 'utf8')) as CaAgMergeLabels;
  const rows = readFileSync(src, 'utf8').split('\n');
  const held = new Set(
    readFileSync(join(REPO_ROOT, 'data', 'eval', 'en-heldout-lines.txt'), 'utf8')
      .split(/\s+/)
      .filter(Boolean)
      .map(Number),
  );
  const lines = labels.lines.filter((i) => !held.has(i));
  const items = lines.map((i) => {
    const row = JSON.parse(rows[i - 1]!) as { organization: string; abstract: string; notice_url?: string };
    return { i, text: `${row.organization.trim()}\n\n${row.abstract}`, url: row.notice_url ?? null };
  });
  const t0 = performance.now();
  const db = await openDatabase({ sqliteFile: ':memory:' });
  const incidentOf = new Map<string, string>();
  const failed: { doc: string; message: string }[] = [];
  try {
    const outcomes = await ingestNotices(
      db,
      items.map((x) => ({ text: x.text, url: x.url, via: 'file' })),
    );
    outcomes.forEach((o, k) => {
      const doc = `ca_ag/${items[k]!.i}`;
      if (o.status === 'failed') failed.push({ doc, message: o.error.message });
      else if (o.incidentId) incidentOf.set(doc, o.incidentId);
    });
  } finally {
    await db.close();
  }
  const ms = performance.now() - t0;
  const groups = labels.groups.map((g) => g.lines.map((i) => `ca_ag/${i}`));
  const unsure = new Set(labels.unsure.map((u) => pairKey(`ca_ag/${u.lines[0]}`, `ca_ag/${u.lines[1]}`)));
  const halfOf = (d: string) => labels.half[d.slice('ca_ag/'.length)];
  const scored = (h: 'fit' | 'check' | null) =>
    scorePairs(
      incidentOf,
      groups.filter((g) => h === null || halfOf(g[0]!) === h),
      (a, b) => !unsure.has(pairKey(a, b)) && (h === null || halfOf(a) === h || halfOf(b) === h),
    );
  return {
    all: {
      notices: items.length,
      incidents: new Set(incidentOf.values()).size,
      failed,
      ...scored(null),
      ms,
    },
    fit: scored('fit'),
    check: scored('check'),
  };
}

/** The figures and lines `npm run eval` prints for the CA AG merge check. */
export function reportCaAgMerge(m: CaAgMergeRun): { lines: string[]; figures: Record<string, number> } {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const line = (label: string, s: ReturnType<typeof scorePairs>) =>
    `  ${label} P ${r3(s.precision)}  R ${r3(s.recall)}  F1 ${r3(s.f1)}  (${s.truePairs} true pairs, ${s.wrongJoins.length} wrong joins, ${s.missedPairs.length} missed)`;
  const a = m.all;
  const lines = [
    `\nmerge (CA AG letters, development): ${a.notices} rows of organisations listed more than once → ${a.incidents} incidents (${Math.round(a.ms)} ms)`,
    line('all  ', a),
    line('fit  ', m.fit),
    line('check', m.check),
    ...a.wrongJoins.map(([x, y]) => `  wrong join   ${x} + ${y}`),
    ...a.missedPairs.map(([x, y]) => `  missed pair  ${x} + ${y}`),
    ...a.failed.map((f) => `  failed       ${f.doc}: ${f.message}`),
  ];
  return {
    lines,
    figures: {
      'merge_ca_ag.f1': r3(a.f1),
      'merge_ca_ag.precision': r3(a.precision),
      'merge_ca_ag.recall': r3(a.recall),
      'merge_ca_ag.wrong_joins': a.wrongJoins.length,
      'merge_ca_ag.check_f1': r3(m.check.f1),
    },
  };
}
