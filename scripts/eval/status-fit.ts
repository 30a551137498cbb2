/**
 * The fitting of the leak-status model (src/extract/status-model.ts), shared by
 * scripts/fit-status-model.ts (which writes the weights) and scripts/cv-status-en.ts (which refits
 * without one development set to score it honestly).
 *
 * Training data: development labels only — the corpus (../shared/corpus/gold.jsonl) and the excerpt
 * sets that are not held out (data/eval/excerpts-gold.jsonl); notices whose gold status is null are
 * left out. Held-out sets (HELD_OUT_SETS) never enter. A multinomial logistic regression (confirmed /
 * possible / not_found) over the binary, L2-normalised features of statusFeatures(), fitted by
 * full-batch gradient descent with a fixed number of steps from zero weights: deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../src/extract/index.js';
import { STATUS_CLASSES, statusFeatures } from '../../src/extract/status-model.js';
import { EXCERPT_GOLD, excerptAsNotice, HELD_OUT_SETS, readJsonl } from './excerpts.js';

export const EPOCHS = 300;
export const RATE = 0.5;
export const L2 = 1.0;
export const MIN_DOCS = { ja: 5, en: 3 } as const;

export interface StatusDoc {
  lang: 'ja' | 'en';
  /** 'corpus' or the excerpt set's letter. */
  fold: string;
  doc: string;
  text: string;
  /** The gold status (null when the notice states none). */
  gold: string | null;
  features: string[];
  /** Index in STATUS_CLASSES, −1 for a null gold status. */
  label: number;
}

/** Every labelled development notice (null statuses included, label −1), in file order. */
export function statusDocs(shared: string): StatusDoc[] {
  const docs: StatusDoc[] = [];
  const add = (lang: unknown, status: unknown, text: string, fold: string, doc: string) => {
    if (lang !== 'ja' && lang !== 'en') return;
    const norm = normalizeText(text);
    docs.push({
      lang,
      fold,
      doc,
      text,
      gold: typeof status === 'string' ? status : null,
      features: [...statusFeatures(norm, lang)],
      label: STATUS_CLASSES.indexOf(status as never),
    });
  };
  for (const g of readJsonl<Record<string, unknown>>(join(shared, 'corpus', 'gold.jsonl'))) {
    if (g.not_a_notice) continue;
    add(g.lang, g.leak_status, readFileSync(join(shared, String(g.doc)), 'utf8'), 'corpus', String(g.doc));
  }
  const excerpts = readJsonl<{ url: string; title: string; text: string }>(
    join(shared, 'datasets', 'jp_notice_excerpts.jsonl'),
  );
  const abstracts = readJsonl<{ abstract?: string }>(
    join(shared, 'datasets', 'ca_ag_notice_abstracts.jsonl'),
  );
  for (const g of readJsonl<Record<string, unknown>>(EXCERPT_GOLD)) {
    if (g.not_a_notice || HELD_OUT_SETS.has(String(g.set))) continue;
    const [kind, n] = String(g.doc).split('/') as [string, string];
    const text =
      kind === 'ca_ag'
        ? abstracts[Number(n)]?.abstract
        : excerpts[Number(n)] && excerptAsNotice(excerpts[Number(n)]!);
    if (text) add(g.lang, g.leak_status, text, String(g.set), String(g.doc));
  }
  return docs;
}

export interface FittedModel {
  bias: number[];
  weights: Map<string, number[]>;
}

/**
 * Fit the model on the docs with a status (label ≥ 0); weights rounded to 4 places. With `withNone`,
 * every doc enters and a fourth class (index STATUS_CLASSES.length) stands for "no status stated".
 */
export function fitStatusModel(all: StatusDoc[], minDocs: number, withNone = false): FittedModel {
  const docs = withNone ? all : all.filter((d) => d.label >= 0);
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...df].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (n >= minDocs) index.set(f, index.size);
  const K = STATUS_CLASSES.length + (withNone ? 1 : 0);
  const rows = docs.map((d) => {
    const idx = d.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined);
    const label = d.label >= 0 ? d.label : STATUS_CLASSES.length;
    return { idx, scale: idx.length ? 1 / Math.sqrt(idx.length) : 0, label };
  });
  const W = new Float64Array(index.size * K);
  const b = new Float64Array(K);
  const N = rows.length;
  for (let e = 0; e < EPOCHS; e++) {
    const gW = new Float64Array(W.length);
    const gb = new Float64Array(K);
    for (const r of rows) {
      const z = Array.from(b);
      for (const i of r.idx) for (let c = 0; c < K; c++) z[c]! += W[i * K + c]! * r.scale;
      const max = Math.max(...z);
      const ez = z.map((v) => Math.exp(v - max));
      const sum = ez.reduce((a, v) => a + v, 0);
      for (let c = 0; c < K; c++) {
        const g = (ez[c]! / sum - (c === r.label ? 1 : 0)) / N;
        gb[c]! += g;
        for (const i of r.idx) gW[i * K + c]! += g * r.scale;
      }
    }
    for (let j = 0; j < W.length; j++) W[j]! -= RATE * (gW[j]! + (L2 / N) * W[j]!);
    for (let c = 0; c < K; c++) b[c]! -= RATE * gb[c]!;
  }
  const weights = new Map<string, number[]>();
  for (const [f, i] of index) {
    const w = Array.from(W.subarray(i * K, i * K + K), (v) => Math.round(v * 10000) / 10000);
    if (w.some((v) => Math.abs(v) >= 0.0005)) weights.set(f, w);
  }
  return { bias: Array.from(b, (v) => Math.round(v * 10000) / 10000), weights };
}

/** Class probabilities of a fitted model for a text, as statusProbabilities() computes them. */
export function probabilitiesOf(m: FittedModel, features: Iterable<string>): number[] {
  const z = [...m.bias];
  const rows: number[][] = [];
  for (const f of features) {
    const w = m.weights.get(f);
    if (w) rows.push(w);
  }
  const scale = rows.length > 0 ? 1 / Math.sqrt(rows.length) : 0;
  for (const w of rows) for (let c = 0; c < z.length; c++) z[c]! += w[c]! * scale;
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / sum);
}
