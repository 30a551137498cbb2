import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { safeFetch } from './fetch.js';
import { startTestServer, type TestServer } from './testing/server.js';

// Issue 18: a server that compressed although asked for identity had its gzip bytes stored as a
// three-character garbage notice.
const ALLOW = ['127.0.0.1'];
const PAGE = '<h1>不正アクセスに関するお知らせ</h1><p>架空商事株式会社</p>';
let srv: TestServer;

function compressed(encoding: string, body: Buffer) {
  return (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': encoding });
    res.end(body);
  };
}

beforeAll(async () => {
  srv = await startTestServer({ listen: '127.0.0.1' });
  const page = Buffer.from(PAGE, 'utf8');
  srv.route('/gzip', compressed('gzip', gzipSync(page)));
  srv.route('/deflate', compressed('deflate', deflateSync(page)));
  srv.route('/deflate-raw', compressed('deflate', deflateRawSync(page)));
  srv.route('/br', compressed('br', brotliCompressSync(page)));
  srv.route('/stacked', compressed('deflate, gzip', gzipSync(deflateSync(page))));
  srv.route('/zstd', compressed('zstd', page));
  srv.route('/broken', compressed('gzip', Buffer.from('not gzip at all')));
  // 64 kB of gzip that inflates to 64 MB: far over the fetch's byte cap.
  srv.route('/bomb', compressed('gzip', gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20))));
});
afterAll(async () => {
  await srv.close();
});

describe('safeFetch and compressed bodies (issue 18)', () => {
  for (const path of ['/gzip', '/deflate', '/deflate-raw', '/br', '/stacked']) {
    it(`decodes ${path.slice(1)}`, async () => {
      const r = await safeFetch(`${srv.url}${path}`, { allow: ALLOW });
      expect(new TextDecoder().decode(r.bytes)).toBe(PAGE);
    });
  }

  it('refuses an unknown coding, broken data and a body that inflates past the cap', async () => {
    const err = async (path: string) =>
      safeFetch(`${srv.url}${path}`, { allow: ALLOW, maxBytes: 1024 * 1024 }).catch((e: unknown) => e);
    const zstd = await err('/zstd');
    expect(isAppError(zstd, 'fetch_refused') && zstd.message).toMatch(/zstd/);
    expect(isAppError(await err('/broken'), 'unprocessable_document')).toBe(true);
    expect(isAppError(await err('/bomb'), 'payload_too_large')).toBe(true);
  });
});
