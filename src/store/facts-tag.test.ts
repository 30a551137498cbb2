import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import { ingestNotice } from '../ingest/pipeline.js';
import { continuationCandidates, forgetReports } from './continuation-candidates.js';
import { describeEachDialect } from './testing.js';

// A fictional shop's first report and its final report (same site, so the second continues the first).
const SITE = 'https://www.kobato-example.co.jp/news';
const FIRST = `${SITE}/0410.html\n\n不正アクセスに関するお知らせ\n\n当社サーバーへの不正アクセスを確認しました。`;
const FINAL = `${SITE}/0610.html\n\n不正アクセスに関する調査結果(最終報)\n\n調査が完了しましたのでお知らせします。`;
const BY = { organizationId: null, organizationName: null, site: 'www.kobato-example.co.jp' };
// The same reports of another fictional shop (each test its own incident: the database is shared).
const other = (text: string) => text.replaceAll('kobato', 'tsubame');
const BY_OTHER = { ...BY, site: 'www.tsubame-example.co.jp' };

function setup(shop: (text: string) => string = (t) => t) {
  const engine = fakeEngine();
  engine.add(shop(FIRST), noticeFacts({ published: fact('2025-04-10'), report_stage: fact('first') }));
  engine.add(
    shop(FINAL),
    noticeFacts({ published: fact('2025-06-10'), report_stage: fact('final'), detected: fact('2025-04-02') }),
  );
  return engine;
}

describeEachDialect('incident facts kept in memory under their tag (issue 17)', (getDb) => {
  it('reads the stored facts again after a rebuild was rolled back, and merges from them', async () => {
    const db = getDb();
    const engine = setup();
    forgetReports();
    const first = await ingestNotice(db, { text: FIRST, via: 'file' }, { engine });
    // The final report's rebuild runs (and keeps its facts) but its transaction is rolled back.
    const boom = new Error('rolled back on purpose');
    await expect(
      ingestNotice(
        db,
        { text: FINAL, via: 'file' },
        {
          engine,
          beforeCommit: () => {
            throw boom;
          },
        },
      ),
    ).rejects.toBe(boom);
    const kept = await continuationCandidates(db.kysely, BY);
    forgetReports();
    const read = await continuationCandidates(db.kysely, BY);
    expect(kept).toEqual(read);
    expect(read[0]!.facts.detected).toBeNull();
    // Written for real now: its merge compares with the stored facts, so the date is a change.
    const final = await ingestNotice(db, { text: FINAL, via: 'file' }, { engine });
    expect(final).toMatchObject({ status: 'updated', incidentId: first.incidentId });
    expect(final.status === 'updated' && final.changed).toContain('detected');
  });

  it('gives each write of an incident’s facts a new tag, and sees another writer’s facts by theirs', async () => {
    const db = getDb();
    const engine = setup(other);
    forgetReports();
    const first = await ingestNotice(db, { text: other(FIRST), via: 'file' }, { engine });
    const tagOf = async () =>
      (
        await db.kysely
          .selectFrom('incidents')
          .select('facts_tag')
          .where('id', '=', first.incidentId!)
          .executeTakeFirstOrThrow()
      ).facts_tag;
    const t1 = await tagOf();
    expect(t1).toBeTruthy();
    const before = await continuationCandidates(db.kysely, BY_OTHER);
    // Another process rewrites the incident's facts under its own tag: this one reads them.
    const row = await db.kysely
      .selectFrom('incidents')
      .select('facts')
      .where('id', '=', first.incidentId!)
      .executeTakeFirstOrThrow();
    const changed = JSON.parse(row.facts) as { detected: unknown };
    changed.detected = { value: '2025-04-03', confidence: 1, sources: [] };
    await sql`update incidents set facts = ${JSON.stringify(changed)}, facts_tag = ${'another-writer.1'} where id = ${first.incidentId}`.execute(
      db.kysely,
    );
    const after = await continuationCandidates(db.kysely, BY_OTHER);
    expect(before[0]!.facts.detected).toBeNull();
    expect(after[0]!.facts.detected).toBe('2025-04-03');
    forgetReports();
    expect(await continuationCandidates(db.kysely, BY_OTHER)).toEqual(after);
    await ingestNotice(db, { text: other(FINAL), via: 'file' }, { engine });
    const t2 = await tagOf();
    expect(t2).toBeTruthy();
    expect(new Set([t1, 'another-writer.1', t2]).size).toBe(3);
  });
});
