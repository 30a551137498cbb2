import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { queryMix } from './search.js';
import { searchData } from './search-data.js';

/**
 * Same-process A/B of search at scale: `SEARCH_AB_BASE=DIR npx tsx bench/search-ab.ts [--size N]`
 * opens the search benchmark's data set (bench/search-data.ts, reused when built) once with this
 * checkout's store and once with DIR's (another checkout, node_modules linked), builds both name
 * indexes, and runs the benchmark's query mix through both searchIncidents(), alternating query by
 * query, so that both see the same load at the same moment. Prints CPU and wall percentiles of each
 * as one JSON line. On a shared, loaded machine this says what changed; absolute figures there do not.
 */
type Search = (q: string) => Promise<unknown>;

async function open(root: string, file: string): Promise<{ search: Search; close: () => Promise<void> }> {
  const from = async (path: string) => import(pathToFileURL(join(root, path)).href);
  const { openDatabase } = await from('src/store/db.ts');
  const { nameIndex } = await from('src/store/name-index.ts');
  const { createReader } = await from('src/store/reader.ts');
  const dir = file.slice(0, file.lastIndexOf('/'));
  const db = await openDatabase({ dataDir: dir, sqliteFile: file.slice(dir.length + 1) });
  await nameIndex(db);
  const reader = createReader(db);
  return { search: (q) => reader.searchIncidents(q, { limit: 20 }), close: () => db.close() };
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

async function main(): Promise<void> {
  const base = process.env.SEARCH_AB_BASE;
  if (!base) throw new Error('SEARCH_AB_BASE=DIR (another checkout) is required');
  const arg = process.argv.indexOf('--size');
  const size = arg > 0 ? Number(process.argv[arg + 1]) : 1_000_000;
  const data = await searchData(size, (s) => console.error(s));
  const queries = queryMix(data.file, 650);
  const trees = {
    base: await open(resolve(base), data.file),
    this: await open(resolve(import.meta.dirname, '..'), data.file),
  };
  console.error(`both indexes built; load ${loadavg()[0]!.toFixed(1)}`);
  const cpu: Record<string, number[]> = { base: [], this: [] };
  const wall: Record<string, number[]> = { base: [], this: [] };
  for (const { q } of queries.slice(0, 30)) for (const t of Object.values(trees)) await t.search(q);
  for (const [i, { q }] of queries.entries()) {
    // Alternate which goes first, so neither always meets the other's warm caches.
    const order = i % 2 === 0 ? (['base', 'this'] as const) : (['this', 'base'] as const);
    for (const name of order) {
      const c = process.cpuUsage();
      const t = performance.now();
      await trees[name].search(q);
      wall[name]!.push(performance.now() - t);
      const u = process.cpuUsage(c);
      cpu[name]!.push((u.user + u.system) / 1000);
    }
  }
  const out: Record<string, number> = { size, reused: data.reused ? 1 : 0, queries: queries.length };
  const r = (x: number) => Math.round(x * 100) / 100;
  for (const name of ['base', 'this'] as const) {
    for (const a of [cpu[name]!, wall[name]!]) a.sort((x, y) => x - y);
    for (const p of [50, 95, 99]) {
      out[`${name}_cpu_p${p}_ms`] = r(pct(cpu[name]!, p));
      out[`${name}_wall_p${p}_ms`] = r(pct(wall[name]!, p));
    }
  }
  out.load_average_end = r(loadavg()[0]!);
  console.log(JSON.stringify(out));
  for (const t of Object.values(trees)) await t.close();
}

await main();
