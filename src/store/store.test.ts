import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import { ingestNotice } from '../ingest/pipeline.js';
import { migrateToLatest } from './db.js';
import { importRecords } from './import.js';
import { claimJob, completeJob, enqueueJob, failJob } from './jobs.js';
import { createReader } from './reader.js';
import { describeEachDialect } from './testing.js';

describeEachDialect('store core', (getDb, dialect) => {
  it('runs migration 0001 once and enforces its constraints', async () => {
    const db = getDb();
    await migrateToLatest(db); // a second run is a no-op
    const rows = await db.kysely
      .selectFrom('kysely_migration' as never)
      .selectAll()
      .execute();
    expect((rows as { name: string }[]).map((r) => r.name)).toContain('0001_core');
    const ts = new Date().toISOString();
    const bad = db.kysely
      .insertInto('notices')
      .values({
        id: 'x1',
        url: null,
        via: 'file',
        fetched_at: ts,
        content_hash: 'short',
        lang: 'ja',
        title: null,
        text: 't',
        facts: '{}',
        report_stage: null,
        published: null,
        created_at: ts,
      })
      .execute();
    await expect(bad).rejects.toThrow(/check|constraint/i);
    await expect(
      db.kysely
        .insertInto('incident_links')
        .values({ incident_a: 'b', incident_b: 'a', reason: 'editor', via: '', created_at: ts })
        .execute(),
    ).rejects.toThrow();
    if (dialect === 'sqlite') {
      const fts = await sql<{
        name: string;
      }>`select name from sqlite_master where name like 'search_%fts'`.execute(db.kysely);
      expect(fts.rows.map((r) => r.name).sort()).toEqual(['search_names_fts', 'search_text_fts']);
    }
  });

  it('imports records idempotently by key', async () => {
    const db = getDb();
    const rec = {
      key: 'test:example-shop-2022',
      source: 'test',
      organization: { name: 'Example Shop Ltd.', domains: ['shop.example.com'] },
      published: '2022-09-01',
      affected: { count: 5000, unit: 'accounts' as const, qualifier: 'exact' as const },
      data_classes: ['Email addresses' as const, 'Passwords' as const],
      causes: ['sql_injection' as const],
    };
    expect(await importRecords(db, [rec])).toMatchObject({ new: 1, updated: 0, unchanged: 0, failed: 0 });
    expect(await importRecords(db, [rec])).toMatchObject({ new: 0, updated: 0, unchanged: 1, failed: 0 });
    const changed = {
      ...rec,
      affected: { count: 5200, unit: 'accounts' as const, qualifier: 'exact' as const },
    };
    const progress: number[] = [];
    const r = await importRecords(db, [changed, { key: 'x' } as never], {
      onProgress: (d) => progress.push(d),
    });
    expect(r).toMatchObject({ new: 0, updated: 1, unchanged: 0, failed: 1 });
    expect(r.errors[0]!.key).toBe('x');
    expect(progress).toEqual([1, 2]);
    const page = await createReader(db).listIncidents({ cause: 'sql_injection' });
    expect(page.total).toBe(1);
    const inc = await createReader(db).getIncident(page.items[0]!.slug);
    expect(inc!.slug).toMatch(/^2022-example-shop-[0-9a-f]{6}$/);
    expect(inc!.source).toBe('test');
    expect(inc!.affected?.count).toBe(5200);
    expect(inc!.facts.affected).toMatchObject({ origin: 'import', evidence: null });
    expect(inc!.history.filter((h) => h.field === 'affected').map((h) => h.kind)).toEqual(['set']);
    const stats = await createReader(db).stats();
    expect(stats.by_cause).toContainEqual({ cause: 'sql_injection', incidents: 1 });
    // Accounts are not people: they are summed apart and never added to people affected.
    expect(stats.accounts_affected).toBeGreaterThanOrEqual(5200);
    expect(stats.by_year.find((y) => y.year === 2022)).toMatchObject({ affected: 0, sources: ['test'] });
  });

  it('paginates incidents most recent first and filters them', async () => {
    const db = getDb();
    const engine = fakeEngine();
    for (let i = 0; i < 7; i++) {
      const t = engine.add(
        `ページ送り商会${i} のお知らせ`,
        noticeFacts({
          organization: fact(`ページ送り商会${i}`),
          published: fact(`2019-0${i + 1}-15`),
          data_classes: i % 2 === 0 ? [fact('Phone numbers')] : [],
        }),
      );
      await ingestNotice(db, { text: t, via: 'file' }, { engine });
    }
    const reader = createReader(db);
    const p1 = await reader.listIncidents({ year: 2019, limit: 3 });
    const p2 = await reader.listIncidents({ year: 2019, limit: 3, offset: 3 });
    const p3 = await reader.listIncidents({ year: 2019, limit: 3, offset: 6 });
    expect(p1.total).toBe(7);
    expect([...p1.items, ...p2.items, ...p3.items].map((i) => i.published)).toEqual([
      '2019-07-15',
      '2019-06-15',
      '2019-05-15',
      '2019-04-15',
      '2019-03-15',
      '2019-02-15',
      '2019-01-15',
    ]);
    expect((await reader.listIncidents({ year: 2019, dataClass: 'Phone numbers' })).total).toBe(4);
    const orgs = await reader.listOrganizations({ limit: 2 });
    expect(orgs.items).toHaveLength(2);
    expect(orgs.total).toBeGreaterThanOrEqual(7);
    const org = await reader.getOrganization(p1.items[0]!.organization!.slug);
    expect(org!.incidents.map((i) => i.id)).toEqual([p1.items[0]!.id]);
    expect(await reader.getIncident('no-such-slug')).toBeNull();
  });

  it('hands each queued job to one worker, retries failures and dedupes', async () => {
    const db = getDb();
    const a = await enqueueJob(db, { kind: 'test-fetch', payload: { n: 1 }, dedupeKey: 'test-fetch:1' });
    const again = await enqueueJob(db, { kind: 'test-fetch', payload: { n: 1 }, dedupeKey: 'test-fetch:1' });
    expect(again).toEqual({ id: a.id, created: false });
    await enqueueJob(db, { kind: 'test-fetch', payload: { n: 2 } });
    const claims = await Promise.all(
      Array.from({ length: 6 }, () => claimJob(db, { kinds: ['test-fetch'] })),
    );
    const got = claims.filter((c) => c !== null);
    expect(got).toHaveLength(2);
    expect(new Set(got.map((g) => g!.id)).size).toBe(2);
    const first = got.find((g) => g!.id === a.id)!;
    expect(first.payload).toEqual({ n: 1 });
    expect(await failJob(db, first.id, 'timeout', { retryDelayMs: 0, maxAttempts: 2 })).toBe('queued');
    const retry = await claimJob(db, { kinds: ['test-fetch'], now: new Date(Date.now() + 1000) });
    expect(retry?.id).toBe(a.id);
    expect(retry?.attempts).toBe(2);
    expect(await failJob(db, a.id, 'timeout again', { maxAttempts: 2 })).toBe('failed');
    await completeJob(db, got.find((g) => g!.id !== a.id)!.id);
    expect(await claimJob(db, { kinds: ['test-fetch'], now: new Date(Date.now() + 86_400_000) })).toBeNull();
  });
});
