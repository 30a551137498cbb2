import { randomFillSync } from 'node:crypto';

/**
 * Identifiers unique by construction (the Nikon lesson: one member number was handed to two people).
 * UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then 74 random bits. Sortable by creation time; two
 * processes cannot collide without a 2^74 coincidence, and the database's PRIMARY KEY constraint
 * rejects the impossible case instead of overwriting.
 *
 * @example newId() // => "019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d"
 */
export function newId(): string {
  const bytes = random16();
  // Number arithmetic, not BigInt: milliseconds fit in 48 bits, well inside 2^53.
  const ms = Date.now();
  const hi = Math.floor(ms / 0x1000000); // top 24 bits
  const lo = ms % 0x1000000; // low 24 bits
  bytes[0] = (hi >>> 16) & 0xff;
  bytes[1] = (hi >>> 8) & 0xff;
  bytes[2] = hi & 0xff;
  bytes[3] = (lo >>> 16) & 0xff;
  bytes[4] = (lo >>> 8) & 0xff;
  bytes[5] = lo & 0xff;
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// Random bytes are drawn from the CSPRNG 4 KiB at a time (one system call per 256 ids) and every id
// gets its own fresh 16 bytes: nothing is reused.
const POOL = Buffer.allocUnsafe(4096);
let poolOffset = POOL.length;

function random16(): Buffer {
  if (poolOffset + 16 > POOL.length) {
    randomFillSync(POOL);
    poolOffset = 0;
  }
  const out = Buffer.from(POOL.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  return out;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for the lower-case UUID form that newId() produces. */
export function isId(s: string): boolean {
  return UUID_RE.test(s);
}
