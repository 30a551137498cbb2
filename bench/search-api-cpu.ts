import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import type { Config } from '../src/config.js';
import { loadConfig } from '../src/config.js';
import type { Db } from '../src/store/db.js';
import { distinctQueriesOf } from './web.js';

/**
 * CPU time per uncached search API request, in one process, without sockets: the server's own
 * request listener (lean lane in front of the app, as src/server.ts builds it) called with a minimal
 * Node request and response for GET /api/v1/search?q=…&n=i — the web bench's distinct queries, every
 * URL new so the answer cache never hits — and, beside it, reader.searchIncidents() alone for the
 * same queries. What autocannon's req/s cannot tell on a loaded two-core machine: how many µs of
 * server CPU each request costs, and how much of that is the search itself.
 *
 * `npx tsx bench/search-api-cpu.ts [passes]` prints one JSON line. With SEARCH_AB_BASE=DIR (another
 * checkout of leakwatch, e.g. `git archive main | tar -x -C DIR` with node_modules linked), the same
 * app is also built from DIR's sources over the same database, and the two are measured in
 * alternating passes in this one process: a same-process A/B ("base" against "this").
 */
function fakeRequest(url: string): { req: IncomingMessage; res: ServerResponse; done: Promise<number> } {
  let finish!: (status: number) => void;
  const done = new Promise<number>((r) => {
    finish = r;
  });
  let status = 0;
  const req = {
    method: 'GET',
    url,
    headers: { host: '127.0.0.1' },
    socket: { remoteAddress: '127.0.0.1' },
  } as unknown as IncomingMessage;
  const res = {
    headersSent: false,
    writeHead(s: number) {
      status = s;
      return res;
    },
    end() {
      finish(status);
    },
    destroy() {
      finish(-1);
    },
  } as unknown as ServerResponse;
  return { req, res, done };
}

interface Tree {
  listener: RequestListener;
  search(q: string): Promise<unknown>;
  db: Db;
}

/** The app as src/server.ts builds it, from the sources under `root` (this checkout or another). */
async function buildTree(root: string, config: Config, seed: boolean): Promise<Tree> {
  const from = async (path: string) => import(pathToFileURL(join(root, path)).href);
  const { openDatabase } = await from('src/store/db.ts');
  const { loadStarterDataset } = await from('src/store/starter.ts');
  const { createReader } = await from('src/store/reader.ts');
  const { nameIndex } = await from('src/store/name-index.ts');
  const { createApp } = await from('src/app.ts');
  const { leanLane } = await from('src/api/lean-lane.ts');
  const db: Db = await openDatabase({ dataDir: config.dataDir });
  if (seed) await loadStarterDataset(db);
  const deps = { config, db, reader: createReader(db) };
  await nameIndex(db);
  const app = createApp(deps);
  return {
    db,
    listener: leanLane(deps).listener(getRequestListener(app.fetch, { hostname: '127.0.0.1' })),
    search: (q) => deps.reader.searchIncidents(q, { limit: 20, offset: 0 }),
  };
}

async function main(): Promise<void> {
  const passes = Number(process.argv[2] ?? 3);
  const dataDir = await mkdtemp(join(tmpdir(), 'leakwatch-search-cpu-'));
  const config = loadConfig({
    ...process.env,
    LEAKWATCH_DATA_DIR: dataDir,
    LEAKWATCH_PUBLIC_URL: 'http://127.0.0.1',
    LEAKWATCH_SECRET: 'bench-only-secret-0123456789',
    LEAKWATCH_API_RATE_PER_MIN: '1000000000',
    LEAKWATCH_LOG_LEVEL: 'warn',
  });
  const trees: [string, Tree][] = [
    ['this', await buildTree(resolve(import.meta.dirname, '..'), config, true)],
  ];
  const base = process.env.SEARCH_AB_BASE;
  if (base) trees.unshift(['base', await buildTree(resolve(base), config, false)]);
  try {
    const names = (
      await trees[0]![1].db.kysely
        .selectFrom('organizations')
        .select('name')
        .orderBy('name')
        .orderBy('id')
        .execute()
    ).map((o) => o.name);
    const queries = distinctQueriesOf(names, 2000);
    let n = 0;
    const apiOnce = async (t: Tree) => {
      for (const q of queries) {
        const { req, res, done } = fakeRequest(`/api/v1/search?q=${encodeURIComponent(q)}&n=${++n}`);
        t.listener(req, res);
        if ((await done) !== 200) throw new Error(`search for ${q} did not answer 200`);
      }
    };
    const searchOnce = async (t: Tree) => {
      for (const q of queries) await t.search(q);
    };
    for (const [, t] of trees) {
      await apiOnce(t); // warm-up: JIT, summaries kept by the name index
      await searchOnce(t);
    }
    const cpu = async (f: () => Promise<void>) => {
      const c = process.cpuUsage();
      await f();
      const u = process.cpuUsage(c);
      return (u.user + u.system) / queries.length;
    };
    // SEARCH_CPU_PROFILE=file.cpuprofile: a V8 CPU profile of the measured passes only.
    const profile = process.env.SEARCH_CPU_PROFILE;
    const session = profile ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const api = new Map<string, number[]>(trees.map(([name]) => [name, []]));
    const search = new Map<string, number[]>(trees.map(([name]) => [name, []]));
    for (let p = 0; p < passes; p++) {
      for (const [name, t] of trees) {
        api.get(name)!.push(await cpu(() => apiOnce(t)));
        search.get(name)!.push(await cpu(() => searchOnce(t)));
      }
    }
    if (session && profile) {
      const { profile: p } = await session.post('Profiler.stop');
      await writeFile(profile, JSON.stringify(p));
      session.disconnect();
    }
    const min = (a: number[]) => Math.round(Math.min(...a));
    const out: Record<string, unknown> = { queries: queries.length };
    for (const [name] of trees) {
      const prefix = trees.length > 1 ? `${name}_` : '';
      out[`${prefix}api_cpu_us_per_request`] = min(api.get(name)!);
      out[`${prefix}search_cpu_us_per_query`] = min(search.get(name)!);
      out[`${prefix}around_search_cpu_us`] = min(api.get(name)!) - min(search.get(name)!);
      out[`${prefix}passes`] = api.get(name)!.map(Math.round);
    }
    console.log(JSON.stringify(out));
  } finally {
    for (const [, t] of trees) await t.db.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
