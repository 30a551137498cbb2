import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { type ChildServer, rssOf, spawnServer } from './spawn-server.js';
import { SEARCH_QUERIES } from './web.js';

/**
 * Soak test (`npm run soak`): drives a leakwatch server on loopback with a realistic mix of page
 * views, API reads, searches and feed polls for a bounded time, and reports every minute the
 * requests, errors, p99 latency and the server's resident memory. Goals: 0 errors, flat memory.
 *
 *   npm run soak                          # 10 minutes against a server it starts itself
 *   npm run soak -- --duration 60s        # or SOAK_DURATION=60s; accepts 90, 90s, 5m, 1h
 *   LEAKWATCH_SOAK_URL=http://127.0.0.1:3000 LEAKWATCH_SOAK_PID=1234 npm run soak
 *
 * SOAK_RATE caps the overall request rate (default 300 req/s, 0 = as fast as it goes) and
 * SOAK_CONNECTIONS the concurrency (default 10). The last line printed is one JSON object.
 */

const MAX_DURATION_S = 24 * 3600;

/** "90" | "90s" | "5m" | "1h" → seconds. */
export function parseDuration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(s.trim());
  if (!m?.[1]) throw new Error(`invalid duration "${s}" (use e.g. 60s, 10m, 1h)`);
  const n = Number(m[1]) * (m[2] === 'h' ? 3600 : m[2] === 'm' ? 60 : 1);
  if (n < 1 || n > MAX_DURATION_S)
    throw new Error(`duration must be between 1 s and ${MAX_DURATION_S / 3600} h`);
  return Math.round(n);
}

/** Least-squares slope of y over x (0 with fewer than two points). */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** A deterministic weighted choice of paths (mulberry32), so two runs send the same mix. */
function weightedPicker(weighted: [string[], number][], seed = 42): () => string {
  let state = seed >>> 0;
  const rand = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const groups = weighted.filter(([paths]) => paths.length > 0);
  const total = groups.reduce((s, [, w]) => s + w, 0);
  return () => {
    let r = rand() * total;
    for (const [paths, w] of groups) {
      r -= w;
      if (r <= 0) return paths[Math.floor(rand() * paths.length)]!;
    }
    const last = groups[groups.length - 1]!;
    return last[0][0]!;
  };
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

/** Builds the request mix from what the server holds. */
async function buildMix(base: string): Promise<() => string> {
  const incidents = await getJson<{ items: { id: string; slug: string }[] }>(
    `${base}/api/v1/incidents?limit=100`,
  );
  const services = await getJson<{ items: { slug: string }[] }>(`${base}/api/v1/services?limit=50`);
  const stats = await getJson<{ by_data_class: { data_class: string }[] }>(`${base}/api/v1/stats`);
  // The web benchmark's popular queries, and one more.
  const queries = [...SEARCH_QUERIES, 'ランサムウェア'];
  const page = incidents.items.map((i) => `/incidents/${encodeURIComponent(i.slug)}`);
  const api = incidents.items.map((i) => `/api/v1/incidents/${i.id}`);
  const q = (s: string) => encodeURIComponent(s);
  return weightedPicker([
    [['/', '/?lang=en'], 10],
    [page, 25],
    [queries.map((s) => `/api/v1/search?q=${q(s)}`), 15],
    [queries.map((s) => `/search?q=${q(s)}`), 7],
    [queries.map((s) => `/api/v1/suggest?q=${q(s.slice(0, 2))}`), 4],
    [api, 12],
    [['/api/v1/incidents?limit=20', '/api/v1/incidents?limit=20&offset=20', '/api/v1/organizations'], 5],
    [['/feed.atom'], 5],
    [services.items.slice(0, 10).map((s) => `/services/${encodeURIComponent(s.slug)}/feed.atom`), 3],
    [stats.by_data_class.slice(0, 10).map((d) => `/data-classes/${q(d.data_class)}/feed.atom`), 2],
    [['/api/v1/stats', '/api/v1/data-classes'], 5],
    [['/stats'], 3],
    [['/api/v3/breaches', '/api/v3/latestbreach'], 1],
    // k-anonymity range lookups (answered from Node's request, ahead of Hono): 64 prefixes spread
    // over the hash space.
    [
      Array.from(
        { length: 64 },
        (_, i) => `/api/v1/range/${((i * 0x3fffd) % 0x100000).toString(16).padStart(5, '0')}`,
      ),
      5,
    ],
  ]);
}

export interface SoakMinute {
  minute: number;
  requests: number;
  errors: number;
  p99_ms: number;
  rss_mb: number | null;
}

export interface SoakResult {
  duration_s: number;
  requests: number;
  errors: number;
  p99_ms: number;
  rss_start_mb: number | null;
  rss_end_mb: number | null;
  rss_slope_mb_per_min: number | null;
  minutes: SoakMinute[];
  goal_zero_errors: boolean;
  goal_flat_memory: boolean | null;
}

/** Runs the soak; `log` gets the per-minute lines. */
export async function run(opts: { durationS?: number; log?: (s: string) => void } = {}): Promise<SoakResult> {
  const log = opts.log ?? ((s: string) => console.error(s));
  const argIdx = process.argv.indexOf('--duration');
  const durationS =
    opts.durationS ??
    parseDuration((argIdx > 0 ? process.argv[argIdx + 1] : undefined) ?? process.env.SOAK_DURATION ?? '10m');
  const connections = Number(process.env.SOAK_CONNECTIONS ?? 10);
  const rate = Number(process.env.SOAK_RATE ?? 300);

  let server: ChildServer | null = null;
  let base = process.env.LEAKWATCH_SOAK_URL?.replace(/\/$/, '');
  let pid = process.env.LEAKWATCH_SOAK_PID ? Number(process.env.LEAKWATCH_SOAK_PID) : null;
  if (base) {
    if (!isLoopback(base))
      throw new Error('LEAKWATCH_SOAK_URL must be a loopback address (127.0.0.1, ::1, localhost)');
  } else {
    server = await spawnServer({ LEAKWATCH_LOG_LEVEL: process.env.LEAKWATCH_LOG_LEVEL ?? 'warn' });
    base = server.url;
    pid = server.pid;
  }
  const sampleRss = async () => (pid ? rssOf(pid) : null);

  try {
    const next = await buildMix(base);
    log(
      `soak: ${durationS}s against ${base}, ${connections} connections, ${rate > 0 ? `${rate} req/s` : 'unthrottled'}; RSS ${pid ? `of pid ${pid}` : 'not sampled (set LEAKWATCH_SOAK_PID)'}`,
    );
    const started = Date.now();
    const rssPoints: { x: number; y: number }[] = [];
    const rssTimer = setInterval(() => {
      void sampleRss().then((mb) => {
        if (mb !== null) rssPoints.push({ x: (Date.now() - started) / 60_000, y: mb });
      });
    }, 5000);
    const rssStart = await sampleRss();
    if (rssStart !== null) rssPoints.push({ x: 0, y: rssStart });

    const minutes: SoakMinute[] = [];
    let worstP99 = 0;
    try {
      for (let minute = 1, left = durationS; left > 0; minute++) {
        const window = Math.min(60, left);
        left -= window;
        const r = await autocannon({
          url: base,
          connections,
          duration: window,
          timeout: 10,
          ...(rate > 0 ? { overallRate: rate } : {}),
          requests: [{ setupRequest: (req) => ({ ...req, path: next() }) }],
        });
        const row: SoakMinute = {
          minute,
          requests: r.requests.total ?? 0,
          errors: r.errors + r.timeouts + r.non2xx,
          p99_ms: r.latency.p99,
          rss_mb: await sampleRss(),
        };
        worstP99 = Math.max(worstP99, row.p99_ms);
        minutes.push(row);
        log(
          `  min ${String(minute).padStart(3)}  ${String(row.requests).padStart(7)} req  ${String(row.errors).padStart(4)} err  p99 ${String(row.p99_ms).padStart(5)} ms  RSS ${row.rss_mb === null ? '—' : `${row.rss_mb.toFixed(1)} MB`}`,
        );
      }
    } finally {
      clearInterval(rssTimer);
    }
    const rssEnd = await sampleRss();
    if (rssEnd !== null) rssPoints.push({ x: (Date.now() - started) / 60_000, y: rssEnd });
    // The first minute includes warm-up (JIT, SQLite page cache, caches filling): judge growth after it
    // when the run is long enough to have an after.
    const steady = rssPoints.filter((p) => p.x >= 1);
    const rssSlope = rssPoints.length < 2 ? null : slope(steady.length >= 3 ? steady : rssPoints);
    const errors = minutes.reduce((s, m) => s + m.errors, 0);
    const result: SoakResult = {
      duration_s: durationS,
      requests: minutes.reduce((s, m) => s + m.requests, 0),
      errors,
      p99_ms: worstP99,
      rss_start_mb: rssStart === null ? null : Number(rssStart.toFixed(1)),
      rss_end_mb: rssEnd === null ? null : Number(rssEnd.toFixed(1)),
      rss_slope_mb_per_min: rssSlope === null ? null : Number(rssSlope.toFixed(3)),
      minutes,
      goal_zero_errors: errors === 0,
      // "Flat": under 1 MB/min of growth once warm (a leak of a few KB per request shows far above).
      goal_flat_memory: rssSlope === null ? null : rssSlope < 1,
    };
    log(
      `soak done: ${result.requests} requests, ${errors} errors (goal 0), worst p99 ${worstP99} ms, RSS ${result.rss_start_mb ?? '—'} → ${result.rss_end_mb ?? '—'} MB, slope ${result.rss_slope_mb_per_min ?? '—'} MB/min (goal < 1)`,
    );
    return result;
  } finally {
    await server?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then(
    (r) => {
      const { minutes: _minutes, ...summary } = r;
      console.log(JSON.stringify({ ...summary, minutes: r.minutes.length }));
    },
    (err: unknown) => {
      console.error(`soak failed: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
