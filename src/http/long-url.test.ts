import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { type RunningServer, startServer } from '../server.js';
import { readPacket } from './malformed-request.js';
import { MAX_URL_CHARS } from './middleware.js';
import { bodyOf, rawRequest } from './testing-raw-request.js';

describe('a very long URL gets 414 in the error shape, or a page for a browser (not a bare 431)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lw-long-url-'));
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', LEAKWATCH_DATA_DIR: dir, LEAKWATCH_SEED: 'never' }),
    );
  });
  afterAll(async () => {
    await running?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('past Node’s header limit: a browser gets a page in both languages, a client JSON', async () => {
    const q = 'a'.repeat(20_000);
    const page = await rawRequest(
      running.url,
      `GET /search?q=${q} HTTP/1.1\r\nHost: x\r\nAccept: text/html,application/xhtml+xml\r\n\r\n`,
    );
    expect(page).toMatch(/^HTTP\/1\.1 414 URI Too Long\r\n/);
    expect(page).toContain('Content-Type: text/html; charset=UTF-8');
    expect(bodyOf(page)).toContain('アドレス (URL) が長すぎます');
    expect(bodyOf(page)).toContain('The address (URL) is too long');
    expect(bodyOf(page)).not.toContain(q.slice(0, 100));

    const api = await rawRequest(running.url, `GET /api/v1/search?q=${q} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(api).toMatch(/^HTTP\/1\.1 414 /);
    expect(JSON.parse(bodyOf(api)).error.code).toBe('uri_too_long');
    // Large headers (not the URL) are still 431, in the JSON shape.
    const headers = await rawRequest(
      running.url,
      `GET / HTTP/1.1\r\nHost: x\r\nX-Filler: ${'b'.repeat(40_000)}\r\n\r\n`,
    );
    expect(headers).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(bodyOf(headers)).error.code).toBe('headers_too_large');
  });

  it(`under Node’s limit but over ${MAX_URL_CHARS} characters: the site's error page, or the JSON shape`, async () => {
    const q = 'い'.repeat(1500); // 13,500 characters once percent-encoded
    const page = await fetch(`${running.url}/search?q=${encodeURIComponent(q)}`, {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(414);
    const html = await page.text();
    expect(html).toContain('<title>アドレス (URL) が長すぎます | leakwatch</title>');
    expect(html).toContain('検索する言葉を短くするか');
    const en = await fetch(`${running.url}/search?lang=en&q=${encodeURIComponent(q)}`, {
      headers: { accept: 'text/html' },
    });
    expect(await en.text()).toContain('The address (URL) is too long');
    const api = await fetch(`${running.url}/api/v1/search?q=${encodeURIComponent(q)}`);
    expect([400, 414]).toContain(api.status);
    const json = (await api.json()) as { error: { code: string; message: string } };
    expect(['uri_too_long', 'validation_failed']).toContain(json.error.code);
    // And the server goes on answering.
    expect((await fetch(`${running.url}/api/v1/data-classes`)).status).toBe(200);
  });

  it('reads the request line and Accept from what the parser had read', () => {
    const long = Buffer.from(`GET /x?q=${'a'.repeat(MAX_URL_CHARS)} HTTP/1.1\r\nAccept: text/html\r\n`);
    expect(readPacket(long)).toEqual({ longUrl: true, html: true });
    expect(readPacket(Buffer.from('GET /api/v1/x HTTP/1.1\r\nAccept: text/html\r\n'))).toEqual({
      longUrl: false,
      html: false,
    });
    expect(readPacket(undefined)).toEqual({ longUrl: false, html: false });
  });
});
