import { beforeAll, expect, it } from 'vitest';
import { fact, fakeEngine, noticeFacts, orgRecord } from '../incidents/testing.js';
import { bulkLoadRecords } from '../store/bulk-load.js';
import type { Db } from '../store/db.js';
import { describeEachDialect } from '../store/testing.js';
import { ingestNotice } from './pipeline.js';

/**
 * Which organisation an ingested notice lands under, once a starter dataset is loaded whose records
 * give one spelling to two organisations, or a parent body's name to its child. Every organisation
 * and notice here is fictional.
 */
const STARTER = [
  orgRecord('jp-history:t-yume', '株式会社ゆめ遊戯', ['旧カクウ', 'Yume Yugi']),
  orgRecord('jp-history:t-kakuunet', 'カクウネット株式会社', ['旧カクウ']),
  // アサヒ電機 gives ミドリ as an alias; ミドリ is an organisation of its own.
  orgRecord('jp-history:t-asahi', 'アサヒ電機株式会社', ['ミドリ']),
  orgRecord('jp-history:t-midori', 'ミドリ株式会社'),
  // A board of education lists its city's name; another city lists its board's name.
  orgRecord('jp-history:t-board', '架空市教育委員会', ['架空市']),
  orgRecord('jp-history:t-city', '空想市', ['空想市教育委員会']),
];

async function organizationOf(db: Db, engine: ReturnType<typeof fakeEngine>, who: string, n: number) {
  const text = engine.add(
    `【お知らせ】${who}のシステムに第三者が入り込み、会員の連絡先が見られた可能性があります。(${n})`,
    noticeFacts({
      organization: fact(who),
      report_stage: fact('first'),
      published: fact(`2025-0${n}-01`),
    }),
  );
  const outcome = await ingestNotice(db, { text, via: 'file' }, { engine, notify: false });
  const row = await db.kysely
    .selectFrom('incidents')
    .innerJoin('organizations', 'organizations.id', 'incidents.organization_id')
    .select(['organizations.name'])
    .where('incidents.id', '=', outcome.incidentId!)
    .executeTakeFirstOrThrow();
  return row.name;
}

describeEachDialect('ingest: the organisation a notice lands under', (getDb) => {
  beforeAll(async () => {
    expect(await bulkLoadRecords(getDb(), STARTER)).not.toBeNull();
  });

  it('files a notice naming a spelling two organisations share under an organisation of its own', async () => {
    const engine = fakeEngine();
    expect(await organizationOf(getDb(), engine, '旧カクウ', 1)).toBe('旧カクウ');
    // The same name again finds that organisation, not one of the two.
    expect(await organizationOf(getDb(), engine, '旧カクウ株式会社', 2)).toBe('旧カクウ');
  });

  it('picks the organisation whose own name the notice gives over one that has it as an alias', async () => {
    const engine = fakeEngine();
    expect(await organizationOf(getDb(), engine, 'ミドリ', 3)).toBe('ミドリ株式会社');
  });

  it('still joins through an alias that names one organisation', async () => {
    const engine = fakeEngine();
    expect(await organizationOf(getDb(), engine, 'Yume Yugi', 4)).toBe('株式会社ゆめ遊戯');
  });

  it("never files a city's notice under its board of education, nor the board's under the city", async () => {
    const engine = fakeEngine();
    // The board's record lists the city's name: the city's notice gets an organisation of its own.
    expect(await organizationOf(getDb(), engine, '架空市', 5)).toBe('架空市');
    expect(await organizationOf(getDb(), engine, '架空市教育委員会', 6)).toBe('架空市教育委員会');
    // The city's record lists the board's name: the board's notice is not filed under the city.
    expect(await organizationOf(getDb(), engine, '空想市教育委員会', 7)).toBe('空想市教育委員会');
    expect(await organizationOf(getDb(), engine, '空想市', 8)).toBe('空想市');
  });
});
