import { randomBytes, randomInt } from 'node:crypto';
import type { RangeEntry } from './store.js';

/** Every range answer has at least this many lines… */
export const PAD_MIN_LINES = 64;
/** …and above it, a multiple of this many. */
export const PAD_BUCKET = 32;

/** The number of lines an answer with `real` real entries is padded to. @example paddedLineCount(3) // 64 */
export function paddedLineCount(real: number): number {
  return Math.max(PAD_MIN_LINES, Math.ceil(real / PAD_BUCKET) * PAD_BUCKET);
}

/** Hex characters of randomness one padding line uses: 59 for the suffix, 28 for its id. */
const HEX_PER_LINE = 87;
const VARIANT = '89ab';

/**
 * A UUIDv7 built from 28 random hex characters at `at` in `hex`: the same shape as newId() ids,
 * pointing at no incident. Its timestamp keeps the top 16 bits of `tsTop` (a recent time) and takes
 * the low 32 bits at random, i.e. somewhere in a ~50-day window: string slicing only, as this runs
 * for every padding line of every range request.
 */
function fakeId(hex: string, at: number, tsTop: string): string {
  const variant = VARIANT[Number.parseInt(hex[at + 11]!, 16) & 3];
  return `${tsTop}${hex.slice(at, at + 4)}-${hex.slice(at + 4, at + 8)}-7${hex.slice(at + 8, at + 11)}-${variant}${hex.slice(at + 12, at + 15)}-${hex.slice(at + 15, at + 27)}`;
}

/**
 * The text/plain body of a range answer: one `SUFFIX:incident-id,incident-id` line per entry, padded
 * with random lines of the same shape (a random 59-hex suffix and a random UUIDv7 that names no
 * incident) to `paddedLineCount(entries.length)` lines, in random order. The size of an answer
 * then says nothing about how many real hashes its range holds (only over-full ranges grow, by
 * whole buckets). A browser ignores padding lines because their suffix cannot equal its own
 * (a 2^-236 chance).
 *
 * @example formatRange([{ suffix: '819f…', incidentIds: ['019b…'] }]).trimEnd().split('\n').length // 64
 */
export function formatRange(entries: readonly RangeEntry[], now = Date.now()): string {
  const total = paddedLineCount(entries.length);
  const pad = total - entries.length;
  const lines: string[] = new Array(total);
  // One call for all the randomness: this runs on every range request.
  const hex = randomBytes(Math.ceil((pad * HEX_PER_LINE) / 2)).toString('hex');
  const tsTop = Math.max(0, now - 2 ** 32)
    .toString(16)
    .padStart(12, '0')
    .slice(0, 4);
  for (let i = 0; i < pad; i++) {
    const at = i * HEX_PER_LINE;
    lines[i] = `${hex.slice(at, at + 59)}:${fakeId(hex, at + 59, tsTop)}`;
  }
  // Real lines go to random places (an inside-out shuffle step each): no position or order tells
  // them apart, and no sort is needed.
  for (let i = pad; i < total; i++) {
    const e = entries[i - pad]!;
    const j = randomInt(i + 1);
    lines[i] = lines[j]!;
    lines[j] = `${e.suffix}:${e.incidentIds.join(',')}`;
  }
  return `${lines.join('\n')}\n`;
}
