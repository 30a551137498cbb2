import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import SQLite from 'better-sqlite3';
import { newId } from '../src/ids.js';
import { foldSearch, kanaToRomaji } from '../src/incidents/match.js';
import { emptyIncidentFacts } from '../src/incidents/merge.js';
import { openDatabase } from '../src/store/db.js';
import { nameIndex } from '../src/store/name-index.js';
import { nameDocs } from '../src/store/names.js';
import { createReader } from '../src/store/reader.js';
import { ftsPhrase } from '../src/store/search.js';

/**
 * Search benchmark (part "search"): a temporary SQLite file with SIZE incidents (default 1,000,000;
 * `--size N` or BENCH_SEARCH_SIZE to scale down) of SIZE/2 fictional organisations, each with a
 * kana name, a kanji suffix and a romaji "English" alias, inserted in bulk (multi-row INSERTs in
 * large transactions, through the same schema, triggers and FTS5 indexes as the app). Then a mix
 * of queries — exact names, hiragana spellings, romaji aliases, prefixes, substrings, two-character
 * queries — through reader.searchIncidents() (limit 20), and, in the same run, the core substring
 * query run directly through better-sqlite3 as the floor to compare with. Goal: p95 ≤ 10 ms.
 */
export interface SearchBenchResult {
  search_size: number;
  search_generate_s: number;
  search_queries: number;
  search_p50_ms: number;
  search_p95_ms: number;
  search_p99_ms: number;
  /** Building the in-memory name index from the store (the first search pays it). */
  search_index_build_s: number;
  search_direct_p50_ms: number;
  search_direct_p95_ms: number;
  /** CPU time per query (this process), less sensitive than wall time to a loaded machine. */
  search_cpu_p95_ms: number;
  search_direct_cpu_p95_ms: number;
  search_load_average: number;
}

const KANA =
  'アカサタナハマヤラワガザダバパキシチニヒミリギジビピクスツヌフムルグズブプケセテネヘメレゲゼデベペコソトノホモロヨゴゾドボポ';
const SUFFIX = ['商事', '工業', '書店', '物産', 'ストア', '電機', '食品', '観光', '運輸', '製薬'];

/** A deterministic pseudo-random generator (xorshift32), so runs are comparable. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function kanaName(r: () => number): string {
  const len = 3 + Math.floor(r() * 3);
  let s = '';
  for (let i = 0; i < len; i++) s += KANA[Math.floor(r() * KANA.length)];
  return s;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

interface Org {
  id: string;
  kana: string;
  name: string;
  en: string;
}

/** Inserts the fictional data set through a second connection to the migrated file. */
function generate(file: string, size: number, log: (s: string) => void): Org[] {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF'); // a throw-away benchmark file
  const r = rng(20251125);
  const orgs: Org[] = [];
  const nOrgs = Math.max(1, Math.floor(size / 2));
  const ts = new Date().toISOString();
  const facts = JSON.stringify(emptyIncidentFacts());
  const ROWS = 100; // rows per INSERT statement
  const insertMany = (table: string, cols: string[], rows: unknown[][]) => {
    for (let i = 0; i < rows.length; i += ROWS) {
      const chunk = rows.slice(i, i + ROWS);
      const ph = `(${cols.map(() => '?').join(',')})`;
      db.prepare(`insert into ${table} (${cols.join(',')}) values ${chunk.map(() => ph).join(',')}`).run(
        chunk.flat(),
      );
    }
  };
  const orgCols = ['id', 'slug', 'name', 'name_key', 'created_at', 'updated_at'];
  const aliasCols = [
    'id',
    'kind',
    'target_id',
    'organization_id',
    'service_id',
    'alias',
    'alias_type',
    'alias_key',
    'romaji_key',
    'created_at',
  ];
  const incCols = [
    'id', 'slug', 'source', 'title', 'status', 'organization_id', 'facts', 'published', 'year',
    'affected_count', 'affected_unit', 'data_classes', 'causes', 'measures', 'notice_count', 'created_at', 'updated_at',
  ]; // biome-ignore format: column lists read best packed
  const docCols = ['incident_id', 'kind', 'label', 'body'];
  const seenKeys = new Set<string>();
  const BATCH = 5000;
  let made = 0;
  while (made < nOrgs) {
    const orgRows: unknown[][] = [];
    const aliasRows: unknown[][] = [];
    const incRows: unknown[][] = [];
    const docRows: unknown[][] = [];
    for (let b = 0; b < BATCH && made < nOrgs; b++) {
      const kana = kanaName(r);
      const name = `${kana}${SUFFIX[Math.floor(r() * SUFFIX.length)]}株式会社`;
      const key = foldSearch(name.replace('株式会社', ''));
      if (seenKeys.has(key)) continue;
      seenKeys.add(key);
      const romaji = kanaToRomaji(kana);
      const en = `${romaji[0]!.toUpperCase()}${romaji.slice(1)} Inc.`;
      const id = newId();
      orgs.push({ id, kana, name, en });
      orgRows.push([id, `${romaji}-${id.slice(-6)}`, name, key, ts, ts]);
      for (const [alias, type] of [
        [name, 'ja'],
        [en, 'en'],
      ] as const) {
        aliasRows.push([
          newId(),
          'organization',
          id,
          id,
          null,
          alias,
          type,
          foldSearch(alias).replace(/株式会社|inc$/g, ''),
          '',
          ts,
        ]);
      }
      const perOrg = made === nOrgs - 1 ? size - 2 * (nOrgs - 1) : 2;
      for (let k = 0; k < perOrg; k++) {
        const iid = newId();
        const year = 2005 + Math.floor(r() * 21);
        const published = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
        const title = `${name} 不正アクセスに関するお知らせ`;
        incRows.push([
          iid, `${year}-${romaji}-${iid.slice(-6)}`, 'notice', title, 'open', id, facts, published, year,
          Math.floor(r() * 100000), 'people', '["Names"]', '["unauthorized_access"]', '[]', 1, ts, ts,
        ]); // biome-ignore format: one row
        for (const d of nameDocs(title, [name, en])) docRows.push([iid, d.kind, d.label, d.body]);
      }
      made++;
    }
    db.transaction(() => {
      insertMany('organizations', orgCols, orgRows);
      insertMany('aliases', aliasCols, aliasRows);
      insertMany('incidents', incCols, incRows);
      insertMany('search_docs', docCols, docRows);
    })();
    if (made % 50_000 < BATCH) log(`  generated ${made * 2} incidents`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('analyze');
  db.close();
  return orgs;
}

export async function run(
  opts: { size?: number; queries?: number; log?: (s: string) => void } = {},
): Promise<Record<string, number>> {
  return { ...(await runSearchBench(opts)) };
}

export async function runSearchBench(
  opts: { size?: number; queries?: number; log?: (s: string) => void } = {},
): Promise<SearchBenchResult> {
  const size = opts.size ?? Number(process.env.BENCH_SEARCH_SIZE ?? 1_000_000);
  const nq = opts.queries ?? 300;
  const log = opts.log ?? ((s: string) => console.error(s));
  const dir = await mkdtemp(join(tmpdir(), 'leakwatch-search-bench-'));
  try {
    const migrated = await openDatabase({ dataDir: dir, sqliteFile: 'search.db' });
    await migrated.close();
    const t0 = performance.now();
    const orgs = generate(join(dir, 'search.db'), size, log);
    const generateS = (performance.now() - t0) / 1000;
    log(`generated ${size} incidents of ${orgs.length} organisations in ${generateS.toFixed(1)} s`);

    const r = rng(7);
    const pick = () => orgs[Math.floor(r() * orgs.length)]!;
    const hira = (s: string) =>
      s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
    const makers: (() => string)[] = [
      () => pick().name.replace('株式会社', ''), // exact name
      () => hira(pick().kana), // hiragana spelling
      () => pick().en.replace(' Inc.', ''), // English / romaji alias
      () => pick().kana.slice(0, 3), // prefix
      () => {
        const o = pick();
        return `${o.kana.slice(1)}${o.name.slice(o.kana.length, o.kana.length + 1)}`; // substring
      },
      () => pick().kana.slice(0, 2), // two characters
    ];
    const queries = Array.from({ length: nq }, (_, i) => makers[i % makers.length]!());

    const db = await openDatabase({ dataDir: dir, sqliteFile: 'search.db' });
    const tb = performance.now();
    const index = await nameIndex(db); // built once at the first search, as a server builds it
    const indexBuildS = (performance.now() - tb) / 1000;
    log(`name index of ${index.size} incidents built in ${indexBuildS.toFixed(1)} s`);
    const reader = createReader(db);
    for (const q of queries.slice(0, 20)) await reader.searchIncidents(q, { limit: 20 }); // warm up
    const app: number[] = [];
    const appCpu: number[] = [];
    let hits = 0;
    for (const q of queries) {
      const c = process.cpuUsage();
      const t = performance.now();
      const page = await reader.searchIncidents(q, { limit: 20 });
      app.push(performance.now() - t);
      const cu = process.cpuUsage(c);
      appCpu.push((cu.user + cu.system) / 1000);
      if (page.items.length > 0) hits++;
    }
    await db.close();

    // The floor: the same substring search as one statement, straight through better-sqlite3.
    const raw = new SQLite(join(dir, 'search.db'), { readonly: true });
    const fts = raw.prepare(`select i.id, i.slug, i.title, i.published from search_names_fts f
      join search_docs d on d.id = f.rowid join incidents i on i.id = d.incident_id
      where search_names_fts match ? order by i.published desc limit 20`);
    const vocab = raw.prepare('select term from search_names_vocab where term >= ? and term < ? limit 400');
    const direct: number[] = [];
    const directCpu: number[] = [];
    for (const q of queries) {
      const f = foldSearch(q);
      const c = process.cpuUsage();
      const t = performance.now();
      if ([...f].length >= 3) fts.all(ftsPhrase(f));
      else {
        const terms = vocab.all(f, `${f}\uffff`) as { term: string }[];
        if (terms.length) fts.all(terms.map((t) => ftsPhrase(t.term)).join(' OR '));
      }
      direct.push(performance.now() - t);
      const cu = process.cpuUsage(c);
      directCpu.push((cu.user + cu.system) / 1000);
    }
    raw.close();

    const slow = queries
      .map((q, i) => [app[i]!, q] as const)
      .sort((a, b) => b[0] - a[0])
      .slice(0, 5);
    log(`slowest: ${slow.map(([ms, q]) => `${q} ${ms.toFixed(1)}ms`).join(', ')}`);
    for (const a of [app, direct, appCpu, directCpu]) a.sort((x, y) => x - y);
    log(`${nq} queries, ${hits} with results`);
    const round = (x: number) => Math.round(x * 100) / 100;
    return {
      search_size: size,
      search_generate_s: Math.round(generateS),
      search_queries: nq,
      search_p50_ms: round(pct(app, 50)),
      search_p95_ms: round(pct(app, 95)),
      search_p99_ms: round(pct(app, 99)),
      search_index_build_s: round(indexBuildS),
      search_direct_p50_ms: round(pct(direct, 50)),
      search_direct_p95_ms: round(pct(direct, 95)),
      search_cpu_p95_ms: round(pct(appCpu, 95)),
      search_direct_cpu_p95_ms: round(pct(directCpu, 95)),
      search_load_average: round(loadavg()[0]!),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = process.argv.indexOf('--size');
  run(arg > 0 ? { size: Number(process.argv[arg + 1]) } : {}).then(
    (r) => console.log(JSON.stringify(r)),
    (err: unknown) => {
      console.error(`search bench failed: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
