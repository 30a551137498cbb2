import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { startServer } from './server.js';

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
});
