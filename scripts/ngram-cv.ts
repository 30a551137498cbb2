/**
 * `npx tsx scripts/ngram-cv.ts` — would a small statistical layer help causes and measures?
 * A cross-check, not part of the extractor: for each label, a logistic regression over hashed
 * character 2–3-grams of each sentence-bearing document (deterministic: fixed order, fixed epochs,
 * no randomness), fitted on one corpus batch and scored on the other, alone and added to the rules
 * (rules ∪ {label: p ≥ threshold}). Prints micro F1 per batch direction. Nothing is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, normalizeText } from '../src/extract/index.js';
import { CAUSES, MEASURES } from '../src/extract/vocab.js';
import { batchOf } from './eval/batches.js';
import { sharedDir } from './eval/paths.js';
import { setRow } from './eval/score.js';

const DIM = 1 << 15;
const EPOCHS = 100;
const RATE = 0.5;
const L2 = 1e-4;

interface Doc {
  batch: string;
  x: Map<number, number>;
  gold: Record<'causes' | 'measures', Set<string>>;
  rules: Record<'causes' | 'measures', Set<string>>;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) % DIM;
}

function features(text: string): Map<number, number> {
  const t = normalizeText(text).replace(/\s+/g, ' ');
  const x = new Map<number, number>();
  for (let n = 2; n <= 3; n++)
    for (let i = 0; i + n <= t.length; i++) {
      const k = hash(t.slice(i, i + n));
      x.set(k, 1);
    }
  const norm = Math.sqrt(x.size) || 1;
  for (const k of x.keys()) x.set(k, 1 / norm);
  return x;
}

function fitLabel(docs: Doc[], field: 'causes' | 'measures', label: string): Float64Array {
  const w = new Float64Array(DIM + 1);
  for (let e = 0; e < EPOCHS; e++)
    for (const d of docs) {
      let z = w[DIM]!;
      for (const [k, v] of d.x) z += w[k]! * v;
      const p = 1 / (1 + Math.exp(-z));
      const g = (d.gold[field].has(label) ? 1 : 0) - p;
      for (const [k, v] of d.x) w[k] = w[k]! * (1 - RATE * L2) + RATE * g * v;
      w[DIM] = w[DIM]! + RATE * g;
    }
  return w;
}

function prob(w: Float64Array, x: Map<number, number>): number {
  let z = w[DIM]!;
  for (const [k, v] of x) z += w[k]! * v;
  return 1 / (1 + Math.exp(-z));
}

function f1(pred: Set<string>[], gold: Set<string>[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  pred.forEach((p, i) => {
    const g = gold[i]!;
    for (const x of p) g.has(x) ? tp++ : fp++;
    for (const x of g) if (!p.has(x)) fn++;
  });
  return setRow(tp, fp, fn).f1;
}

const shared = sharedDir();
const docs: Doc[] = [];
for (const line of readFileSync(join(shared, 'corpus', 'gold.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as {
    doc: string;
    causes?: string[];
    measures?: string[];
    not_a_notice?: boolean;
  };
  if (g.not_a_notice) continue;
  const text = readFileSync(join(shared, g.doc), 'utf8');
  const f = extract(text);
  docs.push({
    batch: batchOf(g.doc).id,
    x: features(text),
    gold: { causes: new Set(g.causes ?? []), measures: new Set(g.measures ?? []) },
    rules: {
      causes: new Set(f.causes.map((c) => c.value)),
      measures: new Set(f.measures.map((m) => m.value)),
    },
  });
}

for (const [train, test] of [
  ['batch1', 'batch2'],
  ['batch2', 'batch1'],
] as const) {
  const tr = docs.filter((d) => d.batch === train);
  const te = docs.filter((d) => d.batch === test);
  for (const field of ['causes', 'measures'] as const) {
    const labels = Object.keys(field === 'causes' ? CAUSES : MEASURES);
    const models = labels
      .filter((l) => tr.filter((d) => d.gold[field].has(l)).length >= 2)
      .map((l) => [l, fitLabel(tr, field, l)] as const);
    const gold = te.map((d) => d.gold[field]);
    const rules = te.map((d) => d.rules[field]);
    const parts = [`rules ${f1(rules, gold).toFixed(3)}`];
    for (const th of [0.2, 0.35, 0.5]) {
      const model = te.map((d) => new Set(models.filter(([, w]) => prob(w, d.x) >= th).map(([l]) => l)));
      const union = te.map((d, i) => new Set([...d.rules[field], ...model[i]!]));
      parts.push(`model@${th} ${f1(model, gold).toFixed(3)} rules+model@${th} ${f1(union, gold).toFixed(3)}`);
    }
    console.log(`fit ${train} → score ${test}  ${field.padEnd(8)} ${parts.join('  ')}`);
  }
}
