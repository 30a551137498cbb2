import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { safeFetch } from './fetch.js';
import { HOSTILE_ADDRESSES } from './testing/hostile.js';
import { redirect, serve, startTestServer, type TestServer } from './testing/server.js';

// The server binds every local address ('::', dual-stack), so 127.0.0.2, [::1] or 0.0.0.0 would reach
// it if the fetcher let them through; only 127.0.0.1 is allowed, and only in this test configuration.
let srv: TestServer;
let port: number;
const ALLOW = ['127.0.0.1'];

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected the fetch to fail');
}

beforeAll(async () => {
  srv = await startTestServer({ listen: '::' });
  port = Number(new URL(srv.url).port);
  srv.route('/secret', serve('text/plain', 'internal only'));
  srv.route('/notice.html', serve('text/html; charset=utf-8', '<h1>お知らせ</h1>'));
  srv.route('/r1', redirect('/r2'));
  srv.route('/r2', redirect('/r3', 301));
  srv.route('/r3', redirect('/notice.html', 307));
  srv.route('/loop', redirect('/loop'));
  srv.route('/to-file', redirect('file:///etc/passwd'));
  srv.route('/image.png', serve('image/png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])));
  srv.route('/missing', serve('text/html', 'gone', 404));
  srv.route('/big-declared', serve('text/plain', 'x'.repeat(5000)));
  srv.route('/big-chunked', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 50; i++) res.write('y'.repeat(1000));
    res.end();
  });
  srv.route('/slow', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<p>start');
    setTimeout(() => res.end('</p>'), 5000).unref();
  });
  srv.route('/hop', redirect('/secret-next'));
  srv.route('/secret-next', serve('text/plain', 'second hop'));
});

afterAll(async () => {
  await srv.close();
});

describe('safeFetch — the allowed local server', () => {
  it('fetches a page and reports type and final URL', async () => {
    const r = await safeFetch(`${srv.url}/notice.html`, { allow: ALLOW });
    expect(r.status).toBe(200);
    expect(r.contentType).toBe('text/html');
    expect(r.contentTypeHeader).toContain('charset=utf-8');
    expect(new TextDecoder().decode(r.bytes)).toBe('<h1>お知らせ</h1>');
  });

  it('follows a redirect chain and re-checks each hop', async () => {
    const r = await safeFetch(`${srv.url}/r1`, { allow: ALLOW });
    expect(r.finalUrl).toBe(`${srv.url}/notice.html`);
  });

  it('refuses more than maxRedirects', async () => {
    const e = await refusal(safeFetch(`${srv.url}/loop`, { allow: ALLOW, maxRedirects: 5 }));
    expect(e.code).toBe('fetch_refused');
    expect(e.message).toMatch(/too many redirects/);
    expect(srv.hits.get('/loop')).toBe(6);
  });

  it('refuses a content type that is not a document', async () => {
    const e = await refusal(safeFetch(`${srv.url}/image.png`, { allow: ALLOW }));
    expect(e.code).toBe('fetch_refused');
    expect(e.message).toMatch(/content type image\/png not accepted/);
  });

  it('reports HTTP errors as fetch_failed', async () => {
    const e = await refusal(safeFetch(`${srv.url}/missing`, { allow: ALLOW }));
    expect(e.code).toBe('fetch_failed');
    expect(e.message).toMatch(/HTTP 404/);
  });

  it('stops at maxBytes whether or not the length is declared', async () => {
    for (const path of ['/big-declared', '/big-chunked']) {
      const e = await refusal(safeFetch(`${srv.url}${path}`, { allow: ALLOW, maxBytes: 4096 }));
      expect(e.code).toBe('payload_too_large');
    }
  });

  it('gives up on a slow response after the total timeout', async () => {
    const t0 = Date.now();
    const e = await refusal(safeFetch(`${srv.url}/slow`, { allow: ALLOW, timeoutMs: 300 }));
    expect(e.code).toBe('fetch_failed');
    expect(e.message).toMatch(/timed out/);
    expect(Date.now() - t0).toBeLessThan(4000);
  });
});

describe('safeFetch — hostile targets are refused before any connection', () => {
  it.each(HOSTILE_ADDRESSES)('refuses http://%s', async (host, reason) => {
    const before = srv.totalHits();
    const e = await refusal(safeFetch(`http://${host}:${port}/secret`, { timeoutMs: 2000 }));
    expect(e.code).toBe('fetch_refused');
    expect(e.message).toMatch(reason);
    expect(srv.totalHits()).toBe(before);
  });

  it.each([
    'file:///etc/passwd',
    'ftp://ftp.example.com/notice.txt',
    'gopher://example.com/',
    'data:text/html,<p>x</p>',
    'javascript:alert(1)',
    'http://user:pw@example.com/',
    'http://localhost:PORT/secret',
    'http://metadata.google.internal/computeMetadata/v1/',
    'not a url',
  ])('refuses %s', async (url) => {
    const before = srv.totalHits();
    const e = await refusal(safeFetch(url.replace('PORT', String(port)), { timeoutMs: 2000 }));
    expect(e.code).toBe('fetch_refused');
    expect(srv.totalHits()).toBe(before);
  });

  it('refuses 127.0.0.2 although 127.0.0.1 is allowed, also as a redirect target', async () => {
    srv.route('/to-127-2', redirect(`http://127.0.0.2:${port}/secret`));
    srv.route('/to-mapped', redirect(`http://[::ffff:127.0.0.1]:${port}/secret`));
    srv.route('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/'));
    const e1 = await refusal(safeFetch(`http://127.0.0.2:${port}/secret`, { allow: ALLOW }));
    expect(e1.message).toMatch(/loopback address 127\.0\.0\.2/);
    for (const path of ['/to-127-2', '/to-mapped', '/to-file', '/to-metadata']) {
      const e = await refusal(safeFetch(`${srv.url}${path}`, { allow: ALLOW }));
      expect(e.code).toBe('fetch_refused');
      expect(srv.hits.get(path)).toBe(1);
    }
    expect(srv.hits.get('/secret') ?? 0).toBe(0);
  });
});

describe('safeFetch — configuration', () => {
  it('reports a malformed allow-list as a configuration error', async () => {
    const e = await refusal(safeFetch(`${srv.url}/notice.html`, { allow: ['not-an-address'] }));
    expect(e.code).toBe('validation_failed');
    expect(e.message).toMatch(/LEAKWATCH_FETCH_ALLOW/);
  });
});

describe('safeFetch — DNS', () => {
  it('checks every answer: one private answer among public ones refuses the host', async () => {
    const resolve = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
    const e = await refusal(safeFetch('http://mixed.example.test/', { resolve }));
    expect(e.code).toBe('fetch_refused');
    expect(e.message).toBe('mixed.example.test resolves to private address 10.0.0.7');
  });

  it.each([
    ['127.0.0.1', /loopback/],
    ['::1', /loopback/],
    ['169.254.169.254', /link-local/],
    ['fd00:ec2::254', /unique-local/],
    ['::ffff:192.168.0.1', /embeds private/],
  ])('refuses a name that resolves to %s', async (address, reason) => {
    const before = srv.totalHits();
    const resolve = async () => [{ address, family: address.includes(':') ? 6 : 4 }];
    const e = await refusal(safeFetch(`http://evil.example.test:${port}/secret`, { resolve }));
    expect(e.message).toMatch(reason);
    expect(srv.totalHits()).toBe(before);
  });

  it('pins the connection to the vetted address (the name does not exist in real DNS)', async () => {
    let calls = 0;
    const resolve = async () => {
      calls++;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const r = await safeFetch(`http://pinned.example.test:${port}/notice.html`, { allow: ALLOW, resolve });
    expect(r.status).toBe(200);
    expect(calls).toBe(1);
  });

  it('re-resolves after a redirect and refuses when the answer changes to a private address', async () => {
    let calls = 0;
    const resolve = async () => {
      calls++;
      return [{ address: calls === 1 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    };
    const e = await refusal(safeFetch(`http://rebind.example.test:${port}/hop`, { allow: ALLOW, resolve }));
    expect(e.code).toBe('fetch_refused');
    expect(e.message).toMatch(/rebind\.example\.test resolves to loopback address 127\.0\.0\.2/);
    expect(srv.hits.get('/secret-next') ?? 0).toBe(0);
  });

  it('reports a name that does not resolve as fetch_failed', async () => {
    const resolve = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    const e = await refusal(safeFetch('http://nowhere.example.test/', { resolve }));
    expect(e.code).toBe('fetch_failed');
  });
});
