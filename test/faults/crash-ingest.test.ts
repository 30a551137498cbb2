import { expect, it } from 'vitest';
import { runCrashIngest } from './crash-ingest.js';

it('kill -9 three times during a 1,000-notice ingest, then resume: consistent, every notice once', async () => {
  const r = await runCrashIngest({ notices: 1000, kills: 3, seed: 7 });
  expect(r.killedAt).toHaveLength(3);
  expect(r.killedAt.every((p) => p > 0 && p < 1000)).toBe(true);
  expect(r.integrity).toBe('ok');
  expect(r.foreignKeyErrors).toBe(0);
  expect(r.stored).toBe(1000);
  expect(r.distinctHashes).toBe(1000);
  expect(r.missing).toBe(0);
  expect(r.orphanNotices).toBe(0);
  expect(r.countMismatches).toBe(0);
  expect(r.links).toBe(1000);
  // Two reports per fictional company: 500 incidents.
  expect(r.incidents).toBe(500);
}, 120_000);
