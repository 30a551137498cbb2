import { spawnSync } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import inspector from 'node:inspector';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { ingestPaths } from '../src/ingest/run.js';
import { type Db, openDatabase } from '../src/store/db.js';
import { V8_FLAGS } from '../src/v8-flags.js';
import { writeRealisticSet } from './ingest-corpus.js';

/**
 * One `leakwatch ingest DIR` run of the ingest bench's realistic set into a fresh database, measured
 * in CPU time (issue 17; for A/B runs on a loaded machine): notices per CPU-second of the process and
 * of its main thread (/proc/thread-self/schedstat), statements per notice (better-sqlite3 statement
 * runs / pg queries; statements run by triggers not counted), and optionally a dump of every table
 * with ids and times made comparable (`--dump FILE`): notices by content hash, incidents by their
 * first notice's hash, organisations and services by name key, other ids and timestamps dropped.
 *
 *   npx tsx bench/ingest-cpu.ts --dir /tmp/set [--pg] [--dump out.jsonl] [--n 2000] [--batch 100]
 */
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const usePg = process.argv.includes('--pg');
const n = Number(arg('--n') ?? 2000);
const dir = arg('--dir') ?? join(tmpdir(), `leakwatch-ingest-set-${n}`);
const dumpFile = arg('--dump');
const pgUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** CPU ns of every thread of this process by thread name (/proc/self/task/N/{comm,schedstat}). */
function threadsNs(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const comm = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      const ns = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      out.set(`${comm}#${tid}`, ns);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
}

/**
 * threadsNs() every 50 ms, keeping each thread's last value: a thread that ends during the run (the
 * extraction worker, closed before the run returns) is then counted up to its last sample.
 */
function sampleThreads(): { stop(): Map<string, number> } {
  const seen = new Map<string, number>();
  const take = () => {
    for (const [k, ns] of threadsNs()) seen.set(k, ns);
  };
  take();
  const timer = setInterval(take, 50);
  return {
    stop() {
      clearInterval(timer);
      take();
      return seen;
    },
  };
}

/** CPU ms per notice by kind of thread, between two threadsNs() snapshots (ended threads are lost). */
function threadShares(a: Map<string, number>, b: Map<string, number>, k: number): Record<string, number> {
  const by: Record<string, number> = {};
  for (const [key, ns] of b) {
    const kind = process.env.BENCH_THREADS_BY_ID ? key : key.replace(/#\d+$/, '').replace(/\d+$/, '');
    by[kind] = (by[kind] ?? 0) + (ns - (a.get(key) ?? 0)) / 1e6 / k;
  }
  for (const kind of Object.keys(by)) by[kind] = Math.round(by[kind]! * 100) / 100;
  return by;
}

/**
 * This run's connections (node-postgres sends PGAPPNAME as their application_name): other
 * processes' backends in the same database (tests, other benchmarks) are not counted.
 */
const APP_NAME = `lw_ingest_cpu_${process.pid}`;
process.env.PGAPPNAME = APP_NAME;

/**
 * CPU ns of this run's backends (PostgreSQL on this machine: /proc/PID/stat of the pids
 * pg_stat_activity lists), by pid. Read at the start and the end of the ingest: the pool's
 * connections stay open meanwhile, so their difference is the server's work for this run.
 */
async function pgBackendsNs(db: Db): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const { rows } = await sql<{
    pid: number;
  }>`select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and application_name = ${APP_NAME}`.execute(
    db.kysely,
  );
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, (Number(f[11]) + Number(f[12])) * 1e7); // USER_HZ = 100
    } catch {
      // Not on this machine, or ended meanwhile.
    }
  }
  return out;
}

function mainThreadNs(): number {
  return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
}

let statements = 0;
let schedFd = -1;
const schedBuf = Buffer.alloc(128);
/** CPU time of the calling (main) thread, ns. */
function threadNs(): bigint {
  if (schedFd < 0) schedFd = openSync('/proc/thread-self/schedstat', 'r');
  const len = readSync(schedFd, schedBuf, 0, 128, 0);
  return BigInt(schedBuf.toString('latin1', 0, len).split(' ')[0]!);
}
/** STMT_PROFILE=1: time and count of each SQL text (SQLite), printed after the run. */
const bySql = process.env.STMT_PROFILE ? new Map<string, { n: number; ns: bigint }>() : null;
function countStatements(): void {
  const probe = new SQLite(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, unknown>;
  probe.close();
  for (const m of ['run', 'get', 'all', 'iterate']) {
    const orig = proto[m] as (...a: unknown[]) => unknown;
    proto[m] = function (this: { source: string }, ...a: unknown[]) {
      statements++;
      if (!bySql) return orig.apply(this, a);
      const t = threadNs();
      try {
        return orig.apply(this, a);
      } finally {
        const e = bySql.get(this.source) ?? { n: 0, ns: 0n };
        e.n++;
        e.ns += threadNs() - t;
        bySql.set(this.source, e);
      }
    };
  }
  const q = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  (pg.Client.prototype as { query: unknown }).query = function (this: unknown, ...a: unknown[]) {
    statements++;
    if (!bySql) return q.apply(this, a);
    // Round trips by SQL text, with the wall time until the answer (the server's and the network's
    // time, plus the client's own waits on a loaded machine: compare only within one run).
    let text = typeof a[0] === 'string' ? a[0] : String((a[0] as { text?: string })?.text ?? '?');
    // Deferred writes sent with a statement (src/store/pg-deferred.ts): by the last statement's name.
    if (text.startsWith('EXECUTE ')) {
      const parts = text.split(';\nEXECUTE ');
      // Each deferred write by its statement's name (what the server runs: parse, plan, execute).
      for (const part of parts.slice(0, -1)) {
        const name = `  deferred EXECUTE ${/lw_\w+/.exec(part)?.[0]}`;
        const d = bySql.get(name) ?? { n: 0, ns: 0n };
        d.n++;
        bySql.set(name, d);
      }
      text = `[${parts.length} in one message, last:] ${/\w+/.exec(parts.at(-1)!.replace(/^EXECUTE /, ''))?.[0]}`;
    }
    const e = bySql.get(text) ?? { n: 0, ns: 0n };
    e.n++;
    bySql.set(text, e);
    const t = process.hrtime.bigint();
    const r = q.apply(this, a);
    if (r && typeof (r as Promise<unknown>).then === 'function')
      (r as Promise<unknown>).then(
        () => {
          e.ns += process.hrtime.bigint() - t;
        },
        () => {},
      );
    return r;
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?/g;

async function dump(db: Db, out: string): Promise<void> {
  const q = async (text: string): Promise<Record<string, unknown>[]> =>
    (await sql.raw<Record<string, unknown>>(text).execute(db.kysely)).rows;
  const tables =
    db.dialect === 'postgres'
      ? (
          await q(
            `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
          )
        ).map((r) => String(r.name))
      : (
          await q(
            `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%fts%' and name not like '%_data' and name not like '%_idx' and name not like '%_docsize' and name not like '%_config' and name not like '%_content'`,
          )
        ).map((r) => String(r.name));
  const label = new Map<string, string>();
  for (const r of await q('select id, content_hash from notices'))
    label.set(String(r.id), `N:${String(r.content_hash).slice(0, 16)}`);
  for (const r of await q('select id, name_key from organizations'))
    label.set(String(r.id), `O:${r.name_key}`);
  for (const r of await q('select id, name_key from services')) label.set(String(r.id), `S:${r.name_key}`);
  const firsts = await q(
    'select i.incident_id as iid, n.content_hash as h from incident_notices i join notices n on n.id = i.notice_id',
  );
  const first = new Map<string, string>();
  for (const r of firsts) {
    const k = String(r.iid);
    const h = String(r.h);
    if (!first.has(k) || h < first.get(k)!) first.set(k, h);
  }
  for (const [k, h] of first) label.set(k, `I:${h.slice(0, 16)}`);
  const canon = (v: unknown): unknown => {
    if (typeof v === 'number' || typeof v === 'bigint') return Number(v);
    if (typeof v !== 'string') return v;
    return v.replace(UUID, (u) => label.get(u) ?? 'ID?').replace(TIME, 'T');
  };
  const lines: string[] = [];
  for (const t of tables.sort()) {
    if (t.startsWith('kysely_')) continue;
    const rows = await q(`select * from ${t}`);
    const canonRows = rows.map((r) => {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(r).sort()) {
        if (t === 'search_docs' && k === 'id') continue;
        if (k === 'id' && !['notices', 'organizations', 'services', 'incidents'].includes(t)) continue;
        // Slugs end in random hex (unique by construction).
        o[k] = k === 'slug' ? String(r[k]).replace(/-[0-9a-f]{6}$/, '-x') : canon(r[k]);
      }
      return JSON.stringify(o);
    });
    canonRows.sort();
    lines.push(`## ${t} ${rows.length}`);
    lines.push(...canonRows);
  }
  await writeFile(out, `${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  if (!existsSync(dir) || (await readdir(dir)).length === 0) {
    await mkdir(dir, { recursive: true });
    await writeRealisticSet(dir, n);
  }
  countStatements();
  const work = await mkdtemp(join(tmpdir(), 'leakwatch-ingest-cpu-'));
  const schema = `lw_cpu_${process.pid}`;
  const db = usePg
    ? await openDatabase({ databaseUrl: pgUrl, pgSchema: schema, poolSize: 4 })
    : await openDatabase({ dataDir: work, sqliteFile: 'bench.db' });
  try {
    // BENCH_SQLITE_PRAGMA="cache_size = -65536": a setting of the writing connection to try (A/B).
    if (process.env.BENCH_SQLITE_PRAGMA && db.dialect === 'sqlite')
      await sql.raw(`pragma ${process.env.BENCH_SQLITE_PRAGMA}`).execute(db.kysely);
    // BENCH_SQLITE_SQL="…; …": statements run on the fresh store before the ingest (A/B of FTS5 settings).
    if (process.env.BENCH_SQLITE_SQL && db.dialect === 'sqlite')
      for (const s of process.env.BENCH_SQLITE_SQL.split(';').filter((x) => x.trim()))
        await sql.raw(s).execute(db.kysely);
    const load0 = loadavg()[0]!;
    statements = 0;
    const s0 = usePg ? await pgBackendsNs(db) : new Map<number, number>();
    const m0 = mainThreadNs();
    const th0 = threadsNs();
    const sampler = sampleThreads();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const profOut = arg('--prof');
    const session = profOut ? new inspector.Session() : null;
    const post = (m: string, p?: object) =>
      new Promise<unknown>((res, rej) => session!.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
    if (session) {
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.start');
    }
    const batch = arg('--batch');
    const summary = await ingestPaths([dir], { db, ...(batch ? { batchSize: Number(batch) } : {}) });
    if (session && profOut) {
      const r = (await post('Profiler.stop')) as { profile: unknown };
      await writeFile(profOut, JSON.stringify(r.profile));
    }
    const wall = (performance.now() - t0) / 1000;
    const cu = process.cpuUsage(c0);
    const main = (mainThreadNs() - m0) / 1e9;
    const th1 = sampler.stop();
    let serverMs = 0;
    if (usePg) for (const [pid, ns] of await pgBackendsNs(db)) serverMs += (ns - (s0.get(pid) ?? 0)) / 1e6;
    const stmts = statements;
    const k = summary.items.length;
    console.log(
      JSON.stringify({
        db: db.dialect,
        notices: k,
        counts: summary.counts,
        wall_per_s: Math.round(k / wall),
        per_cpu_s: Math.round(k / ((cu.user + cu.system) / 1e6)),
        per_main_cpu_s: Math.round(k / main),
        sys_share: Math.round((cu.system / (cu.user + cu.system)) * 100) / 100,
        main_ms_per_notice: Math.round((main * 1000 * 100) / k) / 100,
        // PostgreSQL: CPU of this database's backends during the ingest (see pgBackendsNs).
        ...(usePg ? { pg_server_ms_per_notice: Math.round((serverMs * 100) / k) / 100 } : {}),
        statements_per_notice: Math.round((stmts / k) * 100) / 100,
        load: [load0, loadavg()[0]].map((x) => Math.round(x! * 10) / 10),
        // CPU ms per notice by thread name (a thread that ended is counted to its last sample, ≤ 50 ms
        // before it ended; the extraction worker's thread is the second "node").
        threads_ms_per_notice: threadShares(th0, th1, k),
      }),
    );
    if (bySql) {
      const rows = [...bySql].sort((a, b) => Number(b[1].ns - a[1].ns) || b[1].n - a[1].n);
      const shown = [
        ...rows.filter(([t]) => !t.startsWith('  deferred')).slice(0, 40),
        ...rows.filter(([t]) => t.startsWith('  deferred')),
      ];
      for (const [text, e] of shown)
        console.log(
          `${(Number(e.ns) / 1e6 / k).toFixed(3)} ms/notice ${(e.n / k).toFixed(2)}/notice ${process.env.STMT_FULL ? text : text.replace(/\s+/g, ' ').slice(0, 160)}`,
        );
    }
    if (dumpFile) await dump(db, dumpFile);
  } finally {
    await db.close();
    await rm(work, { recursive: true, force: true });
    if (usePg) {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    }
  }
}

// The CLI's V8 flags (src/v8-flags.ts): without --no-regexp-tier-up extraction costs 2.97 instead of
// 1.72 ms CPU a notice on this set's first pass, and `npx tsx bench/ingest-cpu.ts` does not give it.
const missing = V8_FLAGS.filter((f) => !process.execArgv.includes(f));
if (missing.length > 0) {
  const r = spawnSync(process.execPath, [...missing, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
