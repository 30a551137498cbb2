import { describe, expect, it } from 'vitest';
import { emptyNoticeFacts } from '../extract/index.js';
import { checkDraft } from './check.js';
import { APPI_KEYS, buildDraft, EN_DRAFT, JA_DRAFT } from './testing.js';
import type { NoticeCheckResult } from './types.js';

const TODAY = '2025-04-03';

function item(r: NoticeCheckResult, id: string) {
  const found = r.regimes.flatMap((g) => g.items).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('checkDraft — APPI (規則第8条)', () => {
  it('finds all nine items in a complete draft, with quotes', () => {
    const r = checkDraft(buildDraft(JA_DRAFT), { facts: null, today: TODAY });
    const appi = r.regimes.find((g) => g.regime === 'appi')!;
    expect(appi.items.filter((i) => !i.present).map((i) => i.id)).toEqual([]);
    expect(appi.present).toBe(9);
    expect(item(r, 'appi.cause').quote).toContain('SQLインジェクション');
    expect(item(r, 'appi.count').quote).toContain('2,480名');
    expect(appi.individual_item_ids).toEqual([
      'appi.overview',
      'appi.data_items',
      'appi.cause',
      'appi.secondary_harm',
      'appi.other',
    ]);
    expect(r.lang).toBe('ja');
  });

  for (const key of APPI_KEYS) {
    it(`reports appi.${key} missing when the draft leaves it out`, () => {
      const r = checkDraft(buildDraft(JA_DRAFT, [key]), { facts: null, today: TODAY });
      const missing = r.regimes
        .find((g) => g.regime === 'appi')!
        .items.filter((i) => !i.present)
        .map((i) => i.id);
      expect(missing).toEqual([`appi.${key}`]);
      expect(item(r, `appi.${key}`).quote).toBeNull();
      expect(item(r, `appi.${key}`).hint.ja.length).toBeGreaterThan(5);
    });
  }
});

const GDPR_IDS = [
  'nature',
  'subject_categories',
  'data_categories',
  'numbers',
  'contact',
  'consequences',
  'measures',
];

describe('checkDraft — GDPR Art. 33(3)', () => {
  it('finds every item in a complete English draft', () => {
    const r = checkDraft(buildDraft(EN_DRAFT), { facts: null, today: TODAY });
    const gdpr = r.regimes.find((g) => g.regime === 'gdpr')!;
    expect(gdpr.items.filter((i) => !i.present).map((i) => i.id)).toEqual([]);
    expect(r.lang).toBe('en');
  });

  for (const key of GDPR_IDS) {
    it(`reports gdpr.${key} missing when left out`, () => {
      const r = checkDraft(buildDraft(EN_DRAFT, [key]), { facts: null, today: TODAY });
      const missing = r.regimes
        .find((g) => g.regime === 'gdpr')!
        .items.filter((i) => !i.present)
        .map((i) => i.id);
      expect(missing).toEqual([`gdpr.${key}`]);
    });
  }
});

const CA_CASES: [string, string[]][] = [
  ['ca.title', ['title']],
  ['ca.heading_what_happened', ['heading_what_happened']],
  ['ca.heading_information', ['heading_information']],
  ['ca.heading_what_we_are_doing', ['heading_what_we_are_doing']],
  ['ca.heading_what_you_can_do', ['heading_what_you_can_do']],
  ['ca.heading_more_information', ['heading_more_information']],
  ['ca.contact', ['contact']],
  ['ca.types', ['data_categories']],
  ['ca.breach_date', ['nature']],
  ['ca.notice_date', ['date']],
  ['ca.law_enforcement', ['law_enforcement']],
  ['ca.credit_bureaus', ['credit_bureaus']],
  ['ca.identity_theft_services', ['identity_theft_services']],
];

describe('checkDraft — California §1798.82', () => {
  it('finds title, headings and contents in a complete draft', () => {
    const r = checkDraft(buildDraft(EN_DRAFT), { facts: null, today: TODAY });
    const ca = r.regimes.find((g) => g.regime === 'california')!;
    expect(ca.items.filter((i) => !i.present).map((i) => i.id)).toEqual([]);
    expect(ca.required).toBe(ca.items.length);
  });

  for (const [id, omit] of CA_CASES) {
    it(`reports ${id} missing when left out`, () => {
      const r = checkDraft(buildDraft(EN_DRAFT, omit), { facts: null, today: TODAY });
      expect(item(r, id).present).toBe(false);
    });
  }

  it('reports the general description missing without the "What Happened" text', () => {
    const r = checkDraft(buildDraft(EN_DRAFT, ['nature']), { facts: null, today: TODAY });
    expect(item(r, 'ca.description').present).toBe(false);
  });

  it('does not require credit-bureau numbers when no SSN or licence number is involved', () => {
    const noSsn = EN_DRAFT.map((s) =>
      s.key === 'data_categories'
        ? { ...s, text: 'The information involved includes names and email addresses.' }
        : s,
    );
    const r = checkDraft(buildDraft(noSsn, ['credit_bureaus', 'identity_theft_services']), {
      facts: null,
      today: TODAY,
    });
    expect(item(r, 'ca.credit_bureaus').required).toBe(false);
    expect(item(r, 'ca.identity_theft_services').required).toBe(false);
    const ca = r.regimes.find((g) => g.regime === 'california')!;
    expect(ca.required).toBe(ca.items.length - 2);
  });
});

describe('checkDraft — unrelated text', () => {
  it('finds none of the items in a text that is not a breach notice', () => {
    const ja = checkDraft(
      '新商品発売のお知らせ\n当社は新しいコーヒーメーカーを来月発売します。価格は1万円です。',
      {
        facts: null,
        today: TODAY,
      },
    );
    // A Japanese draft is checked against APPI alone unless other regions are asked for.
    expect(ja.regimes.map((g) => g.present)).toEqual([0]);
    expect(ja.appi_reportability.mandatory).toBe(false);
    const en = checkDraft('Spring sale\nOur new coffee maker goes on sale next month for $99.', {
      facts: null,
      today: TODAY,
    });
    expect(en.regimes).toHaveLength(9);
    expect(en.regimes.map((g) => g.present)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('checkDraft — reportability and deadlines', () => {
  it('flags 規則第7条 triggers: improper purpose and more than 1,000 people', () => {
    const r = checkDraft(buildDraft(JA_DRAFT), { facts: null, today: TODAY, detected: '2025-04-01' });
    const met = r.appi_reportability.triggers.filter((t) => t.met).map((t) => t.id);
    expect(met).toEqual(['malicious', 'over_1000']);
    expect(r.appi_reportability.mandatory).toBe(true);
    const final = r.deadlines.find((d) => d.id === 'appi_final')!;
    expect(final.due).toBe('2025-05-31');
    expect(r.detected_from).toBe('input');
  });

  it('uses 30 days for a misdirected email to 12 people, which is not mandatory', () => {
    const text =
      '■概要\n2025年4月1日、当社担当者が顧客12名宛てのメールを誤送信したことが判明しました。対象となった情報はメールアドレスです。';
    const r = checkDraft(text, { facts: null, today: TODAY, detected: '2025-04-01' });
    expect(r.appi_reportability.mandatory).toBe(false);
    expect(r.deadlines.find((d) => d.id === 'appi_final')!.due).toBe('2025-05-01');
  });

  it('flags card numbers and health data', () => {
    const r = checkDraft('漏えいした情報はクレジットカード番号と診療記録です。', {
      facts: null,
      today: TODAY,
    });
    const met = r.appi_reportability.triggers.filter((t) => t.met).map((t) => t.id);
    expect(met).toEqual(['sensitive', 'financial']);
  });

  it('has no deadlines without a detection date', () => {
    const r = checkDraft(buildDraft(EN_DRAFT), { facts: null, today: TODAY });
    expect(r.detected).toBeNull();
    expect(r.deadlines).toEqual([]);
  });

  it('takes the detection date from the extracted facts when none is given', () => {
    const r = checkDraft('x', {
      today: TODAY,
      regions: ['jp', 'eu'],
      facts: {
        ...emptyNoticeFacts('ja'),
        detected: {
          value: '2025-03-01',
          evidence: { quote: '3月1日、会員情報の流出を発見しました。', start: 0, end: 1 },
          confidence: 0.9,
        },
      },
    });
    expect(r.detected).toBe('2025-03-01');
    expect(r.detected_from).toBe('text');
    expect(item(r, 'appi.overview')).toMatchObject({
      present: true,
      found_by: 'facts',
      quote: '3月1日、会員情報の流出を発見しました。',
    });
    expect(r.deadlines.find((d) => d.id === 'gdpr_authority')).toMatchObject({
      due: '2025-03-04',
      standing: 'overdue',
      days_left: -30,
    });
  });
});
