import { expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import { ingestNotice } from '../ingest/pipeline.js';
import type { Db } from '../store/db.js';
import { describeEachDialect } from '../store/testing.js';
import { resolveName } from './form.js';
import { addChannel, confirmChannel, findWatchlistByToken, watchedIncidents } from './store.js';

/**
 * Following an organisation that has no service in the record (a town office, a clinic): the form
 * finds it, the watchlist keeps it, and a new or changed incident of it makes an alert. Fictional
 * organisations and notices, written for this test.
 */
const TOWN = 'みらい町役場';
const engine = fakeEngine();
const notice = (n: number, detail: string) =>
  engine.add(
    `${TOWN}からのお知らせ(${n})\n町の窓口で扱った住民の書類について、${detail}`,
    noticeFacts({
      organization: fact(TOWN),
      report_stage: fact(n === 1 ? 'first' : 'update'),
      published: fact(`2026-0${n}-10`),
      data_classes: [fact('Names'), fact('Physical addresses')],
    }),
  );

const form = (fields: Record<string, string>, lang = 'en') => {
  const body = new URLSearchParams(fields).toString();
  return [
    `/watch${lang === 'en' ? '?lang=en' : ''}`,
    {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    },
  ] as const;
};

async function alertsFor(db: Db, incidentId: string) {
  return db.kysely
    .selectFrom('watch_alerts')
    .select(['channel_id', 'changed', 'status'])
    .where('incident_id', '=', incidentId)
    .execute();
}

describeEachDialect('following an organisation without services', (getDb) => {
  it('follows it from the form, and alerts on a new and on a changed incident of it', async () => {
    const db = getDb();
    const first = await ingestNotice(
      db,
      { text: notice(1, '一部を紛失したことが分かりました。'), via: 'file' },
      { engine },
    );
    const services = await db.kysely.selectFrom('services').select('id').execute();
    expect(services).toHaveLength(0);

    // The form finds the town by another spelling (katakana) and follows it as an organisation.
    const { app, reader } = apiTestApp(db);
    const resolved = await resolveName(reader, 'ミライ町役場');
    expect(resolved).toMatchObject({ kind: 'organization', label: TOWN });
    const res = await app.request(...form({ service: TOWN, feed: '1' }));
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(`You will hear about: ${TOWN}`);
    const token = /\/watch\/([\w-]{22})\/feed\.atom/.exec(page)![1]!;
    const watch = (await findWatchlistByToken(db, token))!;
    expect(watch.organizationIds).toEqual([(resolved as { id: string }).id]);
    expect(watch.serviceIds).toEqual([]);
    // The feed holds the town's incident.
    expect((await watchedIncidents(reader, watch)).map((i) => i.id)).toEqual([first.incidentId]);

    // An e-mail channel, confirmed: a later notice of the town is an alert.
    const { confirmToken } = await addChannel(db, watch.id, {
      kind: 'email',
      address: 'resident@example.jp',
    });
    expect(await confirmChannel(db, confirmToken!)).not.toBeNull();
    const second = await ingestNotice(
      db,
      {
        text: notice(2, '1月10日にお知らせした件の続報です。紛失した書類は12件で、うち3件は回収しました。'),
        via: 'file',
      },
      { engine },
    );
    expect(second.incidentId).toBe(first.incidentId);
    const alerts = await alertsFor(db, first.incidentId!);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ status: 'queued' });
    const jobs = await db.kysely
      .selectFrom('jobs')
      .select('kind')
      .where('kind', '=', 'watch.alert')
      .execute();
    expect(jobs.length).toBeGreaterThan(0);

    // A new incident of the town years later is an alert too.
    const other = engine.add(
      `申込みフォームへの侵入について\n${TOWN}のウェブサイトの申込みフォームに第三者が入り込みました。`,
      noticeFacts({
        organization: fact(TOWN),
        report_stage: fact('first'),
        published: fact('2030-05-01'),
        detected: fact('2030-04-20'),
        causes: [fact('unauthorized_access')],
        data_classes: [fact('Email addresses')],
      }),
    );
    const third = await ingestNotice(db, { text: other, via: 'file' }, { engine });
    expect(third.status).toBe('new');
    expect(await alertsFor(db, third.incidentId!)).toEqual([expect.objectContaining({ changed: '["new"]' })]);
  });

  it('says clearly when a name resolves to nothing, and signs nobody up', async () => {
    const db = getDb();
    const { app } = apiTestApp(db);
    const before = await db.kysely.selectFrom('watchlists').select('id').execute();
    const en = await app.request(...form({ service: 'Nowhere Town Office Zzz', feed: '1' }));
    expect(en.status).toBe(400);
    expect(await en.text()).toContain(
      'No service or company of this name is in our records: Nowhere Town Office Zzz',
    );
    const ja = await app.request(...form({ service: 'どこにもない町役場', feed: '1' }, 'ja'));
    expect(ja.status).toBe(400);
    expect(await ja.text()).toContain('次の名前のサービス・会社は記録にありません: どこにもない町役場');
    expect(await db.kysely.selectFrom('watchlists').select('id').execute()).toHaveLength(before.length);
  });

  it('offers companies in the suggestions, with words for each kind (JA/EN)', async () => {
    const { app } = apiTestApp(getDb());
    const ja = await (await app.request('/watch')).text();
    expect(ja).toContain('data-suggest-kinds="{&quot;organization&quot;:&quot;会社・団体&quot;');
    expect(ja).toContain('使っているサービス・会社');
    const en = await (await app.request('/watch?lang=en')).text();
    expect(en).toContain('&quot;organization&quot;:&quot;company or organisation&quot;');
    const suggestions = (await (await app.request('/suggest?q=みらい町')).json()) as {
      suggestions: { kind: string; name: string }[];
    };
    expect(suggestions.suggestions).toContainEqual(
      expect.objectContaining({ kind: 'organization', name: TOWN }),
    );
  });
});
