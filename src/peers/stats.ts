/** A distribution of day counts: how many, and the quartiles. */
export interface Distribution {
  n: number;
  median: number;
  p25: number;
  p75: number;
}

/** The q-quantile of sorted values, interpolating linearly between ranks (the common "type 7"). */
function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

/**
 * n, median and quartiles of the non-null values; null when there are none. Rounded to 0.5 day.
 *
 * @example distribution([1, 3, 14, 30]) // => { n: 4, median: 8.5, p25: 2.5, p75: 18 }
 */
export function distribution(values: readonly (number | null | undefined)[]): Distribution | null {
  const v = values
    .filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
    .sort((a, b) => a - b);
  if (v.length === 0) return null;
  const r = (x: number) => Math.round(x * 2) / 2;
  return { n: v.length, median: r(quantile(v, 0.5)), p25: r(quantile(v, 0.25)), p75: r(quantile(v, 0.75)) };
}
