import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/server.js';

/**
 * Child process for bench/web.ts and bench/soak.ts: the real leakwatch server on a temporary SQLite
 * database loaded with the starter dataset, plus a bare Hono route on @hono/node-server (the
 * framework's own ceiling) on a second loopback port. Prints one JSON line
 * `{"ready":true,"url":…,"bareUrl":…}` and serves until SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'leakwatch-bench-'));
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LEAKWATCH_DATA_DIR: dataDir,
    LEAKWATCH_SEED: 'auto',
    LEAKWATCH_PUBLIC_URL: 'http://127.0.0.1',
    LEAKWATCH_SECRET: process.env.LEAKWATCH_SECRET ?? 'bench-only-secret-0123456789',
    // The benchmark is one client hammering the API; the per-client limit would answer 429.
    LEAKWATCH_API_RATE_PER_MIN: '1000000000',
    LEAKWATCH_LOG_LEVEL: process.env.LEAKWATCH_LOG_LEVEL ?? 'warn',
  });
  const running = await startServer(config);

  const bare = new Hono();
  bare.get('/bare', (c) => c.json({ ok: true, name: 'leakwatch', n: 1 }));
  const bareServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const barePort = (bareServer.address() as AddressInfo).port;

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    bareServer.close();
    await running.close().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdout.write(
    `${JSON.stringify({ ready: true, url: running.url, bareUrl: `http://127.0.0.1:${barePort}` })}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`server-child: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
