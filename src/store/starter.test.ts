import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJaCount, romaji, toHiragana } from '../../scripts/build-starter.js';
import { isAppError } from '../errors.js';
import type { IncidentRecord } from '../incidents/record.js';
import { createReader } from './reader.js';
import { loadStarterDataset, readStarterFile, STARTER_FILE } from './starter.js';
import { describeEachDialect } from './testing.js';

let records: IncidentRecord[] = [];
beforeAll(async () => {
  records = await readStarterFile();
});

/** A record by key, also when it was joined into another dataset's incident (`also`). */
function byKey(key: string): IncidentRecord {
  const r = records
    .flatMap((x) => [x, ...x.also.map((a) => ({ ...a, also: [] }))])
    .find((x) => x.key === key);
  if (!r) throw new Error(`missing ${key}`);
  return r;
}

describe('shipped starter dataset', () => {
  it('resolves to data/starter/incidents.json.gz at the package root', () => {
    expect(STARTER_FILE.replace(/\\/g, '/')).toMatch(/\/data\/starter\/incidents\.json\.gz$/);
    expect(STARTER_FILE).not.toMatch(/[/\\]src[/\\]data[/\\]/);
  });

  it('validates, has unique keys (also across joined records) and at least 10,000 incidents', () => {
    expect(records.length).toBeGreaterThanOrEqual(10_000);
    const keys = records.flatMap((r) => [r.key, ...r.also.map((a) => a.key)]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys)
      expect(k).toMatch(
        /^(starter:(seed|jpsa)-|corpus:|prc:|hhs:|wa-ag:|ca-ag:|hibp:|jp-history:|jp-notice:|world:)/,
      );
  });

  it('holds Anthem 2015, Premera 2015 and Excellus 2015 each as one incident with several sources', () => {
    const of2015 = (name: RegExp) =>
      records.filter((r) =>
        [r, ...r.also].some((x) => name.test(x.organization.name) && (x.published ?? '').startsWith('2015')),
      );
    for (const name of [/^Anthem\b/, /^Premera Blue Cross$/, /^Excellus/]) {
      const found = of2015(name);
      expect(found, String(name)).toHaveLength(1);
      expect(found[0]!.also.length, String(name)).toBeGreaterThan(0);
    }
  });

  it('is sorted by key (deterministic output of the builder)', () => {
    const keys = records.map((r) => r.key);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('holds the five seed incidents with the facts of their gold labels', () => {
    expect(records.filter((r) => r.key.startsWith('starter:seed-'))).toHaveLength(5);

    const naver = byKey('starter:seed-naver-2013');
    expect(naver.organization.name).toBe('LINE株式会社');
    expect(naver.services.map((s) => s.name)).toContain('NAVER');
    expect(naver.affected).toEqual({ count: 1692496, unit: 'accounts', qualifier: 'exact' });
    expect(naver.published).toBe('2013-07-19');
    expect(naver.report_stage).toBe('first');
    expect(naver.leak_status).toBe('possible');
    expect(naver.data_classes).toEqual(expect.arrayContaining(['Email addresses', 'Passwords', 'Nicknames']));

    const netoff = byKey('starter:seed-netoff-2012');
    expect(netoff.affected).toEqual({ count: 10589, unit: 'records', qualifier: 'max' });
    expect(netoff.published).toBe('2012-12-17');
    expect(netoff.detected).toBe('2012-09-25');
    expect(netoff.leak_status).toBe('not_found');
    expect(netoff.contact?.phones).toContain('0120-02-0215');
    expect(netoff.organization.aliases).toEqual(
      expect.arrayContaining(['ネットオフ', 'ねっとおふ', 'netoff', 'NetOff']),
    );

    const narsus = byKey('starter:seed-iodata-narsus-2020');
    expect(narsus.services.map((s) => s.name)).toEqual(['NarSuS']);
    expect(narsus.affected).toEqual({ count: 61942, unit: 'records', qualifier: 'exact' });
    expect(narsus.report_stage).toBe('final');
    expect(narsus.causes).toEqual(
      expect.arrayContaining(['misconfiguration', 'weak_credentials', 'residual_data']),
    );
    expect(narsus.contact?.phones).toContain('0120-977-345');

    const nikon = byKey('starter:seed-nikon-image-space-2013');
    expect(nikon.affected).toEqual({ count: 86, unit: 'people', qualifier: 'exact' });
    expect(nikon.incident_start).toBe('2013-06-06');
    expect(nikon.leak_status).toBe('confirmed');

    const photocreate = byKey('starter:seed-photocreate');
    expect(photocreate.organization.name).toBe('株式会社フォトクリエイト');
    expect(photocreate.leak_status).toBe('possible');
  });

  it('has Japanese and international incidents from the datasets', () => {
    const jp = records.filter((r) => r.source === 'jp-security-announcements');
    const hibp = records.filter((r) => r.source === 'hibp');
    expect(jp.length).toBeGreaterThanOrEqual(70);
    expect(hibp.length).toBeGreaterThanOrEqual(40);
    expect(jp.every((r) => r.lang === 'ja' && r.country === 'JP' && r.published !== null)).toBe(true);
    expect(hibp.every((r) => r.published === null && r.affected?.unit === 'accounts')).toBe(true);
    expect(byKey('hibp:Adobe').affected?.count).toBe(152445165);
  });

  it('contains no pasted prose: every string but URLs and names is at most 120 characters', () => {
    const long: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'string') {
        // Organisation names of the US lists join affiliates ("X, including Y, Z …"): names, up to 300.
        const limit = path.endsWith('.organization.name') ? 300 : 120;
        if (v.length > limit && !/^https?:\/\/\S+$/.test(v)) long.push(`${path} (${v.length})`);
      } else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      }
    };
    for (const r of records) walk(r, r.key);
    expect(long).toEqual([]);
  });
});

describe('starter builder helpers', () => {
  it('parses plain Japanese counts and refuses lists of figures', () => {
    expect(parseJaCount('約1万2000件')).toEqual({ count: 12000, unit: 'records', qualifier: 'approx' });
    expect(parseJaCount('最大3,500名')).toEqual({ count: 3500, unit: 'people', qualifier: 'max' });
    expect(parseJaCount('最大 約643万件（会員番号の件数）')).toEqual({
      count: 6430000,
      unit: 'records',
      qualifier: 'max',
    });
    expect(parseJaCount('約51万4,000名')).toEqual({ count: 514000, unit: 'people', qualifier: 'approx' });
    expect(parseJaCount('1,360,563アカウント')).toEqual({
      count: 1360563,
      unit: 'accounts',
      qualifier: 'exact',
    });
    expect(parseJaCount('患者約13万人／職員等約1,700人')).toBeNull();
    expect(parseJaCount('不審メール約70万件（送信数）')).toBeNull();
    expect(parseJaCount('対象人数は調査中')).toBeNull();
  });

  it('writes kana in Hepburn romaji', () => {
    expect(romaji('ねっとおふ')).toBe('nettoofu');
    expect(romaji('ぎゃぞー')).toBe('gyazo');
    expect(romaji('マッチャ')).toBe('matcha');
    expect(romaji('しんぶん')).toBe('shinbun');
    expect(romaji('東京')).toBeNull();
    expect(toHiragana('ネットオフ')).toBe('ねっとおふ');
  });
});

describe('readStarterFile', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lw-starter-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names the keys of invalid records in a validation error', async () => {
    const file = join(dir, 'bad.json');
    const good = { key: 'starter:ok', source: 'test', organization: { name: 'Example Widgets Inc.' } };
    const bad = {
      key: 'starter:bad-count',
      source: 'test',
      organization: { name: '株式会社サンプル商事' },
      affected: { count: -1, unit: 'people', qualifier: 'exact' },
    };
    const noName = { key: 'starter:no-org', source: 'test' };
    await writeFile(file, JSON.stringify([good, bad, noName, good]));
    const err = await readStarterFile(file).catch((e: unknown) => e);
    expect(isAppError(err, 'validation_failed')).toBe(true);
    const message = (err as Error).message;
    expect(message).toContain('starter:bad-count');
    expect(message).toContain('starter:no-org');
    expect(message).toContain('starter:ok'); // the duplicate
  });

  it('refuses a file that is not an array', async () => {
    const file = join(dir, 'object.json');
    await writeFile(file, '{"key":"x"}');
    await expect(readStarterFile(file)).rejects.toMatchObject({ code: 'validation_failed' });
  });
});

describeEachDialect('loadStarterDataset', (getDb) => {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    // A slice of the shipped file keeps the database test fast; the whole file is validated above.
    dir = await mkdtemp(join(tmpdir(), 'lw-starter-db-'));
    file = join(dir, 'slice.json');
    const all = await readStarterFile();
    const slice = all
      .flatMap((r) => [r, ...r.also.map((a) => ({ ...a, also: [] }))])
      .filter((r) => r.key.startsWith('starter:seed-') || r.key === 'hibp:Adobe');
    await writeFile(file, JSON.stringify(slice));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports into an empty database once, then skips', async () => {
    const db = getDb();
    const first = await loadStarterDataset(db, { file });
    expect(first).toEqual({ imported: 6, skipped: false });
    const second = await loadStarterDataset(db, { file });
    expect(second).toEqual({ imported: 0, skipped: true });
    const row = await db.kysely
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(6);
  });

  it('makes seed incidents findable by kana, romaji and English names', async () => {
    const reader = createReader(getDb());
    for (const q of ['ネットオフ', 'ねっとおふ', 'netoff', 'NetOff']) {
      const hits = await reader.searchIncidents(q, { limit: 3 });
      expect(hits.items[0]?.incident.title, q).toContain('ネットオフ');
    }
    const naver = await reader.searchIncidents('ネイバー', { limit: 3 });
    expect(naver.items[0]?.incident.title).toContain('NAVER');
  });

  it('with force re-reads the file and leaves known records unchanged', async () => {
    const db = getDb();
    const again = await loadStarterDataset(db, { file, force: true });
    expect(again).toEqual({ imported: 0, skipped: false });
  });

  it('stores the seed facts', async () => {
    const db = getDb();
    const naver = await db.kysely
      .selectFrom('incidents')
      .select(['affected_count', 'affected_unit', 'leak_status', 'published'])
      .where('external_key', '=', 'starter:seed-naver-2013')
      .executeTakeFirstOrThrow();
    // PostgreSQL returns BIGINT as a string.
    expect({ ...naver, affected_count: Number(naver.affected_count) }).toMatchObject({
      affected_count: 1692496,
      affected_unit: 'accounts',
      leak_status: 'possible',
      published: '2013-07-19',
    });
  });
});
