/**
 * Crash test: ingest N fictional notices in a child process, kill it with SIGKILL at random points,
 * resume, and check that the database is sound and holds every notice exactly once.
 *
 * Usage: npx tsx test/faults/crash-ingest.ts --notices 10000 [--kills 5] [--seed 42]
 * The unit suite runs the same function with 1,000 notices and 3 kills (crash-ingest.test.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { contentHash } from '../../src/ingest/notice-prep.js';
import { normalizeText } from '../../src/text/normalize.js';
import { writeFictionalNotices } from './notices.js';

export interface CrashReport {
  notices: number;
  kills: number;
  /** Files the child had reported done at each kill. */
  killedAt: number[];
  runs: number;
  seconds: number;
  integrity: string;
  foreignKeyErrors: number;
  stored: number;
  distinctHashes: number;
  missing: number;
  incidents: number;
  /** incident_notices rows, and notices linked to no incident (should be 0). */
  links: number;
  orphanNotices: number;
  /** Incidents whose notice_count differs from their incident_notices rows (should be 0). */
  countMismatches: number;
}

const WORKER = fileURLToPath(new URL('./ingest-worker.ts', import.meta.url));

/** Small deterministic PRNG (mulberry32) so a failing run can be repeated with --seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the worker; kills it with SIGKILL once it reports `killAfter` files (null: let it finish). */
function runWorker(
  dataDir: string,
  noticesDir: string,
  killAfter: number | null,
): Promise<{ progress: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', WORKER, dataDir, noticesDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LEAKWATCH_LOG_LEVEL: 'silent' },
    });
    let progress = 0;
    let killed = false;
    let stderr = '';
    let buf = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buf += chunk;
      let i = buf.indexOf('\n');
      while (i >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        const m = /^progress (\d+)/.exec(line);
        if (m) progress = Number(m[1]);
        if (killAfter !== null && !killed && progress >= killAfter) {
          killed = true;
          child.kill('SIGKILL');
        }
        i = buf.indexOf('\n');
      }
    });
    child.stderr!.on('data', (d) => {
      stderr += String(d);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (killed && signal === 'SIGKILL') return resolve({ progress, killed: true });
      if (code === 0) return resolve({ progress, killed: false });
      reject(new Error(`worker exited ${code ?? signal}: ${stderr.slice(-2000)}`));
    });
  });
}

/**
 * Generates the notices, runs the worker with `kills` SIGKILLs at random progress points, resumes
 * it to completion, and checks the result.
 */
export async function runCrashIngest(opts: {
  notices: number;
  kills: number;
  seed?: number;
  keep?: boolean;
}): Promise<CrashReport> {
  const root = mkdtempSync(join(tmpdir(), 'lw-crash-'));
  const noticesDir = join(root, 'notices');
  const dataDir = join(root, 'data');
  const started = Date.now();
  try {
    writeFictionalNotices(noticesDir, opts.notices);
    const random = rng(opts.seed ?? 42);
    const killedAt: number[] = [];
    let runs = 0;
    // Kill points spread over the run: each somewhere in the next slice of the notices. Progress
    // restarts at 0 on every run (already stored notices come back 'unchanged', quickly).
    for (let k = 0; k < opts.kills; k++) {
      const lo = Math.floor((opts.notices * k) / opts.kills);
      const hi = Math.floor((opts.notices * (k + 1)) / opts.kills);
      const at = Math.max(10, lo + Math.floor(random() * Math.max(1, hi - lo - 10)));
      runs++;
      const r = await runWorker(dataDir, noticesDir, at);
      killedAt.push(r.progress);
    }
    runs++;
    await runWorker(dataDir, noticesDir, null);
    return {
      ...check(dataDir, noticesDir, opts.notices),
      kills: opts.kills,
      killedAt,
      runs,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    if (!opts.keep) rmSync(root, { recursive: true, force: true });
  }
}

function check(dataDir: string, noticesDir: string, n: number) {
  const db = new SQLite(join(dataDir, 'leakwatch.db'), { readonly: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const foreignKeyErrors = (db.pragma('foreign_key_check') as unknown[]).length;
    const one = (q: string) => Number((db.prepare(q).get() as { n: number }).n);
    const hashes = new Set(
      (db.prepare('SELECT content_hash FROM notices').all() as { content_hash: string }[]).map(
        (r) => r.content_hash,
      ),
    );
    let missing = 0;
    for (const f of readdirSync(noticesDir)) {
      if (!hashes.has(contentHash(normalizeText(readFileSync(join(noticesDir, f), 'utf8'))))) missing++;
    }
    return {
      notices: n,
      integrity,
      foreignKeyErrors,
      stored: one('SELECT count(*) AS n FROM notices'),
      distinctHashes: one('SELECT count(DISTINCT content_hash) AS n FROM notices'),
      missing,
      incidents: one('SELECT count(*) AS n FROM incidents'),
      links: one('SELECT count(*) AS n FROM incident_notices'),
      orphanNotices: one(
        'SELECT count(*) AS n FROM notices WHERE id NOT IN (SELECT notice_id FROM incident_notices)',
      ),
      countMismatches: one(`SELECT count(*) AS n FROM incidents i
        WHERE i.notice_count <> (SELECT count(*) FROM incident_notices x WHERE x.incident_id = i.id)`),
    };
  } finally {
    db.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string, dflt: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const report = await runCrashIngest({
    notices: arg('notices', 10_000),
    kills: arg('kills', 5),
    seed: arg('seed', 42),
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  const ok =
    report.integrity === 'ok' &&
    report.foreignKeyErrors === 0 &&
    report.stored === report.notices &&
    report.distinctHashes === report.notices &&
    report.missing === 0 &&
    report.orphanNotices === 0 &&
    report.countMismatches === 0;
  process.stdout.write(ok ? 'OK: consistent, every notice exactly once\n' : 'FAILED\n');
  process.exitCode = ok ? 0 : 1;
}
