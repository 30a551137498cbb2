import { NoticeFactsSchema } from '../api/schemas.js';
import type { Lang, NoticeFacts } from '../extract/types.js';
import { logger } from '../log.js';
import type { Db } from '../store/db.js';
import { noticeStoreVersion, noticeTexts } from '../store/notice-texts.js';
import { checkDraft } from './check.js';
import type { AppiPeers } from './types.js';

const log = logger('notice-check');

/**
 * How many of APPI's report items (規則第8条) one text covers, judged exactly as a draft is: the
 * same rules, with the given facts (for a stored notice, those extracted at ingest).
 */
export function appiItemsCovered(text: string, facts: NoticeFacts | null, lang: Lang): number {
  const r = checkDraft(text, { facts, lang, regions: ['jp'], today: '2026-01-01' });
  return r.regimes[0]?.present ?? 0;
}

/** Value at quantile q of sorted numbers, interpolating between ranks (R's type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of an empty list');
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * Places a draft's item count among the counts of real notices: median and quartiles, and the share
 * of notices that cover fewer items than the draft (and as many). Null when there are none.
 *
 * @example comparePeers(7, 9, [3, 4, 5, 5, 6, 8]) // => { n: 6, median: 5, …, fewer: 0.833, same: 0 }
 */
export function comparePeers(draft: number, of: number, counts: readonly number[]): AppiPeers | null {
  if (counts.length === 0) return null;
  const sorted = [...counts].sort((a, b) => a - b);
  const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    draft,
    of,
    n: sorted.length,
    median: round(quantile(sorted, 0.5), 1),
    p25: round(quantile(sorted, 0.25), 1),
    p75: round(quantile(sorted, 0.75), 1),
    fewer: round(sorted.filter((c) => c < draft).length / sorted.length, 3),
    same: round(sorted.filter((c) => c === draft).length / sorted.length, 3),
  };
}

/**
 * The item counts of the stored notices in each language, computed once per store version: running
 * the rules over every notice (about 1 ms each with the stored facts: 99 ms for the 98 Japanese corpus
 * notices) is too slow for each check but cheap once;
 * a new notice changes the version and the next check recomputes. One cache per database and language.
 */
const caches = new WeakMap<Db, Map<Lang, { version: string; counts: Promise<number[]> }>>();

async function computeCounts(db: Db, lang: Lang): Promise<number[]> {
  const counts: number[] = [];
  for await (const n of noticeTexts(db, lang)) {
    let facts: NoticeFacts | null = null;
    try {
      const parsed = NoticeFactsSchema.safeParse(JSON.parse(n.facts));
      facts = parsed.success ? (parsed.data as NoticeFacts) : null;
    } catch {
      facts = null;
    }
    counts.push(appiItemsCovered(n.text, facts, lang));
  }
  return counts;
}

/** APPI item counts of the stored notices in `lang`, from the cache when the store has not changed. */
export async function storedNoticeCounts(db: Db, lang: Lang): Promise<number[]> {
  const version = await noticeStoreVersion(db);
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(lang);
  if (hit && hit.version === version) return hit.counts;
  const counts = computeCounts(db, lang);
  cache.set(lang, { version, counts });
  try {
    return await counts;
  } catch (err) {
    cache.delete(lang);
    log.warn({ err: (err as Error).message }, 'could not compute the stored notices’ APPI coverage');
    throw err;
  }
}
