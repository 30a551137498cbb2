import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import SQLite from 'better-sqlite3';
import { foldSearch, kanaToRomaji, nameScript, normalizeOrgName } from '../src/incidents/match.js';
import { openDatabase } from '../src/store/db.js';
import { nameIndex } from '../src/store/name-index.js';
import { createReader } from '../src/store/reader.js';
import { ftsPhrase } from '../src/store/search.js';
import { rng, searchData } from './search-data.js';

/**
 * Search benchmark (part "search"): SIZE incidents (default 1,000,000; `--size N` or
 * BENCH_SEARCH_SIZE to scale down) built by search-data.ts from the starter dataset's real names and
 * variants of them (Japanese and English), kept under the temp folder and reused by a re-run
 * (`search_reused` 1). Then a mix of queries — service and organisation names in Japanese and
 * English, hiragana spellings of kana names, romaji, whole words, substrings, two-character queries
 * and misses — through reader.searchIncidents() (limit 20: the function the search API calls, with
 * no answer cache in front), wall and CPU time per query; and, in the same run, the core substring
 * query straight through better-sqlite3 as the floor to compare with. Goal: p95 ≤ 10 ms.
 */
export interface SearchBenchResult {
  search_size: number;
  /** 1 when an earlier run's data file was reused (same data; only the build was skipped). */
  search_reused: number;
  search_build_s: number;
  search_queries: number;
  search_p50_ms: number;
  search_p95_ms: number;
  search_p99_ms: number;
  /** CPU time per query (this process), less sensitive than wall time to a loaded machine. */
  search_cpu_p50_ms: number;
  search_cpu_p95_ms: number;
  search_cpu_p99_ms: number;
  /** Building the in-memory name index from the store (the first search pays it). */
  search_index_build_s: number;
  search_index_build_cpu_s: number;
  /** Heap held by the name index (after a full GC, before and after building it). */
  search_index_heap_mb: number;
  search_direct_p50_ms: number;
  search_direct_p95_ms: number;
  search_direct_cpu_p95_ms: number;
  search_load_average_start: number;
  search_load_average_end: number;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

const hiragana = (s: string) =>
  s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** Queries people type, from the data set's own names: kind → query. */
export function queryMix(file: string, n: number): { kind: string; q: string }[] {
  const raw = new SQLite(file, { readonly: true });
  const rows = raw.prepare('select kind, alias, alias_type from aliases').all() as {
    kind: 'organization' | 'service';
    alias: string;
    alias_type: string;
  }[];
  raw.close();
  const by = (f: (a: (typeof rows)[number]) => boolean) => rows.filter(f).map((a) => a.alias);
  const services = by((a) => a.kind === 'service');
  const servicesJa = services.filter((s) => nameScript(s) !== 'latin');
  const servicesEn = services.filter((s) => nameScript(s) === 'latin');
  const orgsJa = by((a) => a.kind === 'organization' && nameScript(a.alias) === 'other');
  const orgsEn = by((a) => a.kind === 'organization' && nameScript(a.alias) === 'latin');
  const kana = by((a) => nameScript(normalizeOrgName(a.alias)) === 'kana').map(normalizeOrgName);
  const r = rng(7);
  const pick = (list: string[]) => list[Math.floor(r() * list.length)]!;
  const core = (s: string) => s.replace(/株式会社|, Inc\.$/g, '');
  const makers: [string, () => string][] = [
    ['service ja', () => pick(servicesJa)],
    ['service en', () => pick(servicesEn)],
    ['org ja', () => core(pick(orgsJa))],
    ['org en', () => core(pick(orgsEn))],
    ['kana (hiragana)', () => hiragana(pick(kana))],
    ['romaji', () => kanaToRomaji(foldSearch(pick(kana)))],
    ['en word', () => pick(orgsEn).split(/[\s,]+/)[0]!],
    [
      'en two words',
      () =>
        pick(orgsEn)
          .split(/[\s,]+/)
          .slice(0, 2)
          .join(' '),
    ],
    [
      'ja substring',
      () => {
        const s = core(pick(orgsJa));
        const at = Math.floor(r() * Math.max(1, s.length - 3));
        return s.slice(at, at + 3 + Math.floor(r() * 2));
      },
    ],
    [
      'en substring',
      () => {
        const w =
          pick(orgsEn)
            .split(/\s+/)
            .find((x) => x.length >= 7) ?? 'ngineer';
        return w.slice(1, 7);
      },
    ],
    ['two characters', () => core(pick(orgsJa)).slice(0, 2)],
    ['miss ja', () => `${hiragana(pick(kana)).slice(0, 2)}ぬぽゑ堂`],
    ['miss en', () => `qz${Math.floor(r() * 1e6).toString(36)}x widgets`],
  ];
  return Array.from({ length: n }, (_, i) => {
    const [kind, make] = makers[i % makers.length]!;
    return { kind, q: make() };
  });
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
  const nq = opts.queries ?? 650;
  const log = opts.log ?? ((s: string) => console.error(s));
  const loadStart = loadavg()[0]!;
  const data = await searchData(size, log);
  log(
    data.reused
      ? `reusing ${data.file} (built by an earlier run: same data, build skipped)`
      : `built ${data.file} in ${data.buildS.toFixed(1)} s`,
  );
  const queries = queryMix(data.file, nq);

  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const dir = data.file.slice(0, data.file.lastIndexOf('/'));
  const db = await openDatabase({ dataDir: dir, sqliteFile: data.file.slice(dir.length + 1) });
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const tb = performance.now();
  const cb = process.cpuUsage();
  const index = await nameIndex(db); // built once at the first search, as a server builds it
  const indexBuildS = (performance.now() - tb) / 1000;
  const cbu = process.cpuUsage(cb);
  const indexBuildCpuS = (cbu.user + cbu.system) / 1e6;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  log(
    `name index of ${index.size} incidents built in ${indexBuildS.toFixed(1)} s (CPU ${indexBuildCpuS.toFixed(1)} s), heap ${heapMb.toFixed(0)} MB`,
  );
  const reader = createReader(db);
  for (const { q } of queries.slice(0, 30)) await reader.searchIncidents(q, { limit: 20 }); // warm up
  // SEARCH_PROFILE=file.cpuprofile: a V8 CPU profile of the measured queries only.
  const session = process.env.SEARCH_PROFILE ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const app: number[] = [];
  const appCpu: number[] = [];
  const byKind = new Map<string, { ms: number[]; hits: number }>();
  for (const { kind, q } of queries) {
    const c = process.cpuUsage();
    const t = performance.now();
    const page = await reader.searchIncidents(q, { limit: 20 });
    const ms = performance.now() - t;
    const cu = process.cpuUsage(c);
    app.push(ms);
    appCpu.push((cu.user + cu.system) / 1000);
    const k = byKind.get(kind) ?? { ms: [], hits: 0 };
    k.ms.push((cu.user + cu.system) / 1000);
    if (page.items.length > 0) k.hits++;
    byKind.set(kind, k);
  }
  if (session && process.env.SEARCH_PROFILE) {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(process.env.SEARCH_PROFILE, JSON.stringify(profile));
    session.disconnect();
  }
  await db.close();

  // The floor: the same substring search as one statement, straight through better-sqlite3.
  const raw = new SQLite(data.file, { readonly: true });
  const fts = raw.prepare(`select i.id, i.slug, i.title, i.published from search_names_fts f
    join search_docs d on d.id = f.rowid join incidents i on i.id = d.incident_id
    where search_names_fts match ? order by i.published desc limit 20`);
  const vocab = raw.prepare('select term from search_names_vocab where term >= ? and term < ? limit 400');
  const direct: number[] = [];
  const directCpu: number[] = [];
  for (const { q } of queries) {
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
    .map((q, i) => [appCpu[i]!, app[i]!, q] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 8);
  log(
    `slowest (CPU): ${slow.map(([c, w, q]) => `${q.kind} «${q.q}» ${c.toFixed(1)}/${w.toFixed(1)} ms`).join(', ')}`,
  );
  for (const [kind, k] of byKind) {
    k.ms.sort((x, y) => x - y);
    log(
      `  ${kind.padEnd(16)} CPU p50 ${pct(k.ms, 50).toFixed(2)} p95 ${pct(k.ms, 95).toFixed(2)} ms, ${k.hits}/${k.ms.length} with results`,
    );
  }
  for (const a of [app, direct, appCpu, directCpu]) a.sort((x, y) => x - y);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    search_size: size,
    search_reused: data.reused ? 1 : 0,
    search_build_s: Math.round(data.buildS),
    search_queries: nq,
    search_p50_ms: round(pct(app, 50)),
    search_p95_ms: round(pct(app, 95)),
    search_p99_ms: round(pct(app, 99)),
    search_cpu_p50_ms: round(pct(appCpu, 50)),
    search_cpu_p95_ms: round(pct(appCpu, 95)),
    search_cpu_p99_ms: round(pct(appCpu, 99)),
    search_index_build_s: round(indexBuildS),
    search_index_build_cpu_s: round(indexBuildCpuS),
    search_index_heap_mb: Math.round(heapMb),
    search_direct_p50_ms: round(pct(direct, 50)),
    search_direct_p95_ms: round(pct(direct, 95)),
    search_direct_cpu_p95_ms: round(pct(directCpu, 95)),
    search_load_average_start: round(loadStart),
    search_load_average_end: round(loadavg()[0]!),
  };
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
