import { factOf } from './fact.js';
import type { Segment } from './segment.js';
import { STILL_OPEN_EN } from './status-en.js';
import { STATUS_WEIGHTS } from './status-model-weights.js';
import type { Cause, Fact, LeakStatus } from './types.js';

/**
 * A small statistical reader of leak status, used only where the rules of status.ts say nothing.
 *
 * A multinomial logistic regression over binary features of the notice (Japanese: character 2- and
 * 3-grams of its first 3,000 characters, spaces removed; English: lower-cased words and word pairs),
 * L2-normalised. Fitted by `npx tsx scripts/fit-status-model.ts` on the development labels only (the
 * corpus and excerpt sets A, B, D, E, F, H, N); the weights are generated into status-model-weights.ts.
 * Features seen in fewer than a few training notices are dropped (no names, no rare wording).
 *
 * Why: on notices nobody tuned rules for, the rules often find no status sentence at all. Read on the
 * held-out sets (scored, never read), the model filling those gaps was right more often than not; see
 * docs/extraction.md. Its answers carry a low confidence (≤ 0.55) and quote the sentence that weighs
 * most for the class chosen.
 */

export const STATUS_CLASSES: readonly LeakStatus[] = ['confirmed', 'possible', 'not_found'];

/** Characters of a Japanese notice the features read (the opening holds the facts). */
export const JA_FEATURE_CHARS = 3000;

const EN_WORD = /[a-z]+(?:'[a-z]+)?/g;
// An English sentence the features read: one that names the data, an act on it, a finding or a
// hedge. The rest of a letter (greetings, offers of credit monitoring, call-centre hours) weighs the
// same in every class and only adds noise (leave-one-set-out, scripts/cv-status-en.ts).
const EN_SENTENCE_END = /(?<=[.!?])\s+/;
const EN_CUE =
  /\b(?:information|data|records|files|accessed|acquired|viewed|compromised|obtained|exposed|stolen|taken|copied|exfiltrated|access|evidence|indication|may|might|could|possibl[ey]|potential(?:ly)?)\b/i;
// A sentence worth quoting: words, not a web address or a row of figures.
const QUOTABLE = /[\u3041-\u30ff\u4e00-\u9fff]{4}|[A-Za-z]{2}\s[A-Za-z]{2}/;
const ADDRESS = /^\s*(?:https?:|\/\/|www\.)\S*$/i;
const SPACE = /\s+/g;

/** The binary features of a text (a set: each counts once). */
export function statusFeatures(text: string, lang: 'ja' | 'en'): Set<string> {
  const out = new Set<string>();
  if (lang === 'en') {
    for (const sentence of text.split(EN_SENTENCE_END)) {
      if (!EN_CUE.test(sentence)) continue;
      const words = sentence.toLowerCase().match(EN_WORD) ?? [];
      for (let i = 0; i < words.length; i++) {
        out.add(words[i]!);
        if (i > 0) out.add(`${words[i - 1]}_${words[i]}`);
      }
    }
    return out;
  }
  const t = text.replace(SPACE, '').slice(0, JA_FEATURE_CHARS);
  for (let i = 0; i + 2 <= t.length; i++) {
    out.add(t.slice(i, i + 2));
    if (i + 3 <= t.length) out.add(t.slice(i, i + 3));
  }
  return out;
}

interface Model {
  bias: number[];
  weights: Map<string, number[]>;
  /** Japanese: the rows of the 2- and 3-gram features, found by character codes (see gramRows). */
  grams: GramIndex | null;
  /** English: the rows of the word pairs, by first word then second (see wordRows). */
  pairs: Map<string, Map<string, number[]>> | null;
}

/**
 * The Japanese features by character codes, so that a text's n-grams are looked up without making
 * a string of each (thousands per notice): open addressing over slots of three Int32 words (the
 * first two codes, the third code or -1 for a 2-gram, the row's index + 1; 0: empty).
 */
interface GramIndex {
  slots: Int32Array;
  mask: number;
  rows: number[][];
  /** Per row, the pass that last counted it (each feature counts once per text). */
  seen: Int32Array;
  pass: number;
}

function gramSlot(k1: number, k2: number, mask: number): number {
  const h = Math.imul(k1, 0x9e3779b1) ^ Math.imul(k2 + 2, 0x85ebca77);
  return (h ^ (h >>> 16)) & mask;
}

function gramIndex(weights: Map<string, number[]>): GramIndex {
  let cap = 16;
  while (cap < weights.size * 2) cap *= 2;
  const slots = new Int32Array(cap * 3);
  const rows: number[][] = [];
  for (const [f, w] of weights) {
    if (f.length < 2 || f.length > 3) continue;
    const k1 = (f.charCodeAt(0) << 16) | f.charCodeAt(1);
    const k2 = f.length === 3 ? f.charCodeAt(2) : -1;
    let i = gramSlot(k1, k2, cap - 1);
    while (slots[i * 3 + 2] !== 0) i = (i + 1) & (cap - 1);
    rows.push(w);
    slots[i * 3] = k1;
    slots[i * 3 + 1] = k2;
    slots[i * 3 + 2] = rows.length;
  }
  return { slots, mask: cap - 1, rows, seen: new Int32Array(rows.length), pass: 0 };
}

/** The row index of the feature (k1, k2), or -1. */
function gramRow(g: GramIndex, k1: number, k2: number): number {
  const slots = g.slots;
  for (let i = gramSlot(k1, k2, g.mask); ; i = (i + 1) & g.mask) {
    const r = slots[i * 3 + 2]!;
    if (r === 0) return -1;
    if (slots[i * 3] === k1 && slots[i * 3 + 1] === k2) return r - 1;
  }
}

/**
 * The weight rows of the Japanese features of `text` the model knows, each once, in the order
 * statusFeatures() gives them (so sums over them add in the same order).
 */
function gramRows(g: GramIndex, text: string): number[][] {
  const t = text.replace(SPACE, '').slice(0, JA_FEATURE_CHARS);
  const out: number[][] = [];
  if (g.pass >= 0x3fffffff) {
    g.seen.fill(0);
    g.pass = 0;
  }
  const pass = ++g.pass;
  const seen = g.seen;
  for (let i = 0; i + 2 <= t.length; i++) {
    const k1 = (t.charCodeAt(i) << 16) | t.charCodeAt(i + 1);
    const two = gramRow(g, k1, -1);
    if (two >= 0 && seen[two] !== pass) {
      seen[two] = pass;
      out.push(g.rows[two]!);
    }
    if (i + 3 > t.length) continue;
    const three = gramRow(g, k1, t.charCodeAt(i + 2));
    if (three >= 0 && seen[three] !== pass) {
      seen[three] = pass;
      out.push(g.rows[three]!);
    }
  }
  return out;
}

/**
 * The weight rows of the English features of `text` the model knows, each once, in the order
 * statusFeatures() gives them: a row is taken where its feature first occurs. No set of every word
 * and pair of the text is built, nor a string for each pair (a notice has hundreds; the model knows
 * few of them). Each feature has its own row, so a row seen stands for its feature seen.
 */
function wordRows(m: Model, pairs: Map<string, Map<string, number[]>>, text: string): number[][] {
  const out: number[][] = [];
  const seen = new Set<number[]>();
  const take = (row: number[] | undefined): void => {
    if (row !== undefined && !seen.has(row)) {
      seen.add(row);
      out.push(row);
    }
  };
  for (const sentence of text.split(EN_SENTENCE_END)) {
    if (!EN_CUE.test(sentence)) continue;
    const words = sentence.toLowerCase().match(EN_WORD) ?? [];
    for (let i = 0; i < words.length; i++) {
      take(m.weights.get(words[i]!));
      if (i > 0) take(pairs.get(words[i - 1]!)?.get(words[i]!));
    }
  }
  return out;
}

/** The weight rows of the features of `text` the model knows, each once, in statusFeatures() order. */
function featureRows(m: Model, text: string, lang: 'ja' | 'en'): number[][] {
  if (m.grams !== null) return gramRows(m.grams, text);
  if (m.pairs !== null && lang === 'en') return wordRows(m, m.pairs, text);
  const rows: number[][] = [];
  for (const f of statusFeatures(text, lang)) {
    const w = m.weights.get(f);
    if (w) rows.push(w);
  }
  return rows;
}

/** The English pair features (`word_word`; a word of EN_WORD holds no underscore) by their two words. */
function pairIndex(weights: Map<string, number[]>): Map<string, Map<string, number[]>> {
  const out = new Map<string, Map<string, number[]>>();
  for (const [f, w] of weights) {
    const cut = f.indexOf('_');
    if (cut < 0) continue;
    const first = f.slice(0, cut);
    let seconds = out.get(first);
    if (!seconds) {
      seconds = new Map();
      out.set(first, seconds);
    }
    seconds.set(f.slice(cut + 1), w);
  }
  return out;
}

const models = new Map<string, Model>();

function modelFor(lang: 'ja' | 'en'): Model {
  let m = models.get(lang);
  if (m) return m;
  const src = STATUS_WEIGHTS[lang];
  const weights = new Map<string, number[]>();
  for (const row of src.features.split('\n')) {
    if (row === '') continue;
    const [feature, w] = row.split('\t') as [string, string];
    weights.set(feature, w.split(' ').map(Number));
  }
  m = {
    bias: src.bias,
    weights,
    grams: lang === 'ja' ? gramIndex(weights) : null,
    pairs: lang === 'en' ? pairIndex(weights) : null,
  };
  models.set(lang, m);
  return m;
}

/**
 * An array of doubles to copy empty (`slice(0, 0)`): numbers pushed to the copy stay doubles whatever
 * their values. A map() of [1, 0, 0, 0] (one class certain) gave a small-integer array and any other
 * a double one, and the first text with a certain class de-optimised this function and its caller.
 */
const DOUBLES: readonly number[] = [0.5];

/** Class probabilities for a text (order of STATUS_CLASSES). */
export function statusProbabilities(text: string, lang: 'ja' | 'en'): number[] {
  const m = modelFor(lang);
  const z = [...m.bias];
  const rows = featureRows(m, text, lang);
  const n = rows.length;
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (const w of rows) for (let c = 0; c < z.length; c++) z[c]! += w[c]! * scale;
  const max = Math.max(...z);
  const e = DOUBLES.slice(0, 0);
  let sum = 0;
  for (const v of z) {
    const x = Math.exp(v - max);
    e.push(x);
    sum += x;
  }
  const p = DOUBLES.slice(0, 0);
  for (const x of e) p.push(x / sum);
  return p;
}

/**
 * The model's leak status for a notice whose rules found none, quoting the sentence whose features
 * weigh most for it; null when the text gives the model nothing to read.
 */
export function modelLeakStatus(
  text: string,
  segments: Segment[],
  lang: 'ja' | 'en',
  causes: readonly Cause[] = [],
): Fact<LeakStatus> | null {
  if (segments.length === 0) return null;
  // A lost or stolen item: whether anyone read the data is unknown, and notices that say nothing
  // more are labelled with no status (GUIDE.md: only what the notice states).
  if (causes.includes('loss_or_theft')) return null;
  // An English notice that will tell people only if an inquiry still to finish finds their data was
  // reached, and that the rules found no status in, concludes nothing yet.
  if (lang === 'en' && segments.some((s) => STILL_OPEN_EN.test(s.text))) return null;
  const p = statusProbabilities(text, lang);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  const m = modelFor(lang);
  let quote: Segment | null = null;
  let quoteWeight = 0;
  for (const seg of segments) {
    if (!QUOTABLE.test(seg.text) || ADDRESS.test(seg.text)) continue;
    let w = 0;
    for (const row of featureRows(m, seg.text, lang)) w += row[best]! - (row[0]! + row[1]! + row[2]!) / 3;
    if (quote === null || w > quoteWeight) {
      quote = seg;
      quoteWeight = w;
    }
  }
  if (quote === null) return null;
  // Never in the high-confidence band: these are readings of the whole text, not of one statement.
  return factOf(STATUS_CLASSES[best]!, quote, Math.min(0.55, 0.3 + p[best]! * 0.3));
}
