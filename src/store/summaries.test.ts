import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFixtureRecords } from '../api/testing-fixtures.js';
import { seedWebFixture } from '../web/testing.js';
import { type Db, openDatabase } from './db.js';
import { importRecords } from './import.js';
import { SUMMARY_COLUMNS, summariesByIds, toSummaries } from './summaries.js';

let dir: string;
let db: Db;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lw-summaries-'));
  db = await openDatabase({ dataDir: dir }); // a file: summariesByIds reads on the read connection
  await seedWebFixture(db);
  await importRecords(db, [
    ...apiFixtureRecords(30),
    {
      key: 'fixture:summaries-three-services',
      source: 'fixture',
      lang: 'ja',
      title: 'サンプル観光の予約サイト三つへの不正アクセス',
      organization: { name: '株式会社サンプル観光', aliases: [], domains: ['kanko.example.jp'] },
      // Written out of name order: the summary lists them as the store's key orders them.
      services: [
        { name: 'サンプル宿予約', aliases: ['Sample Yado'], domains: [] },
        { name: 'サンプル航空券', aliases: [], domains: [] },
        { name: 'サンプル レンタカー "Rent"', aliases: [], domains: [] },
      ],
      published: '2026-04-01',
      data_classes: ['Names'],
      leak_status: 'possible',
    },
  ]);
});
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('summariesByIds', () => {
  it('gives on SQLite exactly the summaries toSummaries gives, services in the same order', async () => {
    expect(db.hotRead).toBeDefined();
    const rows = await db.kysely
      .selectFrom('incidents')
      .select([...SUMMARY_COLUMNS])
      .execute();
    const expected = await toSummaries(db.kysely, rows);
    expect(expected.some((s) => s.services.length > 1)).toBe(true); // the order of services counts
    expect(expected.some((s) => s.organization !== null)).toBe(true);
    const got = await summariesByIds(
      db,
      expected.map((s) => s.id),
    );
    const byId = new Map(got.map((s) => [s.id, s]));
    expect(got).toHaveLength(expected.length);
    // Byte for byte: the search API writes these objects' JSON as it is (key order included).
    for (const s of expected) expect(JSON.stringify(byId.get(s.id))).toBe(JSON.stringify(s));
    expect(await summariesByIds(db, ['no-such-incident'])).toEqual([]);
    expect(await summariesByIds(db, [])).toEqual([]);
  });
});
