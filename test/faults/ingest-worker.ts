/**
 * Child process for the crash test: ingests every .txt file of a directory into the SQLite store in
 * a data directory through the CLI's path (ingestPaths: batches, one SAVEPOINT per notice),
 * printing "progress N" every 10 files, then "done N". Idempotent (the store keys notices by
 * content hash), so running it again after a kill -9 resumes where it stopped.
 *
 * Usage: node --import tsx test/faults/ingest-worker.ts DATA_DIR NOTICES_DIR
 */
import { ingestPaths } from '../../src/ingest/run.js';
import { openDatabase } from '../../src/store/db.js';

const [dataDir, noticesDir] = process.argv.slice(2);
if (!dataDir || !noticesDir) {
  process.stderr.write('usage: ingest-worker.ts DATA_DIR NOTICES_DIR\n');
  process.exit(2);
}
const db = await openDatabase({ dataDir });
const summary = await ingestPaths([noticesDir], {
  db,
  // Small batches: more commits, so the parent's kill points fall between and inside many of them.
  batchSize: 10,
  onProgress: (p) => {
    if (p.last.status === 'failed') process.stderr.write(`failed ${p.last.target}: ${p.last.message}\n`);
    if (p.done % 10 === 0) process.stdout.write(`progress ${p.done}\n`);
  },
});
await db.close();
process.stdout.write(`done ${summary.items.length} failed ${summary.counts.failed}\n`);
