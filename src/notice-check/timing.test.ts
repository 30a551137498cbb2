import { beforeAll, expect, it } from 'vitest';
import { healthRecords, sampleRecords } from '../peers/testing.js';
import { importRecords } from '../store/import.js';
import { describeEachDialect } from '../store/testing.js';
import { runNoticeCheck } from './run.js';
import { draftTiming } from './timing.js';

const facts = (causes: string[], published: string | null) => ({
  causes: causes as never[],
  data_classes: [],
  measures: [],
  affected: null,
  published,
});

describeEachDialect('the draft check places detection → notice among stored incidents', (getDb) => {
  beforeAll(async () => {
    // 24 ransomware incidents disclosed 1–24 days after detection, the city hospital's after 9, the
    // five SQL-injection ones after 1, 10, 14, 29 and 2 days and the misdirected e-mail after 3.
    const r = await importRecords(getDb(), [...sampleRecords(), ...healthRecords(24)]);
    expect(r.failed).toBe(0);
  });

  it('uses the draft’s own notice date and compares with the same cause', async () => {
    const t = await draftTiming(getDb(), {
      detected: '2025-03-01',
      today: '2025-04-01',
      facts: facts(['ransomware'], '2025-03-21'),
    });
    expect(t).toMatchObject({ detected: '2025-03-01', notice: '2025-03-21', notice_from: 'draft' });
    // 20 days: longer were 21–24 (4 of 25).
    expect(t!.placement).toMatchObject({ days: 20, by: 'cause', segment: 'ransomware', n: 25, longer: 0.16 });
    expect(t!.placement.sentence.en).toContain(
      'disclosed faster than 16 % of incidents caused by ransomware',
    );
  });

  it('counts to today without a notice date, and says nothing without a detection date', async () => {
    const t = await draftTiming(getDb(), {
      detected: '2025-03-01',
      today: '2025-03-03',
      facts: facts([], null),
    });
    expect(t).toMatchObject({ notice: '2025-03-03', notice_from: 'today' });
    expect(t!.placement).toMatchObject({ days: 2, by: 'all', n: 31 });
    expect(
      await draftTiming(getDb(), { detected: null, today: '2025-03-03', facts: facts([], null) }),
    ).toBeNull();
    expect(
      await draftTiming(getDb(), { detected: '2025-03-05', today: '2025-03-03', facts: facts([], null) }),
    ).toBeNull();
  });

  it('is part of a check run with a database', async () => {
    const r = await runNoticeCheck(
      'このたび、弊社のサーバーに第三者が侵入した可能性があることが分かりました。調査を進めております。',
      { detected: '2025-03-01', today: '2025-03-11', lang: 'ja' },
      { db: getDb(), engine: null },
    );
    expect(r.response_timing).toMatchObject({ notice_from: 'today', placement: { days: 10, by: 'all' } });
  });
});
