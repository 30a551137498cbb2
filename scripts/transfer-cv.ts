/**
 * `npx tsx scripts/transfer-cv.ts [--fields leak_status,report_stage,measures]` — does a small
 * statistical layer fitted on MANY labelled sets carry to a set it never saw better than the rules do?
 * A research harness, not part of the extractor; nothing is written.
 *
 * Leave-one-set-out over the DEVELOPMENT sets only: corpus batch 1 and batch 2, excerpt sets A, B, D
 * (Japanese) and E, F, H, N (English), and half 1 (positions 0, 2, 4, …) of the fresh sets E5 and J5
 * when they are in /work/coord/sets (skipped when absent).
 * Held-out excerpt sets are skipped before their labels are parsed; half-2 lines of the fresh sets are
 * dropped before parsing. For each set S: fit on all the other sets (both languages, one model), score
 * on S. Columns per set: the rules alone, the model alone, and the rules with the model filling only
 * where the rules abstain. For leak status "rules" are status.ts's rules alone (extract()'s shipped
 * statistical fallback was fitted on every development set, S included); that shipped pipeline is
 * shown too as `prod` (honest only on the fresh sets, which it never saw), and that shipped model (status-model.ts:
 * its own features, per language, three classes) refitted without S as `status-model`.
 *
 * Model: ngram-cv.ts's deterministic logistic regression over hashed character 2–3-grams (here
 * multinomial, with "none" as a class, so that it can abstain), on two feature views:
 *   text — the whole notice (first TEXT_CHARS characters);
 *   cue  — the title lines and only the sentences that carry a leak verb, a finding, a hedge or an
 *          update cue, plus the sentences the rules' evidence quotes.
 * Flags: --balanced weighs classes by inverse frequency; --same-lang fits only on notices of the
 * held-out notice's language.
 * Measures: one binary logistic per label seen ≥ 3 times in training, p ≥ 0.5; "fill" adds the
 * model's labels only to notices where the rules found no measure, "union" adds them everywhere.
 *
 * `--combos` prints only a leak-status table: ways of joining the rules and the shipped status model
 * (three classes, or four with "no status"; thresholds chosen inside the training sets), see
 * runCombos(). `--first-sight FILE` (from scripts/first-sight-status.ts) replaces today's rules on the
 * excerpt sets by the rules as they were before each set was labelled.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, normalizeText } from '../src/extract/index.js';
import { splitLines, splitSentences } from '../src/extract/segment.js';
import { extractLeakStatus } from '../src/extract/status.js';
import { STATUS_CLASSES, statusFeatures } from '../src/extract/status-model.js';
import { readStructure } from '../src/extract/structure.js';
import { MEASURES } from '../src/extract/vocab.js';
import { batchOf } from './eval/batches.js';
import { EXCERPT_GOLD, excerptAsNotice, HELD_OUT_SETS, readJsonl } from './eval/excerpts.js';
import { sharedDir } from './eval/paths.js';
import { count, setRow, type Tally, tally } from './eval/score.js';
import { fitStatusModel, MIN_DOCS, probabilitiesOf, type StatusDoc } from './eval/status-fit.js';

const DIM = 1 << 16;
const EPOCHS = 40;
// Measures fit one model per label (≈ 25 labels × 2 views × 11 folds): fewer passes keep it to minutes.
const EPOCHS_MEASURES = 15;
const RATE = 0.5;
const L2 = 1e-4;
const TEXT_CHARS = 4000;
const FRESH_DIR = '/work/coord/sets';

const CLASSES = {
  leak_status: ['confirmed', 'possible', 'not_found', null],
  report_stage: ['first', 'update', 'final', null],
} as const;
type Single = keyof typeof CLASSES;

interface Doc {
  fold: string;
  /** The notice's id in its set (gold `doc`, or the fresh set's text id). */
  id: string;
  lang: string;
  gold: Record<Single, string | null> & { measures: Set<string> };
  rules: Record<Single, string | null> & { measures: Set<string> };
  prodStatus: string | null;
  /** The confidence of the rules' status (null when they found none). */
  ruleConf: number | null;
  /** The shipped status model's inputs: its features, and whether it stays silent (no text, loss or theft). */
  statusDoc: StatusDoc;
  statusOff: boolean;
  x: Record<'text' | 'cue', Int32Array>;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) % DIM;
}

/** Hashed binary character 2–3-grams of the parts (each part's grams prefixed by its tag). */
function grams(parts: [string, string][], lang: string): Int32Array {
  const x = new Set<number>([hash(`lang:${lang}`)]);
  for (const [tag, raw] of parts) {
    const t = raw.replace(/\s+/g, ' ').toLowerCase();
    for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= t.length; i++) x.add(hash(tag + t.slice(i, i + n)));
  }
  return Int32Array.from([...x].sort((a, b) => a - b));
}

// Sentences worth reading for status or stage: a leak verb, a finding or a hedge; an update cue.
const CUE_EN =
  /\b(?:access(?:ed)?|acquired|viewed|compromised|obtained|exposed|stolen|taken|copied|exfiltrat\w*|leak\w*|download\w*|posted|published|misuse\w*|evidence|indication|may|might|could|possibl[ey]|potential(?:ly)?|update\w*|further|final|conclu\w+|complet\w+|ongoing|continu\w+|preliminary|initial|determined|learned|discovered|supplement\w*)\b/i;
const CUE_JA =
  /流出|漏え?い|漏洩|閲覧|窃取|持ち出|不正利用|悪用|可能性|確認され|事実は|痕跡|判明|続報|第[0-9０-９一二三四五]+報|最終|調査結果|ご報告|引き続き|完了|更新|追記|お詫び|経過|現時点/;

function cueText(norm: string, lang: string, quotes: string[]): [string, string][] {
  const lines = norm.split('\n').filter((l) => l.trim() !== '');
  const head = lines.slice(0, 3).join(' ').slice(0, 200);
  const cue = lang === 'ja' ? CUE_JA : CUE_EN;
  const picked: string[] = [];
  for (const s of splitSentences(norm)) {
    const t = s.text;
    if (cue.test(t) || quotes.some((q) => q && (t.includes(q) || q.includes(t.trim())))) picked.push(t);
  }
  return [
    ['h:', head],
    ['s:', picked.join(' ').slice(0, 6000)],
  ];
}

const shared = sharedDir();
const docs: Doc[] = [];

function add(fold: string, id: string, lang: string, text: string, g: Record<string, unknown>): void {
  const f = extract(text);
  const norm = normalizeText(text);
  const segments = splitSentences(norm);
  const structure = readStructure(splitLines(norm), lang === 'ja' ? 'ja' : 'en');
  const rule = extractLeakStatus(
    segments,
    f.causes.map((c) => c.value),
    structure,
  );
  const quotes = [rule?.evidence.quote ?? '', f.report_stage?.evidence.quote ?? ''];
  docs.push({
    fold,
    id,
    lang,
    gold: {
      leak_status: (g.leak_status as string | null) ?? null,
      report_stage: (g.report_stage as string | null) ?? null,
      measures: new Set((g.measures as string[] | undefined) ?? []),
    },
    rules: {
      leak_status: rule?.value ?? null,
      report_stage: f.report_stage?.value ?? null,
      measures: new Set(f.measures.map((m) => m.value)),
    },
    prodStatus: f.leak_status?.value ?? null,
    ruleConf: rule?.confidence ?? null,
    statusDoc: {
      lang: lang === 'ja' ? 'ja' : 'en',
      fold,
      doc: '',
      text: '',
      gold: null,
      features: [...statusFeatures(norm, lang === 'ja' ? 'ja' : 'en')],
      label: STATUS_CLASSES.indexOf(g.leak_status as never),
    },
    statusOff: segments.length === 0 || f.causes.some((c) => c.value === 'loss_or_theft'),
    x: {
      text: grams([['t:', norm.slice(0, TEXT_CHARS)]], lang),
      cue: grams(cueText(norm, lang, quotes), lang),
    },
  });
}

// Corpus, by batch.
for (const g of readJsonl<Record<string, unknown>>(join(shared, 'corpus', 'gold.jsonl'))) {
  if (g.not_a_notice) continue;
  const doc = String(g.doc);
  add(batchOf(doc).id, doc, String(g.lang), readFileSync(join(shared, doc), 'utf8'), g);
}
// Development excerpt sets (held-out lines are skipped before parsing their labels).
const excerpts = readJsonl<{ url: string; title: string; text: string }>(
  join(shared, 'datasets', 'jp_notice_excerpts.jsonl'),
);
const abstracts = readJsonl<{ abstract?: string }>(join(shared, 'datasets', 'ca_ag_notice_abstracts.jsonl'));
for (const line of readFileSync(EXCERPT_GOLD, 'utf8').split('\n')) {
  const set = /"set":\s*"([A-Z])"/.exec(line)?.[1];
  if (!set || HELD_OUT_SETS.has(set)) continue;
  const g = JSON.parse(line) as Record<string, unknown>;
  if (g.not_a_notice) continue;
  const [kind, n] = String(g.doc).split('/') as [string, string];
  const e = excerpts[Number(n)];
  const text = kind === 'ca_ag' ? abstracts[Number(n)]?.abstract : e && excerptAsNotice(e);
  if (text) add(set, String(g.doc), String(g.lang), text, g);
}
// Fresh sets, half 1 only (positions 0, 2, 4, …): half-2 lines are dropped before parsing, and a
// label line is parsed only when its id is a half-1 text's. A set not (yet) on disk is skipped.
const FRESH_SETS = ['E5', 'J5'];
const freshFolds: string[] = [];
for (const set of FRESH_SETS) {
  const textsPath = join(FRESH_DIR, `${set}-texts.jsonl`);
  const labelsPath = join(FRESH_DIR, `${set}-labels.jsonl`);
  if (!existsSync(textsPath) || !existsSync(labelsPath)) continue;
  const texts = readFileSync(textsPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .filter((_, i) => i % 2 === 0)
    .map((l) => JSON.parse(l) as { id: string; lang: string; url: string; title?: string; text: string });
  const ids = new Set(texts.map((t) => t.id));
  const labels = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync(labelsPath, 'utf8').split('\n')) {
    const id = /^\{"doc":\s*"([^"]+)"/.exec(line)?.[1];
    if (!id || !ids.has(id)) continue;
    labels.set(id, JSON.parse(line) as Record<string, unknown>);
  }
  const before = docs.length;
  for (const t of texts) {
    const g = labels.get(t.id);
    if (!g || g.not_a_notice) continue;
    add(set, t.id, String(g.lang ?? t.lang), `${t.url}\n\n${t.title ?? ''}\n\n${t.text}`, g);
  }
  if (docs.length > before) freshFolds.push(set);
}

// ---- the model ----
function fitSoftmax(all: Doc[], view: 'text' | 'cue', field: Single, lang: string): Float64Array {
  const train = SAME_LANG ? all.filter((d) => d.lang === lang) : all;
  const classes = CLASSES[field] as readonly (string | null)[];
  const K = classes.length;
  // --balanced: each class weighs as much in total as any other (rare stages are not drowned by "none").
  const freq = classes.map((c) => train.filter((d) => d.gold[field] === c).length || 1);
  const weight = classes.map((_, c) => (BALANCED ? train.length / (K * freq[c]!) : 1));
  const w = new Float64Array((DIM + 1) * K);
  const z = new Float64Array(K);
  for (let e = 0; e < EPOCHS; e++)
    for (const d of train) {
      const x = d.x[view];
      const v = 1 / Math.sqrt(x.length);
      const y = classes.indexOf(d.gold[field]);
      const r = RATE * weight[y]!;
      let max = -Infinity;
      for (let c = 0; c < K; c++) {
        let s = w[DIM * K + c]!;
        for (const k of x) s += w[k * K + c]! * v;
        z[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < K; c++) {
        z[c] = Math.exp(z[c]! - max);
        sum += z[c]!;
      }
      for (let c = 0; c < K; c++) {
        const g = (c === y ? 1 : 0) - z[c]! / sum;
        for (const k of x) w[k * K + c] = w[k * K + c]! * (1 - RATE * L2) + r * g * v;
        w[DIM * K + c] = w[DIM * K + c]! + r * g;
      }
    }
  return w;
}

function predictSoftmax(w: Float64Array, x: Int32Array, field: Single): string | null {
  const classes = CLASSES[field] as readonly (string | null)[];
  const K = classes.length;
  const v = 1 / Math.sqrt(x.length);
  let best = 0;
  let bestZ = -Infinity;
  for (let c = 0; c < K; c++) {
    let s = w[DIM * K + c]!;
    for (const k of x) s += w[k * K + c]! * v;
    if (s > bestZ) {
      bestZ = s;
      best = c;
    }
  }
  return classes[best]!;
}

function fitBinary(train: Doc[], view: 'text' | 'cue', label: string): Float64Array {
  const w = new Float64Array(DIM + 1);
  for (let e = 0; e < EPOCHS_MEASURES; e++)
    for (const d of train) {
      const x = d.x[view];
      const v = 1 / Math.sqrt(x.length);
      let s = w[DIM]!;
      for (const k of x) s += w[k]! * v;
      const g = (d.gold.measures.has(label) ? 1 : 0) - 1 / (1 + Math.exp(-s));
      for (const k of x) w[k] = w[k]! * (1 - RATE * L2) + RATE * g * v;
      w[DIM] = w[DIM]! + RATE * g;
    }
  return w;
}

function probBinary(w: Float64Array, x: Int32Array): number {
  const v = 1 / Math.sqrt(x.length);
  let s = w[DIM]!;
  for (const k of x) s += w[k]! * v;
  return 1 / (1 + Math.exp(-s));
}

// ---- scoring (as score.ts: accuracy = right / (right + wrong + missed); precision counts spurious) ----
function cell(t: Tally): string {
  const n = t.right + t.wrong + t.missed;
  const p = t.right + t.wrong + t.spurious;
  return `${(n ? t.right / n : 1).toFixed(3)} / ${(p ? t.right / p : 1).toFixed(3)}`;
}

const BALANCED = process.argv.includes('--balanced');
const SAME_LANG = process.argv.includes('--same-lang');
const FOLDS = ['batch1', 'batch2', 'A', 'B', 'D', 'E', 'F', 'H', 'N', ...freshFolds];
const arg = process.argv.indexOf('--fields');
const fields = (arg > 0 ? process.argv[arg + 1]! : 'leak_status,report_stage,measures').split(',');
console.log(
  `options: ${BALANCED ? 'balanced classes' : 'unweighted'}, ${SAME_LANG ? 'same-language training sets' : 'both languages'}`,
);
console.log(`docs: ${FOLDS.map((f) => `${f} ${docs.filter((d) => d.fold === f).length}`).join(', ')}`);

// ---- leak status: ways to join the rules and the fitted status model, each scored leave-one-set-out ----
// `--combos`: only this table. Per held-out set S the status model (status-model.ts's features, per
// language) is fitted without S — three classes as shipped (m3), or four with "no status" (m4) — and
// any threshold is chosen inside the training sets only: each training set T is scored by a model
// fitted without S and T, and the threshold with the best harmonic mean of accuracy and precision over
// those scores is applied to S (ties: the lower threshold).
const GRID = [0, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
/** A rule answer this sure or less is "weak": the fallback rules (exposure, title, opening, cause). */
const WEAK = 0.5;
const NONE = STATUS_CLASSES.length;

type Fitted = ReturnType<typeof fitStatusModel>;
const fitCache = new Map<string, Fitted>();
/** The status model for `lang` fitted on every set but `out`. */
function fittedWithout(out: string[], lang: 'ja' | 'en', withNone: boolean): Fitted {
  const key = `${[...out].sort().join('+')}|${lang}|${withNone}`;
  let m = fitCache.get(key);
  if (!m) {
    const train = docs
      .filter((d) => !out.includes(d.fold) && d.statusDoc.lang === lang)
      .map((d) => d.statusDoc);
    m = fitStatusModel(train, MIN_DOCS[lang], withNone);
    fitCache.set(key, m);
  }
  return m;
}

interface Scored {
  d: Doc;
  /** Probabilities of the 3-class and 4-class models (null: the model is silent on this notice). */
  p3: number[] | null;
  p4: number[] | null;
}
function scoreWithout(d: Doc, out: string[]): Scored {
  if (d.statusOff) return { d, p3: null, p4: null };
  const lang = d.statusDoc.lang;
  return {
    d,
    p3: probabilitiesOf(fittedWithout(out, lang, false), d.statusDoc.features),
    p4: probabilitiesOf(fittedWithout(out, lang, true), d.statusDoc.features),
  };
}
const argmax = (p: number[], k = p.length): number => {
  let b = 0;
  for (let c = 1; c < k; c++) if (p[c]! > p[b]!) b = c;
  return b;
};
/** The model's status: its best class if at least t sure; "none" (4 classes) or below t is null. */
function modelSays(p: number[] | null, t: number): string | null {
  if (p === null) return null;
  const b = argmax(p);
  return b === NONE || p[b]! < t ? null : STATUS_CLASSES[b]!;
}

interface Combo {
  name: string;
  params: number[][];
  pred: (s: Scored, q: number[]) => string | null;
}
const grid2 = GRID.flatMap((a) => GRID.filter((b) => b >= 0.5).map((b) => [a, b]));
const COMBOS: Combo[] = [
  { name: 'rules', params: [[]], pred: (s) => s.d.rules.leak_status },
  { name: 'shipped: rules ?? m3', params: [[]], pred: (s) => s.d.rules.leak_status ?? modelSays(s.p3, 0) },
  {
    name: 'rules ?? m3≥t',
    params: GRID.map((t) => [t]),
    pred: (s, [t]) => s.d.rules.leak_status ?? modelSays(s.p3, t!),
  },
  { name: 'rules ?? m4', params: [[]], pred: (s) => s.d.rules.leak_status ?? modelSays(s.p4, 0) },
  {
    name: 'rules ?? m4≥t',
    params: GRID.map((t) => [t]),
    pred: (s, [t]) => s.d.rules.leak_status ?? modelSays(s.p4, t!),
  },
  { name: 'm4≥t alone', params: GRID.map((t) => [t]), pred: (s, [t]) => modelSays(s.p4, t!) },
  {
    // One threshold per language (each language has its own model, and their probabilities spread
    // differently): [t for Japanese, t for English].
    name: 'rules ?? m4≥t(lang)',
    params: GRID.flatMap((a) => GRID.map((b) => [a, b])),
    pred: (s, [tj, te]) => s.d.rules.leak_status ?? modelSays(s.p4, s.d.statusDoc.lang === 'ja' ? tj! : te!),
  },
  {
    // Any rule answer gives way to the model's reading (a status or "none") when that is at least u sure.
    name: 'rules → m4≥u, ?? m4≥t',
    params: grid2,
    pred: (s, [t, u]) => {
      const r = s.d.rules.leak_status;
      if (r !== null && s.p4 !== null) {
        const b = argmax(s.p4);
        if (s.p4[b]! >= u!) return b === NONE ? null : STATUS_CLASSES[b]!;
      }
      return r ?? modelSays(s.p4, t!);
    },
  },
  {
    // A weak rule answer gives way to the model's reading (a status or "none") when that is at least u
    // sure; else as rules ?? m4≥t.
    name: 'weak rules → m4≥u, ?? m4≥t',
    params: grid2,
    pred: (s, [t, u]) => {
      const r = s.d.rules.leak_status;
      if (r !== null && s.d.ruleConf! <= WEAK && s.p4 !== null) {
        const b = argmax(s.p4);
        if (s.p4[b]! >= u!) return b === NONE ? null : STATUS_CLASSES[b]!;
      }
      return r ?? modelSays(s.p4, t!);
    },
  },
];

function accPrec(t: Tally): [number, number] {
  const n = t.right + t.wrong + t.missed;
  const p = t.right + t.wrong + t.spurious;
  return [n ? t.right / n : 1, p ? t.right / p : 1];
}
const harmonic = (t: Tally): number => {
  const [a, p] = accPrec(t);
  return a + p > 0 ? (2 * a * p) / (a + p) : 0;
};
/** The parameters with the best harmonic mean over the scored notices (first of equals). */
function tune(c: Combo, scored: Scored[]): number[] {
  let best = c.params[0]!;
  let bestH = -1;
  for (const q of c.params) {
    const t = tally();
    for (const s of scored) count(t, s.d.gold.leak_status, c.pred(s, q));
    const h = harmonic(t);
    if (h > bestH + 1e-12) {
      bestH = h;
      best = q;
    }
  }
  return best;
}

function runCombos(): void {
  const folds = FOLDS.filter((f) => docs.some((d) => d.fold === f));
  // --first-sight FILE: the rules' answers as the code before a set was labelled gave them (JSON keyed
  // "set|doc": {value, confidence}); sets not in the file keep today's rules.
  const fs = process.argv.indexOf('--first-sight');
  if (fs > 0) {
    const old = JSON.parse(readFileSync(process.argv[fs + 1]!, 'utf8')) as Record<
      string,
      { value: string | null; confidence: number | null }
    >;
    let n = 0;
    for (const d of docs) {
      const o = old[`${d.fold}|${d.id}`];
      if (!o) continue;
      d.rules.leak_status = o.value;
      d.ruleConf = o.confidence;
      n++;
    }
    console.log(
      `first-sight rules for ${n} notices (${[...new Set(docs.filter((d) => old[`${d.fold}|${d.id}`]).map((d) => d.fold))].join(', ')})`,
    );
  }
  console.log(
    `\n### leak_status: rules and status model joined, leave-one-set-out (accuracy / precision; [chosen params])\n`,
  );
  console.log(`| set | n (gold non-null) | ${COMBOS.map((c) => c.name).join(' | ')} |`);
  console.log(`|---|---|${COMBOS.map(() => '---|').join('')}`);
  const tot = COMBOS.map(tally);
  const perSet: [number, number][][] = COMBOS.map(() => []);
  for (const S of folds) {
    const test = docs.filter((d) => d.fold === S);
    const inner: Scored[] = [];
    for (const T of folds)
      if (T !== S) for (const d of docs) if (d.fold === T) inner.push(scoreWithout(d, [S, T]));
    const outer = test.map((d) => scoreWithout(d, [S]));
    const cells = COMBOS.map((c, i) => {
      const q = tune(c, inner);
      const t = tally();
      for (const s of outer) {
        count(t, s.d.gold.leak_status, c.pred(s, q));
        count(tot[i]!, s.d.gold.leak_status, c.pred(s, q));
      }
      const ap = accPrec(t);
      perSet[i]!.push(ap);
      return `${ap[0].toFixed(3)} / ${ap[1].toFixed(3)}${q.length ? ` [${q.join(',')}]` : ''}`;
    });
    const nn = test.filter((d) => d.gold.leak_status !== null).length;
    console.log(`| ${S} | ${test.length} (${nn}) | ${cells.join(' | ')} |`);
  }
  const mean = (i: number, k: 0 | 1) => perSet[i]!.reduce((a, x) => a + x[k], 0) / perSet[i]!.length;
  console.log(
    `| pooled | ${docs.length} | ${tot
      .map((t) =>
        accPrec(t)
          .map((x) => x.toFixed(3))
          .join(' / '),
      )
      .join(' | ')} |`,
  );
  console.log(
    `| mean over sets | | ${COMBOS.map((_, i) => `${mean(i, 0).toFixed(3)} / ${mean(i, 1).toFixed(3)}`).join(' | ')} |`,
  );
  // Against the shipped combination (column 1), per set: better = accuracy and precision not lower, one higher.
  const ship = perSet[1]!;
  const vs = COMBOS.map((_, i) => {
    let win = 0;
    let loss = 0;
    let hw = 0;
    let hl = 0;
    perSet[i]!.forEach(([a, p], j) => {
      const [a0, p0] = ship[j]!;
      if (a >= a0 && p >= p0 && (a > a0 || p > p0)) win++;
      if (a <= a0 && p <= p0 && (a < a0 || p < p0)) loss++;
      const h = a + p ? (2 * a * p) / (a + p) : 0;
      const h0 = a0 + p0 ? (2 * a0 * p0) / (a0 + p0) : 0;
      if (h > h0 + 1e-9) hw++;
      if (h < h0 - 1e-9) hl++;
    });
    return `${win}–${loss} (h ${hw}–${hl})`;
  });
  console.log(`| sets better–worse than shipped | | ${vs.join(' | ')} |`);
  // The parameters each combination would ship with: tuned the same way over the development sets.
  const dev = folds.filter((f) => !freshFolds.includes(f));
  const all: Scored[] = [];
  for (const T of dev) for (const d of docs) if (d.fold === T) all.push(scoreWithout(d, [T]));
  console.log(
    `\nparameters tuned over all development sets (${dev.join(', ')}): ${COMBOS.filter(
      (c) => c.params.length > 1,
    )
      .map((c) => `${c.name} [${tune(c, all).join(',')}]`)
      .join('; ')}`,
  );
}

if (process.argv.includes('--combos')) {
  runCombos();
  process.exit(0);
}

for (const field of fields) {
  if (field === 'measures') {
    const cols = ['rules', 'text', 'cue', 'rules+text fill', 'rules+cue fill', 'rules∪text', 'rules∪cue'];
    console.log(
      `\n### measures (micro F1)\n\n| set | n | ${cols.join(' | ')} |\n|---|---|${cols.map(() => '---|').join('')}`,
    );
    const tot = cols.map(() => [0, 0, 0]);
    for (const fold of FOLDS) {
      const train = docs.filter((d) => d.fold !== fold);
      const test = docs.filter((d) => d.fold === fold);
      const labels = Object.keys(MEASURES).filter(
        (l) => train.filter((d) => d.gold.measures.has(l)).length >= 3,
      );
      const preds: Record<string, Set<string>[]> = { text: [], cue: [] };
      for (const view of ['text', 'cue'] as const) {
        const models = labels.map((l) => [l, fitBinary(train, view, l)] as const);
        preds[view] = test.map(
          (d) => new Set(models.filter(([, w]) => probBinary(w, d.x[view]) >= 0.5).map(([l]) => l)),
        );
      }
      const sets = [
        test.map((d) => d.rules.measures),
        preds.text!,
        preds.cue!,
        test.map((d, i) => (d.rules.measures.size ? d.rules.measures : preds.text![i]!)),
        test.map((d, i) => (d.rules.measures.size ? d.rules.measures : preds.cue![i]!)),
        test.map((d, i) => new Set([...d.rules.measures, ...preds.text![i]!])),
        test.map((d, i) => new Set([...d.rules.measures, ...preds.cue![i]!])),
      ];
      const row = sets.map((ps, c) => {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        ps.forEach((p, i) => {
          const g = test[i]!.gold.measures;
          for (const x of p) g.has(x) ? tp++ : fp++;
          for (const x of g) if (!p.has(x)) fn++;
        });
        tot[c]![0]! += tp;
        tot[c]![1]! += fp;
        tot[c]![2]! += fn;
        return setRow(tp, fp, fn).f1.toFixed(3);
      });
      console.log(`| ${fold} | ${test.length} | ${row.join(' | ')} |`);
    }
    const all = tot.map(([tp, fp, fn]) => setRow(tp!, fp!, fn!).f1.toFixed(3));
    console.log(`| all | ${docs.length} | ${all.join(' | ')} |`);
    continue;
  }
  const f = field as Single;
  const extra = f === 'leak_status' ? ['status-model', 'rules+status-model', 'prod'] : [];
  const cols = ['rules', 'model text', 'model cue', 'rules+text', 'rules+cue', ...extra];
  console.log(
    `\n### ${f} (accuracy / precision)\n\n| set | n (gold non-null) | ${cols.join(' | ')} |\n|---|---|${cols.map(() => '---|').join('')}`,
  );
  const tot = cols.map(tally);
  for (const fold of FOLDS) {
    const train = docs.filter((d) => d.fold !== fold);
    const test = docs.filter((d) => d.fold === fold);
    const ts = cols.map(tally);
    // The shipped status model's own features and fitting (per language), refitted without this set.
    const shipped = new Map<string, ReturnType<typeof fitStatusModel>>();
    if (f === 'leak_status')
      for (const lang of ['ja', 'en'] as const)
        shipped.set(
          lang,
          fitStatusModel(
            train.filter((d) => d.statusDoc.lang === lang).map((d) => d.statusDoc),
            MIN_DOCS[lang],
          ),
        );
    const fitted = new Map<string, [Float64Array, Float64Array]>();
    for (const d of test) {
      if (!fitted.has(d.lang))
        fitted.set(d.lang, [fitSoftmax(train, 'text', f, d.lang), fitSoftmax(train, 'cue', f, d.lang)]);
      const [wText, wCue] = fitted.get(d.lang)!;
      const mt = predictSoftmax(wText, d.x.text, f);
      const mc = predictSoftmax(wCue, d.x.cue, f);
      const r = d.rules[f];
      let sm: string | null = null;
      if (f === 'leak_status' && !d.statusOff) {
        const p = probabilitiesOf(shipped.get(d.statusDoc.lang)!, d.statusDoc.features);
        let best = 0;
        for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
        sm = STATUS_CLASSES[best]!;
      }
      const preds = [
        r,
        mt,
        mc,
        r ?? mt,
        r ?? mc,
        ...(f === 'leak_status' ? [sm, r ?? sm, d.prodStatus] : []),
      ];
      preds.forEach((p, c) => {
        count(ts[c]!, d.gold[f], p);
        count(tot[c]!, d.gold[f], p);
      });
    }
    const nn = test.filter((d) => d.gold[f] !== null).length;
    console.log(`| ${fold} | ${test.length} (${nn}) | ${ts.map(cell).join(' | ')} |`);
  }
  const nn = docs.filter((d) => d.gold[f] !== null).length;
  console.log(`| all | ${docs.length} (${nn}) | ${tot.map(cell).join(' | ')} |`);
}
