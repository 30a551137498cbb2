import { type ChildProcess, spawn } from 'node:child_process';
import cluster from 'node:cluster';
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import { announceReady, runPrimary } from '../src/cluster.js';
import { loadConfig } from '../src/config.js';
import { hashEmail } from '../src/exposed-emails/normalize.js';
import { startServer } from '../src/server.js';
import { openDatabase } from '../src/store/db.js';
import { importRecords } from '../src/store/import.js';
import { V8_FLAGS } from '../src/v8-flags.js';
import { profileArgs } from './spawn-server.js';

/**
 * Range benchmark (part "range"): k-anonymity lookups against 10 million stored hashes.
 *   1. Builds a temporary SQLite store: migrations, a few fictional incidents with a list each, then
 *      BENCH_RANGE_SIZE (default 10,000,000) random hashes written straight through better-sqlite3
 *      (prepared statement, one transaction per 100k rows). Rows are generated in primary-key order
 *      (prefix by prefix, random suffixes sorted within a prefix, a Poisson-like count per prefix),
 *      so every insert appends to the b-tree: the data are as random as real hashes, the writes are not.
 *   2. Starts the real server on that store in a child process (this file, LW_RANGE_BENCH_CHILD set),
 *      so that autocannon does not share its event loop.
 *   3. Checks one known address is found, then runs autocannon on loopback against random prefixes.
 * Goal: range_lookups_per_s ≥ 10,000. range_server_cpu_us_per_lookup is the server's CPU time per
 * lookup (from /proc), a figure a busy shared machine disturbs less than requests/s.
 * The server runs as one process (or LEAKWATCH_WORKERS), then as one process per core (src/cluster.ts).
 * BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 32); BENCH_PROFILE_DIR writes the server's
 * CPU profile there.
 */

const SELF = fileURLToPath(import.meta.url);
const ROWS_PER_TX = 100_000;
const POOL_BYTES = 3_000_000;
const PREFIXES = 1 << 20;
const KNOWN = 'bench.known@example.com';

/** A standard normal deviate (Box–Muller): per-prefix counts vary like real hash ranges do. */
function gaussian(): number {
  return Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
}

export async function buildStore(dir: string, size: number): Promise<{ lists: number[]; seconds: number }> {
  const db = await openDatabase({ dataDir: dir, migrate: true });
  const records = Array.from({ length: 8 }, (_, i) => ({
    key: `bench:range-${i}`,
    source: 'bench',
    lang: 'en' as const,
    title: `Example Bench Shop ${i} customer database`,
    organization: { name: `Example Bench Shop ${i} Ltd`, aliases: [], domains: [] },
    services: [],
    published: `2025-0${1 + (i % 9)}-01`,
    data_classes: ['Email addresses' as const],
    causes: [],
    measures: [],
  }));
  const r = await importRecords(db, records);
  if (r.failed > 0) throw new Error(`bench fixture import failed: ${r.errors[0]?.message}`);
  const ids = await db.kysely.selectFrom('incidents').select('id').where('source', '=', 'bench').execute();
  const ts = new Date().toISOString();
  for (const { id } of ids) {
    await db.kysely
      .insertInto('account_lists')
      .values({ incident_id: id, hash_count: 0, created_at: ts, updated_at: ts })
      .execute();
  }
  const lists = (await db.kysely.selectFrom('account_lists').select('id').execute()).map((l) => Number(l.id));
  await db.close();

  const started = performance.now();
  const raw = new SQLite(join(dir, 'leakwatch.db'));
  raw.pragma('journal_mode = WAL');
  // Generation only: the data are consistent by construction, and a crash just means a re-run.
  raw.pragma('synchronous = OFF');
  raw.pragma('foreign_keys = OFF');
  raw.pragma('cache_size = -262144');
  const insert = raw.prepare('INSERT INTO account_hashes (prefix, suffix, list_id) VALUES (?, ?, ?)');
  const counts = new Map<number, number>();
  const lambda = size / PREFIXES;
  let remaining = size;
  let pending: [number, string, number][] = [];
  // Randomness in large slices: one randomBytes call per ~100k suffixes, not one per prefix.
  let pool = '';
  let poolAt = 0;
  const flush = raw.transaction((rows: [number, string, number][]) => {
    for (const row of rows) insert.run(row[0], row[1], row[2]);
  });
  for (let p = 0; p < PREFIXES && remaining > 0; p++) {
    const left = PREFIXES - p;
    let k = p === PREFIXES - 1 ? remaining : Math.round(lambda + Math.sqrt(lambda) * gaussian());
    k = Math.max(0, Math.min(remaining, k));
    if (left > 1 && remaining / left > lambda * 1.05) k = Math.min(remaining, k + 1);
    remaining -= k;
    const suffixes: string[] = [];
    for (let i = 0; i < k; i++) {
      if (poolAt + 60 > pool.length) {
        pool = randomBytes(POOL_BYTES).toString('hex');
        poolAt = 0;
      }
      suffixes.push(pool.slice(poolAt, poolAt + 59));
      poolAt += 60;
    }
    suffixes.sort();
    for (const s of suffixes) {
      const list = lists[(Math.random() * lists.length) | 0]!;
      counts.set(list, (counts.get(list) ?? 0) + 1);
      pending.push([p, s, list]);
    }
    if (pending.length >= ROWS_PER_TX) {
      flush(pending);
      pending = [];
    }
  }
  flush(pending);
  // One known address, so the run can prove a real lookup finds it.
  const known = hashEmail(KNOWN);
  insert.run(Number.parseInt(known.slice(0, 5), 16), known.slice(5), lists[0]!);
  counts.set(lists[0]!, (counts.get(lists[0]!) ?? 0) + 1);
  const update = raw.prepare('UPDATE account_lists SET hash_count = ? WHERE id = ?');
  for (const [list, n] of counts) update.run(n, list);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  return { lists, seconds: (performance.now() - started) / 1000 };
}

interface Child {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function spawnChild(dir: string, workers: number): Promise<Child> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...V8_FLAGS, ...profileArgs(), '--import', 'tsx', SELF],
    {
      env: { ...process.env, LW_RANGE_BENCH_CHILD: dir, LEAKWATCH_WORKERS: String(workers) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('range server did not start in time')), 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{"ready"')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`range server exited with code ${code}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * CPU seconds (user + system) a process and its child processes (the workers of a multi-process
 * server) have used so far, from /proc (Linux); null elsewhere.
 */
async function cpuSeconds(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5) (utime, stime), counted after the command name; clock ticks of 1/100 s.
    let total = (Number(fields[11]) + Number(fields[12])) / 100;
    const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
    for (const child of children.split(' ').filter(Boolean)) total += (await cpuSeconds(Number(child))) ?? 0;
    return total;
  } catch {
    return null;
  }
}

/** Child mode: the real server over the generated store. */
async function serveChild(dir: string): Promise<void> {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LEAKWATCH_DATA_DIR: dir,
    LEAKWATCH_SEED: 'never',
    LEAKWATCH_PUBLIC_URL: 'http://127.0.0.1',
    LEAKWATCH_SECRET: process.env.LEAKWATCH_SECRET ?? 'bench-only-secret-0123456789',
    // One client hammering the API: the per-client budget would answer 429.
    LEAKWATCH_API_RATE_PER_MIN: '1000000000',
  });
  if (config.workers > 1 && cluster.isPrimary) {
    // Several server processes (LEAKWATCH_WORKERS): the workers run this same file.
    const { url } = await runPrimary(config);
    process.stdout.write(`${JSON.stringify({ ready: true, url })}\n`);
    return;
  }
  const running = await startServer(config);
  const stop = () => void running.close().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', () => (cluster.isWorker ? undefined : stop()));
  if (cluster.isWorker) announceReady(running.url);
  else process.stdout.write(`${JSON.stringify({ ready: true, url: running.url })}\n`);
}

/** One measured configuration: the server as `workers` processes over the built store. */
async function measure(
  dir: string,
  workers: number,
  duration: number,
  connections: number,
): Promise<Record<string, number>> {
  const server = await spawnChild(dir, workers);
  try {
    const known = hashEmail(KNOWN);
    const body = await (await fetch(`${server.url}/api/v1/range/${known.slice(0, 5)}`)).text();
    if (!body.split('\n').some((l) => l.startsWith(`${known.slice(5)}:`))) {
      throw new Error('the known address was not found in its range: the lookup is wrong');
    }
    const lines = body.trimEnd().split('\n').length;
    // Warm-up, then the measured run, each request a fresh random prefix.
    const randomPath = () => `/api/v1/range/${randomInt(PREFIXES).toString(16).padStart(5, '0')}`;
    const opts = (d: number) => ({
      url: server.url,
      connections,
      duration: d,
      timeout: 10,
      requests: [{ setupRequest: (req: object) => ({ ...req, path: randomPath() }) }],
    });
    await autocannon(opts(2));
    const cpu0 = await cpuSeconds(server.pid);
    const client0 = process.cpuUsage();
    const r = await autocannon(opts(duration));
    const client = process.cpuUsage(client0);
    const cpu1 = await cpuSeconds(server.pid);
    // The server's own CPU per lookup (all its processes): on a shared machine requests/s measures
    // the neighbours too; this says what free cores would do (1e6 / µs per lookup).
    const cpuUs =
      cpu0 !== null && cpu1 !== null && r.requests.total ? ((cpu1 - cpu0) * 1e6) / r.requests.total : 0;
    // Baseline on the same server: an /api/v1 path that does not exist, a 404 through Hono and the
    // whole middleware chain (request id, CSP, rate limit, CORS) that range answers skip.
    const b0 = await cpuSeconds(server.pid);
    const base = await autocannon({
      url: server.url,
      connections,
      duration: Math.max(3, Math.round(duration / 2)),
      timeout: 10,
      requests: [{ path: '/api/v1/no-such-route' }],
    });
    const b1 = await cpuSeconds(server.pid);
    const baseUs =
      b0 !== null && b1 !== null && base.requests.total ? ((b1 - b0) * 1e6) / base.requests.total : 0;
    console.error(
      `range: ${workers} server process${workers > 1 ? 'es' : ''}: ${Math.round(r.requests.average)} lookups/s, p99 ${r.latency.p99} ms, ${Math.round(cpuUs)} µs server CPU a lookup`,
    );
    return {
      range_lookups_per_s: Math.round(r.requests.average),
      range_p50_ms: r.latency.p50,
      range_p99_ms: r.latency.p99,
      range_answer_lines: lines,
      range_failures: r.errors + r.timeouts + r.non2xx,
      range_server_cpu_us_per_lookup: Math.round(cpuUs),
      range_lookups_per_cpu_s: cpuUs > 0 ? Math.round(1e6 / cpuUs) : 0,
      // The load generator's CPU per lookup (this process): when it nears the server's, the figure
      // above is the client's limit as much as the server's.
      range_client_cpu_us_per_lookup: r.requests.total
        ? Math.round((client.user + client.system) / r.requests.total)
        : 0,
      range_baseline_404_per_s: Math.round(base.requests.average),
      range_baseline_cpu_us_per_request: Math.round(baseUs),
    };
  } finally {
    await server.stop();
  }
}

/**
 * Runs the benchmark and returns its figures: the server as `npm start` runs it (one process, or
 * LEAKWATCH_WORKERS if set), and, when that is one process on a machine with more than one core,
 * also as one process per core (LEAKWATCH_WORKERS=auto: range_multi_process_*).
 */
export async function run(): Promise<Record<string, number>> {
  const size = Number(process.env.BENCH_RANGE_SIZE ?? 10_000_000);
  const duration = Number(process.env.BENCH_DURATION ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
  const workers = loadConfig(process.env).workers;
  const perCore = loadConfig({ LEAKWATCH_WORKERS: 'auto' }).workers;
  const dir = await mkdtemp(join(tmpdir(), 'leakwatch-range-'));
  try {
    console.error(`range: generating ${size.toLocaleString('en-US')} hashes…`);
    const built = await buildStore(dir, size);
    const dbBytes = (await stat(join(dir, 'leakwatch.db'))).size;
    console.error(
      `range: ${built.seconds.toFixed(1)} s, ${(dbBytes / 2 ** 20).toFixed(0)} MB; starting server…`,
    );
    const main = await measure(dir, workers, duration, connections);
    const multi: Record<string, number> = {};
    if (workers === 1 && perCore > 1) {
      const m = await measure(dir, perCore, duration, connections);
      multi.range_multi_process_count = perCore;
      multi.range_multi_process_lookups_per_s = m.range_lookups_per_s!;
      multi.range_multi_process_p99_ms = m.range_p99_ms!;
      multi.range_multi_process_cpu_us_per_lookup = m.range_server_cpu_us_per_lookup!;
    }
    return {
      ...main,
      range_server_processes: workers,
      ...multi,
      range_hashes: size + 1,
      range_generate_s: Math.round(built.seconds * 10) / 10,
      range_db_mb: Math.round(dbBytes / 2 ** 20),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const childDir = process.env.LW_RANGE_BENCH_CHILD;
if (childDir) {
  serveChild(childDir).catch((err: unknown) => {
    process.stderr.write(`range server: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
}
