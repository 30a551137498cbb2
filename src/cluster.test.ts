import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get, request } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createUser } from './auth/users.js';
import { deliversAlerts } from './cluster.js';
import { loadConfig } from './config.js';
import { openDatabase } from './store/db.js';

const SERVER = fileURLToPath(new URL('./server.ts', import.meta.url));

/** One login attempt, each of its two requests on a fresh connection (so on either process). */
async function tryLogin(url: string, password: string): Promise<number> {
  const page = await new Promise<{ html: string; cookie: string }>((resolve, reject) => {
    get(`${url}/login`, { agent: false, headers: { accept: 'text/html' } }, (res) => {
      let html = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        html += d;
      });
      res.on('end', () =>
        resolve({ html, cookie: String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]! }),
      );
    }).on('error', reject);
  });
  const csrf = /name="csrf" value="([^"]*)"/.exec(page.html)?.[1] ?? '';
  const body = new URLSearchParams({ username: 'cluster-editor', password, csrf, next: '/admin' }).toString();
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/login`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          origin: 'http://127.0.0.1',
          cookie: page.cookie,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** One GET on a fresh connection (so the primary hands each to the next worker). */
function getOnce(url: string): Promise<{ status: number; requestId: string }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, requestId: String(res.headers['x-request-id'] ?? '') }),
      );
    }).on('error', reject);
  });
}

describe('LEAKWATCH_WORKERS', () => {
  it('is 1 by default, a number, or one per core with auto; anything else is refused by name', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ LEAKWATCH_WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ LEAKWATCH_WORKERS: 'auto' }).workers).toBe(availableParallelism());
    for (const bad of ['0', 'many', '1.5', '1000']) {
      expect(() => loadConfig({ LEAKWATCH_WORKERS: bad }), bad).toThrow(/LEAKWATCH_WORKERS/);
    }
  });

  it('lets a lone server deliver alerts (this test process is no cluster worker)', () => {
    expect(deliversAlerts({ databaseUrl: undefined, workerId: undefined })).toBe(true);
  });
});

describe('several server processes (LEAKWATCH_WORKERS)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lw-cluster-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves one port from two processes that share the API budget and login lock-outs, and stops cleanly', async () => {
    const db = await openDatabase({ dataDir: dir });
    await createUser(db, { name: 'cluster-editor', role: 'editor', password: 'quartz lantern hums softly' });
    await db.close();
    child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LEAKWATCH_DATA_DIR: dir,
        LEAKWATCH_SEED: 'never',
        LEAKWATCH_WORKERS: '2',
        LEAKWATCH_API_RATE_PER_MIN: '6',
        LEAKWATCH_LOG_LEVEL: 'info',
        LEAKWATCH_PUBLIC_URL: 'http://127.0.0.1',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the cluster did not start in 60 s')), 60_000);
      createInterface({ input: child!.stderr! }).on('line', (line) => {
        const m = /"url":"([^"]+)","db":"sqlite","workers":2/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child!.once('exit', (code) => reject(new Error(`the server exited with code ${code}`)));
    });

    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await getOnce(`${url}/api/v1/range/00000`));
    // Six requests fit the budget, wherever they were answered; the rest are refused.
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    // Request ids start with a per-process prefix: both processes answered.
    expect(new Set(answers.map((a) => a.requestId.split('-')[0])).size).toBe(2);

    // Five failed logins spread over both processes lock the account everywhere.
    const logins: number[] = [];
    for (let i = 0; i < 5; i++) logins.push(await tryLogin(url, `wrong guess number ${i}`));
    expect(logins).toEqual([401, 401, 401, 401, 429]);
    expect(await tryLogin(url, 'quartz lantern hums softly')).toBe(429);
    expect(await tryLogin(url, 'quartz lantern hums softly')).toBe(429);

    const code = await new Promise<number | null>((resolve) => {
      child!.once('exit', (c) => resolve(c));
      child!.kill('SIGTERM');
    });
    expect(code).toBe(0);
    await expect(getOnce(`${url}/api/v1/range/00000`)).rejects.toThrow();
  }, 90_000);
});
