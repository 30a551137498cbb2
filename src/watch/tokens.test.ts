import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import {
  checkUnsubscribeSig,
  newToken,
  TOKEN_RE,
  tokenHash,
  unsubscribeSig,
  verifyWebhookSignature,
  webhookSignature,
} from './tokens.js';
import { parseWebhookUrl, postWebhook } from './webhook.js';

describe('tokens and signatures', () => {
  it('makes 128-bit tokens and stores only their SHA-256', () => {
    const a = newToken();
    expect(a).toMatch(TOKEN_RE);
    expect(Buffer.from(a, 'base64url')).toHaveLength(16);
    expect(newToken()).not.toBe(a);
    expect(tokenHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('signs webhook bodies as sha256=HMAC(secret, body)', () => {
    const body = '{"type":"incident.new"}';
    const sig = webhookSignature('s3cret', body);
    expect(sig).toBe(`sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}`);
    expect(verifyWebhookSignature('s3cret', body, sig)).toBe(true);
    expect(verifyWebhookSignature('s3cret', body, sig.replace(/.$/, '0'))).toBe(sig.endsWith('0'));
    expect(verifyWebhookSignature('s3cret', body, undefined)).toBe(false);
    expect(verifyWebhookSignature('s3cret', body, 'sha256=short')).toBe(false);
  });

  it('signs unsubscribe links per channel', () => {
    const key = Buffer.alloc(32, 7);
    const sig = unsubscribeSig(key, 'channel-a');
    expect(checkUnsubscribeSig(key, 'channel-a', sig)).toBe(true);
    expect(checkUnsubscribeSig(key, 'channel-b', sig)).toBe(false);
    expect(checkUnsubscribeSig(Buffer.alloc(32, 8), 'channel-a', sig)).toBe(false);
  });
});

describe('webhook URLs', () => {
  it('accepts http(s) only, without credentials', () => {
    expect(parseWebhookUrl('https://hooks.example.com/x#frag').href).toBe('https://hooks.example.com/x');
    for (const bad of [
      'ftp://example.com/',
      'javascript:alert(1)',
      'https://u:p@example.com/',
      'not a url',
    ]) {
      expect(() => parseWebhookUrl(bad)).toThrow();
    }
  });

  it.each([
    'http://127.0.0.1:9/hook',
    'http://169.254.169.254/latest',
    'http://[::1]/x',
    'http://localhost/x',
  ])('refuses %s before connecting', async (url) => {
    const err = await postWebhook(url, '{}', {}).catch((e: unknown) => e);
    expect(isAppError(err, 'fetch_refused')).toBe(true);
  });

  it('refuses a host whose DNS answers include a private address', async () => {
    const resolve = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '192.168.1.10', family: 4 },
    ];
    const err = await postWebhook('https://hooks.example.com/x', '{}', {}, { resolve }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(err, 'fetch_refused')).toBe(true);
    expect((err as Error).message).toMatch(/private address 192\.168\.1\.10/);
  });
});
