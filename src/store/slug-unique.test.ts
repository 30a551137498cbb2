import { expect, it, vi } from 'vitest';

// Ids whose last 6 hex digits are all the same: every short slug of one prefix collides, as two of
// 16.7 million random suffixes eventually do. The store must still name each row differently.
vi.mock('../ids.js', async (orig) => {
  const real = await orig<typeof import('../ids.js')>();
  let n = 0;
  return {
    ...real,
    newId: () => {
      n++;
      const head = n.toString(16).padStart(8, '0');
      return `${head}-0000-7000-8000-000000abcdef`;
    },
  };
});

const { ingestNotices } = await import('../ingest/pipeline.js');
const { fact, fakeEngine, noticeFacts } = await import('../incidents/testing.js');
const { describeEachDialect } = await import('./testing.js');
const { plannedSlug, slugForms } = await import('./tx.js');

/** Fictional notices of organisations with no Latin letters in their names (slug prefix 'incident'). */
const texts = [
  '架空の町で名簿を紛失しました。',
  '架空の村で書類を誤送付しました。',
  '架空の組合で端末を盗まれました。',
];

describeEachDialect('slugs unique by construction', (getDb) => {
  it('gives a row the long slug when its short slug is taken, and stores every notice', async () => {
    const db = getDb();
    const engine = fakeEngine();
    for (const t of texts) engine.add(t, noticeFacts({ published: fact('2099-01-05') }));
    const results = await ingestNotices(
      db,
      texts.map((text) => ({ text, via: 'file' as const })),
      { engine },
    );
    expect(results.map((r) => r.status)).toEqual(['new', 'new', 'new']);
    const rows = await db.kysely
      .selectFrom('incidents')
      .select('slug')
      .where('slug', 'like', '2099-%')
      .execute();
    const slugs = rows.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(3);
    expect(slugs).toContain('2099-incident-abcdef');
    expect(slugs.filter((s) => /^2099-incident-[0-9a-f]{32}$/.test(s))).toHaveLength(2);
  });
});

it('plans long slugs for a bulk load when short ones repeat', () => {
  const taken = new Set<string>();
  const a = plannedSlug(taken, 'org', '00000001-0000-7000-8000-000000abcdef');
  const b = plannedSlug(taken, 'org', '00000002-0000-7000-8000-000000abcdef');
  expect(a).toBe('org-abcdef');
  expect(b).toBe(slugForms('org', '00000002-0000-7000-8000-000000abcdef').slug_long);
  expect(b).toBe('org-00000002000070008000000000abcdef');
});
