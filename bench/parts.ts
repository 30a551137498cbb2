/**
 * The benchmark registry: every part `npm run bench` can run. A part lives in its own file
 * bench/<name>.ts exporting `run(): Promise<Record<string, number>>` (its figures, keys prefixed
 * with the part's name); add one line here to list it.
 */
export interface BenchPart {
  name: string;
  description: string;
  load: () => Promise<{ run: () => Promise<Record<string, number>> }>;
}

export const parts: BenchPart[] = [
  {
    name: 'extract',
    description:
      'notices per CPU-second of extract(): first sight (each text once; warm and cold process), then repeated texts; peak RSS',
    load: () => import('./extract.js'),
  },
  {
    name: 'web',
    description: 'search API, incident page and bare Hono route req/s and p99 (loopback, autocannon)',
    load: () => import('./web.js'),
  },
  {
    name: 'fuzz',
    description:
      '100 000 random/hostile inputs through htmlToText, parseFeed, pdfToText: non-AppErrors, time box',
    load: () => import('./fuzz.js'),
  },
  {
    name: 'range',
    description: 'k-anonymity range lookups/s over 10M stored email hashes (loopback)',
    load: () => import('./range.js'),
  },
  {
    name: 'ingest',
    description:
      'notices/s ingested from files into SQLite and PostgreSQL (real extract, merge, search docs)',
    load: () => import('./ingest.js'),
  },
  {
    name: 'search',
    description: 'searchIncidents p50/p95 over 1,000,000 incidents (BENCH_SEARCH_SIZE) vs the raw FTS5 query',
    load: () => import('./search.js'),
  },
];
