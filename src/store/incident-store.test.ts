import { expect, it } from 'vitest';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import { ingestNotice } from '../ingest/pipeline.js';
import { rebuildIncident } from './incident-store.js';
import { describeEachDialect } from './testing.js';

// Three fictional reports of one breach at a fictional shop: the history grows with each, and the
// second report is published last-but-one, so the third is merged in the middle of the order.
const SHOP = '株式会社はなみずき雑貨';
const FIRST = `${SHOP}\n当社通販サイトへの不正アクセスについて(第1報)\n不正なアクセスを検知し調査を始めました。`;
const FINAL = `${SHOP}\n当社通販サイトへの不正アクセスについて(最終報)\n調査を終え、影響の範囲が確定しました。`;
const MIDDLE = `${SHOP}\n当社通販サイトへの不正アクセスについて(第2報)\n影響を受けた会員の数が分かりました。`;

async function historyOf(
  db: ReturnType<Parameters<Parameters<typeof describeEachDialect>[1]>[0]>,
  id: string,
) {
  const rows = await db.kysely
    .selectFrom('fact_history')
    .select(['field', 'from_value', 'to_value', 'kind', 'notice_id', 'from_notice_id', 'origin', 'seq', 'at'])
    .where('incident_id', '=', id)
    .orderBy('seq')
    .execute();
  return rows;
}

describeEachDialect('incident rebuild writes only what changed', (getDb) => {
  it('keeps the stored fact history equal to a full rewrite as reports arrive in any order', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const org = fact(SHOP);
    engine.add(
      FIRST,
      noticeFacts({
        organization: org,
        published: fact('2025-06-02'),
        affected: fact({ count: 120, unit: 'people', qualifier: 'exact' }),
      }),
    );
    engine.add(
      FINAL,
      noticeFacts({
        organization: org,
        published: fact('2025-08-30'),
        report_stage: fact('final'),
        affected: fact({ count: 310, unit: 'people', qualifier: 'exact' }),
      }),
    );
    engine.add(
      MIDDLE,
      noticeFacts({
        organization: org,
        published: fact('2025-07-15'),
        report_stage: fact('update'),
        affected: fact({ count: 290, unit: 'people', qualifier: 'exact' }),
      }),
    );
    const a = await ingestNotice(db, { text: FIRST, via: 'file' }, { engine });
    const b = await ingestNotice(db, { text: FINAL, via: 'file' }, { engine });
    const c = await ingestNotice(db, { text: MIDDLE, via: 'file' }, { engine });
    expect([b.incidentId, c.incidentId]).toEqual([a.incidentId, a.incidentId]);
    const id = a.incidentId!;
    const incremental = await historyOf(db, id);
    expect(incremental.map((r) => r.seq)).toEqual(incremental.map((_, i) => i));
    expect(incremental.some((r) => r.field === 'affected' && r.kind === 'changed')).toBe(true);

    // The same incident rebuilt from nothing: the same rows.
    await db.kysely.deleteFrom('fact_history').where('incident_id', '=', id).execute();
    await rebuildIncident(db.kysely, id);
    expect(await historyOf(db, id)).toEqual(incremental);
  });

  it('stores each notice with the registered domain of its own site', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const text =
      'https://www.city.momiji-example.lg.jp/kurashi/0402.html\n\n書類の紛失について\n\n窓口で預かった書類一式が所在不明となりました。';
    engine.add(text, noticeFacts({ published: fact('2025-04-02') }));
    const r = await ingestNotice(db, { text, via: 'file' }, { engine });
    const row = await db.kysely
      .selectFrom('notices')
      .select('site_domain')
      .where('id', '=', r.noticeId)
      .executeTakeFirstOrThrow();
    expect(row.site_domain).toBe('city.momiji-example.lg.jp');
  });
});
