import { beforeAll, expect, it } from 'vitest';
import { importRecords } from './import.js';
import { createReader } from './reader.js';
import { describeEachDialect } from './testing.js';

/**
 * Ranking of names (issue 15): exact names and aliases, services and whole words before matches
 * inside longer words. Fixtures are invented: a messaging service "NORA" (alias ノラ) run by one
 * company, and names that merely contain "nora" or ノラ inside a longer word.
 */
describeEachDialect('search ranking', (getDb) => {
  const ids: Record<string, string> = {};
  const idOf = async (key: string) =>
    (
      await getDb()
        .kysely.selectFrom('incidents')
        .select('id')
        .where('external_key', '=', key)
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    await importRecords(getDb(), [
      {
        key: 'rank:nora-app',
        source: 'test',
        title: 'メッセージアプリで他人のトークが見えた件',
        organization: { name: '株式会社ミドリ通信', aliases: ['Midori Tsushin'] },
        services: [{ name: 'NORA', aliases: ['ノラ'] }],
        published: '2022-04-01',
      },
      {
        key: 'rank:nora-club',
        source: 'test',
        title: 'Example Nora Club member list exposed',
        organization: { name: 'Example Nora Club' },
        published: '2024-01-10',
      },
      {
        key: 'rank:noradrenal',
        source: 'test',
        title: 'Noradrenal Labs breach',
        organization: { name: 'Noradrenal Labs' },
        published: '2025-05-05',
      },
      {
        key: 'rank:noraneko-shop',
        source: 'test',
        title: 'ノラネコオンラインショップの顧客情報流出',
        organization: { name: '株式会社ノラネコ堂' },
        published: '2025-06-01',
      },
      {
        key: 'rank:hanako',
        source: 'test',
        title: 'ハナコ電機 ウェブサイト改ざん',
        organization: { name: 'ハナコ電機株式会社', aliases: ['Hanako Denki'] },
        published: '2020-02-02',
      },
    ]);
    for (const k of ['nora-app', 'nora-club', 'noradrenal', 'noraneko-shop', 'hanako'])
      ids[k] = await idOf(`rank:${k}`);
  });

  const search = async (q: string) => (await createReader(getDb()).searchIncidents(q)).items;

  it('finds a service by its kana alias in katakana and hiragana, and only whole-word names', async () => {
    for (const q of ['ノラ', 'のら', 'ﾉﾗ']) {
      const hits = await search(q);
      expect(hits[0]?.incident.id, q).toBe(ids['nora-app']);
      // ノラネコオンラインショップ has ノラ inside a longer katakana word: not a match while the service exists.
      expect(
        hits.map((h) => h.incident.id),
        q,
      ).not.toContain(ids['noraneko-shop']);
    }
  });

  it('puts the exact service first, whole words next, and never matches a short Latin query inside a word', async () => {
    const hits = await search('NORA');
    expect(hits.map((h) => h.incident.id)).toEqual([ids['nora-app'], ids['nora-club']]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect((await search('nora')).map((h) => h.incident.id)).not.toContain(ids.noradrenal);
  });

  it('falls back to a match inside a longer word only when nothing better exists', async () => {
    expect((await search('ネコオンライン'))[0]?.incident.id).toBe(ids['noraneko-shop']);
    expect((await search('noradrenal'))[0]?.incident.id).toBe(ids.noradrenal);
    expect((await search('Noradren'))[0]?.incident.id).toBe(ids.noradrenal); // 5+ Latin letters, nothing better
  });

  it('finds a kana name by its romaji spelling and an English alias by its words', async () => {
    expect((await search('hanako'))[0]?.incident.id).toBe(ids.hanako);
    expect((await search('はなこ'))[0]?.incident.id).toBe(ids.hanako);
    expect((await search('denki'))[0]?.incident.id).toBe(ids.hanako);
  });

  it('sees incidents written after the first search (the name index refreshes)', async () => {
    expect(await search('ソラマメ')).toEqual([]);
    await importRecords(getDb(), [
      {
        key: 'rank:soramame',
        source: 'test',
        title: 'ソラマメ会員サイトへの不正ログイン',
        organization: { name: '株式会社ソラマメ' },
        services: [{ name: 'ソラマメID', aliases: ['Soramame ID'] }],
        published: '2026-01-01',
      },
    ]);
    const id = await idOf('rank:soramame');
    expect((await search('ソラマメ'))[0]?.incident.id).toBe(id);
    expect((await search('soramame id'))[0]?.incident.id).toBe(id);
  });

  it('matches every word of a two-word query in a title, also after the title changed', async () => {
    const record = (title: string) => ({
      key: 'rank:bluefin',
      source: 'test',
      title,
      organization: { name: 'Bluefin Foods' },
      published: '2023-03-03',
    });
    await importRecords(getDb(), [record('Bluefin payment page skimming')]);
    const id = await idOf('rank:bluefin');
    expect((await search('payment skimming'))[0]?.incident.id).toBe(id);
    expect((await search('skimming payment'))[0]?.incident.id).toBe(id);
    expect(await search('payment nora')).toEqual([]);
    await importRecords(getDb(), [record('Bluefin loyalty points exposed')]);
    expect((await search('loyalty points'))[0]?.incident.id).toBe(id);
    expect((await search('payment skimming')).map((h) => h.incident.id)).not.toContain(id);
  });

  it('resolves names to services before organisations (one resolver for search, /watch, /exposure)', async () => {
    const reader = createReader(getDb());
    const [first] = await reader.suggest('のら', 5);
    expect(first).toMatchObject({ kind: 'service', name: 'NORA', matched: 'ノラ' });
    const midori = await reader.suggest('ミドリ通信', 5);
    expect(midori[0]).toMatchObject({ kind: 'organization', name: '株式会社ミドリ通信' });
  });
});
