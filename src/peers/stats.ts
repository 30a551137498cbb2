/** A distribution of day counts: how many, the median, the quartiles and the 90th percentile. */
export interface Distribution {
  n: number;
  median: number;
  p25: number;
  p75: number;
  p90: number;
}

/** The q-quantile of sorted values, interpolating linearly between ranks (the common "type 7"). */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

/** The finite numbers of `values`, ascending. */
export function sortedDays(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
}

/**
 * n, median, quartiles and 90th percentile of the non-null values; null when there are none.
 * Rounded to 0.5 day.
 *
 * @example distribution([1, 3, 14, 30]) // => { n: 4, median: 8.5, p25: 2.5, p75: 18, p90: 25 }
 */
export function distribution(values: readonly (number | null | undefined)[]): Distribution | null {
  const v = sortedDays(values);
  if (v.length === 0) return null;
  const r = (x: number) => Math.round(x * 2) / 2;
  return {
    n: v.length,
    median: r(quantile(v, 0.5)),
    p25: r(quantile(v, 0.25)),
    p75: r(quantile(v, 0.75)),
    p90: r(quantile(v, 0.9)),
  };
}

/** Where one value falls among others: the shares that took longer, as long, and less long. */
export interface Rank {
  n: number;
  /** Share of the others with a longer duration: "faster than 64 %". */
  longer: number;
  same: number;
  shorter: number;
}

/**
 * Ranks `own` days among `others` (nulls ignored); null when there are none. Shares to 3 decimals.
 *
 * @example rankAmong(5, [1, 5, 10, 20]) // => { n: 4, longer: 0.5, same: 0.25, shorter: 0.25 }
 */
export function rankAmong(own: number, others: readonly (number | null | undefined)[]): Rank | null {
  const v = sortedDays(others);
  if (v.length === 0) return null;
  let longer = 0;
  let same = 0;
  for (const x of v) {
    if (x > own) longer++;
    else if (x === own) same++;
  }
  const r = (k: number) => Math.round((k / v.length) * 1000) / 1000;
  return { n: v.length, longer: r(longer), same: r(same), shorter: r(v.length - longer - same) };
}
