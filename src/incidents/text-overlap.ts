import { foldSearch, normalizeOrgName } from './match.js';

/**
 * Copies of one notice: the same letter listed twice under two spellings of its sender, a company's
 * post reprinted on a news or repost site, a later report that repeats the first one's paragraphs.
 * Their headlines and letterheads differ, their bodies do not. A body is compared by a sample of its
 * character windows (content-chosen, so that two copies keep the same windows wherever each starts),
 * folded as search folds (NFKC, case, kana, no spaces or punctuation) so that line breaks and quote
 * styles do not matter, in Japanese and English alike. Pure.
 */

/** Characters per window: long enough that two notices share one only by sharing a phrase. */
const WINDOW = 16;
/** One window in SAMPLE is kept (by its hash): about 250 numbers for a page's opening. */
const SAMPLE = 8;
/** How much of a notice is compared: its stored head (the store keeps the first 4,000 characters). */
const HEAD = 4000;
/** Folded characters compared at most. */
const FOLDED = 2000;

/**
 * The sampled window hashes of a notice's body (its first line — a letterhead, an address or a
 * headline, which copies write differently — left out), sorted and without repeats.
 *
 * @example textFingerprint('Sample Co.\n\nOn May 1 we found …').length // => about one per 8 folded characters
 */
export function textFingerprint(text: string): Uint32Array {
  const head = text.slice(0, HEAD).replace(/^\s*[^\n]*\n/, '');
  const s = foldSearch(head).slice(0, FOLDED);
  if (s.length < WINDOW) return new Uint32Array(0);
  // Polynomial rolling hash of each window (mod 2^32); BASE_N drops the character leaving it.
  let baseN = 1;
  for (let i = 0; i < WINDOW - 1; i++) baseN = Math.imul(baseN, BASE);
  let h = 0;
  const kept = new Set<number>();
  for (let i = 0; i < s.length; i++) {
    if (i >= WINDOW) h = (h - Math.imul(s.charCodeAt(i - WINDOW), baseN)) | 0;
    h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
    if (i >= WINDOW - 1 && mix(h) % SAMPLE === 0) kept.add(h >>> 0);
  }
  return Uint32Array.from(kept).sort();
}
const BASE = 0x01000193;

/** A 32-bit finaliser: the low bits of a rolling hash alone are a poor sample. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * The share of the shorter body's sampled windows that the other body holds too (0 – 1), and how many
 * windows the shorter one has (few windows make a share that says little).
 *
 * @example sharedText(textFingerprint(letter), textFingerprint(sameLetterUnderAnotherName)) // => { share: 1, size: 120 }
 */
export function sharedText(a: Uint32Array, b: Uint32Array): { share: number; size: number } {
  const size = Math.min(a.length, b.length);
  if (size === 0) return { share: 0, size: 0 };
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return { share: common / size, size };
}

/** Windows the shorter body needs before a share counts at all (about 100 folded characters). */
export const MIN_SHARED_WINDOWS = 12;
/**
 * Windows the shorter body needs before a near-total share counts as a copy: about 320 characters of
 * English, 120 of Japanese (whose characters say more each: a window is a phrase, not a word).
 */
export function copyWindows(text: string): number {
  return /[\u3041-\u30fa]/.test(text.slice(0, 1000)) ? 15 : 40;
}

/** Lower-case words inside a name: "Bank of the West", "X d/b/a Y", "X on behalf of Y". */
const NAME_JOINERS =
  /^(?:and|the|for|dba|doing|business|behalf|its|affiliates|via|at|de|del|des|von|van|und)$/;

/** Words a sender's name starts with that say nothing of which sender it is. */
const LEADING_FILLER = /^(?:the|dr|mr|mrs|ms|law|office|offices|of)$/;

/**
 * Who a letter says it is from, when its first line is a letterhead: the first distinctive word of a
 * Latin-script name ("Bramblewick Dental Supply, Inc." → 'bramblewick'), the first two characters of a
 * Japanese organisation's normalised name. Null when the first line is no name (an address, a
 * headline, a sentence). Two copies of one letter share it however their letterheads spell the name;
 * two senders who pasted one vendor's paragraph do not.
 *
 * @example letterheadKey('Bramblewick Dental Supply, Inc.\n\nOn March 3 …') // => 'bramblewick'
 * @example letterheadKey('Notice of Data Breach\n…') // => null
 */
export function letterheadKey(text: string): string | null {
  const first = /^\s*([^\n]{2,100})\n/.exec(text)?.[1]?.normalize('NFKC').trim();
  if (!first || /https?:|www\.|@|[。、！？!?:;]/.test(first)) return null;
  if (/\b(?:notice|notification|update|incident|breach|security|dear|re)\b/i.test(first)) return null;
  if (/^[\x20-\x7e\u2019]+$/.test(first)) {
    const words = first.split(/[\s,]+/).filter(Boolean);
    // A sentence runs lower-case words together; a name capitalises all but its joining words.
    const lower = words.filter((w) => /^[a-z]{3,}/.test(w) && !NAME_JOINERS.test(w)).length;
    if (words.length > 14 || !/^[A-Z0-9]/.test(words[0]!) || lower >= 2) return null;
    const lead = words
      .map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ''))
      .find((w) => w && !LEADING_FILLER.test(w));
    return lead && lead.length >= 2 ? lead : null;
  }
  // A Japanese letterhead: an organisation's name (a legal form or a public body's ending), no sentence.
  if (
    first.length > 40 ||
    !/株式会社|有限会社|合同会社|法人|[都道府県市区町村]$|大学$|病院$|組合$|協会$/.test(first)
  )
    return null;
  const key = normalizeOrgName(first);
  return key.length >= 2 ? key.slice(0, 2) : null;
}
