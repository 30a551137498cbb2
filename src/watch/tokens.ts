import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 128 random bits, base64url (22 characters): watchlist feed tokens and confirmation tokens. */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

export const TOKEN_RE = /^[A-Za-z0-9_-]{22}$/;

/** What the database keeps of a token: its SHA-256 (hex). @example tokenHash(newToken()).length // 64 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The signature header of a webhook body: `sha256=` + HMAC-SHA256(secret, body) in hex, the form
 * GitHub's X-Hub-Signature-256 made familiar.
 *
 * @example webhookSignature('k', '{}') // 'sha256=…64 hex…'
 */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** Checks a received X-Leakwatch-Signature in constant time (for receivers, and the tests). */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string | null | undefined,
): boolean {
  if (!header) return false;
  const want = Buffer.from(webhookSignature(secret, body));
  const got = Buffer.from(header);
  return want.length === got.length && timingSafeEqual(want, got);
}

/** HMAC of a channel id for its unsubscribe link (base64url, 32 characters). */
export function unsubscribeSig(key: Buffer, channelId: string): string {
  return createHmac('sha256', key).update(`unsubscribe\n${channelId}`).digest('base64url').slice(0, 32);
}

/** Constant-time check of an unsubscribe link's signature. */
export function checkUnsubscribeSig(key: Buffer, channelId: string, sig: string): boolean {
  const want = Buffer.from(unsubscribeSig(key, channelId));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got);
}
