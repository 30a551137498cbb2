import { CAUSE_KEYS, CAUSES } from '../extract/vocab.js';
import { SIZE_BAND_LABELS, SIZE_BANDS, sizeBand } from './bands.js';
import { DURATION_KEYS, type DurationKey, type ResponseDurations } from './durations.js';
import { SECTOR_LABELS, SECTORS } from './sector.js';
import { type Distribution, distribution } from './stats.js';
import type { BenchIncident } from './types.js';

/**
 * A figure over fewer incidents than this is not shown: below 20 a median moves by days when one
 * incident is added, and a quartile rests on four or five of them.
 */
export const MIN_SHOWN = 20;

export const DIMENSIONS = ['sector', 'size_band', 'cause', 'country'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** One segment (a sector, a size band, a cause, a country) of the incidents and its durations. */
export interface Segment {
  key: string;
  label: { ja: string; en: string };
  incidents: number;
  /** Incidents with each duration known: the n of each figure, also where it is not shown. */
  n: Record<DurationKey, number>;
  /** The figure of each duration, or null where n < MIN_SHOWN. */
  stats: Record<DurationKey, Distribution | null>;
}

export interface Breakdown {
  dimension: Dimension;
  segments: Segment[];
}

const jaRegion = new Intl.DisplayNames(['ja'], { type: 'region' });
const enRegion = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country's name in Japanese and English; 'unknown' as 不明. */
export function countryLabel(code: string): { ja: string; en: string } {
  if (code === 'unknown') return { ja: '不明', en: 'unknown' };
  try {
    return { ja: jaRegion.of(code) ?? code, en: enRegion.of(code) ?? code };
  } catch {
    return { ja: code, en: code };
  }
}

function label(dimension: Dimension, key: string): { ja: string; en: string } {
  if (key === 'unknown') return { ja: '不明', en: 'unknown' };
  switch (dimension) {
    case 'sector':
      return SECTOR_LABELS[key as keyof typeof SECTOR_LABELS];
    case 'size_band':
      return SIZE_BAND_LABELS[key as keyof typeof SIZE_BAND_LABELS];
    case 'cause': {
      const c = CAUSES[key as keyof typeof CAUSES];
      return { ja: c.ja, en: c.en };
    }
    case 'country':
      return countryLabel(key);
  }
}

/**
 * The keys an incident falls under in one dimension: its sector, its size band (or 'unknown'),
 * each of its causes (an incident of two causes counts in both; none: 'unknown'), its country.
 */
export function segmentKeys(i: BenchIncident, dimension: Dimension): string[] {
  switch (dimension) {
    case 'sector':
      return [i.sector];
    case 'size_band':
      return [sizeBand(i.affected) ?? 'unknown'];
    case 'cause':
      return i.causes.length ? [...new Set(i.causes)] : ['unknown'];
    case 'country':
      return [i.country ?? 'unknown'];
  }
}

/** Segments in a reading order: the vocabulary's order, countries by size, 'unknown' last. */
function order(dimension: Dimension, keys: string[], sizes: Map<string, number>): string[] {
  const vocab: readonly string[] =
    dimension === 'sector'
      ? SECTORS
      : dimension === 'size_band'
        ? SIZE_BANDS
        : dimension === 'cause'
          ? CAUSE_KEYS
          : [];
  const rank = (k: string) => (k === 'unknown' ? Number.MAX_SAFE_INTEGER : vocab.indexOf(k));
  return [...keys].sort((a, b) =>
    dimension === 'country' || dimension === 'cause'
      ? Number(a === 'unknown') - Number(b === 'unknown') ||
        sizes.get(b)! - sizes.get(a)! ||
        a.localeCompare(b)
      : rank(a) - rank(b),
  );
}

/**
 * The incidents of `list` split by `dimension`, each segment with its durations' n and, where
 * n ≥ MIN_SHOWN, the distribution (n, p25, median, p75, p90).
 *
 * @example breakdown(list, durations, 'sector').segments[0] // => { key: 'health', incidents: 1690, n: {…}, stats: {…} }
 */
export function breakdown(
  list: readonly BenchIncident[],
  durations: ReadonlyMap<string, ResponseDurations>,
  dimension: Dimension,
): Breakdown {
  const groups = new Map<string, BenchIncident[]>();
  for (const i of list) {
    for (const k of segmentKeys(i, dimension)) {
      const g = groups.get(k) ?? [];
      g.push(i);
      groups.set(k, g);
    }
  }
  const sizes = new Map([...groups].map(([k, g]) => [k, g.length]));
  const segments = order(dimension, [...groups.keys()], sizes).map((key): Segment => {
    const g = groups.get(key)!;
    const n = {} as Segment['n'];
    const stats = {} as Segment['stats'];
    for (const d of DURATION_KEYS) {
      const dist = distribution(g.map((i) => durations.get(i.id)?.[d]));
      n[d] = dist?.n ?? 0;
      stats[d] = dist && dist.n >= MIN_SHOWN ? dist : null;
    }
    return { key, label: label(dimension, key), incidents: g.length, n, stats };
  });
  return { dimension, segments };
}

/** Every dimension's breakdown. */
export function breakdowns(
  list: readonly BenchIncident[],
  durations: ReadonlyMap<string, ResponseDurations>,
): Breakdown[] {
  return DIMENSIONS.map((d) => breakdown(list, durations, d));
}
