import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { spawnServer } from './spawn-server.js';

/**
 * Web benchmark (part "web"). The real app (createApp over SQLite with the starter dataset) and a bare
 * Hono route run in a child process; autocannon runs here, on the other core, against loopback:
 *   - the search API, rotating queries (Japanese and English),
 *   - an incident page (/incidents/<slug>, or the incident API when pages are not mounted),
 *   - the bare route: the framework's ceiling on this machine.
 * api_ratio = search API requests/s ÷ bare route requests/s; the goal is ≥ 0.40. The search API is
 * measured twice: as clients hit it (a few popular queries, served by the API's 5-second micro-cache
 * after the first) and with every URL unique (each request a real database search).
 * BENCH_DURATION (seconds, default 10) and BENCH_CONNECTIONS (default 50) tune a run.
 */

export const SEARCH_QUERIES = [
  'ローソン',
  'ブックオフ',
  '不正アクセス',
  'Adobe',
  'skyticket',
  'らくてん',
  'カード',
];

export type WebResult = {
  api_search_rps: number;
  api_p99_ms: number;
  api_search_uncached_rps: number;
  api_search_uncached_p99_ms: number;
  incident_page_rps: number;
  incident_page_p99_ms: number;
  /** 1 when the incident target was the HTML page, 0 when pages were not mounted (incident API). */
  incident_page_html: number;
  bare_rps: number;
  bare_p99_ms: number;
  api_ratio: number;
  errors: number;
  /** 1-minute load average when the run ended: on a shared 2-core machine the figures depend on it. */
  load_avg_1m: number;
};

/**
 * `bust` appends a counter to every path so that no two requests share a URL: the API's micro-cache
 * never hits, and the figure is the cost of a real database search.
 */
async function load(
  url: string,
  paths: string[],
  duration: number,
  connections: number,
  bust = false,
): Promise<Result> {
  let i = 0;
  return autocannon({
    url,
    connections,
    duration,
    timeout: 10,
    requests: [
      {
        setupRequest: (req) => {
          const path = paths[i % paths.length]!;
          i++;
          return { ...req, path: bust ? `${path}${path.includes('?') ? '&' : '?'}n=${i}` : path };
        },
      },
    ],
  });
}

function failures(r: Result): number {
  return r.errors + r.timeouts + r.non2xx;
}

/** Runs the benchmark and returns its figures (also printed as one JSON line by the CLI entry). */
export async function run(
  opts: { duration?: number; connections?: number; log?: (s: string) => void } = {},
): Promise<WebResult> {
  const duration = opts.duration ?? Number(process.env.BENCH_DURATION ?? 10);
  const connections = opts.connections ?? Number(process.env.BENCH_CONNECTIONS ?? 50);
  const log = opts.log ?? ((s: string) => console.error(s));
  const server = await spawnServer({ LEAKWATCH_LOG_LEVEL: process.env.LEAKWATCH_LOG_LEVEL ?? 'warn' });
  try {
    const searchPaths = SEARCH_QUERIES.map((q) => `/api/v1/search?q=${encodeURIComponent(q)}`);
    const list = (await (await fetch(`${server.url}/api/v1/incidents?limit=20`)).json()) as {
      items: { id: string; slug: string }[];
    };
    if (list.items.length === 0) throw new Error('the benchmark database has no incidents');
    let pagePaths = list.items.map((i) => `/incidents/${encodeURIComponent(i.slug)}`);
    const probe = await fetch(`${server.url}${pagePaths[0]}`);
    await probe.arrayBuffer();
    if (probe.status !== 200) pagePaths = list.items.map((i) => `/api/v1/incidents/${i.id}`);
    for (const p of [...searchPaths, ...pagePaths.slice(0, 1)]) {
      const r = await fetch(`${server.url}${p}`);
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
    }

    const warm = Math.min(2, Math.max(1, Math.round(duration / 5)));
    log(`web bench: ${duration}s × 4 runs, ${connections} connections (warm-up ${warm}s each)`);
    await load(server.url, searchPaths, warm, connections);
    const search = await load(server.url, searchPaths, duration, connections);
    log(`  search API      ${search.requests.average.toFixed(0)} req/s, p99 ${search.latency.p99} ms`);
    const uncached = await load(server.url, searchPaths, duration, connections, true);
    log(
      `  search API, every URL new (no micro-cache hit) ${uncached.requests.average.toFixed(0)} req/s, p99 ${uncached.latency.p99} ms`,
    );
    await load(server.url, pagePaths, warm, connections);
    const page = await load(server.url, pagePaths, duration, connections);
    log(
      `  incident page   ${page.requests.average.toFixed(0)} req/s, p99 ${page.latency.p99} ms (${pagePaths[0]?.split('/')[1]})`,
    );
    await load(server.bareUrl, ['/bare'], warm, connections);
    const bare = await load(server.bareUrl, ['/bare'], duration, connections);
    log(`  bare route      ${bare.requests.average.toFixed(0)} req/s, p99 ${bare.latency.p99} ms`);

    const result: WebResult = {
      api_search_rps: Math.round(search.requests.average),
      api_p99_ms: search.latency.p99,
      api_search_uncached_rps: Math.round(uncached.requests.average),
      api_search_uncached_p99_ms: uncached.latency.p99,
      incident_page_rps: Math.round(page.requests.average),
      incident_page_p99_ms: page.latency.p99,
      incident_page_html: pagePaths[0]!.startsWith('/api/') ? 0 : 1,
      bare_rps: Math.round(bare.requests.average),
      bare_p99_ms: bare.latency.p99,
      api_ratio: Number((search.requests.average / Math.max(1, bare.requests.average)).toFixed(3)),
      errors: failures(search) + failures(uncached) + failures(page) + failures(bare),
      load_avg_1m: Number((loadavg()[0] ?? 0).toFixed(1)),
    };
    log(
      `  api_ratio ${result.api_ratio} (goal ≥ 0.40); errors (connection errors, timeouts, non-2xx) search ${failures(search)}, uncached ${failures(uncached)}, page ${failures(page)}, bare ${failures(bare)}; load average ${result.load_avg_1m}`,
    );
    return result;
  } finally {
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then(
    (r) => console.log(JSON.stringify(r)),
    (err: unknown) => {
      console.error(`web bench failed: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
