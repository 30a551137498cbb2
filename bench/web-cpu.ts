import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { type ChildServer, spawnServer } from './spawn-server.js';
import { distinctQueries } from './web.js';

/**
 * Server CPU per request for the web bench's three targets — the bare Hono route, the uncached
 * search API (every URL new) and an incident page — read from the server child's own CPU time
 * (/proc/<pid>/stat, user + system) around a fixed number of requests at the web bench's 50
 * connections. On a machine shared with other jobs req/s moves with their load; the server's CPU
 * time per request moves much less, and it is what the ratios of `npm run bench -- web` come from
 * (on two cores, one for the server and one for autocannon, req/s ≈ 1 / CPU per request). A loaded
 * machine still inflates every figure (fewer requests per turn of the event loop, cold caches), so
 * compare runs made side by side, not with quiet-machine req/s.
 *
 * `npx tsx bench/web-cpu.ts [requests per pass] [passes]` prints one JSON line: µs of server CPU
 * per request, the best pass of each target (passes alternate between targets), and the ratios
 * bare ÷ target that stand in for the web bench's req/s ratios. WEB_CPU_TARGETS=search_uncached
 * (comma-separated names) measures only those; with BENCH_PROFILE_DIR the server child also writes
 * a V8 CPU profile there when it exits. WEB_CPU_BASE=DIR (another checkout, node_modules linked)
 * runs DIR's server child beside this one and alternates every pass between the two: an A/B
 * ("base_…" against this tree's figures) under the same load.
 */

const TICK_US = 1e6 / 100; // USER_HZ is 100 on Linux

async function cpuUs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at the last ')'.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK_US;
}

interface Target {
  name: string;
  /** The paths to request on each server (slugs differ between two seeded databases). */
  paths: Map<ChildServer, string[]>;
  bare: boolean;
  bust: boolean;
}

let counter = 0;
async function drive(server: ChildServer, t: Target, amount: number, connections: number): Promise<number> {
  const result = await autocannon({
    url: t.bare ? server.bareUrl : server.url,
    connections,
    amount,
    timeout: 10,
    requests: t.bust
      ? [
          {
            setupRequest: (req) => {
              const paths = t.paths.get(server)!;
              const path = paths[counter % paths.length]!;
              counter++;
              return { ...req, path: `${path}${path.includes('?') ? '&' : '?'}n=${counter}` };
            },
          },
        ]
      : t.paths.get(server)!.map((path) => ({ path })),
  });
  const bad = result.errors + result.timeouts + result.non2xx;
  if (bad > 0) {
    throw new Error(
      `${t.name}: ${bad} failed requests (errors ${result.errors}, timeouts ${result.timeouts}, status ${JSON.stringify(result.statusCodeStats)})`,
    );
  }
  return result.requests.total ?? amount;
}

async function main(): Promise<void> {
  const amount = Number(process.argv[2] ?? 20_000);
  const passes = Number(process.argv[3] ?? 3);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const env = { LEAKWATCH_LOG_LEVEL: process.env.LEAKWATCH_LOG_LEVEL ?? 'warn' };
  const base = process.env.WEB_CPU_BASE;
  const servers: [string, ChildServer][] = [['', await spawnServer(env)]];
  try {
    if (base) {
      servers.unshift([
        'base_',
        await spawnServer(env, 120_000, join(resolve(base), 'bench/server-child.ts')),
      ]);
    }
    const bare = new Map<ChildServer, string[]>();
    const queries = new Map<ChildServer, string[]>();
    const pages = new Map<ChildServer, string[]>();
    for (const [, server] of servers) {
      const list = (await (await fetch(`${server.url}/api/v1/incidents?limit=20`)).json()) as {
        items: { slug: string }[];
      };
      bare.set(server, ['/bare']);
      pages.set(
        server,
        list.items.map((i) => `/incidents/${encodeURIComponent(i.slug)}`),
      );
      queries.set(
        server,
        (await distinctQueries(server.url, 2000)).map((q) => `/api/v1/search?q=${encodeURIComponent(q)}`),
      );
    }
    const only = process.env.WEB_CPU_TARGETS?.split(',');
    const targets: Target[] = [
      { name: 'bare', paths: bare, bare: true, bust: false },
      { name: 'search_uncached', paths: queries, bare: false, bust: true },
      { name: 'incident_page', paths: pages, bare: false, bust: false },
    ].filter((t) => !only || only.includes(t.name));
    // Warm-up: JIT, the name index's summaries, the pages' render memo.
    for (const [, server] of servers) {
      for (const t of targets) await drive(server, t, Math.min(amount, 5000), connections);
    }
    const per = new Map<string, number[]>();
    for (let p = 0; p < passes; p++) {
      for (const t of targets) {
        for (const [prefix, server] of servers) {
          const before = await cpuUs(server.pid);
          const n = await drive(server, t, amount, connections);
          const after = await cpuUs(server.pid);
          const key = `${prefix}${t.name}`;
          per.set(key, [...(per.get(key) ?? []), (after - before) / n]);
        }
      }
    }
    const best = (key: string) => Math.min(...per.get(key)!);
    const out: Record<string, unknown> = { requests_per_pass: amount };
    for (const [prefix] of servers) {
      for (const t of targets) {
        const key = `${prefix}${t.name}`;
        out[`${key}_cpu_us`] = Number(best(key).toFixed(1));
        out[`${key}_passes`] = per.get(key)!.map((v) => Number(v.toFixed(1)));
        if (per.has(`${prefix}bare`) && !t.bare) {
          out[`${key}_ratio`] = Number((best(`${prefix}bare`) / best(key)).toFixed(3));
        }
      }
    }
    out.load_avg_1m = Number((loadavg()[0] ?? 0).toFixed(1));
    console.log(JSON.stringify(out));
  } finally {
    for (const [, server] of servers) await server.stop();
  }
}

await main();
