import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { leanLane } from '../src/api/lean-lane.js';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/store/db.js';
import { nameIndex } from '../src/store/name-index.js';
import { createReader } from '../src/store/reader.js';
import { loadStarterDataset } from '../src/store/starter.js';
import { distinctQueriesOf } from './web.js';

/**
 * CPU time per uncached search API request, in one process, without sockets: the server's own
 * request listener (lean lane in front of the app, as src/server.ts builds it) called with a minimal
 * Node request and response for GET /api/v1/search?q=…&n=i — the web bench's distinct queries, every
 * URL new so the answer cache never hits — and, beside it, reader.searchIncidents() alone for the
 * same queries. What autocannon's req/s cannot tell on a loaded two-core machine: how many µs of
 * server CPU each request costs, and how much of that is the search itself.
 *
 * `npx tsx bench/search-api-cpu.ts [passes]` prints one JSON line.
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
  const db = await openDatabase({ dataDir });
  try {
    await loadStarterDataset(db);
    const deps = { config, db, reader: createReader(db) };
    await nameIndex(db);
    const app = createApp(deps);
    const listener = leanLane(deps).listener(getRequestListener(app.fetch, { hostname: '127.0.0.1' }));
    const names = (
      await db.kysely.selectFrom('organizations').select('name').orderBy('name').orderBy('id').execute()
    ).map((o) => o.name);
    const queries = distinctQueriesOf(names, 2000);
    let n = 0;
    const apiOnce = async () => {
      for (const q of queries) {
        const { req, res, done } = fakeRequest(`/api/v1/search?q=${encodeURIComponent(q)}&n=${++n}`);
        listener(req, res);
        if ((await done) !== 200) throw new Error(`search for ${q} did not answer 200`);
      }
    };
    const searchOnce = async () => {
      for (const q of queries) await deps.reader.searchIncidents(q, { limit: 20, offset: 0 });
    };
    await apiOnce(); // warm-up: JIT, summaries kept by the name index
    await searchOnce();
    const cpu = async (f: () => Promise<void>) => {
      const c = process.cpuUsage();
      await f();
      const u = process.cpuUsage(c);
      return (u.user + u.system) / queries.length;
    };
    // SEARCH_CPU_PROFILE=file.cpuprofile: a V8 CPU profile of the measured API passes only.
    const profile = process.env.SEARCH_CPU_PROFILE;
    const session = profile ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const api: number[] = [];
    const search: number[] = [];
    for (let p = 0; p < passes; p++) {
      api.push(await cpu(apiOnce));
      search.push(await cpu(searchOnce));
    }
    if (session && profile) {
      const { profile: p } = await session.post('Profiler.stop');
      await writeFile(profile, JSON.stringify(p));
      session.disconnect();
    }
    const min = (a: number[]) => Math.round(Math.min(...a));
    console.log(
      JSON.stringify({
        queries: queries.length,
        api_cpu_us_per_request: min(api),
        search_cpu_us_per_query: min(search),
        around_search_cpu_us: min(api) - min(search),
        passes: api.map(Math.round),
      }),
    );
  } finally {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
