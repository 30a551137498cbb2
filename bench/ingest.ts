import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { kanaToRomaji } from '../src/incidents/match.js';
import { ingestPaths } from '../src/ingest/run.js';
import { type Db, openDatabase } from '../src/store/db.js';
import { writeRealisticSet } from './ingest-corpus.js';

/**
 * Ingestion benchmark (part "ingest"), on the path users run: `leakwatch ingest DIR` (ingestPaths:
 * files read as documents, then the pipeline of src/ingest/pipeline.ts with real normalise, extract,
 * match and merge). The set is realistic: the real notices of ../shared and variants of them up to
 * N files (bench/ingest-corpus.ts), into a fresh SQLite file, again (a resumed run), and into a fresh
 * PostgreSQL schema; and, for comparison with earlier figures, N fictional notices from a template
 * (half first reports, half final reports of the same breaches). Goals (issue 17): ≥ 1,000
 * notices/s on SQLite, ≥ 500/s on PostgreSQL.
 * BENCH_INGEST_N (default 2000) sets N; BENCH_PG_URL (default the test server) the PostgreSQL.
 */
export interface IngestBenchResult {
  ingest_n: number;
  /** Real notices in the set (the rest of the n files are their variants). */
  ingest_real_notices: number;
  /** `leakwatch ingest DIR`'s path (ingestPaths) over the realistic set into a fresh SQLite file. */
  ingest_cli_sqlite_per_s: number;
  /** The same per CPU-second of this process: less sensitive to a loaded machine. */
  ingest_cli_sqlite_per_cpu_s: number;
  /** The same folder ingested again (a resumed run: every notice unchanged). */
  ingest_cli_sqlite_rerun_per_s: number;
  /** The CLI's path over n fictional notices from one template (the figure before issue 17). */
  ingest_cli_sqlite_fictional_per_s: number;
  /** The realistic set into a fresh PostgreSQL schema; NaN (null in the JSON line) when unreachable. */
  ingest_cli_pg_per_s: number;
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

/**
 * The folder as `leakwatch ingest DIR` ingests it: ingestPaths() reads each file as a document
 * (kind, charset, title) and hands them to the pipeline in batches; statuses counted.
 */
async function ingestDirAsCli(
  db: Db,
  dir: string,
): Promise<{ perSecond: number; perCpuSecond: number; statuses: Record<string, number> }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const summary = await ingestPaths([dir], { db });
  const s = (performance.now() - t0) / 1000;
  const cu = process.cpuUsage(c0);
  return {
    perSecond: summary.items.length / s,
    perCpuSecond: summary.items.length / ((cu.user + cu.system) / 1e6),
    statuses: summary.counts,
  };
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
    const real = join(dir, 'real');
    const fictional = join(dir, 'fictional');
    await mkdir(real);
    await mkdir(fictional);
    const set = await writeRealisticSet(real, n);
    log(`ingest: ${set.files} files from ${set.real} real notices (the rest variants) in ${real}`);
    for (let i = 0; i < n; i++)
      await writeFile(join(fictional, `${String(i).padStart(7, '0')}.txt`), fictionalNotice(i));

    const sqlite = await openDatabase({ dataDir: dir, sqliteFile: 'bench.db' });
    let cli: Awaited<ReturnType<typeof ingestDirAsCli>>;
    let rerun: Awaited<ReturnType<typeof ingestDirAsCli>>;
    try {
      cli = await ingestDirAsCli(sqlite, real);
      log(
        `ingest sqlite, leakwatch ingest DIR (real): ${cli.perSecond.toFixed(0)}/s ${JSON.stringify(cli.statuses)}`,
      );
      rerun = await ingestDirAsCli(sqlite, real);
      log(
        `ingest sqlite, the same folder again (resume): ${rerun.perSecond.toFixed(0)}/s ${JSON.stringify(rerun.statuses)}`,
      );
    } finally {
      await sqlite.close();
    }
    const fict = await openDatabase({ dataDir: dir, sqliteFile: 'bench-fictional.db' });
    let fictRate: number;
    try {
      const r = await ingestDirAsCli(fict, fictional);
      fictRate = r.perSecond;
      log(
        `ingest sqlite, leakwatch ingest DIR (fictional template): ${r.perSecond.toFixed(0)}/s ${JSON.stringify(r.statuses)}`,
      );
    } finally {
      await fict.close();
    }

    const url = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const reason = await pgReason(url);
    let pgRate = Number.NaN;
    if (reason) {
      log(`ingest_cli_pg_per_s: null — PostgreSQL not reachable at ${url}: ${reason}`);
    } else {
      const schema = `lw_bench_${process.pid}`;
      const db = await openDatabase({ databaseUrl: url, pgSchema: schema, poolSize: 4 });
      try {
        const r = await ingestDirAsCli(db, real);
        pgRate = r.perSecond;
        log(
          `ingest postgres, leakwatch ingest DIR (real): ${r.perSecond.toFixed(0)}/s ${JSON.stringify(r.statuses)}`,
        );
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
      ingest_real_notices: set.real,
      ingest_cli_sqlite_per_s: Math.round(cli.perSecond),
      ingest_cli_sqlite_per_cpu_s: Math.round(cli.perCpuSecond),
      ingest_cli_sqlite_rerun_per_s: Math.round(rerun.perSecond),
      ingest_cli_sqlite_fictional_per_s: Math.round(fictRate),
      ingest_cli_pg_per_s: Math.round(pgRate),
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
