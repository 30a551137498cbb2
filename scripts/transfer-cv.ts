/**
 * `npx tsx scripts/transfer-cv.ts [--fields leak_status,report_stage,measures]` — does a small
 * statistical layer fitted on MANY labelled sets carry to a set it never saw better than the rules do?
 * A research harness, not part of the extractor; nothing is written.
 *
 * Leave-one-set-out over the DEVELOPMENT sets only: corpus batch 1 and batch 2, excerpt sets A, B, D
 * (Japanese) and E, F, H, N (English), and half 1 (positions 0, 2, 4, …) of the fresh sets E4 and J4.
 * Held-out excerpt sets are skipped before their labels are parsed; half-2 lines of the fresh sets are
 * dropped before parsing. For each set S: fit on all the other sets (both languages, one model), score
 * on S. Columns per set: the rules alone, the model alone, and the rules with the model filling only
 * where the rules abstain. For leak status "rules" are status.ts's rules alone (extract()'s shipped
 * statistical fallback was fitted on every development set, S included); that shipped pipeline is
 * shown too as `prod` (honest only on E4/J4, which it never saw), and that shipped model (status-model.ts:
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
 */
import { readFileSync } from 'node:fs';
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
  lang: string;
  gold: Record<Single, string | null> & { measures: Set<string> };
  rules: Record<Single, string | null> & { measures: Set<string> };
  prodStatus: string | null;
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

function add(fold: string, lang: string, text: string, g: Record<string, unknown>): void {
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
  add(batchOf(doc).id, String(g.lang), readFileSync(join(shared, doc), 'utf8'), g);
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
  if (text) add(set, String(g.lang), text, g);
}
// Fresh sets, half 1 only: half-2 lines are dropped before parsing.
for (const set of ['E4', 'J4']) {
  const texts = readFileSync(join(FRESH_DIR, `${set}-texts.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .filter((_, i) => i % 2 === 0)
    .map((l) => JSON.parse(l) as { id: string; lang: string; url: string; title?: string; text: string });
  const ids = new Set(texts.map((t) => t.id));
  const labels = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync(join(FRESH_DIR, `${set}-labels.jsonl`), 'utf8').split('\n')) {
    const id = /^\{"doc":\s*"([^"]+)"/.exec(line)?.[1];
    if (!id || !ids.has(id)) continue;
    labels.set(id, JSON.parse(line) as Record<string, unknown>);
  }
  for (const t of texts) {
    const g = labels.get(t.id);
    if (!g || g.not_a_notice) continue;
    add(set, String(g.lang ?? t.lang), `${t.url}\n\n${t.title ?? ''}\n\n${t.text}`, g);
  }
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
const FOLDS = ['batch1', 'batch2', 'A', 'B', 'D', 'E', 'F', 'H', 'N', 'E4', 'J4'];
const arg = process.argv.indexOf('--fields');
const fields = (arg > 0 ? process.argv[arg + 1]! : 'leak_status,report_stage,measures').split(',');
console.log(
  `options: ${BALANCED ? 'balanced classes' : 'unweighted'}, ${SAME_LANG ? 'same-language training sets' : 'both languages'}`,
);
console.log(`docs: ${FOLDS.map((f) => `${f} ${docs.filter((d) => d.fold === f).length}`).join(', ')}`);

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
