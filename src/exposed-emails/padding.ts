import { randomInt } from 'node:crypto';
import { randomPool } from '../http/random-pool.js';
import type { RangeEntry } from './store.js';

/** Every range answer has at least this many lines… */
export const PAD_MIN_LINES = 64;
/** …and above it, a multiple of this many. */
export const PAD_BUCKET = 32;

/** The number of lines an answer with `real` real entries is padded to. @example paddedLineCount(3) // 64 */
export function paddedLineCount(real: number): number {
  return Math.max(PAD_MIN_LINES, Math.ceil(real / PAD_BUCKET) * PAD_BUCKET);
}

const VARIANT = Buffer.from('89ab', 'latin1');
/** A padding line: 59 hex, ':', a 36-character UUID, '\n'. */
const PAD_LINE_BYTES = 59 + 1 + 36 + 1;
/**
 * The fixed bytes of a padding line, by offset, written over a line of random hex digits: ':' after
 * the suffix, then the UUIDv7 shape tttttttt-tttt-7rrr-vrrr-rrrrrrrrrrrr (48-bit ms timestamp whose
 * first four digits are set per answer, version 7, variant 10xx), and the newline.
 */
const FIXED_AT = [59, 68, 73, 74, 78, 83, 96];
const FIXED_BYTE = [0x3a, 0x2d, 0x2d, 0x37, 0x2d, 0x2d, 0x0a];
const TIMESTAMP_AT = 60;
const VARIANT_AT = 79;

/**
 * The text/plain body of a range answer: one `SUFFIX:incident-id,incident-id` line per entry, padded
 * with random lines of the same shape (a random 59-hex suffix and a random UUIDv7 that names no
 * incident) to `paddedLineCount(entries.length)` lines, in random order. The size of an answer
 * then says nothing about how many real hashes its range holds (only over-full ranges grow, by
 * whole buckets). A browser ignores padding lines because their suffix cannot equal its own
 * (a 2^-236 chance). Each padding UUID keeps the top 16 bits of a recent timestamp and takes the
 * low 32 at random, i.e. somewhere in a ~50-day window, like the ids newId() makes.
 *
 * This runs for every range request: padding lines come ready-made from a block (paddingLines),
 * and the real lines are spliced in (measured: 23 µs an answer as joined strings of randomBytes
 * output, 12 µs with one native hex encoding per answer, less with blocks).
 *
 * @example formatRange([{ suffix: '819f…', incidentIds: ['019b…'] }]).trimEnd().split('\n').length // 64
 */
export function formatRange(entries: readonly RangeEntry[], now = Date.now()): string {
  return formatRangeBytes(entries, now).toString('latin1');
}

/** Padding lines are made this many at a time and each handed out once. */
const PAD_BLOCK_LINES = 1024;
let block: Buffer<ArrayBuffer> = Buffer.alloc(0);
let blockAt = 0;
let blockTs = '';

/** The first four hex digits of a recent UUIDv7 timestamp (they change every ~65 s). */
function timestampTop(now: number): string {
  return Math.max(0, now - 2 ** 32)
    .toString(16)
    .padStart(12, '0')
    .slice(0, 4);
}

/**
 * `n` fresh padding lines. They come from a block made ahead (random hex encoded natively in one
 * call, the fixed bytes written over it), so an answer costs a slice rather than a random draw and
 * an encoding of its own (measured: 12 µs an answer made one by one). Every block is a new buffer:
 * a slice handed out is never written again, and no line is handed out twice.
 */
function paddingLines(n: number, now: number): Buffer<ArrayBuffer> {
  const ts = timestampTop(now);
  if (n > PAD_BLOCK_LINES) return makePadding(n, ts);
  if (ts !== blockTs || blockAt + n > PAD_BLOCK_LINES) {
    block = makePadding(PAD_BLOCK_LINES, ts);
    blockAt = 0;
    blockTs = ts;
  }
  const lines = block.subarray(blockAt * PAD_LINE_BYTES, (blockAt + n) * PAD_LINE_BYTES);
  blockAt += n;
  return lines;
}

function makePadding(lines: number, ts: string): Buffer<ArrayBuffer> {
  const padding = Buffer.from(
    randomPool.take(Math.ceil((lines * PAD_LINE_BYTES) / 2)).toString('hex', 0),
    'latin1',
  ).subarray(0, lines * PAD_LINE_BYTES);
  for (let line = 0; line < lines; line++) {
    const at = line * PAD_LINE_BYTES;
    for (let f = 0; f < FIXED_AT.length; f++) padding[at + FIXED_AT[f]!] = FIXED_BYTE[f]!;
    for (let i = 0; i < 4; i++) padding[at + TIMESTAMP_AT + i] = ts.charCodeAt(i);
    const digit = padding[at + VARIANT_AT]!;
    padding[at + VARIANT_AT] = VARIANT[(digit <= 0x39 ? digit - 0x30 : digit - 0x57) & 3]!;
  }
  return padding;
}

/**
 * formatRange as bytes (ASCII), for the server to write out as they are: no string to measure and
 * encode again on every answer.
 */
export function formatRangeBytes(entries: readonly RangeEntry[], now = Date.now()): Buffer<ArrayBuffer> {
  const total = paddedLineCount(entries.length);
  const pad = total - entries.length;
  const padding = paddingLines(pad, now);
  if (entries.length === 0) return padding;
  // Where the real lines go: an inside-out shuffle of the real entries among the padding lines
  // (-1), so no position or order tells them apart.
  const order = new Int32Array(total).fill(-1);
  for (let i = pad; i < total; i++) {
    const j = randomInt(i + 1);
    order[i] = order[j]!;
    order[j] = i - pad;
  }
  // One output buffer: runs of padding lines copied in, real lines (ASCII) written where the shuffle
  // put them.
  const lines = entries.map((e) => `${e.suffix}:${e.incidentIds.join(',')}\n`);
  let size = padding.length;
  for (const line of lines) size += line.length;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  let from = 0;
  let padLine = 0;
  for (let k = 0; k < total; k++) {
    const e = order[k]!;
    if (e < 0) {
      padLine++;
      continue;
    }
    at += padding.copy(out, at, from, padLine * PAD_LINE_BYTES);
    from = padLine * PAD_LINE_BYTES;
    at += out.write(lines[e]!, at, 'latin1');
  }
  padding.copy(out, at, from);
  return out;
}
