import { randomBytes } from 'node:crypto';

/**
 * Identifiers unique by construction (the Nikon lesson: one member number was handed to two people).
 * UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then 74 random bits. Sortable by creation time; two
 * processes cannot collide without a 2^74 coincidence, and the database's PRIMARY KEY constraint
 * rejects the impossible case instead of overwriting.
 *
 * @example newId() // => "019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d"
 */
export function newId(): string {
  const bytes = randomBytes(16);
  const ms = BigInt(Date.now());
  bytes[0] = Number((ms >> 40n) & 0xffn);
  bytes[1] = Number((ms >> 32n) & 0xffn);
  bytes[2] = Number((ms >> 24n) & 0xffn);
  bytes[3] = Number((ms >> 16n) & 0xffn);
  bytes[4] = Number((ms >> 8n) & 0xffn);
  bytes[5] = Number(ms & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for the lower-case UUID form that newId() produces. */
export function isId(s: string): boolean {
  return UUID_RE.test(s);
}
