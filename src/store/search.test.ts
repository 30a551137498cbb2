import { beforeAll, describe, expect, it } from 'vitest';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import { ingestNotice } from '../ingest/pipeline.js';
import { importRecords } from './import.js';
import { createReader } from './reader.js';
import { ftsMatch } from './search.js';
import { describeEachDialect } from './testing.js';

describeEachDialect('search', (getDb) => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const db = getDb();
    const engine = fakeEngine();
    const netoff = engine.add(
      'ネットオフ株式会社 お客様情報流出の可能性に関するお知らせ。携帯電話サイトの会員情報が対象です。',
      noticeFacts({
        organization: fact('ネットオフ株式会社'),
        services: [fact('ネットオフ')],
        published: fact('2012-10-19'),
      }),
    );
    ids.netoff = (await ingestNotice(db, { text: netoff, via: 'file' }, { engine })).incidentId!;
    const widgets = engine.add(
      'Example Widgets Inc. Notice of Data Security Incident affecting the online store.',
      noticeFacts({
        lang: 'en',
        organization: fact('Example Widgets Inc.'),
        services: [fact('Widget Store')],
        published: fact('2023-02-01'),
      }),
    );
    ids.widgets = (await ingestNotice(db, { text: widgets, via: 'file' }, { engine })).incidentId!;
    const sample = engine.add(
      '株式会社サンプル商事 お知らせ\n会員向けポイントサービスへの不正ログインについて',
      noticeFacts({ organization: fact('株式会社サンプル商事'), published: fact('2021-07-07') }),
    );
    ids.sample = (await ingestNotice(db, { text: sample, via: 'file' }, { engine })).incidentId!;
    await importRecords(db, [
      {
        key: 'test:nikon-space',
        source: 'test',
        title: 'Example image service accounts mixed up',
        organization: { name: 'ニコン', aliases: ['Nikon Corporation'] },
        services: [{ name: 'NIKON IMAGE SPACE', domains: ['nikonimagespace.example.com'] }],
        published: '2013-06-21',
      },
    ]);
    ids.nikon = (
      await db.kysely
        .selectFrom('incidents')
        .select('id')
        .where('external_key', '=', 'test:nikon-space')
        .executeTakeFirstOrThrow()
    ).id;
  });

  const top = async (q: string) => (await createReader(getDb()).searchIncidents(q)).items[0]?.incident.id;

  it('finds a kana name from katakana, hiragana, half-width kana and romaji', async () => {
    expect(await top('ネットオフ')).toBe(ids.netoff);
    expect(await top('ねっとおふ')).toBe(ids.netoff);
    expect(await top('ﾈｯﾄｵﾌ')).toBe(ids.netoff);
    expect(await top('netoff')).toBe(ids.netoff);
    expect(await top('NetOff')).toBe(ids.netoff);
  });

  it('finds an incident by English alias, Japanese name and romaji of the Japanese name', async () => {
    expect(await top('Nikon')).toBe(ids.nikon);
    expect(await top('ニコン')).toBe(ids.nikon);
    expect(await top('にこん')).toBe(ids.nikon);
    expect(await top('image space')).toBe(ids.nikon);
    expect(await top('example widgets')).toBe(ids.widgets);
  });

  it('finds substrings of Japanese names and notice text, short queries included', async () => {
    expect(await top('サンプル商事')).toBe(ids.sample);
    expect(await top('ンプル')).toBe(ids.sample);
    expect(await top('商事')).toBe(ids.sample); // two characters: LIKE on names
    const hits = await createReader(getDb()).searchIncidents('ポイントサービス');
    expect(hits.items.map((h) => h.incident.id)).toEqual([ids.sample]);
    expect(hits.items[0]!.score).toBe(1);
  });

  it('ranks an exact alias above a prefix, a substring and a text match', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const rows: [string, string][] = [
      ['テスト堂', '2020-01-01'],
      ['テスト堂本舗', '2020-02-01'],
      ['大テスト堂', '2020-03-01'],
    ];
    const made: string[] = [];
    for (const [name, date] of rows) {
      const t = engine.add(
        `${name} のお知らせ`,
        noticeFacts({ organization: fact(name), published: fact(date) }),
      );
      made.push((await ingestNotice(db, { text: t, via: 'file' }, { engine })).incidentId!);
    }
    const t = engine.add(
      '無関係商店 のお知らせ\nテスト堂の件とは別です。',
      noticeFacts({ organization: fact('無関係商店') }),
    );
    const textOnly = (await ingestNotice(db, { text: t, via: 'file' }, { engine })).incidentId!;
    const res = await createReader(db).searchIncidents('テスト堂');
    expect(res.items.map((h) => h.incident.id)).toEqual([...made, textOnly]);
    expect(res.items.map((h) => h.score)).toEqual([5, 3, 2, 1]);
    const page2 = await createReader(db).searchIncidents('テスト堂', { limit: 2, offset: 2 });
    expect(page2.total).toBe(4);
    expect(page2.items.map((h) => h.incident.id)).toEqual([made[2], textOnly]);
  });

  it('puts Japanese incidents first for a query in Japanese script when the match is as good', async () => {
    const db = getDb();
    await importRecords(db, [
      {
        key: 'test:lang-us',
        source: 'test',
        lang: 'en',
        title: 'Fictional portal breach (2016)',
        organization: { name: 'Contoso Portal Inc.', aliases: ['コントソ'] },
        published: '2016-09-22',
      },
      {
        key: 'test:lang-jp',
        source: 'test',
        lang: 'ja',
        title: 'コントソ・ジャパン 会員ID流出 (2013)',
        organization: { name: 'コントソ・ジャパン株式会社', aliases: ['コントソ', 'Contoso Japan'] },
        published: '2013-05-17',
      },
    ]);
    const keyOf = async (q: string) => {
      const id = (await createReader(db).searchIncidents(q)).items[0]?.incident.id;
      const row = await db.kysely
        .selectFrom('incidents')
        .select('external_key')
        .where('id', '=', id!)
        .executeTakeFirst();
      return row?.external_key;
    };
    expect(await keyOf('コントソ')).toBe('test:lang-jp');
    expect(await keyOf('こんとそ')).toBe('test:lang-jp');
    // A Latin query keeps newest first.
    expect(await keyOf('Contoso')).toBe('test:lang-us');
  });

  it('returns nothing for an empty or unmatched query', async () => {
    expect((await createReader(getDb()).searchIncidents('   ')).total).toBe(0);
    expect((await createReader(getDb()).searchIncidents('存在しない会社名')).total).toBe(0);
  });

  it('suggests organisations and services by kana, romaji and English aliases', async () => {
    const r = createReader(getDb());
    const kana = await r.suggest('ねっとおふ');
    expect(kana.map((s) => s.name)).toContain('ネットオフ株式会社');
    const romaji = await r.suggest('netoff');
    expect(romaji.map((s) => s.name)).toEqual(expect.arrayContaining(['ネットオフ株式会社', 'ネットオフ']));
    const en = await r.suggest('nikon');
    expect(en[0]).toMatchObject({ kind: 'organization', name: 'ニコン' });
    const inner = await r.suggest('ンプル商');
    expect(inner.map((s) => s.name)).toContain('株式会社サンプル商事');
    const prefix = await r.suggest('Example W');
    expect(prefix.map((s) => s.name)).toContain('Example Widgets Inc.');
  });
});

describe('ftsMatch', () => {
  it('takes every third trigram of a long query and its last one', () => {
    expect(ftsMatch('abc')).toBe('"abc"');
    expect(ftsMatch('abcd')).toBe('"abc" AND "bcd"');
    expect(ftsMatch('abcdefg')).toBe('"abc" AND "def" AND "efg"');
    expect(ftsMatch('ネコオンライン')).toBe('"ネコオ" AND "ンライ" AND "ライン"');
    expect(ftsMatch('a"bc')).toBe('"a""b" AND """bc"');
  });
});
