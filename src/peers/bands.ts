/**
 * Size bands for "similar size": powers of ten, the way breach statistics are usually grouped, with
 * 1,000 as a boundary because 規則第7条第4号 makes more than 1,000 people reportable in Japan.
 */
export const SIZE_BANDS = ['lt100', '100-999', '1k-9999', '10k-99999', '100k-999999', 'ge1m'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const SIZE_BAND_LABELS: Record<SizeBand, { ja: string; en: string }> = {
  lt100: { ja: '100件未満', en: 'under 100' },
  '100-999': { ja: '100〜999件', en: '100–999' },
  '1k-9999': { ja: '1,000〜9,999件', en: '1,000–9,999' },
  '10k-99999': { ja: '1万〜9万9,999件', en: '10,000–99,999' },
  '100k-999999': { ja: '10万〜99万9,999件', en: '100,000–999,999' },
  ge1m: { ja: '100万件以上', en: '1 million or more' },
};

/**
 * The size band of an affected count; null when the count is unknown.
 *
 * @example sizeBand(1692496) // => 'ge1m'
 * @example sizeBand(999) // => '100-999'
 */
export function sizeBand(count: number | null | undefined): SizeBand | null {
  if (count === null || count === undefined || !Number.isFinite(count) || count < 0) return null;
  if (count < 100) return 'lt100';
  if (count < 1_000) return '100-999';
  if (count < 10_000) return '1k-9999';
  if (count < 100_000) return '10k-99999';
  if (count < 1_000_000) return '100k-999999';
  return 'ge1m';
}

/** How many bands apart two bands are (0 = same band). */
export function bandDistance(a: SizeBand, b: SizeBand): number {
  return Math.abs(SIZE_BANDS.indexOf(a) - SIZE_BANDS.indexOf(b));
}
