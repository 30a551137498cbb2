import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashEmail } from './accounts/normalize.js';
import { importAccountHashes } from './accounts/store.js';
import { loadConfig } from './config.js';
import { startServer } from './server.js';
import { openDatabase } from './store/db.js';
import { seedWebFixture } from './web/testing.js';

describe('startServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lw-server-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the site on a random port from a SQLite file in the data dir, then closes cleanly', async () => {
    const running = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', LEAKWATCH_DATA_DIR: dir, LEAKWATCH_SEED: 'never' }),
    );
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

  it('answers the range API from Node ahead of Hono, as the full chain would', async () => {
    const rangeDir = mkdtempSync(join(dir, 'range-'));
    const db = await openDatabase({ dataDir: rangeDir });
    const fx = await seedWebFixture(db);
    await importAccountHashes(db, fx.sampleIncidentId, ['hanako.range@example.jp']);
    await db.close();
    const running = await startServer(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        LEAKWATCH_DATA_DIR: rangeDir,
        LEAKWATCH_SEED: 'never',
        LEAKWATCH_PUBLIC_URL: 'https://leakwatch.example',
      }),
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

/** Headers that differ from one answer to the next by design. */
const PER_ANSWER = new Set(['x-request-id', 'ratelimit-remaining', 'date', 'content-length']);
