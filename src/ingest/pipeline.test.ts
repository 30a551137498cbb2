import { expect, it } from 'vitest';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import { applyCorrection } from '../store/corrections.js';
import { createReader } from '../store/reader.js';
import { describeEachDialect } from '../store/testing.js';
import { ingestNotice, ingestNotices } from './pipeline.js';

/** Fictional notices about a fictional company (株式会社サンプル商事). */
const FIRST = `不正アクセスによるお客様情報流出の可能性に関するお知らせ(第一報)
2024年3月1日 株式会社サンプル商事
当社が運営する「サンプル通販」において、第三者による不正アクセスを受けました。`;
const SECOND = `不正アクセスによるお客様情報流出に関するお知らせ(第二報)
2024年3月15日 株式会社サンプル商事
調査の結果、最大1,200名様のお客様情報が流出した可能性があります。`;
const FINAL = `不正アクセスに関する調査結果のご報告(最終報)
2024年4月30日 サンプル商事株式会社
外部調査機関による調査の結果、情報流出の事実は確認されませんでした。`;

function engineWithSeries() {
  const engine = fakeEngine();
  engine.add(
    FIRST,
    noticeFacts({
      organization: fact('株式会社サンプル商事'),
      services: [fact('サンプル通販')],
      report_stage: fact('first'),
      published: fact('2024-03-01'),
      detected: fact('2024-02-20'),
      affected: fact({ count: 1000, unit: 'people', qualifier: 'approx' }),
      leak_status: fact('possible'),
      data_classes: [fact('Names'), fact('Email addresses')],
      causes: [fact('unauthorized_access')],
    }),
  );
  engine.add(
    SECOND,
    noticeFacts({
      organization: fact('株式会社サンプル商事'),
      services: [fact('サンプル通販')],
      report_stage: fact('update'),
      published: fact('2024-03-15'),
      detected: fact('2024-02-21'),
      affected: fact({ count: 1200, unit: 'people', qualifier: 'max' }),
      leak_status: fact('possible'),
      data_classes: [fact('Names'), fact('Phone numbers')],
      measures: [fact('password_reset')],
    }),
  );
  engine.add(
    FINAL,
    noticeFacts({
      organization: fact('サンプル商事株式会社'),
      report_stage: fact('final'),
      published: fact('2024-04-30'),
      leak_status: fact('not_found'),
      measures: [fact('external_investigation')],
    }),
  );
  return engine;
}

describeEachDialect('ingestNotice', (getDb) => {
  it('stores a notice once, however often it is ingested', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const text = engine.add(
      '株式会社テスト工房 個人情報の誤送信に関するお知らせ',
      noticeFacts({ organization: fact('株式会社テスト工房'), causes: [fact('misdelivery')] }),
    );
    const a = await ingestNotice(db, { text, via: 'file' }, { engine });
    expect(a.status).toBe('new');
    const b = await ingestNotice(db, { text: `  ${text}\r\n`, via: 'file' }, { engine });
    expect(b).toEqual({ status: 'unchanged', noticeId: a.noticeId, incidentId: a.incidentId });
    const n = await db.kysely
      .selectFrom('notices')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });

  it('stores a notice once when fifty ingestions of it run at once', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const text = engine.add(
      '株式会社並行テスト 不正アクセスに関するお知らせ(第一報)',
      noticeFacts({ organization: fact('株式会社並行テスト'), report_stage: fact('first') }),
    );
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => ingestNotice(db, { text, via: 'file' }, { engine })),
    );
    expect(outcomes.filter((o) => o.status === 'new')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'unchanged')).toHaveLength(49);
    expect(new Set(outcomes.map((o) => o.noticeId)).size).toBe(1);
    const incidents = await db.kysely
      .selectFrom('incidents as i')
      .innerJoin('organizations as o', 'o.id', 'i.organization_id')
      .select('i.id')
      .where('o.name', '=', '株式会社並行テスト')
      .execute();
    expect(incidents).toHaveLength(1);
  });

  it('merges 第一報 → 第二報 → 最終報 into one incident with the history of each fact', async () => {
    const db = getDb();
    const engine = engineWithSeries();
    const first = await ingestNotice(db, { text: FIRST, via: 'file' }, { engine });
    const second = await ingestNotice(db, { text: SECOND, via: 'file' }, { engine });
    const final = await ingestNotice(db, { text: FINAL, via: 'file' }, { engine });
    expect(first.status).toBe('new');
    expect(second.status).toBe('updated');
    expect(final.status).toBe('updated');
    expect(second.incidentId).toBe(first.incidentId);
    expect(final.incidentId).toBe(first.incidentId);
    if (second.status === 'updated')
      expect(second.changed).toEqual(expect.arrayContaining(['affected', 'detected']));

    const inc = await createReader(db).getIncident(first.incidentId!);
    expect(inc).not.toBeNull();
    expect(inc!.notice_count).toBe(3);
    expect(inc!.affected).toEqual({ count: 1200, unit: 'people', qualifier: 'max' });
    expect(inc!.leak_status).toBe('not_found');
    expect(inc!.report_stage).toBe('final');
    expect(inc!.published).toBe('2024-03-01');
    expect(inc!.detected).toBe('2024-02-21');
    expect(inc!.data_classes.sort()).toEqual(['Email addresses', 'Names', 'Phone numbers']);
    expect(inc!.measures.sort()).toEqual(['external_investigation', 'password_reset']);
    expect(inc!.facts.affected?.notice_id).toBe(second.noticeId);
    expect(inc!.facts.affected?.origin).toBe('notice');
    expect(inc!.notices.map((n) => n.report_stage)).toEqual(['first', 'update', 'final']);

    const affected = inc!.history.filter((h) => h.field === 'affected');
    expect(affected.map((h) => h.kind)).toEqual(['set', 'changed']);
    expect(affected[1]).toMatchObject({
      from: { count: 1000, unit: 'people', qualifier: 'approx' },
      to: { count: 1200, unit: 'people', qualifier: 'max' },
      notice_id: second.noticeId,
    });
    const leak = inc!.history.filter((h) => h.field === 'leak_status');
    expect(leak.map((h) => [h.kind, h.from, h.to])).toEqual([
      ['set', null, 'possible'],
      ['changed', 'possible', 'not_found'],
    ]);
    const detected = inc!.history.filter((h) => h.field === 'detected');
    expect(detected.map((h) => [h.from, h.to])).toEqual([
      [null, '2024-02-20'],
      ['2024-02-20', '2024-02-21'],
    ]);
    // The organisation spelled 株式会社サンプル商事 and サンプル商事株式会社 is one organisation.
    expect(inc!.history.filter((h) => h.field === 'organization')).toHaveLength(1);
    const orgs = await db.kysely
      .selectFrom('organizations')
      .select('id')
      .where('name_key', '=', 'サンプル商事')
      .execute();
    expect(orgs).toHaveLength(1);
  });

  it('keeps an editor correction across later notices and re-ingestion', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const t1 = engine.add(
      '株式会社訂正テスト 第一報',
      noticeFacts({
        organization: fact('株式会社訂正テスト'),
        report_stage: fact('first'),
        published: fact('2023-06-01'),
        incident_start: fact('2023-05-10'),
      }),
    );
    const t2 = engine.add(
      '株式会社訂正テスト 続報',
      noticeFacts({
        organization: fact('株式会社訂正テスト'),
        report_stage: fact('update'),
        published: fact('2023-06-20'),
        incident_start: fact('2023-05-11'),
      }),
    );
    const a = await ingestNotice(db, { text: t1, via: 'file' }, { engine });
    const c = await applyCorrection(db, {
      incidentId: a.incidentId!,
      field: 'incident_start',
      value: '2023-05-09',
      quote: '5月9日に不審な通信を確認',
      by: 'editor-1',
      reason: '本文の日付を読み違えていたため',
    });
    expect(c.changed).toEqual(['incident_start']);
    const b = await ingestNotice(db, { text: t2, via: 'file' }, { engine });
    expect(b.incidentId).toBe(a.incidentId);
    const inc = await createReader(db).getIncident(a.incidentId!);
    expect(inc!.incident_start).toBe('2023-05-09');
    expect(inc!.facts.incident_start).toMatchObject({ origin: 'correction', value: '2023-05-09' });
    const h = inc!.history.filter((x) => x.field === 'incident_start');
    expect(h.map((x) => x.kind)).toEqual(['set', 'changed', 'corrected']);
    expect(h[2]).toMatchObject({ from: '2023-05-11', to: '2023-05-09', by: 'editor-1' });
    await expect(
      applyCorrection(db, {
        incidentId: a.incidentId!,
        field: 'detected',
        value: '5月',
        by: 'e',
        reason: 'x',
      }),
    ).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('leaves nothing behind when ingestion fails mid-transaction', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const text = engine.add(
      '株式会社失敗テスト 情報流出のお知らせ',
      noticeFacts({ organization: fact('株式会社失敗テスト'), services: [fact('失敗ストア')] }),
    );
    const count = async (t: 'notices' | 'incidents' | 'organizations' | 'search_docs' | 'fact_history') =>
      Number(
        (
          await db.kysely
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await Promise.all(
      (['notices', 'incidents', 'organizations', 'search_docs', 'fact_history'] as const).map(count),
    );
    await expect(
      ingestNotice(
        db,
        { text, via: 'file' },
        {
          engine,
          beforeCommit: () => {
            throw new Error('injected failure');
          },
        },
      ),
    ).rejects.toThrow('injected failure');
    const after = await Promise.all(
      (['notices', 'incidents', 'organizations', 'search_docs', 'fact_history'] as const).map(count),
    );
    expect(after).toEqual(before);
    // And the same notice goes in cleanly afterwards.
    expect((await ingestNotice(db, { text, via: 'file' }, { engine })).status).toBe('new');
  });

  it('matches spellings of one organisation: 株式会社サンプル, サンプル株式会社, ｻﾝﾌﾟﾙ, Sample Inc.', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const names = ['株式会社サンプル', 'サンプル株式会社', 'ｻﾝﾌﾟﾙ', 'Sample Inc.'];
    const orgIds = new Set<string>();
    for (const [i, name] of names.entries()) {
      const text = engine.add(
        `${name} のお知らせ ${i}`,
        noticeFacts({
          organization: fact(name),
          report_stage: fact('first'),
          published: fact(`201${i}-01-01`),
        }),
      );
      const o = await ingestNotice(db, { text, via: 'file' }, { engine });
      const row = await db.kysely
        .selectFrom('incidents')
        .select('organization_id')
        .where('id', '=', o.incidentId!)
        .executeTakeFirstOrThrow();
      orgIds.add(row.organization_id!);
    }
    expect(orgIds.size).toBe(1);
    const org = await createReader(db).getOrganization([...orgIds][0]!);
    expect(org!.aliases).toEqual(expect.arrayContaining(['株式会社サンプル', 'Sample Inc.']));
    // Four first reports years apart are four incidents of one organisation.
    expect(org!.incidents).toHaveLength(4);
  });

  it('links incidents of two organisations that blame the same vendor', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const vendorSentence = (who: string) =>
      `${who}が利用する委託先である株式会社ペイサンプルの決済システム「ペイサンプル決済」が不正アクセスを受けました。`;
    const t1 = engine.add(
      vendorSentence('株式会社あおば書店'),
      noticeFacts({
        organization: fact('株式会社あおば書店'),
        causes: [fact('third_party', vendorSentence('当社'))],
      }),
    );
    const t2 = engine.add(
      vendorSentence('みどり雑貨株式会社'),
      noticeFacts({
        organization: fact('みどり雑貨株式会社'),
        causes: [fact('third_party', vendorSentence('弊社'))],
      }),
    );
    const a = await ingestNotice(db, { text: t1, via: 'file' }, { engine });
    const b = await ingestNotice(db, { text: t2, via: 'file' }, { engine });
    expect(a.incidentId).not.toBe(b.incidentId);
    const inc = await createReader(db).getIncident(b.incidentId!);
    expect(inc!.related.map((r) => r.id)).toEqual([a.incidentId]);
    const other = await createReader(db).getIncident(a.incidentId!);
    expect(other!.related.map((r) => r.id)).toEqual([b.incidentId]);
  });

  it('ingests a batch, rolling back only the notice that fails', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const texts = ['一', '二', '三'].map((n) =>
      engine.add(
        `株式会社バッチ${n}号 のお知らせ`,
        noticeFacts({ organization: fact(`株式会社バッチ${n}号`) }),
      ),
    );
    let calls = 0;
    const outcomes = await ingestNotices(
      db,
      [...texts, '', texts[0]!].map((text) => ({ text, via: 'file' })),
      {
        engine,
        batchSize: 10,
        beforeCommit: () => {
          calls++;
          if (calls === 2) throw new Error('injected failure');
        },
      },
    );
    expect(outcomes.map((o) => o.status)).toEqual(['new', 'failed', 'new', 'failed', 'unchanged']);
    const names = await db.kysely
      .selectFrom('organizations')
      .select('name')
      .where('name', 'like', '株式会社バッチ%')
      .execute();
    expect(names.map((n) => n.name).sort()).toEqual(['株式会社バッチ一号', '株式会社バッチ三号']);
  });

  it('stores a text whose first copy in the batch failed from its second copy (batch insert rolled back)', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const text = engine.add(
      '株式会社二重見本 のお知らせ',
      noticeFacts({ organization: fact('株式会社二重見本') }),
    );
    let calls = 0;
    const outcomes = await ingestNotices(
      db,
      [text, text].map((t) => ({ text: t, via: 'file' })),
      {
        engine,
        beforeCommit: () => {
          if (++calls === 1) throw new Error('injected failure');
        },
      },
    );
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'new']);
    const again = await ingestNotices(db, [{ text, via: 'file' }], { engine });
    expect(again[0]).toMatchObject({
      status: 'unchanged',
      noticeId: (outcomes[1] as { noticeId: string }).noticeId,
    });
  });

  it('rejects empty text with a clear error', async () => {
    await expect(ingestNotice(getDb(), { text: '', via: 'file' }, { engine: fakeEngine() })).rejects.toThrow(
      /empty/,
    );
  });
});

describeEachDialect('ingestNotices, failing notices in a batch', (getDb) => {
  it('writes nothing of the failing notices and merges the others as one by one (past the optimistic limit too)', async () => {
    const db = getDb();
    const engine = engineWithSeries();
    // Three fictional notices that fail inside the transaction: more than a batch is written again
    // without SAVEPOINTs for, so the batch ends with a SAVEPOINT per notice.
    const bad = ['一', '二', '三'].map((n) =>
      engine.add(
        `失敗テスト${n}号工業 からのお知らせ`,
        noticeFacts({ organization: fact(`株式会社失敗テスト${n}号工業`), published: fact('2024-03-10') }),
      ),
    );
    const texts = [FIRST, bad[0]!, SECOND, bad[1]!, bad[2]!, FINAL];
    const outcomes = await ingestNotices(
      db,
      texts.map((text) => ({ text, via: 'file' })),
      {
        engine,
        batchSize: 10,
        beforeCommit: (_tx, input) => {
          if (input.text.includes('失敗テスト')) throw new Error('injected failure');
        },
      },
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      'new',
      'failed',
      'updated',
      'failed',
      'failed',
      'updated',
    ]);
    const first = outcomes[0]!;
    if (first.status === 'failed') throw new Error('unexpected');
    for (const o of [outcomes[2]!, outcomes[5]!])
      expect(o.status !== 'failed' && o.incidentId).toBe(first.incidentId);

    // Nothing of the failing notices: no notice, organisation, search document or history row.
    const count = async (t: 'notices' | 'incidents' | 'organizations' | 'search_docs') =>
      Number(
        (
          await db.kysely
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('notices')).toBe(3);
    expect(await count('incidents')).toBe(1);
    expect(await count('organizations')).toBe(1);
    const docs = await db.kysely.selectFrom('search_docs').select('body').execute();
    expect(docs.filter((d) => d.body.includes('失敗'))).toEqual([]);

    // The same incident as the three notices ingested one by one (see the 第一報 → 最終報 test).
    const inc = await createReader(db).getIncident(first.incidentId!);
    expect(inc!.notice_count).toBe(3);
    expect(inc!.affected).toEqual({ count: 1200, unit: 'people', qualifier: 'max' });
    expect(inc!.leak_status).toBe('not_found');
    expect(inc!.detected).toBe('2024-02-21');
    expect(inc!.notices.map((n) => n.report_stage)).toEqual(['first', 'update', 'final']);
    expect(inc!.history.filter((h) => h.field === 'leak_status').map((h) => [h.kind, h.from, h.to])).toEqual([
      ['set', null, 'possible'],
      ['changed', 'possible', 'not_found'],
    ]);

    // Re-running the batch (a resumed run): the stored notices are unchanged, the failing ones fail again.
    const again = await ingestNotices(
      db,
      texts.map((text) => ({ text, via: 'file' })),
      {
        engine,
        beforeCommit: (_tx, input) => {
          if (input.text.includes('失敗テスト')) throw new Error('injected failure');
        },
      },
    );
    expect(again.map((o) => o.status)).toEqual([
      'unchanged',
      'failed',
      'unchanged',
      'failed',
      'failed',
      'unchanged',
    ]);
    expect(await count('notices')).toBe(3);
  });
});
