import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { hashEmail } from './exposed-emails/normalize.js';
import { importAccountHashes } from './exposed-emails/store.js';
import { bodyOf, rawRequest } from './http/testing-raw-request.js';
import { startServer } from './server.js';
import { openDatabase } from './store/db.js';
import { seedWebFixture } from './web/testing.js';

describe('startServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lw-server-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the site on a random port from a SQLite file in the data dir, then closes cleanly', async () => {
    const running = await startServer(serverConfig(dir));
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${running.url}/`, {
        headers: { accept: 'text/html', 'accept-language': 'en' },
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<html lang="en">');
      const css = await fetch(`${running.url}/static/site.css`);
      expect(css.headers.get('content-type')).toContain('text/css');
    } finally {
      await running.close();
    }
    await expect(fetch(`${running.url}/`)).rejects.toThrow();
  });

  it('rejects with the error when the port is taken', async () => {
    const first = await startServer(serverConfig(dir));
    try {
      const port = new URL(first.url).port;
      await expect(startServer(serverConfig(dir, { PORT: port }))).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });

  it('answers the range API from Node ahead of Hono, as the full chain would', async () => {
    const rangeDir = mkdtempSync(join(dir, 'range-'));
    const db = await openDatabase({ dataDir: rangeDir });
    const fx = await seedWebFixture(db);
    await importAccountHashes(db, fx.sampleIncidentId, ['hanako.range@example.jp']);
    await db.close();
    const running = await startServer(
      serverConfig(rangeDir, { LEAKWATCH_PUBLIC_URL: 'https://leakwatch.example' }),
    );
    try {
      const h = hashEmail('hanako.range@example.jp');
      const url = `${running.url}/api/v1/range/${h.slice(0, 5)}`;
      // A cookie sends the request the full way (Hono and every middleware); without one, the lane answers.
      const full = await fetch(url, { headers: { cookie: 'lang=en' } });
      const lean = await fetch(url);
      const fixed = (res: Response) => {
        const out: Record<string, string> = {};
        res.headers.forEach((value, name) => {
          if (!PER_ANSWER.has(name)) out[name] = value;
        });
        return out;
      };
      expect(lean.status).toBe(200);
      expect(fixed(lean)).toEqual(fixed(full));
      const body = await lean.text();
      expect(Number(lean.headers.get('content-length'))).toBe(body.length);
      expect(body.split('\n')).toContain(`${h.slice(5)}:${fx.sampleIncidentId}`);
      expect(body.trimEnd().split('\n')).toHaveLength((await full.text()).trimEnd().split('\n').length);
      // What the lane does not take still gets the route's answer: a bad prefix is 400.
      expect((await fetch(`${running.url}/api/v1/range/xyz12`)).status).toBe(400);
      // The API's answer cache: the first answer comes from the chain, the second is replayed by
      // the lane from Node's request, with the same body and the same fixed headers.
      const search = `${running.url}/api/v1/search?q=${encodeURIComponent('サンプル')}`;
      const first = await fetch(search);
      const replayed = await fetch(search);
      expect(replayed.status).toBe(200);
      expect(fixed(replayed)).toEqual(fixed(first));
      expect(await replayed.text()).toBe(await first.text());
      expect(replayed.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    } finally {
      await running.close();
    }
  });
});

describe('requests Node cannot parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lw-server-raw-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('get the one JSON error shape, in both languages, and nothing of the request echoed', async () => {
    const running = await startServer(serverConfig(dir));
    try {
      const bad = await rawRequest(running.url, 'GET /検索?q=\u0001 HTTP/1.1\r\nHost: x\r\n\r\n');
      expect(bad).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(bad).toContain('Content-Type: application/json');
      const body = JSON.parse(bodyOf(bad));
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toMatch(/リクエストを読み取れません \/ Cannot read the request/);
      const huge = await rawRequest(
        running.url,
        `GET / HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(40_000)}\r\n\r\n`,
      );
      expect(huge).toMatch(/^HTTP\/1\.1 431 /);
      expect(huge).toContain('"code":"headers_too_large"');
      // The server still answers well-formed requests.
      expect((await fetch(`${running.url}/api/v1/data-classes`)).status).toBe(200);
    } finally {
      await running.close();
    }
  });
});

/** A server on a free loopback port over the SQLite store in `dataDir`, with no starter dataset. */
function serverConfig(dataDir: string, env: Record<string, string> = {}) {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LEAKWATCH_DATA_DIR: dataDir,
    LEAKWATCH_SEED: 'never',
    ...env,
  });
}

/** Headers that differ from one answer to the next by design. */
const PER_ANSWER = new Set(['x-request-id', 'ratelimit-remaining', 'date', 'content-length']);
