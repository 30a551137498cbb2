import { factOf } from './fact.js';
import { type Segment, splitSentences } from './segment.js';
import { clauseFeaturesJa } from './status-clause.js';
import { STILL_OPEN_EN } from './status-en.js';
import { STATUS_WEIGHTS } from './status-model-weights.js';
import type { Cause, Fact, LeakStatus } from './types.js';

/**
 * A small statistical reader of leak status, used only where the rules of status.ts say nothing.
 *
 * A multinomial logistic regression over binary features of the notice (Japanese: the modality of
 * the sentences that name the leak, status-clause.ts; English: lower-cased words and word pairs of
 * the sentences that name the data, an act, a finding or a hedge), L2-normalised. Fitted by `npx tsx scripts/fit-status-model.ts` on the development labels only (the
 * corpus and excerpt sets A, B, D, E, F, H, N); the weights are generated into status-model-weights.ts.
 * Features seen in fewer than a few training notices are dropped (no names, no rare wording).
 *
 * Why: on notices nobody tuned rules for, the rules often find no status sentence at all. Read on the
 * held-out sets (scored, never read), the model filling those gaps was right more often than not; see
 * docs/extraction.md. Its answers carry a low confidence (≤ 0.55) and quote the sentence that weighs
 * most for the class chosen.
 */

export const STATUS_CLASSES: readonly LeakStatus[] = ['confirmed', 'possible', 'not_found'];

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
  return clauseFeaturesJa(splitSentences(text).map((s) => s.text));
}

interface Model {
  bias: number[];
  weights: Map<string, number[]>;
  /** English: the rows of the word pairs, by first word then second (see wordRows). */
  pairs: Map<string, Map<string, number[]>> | null;
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
  m = { bias: src.bias, weights, pairs: lang === 'en' ? pairIndex(weights) : null };
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
