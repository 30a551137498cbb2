import { existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import type { NoticeInput } from '../src/incidents/types.js';
import { type ExtractPool, extractPool } from '../src/ingest/extract-pool.js';
import { readFileNotice } from '../src/ingest/file-notice.js';
import { ingestNoticeChunks } from '../src/ingest/pipeline.js';
import { rampedBatch } from '../src/ingest/run.js';
import { forgetReports } from '../src/store/continuation-candidates.js';
import { openDatabase } from '../src/store/db.js';

/**
 * The ingest's writer alone (issue 17): a folder's extraction is recorded once (the real worker
 * pool, its results serialised by text into REC), then the pipeline runs over the same batches as
 * `leakwatch ingest DIR` with a pool that hands the recorded results back (deserialised per batch,
 * as the worker's structured clone is), into a fresh SQLite file each run. Prints the main thread's
 * CPU ms a notice of each run (the first cold, as in the CLI, the next warm): no extraction worker
 * and no V8 compiling for it compete for the cores, so the figure moves less on a loaded machine.
 * Also prints the CPU ms a notice of the process's other threads in each run: with extraction
 * replayed they are V8's helpers, TurboFan compiling the writer's functions and concurrent GC.
 *
 *   node --no-regexp-tier-up --max-inlined-bytecode-size-cumulative=100 --import tsx \
 *     bench/ingest-writer.ts DIR REC [RUNS]
 */
const [dir, rec, runsArg] = process.argv.slice(2);
if (!dir || !rec) throw new Error('usage: bench/ingest-writer.ts DIR REC [RUNS]');
const runs = Number(runsArg ?? 3);

const schedFd = openSync('/proc/thread-self/schedstat', 'r');
const schedBuf = Buffer.alloc(128);
/** CPU ns of the calling (main) thread. */
function threadNs(): number {
  const len = readSync(schedFd, schedBuf, 0, 128, 0);
  return Number(schedBuf.toString('latin1', 0, len).split(' ')[0]);
}

/** CPU ns of every other thread of the process (V8's compiling and GC helpers: no extraction runs). */
function otherThreadsNs(): number {
  const self = readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[0];
  let ns = 0;
  for (const tid of readdirSync('/proc/self/task')) {
    if (tid === self) continue;
    try {
      ns += Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return ns;
}

const inputs: NoticeInput[] = [];
for (const f of readdirSync(dir).sort()) inputs.push(await readFileNotice(join(dir, f), 10_000_000));
const chunks: NoticeInput[][] = [];
for (let k = 0, at = 0; at < inputs.length; k++) {
  const size = rampedBatch(k, 100);
  chunks.push(inputs.slice(at, at + size));
  at += size;
}

/** Each text's extraction result, serialised. */
let recorded: Map<string, Buffer>;
if (existsSync(rec)) recorded = new Map(v8.deserialize(readFileSync(rec)) as [string, Buffer][]);
else {
  recorded = new Map();
  const pool = extractPool(1);
  const recording: ExtractPool = {
    ...pool,
    async extractPrepared(items) {
      const results = await pool.extractPrepared(items);
      for (const [i, item] of items.entries()) recorded.set(item.text, v8.serialize(results[i]));
      return results;
    },
  };
  const work = join(tmpdir(), `leakwatch-writer-rec-${process.pid}`);
  const db = await openDatabase({ dataDir: work, sqliteFile: 'rec.db' });
  await ingestNoticeChunks(db, chunks, { pool: recording });
  await db.close();
  await pool.close();
  rmSync(work, { recursive: true, force: true });
  writeFileSync(rec, v8.serialize([...recorded]));
}

const replay: ExtractPool = {
  async extractPrepared(items) {
    return items.map((item) => {
      const r = recorded.get(item.text);
      if (!r) throw new Error('a text not in the recording (record again)');
      return v8.deserialize(r);
    });
  },
  extract: async () => {
    throw new Error('not recorded');
  },
  readFiles: async () => {
    throw new Error('not recorded');
  },
  reading: () => false,
  close: async () => {},
};

const perNotice: number[] = [];
const othersPerNotice: number[] = [];
for (let r = 0; r < runs; r++) {
  forgetReports();
  const work = join(tmpdir(), `leakwatch-writer-${process.pid}-${r}`);
  const db = await openDatabase({ dataDir: work, sqliteFile: 'w.db' });
  const t0 = threadNs();
  const o0 = otherThreadsNs();
  const outcomes = await ingestNoticeChunks(db, chunks, { pool: replay });
  perNotice.push(Math.round((threadNs() - t0) / 1e3 / outcomes.length) / 1e3);
  othersPerNotice.push(Math.round((otherThreadsNs() - o0) / 1e3 / outcomes.length) / 1e3);
  await db.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(
  JSON.stringify({
    notices: inputs.length,
    writer_ms_per_notice: perNotice,
    v8_threads_ms_per_notice: othersPerNotice,
  }),
);
