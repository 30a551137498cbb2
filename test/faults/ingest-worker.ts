/**
 * Child process for the crash test: ingests every file of a directory into the SQLite store in a
 * data directory, printing "progress N" every 10 files, then "done N". Idempotent (the store keys
 * notices by content hash), so running it again after a kill -9 resumes where it stopped.
 *
 * Usage: node --import tsx test/faults/ingest-worker.ts DATA_DIR NOTICES_DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestNotice } from '../../src/ingest/pipeline.js';
import { openDatabase } from '../../src/store/db.js';

const [dataDir, noticesDir] = process.argv.slice(2);
if (!dataDir || !noticesDir) {
  process.stderr.write('usage: ingest-worker.ts DATA_DIR NOTICES_DIR\n');
  process.exit(2);
}
const db = await openDatabase({ dataDir });
const files = readdirSync(noticesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
let n = 0;
let failed = 0;
for (const f of files) {
  try {
    await ingestNotice(db, { text: readFileSync(join(noticesDir, f), 'utf8'), via: 'file' });
  } catch (err) {
    failed++;
    process.stderr.write(`failed ${f}: ${(err as Error).message}\n`);
  }
  n++;
  if (n % 10 === 0) process.stdout.write(`progress ${n}\n`);
}
await db.close();
process.stdout.write(`done ${n} failed ${failed}\n`);
