import { randomBytes } from 'node:crypto';
import type { RangeEntry } from './store.js';

/** Every range answer has at least this many lines… */
export const PAD_MIN_LINES = 128;
/** …and above it, a multiple of this many. */
export const PAD_BUCKET = 64;
/** Where padding ids' timestamps fall: within this many ms before now, like real incident ids. */
const FAKE_ID_SPAN_MS = 3 * 365 * 24 * 3600 * 1000;

/** The number of lines an answer with `real` real entries is padded to. @example paddedLineCount(3) // 128 */
export function paddedLineCount(real: number): number {
  return Math.max(PAD_MIN_LINES, Math.ceil(real / PAD_BUCKET) * PAD_BUCKET);
}

/** Hex characters of randomness one padding line uses: 59 for the suffix, 32 for its id. */
const HEX_PER_LINE = 91;
const VARIANT = '89ab';

/**
 * A UUIDv7 with a random recent timestamp, built from 32 random hex characters at `at` in `hex`:
 * the same shape as newId() ids, pointing at no incident.
 */
function fakeId(hex: string, at: number, now: number): string {
  const ms = now - (Number.parseInt(hex.slice(at, at + 8), 16) % FAKE_ID_SPAN_MS);
  const t = ms.toString(16).padStart(12, '0');
  const variant = VARIANT[Number.parseInt(hex[at + 15]!, 16) & 3];
  return `${t.slice(0, 8)}-${t.slice(8)}-7${hex.slice(at + 12, at + 15)}-${variant}${hex.slice(at + 16, at + 19)}-${hex.slice(at + 19, at + 31)}`;
}

/**
 * The text/plain body of a range answer: one `SUFFIX:incident-id,incident-id` line per entry, padded
 * with random lines of the same shape (a random 59-hex suffix and a random UUIDv7 that names no
 * incident) to `paddedLineCount(entries.length)` lines, all sorted by suffix. The size of an answer
 * then says nothing about how many real hashes its range holds (only over-full ranges grow, by
 * whole buckets). A browser ignores padding lines because their suffix cannot equal its own
 * (a 2^-236 chance).
 *
 * @example formatRange([{ suffix: '819f…', incidentIds: ['019b…'] }]).split('\n').length // 128
 */
export function formatRange(entries: readonly RangeEntry[], now = Date.now()): string {
  const pad = paddedLineCount(entries.length) - entries.length;
  const lines: string[] = entries.map((e) => `${e.suffix}:${e.incidentIds.join(',')}`);
  if (pad > 0) {
    // One call for all the randomness: this runs on every range request.
    const hex = randomBytes(Math.ceil((pad * HEX_PER_LINE) / 2)).toString('hex');
    for (let i = 0; i < pad; i++) {
      const at = i * HEX_PER_LINE;
      lines.push(`${hex.slice(at, at + 59)}:${fakeId(hex, at + 59, now)}`);
    }
  }
  lines.sort();
  return `${lines.join('\n')}\n`;
}
