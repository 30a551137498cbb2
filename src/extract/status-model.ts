import { factOf } from './fact.js';
import type { Segment } from './segment.js';
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
  m = { bias: src.bias, weights };
  models.set(lang, m);
  return m;
}

/** Class probabilities for a text (order of STATUS_CLASSES). */
export function statusProbabilities(text: string, lang: 'ja' | 'en'): number[] {
  const m = modelFor(lang);
  const z = [...m.bias];
  let n = 0;
  const rows: number[][] = [];
  for (const f of statusFeatures(text, lang)) {
    const w = m.weights.get(f);
    if (w) {
      rows.push(w);
      n++;
    }
  }
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (const w of rows) for (let c = 0; c < z.length; c++) z[c]! += w[c]! * scale;
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
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
  const p = statusProbabilities(text, lang);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  const m = modelFor(lang);
  let quote: Segment | null = null;
  let quoteWeight = 0;
  for (const seg of segments) {
    if (!QUOTABLE.test(seg.text) || ADDRESS.test(seg.text)) continue;
    let w = 0;
    for (const f of statusFeatures(seg.text, lang)) {
      const row = m.weights.get(f);
      if (row) w += row[best]! - (row[0]! + row[1]! + row[2]!) / 3;
    }
    if (quote === null || w > quoteWeight) {
      quote = seg;
      quoteWeight = w;
    }
  }
  if (quote === null) return null;
  // Never in the high-confidence band: these are readings of the whole text, not of one statement.
  return factOf(STATUS_CLASSES[best]!, quote, Math.min(0.55, 0.3 + p[best]! * 0.3));
}
