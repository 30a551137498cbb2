import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { kanaToRomaji } from '../src/incidents/match.js';
import { ingestNotice, ingestNotices } from '../src/ingest/pipeline.js';
import { ingestPaths } from '../src/ingest/run.js';
import { type Db, openDatabase } from '../src/store/db.js';

/**
 * Ingestion benchmark (part "ingest"): N fictional notices generated from a template (half first
 * reports, half final reports of the same breaches, so matching and merging run), written to a
 * temporary folder, then read back and ingested through the ingest pipeline (src/ingest/pipeline.ts,
 * real normalizeText() and extract()) into a fresh SQLite file and a fresh PostgreSQL schema; on
 * SQLite also as `leakwatch ingest DIR` does (ingestPaths: files read as documents, then the pipeline). Goal: ≥ 500 notices/s on SQLite.
 * BENCH_INGEST_N (default 2000) sets N; BENCH_PG_URL (default the test server) the PostgreSQL.
 */
export interface IngestBenchResult {
  ingest_n: number;
  ingest_sqlite_per_s: number;
  /** One transaction per notice (ingestNotice, the same pipeline) instead of batches of 100. */
  ingest_sqlite_single_per_s: number;
  /** The CLI's path (ingestPaths over the folder), batches of 100. */
  ingest_cli_sqlite_per_s: number;
  /** NaN (null in the JSON line) when PostgreSQL is not reachable; the reason goes to stderr. */
  ingest_pg_per_s: number;
  /** Notices per CPU-second of this process on SQLite (batched): less sensitive to a loaded machine. */
  ingest_sqlite_per_cpu_s: number;
  ingest_load_average: number;
}

const KANA =
  'アカサタナハマヤラワガザダバパキシチニヒミリギジビピクスツヌフムルグズブプケセテネヘメレゲゼデベペコソトノホモロヨゴゾドボポ';
const SUFFIX = ['商事', '工業', '書店', '物産', 'ストア', '電機', '食品', '観光'];
const CLASSES = ['氏名', '住所', '電話番号', 'メールアドレス', '生年月日', 'クレジットカード番号'];

function name(i: number): string {
  let s = '';
  let n = i + 7919;
  for (let k = 0; k < 4; k++) {
    s += KANA[n % KANA.length];
    n = Math.floor(n / KANA.length) + k * 31;
  }
  return s;
}

/** The i-th fictional notice (even: 第一報, odd: 最終報 of the same breach). */
export function fictionalNotice(i: number): string {
  const b = Math.floor(i / 2);
  const org = `${name(b)}${SUFFIX[b % SUFFIX.length]}`;
  const shop = `${name(b)}オンライン`;
  const month = (b % 12) + 1;
  const count = 500 + ((b * 37) % 9000);
  const classes = [CLASSES[b % CLASSES.length], CLASSES[(b + 2) % CLASSES.length]].join('、');
  if (i % 2 === 0) {
    return `株式会社${org}
不正アクセスによるお客様情報流出の可能性に関するお知らせ(第一報)
2024年${month}月20日
株式会社${org}(以下「当社」)が運営する「${shop}」において、第三者による不正アクセスを受け、お客様の${classes}が流出した可能性があることが判明しました。
2024年${month}月10日、サーバの異常を検知しました。対象は約${count.toLocaleString('en-US')}名様です。
お問い合わせ窓口: 0120-000-${String(b % 1000).padStart(3, '0')} (bench-${b}@example.jp)`;
  }
  return `株式会社${org}
不正アクセスに関する調査結果のご報告(最終報)
2024年${month}月28日
当社が運営する「${shop}」への不正アクセスにつきまして、外部専門機関による調査が完了しました。
2024年${month}月10日、サーバの異常を検知しました。
調査の結果、お客様${(count - 13).toLocaleString('en-US')}名様の${classes}が流出したことを確認しました。
全てのお客様にパスワードの再設定をお願いしております。(${kanaToRomaji(name(b))})`;
}

/** Reads the folder's notices 100 at a time and ingests each hundred with the pipeline's ingestNotices(). */
async function ingestDir(
  db: Db,
  dir: string,
): Promise<{ perSecond: number; statuses: Record<string, number> }> {
  const files = (await readdir(dir)).sort();
  const statuses: Record<string, number> = {};
  const t0 = performance.now();
  for (let i = 0; i < files.length; i += 100) {
    const texts = await Promise.all(files.slice(i, i + 100).map((f) => readFile(join(dir, f), 'utf8')));
    const outcomes = await ingestNotices(
      db,
      texts.map((text) => ({ text, via: 'file' })),
    );
    for (const r of outcomes) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  const s = (performance.now() - t0) / 1000;
  return { perSecond: files.length / s, statuses };
}

/**
 * The folder as `leakwatch ingest DIR` ingests it: ingestPaths() reads each file as a document
 * (kind, charset, title) and hands them to the same pipeline in batches of 100.
 */
async function ingestDirAsCli(db: Db, dir: string): Promise<number> {
  const t0 = performance.now();
  const summary = await ingestPaths([dir], { db });
  return summary.items.length / ((performance.now() - t0) / 1000);
}

/** The same, one transaction per notice (ingestNotice), for comparison. */
async function ingestDirSingly(db: Db, dir: string): Promise<number> {
  const files = (await readdir(dir)).sort();
  const t0 = performance.now();
  for (const f of files) await ingestNotice(db, { text: await readFile(join(dir, f), 'utf8'), via: 'file' });
  return files.length / ((performance.now() - t0) / 1000);
}

async function pgReason(url: string): Promise<string | null> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('select 1');
    return null;
  } catch (err) {
    return (err as Error).message;
  } finally {
    await c.end().catch(() => {});
  }
}

export async function run(
  opts: { n?: number; log?: (s: string) => void } = {},
): Promise<Record<string, number>> {
  return { ...(await runIngestBench(opts)) };
}

export async function runIngestBench(
  opts: { n?: number; log?: (s: string) => void } = {},
): Promise<IngestBenchResult> {
  const n = opts.n ?? Number(process.env.BENCH_INGEST_N ?? 2000);
  const log = opts.log ?? ((s: string) => console.error(s));
  const dir = await mkdtemp(join(tmpdir(), 'leakwatch-ingest-bench-'));
  try {
    const notices = join(dir, 'notices');
    await import('node:fs/promises').then((fs) => fs.mkdir(notices));
    for (let i = 0; i < n; i++)
      await writeFile(join(notices, `${String(i).padStart(7, '0')}.txt`), fictionalNotice(i));

    const sqlite = await openDatabase({ dataDir: dir, sqliteFile: 'bench.db' });
    let sqliteRate: number;
    let cpuRate: number;
    try {
      const c0 = process.cpuUsage();
      const r = await ingestDir(sqlite, notices);
      const cu = process.cpuUsage(c0);
      cpuRate = n / ((cu.user + cu.system) / 1e6);
      sqliteRate = r.perSecond;
      log(`ingest sqlite: ${n} notices, ${r.perSecond.toFixed(0)}/s ${JSON.stringify(r.statuses)}`);
    } finally {
      await sqlite.close();
    }
    const single = await openDatabase({ dataDir: dir, sqliteFile: 'bench-single.db' });
    let singleRate: number;
    try {
      singleRate = await ingestDirSingly(single, notices);
      log(`ingest sqlite, one transaction per notice: ${singleRate.toFixed(0)}/s`);
    } finally {
      await single.close();
    }
    const cli = await openDatabase({ dataDir: dir, sqliteFile: 'bench-cli.db' });
    let cliRate: number;
    try {
      cliRate = await ingestDirAsCli(cli, notices);
      log(`ingest sqlite, as leakwatch ingest DIR: ${cliRate.toFixed(0)}/s`);
    } finally {
      await cli.close();
    }

    const url = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const reason = await pgReason(url);
    let pgRate = Number.NaN;
    if (reason) {
      log(`ingest_pg_per_s: null — PostgreSQL not reachable at ${url}: ${reason}`);
    } else {
      const schema = `lw_bench_${process.pid}`;
      const db = await openDatabase({ databaseUrl: url, pgSchema: schema, poolSize: 4 });
      try {
        const r = await ingestDir(db, notices);
        pgRate = r.perSecond;
        log(`ingest postgres: ${n} notices, ${r.perSecond.toFixed(0)}/s ${JSON.stringify(r.statuses)}`);
      } finally {
        await db.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      }
    }
    return {
      ingest_n: n,
      ingest_sqlite_per_s: Math.round(sqliteRate),
      ingest_sqlite_single_per_s: Math.round(singleRate),
      ingest_cli_sqlite_per_s: Math.round(cliRate),
      ingest_pg_per_s: Math.round(pgRate),
      ingest_sqlite_per_cpu_s: Math.round(cpuRate),
      ingest_load_average: Math.round(loadavg()[0]! * 10) / 10,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = process.argv.indexOf('--n');
  run(arg > 0 ? { n: Number(process.argv[arg + 1]) } : {}).then(
    (r) => console.log(JSON.stringify(r)),
    (err: unknown) => {
      console.error(`ingest bench failed: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
