import { expect, it } from 'vitest';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import { ingestNotice } from '../ingest/pipeline.js';
import { continuationCandidates, forgetReports } from './continuation-candidates.js';
import { describeEachDialect } from './testing.js';

// Fictional notices of a fictional city whose texts say only 本市: the site on their first line
// is what identifies the publisher.
const SITE = 'https://www.city.aozora-example.lg.jp/news';
const FIRST = `${SITE}/0301.html\n\n職員による名簿データの持ち出しについて(3月1日掲載)\n\n本市職員が名簿データを持ち出していたことが判明しました。`;
const RESULT = `${SITE}/0520.html\n\n調査結果の報告(5月20日掲載)\n\n「職員による名簿データの持ち出しについて(3月1日掲載)」について、調査の結果をお知らせします。`;
const OTHER = `${SITE}/0911.html\n\n個人情報を含む書類の誤送付について\n\n本市が発送した通知書1通を、別の方に誤って送付していました。`;

describeEachDialect('continuation across notices without an organisation name', (getDb) => {
  it('joins a city’s report and its 調査結果 by the site, and keeps an unrelated misdelivery apart', async () => {
    const db = getDb();
    const engine = fakeEngine();
    engine.add(FIRST, noticeFacts({ published: fact('2025-03-01'), causes: [fact('insider')] }));
    engine.add(RESULT, noticeFacts({ published: fact('2025-05-20'), report_stage: fact('final') }));
    engine.add(OTHER, noticeFacts({ published: fact('2025-09-11'), causes: [fact('misdelivery')] }));
    const a = await ingestNotice(db, { text: FIRST, via: 'file' }, { engine });
    const b = await ingestNotice(db, { text: RESULT, via: 'file' }, { engine });
    const c = await ingestNotice(db, { text: OTHER, via: 'file' }, { engine });
    expect(b.status).toBe('updated');
    expect(b.incidentId).toBe(a.incidentId);
    expect(c.status).toBe('new');
    expect(c.incidentId).not.toBe(a.incidentId);
  });

  it('finds the incident of a variant of the organisation’s name (a holding company’s 第2報)', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const first = engine.add(
      '株式会社あおぞら物産\n不正アクセスに関するお知らせ\n当社サーバーへの不正アクセスを確認しました。',
      noticeFacts({ organization: fact('株式会社あおぞら物産'), published: fact('2025-04-01') }),
    );
    const second = engine.add(
      'あおぞら物産ホールディングス株式会社\n不正アクセスに関するお知らせ(第2報)\n調査の状況をお知らせします。',
      noticeFacts({
        organization: fact('あおぞら物産ホールディングス株式会社'),
        report_stage: fact('update'),
        published: fact('2025-04-20'),
      }),
    );
    const a = await ingestNotice(db, { text: first, via: 'file' }, { engine });
    const b = await ingestNotice(db, { text: second, via: 'file' }, { engine });
    expect(b.incidentId).toBe(a.incidentId);
  });

  it('finds a short name’s incident for the full name with its industry word (news of one breach)', async () => {
    const db = getDb();
    const engine = fakeEngine();
    const facts = {
      causes: [fact('ransomware' as const)],
      data_classes: [fact('Names' as const), fact('Email addresses' as const)],
    };
    const short = engine.add(
      'ミドリ、取引先情報流出か\nミドリは5日、社内のサーバーでランサムウェアの被害があったと発表した。',
      noticeFacts({ organization: fact('ミドリ'), ...facts }),
    );
    const full = engine.add(
      'ミドリ製作所、調査結果を公表\n工作機械のミドリ製作所は12日、感染の経緯を明らかにした。',
      noticeFacts({ organization: fact('株式会社ミドリ製作所'), ...facts }),
    );
    const a = await ingestNotice(db, { text: short, via: 'file' }, { engine });
    const b = await ingestNotice(db, { text: full, via: 'file' }, { engine });
    expect(b.incidentId).toBe(a.incidentId);
  });
});

describeEachDialect('continuation candidates, remembered reports', (getDb) => {
  it('gives the same candidates from remembered reports as read from the store', async () => {
    const db = getDb();
    const engine = fakeEngine();
    engine.add(FIRST, noticeFacts({ published: fact('2025-03-01'), causes: [fact('insider')] }));
    engine.add(RESULT, noticeFacts({ published: fact('2025-05-20'), report_stage: fact('final') }));
    await ingestNotice(db, { text: FIRST, via: 'file' }, { engine });
    await ingestNotice(db, { text: RESULT, via: 'file' }, { engine });
    const by = { organizationId: null, organizationName: null, site: 'www.city.aozora-example.lg.jp' };
    const remembered = await continuationCandidates(db.kysely, by);
    forgetReports();
    const read = await continuationCandidates(db.kysely, by);
    expect(read).toHaveLength(1);
    expect(read[0]!.reports.map((r) => r.headline)).toEqual([
      '職員による名簿データの持ち出しについて(3月1日掲載)',
      '調査結果の報告(5月20日掲載)',
    ]);
    expect(remembered).toEqual(read);
  });
});
