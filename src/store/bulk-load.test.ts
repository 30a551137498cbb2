import { expect, it } from 'vitest';
import { IncidentRecord } from '../incidents/record.js';
import { orgRecord } from '../incidents/testing.js';
import { bulkLoadRecords, planLoad } from './bulk-load.js';
import { importRecords } from './import.js';
import { rebuildIncident } from './incident-store.js';
import { createReader } from './reader.js';
import { describeEachDialect } from './testing.js';

// Fictional organisations and figures.
const joined = IncidentRecord.parse({
  key: 'hhs:1',
  source: 'hhs',
  country: 'US',
  title: 'Northwind Health Plan breach (2015)',
  organization: { name: 'Northwind Health Plan, Inc.' },
  published: '2015-03-20',
  affected: { count: 10_400_000, unit: 'people', qualifier: 'exact' },
  causes: ['unauthorized_access'],
  sector: 'health',
  provenance: 'dataset',
  origin: { dataset: 'hhs.csv', row: 1 },
  also: [
    {
      key: 'prc:1',
      source: 'prc',
      organization: { name: 'Northwind Health Plan' },
      published: '2015-03-17',
      affected: { count: 11_000_000, unit: 'records', qualifier: 'exact' },
      origin: { dataset: 'prc.csv', row: 7 },
    },
    {
      key: 'wa-ag:1',
      source: 'wa-ag',
      organization: { name: 'Northwind Health Plan' },
      published: '2015-04-01',
      detected: '2015-01-29',
      affected: { count: 250_000, unit: 'people', qualifier: 'exact' },
    },
  ],
});
const others = [
  IncidentRecord.parse({
    key: 'jp-history:2014-kakuu',
    source: 'jp-history',
    lang: 'ja',
    country: 'JP',
    title: '架空教育サービスの顧客情報漏えい (2014)',
    organization: { name: '株式会社架空教育', aliases: ['カクウ教育', 'Kakuu Education'] },
    services: [{ name: '架空ゼミ', aliases: ['カクウゼミ'] }],
    published: '2014-07-09',
    affected: { count: 35_000_000, unit: 'records', qualifier: 'approx' },
    provenance: 'compiled',
    source_url: 'https://example.co.jp/2014/notice',
  }),
  IncidentRecord.parse({
    key: 'hibp:Kakuu',
    source: 'hibp',
    organization: { name: 'Kakuu Education' },
    incident_start: '2016-01-01',
    affected: { count: 1000, unit: 'accounts', qualifier: 'exact' },
  }),
];

describeEachDialect('bulkLoadRecords', (getDb) => {
  it('loads an empty store in one go, and refuses a store that holds incidents', async () => {
    const db = getDb();
    const r = await bulkLoadRecords(db, [joined, ...others]);
    expect(r).toEqual({ new: 3, updated: 0, unchanged: 0, failed: 0, errors: [] });
    expect(await bulkLoadRecords(db, [joined])).toBeNull();
  });

  it('writes what the per-record import would: a re-import and a rebuild change nothing', async () => {
    const db = getDb();
    const again = await importRecords(db, [joined, ...others]);
    expect(again).toMatchObject({ new: 0, updated: 0, unchanged: 3, failed: 0 });
    const ids = await db.kysely.selectFrom('incidents').select('id').execute();
    for (const { id } of ids) {
      const { changed } = await db.kysely.transaction().execute((tx) => rebuildIncident(tx, id));
      expect(changed).toEqual([]);
    }
  });

  it('makes one incident of a joined breach whose count conflict stays in the history', async () => {
    const db = getDb();
    const inc = await db.kysely
      .selectFrom('incidents')
      .select(['id', 'affected_count', 'affected_unit', 'published'])
      .where('external_key', '=', 'hhs:1')
      .executeTakeFirstOrThrow();
    // HHS ranks last: its people count stands; the first disclosure date is the earliest.
    expect(Number(inc.affected_count)).toBe(10_400_000);
    expect(inc.affected_unit).toBe('people');
    expect(inc.published).toBe('2015-03-17');
    const history = await db.kysely
      .selectFrom('fact_history')
      .select(['kind', 'from_value', 'to_value', 'reason'])
      .where('incident_id', '=', inc.id)
      .where('field', '=', 'affected')
      .orderBy('seq')
      .execute();
    expect(history.map((h) => [h.kind, h.reason])).toEqual([
      ['set', 'source record wa-ag:1'],
      ['changed', 'source record prc:1'],
      ['changed', 'source record hhs:1'],
    ]);
    expect(JSON.parse(history[2]!.from_value!).count).toBe(11_000_000);
  });

  it('finds loaded incidents by their aliases', async () => {
    const reader = createReader(getDb());
    for (const q of ['カクウ教育', 'kakuu education', '架空ゼミ']) {
      const hits = await reader.searchIncidents(q, { limit: 3 });
      expect(
        hits.items.map((h) => h.incident.title),
        q,
      ).toContain('架空教育サービスの顧客情報漏えい (2014)');
    }
  });
});

it('never joins two organisations through a spelling records give for both (pure plan)', () => {
  // Fictional. Two companies both list a predecessor's name as an alias; a board of education lists
  // its city as an alias; an English record names a company by its Japanese name.
  const plan = planLoad([
    orgRecord('jp-history:a', '株式会社ゆめ遊戯', ['ゆめ遊戯', '旧カクウ']),
    orgRecord('jp-history:b', 'カクウネット株式会社', ['旧カクウ']),
    orgRecord('jp-history:c', 'Yume Yugi', ['株式会社ゆめ遊戯']),
    orgRecord('jp-history:d', '架空市教育委員会', ['架空市']),
    orgRecord('jp-history:e', '架空市', []),
  ]);
  expect(plan.organizations.map((o) => o.name).sort()).toEqual(
    ['カクウネット株式会社', '架空市', '架空市教育委員会', '株式会社ゆめ遊戯'].sort(),
  );
});
