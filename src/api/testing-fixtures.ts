import type { IncidentRecordInput } from '../incidents/record.js';
import type { Db } from '../store/db.js';
import { importRecords } from '../store/import.js';

/**
 * Fictional incidents for the API, feed and benchmark tests: made-up companies on example.* domains,
 * no real people. Three hand-written ones with distinctive facts, plus `extra` generated ones to make
 * pagination and the benchmark realistic.
 */
export function apiFixtureRecords(extra = 22): IncidentRecordInput[] {
  const records: IncidentRecordInput[] = [
    {
      key: 'fixture:sample-shoji-2026',
      source: 'fixture',
      lang: 'ja',
      title: 'サンプルモールへの不正アクセス',
      organization: {
        name: '株式会社サンプル商事',
        aliases: ['サンプルショウジ', 'Sample Shoji'],
        domains: ['sample-shoji.example.jp'],
      },
      services: [{ name: 'サンプルモール', aliases: ['Sample Mall'], domains: ['sample-mall.example.jp'] }],
      report_stage: 'final',
      published: '2026-03-10',
      incident_start: '2026-01-15',
      detected: '2026-02-01',
      affected: { count: 12000, unit: 'people', qualifier: 'max' },
      data_classes: ['Names', 'Email addresses', 'Credit cards'],
      causes: ['web_skimming'],
      measures: ['card_payment_suspended', 'external_investigation'],
      leak_status: 'confirmed',
    },
    {
      key: 'fixture:example-widgets-2025',
      source: 'fixture',
      lang: 'en',
      title: 'Example Widgets customer database breach',
      organization: { name: 'Example Widgets Inc.', aliases: [], domains: ['widgets.example.com'] },
      services: [],
      published: '2025-11-20',
      incident_start: '2025-10-02',
      affected: { count: 45000, unit: 'accounts', qualifier: 'exact' },
      data_classes: ['Email addresses', 'Passwords', 'Usernames'],
      causes: ['sql_injection'],
      leak_status: 'possible',
    },
    {
      key: 'hibp:ExampleForum',
      source: 'hibp',
      lang: 'en',
      title: 'Example Forum',
      organization: { name: 'Example Forum', aliases: [], domains: ['forum.example.org'] },
      incident_start: '2019-05-01',
      affected: { count: 987654, unit: 'accounts', qualifier: 'exact' },
      data_classes: ['Email addresses', 'IP addresses', 'Passwords'],
      leak_status: 'confirmed',
    },
  ];
  const classes = [
    'Names',
    'Phone numbers',
    'Physical addresses',
    'Dates of birth',
    "Driver's licenses",
  ] as const;
  for (let i = 1; i <= extra; i++) {
    records.push({
      key: `fixture:generated-${i}`,
      source: 'fixture',
      lang: i % 2 === 0 ? 'ja' : 'en',
      title: `テスト工業${i}号事案 <test & "quote">`,
      organization: {
        name: `テスト工業${i}株式会社`,
        aliases: [`Test Kogyo ${i}`],
        domains: [`kogyo${i}.example.jp`],
      },
      published: `20${String(10 + (i % 16)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      affected: { count: 100 * i, unit: 'people', qualifier: 'approx' },
      data_classes: [classes[i % classes.length]!, 'Email addresses'],
      causes: [i % 3 === 0 ? 'ransomware' : 'misdelivery'],
      leak_status: 'confirmed',
    });
  }
  return records;
}

/** Imports the fixture records; throws when any fails (a test must not run on half its data). */
export async function seedApiFixtures(db: Db, extra = 22): Promise<number> {
  const records = apiFixtureRecords(extra);
  const r = await importRecords(db, records);
  if (r.failed > 0) throw new Error(`fixture import failed: ${JSON.stringify(r.errors)}`);
  return records.length;
}
