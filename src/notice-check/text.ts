import { negated } from '../extract/index.js';
import type { Lang } from '../extract/types.js';

/** Longest quote shown for a found item; longer sentences are cut around the match. */
const MAX_QUOTE = 160;

/**
 * Splits a notice into sentences: lines, then Japanese 「。」 and English ". " endings. Headings stay
 * whole lines, which is what the heading rules want.
 *
 * @example splitSentences('概要。原因\nWhat Happened. We found') // => ['概要。', '原因', 'What Happened.', 'We found']
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const parts = line.split(/(?<=。)|(?<=[.!?])\s+(?=[A-Z"“(])/);
    for (const p of parts) {
      const s = p.trim();
      if (s) out.push(s);
    }
  }
  return out;
}

/** Trims a sentence to at most MAX_QUOTE characters, keeping the matched part in view. */
export function clip(sentence: string, matchIndex = 0): string {
  if (sentence.length <= MAX_QUOTE) return sentence;
  const start = Math.max(0, Math.min(matchIndex - 40, sentence.length - MAX_QUOTE));
  const body = sentence.slice(start, start + MAX_QUOTE);
  return `${start > 0 ? '…' : ''}${body}${start + MAX_QUOTE < sentence.length ? '…' : ''}`;
}

/** A short line without a sentence end: a heading such as 「■原因」 or "What Happened". */
function isHeading(s: string): boolean {
  return s.length <= 30 && !/[。.!?]$/.test(s);
}

/**
 * The first sentence that matches any of the patterns, clipped; null when none does. A matching
 * heading is quoted with the sentence after it, which is where its content is.
 */
export function findSentence(sentences: readonly string[], patterns: readonly RegExp[]): string | null {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    for (const re of patterns) {
      const m = re.exec(s);
      if (!m) continue;
      const next = sentences[i + 1];
      return next && isHeading(s) ? clip(`${s} ${next}`, m.index) : clip(s, m.index);
    }
  }
  return null;
}

/**
 * Guesses the language: Japanese when kana/kanji make up a noticeable share of the letters.
 *
 * @example detectLang('不正アクセスに関するお知らせ') // => 'ja'
 */
export function detectLang(text: string): Lang {
  const cjk = text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return cjk > 0 && cjk * 3 >= latin * 0.5 ? 'ja' : 'en';
}

/**
 * Like findSentence, but a match its own clause denies does not count: 「クレジットカード情報は含まれて
 * おりません」 and "no card numbers were involved" say the opposite of a match. For rules that decide
 * something from a keyword (the 規則第7条 triggers), not for items that only ask whether a topic is
 * addressed at all.
 *
 * @example findAffirmed(['カード番号は含まれておりません。'], FINANCIAL) // => null
 */
export function findAffirmed(sentences: readonly string[], patterns: readonly RegExp[]): string | null {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    for (const re of patterns) {
      const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
      for (const m of s.matchAll(all)) {
        if (negated(s, m.index, m.index + m[0].length)) continue;
        const next = sentences[i + 1];
        return next && isHeading(s) ? clip(`${s} ${next}`, m.index) : clip(s, m.index);
      }
    }
  }
  return null;
}
