import { expect, it } from 'vitest';
import { findOrCreateOrganization, findOrCreateService, nameBodies, nameDocs } from './names.js';
import { describeEachDialect } from './testing.js';

it('gives a name its searchable forms: as written, without the legal form, romanised kana', () => {
  expect(nameBodies('株式会社サンプル')).toContain('サンプル');
  expect(nameBodies('ニコニ')).toContain('nikoni');
});

it('indexes a form contained in a longer one as a key only', () => {
  const docs = nameDocs('サンプル社 お知らせ', ['株式会社サンプル']);
  expect(docs.find((d) => d.body === 'サンプル')?.kind).toBe('key');
  expect(docs.some((d) => d.kind === 'alias' && d.label === '株式会社サンプル')).toBe(true);
  expect(docs.some((d) => d.kind === 'title')).toBe(true);
});

describeEachDialect('names', (getDb) => {
  it('finds an organisation by any spelling and creates it once', async () => {
    const tx = getDb().kysely;
    const a = await findOrCreateOrganization(tx, '株式会社ためし工業', ['Tameshi Kogyo']);
    expect(a.created).toBe(true);
    const b = await findOrCreateOrganization(tx, '（株）ためし工業');
    expect(b).toMatchObject({ id: a.id, created: false });
    const c = await findOrCreateOrganization(tx, 'Tameshi Kogyo');
    expect(c.id).toBe(a.id);
  });

  it("joins a record through another organisation's own name, never through an alias it shares", async () => {
    const tx = getDb().kysely;
    const yume = await findOrCreateOrganization(tx, '株式会社ゆめ商会', ['旧ほし']);
    // Another company lists the same former name: it stays an organisation of its own.
    const hoshi = await findOrCreateOrganization(tx, 'ほしネット株式会社', ['旧ほし']);
    expect(hoshi).toMatchObject({ created: true });
    expect(hoshi.id).not.toBe(yume.id);
    // An English record listing the company's Japanese name joins it.
    expect((await findOrCreateOrganization(tx, 'Yume Shokai', ['株式会社ゆめ商会'])).id).toBe(yume.id);
    // The shared spelling on its own names neither.
    const old = await findOrCreateOrganization(tx, '旧ほし');
    expect([yume.id, hoshi.id]).not.toContain(old.id);
  });

  it('keeps services apart per organisation', async () => {
    const tx = getDb().kysely;
    const one = await findOrCreateOrganization(tx, '株式会社いちばん');
    const two = await findOrCreateOrganization(tx, '株式会社にばん');
    const s1 = await findOrCreateService(tx, one.id, 'ためしストア');
    const s2 = await findOrCreateService(tx, two.id, 'ためしストア');
    expect(s1).not.toBe(s2);
    expect(await findOrCreateService(tx, one.id, 'ためしストア')).toBe(s1);
  });
});
